"""A first person's "now … going to" is an act of the moment it is said, not open from publication on (round s12c)."""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, when
from tests.core.extract.events.test_dating import DATED_BY_POSITION, events_of


def test_now_we_are_going_to_go_is_the_day_it_is_said():
    events = events_of(DATED_BY_POSITION + "But now we're going to go back to New York, where Diane Sawyer has "
                                           "the rest of the news.")
    assert when(events["go"])[:2] == (PUBLISHED, PUBLISHED)  # was on or after publication, open-ended


def test_a_future_with_now_that_is_no_speakers_next_act_stays_open():
    events = events_of(DATED_BY_POSITION + "Cuban exiles in Miami will now proceed with all their resources.")
    assert when(events["proceed"]) == (PUBLISHED, "", "bounded")
    events = events_of(DATED_BY_POSITION + "Now the exiles are going to fight the ruling in court.")
    assert when(events["fight"])[1] == ""  # a third person's plan: from now on
