"""The stretch of days an undated document's own dates pin it to, and what that stretch lets us place.

A document without a reference date still says when it was written: "is set to
visit from 2 to 4 February 2026" (future) puts it before 2 February 2026, "met ...
on 27 January" (past) after 27 January. When the dated statements close a window of
at most ``MAX_WINDOW_DAYS``, expressions that need only the month or the year of the
writing ("earlier this month", "in October", "January") are read against it;
expressions that need the day ("yesterday", "on Wednesday") stay unplaced, since
the window does not give the day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from explorer.core.extract.timex.calendar_math import Reading, month_span, quarter_span, year_span
from explorer.core.extract.timex.discourse import Found

# A window this narrow fixes the month of writing to within a few days of a month's edge.
MAX_WINDOW_DAYS = 31
# Granularities whose value the middle of a narrow window decides; a day or an ISO week it does not.
_COARSE = ("month", "quarter", "half", "season", "year", "decade", "century")

Settle = Callable[[date], list[Found]]


def place_in_window(chosen: list[Found], settle: Settle, tense_at: Callable[[int], str]) -> list[Found]:
    """``chosen`` (read without a reference date) with what the document's own window places.

    ``settle(day)`` reads the whole text again against ``day``. An unplaced
    expression that names the month or year of writing ("earlier this month",
    "this year") takes its reading against the middle of the window, whose month
    holds most of the window's days. One placed by the tense ("in October",
    "a February meeting") takes it only when both ends of the window agree, since
    near a month's edge the tense would pick another year. Year-less days are left
    to the corpus year (``year_hint``), which gives the same year whenever the
    window is this narrow.
    """
    bounds = window(chosen, tense_at)
    if bounds is None:
        return chosen
    low, high = bounds
    readings = [_by_offsets(settle(day)) for day in (low + (high - low) / 2, low, high)]
    for found in chosen:
        middle, at_low, at_high = (placed.get((found.start, found.end)) for placed in readings)
        if found.reading.start is not None or middle is None or middle.start is None or middle.gran not in _COARSE:
            continue
        if found.reading.yearless is not None and not (at_low and at_high and at_low.value == at_high.value == middle.value):
            continue
        found.reading = _whole_period(middle)
    return chosen


def _by_offsets(found: list[Found]) -> dict[tuple[int, int], Reading]:
    return {(item.start, item.end): item.reading for item in found}


def window(chosen: list[Found], tense_at: Callable[[int], str]) -> tuple[date, date] | None:
    """The first and last day the document's dated statements leave for its writing, when at most a month apart."""
    low: date | None = None
    high: date | None = None
    for _ in range(2):  # a year-less day placed by the first bounds can tighten the other bound
        for found in chosen:
            tense = tense_at(found.start)
            span = _bounding_span(found.reading, tense, low, high)
            if span is None:
                continue
            if tense == "past":
                low = max(low, span[0]) if low else span[0]
            elif tense == "future":
                edge = span[0] - timedelta(days=1) if found.reading.gran == "day" else span[1]
                high = min(high, edge) if high else edge
    if low is None or high is None or high < low or (high - low).days > MAX_WINDOW_DAYS:
        return None
    return low, high


def _bounding_span(reading: Reading, tense: str, low: date | None, high: date | None) -> tuple[date, date] | None:
    """The span a dated statement occupies: a written date, or a year-less day placed by the bounds so far.

    Year-less months are left out: "a February meeting" in a past-tense sentence
    is too often a plan to bound anything.
    """
    if reading.type not in ("DATE", "TIME") or tense not in ("past", "future"):
        return None
    if reading.basis == "explicit" and reading.start is not None:
        return reading.start, reading.end
    if reading.yearless is None or reading.yearless[1] is None or reading.gran != "day":
        return None
    month, day = reading.yearless
    if tense == "past" and high is not None:
        years = range(high.year, high.year - 2, -1)
        return next(((d, d) for d in _days(years, month, day) if d <= high), None)
    if tense == "future" and low is not None:
        years = range(low.year, low.year + 2)
        return next(((d, d) for d in _days(years, month, day) if d >= low), None)
    return None


def _days(years: range, month: int, day: int) -> list[date]:
    """The date ``month``/``day`` in each year that has it (29 February only in leap years)."""
    found = []
    for year_n in years:
        try:
            found.append(date(year_n, month, day))
        except ValueError:
            continue
    return found


def _whole_period(reading: Reading) -> Reading:
    """The reading over its whole month, quarter or year: "earlier this month" must not end on a guessed day."""
    value = reading.value
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        span = month_span(int(value[:4]), int(value[5:]))
    elif len(value) == 7 and value[4:6] == "-Q":
        span = quarter_span(int(value[:4]), int(value[6]))
    elif len(value) == 4 and value.isdigit():
        span = year_span(int(value))
    else:
        span = (reading.start, reading.end)
    return Reading(reading.type, value, span[0], span[1], "relative", reading.gran, reading.yearless)
