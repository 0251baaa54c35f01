"""Small dialogs: keyboard shortcuts and About."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

SHORTCUTS = [
    ("Ctrl+O", "Open a workspace"),
    ("Ctrl+Shift+O", "Open a folder of articles (extracts it in the background)"),
    ("Ctrl+E", "Export the selected events (or all in view) as CSV"),
    ("Ctrl+Shift+A", "Clear the selection, checks and time window"),
    ("Home", "Timeline: fit all events"),
    ("Mouse wheel", "Timeline: zoom around the cursor"),
    ("Drag", "Timeline: pan"),
    ("Shift+drag", "Timeline: select a time window"),
    ("Escape", "Timeline: clear the time window"),
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
