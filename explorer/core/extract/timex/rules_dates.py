"""Rules for dates written on the calendar: days, ranges of days, months, years, decades.

A day or month without a year ("February 4", "in October") takes its year from the
reference date and the sentence's tense; a four-digit number is a year only when it
is not a count ("2030 crore") or part of a name ("Agenda 2030").
"""

from __future__ import annotations

import re

from explorer.core.extract.timex import lexicon as lx
from explorer.core.extract.timex.calendar_math import Reading, month_span, pick_instance, year_span
from explorer.core.extract.timex.lexicon import MONTH_FULL_RE, MONTH_RE, PART_RE, SP, WEEKDAY_RE, alternation
from explorer.core.extract.timex.rulebase import (
    COUNTED, DASH, DATES, DAY, LEX, NOT_A_COUNT, PREV_WORD, YEAR, Context, day_number, explicit_day, followed_by_name,
    instance_gran, is_name_word, month_reading, narrowed, part_of, prev_word, rule, yearless_day,
)

# ---------------------------------------------------------------- ranges of days

@rule(rf"(?:(?P<lead_in>(?i:from|between)){SP})?(?<![\w.,/-])(?P<d1>{DAY})(?:(?:{SP})?{DASH}(?:{SP})?|{SP}(?P<conn>(?i:to|until|till|through|and)){SP})"
      rf"(?P<d2>{DAY})(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH_RE})(?:,?{SP}(?P<y>{YEAR}))?",
      priority=DATES + 10)
def day_range_month(m: re.Match, ctx: Context) -> Reading | None:
    """``2 to 4 February 2026``, ``from 2 to 4 February``, ``2-4 Feb``."""
    return _day_range(m, ctx)


@rule(rf"(?:(?P<lead_in>(?i:from|between)){SP})?(?P<mon>{MONTH_RE}){SP}(?P<d1>{DAY})(?:(?:{SP})?{DASH}(?:{SP})?|{SP}(?P<conn>(?i:to|until|till|through|and)){SP})"
      rf"(?P<d2>{DAY})(?:,?{SP}(?P<y>{YEAR}))?",
      priority=DATES + 20)
def month_day_range(m: re.Match, ctx: Context) -> Reading | None:
    """``February 4-5``, ``February 4 to 5, 2026``."""
    return _day_range(m, ctx)


def _day_range(m: re.Match, ctx: Context) -> Reading | None:
    """Both ends in one month; "and" only after "between" (else "4 and 5 countries" would match)."""
    if (m.group("conn") or "").lower() == "and" and not m.group("lead_in"):
        return None
    month, first, last = lx.month_number(m.group("mon")), day_number(m.group("d1")), day_number(m.group("d2"))
    if first >= last:
        return None
    if m.group("y"):
        start, end = explicit_day(int(m.group("y")), month, first), explicit_day(int(m.group("y")), month, last)
        if not (start and end):
            return None
        return Reading("DATE", f"{start.value}/{end.value}", start.start, end.end, "explicit", "day")
    head = yearless_day(month, first, ctx, m.start())
    if head is None:
        return None
    if head.start is None:  # no reference date: a value, no range
        return Reading("DATE", f"{head.value}/XXXX-{month:02d}-{last:02d}", basis="relative", gran="day")
    end = explicit_day(head.start.year, month, last)
    if end is None:
        return None
    return Reading("DATE", f"{head.value}/{end.value}", head.start, end.end, "relative", "day", (month, first))


# ---------------------------------------------------------------- single days

@rule(r"(?<![\w/.-])(?P<y>(?:1[89]|20)\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![\w/]|-\d)",
      priority=DATES + 30)
def iso_date(m: re.Match, ctx: Context) -> Reading | None:
    """``2026-02-04`` and ``2026/02/04``."""
    return explicit_day(int(m.group("y")), int(m.group("mon")), int(m.group("d")))


@rule(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:1[89]|20)\d\d)(?![\w/]|\.\d)",
      priority=DATES + 40)
def numeric_date(m: re.Match, ctx: Context) -> Reading | None:
    """``4/2/2026``: read only when the order is certain (a part over 12, equal parts, or dots = day first).

    "4/2/2026" is 4 February in Delhi and April 2 in Washington; guessing would
    invent a date, so an ambiguous one is skipped.
    """
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "." or (a > 12 >= b):
        return explicit_day(year, b, a)
    if b > 12 >= a or a == b:
        return explicit_day(year, a, b)
    return None


@rule(rf"(?:(?P<wd>{WEEKDAY_RE}),?{SP})?(?:(?i:the){SP})?(?<![\w.,/-])(?P<d>{DAY})(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH_RE})(?:,?{SP}(?P<y>{YEAR}))?",
      priority=DATES + 50)
def day_month(m: re.Match, ctx: Context) -> Reading | None:
    """``4 February 2026``, ``27 January``, ``the 4th of February``, ``Wednesday, 4 Feb``."""
    return _calendar_day(m, ctx)


@rule(rf"(?:(?P<wd>{WEEKDAY_RE}),?{SP})?(?P<mon>{MONTH_RE}){SP}(?:(?i:the){SP})?(?P<d>{DAY})(?:,?{SP}(?P<y>{YEAR}))?",
      priority=DATES + 60)
def month_day(m: re.Match, ctx: Context) -> Reading | None:
    """``February 4, 2026``, ``February 4``, ``Feb. 4``, ``Jan 13``."""
    return _calendar_day(m, ctx)


def _calendar_day(m: re.Match, ctx: Context) -> Reading | None:
    """A day with a month name, with or without a year."""
    month, day = lx.month_number(m.group("mon")), day_number(m.group("d"))
    if m.group("y"):
        return explicit_day(int(m.group("y")), month, day)
    return yearless_day(month, day, ctx, m.start())


# ---------------------------------------------------------------- months, years, decades

@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<mon>{MONTH_RE})(?:,?{SP}|{SP}(?i:of){SP})(?P<y>{YEAR})",
      priority=DATES + 70)
def month_year(m: re.Match, ctx: Context) -> Reading | None:
    """``September 2025``, ``early March 2026``, ``the end of June 2025``."""
    reading = month_reading(int(m.group("y")), lx.month_number(m.group("mon")), "explicit")
    return narrowed(reading, part_of(m), ctx.reference)


@rule(rf"(?:(?P<shift>(?i:last|next|this)){SP}|(?P<part>{PART_RE})(?:{SP}|-))?(?P<mon>{MONTH_FULL_RE}|(?:Sept|SEPT)\.)",
      priority=DATES + 80)
def bare_month(m: re.Match, ctx: Context) -> Reading | None:
    """``in October``, ``last October``, ``a January announcement``; not "Theresa May"."""
    name = m.group("mon").rstrip(".")
    prev = prev_word(ctx, m.start())
    strong_cue = m.group("shift") or m.group("part") or (prev in LEX["bare_month_cues"] and prev not in ("a", "an", "the"))
    if not strong_cue:
        if name.title() in LEX["ambiguous_bare_months"] and prev not in ("a", "an", "the"):
            return None  # "Theresa May"
        if followed_by_name(ctx, m.end()):
            return None  # "June Carter", "the May Day rally"
    month = lx.month_number(name)
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-{month:02d}", basis="relative", gran="month", yearless=(month, None))
    reading = _month_instance(month, ctx, m)
    return narrowed(reading, part_of(m), ctx.reference)


def _month_instance(month: int, ctx: Context, m: re.Match) -> Reading:
    """Which October: "last"/"next" strictly before/after this month, "this" in this year, else by tense. "Last
    February" in a March paper is a year back: the month just gone is "last month" (TimeBank's APW19980301.0720,
    1997-02; DS#35 wrong at 1998-02); in a January paper "last December" is still the one just gone."""
    ref = ctx.reference
    years = range(ref.year - 1, ref.year + 2)
    word = (m.group("shift") or "").lower()
    if word == "this":
        return month_reading(ref.year, month, "relative", True)
    if word == "last":
        return month_reading(ref.year if month < ref.month - 1 else ref.year - 1, month, "relative", True)
    if word == "next":
        return month_reading(ref.year if month > ref.month else ref.year + 1, month, "relative", True)
    spans = [month_span(y, month) for y in years]
    start, _ = pick_instance(spans, ref, ctx.tense_at(m.start()), instance_gran(ctx, m.start(), "month"))
    return month_reading(start.year, month, "relative", True)


@rule(rf"(?<![\w$€£₹#@/.,:-])(?P<y1>(?:1[89]|20)\d\d){DASH}(?P<y2>(?:1[89]|20)?\d\d)(?![\w%]|[.,]\d)",
      priority=DATES + 90)
def year_range(m: re.Match, ctx: Context) -> Reading | None:
    """``2025-26``, ``2020–2025``: a span of whole years (not ``2026-02``, a month), each year its own TIMEX3."""
    first, tail = int(m.group("y1")), m.group("y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 10:
        return None
    ends = ((m.start("y1"), m.end("y1"), str(first)), (m.start("y2"), m.end("y2"), str(last)))
    return Reading("DATE", f"{first}/{last}", year_span(first)[0], year_span(last)[1], "explicit", "year", ends=ends)


@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<y>(?<![\w$€£₹#@/.,:])(?:1[89]\d\d|20\d\d))(?![\w%]|[.,:/]\d|{DASH}\w)",
      priority=DATES + 100)
def year(m: re.Match, ctx: Context) -> Reading | None:
    """``2026``, ``mid-2025``, the ``2026`` of "the 2026 Budget"; not ``Agenda 2030`` or ``2000 per cent``.

    A year right after a capitalised word (other than a month, weekday or a
    preposition like "In") is part of a name; one before a name says which year's
    (TimeML marks "the 1996 law" and "the 2000 Olympics").
    """
    if _is_count_or_name(m, ctx):
        return None
    reading = Reading("DATE", m.group("y"), *year_span(int(m.group("y"))), "explicit", "year")
    return narrowed(reading, part_of(m), ctx.reference)


def _is_count_or_name(m: re.Match, ctx: Context) -> bool:
    """Whether a four-digit number is a quantity or part of a name rather than a year."""
    start, end = m.start("y"), m.end("y")
    if not m.group("part") and start and ctx.text[start - 1] == "-":
        return True
    after = ctx.text[end:]
    if NOT_A_COUNT.match(after) or COUNTED.match(after):
        return True
    prev = PREV_WORD.search(ctx.text, max(0, start - 40), start)
    prev_word = prev.group(1) if prev and not m.group("part") else ""
    if prev_word.lower() in LEX["year_prepositions"]:
        return False
    if not prev_word or ctx.text[prev.end(1):start].strip() or prev_word.lower().endswith(("'s", "’s")):
        return False  # "India's 2026 Budget": a possessive says whose, the year says which
    return is_name_word(prev_word) and _is_capitalised_mid_sentence(ctx, prev.start(1))


def _is_capitalised_mid_sentence(ctx: Context, offset: int) -> bool:
    """Whether a capitalised word stands inside a sentence (so it is a name, not a sentence opening)."""
    before = ctx.text[max(0, offset - 3):offset].strip()
    return bool(before) and before[-1] not in ".!?:\"“‘'(\n"


_TEENS_TO_NINETY = [w for w, n in lx.NUMBERS.items() if 10 <= n <= 99 and " " not in w]
_DIGIT_WORDS = [w for w, n in lx.NUMBERS.items() if 1 <= n <= 9 and w not in ("a", "an")]
SPELLED_YEAR = (rf"(?P<sy>(?i:nineteen|eighteen)(?:[-\s](?:{alternation(_TEENS_TO_NINETY)}(?:-{alternation(_DIGIT_WORDS)})?"
                rf"|(?i:oh|o)-?{alternation(_DIGIT_WORDS)}|(?i:hundred))))\b")


def spelled_year(words: str) -> int | None:
    """1996 for "nineteen ninety-six", 1905 for "nineteen oh five", 1900 for "nineteen hundred"."""
    head, _, rest = " ".join(words.lower().replace("-", " ").split()).partition(" ")
    century = lx.NUMBERS.get(head)
    if century is None:
        return None
    rest = rest.replace("oh ", "").replace("o ", "")
    if rest == "hundred":
        return century * 100
    tail = lx.number_value(rest)
    return century * 100 + tail if tail is not None and tail < 100 else None


@rule(rf"(?:(?P<mon>{MONTH_FULL_RE}){SP}|(?P<the>(?i:the{SP}year)){SP})?{SPELLED_YEAR}",
      priority=DATES + 110)
def spoken_year(m: re.Match, ctx: Context) -> Reading | None:
    """``nineteen ninety-six``, ``January nineteen ninety-seven`` (transcripts of broadcasts)."""
    year_n = spelled_year(m.group("sy"))
    if year_n is None or COUNTED.match(ctx.text[m.end():]) or NOT_A_COUNT.match(ctx.text[m.end():]):
        return None
    if m.group("mon"):
        return month_reading(year_n, lx.month_number(m.group("mon")), "explicit")
    return Reading("DATE", str(year_n), *year_span(year_n), "explicit", "year")


@rule(rf"(?i:the{SP}year{SP}two{SP}thousand)(?:{SP}(?i:and{SP})?(?P<n>{alternation(_DIGIT_WORDS)}|(?i:ten|eleven|twelve)))?\b",
      priority=DATES + 120)
def year_two_thousand(m: re.Match, ctx: Context) -> Reading | None:
    """``the year two thousand``, ``the year two thousand and one``."""
    year_n = 2000 + (lx.NUMBERS[m.group("n").lower()] if m.group("n") else 0)
    return Reading("DATE", str(year_n), *year_span(year_n), "explicit", "year")


@rule(rf"(?i:the){SP}(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<dw>{alternation(LEX['decade_words'])})\b",
      priority=DATES + 130)
def decade_word(m: re.Match, ctx: Context) -> Reading | None:
    """``the nineties``, ``the early eighties``: the decade of the reference date's century (1990s in 1998)."""
    return _decade_reading(_decade_in_century(10 * LEX["decade_words"][m.group("dw").lower()], ctx), m, ctx)


@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-)|(?<![\w$€£₹#@/.,:-]))(?:(?P<dec>(?:1[89]|20)\d0)['’]?s|['’](?P<short>\d0)s)\b",
      priority=DATES + 140)
def decade(m: re.Match, ctx: Context) -> Reading | None:
    """``the 1990s``, ``the mid-2000s``, ``the '80s``: value ``199``, ``200``, ``198`` (the '80s of the reference's century)."""
    first = int(m.group("dec")) if m.group("dec") else _decade_in_century(int(m.group("short")), ctx)
    return _decade_reading(first, m, ctx)


def _decade_in_century(tens: int, ctx: Context) -> int:
    """The first year of "the '80s": in the reference date's century, or the one before if still to come."""
    century = (ctx.reference.year // 100) * 100 if ctx.reference else 1900
    first = century + tens
    return first - 100 if ctx.reference and first > ctx.reference.year else first


def _decade_reading(first: int, m: re.Match, ctx: Context) -> Reading:
    """The ten years from ``first``, value ``199``, narrowed by "early"/"mid"/"late"."""
    reading = Reading("DATE", str(first // 10), year_span(first)[0], year_span(first + 9)[1], "explicit", "decade")
    return narrowed(reading, part_of(m), ctx.reference)


@rule(rf"(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<mon>{MONTH_FULL_RE}|{MONTH_RE}){SP}(?P<shift>(?i:last|this|next)){SP}"
      r"(?i:year)\b", priority=DATES + 150)
def month_relative_year(m: re.Match, ctx: Context) -> Reading | None:
    """``July last year``, ``January this year``, ``March next year``; ``early October this year`` the month's first
    days, as ``early October 1998`` is (EN#28: the whole month, vague)."""
    month = lx.month_number(m.group("mon"))
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-{month:02d}", basis="relative", gran="month")
    year_n = ctx.reference.year + {"last": -1, "this": 0, "next": 1}[m.group("shift").lower()]
    return narrowed(month_reading(year_n, month, "relative"), part_of(m), ctx.reference)
