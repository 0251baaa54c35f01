"""A present perfect after a fronted participle clause with its own day (session s12b).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def test_a_perfect_after_a_fronted_participles_day_begins_on_it():
    """'Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of an international
    custody battle' (AD#23's kind): Nov 25 is the rescue's; the state came after it and holds at publication."""
    text = ("Rescued on Nov. 25, 2025 by fishermen off the Florida coast, Tom Reed has become the subject of an "
            "international custody battle.")
    assert when(event_at(text, "Rescued", "become")) == ("2025-11-25", PUBLISHED, "bounded")


def test_a_simple_past_after_a_fronted_participle_shares_its_day():  # guard: "Asked Monday …, he said"
    text = "Asked on Monday about the deal with Graz, Tom Reed said it was good."
    assert when(event_at(text, "Asked", "say")) == ("2026-02-02", "2026-02-02", "timex")
