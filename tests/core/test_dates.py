"""An event's date as the analyst reads it: a bound never reads as a day."""

from __future__ import annotations

from explorer.core.dates import AFTER, BEFORE, CERTAIN, INFERRED, certainty, date_label, date_words, event_date_words


def test_a_bound_reads_as_a_bound_not_as_its_day():
    assert date_words("", "2010-09-08") == "on or before 8 September 2010"
    assert date_words("2026-03-01", "") == "on or after 1 March 2026"
    assert date_label("", "2010-09-08") == "≤ 2010-09-08"
    assert date_label("2026-03-01", "") == "≥ 2026-03-01"
    assert date_label("", "") == "undated"


def test_the_basis_is_said_when_the_text_does_not_state_the_date():
    assert event_date_words("2026-02-04", "2026-02-04", "timex") == "4 February 2026"
    assert event_date_words("2026-02-04", "2026-02-04", "dct") == "4 February 2026 (the report's date)"
    assert "bounded by the report's date" in event_date_words("", "2010-09-08", "bounded")
    assert event_date_words("", "", "none") == "undated"


def test_certainty_of_each_kind_of_date():
    assert certainty("2026-02-04", "2026-02-04", "timex") == CERTAIN
    assert certainty("2026-02-04", "2026-02-04", "dct") == CERTAIN
    assert certainty("2011-04-01", "2011-04-30", "narrative") == INFERRED
    assert certainty("", "2010-09-08", "bounded") == BEFORE
    assert certainty("2026-03-01", "", "bounded") == AFTER
