"""A columnar copy of a workspace's tables beside it, so a big case opens in seconds.

Reading a million events and two million mentions out of SQLite rows costs 15-20 s of
Python work (every cell is a Python object made from a row tuple); the same columns
read from Arrow IPC files (``pyarrow``) take well under two seconds. The SQLite file stays the
one true copy: the cache (a hidden folder ``.NAME.columns`` beside ``NAME.explorer``, one
``TABLE.arrow`` file per table) holds extraction's rows exactly as ``read_table`` gives them,
stamped with the workspace's content version (``content_stamp``). A table whose file is
missing, unreadable, shaped otherwise or stamped with another version is read from SQLite
as before, and the cache is written again afterwards, off the GUI thread
(``refresh_column_cache``). Deleting the folder loses nothing.

Arrow IPC is data only: reading a cache never runs anything from it (no pickle).
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
import weakref
from collections.abc import Callable
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core import coded
from explorer.core.later import values_now
from explorer.core.model import TABLE_COLUMNS, column_kind
from explorer.core.store.table_reader import ARROW_KEYS, ARROW_TEXT, CATEGORICAL, ID_COLUMNS, UNSORTED

CACHE_FORMAT = "2"  # bumped when what a cache file holds changes: older caches are then rebuilt
STAMP_KEY = b"explorer_stamp"
TEXT_DTYPE_KEY = b"pandas_dtype"

# List columns whose items are another table's keys: written as that table's rows (read back as its
# very strings, with no look-up: 2.3 million event ids and a million participants at a million events)
REFERS = {("events", "participants"): ("entities", "entity_id"), ("relations", "event_ids"): ("events", "event_id"),
          ("clusters", "event_ids"): ("events", "event_id"), ("clusters", "doc_ids"): ("documents", "doc_id")}
REFERRED = set(REFERS.values())
# Text columns whose dictionary codes are kept with the column read (``core.coded``): what the first window ranks
# (the dates: the filters' ranks, the table's order, the timeline's seconds and certainty) and numbers (the
# clusters' ids, the documents' lanes)
CODED = {("events", "date_start"), ("events", "date_end"), ("events", "date_basis"), ("events", "cluster_id"),
         ("events", "doc_id")}
# List columns the window's read (``arrow_text``) keeps as Arrow (``coded.arrow_lists``), not a Python list a row:
# ten million events' participants took 3.7 s and ~760 MB of the first window as lists; the relations' and clusters'
# lists of event and document ids (read after the first window: ``workspace.LATER_TABLES``) held ~1.1 GB as 8 million
# Python lists at ten million events, kept for the window's whole life. An edit that changes them makes them lists
# first (``edits.apply``: ``kinds``' ``writes``)
ARROW_LISTS = {("events", "participants"), ("relations", "event_ids"), ("clusters", "event_ids"),
               ("clusters", "doc_ids")}
# Key columns whose values are the distinct values of another table's dictionary-coded column read before them: the
# clusters' 1.6 million ids at ten million events, the values of the events' ``cluster_id`` dictionary. Looked up in
# that dictionary in C (``pyarrow.compute.index_in``) and given its strings, rather than both made to meet the load's
# string pool (a Python dict: 2.4 s of the read); the strings are shared all the same.
KEYS_OF = {("clusters", "cluster_id"): ("events", "cluster_id")}
CODED_SOURCES = set(KEYS_OF.values())

# Rows (all tables together) from which a cache pays: SQLite gives 100,000 rows in about half a second,
# so a smaller case opens as fast without one, and gets no hidden folder beside it.
CACHE_FROM_ROWS = 100_000


def cache_folder(workspace: str | Path) -> Path:
    """Where ``workspace``'s columnar cache lives: a hidden folder beside it."""
    path = Path(workspace)
    return path.with_name(f".{path.name}.columns")


def content_stamp(conn: sqlite3.Connection, table: str) -> str:
    """What a cached copy of ``table`` must have been read from: the workspace's content id (a new one
    each save; its save time in files written before it existed), its schema version, the cache
    format, and the table's last rowid (one look-up; counting two million mentions took 0.3 s).
    Explorer writes a workspace whole, with a new content id, so any save changes the stamp; edits
    live in their own table, so making or undoing one keeps it. (Another program changing rows in
    place is not seen: delete the ``.columns`` folder after doing that.)"""
    meta = dict(conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('content_id', 'saved_at', 'schema_version')").fetchall())
    last = conn.execute(f'SELECT MAX(rowid) FROM "{table}"').fetchone()[0]
    return json.dumps([CACHE_FORMAT, meta.get("content_id") or meta.get("saved_at", ""),
                       meta.get("schema_version", ""), table, last])


def stale_tables(workspace: str | Path, tables: list[str] | None = None) -> list[str]:
    """The tables (all, or those named: the window reads ``WINDOW_TABLES``) whose cache file is missing or
    not stamped with the workspace's content now (read from the files' schemas only, not their columns)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    from explorer.core.store.opening import open_readonly

    stale = []
    with open_readonly(workspace) as conn:
        for table in tables or TABLE_COLUMNS:
            file = cache_folder(workspace) / f"{table}.arrow"
            try:
                with pa.memory_map(str(file)) as source:
                    stamp = (ipc.open_file(source).schema.metadata or {}).get(STAMP_KEY, b"").decode()
            except (OSError, ValueError, UnicodeDecodeError, _arrow_error()):
                stamp = ""
            if stamp != content_stamp(conn, table):
                stale.append(table)
    return stale


# ----- reading ---------------------------------------------------------------------------------
def read_cached_table(workspace: str | Path, table: str, stamp: str, pool=None,
                      shared: dict | None = None, arrow_text: bool = False) -> pd.DataFrame | None:
    """``table`` from the cache when its file is there, fresh (stamped ``stamp``) and shaped as this
    version writes it; else None (the caller reads SQLite). ``pool``: the load's ``StringPool``;
    ``shared``: one dict per load, where the events' ids are kept for the tables read after them
    (the relations' and clusters' lists of event ids then hold the events' own strings, or with ``arrow_text``
    are coded into the events' own Arrow array of ids); ``arrow_text``: the ``ARROW_TEXT`` and ``ARROW_KEYS``
    columns as Arrow-backed pandas strings over a map of the file (``_mapped_texts``; copied out of it when written
    otherwise), never Python strings, and the ``ARROW_LISTS`` columns kept as Arrow."""
    arrow = _fresh_arrow(workspace, table, stamp, mapped=True)
    if arrow is None:
        return None
    try:
        texts = _mapped_texts(workspace, table, stamp) if arrow_text else {}
        return _frame_of(table, arrow, pool, {} if shared is None else shared, arrow_text, texts=texts)
    except (OSError, ValueError, KeyError, TypeError, _arrow_error()):  # damaged, truncated, foreign: SQLite
        return None


def cached_arrow(workspace: str | Path, table: str, stamp: str):
    """``table``'s cache file as an Arrow table over a read-only map of the file, when it is there, fresh (stamped
    ``stamp``) and holds the table's columns; else None. Its cells become the model's frame later (``frame_of``: the
    window's relations and clusters, after the first window is drawn), read from the file's pages then. Read into
    memory before, the two files (~350 MB at ten million events) took 0.7-0.9 s of the first window (Run s15); a
    map left open never blocks the file's rewrite (``put_in_place``)."""
    arrow = _fresh_arrow(workspace, table, stamp, mapped=True)
    return arrow if arrow is not None and arrow.column_names == TABLE_COLUMNS[table] else None


def _fresh_arrow(workspace: str | Path, table: str, stamp: str, mapped: bool):
    """``table``'s cache file read whole when it is there and stamped ``stamp``, else None: a missing,
    stale, damaged or foreign file is never an error, the caller reads SQLite. ``mapped``: read through a
    memory map (the opening: pages shared with the OS cache) rather than into memory (nothing left open)."""
    file = cache_folder(workspace) / f"{table}.arrow"
    if not file.is_file():
        return None
    try:
        import pyarrow as pa
        import pyarrow.ipc as ipc

        with (pa.memory_map(str(file)) if mapped else pa.OSFile(str(file))) as source:
            reader = ipc.open_file(source)
            if (reader.schema.metadata or {}).get(STAMP_KEY, b"").decode() != stamp:
                return None
            return reader.read_all()
    except (OSError, ValueError, KeyError, TypeError, _arrow_error()):  # damaged, truncated, foreign
        return None


def frame_of(table: str, arrow, pool, shared: dict, arrow_text: bool = False,
             heads: pd.DataFrame | None = None) -> pd.DataFrame | None:
    """The model's frame of ``cached_arrow``'s table (``pool``, ``shared``, ``arrow_text``: as
    ``read_cached_table`` takes them), or None when a column is not shaped as this version writes it.
    ``heads``: its columns already made (``heads_of``), taken as they are: only the lists are made."""
    if heads is None:
        return _frame_of(table, arrow, pool, shared, arrow_text)
    lists = [name for name in TABLE_COLUMNS[table] if name not in heads.columns]
    rest = _frame_of(table, arrow.select(lists), pool, shared, arrow_text, lists)
    if rest is None:
        return None
    return pd.DataFrame({name: heads[name] if name in heads.columns else rest[name] for name in TABLE_COLUMNS[table]},
                        copy=False)


def heads_of(table: str, arrow, pool, shared: dict, columns=None) -> pd.DataFrame | None:
    """``cached_arrow``'s table's ``columns`` (by default all but its lists: its ids, labels, dates, numbers), in
    the table's order, or None when one is not shaped as this version writes it."""
    heads = [name for name in TABLE_COLUMNS[table]
             if (column_kind(table, name) != "list" if columns is None else name in columns)]
    return _frame_of(table, arrow.select(heads), pool, shared, False, heads)


def _frame_of(table: str, arrow, pool, shared: dict, arrow_text: bool = False,
              names: list[str] | None = None, texts: dict[str, pd.Series] | None = None) -> pd.DataFrame | None:
    """The model's frame from an Arrow table (of the table's columns ``names``, by default all), or None when
    it is not shaped as this version writes it. ``texts``: ``ARROW_TEXT`` columns already made (``_mapped_texts``)."""
    names = TABLE_COLUMNS[table] if names is None else names
    if arrow.column_names != names:
        return None
    columns = {}
    for name in names:
        if arrow_text and (table, name) in ARROW_TEXT:
            text = texts[name] if texts and name in texts else _arrow_text(arrow.column(name))
            if text is None:
                return None
            columns[name] = text
            continue
        if arrow_text and (table, name) in ARROW_KEYS:
            keys = texts[name] if texts and name in texts else _arrow_keys(arrow.column(name))
            if keys is None:
                return None
            if (table, name) in REFERRED:  # (the lists of these ids read later take this very array as their dictionary)
                shared[(table, name)] = coded.one_chunk(keys.array._pa_array)
            columns[name] = keys
            continue
        if arrow_text and (table, name) in ARROW_LISTS:
            lists = _arrow_lists(table, name, arrow.column(name), shared)
            if lists is not None:
                columns[name] = lists
                continue
        if arrow_text and (table, name) in CATEGORICAL:
            held = _categorical(arrow.column(name), shared if (table, name) in CODED_SOURCES else None, (table, name))
            if held is not None:
                columns[name] = held
                continue
        values = _column_values(table, name, arrow.column(name), pool, shared)
        if values is None:
            return None
        series = pd.Series(values, dtype=values.dtype, copy=False)
        field = arrow.schema.field(name)
        if (field.metadata or {}).get(TEXT_DTYPE_KEY) == b"str":  # text columns a migration filled
            series = series.astype("str")
        columns[name] = series
    return pd.DataFrame(columns, copy=False)


def _mapped_texts(workspace: str | Path, table: str, stamp: str) -> dict[str, pd.Series]:
    """``table``'s ``ARROW_TEXT`` columns (the events' sentences, the documents' texts) and ``ARROW_KEYS`` ones (the
    events' ids) as Arrow-backed pandas strings over a memory map of the cache file of their own, nothing copied: a
    sentence is read from the file when a view shows it (the table's rows on screen, an export), so ten million
    sentences (~500 MB; 1 s to copy them out of the file) take no memory until then; the ids' strings are the file's
    pages too (ten million ids, ~210 MB: their copy took 0.05-0.7 s of the first window, the fresh pages' faults
    swinging with the machine's memory, Run s15). The map holds only these columns' pages (the other columns are read
    through another map, closed after the read). A column written dictionary-coded, or with gaps, is left out
    (copied as before)."""
    import pyarrow as pa

    wanted = [name for t, name in sorted(ARROW_TEXT | ARROW_KEYS) if t == table]
    arrow = mapped_table(workspace, table, stamp) if wanted else None
    texts: dict[str, pd.Series] = {}
    if arrow is None:
        return texts
    for name in wanted:
        chunked = arrow.column(name)
        if chunked.null_count or chunked.num_chunks != 1 or not _is_text(chunked.type):
            continue
        array = chunked.chunk(0)
        wide = array if pa.types.is_large_string(array.type) else array.cast(pa.large_string())  # (offsets only)
        texts[name] = pd.Series(pd.array(wide, dtype="str"), copy=False)
    return texts


def _arrow_keys(chunked) -> pd.Series | None:
    """A key column (``ARROW_KEYS``: the events' ids) as Arrow-backed pandas strings, in memory of its own, when it
    was not mapped (``_mapped_texts``: written dictionary-coded; as ``_arrow_text`` reads a text, but a name of its
    own: the keys' and the texts' not being copied are checked apart)."""
    return _arrow_strings_copied(chunked)


def _arrow_text(chunked) -> pd.Series | None:
    """A text column as an Arrow-backed pandas string series, in memory of its own (a copy: a view would
    keep the file mapped), or None when it is not text without gaps."""
    return _arrow_strings_copied(chunked)


def _arrow_strings_copied(chunked) -> pd.Series | None:
    import pyarrow as pa

    if chunked.null_count:
        return None
    array = coded.one_chunk(chunked)
    if pa.types.is_dictionary(array.type):
        array = array.dictionary.take(array.indices) if _is_text(array.dictionary.type) else None
    elif _is_text(array.type):
        array = pa.concat_arrays([array])  # (one array: its buffers copied)
    else:
        return None
    return None if array is None else pd.Series(pd.array(array, dtype="str"), copy=False)


def _arrow_lists(table: str, column: str, chunked, shared: dict) -> pd.Series | None:
    """A list column written as rows of the table whose keys its items are, kept as Arrow (``coded.arrow_lists``:
    those keys once, each item a code), or None when it is not so written or that table was not read from the
    cache in this load (the caller then makes Python lists)."""
    import pyarrow as pa

    keys = shared.get(REFERS.get((table, column)))
    if keys is None or chunked.null_count:
        return None
    array = coded.one_chunk(chunked)
    if not pa.types.is_list(array.type) or not pa.types.is_integer(array.type.value_type):
        return None
    offsets = array.offsets.to_numpy(zero_copy_only=False)
    codes = array.values.to_numpy(zero_copy_only=False)[offsets[0]:offsets[-1]]
    if len(codes) and (codes.min() < 0 or codes.max() >= len(keys)):
        return None
    # the keys as Arrow strings made once per load and shared by every column of their ids (the relations' and the
    # clusters' event ids: one dictionary of ten million ids, not one a column)
    if isinstance(keys, pa.Array):  # (the keys read as Arrow strings, ``ARROW_KEYS``: their own array, no string made)
        return coded.arrow_lists(offsets - offsets[0], codes, keys)
    made = ("arrow strings",) + REFERS[(table, column)]
    dictionary = shared.get(made)
    if dictionary is None:
        dictionary = shared[made] = pa.array(keys, type=pa.string())
    return coded.arrow_lists(offsets - offsets[0], codes, keys, dictionary)


def _categorical(chunked, shared: dict | None = None, key: tuple[str, str] | None = None) -> pd.Series | None:
    """A text column as a categorical: of its dictionary's strings when written dictionary-coded (``coded.categorical``:
    the codes copied, no file kept mapped; the categories in its order for ``UNSORTED`` columns), else of its distinct strings (written plain:
    they hardly repeat), as the rows' read makes it; None when it is not text without gaps (the caller makes strings).
    ``shared``: the load's dict, given for a column whose dictionary keys a table read later (``KEYS_OF``: the
    events' cluster ids are the clusters' keys), where the dictionary and its strings are kept; ``key``: the
    (table, column) read."""
    import pyarrow as pa

    if chunked.null_count:
        return None
    array = coded.one_chunk(chunked)
    if pa.types.is_dictionary(array.type) and _is_text(array.dictionary.type):
        dictionary = pa.concat_arrays([array.dictionary])  # (a copy: the file is not kept mapped)
        uniques = dictionary.to_numpy(zero_copy_only=False)
        if shared is not None:  # (the keys read later take these very strings: one string per id)
            shared[key] = (dictionary, uniques)
        return coded.categorical(array.indices.to_numpy(zero_copy_only=False), uniques, dictionary=True,
                                 sort=key not in UNSORTED)
    if _is_text(array.type):
        return coded.as_categorical(pd.Series(array.to_numpy(zero_copy_only=False), dtype=object, copy=False))
    return None


def _column_values(table: str, column: str, chunked, pool, shared: dict) -> np.ndarray | None:
    import pyarrow as pa

    if chunked.null_count:
        return None
    array = coded.one_chunk(chunked)
    kind = column_kind(table, column)
    if kind in ("int", "float"):
        wanted = pa.int64() if kind == "int" else pa.float64()
        # a copy: a view would keep the whole file mapped (its pages resident) and the column read-only
        return np.array(array.to_numpy(zero_copy_only=False), copy=True) if array.type == wanted else None
    if kind == "list":
        if not (pa.types.is_list(array.type) or pa.types.is_large_list(array.type)):
            return None
        values = array.values  # the lists' items: ids of entities, documents, events (repeated, so shared)
        if pa.types.is_integer(values.type):  # written as rows of the table the ids are the keys of
            items = _referred(table, column, values, shared)
        else:
            items = _strings(values.dictionary_encode() if _is_text(values.type) else values, pool,
                             shared=column in ID_COLUMNS)
        if items is None:
            return None
        return coded.cell_lists(items.tolist(), array.offsets.to_numpy(zero_copy_only=False), len(array))
    if (table, column) in KEYS_OF:
        strings = _keys_of(array, shared.get(KEYS_OF[(table, column)]))
        if strings is not None:
            return strings
    if (table, column) in CODED_SOURCES and pa.types.is_dictionary(array.type) and _is_text(array.dictionary.type):
        uniques = array.dictionary.to_numpy(zero_copy_only=False)  # (its own strings: the keys read later share them)
        shared[(table, column)] = (pa.concat_arrays([array.dictionary]), uniques)  # (a copy: the file is not kept mapped)
        indices = array.indices.to_numpy(zero_copy_only=False)
        strings = uniques[indices]
        if (table, column) in CODED:
            coded.remember(strings, indices, uniques)
        return strings
    strings = _strings(array, pool, shared=column in ID_COLUMNS, coded_column=(table, column) in CODED)
    if (table, column) in REFERRED and strings is not None:
        shared[(table, column)] = strings
    return strings


def _keys_of(array, source: tuple | None) -> np.ndarray | None:
    """A text column's values as the strings of ``source`` (an Arrow dictionary read before, and its Python
    strings) when every value is one of them; else None (the caller makes them through the pool)."""
    import pyarrow.compute as pc

    if source is None or not _is_text(array.type):
        return None
    dictionary, uniques = source
    if array.null_count:
        return None
    at = _in_order(array, dictionary)
    if at is None:  # (not in the dictionary's order: each key looked up in a hash of it)
        found = pc.index_in(array, value_set=dictionary)
        if found.null_count:
            return None
        at = found.to_numpy(zero_copy_only=False)
    return uniques[at]


def _in_order(keys, dictionary, gaps: int = 16) -> np.ndarray | None:
    """Each of ``keys``' positions in ``dictionary`` (Arrow strings) when the keys are the dictionary's values in its
    order with at most ``gaps`` of its values left out, else None: the clusters' ids against the events' cluster-id
    dictionary, in the caches written so far (at ten million events, one value left out: the unclustered events'
    ""). Found by comparing the two arrays' strings side by side (a run of equal
    strings at a time, ~10 ms for 1.6 million), not by hashing every key (``index_in``: 0.6-1 s at ten million
    events); every position given was compared equal, so an order that is not so only costs the comparisons."""
    import pyarrow.compute as pc

    count, size = len(keys), len(dictionary)
    if keys.type != dictionary.type or dictionary.null_count or not 0 <= size - count <= gaps:  # (each value left out costs a comparison of the rest)
        return None
    positions = np.empty(count, dtype=np.int64)
    key = at = 0
    for _ in range(gaps + 1):
        span = min(count - key, size - at)
        same = pc.equal(keys.slice(key, span), dictionary.slice(at, span)).to_numpy(zero_copy_only=False)
        run = span if same.all() else int(np.argmin(same))
        positions[key:key + run] = np.arange(at, at + run)
        key, at = key + run, at + run
        if key == count:
            return positions
        at += 1  # (the dictionary's value here is no key: the next key is further on)
        if size - at < count - key:
            return None
    return None


def _referred(table: str, column: str, positions, shared: dict) -> np.ndarray | None:
    """A list column's items written as rows of the table whose keys they are: those keys' own strings
    (a numpy take: no string made, none looked up), or None when that table was not read from the cache
    in this load or a row is out of range."""
    keys = shared.get(REFERS.get((table, column)))
    if keys is None:
        return None
    rows = positions.to_numpy(zero_copy_only=False)
    if len(rows) and (rows.min() < 0 or rows.max() >= len(keys)):
        return None
    if not isinstance(keys, np.ndarray):  # (keys held as Arrow strings: the items' strings made from them)
        return keys.take(rows).to_numpy(zero_copy_only=False)
    return keys[rows]


def _strings(array, pool, shared: bool, coded_column: bool = False) -> np.ndarray | None:
    """An object array of Python strings; a dictionary-encoded column's distinct values made once (and
    shared through the load's ``pool`` with ``shared``), so equal values are one string as ``read_table``
    makes them. ``coded_column``: a dictionary's codes are kept with the strings made (``core.coded``: its
    views then rank, parse or number the few distinct values, not every row)."""
    import pyarrow as pa

    if pa.types.is_dictionary(array.type):
        if not _is_text(array.dictionary.type):
            return None
        uniques = array.dictionary.to_numpy(zero_copy_only=False)
        if shared and pool is not None:
            uniques = pool.share(uniques, distinct=True)  # (a dictionary's values: each once)
        codes = array.indices.to_numpy(zero_copy_only=False)
        strings = uniques[codes]
        if coded_column:
            coded.remember(strings, codes, uniques)
        return strings
    if not _is_text(array.type):
        return None
    values = array.to_numpy(zero_copy_only=False)  # written plain: its values hardly repeat
    return pool.share(values) if shared and pool is not None and len(values) else values


def _arrow_error() -> type[Exception]:
    import pyarrow as pa

    return pa.ArrowException


def _is_text(arrow_type) -> bool:
    import pyarrow as pa

    return pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type)


# ----- writing ---------------------------------------------------------------------------------
class _FrameStamps:
    """Stamps noted against frames by identity, each forgotten when its frame is gone (its id may be another's
    next), and read back only for that very frame."""

    def __init__(self) -> None:
        self._stamps: dict[int, tuple[weakref.ref, str]] = {}

    def remember(self, frame, stamp: str) -> None:
        key = id(frame)

        def forget(_ref: weakref.ref) -> None:
            self._stamps.pop(key, None)

        self._stamps[key] = (weakref.ref(frame, forget), stamp)

    def of(self, frame) -> str | None:
        found = self._stamps.get(id(frame))
        return found[1] if found is not None and found[0]() is frame else None


_read_stamps = _FrameStamps()
_cached_stamps = _FrameStamps()


def remember_stamp(frame: pd.DataFrame, stamp: str) -> None:
    """Note that ``frame`` was read from SQLite under ``stamp`` (``refresh_column_cache`` writes it then)."""
    _read_stamps.remember(frame, stamp)


def stamp_read(frame: pd.DataFrame) -> str | None:
    """The stamp ``frame`` was read under, if it came from a load that read SQLite and left nothing out."""
    return _read_stamps.of(frame)


def remember_cached(frame, stamp: str) -> None:
    """Note that ``frame`` (a DataFrame, or the ``LaterFrame`` that makes one) is the table read from its cache
    file stamped ``stamp``, as it is there (what is worked out from it may be kept under that stamp:
    ``derived_cache``). A frame an edit makes is another object: it has no stamp."""
    _cached_stamps.remember(frame, stamp)


def frame_stamp(frame) -> str | None:
    """The content stamp of the table ``frame`` holds as read, whole and unchanged, at this opening (from its cache
    file: ``remember_cached``; from SQLite: ``stamp_read``), or None (an edited table, one read otherwise)."""
    return _cached_stamps.of(frame) or stamp_read(frame)


def needs_refresh(tables: dict[str, pd.DataFrame]) -> bool:
    """Whether any of ``tables`` was read from SQLite, whole, at this opening (so the cache lacks it)."""
    return any(stamp_read(frame) is not None for frame in values_now(tables))  # (one read later came from the cache)


def worth_caching(tables: dict[str, pd.DataFrame]) -> bool:
    """Whether the window should write the cache after this opening: some table was read from SQLite
    (``needs_refresh``) and the case is big enough for the cache to save time (``CACHE_FROM_ROWS``)."""
    return needs_refresh(tables) and big_enough(tables)


def big_enough(tables: dict[str, pd.DataFrame]) -> bool:
    """Whether a case is big enough for a cache to save time (``CACHE_FROM_ROWS``)."""
    return sum(len(frame) for frame in values_now(tables)) >= CACHE_FROM_ROWS


def refresh_column_cache(workspace: str | Path, tables: dict[str, pd.DataFrame],
                         should_cancel: Callable[[], bool] = lambda: False) -> list[str]:
    """Write the cache files of the ``tables`` read from SQLite at this opening (those ``load_workspace``
    read there, whole, without problems); returns the names written. Each file is written beside
    its final name and renamed into place, so a reader never meets half a file. A folder that cannot
    be written (read-only media) is left as it is: the next opening reads SQLite again.
    ``should_cancel`` is asked between tables."""
    written: list[str] = []
    for name, frame in tables.items():
        stamp = stamp_read(frame)
        if stamp is None:
            continue
        if should_cancel():
            break
        try:
            _write_table(workspace, name, frame, stamp, tables)
        except (OSError, ValueError, TypeError, _arrow_error()):  # a full or read-only disk, a cell Arrow cannot hold
            return written
        written.append(name)
    return written


def _write_table(workspace: str | Path, table: str, frame: pd.DataFrame, stamp: str,
                 tables: dict[str, pd.DataFrame]) -> None:
    fields, arrays = [], []
    for column in TABLE_COLUMNS[table]:
        target = REFERS.get((table, column))
        keys = tables[target[0]][target[1]] if target is not None and target[0] in tables else None
        array = (_positions_column(frame[column], keys) if keys is not None else None) \
            or _arrow_column(table, column, frame[column])
        fields.append(cache_field(table, column, array, isinstance(frame[column].dtype, pd.StringDtype)))
        arrays.append(array)
    write_cache_file(workspace, table, cache_arrow(fields, arrays, stamp))


def cache_field(table: str, column: str, array, text_dtype: bool):
    """``column``'s field in its cache file; ``text_dtype``: a text column pandas holds as its own string dtype
    (one a migration filled), given back as that (but the ``ARROW_TEXT`` and ``ARROW_KEYS`` ones: read back as the
    reader asks)."""
    import pyarrow as pa

    metadata = {TEXT_DTYPE_KEY: b"str"} if text_dtype and (table, column) not in ARROW_TEXT | ARROW_KEYS else None
    return pa.field(column, array.type, nullable=False, metadata=metadata)


def cache_arrow(fields: list, arrays: list, stamp: str):
    """A cache file's table: ``arrays`` under ``fields``, stamped ``stamp``."""
    import pyarrow as pa

    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata={STAMP_KEY: stamp.encode()}))


def codes_pay(distinct: int, rows: int) -> bool:
    """Whether a text column of ``rows`` rows with ``distinct`` values is written dictionary-coded: when its
    values are at most half its rows (both writers decide it over the whole column so)."""
    return rows > 0 and distinct * 2 <= rows


def write_cache_file(workspace: str | Path, table: str, arrow) -> None:
    """``arrow`` as ``table``'s cache file, written beside its final name and renamed into place, so a reader
    never meets half a file (the whole-table writer here and the streamed one, ``cache_stream``, share it)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    folder = cache_folder(workspace)
    folder.mkdir(exist_ok=True)
    final = folder / f"{table}.arrow"
    partial = folder / f".{table}.arrow.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial"  # two writers never share one
    try:
        with pa.OSFile(str(partial), "wb") as sink, ipc.new_file(sink, arrow.schema) as writer:
            writer.write_table(arrow)
        put_in_place(partial, final)
    finally:
        partial.unlink(missing_ok=True)


def put_in_place(partial: Path, final: Path) -> None:
    """Rename ``partial`` over ``final`` in one step. A reader keeps its map of the file replaced (POSIX: the old file
    lives on until unmapped). Where the system refuses to replace a file a reader maps (Windows), the old file is
    moved aside first (``.NAME.*.old``: the reader keeps its map of it) and deleted at a later write, once nothing
    maps it; if even that is refused, the error is the caller's as before (the table is read from the rows)."""
    try:
        os.replace(partial, final)
    except PermissionError:
        os.replace(final, final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.old"))
        os.replace(partial, final)
    delete_unmapped(final.parent.glob(f".{final.name}.*.old"))


def delete_unmapped(files) -> None:
    """Delete ``files`` where the system allows it: one a reader still maps (Windows) is left for a later write."""
    for old in files:
        try:
            old.unlink()
        except OSError:  # (still mapped)
            pass


def _positions_column(series: pd.Series, keys: pd.Series):
    """A list column of ids as lists of the rows of ``keys`` holding them (Arrow ``list<int32>``), or None
    when an item is not among the keys, the keys repeat, or a cell is not a list of texts."""
    import pyarrow as pa

    cells = series.to_numpy(dtype=object)
    if set(map(type, cells)) - {list}:
        return None
    counts = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
    items = np.fromiter(chain.from_iterable(cells), dtype=object, count=int(counts.sum()))
    index = pd.Index(keys.to_numpy(dtype=object))
    if not index.is_unique:
        return None
    rows = index.get_indexer(items)
    if len(rows) and rows.min() < 0:
        return None
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), pa.array(rows.astype(np.int32)))


def _arrow_column(table: str, column: str, series: pd.Series):
    """One column as Arrow: numbers as they are, text dictionary-encoded when values repeat (ids, types,
    dates: read back as one string per value), lists of texts as Arrow lists."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = column_kind(table, column)
    values = series.to_numpy()
    if kind == "int":
        return pa.array(values.astype(np.int64, copy=False), type=pa.int64())
    if kind == "float":
        return pa.array(values.astype(np.float64, copy=False), type=pa.float64())
    if kind == "list":
        return pa.array(values.tolist(), type=pa.list_(pa.string()))
    strings = pa.array(values, type=pa.string())
    if len(strings) and codes_pay(pc.count_distinct(strings).as_py(), len(strings)):
        return strings.dictionary_encode()
    return strings


# ----- tables the window reads on demand (the mentions) ------------------------------------------
ON_DEMAND = ("mentions",)  # cached for reads by entity (``mapped_table``), never read whole at an opening


def refresh_on_demand(workspace: str | Path, should_cancel: Callable[[], bool] = lambda: False,
                      rows: int = 20_000) -> list[str]:
    """Write the cache file of each ``ON_DEMAND`` table that is missing or stale, streamed from SQLite a chunk
    at a time (``rows`` rows: the table is never held whole, two million mentions at a million events); returns
    the names written. Each file is written beside its final name and renamed into place."""
    from explorer.core.store.opening import open_readonly
    from explorer.core.store.table_reader import read_table_chunks

    written: list[str] = []
    for table in stale_tables(workspace, list(ON_DEMAND)):
        if should_cancel():
            break
        try:
            with open_readonly(workspace) as conn:
                stamp = content_stamp(conn, table)
                chunks = read_table_chunks(conn, table, rows)
                _write_streamed(workspace, table, stamp, chunks, should_cancel)
        except (OSError, ValueError, TypeError, sqlite3.DatabaseError, _arrow_error()):
            return written  # a full or read-only disk, a cell Arrow cannot hold: read from SQLite as before
        written.append(table)
    return written


def _write_streamed(workspace: str | Path, table: str, stamp: str, chunks, should_cancel: Callable[[], bool]) -> None:
    """One IPC file of record batches, a chunk each (text plain: batches of one file cannot each have a
    dictionary of their own)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    kinds = {"int": pa.int64(), "float": pa.float64(), "text": pa.string(), "list": pa.list_(pa.string())}
    schema = pa.schema([pa.field(c, kinds[column_kind(table, c)], nullable=False) for c in TABLE_COLUMNS[table]],
                       metadata={STAMP_KEY: stamp.encode()})
    folder = cache_folder(workspace)
    folder.mkdir(exist_ok=True)
    final = folder / f"{table}.arrow"
    partial = folder / f".{table}.arrow.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial"
    try:
        with pa.OSFile(str(partial), "wb") as sink, ipc.new_file(sink, schema) as writer:
            for chunk in chunks:
                if should_cancel():
                    raise OSError("cancelled")
                arrays = [pa.array(chunk[c].to_numpy(), type=field.type) for c, field in zip(TABLE_COLUMNS[table], schema)]
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
        put_in_place(partial, final)
    finally:
        partial.unlink(missing_ok=True)


def mapped_table(workspace: str | Path, table: str, stamp: str):
    """``table``'s cache file as an Arrow table over the memory-mapped file (nothing read until a column is
    used: a filter reads the column it tests, a take the rows it takes), or None when it is missing, stale,
    damaged or shaped otherwise."""
    file = cache_folder(workspace) / f"{table}.arrow"
    if not file.is_file():
        return None
    try:
        import pyarrow as pa
        import pyarrow.ipc as ipc

        reader = ipc.open_file(pa.memory_map(str(file)))
        if (reader.schema.metadata or {}).get(STAMP_KEY, b"").decode() != stamp:
            return None
        arrow = reader.read_all()
    except (OSError, ValueError, KeyError, TypeError, _arrow_error()):
        return None
    return arrow if arrow.column_names == TABLE_COLUMNS[table] else None


def rows_where(arrow, table: str, column: str, values: list[str]) -> pd.DataFrame | None:
    """The rows of a mapped table whose ``column`` is one of ``values``, in the table's order, as
    ``read_table`` shapes them (objects, ints); None when a column is not as this version writes it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    keys = arrow.column(column).combine_chunks()
    wanted = pa.array(values, type=pa.string())
    if pa.types.is_dictionary(keys.type):  # the values tested once each, then picked by the codes
        mask = pc.take(pc.is_in(keys.dictionary, value_set=wanted), keys.indices)
    elif _is_text(keys.type):
        mask = pc.is_in(keys, value_set=wanted)
    else:
        return None
    rows = arrow.filter(mask)
    columns = {}
    for name in TABLE_COLUMNS[table]:
        values_of = _column_values(table, name, rows.column(name), None, {})
        if values_of is None:
            return None
        columns[name] = pd.Series(values_of, dtype=values_of.dtype, copy=False)
    return pd.DataFrame(columns, copy=False)
