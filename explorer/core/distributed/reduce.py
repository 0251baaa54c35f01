"""The reduce: corpus-level steps over every partition's shards, then the tables.

What runs on the cluster, as Dask DataFrame work over the shards:

- entity resolution's counting: mentions joined to their documents' corpus
  positions, grouped by form (key, type, text, titled form, defined acronym) with
  a count and the first position; that table of distinct forms is small (it grows
  with the vocabulary of names, not with the corpus), and the rules that join keys
  (``entities.resolve_forms``) run on it on the client;
- each entity's document count: mentions joined to the resolved keys, distinct
  (entity, document) pairs, grouped by entity.

What runs on the client, with the single-process code (``corpus.build_tables``),
because it needs the whole corpus at once: linking social handles, relations, and
cross-source clusters (document similarity with corpus IDF; ``docs/scale.md``
says how they would be blocked for a corpus of millions). The writer is the
single-process one: one transaction, renamed into place.
"""

from __future__ import annotations

from pathlib import Path

import dask.dataframe as dd
import pandas as pd

from explorer.core.distributed.shards import read_shard, shard_path
from explorer.core.document import Document
from explorer.core.extract.batch import BatchRows
from explorer.core.extract.corpus import Resolved, build_tables
from explorer.core.extract.entities import FORM_FIELDS, resolve_forms
from explorer.core.model import Tables

POSITION_SHIFT = 1 << 32  # order = document position * 2**32 + offset: corpus order in one integer


def reduce_tables(staging: Path, ingest_keys: list[str], extract_keys: list[str],
                  documents: list[Document]) -> Tables:
    """The workspace's tables from the shards (``documents`` carry the corpus step's dates)."""
    mention_files = [str(shard_path(staging, "extract", k, "mentions")) for k in extract_keys]
    document_files = [str(shard_path(staging, "ingest", k, "documents")) for k in ingest_keys]
    mentions = _mentions_in_corpus_order(mention_files, document_files).persist()
    forms = _mention_forms(mentions)
    entities, entity_of_key = resolve_forms(forms)
    doc_counts = _document_counts(mentions, entity_of_key)
    for row in entities:
        row["doc_count"] = int(doc_counts.get(row["entity_id"], 0))
    rows = _rows(staging, extract_keys)
    entity_of = {m["mention_id"]: entity_of_key[m["key"]] for m in rows.mentions}
    resolved: Resolved = (entities, entity_of)
    return build_tables(documents, rows, resolved)


def _mentions_in_corpus_order(mention_files: list[str], document_files: list[str]) -> dd.DataFrame:
    """Mentions with an ``order`` column, from a join with the documents' corpus positions."""
    columns = ["doc_id", "start", *FORM_FIELDS]
    mentions = dd.read_parquet(mention_files, columns=columns)
    positions = dd.read_parquet(document_files, columns=["doc_id", "position"])
    joined = mentions.merge(positions, on="doc_id", how="left")
    joined = joined.assign(order=joined["position"] * POSITION_SHIFT + joined["start"])
    return joined.fillna({field: "" for field in ("titled", "defines")})


def _mention_forms(mentions: dd.DataFrame) -> list[dict]:
    """Distinct forms with their counts, in order of first appearance (``entities.mention_forms``)."""
    grouped = mentions.groupby(list(FORM_FIELDS), dropna=False).agg(count=("start", "size"), first=("order", "min"))
    forms = grouped.compute().reset_index().sort_values("first", kind="stable")
    return [
        {**{field: str(row[field]) for field in FORM_FIELDS}, "count": int(row["count"])}
        for row in forms.to_dict("records")
    ]


def _document_counts(mentions: dd.DataFrame, entity_of_key: dict[str, str]) -> pd.Series:
    """Documents naming each entity: a join with the resolved keys and a distinct count."""
    keys = pd.DataFrame({"key": list(entity_of_key), "entity_id": list(entity_of_key.values())})
    pairs = mentions[["key", "doc_id"]].merge(keys, on="key", how="inner")[["entity_id", "doc_id"]]
    return pairs.drop_duplicates().groupby("entity_id").size().compute()


def _rows(staging: Path, extract_keys: list[str]) -> BatchRows:
    """Every partition's rows, as the batch step wrote them."""
    rows = BatchRows()
    for key in extract_keys:
        rows.extend(BatchRows(
            mentions=read_shard(shard_path(staging, "extract", key, "mentions")),
            timexes=read_shard(shard_path(staging, "extract", key, "timexes")),
            events=read_shard(shard_path(staging, "extract", key, "events")),
        ))
    return rows
