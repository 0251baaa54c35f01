"""The source pane: which document it shows, its highlights, clicks on mentions, and offsets."""

from __future__ import annotations

import runpy

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from explorer.core.model import empty_tables, make_table
from explorer.gui.entity_types import furniture_color
from explorer.gui.session import Session
from explorer.gui.sidebar.view import EntitySidebar
from explorer.gui.source.view import SourcePane, TextOffsets


@pytest.fixture
def pane(qtbot, session):
    widget = SourcePane(session)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    return widget


def doc_named(session, prefix: str) -> str:
    documents = session.tables["documents"]
    return documents.loc[documents["name"].str.startswith(prefix), "doc_id"].item()


def table_ranges(session, table: str, doc_id: str) -> list[tuple[int, int]]:
    rows = session.table(table)
    rows = rows[rows["doc_id"] == doc_id]
    return sorted(zip(rows["start"].astype(int), rows["end"].astype(int)))


def char_format_at(pane: SourcePane, offset: int):
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._offsets.to_qt(offset) + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def text_is_laid_out(pane: SourcePane) -> bool:
    """Whether the text is drawn where it should be (a text edit block left open stops the layout: blank pane)."""
    cursor = QTextCursor(pane.text.document())
    first = pane.text.cursorRect(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    last = pane.text.cursorRect(cursor)
    margin = pane.text.document().documentMargin()
    return first.x() >= margin and (last.y(), last.x()) > (first.y(), first.x())


def test_shows_the_first_document_when_nothing_is_selected(pane, session):
    assert pane.current_doc_id() == session.tables["documents"]["doc_id"].iloc[0]
    assert pane.text.toPlainText() == session.documents.at[pane.current_doc_id(), "text"]


def test_selecting_an_event_shows_its_document_and_sentence(pane, session):
    event = session.tables["events"].iloc[-1]  # in the last document, not the one shown first
    assert event["doc_id"] != pane.current_doc_id()
    session.selection.update(event_ids={event["event_id"]}, origin="elsewhere")
    assert pane.current_doc_id() == event["doc_id"]
    assert pane.highlighted_ranges("sentence") == [(event["start"], event["end"])]
    assert pane.combo.currentData() == event["doc_id"]


def test_selected_sentence_is_scrolled_into_view(qtbot, pane, session):
    pane.show()
    qtbot.waitExposed(pane)
    events = session.tables["events"]
    doc_id = doc_named(session, "003_")
    event = events[events["doc_id"] == doc_id].iloc[-1]
    session.selection.update(event_ids={event["event_id"]}, origin="elsewhere")
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(int(event["start"]))
    assert pane.text.viewport().rect().contains(pane.text.cursorRect(cursor).center())


@pytest.mark.parametrize("index", range(5))
def test_mention_and_timex_highlights_match_the_tables(pane, session, index):
    doc_id = session.tables["documents"]["doc_id"].iloc[index]
    session.selection.update(doc_ids={doc_id}, origin="elsewhere")
    assert pane.current_doc_id() == doc_id
    assert pane.highlighted_ranges("mention") == table_ranges(session, "mentions", doc_id)
    assert pane.highlighted_ranges("timex") == table_ranges(session, "timexes", doc_id)
    assert pane.highlighted_ranges("furniture") == table_ranges(session, "furniture", doc_id)


def test_mentions_are_coloured_by_type_with_a_tooltip(pane, session):
    mentions = session.table("mentions")
    mention = mentions[mentions["doc_id"] == pane.current_doc_id()].iloc[0]
    fmt = char_format_at(pane, int(mention["start"]))
    assert fmt.background().style() != Qt.BrushStyle.NoBrush
    assert session.entity_names[mention["entity_id"]] in fmt.toolTip()


def test_timexes_are_underlined_with_their_value_as_tooltip(pane, session):
    timexes = session.tables["timexes"]
    timex = timexes[(timexes["doc_id"] == pane.current_doc_id()) & (timexes["date_start"] != "")].iloc[0]
    fmt = char_format_at(pane, int(timex["start"]))
    assert fmt.fontUnderline()
    assert timex["value"] in fmt.toolTip() and timex["date_start"] in fmt.toolTip()


def test_furniture_of_seed_003_is_dimmed(pane, session):
    doc_id = doc_named(session, "003_")
    session.selection.update(doc_ids={doc_id}, origin="elsewhere")
    furniture = table_ranges(session, "furniture", doc_id)
    assert furniture and pane.highlighted_ranges("furniture") == furniture
    grey = furniture_color(pane.palette())
    for start, end in furniture:
        for offset in (start, end - 1):
            assert char_format_at(pane, offset).foreground().color() == grey
    assert "page furniture" in pane.legend.text()


def test_header_shows_title_outlet_and_date(pane, session):
    session.selection.update(doc_ids={doc_named(session, "003_")}, origin="elsewhere")
    assert "IANS" in pane.header.text() and "published 2026-01-13" in pane.header.text()
    session.selection.update(doc_ids={doc_named(session, "002_")}, origin="elsewhere")
    assert "publication date unknown" in pane.header.text()


def test_combo_picks_a_document_and_writes_doc_ids(pane, session):
    seen = []
    session.sig_selection_changed.connect(lambda changed, origin: seen.append((set(changed), origin)))
    doc_id = doc_named(session, "004_")
    pane.combo.activated.emit(pane.combo.findData(doc_id))
    assert pane.current_doc_id() == doc_id
    assert session.state.doc_ids == {doc_id}
    assert seen == [({"doc_ids"}, pane)]


def test_clicking_a_mention_selects_its_entity_and_the_sidebar_follows(qtbot, pane, session):
    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    seen = []
    session.sig_selection_changed.connect(lambda changed, origin: seen.append((set(changed), origin)))
    mentions = session.table("mentions")
    mention = mentions[(mentions["doc_id"] == pane.current_doc_id()) & (mentions["text"] == "Marco Rubio")].iloc[0]
    assert pane.click_offset(int(mention["start"]) + 3) == mention["entity_id"]
    assert session.state.entity_ids == {mention["entity_id"]}
    assert seen == [({"entity_ids"}, pane)]
    assert sidebar.selected_entity_ids() == {mention["entity_id"]}
    own = mentions[(mentions["doc_id"] == pane.current_doc_id()) & (mentions["entity_id"] == mention["entity_id"])]
    assert pane.highlighted_ranges("selected-entity") == sorted(zip(own["start"], own["end"]))
    assert pane.click_offset(int(mention["end"])) != mention["entity_id"]  # end is exclusive


def test_clicking_plain_text_selects_nothing(pane, session):
    session.selection.update(entity_ids={"x"}, origin="elsewhere")
    mentions = session.table("mentions")
    covered = {o for s, e in table_ranges(session, "mentions", pane.current_doc_id()) for o in range(s, e)}
    free = next(o for o in range(len(pane.text.toPlainText())) if o not in covered)
    assert pane.click_offset(free) is None
    assert session.state.entity_ids == {"x"}
    assert len(mentions)


def test_a_real_mouse_click_on_a_mention(qtbot, pane, session):
    pane.show()
    qtbot.waitExposed(pane)
    mentions = session.table("mentions")
    mention = mentions[mentions["doc_id"] == pane.current_doc_id()].iloc[0]
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(int(mention["start"]))
    rect = pane.text.cursorRect(cursor)
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 3, rect.center().y()))
    assert session.state.entity_ids == {mention["entity_id"]}


def test_entity_selected_elsewhere_is_emphasised(pane, session):
    rubio = session.tables["entities"].set_index("name").at["Marco Rubio", "entity_id"]
    session.selection.update(entity_ids={rubio}, origin="elsewhere")
    mentions = session.table("mentions")
    own = mentions[(mentions["doc_id"] == pane.current_doc_id()) & (mentions["entity_id"] == rubio)]
    assert own.size and pane.highlighted_ranges("selected-entity") == sorted(zip(own["start"], own["end"]))
    assert sorted(pane.text.outlines) == sorted(zip(own["start"], own["end"]))  # outlined too (BMP text)
    session.selection.update(entity_ids=frozenset(), origin="elsewhere")
    assert pane.highlighted_ranges("selected-entity") == []
    assert pane.text.outlines == []


def test_highlighted_ranges_rejects_unknown_kinds(pane):
    with pytest.raises(ValueError):
        pane.highlighted_ranges("nonsense")


def _tables_for(text: str, spans: dict[str, str]) -> dict:
    """A one-document workspace with a mention of each surface form in ``spans`` (name → type)."""
    tables = empty_tables()
    tables["documents"] = make_table("documents", [{"doc_id": "d1", "name": "x.txt", "title": "X", "text": text}])
    entities, mentions = [], []
    for i, (surface, type_) in enumerate(spans.items()):
        start = text.index(surface)
        entities.append({"entity_id": f"e{i}", "name": surface, "type": type_, "mention_count": 1, "doc_count": 1})
        mentions.append({"mention_id": f"m{i}", "entity_id": f"e{i}", "doc_id": "d1", "start": start,
                         "end": start + len(surface), "text": surface, "type": type_})
    tables["entities"] = make_table("entities", entities)
    tables["mentions"] = make_table("mentions", mentions)
    return tables


@pytest.mark.parametrize("text", [
    "Emoji 😀🎉 then Ada Lovelace met 👩‍💻 Charles Babbage in London.",
    "Windows\r\nline ends: Ada Lovelace\r\nmet Charles Babbage\rin London.",
])
def test_offsets_survive_astral_characters_and_crlf(qtbot, qapp, text):
    session = Session()
    session.set_tables(_tables_for(text, {"Ada Lovelace": "PERSON", "Charles Babbage": "PERSON",
                                          "London": "GPE"}), None)
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    ranges = pane.highlighted_ranges("mention")
    assert [text[s:e] for s, e in ranges] == ["Ada Lovelace", "Charles Babbage", "London"]
    document = pane.text.document()
    for start, end in ranges:  # the Qt text under each highlight is the mention itself
        cursor = QTextCursor(document)
        cursor.setPosition(pane._offsets.to_qt(start))
        cursor.setPosition(pane._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == text[start:end]
    london = text.index("London")
    assert pane.click_offset(london + 2) == "e2"


def test_text_offsets_round_trip():
    text = "a😀b👩‍💻c"
    offsets = TextOffsets(text)
    for i in range(len(text) + 1):
        assert offsets.to_py(offsets.to_qt(i)) == i
    assert offsets.to_qt(2) == 3  # after "a😀": one BMP character and a surrogate pair
    assert offsets.to_py(2) == 1  # inside the pair: the emoji's own offset


def test_empty_workspace_shows_nothing(qtbot, qapp):
    session = Session()
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    assert pane.current_doc_id() is None
    assert pane.highlighted_ranges("mention") == []
    assert pane.click_offset(0) is None


def test_rebuilds_when_a_workspace_loads(pane, session):
    session.set_tables(_tables_for("Ada Lovelace wrote.", {"Ada Lovelace": "PERSON"}), None)
    assert pane.current_doc_id() == "d1"
    assert pane.highlighted_ranges("mention") == [(0, 12)]
    assert pane.combo.count() == 1


def _other_workspace_tables() -> dict:
    """A one-document workspace (no document of the seeds) with one event in its second sentence."""
    text = "Ada Lovelace wrote. Charles Babbage built the engine in London."
    tables = _tables_for(text, {"Ada Lovelace": "PERSON", "Charles Babbage": "PERSON", "London": "GPE"})
    start = text.index("Charles")
    tables["events"] = make_table("events", [{"event_id": "ev1", "doc_id": "d1", "sentence": text[start:],
                                              "start": start, "end": len(text), "trigger": "built"}])
    return tables


def test_loading_another_workspace_while_an_event_is_selected_shows_its_document(qtbot, window, session):
    pane = window.source.widget()
    event = session.tables["events"].iloc[-1]
    session.selection.update(event_ids={event["event_id"]}, origin="elsewhere")
    assert pane.current_doc_id() == event["doc_id"]
    session.set_tables(_other_workspace_tables(), None)  # what File ▸ Open Recent ends in
    assert pane.current_doc_id() == "d1"
    assert pane.text.toPlainText() == session.documents.at["d1", "text"]
    assert pane.highlighted_ranges("mention") == table_ranges(session, "mentions", "d1")
    assert text_is_laid_out(pane)
    assert pane.combo.count() == 1
    session.selection.update(event_ids={"ev1"}, origin="elsewhere")  # and it keeps working afterwards
    assert pane.highlighted_ranges("sentence") == [(20, 63)]


def test_opening_a_workspace_file_while_an_event_is_selected(qtbot, window, session, tmp_path):
    from explorer.core.store import save_workspace

    other = save_workspace(_other_workspace_tables(), tmp_path / "other.explorer")
    session.selection.update(event_ids={session.tables["events"]["event_id"].iloc[-1]}, origin="elsewhere")
    with qtbot.waitSignal(session.sig_workspace_loaded, timeout=30_000):
        task = window.open_paths([other])
    task.wait()
    pane = window.source.widget()
    assert pane.current_doc_id() == "d1"
    assert pane.text.toPlainText() == session.documents.at["d1", "text"]
    assert pane.highlighted_ranges("mention") == table_ranges(session, "mentions", "d1")
    assert text_is_laid_out(pane)


def test_restyle_closes_its_edit_block_when_a_highlight_fails(qtbot, pane, session, monkeypatch):
    pane.show()
    qtbot.waitExposed(pane)

    def broken(cursor):
        raise RuntimeError("a highlight failed")

    monkeypatch.setattr(pane, "_style_search", broken)
    with pytest.raises(RuntimeError):
        pane.restyle()
    monkeypatch.undo()
    doc_id = doc_named(session, "004_")
    session.selection.update(doc_ids={doc_id}, origin="elsewhere")  # the pane still shows what comes next
    assert pane.text.toPlainText() == session.documents.at[doc_id, "text"]
    assert pane.highlighted_ranges("mention") == table_ranges(session, "mentions", doc_id)
    assert text_is_laid_out(pane) and pane.text.verticalScrollBar().maximum() > 0


def mentions_in_reading_order(session, name: str):
    """The entity's mentions as a reader meets them: documents in the workspace's order, each from its top."""
    entity_id = session.tables["entities"].set_index("name").at[name, "entity_id"]
    mentions = session.table("mentions")
    mentions = mentions[mentions["entity_id"] == entity_id]
    rank = {doc_id: i for i, doc_id in enumerate(session.documents.index)}
    ordered = sorted(zip(mentions["doc_id"].map(rank), mentions["start"], mentions["end"], mentions["doc_id"]))
    return entity_id, [(doc_id, int(start), int(end)) for _, start, end, doc_id in ordered]


def is_in_view(pane: SourcePane, offset: int) -> bool:
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._offsets.to_qt(offset))
    return pane.text.viewport().rect().contains(pane.text.cursorRect(cursor).center())


def test_selecting_an_entity_in_the_sidebar_opens_the_document_of_its_first_mention(qtbot, pane, session):
    pane.show()
    qtbot.waitExposed(pane)
    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    entity_id, mentions = mentions_in_reading_order(session, "Ashwini Vaishnaw")
    first_doc, start, end = mentions[0]
    assert first_doc != pane.current_doc_id(), "the document shown first does not mention him"
    sidebar.tree.setCurrentIndex(sidebar.proxy.mapFromSource(sidebar.model.index_of(entity_id)))
    assert pane.current_doc_id() == first_doc
    assert (start, end) in pane.highlighted_ranges("selected-entity")
    assert is_in_view(pane, start)
    assert pane.walk_label.isVisible()
    assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention 1 of {len(mentions)}"


def test_selecting_an_entity_the_open_document_names_stays_in_that_document(qtbot, pane, session):
    pane.show()
    qtbot.waitExposed(pane)
    entity_id, mentions = mentions_in_reading_order(session, "Ashwini Vaishnaw")
    later_docs = [doc for doc, _, _ in mentions if doc != mentions[0][0]]
    assert later_docs, "the seeds name him in more than one document"
    reading = later_docs[0]
    pane.show_document(reading)
    session.selection.update(entity_ids={entity_id}, origin="elsewhere")
    assert pane.current_doc_id() == reading
    first_here = next(start for doc, start, _ in mentions if doc == reading)
    assert is_in_view(pane, first_here)
    position = [doc for doc, _, _ in mentions].index(reading) + 1
    assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention {position} of {len(mentions)}"


def test_a_node_clicked_in_the_graph_opens_a_document_that_mentions_it(qtbot, window, session):
    window.show_graph()
    graph, pane = window.graph, window.source.widget()
    qtbot.waitUntil(lambda: not graph.is_laying_out() and bool(graph.node_ids()), timeout=10000)
    entity_id, mentions = mentions_in_reading_order(session, "Ashwini Vaishnaw")
    graph.click_node(entity_id)
    assert pane.current_doc_id() == mentions[0][0]
    assert is_in_view(pane, mentions[0][1])


def is_well_in_view(pane: SourcePane, start: int, end: int) -> bool:
    """Not on the viewport's first or last lines, where a reader takes it for cut off."""
    line = pane.text.fontMetrics().lineSpacing()
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._offsets.to_qt(start))
    top = pane.text.cursorRect(cursor).top()
    cursor.setPosition(pane._offsets.to_qt(end))
    return line <= top and pane.text.cursorRect(cursor).bottom() <= pane.text.viewport().height() - line


def test_every_mention_the_walk_reaches_stands_well_in_view(qtbot, pane, session):
    pane.resize(420, 320)  # a short pane: most mentions start out of view
    pane.show()
    qtbot.waitExposed(pane)
    entity_id, mentions = mentions_in_reading_order(session, "Ashwini Vaishnaw")
    session.selection.update(entity_ids={entity_id}, origin="elsewhere")
    for doc, start, end in mentions:
        qtbot.wait(10)  # the walk's line has been laid out
        assert pane.current_doc_id() == doc
        assert is_well_in_view(pane, start, end), (doc, start, pane.walk_label.text())
        pane.step_mention(1)


def test_f3_and_shift_f3_walk_the_mentions_across_documents_and_wrap(qtbot, window, session):
    pane = window.source.widget()
    entity_id, mentions = mentions_in_reading_order(session, "Ashwini Vaishnaw")
    session.selection.update(entity_ids={entity_id}, origin="elsewhere")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.events.widget().setFocus()  # keys work wherever the focus is in the window, not only in the pane
    seen = [(pane.current_doc_id(), pane.text.textCursor().selectionStart())]
    for number in range(2, len(mentions) + 2):
        qtbot.keyClick(window.events.widget(), Qt.Key.Key_F3)
        at = (number - 1) % len(mentions) + 1
        assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention {at} of {len(mentions)}"
        assert f"mention {at} of {len(mentions)}" in window.statusBar().currentMessage()
        doc_id, start, _ = mentions[at - 1]
        assert pane.current_doc_id() == doc_id and is_in_view(pane, start)
        seen.append((pane.current_doc_id(), pane.text.textCursor().selectionStart()))
    assert [doc for doc, _ in seen] == [doc for doc, _, _ in mentions] + [mentions[0][0]]  # round, then back to 1
    assert [start for _, start in seen] == [start for _, start, _ in mentions] + [mentions[0][1]]
    qtbot.keyClick(window.events.widget(), Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # back past the first
    assert pane.walk_label.text() == f"Ashwini Vaishnaw: mention {len(mentions)} of {len(mentions)}"
    assert pane.current_doc_id() == mentions[-1][0]


def test_f3_after_a_click_goes_on_from_the_mention_clicked(pane, session):
    entity_id, mentions = mentions_in_reading_order(session, "Ashwini Vaishnaw")
    doc_id, start, _ = mentions[3]
    session.selection.update(doc_ids={doc_id}, origin="elsewhere")
    assert pane.click_offset(start) == entity_id
    assert pane.walk_label.text().endswith(f"mention 4 of {len(mentions)}")
    assert pane.step_mention(1).endswith(f"mention 5 of {len(mentions)}")
    assert pane.text.textCursor().selectionStart() == mentions[4][1]


def test_f3_with_no_entity_selected_says_what_it_needs(qtbot, window, session):
    shown = window.source.widget().current_doc_id()
    window.step_mention(1)
    assert window.source.widget().current_doc_id() == shown
    assert "Select an entity" in window.statusBar().currentMessage()


def test_the_shortcut_list_names_f3_and_shift_f3(window):
    from explorer.gui.window.dialogs import shortcuts_html

    assert "<b>F3</b>" in shortcuts_html(window) and "<b>Shift+F3</b>" in shortcuts_html(window)


def test_preview_runs(monkeypatch, session):
    import explorer.gui.preview
    import explorer.gui.source.view

    monkeypatch.setattr(explorer.gui.preview, "sample_session", lambda: session)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    namespace = runpy.run_path(explorer.gui.source.view.__file__, run_name="__main__")
    namespace["pane"].close()


def test_renders_to_png(qtbot, pane, session, tmp_path):
    events = session.tables["events"]
    event = events[events["doc_id"] == doc_named(session, "003_")].iloc[2]
    session.selection.update(event_ids={event["event_id"]}, entity_ids={event["participants"][0]}, origin="elsewhere")
    pane.show()
    qtbot.waitExposed(pane)
    path = tmp_path / "source.png"
    assert pane.grab().save(str(path))
    assert path.stat().st_size > 1000


def test_legend_names_types_readably_with_the_codes_in_its_tooltip(pane, session):
    session.selection.update(doc_ids={doc_named(session, "000_")}, origin="elsewhere")
    legend = pane.legend.text().replace("&nbsp;", " ")
    for name in ("People", "Organisations", "Places", "Groups &amp; nationalities", "Works of art"):
        assert name in legend
    assert not any(code in legend for code in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"))
    assert "Groups & nationalities: nationalities, religious and political groups (NORP)" in pane.legend.toolTip()


def _two_events_in_one_sentence(session) -> tuple[str, str, dict]:
    """The seed tables with a second event in the first event's sentence, on another word of it."""
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    events = tables["events"]
    first = events[events["trigger_end"] > events["trigger_start"]].iloc[0]
    sentence = str(first["sentence"])
    taken = {o for table in ("mentions", "timexes") for s, e in table_ranges(session, table, first["doc_id"])
             for o in range(s, e)} | set(range(int(first["trigger_start"]), int(first["trigger_end"])))
    word, at = next((w, int(first["start"]) + sentence.find(w)) for w in sentence.split()
                    if w.isalpha() and len(w) > 3 and sentence.find(w) >= 0
                    and not taken & set(range(int(first["start"]) + sentence.find(w),
                                              int(first["start"]) + sentence.find(w) + len(w))))
    second = first.copy()
    second["event_id"] = f"{first['event_id']}-{at}"
    second["trigger"], second["trigger_start"], second["trigger_end"] = word, at, at + len(word)
    second["date_start"], second["date_end"], second["date_basis"] = "2026-03-01", "", "bounded"
    tables["events"] = make_table("events", [*events.to_dict("records"), second.to_dict()])
    return str(first["event_id"]), second["event_id"], tables


def test_each_event_of_a_sentence_is_reachable_from_its_trigger(qtbot, session):
    first, second, tables = _two_events_in_one_sentence(session)
    session.set_tables(tables, session.path)
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    events = session.events
    session.selection.update(doc_ids={events.at[first, "doc_id"]}, origin="elsewhere")
    start = int(events.at[second, "trigger_start"])
    tip = char_format_at(pane, start).toolTip()
    assert char_format_at(pane, start).fontWeight() >= 700 and "on or after 1 March 2026" in tip
    pane.click_offset(start + 1)
    assert session.state.event_ids == {second}
    pane.click_offset(int(events.at[first, "trigger_start"]))
    assert session.state.event_ids == {first}
    mentions = session.table("mentions")
    covered = {o for s, e in table_ranges(session, "mentions", pane.current_doc_id()) for o in range(s, e)}
    triggers = {o for e in (first, second) for o in range(events.at[e, "trigger_start"], events.at[e, "trigger_end"])}
    plain = next(o for o in range(int(events.at[first, "start"]), int(events.at[first, "end"]))
                 if o not in covered and o not in triggers)
    assert pane.click_offset(plain) is None and len(mentions)
    same_sentence = events.index[(events["doc_id"] == events.at[first, "doc_id"])
                                 & (events["start"] == events.at[first, "start"])]
    assert {first, second} <= session.state.event_ids == set(same_sentence)  # the sentence: every event it reports
