"""Smoke run of the add-cost benchmark on a handful of real articles, so the script does not rot.

It runs as a user runs it (a subprocess) and must print both times and their ratio and
append its CSV rows; the figures themselves are not judged here.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_add_cost_prints_both_times_and_the_ratio(corpora, tmp_path):
    results = tmp_path / "add_cost.csv"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "add_cost.py"), "--base", "12", "--add", "3",
                           "--results", str(results)], capture_output=True, text=True, timeout=600, cwd=REPO,
                          env={**os.environ, "EXPLORER_CORPORA": str(corpora)})
    assert done.returncode == 0, done.stderr[-3000:]
    assert "add 3:" in done.stdout and "(3 new, 0 already held, 0 copies)" in done.stdout
    assert "full re-extraction of 15:" in done.stdout and "add / full:" in done.stdout
    with results.open(newline="", encoding="utf-8") as handle:
        rows = {row["figure"]: float(row["value"]) for row in csv.DictReader(handle)}
    assert {"add_seconds", "full_seconds", "ratio_add_vs_full", "add_extract_seconds"} <= set(rows)
    assert all(value >= 0 for value in rows.values())
