"""The patterns that find time expressions, each with the handler that reads it.

Every rule is a regex (compiled once, built from the word tables in
``timex_lexicon``) and a function from a match to a ``Reading`` or None (None when
the context shows the match is not a time, e.g. "2026 Budget"). Rules may overlap;
``timex.find_timexes`` keeps the longest match, and the earlier rule on a tie.
Dates in the past are resolved against the reference date with the sentence's tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from explorer.core.extract import timex_lexicon as lx
from explorer.core.extract.timex_calendar import (
    Reading, day_iso, month_span, narrow, pick_instance, quarter_span, season_span, shift,
    week_span, week_value, weekday_instance, year_span,
)
from explorer.core.extract.timex_lexicon import (
    MONTH_FULL_RE, MONTH_RE, NUMBER_RE, PART_RE, POD_RE, SP, TZ_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE,
    WEEKDAYS_PLURAL_RE, alternation,
)

LEX = lx.lexicon()
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|:\d|[.,]\d|\s*%)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\w%]|[.,:/]\d)"
DASH = r"[-–—]"
_PREV_WORD = re.compile(r"([\w’']+)[^\w\n]*$")
_NEXT_WORD = re.compile(r"^[^\S\n]+([A-Za-z][\w’']*)")
_NOT_A_COUNT = re.compile(r"^\s*" + alternation(LEX["not_after_numbers"]))


@dataclass(frozen=True)
class Context:
    """The text being read, its reference date, and the tense of the sentence at an offset."""

    text: str
    reference: date | None
    tense_at: Callable[[int], str]


Handler = Callable[[re.Match, Context], "Reading | None"]
RULES: list[tuple[str, re.Pattern, Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    """Register a handler with its pattern, in priority order (earlier wins ties)."""
    def register(handler: Handler) -> Handler:
        RULES.append((handler.__name__, re.compile(pattern), handler))
        return handler
    return register


# ---------------------------------------------------------------- shared readers

def _day(text: str) -> int:
    """The day number of "4", "04" or "4th"."""
    return int(re.match(r"\d+", text).group())


def _prev_word(ctx: Context, offset: int) -> str:
    """The word before an offset on the same line, lower-cased ("" at a line start)."""
    found = _PREV_WORD.search(ctx.text, max(0, offset - 40), offset)
    return found.group(1).lower() if found else ""


def _explicit_day(year: int, month: int, day: int) -> Reading | None:
    """A fully written date; None when it does not exist (31 February)."""
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return Reading("DATE", when.isoformat(), when, when, "explicit", "day")


def _yearless_day(month: int, day: int, ctx: Context, offset: int) -> Reading | None:
    """A month and day without a year: the year comes from the reference date and tense."""
    if day > 31 or (month == 2 and day > 29):
        return None
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", basis="relative", gran="day", yearless=(month, day))
    spans = []
    for year in range(ctx.reference.year - 1, ctx.reference.year + 2):
        found = _explicit_day(year, month, day)
        if found:
            spans.append((found.start, found.end))
    start, end = pick_instance(spans, ctx.reference, ctx.tense_at(offset), "day")
    return Reading("DATE", start.isoformat(), start, end, "relative", "day", (month, day))


def _part(match: re.Match) -> str:
    """The normalised part modifier ("early", "until_ref"...) or ""."""
    word = match.groupdict().get("part")
    return LEX["part_modifiers"][" ".join(word.lower().split())] if word else ""


def _narrowed(reading: Reading, part: str, reference: date | None) -> Reading:
    """The reading limited to the part of its span that "early"/"earlier"... names."""
    if not part or reading.start is None:
        return reading
    span = narrow((reading.start, reading.end), part, reference) or (reading.start, reading.end)
    return Reading(reading.type, reading.value, span[0], span[1], reading.basis, reading.gran, reading.yearless)


def _month_reading(year: int, month: int, basis: str, yearless: bool = False) -> Reading:
    """A whole month, value ``YYYY-MM``."""
    start, end = month_span(year, month)
    return Reading("DATE", f"{year}-{month:02d}", start, end, basis, "month", (month, None) if yearless else None)


# ---------------------------------------------------------------- ranges of days

@rule(rf"(?:(?P<pre>(?i:from|between)){SP})?(?<![\w.,/-])(?P<d1>{DAY})(?:{SP}?{DASH}{SP}?|{SP}(?P<conn>(?i:to|until|till|through|and)){SP})"
      rf"(?P<d2>{DAY})(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH_RE})(?:,?{SP}(?P<y>{YEAR}))?")
def day_range_month(m: re.Match, ctx: Context) -> Reading | None:
    """``2 to 4 February 2026``, ``from 2 to 4 February``, ``2-4 Feb``."""
    return _day_range(m, ctx)


@rule(rf"(?:(?P<pre>(?i:from|between)){SP})?(?P<mon>{MONTH_RE}){SP}(?P<d1>{DAY})(?:{SP}?{DASH}{SP}?|{SP}(?P<conn>(?i:to|until|till|through|and)){SP})"
      rf"(?P<d2>{DAY})(?:,?{SP}(?P<y>{YEAR}))?")
def month_day_range(m: re.Match, ctx: Context) -> Reading | None:
    """``February 4-5``, ``February 4 to 5, 2026``."""
    return _day_range(m, ctx)


def _day_range(m: re.Match, ctx: Context) -> Reading | None:
    """Both ends in one month; "and" only after "between" (else "4 and 5 countries" would match)."""
    if (m.group("conn") or "").lower() == "and" and not m.group("pre"):
        return None
    month, first, last = lx.month_number(m.group("mon")), _day(m.group("d1")), _day(m.group("d2"))
    if first >= last:
        return None
    if m.group("y"):
        start, end = _explicit_day(int(m.group("y")), month, first), _explicit_day(int(m.group("y")), month, last)
        if not (start and end):
            return None
        return Reading("DATE", f"{start.value}/{end.value}", start.start, end.end, "explicit", "day")
    head = _yearless_day(month, first, ctx, m.start())
    if head is None or head.start is None:
        return head and Reading("DATE", f"XXXX-{month:02d}-{first:02d}/XXXX-{month:02d}-{last:02d}",
                                basis="relative", gran="day")
    end = _explicit_day(head.start.year, month, last)
    if end is None:
        return None
    return Reading("DATE", f"{head.value}/{end.value}", head.start, end.end, "relative", "day", (month, first))


# ---------------------------------------------------------------- single days

@rule(r"(?<![\w/.-])(?P<y>(?:1[89]|20)\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![\w/]|-\d)")
def iso_date(m: re.Match, ctx: Context) -> Reading | None:
    """``2026-02-04`` and ``2026/02/04``."""
    return _explicit_day(int(m.group("y")), int(m.group("mon")), int(m.group("d")))


@rule(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:1[89]|20)\d\d)(?![\w/]|\.\d)")
def numeric_date(m: re.Match, ctx: Context) -> Reading | None:
    """``4/2/2026``: read only when the order is certain (a part over 12, equal parts, or dots = day first).

    "4/2/2026" is 4 February in Delhi and April 2 in Washington; guessing would
    invent a date, so an ambiguous one is skipped.
    """
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "." or (a > 12 >= b):
        return _explicit_day(year, b, a)
    if b > 12 >= a or a == b:
        return _explicit_day(year, a, b)
    return None


@rule(rf"(?:(?P<wd>{WEEKDAY_RE}),?{SP})?(?:(?i:the){SP})?(?<![\w.,/-])(?P<d>{DAY})(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH_RE})(?:,?{SP}(?P<y>{YEAR}))?")
def day_month(m: re.Match, ctx: Context) -> Reading | None:
    """``4 February 2026``, ``27 January``, ``the 4th of February``, ``Wednesday, 4 Feb``."""
    return _calendar_day(m, ctx)


@rule(rf"(?:(?P<wd>{WEEKDAY_RE}),?{SP})?(?P<mon>{MONTH_RE}){SP}(?:(?i:the){SP})?(?P<d>{DAY})(?:,?{SP}(?P<y>{YEAR}))?")
def month_day(m: re.Match, ctx: Context) -> Reading | None:
    """``February 4, 2026``, ``February 4``, ``Feb. 4``, ``Jan 13``."""
    return _calendar_day(m, ctx)


def _calendar_day(m: re.Match, ctx: Context) -> Reading | None:
    """A day with a month name, with or without a year."""
    month, day = lx.month_number(m.group("mon")), _day(m.group("d"))
    if m.group("y"):
        return _explicit_day(int(m.group("y")), month, day)
    return _yearless_day(month, day, ctx, m.start())


# ---------------------------------------------------------------- months, years, decades

@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<mon>{MONTH_RE})(?:,?{SP}|{SP}(?i:of){SP})(?P<y>{YEAR})")
def month_year(m: re.Match, ctx: Context) -> Reading | None:
    """``September 2025``, ``early March 2026``, ``the end of June 2025``."""
    reading = _month_reading(int(m.group("y")), lx.month_number(m.group("mon")), "explicit")
    return _narrowed(reading, _part(m), ctx.reference)


@rule(rf"(?:(?P<shift>(?i:last|next|this)){SP}|(?P<part>{PART_RE})(?:{SP}|-))?(?P<mon>{MONTH_FULL_RE}|(?:Sept|SEPT)\.)")
def bare_month(m: re.Match, ctx: Context) -> Reading | None:
    """``in October``, ``last October``, ``a January announcement``; not "Theresa May"."""
    name = m.group("mon").rstrip(".")
    cue = _prev_word(ctx, m.start()) in LEX["bare_month_cues"]
    if not (m.group("shift") or m.group("part") or cue):
        following = _NEXT_WORD.match(ctx.text[m.end():])
        if name.title() in LEX["ambiguous_bare_months"] or (following and _is_name_word(following.group(1))):
            return None  # "Theresa May", "June Carter"
    month = lx.month_number(name)
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-{month:02d}", basis="relative", gran="month", yearless=(month, None))
    reading = _month_instance(month, ctx, m)
    return _narrowed(reading, _part(m), ctx.reference)


def _month_instance(month: int, ctx: Context, m: re.Match) -> Reading:
    """Which October: "last"/"next" strictly before/after this month, "this" in this year, else by tense."""
    ref = ctx.reference
    years = range(ref.year - 1, ref.year + 2)
    word = (m.group("shift") or "").lower()
    if word == "this":
        return _month_reading(ref.year, month, "relative", True)
    if word == "last":
        return _month_reading(ref.year if month < ref.month else ref.year - 1, month, "relative", True)
    if word == "next":
        return _month_reading(ref.year if month > ref.month else ref.year + 1, month, "relative", True)
    start, _ = pick_instance([month_span(y, month) for y in years], ref, ctx.tense_at(m.start()), "month")
    return _month_reading(start.year, month, "relative", True)


@rule(rf"(?<![\w$€£₹#@/.,:-])(?P<y1>(?:1[89]|20)\d\d){DASH}(?P<y2>(?:1[89]|20)?\d\d)(?![\w%]|[.,]\d)")
def year_range(m: re.Match, ctx: Context) -> Reading | None:
    """``2025-26``, ``2020–2025``: a span of whole years (not ``2026-02``, a month)."""
    first, tail = int(m.group("y1")), m.group("y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 10:
        return None
    return Reading("DATE", f"{first}/{last}", year_span(first)[0], year_span(last)[1], "explicit", "year")


@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<y>(?<![\w$€£₹#@/.,:])(?:1[89]\d\d|20\d\d))(?![\w%]|[.,:/]\d|{DASH}\w)")
def year(m: re.Match, ctx: Context) -> Reading | None:
    """``2026``, ``mid-2025``; not ``2026 Budget``, ``Agenda 2030`` or ``2000 per cent``.

    A year right after or before a capitalised word (other than a month, weekday or
    a preposition like "In") is part of a name.
    """
    if _is_count_or_name(m, ctx):
        return None
    reading = Reading("DATE", m.group("y"), *year_span(int(m.group("y"))), "explicit", "year")
    return _narrowed(reading, _part(m), ctx.reference)


def _is_count_or_name(m: re.Match, ctx: Context) -> bool:
    """Whether a four-digit number is a quantity or part of a name rather than a year."""
    start, end = m.start("y"), m.end("y")
    if not m.group("part") and start and ctx.text[start - 1] == "-":
        return True
    after = ctx.text[end:]
    if _NOT_A_COUNT.match(after):
        return True
    prev = _PREV_WORD.search(ctx.text, max(0, start - 40), start)
    prev_word = prev.group(1) if prev and not m.group("part") else ""
    if prev_word.lower() in LEX["year_prepositions"]:
        return False
    following = _NEXT_WORD.match(after)
    if following and _is_name_word(following.group(1)):
        return True
    if not prev_word or ctx.text[prev.end(1):start].strip():
        return False
    return _is_name_word(prev_word) and _is_capitalised_mid_sentence(ctx, prev.start(1))


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not a month or weekday (those make dates, not names)."""
    key = word.lower().rstrip(".")
    return word[0].isupper() and key not in lx.MONTHS and key not in lx.WEEKDAYS


def _is_capitalised_mid_sentence(ctx: Context, offset: int) -> bool:
    """Whether a capitalised word stands inside a sentence (so it is a name, not a sentence opening)."""
    before = ctx.text[max(0, offset - 3):offset].strip()
    return bool(before) and before[-1] not in ".!?:\"“‘'(\n"


@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-))?(?<![\w$€£₹#@/.,:-])(?P<dec>(?:1[89]|20)\d0)['’]?s\b")
def decade(m: re.Match, ctx: Context) -> Reading | None:
    """``the 1990s``, ``the early 2000s``: value ``199``, ``200``."""
    first = int(m.group("dec"))
    reading = Reading("DATE", str(first // 10), year_span(first)[0], year_span(first + 9)[1], "explicit", "decade")
    return _narrowed(reading, _part(m), ctx.reference)


@rule(rf"(?:(?i:the){SP})?(?:(?P<ord>{alternation(LEX['quarter_ordinals'])}){SP}(?P<unit>(?i:quarter|half))|Q(?P<q>[1-4])|H(?P<h>[12]))"
      rf"(?:{SP}(?i:of){SP}|,?{SP})(?P<y>{YEAR})")
def quarter_or_half(m: re.Match, ctx: Context) -> Reading | None:
    """``the first quarter of 2026``, ``Q1 2026``, ``the second half of 2025``."""
    year_n = int(m.group("y"))
    if m.group("q") or (m.group("unit") or "").lower() == "quarter":
        number = int(m.group("q") or LEX["quarter_ordinals"][m.group("ord").lower()])
        return Reading("DATE", f"{year_n}-Q{number}", *quarter_span(year_n, number), "explicit", "quarter")
    number = int(m.group("h") or LEX["half_ordinals"].get(m.group("ord").lower(), 0))
    if number not in (1, 2):
        return None
    start = month_span(year_n, 6 * number - 5)[0]
    return Reading("DATE", f"{year_n}-H{number}", start, month_span(year_n, 6 * number)[1], "explicit", "half")


@rule(rf"(?:(?P<shift>(?i:last|next|this)){SP}|(?P<part>{PART_RE})(?:{SP}|-))?(?P<season>{alternation(LEX['seasons'])})\b"
      rf"(?:(?:,|{SP}(?i:of))?{SP}(?P<y>{YEAR}))?")
def season(m: re.Match, ctx: Context) -> Reading | None:
    """``summer 2025``, ``last winter``; a bare "fall" or "spring" is a verb or noun, not a date."""
    info = LEX["seasons"][m.group("season").lower()]
    if m.group("y"):
        year_n, basis = int(m.group("y")), "explicit"
    elif m.group("shift") and ctx.reference is not None:
        year_n, basis = _season_year(info["months"], m.group("shift").lower(), ctx.reference), "relative"
    elif m.group("shift"):
        return Reading("DATE", f"XXXX-{info['code']}", basis="relative", gran="season")
    else:
        return None
    reading = Reading("DATE", f"{year_n}-{info['code']}", *season_span(year_n, info["months"]), basis, "season")
    return _narrowed(reading, _part(m), ctx.reference)


def _season_year(months: list[int], word: str, ref: date) -> int:
    """The year a "last/this/next" season starts in."""
    spans = [(y, season_span(y, months)) for y in range(ref.year - 2, ref.year + 2)]
    if word == "this":
        holding = [y for y, s in spans if s[0] <= ref <= s[1]]
        return holding[0] if holding else ref.year
    if word == "last":
        return max(y for y, s in spans if s[1] < ref)
    return min(y for y, s in spans if s[0] > ref)


# ---------------------------------------------------------------- days relative to the reference date

@rule(rf"\b(?P<base>{alternation(LEX['dct_days'])})(?:{SP}(?P<pod>{POD_RE}))?\b")
def deictic_day(m: re.Match, ctx: Context) -> Reading | None:
    """``today``, ``this morning``, ``tonight`` (the reference date), ``yesterday``, ``tomorrow``."""
    offset = LEX["dct_days"][" ".join(m.group("base").lower().split())]
    if ctx.reference is None:
        return Reading("DATE", "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", basis="dct" if offset == 0 else "relative")
    when = shift(ctx.reference, "D", offset)
    return Reading("DATE", when.isoformat(), when, when, "dct" if offset == 0 else "relative", "day")


@rule(rf"(?:(?P<shift>(?i:last|next|this{SP}coming|this{SP}past|this|coming|previous)){SP})?(?P<wd>{WEEKDAY_RE})(?:{SP}(?P<pod>{POD_RE}))?")
def weekday(m: re.Match, ctx: Context) -> Reading | None:
    """``Wednesday``, ``last Friday``, ``Monday morning``: the weekday nearest in the sentence's tense."""
    number = lx.weekday_number(m.group("wd"))
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-WXX-{number + 1}", basis="relative", gran="day")
    word = " ".join((m.group("shift") or "").lower().split())
    weeks = {"last": -1, "previous": -1, "this past": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1}.get(word)
    when = weekday_instance(number, ctx.reference, ctx.tense_at(m.start()), weeks)
    return Reading("DATE", when.isoformat(), when, when, "relative", "day")


@rule(rf"\b(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<shift>{alternation(LEX['period_shifts'])}){SP}(?P<unit>(?i:weekend|week|month|quarter|year|decade))\b")
def relative_period(m: re.Match, ctx: Context) -> Reading | None:
    """``last week`` (ISO week), ``this month``, ``earlier this month`` (1st to the reference date), ``next year``."""
    unit = m.group("unit").lower()
    steps = LEX["period_shifts"][" ".join(m.group("shift").lower().split())]
    if ctx.reference is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
                   "year": "XXXX", "decade": "XXX"}[unit]
        return Reading("DATE", unknown, basis="relative", gran=unit)
    value, span = _period(unit, steps, ctx.reference)
    return _narrowed(Reading("DATE", value, span[0], span[1], "relative", unit), _part(m), ctx.reference)


def _period(unit: str, steps: int, ref: date) -> tuple[str, tuple[date, date]]:
    """Value and span of the week/month/... ``steps`` away from the one holding ``ref``."""
    if unit in ("week", "weekend"):
        anchor = shift(ref, "W", steps)
        monday, sunday = week_span(anchor)
        if unit == "weekend":
            return week_value(anchor) + "-WE", (shift(sunday, "D", -1), sunday)
        return week_value(anchor), (monday, sunday)
    if unit == "month":
        anchor = shift(ref, "M", steps)
        return f"{anchor.year}-{anchor.month:02d}", month_span(anchor.year, anchor.month)
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + steps
        return f"{index // 4}-Q{index % 4 + 1}", quarter_span(index // 4, index % 4 + 1)
    if unit == "decade":
        first = (ref.year // 10 + steps) * 10
        return str(first // 10), (year_span(first)[0], year_span(first + 9)[1])
    return str(ref.year + steps), year_span(ref.year + steps)


@rule(rf"\b(?P<num>{NUMBER_RE}|{VAGUE_RE})(?:{SP}|-)(?P<unit>{UNIT_RE}){SP}(?P<dir>(?i:ago|from{SP}now|hence))\b")
def ago(m: re.Match, ctx: Context) -> Reading | None:
    """``two days ago`` (a day), ``three weeks ago`` (a week), ``a year ago`` (a year); vague ones are PAST_REF."""
    amount, info = lx.number_value(m.group("num")), lx.UNITS[m.group("unit").lower()]
    sign = -1 if m.group("dir").lower() == "ago" else 1
    if amount is None:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", basis="relative")
    code = "D" if info.get("time") else info["code"]
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year"}[code]
    if ctx.reference is None:
        unknown = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[gran]
        return Reading("DATE", unknown, basis="relative", gran=gran)
    when = shift(ctx.reference, code, sign * amount * info.get("times", 1) if not info.get("time") else 0)
    return _at_granularity(when, gran)


def _at_granularity(when: date, gran: str) -> Reading:
    """The day, ISO week, month or year holding ``when``, as a relative reading."""
    if gran == "week":
        return Reading("DATE", week_value(when), *week_span(when), "relative", "week")
    if gran == "month":
        return _month_reading(when.year, when.month, "relative")
    if gran == "year":
        return Reading("DATE", str(when.year), *year_span(when.year), "relative", "year")
    return Reading("DATE", when.isoformat(), when, when, "relative", "day")


@rule(r"\b" + alternation(LEX["vague_refs"]) + r"\b")
def vague_reference(m: re.Match, ctx: Context) -> Reading | None:
    """``recently`` (PAST_REF), ``now``/``currently`` (PRESENT_REF), ``soon`` (FUTURE_REF): not placed."""
    return Reading("DATE", LEX["vague_refs"][" ".join(m.group().lower().split())], basis="relative")


# ---------------------------------------------------------------- durations and sets: never placed

def _duration_value(amount: int | float | None, unit_word: str, half: bool = False) -> str:
    """``P10Y``, ``P2D``, ``PT3H``, ``P2.5Y``; ``X`` for a vague amount (``PXY``)."""
    info = lx.UNITS[unit_word.lower()]
    if amount is None:
        quantity = "X"
    else:
        total = (amount + (0.5 if half else 0)) * info.get("times", 1)
        quantity = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return ("PT" if info.get("time") else "P") + quantity + info["code"]


def _amount(text: str) -> int | float | None:
    """The number in a duration: integer words and digits, decimals ("1.5"), None if vague."""
    cleaned = text.strip()
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return float(cleaned)
    return lx.number_value(cleaned)


@rule(rf"\b(?:(?i:the){SP})?(?P<dir>(?i:past|last|previous|next|coming|following)){SP}(?:(?P<num>{NUMBER_RE}|{VAGUE_RE}){SP})?(?P<unit>{UNIT_RE})")
def stretch(m: re.Match, ctx: Context) -> Reading | None:
    """``the past two weeks``, ``the next few days``, ``the past year``: a duration."""
    if not m.group("num") and not m.group().lower().startswith("the"):
        return None  # "last year" is a date: relative_period reads it
    amount = _amount(m.group("num")) if m.group("num") else 1
    return Reading("DURATION", _duration_value(amount, m.group("unit")))


@rule(rf"\b(?P<num>{NUMBER_RE}|{VAGUE_RE})(?P<half>{SP}(?i:and){SP}(?i:a){SP}(?i:half)|-(?i:and)-(?i:a)-(?i:half))?(?:{SP}|-)(?P<unit>{UNIT_RE})(?:-(?i:long|old)\b)?")
def duration(m: re.Match, ctx: Context) -> Reading | None:
    """``two-day``, ``10 years``, ``ten-year``, ``a decade``, ``two and a half years``."""
    word = m.group("num").lower()
    if word in ("a", "an") and m.group("unit").lower().startswith("second"):
        return None  # "a second term"
    if word in ("a", "an") and m.group("unit").lower().endswith("s"):
        return None
    return Reading("DURATION", _duration_value(_amount(m.group("num")), m.group("unit"), bool(m.group("half"))))


@rule(r"\b(?P<unit>(?i:day|week|month|year|decade))-(?i:long)\b")
def long_adjective(m: re.Match, ctx: Context) -> Reading | None:
    """``year-long``, ``week-long``."""
    return Reading("DURATION", _duration_value(1, m.group("unit")))


@rule(r"(?<=\b[Ff]or )(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries))\b")
def vague_duration(m: re.Match, ctx: Context) -> Reading | None:
    """``for years``, ``for decades``: ``PXY``."""
    return Reading("DURATION", _duration_value(None, m.group("unit")))


@rule(r"\b" + alternation(LEX["set_adverbs"]) + r"\b")
def set_adverb(m: re.Match, ctx: Context) -> Reading | None:
    """``daily``, ``weekly``, ``annually``."""
    return Reading("SET", LEX["set_adverbs"][m.group().lower()])


@rule(rf"\b(?i:every|each|per){SP}(?:(?P<num>{NUMBER_RE}|(?i:other)){SP})?(?P<unit>{UNIT_RE})")
def every_unit(m: re.Match, ctx: Context) -> Reading | None:
    """``every week``, ``each year``, ``every two years``, ``every other month``."""
    word = (m.group("num") or "").lower()
    amount = 2 if word == "other" else (_amount(word) if word else 1)
    return Reading("SET", _duration_value(amount or 1, m.group("unit")))


@rule(rf"\b(?i:every|each){SP}(?:(?P<wd>{WEEKDAY_RE})|(?P<mon>{MONTH_FULL_RE}))|(?P<wds>{WEEKDAYS_PLURAL_RE})")
def every_named(m: re.Match, ctx: Context) -> Reading | None:
    """``every Monday``, ``on Wednesdays`` (``XXXX-WXX-3``), ``each October`` (``XXXX-10``)."""
    if m.group("mon"):
        return Reading("SET", f"XXXX-{lx.month_number(m.group('mon')):02d}")
    return Reading("SET", f"XXXX-WXX-{lx.weekday_number(m.group('wd') or m.group('wds')) + 1}")


@rule(rf"\b(?P<f>(?i:once|twice|thrice)|{NUMBER_RE}{SP}(?i:times)){SP}(?i:a|an|per|every|each){SP}(?P<unit>{UNIT_RE})")
def frequency(m: re.Match, ctx: Context) -> Reading | None:
    """``twice a year``, ``three times a week``: a set with the unit's period."""
    return Reading("SET", _duration_value(1, m.group("unit")))


# ---------------------------------------------------------------- clock times

AMPM = r"(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?!\w)"


@rule(rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?{SP}?{AMPM}(?:{SP}\(?(?P<tz>{TZ_RE})\)?)?")
def clock_12h(m: re.Match, ctx: Context) -> Reading | None:
    """``10 a.m.``, ``3:30 pm``, ``9.15 am IST``."""
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    return _clock(hour, int(m.group("mi") or 0), ctx)


@rule(rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)(?:{SP}?(?i:hrs|h)\b)?|(?P<mc>[0-5]\d){SP}?(?i:hrs)\b)(?:{SP}(?P<tz>{TZ_RE}))?")
def clock_24h(m: re.Match, ctx: Context) -> Reading | None:
    """``15:30 IST``, ``1530 hrs``: only with "hrs" or a time zone, since "3:30" alone may be a score."""
    marked = m.group("tz") or re.search(r"(?i:hrs|h)\b", m.group())
    if not marked:
        return None
    return _clock(int(m.group("h")), int(m.group("mi") or m.group("mc") or 0), ctx)


@rule(r"\b(?P<word>(?i:noon|midday|midnight))\b")
def named_time(m: re.Match, ctx: Context) -> Reading | None:
    """``noon``, ``midnight``."""
    hour, minute = LEX["named_times"][m.group("word").lower()].split(":")
    return _clock(int(hour), int(minute), ctx)


def _clock(hour: int, minute: int, ctx: Context) -> Reading:
    """A time of day, on the reference date until ``timex`` finds a day written beside it."""
    clock = f"T{hour:02d}:{minute:02d}"
    when = ctx.reference
    return Reading("TIME", (day_iso(when) or "XXXX-XX-XX") + clock, when, when, "relative", "time")
