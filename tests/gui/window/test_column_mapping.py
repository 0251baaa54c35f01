"""The column mapping dialog: an article table whose text column is not found by name is shown, mapped, read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from explorer.core.ingest.formats.table import table_needing_columns
from explorer.gui.window import column_mapping
from explorer.gui.window.column_mapping import ColumnMappingDialog
from explorer.gui.window.main_window import MainWindow

FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"



def _window_on(qtbot, folder) -> MainWindow:
    """A window that has opened (extracted) ``folder``, its task ended."""
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        window.open_documents([folder])
    window.task.wait()
    return window

def test_the_dialog_shows_the_first_rows_and_waits_for_a_text_column(qtbot):
    preview = table_needing_columns([FORMATS / "export.csv"])
    dialog = ColumnMappingDialog(preview)
    qtbot.addWidget(dialog)
    table = dialog.findChild(column_mapping.QTableWidget)
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "id", "story_html_stripped", "when", "tags"]
    assert table.rowCount() == 3 and table.item(0, 1).text().startswith("ROTTERDAM - The Port of Rotterdam")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing can be read without the text column
    dialog.choices["text"].setCurrentText("story_html_stripped")
    dialog.choices["date"].setCurrentText("when")
    assert ok.isEnabled()
    assert dialog.mapping() == {"text": "story_html_stripped", "date": "when"}


def test_columns_found_by_name_are_preset(qtbot, tmp_path):
    table = tmp_path / "mixed.csv"
    table.write_text("Headline,copy,Published\nTalks in Oslo,Negotiators met in Oslo on Monday.,2026-02-03\n")
    dialog = ColumnMappingDialog(table_needing_columns([table]))
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"title": "Headline", "date": "Published"}


def test_opening_a_folder_with_an_unnamed_export_asks_once_and_reads_it(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "case"
    folder.mkdir()
    for name in ("export.csv", "articles.csv"):  # one needs the mapping, the other reads by its names
        shutil.copy(FORMATS / name, folder / name)
    asked: list[str] = []

    def choose(dialog: ColumnMappingDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.choices["text"].setCurrentText("story_html_stripped")
        dialog.choices["date"].setCurrentText("when")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    window = MainWindow()
    qtbot.addWidget(window)
    task = window.open_documents([folder])
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        pass
    task.wait()
    assert asked == ["Columns of export.csv"]
    documents = window.session.tables["documents"].set_index("name")
    assert len(documents) == 6
    assert documents.loc["export.csv ▸ row 2", "published"] == "2026-02-04"
    assert documents.loc["export.csv ▸ row 1", "text"].startswith("ROTTERDAM - The Port")
    assert documents.loc["articles.csv ▸ row 3", "title"] == "Senate passes water bill"


def test_tables_whose_names_say_it_all_open_without_the_dialog(tmp_path, monkeypatch):
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda dialog: pytest.fail("the dialog was shown"))
    assert column_mapping.ask_columns(None, [FORMATS / "articles.csv", FORMATS / "articles.parquet"]) == {}


def test_cancelling_the_dialog_opens_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_documents([FORMATS / "export.csv"]) is None
    assert window.task is None


def test_the_open_files_dialog_offers_every_kind_explorer_reads(qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: offered.append(args[3]) or ([], ""))
    window = MainWindow()
    qtbot.addWidget(window)
    window._ask_files()
    kinds = offered[0].split(";;")[0]
    for pattern in ("*.csv", "*.parquet", "*.jsonl", "*.eml", "*.mbox", "*.msg", "*.rss", "*.atom", "*.txt"):
        assert pattern in kinds


def test_extracting_a_recent_folder_again_asks_for_the_columns_again(qtbot, tmp_path, monkeypatch):
    """Else the export's rows would be skipped and the case replaced without them."""
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copy(FORMATS / "export.csv", folder / "export.csv")
    asked: list[str] = []

    def choose(dialog: ColumnMappingDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.choices["text"].setCurrentText("story_html_stripped")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    window = _window_on(qtbot, folder)
    again = next(a for a in window.recent_menu.actions() if a.text().startswith("Extract again: exports/"))
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        again.trigger()
    window.task.wait()
    assert asked == ["Columns of export.csv", "Columns of export.csv"]
    assert len(window.session.tables["documents"]) == 3


def test_adding_an_unnamed_export_to_a_case_asks_for_its_columns(qtbot, seeds_dir, tmp_path, monkeypatch):
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(next(seeds_dir.glob("*.txt")), folder / "seed.txt")

    def choose(dialog: ColumnMappingDialog) -> int:
        dialog.choices["text"].setCurrentText("story_html_stripped")
        dialog.choices["date"].setCurrentText("when")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    window = _window_on(qtbot, folder)
    task = window.add_documents_to_case([FORMATS / "export.csv"])
    with qtbot.waitSignal(window.session.sig_workspace_loaded, timeout=120_000):
        pass
    task.wait()
    documents = window.session.tables["documents"].set_index("name")
    assert documents.loc["export.csv ▸ row 2", "published"] == "2026-02-04"


def test_the_dialog_opens_wide_enough_to_read_every_column_header(qtbot, tmp_path):
    """It opened at 278 px with the text column 750 px wide: its header, centred, was never in view."""
    table = tmp_path / "monitoring.csv"
    story = ("ROTTERDAM - The Port of Rotterdam said on Tuesday that container volumes rose in the first quarter, "
             "helped by ships diverted from the Red Sea and by new services to Asia, while bulk cargo fell.")
    table.write_text("story_html_stripped,section,when\n" + f'"{story}",Business,2024-04-16\n' * 3)
    dialog = ColumnMappingDialog(table_needing_columns([table]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    preview = dialog.findChild(column_mapping.QTableWidget)
    header = preview.horizontalHeader()
    assert dialog.width() >= 600
    assert header.defaultAlignment() & column_mapping.Qt.AlignmentFlag.AlignLeft
    for column in range(preview.columnCount()):
        name = preview.horizontalHeaderItem(column).text()
        start = header.sectionViewportPosition(column)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(name) + 4, name
        assert 0 <= start and start + header.sectionSize(column) <= preview.viewport().width(), name
    assert preview.item(0, 0).toolTip() == story  # the cell cut short (…) is whole in its tooltip
