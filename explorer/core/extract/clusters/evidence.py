"""Event-level evidence that two documents tell one happening, and how sure it makes us.

Documents alike in their words (``documents``) and events alike in their
sentences (``happening``) are only candidates: two stories about one government
department, or two undated articles on one topic, share words without sharing a
happening. Two events of different documents are *linked* only when the text says
they are one happening:

* **the same kind of action**: the same trigger lemma or a close one (one lemma
  the stem of the other: *shoot* / *shooting*, *elect* / *election*), or one
  WordNet says can name the same action (``extract.wordnet``: *kill* / *die*, *issue* /
  *release*, *passed away* / *died*), not a reporting or light verb (*say*,
  *make*, *take*), or both sentences name the same named happening ("Critical
  Minerals Ministerial"), or one kind of happening in a noun (*his death* / *died*),
  or one sentence reports the other's action in a that-clause with an entity in
  common (``reported``: *shocked to learn that Bettie Page passed away* / *died*);
* **and who or when**: participants in common beyond one broad entity (a person,
  or two entities; an organisation, country or group alone is too broad, and an
  entity named in a large share of the corpus's documents counts for nothing), or
  both events dated by the text to the same few days;
* **and no contradiction**: two events dated to short spans far apart are two
  happenings whatever they share; so are the same action done to other people
  (*Klitschko stopped Rahman* / *stopped Thompson*) and the same thing counted
  differently (``values``: *captured 23 pirates* / *captured 26 pirates*). A
  contradiction of the last kind also counts against joining the two documents'
  sets, as much as the action would have counted for it: two happenings of one
  kind share background actions (*escorted to Mumbai*) that would join them.

A year alone (an undated article recalling "1999") is not a date here: it makes
no link and raises no score. What links join is then split into one cluster per
action (``action_groups``): the arrest and the charge told by two outlets are two
events on a timeline, each told by both; an event a cluster's document tells
again later joins its action (``absorb_retold``: any source of the happening, for a further action too), as
does one it tells in another verb before the object the sources write (``absorb_told_in_other_verbs``,
``absorb_light_retellings``) and a statement quoting one a member states (``absorb_statements``). A light verb
WordNet says can name an action, written before the same object with the same people, is that action
(``_light_verbs_of_actions``: *put on injured reserve* / *placed on injured reserve*). One verb done to two
people apart is two actions
(``split_by_people``); statements reporting one action are one (``merge_statements``,
``absorb_reported_statements``). Each link gets a strength (``link_strength``); a
cluster's confidence is the mean, over its documents, of each one's strongest
link to another document of the cluster. docs/clusters.md lists what raises and
lowers it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

from explorer.core.extract.clusters.bipartition import clean_cut
from explorer.core.extract.clusters.labels import HAPPENING_NOUNS
from explorer.core.extract.wordnet import NO_KEYS, action_keys
from explorer.core.extract.clusters.reported import reported_verbs
from explorer.core.extract.clusters.terms import content_words
from explorer.core.extract.clusters.values import WEEKDAYS, counts_of, differ
from explorer.core.model import EntityRow, EventRow, MentionRow

WORD = re.compile(r"[a-z]+")
SAME_PARTICLE = {"into": "in", "onto": "on"}  # checked into = checked in
PARTICLE = re.compile(r"\s*(about|across|along|around|away|back|down|in|into|off|on|out|over|through|up)\b")

REPORTING = {"say", "tell", "report", "add", "note", "state", "write", "quote", "ask", "explain", "continue", "claim"}
REPORTING_AND_LIGHT = REPORTING | {
    "be", "have", "do", "make", "take", "get", "go", "come", "give", "see", "know", "want", "need", "seem",
    "become", "include", "use", "think", "believe", "expect", "look", "put", "keep", "let", "begin", "start",
    "try", "help", "show", "find", "mean", "feel", "leave", "call", "hold", "set", "run", "follow", "remain",
}
LIGHT_DEEDS = {  # light verbs that, with their people, tell a deed or a move: went to rehab, put on reserve, found dead
    "go", "come", "take", "give", "put", "find", "leave", "hold", "call",  # not being, having, seeing, meaning
}
STEM_CHARS = 5  # a shorter common start is chance (strike / strip)
STEM_SLACK = 2  # the common start may leave this many letters of the shorter lemma: injure / injury
ENTITY_WEIGHTS = {"PERSON": 1.0, "ORG": 0.5, "FAC": 0.5, "GPE": 0.25, "NORP": 0.25, "LOC": 0.25}  # others 1.0
ACTOR_TYPES = {"ORG"}
FREQUENT_SHARE = 0.1  # an entity named in this share of the documents or more says nothing about a happening
FREQUENT_MIN_DOCUMENTS = 10  # below this many documents, shares mean little
SHORT_SPAN_DAYS = 7
DATE_TOLERANCE_DAYS = 7
ACTION_SAME, ACTION_CLOSE, ACTION_NAMED, ACTION_KIND = 0.4, 0.3, 0.3, 0.3
KIND_PEOPLE = 2.0  # a kind of happening named with other verbs links with two people in common (or the same days):
# one party leader and "the election" are what a campaign's stories share (BBC val, fifth pass)
PARTICIPANTS_FULL = 0.35  # two persons, or four broad entities, in common
DATE_SAME_TEXT, DATE_SAME_PUBLISHED = 0.25, 0.1
DOCUMENT_EVIDENCE = 0.5
JOIN_EVIDENCE = 0.4  # a document joins a set of two or more on one shared, uncontradicted action (ECB+ 1-10)
ACTION_MIN_CONFIDENCE = 0.4  # a further action of the happening told by two sources in one verb is kept
REPORTED_MIN_PEOPLE = 0.5  # a reported action links with an entity in common (an organisation's weight or more)
NAME_WORD_WEIGHT = 0.5  # a capitalised word both sentences write, as an organisation (ECB+ 1-10 events, 11-35)
ATTACH_NAMES = 2  # written names in common that attach a document no action links (ECB+ 1-10: 1 and 3 worse)
SAME_PARTICIPANT = 0.5  # a light verb's events are one action with an organisation or a person in common
OTHER_VERB_OVERLAP = 0.34  # two verbs' groups are one action when at most a third of the sources tell both (ECB+ 1-10)
OBJECT_WINDOW = 4  # the words after a trigger read for its object
STATEMENT_WORDS = 6  # a reporting verb's events are one statement with this many content words in common (ECB+ 1-10)
DEED_OBJECT_SHARE = 0.5  # an event joins an action in another verb when this share of its sources write its object
LIGHT_OBJECT_SHARE = 0.5  # a light verb of a member's document joins when this share of the sources write its object
STATEMENT_VERBS = REPORTING | {"confirm", "announce", "reveal", "declare", "deny"}  # a source's statement (12th pass)
MIN_CONFIDENCE = 0.45  # a cluster held only by a bare verb or one shared person is dropped (BBC val, ECB+ 1-10)


@dataclass(frozen=True)
class Context:
    """What judging links needs beyond the events: entities per sentence, their kinds and frequency."""

    named: dict[str, frozenset[str]]  # event id -> entity ids named in its sentence (participants and place too)
    types: dict[str, str]  # entity id -> type
    frequent: frozenset[str]  # entity ids named in too many documents to tell happenings apart
    happening_names: frozenset[str]  # entity ids that name a happening
    guessed: frozenset[str]  # timex ids whose year was guessed from the corpus
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # event id -> happening nouns its sentence uses
    actions: dict[str, frozenset[int]] = field(default_factory=dict)  # event id -> WordNet action keys of its trigger
    kind_actions: dict[str, frozenset[int]] = field(default_factory=dict)  # event id -> action keys of its kinds
    phrasal: dict[str, str] = field(default_factory=dict)  # event id -> its phrasal verb WordNet knows ("check out")
    counts: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # event id -> the counts it states
    reported: dict[str, frozenset[int]] = field(default_factory=dict)  # event id -> action keys of what it reports
    person_words: dict[str, frozenset[str]] = field(default_factory=dict)  # person's entity id -> its name's words
    written_names: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)  # event id -> the words of
    # each name its sentence writes (split once: compared for every pair of events)
    entity_words: dict[str, frozenset[str]] = field(default_factory=dict)  # entity id -> its name's words
    document_terms: dict[str, frozenset[str]] = field(default_factory=dict)  # doc id -> the details it writes
    # (``bipartition.written_terms``): where an action told by many sources is two occurrences


def context(
    events: Sequence[EventRow], mentions: Sequence[MentionRow], entities: Sequence[EntityRow],
    document_count: int, happening_names: frozenset[str], guessed: frozenset[str],
) -> Context:
    """The context for ``events``: each sentence's entities from the mentions inside it."""
    starts: dict[str, list[tuple[int, str]]] = defaultdict(list)  # doc id -> (mention start, entity id), sorted
    documents_naming: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        starts[mention["doc_id"]].append((mention["start"], mention["entity_id"]))
        documents_naming[mention["entity_id"]].add(mention["doc_id"])
    for found in starts.values():
        found.sort()
    named = {}
    for event in events:
        in_document = starts.get(event["doc_id"], [])
        end = event.get("end", event["start"] + len(event["sentence"]))
        first = bisect.bisect_left(in_document, (event["start"], ""))
        inside = {entity_id for start, entity_id in in_document[first:bisect.bisect_left(in_document, (end, ""))]}
        inside.update(event["participants"])
        if event.get("place"):
            inside.add(event["place"])
        named[event["event_id"]] = frozenset(e for e in inside if e)
    frequent = _frequent(documents_naming, document_count)
    kinds = {e["event_id"]: happening_kinds(e["sentence"]) for e in events}
    phrasal = {e["event_id"]: verb for e in events if (verb := phrasal_verb(e))}
    actions = {e["event_id"]: trigger_actions(e, phrasal.get(e["event_id"], "")) for e in events}
    kind_actions = {event_id: frozenset().union(*(action_keys(k, "n") for k in found))
                    for event_id, found in kinds.items() if found}
    counts = {e["event_id"]: stated for e in events if (stated := counts_of(e["sentence"]))}
    reported = {e["event_id"]: keys for e in events if (keys := _reported_actions(e)) - actions[e["event_id"]]}
    types = {e["entity_id"]: e["type"] for e in entities}
    entity_words = {e["entity_id"]: words for e in entities if (words := name_words(e["name"]))}
    person_words = {e: words for e, words in entity_words.items() if types[e] == "PERSON"}
    return Context(named, types, frequent, happening_names, guessed, kinds, actions, kind_actions, phrasal, counts,
                   reported, person_words, _sentence_names(events, document_count), entity_words)


CAPITALISED = re.compile(r"[A-Za-z][A-Za-z'-]+")
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", *WEEKDAYS})


def _sentence_names(events: Sequence[EventRow], document_count: int) -> dict[str, tuple[frozenset[str], ...]]:
    """Each event's names written inside its sentence: runs of capitalised words (not its first word, stop words,
    titles, months or weekdays), lower-cased, one run one name ("Axa Sun Life"); names that a large share of the
    documents write are left out, as frequent entities are.

    The entity step misses names (a shop chain, a small town: *a fire destroyed the Waitrose store in
    Banstead*); a name both sentences write is who or where the action is, whether or not it was recognised."""
    found: dict[str, frozenset[str]] = {}
    documents_using: dict[str, set[str]] = defaultdict(set)
    for event in events:
        names, run = set(), []
        for n, match in enumerate(CAPITALISED.finditer(event["sentence"] + " .")):
            token, word = match.group(), match.group().lower()
            if n and token[0].isupper() and not (token.isupper() and len(token) <= 3) and word not in STOP_WORDS \
                    and word not in CALENDAR_WORDS and word not in NOT_NAME_WORDS:
                run.append(word)
                continue
            if run:
                names.add(" ".join(run))
                run = []
        for name in names:
            documents_using[name].add(event["doc_id"])
        found[event["event_id"]] = frozenset(names)
    common = _frequent(documents_using, document_count)
    return {event_id: tuple(frozenset(name.split()) for name in names - common) for event_id, names in found.items()}


def _frequent(documents_using: dict[str, set[str]], document_count: int) -> frozenset[str]:
    """The keys (entities, written names) that a large share of the documents use: they say nothing about a
    happening."""
    if document_count < FREQUENT_MIN_DOCUMENTS:
        return frozenset()
    return frozenset(key for key, docs in documents_using.items() if len(docs) >= FREQUENT_SHARE * document_count)


NOT_NAME_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "jr", "sr", "ii", "iii", "iv"})


def name_words(name: str) -> frozenset[str]:
    """The words of a person's name that tell who it is, without titles and generational suffixes."""
    return frozenset(WORD.findall(name.lower())) - NOT_NAME_WORDS


def one_person(x: str, y: str, ctx: Context) -> bool:
    """Whether two person entities can be one person: the same entity, or one name's words all in the other's
    ("Jenkin" / "John Jenkin", "Joseph Comeaux" / "Arcade Joseph Comeaux Jr."). Each source names a person
    its own way, and one that names only the surname gets an entity of its own: told apart by string, the
    same man arrested in two reports would be two people and the two reports two happenings."""
    if x == y:
        return True
    words_x, words_y = ctx.person_words.get(x, frozenset()), ctx.person_words.get(y, frozenset())
    return bool(words_x) and bool(words_y) and _one_name(words_x, words_y)


def _unmatched_people(people: set[str], others: frozenset[str] | set[str], ctx: Context) -> set[str]:
    """The people of ``people`` that no entity of ``others`` can be (``one_person``)."""
    return {p for p in people if not any(one_person(p, o, ctx) for o in others)}


def _reported_actions(event: EventRow) -> frozenset[int]:
    """The action keys of what the event's sentence reports after its trigger in a ``that``-clause of a verb
    of reporting or learning (``reported``: *shocked to learn that Bettie Page passed away*)."""
    offset = max(0, event.get("trigger_start", event["start"]) - event["start"])
    verbs = [v for v in reported_verbs(event["sentence"], offset) if names_an_action(v.split()[0])]
    return frozenset().union(*(action_keys(v) for v in verbs)) if verbs else NO_KEYS


def phrasal_verb(event: EventRow) -> str:
    """The trigger with the particle after it ("check out", "pass away") when WordNet knows the pair, else ""."""
    lemma = event["lemma"].lower()
    offset = event.get("trigger_end", 0) - event["start"]
    particle = PARTICLE.match(event["sentence"], offset) if 0 < offset <= len(event["sentence"]) else None
    if not particle:
        return ""
    verb = f"{lemma} {SAME_PARTICLE.get(particle.group(1), particle.group(1))}"
    return verb if action_keys(verb) else ""


def opposite_particles(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether one verb with two particles tells two actions: *checked into* rehab and *checked out of* it."""
    verb_a, verb_b = ctx.phrasal.get(a["event_id"], ""), ctx.phrasal.get(b["event_id"], "")
    return bool(verb_a) and bool(verb_b) and verb_a != verb_b and not action_keys(verb_a) & action_keys(verb_b)


def trigger_actions(event: EventRow, phrasal: str) -> frozenset[int]:
    """The WordNet action keys of the event's trigger (``extract.wordnet``): of its ``phrasal`` verb when a particle
    follows it and WordNet knows the pair (``phrasal_verb``: *passed away* is *die*, *passed* alone is not),
    else of its lemma; a trigger that is a noun of an act WordNet knows and no verb (a nominal event: *the death*
    of, *the shooting*) has its noun's keys, which hold the verb it derives from (*death* / *die*): sources tell
    one action in a noun and in a verb (ninth pass, ECB+ 11-35 events +2.6). Reporting and light verbs have none:
    they tell no action."""
    lemma = event["lemma"].lower()
    if not names_an_action(lemma):
        return NO_KEYS
    return action_keys(phrasal or lemma) or action_keys(lemma, "n")


KIND_NOUNS = HAPPENING_NOUNS | {  # common nouns that name a kind of happening in news (not a body or a thing)
    "fire", "blaze", "explosion", "blast", "storm", "tsunami", "eruption", "collision", "accident", "derailment",
    "robbery", "heist", "burglary", "theft", "murder", "killing", "stabbing", "kidnapping", "hijacking", "arrest",
    "raid", "strike", "walkout", "outage", "blackout", "recall", "merger", "takeover", "acquisition", "bankruptcy",
    "resignation", "nomination", "appointment", "verdict", "ruling", "sentencing", "hearing", "inquest", "funeral",
    "wedding", "overdose", "injury", "death", "bout", "fight",
}


def happening_kinds(sentence: str) -> frozenset[str]:
    """The kinds of happening a sentence names in common nouns ("the earthquake", "the fire", "his arrest")."""
    return frozenset(w for w in WORD.findall(sentence.lower()) if w in KIND_NOUNS)


def close_lemmas(a: str, b: str) -> bool:
    """The same lemma, or one the stem of the other (``STEM_CHARS`` letters or more in common at the start)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= STEM_CHARS and common >= min(len(a), len(b)) - STEM_SLACK


def names_an_action(lemma: str) -> bool:
    """Whether a trigger's lemma can tell what happened: a word (not a dash or a number parsed as the
    trigger) that is not a reporting or light verb."""
    return lemma not in REPORTING_AND_LIGHT and any(c.isalpha() for c in lemma)


def action_strength(a: EventRow, b: EventRow, ctx: Context) -> float:
    """How surely the two events are the same kind of action (0 when they are not)."""
    if ctx.named[a["event_id"]] & ctx.named[b["event_id"]] & ctx.happening_names:
        return ACTION_NAMED
    la, lb = a["lemma"].lower(), b["lemma"].lower()
    if not (names_an_action(la) and names_an_action(lb)):
        return 0.0
    if close_lemmas(la, lb) and not opposite_particles(a, b, ctx):
        return ACTION_SAME if la == lb else ACTION_CLOSE
    return ACTION_CLOSE if synonyms(a, b, ctx) else 0.0


def reports_the_action(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether one event's sentence reports, in a that-clause, the action the other's trigger names."""
    ids = a["event_id"], b["event_id"]
    return bool(ctx.reported.get(ids[0], NO_KEYS) & ctx.actions.get(ids[1], NO_KEYS)
                or ctx.reported.get(ids[1], NO_KEYS) & ctx.actions.get(ids[0], NO_KEYS))


def same_kind(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether both sentences tell one kind of happening: the same happening noun, nouns WordNet puts in
    one synset (*quake* / *earthquake*), or one sentence's noun and the other's verb (*his death* / *died*)."""
    ids = a["event_id"], b["event_id"]
    if ctx.kinds.get(ids[0], frozenset()) & ctx.kinds.get(ids[1], frozenset()):
        return True
    nouns_a, nouns_b = ctx.kind_actions.get(ids[0], NO_KEYS), ctx.kind_actions.get(ids[1], NO_KEYS)
    return bool(nouns_a & (nouns_b | ctx.actions.get(ids[1], NO_KEYS)) or nouns_b & ctx.actions.get(ids[0], NO_KEYS))


def synonyms(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether WordNet says the two triggers can name one action (*die* / *kill*, *issue* / *release*)."""
    return bool(ctx.actions.get(a["event_id"], NO_KEYS) & ctx.actions.get(b["event_id"], NO_KEYS))


def participant_weight(a: EventRow, b: EventRow, ctx: Context) -> float:
    """The entities both sentences name, a person counting 1, an organisation 0.5, a place or group 0.25; frequent ones 0."""
    shared = (ctx.named[a["event_id"]] & ctx.named[b["event_id"]]) - ctx.frequent - ctx.happening_names
    return sum(ENTITY_WEIGHTS.get(ctx.types.get(e, ""), 1.0) for e in shared)


def written_names_weight(a: EventRow, b: EventRow, ctx: Context) -> float:
    """The names both sentences write that no entity both name stands for, each as an organisation: names the
    entity step missed or told apart ("a fire destroyed the Waitrose store in Banstead"; "Cliffside Rehab
    Center" / "Cliffside"). One name written shorter in one sentence is one name."""
    names_a, names_b = ctx.written_names.get(a["event_id"], ()), ctx.written_names.get(b["event_id"], ())
    if not names_a or not names_b:
        return 0.0
    shared = ctx.named[a["event_id"]] & ctx.named[b["event_id"]]
    known = [ctx.entity_words[e] for e in shared if e in ctx.entity_words]
    written = [words for words in names_a if any(_one_name(words, other) for other in names_b)]
    return NAME_WORD_WEIGHT * sum(1 for words in written if not any(_one_name(words, entity) for entity in known))


def _one_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name written shorter in one sentence ("Banstead" / "Banstead High Street")."""
    return a <= b or b <= a


def other_happening(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether both sentences name happenings (a summit, a ministerial) and none in common."""
    named_a, named_b = ctx.named[a["event_id"]] & ctx.happening_names, ctx.named[b["event_id"]] & ctx.happening_names
    return bool(named_a) and bool(named_b) and not named_a & named_b


def other_people(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether the same action is done by or to others: both sentences name people and none in common,
    or both events' own participants include people or organisations and none in common, or each event's
    own participants hold a person the other sentence never names (*Klitschko stopped Rahman* /
    *Klitschko stopped Thompson*: the champion in common, the challengers not). People are compared by
    ``one_person``: "Jenkin" in one report is "John Jenkin" in the other."""
    people_a = {e for e in ctx.named[a["event_id"]] if ctx.types.get(e) == "PERSON"} - ctx.frequent
    people_b = {e for e in ctx.named[b["event_id"]] if ctx.types.get(e) == "PERSON"} - ctx.frequent
    if people_a and people_b and _unmatched_people(people_a, people_b, ctx) == people_a:
        return True
    actors_a = {e for e in a["participants"] if ctx.types.get(e) in ACTOR_TYPES} - ctx.frequent
    actors_b = {e for e in b["participants"] if ctx.types.get(e) in ACTOR_TYPES} - ctx.frequent
    if actors_a and actors_b and not actors_a & actors_b:
        return True
    own_a = {e for e in a["participants"] if ctx.types.get(e) == "PERSON"} - ctx.frequent
    own_b = {e for e in b["participants"] if ctx.types.get(e) == "PERSON"} - ctx.frequent
    return bool(_unmatched_people(own_a, ctx.named[b["event_id"]], ctx)) \
        and bool(_unmatched_people(own_b, ctx.named[a["event_id"]], ctx))


def other_counts(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether the two sentences count one thing with no value in common (``values.differ``): "captured 23
    pirates" and "captures 26 Somali pirates", "his 5th title defence" and "his 7th"."""
    return differ(ctx.counts.get(a["event_id"], {}), ctx.counts.get(b["event_id"], {}))


def short_span(event: EventRow, ctx: Context) -> tuple[date, date] | None:
    """The event's date when the text (or the publication date) puts it within a few days and the year is known."""
    start, end = event["date_start"], event["date_end"]
    if not start or not end or event["date_basis"] not in ("timex", "dct", "narrative") or event["timex_id"] in ctx.guessed:
        return None
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return (first, last) if (last - first).days <= SHORT_SPAN_DAYS else None


def bounds(event: EventRow, ctx: Context) -> tuple[date | None, date | None]:
    """The earliest and latest day the event can be on, None where open or unknown (a guessed year says nothing)."""
    if event["date_basis"] == "none" or event["timex_id"] in ctx.guessed:
        return None, None
    start, end = event["date_start"], event["date_end"]
    return (date.fromisoformat(start) if start else None), (date.fromisoformat(end) if end else None)


def date_relation(a: EventRow, b: EventRow, ctx: Context) -> str:
    """'same' (both dated to near short spans), 'apart' (their possible days are far apart) or 'unknown'.

    An event dated only "on or before 13 January" is apart from one on 4 February.
    """
    (a_first, a_last), (b_first, b_last) = bounds(a, ctx), bounds(b, ctx)
    if (a_last and b_first and (b_first - a_last).days > DATE_TOLERANCE_DAYS) or (
            b_last and a_first and (a_first - b_last).days > DATE_TOLERANCE_DAYS):
        return "apart"
    return "same" if short_span(a, ctx) is not None and short_span(b, ctx) is not None else "unknown"


def link_strength(a: EventRow, b: EventRow, ctx: Context) -> float:
    """0 when the two events are not shown to be one happening, else the evidence's strength in (0, 1]."""
    if a["doc_id"] == b["doc_id"]:
        return 0.0
    relation = date_relation(a, b, ctx)
    if relation == "apart" or other_people(a, b, ctx) or other_happening(a, b, ctx) or other_counts(a, b, ctx):
        return 0.0
    action = action_strength(a, b, ctx)
    people = participant_weight(a, b, ctx)
    if not action and same_kind(a, b, ctx) and (people >= KIND_PEOPLE or relation == "same"):
        action = ACTION_KIND  # other verbs, one kind of happening named, and two people or the days in common
    if not action and people >= REPORTED_MIN_PEOPLE and reports_the_action(a, b, ctx):
        action = ACTION_CLOSE  # one tells the action, the other reports it in a that-clause, of someone in common
    if not action:
        return 0.0
    people += written_names_weight(a, b, ctx)
    dated = 0.0
    if relation == "same":
        both_text = a["date_basis"] != "dct" and b["date_basis"] != "dct"
        dated = DATE_SAME_TEXT if both_text else DATE_SAME_PUBLISHED
    return min(1.0, action + PARTICIPANTS_FULL * min(people, 2.0) / 2.0 + dated)


def linked_happenings(members: list[EventRow], ctx: Context) -> list[tuple[list[EventRow], float, frozenset[str]]]:
    """The documents of a candidate happening that links join, each set with its linked events and confidence.

    Documents start apart and sets of them merge, strongest first, while the links
    between two sets add up to ``DOCUMENT_EVIDENCE`` (each kind of action counted
    once, by its strongest link between the two sets): one action shared with people
    or dates does, one bare shared verb does not, two do. A set is kept when it
    spans two documents or more; its members are the events with a link inside it
    (events with none stay out: a background sentence is not evidence), and then
    the events of documents no action links that share people with them
    (``_attach_by_participants``).
    """
    contradicted: list[tuple[EventRow, EventRow, float]] = []
    links = event_links(members, ctx, contradicted)
    keyed = [(a["doc_id"], b["doc_id"], strength, _action_key(a, b, ctx)) for a, b, strength in links]  # once
    keyed_against = [(a["doc_id"], b["doc_id"], strength, _action_key(a, b, ctx)) for a, b, strength in contradicted]
    part_of = {e["doc_id"]: e["doc_id"] for e in members}
    while True:
        totals = _strongest_per_action(keyed, part_of)
        against = _strongest_per_action(keyed_against, part_of)
        sizes = Counter(part_of.values())
        net = {pair: sum(v.values()) - sum(against.get(pair, {}).values()) for pair, v in totals.items()}
        scored = [(net[pair], pair) for pair in totals
                  if net[pair] >= (JOIN_EVIDENCE if max(sizes[pair[0]], sizes[pair[1]]) >= 2 else DOCUMENT_EVIDENCE)]
        if not scored:
            break
        _, (keep, gone) = max(scored)
        part_of = {d: keep if p == gone else p for d, p in part_of.items()}
    best: dict[tuple[str, str], float] = {}
    parts: dict[str, dict[str, EventRow]] = defaultdict(dict)
    for a, b, strength in links:
        if part_of[a["doc_id"]] == part_of[b["doc_id"]]:
            for x, y in ((a, b), (b, a)):
                parts[part_of[x["doc_id"]]][x["event_id"]] = x
                best[x["event_id"], y["doc_id"]] = max(best.get((x["event_id"], y["doc_id"]), 0.0), strength)
    listed = {key: [e for e in members if e["event_id"] in part] for key, part in parts.items()}
    counted_apart: dict[str, set[str]] = defaultdict(set)
    for a, b, _ in contradicted:
        counted_apart[a["doc_id"]].add(b["doc_id"])
        counted_apart[b["doc_id"]].add(a["doc_id"])
    _attach_by_participants(members, listed, best, ctx, counted_apart)
    out = []
    for part in listed.values():
        documents = {e["doc_id"] for e in part}
        sure = confidence(part, best, documents) if len(documents) >= 2 else 0.0
        if sure >= MIN_CONFIDENCE:
            told = _light_verb_links(members, part, ctx)
            shown = {e["event_id"] for e in part}
            part.extend(e for e in {id(x): x for link in told for x in link[:2]}.values() if e["event_id"] not in shown)
            one_action = _one_action_links(links, told, ctx) + _light_verbs_of_actions(part, ctx)
            out.extend(_cut_by_written_terms(
                action_groups(part, one_action + _told_in_other_verbs(part, one_action, ctx), sure, ctx), ctx))
    return out


def _one_action_links(
    links: list[tuple[EventRow, EventRow, float]], told: list[tuple[EventRow, EventRow, float]], ctx: Context,
) -> list[tuple[EventRow, EventRow, float]]:
    """The links that make two events one action: the same or a synonymous verb (``same_action``), a light
    verb's deed (``told``), and a named happening both sentences name only between events no such link ties
    to another source. A sentence whose verb another source tells too is in that verb's action; one whose
    verb no other source uses ("the Danube Water Summit *ended* with a treaty" beside "*signed* a treaty at
    the Danube Water Summit") is told as the happening the name says."""
    by_verb = [link for link in links if same_action(link[0], link[1], ctx)] + told
    placed = {e["event_id"] for link in by_verb for e in link[:2]}
    named = [link for link in links if link[0]["event_id"] not in placed and link[1]["event_id"] not in placed
             and ctx.named[link[0]["event_id"]] & ctx.named[link[1]["event_id"]] & ctx.happening_names]
    return by_verb + named


def _told_in_other_verbs(
    part: list[EventRow], links: list[tuple[EventRow, EventRow, float]], ctx: Context,
) -> list[tuple[EventRow, EventRow, float]]:
    """Links joining two action groups of the part that are one action told in two verbs: each group told by two
    sources or more, few sources telling both (at most ``OTHER_VERB_OVERLAP`` of the smaller group's: a source
    tells an action once, in its own verb, while two actions are told side by side), and two of their events,
    of two sources, with an own participant in common (an organisation's weight or more), the same word after
    the verb (its object: *checked into rehab* / *entered rehab*, *broke Ford's record* / *passed Ford*) and
    no contradiction. WordNet's keys miss such pairs; words or people alone join every two actions of a story
    (ECB+, eighth pass)."""
    groups = [g for g in _components(part, links) if len({e["doc_id"] for e in g}) >= 2]
    documents = [{e["doc_id"] for e in g} for g in groups]
    objects = {e["event_id"]: _object_word(e) for g in groups for e in g}
    joins = []
    for i, first in enumerate(groups):
        for j in range(i + 1, len(groups)):
            if len(documents[i] & documents[j]) > OTHER_VERB_OVERLAP * min(len(documents[i]), len(documents[j])):
                continue
            pair = next(((a, b) for a in first for b in groups[j] if a["doc_id"] != b["doc_id"]
                         and objects[a["event_id"]] and objects[a["event_id"]] == objects[b["event_id"]]
                         and _one_action_in_other_verbs(a, b, ctx)), None)
            if pair:
                joins.append((*pair, ACTION_CLOSE))
    return joins


def _light_verbs_of_actions(part: list[EventRow], ctx: Context) -> list[tuple[EventRow, EventRow, float]]:
    """Links between a light verb of deeds and an action verb of another source that WordNet says it can name
    (*was put on injured reserve* / *placed on injured reserve*), with the same word after both verbs and an own
    participant in common, uncontradicted (``_same_deed``). A light verb names many actions, so WordNet alone
    never ties it (``trigger_actions``); its object and its people say which one it is here."""
    objects = {e["event_id"]: _deed_object(e) for e in part}  # read once: the pairs below would read it again each
    links = []
    for a in (e for e in part if e["lemma"].lower() in LIGHT_DEEDS and objects[e["event_id"]]):
        keys = action_keys(a["lemma"].lower()) | action_keys(ctx.phrasal.get(a["event_id"], "") or a["lemma"].lower())
        for b in part:
            if b["doc_id"] != a["doc_id"] and keys & ctx.actions.get(b["event_id"], NO_KEYS) \
                    and objects[b["event_id"]] == objects[a["event_id"]] and _same_deed(a, b, ctx):
                links.append((a, b, ACTION_CLOSE))
    return links


def split_by_people(
    group: list[EventRow], links: list[tuple[EventRow, EventRow, float]], ctx: Context,
) -> list[list[EventRow]]:
    """The action group cut into one group per person it is done by or to, when its sentences name two people
    apart: one verb of two happenings of one story (*Jackson was arrested* in January, *Williams was arrested*
    in February, both Chargers; one climber *fell* on Friday, another on Saturday).

    A link refuses two events whose sentences name other people (``other_people``), but the groups are what
    the links connect, and sentences naming no one (*a second Chargers player has been arrested*, *he fell*)
    link to both and chain them into one action (twelfth pass: topic 35's two arrests, 84 wrong event pairs
    of ECB+ 1-35). Here the people named in the group's sentences (persons, not frequent ones) are one *camp*
    when they can be one person (``one_person``, or a name word in common: *Duncan Rait* / *Duncan Raite*,
    *Alexandros* / *Alexis Grigoropoulos*) or are named in one sentence together (*Obama nominated Benjamin*:
    the doer and the one it is done to are one action). With two camps or more, each named by sentences of two
    documents or more, each sentence naming a camp goes to it, and each other sentence to the camp its links
    inside the group weigh most toward (the camp of most documents when it has none)."""
    people = {e["event_id"]: {x for x in ctx.named[e["event_id"]] if ctx.types.get(x) == "PERSON"} - ctx.frequent
              for e in group}
    persons = sorted(set().union(*people.values()))
    if len(persons) < 2:
        return [group]
    parent = {p: p for p in persons}
    for n, x in enumerate(persons):
        for y in persons[n + 1:]:
            if one_person(x, y, ctx) or ctx.person_words.get(x, frozenset()) & ctx.person_words.get(y, frozenset()):
                _join(parent, x, y)
    for named in people.values():
        first, *rest = sorted(named) or [""]
        for other in rest:
            _join(parent, other, first)
    camp_of = {e["event_id"]: _root(parent, min(people[e["event_id"]])) for e in group if people[e["event_id"]]}
    documents: dict[str, set[str]] = defaultdict(set)
    for event in group:
        if event["event_id"] in camp_of:
            documents[camp_of[event["event_id"]]].add(event["doc_id"])
    camps = {camp for camp, docs in documents.items() if len(docs) >= 2}
    if len(camps) < 2:
        return [group]
    inside = {e["event_id"] for e in group}
    pull: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for a, b, strength in links:
        if a["event_id"] in inside and b["event_id"] in inside:
            for here, there in ((a, b), (b, a)):
                if (toward := camp_of.get(there["event_id"])) in camps:
                    pull[here["event_id"]][toward] += strength
    largest = max(sorted(camps), key=lambda camp: len(documents[camp]))
    out: dict[str, list[EventRow]] = defaultdict(list)
    for event in group:
        camp = camp_of.get(event["event_id"])
        if camp not in camps:
            weights = pull.get(event["event_id"])
            camp = max(sorted(weights), key=lambda c: weights[c]) if weights else largest
        out[camp].append(event)
    return list(out.values())


def _cut_by_written_terms(
    groups: list[tuple[list[EventRow], float, frozenset[str]]], ctx: Context,
) -> list[tuple[list[EventRow], float, frozenset[str]]]:
    """Each action group whose sources fall in two clean camps by the details they write (``bipartition.clean_cut``,
    the document step's test) cut in two: one verb of two occurrences in one story, Lohan's check-in at one
    clinic and at another, each told by its own sources naming its own clinic and lawyer. The documents stay
    one happening (the story's other sources write both camps' details, so the document step kept them whole):
    the part with more sources keeps the group's place and listed documents, the other is a further action."""
    out = []
    main = max(range(len(groups)), key=lambda n: len(groups[n][2]), default=-1)  # it lists every document
    for n, (events, sure, documents) in enumerate(groups):
        telling = sorted({e["doc_id"] for e in events})
        cut = clean_cut(telling, ctx.document_terms) if all(d in ctx.document_terms for d in telling) else None
        if cut is None:
            out.append((events, sure, documents))
            continue
        larger, smaller = sorted(cut, key=lambda side: (-len(side), side))
        own = set(smaller)
        out.append(([e for e in events if e["doc_id"] not in own], sure, documents if n == main else documents - own))
        out.append(([e for e in events if e["doc_id"] in own], sure, frozenset(own)))
    return out


def _components(part: list[EventRow], links: list[tuple[EventRow, EventRow, float]]) -> list[list[EventRow]]:
    """The part's events grouped by what the links connect."""
    parent = {e["event_id"]: e["event_id"] for e in part}
    for a, b, _ in links:
        if a["event_id"] in parent and b["event_id"] in parent:
            _join(parent, a["event_id"], b["event_id"])
    grouped: dict[str, list[EventRow]] = defaultdict(list)
    for event in part:
        grouped[_root(parent, event["event_id"])].append(event)
    return list(grouped.values())


K = TypeVar("K")  # a union-find forest's items


def _root(parent: dict[K, K], item: K) -> K:
    """The root of ``item`` in a union-find forest (``parent``), halving its path."""
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _join(parent: dict[K, K], item: K, into: K) -> None:
    """``item``'s tree put under the root of ``into``'s (``_root``)."""
    parent[_root(parent, item)] = _root(parent, into)


def _object_word(event: EventRow) -> str:
    """The first content word among the few after the trigger: what the action is done to or where (*rehab* in
    *checked herself into rehab*), "" when there is none."""
    offset = event.get("trigger_end", event["start"]) - event["start"]
    for word in WORD.findall(event["sentence"][offset:].lower())[:OBJECT_WINDOW]:
        if word not in STOP_WORDS and word != "away":
            return word
    return ""


def _one_action_in_other_verbs(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether two events of action verbs share an own participant (an organisation's weight or more) and nothing
    contradicts them (other days, people or counts)."""
    if not (names_an_action(a["lemma"].lower()) and names_an_action(b["lemma"].lower())):
        return False
    if date_relation(a, b, ctx) == "apart" or other_people(a, b, ctx) or other_counts(a, b, ctx):
        return False
    shared = (set(a["participants"]) & set(b["participants"])) - ctx.frequent
    return sum(ENTITY_WEIGHTS.get(ctx.types.get(e, ""), 1.0) for e in shared) >= SAME_PARTICIPANT


def _strongest_per_action(keyed: list[tuple[str, str, float, str]],
                          part_of: dict[str, str]) -> dict[tuple[str, str], dict[str, float]]:
    """For each pair of document sets, each kind of action's strongest link between them: a kind counts
    once however many sentences tell it, so one story retold many times is not many reasons to join."""
    out: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for doc_a, doc_b, strength, action in keyed:
        pa, pb = part_of[doc_a], part_of[doc_b]
        if pa != pb:
            actions = out[min(pa, pb), max(pa, pb)]
            actions[action] = max(actions.get(action, 0.0), strength)
    return out


def _light_verb_links(
    members: list[EventRow], part: list[EventRow], ctx: Context,
) -> list[tuple[EventRow, EventRow, float]]:
    """Links between events of a light verb of deeds (``LIGHT_DEEDS``: *went* to rehab, *put* on injured reserve,
    was *found* dead) in the part's documents: the same lemma and the same agent or patient (a person or an
    organisation among the events' own participants), uncontradicted. They never join documents (every story has someone *go* somewhere);
    inside a happening the documents already share, the same light verb of the same people told by two sources
    is one action. A reporting verb (*said*, *told*) links so only when the two sentences also share
    ``STATEMENT_WORDS`` content words or more: two sources quoting one statement of one speaker, not one
    speaker's several statements (without the words, ECB+ 1-10 lost event pairs)."""
    documents = {e["doc_id"] for e in part}
    by_lemma: dict[str, list[EventRow]] = defaultdict(list)
    for event in members:
        lemma = event["lemma"].lower()
        if event["doc_id"] in documents and (lemma in LIGHT_DEEDS or lemma in REPORTING) and event["participants"]:
            by_lemma["" if lemma in REPORTING else lemma].append(event)  # one reporting verb as good as another
    links = []
    for lemma, events in by_lemma.items():
        words = {e["event_id"]: set(content_words(e["sentence"])) for e in events} if not lemma else {}
        for n, a in enumerate(events):
            for b in events[n + 1:]:
                if a["doc_id"] == b["doc_id"] or date_relation(a, b, ctx) == "apart" or other_people(a, b, ctx) \
                        or other_counts(a, b, ctx):
                    continue
                if words and len(words[a["event_id"]] & words[b["event_id"]]) < STATEMENT_WORDS:
                    continue
                shared = (set(a["participants"]) & set(b["participants"])) - ctx.frequent
                weight = sum(ENTITY_WEIGHTS.get(ctx.types.get(e, ""), 1.0) for e in shared)
                if weight >= SAME_PARTICIPANT:
                    links.append((a, b, round(ACTION_SAME + PARTICIPANTS_FULL * min(weight, 2.0) / 2.0, 3)))
    return links


def action_groups(
    part: list[EventRow], links: list[tuple[EventRow, EventRow, float]], happening_confidence: float,
    ctx: Context | None = None,
) -> list[tuple[list[EventRow], float, frozenset[str]]]:
    """The part's events grouped by the action they tell, each group with its confidence and its documents.

    A happening told by several sources holds several actions (the arrest, the charge,
    the release on bail), each its own event on a timeline. Two events are one action
    when a link joins them (the same or a close trigger, or the same named happening,
    uncontradicted); groups are what the links connect, each split where its sentences name two people apart
    (``split_by_people``, with ``ctx``). The group spanning most documents
    is the main action: it holds the whole part's documents (``_main_action``) and its
    confidence. Any other group spanning two documents or more is kept when its confidence,
    the mean over its documents of each one's strongest link inside the group, is high enough.
    """
    inside = {e["event_id"] for e in part}
    best: dict[tuple[str, str], float] = {}
    for a, b, strength in links:
        if a["event_id"] in inside and b["event_id"] in inside:
            for x, y in ((a, b), (b, a)):
                key = (x["event_id"], y["doc_id"])
                best[key] = max(best.get(key, 0.0), strength)
    groups = _components(part, links)
    if ctx is not None:
        groups = [camp for group in groups for camp in split_by_people(group, links, ctx)]
    main = _main_action(groups)
    everyone = frozenset(e["doc_id"] for e in part)
    out = []
    for group in groups:
        documents = {e["doc_id"] for e in group}
        if group is main and len(everyone) >= 2 and documents:
            out.append((group, happening_confidence, everyone))
        elif len(documents) >= 2 and (sure := confidence(group, best, documents)) >= ACTION_MIN_CONFIDENCE:
            out.append((group, sure, frozenset(documents)))
    return out


def _action_key(a: EventRow, b: EventRow, ctx: Context) -> str:
    """What a link shares, counted once between two sets of documents: the named happening, or the lemma.
    A reporting or light verb is no action of its own: "said" in both of two links held by one kind of
    happening ("the election") is that kind once, not a second reason to join two campaign stories."""
    named = sorted(ctx.named[a["event_id"]] & ctx.named[b["event_id"]] & ctx.happening_names)
    if named:
        return "named " + named[0]
    if close_lemmas(a["lemma"], b["lemma"]) and names_an_action(a["lemma"].lower()):
        return min(a["lemma"].lower(), b["lemma"].lower())
    if synonyms(a, b, ctx):
        return "action %d" % min(ctx.actions[a["event_id"]] & ctx.actions[b["event_id"]])
    shared = ctx.kinds.get(a["event_id"], frozenset()) & ctx.kinds.get(b["event_id"], frozenset())
    if shared:
        return "kind " + min(shared)
    reported = (ctx.reported.get(a["event_id"], NO_KEYS) & ctx.actions.get(b["event_id"], NO_KEYS)) \
        | (ctx.reported.get(b["event_id"], NO_KEYS) & ctx.actions.get(a["event_id"], NO_KEYS))
    if reported:
        return "action %d" % min(reported)
    keys = (ctx.kind_actions.get(a["event_id"], NO_KEYS) | ctx.actions.get(a["event_id"], NO_KEYS)) \
        & (ctx.kind_actions.get(b["event_id"], NO_KEYS) | ctx.actions.get(b["event_id"], NO_KEYS))
    return "kind action %d" % min(keys)


def same_action(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether a link's two events tell one action: a close trigger or WordNet's synonyms (not only one kind,
    nor only one named happening). A named happening joins documents, but the sentences naming it tell
    several actions around it: the Academy *announced* the host, she *tweeted* it, she *hosted* the Oscars
    in 2007 (another ceremony of the same name); made one action they were half the wrong event pairs of
    ECB+ 1-35's topic 2 (eighth pass)."""
    return (close_lemmas(a["lemma"], b["lemma"]) and not opposite_particles(a, b, ctx)) or synonyms(a, b, ctx)


def event_links(
    members: list[EventRow], ctx: Context, contradicted: list[tuple[EventRow, EventRow, float]] | None = None,
) -> list[tuple[EventRow, EventRow, float]]:
    """Every link between events of different documents, comparing only events that could be the same action.

    Events are put in buckets by the first ``STEM_CHARS`` letters of their lemma and
    by each named happening they name, so the work grows with the events that share
    a kind of action, not with the square of the group.
    """
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(members):
        lemma = event["lemma"].lower()
        if names_an_action(lemma):
            buckets["l" + lemma[:STEM_CHARS]].append(i)
        for entity_id in ctx.named[event["event_id"]] & ctx.happening_names:
            buckets["h" + entity_id].append(i)
        for kind in ctx.kinds.get(event["event_id"], ()):
            buckets["k" + kind].append(i)
        for key in ctx.actions.get(event["event_id"], NO_KEYS) | ctx.kind_actions.get(event["event_id"], NO_KEYS) \
                | ctx.reported.get(event["event_id"], NO_KEYS):
            buckets[f"a{key}"].append(i)
    pairs = {(i, j) for bucket in buckets.values() for n, i in enumerate(bucket) for j in bucket[n + 1:]}
    links = []
    for i, j in sorted(pairs):
        strength = link_strength(members[i], members[j], ctx)
        if strength > 0:
            links.append((members[i], members[j], strength))
        elif contradicted is not None and (against := contradiction(members[i], members[j], ctx)):
            contradicted.append((members[i], members[j], against))
    return links


def contradiction(a: EventRow, b: EventRow, ctx: Context) -> float:
    """How strongly two events of different documents tell two happenings of one action: the strength of
    their action when they count one thing differently (``other_counts``), else 0. Other contradictions
    (other people, other days) only drop the link: counted against, they cost more recall than they gave."""
    if a["doc_id"] == b["doc_id"] or not same_action(a, b, ctx) or not other_counts(a, b, ctx):
        return 0.0
    return action_strength(a, b, ctx)


def _attach_by_participants(
    members: list[EventRow], parts: dict[str, list[EventRow]], best: dict[tuple[str, str], float], ctx: Context,
    against: dict[str, set[str]],
) -> None:
    """Add to the parts the documents no action links, when their events share people with a part's events.

    A document that tells the happening only through reporting verbs ("Lohan's
    representative said…") shares its participants with the linked events, not its
    action. Such an event joins (weakly: participants and dates are all the evidence)
    when it shares a person or two entities with an event of the part, names no
    other people than they do, and is not dated far from it. The document goes to
    the part it shares most with, never to a part one of whose documents counts its action differently
    (``against``: doc id -> the documents a contradicted link of the same action ties it to).
    """
    placed = {e["doc_id"] for part in parts.values() for e in part}
    by_document: dict[str, list[EventRow]] = defaultdict(list)
    for event in members:
        if event["doc_id"] not in placed:
            by_document[event["doc_id"]].append(event)
    for doc_id, events in sorted(by_document.items()):
        choice: tuple[float, str] | None = None
        joining: list[tuple[EventRow, str, float]] = []
        apart = against.get(doc_id, set())
        for key, part in sorted(parts.items()):
            if any(e["doc_id"] in apart for e in part):
                continue
            found = [(e, other["doc_id"], s) for e in events for other in part
                     if (s := attachment_strength(e, other, ctx)) > 0]
            total = sum(s for *_, s in found)
            if found and (choice is None or total > choice[0]):
                choice, joining = (total, key), found
        if choice is None:
            continue
        joined = {e["event_id"] for e, *_ in joining}
        parts[choice[1]].extend(e for e in events if e["event_id"] in joined)
        for event, other_doc, strength in joining:
            best[event["event_id"], other_doc] = max(best.get((event["event_id"], other_doc), 0.0), strength)


def _someone_in_common(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """Whether the two sentences share a person (or another entity of full weight), not only organisations or places."""
    shared = (ctx.named[a["event_id"]] & ctx.named[b["event_id"]]) - ctx.frequent - ctx.happening_names
    return any(ENTITY_WEIGHTS.get(ctx.types.get(e, ""), 1.0) >= 1.0 for e in shared)


def attachment_strength(a: EventRow, b: EventRow, ctx: Context) -> float:
    """The weak link of shared participants alone (0 when too weak or contradicted): a person in common, or two
    names both sentences write (``written_names_weight``: "the Mean Girls star checked in to the Cliffside Rehab
    Center in Malibu" beside a sentence naming Cliffside and Malibu, where the entity step found neither star nor
    clinic as the other sentence's entities)."""
    relation = date_relation(a, b, ctx)
    if a["doc_id"] == b["doc_id"] or relation == "apart":
        return 0.0
    people = participant_weight(a, b, ctx) + written_names_weight(a, b, ctx)
    if not (_someone_in_common(a, b, ctx) or people >= ATTACH_NAMES * NAME_WORD_WEIGHT):
        return 0.0
    if other_people(a, b, ctx) or other_happening(a, b, ctx):
        return 0.0
    return round(PARTICIPANTS_FULL * min(people, 2.0) / 2.0 + (DATE_SAME_PUBLISHED if relation == "same" else 0.0), 3)


def confidence(part: list[EventRow], best: dict[tuple[str, str], float], documents: set[str]) -> float:
    """The mean over the part's documents of each one's strongest link to another of them. Summed exactly
    (``math.fsum``): a set of ids is iterated in an order that changes with each process's string hashing,
    and a plain sum in another order could round to another third decimal (two engines' clusters differed so)."""
    strongest: dict[str, float] = defaultdict(float)
    for event in part:
        for other in documents - {event["doc_id"]}:
            strongest[event["doc_id"]] = max(strongest[event["doc_id"]], best.get((event["event_id"], other), 0.0))
    return round(math.fsum(strongest[d] for d in documents) / len(documents), 3)


def _main_action(groups: list[list[EventRow]]) -> list[EventRow]:
    """The action group spanning most documents (then holding most events): the happening's main action.

    Its cluster lists every document the evidence joined, also those whose own sentences no link ties to it:
    such a document tells the happening (the evidence joined it by another action or by its people) but
    names the main action in no sentence a link confirms, and the sentence most like it was another action
    six times in seven (ECB+ 1-35, fifth pass: 591 wrong event pairs against 144 right). So the document is
    in the cluster's ``doc_ids`` without an event: no wrong event is put on the happening's timeline row.
    A sentence of it that a link ties to the action later joins it (``absorb_retold``)."""
    return max(groups, key=lambda g: (len({e["doc_id"] for e in g}), len(g)))


def absorb_retold(
    found: list[tuple[list[EventRow], float, list[EventRow]]], by_document: dict[str, list[EventRow]], ctx: Context,
    happening: Sequence[frozenset[str]] = (),
) -> None:
    """Add to each action cluster the other events of its documents that tell its action again.

    A document tells its main action several times (the lead, a later paragraph, a
    quote), and the happening step keeps only the sentences most like the group's
    common words: the rest are left out of every cluster though they tell the same
    action. An event of a cluster's document (one of its events' documents, or one the
    main action lists without an event: ``_main_action``) that is in no cluster joins the cluster
    when it is linked (the same, a close or a synonymous trigger, uncontradicted:
    ``link_strength``) to a member from another of its documents; among several
    clusters it joins the one of its strongest link.

    ``happening`` gives, for each cluster, the documents of the happening it is an action of (the main action's,
    ``cluster.cluster_events``; none for a camp ``_cut_by_written_terms`` cut from the main action): every
    source of a happening can tell any of its actions, so a further action (the charge after the arrest) takes
    the sentences of all of them, not only of the two or three sources whose events made it (thirteenth pass).
    """
    taken = _clustered(found)
    best: dict[str, tuple[float, int, EventRow]] = {}
    for index, (members, _, told) in enumerate(found):
        buckets: dict[str, list[EventRow]] = defaultdict(list)
        for member in members:
            for key in _action_buckets(member, ctx):
                buckets[key].append(member)
        sources = {e["doc_id"] for e in (*members, *told)} | (happening[index] if index < len(happening) else set())
        for doc_id in sorted(sources):
            for event in by_document.get(doc_id, []):
                if event["event_id"] in taken:
                    continue
                others = {id(m): m for key in _action_buckets(event, ctx) for m in buckets.get(key, ())}
                strength = max((link_strength(event, m, ctx) for m in others.values()
                                if m["doc_id"] != doc_id and same_action(event, m, ctx)), default=0.0)
                if strength > 0:
                    _keep_best(best, strength, index, event)
    _join_best(found, best)


def absorb_told_in_other_verbs(
    found: list[tuple[list[EventRow], float, list[EventRow]]], holding: Sequence[frozenset[str]],
    by_document: dict[str, list[EventRow]], ctx: Context,
) -> None:
    """Add to each action cluster the events of its documents that tell its action in another verb.

    A source tells the action in its own words: *was admitted into* Promises beside *checked into* Promises.
    No verb's link ties them (``link_strength``), and a listed document's first sentence with the happening's
    people is mostly another action (fifth, seventh and ninth passes). Here an event of a cluster's document
    (one of its members' documents, or one the cluster lists without an event) that is in no cluster joins it
    when its trigger is an action verb or a light verb of deeds (``LIGHT_DEEDS``) and the first content word
    after it (``_object_word``: the object or place, *Promises*, *rehab*, *injured*) is the one written after
    the verb by members of other documents, ``DEED_OBJECT_SHARE`` or more of the cluster's documents, with an own
    participant in common with each and nothing contradicting (``_same_deed``). The share is what tells the
    action's own object from a word one source writes after another verb: with one source enough, *bailed on
    rehab*, *faces DUI charges*, *produces a patch* joined the check-in, the arrest, the release (ECB+ 1-10
    event precision 90.5 -> 81.8; tenth pass). Among several clusters it joins the one of most such sources.
    """
    taken = _clustered(found)
    best: dict[str, tuple[float, int, EventRow]] = {}
    for index, ((members, _, _), listed) in enumerate(zip(found, holding)):
        by_object: dict[str, list[EventRow]] = defaultdict(list)
        for member in members:
            if (word := _deed_object(member)):
                by_object[word].append(member)
        member_documents = {e["doc_id"] for e in members}
        for doc_id in sorted(member_documents | listed):
            for event in by_document.get(doc_id, []):
                if event["event_id"] in taken or not _tells_a_deed(event["lemma"].lower()):
                    continue
                agreeing = len({m["doc_id"] for m in by_object.get(_deed_object(event), ())
                                if m["doc_id"] != doc_id and _same_deed(event, m, ctx)})
                if agreeing and agreeing >= DEED_OBJECT_SHARE * len(member_documents):
                    _keep_best(best, agreeing, index, event)
    _join_best(found, best)


def _deed_object(event: EventRow) -> str:
    """``_object_word`` of an event whose trigger is placed; "" when it is not (the words read would be the
    sentence's first, its subject)."""
    return _object_word(event) if "trigger_end" in event and event["trigger_end"] is not None else ""


def _tells_a_deed(lemma: str) -> bool:
    return names_an_action(lemma) or lemma in LIGHT_DEEDS


def _same_deed(a: EventRow, b: EventRow, ctx: Context) -> bool:
    """``_one_action_in_other_verbs`` for a light verb of deeds too: an own participant in common, no contradiction."""
    if date_relation(a, b, ctx) == "apart" or other_people(a, b, ctx) or other_counts(a, b, ctx):
        return False
    shared = (set(a["participants"]) & set(b["participants"])) - ctx.frequent
    return sum(ENTITY_WEIGHTS.get(ctx.types.get(e, ""), 1.0) for e in shared) >= SAME_PARTICIPANT


def _action_buckets(event: EventRow, ctx: Context) -> list[str]:
    """The buckets of ``event_links`` for one event's action: its lemma's stem and its WordNet keys."""
    lemma = event["lemma"].lower()
    if not names_an_action(lemma):
        return []
    return ["l" + lemma[:STEM_CHARS], *(f"a{key}" for key in ctx.actions.get(event["event_id"], NO_KEYS))]


def absorb_light_retellings(found: list[tuple[list[EventRow], float, list[EventRow]]],
                            by_document: dict[str, list[EventRow]], ctx: Context) -> None:
    """Add to each action cluster a light verb of deeds in a member's own document that tells the action again
    with the object the sources write after its verb: *she went to Promises* beside the same document's
    *checked herself into Promises*, *Saints put Bush on I.R.* beside *placed on injured reserve* (11th pass).

    The second sentence's people are often a pronoun or a source the entity step took for its agent (*a friend
    … told People she went*: the event's participant is the friend), so no own participant is asked for, as
    ``absorb_told_in_other_verbs`` asks; what stands for it is that a member of the same document tells the
    action and that members of other documents, ``LIGHT_OBJECT_SHARE`` or more of the cluster's documents,
    write the same first content word after their verb (``_deed_object``). Nothing may contradict the
    document's members (other days or counts). Only light verbs of deeds (``LIGHT_DEEDS``): with any action
    verb, a document's other actions with the same object joined (*released* the patch beside *produced* it:
    ECB+ 1-10 event precision 90.5 -> 87.2)."""
    taken = _clustered(found)
    best: dict[str, tuple[float, int, EventRow]] = {}
    for index, (members, _, _) in enumerate(found):
        documents = {m["doc_id"] for m in members}
        writers: dict[str, set[str]] = defaultdict(set)
        for member in members:
            if (word := _deed_object(member)):
                writers[word].add(member["doc_id"])
        for doc_id in sorted(documents):
            own = [m for m in members if m["doc_id"] == doc_id]
            for event in by_document.get(doc_id, []):
                if event["event_id"] in taken or event["lemma"].lower() not in LIGHT_DEEDS:
                    continue
                agreeing = len(writers.get(_deed_object(event), set()) - {doc_id})
                if not agreeing or agreeing < LIGHT_OBJECT_SHARE * len(documents):
                    continue
                if any(date_relation(event, m, ctx) == "apart" or other_counts(event, m, ctx) for m in own):
                    continue
                _keep_best(best, agreeing, index, event)
    _join_best(found, best)


def absorb_statements(found: list[tuple[list[EventRow], float, list[EventRow]]],
                      by_document: dict[str, list[EventRow]], ctx: Context) -> None:
    """Add to each cluster holding a statement (a member whose trigger is a reporting verb) the statements of its
    members' other documents that quote it: ``STATEMENT_WORDS`` content words or more in common with a member's
    statement from another document, nothing contradicting (other days, people, counts).

    ``_light_verb_links`` ties two sources' statements only when both are candidates of the happening step and
    share the speaker as an own participant; the statement a source quotes in a later sentence is often in no
    cluster, its speaker a body the entity step did not name (*police said*, *officials said*) or named by
    another entity. Asking for the speaker here moved nothing on ECB+ 1-35; without it 11-35 gains (eleventh
    pass). Among several clusters it joins the one with most such statements."""
    taken = _clustered(found)
    best: dict[str, tuple[float, int, EventRow]] = {}
    for index, (members, _, _) in enumerate(found):
        said = [m for m in members if m["lemma"].lower() in REPORTING]
        if not said:
            continue
        words = {m["event_id"]: set(content_words(m["sentence"])) for m in said}
        for doc_id in sorted({m["doc_id"] for m in members}):
            for event in by_document.get(doc_id, []):
                if event["event_id"] in taken or event["lemma"].lower() not in REPORTING:
                    continue
                own = set(content_words(event["sentence"]))
                agreeing = sum(1 for m in said if m["doc_id"] != doc_id
                               and len(words[m["event_id"]] & own) >= STATEMENT_WORDS
                               and date_relation(event, m, ctx) != "apart"
                               and not other_people(event, m, ctx) and not other_counts(event, m, ctx))
                if agreeing:
                    _keep_best(best, agreeing, index, event)
    _join_best(found, best)


def _clustered(found: list[tuple[list[EventRow], float, list[EventRow]]]) -> set[str]:
    """The ids of the events some cluster already holds: the ``absorb_*`` steps add only others."""
    return {e["event_id"] for members, _, _ in found for e in members}


def _keep_best(best: dict[str, tuple[float, int, EventRow]], score: float, index: int, event: EventRow) -> None:
    """Note cluster ``index`` for ``event`` when it scores higher than the cluster noted so far (the first on a tie)."""
    held = best.get(event["event_id"])
    if held is None or score > held[0]:
        best[event["event_id"]] = (score, index, event)


def _join_best(found: list[tuple[list[EventRow], float, list[EventRow]]],
               best: dict[str, tuple[float, int, EventRow]]) -> None:
    """Add each event noted in ``best`` to its cluster, in the order of the events' ids."""
    for _, index, event in sorted(best.values(), key=lambda item: item[2]["event_id"]):
        found[index][0].append(event)


def _statement_clusters(found: list[tuple[list[EventRow], float, list[EventRow]]]) -> list[bool]:
    """Which clusters are statements: half or more of their members' triggers are verbs of statements."""
    return [2 * sum(m["lemma"].lower() in STATEMENT_VERBS for m in members) >= len(members)
            for members, _, _ in found]


Reports = tuple[list[bool], dict[tuple[str, int], set[int]], dict[int, Counter[int]]]


def _reports(found: list[tuple[list[EventRow], float, list[EventRow]]]) -> Reports:
    """Which clusters are statements (``_statement_clusters``); (doc id, sentence start) -> the action clusters
    (not statements) holding an event of that sentence; and action cluster -> the statement clusters reporting it,
    each with how many of its statements do (a statement reports the actions of its own sentence)."""
    statement = _statement_clusters(found)
    action_of: dict[tuple[str, int], set[int]] = defaultdict(set)
    for index, (members, _, _) in enumerate(found):
        if not statement[index]:
            for member in members:
                action_of[member["doc_id"], member["start"]].add(index)
    reporting: dict[int, Counter[int]] = defaultdict(Counter)
    for index, (members, _, _) in enumerate(found):
        if statement[index]:
            for member in members:
                if member["lemma"].lower() in STATEMENT_VERBS:
                    for action in action_of.get((member["doc_id"], member["start"]), ()):
                        reporting[action][index] += 1
    return statement, action_of, reporting


def merge_statements(found: list[tuple[list[EventRow], float, list[EventRow]]], holding: list[frozenset[str]],
                     ctx: Context) -> tuple[list[tuple[list[EventRow], float, list[EventRow]]], list[frozenset[str]]]:
    """Statement clusters that report one action merged: a source's statement of the happening told in two
    verbs (*her rep told People* she checked in, *her rep confirmed* she checked in: a cluster of *tell* and
    one of *confirm*, each statement's sentence holding a member of the check-in's cluster).

    A cluster is a statement when half or more of its members are verbs of statements (``STATEMENT_VERBS``);
    two such clusters merge when sentences of both hold members of one action cluster (the action they
    report), unless their statements name other people (``other_people``: two speakers). WordNet's keys do not
    tie *tell* to *confirm* or *announce*, and reporting verbs never link documents (twelfth pass). Returns
    the clusters and their listed documents, merged clusters in the first one's place."""
    statement, _, reporting = _reports(found)
    parent = {index: index for index in range(len(found))}
    said = {index: [m for m in found[index][0] if m["lemma"].lower() in STATEMENT_VERBS]
            for index in range(len(found)) if statement[index]}
    for _, clusters in sorted(reporting.items()):
        first, *rest = sorted(clusters)
        for other in rest:
            if _root(parent, other) == _root(parent, first) or any(
                    other_people(x, y, ctx) for x in said[other] for y in said[first] if x["doc_id"] != y["doc_id"]):
                continue
            _join(parent, other, first)
    merged: list[tuple[list[EventRow], float, list[EventRow]]] = []
    listed: list[frozenset[str]] = []
    place: dict[int, int] = {}
    for index, (members, sure, told) in enumerate(found):
        top = _root(parent, index)
        if top not in place:
            place[top] = len(merged)
            merged.append((list(members), sure, list(told)))
            listed.append(holding[index])
            continue
        at = place[top]
        members_so_far, sure_so_far, told_so_far = merged[at]
        merged[at] = (members_so_far + members, max(sure_so_far, sure), told_so_far + told)
        listed[at] = listed[at] | holding[index]
    return merged, listed


def absorb_reported_statements(found: list[tuple[list[EventRow], float, list[EventRow]]],
                               by_document: dict[str, list[EventRow]], ctx: Context) -> None:
    """Add to each statement cluster the statements in no cluster whose sentence holds a member of the action it
    reports: *police said* in a lead telling the shooting, beside other sources' *police said* of the shooting,
    a statement cluster. The action is the cluster of a member of the statement's own sentence (``merge_statements``);
    the statement joins the statement cluster most of whose statements report that action, unless it names other
    people than a statement of another document there (two speakers). A statement with no such cluster stays
    out (a cluster of such statements alone was no better on ECB+ 1-35: twelfth pass)."""
    _, action_of, reporting = _reports(found)
    taken = _clustered(found)
    joining: list[tuple[str, int, EventRow]] = []
    for doc_id, events in sorted(by_document.items()):
        for event in events:
            if event["event_id"] in taken or event["lemma"].lower() not in STATEMENT_VERBS:
                continue
            tallies: Counter[int] = Counter()
            for action in action_of.get((doc_id, event["start"]), ()):
                tallies.update(reporting.get(action, Counter()))
            if not tallies:
                continue
            target = min(tallies, key=lambda index: (-tallies[index], index))
            if any(other_people(event, m, ctx) for m in found[target][0] if m["doc_id"] != doc_id):
                continue
            joining.append((event["event_id"], target, event))
    for _, target, event in sorted(joining, key=lambda item: item[0]):
        found[target][0].append(event)
