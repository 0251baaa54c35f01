"""The query bar: one line of fields and text that narrows every view.

The analyst types ``participant:"Marco Rubio" type:ORG outlet:ANI date:2026-01..2026-02
"critical minerals"``; field names and entity names (and each field's values) are
completed as they type (from sorted arrays: ``core.query_language.names``). Enter writes
the line to the one shared selection (``filter_query``), which the event lookup answers
for every view as it answers the checked entities and the time window; a line with free
text first has its full-text look-ups worked out in the background (the window's Jobs).
A line that does not parse is not applied: the bar says where and what it expected, and
puts the cursor there. Escape (or the clear button) empties the line and brings every
event back. *Save…* keeps the line under a name (an analyst's edit, undoable).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from explorer.core.edits import decisions
from explorer.core.query_language import FIELDS, QuerySyntaxError, format_term, parse
from explorer.core.query_language.syntax import token_at
from explorer.core.selection import FILTER_QUERY
from explorer.gui.echo import Echo
from explorer.gui.jobs import Jobs
from explorer.gui.session import Session
from explorer.gui.task import Task

PLACEHOLDER = 'Query — participant:"Marco Rubio" type:ORG outlet:ANI date:2026-01..2026-02 "a phrase"'
COMPLETIONS = 20  # names offered at a time
ERROR_STYLE = "color: #b71c1c"


class QueryBar(QWidget):
    """The line, its completion, its message and the Save button."""

    sig_applied = Signal(str)  # the line now narrowing the views ("" when cleared)

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs or Jobs(self)
        self.echo = Echo(self)
        self._task: Task | None = None
        self._warmed: object = None  # the query context worked out ahead (``_warm``)
        self.edit = QLineEdit(placeholderText=PLACEHOLDER, clearButtonEnabled=True)
        self.edit.setObjectName("query-line")
        self.edit.setToolTip("Fields: " + ", ".join(f"{name}:" for name in FIELDS) + ' — "quotes" for a value with'
                             ' spaces or a phrase, -field:value to leave out, date:2026-01..2026-02 for a range.'
                             " Enter applies, Escape clears.")
        self.edit.returnPressed.connect(self.apply)
        self.edit.textEdited.connect(self._complete)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self.completer))
        self.completer.setWidget(self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._insert_completion)
        self.message = QLabel()
        self.message.setObjectName("query-message")
        self.save_button = QPushButton("Save…")
        self.save_button.setToolTip("Keep this query under a name (listed in the Facets panel)")
        self.save_button.clicked.connect(self.ask_save)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        session.sig_selection_changed.connect(self._on_selection_changed)
        session.sig_workspace_loaded.connect(lambda: self._show_line(session.state.filter_query))
        self._completing: tuple[int, str | None, int] = (0, None, 0)  # the token completed: start, field, cursor

    # -- applying ------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Narrow every view to the line (Enter). False when it does not parse (the message says where)."""
        line = self.edit.text().strip()
        try:
            parse(line)
        except QuerySyntaxError as exc:
            self._say(f"⚠ {exc}", error=True)
            self.edit.setCursorPosition(max(exc.column - 1, 0))
            return False
        context = self.session.query_context
        if line and context.needs_text(line):
            self._say("Searching the text…")
            self._cancel()
            self._task = self.jobs.start(lambda report, should_cancel: context.prepare(line, should_cancel),
                                         f"Query {line!r}", owner=self, quiet=True, cancel_on_close=True,
                                         on_finished=lambda _result: self._narrow(line),
                                         on_failed=lambda message: self._say(f"⚠ {message}", error=True))
            return True
        self._narrow(line)
        return True

    def wait(self) -> None:
        """Block until a query's text look-ups are done and applied (scripts and tests)."""
        if self._task is not None:
            self.jobs.wait(self._task)
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.sendPostedEvents()

    def clear(self) -> None:
        """Escape: an empty line, every event back in view."""
        self._cancel()
        self.completer.popup().hide()
        self.edit.clear()
        self._narrow("")

    def _narrow(self, line: str) -> None:
        self._task = None
        self.echo.update(filter_query=line)
        self._say_count()
        self.sig_applied.emit(line)

    def _cancel(self) -> None:
        if self._task is not None:
            self.jobs.cancel(self._task, forget=True)
            self._task = None

    def _say_count(self) -> None:
        line = self.session.state.filter_query
        if not line:
            self._say("")
            return
        count = int(self.session.event_lookup.mask(self.session.state).sum())
        notes = self.session.query_context.notes(line) if not count else []  # (why nothing is left, when it is not)
        said = f"{count:,} event{'s' if count != 1 else ''}"
        self._say(said + (f" — {'; '.join(notes)}" if notes else ""))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setToolTip(text)

    # -- the selection -------------------------------------------------------------------------
    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if FILTER_QUERY in changed and not self.echo.mine(origin):
            self._show_line(self.session.state.filter_query)  # a facet, a saved query, Clear Selection and Filters

    def _show_line(self, line: str) -> None:
        if self.edit.text().strip() != line:
            with self.echo.applying(self.edit):
                self.edit.setText(line)
        self._say_count()

    def _on_text_changed(self, text: str) -> None:
        if not text and self.session.state.filter_query and not self.echo.active:
            self._narrow("")  # the clear button

    # -- keys and completion ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            self._warm()
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            if self.completer.popup().isVisible():
                self.completer.popup().hide()
            else:
                self.clear()
            return True
        return super().eventFilter(watched, event)

    def _warm(self) -> None:
        """The analyst is about to query: what the fields and completion read is worked out in the background,
        once per version of the tables (at a million events ~1 s of arrays the first query would wait for)."""
        context = self.session.query_context
        if context is not self._warmed:
            self._warmed = context
            self.jobs.start(lambda report, should_cancel: context.warm(should_cancel), "Preparing the query bar",
                            owner=self, quiet=True, cancel_on_close=True)

    def _complete(self, text: str) -> None:
        """Offer field names while a field's name is typed, and its values (entity names…) after its ':'."""
        cursor = self.edit.cursorPosition()
        start, field, typed = token_at(text, cursor)
        if field is None:
            offered = [f"{name}:" for name in FIELDS if typed and name.startswith(typed.lower()) and typed != name]
        elif field == "participant":
            offered = self.session.query_context.completion().complete(typed, COMPLETIONS) if typed else []
        elif field in FIELDS:
            folded = typed.casefold()
            offered = [v for v in self.session.query_context.values_of(field) if v.casefold().startswith(folded)]
            offered = offered[:COMPLETIONS]
        else:
            offered = []
        self._completing = (start, field, cursor)
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(offered)
        if offered:
            self.completer.complete(self.edit.rect())
        else:
            self.completer.popup().hide()

    def _insert_completion(self, chosen: str) -> None:
        """Put the chosen completion in place of the token being typed (a value quoted when it needs it)."""
        start, field, cursor = self._completing  # (as typed: the popup's keys may have moved the line's cursor)
        text = self.edit.text()
        negated = text[start - 1:start] == "-" if start else False
        replacement = chosen if field is None else format_term(field, chosen)
        if field is not None:
            replacement += " "
        if negated:
            start -= 1
            replacement = "-" + replacement
        self.edit.setText(text[:start] + replacement + text[cursor:])
        self.edit.setCursorPosition(start + len(replacement))

    # -- saved queries ---------------------------------------------------------------------------
    def ask_save(self) -> None:
        """Ask for a name and keep the line under it."""
        line = self.edit.text().strip()
        if not line:
            self._say("Type a query to save it")
            return
        name, ok = QInputDialog.getText(self, "Save Query", "Name:", text=line[:40])
        if ok and name.strip():
            self.save(name.strip(), line)

    def save(self, name: str, line: str) -> bool:
        """Keep ``line`` under ``name`` in the workspace (an edit: undoable, kept through re-extraction)."""
        return self.session.do_edit(decisions.save_query(name, line))
