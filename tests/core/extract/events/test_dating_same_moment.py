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
    assert when(event_at(text, "\"To that end", "continue")) == (TOMORROW, TOMORROW, "timex")


def test_as_expected_is_not_the_heads_moment():  # guard
    """'as expected' tells what was expected before, not what went on at the head's moment."""
    text = "As expected, the Senate approved the measure on Monday."
    assert when(event_at(text, "As expected", "expect"))[:2] != (MONDAY, MONDAY)


def test_a_contrast_with_a_statement_of_the_publication_day_keeps_its_bound():  # guard
    """'The grandmother said …, while Castro's man expressed impatience': the statement is dated by publication
    only, which gives the contrast no day of the text's."""
    text = ("The grandmother of Elian Gonzalez said she is willing to go to Miami, while Fidel Castro's point man "
            "on U.S. relations expressed impatience at Washington.")
    assert when(event_at(text, "The grandmother", "express")) == ("", PUBLISHED, "bounded")


def test_a_time_written_in_the_clause_is_not_taken_back_from_its_head():  # guard
    """'When asked if … he has been in Bethesda for the last week, she frowned': the parse gives the clause's
    week to the frowning; the asking does not take it back."""
    text = ("When asked if she thought the boy's father, Juan Miguel Gonzalez, was being controlled by the Cuban "
            "government even though he has been in Bethesda, Md., for the last week, Juanita Castro frowned.")
    assert when(event_at(text, "When asked", "ask")) == ("", PUBLISHED, "bounded")


def test_a_happening_dated_in_the_lede_is_its_subject_when_a_name_drops_its_stop():
    """'last Friday's bombings of U.S. embassies' / 'The bombings at U.S embassies … have killed more than 200
    people': one happening (the source dropped a stop), so what it killed is on or after that Friday (AG#18)."""
    text = ("Madeleine Albright said on Tuesday that she was heartened by cooperation in probing into last Friday's "
            "bombings of U.S. embassies.\n\n"
            "The bombings at U.S embassies in Kenya and Tanzania have killed more than 200 people.")
    assert when(event_at(text, "The bombings", "kill")) == ("2026-01-30", PUBLISHED, "bounded")


def test_a_harm_verb_joined_to_another_shares_its_happening_subject():
    """'The bombings … have killed more than 200 people … and wounded over 5,000': the bombings wounded them too,
    on or after the day the article gives them (AG#18's sentence)."""
    text = ("Madeleine Albright said on Tuesday that she was heartened by cooperation in probing into last Friday's "
            "bombings of U.S. embassies.\n\n"
            "The bombings at U.S. embassies in Kenya and Tanzania have killed more than 200 people and wounded "
            "over 5,000.")
    assert when(event_at(text, "The bombings", "wound")) == ("2026-01-30", PUBLISHED, "bounded")
