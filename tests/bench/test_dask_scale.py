"""A smoke run of ``bench/dask_scale.py`` (four engines on 8 BBC articles, then the reduce on replicas of their
shards), so the script does not rot."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_dask_scale_prints_every_engine_the_equivalence_and_the_reduce(tmp_path, bbc_corpus):
    results = tmp_path / "dask_scale.csv"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "dask_scale.py"), "--size", "8",
                           "--partition-size", "4", "--reduce-sizes", "4,8", "--results", str(results),
                           "--label", "smoke", "--workdir", str(tmp_path / "run")],
                          capture_output=True, text=True, timeout=900, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    for config in ("process x1", "process x2", "dask x1", "dask x2"):
        assert config in done.stdout
    assert done.stdout.count("tables identical to process x1: yes") == 3
    assert "reduce alone on     8 articles" in done.stdout
    with results.open(newline="", encoding="utf-8") as handle:
        figures = {(r["config"], r["figure"]) for r in csv.DictReader(handle)}
    assert {("dask x2", "words_per_second"), ("dask x2", "startup_seconds"), ("dask x1", "peak_worker_mb"),
            ("dask x2 reduce", "reduce_seconds_8")} <= figures

    # the reduce alone on 1 and 3 copies of the dask x2 run's kept shards: each table as expected of 3 copies
    replicas = subprocess.run([sys.executable, str(REPO / "bench" / "dask_scale.py"), "--size", "8",
                               "--partition-size", "4", "--results", str(results), "--label", "smoke",
                               "--workdir", str(tmp_path / "run"), "--reduce-only", "--replicas", "8,24", "--rounds", "1"],
                              capture_output=True, text=True, timeout=900, cwd=REPO)
    assert replicas.returncode == 0, replicas.stderr[-3000:]
    assert "round 1     24 articles (3 copies)" in replicas.stdout
    assert "(as 3× one copy: yes)" in replicas.stdout
    with results.open(newline="", encoding="utf-8") as handle:
        figures = {(r["config"], r["figure"]) for r in csv.DictReader(handle)}
    assert {("dask x2 reduce, replicas round 1", "reduce_seconds_24"),
            ("dask x2 reduce, replicas round 1", "clusters_seconds_24")} <= figures
