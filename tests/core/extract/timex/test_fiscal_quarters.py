"""A quarter a report names that had not ended by its date, in a report that tells its year ended on a day: the
fiscal year's quarter of that number (round s12c)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.core.extract.timex.find import find_timexes

REPORTED = date(1989, 11, 2)


@pytest.mark.parametrize("text, start, end", [
    # the fiscal year ended Sept. 30: its fourth quarter is July to September, and "a year earlier" goes back with it
    ("Ralston reported a 47% decline in fourth-quarter earnings. It earned $45.2 million, compared with $84.9 "
     "million a year earlier. For the year ended Sept. 30, Ralston earned $422.5 million.", "1989-07-01", "1989-09-30"),
    ("Innopac reported a fourth-quarter loss of C$2.6 million. The results made net income for the year ended "
     "Aug. 31 C$2.7 million.", "1989-06-01", "1989-08-31"),
])
def test_a_quarter_not_over_at_the_report_is_the_fiscal_years_quarter(text, start, end):
    found = [t for t in find_timexes(text, REPORTED) if t.text == "fourth-quarter"][0]
    assert (found.value, found.date_start, found.date_end) == ("1989-Q4", start, end)  # was October to December


def test_the_year_ago_quarter_follows_the_fiscal_quarter():
    text = ("Ralston reported a 47% decline in fourth-quarter earnings. It earned $45.2 million, compared with $84.9 "
            "million a year earlier. For the year ended Sept. 30, Ralston earned $422.5 million.")
    found = [t for t in find_timexes(text, REPORTED) if t.text == "a year earlier"][0]
    assert (found.date_start, found.date_end) == ("1988-07-01", "1988-09-30")


@pytest.mark.parametrize("text", [
    # a year ended Dec. 31 is the calendar's; no year ended on a day: the calendar quarter, as before
    "Acme reported a fourth-quarter loss of $2 million. For the year ended Dec. 31, 1988, it earned $4 million.",
    "Acme expects a fourth-quarter loss of $2 million.",
])
def test_without_a_fiscal_year_ended_on_a_day_the_quarter_is_the_calendars(text):
    found = [t for t in find_timexes(text, REPORTED) if t.text == "fourth-quarter"][0]
    assert (found.date_start, found.date_end) == ("1989-10-01", "1989-12-31")


def test_a_quarter_already_over_is_left_as_it_is():
    text = "Acme reported third-quarter earnings of $2 million. For the year ended Sept. 30, Acme earned $9 million."
    found = [t for t in find_timexes(text, REPORTED) if t.text == "third-quarter"][0]
    assert (found.date_start, found.date_end) == ("1989-07-01", "1989-09-30")


# Sun Microsystems, reported Thursday Oct 26, 1989 (wsj_0928, AT#50): its "fiscal first quarter" is July to September
SUN = ("Sun said it earned $5.2 million in the fiscal first quarter. Sun reported sales of $538.5 million for the "
       "quarter ended Sept. 29, up 39% from $388.5 million. In the 1988 period, the company earned $20.6 million. Earlier this month, the company said it "
       "expected to break even for the quarter.")


@pytest.mark.parametrize("said, start, end", [
    ("the quarter", "1989-07-01", "1989-09-30"),  # was January to March: the fiscal first quarter taken as the calendar's
    ("the 1988 period", "1988-07-01", "1988-09-30"),
])
def test_the_quarter_after_a_fiscal_quarter_is_the_quarter_being_reported(said, start, end):
    found = [t for t in find_timexes(SUN, date(1989, 10, 26)) if t.text == said][-1]
    assert (found.date_start, found.date_end) == (start, end)


def test_a_fiscal_quarter_the_text_ends_on_a_day_still_places_the_year_ago_quarter():  # guard
    text = ("Dominion Textile posted net income of C$4.7 million for the fiscal-first quarter ended Sept. 30. "
            "The company had a net loss of C$2.3 million a year ago.")
    found = [t for t in find_timexes(text, REPORTED) if t.text == "a year ago"][0]
    assert (found.date_start, found.date_end) == ("1988-07-01", "1988-09-30")


@pytest.mark.parametrize("said, value", [("the quarter", "1989-Q1"), ("the 1988 period", "1988-Q1")])
def test_the_quarter_after_a_fiscal_quarter_keeps_the_companys_label(said, value):
    """TimeBank labels them as the report counts them (wsj_0928: "the quarter" 1989-Q1, "the 1988 period" 1988-Q1);
    the months are the calendar's (the test above)."""
    found = [t for t in find_timexes(SUN, date(1989, 10, 26)) if t.text == said][-1]
    assert found.value == value


def test_the_year_ago_quarter_after_a_fiscal_quarter_ended_on_a_day_is_those_months_a_year_back():
    # round s15a: "the year-ago quarter" was the calendar's first quarter of 1988, January to March
    text = ("Sun said it earned $5.2 million in the fiscal first quarter ended Sept. 29. In the year-ago quarter, "
            "it earned $20.6 million.")
    found = [t for t in find_timexes(text, date(1989, 10, 26)) if t.text == "the year-ago quarter"][0]
    assert (found.value, found.date_start, found.date_end) == ("1988-Q1", "1988-06-30", "1988-09-29")


@pytest.mark.parametrize("text, value, start, end", [
    # after a stretch of months told in the sentence before: those months a year back (TimeML: the stretch, P9M)
    ("Norton's third-quarter net rose 5%. For the nine months, Norton had net of $81.2 million. In the "
     "year-earlier period, the company had net of $77.2 million.", "P9M", "1988-01-01", "1988-09-30"),
    # after the quarter itself: the year-ago quarter, as before
    ("Norton's third-quarter net rose 5% to $22.6 million from $21.5 million in the year-earlier period.",
     "1988-Q3", "1988-07-01", "1988-09-30"),
    # a paragraph between: no longer the months' comparison
    ("Norton's third-quarter net rose 5%. For the nine months, Norton had net of $81.2 million.\n\n"
     "In the year-earlier period, the company had net of $77.2 million.", "1988-Q3", "1988-07-01", "1988-09-30"),
])
def test_the_year_earlier_period_is_a_year_back_from_the_period_told_last(text, value, start, end):
    found = [t for t in find_timexes(text, date(1989, 10, 27)) if t.text == "the year-earlier period"][0]
    assert (found.value, found.date_start, found.date_end) == (value, start, end)
