"""The search panel: typing lists hits, a hit opens its document highlighted, hits narrow the views."""

from __future__ import annotations

import runpy
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QSplitter

from explorer.core.store import search as core_search
from explorer.core.store.search import match_spans
from explorer.gui.search import view as search_view
from explorer.gui.search.view import HTML_ROLE, PLACEHOLDER, SearchPanel
from explorer.gui.session import Session
from explorer.gui.source.view import SourcePane


@pytest.fixture
def panel(qtbot, session):
    widget = SearchPanel(session)
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    return widget


@pytest.fixture
def pane(qtbot, session):
    widget = SourcePane(session)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    return widget


def doc_text(session, doc_id: str) -> str:
    return str(session.documents.at[doc_id, "text"])


def test_typing_a_phrase_lists_its_documents_with_bold_snippets(qtbot, panel, session):
    assert panel.edit.placeholderText() == PLACEHOLDER
    qtbot.keyClicks(panel.edit, '"strategic challenges"')
    qtbot.waitUntil(lambda: panel.hit_doc_ids() != [] and panel.count_label.text() != "Searching…")
    assert len(panel.hit_doc_ids()) == 1
    assert panel.count_label.text() == "1 document matches"
    rich = panel.model.index(0, 0).data(HTML_ROLE)
    assert "bold" in rich and ">strategic challenges</span>" in rich.lower()
    assert session.state.query == '"strategic challenges"'
    panel.search("strategic challenges")
    assert panel.count_label.text() == "5 documents match"


def test_selecting_a_hit_opens_its_document_with_the_matches_highlighted(panel, pane, session):
    hits = panel.search('"Pax Silica"')
    assert len(hits) == 1 and hits[0].doc_id != pane.current_doc_id()
    panel.select_hit(0)
    doc_id = hits[0].doc_id
    assert session.state.doc_ids == {doc_id}
    assert session.state.query == '"Pax Silica"'
    assert pane.current_doc_id() == doc_id
    assert pane.highlighted_ranges("search") == hits[0].spans
    assert all(doc_text(session, doc_id)[s:e].lower() == "pax silica" for s, e in hits[0].spans)


def test_the_source_pane_scrolls_to_the_first_match(qtbot, panel, pane, session):
    pane.show()
    qtbot.waitExposed(pane)
    hit = panel.search("Pax Silica")[0]
    panel.select_hit(0)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(hit.spans[0][0])
    assert hit.spans[0][0] > 3000  # far below the top of the document
    assert pane.text.viewport().rect().contains(pane.text.cursorRect(cursor).center())


def test_a_new_query_highlights_its_matches_in_the_document_shown(panel, pane, session):
    panel.search("minist*")
    shown = pane.current_doc_id()
    assert pane.highlighted_ranges("search") == match_spans(doc_text(session, shown), "minist*")
    assert pane.highlighted_ranges("search")
    panel.search("")
    assert pane.highlighted_ranges("search") == []


def test_narrowing_keeps_only_the_events_in_hits_and_clearing_restores(panel, session):
    everything = len(session.events_in_view())
    panel.search('"critical minerals"')
    event_ids = panel.narrow_to_hits()
    assert 0 < len(event_ids) < everything
    assert session.state.filter_event_ids == set(event_ids)
    in_view = session.events_in_view()
    assert list(in_view["event_id"]) == event_ids
    assert all("critical minerals" in sentence.lower().replace("\n", " ") for sentence in in_view["sentence"])
    assert panel.clear_button.isEnabled()
    panel.clear_button.click()
    assert session.state.filter_event_ids == frozenset()
    assert len(session.events_in_view()) == everything


def test_clearing_the_query_clears_the_highlight_query_and_the_narrowing(qtbot, panel, session):
    panel.search("Pax Silica")
    panel.narrow_to_hits()
    assert session.state.filter_event_ids
    panel.edit.clear()
    assert session.state.query == ""
    assert session.state.filter_event_ids == frozenset()
    assert panel.hit_doc_ids() == [] and panel.count_label.text() == ""
    assert not panel.narrow_button.isEnabled()


def test_narrowing_with_no_event_sentence_says_so_and_changes_nothing(panel, session):
    assert panel.search("chokepoints")
    assert panel.narrow_to_hits() == []
    assert session.state.filter_event_ids == frozenset()
    assert "No event sentence contains a match" in panel.note.text()


@pytest.mark.parametrize("query", ['U.S. "', "-", ":", 'NEAR(" x', "*"])
def test_punctuation_finds_nothing_quietly(panel, query):
    assert panel.search(query) == []
    assert panel.count_label.text() in ("", "No document matches")


def test_enter_searches_at_once_and_opens_the_best_hit(qtbot, panel, session):
    panel.edit.setText("Vance")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.hit_doc_ids()) and panel.count_label.text() != "Searching…")
    assert session.state.doc_ids == {panel.hit_doc_ids()[0]}


def test_focus_search_focuses_the_box_with_its_text_selected(qtbot, panel):
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.search("India")
    panel.focus_search()
    qtbot.waitUntil(panel.edit.hasFocus)
    assert panel.edit.selectedText() == "India"


def test_a_new_workspace_clears_the_search(panel, session, seed_tables, seed_build):
    panel.search("India")
    panel.narrow_to_hits()
    session.set_tables({name: frame.copy() for name, frame in seed_tables.items()}, seed_build.path)
    assert panel.edit.text() == "" and panel.hit_doc_ids() == []
    assert not panel.clear_button.isEnabled()


def test_a_workspace_that_cannot_be_searched_is_reported(qtbot, panel, session, seed_tables, tmp_path):
    damaged = tmp_path / "damaged.explorer"
    damaged.write_text("not a database")
    session.set_tables({name: frame.copy() for name, frame in seed_tables.items()}, damaged)
    assert panel.search("India") == []
    assert str(damaged) in panel.count_label.text()


def test_renders_beside_the_source_pane(qtbot, session, tmp_path):
    splitter = QSplitter()
    panel = SearchPanel(session)
    splitter.addWidget(panel)
    splitter.addWidget(SourcePane(session))
    qtbot.addWidget(splitter)
    splitter.resize(1100, 650)
    splitter.show()
    qtbot.waitExposed(splitter)
    panel.search("critical minerals")
    panel.select_hit(0)
    image = splitter.grab().toImage()
    image.save(str(tmp_path / "search.png"))
    assert image.width() == 1100
    row_rect = panel.list.visualRect(panel.model.index(0, 0))
    assert row_rect.height() > 3 * panel.fontMetrics().height()  # title, file name and snippet all shown


def test_preview_runs(monkeypatch, session):
    import explorer.gui.preview
    import explorer.gui.search.view

    monkeypatch.setattr(explorer.gui.preview, "sample_session", lambda: session)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    namespace = runpy.run_path(explorer.gui.search.view.__file__, run_name="__main__")
    assert isinstance(namespace["panel"].session, Session)
    namespace["panel"].close()


def _held_search(monkeypatch, held: str, release: threading.Event, started: threading.Event):
    """Searches for ``held`` wait in the worker until ``release`` (a slow index); others run as they are."""
    def pages(path, text, limit=200, page=25, should_cancel=lambda: False):
        if text == held:
            started.set()
            while not release.wait(0.01):
                pass
        yield from core_search.search_pages(path, text, limit, page, should_cancel)

    def quick(path, text, count=25, should_cancel=lambda: False):
        if text == held:
            started.set()
            while not release.wait(0.01):
                pass
        return core_search.quick_hits(path, text, count, should_cancel)

    monkeypatch.setattr(search_view, "search_pages", pages)
    monkeypatch.setattr(search_view, "quick_hits", quick)


def _held_ranking(release: threading.Event, started: threading.Event):
    """A ranking that waits in the worker until ``release``, as a slow index does at 200,000 documents; the quick
    hits come as they are."""
    def pages(path, text, limit=200, page=25, should_cancel=lambda: False):
        started.set()
        while not release.wait(0.01):
            pass
        yield from core_search.search_pages(path, text, limit, page, should_cancel)
    return pages


def test_typing_runs_the_search_in_the_background_and_lists_its_hits_when_found(qtbot, panel, session, monkeypatch):
    release, started = threading.Event(), threading.Event()
    _held_search(monkeypatch, "India", release, started)
    panel.edit.setText("India")  # as typed: the search starts once typing pauses
    qtbot.waitUntil(started.is_set)
    assert panel.count_label.text() == "Searching…" and panel.hit_doc_ids() == []  # the window did not wait
    release.set()
    qtbot.waitUntil(lambda: panel.count_label.text().endswith("match"))
    assert panel.hit_doc_ids() == [hit.doc_id for hit in core_search.search_workspace(session.path, "India")]


def test_a_search_overtaken_by_new_typing_is_cancelled_and_never_listed(qtbot, panel, session, monkeypatch):
    release, started = threading.Event(), threading.Event()
    _held_search(monkeypatch, "India", release, started)
    panel.edit.setText("India")
    qtbot.waitUntil(started.is_set)
    panel.edit.setText('"Pax Silica"')
    qtbot.waitUntil(lambda: panel.count_label.text().endswith(("match", "matches")))
    pax = [hit.doc_id for hit in core_search.search_workspace(session.path, '"Pax Silica"')]
    release.set()  # the first search comes back now: too late
    panel.jobs.wait()
    QApplication.processEvents()
    assert panel.hit_doc_ids() == pax and session.state.query == '"Pax Silica"'


def test_two_hundred_hits_are_laid_out_a_few_at_a_time_so_the_window_keeps_responding(qtbot, panel, monkeypatch):
    """The index hands over its best 200 hits at once (it ranks them all before the first); laying out 200 rich-text
    hits in one go held the GUI thread 40-90 ms at 200,000 documents. A timer must get a turn every few hits."""
    from PySide6.QtCore import QTimer

    laid_out = []
    document = search_view.HitDelegate._document
    monkeypatch.setattr(search_view.HitDelegate, "_document",
                        staticmethod(lambda index, width: laid_out.append(index.row()) or document(index, width)))
    panel.show()
    qtbot.waitExposed(panel)
    ticks = [0]
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: ticks.append(len(laid_out)))
    timer.start()
    hits = [core_search.Hit(f"d{i}", f"doc{i}.txt", f"Title number {i} " * (1 + i % 4),
                            f"…words before \x02match\x03 and after, hit {i} " * (1 + i % 3), float(i))
            for i in range(search_view.RESULT_LIMIT)]
    panel.model.add_hits(hits)
    last = panel.model.index(len(hits) - 1, 0)
    qtbot.waitUntil(lambda: panel.list.visualRect(last).isValid() and len(set(laid_out)) == len(hits))
    timer.stop()
    ticks.append(len(laid_out))
    most = max(after - before for before, after in zip(ticks, ticks[1:]))
    assert most <= search_view.LAYOUT_BATCH + 15, f"{most} hits laid out without the event loop getting a turn"
    assert panel.list.verticalScrollBar().maximum() > 0  # every hit listed, scrollable to the last


def test_short_hits_are_all_laid_out_and_reachable_by_scrolling(qtbot, panel):
    """Hits short enough that a batch fills less than the list: the scroll bar appearing between batches narrowed
    the list, which started the layout over, for ever; the hits below the first screen could not be scrolled to."""
    panel.show()
    qtbot.waitExposed(panel)
    panel.model.add_hits([core_search.Hit(f"d{i}", "a.txt", f"T{i}", "\x02x\x03", float(i)) for i in range(120)])
    last = panel.model.index(119, 0)
    qtbot.waitUntil(lambda: panel.list.visualRect(last).isValid(), timeout=3000)
    panel.list.scrollTo(last)
    assert panel.list.viewport().rect().intersects(panel.list.visualRect(last))


def test_the_first_matches_are_listed_while_the_best_are_ranked_then_replaced_by_them(qtbot, panel, session,
                                                                                      monkeypatch):
    """At 200,000 matching documents ranking takes the index up to a second or more: the analyst sees hits first."""
    release, started = threading.Event(), threading.Event()

    monkeypatch.setattr(search_view, "search_pages", _held_ranking(release, started))
    monkeypatch.setattr(search_view, "quick_hits", lambda *a, **k: core_search.quick_hits(*a, **{**k, "count": 1}))
    ranked = [hit.doc_id for hit in core_search.search_workspace(session.path, "minister")]
    assert len(ranked) > 1
    panel.edit.setText("minister")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)  # Enter: open the best hit once it is known
    qtbot.waitUntil(lambda: started.is_set() and len(panel.hit_doc_ids()) == 1)
    QApplication.processEvents()
    assert panel.count_label.text() == "Searching…" and panel.hit_doc_ids()[0] in ranked
    assert not session.state.doc_ids  # an unranked hit is not opened as the best
    release.set()
    qtbot.waitUntil(lambda: panel.count_label.text() != "Searching…")
    assert panel.hit_doc_ids() == ranked and session.state.doc_ids == {ranked[0]}


def test_quick_hits_are_never_laid_out_when_the_ranked_ones_follow_at_once(qtbot, panel, monkeypatch):
    """Listing 25 hits to replace them a moment later costs the window a layout and a flicker for nothing."""
    monkeypatch.setattr(panel._quick_timer, "start", lambda *a: None)  # the ranked hits always come first
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(panel.hit_doc_ids()))
    hits = panel.search("minister")
    assert len(hits) > 1 and resets == [[]]  # emptied for the new query, then the ranked rows inserted


def test_a_quick_hit_the_analyst_picked_stays_picked_when_the_ranked_hits_replace_the_list(qtbot, panel, session,
                                                                                         monkeypatch):
    """Clicking one of the first (unranked) hits before the ranking is done must not be undone by the ranking."""
    release, started = threading.Event(), threading.Event()

    monkeypatch.setattr(search_view, "search_pages", _held_ranking(release, started))
    ranked = [hit.doc_id for hit in core_search.search_workspace(session.path, "minister")]
    panel.edit.setText("minister")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: started.is_set() and len(panel.hit_doc_ids()) > 1)
    quick = panel.hit_doc_ids()
    picked = next(doc_id for doc_id in quick if doc_id != ranked[0])  # not the best: Enter would open that one
    panel.select_hit(quick.index(picked))
    assert session.state.doc_ids == {picked}
    release.set()
    qtbot.waitUntil(lambda: panel.count_label.text() != "Searching…")
    assert panel.hit_doc_ids() == ranked
    assert panel.hit_doc_ids()[panel.list.currentIndex().row()] == picked  # the pick is still highlighted
    assert session.state.doc_ids == {picked}  # and still open: the best hit did not take its place


def test_a_panel_closed_while_its_search_still_reports_ignores_the_late_reports(qtbot, session):
    """A search's progress may still be queued when its panel goes (a dock closed, a window shut): it must reach
    nothing, not raise from a deleted panel's timer."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    panel = SearchPanel(session)
    panel._run("Vance")  # the box's search, in the background, not waited for
    task = panel._task
    assert task is not None
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(panel, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    task.sig_progress.emit("hits", 1, 25)  # a report queued before the panel went
    task.wait(10_000)
    qtbot.wait(50)
