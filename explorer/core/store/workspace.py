"""Saving and loading a workspace file safely.

Saving writes a complete new database beside the target and renames it into place,
so a process killed at any moment leaves the previous workspace intact. Loading
opens the file read-only and checks that it is an Explorer workspace of a version
this code understands; a foreign or damaged file raises ``WorkspaceError`` and is
never modified.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Collection
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from explorer import __version__
from explorer.core.edits import Edit
from explorer.core.edits.apply import replay
from explorer.core.edits.mentions import MentionRows
from explorer.core.collector import collector_paused
from explorer.core.errors import WorkspaceError
from explorer.core.model import SCHEMA_VERSION, TABLE_COLUMNS, Tables, column_kind, normalize_table
from explorer.core.store.edits_store import read_edits, write_edits
from explorer.core.later import Later, LaterFrame, LaterTables
from explorer.core.store.column_cache import (cached_arrow, content_stamp, frame_of, heads_of, read_cached_table,
                                              remember_cached, remember_stamp)
from explorer.core.store.held_rows import HeldRows, write_held_rows
from explorer.core.store.locks import writing
from explorer.core.store.migrations import migrate_tables
from explorer.core.store.opening import check_version, damaged, open_readonly
from explorer.core.store.schema import create_statements
from explorer.core.workspace_file import APPLICATION_ID, check_replaceable
from explorer.core.store.table_reader import StringPool, as_arrow_text, read_table

WORKSPACE_SUFFIX = ".explorer"
# what the window reads when it opens a workspace: not the mentions, read a document or an entity at a time
# (``mention_reader``)
WINDOW_TABLES = [name for name in TABLE_COLUMNS if name != "mentions"]
# of those, what the first window does not draw: made after it is drawn (``load_workspace(later=...)``); the
# relations' and clusters' lists of event ids (the graph, laid out after the paint, the review, the edits read them)
LATER_TABLES = ("relations", "clusters")
# of those, the tables some of whose columns are made at once (``LaterFrame.heads``), and those columns: the timeline
# draws the clusters' ids and conflicts, not their labels, dates and lists (the rest made after the paint: 1.6 million
# labels at ten million events were Python strings made before the first window)
LATER_HEADS = {"clusters": ("cluster_id", "conflict")}


def save_workspace(tables: Tables, path: str | Path, extra_meta: dict[str, str] | None = None,
                   edits: list[Edit] | None = None, held: HeldRows | None = None) -> Path:
    """Write ``tables`` (extraction's, without the analyst's decisions) and ``edits`` to ``path`` atomically;
    ``held``: what ``explorer add`` needs of the extracted documents besides the tables (``held_rows``).

    The new file is built as ``.NAME.partial`` in the same folder, committed,
    synced to disk, then renamed over ``path`` in one step.
    """
    target = Path(path)
    check_replaceable(target)  # a text file or someone's database given as the output is never replaced
    partial = target.with_name(f".{target.name}.partial")
    journal = partial.with_name(partial.name + "-journal")
    partial.unlink(missing_ok=True)
    try:
        _write_database(tables, partial, extra_meta or {}, edits or [], held)
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except (sqlite3.DatabaseError, OSError) as exc:  # a full disk, a folder gone read-only, a lost share
        raise storage_error(target, exc) from exc
    finally:
        partial.unlink(missing_ok=True)  # gone after the rename; after a failure, never left behind
        journal.unlink(missing_ok=True)
    return target


def storage_error(target: Path, exc: BaseException) -> WorkspaceError:
    """The one line for a save the disk refused: why, and that the previous workspace is unchanged."""
    return WorkspaceError(target, f"could not be saved ({_storage_reason(exc)}); "
                                  f"{'the previous workspace is unchanged' if target.exists() else 'nothing was written'}")


def _storage_reason(exc: BaseException) -> str:
    """What went wrong with the disk, in the user's words where SQLite's are cryptic."""
    text = getattr(exc, "strerror", None) or str(exc)
    if "full" in text.lower():
        return "the disk is full"
    return text


def replace_workspace(tables: Tables, path: str | Path, extra_meta: dict[str, str] | None = None,
                      held: HeldRows | None = None) -> tuple[Path, list[Edit], list[str]]:
    """Save a new extraction at ``path``, carrying the analyst's decisions saved in the file it replaces
    up to this moment (read under the write lock, so one made while the extraction ran is kept).

    Returns the path, the decisions carried, and a line for each that could not be read.
    """
    problems: list[str] = []
    with writing(path):
        edits: list[Edit] = []
        if Path(path).exists():
            try:
                edits = load_edits(path, problems)
            except WorkspaceError as exc:
                problems.append(f"{exc}: its edits (if any) could not be kept")
        save_workspace(tables, path, extra_meta, edits, held)
    return Path(path), edits, problems


def _write_database(tables: Tables, path: Path, extra_meta: dict[str, str], edits: list[Edit],
                    held: HeldRows | None = None) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
        with conn:
            for statement in create_statements():
                conn.execute(statement)
            meta = {"schema_version": str(SCHEMA_VERSION), **save_meta(extra_meta)}
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            for table, columns in TABLE_COLUMNS.items():
                _insert_rows(conn, table, columns, tables.get(table))
            write_edits(conn, edits)
            write_held_rows(conn, held)
            conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    finally:
        conn.close()


def save_meta(extra_meta: dict[str, str]) -> dict[str, str]:
    """What every save writes into ``meta``: this version, the time, a new ``content_id`` (what the columnar
    cache beside the file was read from: every table's cache is then stale), and ``extra_meta``."""
    return {"explorer_version": __version__,
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "content_id": uuid.uuid4().hex, **extra_meta}


def _insert_rows(conn: sqlite3.Connection, table: str, columns: list[str], frame: pd.DataFrame | None) -> None:
    if frame is None or frame.empty:
        return
    frame = normalize_table(table, frame)
    encoders = [value_encoder(table, column) for column in columns]
    rows = (
        tuple(encode(value) for encode, value in zip(encoders, row))
        for row in frame.itertuples(index=False, name=None)
    )
    conn.executemany(insert_sql(table, columns), rows)


def insert_sql(table: str, columns: list[str]) -> str:
    """The statement that inserts one row of ``columns`` into ``table``."""
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'


def value_encoder(table: str, column: str) -> Callable[[Any], object]:
    """How a value of ``table.column`` is stored: a list as JSON, a number as Python's, the rest as text."""
    kind = column_kind(table, column)
    if kind == "list":
        return lambda value: json.dumps(list(value), ensure_ascii=False)
    if kind == "int":
        return int
    if kind == "float":
        return float
    return str


def load_workspace(path: str | Path, tables: list[str] | None = None, edited: bool = True,
                   problems: list[str] | None = None, arrow_text: bool = False,
                   later: Collection[str] = ()) -> Tables:
    """Read a workspace's tables (all, or the ones named) as DataFrames.

    With ``edited`` (the default) the analyst's decisions are applied, as the app
    shows them; ``edited=False`` gives extraction's rows as saved. Raises
    ``WorkspaceError`` naming the file when it is missing, not a workspace,
    damaged, or from a newer version of Explorer. What is damaged but can be left
    out (a decision this version cannot apply, a malformed list cell) is left out
    and said, one line each, in ``problems``: the rest of the workspace opens. With ``arrow_text``
    (the window's) the long text columns (``table_reader.ARROW_TEXT``: the events' sentences) are
    Arrow-backed pandas strings (dtype ``str``), not an object column of Python strings. The tables named in
    ``later`` (the window's ``LATER_TABLES``) that are fresh in the columnar cache are made after the first
    window is drawn (``later.LaterTables``: looking one up sooner makes it then); without saved decisions to
    apply only (``edited=False``, or none saved).
    """
    wanted = tables or list(TABLE_COLUMNS)
    with open_readonly(path) as conn:
        version = check_version(conn, path)
        try:
            edits = read_edits(conn, problems) if edited else []
            # a decision can reach across tables (a date correction re-dates events): read them all
            names = list(TABLE_COLUMNS) if edits else wanted
            ids = StringPool()  # one per load: an id shared by several tables is one string
            with collector_paused():
                deferred = frozenset() if edits else frozenset(later)
                cached, read, stamps = _read_tables(conn, path, names, ids, problems, arrow_text, deferred, version)
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc
    if version < SCHEMA_VERSION and read:  # tables read from the current schema (or the cache) are in shape
        read = migrate_tables(read, version)
    for name, stamp in stamps.items():
        remember_stamp(read[name], stamp)  # the cache then holds them migrated
    frames = {**cached, **read}
    if arrow_text:
        for name, frame in read.items():  # (those read from the cache are so already)
            as_arrow_text(name, frame)
    if edits:
        frames = applicable_edits(frames, edits, problems)[0]
    if any(isinstance(frame, Later) for frame in frames.values()):
        return LaterTables((name, frames[name]) for name in wanted)
    return {name: frames[name] for name in wanted}


def _read_tables(conn: sqlite3.Connection, path: str | Path, names: list[str], ids: StringPool,
                 problems: list[str] | None, arrow_text: bool = False, later: frozenset[str] = frozenset(),
                 version: int = SCHEMA_VERSION) -> tuple[Tables, Tables, dict[str, str]]:
    """The tables found fresh in the columnar cache beside the workspace (``column_cache``: as the current
    schema shapes them; those in ``later`` as ``LaterFrame``), those read from SQLite (as stored), and the
    stamp of each read from SQLite whole, with nothing left out, for the cache's refresh."""
    cached: dict = {}
    read: Tables = {}
    stamps: dict[str, str] = {}
    shared: dict = {}  # what tables read from the cache share (the events' ids)
    for name in names:
        stamp = content_stamp(conn, name)
        frame = _later_table(path, name, (stamp, version), ids, shared, arrow_text) if name in later else \
            read_cached_table(path, name, stamp, ids, shared, arrow_text)
        if frame is not None:
            cached[name] = frame
            remember_cached(frame, stamp)  # (what is worked out from it may be kept: ``derived_cache``)
            continue
        found: list[str] = []
        read[name] = read_table(conn, name, ids, found)
        if problems is not None:
            problems.extend(found)
        if not found:
            stamps[name] = stamp
    return cached, read, stamps


def _later_table(path: str | Path, name: str, stamped: tuple[str, int], ids: StringPool, shared: dict,
                 arrow_text: bool) -> LaterFrame | None:
    """A table fresh in the columnar cache, made into the model's frame later (``LaterFrame``) with the
    collector paused and what it made frozen, as at opening; read from the rows then if a column proves not
    shaped as this version writes it (migrated from the file's schema ``version``). None when its cache file is
    missing or stale (read it now). ``stamped``: (the table's content stamp, the file's schema version)."""
    stamp, version = stamped
    arrow = cached_arrow(path, name, stamp)
    if arrow is None:
        return None

    heads = heads_of(name, arrow, ids, shared, LATER_HEADS[name]) if name in LATER_HEADS else None

    def work() -> pd.DataFrame:
        with collector_paused():
            frame = frame_of(name, arrow, ids, shared, arrow_text, heads)
            if frame is None:
                with open_readonly(path) as conn:
                    frame = read_table(conn, name, ids, [])
                frame = migrate_tables({name: frame}, version)[name] if version < SCHEMA_VERSION else frame
                if arrow_text:
                    as_arrow_text(name, frame)
            return frame

    return LaterFrame(work, arrow.num_rows, heads)


def applicable_edits(tables: Tables, edits: list[Edit], problems: list[str] | None = None
                     ) -> tuple[Tables, list[Edit]]:
    """The tables with the decisions that apply, and those decisions (the window keeps only them, so an
    undo's replay never meets one that cannot be applied). One that cannot be applied (a payload missing
    what its kind needs, written by hand or by another program) is left out and said in ``problems``.
    Each decision is applied to copies (``apply_edits``), so one that fails half-way changes nothing."""
    tables, kept, _mentions = applicable_edits_over(tables, edits, None, problems)
    return tables, kept


def applicable_edits_over(tables: Tables, edits: list[Edit], mentions: MentionRows | None,
                          problems: list[str] | None = None) -> tuple[Tables, list[Edit], MentionRows | None]:
    """``applicable_edits`` for tables that hold no mentions, given them read on demand (``MentionRows``):
    also returns the mentions after the decisions kept."""
    try:
        applied, after = replay(tables, edits, mentions)
        return applied, list(edits), after
    except CANNOT_APPLY:
        pass
    kept = []
    for edit in edits:
        try:
            tables, mentions = replay(tables, [edit], mentions)
            kept.append(edit)
        except CANNOT_APPLY as exc:
            if problems is not None:
                problems.append(f"edit {edit.edit_id} ({edit.label}) left out: it cannot be applied ({exc!r})")
    return tables, kept, mentions


CANNOT_APPLY = (KeyError, TypeError, ValueError, IndexError, AttributeError)


def load_edits(path: str | Path, problems: list[str] | None = None) -> list[Edit]:
    """The analyst's decisions saved in a workspace, oldest first (unreadable ones said in ``problems``)."""
    with open_readonly(path) as conn:
        check_version(conn, path)
        try:
            return read_edits(conn, problems)
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc


def read_meta(path: str | Path) -> dict[str, str]:
    """The workspace's ``meta`` table (schema version, saving version, time)."""
    with open_readonly(path) as conn:
        check_version(conn, path)
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def table_counts(path: str | Path) -> dict[str, int]:
    """Rows per table, counted without loading the tables."""
    with open_readonly(path) as conn:
        check_version(conn, path)
        try:
            return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLE_COLUMNS}
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc


def workspace_summary(path: str | Path, documents: int = 20, entities: int = 8) -> dict:
    """What a case is about, answered by SQL without loading the tables (fast at millions of rows).

    Returns the first ``documents`` documents (name, title, source, published, basis),
    the ``entities`` most mentioned (name, mentions), the span of dated events and the
    number of undated ones.
    """
    with open_readonly(path) as conn:
        check_version(conn, path)
        try:
            docs = conn.execute(
                "SELECT name, title, source, published, published_basis FROM documents ORDER BY rowid LIMIT ?",
                (documents,)).fetchall()
            top = conn.execute(
                "SELECT name, mention_count FROM entities ORDER BY mention_count DESC, rowid LIMIT ?",
                (entities,)).fetchall()
            first, last = conn.execute(
                "SELECT MIN(NULLIF(date_start, '')), MAX(NULLIF(date_end, '')) FROM events").fetchone()
            undated = conn.execute(  # a range open on one side ("on or before") is dated
                "SELECT COUNT(*) FROM events WHERE date_start = '' AND date_end = ''").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc
    return {"documents": docs, "top_entities": top, "first_date": first or "", "last_date": last or "",
            "undated_events": undated}


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not every platform can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
