"""The GUI session: the open workspace's tables, the analyst's edits, and the one shared Selection.

Views receive the session, read tables from it (``table(name)``, ``events``,
``documents``: frames shared with the undo history and the other views, so a view
never changes them; it copies first), write user gestures to
``session.selection.update(..., origin=self)``, and redraw on
``sig_selection_changed(changed_fields, origin)`` (ignoring notices whose origin
is themselves, through ``gui.echo.Echo``). ``sig_workspace_loaded`` means a new
workspace (rebuild everything); ``sig_tables_changed(names)`` means an edit changed
those tables (a rename only ``entities``): a view refreshes only when a table it
shows is among them (``on_tables``). No view talks to another.

Edits go through ``do_edit``: the decision is saved in the workspace file at
once, applied forward over the tables in force (copying only the tables its kind
changes), and pushed on ``undo_stack`` so Ctrl+Z and Ctrl+Shift+Z take it back and
forth (each step saved too). Undo restores the tables kept from before the edit
(always kept for the latest edit, and for older ones whose tables are small: a
rename's entities, not a merge's million events), and otherwise replays the
decisions in force over extraction's rows; redo right after an undo puts back the
tables the edit had made. What is installed with the tables (their ``EditIndex``, the
event lookup, the entity names) is kept and put back with them, never worked out again.

The analyst's triage (marks, saved views: ``edits.kinds.TRIAGE_KINDS``) changes no table: ``marks`` and
``saved_views`` are read from the decisions in force after each of those edits (and its undo), announced by
``sig_triage_changed``; ``mark_filter`` makes the selection's filter on a mark from them.

The tables hold no mentions: ``mentions`` (a ``MentionRows``) reads them when a view wants them (one
document's, some entities'), from the workspace file, or from the rows given when there is no file
yet (a case just extracted, tests), with the decisions in force applied as they are read.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.core.collector import collector_paused
from explorer.core.edits import Edit, EditIndex, apply_forward, changed_tables
from explorer.core.edits.apply import replay
from explorer.core.edits.index import event_rows
from explorer.core.edits.mentions import FrameMentions, MentionRows
from explorer.core.later import Later, LaterFrame, unresolved
from explorer.core.edits.kinds import MERGE, REGISTRY, TRIAGE_KINDS
from explorer.core.edits.marks import Marks, marks_of, moved_events
from explorer.core.edits.saved_views import SavedView, saved_views_of
from explorer.core.errors import ExplorerError
from explorer.core.model import Tables, empty_tables
from explorer.core.query import EventLookup, same_values
from explorer.core.query_language import QueryContext
from explorer.core.selection import MarkFilter, Selection
from explorer.core.store import append_edit, applicable_edits_over, load_edits, remove_edit
from explorer.core.store.mention_reader import SqliteMentions


class Session(QObject):
    """Owns the workspace tables, fast lookups over them, the edits and the selection."""

    sig_workspace_loaded = Signal()  # a new workspace: every view rebuilds
    sig_tables_changed = Signal(object)  # frozenset of the table names an edit (or its undo) changed
    sig_selection_changed = Signal(object, object)  # (set of changed field names, origin)
    sig_review_requested = Signal(str)  # a cluster id: some view asked to compare its sources side by side
    sig_entity_page_requested = Signal(str)  # an entity id: some view asked to open its page (a double click)
    sig_edit_failed = Signal(str)  # a one-line reason an edit could not be saved
    sig_open_problems = Signal(object)  # lines saying what of an opened workspace was left out (damaged decisions)
    sig_triage_changed = Signal()  # the marks or the saved views changed (an edit, its undo): ``marks``, ``saved_views``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.selection = Selection()
        self.selection.connect(lambda changed, origin: self.sig_selection_changed.emit(changed, origin))
        self.undo_stack = QUndoStack(self)
        self.edits: list[Edit] = []
        self._kept: list[tuple[Edit, _Installed, _Installed]] = []  # (edit, before it, after it): undo restores
        self._undone: tuple[Edit, _Installed, _Installed] | None = None  # the last undo's: its redo restores
        self._installed: _Installed | None = None
        self._base: _Installed | None = None  # extraction's tables as installed, when no saved edit was applied
        # the entities whose rows the last edit (or its undo) may have changed; None: any (a split, a replay);
        # and their rows in the entities table in force (found once, for every view)
        self.touched_entity_ids: frozenset[str] | None = None
        self.touched_entity_rows: np.ndarray | None = None
        self._later_timer = QTimer(self)  # one timer, started again by each install: an older start never fires
        self._later_timer.setSingleShot(True)  # during the next paint
        self._later_timer.timeout.connect(Later.start_waiting)
        self.marks = Marks()  # the triage marks in force (``core.edits.marks``): a few, read from the decisions
        self.saved_views: dict[str, SavedView] = {}  # the saved views in force, by name
        self._moved: dict[str, str] = {}  # marked events whose id extraction changed: old id -> the new one
        self.set_tables(empty_tables(), None)

    def _start_later_work(self) -> None:
        """What views and the edit index leave to be worked out later (``Later``) starts a moment after every
        view has rebuilt (called after the notice, not as its first slot: counted from before the views' rebuild,
        the moment had passed by the paint, and the work took the interpreter from it), once the window is painted."""
        self._later_timer.start(LATER_AFTER_MS)

    def set_tables(self, tables: Tables, path: Path | None) -> None:
        """Show a new workspace (extraction's tables; its saved edits are applied over them).

        Clears the selection and the undo history, then tells every view. The selection is
        cleared while the tables it points into are still installed: a view redrawing
        its old document or events on that notice must find them.
        """
        self.selection.clear(origin=self)
        tables, self.raw_mentions = _without_mentions(tables, path)
        self.raw_tables = tables
        self.path = path
        problems: list[str] = []
        self.edits = _saved_edits(path, problems)
        self.undo_stack.clear()
        self._kept, self._undone = [], None
        self.touched_entity_ids, self.touched_entity_rows = None, None
        gc.unfreeze()  # the last workspace's objects: the collector may look at them again
        # the workspace's millions of lists and strings are long-lived and hold no cycles: the collector is paused
        # while the lookups over them are built (read with it paused, they are all young: each collection walked
        # them again, 1.3 s of building the edit index at a million events) and they are frozen afterwards, out of
        # the collector's full passes, which otherwise walk them all in the middle of an edit (0.6 s of a merge's
        # 36,000 new lists). What is frozen is still freed by reference counting when dropped; only cycles among
        # it wait for the next workspace (unfrozen above)
        with collector_paused(freeze="always"):
            edited, self.edits, mentions = applicable_edits_over(tables, self.edits, self.raw_mentions, problems) \
                if self.edits else (tables, [], self.raw_mentions)
            self._install(edited, None, mentions=mentions)
        self._base = None if self.edits else self._installed
        self._moved = moved_events(marks_of(self.edits), self._events)
        self._read_triage(emit=False)
        self.sig_workspace_loaded.emit()
        self._start_later_work()
        if problems:
            self.sig_open_problems.emit(problems)

    def on_tables(self, slot: Callable[[], None], shows: Iterable[str] | Callable[[], Iterable[str]],
                  changed: Callable[[frozenset[str]], None] | None = None) -> None:
        """Call ``slot()`` for a new workspace and after an edit that changed a table in ``shows``.

        ``shows`` is the set of table names the view draws, or a function giving it (a view
        whose needs depend on its mode). ``changed(names)``, when given, is called instead of
        ``slot`` after an edit, for a view that can refresh less than everything.
        """
        self.sig_workspace_loaded.connect(slot)

        def on_changed(names: frozenset[str]) -> None:
            if names & set(shows() if callable(shows) else shows):
                (changed or (lambda _names: slot()))(names)

        self.sig_tables_changed.connect(on_changed)

    # ----- edits ----------------------------------------------------------------------------
    def do_edit(self, edit: Edit) -> bool:
        """Make a decision: save it, apply it, and make it undoable. False (and ``sig_edit_failed``) if it can't be saved."""
        try:
            self._save(edit)
        except (ExplorerError, OSError) as exc:
            self.sig_edit_failed.emit(str(exc))
            return False
        self.undo_stack.push(_EditCommand(self, edit))
        return True

    def _save(self, edit: Edit) -> None:
        """Save the decision (one transaction, done before anything is shown), then apply and show it."""
        with collector_paused(freeze="always"):
            self._save_now(edit)

    def _save_now(self, edit: Edit) -> None:
        if self.path is not None:
            append_edit(self.path, edit)
        self.edits.append(edit)
        before, undone, self._undone = self._installed, self._undone, None
        assert before is not None
        changed = changed_tables([edit])
        if undone is not None and undone[0] is edit and undone[1] is before:
            self._show_edit(undone[2], edit, changed, alone=True)  # redo right after its undo: the tables it made, kept
        elif not changed:  # a decision that changes no table (a mark, a saved view): the tables in force stay, and
            self._show_edit(before, edit, changed, alone=True)  # what is read after the first paint is not waited for
        else:
            tables, index = apply_forward(before.tables, edit, before.edit_index, before.mentions)
            self._show_edit(tables, edit, changed, index, alone=True, mentions=before.mentions.after(edit, before.tables))
        self._keep(edit, before, self._installed)

    def _keep(self, edit: Edit, before: _Installed, after: _Installed | None) -> None:
        """Keep the tables from before an edit for its undo: always for the latest; for older ones while
        the tables they changed are small (a rename keeps 100,000 entities, a merge a million events)."""
        assert after is not None
        self._kept = [k for k in self._kept if _kept_rows(k) <= KEEP_ROWS] + [(edit, before, after)]

    def _take_back(self, edit: Edit) -> None:
        with collector_paused(freeze="always"):
            self._take_back_now(edit)

    def _take_back_now(self, edit: Edit) -> None:
        try:
            if self.path is not None and edit.edit_id is not None:
                remove_edit(self.path, edit.edit_id)
        except (ExplorerError, OSError) as exc:
            self.sig_edit_failed.emit(str(exc))
            return
        position = next((i for i, e in enumerate(self.edits) if e is edit), len(self.edits))
        last = position == len(self.edits) - 1
        changed = changed_tables(self.edits[position:])  # the edit's tables, and those of any made after it
        self.edits = [e for e in self.edits if e is not edit]
        current = self._installed
        latest = self._kept.pop() if self._kept else None
        if latest is not None and latest[0] is edit and latest[2] is current:
            self._show_edit(latest[1], edit, changed, alone=True)  # from just before it, kept (edits copy what they change)
        else:
            self._kept = []  # the tables they were kept over are gone
            if self._base is not None and not self.edits:  # (it was the only edit)
                self._show_edit(self._base, edit, changed, alone=True)  # back to extraction's tables, as opened
            else:
                replayed, index, mentions = self._replayed()
                self._show_edit({name: replayed[name] if name in changed else frame
                                 for name, frame in self._tables.items()}, edit, changed, index, mentions=mentions)
        # its redo, if it comes next, puts back the tables in force until now (the edit's own, kept)
        self._undone = (edit, self._installed, current) if last and current is not None else None

    def _replayed(self) -> tuple[Tables, EditIndex | None, MentionRows]:
        """The decisions in force applied to extraction's tables (and mentions): forward through the index of
        the tables installed at opening when there is one (a merge then reads only its rows), else replayed."""
        if self._base is None:
            tables, mentions = replay(self.raw_tables, self.edits, self.raw_mentions)
            assert mentions is not None
            return tables, None, mentions
        tables, index, mentions = self._base.tables, self._base.edit_index, self._base.mentions
        for edit in self.edits:
            after = mentions.after(edit, tables)
            tables, index = apply_forward(tables, edit, index, mentions)
            mentions = after
        return tables, index, mentions

    def _show_edit(self, tables: Tables | _Installed, edit: Edit, changed: frozenset[str],
                   index: EditIndex | None = None, alone: bool = False, mentions: MentionRows | None = None) -> None:
        """Install tables an edit changed (or put back what was installed before) and tell the views which,
        keeping what the analyst points at. ``index``: the new tables' ``EditIndex``, when the edit gave it.
        ``alone``: the tables differ from those in force by this one edit (made, undone or redone), so only
        the entities it touches (``touched_entity_ids``) can have changed rows. ``mentions``: the mentions
        after the edit (with ``tables`` given as tables)."""
        touches = REGISTRY[edit.kind].touches
        touched = touches(edit.payload) if alone and touches is not None else None
        entities = (tables.tables if isinstance(tables, _Installed) else tables).get("entities")
        self.touched_entity_ids = touched
        self.touched_entity_rows = None if not touched or entities is None or "entities" not in changed else \
            np.flatnonzero(entities["entity_id"].isin(touched).to_numpy(bool))
        if isinstance(tables, _Installed):
            changed = changed & (set(tables.tables) | {"mentions"})
            self._put_back(tables)
        else:
            changed = changed & (set(tables) | {"mentions"})
            assert mentions is not None
            self._install(tables, changed, index, touched, self.touched_entity_rows, mentions)
        self._keep_selection(edit)
        if edit.kind in TRIAGE_KINDS:
            self._read_triage()
        self.sig_tables_changed.emit(frozenset(changed))
        self._start_later_work()

    def _keep_selection(self, edit: Edit) -> None:
        """Entities merged away are replaced by the one they joined; ids that no longer exist are dropped."""
        state, known = self.selection.state, self.entity_names
        into = edit.payload.get("into") if edit.kind == MERGE else None
        merged = set(edit.payload.get("entity_ids", [])) if into else set()

        def kept(ids):
            return {e for e in (into if e in merged else e for e in ids) if e in known}

        events = self._events.index
        self.selection.update(origin=self, entity_ids=kept(state.entity_ids),
                              filter_entity_ids=kept(state.filter_entity_ids),
                              event_ids={e for e in state.event_ids if e in events})

    def _read_triage(self, emit: bool = True) -> None:
        """The marks and saved views the decisions in force leave (a fold over the few decisions); a mark filter
        in force is set again with the events that carry its mark now, so every view follows the change."""
        self.marks = marks_of(self.edits).renamed(self._moved)
        self.saved_views = saved_views_of(self.edits)
        current = self.selection.state.mark_filter
        if current is not None:
            self.selection.update(origin=self, mark_filter=self.mark_filter(current.mark, current.present))
        if emit:
            self.sig_triage_changed.emit()

    def mark_filter(self, mark: str, present: bool = True) -> MarkFilter:
        """The filter on ``mark`` (or, ``present`` False, on its absence) over the marks in force."""
        return MarkFilter(mark, present, self.marks.events_marked(mark))

    # ----- lookups ----------------------------------------------------------------------------
    def _install(self, tables: Tables, changed: frozenset[str] | None, index: EditIndex | None = None,
                 touched: frozenset[str] | None = None, touched_rows: np.ndarray | None = None,
                 mentions: MentionRows | None = None) -> None:
        """Take the tables; rebuild the lookups over those that changed (``None``: all of them).

        ``index``: the tables' ``EditIndex`` when the edit handed it on; else the old one is kept
        while the tables it indexes are the same, and built again when they are not. ``touched``:
        the only entities whose rows can differ, at ``touched_rows`` (the entity lookups are patched there).
        ``mentions``: the mentions with the same decisions applied as ``tables``.
        """
        old = self._installed if changed is not None else None
        if old is None:
            changed = None
        self._tables = tables
        self.mentions = mentions if mentions is not None else MentionRows(FrameMentions())
        if changed is None or "entities" in changed:
            patched = _patched_lookups(tables["entities"], old, touched, touched_rows) \
                if old is not None and touched and touched_rows is not None else None
            self.entity_names, self.entity_types, self.hidden_entity_ids = patched or _entity_lookups(tables["entities"])
        if changed is None or "documents" in changed:
            self._documents = tables["documents"].set_index("doc_id", drop=False)
        if old is None or "events" in changed:
            self._events = _indexed_events(tables["events"], None if old is None else old.events)
        if index is not None and not index.fits(tables):
            index = None
        if index is None and old is not None and old.edit_index is not None and old.edit_index.fits(tables):
            index = old.edit_index
        if index is None:  # a new workspace, or an edit no index follows (a split): the rows are grouped again
            events = tables["events"] if "events" in tables else None
            # at a new workspace, each entity's event rows (the filters' and a merge's) and what only an edit
            # reads are built after the window is drawn (``Later``); the first filter or edit waits for them
            rows = None if events is None else Later(lambda: event_rows(events)) if old is None else event_rows(events)
            index = EditIndex.build(tables, rows, later=old is None)
        self.edit_index = index
        if old is None or "events" in changed:
            # the filters as array lookups, asked after every gesture: after an edit, only the changed rows again
            rows = index.event_rows_or_later if index is not None else None
            self.event_lookup = EventLookup(self._events, rows, later=True) if old is None \
                else old.event_lookup.updated(self._events, rows)
        self._installed = _Installed(tables, self._events, self._documents, self.entity_names, self.entity_types,
                                     self.hidden_entity_ids, self.edit_index, self.event_lookup, self.mentions)
        self._answer_queries(None if old is None else self.query_context)

    def _put_back(self, installed: _Installed) -> None:
        """Install again what was installed before an edit (its undo), or after it (its redo)."""
        self._installed = installed
        self._tables, self._events, self._documents = installed.tables, installed.events, installed.documents
        self.entity_names, self.entity_types = installed.entity_names, installed.entity_types
        self.hidden_entity_ids, self.edit_index = installed.hidden_entity_ids, installed.edit_index
        self.event_lookup = installed.event_lookup
        self.mentions = installed.mentions
        self._answer_queries(self.query_context)

    def _answer_queries(self, previous: QueryContext | None) -> None:
        """The query bar's line (``filter_query``) answered over the tables now in force: a new context each time
        (an edit may rename an entity or tag an event), taking over from ``previous`` what did not change."""
        self.query_context = QueryContext(self._tables, self.event_lookup, self.path, previous)
        self.event_lookup.set_query(self.query_context)

    # ----- read-only access ------------------------------------------------------------------
    @property
    def tables(self) -> Mapping[str, pd.DataFrame]:
        """The workspace's tables, edits applied, by name (a read-only mapping of read-only frames)."""
        return MappingProxyType(self._tables)

    def table(self, name: str) -> pd.DataFrame:
        """One table, edits applied. Read-only: shared with the undo history and every view; copy to change it.
        ``"mentions"`` reads every mention now (``mentions.frame()``: scripts and tests; views read
        ``mentions`` a document or an entity at a time)."""
        if name == "mentions" and name not in self._tables:
            return self.mentions.frame()
        return self._tables[name]

    def drawn(self, name: str) -> pd.DataFrame:
        """A table's columns but its lists, without waiting for a table the window reads after it is drawn
        (``store.LATER_TABLES``: the clusters' heads, ``LaterFrame.heads``, until their lists are made); for
        the first window's views, which draw no lists of it. Read-only, like every table."""
        held = self.held(name)
        if isinstance(held, LaterFrame) and not held.done() and held.heads is not None:
            return held.heads
        return self._tables[name]

    def held(self, name: str) -> object:
        """A table as held: a ``Later`` while it is not made. What a view compares by identity to know whether
        the table changed (an edit puts a new frame in; making a ``Later`` does not change the table)."""
        return unresolved(self._tables, name)

    @property
    def events(self) -> pd.DataFrame:
        """The events indexed by ``event_id`` (read-only, like every table)."""
        return self._events

    @property
    def documents(self) -> pd.DataFrame:
        """The documents indexed by ``doc_id`` (read-only, like every table)."""
        return self._documents

    def request_review(self, cluster_id: str) -> None:
        """Ask the window to open a cluster's sources side by side (views never open windows themselves)."""
        if cluster_id:
            self.sig_review_requested.emit(cluster_id)

    def request_entity_page(self, entity_id: str) -> None:
        """Ask the window to open an entity's page (views never open pages themselves)."""
        if entity_id:
            self.sig_entity_page_requested.emit(entity_id)

    @property
    def state(self):
        """The selection's current snapshot (``SelectionState``)."""
        return self.selection.state

    def events_in_view(self) -> pd.DataFrame:
        """Events that pass the checked-entity and time-window filters."""
        return self.event_lookup.in_view(self.selection.state)

    def names_of(self, entity_ids) -> list[str]:
        """Display names for entity ids (unknown ids shown as they are)."""
        return [self.entity_names.get(e, e) for e in entity_ids]


class _EditCommand(QUndoCommand):
    """One decision on the undo stack; the first redo is the ``do_edit`` that pushed it."""

    def __init__(self, session: Session, edit: Edit) -> None:
        super().__init__(edit.label)
        self.session, self.edit = session, edit
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self.session._save(self.edit)
        except (ExplorerError, OSError) as exc:
            self.session.sig_edit_failed.emit(str(exc))

    def undo(self) -> None:
        self.session._take_back(self.edit)


LATER_AFTER_MS = 200  # from a new workspace or an edit to the start of what is worked out later (``Later``)
KEEP_ROWS = 500_000  # an older edit's undo keeps the tables from before it while they hold no more rows


@dataclass(frozen=True)
class _Installed:
    """The tables in force and what the session worked out over them: kept with them, put back with them."""

    tables: Tables
    events: pd.DataFrame
    documents: pd.DataFrame
    entity_names: dict[str, str]
    entity_types: dict[str, str]
    hidden_entity_ids: frozenset[str]
    edit_index: EditIndex | None
    event_lookup: EventLookup
    mentions: MentionRows


EntityLookups = tuple[dict[str, str], dict[str, str], frozenset[str]]


def _entity_lookups(entities: pd.DataFrame) -> EntityLookups:
    """Each entity's name and type, and the hidden ones."""
    ids = entities["entity_id"].to_numpy(dtype=object)
    hidden = (entities["hidden"] != 0).to_numpy(bool)
    return (dict(zip(ids.tolist(), entities["name"].to_numpy(dtype=object).tolist())),
            dict(zip(ids.tolist(), entities["type"].to_numpy(dtype=object).tolist())),
            frozenset(ids[hidden].tolist()))


def _patched_lookups(entities: pd.DataFrame, old: _Installed, touched: frozenset[str],
                     touched_rows: np.ndarray) -> EntityLookups | None:
    """``_entity_lookups`` after an edit that changed only the ``touched`` entities' rows: what was installed
    before it with those rows read again (a merge at 100,000 entities reads three, not every row), or None
    when the table has rows that does not account for."""
    rows = entities.iloc[touched_rows]
    names, types = dict(old.entity_names), dict(old.entity_types)
    for entity_id in touched:
        names.pop(entity_id, None)
        types.pop(entity_id, None)
    names.update(zip(rows["entity_id"], rows["name"]))
    types.update(zip(rows["entity_id"], rows["type"]))
    if len(names) != len(entities) or len(types) != len(entities):
        return None
    hidden = set(old.hidden_entity_ids) - touched
    hidden.update(rows.loc[(rows["hidden"] != 0).to_numpy(bool), "entity_id"])
    return names, types, frozenset(hidden)


def _kept_rows(kept: tuple[Edit, _Installed, _Installed]) -> int:
    edit, before, _ = kept
    return sum(len(before.tables[name]) for name in changed_tables([edit]) if name in before.tables)


def _indexed_events(events: pd.DataFrame, old: pd.DataFrame | None) -> pd.DataFrame:
    """The events indexed by ``event_id``; the old table's index is reused when the ids are the same values
    (an edit of who takes part): one hash table for every view, not a new one per edit."""
    if old is not None and len(old) == len(events) and same_values(events["event_id"], old["event_id"]):
        return events.set_axis(old.index, axis=0)
    return events.set_index("event_id", drop=False)


def _without_mentions(tables: Tables, path: Path | None) -> tuple[Tables, MentionRows]:
    """The tables without their mentions, and the mentions to read when wanted: the rows given (a case
    just extracted, tests), else the workspace file's (opened without them: ``store.WINDOW_TABLES``)."""
    if "mentions" in tables:
        rest = {name: frame for name, frame in tables.items() if name != "mentions"}
        return rest, MentionRows(FrameMentions(tables["mentions"]))
    if path is not None and Path(path).is_file():
        return tables, MentionRows(SqliteMentions(path))
    return tables, MentionRows(FrameMentions())


def _saved_edits(path: Path | None, problems: list[str] | None = None) -> list[Edit]:
    """The decisions in a workspace file; none for a new or unreadable one (opening already checked it).
    Rows this version cannot read are left out and said in ``problems``."""
    if path is None or not Path(path).is_file():
        return []
    try:
        return load_edits(path, problems)
    except ExplorerError:
        return []
