"""Event dates: which day, range or bound the text supports for an event (DESIGN.md, Dates).

The entry point is ``DocumentDating``, made once per document and asked for each
event in the order of its sentences, so it can carry what the discourse says
from one sentence to the next.

Today: the time expression that the trigger governs, else the nearest one in the
sentence, else the publication date for past and present reports (``dct``), else
none. Future plans are never dated to the day of publication.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from explorer.core.document import Document
from explorer.core.model import TimexRow

YEAR_ONLY = re.compile(r"^\d{4}$")


class DocumentDating:
    """Dates the events of one document, sentence after sentence."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def event_date(self, sentence: Span, trigger: Token, tense: str,
                   timexes: list[TimexRow]) -> tuple[str, str, str, str]:
        """(date_start, date_end, date_basis, timex_id) for the event that ``trigger`` names."""
        return _date(self.document, sentence, trigger, tense, timexes)


def _date(document: Document, sentence: Span, trigger: Token, tense: str,
          timexes: list[TimexRow]) -> tuple[str, str, str, str]:
    """(date_start, date_end, date_basis, timex_id) for the event."""
    dated = [t for t in timexes if t["date_start"] and t["type"] in ("DATE", "TIME")
             and not _modifies_a_noun(sentence, t)]
    if dated:
        chosen = _governing(sentence, trigger, dated)
        return chosen["date_start"], chosen["date_end"], "timex", chosen["timex_id"]
    if document.published and tense != "future":
        return document.published, document.published, "dct", ""
    return "", "", "none", ""


def _governing(sentence: Span, trigger: Token, dated: list[TimexRow]) -> TimexRow:
    """The time expression attached to the trigger's clause, else the nearest to it."""
    for timex in dated:
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and _clause_head(span.root).i == trigger.i:
            return timex
    return min(dated, key=lambda t: abs(t["start"] - trigger.idx))


def _modifies_a_noun(sentence: Span, timex: TimexRow) -> bool:
    """``last year's efforts``, ``India's 2026 Budget``, ``the 1955 Oscars``: the date belongs to its noun.

    A possessive date, or a bare year naming which one of a recurring thing, does
    not date the event. Day-level dates as noun compounds stay (``during a January
    13 telephone call`` dates the call).
    """
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.head.pos_ not in ("NOUN", "PROPN") or root.head.i == root.i:
        return False
    if root.dep_ == "poss":
        return True
    return root.dep_ in ("compound", "nmod", "amod", "nummod") and YEAR_ONLY.match(timex["value"] or "") is not None


def _clause_head(token: Token) -> Token:
    """The nearest verb above a token: the clause it belongs to."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head
