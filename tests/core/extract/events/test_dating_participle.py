"""A present perfect after a fronted participle clause with its own day; a clause "when" opens after a time
(session s12b).

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


def test_a_when_clause_after_a_time_takes_that_time():
    """'since early December, when Cuban President Fidel Castro promised mass mobilization' (AD#50's kind): the
    promise is of early December, which the parse hangs from the main clause, not only on or before publication."""
    text = ("It was the most personal and emotional of many held since early December, when Austrian President "
            "Anna Berg promised mass mobilization until the boy was returned to his father.")
    assert when(event_at(text, "It was", "promise")) == ("2025-12-01", "2025-12-10", "timex")


def test_a_when_clause_after_a_time_of_a_noun_takes_that_time():
    text = ("The protest marked a return to the larger demonstrations of early December, when hundreds of thousands "
            "of people rallied in some of Austria's biggest gatherings since the war.")
    assert when(event_at(text, "The protest", "rally")) == ("2025-12-01", "2025-12-10", "timex")
