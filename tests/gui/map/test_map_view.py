"""The map view: the seed events' places drawn, clicked, hovered, zoomed, and following the filters."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from explorer.core.query import events_in_view
from explorer.gui.map.view import MapView

# Qt's offscreen platform cannot pass a shown window's size hints on (nor raise a tooltip); every other warning fails.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def view(qtbot, session):
    view = MapView(session)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.is_resolving(), timeout=60_000)
    return view


def _id_of(session, name: str) -> str:
    return next(e for e, n in session.entity_names.items() if n == name)


def _viewport_pos(view: MapView, lon: float, lat: float) -> QPoint:
    return view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(lon, lat)))


def _names(session, ids) -> set[str]:
    return {session.entity_names[e] for e in ids}


def _labels(view: MapView) -> list[str]:
    """The place names written on the map now."""
    return [label.toPlainText() for label in view._labels if label.isVisible()]


def _events_at(session, place: str, state=None) -> set[str]:
    events = events_in_view(session.events, state or session.state)
    return set(events.index[events["place"] == place])


def test_the_seed_places_are_drawn_and_the_unknown_listed(view, session):
    drawn = _names(session, view.place_ids())
    assert {"Washington DC", "India", "United States", "New York City"} <= drawn
    listed = dict(view.not_found())
    assert _names(session, listed) == {"White House"}  # a building: listed, not drawn at a guessed spot
    every_place = {p for p in session.events["place"] if p}
    assert set(view.place_ids()) | set(listed) == every_place  # every place the events name is drawn or listed
    assert len(view.places.data) == len(view.place_ids())
    washington = _id_of(session, "Washington DC")
    assert view.place_count(washington) == len(_events_at(session, washington))
    assert view.place_ids()[0] == washington  # the busiest first
    lon, lat = view.place_position(washington)
    assert lon == pytest.approx(-77.04, abs=0.1) and lat == pytest.approx(38.9, abs=0.1)
    assert f"{len(view.place_ids())} places" in view.status_label.text()
    assert "Washington DC" in _labels(view) and "India" in _labels(view)
    assert view.not_found_label.text() == "Places not found (1)"


def test_clicking_a_place_selects_its_events_everywhere(view, session, qtbot):
    india = _id_of(session, "India")
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(view, *view.place_position(india)))
    assert session.state.event_ids == _events_at(session, india)
    assert len(view.rings.data) == 1  # the place of the selected events ringed
    ring = view.rings.data[0]
    assert (ring["x"], ring["y"]) == pytest.approx(view.place_position(india))


def test_clicking_a_place_not_found_selects_its_events(view, session, qtbot):
    list_widget = view.not_found_list
    item = list_widget.item(0)
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=list_widget.visualItemRect(item).center())
    white_house = _id_of(session, "White House")
    assert session.state.event_ids == _events_at(session, white_house)
    assert "White House" in item.text() and f"{len(_events_at(session, white_house))} events" in item.text()


def test_the_time_window_narrows_the_counts(view, session):
    washington = _id_of(session, "Washington DC")
    everywhere = view.place_count(washington)
    session.selection.update(time_range=("2026-02-01", "2026-02-28"))  # the timeline's brush, as any view sets it
    narrowed = _events_at(session, washington)
    assert 0 < len(narrowed) < everywhere
    assert view.place_count(washington) == len(narrowed)
    shown = {p for p in events_in_view(session.events, session.state)["place"] if p}
    assert set(view.place_ids()) | {e for e, _ in view.not_found()} == shown
    session.selection.update(time_range=None)
    assert view.place_count(washington) == everywhere


def test_checking_an_entity_keeps_only_the_places_of_its_events(view, session):
    india = _id_of(session, "India")
    session.selection.update(filter_entity_ids={india})
    shown = {p for p in events_in_view(session.events, session.state)["place"] if p}
    assert "India" in _labels(view) and set(_labels(view)) <= _names(session, view.place_ids())  # labels follow
    assert set(view.place_ids()) | {e for e, _ in view.not_found()} == shown
    assert sum(view.place_count(p) for p in view.place_ids()) + sum(c for _, c in view.not_found()) == \
        int((events_in_view(session.events, session.state)["place"] != "").sum())


def test_hovering_a_place_shows_its_name_and_count(view, session, qtbot):
    washington = _id_of(session, "Washington DC")
    qtbot.mouseMove(view.plot.viewport(), _viewport_pos(view, -30.0, 0.0))  # the pointer comes in over the Atlantic
    qtbot.wait(100)
    qtbot.mouseMove(view.plot.viewport(), _viewport_pos(view, *view.place_position(washington)))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "Washington DC" in QToolTip.text(), timeout=3000)
    assert f"{view.place_count(washington)} events in view" in QToolTip.text()


def test_the_wheel_zooms_and_a_drag_pans(view, qtbot):
    (x0, x1), _ = view.view_box.viewRange()
    viewport = view.plot.viewport()
    pos = QPointF(viewport.rect().center())
    wheel = QWheelEvent(pos, QPointF(viewport.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    (a, b), _ = view.view_box.viewRange()
    assert b - a < (x1 - x0) * 0.8
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + QPoint(20 * step, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    (c, d), _ = view.view_box.viewRange()
    assert c < a and d - c == pytest.approx(b - a)  # the map moved right: the view shows land further west
    view.show_world()
    (e, f), _ = view.view_box.viewRange()
    assert e <= -180 and f >= 180


def test_the_map_tab_in_the_window_follows_the_event_table(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.map
    qtbot.waitUntil(lambda: not window.map.is_resolving(), timeout=60_000)
    session = window.session
    india = _id_of(session, "India")
    qtbot.mouseClick(window.map.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=_viewport_pos(window.map, *window.map.place_position(india)))
    table = window.events.widget()
    qtbot.waitUntil(lambda: set(table.selected_event_ids()) == _events_at(session, india), timeout=3000)
    # at world scale New York's small circle is drawn over the edge of Washington's: a click at Washington's
    # centre is Washington's, one on New York's own circle New York's
    washington, new_york = _id_of(session, "Washington DC"), _id_of(session, "New York City")
    for place in (washington, new_york):
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # two clicks, not a double click (4 px apart here)
        qtbot.mouseClick(window.map.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=_viewport_pos(window.map, *window.map.place_position(place)))
        assert session.state.event_ids == _events_at(session, place)
    # a selection made elsewhere rings the places of its events
    session.selection.update(event_ids=sorted(_events_at(session, washington))[:1])
    assert np.allclose([(p["x"], p["y"]) for p in window.map.rings.data], [window.map.place_position(washington)])


def test_preview_and_the_windows_map_screenshot(seed_build, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(seed_build.path, data / "sample.explorer")
    env = {**os.environ, "EXPLORER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "preview.png"
    result = subprocess.run([sys.executable, "-m", "explorer.gui.map.view", "--screenshot", str(shot)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    shot = tmp_path / "window.png"
    result = subprocess.run([sys.executable, "-m", "explorer", "--view", "map", "--screenshot", str(shot),
                             str(seed_build.path)], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^[1-9]\d* places on the map, 1 not found$", result.stdout, re.MULTILINE), result.stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_filter_set_while_the_map_is_hidden_is_counted_when_it_is_shown(window, qtbot):
    session = window.session
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.map.is_resolving(), timeout=60_000)
    washington = _id_of(session, "Washington DC")
    everywhere = window.map.place_count(washington)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the timeline in front
    assert not window.map.isVisible()
    session.selection.update(time_range=("2026-02-01", "2026-02-28"))
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    narrowed = _events_at(session, washington)
    assert window.map.place_count(washington) == len(narrowed) < everywhere
