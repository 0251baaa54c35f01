"""A document that fails on a worker is named, and the rest of its partition is extracted."""

from __future__ import annotations

from explorer.core.distributed.partition import extract_partition, ingest_partition
from explorer.core.distributed.shards import read_shard, shard_path
from explorer.core.extract.pipeline import batch


def test_a_failing_document_is_reported_by_name_and_the_others_are_extracted(seeds_dir, tmp_path, monkeypatch):
    files = sorted(p for p in seeds_dir.iterdir() if p.suffix == ".txt")[:3]
    ingest_partition([(str(p), p.name, i) for i, p in enumerate(files)], str(tmp_path), "part")
    documents = read_shard(shard_path(tmp_path, "ingest", "part", "documents"))
    broken = documents[1]
    real = batch.extract_document

    def extract_or_break(document, parsed):
        if document.doc_id == broken["doc_id"]:
            raise ValueError("cannot parse this one")
        return real(document, parsed)

    monkeypatch.setattr(batch, "extract_document", extract_or_break)
    dates = {d["doc_id"]: (d["published"], d["published_basis"], None) for d in documents}
    summary = extract_partition(str(tmp_path), "part", dates, "out")

    failures = read_shard(shard_path(tmp_path, "extract", "out", "failures"))
    assert [(f["name"], f["reason"]) for f in failures] == [(broken["name"], "ValueError: cannot parse this one")]
    events = read_shard(shard_path(tmp_path, "extract", "out", "events"))
    assert {e["doc_id"] for e in events} == {documents[0]["doc_id"], documents[2]["doc_id"]}
    assert summary["documents"] == 2 and summary["failures"] == 1
