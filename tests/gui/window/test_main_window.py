"""The main window: opening in the background, cancelling, exporting, unattended modes."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from explorer.gui.window.main_window import MainWindow
from explorer.gui.window.workspace_loading import adopted_workspace_for
from explorer.userdata import older_workspace_for, workspace_for


def test_opening_a_folder_extracts_it_in_the_background(qtbot, seeds_dir, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    task = window.open_paths([seeds_dir])
    assert task.is_running()  # the call returned while the work goes on
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        pass
    assert len(window.session.tables["documents"]) == 5
    made = workspace_for([seeds_dir])
    assert made.parent == tmp_path / "data" and made.name.startswith("seeds-") and made.exists()
    assert made.name in window.windowTitle()
    task.wait()


def test_cancelling_an_open_leaves_nothing_written(qtbot, make_articles, tmp_path):
    folder = make_articles(tmp_path / "many", 60)  # distinct: copies would fold as near-duplicates
    window = MainWindow()
    qtbot.addWidget(window)
    task = window.open_paths([folder])
    with qtbot.waitSignal(task.sig_progress, timeout=60_000):
        pass
    with qtbot.waitSignal(task.sig_cancelled, timeout=120_000):
        task.cancel()
    task.wait()
    assert not list((tmp_path / "data").glob("many*.explorer"))
    assert len(window.session.tables["documents"]) == 0


def test_export_selection_writes_the_selected_events_with_their_sources(window, session, tmp_path):
    events = session.tables["events"].head(4)
    session.selection.update(event_ids=set(events["event_id"]))
    target = tmp_path / "events.csv"
    assert window.export_events(target, list(session.state.event_ids)) == 4
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["event_id"] for r in rows} == set(events["event_id"])
    names = session.documents["name"]
    for row in rows:
        event = session.events.loc[row["event_id"]]
        assert row["sentence"] == event["sentence"]
        assert row["document"] == names[event["doc_id"]]
    assert "Exported 4 rows" in window.statusBar().currentMessage()


def test_status_bar_counts_follow_the_filters(window, session):
    total = len(session.tables["events"])
    assert f"{total} of {total} events in view" in window.status.text()
    session.selection.update(time_range=("2026-01-01", "2026-01-31"))
    assert f"{len(session.events_in_view())} of {total} events in view" in window.status.text()
    assert "window 2026-01-01 – 2026-01-31" in window.status.text()


def run_explorer(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    import os
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPLORER_DATA_DIR": str(env_dir)}
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_screenshot_writes_a_picture_of_the_loaded_window(seed_build, tmp_path):
    target = tmp_path / "window.png"
    result = run_explorer("--screenshot", str(target), str(seed_build.path), env_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the screenshot looks blank"


def test_self_test_passes(tmp_path):
    result = run_explorer("--self-test", env_dir=tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_ctrl_f_searches_and_a_hit_opens_in_the_source_pane(qtbot, window):
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search.widget()
    assert window.search.isVisible()
    panel.search('"Finance Ministerial"')
    assert panel.hit_doc_ids()
    panel.select_hit(0)
    source = window.source.widget()
    assert source.current_doc_id() == panel.hit_doc_ids()[0]
    text = str(window.session.documents.at[source.current_doc_id(), "text"])
    assert [text[s:e].casefold() for s, e in source.highlighted_ranges("search")][0] == "finance ministerial"


def test_compare_sources_opens_a_review_with_every_source_of_the_cluster(qtbot, window):
    clusters = window.session.tables["clusters"]
    cluster = clusters.iloc[0]
    event_id = cluster["event_ids"][0]
    window.session.selection.update(event_ids={event_id})
    window.timeline.compare_button.click()
    assert len(window.reviews) == 1
    review = window.reviews[0]
    qtbot.waitExposed(review)
    assert set(review.column_doc_ids()) == set(cluster["doc_ids"])
    assert all(review.passage_ranges(i) for i in range(len(review.columns())))
    window.timeline.compare_button.click()
    assert len(window.reviews) == 1, "asking again raises the open review instead of opening another"
    window.close()
    assert not review.isVisible()


def test_relationships_tab_shows_the_graph(qtbot, window):
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.graph
    qtbot.waitUntil(lambda: not window.graph.is_laying_out() and bool(window.graph.node_ids()), timeout=10000)


def test_exporting_runs_off_the_gui_thread_and_reports_failure(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ids = list(window.session.events["event_id"][:5])
    target = tmp_path / "events.csv"
    task = window.export_events_in_background(target, ids)
    with qtbot.waitSignal(task.sig_finished, timeout=10000):
        pass
    assert "Exported 5 rows" in window.statusBar().currentMessage()
    assert target.read_text(encoding="utf-8").count("\n") == 6
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    task = window.export_events_in_background(tmp_path / "no-such-folder" / "events.csv", ids)
    with qtbot.waitSignal(task.sig_failed, timeout=10000):
        pass
    assert warnings and "no-such-folder" in warnings[0]


@pytest.fixture
def edit_window(qtbot, seed_workspace):
    """The window over a private copy of the seed workspace, so edits write to that copy."""
    from explorer.core.store import load_workspace

    window = MainWindow()
    qtbot.addWidget(window)
    window.session.set_tables(load_workspace(seed_workspace, edited=False), seed_workspace)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_ctrl_shift_z_redoes_an_undone_edit(qtbot, edit_window):
    from PySide6.QtCore import Qt

    from explorer.core.edits import decisions

    session = edit_window.session
    entities = session.tables["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    session.do_edit(decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))
    qtbot.keyClick(edit_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.entity_names[rubio] == "Marco Rubio"
    qtbot.keyClick(edit_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.entity_names[rubio] == "Secretary Rubio"


REDO_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append(text))
app = QApplication([])
from explorer.core.edits import decisions
from explorer.core.store import load_workspace
from explorer.gui.window.main_window import MainWindow
from explorer.gui.window.workspace_loading import adopted_workspace_for
from explorer.userdata import older_workspace_for, workspace_for
path = Path(sys.argv[1])
window = MainWindow()
window.session.set_tables(load_workspace(path, edited=False), path)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
session = window.session
session.do_edit(decisions.rename(sys.argv[2], "Secretary Rubio", "Marco Rubio"))
QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
print("undone:", session.entity_names[sys.argv[2]])
QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
print("redone:", session.entity_names[sys.argv[2]])
print("messages:", messages)
window.close()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run for an X11 desktop keyboard scheme")
def test_ctrl_shift_z_redoes_where_the_platform_redo_key_is_ctrl_shift_z(seed_workspace, seed_tables, tmp_path):
    """On an X11 desktop Qt's Redo key is Ctrl+Shift+Z itself: bound twice, it was ambiguous and did nothing."""
    import os

    entities = seed_tables["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    script = tmp_path / "redo_probe.py"
    script.write_text(REDO_PROBE, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "EXPLORER_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # the window saves its layout on closing
    env.pop("QT_QPA_PLATFORMTHEME", None)
    result = subprocess.run(["xvfb-run", "-a", sys.executable, str(script), str(seed_workspace), rubio],
                            capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert "undone: Marco Rubio" in result.stdout, result.stdout + result.stderr
    assert "redone: Secretary Rubio" in result.stdout, result.stdout + result.stderr
    assert "Ambiguous" not in result.stdout


def test_view_reset_layout_brings_back_the_default_docks(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    docks = (window.sidebar, window.source, window.events)  # on screen; Search is a tab behind Entities
    qtbot.wait(50)
    default = {d.objectName(): (window.dockWidgetArea(d), d.geometry()) for d in docks}
    window.source.close()
    window.events.setFloating(True)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.sidebar)  # dragged to the other side
    window.resizeDocks([window.search], [600], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    next(a for a in window.findChildren(QAction) if a.text() == "Reset &Layout").trigger()  # View ▸ Reset Layout
    qtbot.wait(50)
    assert all(d.isVisible() and not d.isFloating() for d in docks)
    assert window.tabifiedDockWidgets(window.sidebar) == [window.search, window.facets]
    for dock in docks:
        area, geometry = default[dock.objectName()]
        assert window.dockWidgetArea(dock) == area, dock.objectName()
        assert abs(dock.width() - geometry.width()) <= 4 and abs(dock.height() - geometry.height()) <= 4, \
            (dock.objectName(), dock.geometry(), geometry)


def test_closing_the_window_waits_for_an_export_and_the_file_is_whole(qtbot, session, tmp_path, monkeypatch):
    import threading

    from explorer.core.export.selection import selected_events_frame
    from explorer.gui.window import main_window

    write = main_window.write_selected_events
    writing = threading.Event()

    def slow(*args):
        writing.set()
        threading.Event().wait(0.5)  # the window closes meanwhile
        return write(*args)

    monkeypatch.setattr(main_window, "write_selected_events", slow)
    window = MainWindow(session)
    qtbot.addWidget(window)
    ids = list(session.events["event_id"])
    target = tmp_path / "events.csv"
    task = window.export_events_in_background(target, ids)
    assert writing.wait(5) and task.is_running()
    window.close()
    assert not task.is_running()
    with target.open(encoding="utf-8", newline="") as handle:
        assert [r["event_id"] for r in csv.DictReader(handle)] == list(
            selected_events_frame(session.tables, ids)["event_id"])


def test_ctrl_e_offers_the_registry_formats_and_the_typed_extension_picks_one(qtbot, window, session, tmp_path,
                                                                             monkeypatch):
    import pandas as pd
    from PySide6.QtWidgets import QFileDialog

    from explorer.gui.files import selection_filters

    asked = []
    target = tmp_path / "events.parquet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: asked.append(args[3]) or (str(target), "CSV files (*.csv)"))
    session.selection.update(event_ids=set(session.events["event_id"][:3]))
    window.export_selection_dialog()
    qtbot.waitUntil(lambda: "Exported 3 rows" in window.statusBar().currentMessage(), timeout=10000)
    assert asked == [selection_filters()]
    assert sorted(pd.read_parquet(target)["event_id"]) == sorted(session.state.event_ids)


def test_two_folders_of_the_same_name_get_workspaces_of_their_own(qtbot, seeds_dir, tmp_path):
    """Issue 17, case 1: /caseA/articles then /caseB/articles replaced case A's workspace."""
    cases = []
    for case, files in (("caseA", 2), ("caseB", 3)):
        folder = tmp_path / case / "articles"
        folder.mkdir(parents=True)
        for path in sorted(seeds_dir.glob("*.txt"))[:files]:
            shutil.copy(path, folder / path.name)
        cases.append(folder)
    assert workspace_for([cases[0]]) != workspace_for([cases[1]])
    assert workspace_for([cases[0]]) == workspace_for([cases[0] / ".." / "articles"])  # the same folder
    window = MainWindow()
    qtbot.addWidget(window)
    for folder, documents in zip(cases, (2, 3)):
        task = window.open_paths([folder])
        with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
            pass
        task.wait()
        assert len(window.session.tables["documents"]) == documents
    from explorer.core.store import table_counts
    assert table_counts(workspace_for([cases[0]]))["documents"] == 2  # case A's is still case A's
    assert table_counts(workspace_for([cases[1]]))["documents"] == 3


def test_a_workspace_under_the_older_name_is_adopted_only_for_its_own_folder(seed_build, seeds_dir, tmp_path):
    older = older_workspace_for([seeds_dir])
    shutil.copy(seed_build.path, older)  # extracted from seeds_dir: its edits belong to this folder
    assert adopted_workspace_for([seeds_dir]) == workspace_for([seeds_dir])
    assert workspace_for([seeds_dir]).exists() and not older.exists()
    other = tmp_path / "elsewhere" / seeds_dir.name
    other.mkdir(parents=True)
    shutil.copy(seed_build.path, older)
    assert adopted_workspace_for([other]) == workspace_for([other])
    assert older.exists() and not workspace_for([other]).exists()  # not this folder's: left alone


def test_a_workspace_with_a_decision_that_cannot_apply_opens_and_says_so(qtbot, seed_workspace):
    """Issue 17, case 9 in the window: a hand-written edit missing what its kind needs crashed the open."""
    import sqlite3

    from explorer.core.edits import decisions
    from explorer.core.store import append_edit, load_workspace

    entities = load_workspace(seed_workspace, ["entities"])["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    append_edit(seed_workspace, decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))
    conn = sqlite3.connect(seed_workspace)
    with conn:
        conn.execute("""INSERT INTO edits (kind, payload, label, created_at)
                        VALUES ('rename', '{"new_name": "X"}', 'hostile', '')""")
    conn.close()
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=60_000):
        window.open_paths([seed_workspace])
    window.task.wait()
    assert "Secretary Rubio" in set(window.session.tables["entities"]["name"])  # the good decision applies
    assert [e.label for e in window.session.edits] == ["Rename Marco Rubio to Secretary Rubio"]
    qtbot.waitUntil(lambda: getattr(window, "open_problems_box", None) is not None)
    assert "edit 2 (hostile) left out" in window.open_problems_box.informativeText()
    assert "could not be read" in window.statusBar().currentMessage()


def test_export_selection_writes_in_chunks_with_progress_equal_to_the_whole_frame(qtbot, window, session, tmp_path,
                                                                                 monkeypatch):
    """Issue 19: a million rows are built and written a chunk at a time, the status bar counting them."""
    from explorer.core.export import selection
    from explorer.core.export.selection import export_selection, selected_events_frame

    monkeypatch.setattr(selection, "CHUNK_ROWS", 3)
    ids = list(session.events["event_id"])
    progress = []
    target = tmp_path / "events.csv"
    task = window.export_events_in_background(target, ids)
    task.sig_progress.connect(lambda phase, done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.sig_finished, timeout=30_000):
        pass
    assert progress == [(min(at + 3, len(ids)), len(ids)) for at in range(0, len(ids), 3)]
    whole = tmp_path / "whole.csv"
    export_selection("events", selected_events_frame(session.tables, ids), whole)
    assert target.read_bytes() == whole.read_bytes()


def test_a_cancelled_export_selection_leaves_no_file(qtbot, window, session, tmp_path, monkeypatch):
    import threading

    from explorer.gui.window import main_window

    write = main_window.write_selected_events
    release = threading.Event()

    def held(*args):
        release.wait(10)  # cancelled before its first chunk
        return write(*args)

    monkeypatch.setattr(main_window, "write_selected_events", held)
    target = tmp_path / "events.parquet"
    task = window.export_events_in_background(target, list(session.events["event_id"]))
    window.jobs.cancel(task)
    release.set()
    with qtbot.waitSignal(task.sig_cancelled, timeout=30_000):
        pass
    assert list(tmp_path.glob("*events*")) == []


def test_self_test_fails_when_a_list_extraction_reads_is_missing(qtbot, monkeypatch, capsys):
    """A bundle that left out Faker's name lists would extract worse with no error: the self-test says so."""
    from explorer.core.extract.entities import given_names
    from explorer.gui.window import app

    monkeypatch.setattr(given_names, "in_given_list", lambda word: False)
    assert app.self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL reads its name lists and lexicons: missing: given names (Faker)\n" in out
    assert "self-test FAILED" in out
