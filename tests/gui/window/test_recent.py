"""File ▸ Open Recent: workspaces and folders told apart, gone files dropped, Clear Recent, no re-extraction."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings

from explorer.gui.window import recent
from explorer.gui.window.main_window import MainWindow
from explorer.userdata import workspace_for


def _menu_texts(window: MainWindow) -> list[str]:
    """The Open Recent menu as the analyst sees it when opening it (separators as "—")."""
    window.recent_menu.aboutToShow.emit()
    return [a.text() or "—" for a in window.recent_menu.actions()]


def test_open_recent_tells_workspaces_from_folders_and_drops_what_is_gone(qtbot, seed_workspace, seeds_dir, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(seeds_dir, folder)
    gone = tmp_path / "deleted.explorer"
    gone.write_bytes(b"")
    recent.remember(QSettings(), [gone, folder, seed_workspace])
    gone.unlink()
    window = MainWindow()
    qtbot.addWidget(window)
    where = recent.menu_label(seed_workspace).split(" — ")[1]
    assert _menu_texts(window) == [f"seeds.explorer — {where}", "—", f"Extract again: articles/ — {where}", "—",
                                   "&Clear Recent"]
    assert "as it was saved" in window.recent_menu.actions()[0].toolTip()
    assert recent.recent_paths(QSettings()) == [folder, seed_workspace]  # the gone file is forgotten too


def test_clear_recent_empties_the_menu(qtbot, seed_workspace):
    recent.remember(QSettings(), [seed_workspace])
    window = MainWindow()
    qtbot.addWidget(window)
    clear = next(a for a in window.recent_menu.actions() if a.text() == "&Clear Recent")
    clear.trigger()
    assert _menu_texts(window) == ["—", "&Clear Recent"]
    assert not window.recent_menu.isEnabled()
    assert MainWindow().recent_menu.isEnabled() is False  # and it stays cleared after a restart


def test_opening_a_folder_remembers_its_workspace_so_reopening_does_not_extract_again(qtbot, seeds_dir, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(sorted(seeds_dir.glob("*.txt"))[0], folder)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        window.open_paths([folder])
    window.task.wait()
    workspace = workspace_for([folder])
    assert workspace.parent == tmp_path / "data" and workspace.exists()
    assert recent.recent_paths(QSettings()) == [workspace, folder]
    texts = _menu_texts(window)
    assert texts[0].startswith(f"{workspace.name} — ") and texts[2].startswith("Extract again: articles/ — ")
    written = workspace.stat().st_mtime_ns
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=60_000):
        window.recent_menu.actions()[0].trigger()
    window.task.wait()
    assert window.session.path == workspace and len(window.session.tables["documents"]) == 1
    assert workspace.stat().st_mtime_ns == written  # loaded, not extracted and written again
