"""The event table's model: the events in view as rows, sorted and filtered over every row.

``EventTableModel`` keeps the events' columns as arrays and the display order as row
positions, and shows rows to Qt in chunks of ``CHUNK_ROWS`` (``canFetchMore`` /
``fetchMore``), so a million events never become Qt rows at once. It sorts all rows
itself (dates chronologically, undated always last), so a sorted view stays right
while rows are still arriving, and it applies the filter box's text itself, testing
the sorted rows as they are fetched. With both in the model, the view needs no
``QSortFilterProxyModel`` (whose bookkeeping cost a Python-free but still per-row
pass for every chunk, and a long one to reach the last of a million rows):
``EventProxyModel`` passes rows through unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from explorer.core.coded import ListCells, categorical_parts, codes_of, is_arrow_lists, is_categorical
from explorer.core.dates import date_label as core_date_label
from explorer.core.dates import event_date_words
from explorer.core.edits.marks import MARKS, WORDS, Marks, glyphs
from explorer.core.query import arrow_strings, id_positions

COL_DATE, COL_TRIGGER, COL_PARTICIPANTS, COL_PLACE, COL_DOCUMENT, COL_SENTENCE, COL_NOTES, COL_MARKS = range(8)
HEADERS = ["Date", "Trigger", "Participants", "Place", "Document", "Sentence", "Notes", "Marks"]
SEARCHED_COLUMNS = (COL_TRIGGER, COL_PARTICIPANTS, COL_PLACE, COL_SENTENCE, COL_DOCUMENT, COL_NOTES)

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole  # the row's event_id
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's doc_id
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the text the filter box searches

CHUNK_ROWS = 500
SCAN_ROWS = 20 * CHUNK_ROWS  # rows tested against the filter text per fetch at most (a fetch stays short)
UNDATED = "undated"
RANGE_DASH = " – "


def date_label(start: str, end: str) -> str:
    """"2026-02-04", "2026-02-02 – 2026-02-04" for a range, "≤ 2010-09-08" for a bound, "undated" for none."""
    return core_date_label(start, end, UNDATED, RANGE_DASH)
EVENT_FIELDS = ["event_id", "doc_id", "sentence", "trigger", "date_start", "date_end", "date_basis", "place",
                "participants", "cluster_id", "note", "tags"]
ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_UNDATED_BRUSH = QBrush(QColor(128, 128, 128))
INFERRED = frozenset({"narrative", "bounded"})  # dates the text does not state: italic here, hollow on the timeline
_NO_ROWS = np.empty(0, dtype=np.int64)
FEW_POSITIONS = 8  # events found by a pass over the display order each, rather than by its inverse (``rows_of``)


class EventTableModel(QAbstractTableModel):
    """One row per event; rows arrive in chunks; sorting and filtering happen over all rows.

    Rows are ``_order`` (positions of the events as given, in display order); while the
    filter box has text, the rows shown are those of ``_order`` that match it, found
    as far as ``_scanned`` (``_hits`` holds their indices into ``_order``).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events = pd.DataFrame(columns=EVENT_FIELDS)  # as given
        self._rows: np.ndarray | None = None  # the positions of the events shown (None: all)
        self._columns: dict[str, np.ndarray | TextColumn] = {f: np.empty(0, dtype=object) for f in EVENT_FIELDS}
        self._order = _NO_ROWS  # display order -> row of the events as given
        self._display_rows: np.ndarray | None = None  # the inverse, built when first needed
        self._needle = ""  # the filter text, casefolded ("" shows every row)
        self._hits: np.ndarray | None = None  # indices into _order that match the filter (None: no filter)
        self._scanned = 0  # how much of _order has been tested against the filter
        self._names: Mapping[str, str] = {}
        self._titles: Mapping[str, str] = {}
        self._loaded = 0
        self._positions: pd.Index | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._marks = Marks()  # the analyst's marks (a few events): the Marks column's glyphs

    # -- contents ---------------------------------------------------------------------

    def set_rows(self, events: pd.DataFrame, entity_names: Mapping[str, str] | None = None,
                 doc_titles: Mapping[str, str] | None = None, by_date: np.ndarray | None = None,
                 rows: np.ndarray | None = None) -> None:
        """Show ``events`` (rows of the events table; only those at positions ``rows`` when given),
        in the current sort order.

        ``entity_names`` maps entity ids to names, ``doc_titles`` doc ids to titles.
        ``by_date``, when the caller knows it, is the shown rows' positions sorted as the Date
        column sorts ascending (it saves sorting a million rows on every filter). Giving the
        whole table and the ``rows`` in view, rather than a frame of them, spares a copy of
        them on every filter: the table's columns are taken once.
        """
        self.beginResetModel()
        if entity_names is not None:
            self._names = entity_names
        if doc_titles is not None:
            self._titles = doc_titles
        if events is not self._events:
            self._events = events
            self._columns = {f: _column(events[f]) if f in events
                             else np.full(len(events), np.nan, dtype=object) for f in EVENT_FIELDS}  # no copies
            # the events' own index when it holds their ids (the session's does): its ids' order is shared
            self._positions = events.index if events.index.name == "event_id" else None
        self._rows = rows
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        given = by_date is not None and self._sort_column == COL_DATE and ascending and \
            len(by_date) == (len(events) if rows is None else len(rows))
        self._order = by_date if given else self._sorted_rows(self._sort_column, self._sort_order)
        self._display_rows = None
        self._restart()
        self.endResetModel()

    def set_marks(self, marks: Marks) -> None:
        """Show ``marks`` in the Marks column (the rows stay: a repaint of one column; sorted by it, sorted again)."""
        self._marks = marks
        if self._sort_column == COL_MARKS:
            self.set_rows(self._events, rows=self._rows)
        elif self._loaded:
            self.dataChanged.emit(self.index(0, COL_MARKS), self.index(self._loaded - 1, COL_MARKS))

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose searched columns contain ``text`` (any case); "" shows every row."""
        needle = text.casefold()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._restart()
        self.endResetModel()

    def total_rows(self) -> int:
        """All rows the model holds, loaded or not (before the filter text)."""
        return len(self._order)

    def rows_of(self, event_ids: Iterable[str]) -> list[int]:
        """Rows (loading them if needed) of the given events, ascending; unknown ids and rows the
        filter text hides are skipped."""
        wanted = list(event_ids)
        if not wanted or not len(self._order):
            return []
        found = self._event_positions(wanted)
        rows = np.sort(self._display_rows_of(found))  # indices into _order of the events shown
        if self._hits is not None and len(rows):  # their rows among the matches, if they match
            self._scan(int(rows[-1]) + 1)
            at = np.searchsorted(self._hits, rows)
            matched = at < len(self._hits)
            matched[matched] = self._hits[at[matched]] == rows[matched]
            rows = at[matched]
        rows = rows.tolist()
        if rows:
            self.ensure_loaded(rows[-1])
        return rows

    def _event_positions(self, wanted: list[str]) -> np.ndarray:
        """The positions of the events ``wanted`` among those given (unknown ids left out)."""
        if self._positions is None:
            column = self._events["event_id"]  # (Arrow strings searched as they are: ``IdPositions``)
            self._positions = column if arrow_strings(column) is not None else pd.Index(self._columns["event_id"],
                                                                                         dtype=object)
        # the ids' sorted order, shared with the session's lookup when the index is the session's events' (no
        # hash table over ten million ids); every row of an id held twice, ascending, as before
        return id_positions(self._positions).positions(wanted)

    def _display_rows_of(self, positions: np.ndarray) -> np.ndarray:
        """Where the events at ``positions`` stand in ``_order`` (those not shown left out). A few (a selection made
        elsewhere) are found by comparing ``_order`` with each; more by the order's inverse, made once per order (at
        ten million events making it took 70-140 ms of the table's jump to one selected event)."""
        if self._display_rows is None and len(positions) <= FEW_POSITIONS:
            return np.concatenate([_NO_ROWS, *(np.flatnonzero(self._order == p) for p in positions.tolist())])
        if self._display_rows is None:
            self._display_rows = np.full(len(self._columns["event_id"]), -1, dtype=np.int64)
            self._display_rows[self._order] = np.arange(len(self._order))
        rows = self._display_rows[positions]
        return rows[rows >= 0]

    def ensure_loaded(self, row: int) -> None:
        """Load chunks until ``row`` is among the rows the views see."""
        if row >= self._loaded:
            self._load(min(self._known_rows(), (row // CHUNK_ROWS + 1) * CHUNK_ROWS) - self._loaded)

    def event_id(self, row: int) -> str:
        return self._columns["event_id"][self._position(row)]

    def doc_id(self, row: int) -> str:
        return self._columns["doc_id"][self._position(row)]

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt naming)
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and (self._loaded < self._known_rows() or self._scanned < len(self._order))

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        if self._hits is not None:  # find the next chunk's matches, testing at most SCAN_ROWS rows
            budget = min(len(self._order), self._scanned + SCAN_ROWS)
            while len(self._hits) < self._loaded + CHUNK_ROWS and self._scanned < budget:
                self._scan(min(budget, self._scanned + CHUNK_ROWS))
        self._load(min(CHUNK_ROWS, self._known_rows() - self._loaded))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_MARKS:
                return _marks_words(self._marks.of_event(self.event_id(row)))
            if column == COL_DATE:  # where the date comes from: stated, the passage's, the report's, a bound
                return event_date_words(*(str(self._cell(row, f) or "") for f in ("date_start", "date_end",
                                                                                   "date_basis")))
            return self._cell(row, "sentence")
        if role == Qt.ItemDataRole.FontRole and column == COL_DATE and self._cell(row, "date_basis") in INFERRED:
            return _inferred_font()
        if role == EVENT_ID_ROLE:
            return self.event_id(row)
        if role == DOC_ID_ROLE:
            return self.doc_id(row)
        if role == SEARCH_ROLE:
            return self.search_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DATE and not (
                self._cell(row, "date_start") or self._cell(row, "date_end")):
            return _UNDATED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN.value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort all rows (not only the loaded ones); empty keys (undated, no place) go last."""
        self._sort_column, self._sort_order = column, order
        self.set_rows(self._events, rows=self._rows)

    # -- cells ---------------------------------------------------------------------------

    def display(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return self._display_at(self._position(row), column)

    def search_text(self, row: int) -> str:
        """Trigger, participants, place, sentence and document of a row, for the filter box."""
        return self._search_text_at(self._position(row))

    def _cell(self, row: int, field: str):
        return self._columns[field][self._position(row)]

    def _position(self, row: int) -> int:
        """The row of the events as given shown at display ``row``."""
        return self._order[row if self._hits is None else self._hits[row]]

    def _display_at(self, position: int, column: int) -> str:
        if column == COL_MARKS:
            return glyphs(self._marks.of_event(self._columns["event_id"][position]))
        return _display(lambda field: self._columns[field][position], self._names, self._titles, column)

    def _search_text_at(self, position: int) -> str:
        return "\n".join(self._display_at(position, c) for c in SEARCHED_COLUMNS)

    # -- loading, filtering and sorting --------------------------------------------------

    def _restart(self) -> None:
        """Rows shown from the top again (new rows, order or filter text)."""
        self._hits = None if not self._needle else _NO_ROWS
        self._scanned = 0 if self._needle else len(self._order)
        if self._needle:
            self._scan(min(len(self._order), CHUNK_ROWS))
        self._loaded = min(CHUNK_ROWS, self._known_rows())

    def _known_rows(self) -> int:
        """Rows known to be shown so far (all of them without filter text)."""
        return len(self._order) if self._hits is None else len(self._hits)

    def _scan(self, stop: int) -> None:
        """Test the rows of ``_order`` up to ``stop`` against the filter text."""
        if stop <= self._scanned:
            return
        needle, order = self._needle, self._order
        found = [i for i in range(self._scanned, stop) if needle in self._search_text_at(order[i]).casefold()]
        self._hits = np.concatenate([self._hits, np.array(found, dtype=np.int64)])
        self._scanned = stop

    def _load(self, count: int) -> None:
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def date_order(self) -> np.ndarray:
        """The shown rows' positions as the Date column sorts them ascending (for ``set_rows(by_date=...)``)."""
        return self._sorted_rows(COL_DATE, Qt.SortOrder.AscendingOrder)

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        """Row positions sorted by ``column``'s key; rows with an empty key always last.

        Each distinct key is ranked once (Python sorts the few thousand dates, not a
        million rows), then the ranks sort in numpy, stably, so ties keep their order.
        """
        count = len(self._columns["event_id"]) if self._rows is None else len(self._rows)
        if column < 0 or not count:
            return np.arange(count) if self._rows is None else self._rows
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_DATE:  # (every row's positions are not made for it: 80 MB at ten million events)
            keys = _date_keys(self._columns["date_start"], self._columns["date_end"], self._rows, descending)
        else:
            shown = np.arange(count) if self._rows is None else self._rows
            texts = self._sort_texts(column, shown)
            keys = _sort_keys(_ranks(texts), texts != "", descending)
        placed = _stable_order(keys)
        return placed if self._rows is None else self._rows[placed]  # (every row shown: positions are rows)

    def _sort_texts(self, column: int, shown: np.ndarray) -> np.ndarray:
        """One casefolded string per row shown (in the events' order), as the column shows it."""
        columns = self._columns
        if column == COL_TRIGGER:
            texts = _texts(columns["trigger"][shown])
        elif column == COL_PLACE:
            texts = np.array([self._names.get(p, p) for p in _texts(columns["place"][shown])], dtype=object)
        elif column == COL_DOCUMENT:
            texts = np.array([self._titles.get(d, "") for d in columns["doc_id"][shown]], dtype=object)
        elif column == COL_MARKS:  # (the few marked events found by id: no step per row)
            texts = self._marks_texts(shown)
        else:
            texts = np.array([self._display_at(r, column) for r in shown.tolist()], dtype=object)
        return np.array([t.casefold() for t in texts], dtype=object)


    def _marks_texts(self, shown: np.ndarray) -> np.ndarray:
        """The Marks column's glyphs for the rows ``shown`` ("" for the many unmarked)."""
        texts = np.full(len(shown), "", dtype=object)
        marked = list(self._marks.events)
        if not marked:
            return texts
        where = np.full(len(self._columns["event_id"]), -1, dtype=np.int64)
        where[shown] = np.arange(len(shown))
        for position in self._event_positions(marked).tolist():
            if where[position] >= 0:
                texts[where[position]] = self._display_at(position, COL_MARKS)
        return texts


class EventProxyModel(QIdentityProxyModel):
    """The model's rows as they are: sorting (by the header) and filtering are the source's own.

    The source sorts and filters all of its rows, loaded or not, so the order stays
    right as chunks arrive, and rows reach the view without per-row bookkeeping.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def _column(series: pd.Series):
    """A column's values by row position: its own object array (no copy), or for an Arrow-backed text column
    (the window's sentences) a ``TextColumn`` that decodes only the rows asked for."""
    if is_arrow_lists(series):  # (the window's participants: a row's list made when it is shown)
        return ListCells(series)
    if is_categorical(series):  # (the window's repeated texts: a row's string taken from its code when shown)
        return CodedColumn(series)
    if series.dtype == object or not isinstance(series.dtype, pd.StringDtype):
        return series.to_numpy(dtype=object)
    return TextColumn(series)


class CodedColumn:
    """A text column held as codes (a categorical) read by row position: a row's string is its category, taken
    when asked; indexed by an array, an object array of strings. Ten million pointers are never made."""

    def __init__(self, series: pd.Series) -> None:
        self._codes, self._values = categorical_parts(series)

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, at):
        return self._values[self._codes[at]]  # (a row: its string; rows: an object array)


class TextColumn:
    """An Arrow-backed text column read by row position, each row decoded from the column's UTF-8 buffer when
    asked (about 0.5 µs): a million Python strings are never made for the rows nobody looks at."""

    def __init__(self, series: pd.Series) -> None:
        import pyarrow as pa

        array = pa.array(series.array)
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        wide = pa.types.is_large_string(array.type)  # (pandas' own strings have 64-bit offsets)
        if array.null_count or not (wide or pa.types.is_string(array.type)):  # not plain text: Python strings
            self._values: np.ndarray | None = series.to_numpy(dtype=object)
            return
        self._values = None
        self._array = array  # holds the buffers the views below read
        buffers = array.buffers()
        offsets = np.frombuffer(buffers[1], dtype=np.int64 if wide else np.int32)
        self._offsets = offsets[array.offset:array.offset + len(array) + 1]
        self._data = memoryview(buffers[2]) if buffers[2] is not None else memoryview(b"")

    def __len__(self) -> int:
        return len(self._offsets) - 1 if self._values is None else len(self._values)

    def __getitem__(self, at):
        if self._values is not None:
            return self._values[at]
        if isinstance(at, (int, np.integer)):
            return str(self._data[self._offsets[at]:self._offsets[at + 1]], "utf-8")
        return np.array([self[i] for i in np.arange(len(self))[at].tolist()], dtype=object)


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """The positions that sort ``keys`` (integers), equal keys in their order: Arrow's sort, which counts small
    integers (a few thousand dates' ranks over ten million rows: 0.06 s, against 0.19 s for numpy's stable radix
    sort), else numpy's."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        return pc.array_sort_indices(pa.array(keys)).to_numpy().view(np.int64)
    except (pa.ArrowException, ValueError):  # (an Arrow that cannot: numpy's stable sort, the same order)
        return np.argsort(keys, kind="stable")


def _texts(values: np.ndarray) -> np.ndarray:
    """A column's values as strings ("" for missing ones)."""
    if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):
        return values
    return np.array(["" if v is None or v != v else str(v) for v in values], dtype=object)


def _sort_keys(rank: np.ndarray, filled: np.ndarray, descending: bool) -> np.ndarray:
    """One key a row (or a pair of dates): the rank (reversed when descending), and past every rank for an empty one,
    so a stable sort puts those last in their order (ten million dates: one sort, no rows taken out and put back)."""
    top = int(rank.max()) if len(rank) else 0
    return np.where(filled, top - rank if descending else rank, top + 1)


def _date_keys(starts, ends, shown: np.ndarray | None, descending: bool = False) -> np.ndarray:
    """Per ``shown`` row (None: every row), its ``_sort_keys`` key as the Date column sorts ("start|end": an "on or
    before" at its bound; undated last). Worked out once per distinct (start, end) pair (a few thousand, ranked in
    Python), from the codes the columns were read with (``coded.codes_of``), not ten million strings factorized and
    sorted; then taken by each row's pair in one pass, from a table of every possible pair when that is small (the
    pair's number made in place in 32 bits: at ten million events 0.45 s of the opening was temporaries in 64 bits
    and three passes of takes), else hashed."""
    start_codes, start_values = codes_of(_whole(starts))
    end_codes, end_values = codes_of(_whole(ends))
    width = max(len(end_values), 1)
    space = len(start_values) * width
    if shown is not None:
        start_codes, end_codes = start_codes[shown], end_codes[shown]
    tabled = space < 1 << 31 and space <= max(4 * len(start_codes), 1 << 22)
    if tabled:  # (dates' pairs: a few million possible at most)
        pair = start_codes.astype(np.int32)
        pair *= width
        pair += end_codes
        seen = np.zeros(space, dtype=bool)
        seen[pair] = True
        used = np.flatnonzero(seen)
    else:
        pair, used = pd.factorize(start_codes.astype(np.int64) * width + end_codes)
        used = np.asarray(used)
    firsts, lasts = start_values[used // width], end_values[used % width]
    firsts = np.where(firsts == "", lasts, firsts)
    keys = [(first + "|", last) for first, last in zip(firsts.tolist(), lasts.tolist())]
    rank_of = {key: rank for rank, key in enumerate(sorted(set(keys)))}
    pair_rank = np.array([rank_of[key] for key in keys], dtype=np.int16 if len(rank_of) < (1 << 15) - 1 else np.int64)
    pair_keys = _sort_keys(pair_rank, firsts != "", descending).astype(pair_rank.dtype, copy=False)
    if not tabled:
        return pair_keys[pair]
    table = np.zeros(space, dtype=pair_keys.dtype)
    table[used] = pair_keys
    return table[pair]


def _whole(values) -> np.ndarray:
    """A column given as the model holds it (an object array, or a ``TextColumn``) as an object array."""
    return values if isinstance(values, np.ndarray) else _texts(values[np.arange(len(values))])


def _ranks(values: np.ndarray) -> np.ndarray:
    """Each value's rank among the distinct values, sorted as Python sorts strings."""
    codes, uniques = pd.factorize(_texts(values))
    order = sorted(range(len(uniques)), key=uniques.__getitem__)
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[order] = np.arange(len(uniques))
    return rank[codes]


def _display(cell, names: Mapping[str, str], titles: Mapping[str, str], column: int) -> str:
    """The text of one cell, by table column; ``cell(field)`` gives the row's value of an event field."""
    if column == COL_DATE:
        return date_label(cell("date_start"), cell("date_end"))
    if column == COL_TRIGGER:
        return cell("trigger")
    if column == COL_PARTICIPANTS:
        return ", ".join(names.get(e, e) for e in cell("participants"))
    if column == COL_PLACE:
        return names.get(cell("place"), cell("place"))
    if column == COL_DOCUMENT:
        return titles.get(cell("doc_id"), "")
    if column == COL_SENTENCE:
        return " ".join(cell("sentence").split())
    if column == COL_NOTES:
        tags = cell("tags")
        tags = " ".join(f"#{t}" for t in tags) if isinstance(tags, list) else ""
        note = cell("note") if isinstance(cell("note"), str) else ""
        return " ".join(part for part in (tags, " ".join(note.split())) if part)
    return ""


def _marks_words(marks: frozenset[str]) -> str:
    """The Marks cell's tooltip: what the glyphs say, and the keys that change them."""
    said = ", ".join(WORDS[m] for m in MARKS if m in marks)
    return f"{said or 'No marks'} (S star, F flag, R reviewed)"


@lru_cache(maxsize=1)
def _inferred_font() -> QFont:
    """Italic: made once a QApplication exists (a QFont wants one)."""
    font = QFont()
    font.setItalic(True)
    return font
