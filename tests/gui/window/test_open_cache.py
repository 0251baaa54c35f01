"""Opening a workspace in the window prepares the next opening: the columnar cache is written in the
background, so the next opening reads columns, not rows; an opening that read the cache writes nothing."""

from __future__ import annotations

from explorer.core.later import Later
from explorer.core.store import column_cache
from explorer.core.store.column_cache import cache_folder, stale_tables
from explorer.gui.window.main_window import MainWindow


def _open(qtbot, workspace) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=60_000):
        window.open_paths([workspace])
    qtbot.waitUntil(lambda: not window.jobs.running(), timeout=60_000)
    # (and what it works out after the paint: the timeline's arrays are kept beside the tables then)
    qtbot.waitUntil(lambda: not Later.pending(), timeout=60_000)
    return window


def test_the_first_opening_writes_the_cache_the_next_reads_it(qtbot, seed_workspace, monkeypatch):
    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)  # the seeds are far smaller than a case worth caching
    assert stale_tables(seed_workspace)
    first = _open(qtbot, seed_workspace)
    assert stale_tables(seed_workspace) == []  # the mentions too (the window reads them by entity)
    written = {f.name: f.stat().st_mtime_ns for f in cache_folder(seed_workspace).iterdir()}
    assert [name for name in written if name.startswith("timeline.")]  # the timeline's arrays kept too
    second = _open(qtbot, seed_workspace)
    assert {f.name: f.stat().st_mtime_ns for f in cache_folder(seed_workspace).iterdir()} == written
    read, made = second.session.tables["events"], first.session.tables["events"]
    # the same events; the participants read from the cache kept as Arrow lists (``coded.arrow_lists``)
    assert read.drop(columns="participants").equals(made.drop(columns="participants"))
    assert [list(p) for p in read["participants"]] == [list(p) for p in made["participants"]]


def test_a_small_case_opens_from_its_rows_with_no_cache_beside_it(qtbot, seed_workspace):
    """Below ``CACHE_FROM_ROWS`` the rows read as fast as a cache would: no hidden folder is left beside it."""
    window = _open(qtbot, seed_workspace)
    assert len(window.session.tables["events"]) > 0
    assert not cache_folder(seed_workspace).exists()


def test_a_mentions_cache_lost_after_the_tables_were_cached_is_written_at_the_next_opening(qtbot, seed_workspace,
                                                                                            monkeypatch):
    """The window reads an entity's mentions from the cache: when only their file is missing (a refresh cut
    short), the next opening, which reads every other table from the cache, writes it again."""
    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)
    _open(qtbot, seed_workspace)
    (cache_folder(seed_workspace) / "mentions.arrow").unlink()
    assert stale_tables(seed_workspace) == ["mentions"]
    window = _open(qtbot, seed_workspace)
    assert stale_tables(seed_workspace) == []
    assert window.session.mentions.reader._cached() is not None


def test_a_big_workspace_never_opened_is_read_from_its_cache_streamed_first(qtbot, seed_workspace, monkeypatch):
    """A big case with no cache beside it (just extracted, or sent by a colleague): the opening writes the cache from
    the rows a chunk at a time (``cache_stream``), then reads columns; no table the window reads is made from rows,
    and nothing is left to write after the window is up."""
    from explorer.core.store import WINDOW_TABLES
    from explorer.core.store import workspace as workspace_module

    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)
    read_from_rows = []
    read_table = workspace_module.read_table
    monkeypatch.setattr(workspace_module, "read_table",
                        lambda conn, name, *args: read_from_rows.append(name) or read_table(conn, name, *args))
    refreshes = []
    monkeypatch.setattr(column_cache, "refresh_column_cache", lambda *args, **kwargs: refreshes.append(args) or [])
    assert not cache_folder(seed_workspace).exists()
    window = _open(qtbot, seed_workspace)
    assert read_from_rows == []
    assert refreshes == []
    assert stale_tables(seed_workspace) == []
    assert set(WINDOW_TABLES) <= set(window.session.tables)
    assert len(window.session.tables["events"]) > 0


def test_cancelling_the_opening_while_the_cache_is_written_leaves_no_file(seed_workspace, monkeypatch):
    import pytest

    from explorer.core.errors import Cancelled
    from explorer.gui.window.workspace_loading import open_paths

    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)
    said = []
    with pytest.raises(Cancelled):
        open_paths([seed_workspace])(lambda *phase: said.append(phase), lambda: len(said) > 3)
    assert said[0][0] == "prepare"
    left = [f.name for f in cache_folder(seed_workspace).iterdir()] if cache_folder(seed_workspace).exists() else []
    assert not [name for name in left if name.endswith(".partial")]
    assert "events.arrow" not in left


def test_the_opening_progress_counts_rows_with_thousands_separators(qtbot):
    """A never-opened big case counts millions of rows in the progress dialog: grouped as the status line groups them,
    not '1402835 of 1829180' (which also ran past the dialog's edge)."""
    from PySide6.QtWidgets import QProgressDialog

    from explorer.gui.window.main_window import _progress

    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    _progress(dialog, "prepare", 1_402_835, 1_829_180)
    assert dialog.labelText() == "First opening: preparing rows… 1,402,835 of 1,829,180"
