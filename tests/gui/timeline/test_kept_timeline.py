"""The timeline's arrays kept in the columnar cache folder (``lanes.TIMELINE_ARRAYS``, ``core.store.derived_cache``):
the next opening maps them and draws exactly what working them out gives; a missing, stale or damaged file is worked
out again and written again, never trusted."""

from __future__ import annotations

import time

import numpy as np
import pytest

from explorer.core.later import Later
from explorer.core.model import TABLE_NAMES
from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace, save_workspace
from explorer.core.store.column_cache import cache_folder, refresh_column_cache
from explorer.core.store.derived_cache import read_arrays, write_arrays
from explorer.gui.session import Session
from explorer.gui.timeline import lanes as lanes_module
from explorer.gui.timeline.lanes import TIMELINE_ARRAYS, Layouts, timeline_stamp
from explorer.gui.timeline.layout import LAZY_LIMIT
from tests.gui.timeline.many_events import many_events


def _workspace(session, tmp_path, count: int):
    """A workspace of ``count`` events saved, with its columnar cache written (as the window does after the
    first opening of a big case)."""
    path = tmp_path / "many.explorer"
    save_workspace(many_events(session, count, seed=5), path)
    refresh_column_cache(path, load_workspace(path, edited=False))
    return path


def _opened(path) -> Session:
    """The workspace opened as the window opens it (its tables from the cache; relations and clusters later)."""
    opened = Session()
    opened.set_tables(load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES), path)
    return opened


def _after_the_paint() -> None:
    """What the window works out after it is drawn (``Later``): the arrays kept among it."""
    Later.start_waiting()
    deadline = time.monotonic() + 60
    while Later.pending() and time.monotonic() < deadline:
        time.sleep(0.01)


def _kept_files(path) -> list:
    return sorted(cache_folder(path).glob(f"{TIMELINE_ARRAYS}.*.arrays"))


def _assert_same_layout(found, expected) -> None:
    assert list(found.lane_keys) == list(expected.lane_keys)
    assert list(found.lane_names) == list(expected.lane_names)
    assert found.laid_out == expected.laid_out
    for name in ("lane", "x0", "x1", "y", "is_bar", "event_row"):
        assert np.array_equal(getattr(found, name), getattr(expected, name), equal_nan=True), name
    assert np.array_equal(found.event_id, expected.event_id)
    assert list(found.undated_ids) == list(expected.undated_ids)
    rows = np.random.default_rng(2).choice(len(expected), min(len(expected), 2000), replace=False)
    assert np.array_equal(found.offsets_at(rows), expected.offsets_at(rows))  # each point's zigzag, each bar's row


@pytest.mark.parametrize("count", [3 * LAZY_LIMIT, 3000])  # a lazy layout (every dated event's lane kept), a small one
def test_the_timeline_read_from_the_kept_arrays_is_the_one_worked_out(session, tmp_path, count):
    path = _workspace(session, tmp_path, count)
    first = _opened(path)
    worked = Layouts()
    fresh = worked.layout(first, "document")
    assert worked._kept is None and timeline_stamp(first) is not None
    _after_the_paint()
    assert len(_kept_files(path)) == 1  # kept, off the GUI thread

    second = _opened(path)
    kept = Layouts()
    placed = kept.layout(second, "document")
    assert kept._kept is not None  # mapped from the file, not worked out
    assert not kept.arrays.x0.flags.writeable  # (read-only: a map of the file)
    _assert_same_layout(placed, fresh)
    for name in lanes_module.EVENT_ARRAYS:
        assert np.array_equal(getattr(kept.arrays, name), getattr(worked.arrays, name), equal_nan=True), name
    # a filter's layout over them too, and the other lane modes (worked out over the kept arrays)
    entity = second.events["participants"].explode().value_counts().index[0]
    for opened in (first, second):
        opened.selection.update(filter_entity_ids=frozenset({entity}), origin="test")
    _assert_same_layout(kept.layout(second, "document"), worked.layout(first, "document"))
    _assert_same_layout(kept.layout(second, "cluster"), worked.layout(first, "cluster"))
    _assert_same_layout(kept.layout(second, "entity"), worked.layout(first, "entity"))
    _after_the_paint()
    assert len(_kept_files(path)) == 1  # nothing written again


def test_a_missing_file_is_worked_out_and_kept_again(session, tmp_path):
    path = _workspace(session, tmp_path, 3 * LAZY_LIMIT)
    first = _opened(path)
    fresh = Layouts().layout(first, "document")
    _after_the_paint()
    _kept_files(path)[0].unlink()
    layouts = Layouts()
    _assert_same_layout(layouts.layout(_opened(path), "document"), fresh)
    assert layouts._kept is None
    _after_the_paint()
    assert len(_kept_files(path)) == 1


def test_a_stale_file_is_not_read_and_the_new_one_replaces_it(session, tmp_path):
    path = _workspace(session, tmp_path, 3 * LAZY_LIMIT)
    Layouts().layout(_opened(path), "document")
    _after_the_paint()
    old = _kept_files(path)
    # saved again with other events (its tables' stamps change): the arrays kept are not theirs
    tables = load_workspace(path, edited=False)
    tables["events"] = tables["events"].iloc[::2].reset_index(drop=True)
    save_workspace(tables, path)
    refresh_column_cache(path, load_workspace(path, edited=False))
    opened = _opened(path)
    layouts = Layouts()
    placed = layouts.layout(opened, "document")
    assert layouts._kept is None
    with pytest.MonkeyPatch.context() as patch:  # the same layout as one that never looks for a kept file
        patch.setattr(lanes_module, "timeline_stamp", lambda _session: None)
        _assert_same_layout(placed, Layouts().layout(opened, "document"))
    _after_the_paint()
    new = _kept_files(path)
    assert len(new) == 1 and new != old  # a new file (a new name), the old one deleted


@pytest.mark.parametrize("damage", ["truncated", "header", "rows out of range", "lengths"])
def test_a_damaged_file_is_not_trusted_but_worked_out_and_kept_again(session, tmp_path, damage):
    path = _workspace(session, tmp_path, 3 * LAZY_LIMIT)
    first = _opened(path)
    fresh = Layouts().layout(first, "document")
    _after_the_paint()
    file = _kept_files(path)[0]
    stamp = timeline_stamp(first)
    if damage == "truncated":
        file.write_bytes(file.read_bytes()[:-4096])
    elif damage == "header":
        data = bytearray(file.read_bytes())
        data[20:40] = b"#" * 20
        file.write_bytes(bytes(data))
    else:  # well-formed files whose arrays do not fit the tables
        arrays = {name: np.array(values) for name, values in read_arrays(path, TIMELINE_ARRAYS, stamp).items()}
        if damage == "rows out of range":
            arrays["dated_by_start"][0] = len(first.events) + 5
        else:
            arrays["x0"] = arrays["x0"][:-1]
        assert write_arrays(path, TIMELINE_ARRAYS, stamp, arrays)
    layouts = Layouts()
    _assert_same_layout(layouts.layout(_opened(path), "document"), fresh)
    assert layouts._kept is None
    _after_the_paint()
    assert read_arrays(path, TIMELINE_ARRAYS, stamp) is not None
    third = Layouts()
    _assert_same_layout(third.layout(_opened(path), "document"), fresh)
    assert third._kept is not None  # kept again, whole


def test_tables_not_read_as_they_are_in_the_workspace_are_never_kept_under_its_stamp(session, tmp_path):
    path = _workspace(session, tmp_path, 3000)
    opened = _opened(path)
    assert timeline_stamp(opened) is not None
    tables = {name: opened.table(name) for name in TABLE_NAMES}
    tables["events"] = tables["events"].copy()  # (as an edit makes it: another frame)
    other = Session()
    other.set_tables(tables, path)
    assert timeline_stamp(other) is None
    Layouts().layout(other, "document")
    _after_the_paint()
    assert _kept_files(path) == []
