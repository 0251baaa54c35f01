"""Which day an article is told from, read from its own words: its date line and the days it names.

An article without a publication date may print one on a short line of its head ("Friday August 2, 2013 @ 8:13am
PDT", ``date_line``), which then stands in for publication. One with a publication date may have been written the
day before (a daily paper's "yesterday" on a past verb, ``dates_a_past_verb``) or over a weekend (a Monday paper
whose Friday is a past verb's own day, ``a_past_verbs_own_day``); and whether it names the publication day, or any
single day at all, decides whether its lede's act is of that day.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from explorer.core.extract.events.date_rules import ISO_DAY
from explorer.core.extract.events.named_twice import dated_in_its_clause
from explorer.core.model import TimexRow


DATE_LINE_LINES = 6  # the head of an article: URL, headline, standfirst, byline, date line
DATE_LINE_CHARS = 60  # "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM": a date and little else
DATE_LINE_SHARE = 0.35
BODY_LINE = re.compile(r"[.!?\"”’]\s*$")


def date_line(text: str, timexes: list[TimexRow]) -> TimexRow | None:
    """The date line of an article's head: a day (with its year) on a short line of its own among the first
    lines, above the first line of the body (one that ends a sentence); None where there is none."""
    lines, offset = [], 0
    for line in text.split("\n")[:DATE_LINE_LINES]:
        lines.append((offset, line))
        offset += len(line) + 1
    days = sorted((t for t in timexes if t["type"] in ("DATE", "TIME") and t["date_start"]
                   and t["date_start"] == t["date_end"] and ISO_DAY.match(t["date_start"])), key=lambda t: t["start"])
    for start, line in lines:
        if len(line) > DATE_LINE_CHARS and BODY_LINE.search(line):
            return None  # the body began: a date further down is the story's
        here = [t for t in days if start <= t["start"] < start + len(line)]
        if here and len(line.strip()) <= DATE_LINE_CHARS \
                and here[0]["end"] - here[0]["start"] >= DATE_LINE_SHARE * len(line.strip()):
            return here[0]
    return None


def names_the_day(timexes: list[TimexRow], published: str) -> bool:
    """The sentence names the publication day ("attended a Sunday night memorial service" in Monday's paper
    of a Sunday): a lede telling its day, even on a noun, not one dated only by where it stands (a feature's
    scene, a next-day report of a keynote)."""
    return bool(published) and any(t["date_start"] == t["date_end"] == published for t in timexes)


def a_past_verbs_own_day(doc: Doc, timex: TimexRow) -> bool:
    """The expression is the day of a happening told in the past in its own clause ("fell 5% Friday", "closed
    lower on Friday", a participle of a past "has slumped recently, closing unchanged Friday"), not of a noun
    ("Last Friday's announcement was …")."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    verb = dated_in_its_clause(span) if span is not None else None
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl":  # "has slumped, closing unchanged Friday"
        verb = verb.head if verb.head.tag_ in ("VBD", "VBN") else None
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") \
        and (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def dates_a_past_verb(doc: Doc, timex: TimexRow) -> bool:
    """The expression hangs from a verb in the simple past ("announced yesterday", "was named Thursday"), not
    from a statement of what is to come ("will report … Thursday") nor a present one."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if node.dep_ == "xcomp" and node.head.lemma_.lower() == "be" and node.head.tag_ == "VBD":
        return True  # "were to be delisted … after the close of composite trading yesterday": told after that day
    return node.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)


def names_a_day_anywhere(timexes: list[TimexRow]) -> bool:
    """The article names a single day somewhere ("Friday", "yesterday", "Oct. 27"): a lede's act may then be of the
    paper's day, told by where it stands; an article naming none gives no day for it."""
    return any(t["type"] in ("DATE", "TIME") and len(t["date_start"] or "") >= 10
               and (t["date_end"] or t["date_start"])[:10] == t["date_start"][:10] for t in timexes)
