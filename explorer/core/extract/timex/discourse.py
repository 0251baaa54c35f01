"""Time expressions that only the rest of the document can place: "that day", "the quarter", "a year earlier".

The rules read one match at a time; some expressions point at another one. "that
day" and "the following year" are the closest date written before them. A
business report names its quarter once ("third-quarter profit rose") and then says
"the quarter", "the latest period", "the year-ago quarter" and "from a year earlier"
for that quarter or the same quarter a year back; with no quarter named, the
reporting quarter follows from the reference date (results appear in the weeks
after a quarter ends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

from explorer.core.extract.timex.calendar_math import (
    Reading, add_months, month_span, quarter_span, shift, week_span, week_value, year_span,
)

# Results for a quarter are published within about six weeks of its end.
REPORTING_LAG_DAYS = 45
# A report compares its quarter with the year before; older quarters are history, not the report's own.
REPORTING_WINDOW_DAYS = 366
_YEAR_BACK = re.compile(r"(?i)(?:(?:about|nearly|almost)\s+)?(?:a|one)\s+year\s+(?:ago|earlier)|year[- ](?:ago|earlier)")
_LAST_YEAR = re.compile(r"(?i)last\s+year")
_COMPARISON_CUE = re.compile(r"(?i)\b(?:compared\s+with|from|than|versus|vs\.)\s[^.;]{0,60}?[$#£€\d][^.;]{0,40}$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|\n\s*\n")


@dataclass
class Found:
    """A candidate match while overlaps, ranges and references are being settled."""

    start: int
    end: int
    reading: Reading
    priority: int
    back_of: "Found | None" = None  # the named quarter a "year ago" comparison moves back from


# ---------------------------------------------------------------- the reporting quarter

def resolve_quarters(chosen: list[Found], text: str, reference: date | None,
                     tense_at: Callable[[int], str]) -> list[Found]:
    """Place "the quarter" markers and "a year earlier" after a named quarter; drop periods nothing places.

    The document's quarter is the first one it names that has begun by the
    reference date (later ones are side remarks: "after a flat second quarter").
    A comparison that follows a stretch of months or a year in its own sentence
    ("in the first nine months, ... from a year earlier") is about that stretch.
    """
    anchor: tuple[int, int] | None = None
    anchor_found: Found | None = None
    fiscal: tuple[int, int] | None = None  # the fiscal quarter named first, whose number is the company's
    placed: list[Found] = []
    kept: list[Found] = []
    for found in chosen:
        reading = found.reading
        beside = _before_in_sentence(kept, found, text)
        about_stretch = beside is not None and (beside.reading.type == "DURATION" or beside.reading.gran == "year")
        if reading.gran == "quarter" and reading.start is not None:
            if anchor is None and _could_be_reported(reading.start, reference):
                if _fiscal(text, found):
                    fiscal = fiscal or _quarter_of(reading.start)
                else:
                    anchor, anchor_found = _quarter_of(reading.start), found
        elif reading.gran == "quarter-ref":
            marker = reading.value
            months = _months_told_before(kept, found, text) if _a_year_back_period(marker) else None
            found.reading, named = _marker_reading(marker, anchor, reference, tense_at(found.start), about_stretch)
            if anchor is None and named is not None:
                anchor, anchor_found = named, found
            if found.reading is None:
                continue
            if months is not None and anchor is not None:
                found.reading = _months_a_year_back(months, anchor)
            elif _a_year_back(marker) and anchor_found is not None and found.reading.gran == "quarter-back":
                found.back_of = anchor_found  # "the year-ago quarter" after "the fiscal first quarter ended Sept. 29"
            placed.append(found)
        elif anchor is not None and not about_stretch and reading.gran == "year" and _compares_back(text, found):
            found.reading = _quarter_reading(anchor[0] - 1, anchor[1], "quarter-back")
            found.back_of = anchor_found
        kept.append(found)
    if fiscal is not None and anchor is not None:
        _fiscal_labels(placed, (anchor[0] * 4 + anchor[1]) - (fiscal[0] * 4 + fiscal[1]))
    return kept


def _fiscal_labels(placed: list[Found], shift: int) -> None:
    """The quarters "the quarter" and "the 1988 period" name after a fiscal quarter keep the calendar's months but
    take the company's label, as the fiscal quarter's own expression does ("the fiscal first quarter", 1989-Q1, is
    July to September: "the quarter" is 1989-Q1 too, its months July to September) — the TimeML value names the
    quarter as the report counts it."""
    for found in placed:
        label = _QUARTER_LABEL.fullmatch(found.reading.value or "")
        if shift == 0 or label is None or found.reading.gran not in ("quarter", "quarter-back"):
            continue
        index = int(found.reading.value[:4]) * 4 + int(label.group(1)) - 1 - shift
        found.reading = replace(found.reading, value=f"{index // 4}-Q{index % 4 + 1}")


# "the quarter ended July 31", "its fiscal first half, which ended Sept. 30": the period is the months to that day.
ENDED_ON = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:that|which)[^\S\n]+)?(?:ended|ending|ends|closed)(?:[^\S\n]+on)?[^\S\n]+")
_PERIOD_MONTHS = {"quarter": 3, "quarter-back": 3, "half": 6}


def period_to_its_end(chosen: list[Found], text: str, reference: date | None = None) -> None:
    """Give a quarter or half that the text ends on a day ("the quarter ended July 31") the months up to
    that day, in place: a company's quarter need not be the calendar's (May to July here, not the third
    quarter's July to September). The value stays the TimeML label; only the range moves."""
    for found, after in zip(chosen, chosen[1:]):
        months = _PERIOD_MONTHS.get(found.reading.gran)
        last = after.reading.end
        if months is None or last is None or after.reading.start != last or found.reading.start is None:
            continue
        if ENDED_ON.fullmatch(text, found.end, after.start) is None:
            continue
        found.reading = replace(found.reading, start=_months_ending(last, months), end=last)
    _fiscal_quarters(chosen, text, reference)
    _back_a_year(chosen)
    _the_year_ended(chosen, text)
    _fiscal_years(chosen, text)


def _months_ending(last: date, months: int) -> date:
    """The first day of ``months`` months ending on ``last`` (whole calendar months where it ends one)."""
    if last == month_span(last.year, last.month)[1]:
        return add_months(last.replace(day=1), 1 - months)
    return add_months(last, -months) + timedelta(days=1)


# "For the year ended Sept. 30 …": "year" or "fiscal year", a duration the day after it ends
_A_YEAR = re.compile(r"(?i)(?:the[^\S\n]+|its[^\S\n]+)?(?:fiscal[^\S\n]+)?year")
# what the report says of that year later on: "Sales for the full year", "For the year, volume was flat"
_THE_YEAR = re.compile(r"(?i)(?:the|its)[^\S\n]+(?:(?:full|whole|entire)[^\S\n]+)?(?:fiscal[^\S\n]+)?year")


# "This year's results included a gain": this year as the year whose results are told, the company's
_THIS_YEAR = re.compile(r"(?i)this[^\S\n]+year")
_RESULTS_AFTER = re.compile(r"(?i)['’]s[^\S\n]+(?:[a-z-]+[^\S\n]+)?"
                            r"(?:results|earnings|profits?|net|income|revenues?|sales|loss(?:es)?)\b")


def _the_year_ended(chosen: list[Found], text: str) -> None:
    """Once a report tells its year ended on a day that ends no calendar year ("For the year ended Sept. 30,
    Ralston earned …"), "the full year" and "the year" of that year later in the text are those twelve
    months (October 1988 to September 1989), not the calendar year their value names; the value stays. So is
    "this year" that owns results ("This year's results included a gain", AM#32 = AC#34): the results are the
    year the report tells ended. "this year" alone is left the calendar's ("have bought only a relative handful
    of Japanese companies this year": a market's year, not the company's)."""
    last: date | None = None
    for found, after in zip(chosen, [*chosen[1:], None]):
        reading = found.reading
        day = _year_told_ended(found, after, text) if after is not None else None
        if day is not None:
            last = _no_calendar_year_end(day)
        elif last is not None and reading.gran == "year" and reading.start is not None \
                and reading.start.year == last.year and (_THE_YEAR.fullmatch(text, found.start, found.end) or (
                    _THIS_YEAR.fullmatch(text, found.start, found.end) and _RESULTS_AFTER.match(text, found.end))):
            found.reading = replace(reading, start=_months_ending(last, 12), end=last)


def _fiscal_quarters(chosen: list[Found], text: str, reference: date | None) -> None:
    """A quarter the report names that has not ended by its date ("Ralston Purina reported a 47% decline in
    fourth-quarter earnings", Nov 2, 1989, read as October to December), in a report that tells its year
    ended on a day ending no calendar year ("For the year ended Sept. 30"), is that fiscal year's quarter of
    the same number (July to September 1989): a report tells of a quarter that is over. Only where that
    fiscal quarter ended by the report's date, within the year before it; the value stays the TimeML label,
    and a "year ago" compared with it follows (``_back_a_year`` runs after)."""
    if reference is None:
        return
    last = _year_ended_on(chosen, text)
    if last is None or not reference - timedelta(days=REPORTING_WINDOW_DAYS) < last <= reference:
        return
    for found in chosen:
        reading = found.reading
        label = _QUARTER_LABEL.fullmatch(reading.value or "")
        if reading.gran != "quarter" or reading.end is None or reading.end <= reference or label is None:
            continue
        end = _months_on(last, -3 * (4 - int(label.group(1))))
        if end <= reference and reference - end < timedelta(days=REPORTING_WINDOW_DAYS):
            found.reading = replace(reading, start=_months_ending(end, 3), end=end)


_QUARTER_LABEL = re.compile(r"\d{4}-Q([1-4])")


def _year_ended_on(chosen: list[Found], text: str) -> date | None:
    """The first day a year is told ended on ("For the year ended Sept. 30"), where it ends no calendar year."""
    for found, after in zip(chosen, chosen[1:]):
        day = _year_told_ended(found, after, text)
        if day is not None:
            return _no_calendar_year_end(day)
    return None


def _year_told_ended(found: Found, after: Found, text: str) -> date | None:
    """The day ``after`` gives where ``found`` is a year the text tells ended on it ("the year ended Sept. 30"),
    else None."""
    if found.reading.type == "DURATION" and found.reading.value == "P1Y" \
            and _A_YEAR.fullmatch(text, found.start, found.end) \
            and after.reading.gran == "day" and after.reading.start is not None \
            and ENDED_ON.fullmatch(text, found.end, after.start) is not None:
        return after.reading.start
    return None


def _no_calendar_year_end(day: date) -> date | None:
    """``day``, unless it is Dec. 31 (a fiscal year that is the calendar's tells nothing new)."""
    return day if (day.month, day.day) != (12, 31) else None


def _months_on(day: date, months: int) -> date:
    """The day ``months`` months after (before, where negative) ``day``: a month's last day stays a month's last
    day (a quarter ended Sept. 30 is three months after one ended June 30, not June 30 + 3 months)."""
    if day == month_span(day.year, day.month)[1]:
        year_n, month = divmod(day.year * 12 + day.month - 1 + months, 12)
        return month_span(year_n, month + 1)[1]
    return add_months(day, months)


# "fiscal 1988", "fiscal year 1988", "fiscal-1988" (the ``fiscal_year`` rule's match)
_FISCAL_YEAR = re.compile(r"(?i)fiscal(?:[^\S\n]+|-)(?:year[^\S\n]+)?\d{4}")


def _fiscal_years(chosen: list[Found], text: str) -> None:
    """"In fiscal 1988, the company earned …" in a report that tells its fiscal year's end ("the year ended
    Sept. 30", "its fourth quarter ended Sept. 30") is the twelve months ending on that day in 1988 (October
    1987 to September 1988): a fiscal year is named by the calendar year it ends in. Only where the end falls
    in March to November (a year ending in January or February is named either way, by company); the value
    stays the year's."""
    last = _fiscal_year_end(chosen, text)
    if last is None or not 3 <= last.month <= 11:
        return
    for found in chosen:
        reading = found.reading
        if reading.gran != "year" or reading.start is None or not _FISCAL_YEAR.fullmatch(text, found.start, found.end):
            continue
        end = last.replace(year=reading.start.year)  # March to November: the same day every year
        found.reading = replace(reading, start=_months_ending(end, 12), end=end)


def _fiscal_year_end(chosen: list[Found], text: str) -> date | None:
    """The day a company's year ends, as the report first tells it: "the year ended Sept. 30", or a numbered
    quarter ended on a day ("its fourth quarter ended Sept. 30"; a first quarter ended Dec. 31 gives Sept.
    30 too). None where it ends the calendar year or the report does not say."""
    year_end = _year_ended_on(chosen, text)
    if year_end is not None:
        return year_end
    for found, after in zip(chosen, chosen[1:]):
        label = _QUARTER_LABEL.fullmatch(found.reading.value or "")
        day = after.reading.start
        if found.reading.gran != "quarter" or label is None or after.reading.gran != "day" or day is None \
                or after.reading.end != day or ENDED_ON.fullmatch(text, found.end, after.start) is None:
            continue
        return _no_calendar_year_end(_months_on(day, 3 * (4 - int(label.group(1)))))
    return None


def _back_a_year(chosen: list[Found]) -> None:
    """A "year ago" compared with a quarter the text ends on a day ("the fiscal first quarter ended Sept. 30
    … a net loss a year ago") is those months a year earlier (July to September 1988), not the calendar
    quarter its label names."""
    for found in chosen:
        anchor = found.back_of
        if anchor is None or anchor.reading.start is None or anchor.reading.end is None:
            continue
        first, last = anchor.reading.start, anchor.reading.end
        if last == month_span(last.year, last.month)[1]:
            end = month_span(last.year - 1, last.month)[1]
        else:
            end = add_months(last, -12)
        found.reading = replace(found.reading, start=add_months(first, -12), end=end)


def _a_year_back(marker: str) -> bool:
    """Whether a ``@q:kind:steps:year:unit`` marker names the anchor's quarter (or period) a year before it
    ("the year-ago quarter", "the year-earlier period"), not a quarter of its own year ("the previous quarter")."""
    _, kind, steps, year_text, _ = marker.split(":")
    return kind == "anchor" and steps == "-4" and not year_text


def _a_year_back_period(marker: str) -> bool:
    """"the year-earlier period", "the year-ago period": a year back from whatever period was told last."""
    return _a_year_back(marker) and marker.endswith(":period")


# the months a result was told of: "For the nine months", "in the first half" ("the first six months")
_MONTHS_TOLD = re.compile(r"P([1-9]|1[01])M")


def _months_told_before(kept: list[Found], found: Found, text: str) -> int | None:
    """The months of a stretch told in the sentence just before ``found`` ("For the nine months, Norton had net
    of $81.2 million. In the year-earlier period, the company had net of $77.2 million": nine), where it is the
    last time expression before ``found`` and no paragraph lies between: "the year-earlier period" then is
    those months a year back (TimeML gives it the stretch's duration, P9M), not the year-ago quarter."""
    if not kept or kept[-1].reading.type != "DURATION":
        return None
    months = _MONTHS_TOLD.fullmatch(kept[-1].reading.value or "")
    gap = text[kept[-1].end:found.start]
    if months is None or _PARAGRAPH_BREAK.search(gap) or len(_SENTENCE_BREAK.findall(gap)) > 1:
        return None
    return int(months.group(1))


def _months_a_year_back(months: int, anchor: tuple[int, int]) -> Reading:
    """``months`` months ending with the reporting quarter ``anchor``, a year earlier: a stretch (TimeML's
    duration value) placed on the calendar."""
    end = quarter_span(anchor[0] - 1, anchor[1])[1]
    first = add_months(end.replace(day=1), 1 - months)
    return Reading("DURATION", f"P{months}M", first, end, "relative", "months-back")


def _could_be_reported(start: date, reference: date | None) -> bool:
    """Whether a quarter starting on ``start`` is one a report at ``reference`` would be about (begun, within a year)."""
    return reference is None or reference - timedelta(days=REPORTING_WINDOW_DAYS) < start <= reference


def _before_in_sentence(kept: list[Found], found: Found, text: str) -> Found | None:
    """The expression just before ``found`` when it stands in the same sentence."""
    if not kept:
        return None
    gap = text[kept[-1].end:found.start]
    return None if _SENTENCE_BREAK.search(gap) else kept[-1]


def _compares_back(text: str, found: Found) -> bool:
    """"a year ago", "year-earlier", or "last year" just after an amount it is compared with ("from $3 million last year")."""
    phrase = text[found.start:found.end]
    if _YEAR_BACK.fullmatch(phrase):
        return True
    if not _LAST_YEAR.fullmatch(phrase):
        return False
    opening = max(text.rfind(". ", 0, found.start), text.rfind("\n", 0, found.start), found.start - 120, 0)
    return bool(_COMPARISON_CUE.search(text[opening:found.start]))


def _marker_reading(marker: str, anchor: tuple[int, int] | None, reference: date | None, tense: str,
                    about_stretch: bool) -> tuple[Reading | None, tuple[int, int] | None]:
    """The quarter a ``@q:kind:steps:year:unit`` marker names, and the quarter it shows the document reports."""
    _, kind, steps_text, year_text, unit = marker.split(":")
    steps = int(steps_text)
    if reference is None:
        year_part = year_text or "XXXX"
        return (None if unit == "period" and not year_text else
                Reading("DATE", f"{year_part}-QX", basis="relative", gran="quarter")), None
    if unit == "period" and (about_stretch or (anchor is None and kind == "anchor")):
        year_n = int(year_text) if year_text else reference.year - (1 if steps < 0 else 0)
        if not year_text and steps == 0:
            return None, None  # "the period" with no quarter in sight: a nine-month or yearly period
        return Reading("DATE", str(year_n), *year_span(year_n), "relative", "year"), None
    if kind == "latest":
        base = _completed_quarter(reference)
    elif kind == "current":
        base = _quarter_of(reference)
    else:
        base = anchor or _default_quarter(reference, tense)
    year_n, number = (int(year_text), base[1]) if year_text else base
    year_n, number = divmod(year_n * 4 + number - 1 + steps, 4)
    named = (year_n, number + 1) if steps == 0 and not year_text else None
    return _quarter_reading(year_n, number + 1, "quarter" if steps == 0 else "quarter-back"), named


# "in the fiscal first quarter", "its fiscal 1990 second quarter": a company's quarter, not the calendar's
_FISCAL_BEFORE = re.compile(r"(?i)\bfiscal\b[^\n]{0,12}$")


def _fiscal(text: str, found: Found) -> bool:
    """A quarter the text calls fiscal: its number is the company's (Sun's "fiscal first quarter" is July to
    September), so it is no anchor for "the quarter" and "the 1988 period" after it (wsj_0928, AT#50: those were
    read as January to March); the reporting quarter the date gives (``_default_quarter``) is the better guess.
    Not one the text ends on a day ("the fiscal-first quarter ended Sept. 30"): its months are known
    (``period_to_its_end``), and what is compared with it follows them."""
    if ENDED_ON.match(text, found.end) is not None:
        return False
    return _FISCAL_BEFORE.search(text, max(0, found.start - 20), found.start) is not None \
        or "fiscal" in text[found.start:found.end].lower()


def _quarter_reading(year_n: int, number: int, gran: str) -> Reading:
    """A quarter placed on the calendar."""
    return Reading("DATE", f"{year_n}-Q{number}", *quarter_span(year_n, number), "relative", gran)


def _quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter number) of the quarter holding ``day``."""
    return day.year, (day.month - 1) // 3 + 1


def _completed_quarter(day: date) -> tuple[int, int]:
    """The last quarter that ended before ``day``."""
    year_n, number = _quarter_of(day)
    return (year_n, number - 1) if number > 1 else (year_n - 1, 4)


def _default_quarter(reference: date, tense: str) -> tuple[int, int]:
    """The quarter a report means when it names none: the one just ended while its results come out, else the current one."""
    current_start = quarter_span(*_quarter_of(reference))[0]
    if tense != "future" and reference - current_start <= timedelta(days=REPORTING_LAG_DAYS):
        return _completed_quarter(reference)
    return _quarter_of(reference)


# ---------------------------------------------------------------- "that day", "the following year"

_ANAPHOR_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_ANCHOR_GRANS = ("day", "time", "week", "month", "quarter", "season", "year", "half")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def resolve_anaphors(chosen: list[Found], reference: date | None, text: str = "") -> None:
    """Place "that day", "the following year" on the closest date written before them (else the reference date).

    "later that year" after "in June 1998" in the same paragraph is the rest of that year from June on
    (``_part_after_or_before``); further off, the date it points at is less sure, so the whole year."""
    anchor: Reading | None = None
    anchor_found: Found | None = None
    for found in chosen:
        reading = found.reading
        if reading.gran != "anaphor":
            if reading.type in ("DATE", "TIME") and reading.start is not None and reading.gran in _ANCHOR_GRANS:
                anchor, anchor_found = reading, found
            continue
        unit, steps, *side = reading.value[1:].split(":")
        base = anchor.start if anchor is not None else reference
        if unit not in ("week", "month", "year") and anchor is not None and anchor.gran not in ("day", "time"):
            base = None  # "that day" after "in 1995": some day of it, not placed
        if _an_indefinite_one_before(text, anchor_found.end if anchor_found is not None else 0, found.start, unit):
            base = None  # "if there ever came a day when I could no longer …, that day has come": that day, no date
        if base is None:
            found.reading = Reading("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(unit, "XXXX-XX-XX"),
                                    basis="relative")
            continue
        found.reading = _anaphor_reading(base, unit, int(steps))
        if side and anchor is not None and anchor_found is not None \
                and not _PARAGRAPH_BREAK.search(text, anchor_found.end, found.start):
            found.reading = _part_after_or_before(found.reading, anchor, side[0])



# "a day when I could no longer meet my duties", "one year that": a day (week, month, year) the text supposes, told by a
# clause of its own; a later "that day" is that one, not the date written before it
_INDEFINITE_ONE = {unit: re.compile(rf"(?i)\b(?:a|an|one|some)[^\S\n]+{unit}[^\S\n]+(?:when|that|on[^\S\n]+which)\b")
                   for unit in ("day", "week", "month", "year")}


def _an_indefinite_one_before(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the text from ``start`` (the date an anaphor would point at) to ``end`` (the anaphor) supposes a
    day (week, …) of the anaphor's unit by a clause of its own ("if there ever came a day when …"), in the
    anaphor's paragraph."""
    pattern = _INDEFINITE_ONE.get(unit)
    if pattern is None or not text:
        return False
    breaks = list(_PARAGRAPH_BREAK.finditer(text, start, end))
    return pattern.search(text, breaks[-1].end() if breaks else start, end) is not None


def _part_after_or_before(period: Reading, anchor: Reading, side: str) -> Reading:
    """"later that year" after "June 1998": June to December 1998; "earlier that month" after "June 20":
    June 1 to 20. The value stays the period's (TimeML gives "later that year" the year); only the range
    narrows, and only where the date pointed at lies inside the period and is shorter than it."""
    if period.start is None or period.end is None or anchor.start is None or anchor.end is None:
        return period
    if not (period.start <= anchor.start and anchor.end <= period.end) or (anchor.start, anchor.end) == (period.start, period.end):
        return period
    if side == "later":
        return replace(period, start=anchor.start)
    return replace(period, end=anchor.end)


def _anaphor_reading(base: date, unit: str, steps: int) -> Reading:
    """The day, week, month or year ``steps`` units from ``base``."""
    if unit == "year":
        year_n = base.year + steps
        return Reading("DATE", str(year_n), *year_span(year_n), "relative", "year")
    if unit == "month":
        first = add_months(base.replace(day=1), steps)
        return Reading("DATE", f"{first.year}-{first.month:02d}", *month_span(first.year, first.month), "relative", "month")
    if unit == "week":
        anchor = shift(base, "W", steps)
        return Reading("DATE", week_value(anchor), *week_span(anchor), "relative", "week")
    day = shift(base, "D", steps)
    if unit in _ANAPHOR_PARTS:
        return Reading("TIME", f"{day.isoformat()}T{_ANAPHOR_PARTS[unit]}", day, day, "relative", "day")
    return Reading("DATE", day.isoformat(), day, day, "relative", "day")
