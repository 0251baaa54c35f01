"""Which column of an article table holds the text, title, date, source and link, asked of the analyst.

A media-monitoring export names its columns as it likes ("story_html_stripped",
"when"). When a table's text column is not found by name, this dialog shows the
table's first rows and a choice per role, each preset to the column found by name;
the mapping it returns is ``--columns`` for the extraction that follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from explorer.core.ingest.formats.table import ROLES, TablePreview, table_needing_columns

NONE = "(none)"
CELL_CHARS = 120
# a column's widest width: an article's text is cut (…) there, whole in its tooltip, so the columns beside it and
# every header have room (resized to its contents, the text column took 750 px and pushed its header out of sight)
MAX_COLUMN_PX = 360
# the size the dialog opens at (its layout's own hint was 278 × 444: one column of the preview in view), unless the
# screen is smaller
OPENING_SIZE = QSize(760, 560)
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
        self.resize(self._opening_size())

    def _opening_size(self) -> QSize:
        """``OPENING_SIZE`` (or the layout's hint where that is larger), kept inside the screen's free area."""
        size = OPENING_SIZE.expandedTo(self.sizeHint())
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.9)
        return size

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
        _readable_headers(table)
        return table

    def _update_ok(self) -> None:
        """Nothing can be read without the text column: OK waits for it."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.choices["text"].currentText() != NONE)

    def mapping(self) -> dict[str, str]:
        """The chosen column of each role (roles left at '(none)' are left out)."""
        return {role: box.currentText() for role, box in self.choices.items() if box.currentText() != NONE}


def _readable_headers(table: QTableWidget) -> None:
    """Every column as wide as its header and its contents need, up to ``MAX_COLUMN_PX`` (a longer cell is cut
    with …), headers read from their start, the table scrolled a pixel at a time: a header centred in a wide
    column, the table scrolled a column at a time, was never in view."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setWordWrap(False)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        table.horizontalHeaderItem(column).setToolTip(table.horizontalHeaderItem(column).text())
        header.resizeSection(column, max(min(header.sectionSize(column), MAX_COLUMN_PX),
                                         header.sectionSizeHint(column)))


def ask_columns(parent: QWidget | None, paths: list[Path]) -> dict[str, str] | None:
    """The column mapping to extract ``paths`` with: {} when every table reads as it is, the
    analyst's choice when one does not, None when they cancel (nothing is opened)."""
    preview = table_needing_columns(paths)
    if preview is None:
        return {}
    dialog = ColumnMappingDialog(preview, parent)
    return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
