"""Saving an addition in place: only the rows that differ are written, in one SQLite transaction.

``explorer add`` changes a few rows of a big case (the new documents, their mentions and
events, the entities whose counts moved, the relations and clusters the new events join);
writing the whole file again (``save_workspace``) rewrote some 700 MB to add 100 articles to a
million events. Here the new tables are compared with the old by each table's key (``ROW_KEYS``)
and only the difference is written: rows gone are deleted, rows whose values changed updated
where they stand (their rowid, so their order, kept), new rows inserted; a table of which more
than half changed is written again whole, and when such tables hold most of the rows the addition is
saved as a whole new file instead (fewer bytes than every page twice). The held rows of changed documents and the FTS index
of the documents touched follow; the analyst's ``edits`` table is not touched, so every
decision stays as it was.

Crash safety is SQLite's: one transaction with a rollback journal and ``synchronous = FULL``
(the journal is on disk before a page of the file changes, the file synced before the
journal is deleted), so a process killed or a power lost at any moment leaves the old
workspace (the next opening rolls the hot journal back: ``opening.open_readonly``) or the new
one, never a mix. Every save writes a new ``content_id``, so the columnar cache of every table is
stale and read again from the rows (``column_cache``), as after a whole-file save.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.edits import Edit
from explorer.core.model import SCHEMA_VERSION, TABLE_COLUMNS, Tables, column_kind, normalize_table
from explorer.core.store.held_rows import HeldRows, held_json
from explorer.core.store.locks import writing
from explorer.core.store.opening import check_version, open_readonly
from explorer.core.store.schema import PRIMARY_KEYS
from explorer.core.store.workspace import (insert_sql, load_edits, save_meta, save_workspace, storage_error,
                                           value_encoder)

# what identifies a row of each table (the primary key, or the columns no two rows share)
ROW_KEYS: dict[str, tuple[str, ...]] = {
    **{table: (key,) for table, key in PRIMARY_KEYS.items()},
    "relations": ("source", "target", "kind"),
    "furniture": ("doc_id", "start", "end", "kind"),
}
REWRITE_SHARE = 0.5  # past this share of a table's rows changed, the table is written again whole
BUSY_SECONDS = 30.0  # how long to wait for a reader (the window's mention look-up) to finish


class NotInPlace(Exception):
    """The file is not as the tables loaded from it say (a row left out as malformed, a key that is not
    unique): the transaction is rolled back and the workspace is saved whole instead."""


@dataclass
class Changes:
    """What one table's save did: rows deleted, updated, inserted, or the table written whole."""

    deleted: int = 0
    updated: int = 0
    inserted: int = 0
    rewritten: bool = False


def write_in_place(path: Path, before: Tables, after: Tables, extra_meta: dict[str, str],
                   held_before: HeldRows, held: HeldRows, fail: Callable[[str], None] | None = None
                   ) -> dict[str, Changes]:
    """Write into ``path`` what differs between ``before`` (extraction's tables as the file holds them) and
    ``after``, with ``held`` replacing ``held_before``, in one transaction; returns what changed per table.
    Raises ``NotInPlace`` (nothing written) when the file does not hold ``before``, or when most of its rows
    change (``mostly_rewritten``); ``sqlite3`` and ``OSError`` errors (a full disk) leave the file as it was.
    ``fail``: called before each table is written (tests inject a crash)."""
    frames = {table: (_frame(table, before.get(table)), _frame(table, after.get(table))) for table in TABLE_COLUMNS}
    plans = {table: _frame_plan(table, old, new) for table, (old, new) in frames.items()}
    if mostly_rewritten(plans, after):
        raise NotInPlace("most rows change: the whole file is written")
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            changes = _write_changes(conn, plans, frames, held_before, held, fail or (lambda table: None))
            _write_meta(conn, extra_meta)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return changes


def mostly_rewritten(plans: dict[str, Plan | None], after: Tables) -> bool:
    """Whether the tables to write whole hold more than half of all the rows: rewritten in place, each of their
    pages would be written twice (the journal's old copy, the file's new one) and the freed ones kept in the
    file, more bytes than a new file (a generated case's first addition: 1.6 GB against 1.05 GB at 1M events)."""
    rows = {table: len(after[table]) if after.get(table) is not None else 0 for table in plans}
    whole = sum(rows[table] for table, plan in plans.items() if plan is None or plan.rewrite)
    return whole > REWRITE_SHARE * max(sum(rows.values()), 1)


def _write_changes(conn: sqlite3.Connection, plans: dict[str, Plan | None],
                   frames: dict[str, tuple[pd.DataFrame, pd.DataFrame]],
                   held_before: HeldRows, held: HeldRows, fail: Callable[[str], None]) -> dict[str, Changes]:
    changes = {}
    for table, plan in plans.items():
        fail(table)
        old, new = frames[table]
        if table == "documents":
            changes[table] = _write_documents(conn, plan, new)
        else:
            changes[table] = _write(conn, table, TABLE_COLUMNS[table], ROW_KEYS[table], plan,
                                    partial(_encoded, table, new), len(old))
        _check_count(conn, table, len(new))
    fail("held_rows")
    old_held, new_held = _held_encoded(held_before), _held_encoded(held)
    changes["held_rows"] = _write(conn, "held_rows", ["doc_id", "rows"], ("doc_id",),
                                  _plan(("doc_id",), ["doc_id", "rows"], old_held, new_held),
                                  lambda: new_held, len(old_held))
    _check_count(conn, "held_rows", len(held))
    return changes


def _write_documents(conn: sqlite3.Connection, plan: Plan | None, new: pd.DataFrame) -> Changes:
    """The documents' rows, and the FTS index (external content: told the old values of a row before it
    changes, the new after) for the documents added, changed or gone; rebuilt when the table is rewritten."""
    columns = TABLE_COLUMNS["documents"]
    if plan is None or plan.rewrite:
        changes = _write(conn, "documents", columns, ("doc_id",), None, lambda: _encoded("documents", new), 0)
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        return changes
    gone = [key[0] for key in plan.deleted] + [row[0] for row in plan.updated]
    conn.executemany("INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                     "SELECT 'delete', rowid, title, text FROM documents WHERE doc_id = ?", ((d,) for d in gone))
    changes = _apply(conn, "documents", columns, ("doc_id",), plan)
    come = [row[0] for row in plan.updated] + [row[0] for row in plan.inserted]
    conn.executemany("INSERT INTO documents_fts(rowid, title, text) "
                     "SELECT rowid, title, text FROM documents WHERE doc_id = ?", ((d,) for d in come))
    return changes


@dataclass
class Plan:
    """The keys of the rows to delete, and the rows (as stored) to update and to insert, that turn a table's old
    rows into its new; ``rewrite`` when so many change that the table is better written whole."""

    deleted: list[tuple]
    updated: list[tuple]
    inserted: list[tuple]
    rewrite: bool


def _frame(table: str, frame: pd.DataFrame | None) -> pd.DataFrame:
    """The table with its columns in the schema's order (no copy of the values)."""
    if frame is None:
        return pd.DataFrame(columns=TABLE_COLUMNS[table])
    return frame.reindex(columns=TABLE_COLUMNS[table]).reset_index(drop=True)


def _frame_plan(table: str, old: pd.DataFrame, new: pd.DataFrame) -> Plan | None:
    """The difference between the old and new frames of ``table`` by its key, compared column by column
    (numpy's element-wise comparison, lists included), and only the rows that differ encoded as stored;
    None when a key is not unique (write it whole). A value that compares unequal and stores the same (a
    missing value against an empty one) only makes an update that changes nothing."""
    key = ROW_KEYS[table]
    old_keys, new_keys = _keys(old, key), _keys(new, key)
    if not (old_keys.is_unique and new_keys.is_unique):
        return None
    at = old_keys.get_indexer(new_keys)
    matched = np.flatnonzero(at >= 0)
    differs = np.zeros(len(matched), dtype=bool)
    for column in TABLE_COLUMNS[table]:
        differs |= _unequal(old[column].to_numpy(dtype=object)[at[matched]],
                            new[column].to_numpy(dtype=object)[matched])
    kept = np.zeros(len(old), dtype=bool)
    kept[at[matched]] = True
    gone = old.loc[~kept, list(key)]
    stored = [value_encoder(table, column) for column in key]
    deleted = [tuple(encode(v) for encode, v in zip(stored, row)) for row in gone.itertuples(index=False)]
    changed = len(deleted) + int(differs.sum()) + int((at < 0).sum())
    if changed > REWRITE_SHARE * max(len(new), 1):
        return Plan([], [], [], rewrite=True)
    return Plan(deleted, _encoded(table, new.iloc[matched[differs]]), _encoded(table, new.iloc[np.flatnonzero(at < 0)]),
                rewrite=False)


def _keys(frame: pd.DataFrame, key: tuple[str, ...]) -> pd.Index:
    if len(key) == 1:
        return pd.Index(frame[key[0]].to_numpy(dtype=object))
    return pd.MultiIndex.from_arrays([frame[k].to_numpy(dtype=object) for k in key])


def _unequal(old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Which values differ: numpy's ``!=`` element by element (a list against a list compares as Python does);
    one by one where an element is itself an array."""
    try:
        found = old != new
        if isinstance(found, np.ndarray) and found.shape == old.shape and found.dtype == bool:
            return found
    except (ValueError, TypeError):
        pass
    return np.array([_differ(a, b) for a, b in zip(old, new)], dtype=bool)


def _differ(a: Any, b: Any) -> bool:
    try:
        return bool(a != b)
    except (ValueError, TypeError):  # arrays: compared as the lists they store
        return list(a) != list(b)


def _plan(key: tuple[str, ...], columns: list[str], old: list[tuple], new: list[tuple]) -> Plan | None:
    """The difference between rows already encoded (the held rows), by ``key``; None when a key is not unique."""
    at = [columns.index(k) for k in key]
    by_key = {tuple(row[i] for i in at): row for row in old}
    if len(by_key) != len(old):
        return None
    updated, inserted, seen = [], [], set()
    for row in new:
        k = tuple(row[i] for i in at)
        if k in seen:
            return None
        seen.add(k)
        was = by_key.pop(k, None)
        if was is None:
            inserted.append(row)
        elif was != row:
            updated.append(row)
    deleted = list(by_key)
    changed = len(deleted) + len(updated) + len(inserted)
    return Plan(deleted, updated, inserted, rewrite=changed > REWRITE_SHARE * max(len(new), 1))


def _write(conn: sqlite3.Connection, table: str, columns: list[str], key: tuple[str, ...], plan: Plan | None,
           rows: Callable[[], list[tuple]], old_count: int) -> Changes:
    """The plan applied; the table written whole (``rows()``) when there is none or it says rewrite."""
    if plan is None or plan.rewrite:
        new = rows()
        conn.execute(f'DELETE FROM "{table}"')
        conn.executemany(insert_sql(table, columns), new)
        return Changes(old_count, 0, len(new), rewritten=True)
    return _apply(conn, table, columns, key, plan)


def _apply(conn: sqlite3.Connection, table: str, columns: list[str], key: tuple[str, ...], plan: Plan) -> Changes:
    """Delete, update and insert the planned rows; ``NotInPlace`` when the file's rows are not the old ones."""
    at = [columns.index(k) for k in key]
    where = " AND ".join(f'"{k}" = ?' for k in key)
    deleted = conn.executemany(f'DELETE FROM "{table}" WHERE {where}', plan.deleted).rowcount
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    updated = conn.executemany(f'UPDATE "{table}" SET {sets} WHERE {where}',
                               (row + tuple(row[i] for i in at) for row in plan.updated)).rowcount
    if deleted != len(plan.deleted) or updated != len(plan.updated):
        raise NotInPlace(table)
    try:
        conn.executemany(insert_sql(table, columns), plan.inserted)
    except sqlite3.IntegrityError as exc:  # a row the loaded table did not have (left out as malformed)
        raise NotInPlace(table) from exc
    return Changes(len(plan.deleted), len(plan.updated), len(plan.inserted))


def _check_count(conn: sqlite3.Connection, table: str, expected: int) -> None:
    """The table holds as many rows as the new one: else the file held rows the loaded table did not."""
    if conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] != expected:
        raise NotInPlace(table)


def _write_meta(conn: sqlite3.Connection, extra_meta: dict[str, str]) -> None:
    """``workspace.save_meta``'s rows over the file's: a new ``content_id``, so every columnar cache file is stale."""
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", save_meta(extra_meta).items())


def _encoded(table: str, frame: pd.DataFrame | None) -> list[tuple]:
    """The table's rows as the file stores them (``workspace.value_encoder``'s values), one tuple a row."""
    if frame is None or frame.empty:
        return []
    frame = normalize_table(table, frame)
    columns = [_encode_column(table, column, frame[column]) for column in TABLE_COLUMNS[table]]
    return list(zip(*columns))


def _encode_column(table: str, column: str, values: pd.Series) -> Iterable[Any]:
    """One column as ``workspace.value_encoder`` stores it; numbers converted a column at a time."""
    kind = column_kind(table, column)
    if kind in ("int", "float"):
        return values.astype("int64" if kind == "int" else "float64").tolist()
    return list(map(value_encoder(table, column), values))


def _held_encoded(held: HeldRows) -> list[tuple]:
    """The held rows as ``held_rows.write_held_rows`` stores them."""
    return [(doc_id, held_json(rows)) for doc_id, rows in held.items()]


def save_addition(path: str | Path, before: Tables, after: Tables, extra_meta: dict[str, str],
                  held_before: HeldRows, held: HeldRows) -> tuple[Path, list[Edit], list[str], dict[str, Changes]]:
    """Save what ``explorer add`` changed in the workspace at ``path`` (``before``: its extraction's tables as
    loaded, ``held_before`` its held rows), in place under the write lock; the analyst's decisions stay in
    the file as they are. A file of an older schema or without held rows, or one that does not hold the
    tables loaded from it, is saved whole (``save_workspace``, carrying its decisions), as ``extract`` does.

    Returns the path, the decisions in the file, a line for each that could not be read, and what changed
    per table (empty when the file was saved whole)."""
    target = Path(path)
    problems: list[str] = []
    with writing(target):
        edits = load_edits(target, problems)
        if _in_place_possible(target):
            try:
                return target, edits, problems, write_in_place(target, before, after, extra_meta, held_before, held)
            except NotInPlace:
                pass
            except (sqlite3.DatabaseError, OSError) as exc:
                raise storage_error(target, exc) from exc
        save_workspace(after, target, extra_meta, edits, held)
    return target, edits, problems, {}


def _in_place_possible(path: Path) -> bool:
    """Whether the file has this version's tables (its schema, the held rows): else it is saved whole."""
    with open_readonly(path) as conn:
        version = check_version(conn, path)
        held = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'held_rows'").fetchone()
    return version == SCHEMA_VERSION and held is not None
