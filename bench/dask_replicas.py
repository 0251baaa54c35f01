"""Replicas of a Dask run's shards, to time the reduce on more articles than exist here (issue 19).

About 2,950 real articles exist on this machine; the reduce's cost at 10,000 cannot be
measured on real ones. This makes copy ``k`` of every ingest and extraction shard a Dask
run kept: each document becomes a new document (``copyK/<name>``, the id ingest gives a
file of that name and text, its file position moved past the copies before it), and every
column that carries a document's id is rewritten consistently (ids, and the mention, timex
and event ids that begin with one); the rows are otherwise the same.

What replicas are not: a corpus of new articles. Entity resolution meets the same names
again (like a corpus whose entities recur: the distinct forms do not grow, their counts
do), and each story is told again word for word by every copy, so the cross-source
clusters group the copies of a story together (not near-duplicates here: ``copy_of`` is
only set within a copy, as the real run set it). Why not a folder of the same files under
new names, extracted once: ingest's near-duplicate step would mark every copy a copy of the
original and extraction would skip it.

Copy 0 is the shards themselves (copied, so the reduce's link shards are written beside
the replicas, not among the kept run's shards).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from explorer.core.distributed.shards import (EXTRACT_TABLES, INGEST_TABLES, content_key, read_shard, shard_path,
                                              shards_done, write_shard)
from explorer.core.document import Document
from explorer.core.ingest.reader import document_id

# The columns that hold a document's id, or an id made from it (``<doc_id>-m3``), per shard table.
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "furniture": ("doc_id",),
    "skipped": (),
    "mentions": ("mention_id", "doc_id"),
    "timexes": ("timex_id", "doc_id"),
    "events": ("event_id", "doc_id", "participants", "agents", "patients", "place", "timex_id", "cluster_id"),
    "failures": ("doc_id",),
}
NAME_COLUMNS = {"documents": ("name",), "skipped": ("name",), "failures": ("name",)}


@dataclass
class Copy:
    """One copy of the corpus: what ``reduce_tables`` takes for it."""

    ingest_keys: list[str]
    extract_keys: list[str]
    extracted: list[list[str]]
    documents: list[Document]


def replica_name(name: str, copy: int) -> str:
    return name if copy == 0 else f"copy{copy}/{name}"


def replica_path(path: str, copy: int) -> str:
    if copy == 0 or not path:
        return path
    where = Path(path)
    return str(where.parent / f"copy{copy}" / where.name)


def new_id(old: str, ids: dict[str, str]) -> str:
    """``old`` with the document id it is or begins with (``<doc_id>-e4``) replaced; other text as it is."""
    if not old:
        return old
    if old in ids:
        return ids[old]
    head, dash, tail = old.partition("-")
    return ids[head] + dash + tail if dash and head in ids else old


def rewrite_row(table: str, row: dict[str, Any], ids: dict[str, str], copy: int, files: int) -> dict[str, Any]:
    """One shard row of copy ``copy``: ids through ``ids``, names and paths under ``copyK/``, the file
    position moved by ``files`` (the corpus's file count) per copy; every other value as it was."""
    out = dict(row)
    for column in ID_COLUMNS[table]:
        value = out.get(column)
        if isinstance(value, list):
            out[column] = [new_id(v, ids) for v in value]
        elif isinstance(value, str):
            out[column] = new_id(value, ids)
    for column in NAME_COLUMNS.get(table, ()):
        out[column] = replica_name(out[column], copy)
    if table == "documents":
        out["path"] = replica_path(out["path"], copy)
        out["position"] = out["position"] + copy * files
    return out


def copy_ids(documents: Sequence[Document], copy: int) -> dict[str, str]:
    """Each document's id in copy ``copy``: the id ingest gives its text under the copy's name."""
    return {d.doc_id: d.doc_id if copy == 0 else document_id(replica_name(d.name, copy), d.text) for d in documents}


def replicate(staging: Path, target: Path, partitions, documents: Sequence[Document], copies: int) -> list[Copy]:
    """``copies`` copies of the corpus in ``target`` (an empty or earlier replicas' staging folder).

    ``partitions``: the run's (``engine.Partition``, slices planned: ``_extract_tasks``);
    ``documents``: the corpus in order, with its corpus dates and near-duplicates set (``_documents``).
    Shards already written (an earlier call) are kept."""
    files = 1 + max((row["position"] for p in partitions
                     for row in read_shard(shard_path(staging, "ingest", p.ingest_key, "documents"))), default=-1)
    out = []
    for copy in range(copies):
        ids = copy_ids(documents, copy)
        ingest_keys, extract_keys, extracted = [], [], []
        for partition in partitions:
            ingest_key = _key(partition.ingest_key, copy)
            _copy_shards(staging, target, "ingest", partition.ingest_key, ingest_key, INGEST_TABLES, ids, copy, files)
            for piece in partition.slices:
                extract_key = _key(piece.extract_key, copy)
                _copy_shards(staging, target, "extract", piece.extract_key, extract_key, EXTRACT_TABLES, ids, copy,
                             files)
                ingest_keys.append(ingest_key)
                extract_keys.append(extract_key)
                extracted.append([ids[i] for i in piece.doc_ids])
        copied = [replace(d, doc_id=ids[d.doc_id], name=replica_name(d.name, copy), path=replica_path(d.path, copy),
                          copy_of=ids.get(d.copy_of, d.copy_of)) for d in documents]
        out.append(Copy(ingest_keys, extract_keys, extracted, copied))
    return out


def combined(copies: Sequence[Copy]) -> tuple[list[str], list[str], list[list[str]], list[Document]]:
    """The first copies as one corpus: ``reduce_tables``' ingest keys, extract keys, documents, extracted."""
    return ([k for c in copies for k in c.ingest_keys], [k for c in copies for k in c.extract_keys],
            [d for c in copies for d in c.documents], [i for c in copies for i in c.extracted])


def kept_fingerprint(staging: Path, partitions, documents: Sequence[Document], output: Path, size: int) -> str:
    """The extraction fingerprint a kept run's shards were made with, its partitions' slices planned with it.

    The shards' keys hold the extraction code's fingerprint, so once that code changes (any commit to
    ``core/extract``) today's keys find none of them: then the fingerprint the run saved in its workspace
    does. What is timed is today's reduce on the rows that run extracted."""
    from explorer.core.distributed.engine import _extract_tasks
    from explorer.core.fingerprint import extraction_fingerprint
    from explorer.core.store.workspace import read_meta

    today = extraction_fingerprint()
    if not _extract_tasks(partitions, documents, staging, today, size):
        return today
    saved = read_meta(output).get("extraction", "") if output.exists() else ""
    if saved and not _extract_tasks(partitions, documents, staging, saved, size):
        return saved
    raise SystemExit(f"shards missing in {staging} (extraction fingerprint {today}, the run's {saved or 'unknown'})")


def _key(key: str, copy: int) -> str:
    return key if copy == 0 else content_key("replica", copy, key)


def _copy_shards(staging: Path, target: Path, stage: str, key: str, new_key: str, tables: tuple[str, ...],
                 ids: dict[str, str], copy: int, files: int) -> None:
    if shards_done(target, stage, new_key, tables):
        return
    for table in tables:
        source, destination = shard_path(staging, stage, key, table), shard_path(target, stage, new_key, table)
        if copy == 0:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        else:
            write_shard(destination, table, [rewrite_row(table, row, ids, copy, files) for row in read_shard(source)])
