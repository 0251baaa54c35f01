"""What extraction knew of each document and the tables do not keep, so ``explorer add`` need not parse it again.

The corpus step (entity resolution, relations, clusters) runs over every document's
batch rows. The tables keep most of them, but not all: a mention's resolution key and
the words that typed it, an event's place and participants as *mention* ids (the
table holds entity ids, which resolution over a larger corpus may change), and its
agents and patients. Those few fields are saved here, one JSON row per extracted
document, in a ``held_rows`` table beside the model's tables; with the tables they
give back the batch rows exactly. A workspace without the table (saved before it
existed) still opens: ``add`` extracts its documents again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from explorer.core.store.opening import check_version, damaged, open_readonly

CREATE = "CREATE TABLE held_rows (doc_id TEXT NOT NULL UNIQUE, rows TEXT NOT NULL)"
MENTION_FIELDS = ("key", "titled", "defines", "cue")
EVENT_FIELDS = ("place", "participants", "agents", "patients")

HeldRows = dict[str, dict[str, dict[str, list]]]  # doc id -> {"m": {mention id: fields}, "e": {event id: fields}}


def held_rows(doc_ids: Iterable[str], mentions: Iterable[Mapping[str, Any]],
              events: Iterable[Mapping[str, Any]]) -> HeldRows:
    """The fields to keep of each document's batch rows (every document of ``doc_ids`` has an entry)."""
    held: HeldRows = {doc_id: {"m": {}, "e": {}} for doc_id in doc_ids}
    for mention in mentions:
        fields = [mention.get(f) or "" for f in MENTION_FIELDS]
        held.setdefault(mention["doc_id"], {"m": {}, "e": {}})["m"][mention["mention_id"]] = fields
    for event in events:
        fields = [list(event.get(f) or []) if f != "place" else event.get(f) or "" for f in EVENT_FIELDS]
        held.setdefault(event["doc_id"], {"m": {}, "e": {}})["e"][event["event_id"]] = fields
    return held


def held_json(rows: dict[str, dict[str, list]]) -> str:
    """One document's held rows as the table stores them (the in-place save compares them so)."""
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def write_held_rows(conn: sqlite3.Connection, held: HeldRows | None) -> None:
    """Create the table (always, so a file says it was saved with it) and fill it."""
    conn.execute(CREATE)
    if held:
        conn.executemany("INSERT INTO held_rows (doc_id, rows) VALUES (?, ?)",
                         ((doc_id, held_json(rows)) for doc_id, rows in held.items()))


def read_held_rows(path: str | Path) -> HeldRows:
    """The saved fields of each extracted document; empty for a workspace saved without them."""
    with open_readonly(path) as conn:
        check_version(conn, path)
        try:
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'held_rows'").fetchone():
                return {}
            return {doc_id: json.loads(rows) for doc_id, rows in conn.execute("SELECT doc_id, rows FROM held_rows")}
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise damaged(path, exc) from exc
