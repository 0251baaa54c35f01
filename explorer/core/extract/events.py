"""Events: one per sentence that reports an action by someone, somewhere, at some time.

A sentence yields an event when it has a main verb and names at least one entity
or time expression. The trigger is that verb; participants are the entity mentions
in the sentence; the place is a location mentioned after "in", "at" or similar
(else the first location that is not a participant's only role); the date is the
time expression that the trigger governs, else the nearest one, else the
publication date for past and present reports (``dct``), else none. Future plans
are never dated to the day of publication.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.document import Document
from explorer.core.extract.tense import main_verb

PLACE_TYPES = {"GPE", "LOC", "FAC"}
PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "inside", "outside", "across"}
NON_EVENT_LEMMAS = {"be", "have", "seem", "appear", "include"}


def events_in_sentence(
    document: Document, sentence: Span, tense: str, mentions: list[dict], timexes: list[dict]
) -> list[dict]:
    """Zero or one event row for a sentence (a list, so later versions can split sentences)."""
    trigger = main_verb(sentence)
    if trigger is None or trigger.lemma_ in NON_EVENT_LEMMAS or not (mentions or timexes):
        return []
    place = _place(sentence, mentions)
    date_start, date_end, basis, timex_id = _date(document, sentence, trigger, tense, timexes)
    participants = list(dict.fromkeys(m["mention_id"] for m in mentions if m["mention_id"] != place))
    start, end = _trimmed(sentence)
    return [{
        "event_id": f"{document.doc_id}-e{start}", "doc_id": document.doc_id,
        "sentence": document.text[start:end], "start": start, "end": end,
        "trigger": trigger.text, "lemma": trigger.lemma_.lower(), "tense": tense,
        "date_start": date_start, "date_end": date_end, "date_basis": basis, "timex_id": timex_id,
        "place": place, "participants": participants, "cluster_id": "",
    }]


def _place(sentence: Span, mentions: list[dict]) -> str:
    """The mention id of the event's place, or "" (resolved to an entity id later)."""
    places = [m for m in mentions if m["type"] in PLACE_TYPES]
    for mention in places:
        token = sentence.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
        if token is not None and _after_place_preposition(token.root):
            return mention["mention_id"]
    return ""


def _after_place_preposition(token: Token) -> bool:
    head = token
    while head.dep_ in ("compound", "amod", "poss", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS


def _date(document: Document, sentence: Span, trigger: Token, tense: str, timexes: list[dict]):
    """(date_start, date_end, date_basis, timex_id) for the event."""
    dated = [t for t in timexes if t["date_start"] and t["type"] in ("DATE", "TIME")
             and not _modifies_a_noun(sentence, t)]
    if dated:
        chosen = _governing(sentence, trigger, dated)
        return chosen["date_start"], chosen["date_end"], "timex", chosen["timex_id"]
    if document.published and tense != "future":
        return document.published, document.published, "dct", ""
    return "", "", "none", ""


def _governing(sentence: Span, trigger: Token, dated: list[dict]) -> dict:
    """The time expression attached to the trigger's clause, else the nearest to it."""
    for timex in dated:
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and _clause_head(span.root).i == trigger.i:
            return timex
    return min(dated, key=lambda t: abs(t["start"] - trigger.idx))


def _modifies_a_noun(sentence: Span, timex: dict) -> bool:
    """``last year's efforts``: a possessive date belongs to its noun, not to the event.

    Dates as noun compounds stay (``during a January 13 telephone call`` dates the call).
    """
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "poss" and root.head.pos_ in ("NOUN", "PROPN")


def _clause_head(token: Token) -> Token:
    """The nearest verb above a token: the clause it belongs to."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _trimmed(sentence: Span) -> tuple[int, int]:
    """The sentence's offsets without surrounding white space."""
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return start, sentence.start_char + len(text.rstrip())
