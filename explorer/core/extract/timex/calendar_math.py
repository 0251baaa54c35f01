"""Calendar arithmetic for time expressions.

Spans of months, ISO weeks, quarters and seasons; shifting by a unit; and the one
judgement call: which instance of a year-less date ("February 4", "in October",
"on Wednesday") a sentence means, given the reference date and the sentence's tense.
Kept apart from the regexes so the judgement can be read and tested on its own.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

Span = tuple[date, date]

# A past-tense sentence may still name a date just ahead ("the meeting was set for
# February 10" in a February 4 article, "the case is heard in May" in a March one):
# past wins unless it is this far back...
IMPLAUSIBLY_FAR_DAYS = 180
# ...and the other instance begins within about two months (news arranges weeks ahead, and
# recalls a year-less day or month from most of a year ago far less often).
NEAR_DAYS = 62
# A future-tense sentence names a day just gone far less often (a plan is made ahead): within a month;
# never a month ("will begin in February" in March is next February).
NEAR_DAYS_BACK = 31
# A present-tense sentence in the news mostly reports what has happened ("volume was up from
# Thursday"): the coming instance wins only when it is this many times nearer than the past one.
PRESENT_LEAN = 2


@dataclass(frozen=True)
class Reading:
    """What a rule understood from a match, before it is given offsets.

    ``gran`` is the granularity (day, week, month, quarter, season, year, decade) so
    that ranges can be joined; ``yearless`` keeps (month, day) of a date whose year
    was inferred, so that "from March to May 2026" can lend "2026" to March.
    ``ends`` holds (start, end, value) of each end of a range whose ends are whole
    expressions of their own ("1957-58", "from 1991 to 1997"): TimeML marks each end
    as its own TIMEX3, while the range is what they place on the calendar together.
    """

    type: str
    value: str
    start: date | None = None
    end: date | None = None
    basis: str = "explicit"
    gran: str = ""
    yearless: tuple[int, int | None] | None = None
    ends: tuple[tuple[int, int, str], ...] = ()


def month_span(year: int, month: int) -> Span:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    """1 January to 31 December."""
    return date(year, 1, 1), date(year, 12, 31)


def week_span(day: date) -> Span:
    """Monday to Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_value(day: date) -> str:
    """ISO week value such as ``2026-W06`` (the ISO year, which can differ from the calendar year)."""
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def quarter_span(year: int, quarter: int) -> Span:
    """The three months of a quarter."""
    first = month_span(year, 3 * quarter - 2)[0]
    return first, month_span(year, 3 * quarter)[1]


def season_span(year: int, months: list[int]) -> Span:
    """A season's months; winter runs from December into the next year."""
    first, last = months
    end_year = year + 1 if last < first else year
    return month_span(year, first)[0], month_span(end_year, last)[1]


def add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, unit_code: str, amount: int) -> date:
    """``day`` moved by ``amount`` days (D), weeks (W), months (M) or years (Y)."""
    if unit_code == "D":
        return day + timedelta(days=amount)
    if unit_code == "W":
        return day + timedelta(weeks=amount)
    if unit_code == "M":
        return add_months(day, amount)
    return add_months(day, 12 * amount)


def narrow(span: Span, part: str, reference: date | None) -> Span | None:
    """The part of a span that "early", "mid", "late", "earlier" or "later" names.

    Calendar thirds: days 1-10/11-20/21-end of a month, January-April/May-August/
    September-December of a year, whole months of longer spans. "earlier this month"
    runs from the 1st to the reference date and "later this month" from it to the
    end. None when the part needs a reference date outside the span.
    """
    start, end = span
    if part in ("until_ref", "from_ref"):
        if reference is None or not start <= reference <= end:
            return span if reference is None else None
        return (start, reference) if part == "until_ref" else (reference, end)
    if part not in ("early", "mid", "late"):
        return span
    index = ("early", "mid", "late").index(part)
    months = _whole_months(span)
    if months == 1:
        first = start + timedelta(days=10 * index)
        return first, (end if index == 2 else first + timedelta(days=9))
    if months >= 3:
        step = months // 3
        first = add_months(start, step * index)
        return first, (end if index == 2 else add_months(first, step) - timedelta(days=1))
    third = ((end - start).days + 1) // 3
    first = start + timedelta(days=third * index)
    return first, (end if index == 2 else first + timedelta(days=third - 1))


def _whole_months(span: Span) -> int:
    """How many whole months a span covers exactly (0 when it does not start on a 1st and end on a month's end)."""
    start, end = span
    if start.day != 1 or (end + timedelta(days=1)).day != 1:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def pick_instance(spans: list[Span], reference: date, tense: str, gran: str = "day") -> Span:
    """The instance of a repeating date that a sentence in this tense most plausibly means.

    A span holding the reference date wins. Past: the latest instance that starts on
    or before the reference date; future: the earliest that ends on or after it;
    present: the past one unless the coming one is much nearer (``PRESENT_LEAN``);
    "nearest": the nearest. For a day or a month, an instance far on the tense's side
    gives way to one within two months ahead (a day or month) or a month back (a day only).
    """
    spans = sorted(spans)
    for span in spans:
        if span[0] <= reference <= span[1]:
            return span
    before = [s for s in spans if s[1] < reference]
    after = [s for s in spans if s[0] > reference]
    past = before[-1] if before else None
    future = after[0] if after else None
    if past is None or future is None:
        return past or future  # type: ignore[return-value]
    back, ahead = (reference - past[1]).days, (future[0] - reference).days
    if tense == "past":
        flip = gran in ("day", "month") and back > IMPLAUSIBLY_FAR_DAYS and ahead <= NEAR_DAYS
        return future if flip else past
    if tense == "future":
        flip = gran == "day" and ahead > IMPLAUSIBLY_FAR_DAYS and back <= NEAR_DAYS_BACK
        return past if flip else future
    if tense == "present":
        return future if ahead * PRESENT_LEAN < back else past
    return past if back <= ahead else future


def weekday_instance(weekday: int, reference: date, tense: str, shift_weeks: int | None = None) -> date:
    """The date of "Wednesday" (or "last/next/this Wednesday") for a sentence in this tense.

    A bare weekday that is the reference date's own is that day (AP style writes
    "Wednesday", not "today"); otherwise past looks back, future forward, present
    looks back unless the coming one is much nearer. An explicit "last"/"next" shifts
    strictly before/after; "this" stays in the reference date's ISO week.
    """
    back = (reference.weekday() - weekday) % 7
    previous = reference - timedelta(days=back)
    following = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    if shift_weeks == 0:
        return week_span(reference)[0] + timedelta(days=weekday)
    if shift_weeks == -1:
        return previous if back else reference - timedelta(days=7)
    if shift_weeks is None and back == 0:
        return reference  # news style names the day of publication by its weekday, in every tense
    if shift_weeks == 1 or tense == "future":
        return following
    if tense == "present" and (following - reference).days * PRESENT_LEAN < back:
        return following
    return previous


def day_iso(day: date | None) -> str:
    """ISO text of a date, "" for None."""
    return day.isoformat() if day else ""
