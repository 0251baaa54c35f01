"""An event dated by two times joined by "and" takes the span from the first to the last; one dated by "fiscal
1988" in a report that tells its year's end takes that fiscal year (round s12e; timex.find._coordinated,
timex.discourse._fiscal_years)."""

from __future__ import annotations

from tests.core.extract.events.conftest import event_at, when


def test_an_event_in_two_months_spans_both():
    text = ("Apple said Jobs would stay chairman.\n\n"
            "He briefly made an appearance in March and June to unveil new products.")
    event = event_at(text, "He briefly", "make", published="2026-08-25")
    assert when(event) == ("2026-03-01", "2026-06-30", "timex")  # was March alone


def test_an_event_in_a_fiscal_year_is_the_companys_year():
    text = ("Norvik Truck said earnings for its fourth quarter ended Sept. 30 fell 50%.\n\n"
            "In fiscal 2025, the company earned $17.3 million, or $1.92 a share.")
    event = event_at(text, "In fiscal 2025", "earn", published="2026-11-02")
    assert when(event) == ("2024-10-01", "2025-09-30", "timex")  # was the calendar year 2025
