"""Time expressions (TIMEX3-like) found in a text and placed on the calendar.

Pure Python, rule-based (the rules are in ``rules``): every candidate match is
read into a value and a date range, overlaps are settled in favour of the longest
match, neighbouring dates joined by "from ... to"/"between ... and" place one
range (each end stays its own TIMEX3, as TimeML marks "from 1991 to 1997"), and a
clock time takes the day written beside it. Extents follow TimeML: a possessive or
the article of a noun the expression modifies is left out ("its third-quarter
loss"), and so is a capitalised title ("This Week"). Relative expressions are
resolved against the document's reference date with the tense of their sentence,
or of the clause before them (a future cue, a deadline's "until", a past perfect);
with no reference date they keep a value but get no range, so nothing is invented,
unless the document's own dates pin its writing to a narrow window (``window``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from explorer.core.extract.timex.calendar_math import Reading, day_iso, month_span, week_span, week_value
from explorer.core.extract.timex.discourse import Found, period_to_its_end, resolve_anaphors, resolve_quarters
from explorer.core.extract.timex import scan_windows
from explorer.core.extract.timex.prefilter import words_key
from explorer.core.extract.timex.rulebase import Handler
from explorer.core.extract.timex.rules import RULES, Context
from explorer.core.extract.timex.scan_windows import TextToScan
from explorer.core.extract.timex.window import place_in_window
from explorer.core.model import TimexRow

TYPES = ("DATE", "TIME", "DURATION", "SET")
BASES = ("explicit", "relative", "dct")

_RANGE_LINK = re.compile(r"[^\S\n]*(?:[-–—]|(?i:to|until|till|through|thru|and))[^\S\n]*")
_RANGE_OPENER = re.compile(r"(?i:from|between)[^\S\n]+$")
# "made an appearance in March and June", "on Monday and Tuesday": two times of one kind joined by "and"
# after the preposition that governs both ("in both 1990 and 1991") span the first's start to the last's end.
_COORDINATION_OPENER = re.compile(r"\b(?i:in|on|during)[^\S\n]+(?:(?i:both)[^\S\n]+)?$")
_COORDINATED_GRANS = ("day", "month", "year")
_CLOCK_BESIDE_DAY = re.compile(r"[^\S\n]*,?[^\S\n]*")
_CUE_WINDOW = 60
# "began as planned Saturday night", "as previously scheduled": the plan carried out, no time still to come
_CARRIED_OUT = r"(?<!\bas\s)(?<!\bas\spreviously\s)(?<!\bas\soriginally\s)"
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|shall|won['’]t|would|" + _CARRIED_OUT + r"scheduled|"
    r"set[^\S\n]+to|expects?|(?<![-\w])(?<!than\s)(?<!as\s)expected|"
    r"(?:plan(?:s|ning)?|intend(?:s|ing)?|aim(?:s|ing)?|hop(?:es|ing)?|(?:is|are)(?:[^\S\n]+due)?)[^\S\n]+to|"
    + _CARRIED_OUT + r"planned|going[^\S\n]+to|supposed[^\S\n]+to|to[^\S\n]+be|payable|effective|upcoming|pending)\b|['’]ll\b")
# "given them until 9 a.m. Tuesday", "postponed until Tuesday morning", "as early as Tuesday": a deadline
# or an earliest time lies ahead of the report, whatever the tense of the verb that sets it. Not "by":
# "sales rose by the end of the year" reports a past year's end.
_DEADLINE_CUE = re.compile(
    r"(?<![Nn]ot )(?<![Uu]p )\b(?:until|till|as[^\S\n]+(?:early|soon)[^\S\n]+as|no[^\S\n]+later[^\S\n]+than)[^\S\n]+"
    r"(?:(?:the[^\S\n]+)?(?:end|middle|start|beginning)[^\S\n]+of[^\S\n]+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?[^\S\n]*(?:[ap]\.?m\.?|GMT|noon)?[^\S\n]*(?:[A-Z]{2,4}[^\S\n]+)?,?[^\S\n]*)?$")
_SENTENCE_STOP = re.compile(r"(?<!\b[ap]\.m)(?<!\b[A-Z])(?<!\bMrs)(?<!\b(?:Mr|Dr|St|No))(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec))"
                            r"(?<!\bSept)\.[^\S\n]")
_TITLE_WORD = re.compile(r"\b(?:Minutes?|Hours?|Weeks?|Months?|Years?|Noon|Midnight|Today|Tonight|Tomorrow|Yesterday|Now|"
                         r"Mornings?|Evenings?|Nights?|Afternoons?|Weekends?)\b")
# a capitalised word right before, itself inside a sentence: "the film ``High Noon", "This is VOA Today"
_PREV_CAPITAL = re.compile(r"(\S)[^\S\n]+[\"“‘'`]*[A-Z]\w*[^\S\n]+$")
_MID_SENTENCE = "abcdefghijklmnopqrstuvwxyz,;"
_WEEK_OF = re.compile(r"(?i:the)[^\S\n]+(?i:week)[^\S\n]+(?i:of)[^\S\n]+$")
_PAST_PERFECT = re.compile(r"\bhad\b")
_CLOCK_TO_DAY = re.compile(r"[^\S\n]*(?:,|(?i:on|of))?[^\S\n]*")
_POSSESSIVE_LEAD = re.compile(r"(?i:its|their|his|her|our|my|your)[^\S\n]+")
_ARTICLE_LEAD = re.compile(r"(?i:the|a|an|this|that)[^\S\n]+")
# "the 14-day waiting period", "its third-quarter loss", "the two day rally": the expression modifies
# the noun after it, and the determiner belongs to that noun, not to the time expression.
_MODIFIER_TAIL = re.compile(r"(?i:[\w.]+-(?:\w+-)?(?:\w+)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
                            r"[^\S\n]+(?:day|week|month|year|hour|minute))$")

RuleMatches = list[tuple[Handler, list[re.Match]]]  # each rule's handler and its matches, in priority order


@dataclass(frozen=True)
class Timex:
    """One time expression: offsets (0-based, end-exclusive), TIMEX3-like value, ISO range.

    ``date_start``/``date_end`` are "" when the expression cannot be placed on a
    calendar (durations, sets, PAST_REF, or relative dates without a reference date).
    Each end of a range ("1991" and "1997" in "from 1991 to 1997") has its own value
    and carries the whole range as its dates, so an event it dates keeps the range.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    date_start: str
    date_end: str
    basis: str


def find_timexes(text: str, reference: date | None, tense_at: Callable[[int], str] | None = None) -> list[Timex]:
    """All time expressions in ``text``, non-overlapping, sorted by start.

    ``tense_at(offset)`` gives "past", "present" or "future" for the sentence at an
    offset; without it every sentence is read as past (news reports the past).
    """
    tense = _with_local_future(text, tense_at or (lambda _offset: "past"))
    matches = _rule_matches(text)
    chosen = _settled(text, matches, reference, tense)
    if reference is None:
        chosen = place_in_window(chosen, lambda day: _settled(text, matches, day, tense), tense)
    return [timex for found in chosen for timex in _to_timexes(found, text)]


def timex_row(doc_id: str, timex: Timex) -> TimexRow:
    """The time expression as a row of the timexes table (its id is the document's and its start)."""
    return {
        "timex_id": f"{doc_id}-t{timex.start}", "doc_id": doc_id, "start": timex.start, "end": timex.end,
        "text": timex.text, "type": timex.type, "value": timex.value,
        "date_start": timex.date_start, "date_end": timex.date_end, "basis": timex.basis,
    }


def _settled(text: str, matches: RuleMatches, reference: date | None, tense_at: Callable[[int], str]) -> list[Found]:
    """Every expression read against ``reference``, overlaps settled, ranges joined, references resolved."""
    ctx = Context(text, reference, tense_at)
    chosen = _longest_first(_candidates(matches, ctx))
    for found in chosen:
        _widen_to_its_week(found, text)
    chosen = _join_ranges(chosen, ctx)
    chosen = _anchor_clock_times(chosen, text)
    for found in chosen:
        found.start = _after_determiner(found, text)
    chosen = resolve_quarters(chosen, text, reference, ctx.tense_at)
    period_to_its_end(chosen, text, reference)
    resolve_anaphors(chosen, reference, text)
    return chosen


def _with_local_future(text: str, tense_at: Callable[[int], str]) -> Callable[[int], str]:
    """The sentence's tense, unless the clause just before the expression speaks of the future.

    The sentence tense comes from its main verb ("the company said ..."), but a date
    in "said the deal is scheduled to close Monday" or "will be payable Jan. 3"
    belongs to the future verb next to it.
    """
    def tense(offset: int) -> str:
        window_start = max(0, offset - _CUE_WINDOW)
        boundary = max(_last_sentence_end(text, window_start, offset), text.rfind("\n", window_start, offset),
                       text.rfind(", ", window_start, offset))
        clause = boundary + 1 if boundary >= 0 else window_start
        cue = _FUTURE_CUE.search(text, clause, offset)
        if cue and not _PAST_PERFECT.search(text, clause, cue.start()):
            return "future"
        if _ahead_of_a_deadline_cue(text, window_start, offset):
            return "future"
        if _PAST_PERFECT.search(text, clause, offset):
            return "past"  # "had been due to expire Friday": a day already gone when the report was written
        return tense_at(offset)
    return tense


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Offset of the last full stop ending a sentence in ``text[start:end]`` (not "a.m. EDT", "Jan. 6"), else -1."""
    found = -1
    for stop in _SENTENCE_STOP.finditer(text, start, end):
        found = stop.start()
    return found


def _ahead_of_a_deadline_cue(text: str, window_start: int, offset: int) -> bool:
    """Whether "until"/"as early as" sets the expression at ``offset`` as a deadline.

    Not "until Tuesday's vote" (a possessive names the thing, not the deadline) nor "had
    stayed until Wednesday" (a past perfect counts up to a day already gone).
    """
    cue = _DEADLINE_CUE.search(text, window_start, offset)
    if cue is None:
        return False
    end = offset
    while end < len(text) and text[end].isalnum():
        end += 1
    return not text.startswith(("'s", "’s"), end) and _PAST_PERFECT.search(text, window_start, cue.start()) is None


def normalize(expression: str, reference: date | None, tense: str = "past") -> Timex | None:
    """Read one expression found elsewhere (e.g. a spaCy DATE entity); offsets span all of it.

    The longest time expression inside it gives the type, value and range; None
    when the rules find no time in it (e.g. "2030 crore").
    """
    found = find_timexes(expression, reference, lambda _offset: tense)
    if not found:
        return None
    best = max(found, key=lambda t: (t.end - t.start, bool(t.date_start)))
    return Timex(0, len(expression), expression, best.type, best.value, best.date_start, best.date_end, best.basis)


def _rule_matches(text: str) -> RuleMatches:
    """Every rule's matches in ``text``, in priority order.

    The matches do not depend on the reference date, only their readings do, so an
    undated text read again against its window's days (``place_in_window``) is
    scanned once: the scan costs far more than the readings. A rule is scanned only around the
    words its every match contains, and not at all over a text that holds none (``scan_windows``).
    """
    read = TextToScan(text, words_key(text))
    return [(r.handler, scan_windows.matches(r.pattern, read)) for r in RULES]


def _candidates(matches: RuleMatches, ctx: Context) -> list[Found]:
    """Every match of every rule that its handler accepts.

    A rule may match a word that decides the reading but is not part of the
    expression (the "from" of "from 2 to 4 February", the "at" of "at this time")
    in a group named ``lead_in``; the expression starts after it, as TimeML marks it.
    """
    found = []
    for priority, (handler, rule_matches) in enumerate(matches):
        for match in rule_matches:
            reading = handler(match, ctx)
            start = _after_lead_in(match, ctx.text)
            if reading is not None and match.end() > start and not _names_a_title(ctx.text, start, match.end()):
                found.append(Found(start, match.end(), reading, priority))
    return found


def _names_a_title(text: str, start: int, end: int) -> bool:
    """Whether the expression is part of a title: "This Week" (a programme), ''60 Minutes'', "High Noon", "VOA Today".

    A unit or deictic word that is written with a capital inside a sentence names
    something: inside quotes it opens, or, as a lone word, after another capitalised word.
    """
    capital = _TITLE_WORD.search(text, start, end)
    if capital is None:
        return False
    if capital.start() > start:
        return start > 0 and text[start - 1] in "\"“‘'`"
    before = _PREV_CAPITAL.search(text, max(0, start - 40), start)
    return capital.end() == end and before is not None and before.group(1)[-1] in _MID_SENTENCE


def _after_lead_in(match: re.Match, text: str) -> int:
    """Where the expression begins: after the ``lead_in`` group and its spaces, if the rule has one."""
    if "lead_in" not in match.re.groupindex or match.group("lead_in") is None:
        return match.start()
    start = match.end("lead_in")
    while start < match.end() and text[start].isspace():
        start += 1
    return start


def _longest_first(candidates: list[Found]) -> list[Found]:
    """Keep the longest matches that do not overlap a longer (or equal, earlier-rule) one."""
    kept: list[Found] = []
    for found in sorted(candidates, key=lambda f: (f.start - f.end, f.priority, f.start)):
        if all(found.end <= k.start or found.start >= k.end for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda f: f.start)


def _join_ranges(chosen: list[Found], ctx: Context) -> list[Found]:
    """Join "from March to May", "between March and May", "2 February - 4 March" into one range.

    "to"/"and" need the opening "from"/"between" (else "moved January 13 to
    February 4" would become a range); a dash, "until" or "through" does not.
    """
    out: list[Found] = []
    index = 0
    while index < len(chosen):
        joined = _join_pair(chosen[index], chosen[index + 1], ctx) if index + 1 < len(chosen) else None
        out.append(joined or chosen[index])
        index += 2 if joined else 1
    return out


def _join_pair(first: Found, second: Found, ctx: Context) -> Found | None:
    """The range made of two neighbouring dates, or None when they do not form one."""
    link = _RANGE_LINK.fullmatch(ctx.text, first.end, second.start)
    if link is None or not _placeable(first.reading) or not _placeable(second.reading):
        return None
    opener = _RANGE_OPENER.search(ctx.text, max(0, first.start - 12), first.start)
    word = link.group().strip().lower()
    if word in ("to", "and") and (opener is None or (word == "and") != opener.group().lower().startswith("between")) \
            and not (word == "and" and opener is None and _coordinated(first, second, ctx.text)):
        return None
    head = _borrow_year(first.reading, second.reading)
    tail = _after(second.reading, head) if head else None
    if head is None or tail is None:
        return None
    basis = "explicit" if head.basis == tail.basis == "explicit" else "relative"
    ends = ((first.start, first.end, head.value), (second.start, second.end, tail.value))
    reading = Reading("DATE", f"{head.value}/{tail.value}", head.start, tail.end, basis, head.gran, ends=ends)
    return Found(first.start, second.end, reading, first.priority)


def _coordinated(first: Found, second: Found, text: str) -> bool:
    """Whether "in March and June" joins two times of the same kind under one preposition.

    Two months, two days or two years, the first opened by "in"/"on"/"during": one
    event told of both ("made an appearance in March and June") spans them (TimeML
    keeps the two TIMEX3; each carries the span). Not a quarter and a year, nor the
    last two of a list ("in March, June and July": June has no preposition of its own)."""
    if first.reading.gran != second.reading.gran or first.reading.gran not in _COORDINATED_GRANS:
        return False
    return _COORDINATION_OPENER.search(text, max(0, first.start - 13), first.start) is not None


def _placeable(reading: Reading) -> bool:
    """A date with a calendar range (not a duration, set, time or PAST_REF)."""
    return reading.type == "DATE" and reading.start is not None


def _borrow_year(head: Reading, tail: Reading) -> Reading | None:
    """``March`` in "from March to May 2026" takes 2026 (or 2025 if it would fall after May)."""
    if head.yearless is None or tail.yearless is not None or tail.start is None:
        return head
    month, day = head.yearless
    for year in (tail.start.year, tail.start.year - 1):
        try:
            start = date(year, month, day or 1)
        except ValueError:
            return None
        if start <= tail.start:
            return _rebuilt(head, start, year, tail.basis)
    return None


def _after(tail: Reading, head: Reading) -> Reading | None:
    """The range's end, moved a year on when a year-less end would fall before the start."""
    if tail.end >= head.start:
        return tail
    if tail.yearless is None:
        return None
    month, day = tail.yearless
    try:
        start = date(tail.start.year + 1, month, day or 1)
    except ValueError:
        return None
    moved = _rebuilt(tail, start, start.year, tail.basis)
    return moved if moved.end >= head.start else None


def _rebuilt(head: Reading, start: date, year: int, basis: str) -> Reading:
    """A year-less day or month moved into ``year``."""
    if head.gran == "month":
        first, last = month_span(year, start.month)
        return Reading("DATE", f"{year}-{start.month:02d}", first, last, basis, "month")
    return Reading("DATE", start.isoformat(), start, start, basis, "day")


def _widen_to_its_week(found: Found, text: str) -> None:
    """"the week of March 6" is the ISO week holding that day (TimeML: 2000-W10), not the day."""
    reading = found.reading
    lead = _WEEK_OF.search(text, max(0, found.start - 20), found.start)
    if lead is None or reading.gran != "day" or reading.type != "DATE" or reading.start is None:
        return
    found.start = lead.start()
    found.reading = Reading("DATE", week_value(reading.start), *week_span(reading.start), reading.basis, "week")


def _after_determiner(found: Found, text: str) -> int:
    """Where the expression starts once a determiner that is not part of it is left out.

    TimeML leaves out possessives ("its fourth quarter" marks "fourth quarter") and
    the article of a noun that the expression only modifies ("the 14-day waiting
    period" marks "14-day"); "the third quarter" keeps its article.
    """
    lead = _POSSESSIVE_LEAD.match(text, found.start, found.end)
    if lead is None:
        lead = _ARTICLE_LEAD.match(text, found.start, found.end)
        if lead is None or not _MODIFIER_TAIL.fullmatch(text, lead.end(), found.end):
            return found.start
    return lead.end()


def _anchor_clock_times(chosen: list[Found], text: str) -> list[Found]:
    """Put "10 a.m." on the day written beside it ("10 a.m. on 4 February", "Feb 4, 3 pm").

    A clock time right next to its day ("9 a.m. Tuesday", "noon Saturday", "5 p.m.
    EST, Nov. 6") is one TIMEX3 covering both; with "on"/"of" between they stay two.
    """
    merged: set[int] = set()
    for index, found in enumerate(chosen):
        if found.reading.type != "TIME" or "T" not in found.reading.value or index in merged:
            continue
        for other_index in (index - 1, index + 1):
            if not 0 <= other_index < len(chosen) or other_index in merged:
                continue
            other = chosen[other_index]
            if other.reading.gran != "day" or other.reading.start is None or other.reading.type != "DATE":
                continue
            gap = (other.end, found.start) if other.end <= found.start else (found.end, other.start)
            if _CLOCK_TO_DAY.fullmatch(text, *gap):
                day = other.reading.start
                clock = found.reading.value[found.reading.value.index("T"):]
                found.reading = Reading("TIME", day.isoformat() + clock, day, day, other.reading.basis, "time")
                if _CLOCK_BESIDE_DAY.fullmatch(text, *gap):
                    found.start, found.end = min(found.start, other.start), max(found.end, other.end)
                    merged.add(other_index)
                break
    return [found for index, found in enumerate(chosen) if index not in merged]


def _to_timexes(found: Found, text: str) -> list[Timex]:
    """The public records of a settled candidate: one, or one per end of a range whose ends stand alone.

    "from 1991 to 1997" is two TIMEX3 in TimeML ("1991", "1997"), each with its own
    value; both place the whole range on the calendar, so an event governed by
    either end is dated by the range (DESIGN.md: ranges stay ranges).
    """
    reading = found.reading
    first, last = day_iso(reading.start), day_iso(reading.end)
    parts = reading.ends or ((found.start, found.end, reading.value),)
    return [Timex(start, end, text[start:end], reading.type, value, first, last, reading.basis)
            for start, end, value in parts]
