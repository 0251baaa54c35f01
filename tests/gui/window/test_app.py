"""Starting the app: the sample workspace is rebuilt when extraction has changed since it was built."""

from __future__ import annotations

import shutil
import sqlite3

from explorer.core.fingerprint import extraction_fingerprint
from explorer.core.store import read_meta
from explorer.gui.window import app
from explorer.paths import seeds_path
from explorer.userdata import sample_workspace


def test_a_current_sample_is_reopened(seed_build):
    shutil.copy(seed_build.path, sample_workspace())
    assert read_meta(sample_workspace())["extraction"] == extraction_fingerprint()
    assert app._sample_paths() == [sample_workspace()]


def test_a_sample_built_by_older_extraction_is_built_again(seed_build):
    shutil.copy(seed_build.path, sample_workspace())
    with sqlite3.connect(sample_workspace()) as conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'extraction'")
    assert app._sample_paths() == [seeds_path()]


def test_a_damaged_sample_is_built_again():
    sample_workspace().write_bytes(b"garbage")
    assert app._sample_paths() == [seeds_path()]


def _launch(qtbot, monkeypatch, paths=()):
    """Run ``explorer`` (with ``paths``, or none as from the desktop) and quit: the workspace the window opened."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from explorer.gui.window import display
    from explorer.gui.window.main_window import MainWindow

    opened = []

    def event_loop():  # instead of app.exec(): wait until the window has opened its case, then quit
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.session.path is not None and not window.task.is_running(), timeout=60_000)
        opened.append(window.session.path)
        window.close()  # the analyst quits
        return 0

    monkeypatch.setattr(display, "display_problem", lambda: None)
    monkeypatch.setattr(app, "_application", lambda: SimpleNamespace(exec=event_loop))
    assert app.run_gui(list(paths)) == 0
    return opened[0]


def test_relaunching_reopens_the_workspace_last_opened(qtbot, monkeypatch, seed_build, seed_workspace):
    shutil.copy(seed_build.path, sample_workspace())
    assert _launch(qtbot, monkeypatch) == sample_workspace()  # a first launch: the sample
    assert _launch(qtbot, monkeypatch, [seed_workspace]) == seed_workspace  # the analyst opens a case, and quits
    assert _launch(qtbot, monkeypatch) == seed_workspace


def test_relaunching_falls_back_to_the_sample_when_the_last_workspace_is_gone_or_unreadable(
        qtbot, monkeypatch, seed_build, seed_workspace, tmp_path):
    shutil.copy(seed_build.path, sample_workspace())
    damaged = tmp_path / "damaged.explorer"
    damaged.write_bytes(b"not a workspace")
    from PySide6.QtCore import QSettings

    from explorer.gui.window import recent
    recent.remember(QSettings(), [damaged, seed_workspace])
    seed_workspace.unlink()
    assert _launch(qtbot, monkeypatch) == sample_workspace()
