"""Small dialogs: keyboard shortcuts, About, and asking for a corrected publication date."""

from __future__ import annotations

import calendar
import re

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

SHORTCUTS = [
    ("Ctrl+O", "Open a workspace"),
    ("Ctrl+Shift+O", "Open a folder of articles (extracts it in the background)"),
    ("Ctrl+E", "Export the selected events (or all in view) as CSV"),
    ("Ctrl+Shift+A", "Clear the selection, checks and time window"),
    ("Ctrl+F", "Search the documents"),
    ("Ctrl+L", "The query bar: fields and text over every view (Enter applies, Escape clears)"),
    ("F3", "Source: the selected entity's next mention, in any document"),
    ("Shift+F3", "Source: its previous mention"),
    ("S, F, R", "Events table (selected rows) or source pane (the document): star, flag, mark reviewed; again: undo it"),
    ("Double-click", "An entity (Entities list, graph node, mention in the source): open its page"),
    ("Ctrl+3", "Show the map of places"),
    ("Ctrl+4", "Show the entity page"),
    ("Alt+Left, Alt+Right", "Entity page: back, forward"),
    ("Ctrl+Z", "Undo the last edit (merge, rename, split, hide, type, date, note, tags, marks, saved views)"),
    ("Ctrl+Shift+Z", "Redo"),
    ("Home", "Timeline: fit all events"),
    ("Shift+Home", "Timeline: fit to the selected events, or to those the filters leave"),
    ("Mouse wheel", "Timeline: zoom around the cursor"),
    ("Drag", "Timeline: pan"),
    ("Shift+drag", "Timeline: select a time window"),
    ("Escape", "Timeline: clear the time window"),
    ("Drag the strip's mark", "Overview strip (above the lanes): pan the timeline; drag an edge to zoom"),
    ("Click, double-click", "Overview strip: centre the timeline there; show a bar's span"),
    ("Escape, Ctrl+W", "Compare sources: close the window"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
]


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{key}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for key, what in SHORTCUTS)
    return f"<table>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    QMessageBox.information(parent, "Keyboard shortcuts", shortcuts_html())


def show_about(parent: QWidget, version: str) -> None:
    QMessageBox.about(
        parent, "About Explorer",
        f"<h3>Explorer {version}</h3>"
        "<p>A timeline and relationship explorer for analysts who read news and reports: "
        "who did what, when and where, with every claim one click from its source.</p>"
        "<p>NLP by spaCy (en_core_web_sm); GUI by Qt (PySide6) and pyqtgraph.</p>",
    )


def ask_publication_date(parent: QWidget, doc_name: str, current: str) -> str | None:
    """A corrected reference date (ISO ``YYYY-MM-DD``, or "" for unknown), or None when cancelled.

    After a date that will not do, the dialog opens again on what was typed, so one wrong digit is
    corrected rather than the whole date typed again."""
    prompt = (f"Publication date of {doc_name} (YYYY-MM-DD; empty for unknown).\n"
              "Its relative dates (“on Wednesday”, “last month”) are resolved again against it.")
    while True:
        text, ok = QInputDialog.getText(parent, "Correct Publication Date", prompt, text=current)
        if not ok:
            return None
        text = text.strip()
        if not text:
            return ""
        problem = date_problem(text)
        if problem is None:
            return text
        QMessageBox.warning(parent, "Not a date", problem)
        current = text


ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def date_problem(text: str) -> str | None:
    """Why ``text`` is not a day written ``YYYY-MM-DD``, in words that tell the form from the calendar (a
    30 February is in the form: its day does not exist); None when it is one."""
    found = ISO_DAY.fullmatch(text)
    if found is None:
        return f"“{text}” is not a date like 2026-02-04."
    year, month, day = (int(part) for part in found.groups())
    if year < 1:
        return f"“{text}”: there is no year 0; the first is 0001."
    if not 1 <= month <= 12:
        return f"“{text}”: there is no month {month}; months run from 01 to 12."
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"“{text}”: {calendar.month_name[month]} {year} has no day {day}; it has {days} days."
    return None
