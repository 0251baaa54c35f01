"""Extraction of many documents: ``extract_documents``, the entry point.

``extract_documents`` runs the batch step (``batch.extract_batch``) over all
documents, then the corpus step (``corpus.build_tables``), reporting progress
and checking for cancellation between batches. With one worker the model is
loaded here; with more, a pool of spawned processes each loads it once (in the
pool initializer) and sends back plain rows, never ``Doc`` objects. Documents go
out in small batches so progress stays smooth and cancellation is prompt.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from explorer.core.document import Document
from explorer.core.errors import Cancelled
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import BatchRows, extract_batch_or_name_failures
from explorer.core.extract.rows import Failure
from explorer.core.extract.timex.year_hint import give_corpus_year

if TYPE_CHECKING:
    from explorer.core.model import Tables

DOCS_PER_BATCH = 8


Outcome = tuple[BatchRows, list[Failure]]  # a batch's rows, and its documents that failed (name, doc_id, reason)
Progress = Callable[[int, int], None]


def extract_documents(
    documents: list[Document],
    workers: int = 1,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    failures: list[Failure] | None = None,
    held: BatchRows | None = None,
    on_rows: Callable[[BatchRows], None] | None = None,
) -> "Tables":
    """The event model's tables for ``documents``.

    ``on_progress(done, total)`` is called as documents finish; when
    ``should_cancel()`` turns true, ``Cancelled`` is raised between batches. A
    document whose extraction raises is left out of the events and, when
    ``failures`` is given, named in it (``name``, ``doc_id``, ``reason``).
    A near-duplicate (``copy_of`` set) is a source, not more events: it is stored but
    not extracted. ``held`` are batch rows a workspace already holds (``explorer add``):
    their documents are not extracted again, only the corpus step sees them.
    ``on_rows`` receives every batch row before the corpus step, so they can be saved.
    """
    give_corpus_year(documents)
    from explorer.core.extract.pipeline.corpus import build_tables  # here, so worker processes never import pandas

    rows = BatchRows()
    done = held_documents(held) if held is not None else set()
    to_extract = [d for d in documents if not d.copy_of and d.doc_id not in done]
    for batch_rows, batch_failures in run_batches(to_extract, workers, on_progress):
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        rows.extend(batch_rows)
        if failures is not None:
            failures.extend(batch_failures)
    if held is not None:
        rows.extend(held)
    if on_rows is not None:
        on_rows(rows)
    return build_tables(documents, rows)


def held_documents(held: BatchRows) -> set[str]:
    """The documents whose rows are held; a document with no rows at all is named by ``held.documents``."""
    return set(held.documents) | {r["doc_id"] for r in held.mentions} | {r["doc_id"] for r in held.events}


def run_batches(
    documents: list[Document], workers: int, on_progress: Progress | None
) -> Iterator[Outcome]:
    """Yield each batch's rows and failures as it finishes, reporting documents done."""
    size = batch_size(len(documents), workers)
    batches = [documents[i:i + size] for i in range(0, len(documents), size)]
    done = 0
    for batch, rows in _results(batches, workers):
        done += len(batch)
        if on_progress is not None:
            on_progress(done, len(documents))
        yield rows


def batch_size(documents: int, workers: int) -> int:
    """At most DOCS_PER_BATCH, and small enough that every worker gets several batches."""
    if workers <= 1:
        return DOCS_PER_BATCH
    return max(1, min(DOCS_PER_BATCH, -(-documents // (workers * 4))))


def _results(batches: list[list[Document]], workers: int) -> Iterator[tuple[list[Document], Outcome]]:
    if workers <= 1 or len(batches) <= 1:
        nlp = load_pipeline()
        for batch in batches:
            yield batch, extract_batch_or_name_failures(batch, nlp)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_load_in_worker)
    futures = {pool.submit(_extract_in_worker, batch): batch for batch in batches}
    finished: set = set()
    try:
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except BrokenProcessPool:  # a worker was killed (out of memory, kill -9): its batches are redone here
                break
            finished.add(future)
            yield futures[future], outcome
    except BaseException:  # Ctrl+C, SIGTERM, cancellation: no worker outlives the command
        _stop(pool)
        raise
    _stop(pool)
    left = [batch for future, batch in futures.items() if future not in finished]
    if left:
        nlp = load_pipeline()
        for batch in left:
            yield batch, extract_batch_or_name_failures(batch, nlp)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers now (a batch under way is abandoned, not awaited)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # the executor has no public handle on them
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    for worker in workers:
        worker.join(timeout=5)
    # The executor's own thread closes its wake-up pipe as it sees the workers gone; left running, it races the
    # interpreter's exit hook that writes to that pipe ("Bad file descriptor" printed after "cancelled").
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=5)


def _load_in_worker() -> None:
    # Ctrl+C reaches every process of the terminal's group: the parent alone decides what it means
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_pipeline()


def _extract_in_worker(batch: list[Document]) -> Outcome:
    return extract_batch_or_name_failures(batch, load_pipeline())
