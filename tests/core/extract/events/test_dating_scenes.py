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


BOMBINGS = "The Jan. 26 bombings of the embassies in Vienna and Graz frightened travelers away from Austria. "


def test_what_came_as_a_result_of_a_dated_happening_starts_on_or_after_it():
    """'his company had received only one cancellation as a result of the embassy bombings' after 'the Aug. 7
    Embassy bombings': on or after Aug 7, not only on or before publication (AC#5)."""
    text = BOMBINGS + ("Tom Reed said that Safaricentre International had received only one cancellation from "
                       "Germany as a result of the bombings.")
    assert when(event_at(text, "Tom Reed", "receive")) == ("2026-01-26", PUBLISHED, "bounded")


def test_what_came_in_the_wake_of_a_dated_happening_starts_on_or_after_it():
    text = BOMBINGS + "\n\nLufthansa canceled its flights to Graz in the wake of the bombings."
    assert when(event_at(text, "Lufthansa", "cancel")) == ("2026-01-26", PUBLISHED, "bounded")


def test_a_happening_named_by_a_noun_whose_the_the_parse_hung_on_its_compound_is_the_dated_one():
    """'as a result of the embassy bombings _ and that he did not expect many more': the dash makes the parse
    hang 'the' on 'embassy'; the bombings are still the definite ones the article dates (AC#5)."""
    text = BOMBINGS + ("Tom Reed said that Safaricentre International had received only one cancellation from "
                       "Germany as a result of the embassy bombings _ and that he did not expect many more.")
    assert when(event_at(text, "Tom Reed", "receive")) == ("2026-01-26", PUBLISHED, "bounded")


def test_a_result_of_an_undated_happening_keeps_its_bound():  # guard
    text = BOMBINGS + ("Tom Reed said that Safaricentre International had received only one cancellation from "
                       "Germany as a result of the storm.")
    assert when(event_at(text, "Tom Reed", "receive")) == ("", PUBLISHED, "bounded")


def test_what_followed_the_happening_the_sentence_before_told_starts_on_or_after_it():
    """'The ratification process began in February this year with Canada …' / 'It was followed by Denmark, Norway
    …': the ratifications that followed came on or after February, not only on or before publication (AC#31)."""
    text = ("The ratification of the treaty concluded on Monday after Austria gave its go-ahead.\n\n"
            "The ratification process began in January this year with Canada being the first member state.\n\n"
            "It was followed by Denmark, Norway, Germany, France and Greece.")
    assert when(event_at(text, "It was", "follow")) == ("2026-01-01", PUBLISHED, "bounded")


def test_what_followed_an_undated_happening_keeps_its_bound():  # guard
    text = ("Austria gave its go-ahead to the treaty.\n\n"
            "Canada ratified the treaty first.\n\n"
            "It was followed by Denmark, Norway, Germany, France and Greece.")
    assert when(event_at(text, "It was", "follow")) == ("", PUBLISHED, "bounded")
