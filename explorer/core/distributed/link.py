"""The reduce's map: a partition's rows linked to the corpus's entities, and its relation pairs.

Once entity resolution has run on the distinct mention forms, everything else
about a mention or an event that depends on the corpus depends only on that
resolution, which is small and sent to every worker once (``Client.scatter``, with the
lookup of what a handle can name, made from it once on the client): each
partition sets its mentions' entity ids, adds the social handles that name an
entity, puts entity ids in its events, and lists the (kind, source, target, event)
pairs its events give (``relations.relation_pairs``), each with its corpus order so
the group-by can keep the single-process order of events within a relation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from explorer.core.distributed.partition import read_documents_shard
from explorer.core.distributed.shards import LINK_TABLES, read_shard, shard_path, shards_done, write_shard
from explorer.core.extract.entities.handles import HandleLookup
from explorer.core.extract.events.relations import relation_pairs
from explorer.core.extract.pipeline.corpus import handle_mentions, with_entities
from explorer.core.extract.rows import BatchEvent, BatchMention

Row = TypeVar("Row", BatchMention, BatchEvent)
POSITION_SHIFT = 1 << 32  # order = document position * 2**32 + offset: corpus order in one integer


def link_partition(staging: str, ingest_key: str, extract_key: str, lookup: HandleLookup,
                   entity_of_key: dict[str, str], first_rank: int, extracted: list[str], key: str) -> dict:
    """Write the linked mentions and events of one extraction shard, its handles and its relation pairs.

    ``first_rank`` is the corpus rank of the ingest partition's first document (the documents of
    the partitions before it): each document's rank orders rows across the whole corpus.
    ``extracted``: the documents this extraction shard holds, whose text is searched for handles
    (not the near-duplicates, not the other shards of the same ingest partition)."""
    folder = Path(staging)
    if shards_done(folder, "link", key, LINK_TABLES):
        return {"skipped_existing": True}
    position = document_ranks(read_shard(shard_path(folder, "ingest", ingest_key, "documents")), first_rank)
    mentions = _in_order(read_shard(shard_path(folder, "extract", extract_key, "mentions")), position)
    entity_of = {}
    for mention in mentions:
        mention["entity_id"] = entity_of[mention["mention_id"]] = entity_of_key[mention["key"]]
    wanted = set(extracted)
    kept = [d for d in read_documents_shard(folder, ingest_key) if d.doc_id in wanted]
    handles = handle_mentions(kept, mentions, lookup)
    mentions = _in_order(mentions + handles, position)
    events = [with_entities(e, entity_of)
              for e in _in_order(read_shard(shard_path(folder, "extract", extract_key, "events")), position)]
    start_of = {e["event_id"]: position[e["doc_id"]] * POSITION_SHIFT + e["start"] for e in events}
    pairs = [{"rank": rank, "kind": kind, "source": s, "target": t, "event_id": event, "order": start_of[event]}
             for rank, kind, s, t, event in relation_pairs(events, mentions)]
    tables: dict[str, Sequence[Mapping[str, Any]]] = {"mentions": mentions, "events": events, "pairs": pairs,
              "handles": [{"entity_id": h["entity_id"], "text": h["text"]} for h in handles]}
    for table in LINK_TABLES:
        write_shard(shard_path(folder, "link", key, table), table, tables[table])
    return {"skipped_existing": False, "handles": len(handles)}


def document_ranks(documents: list[dict[str, Any]], first_rank: int) -> dict[str, int]:
    """Each document's rank in the corpus: by file (``position``), then by its place in the file
    (``part``): the documents of one file (a table's rows) share a position."""
    ordered = sorted(documents, key=lambda r: (r["position"], r.get("part") or 0))
    return {row["doc_id"]: first_rank + rank for rank, row in enumerate(ordered)}


def _in_order(rows: list[Row], position: dict[str, int]) -> list[Row]:
    return sorted(rows, key=lambda r: (position[r["doc_id"]], r["start"]))
