"""Rules for reporting periods: quarters, halves, fiscal years, "the year", year-end, seasons, centuries.

Business news counts in quarters and years that it rarely dates: "the quarter",
"the latest period", "the year-ago quarter", "for the year". Those are left as
markers (``@q:...``) that ``discourse`` places on the quarter the document is
reporting; numbered quarters ("the third quarter") take their year from the
reference date and the tense; "the year" is the reference date's year.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.core.extract.timex.calendar_math import (
    Reading, month_span, pick_instance, quarter_span, season_span, year_span,
)
from explorer.core.extract.timex.lexicon import PART_RE, SP, alternation
from explorer.core.extract.timex.rulebase import (
    LEX, PERIODS, YEAR, Context, followed_by_name, instance_gran, narrowed, part_of, rule,
)
from explorer.core.extract.timex.rules_dates import SPELLED_YEAR, spelled_year

ORDINAL_RE = alternation(LEX["quarter_ordinals"])
FINAL_RE = alternation(LEX["final_ordinals"])
_POSSESSIVE = r"['’]s"


# ---------------------------------------------------------------- quarters and halves

@rule(rf"(?:(?i:the){SP})?(?:(?P<ord>{ORDINAL_RE}|{FINAL_RE})(?:{SP}|-)(?:(?i:fiscal){SP})?(?P<unit>(?i:quarter|half))"
      rf"|(?P<two>(?i:first{SP}two{SP}quarters|last{SP}two{SP}quarters))|Q(?P<q>[1-4])|H(?P<h>[12]))"
      rf"(?:{SP}(?i:of){SP}(?:(?i:fiscal){SP})?|,?{SP})(?P<y>{YEAR})",
      priority=PERIODS + 10)
def quarter_or_half(m: re.Match, ctx: Context) -> Reading | None:
    """``the first quarter of 2026``, ``Q1 2026``, ``the second half of 2025``, ``the last half of 1989``."""
    year_n = int(m.group("y"))
    if m.group("two"):
        return _half_reading(year_n, 1 if m.group("two").lower().startswith("first") else 2, "explicit")
    unit = (m.group("unit") or "").lower()
    ordinal = (m.group("ord") or "").lower()
    if m.group("q") or unit == "quarter":
        number = int(m.group("q") or LEX["quarter_ordinals"].get(ordinal, 4))
        return Reading("DATE", f"{year_n}-Q{number}", *quarter_span(year_n, number), "explicit", "quarter")
    number = int(m.group("h") or LEX["half_ordinals"].get(ordinal, 2 if ordinal in LEX["final_ordinals"] else 0))
    if number not in (1, 2):
        return None
    return _half_reading(year_n, number, "explicit")


def _half_reading(year_n: int, number: int, basis: str) -> Reading:
    """The first or second half of a year, value ``YYYY-H1``."""
    start, end = month_span(year_n, 6 * number - 5)[0], month_span(year_n, 6 * number)[1]
    return Reading("DATE", f"{year_n}-H{number}", start, end, basis, "half")


_OF_SOMETHING_ELSE = re.compile(rf"{SP}(?i:of)\b")
_OF_THE = re.compile(rf"{SP}(?i:of){SP}(?i:the|a|an|this|that|its|their|his|her)\b")
_REL_WORDS = alternation(LEX["reporting_period_words"])
_YEAR_LEAD = rf"(?P<lead>(?i:last|this|next){SP}(?i:year){_POSSESSIVE})"
_YEAR_TAIL = rf"(?P<tail>{SP}(?i:a{SP}year{SP}(?:ago|earlier)|(?:of{SP})?(?:last|this|next|the){SP}year)\b)"


@rule(rf"(?:(?P<det>(?i:the|this|that|its|their)){SP}|{_YEAR_LEAD}{SP})?(?:(?P<y>{YEAR}){SP})?"
      rf"(?P<rel>(?:{_REL_WORDS}{SP})*)(?:(?i:fiscal)(?:{SP}|-))?"
      rf"(?:(?P<ord>{ORDINAL_RE})(?:{SP}|-)(?:(?i:fiscal){SP})?)?(?P<unit>(?i:quarter|half|period))\b(?!-)"
      rf"{_YEAR_TAIL}?",
      priority=PERIODS + 20)
def reporting_period(m: re.Match, ctx: Context) -> Reading | None:
    """``the third quarter``, ``third-quarter``, ``the latest quarter``, ``the year-ago period``, ``last year's quarter``.

    A numbered quarter takes its year from the reference date and the tense;
    one without a number is the quarter the document reports, which only the
    whole document shows, so it is left as a marker for ``discourse``.
    """
    unit, ordinal = m.group("unit").lower(), (m.group("ord") or "").lower()
    if not m.group("tail") and _OF_SOMETHING_ELSE.match(ctx.text, m.end()) and (unit == "half" or _OF_THE.match(ctx.text, m.end())):
        return None  # "the first half of the match", "the fourth quarter of the game"; not "quarter of $2 million"
    rel = set(" ".join(m.group("rel").lower().split()).split())
    shift = _year_shift(m, rel)
    if unit == "half":
        if ordinal not in LEX["half_ordinals"]:
            return None
        return _half(m, ctx, LEX["half_ordinals"][ordinal], shift)
    if not (ordinal or m.group("det") or m.group("lead") or m.group("y") or rel):
        return None  # "a quarter", "quarter" alone: a duration or a fraction
    if ordinal and unit == "period":
        return None  # "the third period" of a game; reports number quarters, not periods
    if ordinal:
        return _numbered_quarter(m, ctx, LEX["quarter_ordinals"][ordinal], shift)
    if unit == "period" and not (rel or m.group("y") or m.group("lead") or m.group("tail")):
        return None  # "the period" alone names no calendar time
    kind = "latest" if rel & {"latest", "most", "recent"} else "current" if "current" in rel else "anchor"
    steps = 4 * shift - (1 if rel & {"previous", "prior", "preceding"} else 0)
    return Reading("DATE", f"@q:{kind}:{steps}:{m.group('y') or ''}:{unit}", basis="relative", gran="quarter-ref")


def _year_shift(m: re.Match, rel: set[str]) -> int:
    """-1 for "year-ago", "last year's", "... a year earlier"; +1 for "next year's"; else 0."""
    words = " ".join(((m.group("lead") or "") + " " + (m.group("tail") or "")).lower().split())
    if rel & {"year-ago", "year-earlier", "comparable", "corresponding"} or "last" in words or "ago" in words or "earlier" in words:
        return -1
    return 1 if "next" in words else 0


def _numbered_quarter(m: re.Match, ctx: Context, number: int, shift: int) -> Reading:
    """"the third quarter": this year's if it has begun (past/present), the nearest one in the future tense."""
    if m.group("y"):
        year_n = int(m.group("y"))
        return Reading("DATE", f"{year_n}-Q{number}", *quarter_span(year_n, number), "explicit", "quarter")
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-Q{number}", basis="relative", gran="quarter")
    ref = ctx.reference
    if m.group("lead") or m.group("tail"):
        year_n = ref.year + shift
    else:
        year_n = _quarter_year(number, ref, ctx.tense_at(m.start())) + shift
    gran = "quarter" if shift == 0 else "quarter-back"
    return Reading("DATE", f"{year_n}-Q{number}", *quarter_span(year_n, number), "relative", gran)


def _quarter_year(number: int, ref: date, tense: str) -> int:
    """The year of a numbered quarter: the latest begun one, or in the future tense the nearest one."""
    if tense == "future":
        spans = [quarter_span(y, number) for y in range(ref.year - 1, ref.year + 2)]
        return pick_instance(spans, ref, "nearest", "quarter")[0].year
    return ref.year if quarter_span(ref.year, number)[0] <= ref else ref.year - 1


def _half(m: re.Match, ctx: Context, number: int, shift: int) -> Reading | None:
    """``the first half`` without a year: the half-year by tense."""
    if m.group("y"):
        return _half_reading(int(m.group("y")), number, "explicit")
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-H{number}", basis="relative", gran="half")
    spans = [(month_span(y, 6 * number - 5)[0], month_span(y, 6 * number)[1])
             for y in range(ctx.reference.year - 1, ctx.reference.year + 2)]
    year_n = pick_instance(spans, ctx.reference, ctx.tense_at(m.start()), "half")[0].year + shift
    return _half_reading(year_n, number, "relative")


# ---------------------------------------------------------------- years named by role

@rule(rf"(?i:fiscal)(?:{SP}|-)(?:(?i:year){SP})?(?P<y>{YEAR})",
      priority=PERIODS + 30)
def fiscal_year(m: re.Match, ctx: Context) -> Reading | None:
    """``fiscal 1989``, ``fiscal year 2026``: the year named (fiscal calendars differ by company)."""
    return Reading("DATE", m.group("y"), *year_span(int(m.group("y"))), "explicit", "year")


@rule(rf"(?:(?P<part>{PART_RE}){SP})?(?i:the){SP}(?:(?P<kind>{alternation(LEX['year_kinds'])}){SP})?(?i:year)\b"
      rf"(?![-’']|{SP}(?:\d|(?i:two|nineteen|eighteen|before|after|earlier|ago|later|since)\b|{SP}(?i:of){SP}{YEAR}))"
      rf"(?P<ended>(?={SP}(?i:ended|ending|that{SP}ended|which{SP}ended|to{SP}date)\b))?",
      priority=PERIODS + 40)
def the_year(m: re.Match, ctx: Context) -> Reading | None:
    """``the year``, ``the full year``, ``the fiscal year``: the reference date's year (news speaks of its own year).

    "the year ended June 30" names a twelve-month stretch, not a calendar year: P1Y.
    "the latest fiscal year" is the last completed one.
    """
    if m.group().endswith("Year") and not m.group().startswith("The"):
        return None  # "Person of the Year": a title
    if m.group("ended") is not None:
        return None if m.group("part") else Reading("DURATION", "P1Y")
    kind = " ".join((m.group("kind") or "").lower().split())
    if ctx.reference is None:
        return Reading("DATE", "XXXX", basis="relative", gran="year")
    year_n = ctx.reference.year - (1 if kind.startswith(("latest", "last", "previous", "prior")) else 0)
    if not kind and part_of(m) == "late" and m.group("part").lower().rstrip().endswith("end of"):
        year_n = _year_whose_end(m, ctx)  # "by the end of the year": the end the tense points at
    reading = Reading("DATE", str(year_n), *year_span(year_n), "relative", "year")
    return narrowed(reading, part_of(m), ctx.reference)


@rule(rf"\b(?i:year{SP}end|year-end|year['’]s{SP}end|end{SP}of{SP}(?:the{SP})?year)\b(?!-)",
      priority=PERIODS + 50)
def year_end(m: re.Match, ctx: Context) -> Reading | None:
    """``year-end``, ``by year's end``: the year whose end the tense points at, read like a year-less day.

    "Sales rose by the end of the year" in a January report is about the year just
    ended; "complete the deal by year-end" in a November one, about the coming one.
    """
    if ctx.reference is None:
        return Reading("DATE", "XXXX", basis="relative", gran="year")
    year_n = _year_whose_end(m, ctx)
    return narrowed(Reading("DATE", str(year_n), *year_span(year_n), "relative", "year"), "late", ctx.reference)


def _year_whose_end(m: re.Match, ctx: Context) -> int:
    """This year or last, whichever 31 December the sentence's tense points at.

    A past sentence may still set a deadline at a year-end just ahead ("complete the
    deal by year-end" in November), read like a year-less day; a present or future one
    means this year's.
    """
    if ctx.tense_at(m.start()) != "past":
        return ctx.reference.year
    ends = [(date(y, 12, 31), date(y, 12, 31)) for y in (ctx.reference.year - 1, ctx.reference.year)]
    return pick_instance(ends, ctx.reference, "past", instance_gran(ctx, m.start(), "day"))[0].year


_CENTURY_ORDINALS: dict[str, int] = LEX["century_ordinals"]


@rule(rf"(?:(?i:the){SP})?(?:(?P<n>1\d|20|21|[1-9])(?i:st|nd|rd|th)|(?P<word>{alternation(_CENTURY_ORDINALS)}))(?:{SP}|-)(?i:century)\b",
      priority=PERIODS + 60)
def century(m: re.Match, ctx: Context) -> Reading | None:
    """``the 20th century`` (value ``19``), ``the eleventh century`` (``10``)."""
    number = int(m.group("n")) if m.group("n") else _CENTURY_ORDINALS[m.group("word").lower()]
    first = (number - 1) * 100
    start, end = (year_span(first)[0] if first else date(1, 1, 1)), year_span(first + 99)[1]
    return Reading("DATE", f"{number - 1:02d}", start, end, "explicit", "century")


# ---------------------------------------------------------------- seasons

@rule(rf"(?:(?P<shift>(?i:last|next|this{SP}past|this{SP}coming|this|the|past)){SP})?(?:(?P<part>{PART_RE})(?:{SP}|-))?"
      rf"(?P<season>{alternation(LEX['seasons'])})\b(?:(?:,|{SP}(?i:of))?{SP}(?:(?P<y>{YEAR})|{SPELLED_YEAR}))?",
      priority=PERIODS + 70)
def season(m: re.Match, ctx: Context) -> Reading | None:
    """``summer 2025``, ``last winter``, ``the early summer``; a bare "fall" or "spring" is a verb or noun, not a date."""
    info = LEX["seasons"][m.group("season").lower()]
    word = " ".join((m.group("shift") or "").lower().split())
    spoken = spelled_year(m.group("sy")) if m.group("sy") else None
    if m.group("y") or spoken:
        year_n, basis = spoken or int(m.group("y")), "explicit"
    elif not word or (word == "the" and m.group("season").lower() in LEX["ambiguous_seasons"] and not m.group("part")):
        return None  # "the fall of the wall", "the spring" of a watch
    elif m.group("season")[0].isupper() and followed_by_name(ctx, m.end()):
        return None  # "the Winter Olympics"
    elif ctx.reference is None:
        return Reading("DATE", f"XXXX-{info['code']}", basis="relative", gran="season")
    else:
        year_n, basis = _season_year(info["months"], word, ctx.reference, ctx.tense_at(m.start())), "relative"
    reading = Reading("DATE", f"{year_n}-{info['code']}", *season_span(year_n, info["months"]), basis, "season")
    return narrowed(reading, part_of(m), ctx.reference)


def _season_year(months: list[int], word: str, ref: date, tense: str) -> int:
    """The year a "last/this/next/the" season starts in; "the summer" goes by the sentence's tense."""
    spans = [(y, season_span(y, months)) for y in range(ref.year - 2, ref.year + 2)]
    if word == "the":
        return pick_instance([s for _, s in spans], ref, tense, "season")[0].year
    if word == "this":
        holding = [y for y, s in spans if s[0] <= ref <= s[1]]
        return holding[0] if holding else ref.year
    if word in ("last", "this past", "past"):
        return max(y for y, s in spans if s[1] < ref)
    return min(y for y, s in spans if s[0] > ref)
