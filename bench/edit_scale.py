"""Edits at scale: merge, rename, hide, undo and redo in the real main window, offscreen, timed.

The window (every view docked and shown) is opened over a copy of the workspace (edits
are saved into the file, so the original is never touched). Each edit is timed from
the gesture (``session.do_edit`` or the undo stack's ``undo``/``redo``, as the Edit
menu calls them) until every view has processed it: the handlers have returned and
the pending events (repaints) are processed. Work a view starts off the GUI thread
(the graph's layout) is waited for after each edit and printed apart. Target ≤ 200 ms
each; figures are appended to ``bench/results/edit_scale.csv``.

    .venv/bin/python bench/edit_scale.py /tmp/big.explorer [--label WORD]
    .venv/bin/python bench/edit_scale.py --events 2000 --results /tmp/results   # smoke run
    .venv/bin/python bench/edit_scale.py /tmp/big.explorer --profile /tmp/prof  # a cProfile file per edit
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from interaction_scale import Bench, ms_since  # noqa: E402
from workspace_open import Recorder, add_common_arguments, rss_mb, workspace_argument  # noqa: E402

EDIT_MS = 200.0


def edit_steps(session) -> list[tuple[str, object]]:
    """The gestures, in order: (figure name, a function making it). Entities are picked by rank, so runs compare."""
    from explorer.core.edits import decisions

    entities = session.tables["entities"].sort_values(["mention_count", "entity_id"], ascending=[False, True])
    ids, names = list(entities["entity_id"]), list(entities["name"])
    into, others = ids[9], [ids[10], ids[11]]  # three well-mentioned entities, not the very top one
    renamed, hidden = ids[20], ids[30]
    undo, redo = session.undo_stack.undo, session.undo_stack.redo
    return [
        ("merge", lambda: session.do_edit(decisions.merge([into, *others], into, names[9]))),
        ("rename", lambda: session.do_edit(decisions.rename(renamed, names[20] + " (renamed)", names[20]))),
        ("hide", lambda: session.do_edit(decisions.hide([hidden], True, [names[30]]))),
        ("undo_hide", undo),
        ("redo_hide", redo),
        ("undo_hide_again", undo),
        ("undo_rename", undo),
        ("undo_merge", undo),
        ("redo_merge", redo),
    ]


def run(bench: Bench, profile: Path | None = None) -> None:
    """Make each edit and time it; with ``profile``, also write ``edit_NAME.prof`` (cProfile) there per edit."""
    session = bench.window.session
    # what opening left to draw is drawn first: the graph's layout, finished off the GUI thread, lays the window
    # out again (the timeline's plot 472 -> 498 px wide), and the first edit was charged its repaint (the
    # timeline's density image for the new width, ~20 ms at a million events)
    bench.settle()
    bench.window.grab()
    bench.settle()
    for figure, step in edit_steps(session):
        profiler = cProfile.Profile() if profile is not None else None
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        step()
        bench.settle()
        elapsed, cpu_ms = ms_since(started), (time.process_time() - cpu) * 1e3
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile / f"edit_{figure}.prof"))
        # the process's CPU time beside the wall time: on a shared machine the wall time also counts waiting
        bench.record(f"edit_{figure}", elapsed, "ms", target=EDIT_MS,
                     note=f"(cpu {cpu_ms:.0f} ms{', under cProfile' if profiler is not None else ''})")
        waited = bench.wait_for_background()
        if waited > 0.05:
            bench.record(f"  edit_{figure}_background", waited * 1e3, "ms", note="(off the GUI thread, not counted)")


def _flush(path: Path) -> None:
    """Write the fresh copy to disk now: else the first edit's commit (SQLite syncs the file) waits ~0.22 s for
    the 717 MB the copy left in the page cache, a cost of the benchmark's copy, not of saving an edit (1-5 ms)."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser)
    parser.add_argument("--profile", type=Path, default=None,
                        help="write a cProfile file per edit to this folder (the times then include the profiler)")
    args = parser.parse_args(argv)
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="explorer-bench-") as scratch:
        original = workspace_argument(args, Path(scratch))
        path = Path(scratch) / f"edited_{original.name}"
        shutil.copyfile(original, path)  # the edits are saved in the file: never in the caller's workspace
        _flush(path)
        recorder = Recorder(args.results / "edit_scale.csv", path, args.label)
        print(recorder.describe())
        bench = Bench(path, recorder, Path(scratch))
        bench.first_window()
        run(bench, args.profile)
        recorder.add("rss_at_end", rss_mb()[0], "MB", target=2000.0, note="(with the tables undo keeps)")
        bench.close()
        recorder.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
