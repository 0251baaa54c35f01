"""File ▸ Add to Case…: documents added to the open workspace in the background; the views reload."""

from __future__ import annotations

import shutil

from explorer.core.build.local import build_workspace
from explorer.core.store import load_workspace
from explorer.gui.window.main_window import MainWindow


def test_add_to_case_extracts_only_the_new_documents_and_the_views_reload(qtbot, seeds_dir, tmp_path):
    first, second = tmp_path / "monday", tmp_path / "tuesday"
    first.mkdir(), second.mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, (first if path.name < "003" else second) / path.name)
    shutil.copy(next(first.glob("000_*.txt")), second / "again.txt")  # one the case already holds
    workspace = tmp_path / "case.explorer"
    build_workspace([first], workspace)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.add_menu.isEnabled(), "nothing to add to before a workspace is open"
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=60_000):
        window.open_paths([workspace])
    assert window.add_menu.isEnabled() and len(window.session.tables["documents"]) == 3
    progress: list[str] = []
    task = window.add_to_case([second])
    task.sig_progress.connect(lambda phase, done, total: progress.append(phase))
    assert task.is_running()
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        pass
    task.wait()
    assert len(window.session.tables["documents"]) == 5
    assert window.session.path == workspace and len(load_workspace(workspace, ["documents"])["documents"]) == 5
    assert window.statusBar().currentMessage() == "Added 2 document(s) to the case (1 already held)."
    assert "extract" in progress
