"""Events: one per sentence that reports an action by someone, somewhere, at some time.

A sentence yields an event when it is a report (not a headline, bullet, fragment
or repeated pull quote: ``lines``), has a main verb and names at least one
entity or time expression. The trigger is that verb, or the verb it governs when
it only frames one ("is set to visit", "is expected to welcome" → visit,
welcome). For quotes and reported speech the trigger is the reporting verb
("said", "posted"): the event is the statement, dated when it was made, and its
speaker is its first participant; the reported clause's entities follow.

Participants are the entities the parse puts in the trigger's roles, agents first,
then the speaker, patients and other participants (``roles``); when the
parse finds no role for any entity, every entity of the sentence is a participant,
so no event loses them all. The place is a location mentioned after "in", "at" or
similar (else none); the date is the time expression that the trigger governs,
else the nearest one, else the publication date for past and present reports
(``dct``), else none. Future plans are never dated to the day of publication.

Rows carry two keys that are not table columns: ``agents`` and ``patients``
(mention ids), from which ``relations`` draws agent–verb–patient links.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.document import Document
from explorer.core.extract.events.dating import DocumentDating
from explorer.core.extract.events.lines import in_dateline, is_furniture
from explorer.core.extract.events.roles import Roles, SentenceMentions, event_roles
from explorer.core.extract.events.speech import (
    REPORTING_LEMMAS, is_quoted, quotation_speakers, quoted_stretches, reporting_verb, speakers,
)
from explorer.core.extract.events.tense import main_verb
from explorer.core.extract.nlp import doc_text
from explorer.core.extract.rows import BatchEvent, BatchMention
from explorer.core.model import TimexRow

PLACE_TYPES = {"GPE", "LOC", "FAC"}
PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "inside", "outside", "across"}
# "to"/"from" give a place only after a verb ("flew to Paris"): "Ambassador to India",
# "objections from China" name no place of the event
DIRECTION_PREPOSITIONS = {"to", "from"}
NON_EVENT_LEMMAS = {"be", "have", "seem", "appear", "include"}
FRAME_LEMMAS = {
    "set", "expect", "schedule", "due", "poise", "slate", "likely", "go", "plan", "intend", "aim", "seek",
    "want", "try", "hope", "attempt", "continue", "begin", "start", "prepare",
}


def events_in_sentence(
    document: Document, sentence: Span, tense: str, mentions: list[BatchMention], timexes: list[TimexRow],
    document_mentions: list[BatchMention] | None = None, dating: DocumentDating | None = None,
) -> list[BatchEvent]:
    """Zero or one event row for a sentence (a list, so later versions can split sentences).

    ``document_mentions`` (sorted by start) lets a sentence inside a quotation that
    runs over several sentences find its speaker in a neighbouring one; ``dating``
    (one per document, sentences met in order) dates each event.
    """
    if not (mentions or timexes) or is_furniture(sentence):
        return []
    stretches = quoted_stretches(sentence)
    trigger = event_trigger(sentence, stretches)
    if trigger is None or trigger.lemma_ in NON_EVENT_LEMMAS:
        return []
    place = _place(sentence, mentions)
    dating = dating or DocumentDating(document)
    date_start, date_end, basis, timex_id = dating.event_date(sentence, trigger, tense, timexes)
    participants, roles = _participants(sentence, trigger, mentions, place, stretches, document_mentions or [])
    start, end = _trimmed(sentence)
    return [{
        "event_id": f"{document.doc_id}-e{start}", "doc_id": document.doc_id,
        "sentence": document.text[start:end], "start": start, "end": end,
        "trigger": trigger.text, "trigger_start": trigger.idx, "trigger_end": trigger.idx + len(trigger.text),
        "lemma": trigger.lemma_.lower(), "tense": tense,
        "date_start": date_start, "date_end": date_end, "date_basis": basis, "timex_id": timex_id,
        "place": place, "participants": participants, "cluster_id": "",
        "agents": [m for m in roles.agents if m != place], "patients": [m for m in roles.patients if m != place],
    }]


def _participants(sentence: Span, trigger: Token, mentions: list[BatchMention], place: str,
                  stretches: list[tuple[int, int]], document_mentions: list[BatchMention]) -> tuple[list[str], Roles]:
    """Mention ids taking part (agents, speakers, patients, others; the place left out) and the roles."""
    text = doc_text(sentence.doc)
    mentions = [m for m in mentions if not in_dateline(text, m["start"], m["end"])]
    located = SentenceMentions(sentence, mentions)
    roles = event_roles(trigger, located, reported=trigger.lemma_.lower() in REPORTING_LEMMAS)
    said_by = speakers(sentence, located, stretches) or quotation_speakers(sentence, stretches, document_mentions)
    in_roles = [m for m in roles.all() if m != place] or [m["mention_id"] for m in mentions]  # the fallback
    return [m for m in dict.fromkeys([*roles.agents, *said_by, *in_roles]) if m != place], roles


def event_trigger(sentence: Span, stretches: list[tuple[int, int]]) -> Token | None:
    """The verb that names the sentence's event.

    The main verb, unless it lies inside a quotation and a reporting verb outside
    it has a subject ("“…,” Jaishankar posted"); a frame verb ("set", "expected",
    "plans") hands over to the verb it frames.
    """
    verb = main_verb(sentence)
    if verb is None or is_quoted(verb, stretches):
        verb = reporting_verb(sentence, stretches) or verb
    while verb is not None and verb.lemma_.lower() in FRAME_LEMMAS:
        framed = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not framed:
            break
        verb = framed[0]
    return verb


def _place(sentence: Span, mentions: list[BatchMention]) -> str:
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
    preposition = head.head
    if preposition.lower_ in DIRECTION_PREPOSITIONS and preposition.head.pos_ not in ("VERB", "AUX"):
        return False
    return head.dep_ == "pobj" and preposition.lower_ in PLACE_PREPOSITIONS


def _trimmed(sentence: Span) -> tuple[int, int]:
    """The sentence's offsets without surrounding white space."""
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return start, sentence.start_char + len(text.rstrip())
