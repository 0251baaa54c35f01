"""The event model's tables: their names, columns and column kinds.

DESIGN.md fixes the columns each table has at least; this module is the one place
that lists them, so the store, the exports and (later) the Qt models agree. A
workspace's tables travel between layers as a ``dict`` of pandas DataFrames keyed
by table name, with list-valued columns holding Python lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NotRequired, TypedDict

import numpy as np
import pandas as pd

SCHEMA_VERSION = 4

TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "name", "title", "source", "published", "published_basis", "text", "path",
                  "origin", "pages", "copy_of"],
    "furniture": ["doc_id", "start", "end", "kind"],
    "entities": ["entity_id", "name", "type", "aliases", "mention_count", "doc_count", "hidden"],
    "mentions": ["mention_id", "entity_id", "doc_id", "start", "end", "text", "type"],
    "timexes": ["timex_id", "doc_id", "start", "end", "text", "type", "value",
                "date_start", "date_end", "basis"],
    "events": ["event_id", "doc_id", "sentence", "start", "end", "trigger", "trigger_start", "trigger_end",
               "lemma", "tense",
               "date_start", "date_end", "date_basis", "timex_id", "place", "participants",
               "cluster_id", "note", "tags"],
    "relations": ["source", "target", "kind", "weight", "event_ids"],
    "clusters": ["cluster_id", "label", "date_start", "date_end", "doc_ids", "event_ids", "confidence", "conflict"],
}

LIST_COLUMNS: dict[str, set[str]] = {
    "documents": {"pages"},
    "entities": {"aliases"},
    "events": {"participants", "tags"},
    "relations": {"event_ids"},
    "clusters": {"doc_ids", "event_ids"},
}

INT_COLUMNS = {"start", "end", "trigger_start", "trigger_end", "mention_count", "doc_count", "weight", "hidden"}
FLOAT_COLUMNS = {"confidence"}

# Tables in the order a reader meets them: sources first, derived tables after.
TABLE_NAMES = list(TABLE_COLUMNS)

Tables = dict[str, pd.DataFrame]


# One row of each table as extraction builds it, before ``make_table``: the columns
# above with their kinds ("int" columns int, "list" columns list[str], the rest str).
# tests/core/test_model.py requires each one's keys to equal TABLE_COLUMNS[table].
# NotRequired marks the columns extraction leaves to ``make_table`` ("" or [] or 0).

class DocumentRow(TypedDict):
    doc_id: str
    name: str
    title: str
    source: str
    published: str
    published_basis: str
    text: str
    path: str
    origin: NotRequired[str]  # where in its file: "page 3", "message 2", "row 14", "member a.pdf"
    pages: NotRequired[list[str]]  # the offset each page starts at, for paged files (PDF)
    copy_of: NotRequired[str]  # the doc_id of the copy kept for extraction, for a near-duplicate


class FurnitureRow(TypedDict):
    doc_id: str
    start: int
    end: int
    kind: str


class EntityRow(TypedDict):
    entity_id: str
    name: str
    type: str
    aliases: list[str]
    mention_count: int
    doc_count: int
    hidden: NotRequired[int]  # 0 until the analyst hides the entity (edits)


class MentionRow(TypedDict):
    mention_id: str
    entity_id: str  # "" until corpus resolution
    doc_id: str
    start: int
    end: int
    text: str
    type: str


class TimexRow(TypedDict):
    timex_id: str
    doc_id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    date_start: str
    date_end: str
    basis: str


class EventRow(TypedDict):
    event_id: str
    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int  # the trigger's own offsets: a sentence can hold several events
    trigger_end: int
    lemma: str
    tense: str
    date_start: str
    date_end: str
    date_basis: str
    timex_id: str
    place: str  # a mention id in a batch, an entity id in the table
    participants: list[str]  # mention ids in a batch, entity ids in the table
    cluster_id: str
    note: NotRequired[str]  # the analyst's, through edits
    tags: NotRequired[list[str]]


class RelationRow(TypedDict):
    source: str
    target: str
    kind: str
    weight: int
    event_ids: list[str]


class ClusterRow(TypedDict):
    cluster_id: str
    label: str
    date_start: str
    date_end: str
    doc_ids: list[str]
    event_ids: list[str]
    confidence: float  # 0-1, how sure the grouping is
    conflict: str


ROW_TYPES: dict[str, type] = {
    "documents": DocumentRow, "furniture": FurnitureRow, "entities": EntityRow, "mentions": MentionRow,
    "timexes": TimexRow, "events": EventRow, "relations": RelationRow, "clusters": ClusterRow,
}


def column_kind(table: str, column: str) -> str:
    """``"list"``, ``"int"``, ``"float"`` or ``"text"``: how a column is stored and exported."""
    if column in LIST_COLUMNS.get(table, set()):
        return "list"
    if column in INT_COLUMNS:
        return "int"
    if column in FLOAT_COLUMNS:
        return "float"
    return "text"


def make_table(table: str, rows: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns in order, typed by column kind.

    Rows may omit columns; a missing text column becomes "", a missing list [].
    """
    columns = TABLE_COLUMNS[table]
    frame = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    return normalize_table(table, frame)


def normalize_table(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Coerce a frame to the table's columns and kinds, so equal content compares equal."""
    frame = frame.reindex(columns=TABLE_COLUMNS[table]).reset_index(drop=True)
    for column in frame.columns:
        kind = column_kind(table, column)
        if kind == "list":
            frame[column] = pd.Series([_as_list(v) for v in frame[column]], index=frame.index, dtype=object)
        elif kind == "int":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0).astype("int64")
        elif kind == "float":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0.0).astype("float64")
        else:
            frame[column] = frame[column].map(_as_text).astype(object)
    return frame


def text_values(column: pd.Series) -> np.ndarray:
    """A text column as an object array of str ("" for missing values), without copying one already so:
    the fast read every filter and edit index takes of a million-row column."""
    values = column.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):
        return values
    return np.array(["" if v is None or v != v else str(v) for v in values], dtype=object)


def empty_tables() -> Tables:
    """Every table, with no rows."""
    return {name: make_table(name, []) for name in TABLE_NAMES}


def _as_list(value: object) -> list:
    if isinstance(value, list):
        return value
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if hasattr(value, "tolist"):
        return list(value.tolist())
    if isinstance(value, (tuple, set)):
        return list(value)
    return [value]


def _as_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    return str(value)
