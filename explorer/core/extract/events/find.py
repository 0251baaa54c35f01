"""Events: the happenings a sentence reports, by someone, somewhere, at some time.

A sentence yields an event when it is a report (not a bullet, heading, fragment
or repeated pull quote: ``lines``; a headline gives one, dated like the lede), has
a main verb (or, in a copular sentence with a time expression, a subject noun
naming a happening: "The merger was in 1998") and names at least one entity or
time expression (or a pronoun or description that stands for one: ``coreference``).
Further events of the sentence follow the main one: what a report reports,
coordinated verbs, clauses of time (``further_triggers``), and any verb a time
expression dates in its own clause (``timed_verbs``), each with its own trigger,
participants and date. The trigger is that verb, or the verb it governs when
it only frames one ("is set to visit", "is expected to welcome" → visit,
welcome). For quotes and reported speech the trigger is the reporting verb
("said", "posted"): the event is the statement, dated when it was made, and its
speaker is its first participant; the reported clause's entities follow.

Participants are the entities the parse puts in the trigger's roles, agents first,
then the speaker, patients and other participants (``roles``); when the
parse finds no role for any entity, every entity of the sentence is a participant,
so no event loses them all, except one that only qualifies a noun ("Jobs' health",
"iPhone 4 owners": ``roles``). The place is a location mentioned after "in", "at" or
similar (else none); the date is the time expression that the trigger governs,
else the nearest one, else the publication date for past and present reports
(``dct``), else none. Future plans are never dated to the day of publication.

Rows carry two keys that are not table columns: ``agents`` and ``patients``
(mention ids), from which ``relations`` draws agent–verb–patient links.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from explorer.core.document import Document
from explorer.core.extract.events.date_rules import by_publication, own_date
from explorer.core.extract.events.acted_on import judged_before
from explorer.core.extract.events.dating import DocumentDating
from explorer.core.extract.events.lasting import over_its_length
from explorer.core.extract.events.lines import in_dateline, is_furniture, is_headline, trimmed
from explorer.core.extract.events.roles import COPULAS, Roles, SentenceMentions, event_roles, has_subject, makes_act
from explorer.core.extract.events.speech import (
    REPORTING_LEMMAS, is_quoted, quotation_speakers, quoted_stretches, reporting_verb, speakers,
)
from explorer.core.extract.events.tense import main_verb, verb_tense
from explorer.core.extract.events.timed_verbs import timed_verbs
from explorer.core.extract.nlp import TokenColumns, doc_text, tokens_where
from explorer.core.extract.rows import BatchEvent, BatchMention
from explorer.core.extract.wordnet import action_senses, can_name_one_action, senses_of
from explorer.core.model import TimexRow

PLACE_TYPES = {"GPE", "LOC", "FAC"}
PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "inside", "outside", "across"}
# "to"/"from" give a place only after a verb ("flew to Paris"): "Ambassador to India",
# "objections from China" name no place of the event
DIRECTION_PREPOSITIONS = {"to", "from"}
# "be" links a description; "have" and "include" are events (TimeML's states: "the phone has two cameras",
# true at a time), except "have to", a frame ("will have to pay": the paying is the event)
NON_EVENT_LEMMAS = COPULAS
FRAME_LEMMAS = {
    "set", "expect", "schedule", "due", "poise", "slate", "likely", "go", "plan", "intend", "aim", "seek",
    "want", "try", "hope", "attempt", "continue", "begin", "start", "prepare", "have",
}
# an adverbial clause with one of these tells of a happening at a time ("When Jobs first introduced …");
# participial ones without ("…, marking India's entry") describe the main event, and "if", "because" do not happen
TIME_MARKS = {"when", "while", "after", "before", "as", "since", "once", "until"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
PREPOSITION_LIKE = {"regard", "concern", "accord", "follow"}  # "regarding", "according": verbs the parser may hand on
EVENT_NOUNS = {
    "sale", "launch", "release", "deal", "visit", "talk", "meeting", "election", "attack", "strike", "merger",
    "acquisition", "lawsuit", "suit", "trial", "hearing", "vote", "summit", "conference", "shipment", "delivery",
    "debut", "opening", "closure", "ban", "cut", "rise", "fall", "death", "resignation", "departure", "arrival",
    "protest", "crash", "takeover", "auction", "ceremony", "tour", "match", "final", "race",
    "wedding", "funeral", "inquiry", "investigation", "ruling", "verdict", "sentencing", "buyout", "bid",
}
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ery", "ing")
NOT_EVENT_NOUNS = {
    "government", "department", "equipment", "document", "apartment", "parliament", "management",
    "environment", "nation", "population", "station", "region", "religion", "version", "division", "position",
    "evidence", "audience", "finance", "balance", "distance", "science", "difference", "licence", "license",
    "instance", "agency", "thing", "building", "everything", "nothing", "something", "king", "ceiling",
}

# nouns whose first WordNet sense is an act but which name no one happening of their own; "fate", "destiny" and
# "fortune" (the only nouns whose first sense holds the act keys of "fate"/"destiny" or of "fortune") name what
# befalls someone, told of no day ("the court case surrounding Elian's fate": not datable in AD#29, AF#1, AI#34)
NOT_HAPPENING_NOUNS = {"role", "case", "market", "support", "interest", "use", "way", "work", "part", "action",
                       "fate", "destiny", "fortune"}
# nouns that name an act and also the people who do it ("Telerate's management expects", AM#6; "the Bush
# administration said"): without an "of" of what is done ("the management of the fund"), they name a body, no
# happening, and give no event
BODY_NOUNS = {"management", "administration", "leadership", "command"}
LIGHT_VERBS = {"make", "take", "give", "hold", "conduct", "carry", "do", "have", "stage", "undertake", "launch"}
NOUN_TIME_DEPS = {"poss", "compound", "nmod", "amod", "npadvmod", "nummod"}
# "the slated visit of … Daley in September", "the meeting on Tuesday": a time the noun's own preposition holds
NOUN_TIME_PREPOSITIONS = {"in", "on", "during"}


def events_in_sentence(
    document: Document, sentence: Span, tense: str, mentions: list[BatchMention], timexes: list[TimexRow],
    document_mentions: list[BatchMention] | None = None, dating: DocumentDating | None = None,
    resolved: dict[int, str] | None = None,
) -> list[BatchEvent]:
    """The sentence's events: its main event first, then the further happenings it reports.

    ``document_mentions`` (sorted by start) lets a sentence inside a quotation that
    runs over several sentences find its speaker in a neighbouring one; ``dating``
    (one per document, sentences met in order) dates each event; ``resolved`` maps
    tokens that stand for an entity named elsewhere ("he", "the company", "Steve"
    after "Steve Jobs") to that mention's id (``coreference``). A headline gives one undated event
    (``pipeline.batch`` dates it like the lede).
    """
    resolved = resolved or {}
    if not (mentions or timexes or resolved):
        return []
    headline = is_furniture(sentence)
    if headline and not is_headline(sentence):
        return []
    stretches = quoted_stretches(sentence)
    context = _Context(document, sentence, mentions, resolved, stretches, document_mentions or [],
                       dating or DocumentDating(document))
    trigger = main_verb(sentence) if headline else event_trigger(sentence, stretches)
    if trigger is None or trigger.lemma_ in NON_EVENT_LEMMAS:
        noun = None if headline else nominal_trigger(sentence.root, timexes)
        return [context.row(noun, tense, timexes, main=True)] if noun is not None else []
    if not headline and _speaks_a_quotation(sentence, trigger, stretches):
        tense = verb_tense(trigger)  # 'Gonzalez said, "I want to thank …"': the saying is past, not the quotation's
    main = context.row(trigger, tense, timexes, main=True, dated=not headline)
    if headline:
        return [main]
    further = [(t, context.row(t, verb_tense(t), timexes, inherited=main["agents"]))
               for t in further_triggers(trigger, timexes)]
    taken = [trigger, *(t for t, _ in further)]
    timed = [(t, row) for t, timex in timed_verbs(sentence, taken, timexes)
             if (row := context.timed_row(t, timex, timexes,
                                          [] if _reported_under(t, trigger) else main["agents"])) is not None]
    taken += [t for t, _ in timed]
    main_dated = (main["date_start"], main["date_end"], main["date_basis"], main["timex_id"])
    nominal = [(noun, context.row(noun, _clause_tense(noun, tense), timexes, own_time=own,
                                  clause_dated=main_dated if _clause_verb(noun).i == trigger.i else None))
               for noun, own in nominal_happenings(sentence, taken, context.located, timexes)]
    return [main, *[row for t, row in [*further, *nominal] if _stands_alone(t, row)],
            *[row for _, row in timed]]


def _stands_alone(trigger: Token, row: BatchEvent) -> bool:
    """A further event needs participants of its own, and a clause without a subject an actor
    taken from the main event ("While introducing iPhone 4, Jobs …"; not "… when examining China's …")."""
    return bool(row["participants"]) and (trigger.pos_ == "NOUN" or has_subject(trigger) or bool(row["agents"]))


class _Context:
    """What every event of one sentence shares: its mentions (with resolved pronouns), quotes and place."""

    def __init__(self, document: Document, sentence: Span, mentions: list[BatchMention],
                 resolved: dict[int, str], stretches: list[tuple[int, int]],
                 document_mentions: list[BatchMention], dating: DocumentDating) -> None:
        text = doc_text(sentence.doc)
        self.document, self.sentence, self.stretches, self.dating = document, sentence, stretches, dating
        self.document_mentions = document_mentions
        self.mentions = [m for m in mentions if not in_dateline(text, m["start"], m["end"])]
        self.place = _place(sentence, mentions)
        self.located = SentenceMentions(sentence, self.mentions)
        named = self.located.mention_at  # head token -> mention id
        self.alias = {named[i]: antecedent for i, antecedent in resolved.items() if i in named}
        stand_ins = [_stand_in(sentence.doc[i], antecedent) for i, antecedent in resolved.items() if i not in named]
        self.alias.update((row["mention_id"], antecedent) for row, antecedent in stand_ins)
        if stand_ins:
            self.located = SentenceMentions(sentence, [*self.mentions, *(row for row, _ in stand_ins)])
        dating.know(self.mentions)

    def row(self, trigger: Token, tense: str, timexes: list[TimexRow], main: bool = False, dated: bool = True,
            inherited: list[str] | None = None, own_time: TimexRow | None = None,
            clause_dated: tuple[str, str, str, str] | None = None) -> BatchEvent:
        """The event row for ``trigger``.

        A further event (not ``main``) has only its own roles' entities, and the
        agents of the main event when its clause has no subject of its own
        ("welcomed everyone … and announced"). ``clause_dated``: the date of the main event where an event
        noun's clause is its verb — dated once, with the verb's own subject ("IMA completed its acquisition of
        AMI" is dated by "IMA completed the purchase yesterday"; the noun names only AMI). ``own_time``: a time expression of an
        event noun's own ("last year's efforts"), which dates it whatever its clause says; a time after
        publication makes the noun's happening future whatever its clause's tense, so the replay of a
        corrected publication date does not read it as a past verb's plan (``date_rules.for_a_later_time``).
        """
        document, sentence = self.document, self.sentence
        roles = event_roles(trigger, self.located, reported=trigger.lemma_.lower() in REPORTING_LEMMAS)
        if not main and not roles.agents and trigger.pos_ != "NOUN" and not has_subject(trigger):
            roles.agents = list(inherited or [])
        participants = self._participants(roles, main)
        agents = self._ids(roles.agents)
        clause = _clause_verb(trigger)  # an event noun is dated by its clause ("the arrest … was confirmed on …")
        if clause_dated is not None:  # the main event's verb, dated as its own row was (with its own subject)
            date_start, date_end, basis, timex_id = clause_dated
        else:
            date_start, date_end, basis, timex_id = (self.dating.event_date(
                sentence, clause, tense, timexes, agents, participants) if dated else ("", "", "none", ""))
        if clause.i != trigger.i and tense in ("past", "present"):
            date_start, date_end, basis, timex_id = judged_before(trigger, clause, (date_start, date_end, basis,
                                                                                    timex_id))
            date_start, date_end, basis, timex_id = self.dating.noun_named_elsewhere(
                sentence, trigger, (date_start, date_end, basis, timex_id), timexes)
        elif clause.i == trigger.i:  # "spent six days aboard" from the day it began: the six days
            date_start, date_end, basis, timex_id = over_its_length(
                sentence, trigger, (date_start, date_end, basis, timex_id), timexes, self.dating.published)
        if own_time is not None:
            date_start, date_end, basis, timex_id = (own_date(own_time, self.dating.published)
                                                     or (date_start, date_end, basis, timex_id))
            if self.dating.published and date_start > self.dating.published:
                tense = "future"  # "had been talking about the slated visit … in September": still to come
        date_start, date_end, basis, timex_id = by_publication(tense, (date_start, date_end, basis, timex_id),
                                                              self.dating.published)
        start, end = trimmed(sentence)
        trigger_start = trigger.idx
        return {
            "event_id": f"{document.doc_id}-e{start}" if main else f"{document.doc_id}-e{start}-{trigger_start}",
            "doc_id": document.doc_id,
            "sentence": document.text[start:end], "start": start, "end": end,
            "trigger": trigger.text, "trigger_start": trigger_start, "trigger_end": trigger_start + len(trigger.text),
            "lemma": trigger.lemma_.lower(), "tense": tense,
            "date_start": date_start, "date_end": date_end, "date_basis": basis, "timex_id": timex_id,
            "place": self.place, "participants": participants, "cluster_id": "",
            "agents": self._ids(roles.agents), "patients": self._ids(roles.patients),
        }

    def timed_row(self, trigger: Token, timex: TimexRow, timexes: list[TimexRow],
                  inherited: list[str]) -> BatchEvent | None:
        """The row of a verb its own time dates deep in the sentence (``timed_verbs``), dated by that time alone
        (``DocumentDating.own_time_of``); None where the time gives no calendar range or the verb names no
        one. ``inherited``: the main event's agents for a verb with no subject of its own ("Rescued on Nov. 25 by
        fishermen, Elian has become …": Elian), none for one inside what the main event reports ("Cooley said
        Orozco was charged with murdering the deputy on June 24": Cooley murdered no one)."""
        row = self.row(trigger, verb_tense(trigger), timexes, inherited=inherited, dated=False)
        dated = self.dating.own_time_of(self.sentence, trigger, timex, row["tense"], timexes, row["participants"])
        if dated is None or not row["participants"]:
            return None
        row["date_start"], row["date_end"], row["date_basis"], row["timex_id"] = dated
        published = self.dating.published
        if not _finite(trigger) and published:  # "charged with gunning down … last fall": past by its time
            row["tense"] = "past" if dated[1] < published else "future" if dated[0] > published else row["tense"]
        return row

    def _participants(self, roles: Roles, main: bool) -> list[str]:
        """Mention ids taking part: agents, speakers (main event), patients, others; the place left out.

        Only the main event falls back to every entity of the sentence when the
        parse finds no role for any, so no sentence loses them all.
        """
        said_by: list[str] = []
        in_roles = roles.all()
        if main:
            said_by = (speakers(self.sentence, self.located, self.stretches)
                       or quotation_speakers(self.sentence, self.stretches, self.document_mentions))
            in_roles = [m for m in in_roles if m != self.place] or self._bystanders()
        return self._ids([*roles.agents, *said_by, *in_roles])

    def _bystanders(self) -> list[str]:
        """The sentence's mentions, when the parse gives none a role: all but those that only qualify
        a noun ("Jobs' health", "iPhone 4 owners"), which tell of no part in the event."""
        located = self.located
        return [m["mention_id"] for m in self.mentions
                if m["mention_id"] not in located.head_of or not located.qualifies_only(m["mention_id"])]

    def _ids(self, mention_ids: list[str]) -> list[str]:
        """Stand-ins replaced by their antecedents, each mention once, the place left out."""
        ids = (self.alias.get(m, m) for m in mention_ids)
        return [m for m in dict.fromkeys(ids) if m != self.place]


def _stand_in(token: Token, antecedent: str) -> tuple[BatchMention, str]:
    """A mention row for a resolved pronoun or description, so the parse can give it a role."""
    row: BatchMention = {"mention_id": f"{antecedent}@{token.i}", "doc_id": "", "entity_id": "",
                         "text": token.text, "type": "", "start": token.idx, "end": token.idx + len(token.text),
                         "key": ""}
    return row, antecedent


def _reported_under(verb: Token, trigger: Token) -> bool:
    """Whether the verb lies inside a clause the trigger reports ("Cooley said Orozco was charged with murdering
    the deputy on June 24": the speaker is no actor of what is reported)."""
    node = verb
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.i == trigger.i:
            return True
        node = node.head
    return False


def further_triggers(trigger: Token, timexes: list[TimexRow]) -> list[Token]:
    """The other happenings of the main event's sentence, each a verb heading its own clause.

    What a report reports ("said the company expects to cut …" → cut), verbs
    coordinated with the trigger ("welcomed everyone … and announced"; not a bare
    "-ing" list), and adverbial clauses of time ("While introducing iPhone 4, …");
    a frame verb hands over to the verb it frames, as for the main event, and a
    reported copular clause gives its event noun (``nominal_trigger``). Reported
    and coordinated clauses are followed one level further down. A participial
    clause that makes someone do something tells that happening, done by its
    object ("…, prompting Apple Corps to file suit again in 1989": Apple Corps files;
    ``_made_to``).
    """
    found: list[Token] = []
    frontier = [(trigger, 0)]
    while frontier:
        verb, depth = frontier.pop(0)
        for child in [*verb.children, *_relative_clauses(verb)]:
            made = _made_to(child)
            if made is not None and made not in found:
                found.append(made)
                continue
            if child.dep_ != "relcl" and not _own_clause(verb, child):
                continue
            framed = _framed(child)
            if framed.lemma_.lower() in PREPOSITION_LIKE:
                continue
            if framed.lemma_.lower() in NON_EVENT_LEMMAS:
                noun = nominal_trigger(framed, timexes) if child.dep_ == "ccomp" else None
                if noun is not None and noun not in found:
                    found.append(noun)
            elif framed.i != trigger.i and framed not in found:
                found.append(framed)
                if depth < 1:
                    frontier.append((framed, depth + 1))
    return found


def nominal_happenings(sentence: Span, taken: list[Token], located: SentenceMentions,
                       timexes: list[TimexRow]) -> list[tuple[Token, TimexRow | None]]:
    """Event nouns of the sentence that tell a happening of their own, each with its own time (or None).

    A noun whose most frequent WordNet sense is an act or happening ("invasion", "arrest",
    "earthquake") counts when it has a time of its own ("last year's efforts", "the March 3
    earthquake"), or when that sense is a verb's act and it has a participant of its own (a
    possessive or an "of"/"by" entity: "Iraq's invasion of Kuwait", "the arrest of Lindsay
    Lohan"; not "Cash's career", "Labour's leadership"). Left out: the sentence's triggers and
    nouns naming their action ("announced … the announcement"), the object of a light verb
    ("made an offer": the verb's event is the noun's), nouns inside a name, and plurals
    without a possessive or a time ("protests of residents" are many, told of no one).
    """
    found: list[tuple[Token, TimexRow | None]] = []
    named = _named_tokens(sentence, located)
    for noun in (sentence.doc[i] for i in tokens_where(sentence, _NOUNS_KEY, _nouns)):
        if noun.pos_ != "NOUN" or noun.i in named or not _action_noun(noun) or _told_already(noun, taken) \
                or _names_a_body(noun):
            continue
        own = _own_time(noun, timexes)
        if own is None and not _names_a_verbs_act(noun):
            continue
        possessor = any(c.dep_ == "poss" and c.i in located.mention_at for c in noun.children)
        if own is None and not possessor and (noun.tag_ == "NNS" or not _of_or_by_entity(noun, located)):
            continue
        found.append((noun, own or _time_after(noun, timexes)))
    return found


_NOUNS_KEY = "explorer_nouns"
_NAMED_KEY = "explorer_in_a_model_name"


def _nouns(columns: TokenColumns) -> np.ndarray:
    return columns.pos == NOUN


def _in_a_model_name(columns: TokenColumns) -> np.ndarray:
    return columns.ent_type != 0


def _action_noun(noun: Token) -> bool:
    """WordNet's most frequent sense of the noun is an act or happening (``wordnet``), and it is not a
    word whose act sense names no one happening ("role", "case", "market")."""
    lemma = noun.lemma_.lower()
    senses = senses_of(lemma, "n")
    return bool(senses) and bool(senses[0]) and lemma not in NOT_HAPPENING_NOUNS


def _names_a_body(noun: Token) -> bool:
    """"Telerate's management expects …", "a hoped-for goal of Telerate's management": a noun of ``BODY_NOUNS`` with
    no "of" of what is managed or administered names the people, not their act (AM#6, judged not datable)."""
    return noun.lemma_.lower() in BODY_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                        for c in noun.children)


def _names_a_verbs_act(noun: Token) -> bool:
    """The noun's most frequent sense is the act of a verb ("arrest", "death" → die, "takeover"): without a
    time of its own, a noun whose act is no verb's names a role or an amount ("career", "leadership", "sales")."""
    senses = senses_of(noun.lemma_.lower(), "n")
    return bool(senses) and not senses[0].isdisjoint(_verb_action_keys())


@lru_cache(maxsize=1)
def _verb_action_keys() -> frozenset[int]:
    """Every action key of every WordNet verb sense (read once, from the cells as written: parsing each verb
    through ``senses_of`` took 0.8 s and filled its cache with every verb)."""
    return frozenset(int(key) for (_, pos), cells in action_senses().items() if pos == "v"
                     for cell in cells.split(" ") if cell != "-" for key in cell.split("+"))


def _told_already(noun: Token, taken: list[Token]) -> bool:
    """The noun is a trigger, names a trigger's action, or is the object of a light-verb trigger."""
    for trigger in taken:
        if noun.i == trigger.i or can_name_one_action(noun.lemma_.lower(), trigger.lemma_.lower(), "n",
                                                      "n" if trigger.pos_ == "NOUN" else "v"):
            return True
    head = noun.head
    return noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in LIGHT_VERBS and any(t.i == head.i for t in taken)


def _named_tokens(sentence: Span, located: SentenceMentions) -> set[int]:
    """Tokens inside an entity's name ("the Department of Defense", "Operation Desert Storm")."""
    inside = set(tokens_where(sentence, _NAMED_KEY, _in_a_model_name))  # the tokens with an entity type
    for head in located.head_of.values():
        inside |= {t.i for t in head.subtree if t.i <= head.i} if head.pos_ == "PROPN" else {head.i}
    return inside


def _own_time(noun: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """A dated time expression that modifies the noun from before it ("last year's", "the March 3")."""
    for timex in timexes:
        if not timex["date_start"] or timex["type"] not in ("DATE", "TIME") or timex["end"] > noun.idx:
            continue
        span = noun.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and ((span.root.head.i == noun.i and span.root.dep_ in NOUN_TIME_DEPS)
                                 or _written_before_it(span, noun)):
            return timex
    return None


def _written_before_it(span: Span, noun: Token) -> bool:
    """"the October 1998 shooting death of Dr. Slepian": a date written between "the" and the noun (or the noun's
    head it is a word of) premodifies it, however the parse hangs it ("October" the object of "in", "shooting" a
    clause of its own, "bombing" an apposition after "the Dec. 21, 1988,")."""
    doc = noun.doc
    # "the Dec. 21, 1988, bombing of Pan Am Flight 103" (CI#1, stamped the publication day): a full date is closed
    # by a comma before its noun in news style
    end = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or end != noun.i:
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "NN" for t in doc[span.start:span.end])


def _time_after(noun: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """A dated time expression that a preposition of the noun holds ("the slated visit of U.S. Commerce Secretary
    William Daley in September", "the meeting on Tuesday"): the happening's own time, not its clause verb's ("had
    been talking about" it). It dates a noun found for other reasons; it does not make one an event."""
    for timex in timexes:
        if not timex["date_start"] or timex["type"] not in ("DATE", "TIME") or timex["start"] < noun.idx:
            continue
        span = noun.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        preposition = span.root.head
        if preposition.dep_ == "prep" and preposition.lower_ in NOUN_TIME_PREPOSITIONS and preposition.head.i == noun.i:
            return timex
    return None


def _of_or_by_entity(noun: Token, located: SentenceMentions) -> bool:
    """An entity in an "of" or "by" phrase of the noun ("the arrest of Lindsay Lohan")."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(
        o.dep_ == "pobj" and o.i in located.mention_at for o in c.children) for c in noun.children)


def _clause_verb(trigger: Token) -> Token:
    """The verb whose clause an event noun belongs to (the noun itself when none): dates and tense."""
    def a_clause(token: Token) -> bool:  # "following Apple's purchase of NeXT": a participle as a preposition is none
        return token.pos_ in ("VERB", "AUX") and (token.dep_ != "prep" or token.i == trigger.i)

    token = trigger
    while not a_clause(token) and token.head.i != token.i:
        token = token.head
    return token if a_clause(token) else trigger


def _speaks_a_quotation(sentence: Span, trigger: Token, stretches: list[tuple[int, int]]) -> bool:
    """The event is the verb outside the quotation marks that reports the sentence's quoted main verb: the
    sentence's tense is the quotation's, not the report's."""
    verb = main_verb(sentence)
    return verb is not None and verb.i != trigger.i and is_quoted(verb, stretches) and not is_quoted(trigger, stretches)


def _clause_tense(noun: Token, tense: str) -> str:
    """An event noun's tense is its clause verb's; the sentence's when it hangs from none."""
    verb = _clause_verb(noun)
    return verb_tense(verb) if verb.i != noun.i else tense


def _relative_clauses(verb: Token) -> list[Token]:
    """Finite relative clauses on the verb's subject and object ("released an application that limits
    the volume …"): a happening of their own, told of a participant."""
    return [c for argument in verb.children if argument.dep_ in ("nsubj", "nsubjpass", "dobj")
            for c in argument.children if c.dep_ == "relcl" and c.pos_ == "VERB" and _finite(c)]


def nominal_trigger(verb: Token, timexes: list[TimexRow]) -> Token | None:
    """The event noun of a copular clause with its own time ("Deliveries … are not due until October").

    Only when the clause's subject is a noun naming a happening (``event_noun``) and
    a time expression lies inside the clause: "The merger was in 1998" is an event,
    "The company is large" is not.
    """
    if verb.lemma_.lower() not in NON_EVENT_LEMMAS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not event_noun(subject):
        return None
    low, high = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    dated = any(t["date_start"] and t["type"] in ("DATE", "TIME") and low <= t["start"] < high for t in timexes)
    return subject if dated else None


def event_noun(token: Token) -> bool:
    """A noun that names a happening: a known one ("sale", "launch") or a verb made noun ("-tion", "-ment")."""
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return True
    return lemma.endswith(EVENT_SUFFIXES) and lemma not in NOT_EVENT_NOUNS


def _made_to(clause: Token) -> Token | None:
    """The verb a participial adverbial clause makes its object do ("…, prompting Apple Corps to file suit",
    "forcing Maersk to divert its ships"): a happening of its own, unlike a participle that only describes
    the main event ("…, marking a shift"). None for any other clause."""
    if not makes_act(clause):
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def _own_clause(verb: Token, child: Token) -> bool:
    """The child verb heads a clause that reports a happening of its own."""
    if child.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ == "ccomp":
        return verb.lemma_.lower() in REPORTING_LEMMAS
    if child.dep_ == "conj":
        return _finite(child)
    if child.dep_ != "advcl" or child.pos_ != "VERB":
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in child.children)


def _finite(verb: Token) -> bool:
    """A tensed verb, or one with a tensed auxiliary or modal: "… and announced", "… and will open";
    not a list of aims ("to advance …, deepen … and contribute") or of "-ing" forms."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                           for c in verb.children)


def _framed(verb: Token) -> Token:
    """The verb a frame verb hands over to ("expects to cut" → cut)."""
    while verb.lemma_.lower() in FRAME_LEMMAS:
        framed = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not framed:
            break
        verb = framed[0]
    return verb


def event_trigger(sentence: Span, stretches: list[tuple[int, int]]) -> Token | None:
    """The verb that names the sentence's event.

    The main verb, unless it lies inside a quotation and a reporting verb (else
    any verb) outside it has a subject ("“…,” Jaishankar posted"); a frame verb
    ("set", "expected", "plans") hands over to the verb it frames.
    """
    verb = main_verb(sentence)
    if verb is None or is_quoted(verb, stretches):
        verb = reporting_verb(sentence, stretches) or _narrating_verb(sentence, stretches) or verb
    return _framed(verb) if verb is not None else None


def _narrating_verb(sentence: Span, stretches: list[tuple[int, int]]) -> Token | None:
    """The first verb outside quotation marks that has a subject and does not describe a noun
    (a relative clause): what the narrator reports ("Jobs left this farewell, “I have made …”" → left)."""
    for token in sentence:
        if (token.pos_ == "VERB" and token.dep_ not in ("relcl", "acl") and not is_quoted(token, stretches)
                and has_subject(token)):
            return token
    return None

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
