"""Event dates: what no one wants to happen, and a happening told as only possible, get no day.

Made-up articles run through the real model (session s11b).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

LEDE = "Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday.\n\n"


def test_the_object_of_a_negated_wish_is_not_a_future_happening():
    text = LEDE + ("The State Department, which does not want to see Kenya and Tanzania punished economically as a "
                   "result of the attacks, lifted its warning.")
    assert when(event_at(text, "The State Department", "see")) == ("", "", "none")


def test_a_happening_noun_told_as_possible_has_no_day():
    text = LEDE + "Rivers First disclosed in May that it was approached for a possible acquisition by Danubia."
    assert when(event_at(text, "Rivers First", "acquisition")) == ("", "", "none")


def test_what_someone_wants_to_do_stays_a_future():
    text = LEDE + ("The State Department, which wants to see Kenya and Tanzania rebuilt as a result of the aid, "
                   "lifted its warning.")
    assert when(event_at(text, "The State Department", "see")) == (PUBLISHED, "", "bounded")
