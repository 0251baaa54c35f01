"""A timeline of many events (issue 19): its cost follows what is on screen, not the number of events.

Fit all draws a density without laying out a single event; zoomed in, the events on screen are laid
out (only those, as the whole layout would place them) and can be clicked; an entity filter that keeps
many events, or a time window, recomputes the density, not a layout of every event.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from explorer.gui.timeline import lanes as lanes_module
from explorer.gui.timeline import layout as layout_module
from explorer.gui.timeline.lanes import place_events
from explorer.gui.timeline.layer import DETAIL_LIMIT, _Prepared
from explorer.gui.timeline.layout import DAY, LAZY_LIMIT, day_seconds
from explorer.gui.timeline.view import TimelineView
from tests.gui.timeline.many_events import many_events

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

EVENTS = 3 * LAZY_LIMIT


def _many_events(session, count: int, seed: int = 3) -> dict[str, pd.DataFrame]:
    """``many_events`` with the most involved entity taking part in half of the events."""
    return many_events(session, count, seed, top_joins=True)


@pytest.fixture
def laid_out(monkeypatch) -> dict[str, int]:
    """How many points the timeline has laid out (each day's zigzag), counted as they are."""
    counted = {"points": 0}
    zigzag = layout_module._day_zigzag

    def counting(lanes, starts):
        counted["points"] += len(lanes)
        return zigzag(lanes, starts)

    monkeypatch.setattr(layout_module, "_day_zigzag", counting)
    return counted


@pytest.fixture
def big(qtbot, session, laid_out):
    return _shown_with_many_events(qtbot, session)


def _shown_with_many_events(qtbot, session) -> TimelineView:
    session.set_tables(_many_events(session, EVENTS), session.path)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _viewport_pos(view: TimelineView, x: float, y: float) -> QPoint:
    return view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(x, y)))


def _inked_columns(view: TimelineView) -> np.ndarray:
    """The plot's pixel columns (in view x, seconds) where the drawing differs from the background."""
    image = view.plot.grab().toImage()
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(height, image.bytesPerLine())[:, :width * 4]
    pixels = pixels.reshape(height, width, 4)[:, :, :3].astype(int)
    box = view.view_box.sceneBoundingRect()
    top_left = view.plot.mapFromScene(box.topLeft())
    bottom_right = view.plot.mapFromScene(box.bottomRight())
    inside = pixels[top_left.y() + 2:bottom_right.y() - 2, top_left.x() + 2:bottom_right.x() - 2]
    background = np.median(inside.reshape(-1, 3), axis=0)
    inked = np.flatnonzero((np.abs(inside - background).sum(axis=2) > 60).any(axis=0)) + top_left.x() + 2
    return np.array([view.view_box.mapSceneToView(view.plot.mapToScene(QPoint(int(c), 0))).x() for c in inked])


def test_fit_all_draws_a_density_of_every_event_without_laying_one_out(big, session, laid_out):
    big.fit_all()
    columns = _inked_columns(big)
    assert big.density_note.isVisible() and big.density_note.toPlainText() == "Density: zoom in"
    assert laid_out["points"] == 0  # (the whole layout used to place every point of 57,000 at opening)
    # it reads as a timeline: ink over the two years the events span, none far outside them
    start, end = day_seconds("2024-01-01"), day_seconds("2024-01-01") + 731 * DAY
    assert columns.min() < start + 30 * DAY and columns.max() > end - 60 * DAY
    assert ((columns > start - 20 * DAY) & (columns < end + 40 * DAY)).mean() > 0.97


def test_zoomed_in_only_the_events_on_screen_are_laid_out_and_one_is_clicked_and_selected(big, session, laid_out,
                                                                                          qtbot):
    big.fit_all()
    big.plot.grab()
    events = session.events
    day = day_seconds("2024-06-10")
    big.set_x_range(day - DAY, day + 2 * DAY)
    big.plot.grab()
    assert not big.density_note.isVisible()
    near = ((events["date_start"] >= "2024-06-08") & (events["date_start"] <= "2024-06-12")).sum()
    assert 0 < laid_out["points"] <= near + DETAIL_LIMIT // 10  # the days on screen, not 57,000
    on_day = events.index[(events["date_start"] == "2024-06-10") & (events["date_end"] == "2024-06-10")]
    rows = big.layer.visible_rows(day, day + DAY)
    placed = big._placed
    points = [int(r) for r in rows if placed.event_id_at(int(r)) in set(on_day) and not placed.is_bar[int(r)]]
    x, y = placed.xy_at(np.array(points[len(points) // 2:len(points) // 2 + 1]))
    event_id = placed.event_id_at(points[len(points) // 2])
    qtbot.mouseClick(big.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(big, float(x[0]), float(y[0])))
    assert session.state.event_ids == frozenset({event_id})
    selected = big.items.selected_points.getData()
    assert np.allclose((selected[0][0], selected[1][0]), (x[0], y[0]))  # the selection drawn on it


def test_events_laid_out_on_screen_are_where_the_whole_layout_puts_them(session, monkeypatch):
    """A lazy layout's points zig-zag across their day and its bars take rows as laying out every event
    would place them (each day of a lane, each lane's bars, laid out alone)."""
    session.set_tables(_many_events(session, EVENTS), session.path)
    for mode in ("document", "cluster", "entity"):
        lazy = place_events(session.events, session, mode)
        with monkeypatch.context() as patch:
            patch.setattr(layout_module, "LAZY_LIMIT", 10 * EVENTS)
            patch.setattr(lanes_module, "LAZY_LIMIT", 10 * EVENTS)
            whole = place_events(session.events, session, mode)
        assert not lazy.laid_out and whole.laid_out and len(lazy) == len(whole) > LAZY_LIMIT
        expected = {(e, int(lane)): (x, y) for e, lane, x, y in zip(whole.event_id, whole.lane, whole.x, whole.y)}
        rows = np.random.default_rng(1).choice(len(lazy), 3000, replace=False)
        xs, ys = lazy.xy_at(rows)
        got = {(lazy.event_id_at(int(r)), int(lazy.lane[r])): (x, y) for r, x, y in zip(rows, xs, ys)}
        assert got == {key: expected[key] for key in got}
        assert lazy.lane_names == whole.lane_names


def test_an_entity_filter_keeping_many_events_recomputes_the_density_not_a_layout(big, session, laid_out):
    big.fit_all()
    big.plot.grab()
    involved = pd.Series([e for ps in session.events["participants"] for e in ps]).value_counts()
    session.selection.update(filter_entity_ids={involved.index[0]}, origin="sidebar")
    big.plot.grab()
    assert len(big._placed) > LAZY_LIMIT and big.density_note.isVisible()
    assert laid_out["points"] == 0  # (a filter used to lay out again every lane it thinned: 30,000 points)
    dated = session.events_in_view()
    assert set(big._placed.event_id) == set(dated.index[(dated["date_start"] != "") | (dated["date_end"] != "")])


def test_a_time_window_dims_the_density_outside_it(big, session):
    big.fit_all()
    before = big.plot.grab().toImage()
    big.brush("2024-05-01", "2024-06-30")
    after = big.plot.grab().toImage()
    inside = _viewport_pos(big, day_seconds("2024-06-01"), 0).x()
    outside = _viewport_pos(big, day_seconds("2025-03-01"), 0).x()
    middle = big.plot.viewport().height() // 2

    def ink(image, x: int) -> int:
        return sum(image.pixelColor(x + dx, y).alpha() < 255 or image.pixelColor(x + dx, y).lightness() < 200
                   for dx in range(-3, 4) for y in range(20, 2 * middle - 20, 3))

    assert ink(after, outside) < ink(before, outside) and ink(after, inside) >= ink(before, inside) * 0.9


def test_the_density_summed_from_the_grid_counts_what_counting_the_events_counts(session):
    """Zoomed out, a bin's count comes from the grid's running sums; it equals the events' count per bin
    row, and across the row as a whole (a column of the grid goes to the bin its middle is in)."""
    session.set_tables(_many_events(session, EVENTS), session.path)
    placed = place_events(session.events, session, "document")
    prepared = _Prepared(placed, np.full(len(session.events), -1), np.zeros(0, dtype=bool), 10)
    prepared.count, lo, hi = len(placed), *placed.extent
    width, height = 300, 120
    sx = width / (hi - lo) * 0.9
    ox = 10.0 - lo * sx
    sy, oy = height / len(placed.lane_names), 0.5
    monkey = prepared.counts_of(0, len(placed), sx, ox, sy, oy, width, height, None)[0].reshape(height, width)
    grid = prepared.counts_from_grid(sx, ox, sy, oy, width, height, None)[0].reshape(height, width)
    assert (grid.sum(axis=1) == monkey.sum(axis=1)).all() and grid.sum() > 0.99 * len(placed)
    assert np.abs(grid - monkey).sum() <= 0.02 * len(placed)  # only columns astride two bins differ


def test_a_lazy_layouts_density_places_each_event_by_the_hash_of_its_row(qapp):
    """Where a lazy layout's placements count in a density (worked out in place, the hash's row in floats): a
    bar at its middle, a point across the middle of its day and on one of its day's rows, both by a hash of
    its event row, as the formula gives them, for rows whose hash passes 32 bits too; laid-out placements
    count where they are drawn, and the grid leaves their positions as they were."""
    from explorer.gui.timeline.layout import DAY_ROWS, DAY_WIDTH_USED, ROW_STEP, Placements

    rng = np.random.default_rng(7)
    n = 5000
    x0 = np.sort(rng.integers(0, 400, n)).astype(float) * DAY
    x1 = x0 + DAY + (rng.random(n) < 0.2) * rng.integers(1, 9, n) * DAY
    lane = rng.integers(0, 40, n).astype(np.int32)
    event_row = rng.integers(0, 1 << 31, n).astype(np.int64)  # (times 40503: past 32 bits)
    placed = Placements(["a"], ["a"], lane, x0, x1, lane.astype(float), (x1 - x0) > DAY + 1, [], event_row,
                        np.empty(0, dtype=object), dx=np.broadcast_to(0.0, (n,)), laid_out=False)
    prepared = _Prepared(placed, np.full(n, -1), np.zeros(0, dtype=bool), 10)
    x, y = prepared._density_xy(0, n)
    hashed = event_row * 40503
    shift = np.where(placed.is_bar, 0.0, (hashed & 1023) * (DAY_WIDTH_USED * DAY / 1024) - DAY_WIDTH_USED * DAY / 2)
    assert np.array_equal(x, (x0 + x1) / 2 + shift)
    assert np.array_equal(y, ((hashed >> 10) % DAY_ROWS - (DAY_ROWS - 1) / 2.0) * ROW_STEP + lane)

    laid = placed.take(np.arange(n))  # laid out: counted where drawn
    drawn = _Prepared(laid, np.full(n, -1), np.zeros(0, dtype=bool), 10)
    xs, ys = drawn.x.copy(), drawn.y.copy()
    drawn.count = n
    drawn._grid(0.5, 0.0, 20)
    assert np.array_equal(drawn.x, xs) and np.array_equal(drawn.y, ys)


def test_an_event_selected_elsewhere_is_drawn_selected_where_it_is_laid_out_and_scrolled_to(big, session, laid_out):
    day = day_seconds("2024-03-05")
    big.set_x_range(day - DAY, day + 2 * DAY)
    big.plot.grab()
    events = session.events
    event_id = events.index[(events["date_start"] == "2024-09-20") & (events["date_end"] == "2024-09-20")][0]
    session.selection.update(event_ids={event_id}, origin="table")
    big.plot.grab()
    x0, x1 = big.visible_x_range()
    assert x0 <= day_seconds("2024-09-20") and day_seconds("2024-09-21") <= x1  # scrolled to it, zoom kept
    rows = big.layer.visible_rows(day_seconds("2024-09-20"), day_seconds("2024-09-21"))
    mine = [int(r) for r in rows if big._placed.event_id_at(int(r)) == event_id]
    x, y = big._placed.xy_at(np.array(mine))
    selected = big.items.selected_points.getData()
    assert np.allclose(selected[0], x) and np.allclose(selected[1], y)
    assert big.event_at(float(x[0]), float(y[0])) == event_id


def test_a_lazy_layouts_connectors_join_each_clusters_placements_in_time_order(session):
    """Zoomed in, a cluster's connector runs through its placements in time order: found from each cluster's
    events and where each is placed, they are those every placement grouped by cluster gives."""
    from explorer.gui.timeline.lanes import EventArrays, lane_plan

    session.set_tables(_many_events(session, EVENTS), session.path)
    arrays = EventArrays(session.events, session.tables["clusters"])
    placed = lane_plan("document", arrays, session).layout()
    by_members = _Prepared(placed, arrays.cluster_code, arrays.conflicted, 10, members=arrays.cluster_members)
    by_sorting = _Prepared(placed, arrays.cluster_code, arrays.conflicted, 10)
    codes = np.unique(arrays.cluster_code[arrays.cluster_code >= 0])[::7]
    found = by_members.members_of(codes)
    assert found.tolist() == by_sorting.members_of(codes).tolist() and len(found) > 1000
    assert (np.diff(placed.x0[found])[np.diff(by_members.cluster_at(found)) == 0] >= 0).all()


def _read_with_codes(events: pd.DataFrame, name: str) -> pd.DataFrame:
    """``events`` with column ``name`` as the window's read gives it: strings with the cache's codes kept beside
    them (``coded.remember``), the distinct values in an order of their own (not first seen)."""
    from explorer.core import coded

    values = events[name].to_numpy(dtype=object).copy()
    codes, uniques = pd.factorize(values, sort=True)
    uniques = np.asarray(uniques, dtype=object)[::-1].copy()  # (codes into values in reverse order)
    codes = len(uniques) - 1 - codes
    coded.remember(values, codes, uniques)
    events = events.copy(deep=False)
    events[name] = pd.Series(values, index=events.index, dtype=object, copy=False)
    return events


@pytest.mark.parametrize("count", [2_000, EVENTS])
def test_lanes_numbered_from_the_read_codes_are_the_lanes_of_the_strings(session, count):
    """Documents and clusters read with their codes give the same lanes, names and placements as their strings;
    a document whose events are all undated has no lane, and the undated events are listed as before."""
    session.set_tables(_many_events(session, count), session.path)
    events = session.events
    only_undated = events["date_start"] == ""
    events = events.assign(doc_id=np.where(only_undated, "doc-undated-only", events["doc_id"]))
    for mode, column in (("document", "doc_id"), ("cluster", "cluster_id")):
        plain = place_events(events, session, mode)
        read = place_events(_read_with_codes(events, column), session, mode)
        assert read.lane_names == plain.lane_names and "doc-undated-only" not in list(read.lane_keys)
        assert np.array_equal(read.lane, plain.lane) and list(read.event_id) == list(plain.event_id)
        assert list(read.undated_ids) == list(plain.undated_ids) and len(read.undated_ids) == int(only_undated.sum())


def test_the_whole_layouts_event_positions_are_the_lane_plans_and_a_filters_its_own(big, session):
    """Where each event stands among the whole layout's placements (what drawing connectors looks members up
    by) is the one array the lane plans find a filter's rows in, and it is each event's placement; a
    filtered layout's is worked out from its own placements."""
    arrays = big.layouts.arrays_of(session)
    prepared = big.layer._current
    position = prepared._position_of_rows()
    assert position is arrays.by_start.where()
    placed = big._placed
    assert (position[placed.event_row] == np.arange(len(placed))).all()
    assert (position[arrays.undated_rows] == -1).all()
    top = session.tables["entities"].sort_values("mention_count", ascending=False)["entity_id"].iloc[0]
    session.selection.update(filter_entity_ids={top}, origin="sidebar")
    filtered = big.layer._current._position_of_rows()
    assert filtered is not arrays.by_start.where()
    assert (filtered[big._placed.event_row] == np.arange(len(big._placed))).all()
    assert np.count_nonzero(filtered >= 0) == len(big._placed) < len(placed)


def test_a_filter_of_a_busy_entity_takes_where_its_events_stand_as_worked_out_after_opening(
        qtbot, session, monkeypatch):
    """Where the busiest entities' events stand in the lazy layout's order is worked out once the window is
    drawn (``RowOrder``'s warm work, ``Later``): filtering one of them then marks no row (at ten million events
    ~20 ms of the filter) and places what the filter keeps; any other entity is still found by marking."""
    from explorer.core import query
    from explorer.core.later import Later
    from explorer.core.query import RowOrder

    monkeypatch.setattr(query, "WARM_FROM", EVENTS // 3)  # (the busiest entity takes part in half the events)
    view = _shown_with_many_events(qtbot, session)
    Later.start_waiting()
    qtbot.waitUntil(lambda: not Later.pending(), timeout=20_000)
    marked = []
    real = RowOrder._marked
    monkeypatch.setattr(RowOrder, "_marked", lambda self, rows: marked.append(len(rows)) or real(self, rows))
    involved = pd.Series([e for ps in session.events["participants"] for e in ps]).value_counts()
    for entity_id, busy in ((involved.index[0], True), (involved.index[-1], False)):
        marked.clear()
        session.selection.update(filter_entity_ids={entity_id}, origin="sidebar")
        view.plot.grab()
        assert bool(marked) != busy, entity_id
        lookup, plan = session.event_lookup, view.layouts.plan(session, view.lane_mode())
        marked_layout = plan.layout(lookup.mask(session.state), frozenset({entity_id}), lookup.rows(session.state))
        assert list(view._placed.event_id) == list(marked_layout.event_id)  # (as marking the rows places them)
        dated = session.events_in_view()
        assert set(view._placed.event_id) == set(dated.index[dated["date_start"] != ""])


def test_the_filtered_layouts_and_their_drawing_kept_are_bounded_by_their_bytes(big, session, monkeypatch):
    """The timeline keeps its last two filtered layouts and the layer their drawing arrays while they fit a byte
    budget (``core.kept``): a small workspace keeps both as before; past the budget only the newest is kept (at
    ten million events two of the busiest entity's layouts and their drawing held ~200 MB: bench/README.md,
    Run s14). The filter shown, and going back to the whole layout, are drawn as before."""
    from explorer.gui.timeline import layer as layer_module
    from explorer.gui.timeline.lanes import Layouts

    involved = pd.Series([e for ps in session.events["participants"] for e in ps]).value_counts()
    busy, other = involved.index[0], involved.index[1]
    big.fit_all()

    def filter_by(*entity_ids) -> None:
        session.selection.update(filter_entity_ids=set(entity_ids), origin="sidebar")
        big.plot.grab()

    filter_by(busy)
    assert len(big._placed) > LAZY_LIMIT
    filter_by(busy, other)
    assert len(big.layouts.recent) == 2 and len(big.layer._prepared) == 2  # (under the budgets: both kept)
    monkeypatch.setattr(Layouts, "KEPT_LAYOUT_BYTES", 100_000, raising=False)  # (a layout here: ~1 MB)
    monkeypatch.setattr(layer_module, "KEPT_PREPARED_BYTES", 100_000, raising=False)
    filter_by(busy)
    assert len(big.layouts.recent) == 1 and len(big.layer._prepared) == 1  # (the newest alone)
    assert big.layer._prepared[id(big._placed)] is big.layer._current
    dated = session.events_in_view()
    assert set(big._placed.event_id) == set(dated.index[dated["date_start"] != ""])
    filter_by(busy, other)
    assert len(big.layouts.recent) == 1 and len(big.layer._prepared) == 1
    session.selection.update(filter_entity_ids=frozenset(), origin="sidebar")
    assert big.layouts.is_whole(big._placed) and big.layer._current is big.layer._kept
    # back to the whole layout: the newest filter's layout is kept only within the budget too (its buffers go to
    # the next filter's, ``core.scratch``: a layout and spare buffers both kept would count twice, Run s14b)
    assert len(big.layouts.recent) == 0 and len(big.layer._prepared) == 0


def test_a_filter_again_fills_the_memory_a_dropped_one_used_and_draws_the_same(big, session, monkeypatch):
    """A filter's big arrays (the lookup's mask and rows, the lazy layout's rows, lanes, extents and bars, the
    density grid) are made in buffers the views keep (``core.scratch``), not in fresh memory: at ten million events
    the busiest entity's filter filled ~75 MB of fresh pages, which on the bench's machine cost up to 150 ms of
    kernel time after a pause (bench/README.md, Run s14b). The same filter made again after its answers were
    dropped allocates a small part of what it holds, draws the same picture, and a layout still kept (the
    previous filter's) is never written over by the next one's."""
    import importlib
    import tracemalloc

    from explorer.core.kept import held_bytes

    try:  # (every request in a buffer: this workspace's arrays are under the 4 MB of a big one)
        monkeypatch.setattr(importlib.import_module("explorer.core.scratch"), "LEAST", 0)
    except ModuleNotFoundError:
        pass
    involved = pd.Series([e for ps in session.events["participants"] for e in ps]).value_counts()
    busy, other = involved.index[0], involved.index[1]
    big.fit_all()

    def filter_by(*entity_ids) -> None:
        session.selection.update(filter_entity_ids=set(entity_ids), origin="sidebar")

    def forget() -> None:  # (what a filter's first time finds: no answer kept)
        big.layouts.recent.clear()
        big.layer._prepared.clear()
        session.event_lookup._recent.clear()

    filter_by(busy)
    placed = big._placed
    assert len(placed) > LAZY_LIMIT and not placed.laid_out
    drawn = big.plot.grab().toImage()
    copies = [array.copy() for array in (placed.event_row, placed.lane, placed.x0, placed.x1, placed.is_bar)]
    filter_by(other)  # (the busy entity's layout is kept: the other's is made elsewhere)
    big.plot.grab()
    for array, copy in zip((placed.event_row, placed.lane, placed.x0, placed.x1, placed.is_bar), copies):
        assert np.array_equal(array, copy)
    session.selection.update(filter_entity_ids=frozenset(), origin="sidebar")
    big.plot.grab()
    del placed
    forget()
    filter_by(busy)
    big.plot.grab()  # (the first paint of a filter makes its density grid)
    session.selection.update(filter_entity_ids=frozenset(), origin="sidebar")
    forget()
    tracemalloc.start()
    try:
        filter_by(busy)  # (every view: the lookup, the timeline's layout and drawing arrays, the table's rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    again = big._placed
    held = held_bytes([again, session.event_lookup._recent])
    assert peak < held / 2, (peak, held)  # (in fresh arrays: more than the filter holds)
    for array, copy in zip((again.event_row, again.lane, again.x0, again.x1, again.is_bar), copies):
        assert np.array_equal(array, copy)
    assert big.plot.grab().toImage() == drawn
