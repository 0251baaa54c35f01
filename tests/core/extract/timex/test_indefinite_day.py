""""that day" after a day the text supposes by a clause of its own ("a day when …") is that day, not the date
written before it (round s12c)."""

from __future__ import annotations

from datetime import date

from explorer.core.extract.timex.find import find_timexes

HEAD = "August 25, 2011\n\n"


def _that_day(text: str):
    return [t for t in find_timexes(text, None) if t.text == "that day"][0]


def test_that_day_after_a_day_when_is_no_date():
    found = _that_day(HEAD + '"I have always said if there ever came a day when I could no longer meet my duties, I '
                             'would be the first to let you know.\nUnfortunately, that day has come."')
    assert (found.value, found.date_start, found.date_end) == ("XXXX-XX-XX", "", "")  # was August 25


def test_that_day_after_a_date_is_still_that_date():
    found = _that_day(HEAD + "He was arrested on March 3, 2011. Police questioned him that day.")
    assert (found.value, found.date_start) == ("2011-03-03", "2011-03-03")
    found = _that_day(HEAD + "There came a day when he left.\n\nHe was arrested on March 3, 2011. He wept that day.")
    assert found.value == "2011-03-03"  # the supposed day is in another paragraph, before the date


def test_a_reference_date_alone_is_not_kept_from_a_day_when_either():
    found = [t for t in find_timexes("He dreaded a day when the plant would close. That day came.",
                                     date(2011, 8, 25)) if t.text.lower() == "that day"][0]
    assert found.value == "XXXX-XX-XX"
