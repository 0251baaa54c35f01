"""Exports at scale (issue 19, "Exports stream"): wall time and peak memory of each export, streamed and whole.

For each table (events, and mentions, the biggest) and format (CSV, JSON, Parquet), two
fresh processes write the table to a scratch file:

* ``streamed``: ``explorer export WORKSPACE --table T --format F -o FILE``, as a user runs it
  (the table read and written a chunk at a time when no decision changes it);
* ``whole``: the old way, ``load_workspace`` then the whole-frame writer (``export_table``).

Then the GUI's Export Selection of every event, in a process holding the workspace as the
window does: the growth of its peak memory over what the tables already take, chunked
(``write_selected_events``) and whole (``selected_events_frame`` then ``export_selection``).

Each process's peak resident memory is its own high-water mark (``VmHWM`` of
``/proc/self/status``, read by the process as it ends; not ``getrusage``, whose children's
figure also counts the benchmark's own memory, copied at the fork before the exec). Target: peak ≤ 300 MB for a streamed export at any size (the whole process), and
growth ≤ 300 MB for the selection. Whether the two ways wrote the same bytes is printed
(Parquet: the same rows). Figures are appended to ``bench/results/export_scale.csv``.

    .venv/bin/python bench/export_scale.py /tmp/edit_big.explorer [--label WORD]
    .venv/bin/python bench/export_scale.py --events 2000 --results /tmp/results   # smoke run
    .venv/bin/python bench/export_scale.py BIG --whole-code /tmp/before            # the old way from an older tree
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))
if os.environ.get("EXPLORER_BENCH_CODE"):  # the old way from another tree (``--whole-code``), ahead of this one
    sys.path.insert(0, os.environ["EXPLORER_BENCH_CODE"])
    import explorer  # noqa: F401  (its package found there now, before workspace_open puts this tree first)

from workspace_open import Recorder, add_common_arguments, reset_peak_rss, rss_mb, workspace_argument  # noqa: E402

PEAK_MB = 300.0
FORMATS = ("csv", "json", "parquet")
TABLES = ("events", "mentions")


def child(argv: list[str]) -> None:
    """One export in this fresh process (``--child MODE WORKSPACE TABLE FORMAT OUTPUT``); prints a JSON line."""
    mode, workspace, table, fmt, output = argv
    if mode == "streamed":
        from explorer.cli import main

        found = {"code": main(["export", workspace, "--table", table, "--format", fmt, "-o", output])}
    elif mode == "whole":
        from explorer.core.export import export_table
        from explorer.core.store import load_workspace

        export_table(table, load_workspace(workspace, [table])[table], fmt, output)
        found = {"code": 0}
    else:  # "selection-chunked" or "selection-whole": every event, as the window's Export Selection
        found = selection_export(mode, workspace, fmt, output)
    import explorer

    print(json.dumps({**found, "peak_mb": rss_mb()[1], "tree": str(Path(explorer.__file__).parents[1])}))


def selection_export(mode: str, workspace: str, fmt: str, output: str) -> dict:
    """Export every event of a loaded workspace; the seconds and the peak's growth over the loaded tables."""
    import gc

    from explorer.core.export.selection import export_selection, selected_events_frame, write_selected_events
    from explorer.core.store import load_workspace

    tables = load_workspace(workspace)
    ids = list(tables["events"]["event_id"])
    gc.collect()
    before = rss_mb()[0]
    reset_peak_rss()  # the peak from here on: the export's, over the tables the window holds
    started = time.perf_counter()
    if mode == "selection-chunked":
        rows = write_selected_events(tables, ids, output, fmt)
    else:
        rows = export_selection("events", selected_events_frame(tables, ids), output, fmt)
    return {"code": 0, "seconds": time.perf_counter() - started, "rows": rows, "held_mb": before,
            "growth_mb": rss_mb()[1] - before}


def run_child(mode: str, workspace: Path, table: str, fmt: str, output: Path, code_dir: Path | None = None
              ) -> tuple[float, float, dict]:
    """(wall seconds, peak MB of that process, what it printed) for one export in a fresh process."""
    env = dict(os.environ)
    if code_dir is not None:  # the old way from another tree (an older commit's ``explorer`` package)
        env["EXPLORER_BENCH_CODE"] = str(code_dir.resolve())
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(workspace), table, fmt, str(output)],
                          capture_output=True, env=env, cwd=REPO)
    seconds = time.perf_counter() - started
    lines = [line for line in done.stdout.decode().splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{mode} {table} {fmt} failed:\n{done.stderr.decode(errors='replace')[-3000:]}")
    found = json.loads(lines[-1])
    return seconds, found["peak_mb"], found


def digest(path: Path, fmt: str) -> str:
    """The bytes' hash; for Parquet, the rows' (its files carry the writer's layout)."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return hashlib.sha256(pq.read_table(path).to_pandas().to_csv().encode()).hexdigest()
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            sha.update(block)
    return sha.hexdigest()


def table_exports(recorder: Recorder, workspace: Path, scratch: Path, tables: list[str], formats: list[str],
                  whole: bool, whole_code: Path | None) -> None:
    for table in tables:
        for fmt in formats:
            streamed = scratch / f"streamed.{fmt}"
            seconds, peak, _ = run_child("streamed", workspace, table, fmt, streamed)
            recorder.add(f"{table}_{fmt}_streamed_seconds", seconds, "s")
            recorder.add(f"{table}_{fmt}_streamed_peak", peak, "MB", target=PEAK_MB,
                         note=f"({streamed.stat().st_size / 1e6:.0f} MB written)")
            if whole:
                old = scratch / f"whole.{fmt}"
                seconds, peak, found = run_child("whole", workspace, table, fmt, old, whole_code)
                recorder.add(f"{table}_{fmt}_whole_seconds", seconds, "s")
                same = "same bytes" if fmt != "parquet" else "same rows"
                recorder.add(f"{table}_{fmt}_whole_peak", peak, "MB",
                             note=f"({same}: {'yes' if digest(old, fmt) == digest(streamed, fmt) else 'NO'}; "
                                  f"code of {found['tree']})")
                old.unlink()
            streamed.unlink()


def selection_exports(recorder: Recorder, workspace: Path, scratch: Path, formats: list[str], whole: bool) -> None:
    for fmt in formats:
        modes = ("selection-chunked", "selection-whole") if whole else ("selection-chunked",)
        for mode in modes:
            target = scratch / f"{mode}.{fmt}"
            _, _, found = run_child(mode, workspace, "events", fmt, target)
            name = f"selection_events_{fmt}_{mode.split('-')[1]}"
            recorder.add(f"{name}_seconds", found["seconds"], "s")
            recorder.add(f"{name}_growth", found["growth_mb"], "MB", target=PEAK_MB if mode.endswith("chunked") else None,
                         note=f"(over the {found['held_mb']:.0f} MB the loaded tables hold)")
            target.unlink()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(argv[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser)
    parser.add_argument("--tables", default=",".join(TABLES), help="tables to export (default events,mentions)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="formats (default csv,json,parquet)")
    parser.add_argument("--selection-formats", default="csv,parquet", help="formats of the GUI selection export")
    parser.add_argument("--no-whole", action="store_true", help="skip the old way (load everything, then write)")
    parser.add_argument("--whole-code", type=Path, default=None,
                        help="run the old way with the explorer package of this folder (e.g. `git archive` of an "
                             "older commit), for the figures before the exports streamed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explorer-export-") as scratch:
        workspace = workspace_argument(args, Path(scratch))
        recorder = Recorder(args.results / "export_scale.csv", workspace, args.label)
        print(recorder.describe())
        table_exports(recorder, workspace, Path(scratch), args.tables.split(","), args.formats.split(","),
                      not args.no_whole, args.whole_code)
        if args.selection_formats:
            selection_exports(recorder, workspace, Path(scratch), args.selection_formats.split(","), not args.no_whole)
        recorder.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
