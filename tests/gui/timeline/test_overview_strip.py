"""The overview strip above the timeline, driven with the mouse: its marked region and the timeline's x range move
together both ways, a click centres the timeline, and its bars count the events the timeline shows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.gui.timeline.layout import DAY, LAZY_LIMIT, day_seconds
from explorer.gui.timeline.view import TimelineView
from tests.gui.timeline.many_events import many_events

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def view(qtbot, session):
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


def _zoomed_in(view: TimelineView) -> tuple[float, float]:
    """Show ten days around the seeds' busiest fortnight: the region is then a part of the strip."""
    view.set_x_range(day_seconds("2026-01-20"), day_seconds("2026-01-30"))
    return view.visible_x_range()


def _strip_pos(view: TimelineView, x: float) -> QPoint:
    """Where x seconds is on the strip's viewport, half way up its bars."""
    strip = view.overview
    (_, _), (y0, y1) = strip.box.viewRange()
    return strip.mapFromScene(strip.box.mapViewToScene(QPointF(x, (y0 + y1) / 2)))


def _drag(qtbot, widget, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A left-button drag in ten steps, as a hand makes it, ``modifier`` held throughout."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, modifier, start)
    for step in range(1, 11):
        qtbot.wait(10)
        point = QPointF(start + (end - start) * step / 10)
        move = QMouseEvent(QEvent.Type.MouseMove, point, QPointF(widget.mapToGlobal(point.toPoint())),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, modifier)
        QApplication.sendEvent(widget, move)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, modifier, end)


def _seconds_per_pixel(view: TimelineView) -> float:
    return view.overview.box.viewPixelSize()[0]


def test_the_strip_marks_the_visible_range_and_keeps_the_whole_span_when_zoomed_in(view):
    whole = view.overview.box.viewRange()[0]
    x0, x1 = _zoomed_in(view)
    assert view.overview.region.getRegion() == pytest.approx((x0, x1))
    assert view.overview.box.viewRange()[0] == pytest.approx(whole)  # the strip never zooms with the timeline
    placed = view._placed
    assert whole[0] <= placed.x0.min() and placed.x0.max() <= whole[1]


def test_dragging_the_strips_region_pans_the_timeline(view, qtbot):
    x0, x1 = _zoomed_in(view)
    middle = (x0 + x1) / 2
    _drag(qtbot, view.overview.viewport(), _strip_pos(view, middle), _strip_pos(view, middle) + QPoint(60, 0))
    a, b = view.visible_x_range()
    moved = 60 * _seconds_per_pixel(view)
    assert b - a == pytest.approx(x1 - x0, rel=1e-6)  # a pan: the zoom is kept
    assert a - x0 == pytest.approx(moved, rel=0.15)
    assert view.overview.region.getRegion() == pytest.approx((a, b))


def test_dragging_an_edge_of_the_region_zooms_the_timeline(view, qtbot):
    x0, x1 = _zoomed_in(view)
    start = _strip_pos(view, x1)
    _drag(qtbot, view.overview.viewport(), start, start + QPoint(40, 0))
    a, b = view.visible_x_range()
    assert a == pytest.approx(x0, abs=DAY / 100)  # the other edge stays
    assert b - x1 == pytest.approx(40 * _seconds_per_pixel(view), rel=0.2)


def test_dragging_across_the_strips_background_shows_that_span(view, qtbot):
    _zoomed_in(view)
    start, end = day_seconds("2025-10-01"), day_seconds("2025-11-15")
    _drag(qtbot, view.overview.viewport(), _strip_pos(view, start), _strip_pos(view, end))
    a, b = view.visible_x_range()
    assert a == pytest.approx(start, abs=2 * _seconds_per_pixel(view))
    assert b == pytest.approx(end, abs=2 * _seconds_per_pixel(view))


def test_a_click_on_the_strip_centres_the_timeline_there(view, qtbot):
    x0, x1 = _zoomed_in(view)
    target = day_seconds("2025-09-15")
    qtbot.mouseClick(view.overview.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _strip_pos(view, target))
    a, b = view.visible_x_range()
    assert b - a == pytest.approx(x1 - x0, rel=1e-6)
    assert (a + b) / 2 == pytest.approx(target, abs=2 * _seconds_per_pixel(view))


def _wheel(widget, pos: QPoint, eighths: int) -> None:
    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, eighths),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_zooming_the_timeline_shrinks_the_strips_region(view):
    before = view.overview.region.getRegion()
    plot = view.plot.viewport()
    _wheel(plot, plot.rect().center(), 240)
    after = view.overview.region.getRegion()
    assert after[1] - after[0] < (before[1] - before[0]) * 0.8
    assert after == pytest.approx(view.visible_x_range())


def test_the_wheel_over_the_strip_zooms_the_timeline_around_that_date(view):
    x0, x1 = view.visible_x_range()
    target = day_seconds("2026-01-13")
    _wheel(view.overview.viewport(), _strip_pos(view, target), 240)
    a, b = view.visible_x_range()
    assert b - a < (x1 - x0) * 0.8
    assert a < target < b


def _dated_starts(session, event_ids=None) -> np.ndarray:
    from explorer.gui.timeline.layout import event_extents

    events = session.events if event_ids is None else session.events.loc[sorted(event_ids)]
    x0, _ = event_extents(events)
    return x0[~np.isnan(x0)]


def test_the_bars_count_every_dated_event_by_its_start(view, session):
    histogram = view.overview.histogram
    starts = _dated_starts(session)
    assert histogram.total == len(starts)
    expected, _ = np.histogram(starts, bins=histogram.edges)
    assert histogram.counts.tolist() == expected.tolist()
    assert histogram.size == "week"  # September 2025 to February 2026
    heights = np.asarray(view.overview.bars.opts["height"])
    busiest = histogram.counts.max()
    shown = histogram.counts >= busiest * 0.06
    assert heights[shown].tolist() == histogram.counts[shown].tolist()  # bars as tall as their counts...
    assert (heights[histogram.counts > 0] >= busiest * 0.06).all()  # ...a lone event's still in sight
    assert (heights[histogram.counts == 0] == 0).all()


def test_the_bars_follow_an_entity_checked_in_the_sidebar(qtbot, window, session):
    timeline, sidebar = window.timeline, window.sidebar.widget()
    everything = timeline.overview.histogram.total
    vaishnaw = session.tables["entities"].set_index("name").at["Ashwini Vaishnaw", "entity_id"]
    index = sidebar.proxy.mapFromSource(sidebar.model.index_of(vaishnaw))
    sidebar.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    in_view = session.events_in_view()
    narrowed = timeline.overview.histogram
    assert narrowed.total == len(_dated_starts(session, in_view.index)) < everything
    caption = timeline.overview.axis.caption()
    assert f"busiest {int(narrowed.counts.max()):,}" in caption
    session.selection.update(filter_entity_ids=set(), origin="test")
    assert timeline.overview.histogram.total == everything


def test_hovering_a_bar_tells_its_week_and_count(view):
    histogram = view.overview.histogram
    busiest = int(np.argmax(histogram.counts))
    text = view.overview.tooltip_at((histogram.edges[busiest] + histogram.edges[busiest + 1]) / 2)
    assert text.startswith("Week of ") and f": {int(histogram.counts[busiest])} events" in text


def test_lanes_by_entity_count_an_event_once_however_many_lanes_hold_it(view, session):
    view.set_lane_mode("entity")
    assert len(view.event_points()) > len({e for e, *_ in view.event_points()})  # events in several lanes
    assert view.overview.histogram.total == len(_dated_starts(session))


def test_a_big_timeline_counts_from_its_sorted_starts(qtbot, session):
    session.set_tables(many_events(session, 3 * LAZY_LIMIT, seed=4, top_joins=True), session.path)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    starts = _dated_starts(session)
    histogram = view.overview.histogram
    assert not view._placed.laid_out and histogram.total == len(starts)
    assert histogram.counts.tolist() == np.histogram(starts, bins=histogram.edges)[0].tolist()
    view.set_lane_mode("entity")  # an event in several lanes, counted once by its start rank
    assert view.overview.histogram.counts.tolist() == histogram.counts.tolist()


def test_a_short_timeline_hides_the_strip_to_keep_its_lanes_rows(view, qtbot):
    from explorer.gui.timeline.view import OVERVIEW_FROM_HEIGHT

    assert view.overview.isVisible()
    view.resize(1100, OVERVIEW_FROM_HEIGHT - 40)
    qtbot.waitUntil(lambda: not view.overview.isVisible())
    view.resize(1100, OVERVIEW_FROM_HEIGHT + 40)
    qtbot.waitUntil(view.overview.isVisible)


def test_double_clicking_a_bar_shows_its_week(view, qtbot):
    histogram = view.overview.histogram
    busiest = int(np.argmax(histogram.counts))
    start, end = histogram.edges[busiest], histogram.edges[busiest + 1]
    qtbot.mouseDClick(view.overview.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      _strip_pos(view, (start + end) / 2))
    assert view.visible_x_range() == pytest.approx((start, end))
    assert end - start == 7 * DAY


def _timeline_pos(view: TimelineView, x: float) -> QPoint:
    (_, _), (y0, y1) = view.view_box.viewRange()
    return view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(x, (y0 + y1) / 2)))


def test_a_time_window_brushed_on_the_timeline_is_marked_along_the_strips_foot(view, qtbot, session):
    _zoomed_in(view)
    assert view.overview.window_shown() is None
    _drag(qtbot, view.plot.viewport(), _timeline_pos(view, day_seconds("2026-01-22") + DAY / 2),
          _timeline_pos(view, day_seconds("2026-01-26") + DAY / 2), Qt.KeyboardModifier.ShiftModifier)
    assert session.state.time_range == ("2026-01-22", "2026-01-26")
    assert view.overview.window_shown() == (day_seconds("2026-01-22"), day_seconds("2026-01-27"))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.overview.window_shown() is None


def test_a_pan_paints_the_plot_once_with_the_strip_following(view, qtbot):
    from PySide6.QtCore import QObject

    class PaintCounter(QObject):
        painted = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    _zoomed_in(view)
    QApplication.processEvents()
    counter = PaintCounter()
    view.plot.viewport().installEventFilter(counter)
    for _ in range(10):
        a, b = view.visible_x_range()
        view.set_x_range(a + (b - a) / 4, b + (b - a) / 4)
        QApplication.processEvents()
    view.plot.viewport().removeEventFilter(counter)
    assert view.overview.region.getRegion() == pytest.approx(view.visible_x_range())
    assert counter.painted <= 11  # (once a step: the strip's repaint once made Qt paint the plot twice)
