"""The export formats: one registry of writers that describe themselves.

Each format registers its writer with a name (``--format NAME``), a label and a
file extension, and says whether it takes any table: the model's named tables
and frames with columns of their own (a selection's document names, participant
names, ...). Save dialogs build their filters from this registry, and a path's
extension picks its format. The writers turn a DataFrame into bytes a person or
program opens elsewhere: CSV for spreadsheets (RFC 4180, lists joined with "; ",
formula-like cells made inert), JSON as an array of records with lists as
arrays, and Parquet for data tools.
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from explorer.core.model import TABLE_COLUMNS, column_kind, normalize_table
from explorer.core.workspace_file import check_not_a_workspace

LIST_SEPARATOR = "; "
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

Writer = Callable[[str | None, pd.DataFrame, BinaryIO], None]  # (table name or None for any frame, frame, out)


@dataclass(frozen=True)
class ExportFormat:
    """One registered format: ``name`` for the command line, ``label`` and ``extension`` for people and dialogs."""

    name: str
    label: str
    extension: str  # with its dot: ".csv"
    writer: Writer
    any_table: bool  # writes any frame, not only the model's named tables

    @property
    def file_filter(self) -> str:
        """The save dialog's filter: ``"CSV files (*.csv)"``."""
        return f"{self.label} files (*{self.extension})"


EXPORT_FORMATS: dict[str, ExportFormat] = {}


def register(name: str, *, label: str, extension: str, any_table: bool = True) -> Callable[[Writer], Writer]:
    """Register a writer under a format name (``--format NAME``), with its label and file extension."""

    def add(writer: Writer) -> Writer:
        EXPORT_FORMATS[name] = ExportFormat(name, label, extension, writer, any_table)
        return writer

    return add


def selection_formats() -> list[ExportFormat]:
    """The formats that write any frame (what a selection can be saved as), CSV first."""
    return [f for f in EXPORT_FORMATS.values() if f.any_table]


def format_for_path(path: str | Path, formats: Iterable[ExportFormat] | None = None) -> ExportFormat | None:
    """The format whose extension ``path`` ends in (any case), or None."""
    suffix = Path(path).suffix.lower()
    return next((f for f in (formats or EXPORT_FORMATS.values()) if f.extension == suffix), None)


def export_table(table: str, frame: pd.DataFrame, fmt: str, out: str | Path | BinaryIO) -> None:
    """Write ``frame`` (rows of ``table``, coerced to its columns and kinds) as ``fmt`` to a path or binary stream."""
    _write(EXPORT_FORMATS[fmt].writer, table, normalize_table(table, frame), out)


def export_frame(frame: pd.DataFrame, fmt: str, out: str | Path | BinaryIO) -> None:
    """Write any ``frame`` as it is (its columns, in its order) as ``fmt`` to a path or binary stream.

    Cells are text, numbers or lists; CSV takes each column's rules from its values.
    Raises ``ValueError`` for a format that only writes the model's tables.
    """
    found = EXPORT_FORMATS[fmt]
    if not found.any_table:
        raise ValueError(f"{found.label} writes only the workspace's tables")
    _write(found.writer, None, frame, out)


def _write(writer: Writer, table: str | None, frame: pd.DataFrame, out: str | Path | BinaryIO) -> None:
    if isinstance(out, (str, Path)):
        check_not_a_workspace(out)  # `export W -o W` would have replaced the analyst's workspace
        with open(out, "wb") as handle:
            writer(table, frame, handle)
    else:
        writer(table, frame, out)


def make_inert(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    The first character is compared in its compatibility form, so the full-width
    ``＝``, ``＋``, ``－`` and ``＠`` that some locales' spreadsheets also read as
    formula signs are caught too.
    """
    if not value:
        return value
    first = unicodedata.normalize("NFKC", value[0])
    return "'" + value if first.startswith(FORMULA_PREFIXES) else value


@register("csv", label="CSV", extension=".csv")
def write_csv(table: str | None, frame: pd.DataFrame, out: BinaryIO) -> None:
    """UTF-8 CSV with a header and CRLF lines, quoting as RFC 4180 says.

    A column of the named ``table`` is written by its kind (lists joined with "; ",
    text made inert); any other column (or every one, with no table) by its values:
    numbers as they are, lists and sets joined, text made inert, None empty.
    """
    cells = frame.copy()
    known = TABLE_COLUMNS.get(table, []) if table else []
    for column in cells.columns:
        kind = column_kind(table, column) if table and column in known else None
        if kind == "list":
            cells[column] = [make_inert(LIST_SEPARATOR.join(map(str, v))) for v in cells[column]]
        elif kind == "text":
            cells[column] = [make_inert(v) for v in cells[column]]
        elif kind is None and not pd.api.types.is_numeric_dtype(cells[column]):  # object, str or string dtype
            cells[column] = pd.Series([csv_cell(v) for v in cells[column]], index=cells.index, dtype=object)
    text = cells.to_csv(index=False, lineterminator="\r\n")
    out.write(text.encode("utf-8"))


def csv_cell(value: object) -> object:
    """One cell whose kind its value tells, as a spreadsheet should see it: lists joined, formulas inert."""
    if isinstance(value, (list, tuple)):
        return make_inert(LIST_SEPARATOR.join(map(str, value)))
    if isinstance(value, (set, frozenset)):
        return make_inert(LIST_SEPARATOR.join(sorted(map(str, value))))
    if isinstance(value, str):
        return make_inert(value)
    if value is None:
        return ""
    return value


@register("json", label="JSON", extension=".json")
def write_json(table: str | None, frame: pd.DataFrame, out: BinaryIO) -> None:
    """An array of records; list columns stay arrays, integers stay numbers."""
    records = [
        {column: _plain(value) for column, value in zip(frame.columns, row)}
        for row in frame.itertuples(index=False, name=None)
    ]
    out.write(json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


@register("parquet", label="Parquet", extension=".parquet")
def write_parquet(table: str | None, frame: pd.DataFrame, out: BinaryIO) -> None:
    """Parquet through pyarrow, with list columns as list<string>."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False)
    out.write(buffer.getvalue())


def _plain(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if hasattr(value, "item"):
        return value.item()
    return value
