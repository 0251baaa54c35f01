"""Rules for dates relative to the reference date: today, weekdays, last week, two days ago, recently.

With a reference date they are placed on the calendar (basis "relative", or "dct"
for the reference date itself); without one they keep a value such as ``XXXX-WXX-3``
and no range, so no date is invented. Vague ones (recently, now) are never placed.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.core.extract import timex_lexicon as lx
from explorer.core.extract.timex_calendar import (
    Reading, month_span, quarter_span, shift, week_span, week_value, weekday_instance, year_span,
)
from explorer.core.extract.timex_lexicon import NUMBER_RE, PART_RE, POD_RE, SP, UNIT_RE, VAGUE_RE, WEEKDAY_RE, alternation
from explorer.core.extract.timex_rulebase import (
    LEX, Context, followed_by_name, month_reading, narrowed, part_of, prev_word, rule,
)

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
    if not m.group("shift") and prev_word(ctx, m.start()) not in LEX["weekday_cues"] and followed_by_name(ctx, m.end()):
        return None  # "The Sunday Times"
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
    return narrowed(Reading("DATE", value, span[0], span[1], "relative", unit), part_of(m), ctx.reference)


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
        return month_reading(when.year, when.month, "relative")
    if gran == "year":
        return Reading("DATE", str(when.year), *year_span(when.year), "relative", "year")
    return Reading("DATE", when.isoformat(), when, when, "relative", "day")


@rule(r"\b" + alternation(LEX["vague_refs"]) + r"\b")
def vague_reference(m: re.Match, ctx: Context) -> Reading | None:
    """``recently`` (PAST_REF), ``now``/``currently`` (PRESENT_REF), ``soon`` (FUTURE_REF): not placed."""
    return Reading("DATE", LEX["vague_refs"][" ".join(m.group().lower().split())], basis="relative")
