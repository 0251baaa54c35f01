"""A fiscal year named by its number ("In fiscal 1988, the company earned …") where the report tells the day
its year ends: the twelve months ending on that day in the year named (discourse._fiscal_years)."""

from datetime import date

import pytest

from explorer.core.extract.timex.find import find_timexes

REPORTED = date(1989, 11, 2)


@pytest.mark.parametrize("text, start, end", [
    # wsj_0136's kind: the year's end told by its fourth quarter
    ("Oshkosh Truck estimated earnings for its fourth quarter ended Sept. 30 fell 50%. "
     "In fiscal 1988, the company earned $17.3 million.", "1987-10-01", "1988-09-30"),
    # a first quarter ended Dec. 31 puts the year's end at Sept. 30 as well
    ("Acme's first quarter ended Dec. 31, 1988 was weak. In fiscal 1988, Acme earned $3 million.",
     "1987-10-01", "1988-09-30"),
    # the year ended on a day, and "fiscal-1988" / "fiscal year 1988"
    ("For the year ended June 30, Acme earned $5 million. In fiscal-1988 it lost $2 million.",
     "1987-07-01", "1988-06-30"),
    ("For the year ended June 30, Acme earned $5 million, against a loss in fiscal year 1988.",
     "1987-07-01", "1988-06-30"),
])
def test_a_fiscal_year_is_the_twelve_months_to_the_day_the_report_gives(text, start, end):
    found = [t for t in find_timexes(text, REPORTED) if "1988" in t.text and "fiscal" in t.text][0]
    assert (found.value, found.date_start, found.date_end) == ("1988", start, end)  # was 1988-01-01..1988-12-31


@pytest.mark.parametrize("text", [
    # no end told; a year ended Dec. 31 (the calendar's); a third quarter ended Sept. 30 (so the year ends Dec. 31);
    # a year ended Jan. 31 (named either way by company)
    "In fiscal 1988, the company earned $17.3 million.",
    "For the year ended Dec. 31, Acme earned $5 million. In fiscal 1988 it lost $2 million.",
    "Acme's third quarter ended Sept. 30 was weak. In fiscal 1988, Acme earned $3 million.",
    "For the year ended Jan. 31, Acme earned $5 million. In fiscal 1988 it lost $2 million.",
])
def test_without_a_year_end_off_the_calendars_a_fiscal_year_is_the_year_named(text):
    found = [t for t in find_timexes(text, REPORTED) if t.text == "fiscal 1988"][0]
    assert (found.date_start, found.date_end) == ("1988-01-01", "1988-12-31")
