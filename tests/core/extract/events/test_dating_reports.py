"""A report of a period's result, what is asked for, what a dated happening did (session s10b: kinds recurring in
samples W–AA).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from functools import partial

from tests.core.extract.events import conftest
from tests.core.extract.events.conftest import PUBLISHED, when

LEDE = "Police searched the hills near the town on Monday for the fugitive.\n\n"  # so the sentence tested is not the lede
event_at = partial(conftest.event_at, by="trigger")  # this file names its events by their trigger's text


def test_reporting_a_quarters_sales_is_not_in_the_quarter():
    """'reported sales … for the quarter ended Dec. 31': the quarter is the sales', the report came after it
    closed — dated as a report, not the quarter (AA#43)."""
    text = "Danube Corp. reported sales of $538.5 million for the quarter ended Dec. 31, up 39% from a year earlier."
    assert when(event_at(text, "Danube", "reported")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_result_reported_for_a_period_told_first_is_after_that_period():
    """'For the quarter a year ago, Danube reported earnings': the report came after that quarter closed, up to
    publication — not the publication day (a year-old report) nor the quarter."""
    text = "For the quarter a year ago, Danube reported earnings of $16.3 million, or 37 cents a share."
    start, end, basis = when(event_at(text, "For the quarter", "reported"))
    assert (end, basis) == (PUBLISHED, "bounded") and "2024-09-30" <= start < "2025-06-30"


def test_a_report_on_its_own_day_keeps_that_day():  # guard
    """'reported Tuesday sales of …': a single day is the report's own."""
    text = "Danube Corp. reported Tuesday sales of $538.5 million, up 39% from a year earlier."
    assert when(event_at(text, "Danube", "reported")) == ("2026-02-03", "2026-02-03", "timex")


def test_a_happening_demanded_has_no_day():
    """'the demand for Laden's extradition … has been refused': no extradition happened, it was asked for
    (AA#30)."""
    text = LEDE + ("Earlier, the United States' demand for Laden's extradition from Afghanistan has been refused "
                   "by the Taliban government.")
    assert when(event_at(text, "Earlier", "extradition")) == ("", "", "none")


def test_what_a_dated_happening_did_in_a_relative_clause_is_in_its_month():
    """'the January 2025 bombing of a clinic that killed an officer': the killing is the bombing's, in January
    2025, not only before publication (AA#23; the parse hangs the clause on 'clinic')."""
    text = LEDE + "Rudolph has been on the run since the January 2025 bombing of a Birmingham clinic that killed an officer."
    assert when(event_at(text, "Rudolph", "killed")) == ("2025-01-01", "2025-01-31", "narrative")


def test_what_a_happening_of_a_year_did_is_only_bounded_by_it():  # guard
    """'the 2024 bombing … that killed': a year is not taken as the killing's date, only as where it starts."""
    text = LEDE + "Rudolph has been on the run since the 2024 bombing of a Birmingham clinic that killed an officer."
    assert when(event_at(text, "Rudolph", "killed")) == ("2024-01-01", PUBLISHED, "bounded")


PROTEST = ("MIAMI (AP) -- Attention returned today to the judges deciding the case.\n\n"
           "Protesters dismissed the father's comments. \"We were betrayed by the government,\" said Josefa Lopez, "
           "who left Cuba in 1962.\n\n"
           "Earlier Sunday, protesters prayed for divine help, waving palm fronds.\n\n"
           "\"We will follow the path,\" said Martin Anorga, a pastor.")


def test_a_statement_just_before_earlier_that_day_is_of_that_day():
    """'… said Josefa Lopez.' / 'Earlier Sunday, protesters prayed': the story steps back within Sunday, so the
    statement told just before is Sunday's, not the Tuesday paper's day (AA#6)."""
    assert when(event_at(PROTEST, "\"We were betrayed", "said")) == ("2026-02-01", "2026-02-01", "narrative")


def test_a_statement_after_earlier_that_day_keeps_the_report_day():  # guard
    assert when(event_at(PROTEST, "\"We will follow", "said")) == (PUBLISHED, PUBLISHED, "dct")


def test_what_a_subject_of_its_own_day_did_is_of_that_day():
    """'Tuesday's memorial service … included the lighting of candles': the service's day, not only on or before
    the Wednesday paper (AA#32)."""
    text = LEDE + "Tuesday's memorial service included the lighting of candles for the seven people killed since 1993."
    assert when(event_at(text, "Tuesday's", "included")) == ("2026-02-03", "2026-02-03", "narrative")
