"""The main window: opening in the background, cancelling, exporting, unattended modes."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from explorer.gui.main_window import MainWindow


def test_opening_a_folder_extracts_it_in_the_background(qtbot, seeds_dir, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    task = window.open_paths([seeds_dir])
    assert task.is_running()  # the call returned while the work goes on
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        pass
    assert len(window.session.tables["documents"]) == 5
    assert (tmp_path / "data" / "seeds.explorer").exists()
    assert "seeds.explorer" in window.windowTitle()
    task.wait()


def test_cancelling_an_open_leaves_nothing_written(qtbot, seeds_dir, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        for path in seeds_dir.glob("*.txt"):
            shutil.copy(path, folder / f"{n:02d}_{path.name}")
    window = MainWindow()
    qtbot.addWidget(window)
    task = window.open_paths([folder])
    with qtbot.waitSignal(task.sig_progress, timeout=60_000):
        pass
    with qtbot.waitSignal(task.sig_cancelled, timeout=120_000):
        task.cancel()
    task.wait()
    assert not (tmp_path / "data" / "many.explorer").exists()
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
