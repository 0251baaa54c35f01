"""The side-by-side review window: columns, alignment, linked scrolling, selection, conflicts and exports."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from explorer.core.model import empty_tables, make_table
from explorer.core.review.compare import largest_cluster_id
from explorer.gui.review.view import COLUMN_MIN_WIDTH, ReviewWindow, main
from explorer.gui.session import Session

SOURCES = [  # name, outlet, published, lines of other text before the passage, date said, countries said
    ("a.txt", "Wire A", "2026-02-03", 5, ("February 4", "2026-02-04", "2026-02-04"), "50"),
    ("b.txt", "Paper B", "2026-02-05", 40, ("February 5-6", "2026-02-05", "2026-02-06"), "54"),
    ("c.txt", "Blog C", "2026-02-06", 20, ("February 4", "2026-02-04", "2026-02-04"), "50"),
]


def source_text(before: int, date_words: str, countries: str, rubio: bool) -> str:
    filler = "".join(f"Line {i} of other news that is not about the ministerial at all.\n" for i in range(before))
    speaker = ", said Marco Rubio" if rubio else ""
    passage = f"The ministerial in Washington on {date_words} gathered {countries} countries{speaker}.\n"
    return filler + passage + filler * 2


def review_tables(sources=SOURCES):
    """One cluster reported by several documents that disagree on its date and the number of countries."""
    docs, events, mentions, timexes = [], [], [], []
    for i, (name, outlet, published, before, (words, start, end), countries) in enumerate(sources):
        doc_id, text = f"d{i}", source_text(before, words, countries, rubio=i == 0)
        passage_start = text.index("The ministerial")
        passage_end = text.index("\n", passage_start)
        docs.append(dict(doc_id=doc_id, name=name, title=f"Story {name}", source=outlet, published=published,
                         published_basis="metadata", text=text))
        events.append(dict(event_id=f"e{i}", doc_id=doc_id, start=passage_start, end=passage_end,
                           sentence=text[passage_start:passage_end], date_start=start, date_end=end,
                           participants=["wash"]))
        at = text.index("Washington")
        mentions.append(dict(mention_id=f"m{i}", entity_id="wash", doc_id=doc_id, start=at, end=at + 10,
                             text="Washington", type="GPE"))
        if "Marco Rubio" in text:
            at = text.index("Marco Rubio")
            mentions.append(dict(mention_id=f"r{i}", entity_id="rubio", doc_id=doc_id, start=at, end=at + 11,
                                 text="Marco Rubio", type="PERSON"))
        at = text.index(words, passage_start)
        timexes.append(dict(timex_id=f"t{i}", doc_id=doc_id, start=at, end=at + len(words), text=words, type="DATE",
                            value=start, date_start=start, date_end=end, basis="explicit"))
    tables = empty_tables()
    tables["documents"] = make_table("documents", docs)
    tables["events"] = make_table("events", events)
    tables["mentions"] = make_table("mentions", mentions)
    tables["timexes"] = make_table("timexes", timexes)
    tables["entities"] = make_table("entities", [dict(entity_id="wash", name="Washington DC", type="GPE"),
                                                 dict(entity_id="rubio", name="Marco Rubio", type="PERSON")])
    tables["clusters"] = make_table("clusters", [dict(
        cluster_id="c1", label="gather: ministerial", date_start="2026-02-04", date_end="2026-02-06",
        doc_ids=[d["doc_id"] for d in reversed(docs)], event_ids=[e["event_id"] for e in events])])
    return tables


@pytest.fixture
def review_session(qapp):
    session = Session()
    session.set_tables(review_tables(), None)
    return session


def open_window(qtbot, session, cluster_id="c1", size=(1100, 600)) -> ReviewWindow:
    window = ReviewWindow(session, cluster_id)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(passage_top(window, i) == 0 for i in range(len(window.columns()))))
    return window


def passage_top(window: ReviewWindow, index: int) -> int:
    """How far below the top of column ``index``'s view its first passage's line begins (pixels)."""
    pane = window.columns()[index]
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.offsets.to_qt(window.passage_ranges(index)[0][0]))
    return pane.text.cursorRect(cursor).top()


def scroll_value(window: ReviewWindow, index: int) -> int:
    return window.columns()[index].text.verticalScrollBar().value()


def test_every_source_is_a_column_with_its_passage_emphasised(qtbot, review_session):
    window = open_window(qtbot, review_session)
    assert window.column_doc_ids() == ["d0", "d1", "d2"]  # by publication date
    events = review_session.events
    for index, doc_id in enumerate(window.column_doc_ids()):
        event = events[events["doc_id"] == doc_id].iloc[0]
        assert window.passage_ranges(index) == [(event["start"], event["end"])]
        pane = window.columns()[index]
        assert pane.text.toPlainText() == review_session.documents.at[doc_id, "text"]
        assert pane.highlighted_ranges("mention"), "mentions are coloured"
    assert "gather: ministerial" in window.windowTitle()


def test_each_column_opens_with_its_first_passage_at_the_top(qtbot, review_session):
    window = open_window(qtbot, review_session)
    assert [passage_top(window, i) for i in range(3)] == [0, 0, 0]
    assert len({scroll_value(window, i) for i in range(3)}) == 3, "the passages sit at different depths"


def test_linked_scrolling_keeps_the_passages_side_by_side(qtbot, review_session):
    window = open_window(qtbot, review_session)
    bar = window.columns()[1].text.verticalScrollBar()
    bar.setValue(bar.value() + 90)
    tops = [passage_top(window, i) for i in range(3)]
    assert tops[0] == tops[1] == tops[2] == -90


def test_unlinked_columns_scroll_alone(qtbot, review_session):
    window = open_window(qtbot, review_session)
    window.set_linked(False)
    before = [scroll_value(window, i) for i in range(3)]
    window.columns()[1].text.verticalScrollBar().setValue(before[1] + 90)
    assert [scroll_value(window, i) for i in range(3)] == [before[0], before[1] + 90, before[2]]
    window.set_linked(True)  # linking again brings the others in line with the first column
    assert len({passage_top(window, i) for i in range(3)}) == 1


def test_clicking_a_mention_selects_its_entity_and_every_column_shows_it(qtbot, review_session):
    window = open_window(qtbot, review_session)
    pane = window.columns()[2]
    text = pane.column.text
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(text.index("Washington") + 3)
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=pane.text.cursorRect(cursor).center())
    assert review_session.state.entity_ids == {"wash"}
    for index in range(3):
        shown = window.columns()[index].highlighted_ranges("selected-entity")
        at = window.columns()[index].column.text.index("Washington")
        assert shown == [(at, at + 10)]


def test_click_offset_off_a_mention_selects_nothing(qtbot, review_session):
    window = open_window(qtbot, review_session)
    assert window.click_offset(0, 0) is None
    assert review_session.state.entity_ids == frozenset()
    at = window.columns()[0].column.text.index("Marco Rubio")
    assert window.click_offset(0, at) == "rubio"
    assert review_session.state.entity_ids == {"rubio"}


def test_a_selection_made_elsewhere_is_shown_strongly(qtbot, review_session):
    window = open_window(qtbot, review_session)
    review_session.selection.update(entity_ids={"rubio"}, origin="elsewhere")
    text = window.columns()[0].column.text
    assert window.columns()[0].highlighted_ranges("selected-entity") == [
        (text.index("Marco Rubio"), text.index("Marco Rubio") + 11)]
    assert window.columns()[1].highlighted_ranges("selected-entity") == []


def test_the_disagreements_are_stated_and_marked(qtbot, review_session):
    window = open_window(qtbot, review_session)
    statement = window.conflict_text()
    assert "Dates differ: Wire A and Blog C say 2026-02-04; Paper B says 2026-02-05 to 2026-02-06." in statement
    assert "Numbers differ for “country”" in statement
    assert window.conflict_label.isVisible()
    paper = window.columns()[1]
    marked = [paper.column.text[s:e] for s, e in paper.highlighted_ranges("mark")]
    assert "February 5-6" in marked and "54 countries" in marked


def test_more_than_four_sources_scroll_sideways(qtbot, qapp):
    sources = [(f"{i}.txt", f"Outlet {i}", f"2026-02-0{i + 1}", 3 + i, ("February 4", "2026-02-04", "2026-02-04"), "50")
               for i in range(6)]
    session = Session()
    session.set_tables(review_tables(sources), None)
    window = open_window(qtbot, session, size=(1000, 500))
    assert len(window.columns()) == 6
    assert all(pane.width() >= COLUMN_MIN_WIDTH for pane in window.columns())
    assert window.strip.horizontalScrollBar().maximum() > 0
    assert window.conflict_text() == "⚠ Participants differ: Marco Rubio is named only in Outlet 0."  # dates agree


def test_exports_write_the_passages_and_the_report(qtbot, review_session, tmp_path):
    window = open_window(qtbot, review_session)
    assert window.export_csv(tmp_path / "review.csv") == 3
    with open(tmp_path / "review.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["document"], r["outlet"], r["date"]) for r in rows] == [
        ("a.txt", "Wire A", "2026-02-04"), ("b.txt", "Paper B", "2026-02-05 to 2026-02-06"),
        ("c.txt", "Blog C", "2026-02-04")]
    window.export_html(tmp_path / "review.html")
    report = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert all(name in report for name in ("a.txt", "b.txt", "c.txt"))
    assert "background:#ffdcb0" in report  # GPE mentions in the app's own colour


def test_a_new_workspace_without_the_cluster_empties_the_window(qtbot, review_session):
    window = open_window(qtbot, review_session)
    review_session.set_tables(empty_tables(), None)
    assert window.columns() == []
    assert "no longer" in window.conflict_text()


def test_a_seed_cluster_opens_with_every_source(qtbot, session, tmp_path):
    cluster_id = largest_cluster_id(session.tables)
    window = open_window(qtbot, session, cluster_id, size=(1200, 700))
    cluster = session.tables["clusters"].set_index("cluster_id").loc[cluster_id]
    assert sorted(window.column_doc_ids()) == sorted(cluster["doc_ids"])
    events = session.events.loc[cluster["event_ids"]]
    for index, doc_id in enumerate(window.column_doc_ids()):
        mine = events[events["doc_id"] == doc_id]
        if mine.empty:  # listed by the people it shares: its sentences in the happening's other actions
            mine = other_actions_events(session, cluster, doc_id)
        assert window.passage_ranges(index) and set(window.passage_ranges(index)) <= set(zip(mine["start"], mine["end"]))
    assert window.conflict_text()
    path = tmp_path / "review.png"
    assert window.grab().save(str(path)) and path.stat().st_size > 1000


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_escape_and_ctrl_w_close_the_window(qtbot, review_session, key, modifier):
    window = open_window(qtbot, review_session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.columns()[1].text.setFocus()  # reading a column: the keys still close the window
    qtbot.keyClick(window.columns()[1].text, key, modifier)
    assert not window.isVisible()


def header_texts(pane) -> list[str]:
    """The column's header lines as shown (elided lines end in "…")."""
    return [label.text() for label in pane.findChildren(QLabel) if label.isVisible()]


def shows(texts: list[str], full: str) -> bool:
    """Whether a header line shows ``full``, whole or cut short with "…"."""
    return any(t == full or (t.endswith("…") and full.startswith(t[:-1]) and len(t) > 10) for t in texts)


def test_seed_column_headers_name_title_outlet_and_date_not_the_file(qtbot, session):
    window = open_window(qtbot, session, largest_cluster_id(session.tables), size=(1700, 700))
    for pane in window.columns():
        column, texts = pane.column, header_texts(pane)
        assert column.title and shows(texts, column.title), texts
        assert not any(column.name in t for t in texts), f"the hash file name is shown: {texts}"
        assert any((column.source or "Unknown outlet") in t for t in texts)
        published = f"Published {column.published}" if column.published else "Publication date unknown"
        assert any(t.startswith(published) for t in texts)


def test_a_column_without_a_title_is_headed_by_its_file_name(qtbot, qapp):
    tables = review_tables()
    tables["documents"].loc[tables["documents"]["doc_id"] == "d1", "title"] = ""
    session = Session()
    session.set_tables(tables, None)
    window = open_window(qtbot, session)
    assert shows(header_texts(window.columns()[1]), "b.txt")
    assert "a.txt" not in header_texts(window.columns()[0])  # titled: no line of its own for the file name
    assert shows(header_texts(window.columns()[0]), "Story a.txt")


def other_actions_events(session, cluster, doc_id):
    """A listed source's events in the clusters over two or more of ``cluster``'s documents (the happening's
    other actions)."""
    clusters = session.tables["clusters"]
    siblings = {c for c, docs in zip(clusters["cluster_id"], clusters["doc_ids"])
                if doc_id in docs and len(docs) >= 2 and set(docs) <= set(cluster["doc_ids"])}
    events = session.events
    return events[(events["doc_id"] == doc_id) & events["cluster_id"].isin(siblings)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def test_seed_review_emphasises_the_reporting_sentences_not_most_paragraphs(qtbot, session):
    cluster_id = largest_cluster_id(session.tables)
    window = open_window(qtbot, session, cluster_id, size=(1700, 700))
    cluster = session.tables["clusters"].set_index("cluster_id").loc[cluster_id]
    events = session.events.loc[cluster["event_ids"]]
    emphasised_paragraphs = all_paragraphs = 0
    for index, pane in enumerate(window.columns()):
        mine = events[events["doc_id"] == pane.column.doc_id].sort_values("start")
        if mine.empty:
            mine = other_actions_events(session, cluster, pane.column.doc_id).sort_values("start")
        shown = window.passage_ranges(index)
        assert shown and shown[0] == (mine["start"].iloc[0], mine["end"].iloc[0])  # the account's lead
        assert set(shown) <= set(zip(mine["start"], mine["end"])), "only sentences of the cluster's events"
        for start, end in shown:  # sentence by sentence, never a whole paragraph around it
            assert pane.column.text[start:end] in set(mine["sentence"])
        spans = paragraphs(pane.column.text)
        emphasised_paragraphs += sum(any(s < pe and e > ps for s, e in shown) for ps, pe in spans)
        all_paragraphs += len(spans)
    assert emphasised_paragraphs * 5 <= all_paragraphs, f"{emphasised_paragraphs} of {all_paragraphs} paragraphs"


def test_the_preview_saves_a_screenshot(qtbot, monkeypatch, session, tmp_path):
    import explorer.gui.preview

    monkeypatch.setattr(explorer.gui.preview, "sample_session", lambda: session)
    path = tmp_path / "preview.png"
    assert main(["--screenshot", str(path)]) == 0
    assert path.stat().st_size > 1000


def test_a_source_listed_without_a_sentence_says_so_and_can_be_taken_out(qtbot, qapp):
    """Extraction may list a document in a happening by the people it shares, with no sentence linked: its
    column says so, and taking it out drops it (undoably) without touching the other sources."""
    from explorer.gui.review.column import NO_PASSAGE

    tables = review_tables()
    extra = dict(doc_id="d3", name="d.txt", title="Story d.txt", source="Wire D", published="2026-02-07",
                 published_basis="metadata", text="Marco Rubio spoke about minerals to reporters.\n")
    tables["documents"] = make_table("documents", [*tables["documents"].to_dict("records"), extra])
    tables["clusters"].at[0, "doc_ids"] = [*tables["clusters"].at[0, "doc_ids"], "d3"]
    session = Session()
    session.set_tables(tables, None)
    window = ReviewWindow(session, "c1")
    qtbot.addWidget(window)
    window.resize(1400, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.column_doc_ids() == ["d0", "d1", "d2", "d3"]
    listed = window.columns()[3]
    assert shows(header_texts(listed), NO_PASSAGE) and window.passage_ranges(3) == []
    assert not any(shows(header_texts(p), NO_PASSAGE) for p in window.columns()[:3])
    assert window.decisions.take_out(["d3"])
    qtbot.waitUntil(lambda: window.column_doc_ids() == ["d0", "d1", "d2"])
    clusters = session.tables["clusters"]
    assert sorted(clusters.at[0, "doc_ids"]) == ["d0", "d1", "d2"] and len(clusters) == 1
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: window.column_doc_ids() == ["d0", "d1", "d2", "d3"])
