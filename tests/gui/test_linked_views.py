"""Every view follows a gesture made in any other, through the one Selection (no view calls another)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt

from explorer.gui.window.main_window import MainWindow


def views(window):
    return window.timeline, window.events.widget(), window.source.widget(), window.sidebar.widget()


def a_dated_event(session, document_name: str) -> str:
    events = session.events
    doc_id = session.documents.index[session.documents["name"] == document_name][0]
    return events[(events["doc_id"] == doc_id) & ((events["date_start"] != "") | (events["date_end"] != ""))].index[1]


def click_on_timeline(qtbot, timeline, event_id):
    x, y = next((x, y) for e, x, y, _ in timeline.event_points() if e == event_id)
    timeline.set_x_range(x - 2 * 86400, x + 2 * 86400)
    pos = timeline.plot.mapFromScene(timeline.view_box.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def select_in_table(table, event_id):
    table.refresh()
    row = table.proxy.mapFromSource(table.model.index(table.model.rows_of([event_id])[0], 0)).row()
    table.view.selectionModel().select(table.proxy.index(row, 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)


@pytest.mark.parametrize("gesture", ["timeline", "table"])
def test_an_event_picked_in_one_view_shows_in_all_others(qtbot, window, session, gesture):
    timeline, table, source, _ = views(window)
    event_id = a_dated_event(session, "001_1529453b874579de.txt")
    if gesture == "timeline":
        click_on_timeline(qtbot, timeline, event_id)
    else:
        select_in_table(table, event_id)
    event = session.events.loc[event_id]
    assert session.state.event_ids == {event_id}
    assert set(table.selected_event_ids()) == {event_id}
    assert len(timeline.items.selected_points.data) + len(timeline.items.selected_bars.opts["x0"]) == 1
    assert source.current_doc_id() == event["doc_id"]
    assert source.highlighted_ranges("sentence") == [(event["start"], event["end"])]


def test_an_entity_picked_in_the_sidebar_is_outlined_in_the_source_and_back(window, session):
    _, _, source, sidebar = views(window)
    mentions = session.table("mentions")
    rubio = session.tables["entities"].set_index("name").at["Marco Rubio", "entity_id"]
    sidebar.tree.selectionModel().select(
        sidebar.proxy.mapFromSource(sidebar.model.index_of(rubio)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert session.state.entity_ids == {rubio}
    shown = mentions[(mentions["entity_id"] == rubio) & (mentions["doc_id"] == source.current_doc_id())]
    assert sorted(source.highlighted_ranges("selected-entity")) == sorted(zip(shown["start"], shown["end"]))

    india = mentions[(mentions["text"] == "India") & (mentions["doc_id"] == source.current_doc_id())].iloc[0]
    source.click_offset(int(india["start"]) + 1)
    assert session.state.entity_ids == {india["entity_id"]}
    assert sidebar.selected_entity_ids() == {india["entity_id"]}


def test_checks_and_time_window_narrow_every_view_alike(window, session):
    timeline, table, _, sidebar = views(window)
    vaishnaw = session.tables["entities"].set_index("name").at["Ashwini Vaishnaw", "entity_id"]
    index = sidebar.proxy.mapFromSource(sidebar.model.index_of(vaishnaw))
    sidebar.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    in_view = session.events_in_view()
    assert table.model.total_rows() == len(in_view) < len(session.events)
    assert {e for e, *_ in timeline.event_points()} == set(in_view[(in_view["date_start"] != "") | (in_view["date_end"] != "")].index)
    session.selection.update(filter_entity_ids=set(), origin="test")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert table.model.total_rows() == len(session.events)


def test_layout_and_recent_files_survive_a_restart(qtbot, session, seed_workspace):
    from explorer.gui.window.recent import menu_label

    first = MainWindow(session)
    qtbot.addWidget(first)
    first.sidebar.setFloating(True)
    first._remember_recent([seed_workspace])
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.sidebar.isFloating()
    assert second.recent_menu.actions()[0].text() == menu_label(seed_workspace.resolve())


def test_a_node_clicked_in_the_graph_is_selected_in_the_sidebar_and_source(qtbot, window, session):
    window.show_graph()
    graph, sidebar, source = window.graph, window.sidebar.widget(), window.source.widget()
    qtbot.waitUntil(lambda: not graph.is_laying_out() and bool(graph.node_ids()), timeout=10000)
    entities = session.tables["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    graph.click_node(rubio)
    assert sidebar.selected_entity_ids() == {rubio}
    assert source.highlighted_ranges("selected-entity"), "the document shows the entity's mentions strongly"
