"""What "open" means for each kind of path, as background work for a ``Task``.

A ``.explorer`` file is loaded; folders and document files are extracted into a
workspace in the user's data folder first (the same place ``explorer open`` uses),
then loaded. Both return ``(tables, workspace_path)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from explorer.core.errors import ExplorerError
from explorer.core.model import Tables
from explorer.core.store import LATER_TABLES, WINDOW_TABLES, WORKSPACE_SUFFIX, load_workspace, read_meta
from explorer.core.store.cache_stream import cache_first
from explorer.core.store.column_cache import (ON_DEMAND, big_enough, refresh_column_cache, refresh_on_demand,
                                              stale_tables, worth_caching)
from explorer.userdata import older_workspace_for, workspace_for

Report = Callable[[str, int, int], None]


def is_workspace(paths: list[Path]) -> bool:
    return len(paths) == 1 and paths[0].suffix == WORKSPACE_SUFFIX and paths[0].is_file()


def open_paths(paths: list[Path], target: Path | None = None, columns: dict[str, str] | None = None
               ) -> Callable[[Report, Callable[[], bool]], tuple[Tables, Path, list]]:
    """Background work that opens ``paths``; its result is (tables, workspace path, skipped files).

    Documents are extracted into ``target``, by default a workspace named after them; ``columns``
    names article tables' columns (``--columns``, the column mapping dialog).
    """

    def work(report: Report, should_cancel: Callable[[], bool]) -> tuple[Tables, Path, list]:
        if is_workspace(paths):
            # a big workspace never opened (or changed since): its columnar cache streamed from the rows first, so
            # it is read from columns, never held as pandas objects (``cache_stream``); cancelling leaves no file
            cache_first(paths[0], report, should_cancel, mentions=False)  # (the mentions' after the paint, as before)
            report("load", 0, 1)
            # the session applies the saved edits, and reads the mentions when they are wanted; the sentences
            # are Arrow-backed strings (half the memory of a million Python strings)
            tables = load_workspace(paths[0], WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
            report("load", 1, 1)
            return tables, paths[0], []
        output = target or adopted_workspace_for(paths)
        if target is None and grown_from(output, paths):
            # articles were added to this folder's case: extracting the folder afresh would drop them, so what the
            # folder holds that the case does not is added, and everything in the case is kept
            from explorer.core.build.add import add_documents  # imports spaCy: only when extracting

            grown = add_documents(output, paths, on_progress=report, should_cancel=should_cancel, columns=columns)
            return grown.tables, output, grown.skipped
        from explorer.core.build.local import build_workspace  # imports spaCy: only when extracting

        result = build_workspace(paths, output, on_progress=report, should_cancel=should_cancel, columns=columns)
        return result.tables, output, result.skipped

    return work


def cache_refresh(workspace: Path, tables: Tables) -> Callable[[Report, Callable[[], bool]], list[str]] | None:
    """Background work that writes the columnar cache beside ``workspace`` of the tables this opening
    read from SQLite (so the next opening reads columns, not rows), and of the mentions when their file is
    missing or stale (streamed: the window reads them by entity); None when there are none, or when the
    case is too small for a cache to pay (``worth_caching``)."""
    if not worth_caching(tables) and not (big_enough(tables) and stale_tables(workspace, list(ON_DEMAND))):
        return None  # (every table read from a fresh cache: the mentions' file too, unless a refresh was cut short)

    def work(report: Report, should_cancel: Callable[[], bool]) -> list[str]:
        written = refresh_column_cache(workspace, tables, should_cancel)
        return written + refresh_on_demand(workspace, should_cancel)  # the mentions, read later by entity

    return work


def adopted_workspace_for(paths: list[Path]) -> Path:
    """``workspace_for(paths)``; when only the older name exists and was extracted from these very
    paths, it is renamed to the new one first, so the analyst's edits in it are kept."""
    output = workspace_for(paths)
    older = older_workspace_for(paths)
    if output.exists() or not older.is_file() or not _extracted_from(older, paths):
        return output
    older.rename(output)
    return output


def _extracted_from(workspace: Path, paths: list[Path]) -> bool:
    """Whether the workspace's recorded inputs are ``paths`` (resolved, in any order)."""
    recorded = _recorded_inputs(workspace)
    return recorded is not None and sorted(recorded) == sorted(str(Path(p).resolve()) for p in paths)


def grown_from(workspace: Path, paths: list[Path]) -> bool:
    """Whether the workspace was extracted from ``paths`` and then grown with more (File ▸ Add to Case,
    ``explorer add``, which record what they added among its inputs)."""
    recorded = _recorded_inputs(workspace) if workspace.is_file() else None
    wanted = {str(Path(p).resolve()) for p in paths}
    return recorded is not None and wanted <= set(recorded) and len(set(recorded)) > len(wanted)


def _recorded_inputs(workspace: Path) -> list[str] | None:
    """The inputs a workspace records it was made from, resolved (None: not a readable workspace)."""
    try:
        recorded = read_meta(workspace).get("inputs", "")
    except ExplorerError:
        return None
    return [str(Path(p).resolve()) for p in recorded.split("; ") if p]


def add_paths(workspace: Path, paths: list[Path], columns: dict[str, str] | None = None,
              ) -> Callable[[Report, Callable[[], bool]], tuple[Tables, Path, list, str]]:
    """Background work that adds ``paths`` to ``workspace`` (``explorer add``, an article table's columns
    mapped by ``columns``); its result is (tables, workspace path, skipped files, what was added in one line)."""

    def work(report: Report, should_cancel: Callable[[], bool]) -> tuple[Tables, Path, list, str]:
        from explorer.core.build.add import add_documents  # imports spaCy: only when extracting

        result = add_documents(workspace, paths, on_progress=report, should_cancel=should_cancel, columns=columns)
        return result.tables, workspace, result.skipped, added_text(result.added, result.already_held, result.copies)

    return work


def added_text(added: int, held: int, copies: int) -> str:
    """What an addition did, for the status bar."""
    if not added:
        return f"Nothing new: the case already holds all {held} document(s)."
    parts = [f"{held} already held"] if held else []
    parts += [f"{copies} stored as copies of documents it holds"] if copies else []
    return f"Added {added} document(s) to the case" + (f" ({', '.join(parts)})." if parts else ".")
