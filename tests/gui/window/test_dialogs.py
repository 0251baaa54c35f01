"""The small dialogs as an analyst meets them: the corrected publication date and the list of shortcuts."""

from __future__ import annotations

import pytest

from explorer.gui.window import dialogs


@pytest.mark.parametrize("text, said", [
    ("2005-02-30", "“2005-02-30”: February 2005 has no day 30; it has 28 days."),
    ("2026-04-31", "“2026-04-31”: April 2026 has no day 31; it has 30 days."),
    ("2026-13-01", "“2026-13-01”: there is no month 13; months run from 01 to 12."),
    ("4 Feb 2026", "“4 Feb 2026” is not a date like 2026-02-04."),
    ("2026-2-4", "“2026-2-4” is not a date like 2026-02-04."),
])
def test_a_date_in_the_form_but_not_in_the_calendar_is_said_apart_from_one_not_in_the_form(text, said):
    assert dialogs.date_problem(text) == said


def test_a_real_day_has_no_problem():
    assert dialogs.date_problem("2004-02-29") is None


def test_after_a_day_that_does_not_exist_the_dialog_opens_again_on_what_was_typed(qtbot, monkeypatch):
    """It reopened on the document's date (empty when undated), so the analyst typed the whole date again."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    answers = iter([("2005-02-30", True), ("2005-02-28", True)])
    offered, warned = [], []

    def get_text(_parent, _title, _prompt, text=""):
        offered.append(text)
        return next(answers)

    monkeypatch.setattr(dialogs.QInputDialog, "getText", get_text)
    monkeypatch.setattr(dialogs.QMessageBox, "warning", lambda _parent, _title, message: warned.append(message))

    assert dialogs.ask_publication_date(parent, "memo.txt", "") == "2005-02-28"
    assert offered == ["", "2005-02-30"]
    assert warned == ["“2005-02-30”: February 2005 has no day 30; it has 28 days."]


def test_f1_lists_every_action_of_the_window_that_has_a_shortcut(window):
    """Made from the actions: Ctrl+1, Ctrl+2 and Ctrl+Shift+E were missing from a list kept by hand."""
    from PySide6.QtGui import QAction

    rows = dialogs.shortcut_rows(window)
    listed = {key for keys, _ in rows for key in keys.split(", ")}
    with_keys = [action for action in window.findChildren(QAction) if action.shortcuts()]
    assert len(with_keys) >= 20
    for action in with_keys:
        assert set(dialogs.action_keys(action).split(", ")) <= listed, action.text()
    said = dict(rows)
    assert said["Ctrl+2"] == "Show the relationship graph" and said["Ctrl+1"] == "Show the timeline"
    assert "CSV, JSON or Parquet" in said["Ctrl+E"] and "brief" in said["Ctrl+Shift+E"]


def test_f1_shows_the_list_made_from_the_window(qtbot, window, monkeypatch):
    from PySide6.QtGui import QAction

    shown = []
    monkeypatch.setattr(dialogs.QMessageBox, "information", lambda _parent, _title, html: shown.append(html))
    f1 = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "F1")
    f1.trigger()
    assert shown and "<b>Ctrl+Shift+E</b>" in shown[0] and "<b>Shift+Home</b>" in shown[0]
