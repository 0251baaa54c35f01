"""Relations: entities linked by the events they share, by a verb, or by a sentence.

Three kinds of row, all weighted by the number of events behind them (a sentence
has at most one event, so for co-mentions that is also the number of sentences):

- ``co-participant``: both entities take part in the event (participants and
  place), undirected (source < target);
- a verb lemma ("meet", "host", "urge"): the event's trigger links an agent
  (source) to a patient (target), as the parse found them;
- ``co-mention``: both entities are named in the event's sentence but are not
  both its participants ("US Secretary of State Marco Rubio" names the US beside
  Rubio); the weakest kind, undirected.

``co_participant_relations`` needs only the events table, so edits that merge
entities can rebuild that kind alone; ``build_relations`` needs the events as
extraction made them (with ``agents`` and ``patients`` mention ids) and the
mentions with their entity ids.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from itertools import combinations

CO_PARTICIPANT = "co-participant"
CO_MENTION = "co-mention"

PairEvents = dict[tuple[str, str], list[str]]


def build_relations(events: list[dict], mentions: list[dict]) -> list[dict]:
    """Every relation row: co-participants, agent–verb–patient links, then co-mentions."""
    entity_of = {m["mention_id"]: m["entity_id"] for m in mentions if m.get("entity_id")}
    return [
        *co_participant_relations(events),
        *verb_relations(events, entity_of),
        *co_mention_relations(events, mentions),
    ]


def co_participant_relations(events: list[dict]) -> list[dict]:
    """One undirected relation per pair of entities sharing events (source < target)."""
    shared: PairEvents = defaultdict(list)
    for event in events:
        for pair in combinations(sorted(_taking_part(event)), 2):
            shared[pair].append(event["event_id"])
    return _rows(shared, CO_PARTICIPANT)


def verb_relations(events: list[dict], entity_of: dict[str, str]) -> list[dict]:
    """Agent → patient rows named by the trigger's lemma, one per (agent, patient, lemma)."""
    linked: dict[str, PairEvents] = defaultdict(lambda: defaultdict(list))
    for event in events:
        taking_part = _taking_part(event)
        agents = _entities(event.get("agents", []), entity_of, taking_part)
        patients = _entities(event.get("patients", []), entity_of, taking_part)
        for agent in agents:
            for patient in patients:
                if agent != patient:
                    linked[event["lemma"]][(agent, patient)].append(event["event_id"])
    return [row for lemma in sorted(linked) for row in _rows(linked[lemma], lemma)]


def co_mention_relations(events: list[dict], mentions: list[dict]) -> list[dict]:
    """Pairs named in an event's sentence that are not both taking part in it."""
    by_doc = _mentions_by_document(mentions)
    shared: PairEvents = defaultdict(list)
    for event in events:
        starts, rows = by_doc.get(event["doc_id"], ([], []))
        first, last = bisect.bisect_left(starts, event["start"]), bisect.bisect_left(starts, event["end"])
        named = {r["entity_id"] for r in rows[first:last] if r["end"] <= event["end"] and r.get("entity_id")}
        taking_part = _taking_part(event)
        for pair in combinations(sorted(named), 2):
            if not (pair[0] in taking_part and pair[1] in taking_part):
                shared[pair].append(event["event_id"])
    return _rows(shared, CO_MENTION)


def _taking_part(event: dict) -> set[str]:
    return set(event["participants"]) | ({event["place"]} if event["place"] else set())


def _entities(mention_ids: list[str], entity_of: dict[str, str], taking_part: set[str]) -> list[str]:
    """Entity ids of mentions, once each, kept only while still among the event's participants."""
    ids = (entity_of.get(m, "") for m in mention_ids)
    return [e for e in dict.fromkeys(ids) if e and e in taking_part]


def _mentions_by_document(mentions: list[dict]) -> dict[str, tuple[list[int], list[dict]]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for mention in mentions:
        grouped[mention["doc_id"]].append(mention)
    result = {}
    for doc_id, rows in grouped.items():
        rows.sort(key=lambda r: r["start"])
        result[doc_id] = ([r["start"] for r in rows], rows)
    return result


def _rows(shared: PairEvents, kind: str) -> list[dict]:
    return [
        {"source": s, "target": t, "kind": kind, "weight": len(ids), "event_ids": ids}
        for (s, t), ids in sorted(shared.items())
    ]
