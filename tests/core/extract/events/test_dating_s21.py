"""Session s21's dating rounds, each a construction found in the judged samples and read as a kind, not a case.

A cleft puts the event's time in front ("It was not until Tuesday that Castro revealed …", CP#14, left "on or
before publication" and judged vague): the clause after "that" happened at the focused time.

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

LEDE = "Officials in Graz have worried about the plant for weeks. "


def test_not_until_a_day_in_a_cleft_is_that_day():
    text = LEDE + "But it was not until Monday that the mayor revealed that the plant would close."
    assert when(event_at(text, "But it", "reveal"))[:2] == ("2026-02-02", "2026-02-02")  # was ..publication


def test_a_year_in_a_cleft_is_the_events_year():
    text = LEDE + "It was in 2019 that the company first moved its headquarters to Graz."
    assert when(event_at(text, "It was", "move"))[:2] == ("2019-01-01", "2019-12-31")


def test_only_last_week_in_a_cleft_is_that_week():
    text = LEDE + "It was only last week that the minister admitted the error."
    assert when(event_at(text, "It was", "admit"))[:2] == ("2026-01-26", "2026-02-01")


def test_it_was_clear_on_a_day_is_no_cleft():  # guard: "clear" is what was, the day is not the loss's
    text = LEDE + "It was clear on Monday that the bank had lost money."
    assert when(event_at(text, "It was", "lose"))[:2] == ("", PUBLISHED)
