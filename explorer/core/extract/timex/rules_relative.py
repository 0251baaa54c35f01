"""Rules for dates relative to the reference date: today, weekdays, last week, two days ago, recently.

With a reference date they are placed on the calendar (basis "relative", or "dct"
for the reference date itself); without one they keep a value such as ``XXXX-WXX-3``
and no range, so no date is invented. Vague ones (recently, now) are never placed.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.core.extract.timex import lexicon as lx
from explorer.core.extract.timex.calendar_math import (
    Reading, month_span, pick_instance, quarter_span, shift, week_span, week_value, weekday_instance, year_span,
)
from explorer.core.extract.timex.lexicon import APPROX_RE, NUMBER_RE, PART_RE, POD_RE, SP, UNIT_RE, VAGUE_RE, WEEKDAY_RE, alternation
from explorer.core.extract.timex.rulebase import (
    LEX, RELATIVE, Context, followed_by_name, month_reading, narrowed, part_of, prev_word, rule,
)

# ---------------------------------------------------------------- days relative to the reference date

DAY_PREFIX = rf"(?:(?P<pre>{alternation(LEX['day_part_prefixes'])}){SP})?"


def _day_or_part(when: date, m: re.Match, basis: str, base: str = "") -> Reading:
    """A day, or a part of it as TIMEX3 writes it (``2026-02-04TMO``) for "this morning", "Friday night"."""
    codes = LEX["part_of_day_codes"]
    words = [(m.group("pod") or "").lower(), base.split()[-1] if base else "", (m.group("pre") or "").lower()]
    code = next((codes[w] for w in words if w in codes), None)
    if code is None:
        return Reading("DATE", when.isoformat(), when, when, basis, "day")
    return Reading("TIME", f"{when.isoformat()}T{code}", when, when, basis, "day")


@rule(rf"\b{DAY_PREFIX}(?P<base>{alternation(LEX['dct_days'])})(?:{SP}(?P<pod>{POD_RE}))?\b",
      priority=RELATIVE + 10)
def deictic_day(m: re.Match, ctx: Context) -> Reading | None:
    """``today``, ``this morning`` (``…TMO``), ``tonight`` (the reference date), ``yesterday``, ``late yesterday``."""
    base = " ".join(m.group("base").lower().split())
    offset = LEX["dct_days"][base]
    if ctx.reference is None:
        return Reading("DATE", "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", basis="dct" if offset == 0 else "relative")
    return _day_or_part(shift(ctx.reference, "D", offset), m, "dct" if offset == 0 else "relative", base)


@rule(rf"{DAY_PREFIX}(?:(?P<shift>(?i:last|next|this{SP}coming|this{SP}past|this|coming|previous)){SP})?(?P<wd>{WEEKDAY_RE})(?:{SP}(?P<pod>{POD_RE}))?",
      priority=RELATIVE + 20)
def weekday(m: re.Match, ctx: Context) -> Reading | None:
    """``Wednesday``, ``last Friday``, ``Monday morning`` (``…TMO``): the weekday nearest in the sentence's tense."""
    number = lx.weekday_number(m.group("wd"))
    if not m.group("shift") and prev_word(ctx, m.start("wd")) not in LEX["weekday_cues"] and followed_by_name(ctx, m.end()):
        return None  # "The Sunday Times"
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-WXX-{number + 1}", basis="relative", gran="day")
    word = " ".join((m.group("shift") or "").lower().split())
    weeks = {"last": -1, "previous": -1, "this past": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1}.get(word)
    tense = ctx.tense_at(m.start())
    when = weekday_instance(number, ctx.reference, tense, weeks)
    if weeks is None and tense != "future" and when < ctx.reference:
        ahead = weekday_instance(number, ctx.reference, "future")
        if (ahead - ctx.reference) < (ctx.reference - when) and _ahead_elsewhere(ctx, number, m.start("wd")):
            when = ahead
    return _day_or_part(when, m, "relative")


_WEEKDAY_WORD = re.compile(rf"\b{WEEKDAY_RE}")
_WEEK_SHIFTS = frozenset({"last", "next", "this", "coming", "previous", "past"})


def _ahead_elsewhere(ctx: Context, number: int, offset: int) -> bool:
    """Whether the article names the same bare weekday elsewhere in the future tense ("is scheduled to spend
    five hours …, her first stop Tuesday morning"). News style gives a weekday name one day within an article;
    where a past-tense mention would be the week before's and a future one the coming day, the nearer day is
    the article's (an advance written the day before: "Albright headed Tuesday to East Africa" in a Monday
    story). The future mention has a cue of its own; the past is only the reading by default."""
    for other in _WEEKDAY_WORD.finditer(ctx.text):
        if other.start() == offset or lx.weekday_number(other.group()) != number:
            continue
        if prev_word(ctx, other.start()) not in _WEEK_SHIFTS and ctx.tense_at(other.start()) == "future":
            return True
    return False


@rule(rf"\b(?i:the|this|last|next|this{SP}past|this{SP}coming){SP}(?i:weekend)\b",
      priority=RELATIVE + 30)
def the_weekend(m: re.Match, ctx: Context) -> Reading | None:
    """``the weekend``: the one just past in a past-tense sentence, the coming one otherwise."""
    if not m.group().lower().startswith("the") or ctx.reference is None:
        return None  # "last weekend" and friends: relative_period
    saturday = weekday_instance(5, ctx.reference, ctx.tense_at(m.start()))
    if ctx.reference.weekday() == 6 and ctx.tense_at(m.start()) != "future":
        saturday = shift(ctx.reference, "D", -1)
    return Reading("DATE", week_value(saturday) + "-WE", saturday, shift(saturday, "D", 1), "relative", "weekend")


@rule(rf"\b(?:(?P<pre>(?i:earlier|later|early|late)){SP})?(?i:that){SP}(?:(?i:same){SP})?(?P<unit>(?i:day|morning|afternoon|evening|night|week|month|year))\b"
      rf"|\b(?i:the){SP}(?P<dir>(?i:following|previous|next))(?:{SP}|-)(?P<unit2>(?i:day|morning|afternoon|evening|night|week|month|year))\b(?!{SP}(?i:or|and)\b)"
      rf"|\b(?i:the){SP}(?P<unit3>(?i:week|morning|afternoon|evening))\b(?!{SP}(?i:of|ahead|before|after|earlier|ago|or|and|that|when|in{SP}which)\b|-)"
      rf"|(?:(?<=(?i:earlier) in )|(?<=(?i:later) in )|(?<=(?i:early) in )|(?<=(?i:late) in ))"
      rf"(?i:the){SP}(?P<unit4>(?i:day|week|month|year))\b"
      rf"|\b(?i:the){SP}(?i:same){SP}(?P<unit5>(?i:day|week|month|year))\b(?!{SP}(?i:as|that|when)\b)",
      priority=RELATIVE + 40)
def anaphoric(m: re.Match, ctx: Context) -> Reading | None:
    """``that day``, ``the following month``, ``the next morning``, ``the morning``, ``for the week``, ``late in the
    day``, ``the same day``: relative to the last date (BI#28: "Late in the day, lawyers … said little" after "outside
    the home Monday").

    The rule cannot see the other dates, so it leaves a marker that
    ``timex.find_timexes`` resolves against the closest date written before it.
    "the next year" is a span of time ("over the next year"), not this. "later that year" and "earlier
    that month" keep their "later"/"earlier" in the marker: the part of the period after (before) that date.
    """
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4") or m.group("unit5")).lower()
    direction = (m.group("dir") or "").lower()
    if direction == "next" and unit in ("week", "month", "year"):
        return None
    steps = {"following": 1, "next": 1, "previous": -1}.get(direction, 0)
    # "later that year", "earlier in the day": the part of it after (before) the date it points at
    side = (m.group("pre") or "").lower()
    if m.group("unit4"):  # TimeML marks only "the day" of "later in the day"
        side = m.string[max(0, m.start() - 9):m.start()].split()[0].lower()
    marker = f"@{unit}:{steps}:{side}" if side in ("earlier", "later") else f"@{unit}:{steps}"
    return Reading("DATE", marker, basis="relative", gran="anaphor")


_HOLIDAYS = {**LEX["holidays"]["fixed"], **LEX["holidays"]["floating"]}


def holiday_date(name: str, year: int) -> date:
    """The date of a named holiday in a year (fixed, "nth weekday of a month", or US Election Day)."""
    fixed = LEX["holidays"]["fixed"].get(name)
    if fixed:
        return date(year, fixed[0], fixed[1])
    month, weekday_n, nth = LEX["holidays"]["floating"][name]
    first, last = month_span(year, month)
    days = [first.replace(day=d) for d in range(1, last.day + 1) if first.replace(day=d).weekday() == weekday_n]
    if nth == 0:  # Election Day: the Tuesday after the first Monday
        monday = next(d for d in [first.replace(day=d) for d in range(1, 8)] if d.weekday() == 0)
        return shift(monday, "D", 1)
    return days[nth - 1] if nth > 0 else days[nth]


@rule(rf"(?:(?P<shift>(?i:last|next|this)){SP})?(?P<name>{alternation((n for n in _HOLIDAYS if n != '_about'), case_insensitive=False)})\b"
      rf"(?:,?{SP}(?P<y>(?:1[89]|20)\d\d)\b)?",
      priority=RELATIVE + 50)
def holiday(m: re.Match, ctx: Context) -> Reading | None:
    """``Thanksgiving``, ``last Christmas``, ``Election Day 2024``: the holiday's date, its year by tense."""
    name = " ".join(m.group("name").split())
    if m.group("y"):
        when = holiday_date(name, int(m.group("y")))
        return Reading("DATE", when.isoformat(), when, when, "explicit", "day")
    if ctx.reference is None:
        return None
    ref = ctx.reference
    candidates = [holiday_date(name, y) for y in range(ref.year - 1, ref.year + 2)]
    word = (m.group("shift") or "").lower()
    if word == "last":
        when = max(d for d in candidates if d < ref)
    elif word == "next":
        when = min(d for d in candidates if d > ref)
    elif word == "this":
        when = holiday_date(name, ref.year)
    else:
        when = pick_instance([(d, d) for d in candidates], ref, ctx.tense_at(m.start()), "day")[0]
    return Reading("DATE", when.isoformat(), when, when, "relative", "day")


@rule(rf"\b(?:(?P<part>{PART_RE})(?:{SP}|-))?(?P<shift>{alternation(LEX['period_shifts'])}){SP}(?:(?i:fiscal|financial){SP}(?=(?i:quarter)))?(?P<unit>(?i:weekend|week|month|quarter|year|decade))\b",
      priority=RELATIVE + 60)
def relative_period(m: re.Match, ctx: Context) -> Reading | None:
    """``last week`` (ISO week), ``this month``, ``earlier this month`` (1st to the reference date), ``next year``."""
    unit = m.group("unit").lower()
    steps = LEX["period_shifts"][" ".join(m.group("shift").lower().split())]
    if ctx.reference is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
                   "year": "XXXX", "decade": "XXX"}[unit]
        return Reading("DATE", unknown, basis="relative", gran=unit)
    value, span = period_value(unit, steps, ctx.reference)
    return narrowed(Reading("DATE", value, span[0], span[1], "relative", unit), part_of(m), ctx.reference)


def period_value(unit: str, steps: int, ref: date) -> tuple[str, tuple[date, date]]:
    """Value and span of the week/month/... ``steps`` away from the one holding ``ref``."""
    if unit in ("week", "weekend"):
        if unit == "week" and steps == -1 and ref.weekday() == 6:
            steps = 0  # "last week" in a Sunday paper: the week that just ended (CL#47, CN#12, BJ#8: the one before)
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


@rule(rf"\b(?:{APPROX_RE}{SP})?(?P<num>{NUMBER_RE}|{VAGUE_RE})(?:{SP}|-)(?P<unit>{UNIT_RE})(?:{SP}(?i:or{SP}so))?"
      rf"{SP}(?P<dir>(?i:ago|from{SP}now|hence|earlier))\b",
      priority=RELATIVE + 70)
def ago(m: re.Match, ctx: Context) -> Reading | None:
    """``two days ago`` (a day), ``three weeks ago`` (a week), ``a year ago`` / ``a year earlier`` (a year).

    Vague ones are PAST_REF. "earlier"/"later" are read against the reference date,
    the usual anchor in news ("profit fell from a year earlier").
    """
    amount, info = lx.number_value(m.group("num")), lx.UNITS[m.group("unit").lower()]
    sign = -1 if m.group("dir").lower() in ("ago", "earlier") else 1
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
        return month_reading(when.year, when.month, "relative")
    if gran == "year":
        return Reading("DATE", str(when.year), *year_span(when.year), "relative", "year")
    return Reading("DATE", when.isoformat(), when, when, "relative", "day")


@rule(r"\b(?P<unit>(?i:year|month|week|day))-(?i:earlier|ago)\b",
      priority=RELATIVE + 80)
def year_earlier(m: re.Match, ctx: Context) -> Reading | None:
    """``year-earlier``, ``year-ago`` (as in "the year-ago results"): one unit before the reference date."""
    unit = m.group("unit").lower()
    info = lx.UNITS[unit]
    if ctx.reference is None:
        unknown = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[info["code"]]
        return Reading("DATE", unknown, basis="relative", gran=unit)
    return _at_granularity(shift(ctx.reference, info["code"], -1), {"D": "day", "W": "week", "M": "month", "Y": "year"}[info["code"]])


@rule(rf"\b(?i:some{SP}day|someday|one{SP}day)\b",
      priority=RELATIVE + 90)
def some_day(m: re.Match, ctx: Context) -> Reading | None:
    """``someday``, "will one day be": an unplaced future (FUTURE_REF); "one day" after anything else is a day."""
    if m.group().lower().startswith("one") and prev_word(ctx, m.start()) not in LEX["future_one_day_cues"]:
        return None
    return Reading("DATE", "FUTURE_REF", basis="relative")


def _soon_ahead_of_now(m: re.Match, ctx: Context) -> bool:
    """Whether "soon" means soon after the reference date (FUTURE_REF)."""
    following = ctx.text[m.end():m.end() + 7].lower()
    if prev_word(ctx, m.start()) == "as" and following.startswith(" as"):
        return False
    return not following.startswith(" after") and ctx.tense_at(m.start()) != "past"


@rule(rf"\b(?:(?P<lead_in>(?i:at)){SP}(?P<at>{alternation(LEX['at_refs'])})|{alternation(LEX['vague_refs'])})\b",
      priority=RELATIVE + 100)
def vague_reference(m: re.Match, ctx: Context) -> Reading | None:
    """``recently`` (PAST_REF), ``now``/``currently`` (PRESENT_REF), ``soon`` (FUTURE_REF): not placed.

    "as soon as the talks end" is a conjunction, not a time; "soon after the capture" and
    the "soon" of a past narrative ("it was soon released") are shortly after another
    event, not after the reference date.
    """
    if m.group().lower() == "soon" and not _soon_ahead_of_now(m, ctx):
        return None
    if m.group("at"):
        return Reading("DATE", LEX["at_refs"][" ".join(m.group("at").lower().split())], basis="relative")
    return Reading("DATE", LEX["vague_refs"][" ".join(m.group().lower().split())], basis="relative")
