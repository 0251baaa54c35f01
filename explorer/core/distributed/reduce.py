"""The reduce: corpus-level steps over every partition's shards, then the tables.

On the cluster, as Dask DataFrame work over the shards (persisted where it is read twice):

- entity resolution's counting: mentions joined to their documents' corpus
  ranks (a file of many documents, such as a table of articles, holds many ranks) and grouped by form (key, type, text, titled form, defined acronym, typing cue)
  with a count and the first position. That table of distinct forms grows with
  the vocabulary of names, not with the corpus; the rules that join keys
  (``entities.resolve_forms``) run on it on the client;
- linking (``link.link_partition``, a task per partition, the resolution sent to
  each worker once): entity ids on mentions and events, social handles, and the
  relation pairs of every event;
- each entity's mention and document counts: a group-by of the linked mentions;
- relations: the pairs shuffled by entity pair and grouped, events kept in corpus order.

On the client, with the single-process code (``corpus.finish_tables``), because
it compares documents across the whole corpus: cross-source clusters
(``docs/scale.md`` says how they would be blocked for millions of articles). Then
the single-process writer: one transaction, renamed into place.
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

import dask.dataframe as dd
import pandas as pd

from explorer.core.distributed.link import POSITION_SHIFT, link_partition
from explorer.core.distributed.shards import LINK_TABLES, content_key, read_shard, shard_frame, shard_path, shards_done
from explorer.core.document import Document
from explorer.core.extract.entities.handles import add_handle_aliases, handle_lookup
from explorer.core.extract.entities.resolve import FORM_FIELDS, resolve_forms
from explorer.core.extract.pipeline.batch import BatchRows
from explorer.core.extract.pipeline.corpus import build_tables, finish_tables
from explorer.core.model import EntityRow, RelationRow, Tables

PAIR_KEY = ["rank", "kind", "source", "target"]


# Below this many mention rows the reduce runs in the client process, as one process would build the tables: the
# corpus's rows fit one Dask partition anyway (``shards.ROWS_PER_PARTITION``), and spreading its group-bys, links and
# shuffles over the workers costs their scheduling, not work (2,000 BBC articles, 50,000 mentions: the distributed
# reduce 17.1 s against the single process's corpus step; Run s15b in bench/README.md).
IN_PROCESS_MENTIONS = 2_000_000


def reduce_tables(client, staging: Path, ingest_keys: list[str], extract_keys: list[str],
                  documents: list[Document], extracted: list[list[str]] | None = None) -> Tables:
    """The workspace's tables from the shards (``documents`` carry the corpus step's dates).

    One entry per extraction shard: its key, the key of the ingest shard its documents come
    from (an ingest shard of one big table is extracted in several), and ``extracted``, the
    documents it holds (by default every document of its ingest shard that is not a copy).
    A corpus of fewer mention rows than ``IN_PROCESS_MENTIONS`` is reduced in this process by the single-process
    corpus step (``corpus.build_tables``), on the same rows: the same tables."""
    if _mention_rows(staging, extract_keys) < IN_PROCESS_MENTIONS:
        return _reduce_in_process(staging, extract_keys, documents)
    entities, entity_of_key = _resolve(staging, documents, extract_keys)
    link_keys = _link(client, staging, ingest_keys, extract_keys, entities, entity_of_key, documents, extracted)
    _count(entities, [str(shard_path(staging, "link", k, "mentions")) for k in link_keys])
    _add_handle_aliases(entities, staging, link_keys)
    relations = _relations([str(shard_path(staging, "link", k, "pairs")) for k in link_keys])
    mentions = [row for k in link_keys for row in read_shard(shard_path(staging, "link", k, "mentions"))]
    events = [row for k in link_keys for row in read_shard(shard_path(staging, "link", k, "events"))]
    timexes = [row for k in extract_keys for row in read_shard(shard_path(staging, "extract", k, "timexes"))]
    return finish_tables(documents, entities, mentions, timexes, events, relations)


def _mention_rows(staging: Path, extract_keys: list[str]) -> int:
    """The mention rows of every extraction shard, from their Parquet footers."""
    import pyarrow.parquet as pq

    return sum(pq.read_metadata(shard_path(staging, "extract", k, "mentions")).num_rows for k in extract_keys)


def _reduce_in_process(staging: Path, extract_keys: list[str], documents: list[Document]) -> Tables:
    """The single-process corpus step on every extraction shard's rows, in corpus order."""
    rows = BatchRows()
    for key in extract_keys:
        for table, target in (("mentions", rows.mentions), ("timexes", rows.timexes), ("events", rows.events)):
            target.extend(read_shard(shard_path(staging, "extract", key, table)))
    return build_tables(documents, rows)


def _resolve(staging: Path, documents: list[Document], extract_keys: list[str]) -> tuple[list[EntityRow], dict[str, str]]:
    """Entity rows and the entity id of each mention key, from a group-by of the mentions' forms.

    ``documents`` are in corpus order (the client holds them already): a document's rank is its index."""
    mentions = shard_frame([shard_path(staging, "extract", k, "mentions") for k in extract_keys], "mentions",
                           ["doc_id", "start", *FORM_FIELDS])
    positions = pd.DataFrame({"doc_id": [d.doc_id for d in documents], "position": range(len(documents))})
    joined = mentions.merge(positions, on="doc_id", how="left")
    joined = joined.assign(order=joined["position"] * POSITION_SHIFT + joined["start"])
    joined = joined.fillna({field: "" for field in ("titled", "defines", "cue")})
    grouped = joined.groupby(list(FORM_FIELDS), dropna=False).agg(count=("start", "size"), first=("order", "min"))
    forms = grouped.compute().reset_index().sort_values("first", kind="stable")
    return resolve_forms([
        {**{field: str(row[field]) for field in FORM_FIELDS}, "count": int(row["count"])}
        for row in forms.to_dict("records")
    ])


def _link(client, staging: Path, ingest_keys: list[str], extract_keys: list[str], entities: list[EntityRow],
          entity_of_key: dict[str, str], documents: list[Document], extracted: list[list[str]] | None) -> list[str]:
    """Link every extraction shard (a task each, on the workers); returns the link shards' keys."""
    resolution = content_key(sorted(entity_of_key.items()), [(e["entity_id"], e["name"], e["aliases"]) for e in entities])
    spans = _rank_spans(staging, ingest_keys)
    first_ranks = [spans[k][0] for k in ingest_keys]
    if extracted is None:
        extracted = [[d.doc_id for d in documents[slice(*spans[k])] if not d.copy_of] for k in ingest_keys]
    keys = [content_key("link", extract_key, resolution, first, ids)
            for extract_key, first, ids in zip(extract_keys, first_ranks, extracted)]
    pending = [i for i, key in enumerate(keys) if not shards_done(staging, "link", key, LINK_TABLES)]
    if pending:
        shared_lookup, shared_keys = client.scatter([handle_lookup(entities), entity_of_key], broadcast=True)
        futures = [client.submit(link_partition, str(staging), ingest_keys[i], extract_keys[i], shared_lookup,
                                 shared_keys, first_ranks[i], extracted[i], keys[i], key=f"explorer-link-{keys[i]}", pure=False,
                                 retries=1)
                   for i in pending]
        client.gather(futures)
    return keys


def _rank_spans(staging: Path, ingest_keys: list[str]) -> dict[str, tuple[int, int]]:
    """The corpus ranks [first, end) of each ingest shard's documents, in the order the keys first
    come (an ingest key repeats for each extraction shard of it); Parquet footers only."""
    import pyarrow.parquet as pq

    unique = list(dict.fromkeys(ingest_keys))
    counts = [pq.read_metadata(shard_path(staging, "ingest", k, "documents")).num_rows for k in unique]
    ends = list(accumulate(counts))
    return {key: (end - count, end) for key, count, end in zip(unique, counts, ends)}


def _count(entities: list[EntityRow], mention_files: list[str]) -> None:
    """Each entity's mentions and documents (handles included), from a group-by of the linked mentions."""
    mentions = shard_frame(mention_files, "mentions", ["entity_id", "doc_id"])
    per_entity = mentions.groupby("entity_id").size()
    per_document = mentions.drop_duplicates().groupby("entity_id").size()
    mention_counts, document_counts = dd.compute(per_entity, per_document)
    for row in entities:
        row["mention_count"] = int(mention_counts[row["entity_id"]])
        row["doc_count"] = int(document_counts[row["entity_id"]])


def _add_handle_aliases(entities: list[EntityRow], staging: Path, link_keys: list[str]) -> None:
    """A handle that names an entity is one of its aliases (as ``handles.link_handles`` does in one process)."""
    add_handle_aliases(entities, (h for key in link_keys for h in read_shard(shard_path(staging, "link", key, "handles"))))


def _relations(pair_files: list[str]) -> list[RelationRow]:
    """Relation rows: the pairs shuffled by entity pair, grouped, events in corpus order."""
    pairs = shard_frame(pair_files, "pairs")
    meta = pd.DataFrame({"rank": pd.Series(dtype="int64"), "kind": pd.Series(dtype="object"),
                         "source": pd.Series(dtype="object"), "target": pd.Series(dtype="object"),
                         "event_ids": pd.Series(dtype="object")})
    grouped = pairs.shuffle(on=["source", "target"]).map_partitions(_group_pairs, meta=meta).compute()
    grouped = grouped.sort_values(PAIR_KEY, kind="stable")
    return [{"source": r["source"], "target": r["target"], "kind": r["kind"], "weight": len(r["event_ids"]),
             "event_ids": list(r["event_ids"])} for r in grouped.to_dict("records")]


def _group_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    ordered = pairs.sort_values([*PAIR_KEY, "order"], kind="stable")
    lists = ordered.groupby(PAIR_KEY, sort=False)["event_id"].agg(list).rename("event_ids").reset_index()
    return lists.astype({"kind": object, "source": object, "target": object})
