"""Building a workspace from files on this machine: ingest, extract (in this process or a pool of workers), save.

The command line and the GUI both call ``build_workspace``; it reports progress
through callbacks (phase, done, total) and never leaves a half-written workspace:
if nothing could be read, or the run is cancelled, the existing file is untouched.
Extracting onto an existing workspace keeps the analyst's decisions (merges,
renames, corrected dates, notes…): they are carried into the new file and
replayed over the fresh extraction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.document import Document
from explorer.core.edits import Edit
from explorer.core.errors import Cancelled, ExplorerError
from explorer.core.extract.pipeline.batch import BatchRows, failure_warning
from explorer.core.extract.pipeline.runner import extract_documents
from explorer.core.extract.rows import Failure
from explorer.core.fingerprint import extraction_fingerprint
from explorer.core.ingest import Skipped, read_documents
from explorer.core.ingest.duplicates import mark_copies
from explorer.core.ingest.discover import shown_name
from explorer.core.model import Tables
from explorer.core.store import building, replace_workspace
from explorer.core.store.cache_stream import cache_after_save
from explorer.core.store.held_rows import HeldRows, held_rows
from explorer.core.workspace_file import check_replaceable

PhaseProgress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    """What a build produced and what it had to leave out."""

    path: Path
    tables: Tables
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    edits: list[Edit] = field(default_factory=list)  # the analyst's decisions carried over; ``tables`` are without them
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase, where the engine reports them


class NothingToExtract(ExplorerError):
    """No readable document among the inputs; no workspace is written."""


def nothing_read(inputs: list[str | Path], skipped: list[Skipped]) -> NothingToExtract:
    """The error for inputs that gave no document, saying why for the first files skipped: with
    one CSV whose columns are not found, the why ('no text column; its columns are …') is the answer."""
    shown = "; ".join(f"{s.name}: {s.reason}" for s in skipped[:3])
    more = f"; and {len(skipped) - 3} more" if len(skipped) > 3 else ""
    return NothingToExtract(", ".join(str(p) for p in inputs),
                            f"no readable documents found ({shown}{more})" if shown else "no readable documents found")


def build_workspace(
    inputs: list[str | Path],
    output: str | Path,
    workers: int = 1,
    on_progress: PhaseProgress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    follow_links: bool = False,
    fold_copies: bool = True,
    columns: Mapping[str, str] | None = None,
) -> BuildResult:
    """Read ``inputs`` (files and folders), extract them, and save ``output`` atomically.

    One extraction onto ``output`` at a time (``store.building``); the analyst's decisions
    in the file it replaces are carried as they are when it saves, not as they were at its start.
    ``follow_links``: links in a folder may lead out of it (otherwise they are skipped and named).
    ``fold_copies``: near-duplicates are stored as copies, not extracted (``ingest.duplicates``); a benchmark
    that repeats one document to make volume turns it off.
    ``columns``: article tables' columns by role (``--columns text=body``, ``ingest.formats.table``).
    """
    with building(output):
        return _build(inputs, Path(output), workers, on_progress, should_cancel, follow_links, fold_copies, columns)


def _build(inputs: list[str | Path], output: Path, workers: int, on_progress: PhaseProgress | None,
           should_cancel: Callable[[], bool] | None, follow_links: bool = False, fold_copies: bool = True,
           columns: Mapping[str, str] | None = None) -> BuildResult:
    report = on_progress or (lambda phase, done, total: None)
    check_replaceable(output)  # before the work: a text or someone's database given as the output is refused
    ingested = read_documents(list(inputs), on_progress=lambda d, t: report("read", d, t), follow_links=follow_links,
                              columns=columns)
    if not ingested.documents:
        raise nothing_read(inputs, ingested.skipped)
    if fold_copies:
        mark_copies(ingested.documents)
    failures: list[Failure] = []
    held: list[HeldRows] = []
    tables = extract_documents(
        ingested.documents, workers=workers,
        on_progress=lambda d, t: report("extract", d, t), should_cancel=should_cancel, failures=failures,
        on_rows=lambda rows: held.append(rows_to_hold(ingested.documents, rows, failures)),
    )
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    report("save", 0, 1)
    meta = {"inputs": "; ".join(shown_name(str(p)) for p in inputs), "extraction": extraction_fingerprint()}
    path, edits, unreadable = replace_workspace(tables, output, meta, held[0] if held else None)
    report("save", 1, 1)
    cache_after_save(path, report, should_cancel)  # a big case's first opening then reads columns, not rows
    failed = [failure_warning(f) for f in failures]
    return BuildResult(path, tables, ingested.skipped, ingested.warnings + unreadable + failed, edits=edits)


def rows_to_hold(documents: list[Document], rows: BatchRows, failures: list[Failure]) -> HeldRows:
    """What ``explorer add`` will need of the extracted documents' rows (``store.held_rows``):
    every document extracted (not a copy, not one that failed), even one that gave no rows."""
    failed = {f["doc_id"] for f in failures}
    extracted = [d.doc_id for d in documents if not d.copy_of and d.doc_id not in failed]
    return held_rows(extracted, rows.mentions, rows.events)
