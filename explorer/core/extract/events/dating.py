"""Event dates: which day, range or bound the text supports for an event (DESIGN.md, Dates).

The entry point is ``DocumentDating``, made once per document and asked for each
event in the order of its sentences, so it can carry what the discourse says
from one sentence to the next.

An event takes the time expression that governs it in its own clause
(``timex``): one reached from the trigger without crossing into another clause,
so "Hudson's Bay said it will redeem the shares on Oct. 31" dates the redemption,
not the statement. Without one, the discourse dates it (``date_rules``: the
passage's current date, the publication day where tense and position make it the
day of the report, else a bound on the publication date), and no event gets a day
the text does not support.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from explorer.core.document import Document
from explorer.core.extract.events.date_rules import (
    Dating, EventFacts, Ledes, Passages, Story, discourse_date, own_date, perfect_aspect, time_signal,
    writes_a_date,
)
from explorer.core.extract.events.lines import trimmed
from explorer.core.model import TimexRow

NOT_A_DAY = re.compile(r"^\d{4}(?:-(?:Q\d|H\d|W\d\d|\d\d))?$")  # a year, quarter, half, week or month
# a dependent leaving one of these is the head of another clause than the trigger's
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj", "pcomp"}


class DocumentDating:
    """Dates the events of one document, sentence after sentence.

    ``timexes``: all the document's time expressions, so a date in a sentence
    without an event, or a section heading, can set the passage's date; without
    them, only those of the sentences asked about so far count.
    """

    def __init__(self, document: Document, timexes: list[TimexRow] | None = None) -> None:
        self.document = document
        self._given = timexes is not None
        self._timexes: dict[str, TimexRow] = {t["timex_id"]: t for t in timexes or []}
        self._passages = Passages(document.text, list(self._timexes.values()), document.published)
        self._ledes = Ledes()
        self._story = Story()

    def event_date(self, sentence: Span, trigger: Token, tense: str,
                   timexes: list[TimexRow]) -> Dating:
        """(date_start, date_end, date_basis, timex_id) for the event that ``trigger`` names."""
        start = trimmed(sentence)[0]
        in_lede = self._ledes.main_of_lede(start, self._passages.paragraph_start(start))
        own = _governing(sentence, trigger, timexes)
        published = self.document.published
        perfect = perfect_aspect(self.document.text[start:trigger.idx], trigger.idx - start)
        signal = time_signal(self.document.text, own["start"]) if own is not None else ""
        dated = own_date(own, published, perfect, signal) if own is not None else None
        if dated is None:
            elsewhere = writes_a_date(timexes, sentence.start_char, sentence.end_char)
            facts = EventFacts(tense, trigger.lemma_.lower(), perfect, in_lede, elsewhere)
            narrative = self._passages_so_far(timexes).current(start)
            dated = discourse_date(facts, narrative, published, self._story.carried())
        self._story.note(in_lede, dated, published)
        self._passages.told(dated)
        return dated

    def _passages_so_far(self, timexes: list[TimexRow]) -> Passages:
        """The passages, with the sentence's own time expressions added when the document's were not given."""
        if self._given or all(t["timex_id"] in self._timexes for t in timexes):
            return self._passages
        self._timexes.update((t["timex_id"], t) for t in timexes)
        told = self._passages.dated_events
        self._passages = Passages(self.document.text, list(self._timexes.values()), self.document.published)
        self._passages.dated_events = told
        return self._passages


def _governing(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """The date or time expression of the trigger's own clause (the nearest if several), or None."""
    owned = []
    for timex in timexes:
        if timex["type"] not in ("DATE", "TIME"):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or _modifies_a_noun(span, timex) or not _in_clause_of(span.root, trigger):
            continue
        if timex["date_start"] or not (timex["value"] or "").endswith("_REF") or _modifies(span.root, trigger):
            owned.append(timex)
    return min(owned, key=lambda t: abs(t["start"] - trigger.idx), default=None)


def _in_clause_of(token: Token, trigger: Token) -> bool:
    """Whether ``token`` hangs from the trigger without crossing into another clause.

    A frame's clause is its framed verb's ("In May he plans to visit": May dates *visit*), and a
    coordinated verb without a subject of its own shares the first one's ("said on Wednesday … and
    called for": Wednesday dates *called*).
    """
    frames = {trigger.i}
    verb = trigger
    while verb.head.i != verb.i and (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not _has_subject(verb))):
        verb = verb.head
        frames.add(verb.i)
    node = token
    while node.i not in frames:
        if node.head.i == node.i or _heads_another_clause(node):
            return False
        node = node.head
    return True



def _modifies(token: Token, trigger: Token) -> bool:
    """The expression hangs from the trigger itself, or through one preposition ("recently announced",
    "in the past said"): "now" or "the near term" deeper down ("the challenges of the near term") say
    nothing of when the event happened."""
    head = token.head
    return head.i == trigger.i or (head.dep_ == "prep" and head.head.i == trigger.i)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _heads_another_clause(token: Token) -> bool:
    """A verb heading a clause with a time of its own: a participle without subject or marker
    ("was found clinging … Nov. 25", "sought to soften …, saying on Friday") shares its head's."""
    if token.dep_ not in CLAUSE_DEPS or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN"):
        return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    return True


def _modifies_a_noun(span: Span, timex: TimexRow) -> bool:
    """``last year's efforts``, ``India's 2026 Budget``, ``the 1955 Oscars``: the date belongs to its noun.

    A possessive date, or a bare year naming which one of a recurring thing, does
    not date the event. Day-level dates as noun compounds stay (``during a January
    13 telephone call`` dates the call).
    """
    root = span.root
    if root.head.pos_ not in ("NOUN", "PROPN") or root.head.i == root.i:
        return False
    if root.dep_ == "poss":
        return True
    return root.dep_ in ("compound", "nmod", "amod", "nummod") and NOT_A_DAY.match(timex["value"] or "") is not None
