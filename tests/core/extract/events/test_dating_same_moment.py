"""A clause of its head's moment and an infinitive of purpose take their head's time (session s12d: AG#49, AG#50,
AF#19).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

MONDAY = "2026-02-02"
TOMORROW = "2026-02-05"


def test_an_as_clause_takes_the_day_its_head_has_from_elsewhere():
    """'was shot … at 10 p.m. as he stood chatting': the standing is the shooting's moment, and the shooting's
    day is the one the article gives it (AG#49)."""
    text = ("Dr. Paul Weber was shot to death last Monday at his home.\n\n"
            "Weber, 52, was shot at 10 p.m. as he stood with his wife in the kitchen.")
    assert when(event_at(text, "Weber, 52", "stand")) == (MONDAY, MONDAY, "narrative")


def test_a_while_participle_takes_the_day_of_the_statement_it_goes_with():
    """'while cautioning about …, Fitzwater said late yesterday': the cautioning is the statement's (AG#50)."""
    text = ("Similarly, while cautioning about the uncertainty of early battle reports, White House spokesman "
            "Marlin Fitzwater said on Monday that \"the operation has been very successful.\"")
    assert when(event_at(text, "Similarly", "caution")) == (MONDAY, MONDAY, "narrative")


def test_an_infinitive_of_purpose_takes_its_heads_day():
    """'we'll be back tomorrow to continue our negotiations': the continuing is tomorrow's (AF#19)."""
    text = ("Gregory Craig met the officials on Monday, his lawyer said. "
            "\"To that end, we'll be back tomorrow to continue our negotiations.\"")
    assert when(event_at(text, "\"To that end", "continue")) == (TOMORROW, TOMORROW, "narrative")


def test_as_expected_is_not_the_heads_moment():  # guard
    """'as expected' tells what was expected before, not what went on at the head's moment."""
    text = "As expected, the Senate approved the measure on Monday."
    assert when(event_at(text, "As expected", "expect"))[:2] != (MONDAY, MONDAY)
