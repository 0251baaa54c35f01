"""Corpus-level steps that need every batch's rows: entities, relations, clusters.

Batches refer to mentions; here mentions become entities, events' participants and
places become entity ids, and the tables of DESIGN.md are assembled.
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.batch import BatchRows, text_for_nlp
from explorer.core.extract.clusters import cluster_events
from explorer.core.extract.entities import resolve_entities
from explorer.core.extract.handles import link_handles
from explorer.core.extract.relations import build_relations
from explorer.core.model import Tables, make_table


Resolved = tuple[list[dict], dict[str, str]]  # entity rows, and the entity id of each mention id


def build_tables(documents: list[Document], rows: BatchRows, resolved: Resolved | None = None) -> Tables:
    """The event model's tables from the documents and their batch rows.

    ``resolved`` is entity resolution done elsewhere (a cluster's group-bys,
    ``explorer.core.distributed.reduce``); without it, it is done here.
    """
    _sort_by_document(documents, rows)
    entities, entity_of = resolved or resolve_entities(rows.mentions)
    for mention in rows.mentions:
        mention["entity_id"] = entity_of[mention["mention_id"]]
    _add_handles(documents, rows, entities)
    events = [_with_entities(e, entity_of) for e in rows.events]
    document_rows = [_document_row(d) for d in documents]
    clusters = cluster_events(events, document_rows, rows.mentions, rows.timexes, entities)
    return {
        "documents": make_table("documents", document_rows),
        "furniture": make_table("furniture", _furniture_rows(documents)),
        "entities": make_table("entities", entities),
        "mentions": make_table("mentions", rows.mentions),
        "timexes": make_table("timexes", rows.timexes),
        "events": make_table("events", events),
        "relations": make_table("relations", build_relations(events, rows.mentions)),
        "clusters": make_table("clusters", clusters),
    }


def _add_handles(documents: list[Document], rows: BatchRows, entities: list[dict]) -> None:
    """Mentions for the social-media handles that name an entity, and the entities' counts again."""
    found = link_handles({d.doc_id: text_for_nlp(d) for d in documents}, rows.mentions, entities)  # furniture blanked
    if not found:
        return
    rows.mentions.extend(found)
    _sort_by_document(documents, rows)
    touched = {m["entity_id"] for m in found}
    for entity in entities:
        if entity["entity_id"] in touched:
            mine = [m for m in rows.mentions if m["entity_id"] == entity["entity_id"]]
            entity["mention_count"], entity["doc_count"] = len(mine), len({m["doc_id"] for m in mine})


def _sort_by_document(documents: list[Document], rows: BatchRows) -> None:
    """Put rows in document order then text order, whatever order batches finished in."""
    position = {d.doc_id: i for i, d in enumerate(documents)}
    for table in (rows.mentions, rows.timexes, rows.events):
        table.sort(key=lambda r: (position[r["doc_id"]], r["start"]))


def _with_entities(event: dict, entity_of: dict[str, str]) -> dict:
    """The event with mention ids replaced by entity ids (each entity once)."""
    place = entity_of.get(event["place"], "")
    participants = [entity_of[m] for m in event["participants"]]
    return {**event, "place": place, "participants": [p for p in dict.fromkeys(participants) if p != place]}


def _document_row(document: Document) -> dict:
    return {
        "doc_id": document.doc_id, "name": document.name, "title": document.title,
        "source": document.source, "published": document.published,
        "published_basis": document.published_basis, "text": document.text, "path": document.path,
    }


def _furniture_rows(documents: list[Document]) -> list[dict]:
    return [
        {"doc_id": d.doc_id, "start": s.start, "end": s.end, "kind": s.kind}
        for d in documents for s in d.furniture
    ]
