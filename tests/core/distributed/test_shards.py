"""The reduce reads many small shards as few partitions, with every row once and in order."""

from __future__ import annotations

from explorer.core.distributed.shards import shard_frame, shard_path, write_shard


def _pairs(tmp_path, shards: int, rows: int) -> list:
    paths = []
    for s in range(shards):
        path = shard_path(tmp_path, "link", f"k{s}", "pairs")
        write_shard(path, "pairs", [{"rank": 1, "kind": "with", "source": f"e{s}", "target": f"e{r}",
                                     "event_id": f"d{s}-v{r}", "order": s * 100 + r} for r in range(rows)])
        paths.append(path)
    return paths


def test_small_shards_are_read_together_as_one_partition(tmp_path):
    frame = shard_frame(_pairs(tmp_path, shards=30, rows=5), "pairs")
    assert frame.npartitions == 1
    assert frame.compute()["order"].tolist() == [s * 100 + r for s in range(30) for r in range(5)]


def test_a_big_corpus_still_spreads_over_partitions_of_bounded_rows(tmp_path):
    frame = shard_frame(_pairs(tmp_path, shards=10, rows=4), "pairs", ["event_id"], rows_per_partition=12)
    assert frame.npartitions == 4  # three shards of four rows each, then the tenth alone
    assert list(frame.columns) == ["event_id"]
    assert frame.compute()["event_id"].tolist() == [f"d{s}-v{r}" for s in range(10) for r in range(4)]


def test_no_shards_read_as_an_empty_frame_of_the_table_s_columns(tmp_path):
    frame = shard_frame([], "mentions", ["entity_id", "doc_id"])
    assert frame.compute().empty and list(frame.columns) == ["entity_id", "doc_id"]
