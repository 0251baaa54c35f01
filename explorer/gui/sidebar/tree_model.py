"""The entity tree model: every entity, grouped by type, sorted and filtered by itself.

``EntityTreeModel`` is a thin two-level model over the ``entities`` table (type
groups such as "PERSON (24)" at the top, entities under them; columns Name,
Mentions, Documents). It sorts itself (one Python sort per click, not a proxy
comparison per pair, so 100k entities stay quick), holds the checked ids, and
filters itself on name and aliases (case-insensitive substring; a group shows
while one of its entities matches): one pass over the names per keystroke, then
a layout change, where a filter proxy would ask Python about every row.
"""

from __future__ import annotations

import bisect
import html
from itertools import repeat

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from explorer.gui.entity_types import display_name, type_colors, type_order, type_tooltip

COL_NAME, COL_MENTIONS, COL_DOCS = range(3)
HEADERS = ("Name", "Mentions", "Docs")  # "Docs": the Documents column, short to leave room for names

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_GROUP = 0  # internalId of a top-level (type group) index; a child's is its group row + 1
# flags, built once: flags() runs for every row the tree lays out
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ENTITY_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_CHECKABLE_FLAGS = _ENTITY_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
MAX_ROWS_IN_PLACE = 1000  # entities gone or new that an edit may bring for the tree to take them in place


class _Group:
    """One type and the rows (indices into the model's entity arrays) under it, in sort order."""

    def __init__(self, type_: str, rows: np.ndarray) -> None:
        self.type = type_
        self.mentions = 0  # of the entities listed (hidden ones only when Show hidden is on)
        self.docs = 0  # how many entities are listed
        self.sorted_rows = rows  # every row of the type, in sort order
        self.shown = rows  # the rows the search keeps, in sorted order
        self.hits = len(rows)  # entities matching the search


class _RowLookup:
    """Entity id -> row, carried through edits that take a few rows out or bring them back.

    Each id keeps the key it was first given and an array says where each key's row is now, so a
    merge that moves every row after the ones it removed sets one array, not 40,000 dict entries."""

    def __init__(self, ids: np.ndarray) -> None:
        self._key_of = dict(zip(ids.tolist(), range(len(ids))))
        self._key_at = np.arange(len(ids), dtype=np.int64)  # row -> key
        self._row_at = np.arange(len(ids), dtype=np.int64)  # key -> row (-1: not in the table now)

    def get(self, entity_id: str) -> int | None:
        key = self._key_of.get(entity_id)
        row = -1 if key is None else int(self._row_at[key])
        return None if row < 0 else row

    def rows_of(self, ids: list[str]) -> np.ndarray:
        """Each id's row, -1 for an id not in the table (one C-level pass over the dict)."""
        if not len(self._row_at):
            return np.full(len(ids), -1, dtype=np.int64)
        keys = np.fromiter(map(self._key_of.get, ids, repeat(-1)), dtype=np.int64, count=len(ids))
        return np.where(keys >= 0, self._row_at[np.maximum(keys, 0)], -1)

    def moved(self, ids: np.ndarray, old_of: np.ndarray) -> None:
        """The table is now ``ids``, whose row r was row ``old_of[r]`` (-1: new to the table)."""
        key_at = np.empty(len(ids), dtype=np.int64)
        kept = old_of >= 0
        key_at[kept] = self._key_at[old_of[kept]]
        for row in np.flatnonzero(~kept).tolist():
            key_at[row] = self._key_of.setdefault(ids[row], len(self._key_of))
        self._key_at = key_at
        self._row_at = np.full(len(self._key_of), -1, dtype=np.int64)
        self._row_at[key_at] = np.arange(len(ids), dtype=np.int64)


def _objects(values) -> np.ndarray:
    """Values as a one-dimensional object array (lists stay one element each, even all of one length)."""
    return np.fromiter(values, dtype=object, count=len(values))


def _strings(column: pd.Series) -> np.ndarray:
    """A text column as a new object array of ``str`` (the table's values as they are when they are strings, checked
    in one pass in C: 459,144 entities' ids, names and types made again one by one took 0.25 s)."""
    values = column.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):
        return values.copy()
    return _objects([str(v) for v in values])


def _name_ranks(names: list[str]) -> np.ndarray:
    """Each name's rank among the distinct names, sorted as Python sorts strings (equal names one rank): Arrow
    sorts UTF-8, whose byte order is the code points' (0.1 s for 459,144 names, against a Python sort's 0.3-0.5 s);
    a name Arrow cannot hold (a lone surrogate) sends all of them to Python's sort."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        order = pc.array_sort_indices(pa.array(names, type=pa.string())).to_numpy().view(np.int64)
    except (pa.ArrowException, UnicodeEncodeError, ValueError):
        order = np.asarray(sorted(range(len(names)), key=names.__getitem__), dtype=np.int64)
    ordered = np.asarray(names, dtype=object)[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    return _ranks_of(order, new)


def _ranks_of(order: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Each row's rank from the rows in sorted ``order`` and whether each there differs from the one before."""
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.cumsum(new) - 1
    return ranks


def _sort_name_ranks(names: np.ndarray) -> np.ndarray:
    """``_name_ranks`` of every name's ``_sort_name``, the names casefolded in one loop in C and the rest done in
    Arrow ("the " dropped, sorted, equal neighbours found), not a Python call and a Python string per entity
    (0.5 s of the sidebar's 0.6 s at 459,144 entities); names Arrow cannot hold go the Python way."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        folded = pa.array(_casefolded(names) if len(names) else [], type=pa.string())
    except (pa.ArrowException, UnicodeEncodeError, ValueError, TypeError):
        return _name_ranks([_sort_name(n) for n in names])
    keys = pc.replace_substring_regex(folded, pattern="^the ", replacement="", max_replacements=1)
    order = pc.array_sort_indices(keys).to_numpy().view(np.int64)
    ordered = keys.take(pa.array(order))
    new = np.ones(len(order), dtype=bool)
    if len(order) > 1:
        new[1:] = pc.not_equal(ordered.slice(1), ordered.slice(0, len(order) - 1)).to_numpy(zero_copy_only=False)
    return _ranks_of(order, new)


def _places_of(order: np.ndarray) -> np.ndarray:
    """Each row's place in ``order`` (a permutation of the rows)."""
    places = np.empty(len(order), dtype=np.int64)
    places[order] = np.arange(len(order))
    return places


def _sort_name(name: str) -> str:
    folded = name.casefold()
    return folded[4:] if folded.startswith("the ") else folded


_casefolded = np.frompyfunc(str.casefold, 1, 1)


def _search_texts(names: np.ndarray, aliases: np.ndarray) -> np.ndarray:
    """``_search_text`` of every entity: a name without aliases casefolded in one loop in C, the others joined."""
    texts = _casefolded(names).astype(object) if len(names) else _objects([])
    for row in np.flatnonzero(np.fromiter(map(len, aliases), dtype=np.int64, count=len(aliases))).tolist():
        texts[row] = _search_text(names[row], aliases[row])
    return texts


def _search_text(name: str, aliases) -> str:
    """What the filter box matches: the name and every alias, casefolded."""
    return "\n".join([name, *aliases]).casefold()


class EntityTreeModel(QAbstractItemModel):
    """Type groups with their entities as children; entities are checkable."""

    sig_checks_edited = Signal(object)  # frozenset of checked ids, after a user edit through setData

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # by entity row, as arrays: an edit carries them over with one take each
        self._ids = _objects([])
        self._names = _objects([])
        self._types = _objects([])
        self._aliases = _objects([])  # cells as the table holds them (lists), read, never changed
        self._mentions = np.empty(0, dtype=np.int64)
        self._docs = np.empty(0, dtype=np.int64)
        self._hidden = np.empty(0, dtype=bool)
        self._search = _objects([])  # casefolded name and aliases, for the filter
        self._groups: list[_Group] = []  # every type, in sort order
        self._shown: list[_Group] = []  # the types with an entity the search keeps: the top-level rows
        self._rows = _RowLookup(self._ids)  # entity id -> entity row
        self._group_of = np.empty(0, dtype=np.int64)  # entity row -> top-level row (-1: not shown)
        self._child_of = np.empty(0, dtype=np.int64)  # entity row -> row under its group
        self._checked: set[str] = set()
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)
        self._needle = ""
        self._hit = np.empty(0, dtype=bool)  # by entity row: it matches the search
        self._absent = np.empty(0, dtype=bool)  # by entity row: hidden, and hidden ones are not listed

    # -- filling ---------------------------------------------------------------------------
    def set_entities(self, entities: pd.DataFrame, show_hidden: bool = True) -> None:
        """Show a new entities table (resets the model; checks are dropped); hidden ones only with ``show_hidden``."""
        self.beginResetModel()
        self._ids = _strings(entities["entity_id"])
        self._names = _strings(entities["name"])
        self._types = _strings(entities["type"])
        self._types[self._types == ""] = "other"
        aliases = entities["aliases"].to_numpy(dtype=object)
        self._aliases = aliases.copy() if all(type(cell) is list for cell in aliases.tolist()) \
            else _objects([v if isinstance(v, list) else list(v) for v in aliases])
        self._mentions = entities["mention_count"].to_numpy(dtype=np.int64)
        self._docs = entities["doc_count"].to_numpy(dtype=np.int64)
        self._hidden = (entities["hidden"] != 0).to_numpy(dtype=bool)
        self._absent = self._hidden & (not show_hidden)  # hidden and not listed
        self._search = _search_texts(self._names, self._aliases)
        self._rows = _RowLookup(self._ids)
        codes, kinds = pd.factorize(self._types)
        by_code = np.argsort(codes, kind="stable")  # each type's rows in table order, one after another
        bounds = np.searchsorted(codes[by_code], np.arange(len(kinds) + 1))
        by_type = {kind: by_code[bounds[c]:bounds[c + 1]].astype(np.int64) for c, kind in enumerate(kinds.tolist())}
        self._groups = [_Group(t, by_type[t]) for t in type_order(by_type)]
        self._count_groups()
        self._checked = set()
        self._needle, needle = "", self._needle
        self._hit = np.ones(len(self._ids), dtype=bool)
        self._sort_rows(*self._sort)
        self._match(needle)
        self.endResetModel()

    def _count_groups(self) -> None:
        """Each group's mentions and entities listed (hidden ones only when listed), summed in numpy."""
        listed = ~self._absent if len(self._absent) else None
        for group in self._groups:
            rows = group.sorted_rows
            if listed is not None:
                rows = rows[listed[rows]]
            group.mentions, group.docs = int(self._mentions[rows].sum()), len(rows)

    def update_entities(self, entities: pd.DataFrame, show_hidden: bool = True,
                        touched: frozenset[str] | None = None, touched_rows: np.ndarray | None = None) -> bool:
        """Take an edited table in place when it holds the same entities of the same types, give or take a
        few (a rename, new aliases, new counts, hidden or shown; a merge's entities gone, or back on its
        undo): a layout change, not a reset, so checks, the selection and open groups stay, and only the
        changed rows are placed again. False, changing nothing, when the table differs more (a new type,
        many entities in or out): ``set_entities`` then.

        ``touched`` (from the session, after one edit): the only entities whose names, aliases or types
        can have changed; the others are checked to stand in the same order and taken as they were, so
        a merge compares three rows, not 100,000 names and alias lists. ``touched_rows``: their rows in
        ``entities``, when the caller found them.
        """
        ids = entities["entity_id"].to_numpy(dtype=object)
        types = entities["type"].to_numpy(dtype=object).copy()
        types[types == ""] = "other"  # (np.where made a fixed-width text array, then new strings: 4 ms, not 1)
        hinted = self._rows_touched(entities, ids, touched, touched_rows) if touched else None
        if hinted is not None:
            old_of, looked_at = hinted
        else:
            same_rows = len(ids) == len(self._ids) and bool((ids == self._ids).all())
            # new row -> old row (-1: new), by the model's own id lookup (no new hash table of 100,000 ids)
            old_of = np.arange(len(ids)) if same_rows else self._rows.rows_of(ids.tolist())
            looked_at = np.arange(len(ids))
        kept = old_of >= 0
        seen = looked_at[kept[looked_at]]  # rows kept whose type, name and aliases may differ
        if (len(ids) - int(kept.sum())) + (len(self._ids) - int(kept.sum())) > MAX_ROWS_IN_PLACE \
                or not (types[seen] == self._types[old_of[seen]]).all() \
                or not set(types[~kept]) <= {g.type for g in self._groups}:
            return False
        names = entities["name"].to_numpy(dtype=object)
        aliases = entities["aliases"].to_numpy(dtype=object)
        if not all(type(cell) is list for cell in aliases[looked_at].tolist()):  # as tables hold them, or made so
            aliases = _objects([v if isinstance(v, list) else list(v) for v in aliases])
        changed = ~kept
        changed[seen] = (names[seen] != self._names[old_of[seen]]) | (aliases[seen] != self._aliases[old_of[seen]])
        self._relayout(lambda: self._take(entities, ids, types, names, aliases, old_of, np.flatnonzero(changed),
                                          show_hidden))
        self._checked = {e for e in self._checked if self.has_entity(e)}  # a hidden or merged entity is no longer listed
        return True

    def _rows_touched(self, entities: pd.DataFrame, ids: np.ndarray, touched: frozenset[str],
                      new_rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray] | None:
        """(new row -> old row, the rows of ``touched``) when every other entity keeps its row order; None if not.

        Only the touched ids are looked up; the others are matched in order and their ids compared
        once, so a row an edit moved without touching it sends the caller to the full comparison."""
        if new_rows is None:
            new_rows = np.flatnonzero(entities["entity_id"].isin(touched).to_numpy(dtype=bool))
        old_rows = self._rows.rows_of(list(touched))
        old_rows = np.sort(old_rows[old_rows >= 0])
        rest_new, rest_old = np.ones(len(ids), dtype=bool), np.ones(len(self._ids), dtype=bool)
        rest_new[new_rows], rest_old[old_rows] = False, False
        rest_new_rows, rest_old_rows = np.flatnonzero(rest_new), np.flatnonzero(rest_old)
        if len(rest_new_rows) != len(rest_old_rows) or not (ids[rest_new_rows] == self._ids[rest_old_rows]).all():
            return None
        old_of = np.full(len(ids), -1, dtype=np.int64)
        old_of[rest_new_rows] = rest_old_rows
        old_of[new_rows] = self._rows.rows_of(ids[new_rows].tolist())
        return old_of, new_rows

    def _take(self, entities: pd.DataFrame, ids: np.ndarray, types: np.ndarray, names: np.ndarray,
              aliases: np.ndarray, old_of: np.ndarray, changed: np.ndarray, show_hidden: bool) -> None:
        """The new rows: what stayed is carried over by its old row, the ``changed`` rows (renamed, new)
        are searched and placed again; groups keep their order."""
        mentions = entities["mention_count"].to_numpy(dtype=np.int64)
        docs = entities["doc_count"].to_numpy(dtype=np.int64)
        hidden = (entities["hidden"] != 0).to_numpy(dtype=bool)
        absent = hidden & (not show_hidden)
        kept = old_of >= 0
        counted = len(ids) != len(self._ids) or not np.array_equal(mentions[kept], self._mentions[old_of[kept]]) \
            or not np.array_equal(docs[kept], self._docs[old_of[kept]]) \
            or not np.array_equal(absent[kept], self._absent[old_of[kept]])
        new_of = np.full(len(self._ids), -1, dtype=np.int64)  # old row -> new row (-1: gone)
        new_of[old_of[kept]] = np.flatnonzero(kept)
        search, hit = self._search[old_of], self._hit[old_of]  # new rows: set below
        for row in changed.tolist():
            search[row] = _search_text(names[row], aliases[row])
            hit[row] = not self._needle or self._needle in search[row]
        if len(ids) != len(self._ids) or not (old_of == np.arange(len(ids))).all():
            self._rows.moved(ids, old_of)
        self._ids, self._types, self._names, self._aliases, self._mentions, self._docs = \
            ids, types, names, aliases, mentions, docs
        self._hidden, self._absent, self._search, self._hit = hidden, absent, search, hit
        groups = {g.type: g for g in self._groups}
        for group in self._groups:  # each group's order carried over, its changed rows out
            rows = new_of[group.sorted_rows]
            rows = rows[rows >= 0]
            group.sorted_rows = rows[~np.isin(rows, changed)] if len(changed) else rows
        if (counted and self._sort[0] != COL_NAME) or \
                (len(changed) and self._sort != (COL_NAME, Qt.SortOrder.AscendingOrder)):
            for row in changed.tolist():
                group = groups[types[row]]
                group.sorted_rows = np.append(group.sorted_rows, row)
            self._count_groups()
            self._sort_rows(*self._sort)
            return
        for row in changed.tolist():  # names A→Z: each renamed or new row goes to its place in its group
            group = groups[types[row]]
            at = bisect.bisect_right(group.sorted_rows, _sort_name(names[row]), key=lambda r: _sort_name(names[r]))
            group.sorted_rows = np.insert(group.sorted_rows, at, row)
        if counted:
            self._count_groups()
        self._show_rows()

    def set_search(self, needle: str) -> int:
        """Keep only the entities whose name or an alias contains ``needle`` (casefolded), and their groups.

        A layout change, not a reset: selections and expanded groups survive (rows the
        search drops leave the selection). Returns the number of matching entities.
        """
        if needle != self._needle:
            self._relayout(lambda: self._match(needle))
        return self.hit_count()

    def hit_count(self) -> int:
        """How many entities the search keeps."""
        return sum(g.hits for g in self._groups)

    def _match(self, needle: str) -> None:
        """Mark the matching entities (typing on only re-checks the previous matches), then show them."""
        previous, self._needle = self._needle, needle
        if not needle:
            self._hit = np.ones(len(self._ids), dtype=bool)
        else:
            narrowing = previous and previous in needle and len(self._hit) == len(self._ids)
            candidates = np.flatnonzero(self._hit) if narrowing else range(len(self._ids))
            search = self._search.tolist()  # (a list reads faster, one element at a time)
            self._hit = np.zeros(len(self._ids), dtype=bool)
            self._hit[[r for r in candidates if needle in search[r]]] = True
        self._show_rows()

    def _show_rows(self) -> None:
        """The shown groups and rows, and where each entity sits in them, from the sort and the search."""
        listed = self._hit & ~self._absent if len(self._absent) else self._hit
        narrowed = bool(self._needle) or bool(self._absent.any())
        for group in self._groups:
            rows = group.sorted_rows
            group.shown = rows[listed[rows]] if narrowed else rows
            group.hits = len(group.shown)
        self._shown = [g for g in self._groups if g.hits]  # (every group has rows when nothing narrows)
        self._group_of = np.full(len(self._ids), -1, dtype=np.int64)
        self._child_of = np.full(len(self._ids), -1, dtype=np.int64)
        for row, group in enumerate(self._shown):
            self._group_of[group.shown] = row
            self._child_of[group.shown] = np.arange(len(group.shown))

    def _relayout(self, change) -> None:
        """Run ``change`` (a new sort or search) as a layout change that keeps persistent indexes."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_where = [self._locate(index) for index in old]
        change()
        self.changePersistentIndexList(old, [self._relocate(where, index.column()) for where, index in
                                             zip(old_where, old)])
        self.layoutChanged.emit()

    def set_checked(self, entity_ids) -> None:
        """Show these ids as checked (no ``sig_checks_edited``: the change came from outside)."""
        wanted = {e for e in entity_ids if self.has_entity(e)}
        changed = wanted ^ self._checked
        self._checked = wanted
        spans: dict[int, list[int]] = {}  # one dataChanged per group, over the changed rows' span
        for entity_id in changed:
            row = self._rows.get(entity_id)
            if row is None:
                continue  # no longer in the table
            group_row, child_row = int(self._group_of[row]), int(self._child_of[row])
            if group_row < 0:
                continue  # filtered out: nothing on screen to repaint
            span = spans.setdefault(group_row, [child_row, child_row])
            span[0], span[1] = min(span[0], child_row), max(span[1], child_row)
        for group_row, (first, last) in spans.items():
            self.dataChanged.emit(self.createIndex(first, COL_NAME, group_row + 1),
                                  self.createIndex(last, COL_NAME, group_row + 1), [Qt.ItemDataRole.CheckStateRole])

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    # -- lookups -------------------------------------------------------------------------
    def index_of(self, entity_id: str, column: int = COL_NAME) -> QModelIndex:
        """The index of an entity (invalid if unknown)."""
        row = self._rows.get(entity_id)
        if row is None or self._group_of[row] < 0:
            return QModelIndex()
        return self.createIndex(int(self._child_of[row]), column, int(self._group_of[row]) + 1)

    def has_entity(self, entity_id: str) -> bool:
        """Whether the entity is listed (a hidden one only with Show hidden)."""
        row = self._rows.get(entity_id)
        return row is not None and not self._absent[row]

    def entity_id(self, index: QModelIndex) -> str | None:
        """The entity id at an index, or None for a group or an invalid index."""
        row = self._entity_row(index)
        return None if row is None else self._ids[row]

    def _entity_row(self, index: QModelIndex) -> int | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return int(self._shown[index.internalId() - 1].shown[index.row()])

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # hot path (called per row while filtering 100k entities): plain bounds checks, no hasIndex
        if not 0 <= column < 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._shown) else QModelIndex()
        group_row = parent.row()
        if (parent.internalId() == _GROUP and parent.column() == 0 and group_row < len(self._shown)
                and row < len(self._shown[group_row].shown)):
            return self.createIndex(row, column, group_row + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._shown[parent.row()].shown)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("Canonical name (click to sort)", "Mentions across all documents (click to sort)",
                        "Documents that mention it (click to sort)")[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return _GROUP_FLAGS
        return _CHECKABLE_FLAGS if index.column() == COL_NAME else _ENTITY_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._shown[index.row()], index.column(), role)
        return self._entity_data(int(self._shown[index.internalId() - 1].shown[index.row()]), index.column(), role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entity_id = self.entity_id(index)
        if entity_id is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_NAME:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(entity_id)
        else:
            self._checked.discard(entity_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_checks_edited.emit(self.checked())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort groups and the entities within each group by a column."""
        if not 0 <= column < len(HEADERS):
            return
        self._relayout(lambda: self._sort_rows(column, order))

    # -- internals -----------------------------------------------------------------------
    def _group_data(self, group: _Group, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{display_name(group.type)} ({group.docs:,})", f"{group.mentions:,}", None)[column]
        if role == SORT_ROLE:
            return (display_name(group.type), group.mentions, group.docs)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{type_tooltip(group.type)}\n{group.docs:,} entities, {group.mentions:,} mentions"
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return type_colors(group.type)[0].darker(115)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _entity_data(self, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._names[row], f"{self._mentions[row]:,}", f"{self._docs[row]:,}")[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NAME:
            return Qt.CheckState.Checked if self._ids[row] in self._checked else Qt.CheckState.Unchecked
        if role == ENTITY_ID_ROLE:
            return self._ids[row]
        if role == SORT_ROLE:
            return (_sort_name(self._names[row]), int(self._mentions[row]), int(self._docs[row]))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._hidden[row]:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, row: int) -> str:
        type_ = self._types[row]
        lines = [f"<b>{html.escape(self._names[row])}</b>", f"{html.escape(display_name(type_))} ({type_})"]
        aliases = list(self._aliases[row])
        if aliases:
            lines.append("Also: " + html.escape(", ".join(aliases)))
        mentions, docs = int(self._mentions[row]), int(self._docs[row])
        lines.append(f"{mentions:,} mention{'s' * (mentions != 1)} in {docs:,} document{'s' * (docs != 1)}")
        if self._hidden[row]:
            lines.append("<i>hidden (right-click ▸ Show)</i>")
        return "<br>".join(lines)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Each group's rows sorted by ``column`` (names A→Z as Python compares their sort names; counts with ties
        by name, always A→Z), from their last order: equal keys keep it (a stable sort, as Python's ``sort`` with
        ``reverse`` keeps ties). The keys are ranked once for every row, then each group's rows sorted in numpy."""
        self._sort = (column, order)
        reverse = order == Qt.SortOrder.DescendingOrder
        ranks = _sort_name_ranks(self._names)
        if column == COL_NAME:
            keys = -ranks if reverse else ranks
            self._groups.sort(key=lambda g: display_name(g.type).casefold(), reverse=reverse)  # as the headers read
        else:
            counts = self._mentions if column == COL_MENTIONS else self._docs
            tie = _places_of(np.argsort(ranks, kind="stable"))  # each row's place A→Z (equal names by row)
            keys = _places_of(np.lexsort((tie, -counts if reverse else counts)))  # by count, then A→Z
            self._groups.sort(key=lambda g: display_name(g.type).casefold())  # ties A→Z, however the groups stood
            self._groups.sort(key=lambda g: g.mentions if column == COL_MENTIONS else g.docs, reverse=reverse)
        for group in self._groups:
            rows = group.sorted_rows
            group.sorted_rows = rows[np.argsort(keys[rows], kind="stable")].astype(np.int64, copy=False)
        self._show_rows()

    def _locate(self, index: QModelIndex):
        """A stable key for an index: ("group", type) or ("entity", id)."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return ("group", self._shown[index.row()].type)
        return ("entity", self.entity_id(index))

    def _relocate(self, where, column: int) -> QModelIndex:
        if where is None:
            return QModelIndex()
        kind, key = where
        if kind == "entity":
            return self.index_of(key, column)
        row = next((i for i, g in enumerate(self._shown) if g.type == key), None)
        return QModelIndex() if row is None else self.createIndex(row, column, _GROUP)
