"""The new user's first minutes, through the main window (issue: desktop explorer, "Done means").

Sees the seeds on the timeline, clicks the Critical Minerals Ministerial event, reads
its sentence highlighted in the source, checks Jaishankar to see only his events,
brushes January 2026, and exports those events as CSV.
"""

from __future__ import annotations

import csv

from PySide6.QtCore import QPointF, Qt

from explorer.gui.window.main_window import MainWindow


def entity(session, name):
    entities = session.tables["entities"]
    return entities.loc[entities["name"] == name, "entity_id"].item()


def click_event_on_timeline(qtbot, timeline, event_id):
    x, y = next((x, y) for e, x, y, kind in timeline.event_points() if e == event_id)
    timeline.set_x_range(x - 3 * 86400, x + 3 * 86400)
    scene = timeline.view_box.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=timeline.plot.mapFromScene(scene))


def test_first_minutes_of_a_new_user(qtbot, window, session, tmp_path):
    timeline, table, source, sidebar = window.timeline, window.events.widget(), window.source.widget(), window.sidebar.widget()
    events = session.events
    dated = events[(events["date_start"] != "") | (events["date_end"] != "")]
    assert {e for e, *_ in timeline.event_points()} == set(dated.index)

    ministerial = events[events["sentence"].str.contains("at the Critical Minerals Ministerial")
                         & (events["trigger"] == "posed")].index.item()
    click_event_on_timeline(qtbot, timeline, ministerial)
    assert session.state.event_ids == {ministerial}
    assert source.current_doc_id() == events.at[ministerial, "doc_id"]
    assert source.highlighted_ranges("sentence") == [(events.at[ministerial, "start"], events.at[ministerial, "end"])]
    assert set(table.selected_event_ids()) == {ministerial}

    jaishankar = entity(session, "S Jaishankar")
    index = sidebar.proxy.mapFromSource(sidebar.model.index_of(jaishankar))
    assert sidebar.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    his = session.events_in_view()
    assert 0 < len(his) < len(events)
    assert all(jaishankar in p or jaishankar == place for p, place in zip(his["participants"], his["place"]))
    assert {e for e, *_ in timeline.event_points()} == set(his[(his["date_start"] != "") | (his["date_end"] != "")].index)
    assert table.model.total_rows() == len(his)

    timeline.brush("2026-01-01", "2026-01-31")
    assert session.state.time_range == ("2026-01-01", "2026-01-31")
    january = session.events_in_view()
    assert len(january) >= 1
    assert (january["date_start"] <= "2026-01-31").all() and (january["date_end"] >= "2026-01-01").all()
    assert table.model.total_rows() == len(january)

    target = tmp_path / "jaishankar-january.csv"
    assert window.export_events(target, window._events_to_export()) == len(january)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["event_id"] for r in rows} == set(january.index)
    assert all(r["sentence"] == events.at[r["event_id"], "sentence"] for r in rows)


def test_an_analyst_compares_sources_merges_and_finds_the_merge_after_reopening(qtbot, seed_workspace, tmp_path):
    """Issue "side-by-side review … edits with undo", Done means, through the real window on a private workspace."""
    import igraph as ig

    from explorer.core.store import load_workspace
    from explorer.gui.session import Session

    def open_window():
        session = Session()
        session.set_tables(load_workspace(seed_workspace, edited=False), seed_workspace)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window, session

    window, session = open_window()
    events = session.events
    posed = events[events["sentence"].str.contains("at the Critical Minerals Ministerial")
                   & (events["trigger"] == "posed")].index.item()
    click_event_on_timeline(qtbot, window.timeline, posed)
    window.timeline.compare_button.click()
    review = window.reviews[-1]
    names = {session.documents.at[d, "name"][:3] for d in review.column_doc_ids()}
    assert names == {"000", "001", "002", "004"}, "the four accounts of the Ministerial, not the Finance Ministerial"
    assert all(review.passage_ranges(i) for i in range(len(review.columns())))
    # 002's visit "from 2 to 4 February" holds the others' "February 4": the accounts agree, no "Dates differ"
    assert "Dates differ" not in review.conflict_text()
    review.export_html(tmp_path / "review.html")
    assert "004_9ebb78d473d3e32a.txt" in (tmp_path / "review.html").read_text(encoding="utf-8")

    rubio, state = entity(session, "Marco Rubio"), entity(session, "US Department of State")
    window.sidebar.widget().edits.merge([rubio, state], rubio)
    session.undo_stack.undo()
    assert state in session.entity_names
    session.undo_stack.redo()
    assert state not in session.entity_names
    window.close()

    window, session = open_window()
    assert state not in session.entity_names and state not in window.sidebar.widget().visible_entity_ids()
    window.show_graph()
    qtbot.waitUntil(lambda: not window.graph.is_laying_out() and bool(window.graph.node_ids()), timeout=10000)
    window.graph.export_graphml(tmp_path / "graph.graphml")
    graph = ig.Graph.Read_GraphML(str(tmp_path / "graph.graphml"))
    assert "Marco Rubio" in graph.vs["label"] and "US Department of State" not in graph.vs["label"]
