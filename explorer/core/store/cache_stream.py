"""The columnar cache written straight from SQLite, a table and a chunk at a time, in Arrow.

``column_cache.refresh_column_cache`` writes the cache from the tables an opening read from the rows: at ten
million events that opening held every table as pandas object columns (318 s, 9.9 GB) and the write then
peaked at 17 GB. Every workspace that ``explorer extract`` or a colleague writes is in that state the first
time it is opened. This module writes the same files without ever holding a table as pandas objects: each
chunk of rows (``table_reader.read_table_chunks``, as ``read_table`` shapes them) is turned into Arrow and
dropped; a table's columns are kept as Arrow arrays (text dictionary-coded a chunk at a time) until its last
chunk, then joined into the one record batch ``refresh_column_cache`` writes. What is decided over the whole
column is decided the same way: a text column is dictionary-coded when its distinct values are at most half its
rows (the chunks' dictionaries are unified: the same codes and dictionary order as coding it whole), and a list
of another table's keys (``REFERS``) is written as positions into that table's keys, looked up in C
(``pyarrow.compute.index_in``) once per column, not through a Python dict of ten million ids. So the reader is
unchanged.

Used where a big workspace would otherwise be opened from its rows: at the end of ``explorer extract`` and
``explorer add`` (``cache_first``), and by the window before it reads a big workspace whose cache is missing or
stale. A folder that cannot be written (read-only, a full disk) leaves the cache as it was: the workspace is then
read from its rows as before. A cancelled write leaves no file.
"""

from __future__ import annotations

import json
import sqlite3
from itertools import chain
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.errors import Cancelled, ExplorerError
from explorer.core.model import SCHEMA_VERSION, TABLE_COLUMNS, column_kind
from explorer.core.store import column_cache
from explorer.core.store.column_cache import (ON_DEMAND, REFERRED, REFERS, content_stamp, mapped_table,
                                              refresh_on_demand, stale_tables)
from explorer.core.store.migrations import migrate_tables
from explorer.core.store.table_reader import CHUNK_ROWS, read_table_chunks

Report = Callable[[str, int, int], None]
# the tables an opening reads whole (the mentions are read by entity, and cached by ``refresh_on_demand``)
WHOLE_TABLES = [name for name in TABLE_COLUMNS if name not in ON_DEMAND]
ON_DEMAND_ROWS = 20_000  # the mentions' rows a chunk (``refresh_on_demand``)
PHASE = "prepare"  # the progress phase: the window and the command line name it


def cache_first(workspace: str | Path, report: Report = lambda phase, done, total: None,
                should_cancel: Callable[[], bool] = lambda: False, mentions: bool = True) -> list[str]:
    """Write the cache of a big workspace (``column_cache.CACHE_FROM_ROWS`` rows or more in the tables an opening
    reads) whose files are missing or stale, streamed (``write_cache``); returns the tables written ([] for a small
    workspace, a fresh cache, or a folder that cannot be written). Raises ``Cancelled`` when ``should_cancel``
    says so (no file is left half-written). A file that is not a readable workspace is left to the caller's
    reading, which says why. ``mentions``: their file too (the window leaves it to after its first paint, as
    before: it reads them by entity, later)."""
    try:
        stale = stale_tables(workspace, WHOLE_TABLES)
        if not stale:
            return []
        from explorer.core.store.workspace import table_counts

        counts = table_counts(workspace)
    except (ExplorerError, sqlite3.DatabaseError, OSError):
        return []
    if sum(counts[name] for name in WHOLE_TABLES) < column_cache.CACHE_FROM_ROWS:
        return []
    return write_cache(workspace, stale, counts, report, should_cancel, mentions)


def cache_after_save(workspace: str | Path, report: Report = lambda phase, done, total: None,
                     should_cancel: Callable[[], bool] | None = None) -> list[str]:
    """``cache_first`` at the end of a build (``explorer extract``, ``explorer add``), so the first opening of a big
    workspace reads columns. The workspace is saved by then: a cancel here only leaves the cache to that opening."""
    try:
        return cache_first(workspace, report, should_cancel or (lambda: False))
    except Cancelled:
        return []


def write_cache(workspace: str | Path, tables: list[str] | None = None, counts: dict[str, int] | None = None,
                report: Report = lambda phase, done, total: None,
                should_cancel: Callable[[], bool] = lambda: False, mentions: bool = True) -> list[str]:
    """Write the cache files of ``tables`` (by default every table the window reads whole) from the rows, a chunk
    at a time, then the mentions' when missing or stale (``refresh_on_demand``); returns the names written.
    ``counts`` (rows per table) sizes the progress ``report``. Stops quietly at the first table that cannot be
    written (a read-only folder, a full disk, a cell Arrow cannot hold); a table whose cells had to be left out
    (``read_table_chunks``' problems) is not written, as ``refresh_column_cache`` leaves it. Raises ``Cancelled``
    when ``should_cancel`` says so; the file being written is removed."""
    from explorer.core.store.opening import check_version, open_readonly

    wanted = [name for name in WHOLE_TABLES if name in (tables or WHOLE_TABLES)]
    total = sum((counts or {}).get(name, 0) for name in [*wanted, *(ON_DEMAND if mentions else ())])
    progress = _Progress(report, total)
    written: list[str] = []
    try:
        with open_readonly(workspace) as conn:
            version = check_version(conn, workspace)
            keys: dict[tuple[str, str], object] = {}
            for table in wanted:
                _keys_wanted(workspace, conn, table, wanted, keys)
                if _stream_table(workspace, conn, table, version, keys, progress, should_cancel):
                    written.append(table)
                rest = wanted[wanted.index(table) + 1:]  # the keys no table still to write refers to are let go
                keys = {key: value for key, value in keys.items()
                        if any(target == key and source[0] in rest for source, target in REFERS.items())}
    except Cancelled:
        raise
    except (ExplorerError, OSError, ValueError, TypeError, KeyError, sqlite3.DatabaseError, _arrow_error()):
        return written  # a full or read-only disk: the workspace is read from its rows as before
    if mentions:
        def tick() -> bool:  # asked before each chunk of ``ON_DEMAND_ROWS`` mentions: the progress moves with them
            progress.add(ON_DEMAND_ROWS)
            return should_cancel()

        written += refresh_on_demand(workspace, tick, ON_DEMAND_ROWS)
    if should_cancel():
        raise Cancelled()
    progress.done()
    return written


class _Progress:
    """Rows written so far against all the rows to write, reported as the ``PHASE``."""

    def __init__(self, report: Report, total: int) -> None:
        self.report, self.total, self.rows = report, total, 0
        report(PHASE, 0, total)

    def add(self, rows: int) -> None:
        self.rows += rows
        self.report(PHASE, min(self.rows, self.total), self.total)

    def done(self) -> None:
        self.report(PHASE, self.total, self.total)


def _keys_wanted(workspace: str | Path, conn: sqlite3.Connection, table: str, wanted: list[str], keys: dict) -> None:
    """Before ``table`` is written: the keys its lists refer to, taken from the fresh cache file of a referred
    table not written now (its rows are what the reader shares), when they are not at hand already."""
    for (source, _column), target in REFERS.items():
        if source != table or target in keys or target[0] in wanted:
            continue
        arrow = mapped_table(workspace, target[0], content_stamp(conn, target[0]))
        keys[target] = None if arrow is None else _unique(_plain(arrow.column(target[1]).combine_chunks()))


def _stream_table(workspace: str | Path, conn: sqlite3.Connection, table: str, version: int, keys: dict,
                  progress: _Progress, should_cancel: Callable[[], bool]) -> bool:
    """One table read a chunk at a time and written as one record batch; False when cells had to be left out."""
    import pyarrow as pa

    stamp = content_stamp(conn, table)
    unique = _unique_columns(conn, table)
    problems: list[str] = []
    try:
        columns = _read_fast(conn, table, version, unique, progress, should_cancel)
    except _Irregular:  # a cell not as this version writes it, an older schema: the rows as ``read_table`` makes them
        columns = {name: _Column(table, name, name in unique) for name in TABLE_COLUMNS[table]}
        for chunk in read_table_chunks(conn, table, CHUNK_ROWS, problems):
            if should_cancel():
                raise Cancelled() from None
            if version < SCHEMA_VERSION:  # each migration changes a row from that row alone (``table_stream``)
                chunk = migrate_tables({table: chunk}, version)[table]
            for name, column in columns.items():
                column.add(chunk[name])
            progress.add(len(chunk))
            del chunk
    if problems:
        return False
    fields, arrays = [], []
    for name in TABLE_COLUMNS[table]:
        column = columns.pop(name)
        target = REFERS.get((table, name))
        array = column.finish(keys.get(target) if target is not None else None)
        fields.append(column_cache.cache_field(table, name, array, column.text_dtype))
        arrays.append(array)
        if (table, name) in REFERRED:
            keys[(table, name)] = _plain(array) if name in unique else _unique(_plain(array))
    arrow = column_cache.cache_arrow(fields, arrays, stamp)
    del arrays
    if should_cancel():
        raise Cancelled()
    column_cache.write_cache_file(workspace, table, arrow)
    del arrow
    pa.default_memory_pool().release_unused()  # (the allocator's freed pages given back before the next table)
    return True


class _Irregular(Exception):
    """A chunk whose cells are not all as this version writes them: the table is read through ``read_table_chunks``."""


def _read_fast(conn: sqlite3.Connection, table: str, version: int, unique: set[str], progress: _Progress,
               should_cancel: Callable[[], bool]) -> dict[str, _Column]:
    """The table's columns from its rows as SQLite gives them, each chunk's column turned into Arrow in one call (no
    pandas frame, no Python list a cell: a list column's JSON parsed a chunk at a time and its items joined). Raises
    ``_Irregular`` at the first cell that is not as this version writes it (a gap, a number in a text column, a list
    cell that is not a JSON list of texts), or for a file of an older schema: ``read_table_chunks`` then reads the
    table, as ``read_table`` would have."""
    stored = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
    if version != SCHEMA_VERSION or not set(TABLE_COLUMNS[table]) <= set(stored):
        raise _Irregular()
    columns = {name: _Column(table, name, name in unique) for name in TABLE_COLUMNS[table]}
    names = ", ".join(f'"{name}"' for name in columns)
    cursor = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid')
    try:
        while rows := cursor.fetchmany(CHUNK_ROWS):
            if should_cancel():
                raise Cancelled()
            for column, values in zip(columns.values(), zip(*rows)):
                column.add_values(values)
            progress.add(len(rows))
            del rows
    finally:
        cursor.close()
    return columns


class _Column:
    """One column's chunks as Arrow, joined when the table's last chunk is read (``finish``)."""

    def __init__(self, table: str, name: str, unique: bool) -> None:
        self.table, self.name, self.kind = table, name, column_kind(table, name)
        self.unique = unique  # a key SQLite holds unique: written plain (never half its rows distinct), not coded
        self.text_dtype = False  # a text column pandas holds as its own string dtype (one a migration filled)
        self.chunks: list = []
        self.counts: list[np.ndarray] = []  # a list column's lengths, a chunk each (its items in ``chunks``)

    def add(self, series: pd.Series) -> None:
        import pyarrow as pa

        if self.kind == "int":
            self.chunks.append(pa.array(series.to_numpy().astype(np.int64, copy=False), type=pa.int64()))
        elif self.kind == "float":
            self.chunks.append(pa.array(series.to_numpy().astype(np.float64, copy=False), type=pa.float64()))
        elif self.kind == "list":
            cells = [cell if isinstance(cell, list) else list(cell) for cell in series.to_numpy(dtype=object)]
            self.counts.append(np.fromiter(map(len, cells), dtype=np.int64, count=len(cells)))
            self.chunks.append(pa.array([item for cell in cells for item in cell], type=pa.string()))
        else:
            self.text_dtype = self.text_dtype or isinstance(series.dtype, pd.StringDtype)
            strings = pa.array(series.to_numpy(), type=pa.string())
            self.chunks.append(strings if self.unique else strings.dictionary_encode())

    def add_values(self, values: tuple) -> None:
        """One chunk of the column as SQLite gave it; ``_Irregular`` when a cell is not as this version writes it."""
        import pyarrow as pa

        try:
            if self.kind in ("int", "float"):
                array = pa.array(values)  # (inferred: a float in an integer column is not this version's)
                if array.null_count or array.type not in ((pa.int64(),) if self.kind == "int" else (pa.int64(), pa.float64())):
                    raise _Irregular()
                self.chunks.append(array if self.kind == "int" else array.cast(pa.float64()))
            elif self.kind == "list":
                lists = json.loads(f"[{','.join(values)}]")
                if len(lists) != len(values) or set(map(type, lists)) - {list}:
                    raise _Irregular()
                items = pa.array(list(chain.from_iterable(lists)), type=pa.string())
                if items.null_count:
                    raise _Irregular()
                self.counts.append(np.fromiter(map(len, lists), dtype=np.int64, count=len(lists)))
                self.chunks.append(items)
            else:
                strings = pa.array(values, type=pa.string())
                if strings.null_count:
                    raise _Irregular()
                self.chunks.append(strings if self.unique else strings.dictionary_encode())
        except (TypeError, ValueError, pa.ArrowException) as exc:  # a gap, a number, bytes, JSON that is not a list
            raise _Irregular() from exc

    def finish(self, keys=None):
        """The whole column, as ``column_cache._arrow_column`` (or ``_positions_column``, given the referred
        table's ``keys``) writes it from the whole table."""
        import pyarrow as pa

        chunks, self.chunks = self.chunks, []
        if self.kind in ("int", "float"):
            wanted = pa.int64() if self.kind == "int" else pa.float64()
            return pa.concat_arrays(chunks) if chunks else pa.array([], type=wanted)
        if self.kind == "list":
            return self._lists(chunks, keys)
        if self.unique:
            return pa.concat_arrays(chunks) if chunks else pa.array([], type=pa.string())
        rows = sum(len(chunk) for chunk in chunks)
        if rows and column_cache.codes_pay(_distinct(chunks), rows):  # coded, as ``_arrow_column`` codes it whole
            # the chunks' dictionaries unified: each value's code is its first row's, as coding the whole column
            return pa.chunked_array(chunks, type=pa.dictionary(pa.int32(), pa.string())).combine_chunks()
        # plain (its values hardly repeat: ten million sentences): each chunk decoded and let go in turn, so the
        # column is held twice at most, never as a unified dictionary beside its decoded copy
        for at, chunk in enumerate(chunks):
            chunks[at] = chunk.dictionary.take(chunk.indices)
        return pa.concat_arrays(chunks) if chunks else pa.array([], type=pa.string())

    def _lists(self, chunks: list, keys):
        """Lists of texts; of another table's keys, as those keys' rows (``list<int32>``) when every item is one."""
        import pyarrow as pa
        import pyarrow.compute as pc

        counts = np.concatenate(self.counts) if self.counts else np.empty(0, dtype=np.int64)
        self.counts = []
        offsets = pa.array(np.concatenate([[0], np.cumsum(counts)]).astype(np.int32), type=pa.int32())
        items = pa.chunked_array(chunks, type=pa.string())
        del chunks
        if keys is not None:
            rows = pc.index_in(items, value_set=keys)
            if not rows.null_count:
                values = rows.combine_chunks() if rows.num_chunks != 1 else rows.chunk(0)
                return pa.ListArray.from_arrays(offsets, values.cast(pa.int32()))
        return pa.ListArray.from_arrays(offsets, items.combine_chunks())


def _distinct(chunks: list) -> int:
    """The distinct values of a column held as chunks each dictionary-coded on its own: their dictionaries' sizes
    added up when that is at most half the rows' (no value is counted fewer times than it occurs), else counted
    across the dictionaries."""
    import pyarrow as pa
    import pyarrow.compute as pc

    bound = sum(len(chunk.dictionary) for chunk in chunks)
    if column_cache.codes_pay(bound, sum(len(chunk) for chunk in chunks)):
        return bound
    return pc.count_distinct(pa.chunked_array([chunk.dictionary for chunk in chunks], type=pa.string())).as_py()


def _plain(array):
    """A text column as plain strings (a dictionary-coded one decoded)."""
    import pyarrow as pa

    return array.dictionary.take(array.indices) if pa.types.is_dictionary(array.type) else array


def _unique(keys):
    """``keys`` when no value repeats, else None (their rows are then not written as positions)."""
    import pyarrow.compute as pc

    return keys if pc.count_distinct(keys).as_py() == len(keys) else None


def _unique_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The columns of ``table`` a unique index of their own holds unique (its key: ``NOT NULL UNIQUE``)."""
    found = set()
    for _seq, index, unique, *_rest in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
        if unique:
            names = [row[2] for row in conn.execute(f'PRAGMA index_info("{index}")').fetchall()]
            found.update(names if len(names) == 1 else [])
    return found


def _arrow_error() -> type[Exception]:
    import pyarrow as pa

    return pa.ArrowException
