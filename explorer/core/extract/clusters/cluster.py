"""Cross-source clusters: events in different documents that report one happening.

Three steps, explained with measured figures in docs/clusters.md:

1. Documents that tell the same happening are grouped (``documents``): their
   words and named entities are compared by TF-IDF cosine, corrected by how many
   of each one's salient entities the other names and by their dates, and grouped
   by average link with a split test (``linkage``), then cut in two where what each
   document writes (names, numbers) falls in two clean camps, or in a camp of dated and one of undated
   documents whose dated side is clean (``bipartition``).
2. In each group, the events that tell the group's happening are picked
   (``happening``): those whose dates fit the day most documents give it
   and whose sentences share the group's common words and participants. Events
   left out may tell a second happening that several of the documents recall.

3. The documents that event-level evidence joins (``evidence``: the same kind of action, read
   with WordNet's synonyms (``extract.wordnet``), no contradiction) are split into the actions they
   tell: the main action, which lists every joined document (one whose sentences no link ties to it
   with no event), and each further action that two
   documents or more tell surely enough. An event of a joined document that tells one of those
   actions again, left out by the second step for its words, joins it (any document of the happening, for a
   further action too); so does one telling it in another
   verb before the object half the action's sources write after theirs.

A cluster is kept when it holds two or more documents. Its label names
the happening (a named event such as "Critical Minerals Ministerial", else the
common trigger and main participants) and its date; its dates are the union of its
events' dates; ``conflict`` says which document gives which date when they differ.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from explorer.core.extract.clusters import evidence
from explorer.core.extract.clusters.bipartition import MIN_SIDE, written_terms
from explorer.core.extract.clusters.documents import group_documents
from explorer.core.extract.clusters.happening import event_idf, happenings
from explorer.core.extract.clusters.labels import cluster_label, date_conflict, document_readings, names_a_happening
from explorer.core.model import ClusterRow, DocumentRow, EntityRow, EventRow, MentionRow, TimexRow

SPAN_CLASSES_DAYS = (7, 31, 366)  # a week or less, a month, a year


def cluster_events(
    events: Sequence[EventRow], documents: Sequence[DocumentRow], mentions: Sequence[MentionRow], timexes: Sequence[TimexRow], entities: Sequence[EntityRow],
) -> list[ClusterRow]:
    """Cluster rows (DESIGN.md ``clusters``); sets each event's ``cluster_id`` in place ("" when unclustered).

    ``documents`` are rows with ``doc_id``, ``name``, ``text`` and ``published``;
    ``mentions`` carry ``doc_id`` and ``entity_id``; ``timexes`` carry ``timex_id``,
    ``doc_id``, ``start``, ``date_start``, ``date_end`` and ``basis``; ``entities``
    carry ``entity_id``, ``name`` and ``type``.
    """
    by_document: dict[str, list[EventRow]] = {}
    for event in sorted(events, key=lambda e: (e["doc_id"], e["start"])):
        event["cluster_id"] = ""
        by_document.setdefault(event["doc_id"], []).append(event)
    read_terms: dict[str, frozenset[str]] = {}  # the cut by terms reads a group's documents' terms: used again here
    groups = group_documents(documents, mentions, timexes, read_terms)
    idf = event_idf([e for g in groups for d in g for e in by_document.get(d, [])])
    names = {d["doc_id"]: d["name"] for d in documents}
    kinds = {e["entity_id"]: (e["name"], e["type"]) for e in entities}
    guessed = frozenset(t["timex_id"] for t in timexes if t.get("basis") == "corpus")
    named_happenings = frozenset(e["entity_id"] for e in entities if names_a_happening(e["name"], e["type"]))
    grouped = [e for g in groups for d in g for e in by_document.get(d, [])]
    ctx = evidence.context(grouped, mentions, entities, len(documents), named_happenings, guessed)
    in_groups = {d for g in groups if len(g) >= 2 * MIN_SIDE for d in g}
    ctx = replace(ctx, document_terms={d["doc_id"]: read_terms.get(d["doc_id"]) or written_terms(d["text"])
                                       for d in documents if d["doc_id"] in in_groups})
    found: list[tuple[list[EventRow], float, list[EventRow]]] = []
    holding: list[frozenset[str]] = []
    happening: list[frozenset[str]] = []  # each cluster's happening's sources: its main action's documents, or none
    # for a camp the cut by written terms parted from them (``evidence.absorb_retold``)
    for group in groups:
        for candidates in happenings([e for d in group for e in by_document.get(d, [])], idf, guessed):
            linked = evidence.linked_happenings(candidates, ctx)
            main = max((told for _, _, told in linked), key=len, default=frozenset())
            for members, sure, told in linked:
                found.append((members, sure, [e for e in candidates if e["doc_id"] in told]))
                holding.append(told)
                happening.append(main if told <= main else frozenset())
    evidence.absorb_retold(found, by_document, ctx, happening)
    evidence.absorb_told_in_other_verbs(found, holding, by_document, ctx)
    evidence.absorb_light_retellings(found, by_document, ctx)
    evidence.absorb_statements(found, by_document, ctx)
    found, holding = evidence.merge_statements(found, holding, ctx)
    evidence.absorb_reported_statements(found, by_document, ctx)
    clusters = []
    for (members, sure, told_events), held in zip(found, holding):
        row = cluster_row(members, kinds, names, sure, told_events, held)
        for event in members:
            event["cluster_id"] = row["cluster_id"]
        clusters.append(row)
    return sorted(clusters, key=lambda c: (c["date_start"] or "9999", c["cluster_id"]))


def cluster_row(
    members: list[EventRow], kinds: dict[str, tuple[str, str]], document_names: dict[str, str], confidence: float = 0.0,
    told: list[EventRow] | None = None, documents: frozenset[str] = frozenset(),
) -> ClusterRow:
    """The clusters-table row for one happening's events; ``kinds`` maps entity id to (name, type);
    ``confidence`` comes from the links that joined them (``evidence``); ``told`` holds every event of
    its documents that fits the happening (linked or not), from which each document's date is read."""
    event_ids = sorted(e["event_id"] for e in members)
    dated = _most_precise(members)
    readings = document_readings(told if told is not None else members)
    return {
        "cluster_id": "c" + hashlib.sha1("\0".join(event_ids).encode()).hexdigest()[:12],
        "label": cluster_label(members, kinds, _main_span(dated)),
        "date_start": min((e["date_start"] for e in dated), default=""),
        "date_end": max((e["date_end"] for e in dated), default=""),
        "doc_ids": sorted({e["doc_id"] for e in members} | documents),
        "event_ids": event_ids,
        "confidence": confidence,
        "conflict": date_conflict(readings, document_names),
    }


def _most_precise(members: list[EventRow]) -> list[EventRow]:
    """The members whose dates say most: spans of days before months, months before years (a
    "2026 Budget" in passing must not stretch a meeting over the year), and within a span class
    dates written in the text before publication dates."""
    dated = [e for e in members if e["date_start"] and e["date_end"]]  # a range open on one side has no span
    for longest in SPAN_CLASSES_DAYS:
        within = [e for e in dated if _span_days(e) <= longest]
        timed = [e for e in within if e["date_basis"] == "timex"]
        if within:
            return timed or within
    return dated


def _span_days(event: EventRow) -> int:
    return (date.fromisoformat(event["date_end"]) - date.fromisoformat(event["date_start"])).days


def _main_span(dated: list[EventRow]) -> tuple[str, str] | None:
    """The span most of the dated events give (the earliest among equals)."""
    spans = Counter((e["date_start"], e["date_end"]) for e in dated)
    if not spans:
        return None
    return min(spans, key=lambda s: (-spans[s], s))

