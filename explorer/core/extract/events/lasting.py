"""An event told with how long it lasted, from the day it began: "sent into space on May 26, 1980. He spent six
days aboard the Salyut 6" is May 26 to May 31, not May 26 alone.

The dating rules give a past event one day — its own ("fought on Monday for three days") or the one its
passage carries ("He spent six days …" after "sent … on May 26"). Where the verb itself holds a stretch of known
length as its object or after "for" ("spent six days", "fought for three weeks"), that day is where the stretch
begins, so the event takes the whole stretch. Only a simple past does: a perfect ("had spent six days") counts
up to the day it is told at, and a stretch back from publication ("the past two months") has its own rule
(``date_rules``). A day the verb's clause does not give itself, nor its passage, is no start: the rule reads only
``timex`` and ``narrative`` dates.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import DAY_COUNTS, ISO_DAY, SPAN_VALUE, Dating, last_day_of, reaches_back
from explorer.core.extract.nlp import doc_text
from explorer.core.model import TimexRow

# how the stretch hangs from the verb: "spent six days" (object), "fought for three weeks" (after "for")
_OBJECT_DEPS = {"dobj", "obj"}
# "For the six months ended Aug. 12": a stretch told by its last day, not its first
_ENDED = re.compile(r"\s*,?\s*(?:(?:that|which)\s+)?(?:ended|ending|ends|closed|through|to|until)\b", re.IGNORECASE)
_STARTS = ("narrative", "timex")


def over_its_length(sentence: Span, trigger: Token, dating: Dating, timexes: list[TimexRow], published: str) -> Dating:
    """``dating`` stretched over the length the verb holds, where it is one day of a simple past (else as is).

    A simple past is over when it is told: a stretch from its passage's day that would run past ``published`` ("ran the
    board for 13 years", told on the day of the report) did not begin there, so it ended on or before that day instead.
    A day the clause states itself stays the start."""
    start, end, basis, timex_id = dating
    if basis not in _STARTS or start != end or not ISO_DAY.match(start or ""):
        return dating
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ != "VBD" and not _passive_past(trigger):
        return dating
    if any(child.dep_ == "aux" for child in trigger.children):
        return dating  # "had spent", "would spend", "did not spend": no simple past
    for timex in timexes:
        length = SPAN_VALUE.match(timex["value"] or "")
        if timex["type"] != "DURATION" or length is None or reaches_back(timex) or int(length.group(1)) < 1:
            continue
        if not sentence.start_char <= timex["start"] < sentence.end_char \
                or _ENDED.match(doc_text(sentence.doc), timex["end"]) is not None:
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and _held_by(span.root, trigger):
            last = last_day_of(date.fromisoformat(start), int(length.group(1)), length.group(2)).isoformat()
            if basis == "narrative" and published and last > published:
                return "", start, "bounded", timex_id
            return start, last, basis, timex_id
    return dating


def _passive_past(trigger: Token) -> bool:
    """"was held for two days": a past participle with a past "was"/"were"."""
    return trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in trigger.children) \
        and not any(c.dep_ == "aux" for c in trigger.children)


def _held_by(root: Token, trigger: Token) -> bool:
    """The stretch is the verb's object ("spent six days") or follows the verb's own "for" ("for three weeks")."""
    if root.head.i == trigger.i and root.dep_ in _OBJECT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == trigger.i



# "within two to three weeks", "within 18 months": the longest count the stretch names, and its unit
_LONGEST = re.compile(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]+(day|week|month|year)s?\s*$",
                      re.IGNORECASE)
_COUNTS = {**DAY_COUNTS, "twelve": 12}  # (the words ``_LONGEST`` reads)


def within_a_stretch(sentence: Span, trigger: Token, dating: Dating, timexes: list[TimexRow]) -> Dating:
    """A future from publication that its clause says comes "within" a stretch ("will resume shipments within two
    to three weeks", "will finish its investigation within a year"): the stretch's end is the text's latest day
    for it, so the range closes there instead of staying open (BD#10). Only a range that starts on publication and
    is open at its end is closed: a day or period the clause names itself is closer."""
    start, end, basis, _ = dating
    if basis != "bounded" or end or not ISO_DAY.match(start or ""):
        return dating
    text = doc_text(sentence.doc)
    for timex in timexes:
        if timex["type"] != "DURATION" or reaches_back(timex) \
                or not sentence.start_char <= timex["start"] < sentence.end_char:
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or not _within_of(span.root, trigger):
            continue
        length = SPAN_VALUE.match(timex["value"] or "")
        longest = _LONGEST.search(text[timex["start"]:timex["end"]]) if length is None else None
        if length is not None:
            count, unit = int(length.group(1)), length.group(2)
        elif longest is not None:
            word = longest.group(1).lower()
            count, unit = int(word) if word.isdigit() else _COUNTS[word], longest.group(2)[0].upper()
        else:
            continue
        if count < 1:
            continue
        return start, last_day_of(date.fromisoformat(start), count, unit).isoformat(), "bounded", timex["timex_id"]
    return dating


def _within_of(root: Token, trigger: Token) -> bool:
    """The stretch follows "within" hanging from the verb ("will resume … within two weeks")."""
    head = root.head if root.dep_ == "pobj" else None
    return head is not None and head.lower_ == "within" and head.head.i == trigger.i
