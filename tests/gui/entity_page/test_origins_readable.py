"""The page's "Where it comes from" box is readable at the window's default size (1,400 x 900): no sideways
scrolling, every cell's words wrapped whole into its row, every row in view for an entity of a few forms."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from tests.gui.entity_page.test_open_page import double_click_in_sidebar, entity_named, wait_for_profile


def test_where_it_comes_from_is_readable_at_the_default_window_size(qtbot, window):
    window.resize(1400, 900)
    qtbot.wait(50)
    page = window.entity_page
    india = entity_named(window.session, "India")
    double_click_in_sidebar(qtbot, window, india)
    wait_for_profile(qtbot, page, india)
    origins = page.origins
    qtbot.waitUntil(lambda: origins.isVisible())
    origins.doItemsLayout()
    assert origins.horizontalScrollBar().maximum() == 0  # nothing to scroll to sideways
    metrics = origins.fontMetrics()
    items = []
    iterator = QTreeWidgetItemIterator(origins)
    while iterator.value():
        items.append(iterator.value())
        iterator += 1
    assert len(items) >= 4  # name, type, "Written as" and its form
    for item in items:
        for column in range(origins.columnCount()):
            text = item.text(column)
            rect = origins.visualItemRect(item)
            depth, parent = 1, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            width = origins.header().sectionSize(column) - (depth * origins.indentation() if column == 0 else 0) - 8
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
            assert needed <= rect.height(), (text, needed, rect.height())  # its whole text, wrapped, not cut
    last = origins.visualItemRect(items[-1])
    assert 0 <= last.top() and last.bottom() <= origins.viewport().height()  # every row in view


def test_one_form_is_said_in_the_singular(qtbot, window):  # "Written as: 1 form(s)" read as unfinished
    page = window.entity_page
    india = entity_named(window.session, "India")
    double_click_in_sidebar(qtbot, window, india)
    wait_for_profile(qtbot, page, india)
    written = page.origins.findItems("Written as", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive, 0)
    assert written and written[0].text(0).endswith("1 form"), written[0].text(0)
