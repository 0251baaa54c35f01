"""Quotes and reported speech: who is speaking, so the speaker stays a participant.

A speaker is the subject of a reporting verb ("said", "told", "posted", "noted"…)
that stands outside the quotation marks, or the object of "according to". A
sentence inside a quotation that runs over several sentences ("“Spoke at the
ministerial today. Underlined the challenges…,” Jaishankar posted on X.") takes
its speaker from the sentence where the quotation opens or closes.

Quotation marks are read on the sentence's line (news paragraphs are lines):
curly quotes open and close, straight double quotes alternate, and a closing
mark with no opening one closes a quotation begun on an earlier line.
"""

from __future__ import annotations

import bisect
import re

import numpy as np
from spacy.symbols import VERB
from spacy.tokens import Span, Token

from explorer.core.extract.events.lines import line_bounds
from explorer.core.extract.events.roles import SentenceMentions
from explorer.core.extract.nlp import TokenColumns, doc_text, once_per_doc, string_id, tokens_where
from explorer.core.extract.rows import BatchMention

REPORTING_LEMMAS = {
    "say", "tell", "post", "tweet", "write", "add", "note", "state", "announce", "declare", "claim",
    "reiterate", "explain", "insist", "remark", "comment", "confirm", "reply", "observe", "recall",
}
OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
# the news wires' typewriter quotes (AP, NYT in TimeBank/AQUAINT): ``opens'' and closes, two characters each
OPENING_PAIR, CLOSING_PAIR = "``", "''"
QUOTE_MARK = re.compile(f"``|''|[{re.escape(OPENING_QUOTES + CLOSING_QUOTES + STRAIGHT_QUOTE)}]")

Stretch = tuple[int, int]


def quoted_stretches(sentence: Span) -> list[Stretch]:
    """Character ranges in quotation marks on the sentence's line.

    Read once per line of a Doc (``once_per_doc``): every sentence of a paragraph asks, twice, and a
    line may be a whole article. Each caller gets its own list."""
    text = doc_text(sentence.doc)
    start, end = line_bounds(text, sentence.start_char)
    by_line: dict[int, list[Stretch]] = once_per_doc(sentence.doc, _STRETCHES_KEY, lambda _doc: {})
    if start not in by_line:
        by_line[start] = _line_stretches(text, start, end)
    return list(by_line[start])


_STRETCHES_KEY = "explorer_quoted_stretches"


def _line_stretches(text: str, start: int, end: int) -> list[Stretch]:
    stretches: list[Stretch] = []
    opened: int | None = None
    for mark in QUOTE_MARK.finditer(text, start, end):  # only the marks: a line may be a whole article
        offset, char = mark.start(), mark.group()
        opening = char in OPENING_QUOTES or char == OPENING_PAIR
        closing = char in CLOSING_QUOTES or char == CLOSING_PAIR
        if opened is None and (opening or char == STRAIGHT_QUOTE):
            opened = offset
        elif opened is not None and (closing or char == STRAIGHT_QUOTE):
            stretches.append((opened, mark.end()))
            opened = None
        elif opened is None and char in CLOSING_QUOTES and not stretches:
            stretches = [(start, mark.end())]  # closes a quotation opened before this line
        # a closing mark after a quotation closed on this line closes nothing ("…,'' he said. ''"); nor does a
        # typewriter '' with none open: the wires open every paragraph of a long quotation again with ``, so it is
        # a slip for `` ("turning the child over to ''what is considered Cuban territory")
    if opened is not None:
        stretches.append((opened, end))
    return stretches


def is_quoted(token: Token, stretches: list[Stretch]) -> bool:
    return any(start <= token.idx < end for start, end in stretches)


def reporting_verb(sentence: Span, stretches: list[Stretch]) -> Token | None:
    """The first reporting verb outside quotation marks that has a subject."""
    for token in sentence:
        if _reports(token, stretches) and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return token
    return None


def speakers(sentence: Span, located: SentenceMentions, stretches: list[Stretch]) -> list[str]:
    """Mention ids of whoever the sentence quotes or reports, in sentence order."""
    found: list[str] = []
    for token in (sentence.doc[i] for i in tokens_where(sentence, _VERBS_OR_ACCORDING_KEY, _verbs_or_according)):
        if _reports(token, stretches):
            found += _hanging(located, _with_subject(token), "nsubj")
        elif token.lower_ == "according":
            for to in (c for c in token.children if c.lower_ == "to"):
                found += _hanging(located, to, "pobj")
    return list(dict.fromkeys(found))


_VERBS_OR_ACCORDING_KEY = "explorer_verbs_or_according"


def _verbs_or_according(columns: TokenColumns) -> np.ndarray:
    """The tokens ``speakers`` can act at: a verb (``_reports``) or "according"."""
    return (columns.pos == VERB) | (columns.lower == string_id("according"))


def quotation_speakers(sentence: Span, stretches: list[Stretch], document_mentions: list[BatchMention]) -> list[str]:
    """Speakers named in the sentences where a quotation around this one opens or closes."""
    found: list[str] = []
    for start, end in stretches:
        if not (start < sentence.end_char and end > sentence.start_char):
            continue
        for boundary in (start, end - 1):
            if sentence.start_char <= boundary < sentence.end_char:
                continue
            other = _sentence_at(sentence, boundary)
            if other is not None:
                located = SentenceMentions(other, _mentions_within(document_mentions, other))
                found += speakers(other, located, quoted_stretches(other))
    return list(dict.fromkeys(found))


def _reports(token: Token, stretches: list[Stretch]) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_LEMMAS and not is_quoted(token, stretches)


def _with_subject(verb: Token) -> Token:
    """The verb whose subject speaks: "Vaishnaw highlighted …, stating, “…”" → highlighted."""
    if verb.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        return verb.head
    return verb


def _hanging(located: SentenceMentions, head: Token, dep: str) -> list[str]:
    """Mentions whose phrase hangs from ``head`` by a ``dep`` link."""
    return [m for m in located.ids() if (child := located.attach(m, {head.i})) is not None and child.dep_ == dep]


def _sentence_at(sentence: Span, offset: int) -> Span | None:
    span = sentence.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def _mentions_within(mentions: list[BatchMention], sentence: Span) -> list[BatchMention]:
    first = bisect.bisect_left(mentions, sentence.start_char, key=lambda r: r["start"])
    last = bisect.bisect_left(mentions, sentence.end_char, key=lambda r: r["start"])
    return [m for m in mentions[first:last] if m["end"] <= sentence.end_char]
