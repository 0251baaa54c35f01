"""What "open" means for each kind of path, as background work for a ``Task``.

A ``.explorer`` file is loaded; folders and document files are extracted into a
workspace in the user's data folder first (the same place ``explorer open`` uses),
then loaded. Both return ``(tables, workspace_path)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from explorer.core.model import Tables
from explorer.core.store import WORKSPACE_SUFFIX, load_workspace
from explorer.userdata import workspace_for

Report = Callable[[str, int, int], None]


def is_workspace(paths: list[Path]) -> bool:
    return len(paths) == 1 and paths[0].suffix == WORKSPACE_SUFFIX and paths[0].is_file()


def open_paths(paths: list[Path], target: Path | None = None) -> Callable[[Report, Callable[[], bool]], tuple[Tables, Path, list]]:
    """Background work that opens ``paths``; its result is (tables, workspace path, skipped files).

    Documents are extracted into ``target``, by default a workspace named after them.
    """

    def work(report: Report, should_cancel: Callable[[], bool]) -> tuple[Tables, Path, list]:
        if is_workspace(paths):
            report("load", 0, 1)
            tables = load_workspace(paths[0], edited=False)  # the session applies the saved edits
            report("load", 1, 1)
            return tables, paths[0], []
        from explorer.core.build.local import build_workspace  # imports spaCy: only when extracting

        output = target or workspace_for(paths)
        result = build_workspace(paths, output, on_progress=report, should_cancel=should_cancel)
        return result.tables, output, result.skipped

    return work
