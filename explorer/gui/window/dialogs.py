"""Small dialogs: keyboard shortcuts, About, and asking for a corrected publication date."""

from __future__ import annotations

import calendar
import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

# keys and gestures that no action of the window holds: the mouse, the views' own keys (the timeline's Home), the
# marks' keys (one action in each of three views, bound to that view) and the review window's; the window's menu
# shortcuts are read from its actions (``shortcut_rows``)
GESTURES = [
    ("S, F, R", "Events table or timeline (the selected events) or source pane (the document): star, flag, mark "
                "reviewed; again: undo it"),
    ("Double-click", "An entity (Entities list, graph node, mention in the source): open its page"),
    ("Alt+Left, Alt+Right", "Entity page: back, forward"),
    ("Home", "Timeline: fit all events"),
    ("Shift+Home", "Timeline: fit to the selected events, or to those the filters leave"),
    ("Mouse wheel", "Timeline: zoom around the cursor"),
    ("Drag", "Timeline: pan"),
    ("Shift+drag", "Timeline: select a time window"),
    ("Escape", "Timeline: clear the time window"),
    ("Drag the strip's mark", "Overview strip (above the lanes): pan the timeline; drag an edge to zoom"),
    ("Click, double-click", "Overview strip: centre the timeline there; show a bar's span"),
    ("Escape, Ctrl+W", "Compare sources: close the window"),
]


def shortcut_rows(window: QWidget | None) -> list[tuple[str, str]]:
    """The F1 list: each action of ``window`` that has keys (its keys, what it does), in the order the menus
    were built, then the ``GESTURES``. Read from the actions themselves, so a shortcut added to a menu is listed
    and a key changed is listed as it is, with nobody having to remember this list."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction) if window is not None else []:
        keys = action_keys(action)
        if keys and action.parent() is window and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
            rows.setdefault(keys, action.whatsThis() or _menu_path(action))
    return [*rows.items(), *GESTURES]


def action_keys(action: QAction) -> str:
    """An action's keys as the platform writes them ("Ctrl+Shift+Z, Ctrl+Y"); a keyboard's dedicated key ("Redo",
    "Open") only when the action has no other."""
    keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
    typed = [key for key in keys if "+" in key or len(key) == 1 or re.fullmatch(r"F[0-9]+", key)]
    return ", ".join(typed or keys)


def _menu_path(action: QAction) -> str:
    """'File ▸ Export Selection…': where the action is in the menus, for an action with no What's This text."""
    menus = [obj for obj in action.associatedObjects() if isinstance(obj, QMenu)]
    item = action.text().replace("&", "")
    return f"{menus[0].title().replace('&', '')} ▸ {item}" if menus else item


def shortcuts_html(window: QWidget | None = None) -> str:
    rows = "".join(f"<tr><td><b>{escape(key)}</b></td><td>&nbsp;&nbsp;{escape(what)}</td></tr>"
                   for key, what in shortcut_rows(window))
    return f"<table>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    """The keyboard shortcuts of ``parent`` (the main window) and the gestures of its views."""
    QMessageBox.information(parent, "Keyboard shortcuts", shortcuts_html(parent))


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
