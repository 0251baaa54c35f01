"""``explorer extract --engine dask``: the map on a Dask cluster, the reduce, one writer.

Without a scheduler address a ``LocalCluster`` of worker processes is started (one
thread each: spaCy holds the GIL); with one, the client connects to a running
cluster (``dask scheduler`` and ``dask worker ADDRESS`` on other machines, where
Explorer is installed and the staging folder is on a shared disk). Progress is the
cluster's completed tasks; a cancel (Ctrl+C) cancels the outstanding tasks and
leaves any existing workspace as it was, and the shards already written, so the
next run picks up where this one stopped. After a successful save the staging
folder is removed.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.build.local import BuildResult, NothingToExtract, PhaseProgress, nothing_read
from explorer.core.distributed.partition import CorpusDates, extract_partition, ingest_partition, read_documents_shard
from explorer.core.distributed.shards import (EXTRACT_TABLES, INGEST_TABLES, check_staging, content_key, read_shard,
                                              shard_path, shards_done, staging_folder)
from explorer.core.errors import Cancelled, ExplorerError
from explorer.core.extract.timex.year_hint import give_corpus_year
from explorer.core.ingest.discover import FoundFile, discover_files, shown_name
from explorer.core.ingest.duplicates import mark_copies
from explorer.core.ingest.published import assign_corpus_years
from explorer.core.ingest.results import Skipped
from explorer.core.workspace_file import check_replaceable

DOCS_PER_PARTITION = 25


@dataclass
class Slice:
    """Documents of one ingest partition extracted together, and the key of their extraction shards."""

    doc_ids: list[str]
    extract_key: str


@dataclass
class Partition:
    """A slice of the corpus: its files, and the keys of the shards made from it.

    Files are read a partition at a time; their documents are extracted ``docs_per_partition`` at
    a time (``slices``), so one table of thousands of articles is spread over the workers."""

    files: list[tuple[str, str, int]]  # (path, shown name, position in the corpus)
    ingest_key: str
    doc_ids: list[str] = field(default_factory=list)  # the documents read from its files, once they are
    slices: list[Slice] = field(default_factory=list)  # what is extracted, once planned


def build_workspace_dask(
    inputs: list[str | Path],
    output: str | Path,
    scheduler: str | None = None,
    workers: int = 2,
    docs_per_partition: int = DOCS_PER_PARTITION,
    on_progress: PhaseProgress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    keep_staging: bool = False,
    columns: Mapping[str, str] | None = None,
) -> BuildResult:
    """Read, extract and save like ``build.build_workspace``, with the map on a Dask cluster.

    ``result.timings`` has the seconds of each phase (``startup`` is the cluster
    coming up with the model loaded on every worker); ``keep_staging`` keeps the
    shards after the save (benchmarks time the reduce alone on them); ``columns`` maps article
    tables' columns (``read_documents``). One extraction onto
    ``output`` at a time, and the decisions carried are those saved when it saves (``store.building``).
    """
    from explorer.core.store import building

    with building(output):
        return _build_dask(inputs, Path(output), scheduler, workers, docs_per_partition, on_progress,
                           should_cancel, keep_staging, tuple(sorted((columns or {}).items())))


def _build_dask(inputs: list[str | Path], output: Path, scheduler: str | None, workers: int,
                docs_per_partition: int, on_progress: PhaseProgress | None,
                should_cancel: Callable[[], bool] | None, keep_staging: bool,
                columns: tuple[tuple[str, str], ...] = ()) -> BuildResult:
    from explorer.core.fingerprint import extraction_fingerprint
    from explorer.core.store import replace_workspace

    started = time.perf_counter()
    report = on_progress or (lambda phase, done, total: None)
    check_replaceable(output)  # before the work: a text or someone's database given as the output is refused
    warnings: list[str] = []
    files, skipped = discover_files(list(inputs))
    if not files:
        raise NothingToExtract(", ".join(str(p) for p in inputs), "no readable documents found (.txt, .md or .html files)")
    staging = staging_folder(output)
    check_staging(staging)
    partitions = plan_partitions(files, docs_per_partition, columns)
    clock = PhaseClock()
    with dask_client(scheduler, workers) as client:
        clock.lap("startup")
        warnings += _run(client, "read", _ingest_tasks(partitions, staging, columns), report, should_cancel)
        documents, unreadable = _documents(staging, partitions)
        if not documents:
            raise nothing_read(inputs, skipped + unreadable)
        fingerprint = extraction_fingerprint()
        clock.lap("read")
        _run(client, "extract", _extract_tasks(partitions, documents, staging, fingerprint, docs_per_partition),
             report, should_cancel)
        warnings += _failures(staging, partitions)
        clock.lap("extract")
        report("combine", 0, 1)
        from explorer.core.distributed.reduce import reduce_tables

        ingest_keys, extract_keys, extracted = reduce_inputs(partitions)
        tables = reduce_tables(client, staging, ingest_keys, extract_keys, documents, extracted)
        held = _held_rows(staging, partitions)
        report("combine", 1, 1)
        clock.lap("combine")
    report("save", 0, 1)
    meta = {"inputs": "; ".join(shown_name(str(p)) for p in inputs), "extraction": fingerprint, "engine": "dask"}
    path, edits, edit_problems = replace_workspace(tables, output, meta, held)
    warnings += edit_problems
    report("save", 1, 1)
    from explorer.core.store.cache_stream import cache_after_save

    cache_after_save(path, report, should_cancel)  # a big case's first opening then reads columns, not rows
    clock.lap("save")
    if not keep_staging:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(path, tables, skipped + unreadable, warnings, seconds=time.perf_counter() - started,
                       edits=edits, timings=clock.laps)


class PhaseClock:
    """Seconds between successive laps, by name."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now


def plan_partitions(files: list[FoundFile], size: int, columns: tuple[tuple[str, str], ...] = ()) -> list[Partition]:
    """Files in corpus order, cut into partitions keyed by their paths, names, sizes and times
    (and the table column mapping, which changes what a table's rows read as)."""
    partitions = []
    for first in range(0, len(files), size):
        chunk = [(str(f.path.resolve()), f.name, first + i) for i, f in enumerate(files[first:first + size])]
        stamps = [(path, name, position, *_stamp(Path(path))) for path, name, position in chunk]
        partitions.append(Partition(chunk, content_key("ingest", *stamps, *([columns] if columns else []))))
    return partitions


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _ingest_tasks(partitions: list[Partition], staging: Path,
                  columns: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, Callable, tuple]]:
    return [
        (f"explorer-ingest-{p.ingest_key}", ingest_partition, (p.files, str(staging), p.ingest_key, columns))
        for p in partitions if not shards_done(staging, "ingest", p.ingest_key, INGEST_TABLES)
    ]


def _documents(staging: Path, partitions: list[Partition]):
    """Every document in corpus order with its corpus-level dates and near-duplicates (``copy_of``,
    as ``build_workspace`` marks them) set, and the files that were unreadable."""
    documents, unreadable = [], list[Skipped]()
    for partition in partitions:
        read = read_documents_shard(staging, partition.ingest_key)
        partition.doc_ids = [d.doc_id for d in read]
        documents.extend(read)
        unreadable.extend(Skipped(**row) for row in read_shard(shard_path(staging, "ingest", partition.ingest_key,
                                                                             "skipped")))
    assign_corpus_years(documents)
    give_corpus_year(documents)
    mark_copies(documents)
    return documents, unreadable


def _extract_tasks(partitions: list[Partition], documents, staging: Path, fingerprint: str,
                   size: int = DOCS_PER_PARTITION):
    """One task per ``size`` documents of a partition not yet extracted with these dates and this
    extraction code; a near-duplicate is stored, not extracted (no dates are sent for it)."""
    by_id = {d.doc_id: d for d in documents}
    tasks = []
    for partition in partitions:
        kept = [i for i in partition.doc_ids if not by_id[i].copy_of]
        partition.slices = []
        for first in range(0, max(len(kept), 1), size):  # a partition of no document still gets its (empty) shards
            dates: dict[str, CorpusDates] = {
                i: (by_id[i].published, by_id[i].published_basis, by_id[i].year_hint) for i in kept[first:first + size]}
            key = content_key("extract", partition.ingest_key, fingerprint, sorted(dates.items()))
            partition.slices.append(Slice(list(dates), key))
            if not shards_done(staging, "extract", key, EXTRACT_TABLES):
                tasks.append((f"explorer-extract-{key}", extract_partition,
                              (str(staging), partition.ingest_key, dates, key)))
    return tasks


def reduce_inputs(partitions: list[Partition]) -> tuple[list[str], list[str], list[list[str]]]:
    """For each extraction shard: its ingest shard's key, its own key, and its documents (``reduce_tables``)."""
    shards = [(p.ingest_key, s) for p in partitions for s in p.slices]
    return [k for k, _ in shards], [s.extract_key for _, s in shards], [s.doc_ids for _, s in shards]


def _held_rows(staging: Path, partitions: list[Partition]):
    """What ``explorer add`` needs of the extracted documents' rows (``store.held_rows``), from the
    extraction shards (the batch rows before the corpus step, as ``build_workspace`` saves them):
    every document extracted, not a copy, not one that failed."""
    from explorer.core.store.held_rows import held_rows

    slices = [s for p in partitions for s in p.slices]
    failed = {row["doc_id"] for s in slices for row in read_shard(shard_path(staging, "extract", s.extract_key, "failures"))}
    rows = {table: [row for s in slices for row in read_shard(shard_path(staging, "extract", s.extract_key, table))]
            for table in ("mentions", "events")}
    extracted = [i for s in slices for i in s.doc_ids if i not in failed]
    return held_rows(extracted, rows["mentions"], rows["events"])


def _failures(staging: Path, partitions: list[Partition]) -> list[str]:
    """A warning per document whose extraction failed on a worker."""
    from explorer.core.extract.pipeline.batch import failure_warning

    return [failure_warning(row) for p in partitions for s in p.slices
            for row in read_shard(shard_path(staging, "extract", s.extract_key, "failures"))]


def _run(client, phase: str, tasks: list, report: PhaseProgress, should_cancel) -> list[str]:
    """Submit ``tasks`` and wait for them, reporting each one done; returns the workers' warnings."""
    from distributed import as_completed

    report(phase, 0, len(tasks))
    futures = [client.submit(fn, *args, key=key, pure=False, retries=1) for key, fn, args in tasks]
    warnings: list[str] = []
    try:
        for done, future in enumerate(as_completed(futures), start=1):
            summary = future.result()
            warnings += [w for w in summary.get("warnings", []) if w not in warnings]
            report(phase, done, len(tasks))
            if should_cancel is not None and should_cancel():
                raise Cancelled()
    finally:
        client.cancel([f for f in futures if not f.done()])
    return warnings


def worker_settings() -> dict:
    """Dask settings for the local cluster's workers, without two defaults that slow spaCy down.

    Measured on 240 BBC articles (bench/README.md, run s7), a local worker spent about a fifth
    more CPU than one process on the same extraction tasks: most of it because the nanny starts
    workers with ``MALLOC_TRIM_THRESHOLD_=65536``, so glibc hands freed memory back to the system
    after every batch and the next one faults it in again (+10-15 % of CPU); then the statistical
    profiler sampling the task thread every 10 ms (+3-7 %), whose only reader is the dashboard,
    which is not started. A worker keeps glibc's default (adaptive) threshold and no profiler.
    """
    # None unsets a variable of the nanny's environment (distributed.nanny._get_env_variables)
    return {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
            "distributed.worker.profile.enabled": False}


@contextmanager
def _unset_environ(name: str):
    """``name`` absent from this process's environment while local workers are spawned, then as it was.

    A local cluster's nannies run in this process and copy their settings into ``os.environ``
    before spawning, so a cluster started earlier with Dask's defaults (a test's, a benchmark's)
    would hand its ``MALLOC_TRIM_THRESHOLD_`` to every later worker."""
    saved = os.environ.pop(name, None)
    try:
        yield
    finally:
        os.environ.pop(name, None)
        if saved is not None:
            os.environ[name] = saved


@contextmanager
def dask_client(scheduler: str | None, workers: int):
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="15s")
        except (OSError, TimeoutError) as exc:
            raise ExplorerError(scheduler, f"cannot reach the Dask scheduler ({exc}); start one with "
                                           "'dask scheduler', or leave out --scheduler for a local cluster") from exc
        cluster = None
    else:
        # No dashboard. dashboard_address=None alone still starts the scheduler's HTTP server (health,
        # metrics) on 8787 and warns "Port 8787 is already in use" when it is taken; any free local port
        # will do for that server.
        import dask

        with dask.config.set(worker_settings()), _unset_environ("MALLOC_TRIM_THRESHOLD_"):  # read by each nanny
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                   silence_logs=40)
        client = Client(cluster)
    try:
        from explorer.core.distributed.worker_plugin import ModelPlugin

        client.register_plugin(ModelPlugin(), name="explorer-model")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
