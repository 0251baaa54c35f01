"""The query bar, its completion, the facet panel and saved queries, driven by keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
from explorer.gui.query_bar import bar as query_bar

# the completion popup asks for the keyboard, which the offscreen platform cannot give (it works on a display)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def type_query(qtbot, window, line: str) -> None:
    """Click into the bar, type the line and press Enter (waiting for a text look-up in the background)."""
    bar = window.query_bar
    qtbot.mouseClick(bar.edit, Qt.MouseButton.LeftButton)
    bar.edit.selectAll()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(bar.edit, line)
    bar.completer.popup().hide()  # (typing offers completions; Enter goes to the line)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    bar.wait()


def shown(window) -> tuple[int, set[str]]:
    """The events table's rows and the timeline's placed events."""
    return window.events.widget().model.total_rows(), {e for e, *_ in window.timeline.event_points()}


def dated(frame) -> set[str]:
    return set(frame[(frame["date_start"] != "") | (frame["date_end"] != "")].index)


def test_typing_a_query_and_enter_narrows_the_events_table_and_the_timeline(qtbot, window, session):
    everything = shown(window)
    type_query(qtbot, window, 'participant:"Marco Rubio" outlet:ANI date:2026-02')
    in_view = session.events_in_view()
    rubio = session.tables["entities"].set_index("name").at["Marco Rubio", "entity_id"]
    anis = set(session.documents.index[session.documents["source"] == "ANI"])
    assert 0 < len(in_view) < everything[0]
    assert all(rubio in list(p) or place == rubio for p, place in zip(in_view["participants"], in_view["place"]))
    assert set(in_view["doc_id"]) <= anis
    assert all(start <= "2026-02-28" and end >= "2026-02-01" for start, end in zip(in_view["date_start"], in_view["date_end"]))
    rows, points = shown(window)
    assert rows == len(in_view)
    assert points == dated(in_view) and points < everything[1]
    assert window.query_bar.message.text().startswith(f"{len(in_view)} event")

    qtbot.keyClick(window.query_bar.edit, Qt.Key.Key_Escape)  # Escape empties the line: every event back
    assert window.query_bar.edit.text() == ""
    assert shown(window) == everything


def test_free_text_is_searched_in_the_background_and_narrows_to_the_sentences(qtbot, window, session):
    type_query(qtbot, window, '"critical minerals"')
    in_view = session.events_in_view()
    assert len(in_view) and all("critical minerals" in s.lower() for s in in_view["sentence"])
    assert window.events.widget().model.total_rows() == len(in_view)


def test_the_query_bars_free_text_is_marked_in_the_source_and_goes_when_the_line_is_emptied(qtbot, window, session):
    """What the analyst asked for is found in the text they read: the query's phrase is marked in the source pane as
    a search's words are (a negated word is not); Escape empties the line and the marks go."""
    type_query(qtbot, window, '"critical minerals" -Pakistan')
    in_view = session.events_in_view()
    source = window.source.widget()
    source.show_document(str(in_view["doc_id"].iat[0]))
    text = str(session.documents.at[source.current_doc_id(), "text"]).lower()
    marked = source.highlighted_ranges("search")
    assert marked and all(text[start:end] == "critical minerals" for start, end in marked)
    assert len(marked) == text.count("critical minerals")
    qtbot.keyClick(window.query_bar.edit, Qt.Key.Key_Escape)
    assert source.highlighted_ranges("search") == []


def test_a_line_that_does_not_parse_says_where_and_changes_nothing(qtbot, window, session):
    everything = shown(window)
    type_query(qtbot, window, 'outlet:ANI date:2026-13')
    message = window.query_bar.message.text()
    assert "column 22" in message and "month from 01 to 12" in message
    assert window.query_bar.edit.cursorPosition() == 21
    assert session.state.filter_query == ""
    assert shown(window) == everything


def test_completion_offers_an_entity_name_after_an_open_quote_and_puts_it_in(qtbot, window):
    bar = window.query_bar
    qtbot.mouseClick(bar.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.edit, 'type:PERSON participant:"Ma')
    popup = bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = bar.completer.model().stringList()
    assert "Marco Rubio" in offered
    assert all(name.lower().startswith("ma") for name in offered)
    popup.setCurrentIndex(bar.completer.model().index(offered.index("Marco Rubio"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert bar.edit.text() == 'type:PERSON participant:"Marco Rubio" '


def test_completion_offers_field_names(qtbot, window):
    bar = window.query_bar
    qtbot.mouseClick(bar.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.edit, "outlet:ANI par")
    qtbot.waitUntil(bar.completer.popup().isVisible)
    assert bar.completer.model().stringList() == ["participant:"]


def click_facet(qtbot, panel, field: str, value: str) -> None:
    item = panel.item_of(field, value)
    assert item is not None, (field, value, panel.counts())
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_facet_click_adds_its_term_and_the_counts_follow_and_a_second_click_takes_it_out(qtbot, window, session):
    window.facets.show()
    window.facets.raise_()
    panel = window.facets.widget()
    qtbot.waitUntil(panel.isVisible)
    before = panel.counts()
    assert before["outlet"]["ANI"] == int((session.events["doc_id"].map(session.documents["source"]) == "ANI").sum())
    click_facet(qtbot, panel, "outlet", "ANI")
    assert window.query_bar.edit.text() == "outlet:ANI"
    assert session.state.filter_query == "outlet:ANI"
    after = panel.counts()
    assert set(after["outlet"]) == {"ANI"}
    assert sum(after["basis"].values()) == before["outlet"]["ANI"] < sum(before["basis"].values())
    assert window.events.widget().model.total_rows() == before["outlet"]["ANI"]

    click_facet(qtbot, panel, "basis", "dct")  # a second facet narrows further
    assert window.query_bar.edit.text() == "outlet:ANI basis:dct"
    assert window.events.widget().model.total_rows() == after["basis"]["dct"]

    click_facet(qtbot, panel, "outlet", "ANI")  # clicked again: taken out
    assert window.query_bar.edit.text() == "basis:dct"
    assert panel.counts()["basis"] == {"dct": before["basis"]["dct"]}


def test_checked_entities_narrow_the_facet_counts(qtbot, window, session):
    window.facets.show()
    window.facets.raise_()
    panel = window.facets.widget()
    qtbot.waitUntil(panel.isVisible)
    rubio = session.tables["entities"].set_index("name").at["Marco Rubio", "entity_id"]
    session.selection.update(filter_entity_ids={rubio}, origin="test")
    assert panel.counts()["type"]["PERSON"] == len(session.events_in_view())


def test_a_saved_query_is_listed_and_runs_again_after_reopening_the_workspace(qtbot, edit_window, monkeypatch):
    window = edit_window
    type_query(qtbot, window, "outlet:ANI basis:dct")
    narrowed = window.events.widget().model.total_rows()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("ANI on the day", True))
    qtbot.mouseClick(window.query_bar.save_button, Qt.MouseButton.LeftButton)
    assert window.facets.widget().saved_queries() == {"ANI on the day": "outlet:ANI basis:dct"}
    window.session.undo_stack.undo()  # saving is an edit: undone, the query is no longer listed
    assert window.facets.widget().saved_queries() == {}
    window.session.undo_stack.redo()
    assert window.facets.widget().saved_queries() == {"ANI on the day": "outlet:ANI basis:dct"}

    path = window.session.path
    window.session.set_tables(load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True,
                                             later=LATER_TABLES), path)  # opened again, from the file
    assert window.query_bar.edit.text() == "" and window.events.widget().model.total_rows() > narrowed
    window.facets.show()
    window.facets.raise_()
    panel = window.facets.widget()
    assert panel.saved_queries() == {"ANI on the day": "outlet:ANI basis:dct"}
    item = panel.saved_list.item(0)
    qtbot.mouseClick(panel.saved_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.saved_list.visualItemRect(item).center())
    assert window.query_bar.edit.text() == "outlet:ANI basis:dct"
    assert window.events.widget().model.total_rows() == narrowed


def test_clear_selection_and_filters_empties_the_bar(qtbot, window, session):
    type_query(qtbot, window, "outlet:ANI")
    assert session.state.filter_query == "outlet:ANI"
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.state.filter_query == "" and window.query_bar.edit.text() == ""


def test_the_placeholder_shows_the_syntax(window):
    assert window.query_bar.edit.placeholderText() == query_bar.PLACEHOLDER
    assert "participant:" in query_bar.PLACEHOLDER


def test_in_a_big_case_the_counts_are_worked_out_in_the_background(qtbot, window, session, monkeypatch):
    from explorer.gui.query_bar import facets

    monkeypatch.setattr(facets, "BACKGROUND_FROM", 0)  # (the seeds are small: counted as a million events are)
    window.facets.show()
    window.facets.raise_()
    panel = window.facets.widget()
    qtbot.waitUntil(panel.isVisible)
    panel.wait()
    before = panel.counts()
    click_facet(qtbot, panel, "outlet", "IANS")
    panel.wait()
    assert panel.counts()["outlet"] == {"IANS": before["outlet"]["IANS"]}


def test_a_name_nobody_has_is_said_beside_the_line(qtbot, window):
    type_query(qtbot, window, 'participant:"Marco Rubo" outlet:ANI')
    assert window.query_bar.message.text() == "0 events — no entity is named 'Marco Rubo'"
    assert window.events.widget().model.total_rows() == 0


def test_a_tag_made_after_the_query_is_found_by_it_and_its_undo_is_too(qtbot, edit_window):
    from explorer.core.edits import decisions

    window = edit_window
    session = window.session
    type_query(qtbot, window, "tag:lead")
    assert window.events.widget().model.total_rows() == 0
    first, second = session.events.index[:2]
    session.do_edit(decisions.tags(first, ["lead"]))  # (the line stays; every view answers it over the new tables)
    session.do_edit(decisions.tags(second, ["lead", "doubt"]))
    assert list(session.events_in_view().index) == [first, second]
    assert window.events.widget().model.total_rows() == 2
    type_query(qtbot, window, "tag:lead -tag:doubt")
    assert list(session.events_in_view().index) == [first]
    type_query(qtbot, window, "tag:lead")
    session.undo_stack.undo()  # the second tag undone: only the first event is left
    assert list(session.events_in_view().index) == [first]
    assert window.events.widget().model.total_rows() == 1


def test_the_facets_tab_behind_entities_counts_nothing_until_it_is_raised(qtbot, window, session, monkeypatch):
    """Tabified docks stay 'visible' to Qt when covered: a filter must not count facets nobody sees (at ten million
    events each count took a second or more of a background thread and slowed every gesture: bench/README.md, Run
    s17). Raising the tab counts once, with the filters then in force."""
    from explorer.gui.query_bar import facets

    counted = []
    real = facets.facet_counts
    monkeypatch.setattr(facets, "facet_counts", lambda *args, **kwargs: counted.append(1) or real(*args, **kwargs))
    qtbot.wait(20)
    assert window.sidebar.widget().visibleRegion().isEmpty() is False  # the default: Entities in front
    rubio = session.tables["entities"].set_index("name").at["Marco Rubio", "entity_id"]
    session.selection.update(filter_entity_ids={rubio}, origin="test")
    session.selection.update(time_range=("2026-01-01", "2026-03-31"), origin="test")
    assert counted == []
    window.facets.raise_()
    qtbot.waitUntil(lambda: len(counted) == 1)
    panel = window.facets.widget()
    assert panel.counts()["type"]["PERSON"] == len(session.events_in_view())
    window.sidebar.raise_()  # behind again: the next filter waits for the next raise
    session.selection.update(time_range=None, origin="test")
    qtbot.wait(20)
    assert len(counted) == 1
    window.facets.raise_()
    qtbot.waitUntil(lambda: len(counted) == 2)
    assert panel.counts()["type"]["PERSON"] == len(session.events_in_view())


def test_in_a_big_case_one_count_runs_at_a_time_and_the_newest_filters_are_listed(qtbot, window, session, monkeypatch):
    """Filters changed while a count runs in the background ask it to stop and count again once it has: never two
    counting threads (each went on to its end before, holding the interpreter and its arrays)."""
    import threading
    import time

    from explorer.gui.query_bar import facets

    monkeypatch.setattr(facets, "BACKGROUND_FROM", 0)
    running, most, lock = [0], [0], threading.Lock()
    real = facets.facet_counts

    def slow_counts(context, mask, *args, should_cancel=lambda: False, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            for _ in range(20):  # a count of ten million events: long, asking to stop as the real one does
                time.sleep(0.01)
            return real(context, mask, *args, should_cancel=should_cancel, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(facets, "facet_counts", slow_counts)
    window.facets.raise_()
    panel = window.facets.widget()
    qtbot.waitUntil(lambda: on_screen_of(panel))
    entities = session.tables["entities"].set_index("name")["entity_id"]
    names = ["Marco Rubio", *[n for n in entities.index if n != "Marco Rubio"][:4]]
    for name in names:  # five filters in quick succession
        session.selection.update(filter_entity_ids={entities[name]}, origin="test")
        qtbot.wait(5)
    panel.wait()
    assert most[0] == 1
    assert sum(panel.counts()["basis"].values()) == len(session.events_in_view())


def on_screen_of(widget) -> bool:
    from explorer.gui.on_screen import on_screen

    return on_screen(widget)
