"""Rules for durations, sets and clock times: how long, how often, at what hour.

Durations ("two-day", "10 years") and sets ("every week", "daily") get a P-value
and never a date range. A clock time sits on the reference date until
``timex.find_timexes`` finds a day written beside it.
"""

from __future__ import annotations

import re

from explorer.core.extract.timex import lexicon as lx
from explorer.core.extract.timex.calendar_math import Reading, day_iso
from explorer.core.extract.timex.lexicon import (
    APPROX_RE, MONTH_FULL_RE, NUMBER_RE, SP, TZ_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE, WEEKDAYS_PLURAL_RE, alternation,
)
from explorer.core.extract.timex.rulebase import EXTENT, LEX, NEXT_WORD, Context, prev_word, rule
from explorer.core.extract.timex.rules_relative import period_value

# ---------------------------------------------------------------- durations and sets: never placed

def _duration_value(amount: int | float | None, unit_word: str, half: bool = False) -> str:
    """``P10Y``, ``P2D``, ``PT3H``, ``P2.5Y``, ``P2Q``; ``X`` for a vague amount (``PXY``).

    Quarters are counted in quarters (TimeML's ``Q``: "the past two quarters" is P2Q).
    """
    if unit_word.lower().startswith("quarter") and not half and (amount is None or float(amount).is_integer()):
        return f"P{'X' if amount is None else int(amount)}Q"
    info = lx.UNITS[unit_word.lower()]
    if amount is None:
        quantity = "X"
    else:
        total = (amount + (0.5 if half else 0)) * info.get("times", 1)
        key = "MIN" if info.get("time") and info["code"] == "M" else info["code"]
        if not float(total).is_integer() and float(total * 2).is_integer() and key in _HALVES:
            whole, (half_amount, half_code) = int(total), _HALVES[key]
            lead = f"{whole}{info['code']}" if whole else ""
            if info["code"] == "D":
                return f"P{lead}T{half_amount}{half_code}"
            return ("PT" if info.get("time") else "P") + lead + f"{half_amount}{half_code}"
        quantity = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return ("PT" if info.get("time") else "P") + quantity + info["code"]


# Half of a unit in the next smaller one, as TIMEX3 writes "2 1/2 years" (P2Y6M).
_HALVES = {"Y": (6, "M"), "D": (12, "H"), "H": (30, "M"), "MIN": (30, "S")}


def _amount(text: str) -> int | float | None:
    """The number in a duration: integer words and digits, decimals ("1.5"), None if vague."""
    cleaned = text.strip()
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return float(cleaned)
    return lx.number_value(cleaned)


# "two to three weeks", "12 to 18 months": a count given as a range is one vague duration (PXW)
_AGO_AFTER = re.compile(r"[^\S\n]+(?i:ago|earlier|later|before|after|from[^\S\n]+now)\b")
_UP_TO = rf"(?P<upto>{SP}(?i:to|or){SP}(?:{NUMBER_RE}))"


@rule(rf"\b(?:(?i:the){SP})?(?P<dir>(?i:past|last|previous|next|coming|following)){SP}(?:(?P<num>{NUMBER_RE}|{VAGUE_RE}){_UP_TO}?{SP})?"
      rf"(?P<unit>{UNIT_RE})(?:{SP}(?i:or){SP}(?i:so)\b)?",
      priority=EXTENT + 10)
def stretch(m: re.Match, ctx: Context) -> Reading | None:
    """``the past two weeks``, ``the next year``: a duration; ``the past year``, ``the last week``: a date.

    Without a count, "in the last week" and "over the past year" name the calendar
    week or year before the reference date, as "last week" does (TimeML: 1998-W32, 1997);
    "the past decade" is the ten years up to the reference date (TimeML: P10Y), as a
    decade's calendar span would put a 1998 text's "past decade" wholly in the 1980s.
    """
    if not m.group("num") and not m.group().lower().startswith("the"):
        return None  # "last year" is a date: relative_period reads it
    if (m.group("num") or "").lower() in ("a", "an"):
        return None  # "will last a decade": "last" is the verb
    unit = m.group("unit").lower()
    direction = m.group("dir").lower()
    if unit.startswith("quarter") and re.match(r"[^\S\n]+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "the past quarter of a century": a fraction
    if not m.group("num") and unit == "decade" and direction == "past":
        return Reading("DURATION", "P10Y")  # "over the past decade": the ten years up to now, not the 1980s
    if not m.group("num") and unit in _PERIODS and direction in ("past", "last", "previous"):
        return _previous(unit, ctx)
    if m.group("upto"):
        return Reading("DURATION", _duration_value(None, m.group("unit")))  # "the next 12 to 18 months"
    amount = _amount(m.group("num")) if m.group("num") else 1
    return Reading("DURATION", _duration_value(amount, m.group("unit")))


_PERIODS = ("week", "month", "quarter", "year", "decade")


def _previous(unit: str, ctx: Context) -> Reading:
    """The calendar week, month... before the one holding the reference date ("over the next year" stays a duration)."""
    if ctx.reference is None:
        unknown = {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX"}[unit]
        return Reading("DATE", unknown, basis="relative", gran=unit)
    value, span = period_value(unit, -1, ctx.reference)
    return Reading("DATE", value, span[0], span[1], "relative", unit)


# "over an hour" is "more than an hour" (TimeML marks it whole); "over three years" is a preposition
# before a stretch, left out as "only" and "just" are.
_OVER_ONE = rf"(?i:over)(?={SP}(?i:an?)\b)"
_RATE_BEFORE = re.compile(rf"(?:\d|\b{alternation(LEX['count_words'])}|\bcents?)(?:[^\S\n]+[a-z]+)?[^\S\n]+$")


@rule(rf"\b(?:(?:{APPROX_RE}|{_OVER_ONE}|(?i:the(?:{SP}(?:first|last|final|entire|full|whole))?)){SP})?(?P<num>{NUMBER_RE}|{VAGUE_RE}){_UP_TO}?"
      rf"(?P<half>{SP}(?i:and){SP}(?i:a){SP}(?i:half)|-(?i:and)-(?i:a)-(?i:half)|{SP}1/2|[^\S\n]?½)?(?:{SP}|-)(?:{alternation(LEX['duration_unit_qualifiers'])}{SP})?(?P<unit>{UNIT_RE})"
      rf"(?:-(?i:long|old)\b|(?P<half2>{SP}(?i:and){SP}(?i:a){SP}(?i:half)\b))?",
      priority=EXTENT + 20)
def duration(m: re.Match, ctx: Context) -> Reading | None:
    """``two-day``, ``10 years``, ``ten-year``, ``a decade``, ``two and a half years``."""
    word = m.group("num").lower()
    if word in ("a", "an") and m.group("unit").lower().startswith("second"):
        return None  # "a second term"
    if word in ("a", "an") and m.group("unit").lower().endswith("s"):
        return None
    if word in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "$2 million a year", "four flights a week": a rate, not a stretch of time
    if re.match(r"(?:-|[^\S\n]+)(?i:olds?)\b", ctx.text[m.end():m.end() + 6]) or m.group().lower().endswith("-old"):
        return None  # an age ("the 6-year-old", "six years old") describes a person, not a time
    if m.group("unit").lower().startswith("quarter") and (
            "-" in m.group() or re.match(r"[^\S\n]+of\b", ctx.text[m.end():m.end() + 4])):
        return None  # "three-quarters", "a quarter of the vote": fractions
    half = bool(m.group("half") or m.group("half2"))
    if m.group("upto"):
        if _AGO_AFTER.match(ctx.text, m.end()):
            return None  # "30 or 40 years ago": a date, read by the rule for "ago"
        return Reading("DURATION", _duration_value(None, m.group("unit")))  # "two to three weeks": some weeks
    return Reading("DURATION", _duration_value(_amount(m.group("num")), m.group("unit"), half))


@rule(r"\b(?P<unit>(?i:day|week|month|year|decade))-(?i:long)\b",
      priority=EXTENT + 30)
def long_adjective(m: re.Match, ctx: Context) -> Reading | None:
    """``year-long``, ``week-long``."""
    return Reading("DURATION", _duration_value(1, m.group("unit")))


@rule(rf"\b(?P<the>(?i:the){SP})?(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries))\b(?P<ahead>{SP}(?i:ahead)\b)?",
      priority=EXTENT + 40)
def vague_duration(m: re.Match, ctx: Context) -> Reading | None:
    """``for years``, ``within weeks``, ``months of talks``, ``over the years``, ``the weeks ahead``: ``PXY``, ``PXW``...

    A bare plural unit is a stretch of time after a word that asks how long
    ("for", "within", "after", "took") or before "of" ("weeks of tension"); with
    "the" only in "over the years" and "the weeks ahead".
    """
    before = prev_word(ctx, m.start())
    if m.group("the") and not (m.group("ahead") or before in ("over", "through", "throughout")):
        return None
    following = ctx.text[m.end():m.end() + 12]
    if not (m.group("the") or before in LEX["bare_duration_cues"] or _OF_SOMETHING.match(following)
            or (before == "in" and _CLAUSE_END.match(following))):
        return None
    return Reading("DURATION", _duration_value(None, m.group("unit")))


_OF_SOMETHING = re.compile(r"[^\S\n]+of[^\S\n]+(?!\d)[a-z]")
_CLAUSE_END = re.compile(r"[^\w\s]|$")


@rule(r"\b" + alternation(LEX["set_adverbs"]) + r"\b",
      priority=EXTENT + 50)
def set_adverb(m: re.Match, ctx: Context) -> Reading | None:
    """``daily``, ``weekly``, ``annually``; not the adjective of "its quarterly dividend", "daily volume"."""
    following = NEXT_WORD.match(ctx.text[m.end():m.end() + 40])
    if following and following.group(1)[0].islower() and following.group(1) not in LEX["function_words"]:
        return None
    return Reading("SET", LEX["set_adverbs"][m.group().lower()])


@rule(rf"\b(?i:every|each|per){SP}(?:(?P<num>{NUMBER_RE}|(?i:other)){SP})?(?P<unit>{UNIT_RE})",
      priority=EXTENT + 60)
def every_unit(m: re.Match, ctx: Context) -> Reading | None:
    """``every week``, ``each year``, ``every two years``, ``every other month``."""
    word = (m.group("num") or "").lower()
    amount = 2 if word == "other" else (_amount(word) if word else 1)
    return Reading("SET", _duration_value(amount or 1, m.group("unit")))


@rule(rf"\b(?i:every|each){SP}(?:(?P<wd>{WEEKDAY_RE})|(?P<mon>{MONTH_FULL_RE}))|(?P<wds>{WEEKDAYS_PLURAL_RE})",
      priority=EXTENT + 70)
def every_named(m: re.Match, ctx: Context) -> Reading | None:
    """``every Monday``, ``on Wednesdays`` (``XXXX-WXX-3``), ``each October`` (``XXXX-10``)."""
    if m.group("mon"):
        return Reading("SET", f"XXXX-{lx.month_number(m.group('mon')):02d}")
    return Reading("SET", f"XXXX-WXX-{lx.weekday_number(m.group('wd') or m.group('wds')) + 1}")


@rule(rf"\b(?P<f>(?i:once|twice|thrice)|{NUMBER_RE}{SP}(?i:times)){SP}(?i:a|an|per|every|each){SP}(?P<unit>{UNIT_RE})",
      priority=EXTENT + 80)
def frequency(m: re.Match, ctx: Context) -> Reading | None:
    """``twice a year``, ``three times a week``: a set with the unit's period."""
    return Reading("SET", _duration_value(1, m.group("unit")))


# ---------------------------------------------------------------- clock times

AMPM = r"(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?!\w)"


@rule(rf"(?:\b(?i:about|around|approximately|at{SP}about|shortly{SP}(?:before|after)|just{SP}(?:before|after)){SP})?\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:{SP})?{AMPM}(?:{SP}\(?(?P<tz>{TZ_RE})\)?)?",
      priority=EXTENT + 90)
def clock_12h(m: re.Match, ctx: Context) -> Reading | None:
    """``10 a.m.``, ``3:30 pm``, ``9.15 am IST``."""
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    return _clock(hour, int(m.group("mi") or 0), ctx)


_HOUR_WORDS = {w: n for w, n in lx.NUMBERS.items() if 1 <= n <= 12 and w not in ("a", "an") and " " not in w}


@rule(rf"\b(?P<h>1[0-2]|0?[1-9]|{alternation(_HOUR_WORDS)})(?::(?P<mi>[0-5]\d))?(?:{SP}(?i:o['’]clock))?{SP}"
      rf"(?:(?i:in){SP}(?i:the){SP}(?P<pod>(?i:morning|afternoon|evening))|(?i:at){SP}(?P<night>(?i:night)))\b",
      priority=EXTENT + 95)
def clock_part_of_day(m: re.Match, ctx: Context) -> Reading | None:
    """``4 in the morning``, ``eight in the evening``, ``11 at night``: the hour the part of day puts it at."""
    hour = int(m.group("h")) if m.group("h").isdigit() else _HOUR_WORDS[m.group("h").lower()]
    later = (m.group("pod") or "").lower() in ("afternoon", "evening") or (m.group("night") and hour >= 6)
    return _clock(hour % 12 + (12 if later else 0), int(m.group("mi") or 0), ctx)


@rule(rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)(?:(?:{SP})?(?i:hrs|h)\b)?|(?P<mc>[0-5]\d)(?:{SP})?(?i:hrs)\b)(?:{SP}(?P<tz>{TZ_RE}))?",
      priority=EXTENT + 100)
def clock_24h(m: re.Match, ctx: Context) -> Reading | None:
    """``15:30 IST``, ``1530 hrs``: only with "hrs" or a time zone, since "3:30" alone may be a score."""
    marked = m.group("tz") or re.search(r"(?i:hrs|h)\b", m.group())
    if not marked:
        return None
    return _clock(int(m.group("h")), int(m.group("mi") or m.group("mc") or 0), ctx)


@rule(r"\b(?P<word>(?i:noon|midday|midnight))\b",
      priority=EXTENT + 110)
def named_time(m: re.Match, ctx: Context) -> Reading | None:
    """``noon``, ``midnight``."""
    hour, minute = LEX["named_times"][m.group("word").lower()].split(":")
    return _clock(int(hour), int(minute), ctx)


def _clock(hour: int, minute: int, ctx: Context) -> Reading:
    """A time of day, on the reference date until ``find`` finds a day written beside it."""
    clock = f"T{hour:02d}:{minute:02d}"
    when = ctx.reference
    return Reading("TIME", (day_iso(when) or "XXXX-XX-XX") + clock, when, when, "relative", "time")
