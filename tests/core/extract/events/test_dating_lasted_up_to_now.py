"""A present perfect that tells how long it has gone on starts that long before publication (session s13d): AK#17
("whose company has been sending American travelers on East African safaris for 13 years" was left open, the
judge: "the sentence's 'for 13 years' starts the activity about 1985"). The start is taken early (the first of the
year; for months the first of the month before), so a rounded length still holds; a length that is only a floor
("for more than 13 years") gives none.

Made-up articles run through the real model.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

LEDE = "Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday.\n\n"


def test_a_present_perfect_for_years_starts_that_many_years_back():
    text = LEDE + ("Karl Huber, whose company has been sending Austrian travelers on Alpine tours for 13 years, "
                   "said bookings were down.")
    assert when(event_at(text, "Karl Huber", "send")) == ("2013-01-01", PUBLISHED, "bounded")


def test_a_present_perfect_for_months_starts_the_month_before():
    text = LEDE + "The Vienna water board has operated the new pumping station for six months."
    assert when(event_at(text, "The Vienna water board", "operate")) == ("2025-07-01", PUBLISHED, "bounded")


def test_a_length_that_is_only_a_floor_gives_no_start():  # guard
    text = LEDE + "The Vienna water board has operated the old pumping station for more than 13 years."
    assert when(event_at(text, "The Vienna water board", "operate")) == ("", PUBLISHED, "bounded")


def test_a_simple_past_for_years_is_not_up_to_now():  # guard: it ended, no start up to publication
    text = LEDE + "Karl Huber ran the Vienna water board for 13 years."
    assert when(event_at(text, "Karl Huber", "run"))[0] != "2013-01-01"


def test_what_has_not_happened_for_years_gets_no_start():  # guard: a negated perfect is no happening going on
    text = LEDE + "Karl Huber has not visited the Vienna water board for 13 years."
    assert when(event_at(text, "Karl Huber", "visit"))[0] != "2013-01-01"
