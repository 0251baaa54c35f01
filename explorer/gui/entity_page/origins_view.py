"""Where the entity's name, type and surface forms came from, as a small tree on the entity page.

Rows: the name and the type, each with its source (the extractor, or the analyst's edit that set it);
"Written as", one child per surface form with its count and what the extractor read those mentions as
(more than one entity after a merge) and with which type label; the aliases no mention writes (a former
name kept by a rename); and the analyst's edits about this entity. Clicking a surface form lists only
its mentions (``sig_form_chosen``): every count opens the sentences behind it. A few hundred items at
most (surface forms past ``FORMS_SHOWN`` are summed in one row), so a plain ``QTreeWidget`` is right.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget,
                               QTreeWidgetItem)

from explorer.gui.entity_page.profile import EntityProfile
from explorer.gui.entity_page.provenance import ANALYST, Source
from explorer.gui.entity_types import display_name

FORM_ROLE = Qt.ItemDataRole.UserRole + 1  # on a surface form's item: its text ("" on "Written as": every mention)
FORMS_SHOWN = 200


class OriginsView(QTreeWidget):
    """The entity's name, type, surface forms and edits, each with where it came from."""

    sig_form_chosen = Signal(str)  # a surface form ("" for every mention)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(["", "Mentions", "Where it came from"])
        self.setRootIsDecorated(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # readable at the window's default size (the box is a third of a 1,400-pixel window wide): the what and
        # the where share the width the count leaves and wrap onto more lines rather than scroll sideways
        self.setWordWrap(True)
        self.setUniformRowHeights(False)  # (a wrapped row is taller; a few hundred items at most)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_Wrapping(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())  # rows wrap to the new width
        self.itemClicked.connect(self._on_clicked)
        self.forms_item: QTreeWidgetItem | None = None

    def show_header(self, name: str, type_: str, aliases: list[str]) -> None:
        """What is known at once (the entity's row), before its mentions are read."""
        self.clear()
        self._row("Name", name, "", "…")
        self._row("Type", f"{display_name(type_)} ({type_})", "", "…")
        self.forms_item = None
        if aliases:
            self._row("Aliases", ", ".join(aliases), "", "")

    def show_profile(self, profile: EntityProfile, name: str, type_: str, aliases: list[str]) -> None:
        """Everything, once the mentions are read."""
        self.clear()
        self._row("Name", name, "", _words(profile.name_source), profile.name_source)
        self._row("Type", f"{display_name(type_)} ({type_})", "", _words(profile.type_source), profile.type_source)
        count = len(profile.forms)
        forms = self._row("Written as", f"{count} form{'' if count == 1 else 's'}", f"{len(profile.mentions):,}",
                          "click a form to list its mentions")
        forms.setData(0, FORM_ROLE, "")
        for form in profile.forms[:FORMS_SHOWN]:
            types = ", ".join(f"{t} ×{n}" for t, n in form.types)
            read = ", ".join(form.read_as[:3]) + (" …" if len(form.read_as) > 3 else "")
            child = QTreeWidgetItem(forms, [form.text, f"{form.count:,}", f"extractor: read as {read} ({types})"])
            child.setData(0, FORM_ROLE, form.text)
            child.setToolTip(0, f"{form.count:,} mentions written “{form.text}”: click to list them")
            child.setToolTip(2, child.text(2))
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        if len(profile.forms) > FORMS_SHOWN:
            rest = sum(f.count for f in profile.forms[FORMS_SHOWN:])
            QTreeWidgetItem(forms, [f"… {len(profile.forms) - FORMS_SHOWN} more forms", f"{rest:,}", ""])
        forms.setExpanded(True)
        self.forms_item = forms
        written = {f.text for f in profile.forms}
        unwritten = [a for a in aliases if a not in written]
        extracted = [a for a in unwritten if a in profile.extracted_aliases]
        edited = [a for a in unwritten if a not in profile.extracted_aliases]
        if extracted:
            self._row("Aliases", ", ".join(extracted), "", "extractor: the names as the text wrote them, "
                      "titles and all, before the mentions were trimmed to the name")
        if edited:
            self._row("Aliases from your edits", ", ".join(edited), "0",
                      "a former name a rename kept, or a name merged in: no mention writes it")
        if profile.merged_names:
            self._row("Merged in", ", ".join(profile.merged_names), "", "your edit: merge")
        if profile.edits:
            edits = self._row("Your edits", f"{len(profile.edits)}", "", "undo them with Edit ▸ Undo")
            for edit in profile.edits:
                QTreeWidgetItem(edits, [edit.label, "", edit.created_at.replace("T", " ")[:16]])
            edits.setExpanded(True)

    def form_items(self) -> list[QTreeWidgetItem]:
        """The surface forms' items (tests: what to click)."""
        forms = self.forms_item
        return [] if forms is None else [forms.child(i) for i in range(forms.childCount())]

    def value_of(self, what: str) -> tuple[str, str]:
        """(the value, where it came from) of a top row ("Name", "Type"…)."""
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.text(0).startswith(what):
                return item.toolTip(0), item.text(2)
        return "", ""

    def _row(self, what: str, value: str, count: str, source: str, origin: Source | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [f"{what}: {value}", count, source])
        item.setToolTip(0, value)
        item.setToolTip(2, source)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        if origin is not None and origin.who == ANALYST:
            font = QFont(self.font())
            font.setItalic(True)
            item.setFont(2, font)
        return item

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        form = item.data(0, FORM_ROLE)
        if form is not None:
            self.sig_form_chosen.emit(str(form))


class _Wrapping(QStyledItemDelegate):
    """Row heights measured at the column's width: a tree view asks its delegate for a cell's size with no width
    given, so a long cell would be cut to one line with an ellipsis instead of wrapping."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        width = view.columnWidth(index.column())
        if index.column() == 0:  # (the first column is indented by its depth)
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * view.indentation()
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 20), 10_000)
        return super().sizeHint(sized, index)


def _words(source: Source) -> str:
    return source.words()
