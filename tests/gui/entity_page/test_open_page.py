"""Opening the entity page by double-clicking an entity: in the sidebar, on a graph node, on a mention."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor

from explorer.gui.sidebar.view import ENTITY_ID_ROLE


def entity_named(session, name: str) -> str:
    return next(e for e, n in session.entity_names.items() if n == name)


def wait_for_profile(qtbot, page, entity_id: str) -> None:
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.entity_id == entity_id, timeout=20_000)


def sidebar_index(sidebar, entity_id: str):
    proxy = sidebar.proxy
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for r in range(proxy.rowCount(group)):
            index = proxy.index(r, 0, group)
            if index.data(ENTITY_ID_ROLE) == entity_id:
                return index
    raise AssertionError(entity_id)


def double_click_in_sidebar(qtbot, window, entity_id: str) -> None:
    sidebar = window.sidebar.widget()
    index = sidebar_index(sidebar, entity_id)
    sidebar.tree.scrollTo(index)
    point = sidebar.tree.visualRect(index).center()
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_double_clicking_an_entity_in_the_sidebar_opens_its_page_with_every_mention(qtbot, big_window):
    window, session = big_window, big_window.session
    page = window.entity_page
    entity_id = entity_named(session, "Ashwini Vaishnaw")
    assert window.tabs.currentWidget() is not page
    double_click_in_sidebar(qtbot, window, entity_id)
    assert window.tabs.currentWidget() is page
    assert "Ashwini Vaishnaw" in page.title.text()  # at once, before the mentions are read
    wait_for_profile(qtbot, page, entity_id)
    mentions = session.table("mentions")
    theirs = mentions[mentions["entity_id"] == entity_id]
    assert page.mentions.rowCount() == len(theirs) > 3
    rank = {doc: i for i, doc in enumerate(session.documents.index)}
    expected = sorted(zip(theirs["doc_id"].map(rank), theirs["start"]))
    listed = [page.mentions.mention_at(row) for row in range(page.mentions.rowCount())]
    assert [(rank[doc], start) for _, doc, start, _ in listed] == expected  # reading order
    first = page.mentions.index(0, 2)
    doc_id, start, end = listed[0][1], listed[0][2], listed[0][3]
    text = session.documents.at[doc_id, "text"]
    assert f"<b>{text[start:end]}</b>" in page.mentions.data(first, Qt.ItemDataRole.UserRole + 1)  # marked
    assert page.mentions.index(0, 0).data() == (session.documents.at[doc_id, "title"] or session.documents.at[doc_id, "name"])
    assert page.mentions.index(0, 1).data() == (session.documents.at[doc_id, "published"] or "unknown")
    assert session.state.entity_ids == {entity_id}


def test_double_clicking_a_graph_node_opens_its_page(qtbot, big_window):
    window, session = big_window, big_window.session
    window.show_graph()
    graph = window.graph
    qtbot.waitUntil(lambda: not graph.is_laying_out() and bool(graph.node_ids()), timeout=20_000)
    entity_id = entity_named(session, "Marco Rubio")
    x, y = graph.node_position(entity_id)
    pos = graph.plot.mapFromScene(graph.view_box.mapViewToScene(QPointF(x, y)))
    qtbot.mouseDClick(graph.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.tabs.currentWidget() is window.entity_page
    assert window.entity_page.entity_id == entity_id
    wait_for_profile(qtbot, window.entity_page, entity_id)


def test_double_clicking_a_mention_in_the_source_opens_its_page(qtbot, big_window):
    window, session = big_window, big_window.session
    pane = window.source.widget()
    mentions = session.mentions.of_document(pane.current_doc_id())
    mention = mentions.iloc[2]
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._offsets.to_qt(int(mention["start"])) + 1)
    point = pane.text.cursorRect(cursor).center()
    qtbot.mouseDClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.tabs.currentWidget() is window.entity_page
    assert window.entity_page.entity_id == mention["entity_id"]


def test_back_and_forward_go_through_the_pages_shown(qtbot, big_window):
    window, session = big_window, big_window.session
    page = window.entity_page
    first, second = entity_named(session, "Ashwini Vaishnaw"), entity_named(session, "Marco Rubio")
    double_click_in_sidebar(qtbot, window, first)
    wait_for_profile(qtbot, page, first)
    double_click_in_sidebar(qtbot, window, second)
    assert page.entity_id == second and page.back_button.isEnabled() and not page.forward_button.isEnabled()
    wait_for_profile(qtbot, page, second)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.entity_id == first and page.forward_button.isEnabled()
    assert page.profile is not None and not page.is_reading()  # read before: shown again at once
    assert session.state.entity_ids == {first}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.mention_table.setFocus()
    qtbot.keyClick(page.mention_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.entity_id == second)  # (a button's shortcut clicks it a moment later)


def test_ctrl_3_shows_the_page_and_it_says_how_to_open_one(qtbot, big_window):
    window = big_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.entity_page
    assert "Double-click an entity" in window.entity_page.stack.currentWidget().text()


def test_the_screenshot_of_the_entity_page(tmp_path, seed_workspace):
    """``explorer --view entity --screenshot``: the page of the most mentioned entity, as the docs show it."""
    import os
    import subprocess
    import sys

    target = tmp_path / "entity.png"
    result = subprocess.run([sys.executable, "-m", "explorer", "--view", "entity", "--screenshot", str(target),
                             str(seed_workspace)], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 20_000
