"""What every time-expression rule shares: the rule registry, the match context, and readers.

A rule is a regex (compiled once, built from the word tables in ``lexicon``,
behind a test of its first character: ``prefilter``) and a handler from a
match to a ``Reading``, or None when the context shows the match is not a time.
Every rule declares its priority (``@rule(pattern, priority=DATES + 30)``): on a
tie in length the lower number wins, whatever order the modules are imported in,
and no two rules share one (``RULES`` is kept sorted, a clash is an error).
Helpers here read the words around a match and turn a month and day into a
calendar date, with or without a written year.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, NamedTuple

from explorer.core.extract.timex import lexicon as lx
from explorer.core.extract.timex.calendar_math import Reading, month_span, narrow, pick_instance
from explorer.core.extract.timex.lexicon import alternation
from explorer.core.extract.timex.prefilter import with_first_chars

LEX = lx.lexicon()
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|:\d|[.,]\d|\s*%)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\w%]|[.,:/]\d)"
DASH = r"[-–—]"
PREV_WORD = re.compile(r"([\w’']+)[^\w\n]*$")
NEXT_WORD = re.compile(r"^[^\S\n]+([A-Za-z][\w’']*)")
NOT_A_COUNT = re.compile(r"^\s*" + alternation(LEX["not_after_numbers"]))
# A past-tense verb right before the date ("was signed in March", "fell between March and May"):
# the date is the verb's, so it stays in the past even when the coming instance is much nearer.
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:was|were|had|did|\w+ed|fell|rose|met|began|held|came|went|took|made|saw|won|lost|left|grew|told|said|"
    r"sold|bought|paid|spent|wrote|gave|got|ran|sent|built|struck|hit)"
    r"(?:[^\S\n]+(?i:in|on|at|for|during|since|between|from|until|by|after|before|around|the|a|an|of|early|late|"
    r"mid|last|this)){0,3}[^\S\n]+$"
    r"|\b(?i:since)[^\S\n]+(?:(?i:early|late|mid)[^\S\n]+)?$")  # "since May": a date gone
# A month further along the clause of a past verb ("changed from a fiscal year to a calendar year in
# December"): the words between hold no comma, no infinitive ("agreed to acquire it in January"), no
# new clause; the verb is a lexical past, not an auxiliary ("was set for", a plan), and not a
# modifier after a determiner ("the proposed merger in January").
_CLAUSE_PAST_VERB = re.compile(
    r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Ii]ts )(?<!\b[Tt]heir )\b(?:[a-z]+ed|fell|rose|met|began|held|came|went|took|made|"
    r"saw|won|lost|left|grew|told|sold|bought|paid|spent|wrote|gave|got|ran|sent|built|struck|hit)"
    r"(?P<between>(?:[^\S\n]+[\w'’$.-]+){0,10}?)[^\S\n]+(?i:in|during|by|until|since|from|before|after)"
    r"(?:[^\S\n]+(?i:early|late|mid))?[^\S\n]+$")
_NEW_CLAUSE = re.compile(r"\b(?i:to[^\S\n]+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|\d)[a-z]+|that|which|who|"
                         r"when|if|and|but|while|because|will|would|could|should|may|might|can)\b|[,;:()\"“”]")
COUNTED = re.compile(r"^[^\S\n]+" + alternation(LEX["count_words"]) + r"\b")


@dataclass(frozen=True)
class Context:
    """The text being read, its reference date, and the tense of the sentence at an offset."""

    text: str
    reference: date | None
    tense_at: Callable[[int], str]


Handler = Callable[[re.Match, Context], "Reading | None"]

# Priority bands, one per family of rules: a calendar date beats a reporting period,
# which beats a date relative to the reference, which beats a duration, set or clock
# time ("the coming week" is a date, not a duration). Rules count up inside a band.
DATES, PERIODS, RELATIVE, EXTENT = 1000, 2000, 3000, 4000


class Rule(NamedTuple):
    """One registered rule: its name, its (prefiltered) pattern, its handler and its priority."""

    name: str
    pattern: re.Pattern
    handler: Handler
    priority: int


RULES: list[Rule] = []  # sorted by priority, lowest (strongest) first


def rule(pattern: str, priority: int) -> Callable[[Handler], Handler]:
    """Register a handler with its pattern at ``priority`` (lower wins a tie in length)."""
    def register(handler: Handler) -> Handler:
        add_rule(RULES, Rule(handler.__name__, with_first_chars(re.compile(pattern)), handler, priority))
        return handler
    return register


def add_rule(rules: list[Rule], new: Rule) -> None:
    """Insert ``new`` into ``rules`` at its priority; two rules with one priority would tie ambiguously."""
    clash = next((r.name for r in rules if r.priority == new.priority), None)
    if clash is not None:
        raise ValueError(f"time rules {clash} and {new.name} both have priority {new.priority}")
    rules.insert(bisect.bisect([r.priority for r in rules], new.priority), new)


# ---------------------------------------------------------------- shared readers

def day_number(text: str) -> int:
    """The day number of "4", "04" or "4th"."""
    return int(re.match(r"\d+", text).group())


def prev_word(ctx: Context, offset: int) -> str:
    """The word before an offset on the same line, lower-cased ("" at a line start)."""
    found = PREV_WORD.search(ctx.text, max(0, offset - 40), offset)
    return found.group(1).lower() if found else ""


def explicit_day(year: int, month: int, day: int) -> Reading | None:
    """A fully written date; None when it does not exist (31 February)."""
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return Reading("DATE", when.isoformat(), when, when, "explicit", "day")


def yearless_day(month: int, day: int, ctx: Context, offset: int) -> Reading | None:
    """A month and day without a year: the year comes from the reference date and tense."""
    if day > 31 or (month == 2 and day > 29):
        return None
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", basis="relative", gran="day", yearless=(month, day))
    spans = []
    for year in range(ctx.reference.year - 1, ctx.reference.year + 2):
        found = explicit_day(year, month, day)
        if found:
            spans.append((found.start, found.end))
    start, end = pick_instance(spans, ctx.reference, ctx.tense_at(offset), instance_gran(ctx, offset, "day"))
    return Reading("DATE", start.isoformat(), start, end, "relative", "day", (month, day))


def instance_gran(ctx: Context, offset: int, gran: str) -> str:
    """The granularity ``pick_instance`` weighs a year-less date at; "" when a past verb governs it.

    ``pick_instance`` lets a sentence in the past name a day or month just ahead (a
    plan, a deadline: "the case is heard in May", "an agreement to acquire it in
    January"), but not one the past verb right before it names ("was signed in March",
    "fell after May") nor one counted from ("since May"); "extended to Nov. 16" may lie ahead.
    """
    past = ctx.tense_at(offset) == "past"
    governed = past and _PAST_VERB_BEFORE.search(ctx.text, max(0, offset - 50), offset)
    return "" if governed or (past and gran == "month" and _month_of_a_past_verb(ctx.text, offset)) else gran


def _month_of_a_past_verb(text: str, offset: int) -> bool:
    """A month further along a past verb's clause ("changed ... to a calendar year in December"): the
    month the verb happened in, the last one, as HeidelTime reads a month by tense; a month of a plan
    inside the past sentence ("an agreement to acquire it in January") stays free to lie ahead."""
    found = _CLAUSE_PAST_VERB.search(text, max(0, offset - 120), offset)
    return found is not None and _NEW_CLAUSE.search(found.group("between")) is None


def part_of(match: re.Match) -> str:
    """The normalised part modifier ("early", "until_ref"...) or ""."""
    word = match.groupdict().get("part")
    return LEX["part_modifiers"][" ".join(word.lower().split())] if word else ""


def narrowed(reading: Reading, part: str, reference: date | None) -> Reading:
    """The reading limited to the part of its span that "early"/"earlier"... names."""
    if not part or reading.start is None:
        return reading
    span = narrow((reading.start, reading.end), part, reference) or (reading.start, reading.end)
    return Reading(reading.type, reading.value, span[0], span[1], reading.basis, reading.gran, reading.yearless)


def month_reading(year: int, month: int, basis: str, yearless: bool = False) -> Reading:
    """A whole month, value ``YYYY-MM``."""
    start, end = month_span(year, month)
    return Reading("DATE", f"{year}-{month:02d}", start, end, basis, "month", (month, None) if yearless else None)


def followed_by_name(ctx: Context, offset: int) -> bool:
    """Whether a capitalised word (not a month or weekday) follows on the same line."""
    following = NEXT_WORD.match(ctx.text[offset:offset + 40])
    return bool(following) and is_name_word(following.group(1))


def is_name_word(word: str) -> bool:
    """A capitalised word that is not a month or weekday (those make dates, not names)."""
    key = word.lower().rstrip(".")
    return word[0].isupper() and key not in lx.MONTHS and key not in lx.WEEKDAYS
