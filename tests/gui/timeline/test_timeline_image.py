"""File ▸ Export Timeline Image…: the timeline as drawn, to a PNG that opens and an SVG that parses; a file that
cannot be written says so in the status bar and leaves nothing behind."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from explorer.gui.timeline.layout import day_seconds

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _export_action(window):
    """The File menu's item, as the menu bar holds it."""
    from PySide6.QtWidgets import QMenu

    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File")
    return next(a for a in file_menu.actions() if a.text() == "Export &Timeline Image…")


def _answer_dialog(monkeypatch, path, chosen: str = "PNG image (*.png)") -> list[tuple]:
    asked = []

    def answer(parent, title, suggested, filters, *args, **kwargs):
        asked.append((title, suggested, filters))
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_the_timeline_is_exported_as_a_png_that_opens(window, monkeypatch, tmp_path):
    window.timeline.set_x_range(day_seconds("2026-01-10"), day_seconds("2026-02-10"))
    target = tmp_path / "timeline.png"
    asked = _answer_dialog(monkeypatch, target)
    _export_action(window).trigger()
    assert asked and "SVG image (*.svg)" in asked[0][2]
    image = QImage(str(target))
    plot = window.timeline.plot
    assert not image.isNull() and (image.width(), image.height()) == (plot.width() * plot.devicePixelRatio(),
                                                                       plot.height() * plot.devicePixelRatio())
    assert str(target) in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.png"]


def test_the_timeline_is_exported_as_an_svg_that_parses_with_its_lane_labels(window, monkeypatch, tmp_path):
    target = tmp_path / "timeline.svg"
    _answer_dialog(monkeypatch, target, "SVG image (*.svg)")
    _export_action(window).trigger()
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "2026" in texts  # the date axis, as vectors and text
    assert any(tag.endswith(("path", "polyline", "rect")) for tag in (e.tag for e in root.iter()))


def test_a_name_without_a_suffix_takes_the_chosen_filters(window, monkeypatch, tmp_path):
    _answer_dialog(monkeypatch, tmp_path / "chart", "SVG image (*.svg)")
    _export_action(window).trigger()
    assert ET.parse(tmp_path / "chart.svg").getroot().tag.endswith("svg")


def test_a_file_that_cannot_be_written_says_why_in_the_status_bar(window, monkeypatch, tmp_path):
    not_a_folder = tmp_path / "notes.txt"  # (a folder without write permission would not stop root)
    not_a_folder.write_text("kept")
    _answer_dialog(monkeypatch, not_a_folder / "timeline.png")
    _export_action(window).trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Could not write the timeline image") and "timeline.png" in message
    assert "Not a directory" in message
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"] and not_a_folder.read_text() == "kept"


def test_another_suffix_is_refused_with_a_status_line(window, monkeypatch, tmp_path):
    _answer_dialog(monkeypatch, tmp_path / "timeline.jpg")
    _export_action(window).trigger()
    assert ".png or an .svg" in window.statusBar().currentMessage()
    assert list(tmp_path.iterdir()) == []


def test_a_big_timeline_zoomed_in_is_exported_with_its_events_as_shapes(window, monkeypatch, tmp_path):
    from explorer.gui.timeline.layout import LAZY_LIMIT
    from tests.gui.timeline.many_events import many_events

    session = window.session
    session.set_tables(many_events(session, 3 * LAZY_LIMIT, seed=4), session.path)
    timeline = window.timeline
    timeline.set_x_range(day_seconds("2024-06-01"), day_seconds("2024-06-04"))
    assert timeline._big and 0 < timeline.layer.visible_count(*timeline.visible_x_range()) < 8000
    target = tmp_path / "big.svg"
    _answer_dialog(monkeypatch, target, "SVG image (*.svg)")
    _export_action(window).trigger()
    tags = [element.tag.rsplit("}", 1)[-1] for element in ET.parse(target).getroot().iter()]
    assert "image" not in tags  # the layer's dots are shapes, not cells of its atlas (which SVG cannot cut out)
    assert tags.count("circle") > 50 and tags.count("rect") > 50  # points and bars
    assert "clipPath" in tags  # the lanes' contents cut to the plot's area
