"""The analyst's walk through the workbench (issue 20), end to end with real gestures on the seed articles:
find an entity and read every mention on its page, narrow with the query bar to a month and an outlet, star three
events, look at them on the map and on the labelled graph, and export a brief that opens as a plain web page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from explorer.core.edits.marks import STAR
from explorer.gui.events.table_model import EVENT_ID_ROLE
from tests.gui.entity_page.test_open_page import sidebar_index

# the completion popup asks for the keyboard, which the offscreen platform cannot give (it works on a display)
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
              pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")]


class _Page(HTMLParser):
    """What a browser would build from the brief: its tags, and whether every element closes in order."""

    VOID = {"meta", "img", "br"}

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, tag
        self.open.pop()


def test_find_read_narrow_star_map_graph_and_brief(qtbot, edit_window, monkeypatch, tmp_path):
    window, session = edit_window, edit_window.session

    # 1. find an entity: type its name in the Entities filter, double-click it; its page lists every mention
    rubio = next(e for e, n in session.entity_names.items() if n == "Marco Rubio")
    sidebar = window.sidebar.widget()
    qtbot.keyClicks(sidebar.filter_edit, "Rubio")
    qtbot.waitUntil(lambda: sum(sidebar.proxy.rowCount(sidebar.proxy.index(g, 0))
                                for g in range(sidebar.proxy.rowCount())) <= 3, timeout=5000)  # the list narrowed
    index = sidebar_index(sidebar, rubio)
    sidebar.tree.scrollTo(index)
    point = sidebar.tree.visualRect(index).center()
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    page = window.entity_page
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.entity_id == rubio, timeout=20_000)
    assert window.tabs.currentWidget() is page
    mentions = int(session.table("entities").set_index("entity_id").loc[rubio, "mention_count"])
    assert page.mentions.rowCount() == mentions > 1  # every mention, one row each
    sidebar.filter_edit.clear()

    # 2. narrow with the query bar to a month and an outlet
    everything = len(session.events_in_view())
    bar = window.query_bar
    qtbot.mouseClick(bar.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.edit, "outlet:ANI date:2026-02")
    bar.completer.popup().hide()  # (typing offers completions; Enter goes to the line)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    bar.wait()
    in_view = session.events_in_view()
    assert 3 <= len(in_view) < everything
    outlets = session.documents["source"]
    assert set(outlets[in_view["doc_id"]]) == {"ANI"}
    assert all(s <= "2026-02-29" and e >= "2026-02-01" for s, e in zip(in_view["date_start"], in_view["date_end"])
               if s and e)

    # 3. star three events: click a row, Shift+click two rows down, press S
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(window.tabs.indexOf(window.timeline)).center())
    table = window.events.widget()
    first, third = table.proxy.index(0, 0), table.proxy.index(2, 0)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=table.view.visualRect(first).center())
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     table.view.visualRect(third).center())
    starred = {table.proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(3)}
    qtbot.keyClick(table.view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: set(session.marks.events_marked(STAR)) == starred, timeout=5000)
    # … and show only them: the mark filter (★ Starred), then clear the query so the stars alone narrow the views
    qtbot.keyClick(table.mark_filter, Qt.Key.Key_Down)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    bar.wait()
    qtbot.waitUntil(lambda: set(session.events_in_view().index) == starred, timeout=5000)

    # 4. the three on the map (Ctrl+3): their places, counted
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.map
    qtbot.waitUntil(lambda: not window.map.is_resolving(), timeout=60_000)
    places = {p for p in session.events.loc[sorted(starred), "place"] if p}
    assert set(window.map.place_ids()) | {e for e, _ in window.map.not_found()} == places
    assert sum(window.map.place_count(p) for p in window.map.place_ids()) <= 3

    # 5. … and on the labelled graph (Ctrl+2): their participants, linked
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.graph
    qtbot.waitUntil(lambda: not window.graph.is_laying_out() and bool(window.graph.node_ids()), timeout=20_000)
    taking_part = {p for ids in session.events.loc[sorted(starred), "participants"] for p in ids}
    assert set(window.graph.node_ids()) <= taking_part | places

    # 6. export a brief (Ctrl+Shift+E) and open it as a browser would: the three events, their sentences, inert
    target = tmp_path / "brief.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: target.exists() and "written to" in window.statusBar().currentMessage(), timeout=30_000)
    text = target.read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(text)
    assert "script" not in parsed.tags and not parsed.open[1:]  # a plain page: no script, every element closed
    assert len(re.findall(r'<tr id="e\d+">', text)) == 3
    shown = html.unescape(re.sub(r"<[^>]+>", "", text))
    for event_id in starred:
        assert str(session.events.loc[event_id, "sentence"]) in shown
    assert 'src="data:image/png;base64,' in text  # the timeline, drawn
