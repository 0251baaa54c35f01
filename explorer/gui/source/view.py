"""The source pane: one document's stored text with what extraction found in it.

A header names the document (title, outlet, publication date and where that date
came from); below it the text, read-only, with entity mentions on their type's
colour, time expressions underlined (their resolved value as a tooltip), page
furniture dimmed, the selected events' sentences on a yellow ground, the
selected entities' mentions in a strong colour and the matches of the current
search (the selection's ``query``) and of the query bar's free text in bold on amber. Clicking a mention selects
its entity in the shared selection. Selecting an entity elsewhere opens the
document of its first mention; ``step_mention`` (F3, Shift+F3 in the window)
walks on through its mentions in every document (``mention_walk``). An entity's
many mentions (the busiest of a million events has 270,105) are read for the walk
in the job runner (``walk_reading``): the gesture's first part is done at once,
the rest once they are read.

Offsets in the tables are Python ``str`` indices; Qt counts UTF-16 code units
(``text.TextOffsets`` converts both ways). Each highlight also stores its kind and row id as a text-format property, so
``highlighted_ranges`` reads back what the document really shows.
"""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.dates import event_date_words
from explorer.core.review.copies import published_by_lines
from explorer.core.query_language import free_text
from explorer.core.selection import DOC_IDS, ENTITY_IDS, EVENT_IDS, FILTER_QUERY, QUERY
from explorer.core.store.search import match_spans
from explorer.gui.echo import Echo
from explorer.gui.jobs import Jobs, jobs_of_its_own
from explorer.gui.source.document_list import DocumentListModel
from explorer.gui.entity_types import (
    display_name,
    furniture_color,
    sentence_color,
    strong_colors,
    timex_color,
    type_colors,
    type_order,
    type_tooltip,
)
from explorer.gui.session import Session
from explorer.gui.source.mention_walk import MentionWalk
from explorer.gui.source.origin import origin_line, page_starts
from explorer.gui.source.text import DocumentRows, SourceText, TextOffsets, qt_text
from explorer.gui.source.walk_reading import WalkReading
from explorer.gui.triage.mark_actions import MarkActions, Picked

KINDS = ("mention", "timex", "furniture", "sentence", "trigger", "selected-entity", "search")
_PROPERTY = {kind: QTextFormat.Property.UserProperty + 1 + i for i, kind in enumerate(KINDS)}

SEARCH_BACKGROUND = QColor("#ffc400")  # amber: apart from the pale sentence yellow and every entity colour
SEARCH_FOREGROUND = QColor("#000000")

BASIS_TEXT = {"metadata": "metadata", "dateline": "dateline", "content": "dated content",
              "corpus": "dateline, year from the corpus", "analyst": "corrected by you; Edit ▸ Undo to restore"}


class SourcePane(QWidget):
    """Shows the document being read, linked to the shared selection."""

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs or jobs_of_its_own(self)
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        self._doc_id: str | None = None
        self._offsets = TextOffsets("")
        self._by_doc: dict[str, DocumentRows] = {}  # per table: where each document's rows are
        self._rows_here: dict[str, pd.DataFrame | None] = {}  # the shown document's rows, per table
        self._combo_documents: pd.DataFrame | None = None  # the documents table the combo lists
        self._origin = ("", [])  # the shown document's place in its file and its pages' start offsets
        self._copies: tuple[object, dict[str, str]] = (None, {})  # (documents table, its published-by lines)
        self.walk = MentionWalk()
        # a selected entity's many mentions are read for the walk in the job runner (``walk_reading``)
        self.walk_reading = WalkReading(self.walk, self.jobs, self, self._mention_count, self._walk_failed)
        self._steps_waiting = 0  # F3 / Shift+F3 pressed while the walk's mentions were read: taken once read
        self._walk_error = ""
        self._build_widgets()
        self.session.on_tables(self.rebuild, {"documents", "mentions", "timexes", "furniture", "entities", "events"},
                               changed=self._on_tables_changed)
        self.session.sig_selection_changed.connect(self._on_selection_changed)
        # S, F, R anywhere in the pane mark the document read; so does the document list's context menu
        self.marks = MarkActions(session, self, self._picked, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.combo.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.combo.customContextMenuRequested.connect(self._show_marks_menu)
        self.session.sig_triage_changed.connect(lambda: self._documents_model.set_marks(self.session.marks))
        self.rebuild()

    # -- public ----------------------------------------------------------------------------
    def current_doc_id(self) -> str | None:
        """The id of the document shown, or None when there is none."""
        return self._doc_id

    def _picked(self) -> Picked:
        return "documents", [] if self._doc_id is None else [self._doc_id], {}

    def _show_marks_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self.marks.add_to_menu(menu)
        menu.exec(self.combo.mapToGlobal(position))

    def rebuild(self, keep_text: bool = False) -> None:
        """Reload from the session: the document list, lookups, and the document to show.

        ``keep_text`` (after an edit that left the documents as they were): when the document to show
        is the one shown, its text, header and scroll stay and only its highlights are drawn again.
        """
        tables = self.session.tables
        kept = self._by_doc  # an edit's new tables keep the order of rows found for the old ones where it still holds
        self._by_doc = {name: kept[name].over(tables[name]) if name in kept else DocumentRows(tables[name])
                        for name in ("timexes", "furniture", "events")}
        self.walk.reset(self.session.mentions, self.session.documents.index)
        self._rows_here = {}
        self._fill_combo()
        shown, self._doc_id = self._doc_id, None
        state = self.session.state
        ids, mention, shown_then = state.entity_ids, None, None
        fixed = self._doc_for_events(state.event_ids) or self._first_doc(state.doc_ids)
        walks_now = self._walk_ready(ids, lambda: self._walked_later(ids, fixed is not None, shown_then,
                                                                      in_doc=False, show_mention=False))
        if walks_now:
            mention = self.walk.start(ids)
        else:  # (its first mention's document once read: meanwhile the one shown stays)
            shown = shown if shown in self.session.documents.index else None
        target = (fixed or (None if mention is None else str(mention["doc_id"]))
                  or (None if walks_now else shown) or self._first_doc(self.session.documents.index))
        if keep_text and target is not None and target == shown:
            self._doc_id = shown
            self._redraw_highlights()
        else:
            self.show_document(target)
        shown_then = self._doc_id
        self._scroll_to_focus()
        self._show_walk()

    def _on_tables_changed(self, names: frozenset[str]) -> None:
        """An edit. Only the documents (a date correction) change the text or its header: an edit of
        entities, their mentions or events draws the highlights of the document shown again, over the
        rows found anew (a merge at a million events: the text, its header and the list of documents
        laid out again were a third of its cost); names, types or hiding of entities redraw alone."""
        if names <= {"entities"}:
            self._redraw_highlights()
            self._show_walk()
        else:
            self.rebuild(keep_text=not names & {"documents", "timexes", "furniture"})

    def _redraw_highlights(self) -> None:
        """The shown document's highlights and legend drawn again from the tables in force (its text kept)."""
        self._rows_here = {}
        self.legend.setText(self._legend_html())
        self.legend.setToolTip(self._legend_tip())
        self.legend.setVisible(bool(self.legend.text()))
        self.restyle()

    def show_document(self, doc_id: str | None) -> None:
        """Show a document (its text, header and highlights); None shows nothing."""
        if doc_id is not None and doc_id not in self.session.documents.index:
            doc_id = None
        self._doc_id = doc_id
        self._rows_here = {}
        text = "" if doc_id is None else str(self.session.documents.at[doc_id, "text"])
        self._offsets = TextOffsets(text)
        self.text.setPlainText(qt_text(text))
        self._set_combo(doc_id)
        self.header.setText(self._header_html(doc_id))
        self._set_origin(doc_id)
        self._redraw_highlights()

    def highlighted_ranges(self, kind: str) -> list[tuple[int, int]]:
        """(start, end) Python offsets of every highlight of ``kind`` shown now, in text order."""
        if kind not in _PROPERTY:
            raise ValueError(f"unknown highlight kind {kind!r}; one of {', '.join(KINDS)}")
        return self.text.property_ranges(_PROPERTY[kind], self._offsets)

    def click_offset(self, offset: int) -> str | None:
        """Do what a click on the character at ``offset`` does: select the entity mentioned there;
        elsewhere, the event whose trigger is there, else every event of the sentence.

        Returns the entity id selected, or None when no mention covers ``offset``.
        """
        mention = self._mention_at(offset)
        if mention is None:
            if event_ids := self._events_at(offset):
                self.echo.update(event_ids=set(event_ids))
                self.restyle()
            return None
        entity_id, mention_id = str(mention["entity_id"]), str(mention["mention_id"])
        self.echo.update(entity_ids={entity_id})
        if self._walk_ready({entity_id}, lambda: self._walk_at(entity_id, mention_id)):
            self.walk.start({entity_id}, at_mention=mention_id)  # F3 goes on from the one clicked
        self.restyle()
        self._show_walk()
        return entity_id

    def step_mention(self, by: int = 1) -> str:
        """Show the selected entities' next mention (``by=-1``: the previous one), in whichever document holds it.

        The walk wraps round at either end. Returns what the pane then says
        ("Marco Rubio: mention 3 of 12"), or "" when no selected entity is mentioned.
        """
        if self.walk_reading.reading is not None:  # taken once the mentions are read
            self._steps_waiting += by
            return self.walk_label.text()
        mention = self.walk.step(by)
        if mention is None:
            return ""
        doc_id = str(mention["doc_id"])
        if doc_id != self._doc_id:
            self.show_document(doc_id)
            self.echo.update(doc_ids={doc_id})  # the document being read, as the list does
        self._show_mention(mention)
        return self.walk_label.text()

    def open_mention(self, entity_id: str, mention_id: str) -> str:
        """Show one mention of an entity (a row of the entity page): its document, scrolled to it and selected,
        the entity selected everywhere and the walk set there, so F3 goes on from it. Returns what the walk's
        line says ("Marco Rubio: mention 3 of 12"), "" when the entity has no such mention."""
        self.echo.update(entity_ids={entity_id})
        if not self._walk_ready({entity_id}, lambda: self._open_walked(entity_id, mention_id)):
            self._show_walk()
            return self.walk_label.text()
        return self._open_walked(entity_id, mention_id)

    def _open_walked(self, entity_id: str, mention_id: str) -> str:
        """``open_mention`` once the entity's mentions are held."""
        mention = self.walk.start({entity_id}, at_mention=mention_id)
        if mention is None or str(mention["mention_id"]) != mention_id:
            self._show_walk()
            return ""
        doc_id = str(mention["doc_id"])
        if doc_id != self._doc_id:
            self.show_document(doc_id)
        else:
            self.restyle()
        self.echo.update(doc_ids={doc_id})  # the document being read, as the list does
        self._show_mention(mention)
        return self.walk_label.text()

    def walked_mention_id(self) -> str | None:
        """The id of the mention the walk is at (the one F3 last showed), or None."""
        mention = self.walk.current()
        return None if mention is None else str(mention["mention_id"])

    def restyle(self) -> None:
        """Apply every highlight again (after a selection or palette change), keeping the scroll."""
        bar = self.text.verticalScrollBar()
        scroll = bar.value()
        document = self.text.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:  # an edit block left open stops the text's layout: the pane would stay blank for good
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
            self.text.outlines = []
            self.text.outline_color = self.palette().color(QPalette.ColorRole.Text)
            if self._doc_id is not None:
                self._style_all(cursor)
        finally:
            cursor.endEditBlock()
        bar.setValue(scroll)
        self.text.viewport().update()

    # -- building --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.setToolTip("Document to read")
        self._documents_model = DocumentListModel(self.combo)  # the documents listed from the table's columns
        self.combo.setModel(self._documents_model)
        self.combo.activated.connect(self._on_combo_activated)
        self.header = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.origin = QLabel(textFormat=Qt.TextFormat.PlainText, visible=False)
        self.origin.setToolTip("Where this text is in its file: the archive member, message or row, and the page "
                               "of the mention shown (else of the top of the view)")
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.walk_label = QLabel(textFormat=Qt.TextFormat.PlainText, visible=False)
        self.walk_label.setToolTip("F3: next mention · Shift+F3: previous, in every document")
        self.text = SourceText()
        self.text.setReadOnly(True)
        self.text.document().setUndoRedoEnabled(False)
        self.text.document().setDocumentMargin(8)
        self.text.viewport().installEventFilter(self)
        self.text.viewport().setMouseTracking(True)
        self.text.cursorPositionChanged.connect(self._show_origin)
        self.text.verticalScrollBar().valueChanged.connect(self._show_origin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.header)
        layout.addWidget(self.origin)
        layout.addWidget(self.legend)
        layout.addWidget(self.walk_label)
        layout.addWidget(self.text, 1)

    def _fill_combo(self) -> None:
        """The document list, filled again only for another documents table (an edit of entities or events
        leaves it: refilling 20,000 titles was two thirds of an undo at a million events)."""
        if self.session.documents is self._combo_documents and self.combo.count():
            return
        self._combo_documents = self.session.documents
        with self.echo.applying(self.combo):
            self._documents_model.set_documents(self.session.documents, self._published_by)
            self._documents_model.set_marks(self.session.marks)
            self.combo.setEnabled(self.combo.count() > 0)

    def _set_combo(self, doc_id: str | None) -> None:
        with self.echo.applying(self.combo):
            self.combo.setCurrentIndex(self._documents_model.row_of(doc_id))  # (not findData: a pass over every row)

    def _set_origin(self, doc_id: str | None) -> None:
        """Keep the shown document's origin and page starts (older workspaces have neither column)."""
        row = None if doc_id is None else self.session.documents.loc[doc_id]
        origin = "" if row is None else str(row.get("origin", "") or "")
        pages = page_starts(None if row is None else row.get("pages"))
        if row is not None and not pages and str(row["name"]).endswith(origin):
            origin = ""  # the header's name already says "articles.csv ▸ row 14"; a page needs the line
        self._origin = (origin, pages)
        self._show_origin()

    def _show_origin(self) -> None:
        """The origin line for the mention or text selected, else for the top of the view."""
        cursor = self.text.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else \
            self.text.cursorForPosition(QPoint(0, 0)).position()
        line = origin_line(*self._origin, self._offsets.to_py(position))
        self.origin.setText(line)
        self.origin.setVisible(bool(line))

    def _header_html(self, doc_id: str | None) -> str:
        if doc_id is None:
            return "<i>No document</i>"
        row = self.session.documents.loc[doc_id]
        title = html.escape(str(row["title"]) or str(row["name"]))
        parts = [html.escape(str(row["source"]))] if row["source"] else []
        if row["published"]:
            basis = BASIS_TEXT.get(str(row["published_basis"]), str(row["published_basis"]))
            basis = f" ({html.escape(basis)})" if basis else ""
            parts.append(f"published {html.escape(str(row['published']))}{basis}")
        else:
            parts.append("publication date unknown")
        dim = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText).name()
        name = f"<span style='color:{dim}'>{html.escape(str(row['name']))}</span>"
        return f"<b>{title}</b><br>{' · '.join(parts)} · {name}{self._copies_html(doc_id, row)}"

    def _copies_html(self, doc_id: str, row) -> str:
        """Who else published this story (its near-duplicates), or which story this copy repeats."""
        documents = self.session.documents
        original = str(row["copy_of"])
        if original and original in documents.index:
            kept = documents.loc[original]
            return (f"<br><i>a copy of {html.escape(str(kept['title']) or str(kept['name']))}"
                    f"{' (' + html.escape(str(kept['source'])) + ')' if kept['source'] else ''}: "
                    "its events are read from that document</i>")
        line = self._published_by().get(doc_id, "")
        return f"<br><i>{html.escape(line)}</i>" if line else ""

    def _published_by(self) -> dict[str, str]:
        """"also published by …" of every document with copies, made once per documents table (showing a
        document looked its copies up over every document's row)."""
        documents = self.session.documents
        if self._copies[0] is not documents:
            self._copies = (documents, published_by_lines({
                "doc_id": documents.index, "copy_of": documents["copy_of"],
                "source": documents["source"], "name": documents["name"]}))
        return self._copies[1]

    def _legend_html(self) -> str:
        rows = self._rows("mentions")
        chips = []
        for type_ in type_order(rows["type"]) if rows is not None else []:
            background, foreground = type_colors(type_, self.palette())
            chips.append(f"<span style='background-color:{background.name()}; color:{foreground.name()}'>"
                         f"&nbsp;{html.escape(display_name(type_)).replace(' ', '&nbsp;')}&nbsp;</span>")
        if self._rows("timexes") is not None:
            chips.append(f"<span style='text-decoration:underline; color:{timex_color(self.palette()).name()}'>"
                         "time</span>")
        if self._rows("furniture") is not None:
            chips.append(f"<span style='color:{furniture_color(self.palette()).name()}'>page furniture</span>")
        return " ".join(chips)

    def _legend_tip(self) -> str:
        """The legend's types with what the model files under them and their codes (GPE…), one a line."""
        rows = self._rows("mentions")
        return "\n".join(type_tooltip(t) for t in type_order(rows["type"])) if rows is not None else ""

    # -- highlights ------------------------------------------------------------------------
    def _rows(self, table: str) -> pd.DataFrame | None:
        """The shown document's rows of a table in text order (None if it has none), kept while it is shown.
        Its mentions are read for it (``session.mentions``: by the document's id, through the file's index)."""
        if table not in self._rows_here:
            if self._doc_id is None:
                self._rows_here[table] = None
            elif table == "mentions":
                self._rows_here[table] = self.session.mentions.of_document(self._doc_id)
            else:
                rows = self._by_doc.get(table)
                self._rows_here[table] = None if rows is None else rows.of(self._doc_id)
        return self._rows_here[table]

    def _apply(self, cursor: QTextCursor, kind: str, key: str, start: int, end: int, fmt: QTextCharFormat) -> None:
        fmt.setProperty(_PROPERTY[kind], key)
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _style_all(self, cursor: QTextCursor) -> None:
        """Later highlights merge over earlier ones: the selection and the search stay visible on a mention."""
        self._style_sentences(cursor)
        self._style_triggers(cursor)
        self._style_mentions(cursor)
        self._style_timexes(cursor)
        self._style_furniture(cursor)
        self._style_selected_entities(cursor)
        self._style_search(cursor)

    def _style_sentences(self, cursor: QTextCursor) -> None:
        for event_id, start, end in self._selected_events_here():
            fmt = QTextCharFormat()
            fmt.setBackground(sentence_color(self.palette()))
            self._apply(cursor, "sentence", event_id, start, end, fmt)

    def _style_triggers(self, cursor: QTextCursor) -> None:
        """Each event's trigger in bold, its date in the tooltip: a sentence may report several events,
        and each is reachable from the word that names it."""
        rows = self._rows("events")
        for row in rows.itertuples(index=False) if rows is not None else ():
            if not row.trigger_end > row.trigger_start:
                continue
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            when = event_date_words(row.date_start, row.date_end, row.date_basis)
            fmt.setToolTip(f"<b>{html.escape(row.trigger)}</b> — {html.escape(when)}<br><i>click to select this event</i>")
            self._apply(cursor, "trigger", str(row.event_id), int(row.trigger_start), int(row.trigger_end), fmt)

    def _style_mentions(self, cursor: QTextCursor) -> None:
        rows = self._rows("mentions")
        for row in rows.itertuples(index=False) if rows is not None else ():
            type_ = self.session.entity_types.get(row.entity_id, row.type)
            background, foreground = type_colors(type_, self.palette())
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            fmt.setForeground(foreground)
            fmt.setToolTip(self._mention_tip(row.entity_id, type_, row.text))
            self._apply(cursor, "mention", row.mention_id, row.start, row.end, fmt)

    def _style_timexes(self, cursor: QTextCursor) -> None:
        rows = self._rows("timexes")
        for row in rows.itertuples(index=False) if rows is not None else ():
            fmt = QTextCharFormat()
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(timex_color(self.palette()))
            fmt.setToolTip(self._timex_tip(row))
            self._apply(cursor, "timex", row.timex_id, row.start, row.end, fmt)

    def _style_furniture(self, cursor: QTextCursor) -> None:
        rows = self._rows("furniture")
        for row in rows.itertuples(index=False) if rows is not None else ():
            fmt = QTextCharFormat()
            fmt.setForeground(furniture_color(self.palette()))
            fmt.setToolTip(f"Page furniture ({html.escape(row.kind)}): not part of the article")
            self._apply(cursor, "furniture", f"{row.start}-{row.end}", row.start, row.end, fmt)

    def _style_selected_entities(self, cursor: QTextCursor) -> None:
        rows = self._rows("mentions")
        selected = self.session.state.entity_ids
        if rows is None or not selected:
            return
        for row in rows[rows["entity_id"].isin(selected)].itertuples(index=False):
            self.text.outlines.append((self._offsets.to_qt(row.start), self._offsets.to_qt(row.end)))
            background, foreground = strong_colors(self.session.entity_types.get(row.entity_id, row.type))
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            fmt.setForeground(foreground)
            fmt.setFontWeight(QFont.Weight.Bold)
            self._apply(cursor, "selected-entity", row.mention_id, row.start, row.end, fmt)

    def _style_search(self, cursor: QTextCursor) -> None:
        """The search panel's terms and the query bar's free text ("critical minerals") marked alike: what the
        analyst looked for, wherever the document holds it."""
        text = str(self.session.documents.at[self._doc_id, "text"])
        state = self.session.state
        spans = {span for query in [state.query, *free_text(state.filter_query)] if query
                 for span in match_spans(text, query)}
        for start, end in sorted(spans):
            fmt = QTextCharFormat()
            fmt.setBackground(SEARCH_BACKGROUND)
            fmt.setForeground(SEARCH_FOREGROUND)
            fmt.setFontWeight(QFont.Weight.Bold)
            self._apply(cursor, "search", f"{start}-{end}", start, end, fmt)

    def _mention_tip(self, entity_id: str, type_: str, text: str) -> str:
        name = self.session.entity_names.get(entity_id, entity_id)
        lines = [f"<b>{html.escape(name)}</b>", f"{html.escape(display_name(type_))} ({html.escape(type_)})"]
        if text != name:
            lines.append(f"here as “{html.escape(text)}”")
        lines.append("<i>click to select</i>")
        return "<br>".join(lines)

    @staticmethod
    def _timex_tip(row) -> str:
        lines = [f"<b>{html.escape(row.text)}</b> — {html.escape(row.type)}",
                 f"value {html.escape(row.value or '?')}"]
        if row.date_start:
            span = row.date_start if row.date_start == row.date_end else f"{row.date_start} to {row.date_end}"
            lines.append(f"{span} ({html.escape(row.basis)})")
        else:
            lines.append("not resolved to a date")
        return "<br>".join(lines)

    # -- lookups ---------------------------------------------------------------------------
    def _mention_at(self, offset: int):
        rows = self._rows("mentions")
        if rows is None:
            return None
        hits = rows[(rows["start"] <= offset) & (rows["end"] > offset)]
        return None if hits.empty else hits.iloc[0]

    def _events_at(self, offset: int) -> list[str]:
        """The event whose trigger covers ``offset``, else the events of the sentence holding it."""
        rows = self._rows("events")
        if rows is None:
            return []
        on_trigger = rows[(rows["trigger_start"] <= offset) & (rows["trigger_end"] > offset)]
        hits = on_trigger if len(on_trigger) else rows[(rows["start"] <= offset) & (rows["end"] > offset)]
        return [str(e) for e in hits["event_id"]]

    def _selected_events_here(self) -> list[tuple[str, int, int]]:
        """(event id, sentence start, sentence end) of the selected events in this document, read cell by cell:
        a whole row of the events' frame makes pandas hash every categorical column's categories to find the
        row's dtype (the first selection at ten million events took 0.34 s of 0.44 s doing it)."""
        ids = sorted(self.session.state.event_ids)
        events = self.session.events
        rows = self.session.event_lookup.positions_of(ids)  # (the lookup's ids' order: no hash table over them all)
        docs, starts, ends, found = events["doc_id"], events["start"], events["end"], events["event_id"]
        return [(str(found.iat[row]), int(starts.iat[row]), int(ends.iat[row])) for row in rows.tolist()
                if docs.iat[row] == self._doc_id]

    def _first_doc(self, doc_ids) -> str | None:
        wanted = set(doc_ids)
        return next((d for d in self.session.documents.index if d in wanted), None)

    def _doc_for_events(self, event_ids) -> str | None:
        """The document of the first selected event (the current one if it holds any)."""
        docs_of = self.session.events["doc_id"]
        docs = [docs_of.iat[row] for row in self.session.event_lookup.positions_of(event_ids).tolist()]
        if self._doc_id in docs:
            return self._doc_id
        return self._first_doc(docs)

    # -- selection ---------------------------------------------------------------------------
    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if self.echo.mine(origin):
            return
        ids, mention, fixed, shown_then = self.session.state.entity_ids, None, False, None
        if ENTITY_IDS in changed:
            if self._walk_ready(ids, lambda: self._walked_later(ids, fixed, shown_then, in_doc=True,
                                                                 show_mention=True)):
                mention = self.walk.start(ids, in_doc=self._doc_id)
        target = self._target_for(changed, mention)
        fixed = target is not None  # (read when the walk's mentions come: no document of theirs then)
        if target is not None and target != self._doc_id:
            self.show_document(target)
        elif changed & {EVENT_IDS, ENTITY_IDS, QUERY, FILTER_QUERY}:
            self.restyle()
        shown_then = self._doc_id
        self._show_walk()
        if mention is not None and target == mention["doc_id"]:
            self._show_mention(mention)
        elif changed & {EVENT_IDS, ENTITY_IDS, DOC_IDS, QUERY, FILTER_QUERY}:
            self._scroll_to_focus(prefer_entity=EVENT_IDS not in changed,
                                  prefer_search=bool(changed & {QUERY, DOC_IDS, FILTER_QUERY}))

    def _target_for(self, changed: set[str], mention) -> str | None:
        """The document to show after a change made elsewhere: the selected events' first, the
        document chosen, else the selected entity's first mention (a document that never names
        the entity just selected would leave the reader nothing to read about it)."""
        state = self.session.state
        if EVENT_IDS in changed and (doc_id := self._doc_for_events(state.event_ids)):
            return doc_id
        if DOC_IDS in changed and self._doc_id not in state.doc_ids and (doc_id := self._first_doc(state.doc_ids)):
            return doc_id
        return None if mention is None else str(mention["doc_id"])

    def _show_mention(self, mention) -> None:
        """Scroll to the mention and select its text, so the one the walk is at stands out among the others."""
        start, end = int(mention["start"]), int(mention["end"])
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self._show_walk()  # first: the walk's line can appear and shorten the text above the mention
        self._scroll_to(start, end)

    def _show_walk(self) -> None:
        entity_ids = self.session.state.entity_ids
        names = self._names(entity_ids)
        if self.walk_reading.reading is not None:
            where = f"reading {self.walk_reading.count:,} mentions…"
        else:
            where = self.walk.describe() or self._walk_error or "not mentioned in any document"
        self.walk_label.setText(f"{names}: {where}" if entity_ids else "")
        self.walk_label.setVisible(bool(entity_ids))

    def _names(self, entity_ids) -> str:
        return ", ".join(sorted(self.session.names_of(entity_ids))) if len(entity_ids) <= 3 else \
            f"{len(entity_ids)} entities"

    # -- the walk read in the job runner ----------------------------------------------------
    def _walk_ready(self, entity_ids, when_read) -> bool:
        """True when the walk can start over ``entity_ids``' mentions at once (held, kept or few: the caller
        starts it); else they are read in the job runner and ``when_read()`` finishes the gesture then (not if
        another gesture started a walk meanwhile: the later one wins)."""
        self._steps_waiting, self._walk_error = 0, ""

        def read_then() -> None:
            when_read()
            steps, self._steps_waiting = self._steps_waiting, 0
            if steps:
                self.step_mention(steps)

        return self.walk_reading.start(entity_ids, read_then, f"Reading {self._names(entity_ids)}'s mentions")

    def _walked_later(self, entity_ids, fixed: bool, shown_then: str | None, in_doc: bool,
                      show_mention: bool) -> None:
        """The walk's mentions came from the job runner: the pane goes where the gesture would have taken it at
        once (the entities' first mention; with ``in_doc``, their first in the document read, if it names
        them), unless another document was chosen (``fixed``) or shown since (the reader stays there)."""
        mention = self.walk.start(entity_ids, in_doc=self._doc_id if in_doc else None)
        stayed = self._doc_id == shown_then
        if mention is not None and stayed and not fixed and str(mention["doc_id"]) != self._doc_id:
            self.show_document(str(mention["doc_id"]))
            if not show_mention:
                self._scroll_to_focus()
        if mention is not None and stayed and show_mention and str(mention["doc_id"]) == self._doc_id:
            self._show_mention(mention)
        self._show_walk()

    def _walk_at(self, entity_id: str, mention_id: str) -> None:
        """A mention clicked: once its entity's mentions are read, the walk is at it."""
        self.walk.start({entity_id}, at_mention=mention_id)
        self._show_walk()

    def _walk_failed(self, message: str) -> None:
        self._walk_error = f"could not read the mentions ({message})"
        self._show_walk()

    def _mention_count(self, entity_ids: frozenset[str]) -> int:
        """How many mentions the entities have, from the entities table's counts (one ``isin`` over its ids:
        1.3 ms at 82,835 entities, less than building a lookup once)."""
        entities = self.session.tables.get("entities")
        if entities is None or "mention_count" not in entities:
            return 0
        rows = entities["entity_id"].isin(entity_ids).to_numpy(dtype=bool)
        return int(entities["mention_count"].to_numpy()[rows].sum())

    def _scroll_to_focus(self, prefer_entity: bool = False, prefer_search: bool = False) -> None:
        """Bring the selected sentence (or the selected entity's first mention) into view;
        after a new search or document, its first search match."""
        sentences = self.highlighted_ranges("sentence")
        mentions = self.highlighted_ranges("selected-entity")
        order = (mentions, sentences) if prefer_entity else (sentences, mentions)
        if prefer_search:
            order = (self.highlighted_ranges("search"), *order)
        target = next((ranges[0] for ranges in order if ranges), None)
        if target is not None:
            self._scroll_to(*target)

    def _scroll_to(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_qt(start))
        top = self.text.cursorRect(cursor).top()
        cursor.setPosition(self._offsets.to_qt(end))
        bottom = self.text.cursorRect(cursor).bottom()
        height = self.text.viewport().height()
        margin = 2 * self.text.fontMetrics().lineSpacing()  # a target on the very edge reads as cut off
        if margin <= top and bottom <= height - margin:
            return  # already well in view
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + top - max(0, min(height // 4, height - (bottom - top))))

    def _on_combo_activated(self, index: int) -> None:
        doc_id = self.combo.itemData(index)
        if doc_id is None:
            return
        self.show_document(doc_id)
        self.echo.update(doc_ids={doc_id})

    # -- mouse -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text.viewport():
            if event.type() == QEvent.Type.MouseMove:
                over = self._offset_at(event.position().toPoint())
                on_mention = over is not None and self._mention_at(over) is not None
                if on_mention:
                    self.text.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
                else:
                    self.text.viewport().unsetCursor()
            elif event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
                offset = self._offset_at(event.position().toPoint())
                mention = None if offset is None else self._mention_at(offset)
                if mention is not None:  # a mention's page; elsewhere the text selects a word as usual
                    self.session.request_entity_page(str(mention["entity_id"]))
                    return True
            elif (event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
                  and not self.text.textCursor().hasSelection()):
                offset = self._offset_at(event.position().toPoint())
                if offset is not None:
                    self.click_offset(offset)
        return super().eventFilter(watched, event)

    def _offset_at(self, point: QPoint) -> int | None:
        return self.text.offset_at(point, self._offsets)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.legend.setText(self._legend_html())
            self.restyle()


if __name__ == "__main__":
    from explorer.gui.preview import run_preview

    pane = run_preview(SourcePane, (700, 600))
