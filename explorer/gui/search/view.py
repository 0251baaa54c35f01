"""The search panel: full-text search over the workspace's documents.

The analyst types words (all must appear), "quoted phrases", ``prefix*`` or
``OR``; the search runs a moment after they stop typing (or at once on Enter)
and lists the matching documents best first, each with its title and a snippet
whose matches are in bold. Selecting a hit opens that document in the shared
selection with the query, so the source pane shows it with every match
highlighted. "Narrow views to events in hits" keeps in view only the events whose
sentence holds a match (``filter_event_ids``); "Clear narrowing" or clearing the
query brings every event back. The search itself is ``explorer.core.store.search``.
"""

from __future__ import annotations

import html
import queue

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from explorer.core.selection import FILTER_EVENT_IDS, QUERY
from explorer.core.store.search import MARK_END, MARK_START, Hit, events_in_hits, quick_hits, search_pages
from explorer.gui.echo import Echo
from explorer.gui.jobs import Jobs
from explorer.gui.session import Session
from explorer.gui.task import Task

PLACEHOLDER = 'Search documents — words, "a phrase", prefix*'
DEBOUNCE_MS = 250
SIZE_CACHE = 2_000  # hits' sizes kept (a few widths of every hit listed)
RESULT_LIMIT = 200
QUICK_WAIT_MS = 50  # how long the quick (unranked) hits wait for the ranked ones before they are listed
LAYOUT_BATCH = 10  # hits the list lays out between two turns of the event loop (each ~0.3 ms of rich text)
MATCH_STYLE = "font-weight:bold; background-color:#ffd54f; color:#000000"  # the source pane's amber, lighter

HTML_ROLE = Qt.ItemDataRole.UserRole  # the hit drawn as rich text (title, snippet)
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def snippet_html(snippet: str) -> str:
    """A snippet as rich text, its marked matches in bold on amber, on one line."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace(MARK_START, f"<span style='{MATCH_STYLE}'>").replace(MARK_END, "</span>")


def hit_html(hit: Hit, dim: str) -> str:
    """How a hit reads in the list: title in bold, file name dimmed, then the snippet."""
    title = html.escape(hit.title or hit.name)
    name = f"<span style='color:{dim}'>{html.escape(hit.name)}</span>"
    return f"<b>{title}</b><br>{name}<br>{snippet_html(hit.snippet)}"


class HitListModel(QAbstractListModel):
    """The hits of the last search, one row each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.dim_color = "#808080"

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def add_hits(self, hits: list[Hit]) -> None:
        """More hits, below those listed (a search's next page): rows inserted, the ones shown stay put."""
        if hits:
            self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(hits) - 1)
            self.hits.extend(hits)
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title or hit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.name}" if hit.title else hit.name
        if role == HTML_ROLE:
            return hit_html(hit, self.dim_color)
        if role == DOC_ID_ROLE:
            return hit.doc_id
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's rich text, wrapped to the list's width."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], QSize] = {}  # (hit as rich text, width) -> its size

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Each hit's height at a width is laid out once: the list asks again for every row whenever rows
        are added (a page of hits), and laying out 200 rich-text hits took over 100 ms."""
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        key = (index.data(HTML_ROLE) or "", width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > SIZE_CACHE:
                self._sizes.clear()
            size = self._sizes[key] = QSize(width, int(self._document(index, width).size().height()) + 2)
        return size

    @staticmethod
    def _document(index: QModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(4)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(width, 50))
        return document


class SearchPanel(QWidget):
    """A search box over the workspace's documents, its hits, and narrowing the views to them."""

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs or Jobs(self)
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        self._query = ""
        self._task: Task | None = None  # the search running, if any
        # its pages, handed over from the worker: (ranked?, hits)
        self._pages: queue.SimpleQueue[tuple[bool, list[Hit]]] = queue.SimpleQueue()
        self._provisional = False  # the hits listed are the quick unranked ones, to be replaced by the ranked
        self._quick: list[Hit] | None = None  # quick hits not listed yet: they wait QUICK_WAIT_MS for the ranked
        self._quick_timer = QTimer(self, singleShot=True, interval=QUICK_WAIT_MS)
        self._quick_timer.timeout.connect(self._list_quick)
        self._open_best = False  # Enter was pressed: open the best hit once it is listed
        self._build_widgets()
        self.session.on_tables(self.rebuild, {"documents", "events"})
        self.session.sig_selection_changed.connect(self._on_selection_changed)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------------
    def search(self, text: str) -> list[Hit]:
        """Run a search now (no waiting for typing to pause), wait for its hits and show them; returns them.

        (The box searches in the background as the analyst types; this is the same search, waited for.)"""
        self._set_text(text)
        self._run(text)
        self.wait()
        return self.model.hits

    def wait(self) -> None:
        """Block until the search running has listed its hits (scripts and tests)."""
        task = self._task
        if task is not None:
            self.jobs.wait(task)
            QCoreApplication.sendPostedEvents()  # its pages and its end, queued to this thread

    def hit_doc_ids(self) -> list[str]:
        """The documents listed, best first."""
        return [hit.doc_id for hit in self.model.hits]

    def select_hit(self, row: int) -> None:
        """Do what clicking a hit does: open its document with the query highlighted."""
        self.list.setCurrentIndex(self.model.index(row, 0))
        self._open_hit(row)

    def narrow_to_hits(self) -> list[str]:
        """Keep in view only the events whose sentence holds a match; returns their ids (none: nothing changes)."""
        event_ids = events_in_hits(self.session.events, self.model.hits)
        if event_ids:
            self.echo.update(filter_event_ids=event_ids)
            self.note.setText(f"Views narrowed to {_count(len(event_ids), 'event')} whose sentence holds a match")
        else:
            self.note.setText("No event sentence contains a match: the views were not narrowed")
        self.note.show()
        self._update_buttons()
        return event_ids

    def clear_narrowing(self) -> None:
        """Bring every event back into view."""
        self.echo.update(filter_event_ids=frozenset())
        self.note.hide()
        self._update_buttons()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected, ready to type over (Ctrl+F)."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def rebuild(self) -> None:
        """After new tables: search again for the selection's query (none after opening a workspace)."""
        self._set_text(self.session.state.query)
        self._show(self.session.state.query)

    # -- building --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.edit = QLineEdit(placeholderText=PLACEHOLDER, clearButtonEnabled=True)
        self.edit.setToolTip("All words must appear; \"quotes\" find a phrase; word* finds words starting so; "
                             "OR between two terms finds either")
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self._on_return)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self._run(self.edit.text()))
        self.count_label = QLabel()
        self.note = QLabel(wordWrap=True)
        self.note.hide()
        self.model = HitListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        # The index hands over its best 200 hits together (it ranks them all before the first); laid out in one
        # pass, 200 rich-text hits held the GUI thread 40-90 ms at 200,000 documents. In batches it gets a turn
        # (a key, a repaint) every few hits, and the first screenful shows after the first batches.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        # A hit's height depends on the list's width: a scroll bar coming and going between batches would change
        # the width and start the layout over, for ever (short hits that fill less than a screen per batch).
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setWordWrap(True)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _: self._open_hit(current.row()))
        self.list.clicked.connect(lambda index: self._open_hit(index.row()))
        self.narrow_button = QPushButton("Narrow views to events in hits")
        self.narrow_button.setToolTip("Keep in view only the events whose sentence holds a match")
        self.narrow_button.clicked.connect(self.narrow_to_hits)
        self.clear_button = QPushButton("Clear narrowing")
        self.clear_button.setToolTip("Bring every event back into view")
        self.clear_button.clicked.connect(self.clear_narrowing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.narrow_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

    # -- searching -------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self.search("")  # cleared: forget the search and its narrowing at once

    def _on_return(self) -> None:
        self._open_best = True
        self._run(self.edit.text())
        self._open_best_hit()

    def _set_text(self, text: str) -> None:
        self._timer.stop()
        if self.edit.text() != text:
            with self.echo.applying(self.edit):
                self.edit.setText(text)

    def _run(self, text: str) -> None:
        """Search and tell the other views: matches to highlight, or (cleared) no search and no narrowing."""
        self._show(text)
        if text.strip():
            self.echo.update(query=text)
        else:
            self.echo.update(query="", filter_event_ids=frozenset())
        self._update_buttons()

    def _show(self, text: str) -> None:
        """List the hits of ``text``: the search runs in the background and its pages are listed as they
        come; a search still running for an earlier text is cancelled and its hits are never shown.

        The first matches the index meets are listed unranked (unless the ranked ones follow within
        ``QUICK_WAIT_MS``: then they are never laid out) and replaced by the best ones when they are ranked
        (at 200,000 matching documents ranking takes the index 0.3-1 s)."""
        self._query = text
        self.model.dim_color = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self._stop_search()
        self.model.set_hits([])
        if not text.strip():
            self.count_label.setText("")
            self.note.hide()
        elif self.session.path is None:
            self.count_label.setText("Save the workspace to search its documents")
        else:
            self.count_label.setText("Searching…")
            path, pages = self.session.path, self._pages

            def work(report, should_cancel) -> int:
                pages.put((False, quick_hits(path, text, should_cancel=should_cancel)))
                report("hits", 0, RESULT_LIMIT)
                found = 0
                for page in search_pages(path, text, RESULT_LIMIT, should_cancel=should_cancel):
                    pages.put((True, page))
                    found += len(page)
                    report("hits", found, RESULT_LIMIT)
                return found

            self._task = self.jobs.start(work, f"Searching for {text!r}", owner=self, quiet=True, cancel_on_close=True,
                                         on_finished=lambda _found: self._searched(text),
                                         on_failed=lambda message: self._search_failed(message))
            self._task.sig_progress.connect(self._on_search_progress)
        self._update_buttons()

    def _on_search_progress(self, *_: object) -> None:
        """A page was handed over. A bound method, not a lambda: Qt drops the connection with the view, so a
        progress signal still queued when the view goes reaches nothing."""
        self._list_pages()

    def _stop_search(self) -> None:
        """Cancel the search running (its handlers are forgotten) and drop the pages it left."""
        if self._task is not None:
            self.jobs.cancel(self._task, forget=True)
            self._task.sig_progress.disconnect()
            self._task = None
        self._pages = queue.SimpleQueue()
        self._provisional = False
        self._drop_quick()

    def _drop_quick(self) -> None:
        """The quick hits not listed yet are not wanted any more (the ranked came, or the search ended)."""
        self._quick = None
        self._quick_timer.stop()

    def _list_pages(self) -> None:
        """List the pages handed over: the quick hits wait a moment; the first ranked page replaces them."""
        while not self._pages.empty():
            ranked, hits = self._pages.get()
            if not ranked:
                self._quick = hits
                self._quick_timer.start()
                continue
            self._drop_quick()
            if self._provisional:
                self._replace_quick(hits)
            else:
                self.model.add_hits(hits)
        self._update_buttons()
        self._open_best_hit()

    def _replace_quick(self, hits: list[Hit]) -> None:
        """The ranked page takes the quick hits' place; a hit the analyst picked meanwhile stays picked.

        The document it opened stays open either way; only the list's highlight is carried over, without
        opening it again (the row signals are held), and an Enter pressed before is spent on that pick."""
        current = self.list.currentIndex()
        picked = self.model.hits[current.row()].doc_id if current.isValid() else None
        self.model.set_hits(hits)
        self._provisional = False
        rows = [row for row, hit in enumerate(hits) if hit.doc_id == picked]
        if picked is not None:
            self._open_best = False
        if rows:
            with QSignalBlocker(self.list.selectionModel()):
                self.list.setCurrentIndex(self.model.index(rows[0], 0))
            self.list.viewport().update()

    def _list_quick(self) -> None:
        """The ranked hits are late: list the quick ones meanwhile."""
        if self._quick is not None and not self.model.hits:
            self.model.set_hits(self._quick)
            self._provisional = True
            self._update_buttons()
        self._quick = None

    def _searched(self, text: str) -> None:
        self._list_pages()
        self._drop_quick()
        if self._provisional:  # nothing ranked came (no match): the quick hits were none either
            self.model.set_hits([])
            self._provisional = False
        self._task = None
        self.count_label.setText(_count_text(text, len(self.model.hits)))
        self._open_best = False

    def _search_failed(self, message: str) -> None:
        self._task = None
        self.model.set_hits([])
        self.count_label.setText(f"Cannot search: {message}")
        self._open_best = False
        self._update_buttons()

    def _open_best_hit(self) -> None:
        """After Enter: open the best hit as soon as it is listed (unless the analyst picked one already)."""
        if self._open_best and self.model.hits and not self._provisional:
            self._open_best = False
            if not self.list.currentIndex().isValid():
                self.select_hit(0)

    def _open_hit(self, row: int) -> None:
        if 0 <= row < len(self.model.hits):
            doc_id = self.model.hits[row].doc_id
            self.echo.update(doc_ids={doc_id}, query=self._query)

    # -- selection ---------------------------------------------------------------------------
    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if self.echo.mine(origin):
            return
        if QUERY in changed and self.session.state.query != self._query:
            self._set_text(self.session.state.query)  # set elsewhere (a saved selection, "clear all")
            self._show(self.session.state.query)
        if FILTER_EVENT_IDS in changed and not self.session.state.filter_event_ids:
            self.note.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.narrow_button.setEnabled(bool(self.model.hits))
        self.clear_button.setEnabled(bool(self.session.state.filter_event_ids))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _count_text(text: str, hits: int) -> str:
    if not text.strip():
        return ""
    if hits == 0:
        return "No document matches"
    if hits >= RESULT_LIMIT:
        return f"The best {RESULT_LIMIT} matching documents"
    return "1 document matches" if hits == 1 else f"{hits} documents match"


if __name__ == "__main__":
    from explorer.gui.preview import run_preview

    panel = run_preview(SearchPanel, (420, 600))
