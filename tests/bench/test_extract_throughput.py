"""Smoke run of the extraction throughput benchmark on one copy of the seeds, so the script does not rot.

It runs as a user runs it (a subprocess) and must print every figure with the
0.8 target and append its CSV rows; the figures themselves are not judged here.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIGURES = (
    "bare_pipe_1_words_per_second", "explorer_1_words_per_second", "explorer_2_words_per_second",
    "bare_pipe_2_words_per_second", "ratio_explorer_1_vs_bare_pipe_1", "ratio_explorer_1_vs_bare_pipe_1_cpu",
    "speedup_explorer_2_vs_1", "speedup_bare_pipe_2_vs_1", "explorer_start_up_seconds",
)


def test_extract_throughput_prints_every_figure_and_writes_its_rows(tmp_path):
    results = tmp_path / "extract_throughput.csv"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "extract_throughput.py"), "--copies", "1",
                           "--workers", "2", "--results", str(results)],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    for figure in FIGURES:
        assert figure in done.stdout
    assert "target ≥ 0.8" in done.stdout and "MET" in done.stdout
    with results.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["figure"] for row in rows} >= set(FIGURES)
    assert all(row["corpus"] == "seeds x 1" and row["words"] == rows[0]["words"] and row["machine"] for row in rows)
    assert int(rows[0]["words"]) > 3000 and all(float(row["value"]) > 0 for row in rows)


def test_one_worker_times_each_round_s_first_build_not_a_second_one(monkeypatch, tmp_path):
    """With ``--workers 1`` the figures were the round's second build and pipe (the duplicate dict keys
    of the two-worker runs overwrote the first): each run now happens once per round."""
    sys.path.insert(0, str(REPO / "bench"))
    import extract_throughput

    calls = []

    def fake_run(name):
        def run(*args, **_kwargs):
            calls.append(name)
            clock = extract_throughput.Clock()
            clock.wall = clock.cpu = float(len(calls))
            return clock
        return run

    monkeypatch.setattr(extract_throughput, "warm_up", fake_run("warm up"))
    monkeypatch.setattr(extract_throughput, "bare_pipe", fake_run("pipe"))
    monkeypatch.setattr(extract_throughput, "explorer_run", fake_run("explorer"))
    clocks = extract_throughput.measure(tmp_path, ["a text"], 1, tmp_path, rounds=2, profile=None)
    assert calls == ["warm up", "pipe", "explorer", "pipe", "explorer"]
    assert clocks["bare_pipe_1"].wall == 2.0 and clocks["explorer_1"].wall == 3.0  # the fastest round's runs
    assert clocks["explorer_start_up"].wall == 1.0  # Explorer's first build (of the seeds) is its own figure


def test_profile_without_pyinstrument_says_what_to_install(tmp_path):
    """``--profile`` needs a profiler Explorer does not depend on: without it the script stops at once with one line
    saying what to install, not a traceback after the first timed run."""
    import importlib.util

    if importlib.util.find_spec("pyinstrument") is not None:
        pytest.skip("pyinstrument is installed here: the option works")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "extract_throughput.py"), "--copies", "1",
                           "--profile", str(tmp_path / "p.html"), "--no-csv"],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "pip install pyinstrument" in done.stderr.splitlines()[-1]
