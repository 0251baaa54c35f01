"""File ▸ Export Brief… (Ctrl+Shift+E): the events the analyst picked, handed on as one HTML page or a PDF."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def pick_rows(qtbot, window, count: int) -> list[str]:
    """Ctrl-click the first ``count`` rows of the event table, as an analyst picks events; their ids."""
    table = window.events.widget()
    view = table.view
    picked = []
    for row in range(count):
        index = table.proxy.index(row, 0)
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier, view.visualRect(index).center())
        picked.append(str(table.proxy.data(index, Qt.UserRole) or ""))
    return picked


def export_by_keys(qtbot, window, monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.keyClick(window, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: target.exists() and "written to" in window.statusBar().currentMessage(), timeout=30_000)


def test_a_brief_of_the_picked_events_holds_their_sentences_sources_and_the_timeline(qtbot, window, monkeypatch,
                                                                                     tmp_path):
    pick_rows(qtbot, window, 3)
    selected = set(window.session.state.event_ids)
    assert len(selected) == 3
    target = tmp_path / "brief.html"
    export_by_keys(qtbot, window, monkeypatch, target)
    page = target.read_text(encoding="utf-8")
    assert len(re.findall(r'<tr id="e\d+">', page)) == 3
    text = html.unescape(re.sub(r"<[^>]+>", "", page))  # what a reader sees (the trigger is marked)
    events = window.session.events
    for event_id in selected:
        assert str(events.loc[event_id, "sentence"]) in text
    assert 'src="data:image/png;base64,' in page  # the timeline as drawn
    assert "Brief of 3 events" in window.statusBar().currentMessage()


def test_with_nothing_picked_the_brief_holds_every_event_in_view(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "all.html"
    export_by_keys(qtbot, window, monkeypatch, target)
    in_view = len(window.session.events_in_view())
    assert len(re.findall(r'<tr id="e\d+">', target.read_text(encoding="utf-8"))) == min(in_view, 2000)


def test_a_pdf_brief_is_printed(qtbot, window, monkeypatch, tmp_path):
    pick_rows(qtbot, window, 2)
    target = tmp_path / "brief.pdf"
    export_by_keys(qtbot, window, monkeypatch, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert not list(tmp_path.glob(".*partial"))


def test_a_brief_that_cannot_be_written_says_so_and_names_the_file(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    target = tmp_path / "no-such-folder" / "brief.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.keyClick(window, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "no-such-folder" in warnings[0]
