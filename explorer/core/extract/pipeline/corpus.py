"""Corpus-level steps that need every batch's rows: entities, relations, clusters.

Batches refer to mentions; here mentions become entities, events' participants and
places become entity ids, and the tables of DESIGN.md are assembled.
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.clusters.cluster import cluster_events
from explorer.core.extract.entities.handles import HandleLookup, add_handle_aliases, find_handles, handle_lookup
from explorer.core.extract.entities.resolve import resolve_entities
from explorer.core.extract.events.relations import build_relations
from explorer.core.extract.pipeline.batch import BatchRows, text_for_nlp
from explorer.core.extract.rows import BatchEvent, BatchMention
from explorer.core.model import (ClusterRow, DocumentRow, EntityRow, FurnitureRow, RelationRow, Tables, TimexRow,
                                 make_table)


def build_tables(documents: list[Document], rows: BatchRows) -> Tables:
    """The event model's tables from the documents and their batch rows."""
    _sort_by_document(documents, rows)
    entities, entity_of = resolve_entities(rows.mentions)
    for mention in rows.mentions:
        mention["entity_id"] = entity_of[mention["mention_id"]]
    _add_handles(documents, rows, entities)
    events = [with_entities(e, entity_of) for e in rows.events]
    relations = build_relations(events, rows.mentions)
    return finish_tables(documents, entities, rows.mentions, rows.timexes, events, relations)


def finish_tables(documents: list[Document], entities: list[EntityRow], mentions: list[BatchMention],
                  timexes: list[TimexRow], events: list[BatchEvent], relations: list[RelationRow]) -> Tables:
    """Cross-source clusters (which set the events' ``cluster_id``), then every table of DESIGN.md.

    Near-duplicates (``copy_of``) are stored but left out of the clusters' document comparison:
    a story counted once per outlet that reprinted it would weigh its words as many times."""
    document_rows = [_document_row(d) for d in documents]
    kept = [row for row in document_rows if not row.get("copy_of")]
    clusters: list[ClusterRow] = cluster_events(events, kept, mentions, timexes, entities)
    return {
        "documents": make_table("documents", document_rows),
        "furniture": make_table("furniture", _furniture_rows(documents)),
        "entities": make_table("entities", entities),
        "mentions": make_table("mentions", mentions),
        "timexes": make_table("timexes", timexes),
        "events": make_table("events", events),
        "relations": make_table("relations", relations),
        "clusters": make_table("clusters", clusters),
    }


def _add_handles(documents: list[Document], rows: BatchRows, entities: list[EntityRow]) -> None:
    """Mentions for the social-media handles that name an entity, and the entities' counts again."""
    found = handle_mentions(documents, rows.mentions, handle_lookup(entities))
    if not found:
        return
    add_handle_aliases(entities, found)
    rows.mentions.extend(found)
    _sort_by_document(documents, rows)
    touched = {m["entity_id"] for m in found}
    for entity in entities:
        if entity["entity_id"] in touched:
            mine = [m for m in rows.mentions if m["entity_id"] == entity["entity_id"]]
            entity["mention_count"], entity["doc_count"] = len(mine), len({m["doc_id"] for m in mine})


def handle_mentions(documents: list[Document], mentions: list[BatchMention],
                    lookup: HandleLookup) -> list[BatchMention]:
    """The handles in the documents' reporting text (furniture blanked) that name an entity, as mentions
    (the entities' aliases are the caller's to add)."""
    return find_handles({d.doc_id: text_for_nlp(d) for d in documents if not d.copy_of}, mentions, lookup)


def _sort_by_document(documents: list[Document], rows: BatchRows) -> None:
    """Put rows in document order then text order, whatever order batches finished in."""
    position = {d.doc_id: i for i, d in enumerate(documents)}
    rows.mentions.sort(key=lambda r: (position[r["doc_id"]], r["start"]))
    rows.timexes.sort(key=lambda r: (position[r["doc_id"]], r["start"]))
    rows.events.sort(key=lambda r: (position[r["doc_id"]], r["start"]))


def with_entities(event: BatchEvent, entity_of: dict[str, str]) -> BatchEvent:
    """The event with mention ids replaced by entity ids (each entity once)."""
    place = entity_of.get(event["place"], "")
    participants = [entity_of[m] for m in event["participants"]]
    return {**event, "place": place, "participants": [p for p in dict.fromkeys(participants) if p != place]}


def _document_row(document: Document) -> DocumentRow:
    return {
        "doc_id": document.doc_id, "name": document.name, "title": document.title,
        "source": document.source, "published": document.published,
        "published_basis": document.published_basis, "text": document.text, "path": document.path,
        "origin": document.origin, "pages": [str(p) for p in document.pages], "copy_of": document.copy_of,
    }


def _furniture_rows(documents: list[Document]) -> list[FurnitureRow]:
    return [
        {"doc_id": d.doc_id, "start": s.start, "end": s.end, "kind": s.kind}
        for d in documents for s in d.furniture
    ]
