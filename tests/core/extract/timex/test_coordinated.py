"""Two times of one kind joined by "and" under one preposition span the first's start to the last's end; each
stays its own TIMEX3 with its own value (find._coordinated)."""

from datetime import date

import pytest

from explorer.core.extract.timex.find import find_timexes


@pytest.mark.parametrize("text, reference, values, start, end", [
    ("He briefly made an appearance in March and June to unveil the iPad 2.", date(2011, 8, 25),
     ["2011-03", "2011-06"], "2011-03-01", "2011-06-30"),
    ("Talks were held on Monday and Tuesday.", date(1998, 2, 27), ["1998-02-23", "1998-02-24"],
     "1998-02-23", "1998-02-24"),
    ("Sales rose in 1998 and 1999.", date(2000, 1, 5), ["1998", "1999"], "1998-01-01", "1999-12-31"),
    ("Growth will slow by about 9% in both 1990 and 1991.", date(1989, 10, 30), ["1990", "1991"],
     "1990-01-01", "1991-12-31"),
])
def test_coordinated_times_are_one_span(text, reference, values, start, end):
    found = find_timexes(text, reference)
    assert [t.value for t in found] == values
    assert {(t.date_start, t.date_end) for t in found} == {(start, end)}


@pytest.mark.parametrize("text, reference, which, start, end", [
    # no preposition; a list (the last two have none of their own); out of order; not of one kind
    ("Monday and Tuesday were quiet.", date(1998, 2, 27), "Tuesday", "1998-02-24", "1998-02-24"),
    ("It rose in March, June and July.", date(2011, 8, 25), "June", "2011-06-01", "2011-06-30"),
    ("Sales rose in 1999 and 1998.", date(2000, 1, 5), "1999", "1999-01-01", "1999-12-31"),
    ("Sales rose in the third quarter and 1989.", date(1989, 11, 2), "1989", "1989-01-01", "1989-12-31"),
])
def test_times_not_coordinated_keep_their_own_dates(text, reference, which, start, end):
    found = [t for t in find_timexes(text, reference) if t.text == which][0]
    assert (found.date_start, found.date_end) == (start, end)
