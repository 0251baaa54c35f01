"""Opening a generated workspace the two ways the GUI tests compare: as the window opens it, from the columnar
cache (Arrow lists and texts, dictionary codes kept, lookups left for later), or from the SQLite rows alone (the
fresh cache beside them not read: no codes kept, every view takes its own way)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path


def opened(path: Path, cached: bool):
    """A Session over ``path`` opened as the window opens it (from the cache), or from the rows."""
    from unittest import mock

    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.gui.session import Session

    session = Session()
    if cached:
        tables = load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    else:
        with mock.patch("explorer.core.store.workspace.read_cached_table", return_value=None):
            tables = load_workspace(path, WINDOW_TABLES, edited=False)
    session.set_tables(tables, path)
    return session


REPO = Path(__file__).resolve().parents[2]


def generated_tables(seed: int) -> dict:
    """``bench/make_workspace.py``'s synthetic tables: 3,000 events, 120 entities, 25 documents."""
    sys.path.insert(0, str(REPO / "bench"))
    import make_workspace

    return make_workspace.tables_from(make_workspace.build(3000, 120, 25, seed=seed))


def with_column_cache(tables: dict, path: Path) -> Path:
    """``tables`` saved at ``path`` with the columnar cache written beside them, as a big case's first opening leaves it."""
    from explorer.core.store import load_workspace, save_workspace
    from explorer.core.store.column_cache import refresh_column_cache

    save_workspace(tables, path)
    refresh_column_cache(path, load_workspace(path, edited=False))
    return path


def both_ways(path: Path, qtbot, settle: bool = False) -> Iterator[tuple]:
    """(opened from the cache, opened from the rows) for a fixture to yield; ``settle`` does their later work first.

    After the test their later work is done and they are deleted by Qt there and then (not by a garbage collection after
    the run, where it crashed), so the next test does not start with their work."""
    from explorer.core.later import Later

    sessions = opened(path, True), opened(path, False)
    if settle:
        Later.start_waiting()
        qtbot.waitUntil(lambda: not Later.pending(), timeout=30_000)
    yield sessions
    for session in sessions:
        session._later_timer.stop()
    Later.start_waiting()
    qtbot.waitUntil(lambda: not Later.pending(), timeout=30_000)
    for session in sessions:
        session.deleteLater()
    qtbot.wait(1)
