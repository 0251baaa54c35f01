"""Writers for one table in each export format.

Each writer turns a table's DataFrame into bytes a person or program opens
elsewhere: CSV for spreadsheets (RFC 4180, lists joined with "; ", formula-like
cells made inert), JSON as an array of records with lists as arrays, and Parquet
for data tools. Writers are registered by name so new formats slot in.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from explorer.core.model import column_kind, normalize_table

LIST_SEPARATOR = "; "
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

Writer = Callable[[str, pd.DataFrame, BinaryIO], None]
EXPORT_FORMATS: dict[str, Writer] = {}


def register(name: str) -> Callable[[Writer], Writer]:
    """Register a writer under a format name (``--format NAME``)."""

    def add(writer: Writer) -> Writer:
        EXPORT_FORMATS[name] = writer
        return writer

    return add


def export_table(table: str, frame: pd.DataFrame, fmt: str, out: str | Path | BinaryIO) -> None:
    """Write ``frame`` (rows of ``table``) as ``fmt`` to a path or binary stream."""
    writer = EXPORT_FORMATS[fmt]
    frame = normalize_table(table, frame)
    if isinstance(out, (str, Path)):
        with open(out, "wb") as handle:
            writer(table, frame, handle)
    else:
        writer(table, frame, out)


def make_inert(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


@register("csv")
def write_csv(table: str, frame: pd.DataFrame, out: BinaryIO) -> None:
    """UTF-8 CSV with a header and CRLF lines, quoting as RFC 4180 says."""
    cells = frame.copy()
    for column in cells.columns:
        kind = column_kind(table, column)
        if kind == "list":
            cells[column] = [make_inert(LIST_SEPARATOR.join(map(str, v))) for v in cells[column]]
        elif kind == "text":
            cells[column] = [make_inert(v) for v in cells[column]]
    text = cells.to_csv(index=False, lineterminator="\r\n")
    out.write(text.encode("utf-8"))


@register("json")
def write_json(table: str, frame: pd.DataFrame, out: BinaryIO) -> None:
    """An array of records; list columns stay arrays, integers stay numbers."""
    records = [
        {column: _plain(value) for column, value in zip(frame.columns, row)}
        for row in frame.itertuples(index=False, name=None)
    ]
    out.write(json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


@register("parquet")
def write_parquet(table: str, frame: pd.DataFrame, out: BinaryIO) -> None:
    """Parquet through pyarrow, with list columns as list<string>."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False)
    out.write(buffer.getvalue())


def _plain(value: object) -> object:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):
        return value.item()
    return value
