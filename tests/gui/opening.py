"""Opening a generated workspace the two ways the GUI tests compare: as the window opens it, from the columnar
cache (Arrow lists and texts, dictionary codes kept, lookups left for later), or from the SQLite rows alone (the
fresh cache beside them not read: no codes kept, every view takes its own way)."""

from __future__ import annotations

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
