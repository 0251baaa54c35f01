"""The entity page: one entity's mentions, sources, events and relations, linked to the shared selection.

The window shows it as a tab beside the timeline and the graph when a view asks for an entity's page
(``Session.sig_entity_page_requested``: a double click in the sidebar, on a graph node or on a mention in
the source pane). What the entity's row says (name, type, aliases, counts) shows at once; its mentions,
their sources, its events and relations are gathered in the window's job runner (``profile``) and
shown when read, so the window never waits on the most mentioned entity of a big case.

Gestures write the shared selection (``Echo``): opening a page selects its entity (F3 / Shift+F3 then walk
its mentions from anywhere), a mark on the small timeline or a relation's events select those events, a
relation's row its entity. A row of the mention list asks the window to show that mention in the source
pane (``sig_mention_opened``: the pane's ``open_mention``, never its widgets). Back and forward
(Alt+Left, Alt+Right) go through the pages shown.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget)

from explorer.core.edits.kinds import MERGE
from explorer.gui.echo import Echo
from explorer.gui.entity_page.history import History
from explorer.gui.entity_page.mention_model import COL_SENTENCE, MentionListModel, SentenceDelegate
from explorer.gui.entity_page.mini_timeline import MiniTimeline
from explorer.gui.entity_page.origins_view import OriginsView
from explorer.gui.entity_page.profile import EntityProfile, build_profile, inputs_of
from explorer.gui.entity_page.relation_model import COL_EVENTS, RelationModel
from explorer.gui.entity_types import display_name, strong_colors
from explorer.gui.jobs import Jobs, jobs_of_its_own
from explorer.gui.session import Session

KEPT_PAGES = 4  # pages read lately kept for back and forward ...
KEPT_MENTIONS = 400_000  # ... while they hold no more mentions in all (the newest is always kept)
HINT = ("Double-click an entity — in the Entities list, on a node of the Relationships graph or on a mention in "
        "the Source pane — to open its page: every mention, where its name and type came from, its events and "
        "its strongest relations.")


class EntityPage(QWidget):
    """Everything about one entity; one page re-used, with back and forward."""

    sig_mention_opened = Signal(str, str)  # (entity id, mention id): show it in the source pane
    sig_profile_shown = Signal(str)  # an entity id: its mentions, events and relations are listed

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)
        self.jobs = jobs or jobs_of_its_own(self)
        self.history = History()
        self.entity_id: str | None = None
        self.profile: EntityProfile | None = None
        self._task = None
        self._reading = False
        self._pending_form = ""  # the surface form listed before an edit, to list again once read
        self._kept: dict[str, EntityProfile] = {}  # pages read lately over the tables in force, the newest last
        self._build_widgets()
        session.on_tables(self._on_workspace_loaded, {"entities", "mentions", "events", "relations", "documents"},
                          changed=self._on_tables_changed)

    # ----- public ----------------------------------------------------------------------------
    def show_entity(self, entity_id: str, record: bool = True, select: bool = True) -> bool:
        """Open an entity's page (``record``: as a new page of the history; ``select``: the analyst opened it, so
        the entity is selected everywhere; not when the page is only read again after an edit). False for an
        unknown entity."""
        if entity_id not in self.session.entity_names:
            return False
        if record:
            self.history.open(entity_id)
            self._pending_form = ""
        self.entity_id, self.profile = entity_id, None
        self.stack.setCurrentWidget(self.content)
        self._show_header()
        self.mentions.set_mentions(_no_mentions(), self.session.documents)
        self.relations.set_relations(_no_relations())
        if select:  # first: the source pane's walk reads the mentions, and the read below finds them read
            self.echo.update(entity_ids={entity_id})  # F3 / Shift+F3 walk this entity's mentions from anywhere
        self._read_profile()
        self._show_navigation()
        return True

    def go(self, by: int) -> None:
        """Back (-1) or forward (+1) through the pages shown."""
        entity_id = self.history.go(by)
        if entity_id is not None:
            self._pending_form = ""
            self.show_entity(entity_id, record=False)

    def show_mention_row(self, mention_id: str | None) -> None:
        """Select and scroll to a mention's row (the one F3 walked to), when the page lists it; opens nothing."""
        row = -1 if mention_id is None else self.mentions.row_of(mention_id)
        if row >= 0:
            index = self.mentions.index(row, 0)
            self.mention_table.selectRow(row)
            self.mention_table.scrollTo(index)

    def is_reading(self) -> bool:
        """Whether the page's rows are being read (until they are shown, or the read failed)."""
        return self._reading

    # ----- building --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.back_button = self._nav_button(Qt.ArrowType.LeftArrow, "Back (Alt+Left)", "Alt+Left", -1)
        self.forward_button = self._nav_button(Qt.ArrowType.RightArrow, "Forward (Alt+Right)", "Alt+Right", 1)
        self.title = QLabel(textFormat=Qt.TextFormat.RichText)
        self.counts = QLabel(textFormat=Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.title):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.counts)
        self.mini = MiniTimeline()
        self.mini.setFixedHeight(130)
        self.mini.sig_events_clicked.connect(lambda ids: self.echo.update(event_ids=set(ids)))
        self.origins = OriginsView()
        self.origins.sig_form_chosen.connect(self._show_form)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(_titled("Where it comes from", self.origins))
        upper.addWidget(_titled("Strongest relations", self._relations_table()))
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 1)
        lower = QWidget()  # the small timeline above the list: it keeps its height, the list takes the rest
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.mini)
        lower_layout.addWidget(self._mention_panel(), 1)
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(upper)
        rows.addWidget(lower)
        rows.setStretchFactor(0, 2)
        rows.setStretchFactor(1, 5)
        rows.setSizes([1_200, 2_000])  # (scaled to the page: 3/8 for the sources' wrapped lines and the relations)
        rows.setChildrenCollapsible(False)
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(rows, 1)
        hint = QLabel(HINT, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        hint.setMargin(40)
        self.stack = QStackedWidget()
        self.stack.addWidget(hint)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._show_navigation()

    def _nav_button(self, arrow: Qt.ArrowType, tip: str, keys: str, by: int) -> QToolButton:
        button = QToolButton(arrowType=arrow, toolTip=tip, autoRaise=True)
        button.setShortcut(QKeySequence(keys))
        button.clicked.connect(lambda: self.go(by))
        return button

    def _mention_panel(self) -> QWidget:
        self.mentions = MentionListModel(self)
        self.mention_table = QTableView(alternatingRowColors=True, wordWrap=False, showGrid=False)
        self.mention_table.setModel(self.mentions)
        self.mention_table.setItemDelegateForColumn(COL_SENTENCE, SentenceDelegate(self.mention_table))
        self.mention_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mention_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mention_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.mention_table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measured: 270,000 rows cost nothing
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.mention_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 170)
        header.resizeSection(1, 84)
        header.setStretchLastSection(True)
        self.mention_table.clicked.connect(self._open_mention)
        self.mention_table.activated.connect(self._open_mention)
        self.form_label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.show_all_button = QPushButton("Show all", visible=False)
        self.show_all_button.clicked.connect(lambda: self._show_form(""))
        bar = QHBoxLayout()
        bar.addWidget(self.form_label, 1)
        bar.addWidget(self.show_all_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.mention_table, 1)
        return panel

    def _relations_table(self) -> QTableView:
        self.relations = RelationModel(lambda e: self.session.entity_names.get(e, e), self)
        self.relation_table = QTableView(alternatingRowColors=True, showGrid=False, wordWrap=False)
        self.relation_table.setModel(self.relations)
        self.relation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.relation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.relation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.relation_table.verticalHeader().setVisible(False)
        header = self.relation_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.relation_table.clicked.connect(self._on_relation_clicked)
        self.relation_table.doubleClicked.connect(self._on_relation_double_clicked)
        return self.relation_table

    # ----- showing ---------------------------------------------------------------------------
    def _entity_row(self):
        entities = self.session.tables["entities"]
        found = np.flatnonzero(np.asarray(entities["entity_id"] == self.entity_id, dtype=bool))
        return None if not len(found) else entities.iloc[int(found[0])]  # (one row taken, not a frame of it)

    def _aliases(self, row) -> list[str]:
        aliases = [] if row is None or row["aliases"] is None else list(row["aliases"])
        return [str(a) for a in aliases]

    def _show_header(self) -> None:
        row = self._entity_row()
        name = self.session.entity_names.get(self.entity_id, self.entity_id)
        type_ = self.session.entity_types.get(self.entity_id, "")
        background, foreground = strong_colors(type_)
        chip = (f"<span style='background:{background.name()};color:{foreground.name()}'>&nbsp;"
                f"{html.escape(display_name(type_))}&nbsp;</span>")
        self.title.setText(f"<span style='font-size:15pt'><b>{html.escape(name)}</b></span>&nbsp;&nbsp;{chip}")
        mentions = 0 if row is None else int(row["mention_count"])
        documents = 0 if row is None else int(row["doc_count"])
        self.counts.setText(f"{mentions:,} mention{'' if mentions == 1 else 's'} in {documents:,} "
                            f"document{'' if documents == 1 else 's'}")
        self.origins.show_header(name, type_, self._aliases(row))
        self.form_label.setText(f"Reading {mentions:,} mentions…")
        self.show_all_button.setVisible(False)
        self.mini.show_events(np.empty(0, dtype=object), np.empty(0), np.empty(0), np.empty(0, dtype=np.int8))
        self.mini.caption.setText("Events: reading…")

    def _read_profile(self) -> None:
        """Gather the entity's rows in the job runner; a page left before they are read is forgotten. A page
        shown lately over the same tables (back, forward) is shown again from what was read."""
        self._forget_reading()
        kept = self._kept.pop(self.entity_id, None)
        if kept is not None:
            self._show_profile(kept)
            return
        inputs = inputs_of(self.session, self.entity_id)
        name = self.session.entity_names.get(self.entity_id, self.entity_id)
        self._reading = True
        self._task = self.jobs.start(lambda _report, should_cancel: build_profile(inputs, should_cancel),
                                     f"Reading {name}'s mentions", owner=self, quiet=True, cancel_on_close=True,
                                     on_finished=self._show_profile, on_failed=self._show_failure)

    def _forget_reading(self) -> None:
        """The read under way (or done, its result not yet delivered) is not wanted: its result is dropped."""
        if self._task is not None:
            self.jobs.cancel(self._task, forget=True)
            self._task = None
        self._reading = False

    def _show_profile(self, profile: EntityProfile) -> None:
        if profile.entity_id != self.entity_id:
            return
        self._reading = False
        self.profile = profile
        self._keep(profile)
        self.mentions.set_mentions(profile.mentions, self.session.documents)
        row = self._entity_row()
        self.origins.show_profile(profile, self.session.entity_names.get(self.entity_id, ""),
                                  self.session.entity_types.get(self.entity_id, ""), self._aliases(row))
        self.relations.set_relations(profile.relations)
        self.mini.show_events(profile.event_ids, profile.x0, profile.x1, profile.certainty)
        form, self._pending_form = self._pending_form, ""
        if form and any(f.text == form for f in profile.forms):
            self.mentions.show_only(form)
        self._say_form()
        self.sig_profile_shown.emit(profile.entity_id)

    def _keep(self, profile: EntityProfile) -> None:
        """Keep the pages read lately (the newest last) while they hold few mentions in all."""
        self._kept.pop(profile.entity_id, None)
        self._kept[profile.entity_id] = profile
        while len(self._kept) > 1 and (len(self._kept) > KEPT_PAGES or
                                       sum(len(p.mentions) for p in self._kept.values()) > KEPT_MENTIONS):
            self._kept.pop(next(iter(self._kept)))

    def _show_failure(self, message: str) -> None:
        """The rows could not be read (a workspace file gone or damaged meanwhile): say so where they would be."""
        self._reading = False
        self.form_label.setText(f"Could not read the mentions: {message}")
        self.mini.caption.setText("")

    def _show_form(self, form: str) -> None:
        """List only the mentions written ``form`` ("" all of them)."""
        self.mentions.show_only(form)
        self._say_form()

    def _say_form(self) -> None:
        shown, total, form = self.mentions.rowCount(), self.mentions.total(), self.mentions.form
        self.form_label.setText(f"{shown:,} mentions written “{form}” (of {total:,})" if form else
                                f"{total:,} mentions in reading order · click one to read it in the source")
        self.show_all_button.setVisible(bool(form))

    def _show_navigation(self) -> None:
        self.back_button.setEnabled(self.history.can_go(-1))
        self.forward_button.setEnabled(self.history.can_go(1))

    # ----- gestures --------------------------------------------------------------------------
    def _open_mention(self, index: QModelIndex) -> None:
        if index.isValid() and self.entity_id is not None:
            mention_id = self.mentions.mention_at(index.row())[0]
            self.sig_mention_opened.emit(self.entity_id, mention_id)

    def _on_relation_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        other, event_ids = self.relations.relation_at(index.row())
        if index.column() == COL_EVENTS:
            self.echo.update(event_ids=set(event_ids))  # the sentences behind the relation
        else:
            self.echo.update(entity_ids={other})

    def _on_relation_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != COL_EVENTS:
            self.show_entity(self.relations.relation_at(index.row())[0])

    # ----- the session -----------------------------------------------------------------------
    def _on_workspace_loaded(self) -> None:
        self._kept.clear()
        self._forget_reading()
        self.history.clear()
        self.entity_id, self.profile = None, None
        self.mentions.set_mentions(_no_mentions(), self.session.documents)
        self.relations.set_relations(_no_relations())
        self.stack.setCurrentIndex(0)
        self._show_navigation()

    def _on_tables_changed(self, names: frozenset[str]) -> None:
        """An edit: the page is read again; an entity merged away shows the one it joined. An edit of other
        entities' rows alone (a rename or hide elsewhere) only redraws the names shown (no read again of
        270,000 mentions for another entity's new name)."""
        if self.entity_id is None:
            return
        touched = self.session.touched_entity_ids
        if names <= {"entities"} and touched is not None and self.entity_id not in touched:
            for entity_id in touched:  # their pages kept are read again when shown
                self._kept.pop(entity_id, None)
            self.relation_table.viewport().update()
            return
        if self.entity_id not in self.session.entity_names:
            into = next((e.payload["into"] for e in reversed(self.session.edits)
                         if e.kind == MERGE and self.entity_id in e.payload.get("entity_ids", [])), None)
            if into is None or into not in self.session.entity_names:
                self._on_workspace_loaded()
                return
            self.history.replace(self.entity_id, into)
            self.entity_id = into
        self._kept.clear()  # read over the tables before the edit
        self._pending_form = self.mentions.form  # listed again once read, if it is still written
        self.show_entity(self.entity_id, record=False, select=False)


def _no_mentions() -> pd.DataFrame:
    return pd.DataFrame({"mention_id": [], "doc_id": [], "start": [], "end": [], "text": []})


def _no_relations() -> pd.DataFrame:
    return pd.DataFrame(columns=["other", "kind", "outgoing", "weight", "events", "event_ids"])


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


if __name__ == "__main__":
    from explorer.gui.preview import run_preview

    run_preview(EntityPage, (1100, 700))
