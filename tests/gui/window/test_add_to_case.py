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


def test_opening_the_folder_again_keeps_what_was_added_to_its_case(qtbot, seeds_dir, tmp_path):
    """A folder opened, a file added to its case, the folder opened again: the added article is still in the case
    (it was once rewritten from the folder alone, the addition silently gone)."""
    folder, extra = tmp_path / "monday", tmp_path / "extra"
    folder.mkdir(), extra.mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, (folder if path.name < "003" else extra) / path.name)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        window.open_paths([folder])
    case = window.session.path
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        window.add_to_case(sorted(extra.glob("*.txt"))[:1])
    assert len(load_workspace(case, ["documents"])["documents"]) == 4
    shutil.copy(sorted(extra.glob("*.txt"))[1], folder / "new.txt")  # the folder grew meanwhile
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        window.open_paths([folder])
    window.task.wait()
    assert window.session.path == case
    assert len(window.session.tables["documents"]) == 5  # the addition kept, the folder's new article read
    assert len(load_workspace(case, ["documents"])["documents"]) == 5


def test_the_query_in_force_is_kept_when_articles_are_added(qtbot, seeds_dir, tmp_path):
    """A saved view's query applied, then Add to Case: the query bar emptied and every event came back in view,
    with nothing said (a new user, s24). The query stays, answered over the grown case."""
    first, second = tmp_path / "monday", tmp_path / "tuesday"
    first.mkdir(), second.mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, (first if path.name < "003" else second) / path.name)
    workspace = tmp_path / "case.explorer"
    build_workspace([first], workspace)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=60_000):
        window.open_paths([workspace])
    window.session.selection.update(filter_query="rubio")
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        window.add_to_case([second])
    window.task.wait()
    assert len(window.session.tables["documents"]) == 5
    assert window.session.state.filter_query == "rubio" and window.query_bar.edit.text() == "rubio"
