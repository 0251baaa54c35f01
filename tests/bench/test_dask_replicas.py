"""``bench/dask_replicas.py``: a copy of the shards keeps every table's rows and changes only the ids
(and the names, paths and file positions that make each copy a new document)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from explorer.core.distributed.engine import Partition, Slice
from explorer.core.distributed.shards import EXTRACT_TABLES, INGEST_TABLES, read_shard, shard_path, write_shard
from explorer.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from dask_replicas import ID_COLUMNS, combined, replicate  # noqa: E402

A, B = "d00000000000a", "d00000000000b"


def _documents() -> list[Document]:
    return [Document(doc_id=A, name="a.txt", text="Acme hired Bo Li.", path="/corpus/a.txt", published="2024-05-01"),
            Document(doc_id=B, name="b.txt", text="Acme hired Bo Li!", path="/corpus/b.txt", copy_of=A)]


def _rows() -> dict[str, list[dict]]:
    return {
        "documents": [{"doc_id": d.doc_id, "name": d.name, "text": d.text, "title": "", "source": "", "published":
                       d.published, "published_basis": "metadata", "path": d.path, "position": i, "part": 0,
                       "origin": "", "pages": []} for i, d in enumerate(_documents())],
        "furniture": [{"doc_id": A, "start": 0, "end": 4, "kind": "share"}],
        "skipped": [{"name": "c.pdf", "reason": "unreadable"}],
        "mentions": [{"mention_id": f"{A}-m0", "entity_id": "", "doc_id": A, "start": 0, "end": 4, "text": "Acme",
                      "type": "ORG", "key": "acme", "titled": None, "defines": None, "cue": None},
                     {"mention_id": f"{A}-m11", "entity_id": "", "doc_id": A, "start": 11, "end": 16, "text": "Bo Li",
                      "type": "PERSON", "key": "bo li", "titled": None, "defines": None, "cue": None}],
        "timexes": [{"timex_id": f"{A}-t0", "doc_id": A, "start": 0, "end": 4, "text": "May", "type": "DATE",
                     "value": "2024-05", "date_start": "2024-05-01", "date_end": "2024-05-31", "basis": "timex"}],
        "events": [{"event_id": f"{A}-e0", "doc_id": A, "sentence": "Acme hired Bo Li.", "start": 0, "end": 17,
                    "trigger": "hired", "trigger_start": 5, "trigger_end": 10, "lemma": "hire", "tense": "past",
                    "date_start": "2024-05-01", "date_end": "2024-05-31", "date_basis": "timex",
                    "timex_id": f"{A}-t0", "place": "", "participants": [f"{A}-m0", f"{A}-m11"], "cluster_id": "",
                    "agents": [f"{A}-m0"], "patients": [f"{A}-m11"]}],
        "failures": [{"name": "b.txt", "doc_id": B, "reason": "boom"}],
    }


@pytest.fixture
def staging(tmp_path):
    folder = tmp_path / "run.explorer.staging"
    for table, rows in _rows().items():
        stage, key = ("ingest", "i1") if table in INGEST_TABLES else ("extract", "x1")
        write_shard(shard_path(folder, stage, key, table), table, rows)
    return folder


def _partitions() -> list[Partition]:
    return [Partition([("/corpus/a.txt", "a.txt", 0), ("/corpus/b.txt", "b.txt", 1)], "i1", [A, B], [Slice([A], "x1")])]


def test_a_copy_keeps_every_row_and_changes_only_the_ids(staging, tmp_path):
    target = tmp_path / "replicas.staging"
    copies = replicate(staging, target, _partitions(), _documents(), 3)
    assert len(copies) == 3
    original = _rows()
    seen_ids: set[str] = set()
    for number, copy in enumerate(copies):
        ids = {d.doc_id for d in copy.documents}
        assert len(ids) == 2 and not ids & seen_ids  # every copy's documents are new documents
        seen_ids |= ids
        back = {new: old.doc_id for new, old in zip((d.doc_id for d in copy.documents), _documents())}
        for table, rows in original.items():
            stage, keys = ("ingest", copy.ingest_keys) if table in INGEST_TABLES else ("extract", copy.extract_keys)
            copied = read_shard(shard_path(target, stage, keys[0], table))
            assert len(copied) == len(rows)
            for old, new in zip(rows, copied):
                undone = dict(new)
                for column in ID_COLUMNS[table]:  # the ids, mapped back, are the original's
                    undone[column] = _undo(new[column], back)
                    if number and old[column] not in ("", [], None):
                        assert new[column] != old[column]
                if number:
                    for column in ("name",) if table in ("documents", "skipped", "failures") else ():
                        assert undone[column] == f"copy{number}/{old[column]}"
                        undone[column] = old[column]
                if table == "documents":
                    assert undone["position"] == old["position"] + 2 * number  # two files in the corpus
                    assert undone["path"] == old["path"].replace("/corpus/", f"/corpus/copy{number}/" if number else "/corpus/")
                    undone["position"], undone["path"] = old["position"], old["path"]
                assert undone == old
        # the client's documents: the same text and dates, a copy's near-duplicate points within the copy
        assert [d.text for d in copy.documents] == [d.text for d in _documents()]
        assert copy.documents[1].copy_of == copy.documents[0].doc_id
        assert copy.documents[0].published == "2024-05-01"
        assert copy.extracted == [[copy.documents[0].doc_id]]


def test_copy_zero_is_the_shards_themselves_and_copies_combine_in_order(staging, tmp_path):
    target = tmp_path / "replicas.staging"
    copies = replicate(staging, target, _partitions(), _documents(), 2)
    assert copies[0].ingest_keys == ["i1"] and copies[0].extract_keys == ["x1"]
    for table in EXTRACT_TABLES:
        assert read_shard(shard_path(target, "extract", "x1", table)) == read_shard(shard_path(staging, "extract", "x1", table))
    ingest, extract, documents, extracted = combined(copies)
    assert ingest == ["i1", copies[1].ingest_keys[0]] and extract == ["x1", copies[1].extract_keys[0]]
    assert [d.doc_id for d in documents] == [A, B, *(d.doc_id for d in copies[1].documents)]
    assert extracted == [[A], [copies[1].documents[0].doc_id]]
    again = replicate(staging, target, _partitions(), [replace(d) for d in _documents()], 2)  # shards kept, same keys
    assert again[1].extract_keys == copies[1].extract_keys


def _undo(value, back: dict[str, str]):
    if isinstance(value, list):
        return [_undo(v, back) for v in value]
    if not value:
        return value
    head, dash, tail = value.partition("-")
    return back.get(head, head) + dash + tail


def test_kept_shards_are_found_by_the_fingerprint_their_run_saved(staging, tmp_path, monkeypatch):
    """Once the extraction code changes, today's fingerprint names none of a kept run's shards; the one saved
    in its workspace does (before: the bench stopped with "shards missing")."""
    import dask_replicas
    from explorer.core.distributed.engine import _extract_tasks
    from explorer.core.store import workspace

    partitions = _partitions()
    _extract_tasks(partitions, _documents(), staging, "the-run's", 25)  # where that run's extraction shards are
    for table in EXTRACT_TABLES:
        (staging / "extract" / f"x1.{table}.parquet").rename(shard_path(staging, "extract", partitions[0].slices[0].extract_key, table))
    output = tmp_path / "run.explorer"
    output.write_bytes(b"")
    monkeypatch.setattr(workspace, "read_meta", lambda path: {"extraction": "the-run's"})
    fresh = _partitions()
    assert dask_replicas.kept_fingerprint(staging, fresh, _documents(), output, 25) == "the-run's"
    assert fresh[0].slices[0].extract_key == partitions[0].slices[0].extract_key  # the slices planned with it
    monkeypatch.setattr(workspace, "read_meta", lambda path: {"extraction": "another"})
    with pytest.raises(SystemExit, match="shards missing"):
        dask_replicas.kept_fingerprint(staging, _partitions(), _documents(), output, 25)
