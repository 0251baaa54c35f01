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
