"""What the entity page's rows and marks do: a mention opens in the source, F3 walks on from the page,
a mark on the small timeline selects its event, a relation selects its entity or its events, a surface
form lists the mentions behind its count."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt


def entity_named(session, name: str) -> str:
    return next(e for e, n in session.entity_names.items() if n == name)


def open_page(qtbot, window, name: str):
    """The page of ``name`` opened as a double click would, once its rows are read."""
    entity_id = entity_named(window.session, name)
    window.session.request_entity_page(entity_id)
    page = window.entity_page
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.entity_id == entity_id, timeout=20_000)
    return page, entity_id


def click_cell(qtbot, view, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_clicking_a_mention_row_shows_that_mention_in_the_source_pane(qtbot, big_window):
    window = big_window
    page, entity_id = open_page(qtbot, window, "Ashwini Vaishnaw")
    pane = window.source.widget()
    total = page.mentions.rowCount()
    for row in (total - 1, 2):  # the last (another document than the one shown), then the third
        mention_id, doc_id, start, end = page.mentions.mention_at(row)
        click_cell(qtbot, page.mention_table, row, 2)
        assert pane.current_doc_id() == doc_id
        cursor = pane.text.textCursor()
        assert (pane._offsets.to_py(cursor.selectionStart()), pane._offsets.to_py(cursor.selectionEnd())) == (start, end)
        assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention {row + 1} of {total}"
        assert window.session.state.doc_ids == {doc_id} and window.session.state.entity_ids == {entity_id}


def test_f3_and_shift_f3_from_the_page_walk_on_from_the_mention_clicked(qtbot, big_window):
    window = big_window
    page, _ = open_page(qtbot, window, "Ashwini Vaishnaw")
    pane = window.source.widget()
    total = page.mentions.rowCount()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_cell(qtbot, page.mention_table, 2, 2)
    assert page.mention_table.hasFocus()
    qtbot.keyClick(page.mention_table, Qt.Key.Key_F3)
    assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention 4 of {total}"
    assert pane.current_doc_id() == page.mentions.mention_at(3)[1]
    assert page.mention_table.currentIndex().row() == 3  # the page follows the walk
    qtbot.keyClick(page.mention_table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.mention_table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention 2 of {total}"
    assert page.mention_table.currentIndex().row() == 1


def test_clicking_a_mark_on_the_small_timeline_selects_that_event_everywhere(qtbot, big_window):
    window = big_window
    page, entity_id = open_page(qtbot, window, "Marco Rubio")
    marks = page.mini.mark_positions()
    assert marks and not page.mini.drawn_as_counts()
    involved = window.session.events["participants"].map(lambda ps: entity_id in list(ps)) | \
        (window.session.events["place"] == entity_id)
    assert {e for e, _, _ in marks} <= set(window.session.events.index[involved.to_numpy(bool)])
    qtbot.wait(50)  # the plot has its size
    event_id, x, y = marks[len(marks) // 2]
    plot = page.mini.plot
    pos = plot.mapFromScene(plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    chosen = window.session.state.event_ids
    assert len(chosen) == 1
    (chosen_id,) = chosen
    _, cx, cy = next(m for m in marks if m[0] == chosen_id)
    assert abs(cx - x) < 3 * 86400 and abs(cy - y) < 0.5  # that mark (or one drawn on it)
    qtbot.mouseClick(page.mini.select_all_button, Qt.MouseButton.LeftButton)  # the caption's count, behind it
    assert window.session.state.event_ids == set(page.profile.event_ids) and len(page.profile.event_ids) > len(marks)


def test_a_relation_row_selects_its_entity_its_events_and_opens_its_page(qtbot, big_window):
    window = big_window
    session = window.session
    page, entity_id = open_page(qtbot, window, "Marco Rubio")
    assert page.relations.rowCount() > 0
    weights = [page.relations.index(r, 2).data() for r in range(page.relations.rowCount())]
    assert weights == sorted(weights, reverse=True)  # the strongest first
    other, event_ids = page.relations.relation_at(0)
    relations = session.tables["relations"]
    mine = relations[(relations["source"] == entity_id) | (relations["target"] == entity_id)]
    assert weights[0] == int(mine["weight"].max())
    click_cell(qtbot, page.relation_table, 0, 0)
    assert session.state.entity_ids == {other}
    click_cell(qtbot, page.relation_table, 0, 3)
    assert session.state.event_ids == set(event_ids) and len(event_ids) == page.relations.index(0, 3).data()
    point = page.relation_table.visualRect(page.relation_table.model().index(0, 0)).center()
    qtbot.mouseClick(page.relation_table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double click's press
    qtbot.mouseDClick(page.relation_table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.entity_id == other
    assert page.back_button.isEnabled()


def test_a_surface_forms_count_lists_the_mentions_written_so(qtbot, big_window):
    window = big_window
    page, entity_id = open_page(qtbot, window, "Marco Rubio")
    forms = page.origins.form_items()
    assert len(forms) >= 2  # "Marco Rubio", "Rubio"…
    counts = {item.text(0): int(item.text(1).replace(",", "")) for item in forms}
    assert sum(counts.values()) == page.mentions.total()
    item = forms[-1]
    rect = page.origins.visualItemRect(item)
    qtbot.mouseClick(page.origins.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.mentions.rowCount() == counts[item.text(0)] < page.mentions.total()
    written = {" ".join(str(page.session.documents.at[doc, "text"])[start:end].split())
               for _, doc, start, end in (page.mentions.mention_at(r) for r in range(page.mentions.rowCount()))}
    assert written == {item.text(0)}
    assert page.show_all_button.isVisible()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.mentions.rowCount() == page.mentions.total()
    assert np.isfinite(page.profile.x0).any()
