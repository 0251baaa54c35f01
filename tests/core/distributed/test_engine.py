"""The Dask engine gives the workspace one process gives, survives a killed worker, and resumes.

A module-wide ``LocalCluster`` of two worker processes (not threads) serves the
tests through its scheduler address, which is also how ``--scheduler`` connects.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pandas as pd
import pytest
from distributed import Client, LocalCluster

from explorer.core.distributed import build_workspace_dask
from explorer.core.distributed import reduce as reduce_module
from explorer.core.distributed.shards import staging_folder
from explorer.core.errors import Cancelled
from explorer.core.model import TABLE_NAMES
from explorer.core.store import load_workspace
from explorer.core.store.held_rows import read_held_rows


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as local:
        yield local


def assert_same_tables(expected, found) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(expected[name], found[name], obj=name)


@pytest.mark.parametrize("reduce_on", ["the workers", "the client"])
def test_the_seeds_on_two_worker_processes_give_the_single_process_workspace(cluster, seed_build, seeds_dir, tmp_path,
                                                                             monkeypatch, reduce_on):
    # the reduce of a small corpus runs in the client process (round s15b); the distributed one must give the same
    if reduce_on == "the workers":
        monkeypatch.setattr(reduce_module, "IN_PROCESS_MENTIONS", 0)
    with Client(cluster.scheduler_address) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        assert len(set(client.run(os.getpid).values())) == 2  # two processes, not threads
    output = tmp_path / "dask.explorer"
    result = build_workspace_dask([seeds_dir], output, scheduler=cluster.scheduler_address, docs_per_partition=2)
    assert_same_tables(load_workspace(seed_build.path), load_workspace(output))
    assert result.path == output and not result.skipped and not result.warnings
    assert not staging_folder(output).exists()  # removed once the workspace is saved


def test_a_worker_killed_mid_run_neither_loses_nor_duplicates_a_document(cluster, seed_build, seeds_dir, tmp_path):
    with Client(cluster.scheduler_address) as client:
        pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one_worker(phase: str, done: int, total: int) -> None:
        if phase == "extract" and done == 1 and not killed:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    output = tmp_path / "killed.explorer"
    build_workspace_dask([seeds_dir], output, scheduler=cluster.scheduler_address, docs_per_partition=1,
                         on_progress=kill_one_worker)
    assert killed
    tables = load_workspace(output)
    assert sorted(tables["documents"]["name"]) == sorted(load_workspace(seed_build.path)["documents"]["name"])
    assert_same_tables(load_workspace(seed_build.path), tables)


def test_a_cancelled_run_keeps_the_old_workspace_and_the_next_run_skips_finished_partitions(
        cluster, seed_workspace, seeds_dir):
    before = seed_workspace.read_bytes()
    extracted: list[int] = []

    def cancel_after_one(phase: str = "", done: int = 0, total: int = 0) -> None:
        if phase == "extract" and done:
            extracted.append(done)

    with pytest.raises(Cancelled):
        build_workspace_dask([seeds_dir], seed_workspace, scheduler=cluster.scheduler_address, docs_per_partition=1,
                             on_progress=cancel_after_one, should_cancel=lambda: bool(extracted))
    assert seed_workspace.read_bytes() == before
    assert staging_folder(seed_workspace).is_dir()

    totals: dict[str, int] = {}
    build_workspace_dask([seeds_dir], seed_workspace, scheduler=cluster.scheduler_address, docs_per_partition=1,
                         on_progress=lambda phase, done, total: totals.__setitem__(phase, total))
    assert totals["read"] == 0  # every file was already read into a shard
    assert totals["extract"] < 5  # the partition done before the cancel is not extracted again
    assert len(load_workspace(seed_workspace)["documents"]) == 5


def test_files_of_many_documents_extract_as_in_one_process(cluster, tmp_path):
    """A CSV of articles, a mailbox and a feed: each file's documents keep their order and origin, and a
    file of many documents is extracted in several tasks."""
    import shutil

    from explorer.core.build.local import build_workspace

    data = Path(__file__).resolve().parents[2] / "data" / "formats"
    folder = tmp_path / "case"
    folder.mkdir()
    for name in ("articles.csv", "case.mbox", "news.rss", "bad_rows.csv"):
        shutil.copy(data / name, folder / name)
    single = build_workspace([folder], tmp_path / "one.explorer")
    totals: dict[str, int] = {}
    result = build_workspace_dask([folder], tmp_path / "dask.explorer", scheduler=cluster.scheduler_address,
                                  docs_per_partition=2, on_progress=lambda phase, done, total: totals.__setitem__(phase, total))
    # Two files a partition to read; two documents a task to extract: 3 kept of the CSVs' 5 rows (2 are
    # copies), the mailbox's 3 messages and the feed's 2 items: 2 + 3 tasks, not one per partition.
    assert (totals["read"], totals["extract"]) == (2, 5)
    expected, found = load_workspace(single.path), load_workspace(result.path)
    assert_same_tables(expected, found)
    assert list(found["documents"]["origin"])[:3] == [
        "row 1 · https://example.org/news/rotterdam-port", "row 2 · https://example.org/news/kestrel-jobs", "row 3"]
    assert sorted((s.name, s.reason) for s in result.skipped) == sorted((s.name, s.reason) for s in single.skipped)
    # What 'explorer add' needs of the rows is saved as by the in-process engine (it was not: add re-extracted)
    assert read_held_rows(result.path) == read_held_rows(single.path) != {}
