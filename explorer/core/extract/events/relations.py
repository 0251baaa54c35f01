"""Relations: entities linked by the events they share, by a verb, or by a sentence.

Three kinds of row, all weighted by the number of events behind them (a
co-mention counts once per sentence, however many events the sentence holds, and
is filed under the sentence's main event):

- ``co-participant``: both entities take part in the event (participants and
  place), undirected (source < target);
- a verb lemma ("meet", "host", "urge"): the event's trigger links an agent
  (source) to a patient (target), as the parse found them;
- ``co-mention``: both entities are named in the sentence but take part together
  in none of its events ("US Secretary of State Marco Rubio" names the US beside
  Rubio); the weakest kind, undirected.

``co_participant_relations`` needs only the events table, so edits that merge
entities can rebuild that kind alone; ``build_relations`` needs the events as
extraction made them (with ``agents`` and ``patients`` mention ids) and the
mentions with their entity ids.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

from explorer.core.extract.rows import BatchEvent
from explorer.core.model import EventRow, MentionRow, RelationRow

CO_PARTICIPANT = "co-participant"
CO_MENTION = "co-mention"

PairEvents = dict[tuple[str, str], list[str]]
MentionsByDocument = dict[str, tuple[list[int], list[MentionRow]]]  # doc id -> (starts, mentions by start)


def build_relations(events: Sequence[BatchEvent], mentions: Sequence[MentionRow]) -> list[RelationRow]:
    """Every relation row: co-participants, agent–verb–patient links, then co-mentions."""
    return relation_rows(relation_pairs(events, mentions))


# (rank of the kind: co-participant, verb, co-mention; kind; source; target; event id)
Pair = tuple[int, str, str, str, str]


def relation_pairs(events: Sequence[BatchEvent], mentions: Sequence[MentionRow]) -> list[Pair]:
    """Every (kind, source, target) an event gives, in event order: the map half of ``build_relations``.

    It needs only the events and the mentions of their own documents, so a cluster
    computes it a partition at a time and groups the pairs (``explorer.core.distributed``).
    """
    entity_of = {m["mention_id"]: m["entity_id"] for m in mentions if m.get("entity_id")}
    by_doc = _mentions_by_document(mentions)
    pairs: list[Pair] = []
    for sentence in _by_sentence(events):
        sharing: set[tuple[str, str]] = set()
        for event in sentence:
            taking_part = _taking_part(event)
            event_id = event["event_id"]
            together = list(combinations(sorted(taking_part), 2))
            sharing.update(together)
            pairs.extend((0, CO_PARTICIPANT, s, t, event_id) for s, t in together)
            agents = _entities(event.get("agents") or [], entity_of, taking_part)
            patients = _entities(event.get("patients") or [], entity_of, taking_part)
            pairs.extend((1, event["lemma"], a, p, event_id) for a in agents for p in patients if a != p)
        first = sentence[0]
        pairs.extend((2, CO_MENTION, s, t, first["event_id"]) for s, t in _co_mentioned(first, by_doc, sharing))
    return pairs


def _by_sentence(events: Sequence[BatchEvent]) -> list[list[BatchEvent]]:
    """The events grouped by their sentence, in event order (a sentence's main event first)."""
    grouped: dict[tuple[str, int], list[BatchEvent]] = {}
    for event in events:
        grouped.setdefault((event["doc_id"], event["start"]), []).append(event)
    return list(grouped.values())


def relation_rows(pairs: list[Pair]) -> list[RelationRow]:
    """One row per (kind, source, target) with its events in the order given: the reduce half."""
    grouped: dict[tuple[int, str, str, str], list[str]] = defaultdict(list)
    for rank, kind, source, target, event_id in pairs:
        grouped[(rank, kind, source, target)].append(event_id)
    return [
        {"source": s, "target": t, "kind": kind, "weight": len(ids), "event_ids": ids}
        for (_, kind, s, t), ids in sorted(grouped.items())
    ]


def _co_mentioned(event: EventRow, by_doc: MentionsByDocument,
                  sharing: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs named in the event's sentence that take part together in none of its events."""
    starts, rows = by_doc.get(event["doc_id"], ([], []))
    first, last = bisect.bisect_left(starts, event["start"]), bisect.bisect_left(starts, event["end"])
    named = {r["entity_id"] for r in rows[first:last] if r["end"] <= event["end"] and r.get("entity_id")}
    return [pair for pair in combinations(sorted(named), 2) if pair not in sharing]


def co_participant_relations(events: Sequence[Mapping[str, Any]]) -> list[RelationRow]:
    """One undirected relation per pair of entities sharing events (source < target).

    Each event needs only ``event_id``, ``participants`` and ``place`` (an edit passes just those).
    """
    shared: PairEvents = defaultdict(list)
    for event in events:
        for pair in combinations(sorted(_taking_part(event)), 2):
            shared[pair].append(event["event_id"])
    return _rows(shared, CO_PARTICIPANT)


def _taking_part(event: Mapping[str, Any]) -> set[str]:
    return set(event["participants"]) | ({event["place"]} if event["place"] else set())


def _entities(mention_ids: list[str], entity_of: dict[str, str], taking_part: set[str]) -> list[str]:
    """Entity ids of mentions, once each, kept only while still among the event's participants."""
    ids = (entity_of.get(m, "") for m in mention_ids)
    return [e for e in dict.fromkeys(ids) if e and e in taking_part]


def _mentions_by_document(mentions: Sequence[MentionRow]) -> MentionsByDocument:
    grouped: dict[str, list[MentionRow]] = defaultdict(list)
    for mention in mentions:
        grouped[mention["doc_id"]].append(mention)
    result: MentionsByDocument = {}
    for doc_id, rows in grouped.items():
        rows.sort(key=lambda r: r["start"])
        result[doc_id] = ([r["start"] for r in rows], rows)
    return result


def _rows(shared: PairEvents, kind: str) -> list[RelationRow]:
    return [
        {"source": s, "target": t, "kind": kind, "weight": len(ids), "event_ids": ids}
        for (s, t), ids in sorted(shared.items())
    ]
