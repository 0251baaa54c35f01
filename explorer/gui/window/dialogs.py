"""Small dialogs: keyboard shortcuts, About, and asking for a corrected publication date."""

from __future__ import annotations

from datetime import date

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
    """A corrected reference date (ISO ``YYYY-MM-DD``, or "" for unknown), or None when cancelled."""
    prompt = (f"Publication date of {doc_name} (YYYY-MM-DD; empty for unknown).\n"
              "Its relative dates (“on Wednesday”, “last month”) are resolved again against it.")
    while True:
        text, ok = QInputDialog.getText(parent, "Correct Publication Date", prompt, text=current)
        if not ok:
            return None
        text = text.strip()
        if not text:
            return ""
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            QMessageBox.warning(parent, "Not a date", f"“{text}” is not a date like 2026-02-04.")
