"""Extraction: documents → entities, time expressions, events, relations, clusters.

``extract_documents`` runs the batch step (``batch.extract_batch``) over all
documents, in this process or in worker processes, reporting progress and
checking for cancellation between batches, then the corpus step
(``corpus.build_tables``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from explorer.core.document import Document
from explorer.core.errors import Cancelled
from explorer.core.extract.batch import BatchRows
from explorer.core.extract.runner import run_batches
from explorer.core.extract.year_hint import give_corpus_year

if TYPE_CHECKING:
    from explorer.core.model import Tables

Progress = Callable[[int, int], None]


def extract_documents(
    documents: list[Document],
    workers: int = 1,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    failures: list[dict] | None = None,
) -> "Tables":
    """The event model's tables for ``documents``.

    ``on_progress(done, total)`` is called as documents finish; when
    ``should_cancel()`` turns true, ``Cancelled`` is raised between batches. A
    document whose extraction raises is left out of the events and, when
    ``failures`` is given, named in it (``name``, ``doc_id``, ``reason``).
    """
    give_corpus_year(documents)
    from explorer.core.extract.corpus import build_tables  # here, so worker processes never import pandas

    rows = BatchRows()
    for batch_rows, batch_failures in run_batches(documents, workers, on_progress):
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        rows.extend(batch_rows)
        if failures is not None:
            failures.extend(batch_failures)
    return build_tables(documents, rows)


__all__ = ["Cancelled", "extract_documents"]
