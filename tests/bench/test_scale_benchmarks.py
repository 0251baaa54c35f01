"""Smoke runs of the scale benchmarks on a tiny generated workspace, so the scripts do not rot.

They run as subprocesses (as a user runs them) and must print every figure and write
their CSV rows; the figures themselves are not judged here (timings belong to the
benchmarks, not to tests).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EVENTS = 2000


def run_benchmark(script: str, results: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(REPO / "bench" / script), "--events", str(EVENTS),
                           "--results", str(results), "--label", "smoke"],
                          capture_output=True, text=True, env=env, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def csv_figures(path: Path) -> dict[str, str]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["events"] == str(EVENTS) and row["label"] == "smoke" and row["machine"] for row in rows)
    return {row["figure"].strip(): row["value"] for row in rows}


def test_workspace_open_prints_load_against_bare_read_and_memory(tmp_path):
    out = run_benchmark("workspace_open.py", tmp_path)
    for figure in ("load_workspace", "bare_read_sql", "load_vs_bare_ratio", "rss_after_open", "session_install"):
        assert figure in out
    assert "target ≤ 2 x" in out and "target ≤ 2000 MB" in out
    figures = csv_figures(tmp_path / "workspace_open.csv")
    assert float(figures["load_workspace"]) > 0 and float(figures["rss_after_open"]) > 0


def test_interaction_scale_prints_every_figure_with_its_target(tmp_path):
    out = run_benchmark("interaction_scale.py", tmp_path)
    for figure in ("first_drawn_window", "timeline_zoom_frame_median", "timeline_zoom_frame_p95",
                   "timeline_pan_frame_median", "timeline_pan_frame_p95", "filter_entity_apply", "time_window_apply",
                   "table_scroll_step_median", "sidebar_keystroke_median", "sidebar_keystroke_p95"):
        assert figure in out
    assert "MET" in out  # each figure with a target says whether it was met
    figures = csv_figures(tmp_path / "interaction_scale.csv")
    assert {"first_drawn_window", "filter_entity_apply", "sidebar_keystroke_p95"} <= figures.keys()


def test_edit_scale_prints_each_edit_with_its_target(tmp_path):
    out = run_benchmark("edit_scale.py", tmp_path)
    edits = ("merge", "rename", "hide", "undo_hide", "redo_hide", "undo_hide_again", "undo_rename", "undo_merge",
             "redo_merge")
    for edit in edits:
        assert f"edit_{edit} " in out
    assert "target ≤ 200 ms" in out
    figures = csv_figures(tmp_path / "edit_scale.csv")
    assert all(float(figures[f"edit_{edit}"]) > 0 for edit in edits)


def test_search_scale_prints_the_index_and_the_window_stall_for_each_query(tmp_path):
    out = run_benchmark("search_scale.py", tmp_path)
    for figure in ("q1_index_first_page", "q1_panel_all_listed", "q1_gui_longest_stall", "q4_gui_stall_if_on_gui_thread"):
        assert figure in out
    assert "target ≤ 50 ms" in out
    figures = csv_figures(tmp_path / "search_scale.csv")
    assert float(figures["q1_panel_all_listed"]) > 0


def test_large_folder_benchmark_smoke(tmp_path, bbc_corpus):
    """Two tiny BBC folders and the cancel check (skipped without ../shared/corpora)."""
    results = tmp_path / "large_folder.csv"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "large_folder.py"), "--sizes", "4,8",
                           "--results", str(results), "--label", "smoke"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "words/s" in done.stdout and "old workspace unchanged=True" in done.stdout
    with results.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["articles"] for r in rows] == ["4", "8"] and all(r["cancel_ok"] == "True" for r in rows)


def test_export_scale_prints_each_export_streamed_and_whole_with_its_peak(tmp_path):
    out = run_benchmark("export_scale.py", tmp_path)
    for table in ("events", "mentions"):
        for fmt in ("csv", "json", "parquet"):
            for figure in (f"{table}_{fmt}_streamed_seconds", f"{table}_{fmt}_streamed_peak",
                           f"{table}_{fmt}_whole_seconds", f"{table}_{fmt}_whole_peak"):
                assert figure in out
    assert "target ≤ 300 MB" in out and "same bytes: yes" in out and "same bytes: NO" not in out
    figures = csv_figures(tmp_path / "export_scale.csv")
    assert float(figures["events_csv_streamed_peak"]) > 0 and "selection_events_csv_chunked_growth" in figures
