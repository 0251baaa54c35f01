"""A workspace's mention rows read from its file when they are wanted, by the table's indexes.

The window holds no mentions table (two million rows at a million events: a quarter of its memory);
``core.edits.mentions.MentionRows`` asks this reader for one document's rows (the source pane, through
the index on ``doc_id``), some entities' (the mention walk, an export of them, a merge's count, through
the index on ``entity_id``) or all of them a chunk at a time (exports), and applies the decisions in
force over what it reads. Each read opens the file read-only for itself, so a read from a worker thread
never shares a connection with the GUI thread's. Rows come as ``read_table`` shapes them (migrated from
an older schema: every migration so far changes a row from that row alone).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from explorer.core.model import SCHEMA_VERSION
from explorer.core.store.migrations import migrate_tables
from explorer.core.store.opening import check_version, damaged, open_readonly
from explorer.core.store.table_reader import CHUNK_ROWS, read_table_chunks


class SqliteMentions:
    """The ``MentionReader`` of a workspace file: extraction's mentions, read by entity, document or chunk."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def of_entities(self, entity_ids: Iterable[str]) -> pd.DataFrame:
        return self._where("entity_id", entity_ids)

    def of_documents(self, doc_ids: Iterable[str]) -> pd.DataFrame:
        return self._where("doc_id", doc_ids)

    def chunks(self, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        yield from self._read(rows, "", ())

    def _where(self, column: str, values: Iterable[str]) -> pd.DataFrame:
        """The rows whose ``column`` is one of ``values``, in the table's order: one query, the values given as
        one JSON list (any number of them), found through the column's index."""
        wanted = json.dumps(list(dict.fromkeys(values)))
        condition = f'"{column}" IN (SELECT value FROM json_each(?))'
        return pd.concat(list(self._read(None, condition, (wanted,))), ignore_index=True)

    def _read(self, rows: int | None, where: str, params: tuple) -> Iterator[pd.DataFrame]:
        with open_readonly(self.path) as conn:
            version = check_version(conn, self.path)
            try:
                for chunk in read_table_chunks(conn, "mentions", rows or 1 << 30, where=where, params=params):
                    yield chunk if version >= SCHEMA_VERSION else migrate_tables({"mentions": chunk}, version)["mentions"]
            except sqlite3.DatabaseError as exc:
                raise damaged(self.path, exc) from exc
