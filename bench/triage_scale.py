"""What triage costs at scale: marks and the mark filter on a big workspace (``bench/make_workspace.py``).

Opens a workspace as the window does (its columnar copy when fresh) in a ``Session`` and prints the time of:
opening without marks; marking events (one decision each, saved in the file, as S does); the mark filter's
answer (starred: a few hundred events found by id; not yet reviewed: every other event), uncached; undoing a
mark; opening again with the marks saved (the marks folded and checked against the events' ids); and the event
table's Marks column sorted. Writes edits into the workspace: give it a copy.

    .venv/bin/python bench/triage_scale.py COPY.explorer [--marks 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed(what: str, work, *args):
    started = time.perf_counter()
    result = work(*args)
    print(f"{what:<58} {1000 * (time.perf_counter() - started):9.1f} ms")
    return result


def _opened(path: Path):
    from explorer.gui.session import Session
    from explorer.gui.window.workspace_loading import open_paths

    tables, workspace, _ = open_paths([path], None)(lambda *a: None, lambda: False)
    session = Session()
    session.set_tables(tables, workspace)
    return session


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--marks", type=int, default=300)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from explorer.core.edits.marks import EVENTS, REVIEWED, STAR, mark, marks_of, moved_events
    from explorer.core.selection import SelectionState
    from explorer.core.store import load_edits, remove_edit
    from explorer.gui.events.table_model import COL_MARKS
    from explorer.gui.events.view import EventTable

    QApplication.instance() or QApplication([])
    for edit in load_edits(args.workspace):  # a run before left its marks: start from none
        if edit.kind == "mark":
            remove_edit(args.workspace, edit.edit_id)
    session = _timed("open (no marks)", _opened, args.workspace)
    events = session.events
    print(f"{len(events):,} events")
    step = max(1, len(events) // args.marks)
    ids = events["event_id"].iloc[::step].tolist()[:args.marks]
    _timed("star 1 event (a decision saved, applied, shown)", session.do_edit, mark(EVENTS, ids[:1], STAR, True))
    _timed(f"star {len(ids) - 1} events in one decision", session.do_edit, mark(EVENTS, ids[1:], STAR, True))
    _timed(f"mark {len(ids) // 2} events reviewed", session.do_edit, mark(EVENTS, ids[::2], REVIEWED, True))
    lookup = session.event_lookup
    _timed("the ids' order (the window makes it after its first paint)", lookup.position_of, "none")
    for name, which, present in (("starred", STAR, True), ("not yet reviewed", REVIEWED, False)):
        state = SelectionState(mark_filter=session.mark_filter(which, present))
        mask = _timed(f"filter: {name} (mask, uncached)", lookup.mask, state)
        _timed(f"filter: {name} (rows)", lookup.rows, state)
        print(f"{'':<4}{int(mask.sum()):,} events in view")
    _timed("undo the last mark", session.undo_stack.undo)
    table = EventTable(session)
    _timed("event table: sort by Marks", table.model.sort, COL_MARKS)
    _timed("redo it, the table sorted by Marks (sorted again)", session.undo_stack.redo)
    del table
    saved = load_edits(args.workspace)
    again = _timed(f"open again ({len(saved)} mark decisions saved)", _opened, args.workspace)
    print(f"{'':<4}{len(again.marks.events):,} events marked after opening")
    _timed("of which: the marks folded and their ids checked", lambda: moved_events(marks_of(saved), again.events))
    return 0


if __name__ == "__main__":
    sys.exit(main())
