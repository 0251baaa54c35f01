"""A statement's matter dated by the scene it tells, and a state of mind by its statement (session s11).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

TOUR = ("A Danish leader of a U.N. inspection team resumed work in Austria Wednesday, two months after his team "
        "was blocked. Anna Berg led her team on a six-hour tour of four weapons sites, U.N. spokesman Tom Reed said. "
        "``All sites were inspected to the satisfaction of the inspection team and with full cooperation of "
        "Austrian authorities,'' Reed said.")
SHOOTING = ("Details of the shooting emerged on Wednesday. The lawyer, Tom Reed, said the sniper's bullet entered "
            "through a kitchen window and hit the doctor in the back. The doctor's wife was in the kitchen when the "
            "shooting occurred, Reed said. The bullet bounced off a cabinet and ricocheted into the living room, "
            "Reed said.")


def test_a_happening_told_right_after_the_lede_with_its_source_after_it_is_of_the_ledes_day():
    """'Ritter led his team on a 10-hour tour, spokesman Dacey said' under 'resumed work in Iraq Friday' (the
    publication day): the tour is Friday's, not only on or before it (AC#32, AC#7)."""
    assert when(event_at(TOUR, "Anna Berg", "lead")) == (PUBLISHED, PUBLISHED, "narrative")
    assert when(event_at(TOUR, "``All", "inspect")) == (PUBLISHED, PUBLISHED, "narrative")


def test_a_happening_told_after_said_keeps_the_statements_bound():  # guard
    assert when(event_at(SHOOTING, "The lawyer", "hit")) == ("", PUBLISHED, "bounded")


def test_a_statements_matter_further_on_keeps_the_statements_bound():  # guard
    """Two sentences after the lede, what 'Reed said' tells may be the story's past (the shooting, told on the
    day its details emerged): only on or before the statement."""
    assert when(event_at(SHOOTING, "The bullet", "ricochet")) == ("", PUBLISHED, "bounded")


def test_a_state_of_mind_told_in_a_dated_statement_is_of_its_day():
    """'Fried said Friday that he remembered being asked': the remembering is his, when he said it (AC#4)."""
    text = ("Several officials recalled the talks. The ambassador, Tom Reed, said Monday that he remembered "
            "being asked to help with the plan.")
    assert when(event_at(text, "The ambassador", "remember")) == ("2026-02-02", "2026-02-02", "narrative")


def test_a_happening_told_in_a_dated_statement_stays_before_it():  # guard
    text = ("Several officials recalled the talks. The ambassador, Tom Reed, said Monday that he received "
            "a letter about the plan.")
    assert when(event_at(text, "The ambassador", "receive")) == ("", "2026-02-02", "bounded")
