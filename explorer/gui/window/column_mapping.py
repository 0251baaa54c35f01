"""Which column of an article table holds the text, title, date, source and link, asked of the analyst.

A media-monitoring export names its columns as it likes ("story_html_stripped",
"when"). When a table's text column is not found by name, this dialog shows the
table's first rows and a choice per role, each preset to the column found by name;
the mapping it returns is ``--columns`` for the extraction that follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from explorer.core.ingest.formats.table import ROLES, TablePreview, table_needing_columns

NONE = "(none)"
CELL_CHARS = 120
ROLE_LABELS = {"text": "Article text", "title": "Title", "date": "Date", "source": "Source", "url": "Link"}


class ColumnMappingDialog(QDialog):
    """The first rows of a table and, for each role, the column that plays it."""

    def __init__(self, preview: TablePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Columns of {preview.name}")
        layout = QVBoxLayout(self)
        note = QLabel(f"No column of {preview.name} is named text, body, content or article. "
                      "Choose the column that holds each article's text (and, if the table has them, "
                      "its title, date, source and link).")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self._rows_table(preview))
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for role in ROLES:
            choice = QComboBox()
            choice.addItems([NONE, *preview.columns])
            choice.setCurrentText(preview.found.get(role, NONE))
            choice.currentTextChanged.connect(self._update_ok)
            form.addRow(ROLE_LABELS[role], choice)
            self.choices[role] = choice
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    @staticmethod
    def _rows_table(preview: TablePreview) -> QTableWidget:
        table = QTableWidget(len(preview.rows), len(preview.columns))
        table.setHorizontalHeaderLabels(preview.columns)
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                shown = " ".join(value.split())
                item = QTableWidgetItem(shown if len(shown) <= CELL_CHARS else shown[:CELL_CHARS - 1] + "…")
                item.setToolTip(value[:2000])
                table.setItem(r, c, item)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        return table

    def _update_ok(self) -> None:
        """Nothing can be read without the text column: OK waits for it."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.choices["text"].currentText() != NONE)

    def mapping(self) -> dict[str, str]:
        """The chosen column of each role (roles left at '(none)' are left out)."""
        return {role: box.currentText() for role, box in self.choices.items() if box.currentText() != NONE}


def ask_columns(parent: QWidget | None, paths: list[Path]) -> dict[str, str] | None:
    """The column mapping to extract ``paths`` with: {} when every table reads as it is, the
    analyst's choice when one does not, None when they cancel (nothing is opened)."""
    preview = table_needing_columns(paths)
    if preview is None:
        return {}
    dialog = ColumnMappingDialog(preview, parent)
    return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
