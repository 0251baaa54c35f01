"""Reading one workspace table into the DataFrame the model expects, in bulk and sparing memory.

Rows come from SQLite a chunk at a time into an object grid; each column is then
checked and converted in bulk (a chunk of a list column's JSON in one ``json.loads``). A table
whose columns or cells are not as this version writes them (an older schema, a
foreign writer) takes the cell-by-cell path through ``normalize_table``.

At a million events most of a workspace's memory is strings, and many of those
are ids repeated across tables: an event's participants are entity ids, a
cluster's ``doc_ids`` are document ids. One ``StringPool`` per load gives equal ids
one shared string, so such an id costs one string however many rows refer to it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from itertools import chain

import numpy as np
import pandas as pd

from explorer.core.coded import as_categorical
from explorer.core.model import TABLE_COLUMNS, column_kind, normalize_table

# Columns holding row ids (their own table's key or a reference to another table's rows) whose strings
# are shared across tables. Event ids are left out: sharing them means a hash look-up for each of 2.3
# million fresh strings (the relations' and clusters' event_ids), which made opening about a third slower
# to save about 150 MB at a million events; entity, document and cluster ids repeat within each chunk, so
# few look-ups share many rows. ``mention_id`` is left out too: nothing refers to a mention.
ID_COLUMNS = frozenset({"doc_id", "entity_id", "cluster_id", "timex_id", "place", "participants", "source",
                        "target", "doc_ids"})

CHUNK_ROWS = 20_000  # rows converted at a time (see ``read_table``)

# Long text columns the window holds as Arrow-backed pandas strings (``load_workspace(arrow_text=True)``): a
# million events' sentences are 101 MB as Python strings (an object each), 50 MB as one Arrow buffer; read from the
# columnar cache, they are strings over the file, read when shown (``column_cache._mapped_texts``): the documents'
# texts too (200,000 documents: 489 MB as Python strings), which only the source pane, a review and an export read
ARROW_TEXT = frozenset({("events", "sentence"), ("documents", "text")})
# Key columns the window holds as Arrow-backed pandas strings (dtype ``str``) too: the events' ids, ten million Python
# strings at ten million events (~640 MB, and 80 MB of pointers), are one UTF-8 buffer (~210 MB with its offsets), shared
# by the events' column, their index and the dictionary of the relations' and clusters' lists of event ids
# (``column_cache._arrow_lists``). Views read the rows they show (``positions_of``, a row's id), never the whole column
# as Python strings
ARROW_KEYS = frozenset({("events", "event_id")})

# Text columns the window's read (``arrow_text``) holds as codes (``coded.categorical``: the dictionary the cache wrote
# them with), not an object array a row: at ten million events each was ~80 MB of pointers and 0.1-0.2 s. Not the
# dates (views compare them with ``<``: their codes are kept beside the strings, ``CODED``), nor the keys. The events'
# cluster ids too (1.6 million distinct at ten million events: their strings taken for every row were ~0.75 s and
# 80 MB of the read); the cluster edits write them, so they make the column plain first (``EditKind.writes``)
CATEGORICAL = frozenset({("events", "trigger"), ("events", "lemma"), ("events", "tense"), ("events", "place"),
                         ("events", "timex_id"), ("events", "note"), ("events", "date_basis"), ("events", "cluster_id")})
# Of those, the columns no view sorts, whose categories keep the order of their first rows (the cache's dictionary,
# ``factorize`` on the rows' path) rather than being sorted: 1.6 million cluster ids at ten million events took 0.6 s
# to sort even in C, and the timeline numbers clusters by first row (``coded.first_seen_codes``: these codes as they are)
UNSORTED = frozenset({("events", "cluster_id")})


def as_arrow_text(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its ``ARROW_TEXT`` and ``ARROW_KEYS`` columns as Arrow-backed pandas strings (dtype ``str``), and its
    ``CATEGORICAL`` ones as codes (``coded.as_categorical``), in place: the window's read holds the
    same kinds of column whether it read the cache or the rows."""
    for name, column in ARROW_TEXT | ARROW_KEYS:
        if name == table and column in frame.columns and frame[column].dtype == object:
            frame[column] = pd.Series(frame[column].to_numpy(), index=frame.index, dtype="str")
    for name, column in CATEGORICAL:
        if name == table and column in frame.columns and frame[column].dtype == object:
            frame[column] = as_categorical(frame[column], sort=(name, column) not in UNSORTED)
    return frame


class StringPool:
    """One string object per distinct value: ``share`` gives equal strings the pool's one copy."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}

    def share(self, values: np.ndarray, distinct: bool = False) -> np.ndarray:
        """An object array of the values, each equal string replaced by the pool's copy.

        The distinct values are found in C (``factorize``); only those meet the pool's dict. ``distinct``:
        the values are known to be so (a dictionary's: 1.6 million cluster ids at ten million events, whose
        factorize took 0.5 s for nothing), and meet the dict as they are.
        """
        keep = self._strings.setdefault
        if distinct:
            return _object_array([keep(u, u) for u in values.tolist()])
        codes, uniques = pd.factorize(values)
        return _object_array([keep(u, u) for u in uniques])[codes]


def read_table(conn: sqlite3.Connection, table: str, pool: StringPool | None = None,
               problems: list[str] | None = None) -> pd.DataFrame:
    """A table as the model shapes it (``normalize_table``'s kinds), converted a column at a time.

    ``pool`` (one per load) shares the id strings of ``ID_COLUMNS`` across tables; ``problems``
    collects what the forgiving path had to leave out.
    Rows are fetched and converted ``CHUNK_ROWS`` at a time: the row tuples and the
    duplicate strings SQLite hands out are freed chunk by chunk, so the next chunk
    reuses their memory. (Fetching all rows first left a million events' tuples as
    holes between the strings kept: half a gigabyte the process held but never used.)
    """
    stored = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    # a file of an older schema lacks the newer columns: the others are read the fast way, and the
    # missing ones filled with their empty values here (the migrations fill them from what is there)
    columns = [c for c in TABLE_COLUMNS[table] if c in stored]
    missing = [c for c in TABLE_COLUMNS[table] if c not in stored]
    if not columns:
        return read_table_cellwise(conn, table, problems)
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid')
    readers = [_ColumnReader(table, column, pool if pool is not None else StringPool()) for column in columns]
    while rows := cursor.fetchmany(CHUNK_ROWS):
        grid = np.array(rows, dtype=object)
        del rows
        for position, reader in enumerate(readers):
            if not reader.add(np.ascontiguousarray(grid[:, position])):
                cursor.close()
                return read_table_cellwise(conn, table, problems)
    frame = pd.DataFrame({reader.column: reader.series() for reader in readers}, copy=False)
    if not missing:
        return frame
    for column in missing:
        frame[column] = _empty_column(table, column, len(frame))
    return frame[TABLE_COLUMNS[table]]


def _empty_column(table: str, column: str, rows: int) -> np.ndarray:
    """A column of ``rows`` empty values of the column's kind (0, 0.0, "" or [])."""
    kind = column_kind(table, column)
    if kind == "int":
        return np.zeros(rows, dtype=np.int64)
    if kind == "float":
        return np.zeros(rows, dtype=np.float64)
    if kind == "list":
        return _object_array([[] for _ in range(rows)])
    return np.full(rows, "", dtype=object)


def read_table_cellwise(conn: sqlite3.Connection, table: str, problems: list[str] | None = None) -> pd.DataFrame:
    """The slow, forgiving path: any stored shape ``normalize_table`` can coerce. A list cell that is not
    a JSON list of texts reads as an empty list, and is said once per column in ``problems``."""
    frame = pd.read_sql_query(f'SELECT * FROM "{table}" ORDER BY rowid', conn)
    bad: dict[str, int] = {}
    frame = _cellwise(table, frame, bad)
    _say_bad_lists(table, bad, problems)
    return frame


def _cellwise(table: str, frame: pd.DataFrame, bad: dict[str, int]) -> pd.DataFrame:
    """``frame`` (cells as SQLite gave them) coerced by ``normalize_table``, list cells parsed; the cells
    that are not lists are counted per column in ``bad``."""
    for column in frame.columns:
        if column_kind(table, column) == "list":
            cells = [_list_cell(v) for v in frame[column]]
            found = sum(cell is None for cell in cells)
            if found:
                bad[column] = bad.get(column, 0) + found
            frame[column] = pd.Series([cell or [] for cell in cells], index=frame.index, dtype=object)
    return normalize_table(table, frame)


def _say_bad_lists(table: str, bad: dict[str, int], problems: list[str] | None) -> None:
    if problems is not None:
        problems.extend(f"{table}.{column}: {count} cell(s) that are not lists read as empty"
                        for column, count in bad.items())


def read_table_chunks(conn: sqlite3.Connection, table: str, rows: int = CHUNK_ROWS,
                      problems: list[str] | None = None, where: str = "", params: tuple = ()
                      ) -> Iterator[pd.DataFrame]:
    """The table ``rows`` rows at a time, each chunk a DataFrame as ``read_table`` shapes it (at least one,
    empty for an empty table), for writers that never hold the whole table (exports); ``where`` (an SQL
    condition, with ``params``) keeps some rows only (one document's mentions, by the table's index).

    Each chunk is converted the fast way when its cells are as this version writes them, else cell by
    cell as ``read_table_cellwise`` does; cells that are not lists are said in ``problems`` once the last
    chunk is read. Strings are not shared across chunks (a chunk is written and dropped).
    """
    stored = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    columns = [c for c in TABLE_COLUMNS[table] if c in stored]
    names = ", ".join(f'"{c}"' for c in columns) if columns else "*"
    cursor = conn.execute(f'SELECT {names} FROM "{table}" {"WHERE " + where if where else ""} ORDER BY rowid', params)
    selected = [d[0] for d in cursor.description]
    readers = [_ColumnReader(table, column, None) for column in columns]
    bad: dict[str, int] = {}
    try:
        chunk = cursor.fetchmany(rows)
        yield _chunk_frame(table, chunk, selected, readers, bad)
        while chunk := cursor.fetchmany(rows):
            yield _chunk_frame(table, chunk, selected, readers, bad)
    finally:
        cursor.close()
    _say_bad_lists(table, bad, problems)


def _chunk_frame(table: str, rows: list[tuple], selected: list[str], readers: list[_ColumnReader],
                 bad: dict[str, int]) -> pd.DataFrame:
    """One fetched chunk as the model's frame: column by column in bulk, else cell by cell."""
    if readers and _add_chunk(rows, readers):
        frame = pd.DataFrame({reader.column: reader.series() for reader in readers}, copy=False)
        for column in TABLE_COLUMNS[table]:
            if column not in frame.columns:
                frame[column] = _empty_column(table, column, len(frame))
        return frame[TABLE_COLUMNS[table]] if list(frame.columns) != TABLE_COLUMNS[table] else frame
    for reader in readers:
        reader.series()  # drop what the bulk path converted of this chunk before it gave up
    frame = pd.DataFrame.from_records(rows, columns=selected, coerce_float=True)
    return _cellwise(table, frame, bad)


def _add_chunk(rows: list[tuple], readers: list[_ColumnReader]) -> bool:
    """Give each reader its column of ``rows``; False when a cell is not as this version writes it."""
    if not rows:
        return True
    grid = np.array(rows, dtype=object)
    return all(reader.add(np.ascontiguousarray(grid[:, position])) for position, reader in enumerate(readers))


def _list_cell(value: object) -> list[str] | None:
    """A stored list cell as a list of texts; None when it is something else (not JSON, an object, nested)."""
    if value is None:
        return []
    try:
        parsed = json.loads(value) if isinstance(value, (str, bytes)) else None
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, list) or any(isinstance(item, (list, dict)) for item in parsed):
        return None
    return ["" if item is None else str(item) for item in parsed]


class _ColumnReader:
    """One stored column, converted chunk by chunk to the model's kind."""

    def __init__(self, table: str, column: str, ids: StringPool | None) -> None:
        """``ids``: the load's pool for ``ID_COLUMNS``; None shares no strings (a chunk read to be written)."""
        self.column = column
        self.kind = column_kind(table, column)
        self._ids = ids if column in ID_COLUMNS else None
        self._shares = ids is not None
        self._repeats: StringPool | None = None  # a pool of its own, once the first chunk shows repeats
        self._chunks: list[np.ndarray] = []

    def add(self, values: np.ndarray) -> bool:
        """Convert one chunk; False when a cell is not as this version writes it."""
        found = pd.api.types.infer_dtype(values, skipna=False)
        if self.kind == "int":
            if found not in ("integer", "empty"):
                return False
            self._chunks.append(values.astype(np.int64))
            return True
        if self.kind == "float":
            if found not in ("floating", "integer", "mixed-integer-float", "empty"):
                return False
            self._chunks.append(values.astype(np.float64))
            return True
        if found not in ("string", "empty"):
            return False
        if self.kind == "list":
            lists = _json_lists(values, self._ids)
            if lists is None:
                return False
            self._chunks.append(lists)
            return True
        self._chunks.append(self._strings(values))
        return True

    def series(self) -> pd.Series:
        dtype = {"int": np.int64, "float": np.float64}.get(self.kind, object)
        values = np.concatenate(self._chunks) if self._chunks else np.empty(0, dtype=dtype)
        self._chunks = []
        return pd.Series(values, dtype=dtype, copy=False)

    def _strings(self, values: np.ndarray) -> np.ndarray:
        """Ids through the load's pool; a column that repeats itself (types, dates) through its own."""
        if self._ids is not None:
            return self._ids.share(values)
        if self._shares and not self._chunks and _repeats_itself(values):
            self._repeats = StringPool()
        return self._repeats.share(values) if self._repeats is not None else values


def _repeats_itself(values: np.ndarray, sample: int = 10_000) -> bool:
    """Whether a sample holds each value twice on average: then sharing equal strings pays."""
    return len(values) >= 2 and len(pd.unique(values[:sample])) <= min(len(values), sample) // 2


def _json_lists(values: np.ndarray, pool: StringPool | None) -> np.ndarray | None:
    """Decode a chunk of JSON arrays with one parser call (not one per cell).

    The lists are rebuilt as slices of one flat list: each is then exactly as long as
    its items (the parser's lists keep room to grow), and with ``pool`` their items
    are the pool's shared strings.
    """
    try:
        lists = json.loads(f"[{','.join(values)}]")
    except ValueError:
        return None
    if len(lists) != len(values) or set(map(type, lists)) - {list}:
        return None
    items = list(chain.from_iterable(lists))
    if items and set(map(type, items)) - {str}:  # nested lists, objects, numbers: the forgiving path
        return None
    if pool is not None and items:
        items = pool.share(_object_array(items)).tolist()
    bounds = [0, *np.cumsum([len(v) for v in lists]).tolist()]
    del lists
    return _object_array([items[a:b] for a, b in zip(bounds, bounds[1:])])


def _object_array(items: list) -> np.ndarray:
    """A 1-d object array of ``items`` as they are (``np.array`` would make a 2-d array of equal-length lists)."""
    return np.fromiter(items, dtype=object, count=len(items))
