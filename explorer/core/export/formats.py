"""The export formats: one registry of writers that describe themselves.

Each format registers its writer with a name (``--format NAME``), a label and a
file extension, and says whether it takes any table: the model's named tables
and frames with columns of their own (a selection's document names, participant
names, ...). Save dialogs build their filters from this registry, and a path's
extension picks its format. The writers turn a DataFrame into bytes a person or
program opens elsewhere: CSV for spreadsheets (RFC 4180, lists joined with "; ",
formula-like cells made inert), JSON as an array of records with lists as
arrays, and Parquet for data tools.

Every writer streams: it takes the rows as an iterable of DataFrames (chunks of one
table or frame, the same columns in each) and writes each chunk as it comes, so an
export of a million rows never holds them whole. A whole frame is the one-chunk case,
and the bytes are the same however the rows are cut: CSV writes its header once, JSON
continues one array, Parquet writes one row group per chunk under one schema.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from explorer.core.model import TABLE_COLUMNS, column_kind, normalize_table
from explorer.core.workspace_file import check_not_a_workspace

LIST_SEPARATOR = "; "
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# (table name or None for any frame, the rows as chunks, out) -> rows written
Writer = Callable[[str | None, Iterable[pd.DataFrame], BinaryIO], int]


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
    _write(EXPORT_FORMATS[fmt].writer, table, [normalize_table(table, frame)], out)


def export_table_chunks(table: str, chunks: Iterable[pd.DataFrame], fmt: str, out: str | Path | BinaryIO) -> int:
    """Write ``table``'s rows, given as chunks already in the model's shape (``read_table_chunks`` gives
    them so), as ``fmt``, one chunk at a time; returns the rows written. The bytes are
    ``export_table``'s on the whole table."""
    return _write(EXPORT_FORMATS[fmt].writer, table, chunks, out)


def export_frame(frame: pd.DataFrame, fmt: str, out: str | Path | BinaryIO) -> None:
    """Write any ``frame`` as it is (its columns, in its order) as ``fmt`` to a path or binary stream.

    Cells are text, numbers or lists; CSV takes each column's rules from its values.
    Raises ``ValueError`` for a format that only writes the model's tables.
    """
    export_frame_chunks([frame], fmt, out)


def export_frame_chunks(chunks: Iterable[pd.DataFrame], fmt: str, out: str | Path | BinaryIO) -> int:
    """``export_frame`` of the chunks' rows (the same columns in each), written one chunk at a time;
    returns the rows written."""
    found = EXPORT_FORMATS[fmt]
    if not found.any_table:
        raise ValueError(f"{found.label} writes only the workspace's tables")
    return _write(found.writer, None, chunks, out)


def _write(writer: Writer, table: str | None, chunks: Iterable[pd.DataFrame], out: str | Path | BinaryIO) -> int:
    if isinstance(out, (str, Path)):
        check_not_a_workspace(out)  # `export W -o W` would have replaced the analyst's workspace
        with open(out, "wb") as handle:
            return writer(table, chunks, handle)
    return writer(table, chunks, out)


def make_inert(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    The first character is compared in its compatibility form, so the full-width
    ``＝``, ``＋``, ``－`` and ``＠`` that some locales' spreadsheets also read as
    formula signs are caught too.
    """
    return "'" + value if value and _formula_sign(value[0]) else value


@functools.lru_cache(maxsize=4096)
def _formula_sign(first: str) -> bool:
    """Whether a cell starting with ``first`` would run as a formula (asked once per distinct first
    character: a million rows' text cells cost a cache look-up each, not a normalisation)."""
    return unicodedata.normalize("NFKC", first).startswith(FORMULA_PREFIXES)


@register("csv", label="CSV", extension=".csv")
def write_csv(table: str | None, chunks: Iterable[pd.DataFrame], out: BinaryIO) -> int:
    """UTF-8 CSV with a header and CRLF lines, quoting as RFC 4180 says; the header once, then each chunk.

    A column of the named ``table`` is written by its kind (lists joined with "; ",
    text made inert); any other column (or every one, with no table) by its values:
    numbers as they are, lists and sets joined, text made inert, None empty.
    """
    written, header = 0, True
    for frame in chunks:
        text = csv_cells(table, frame).to_csv(index=False, header=header, lineterminator="\r\n")
        out.write(text.encode("utf-8"))
        written, header = written + len(frame), False
    return written


def csv_cells(table: str | None, frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with each cell as the CSV shows it (see ``write_csv``)."""
    cells = frame.copy()
    known = TABLE_COLUMNS.get(table, []) if table else []
    for column in cells.columns:
        kind = column_kind(table, column) if table and column in known else None
        if kind == "list":
            cells[column] = [make_inert(LIST_SEPARATOR.join(map(str, v))) if v else "" for v in cells[column]]
        elif kind == "text":
            cells[column] = [("'" + v) if v and _formula_sign(v[0]) else v for v in cells[column]]
        elif kind is None and not pd.api.types.is_numeric_dtype(cells[column]):  # object, str or string dtype
            cells[column] = pd.Series([csv_cell(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


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
def write_json(table: str | None, chunks: Iterable[pd.DataFrame], out: BinaryIO) -> int:
    """An array of records; list columns stay arrays, integers stay numbers.

    The text is ``json.dumps`` of all the records (indent 1, UTF-8 as is), written a chunk
    of records at a time: each chunk's records are encoded a column at a time
    (``_json_records``), which is also several times faster than the encoder's own
    indented path, a pure-Python generator per value.
    """
    written = 0
    for frame in chunks:
        if frame.empty:
            continue
        text = _json_records(frame)
        out.write(("[\n" if not written else ",\n").encode("utf-8") + text.encode("utf-8"))
        written += len(frame)
    out.write(b"\n]\n" if written else b"[]\n")
    return written


_TEXT = json.encoder.encode_basestring  # a JSON string, non-ASCII kept (``ensure_ascii=False``)


def _json_records(frame: pd.DataFrame) -> str:
    """The records of ``frame`` as ``json.dumps(records, ensure_ascii=False, indent=1)`` shows them
    inside the array: " {", its items two spaces in, " }", joined by ",\n"."""
    if not frame.columns.is_unique or not len(frame.columns):  # a record per row as a dict would show them
        text = json.dumps(_records(frame), ensure_ascii=False, indent=1)
        return text[2:-2]
    keys = [_TEXT(str(column)) + ": " for column in frame.columns]
    cells = [_json_column(frame.iloc[:, position]) for position in range(len(keys))]
    return ",\n".join(" {\n  " + ",\n  ".join(key + cell for key, cell in zip(keys, row)) + "\n }"
                      for row in zip(*cells))


def _json_column(column: pd.Series) -> list[str]:
    """Each cell of a record-level column as JSON text (its lists indented as the records' items are)."""
    values = column.to_numpy(dtype=object) if column.dtype == object else column.tolist()
    found = pd.api.types.infer_dtype(values, skipna=False) if len(values) else "empty"
    if found == "string":
        return list(map(_TEXT, values))
    return [_json_value(_plain(value), 2) for value in values]


def _json_value(value: object, level: int) -> str:
    """One plain value as the JSON encoder writes it at ``level`` (indent 1)."""
    if isinstance(value, str):
        return _TEXT(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return "[" + inner + ("," + inner).join(_json_value(item, level + 1) for item in value) + \
            "\n" + " " * level + "]"
    text = json.dumps(value, ensure_ascii=False, indent=1)  # a dict, or what json refuses (it raises)
    return text.replace("\n", "\n" + " " * level)


def _json_float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _records(frame: pd.DataFrame) -> list[dict]:
    columns = list(frame.columns)  # once: iterating pandas' own Index for every row cost a third of the time
    return [{column: _plain(value) for column, value in zip(columns, row)}
            for row in frame.itertuples(index=False, name=None)]


@register("parquet", label="Parquet", extension=".parquet")
def write_parquet(table: str | None, chunks: Iterable[pd.DataFrame], out: BinaryIO) -> int:
    """Parquet through pyarrow, one row group per chunk, with list columns as list<string>.

    The schema is the first chunk's as pandas gives it, but a column of the table's
    kind "list" (or, in any frame, one holding lists) is list<string> and one of text
    is string, even when the first chunk's cells are all empty.
    """
    writer: pq.ParquetWriter | None = None
    written = 0
    try:
        for frame in chunks:
            if writer is None:
                schema = _arrow_schema(table, frame)
                writer = pq.ParquetWriter(_Sink(out), schema)
            if frame.empty:
                continue  # an empty table is the schema and no row group
            batch = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
            writer.write_table(batch, row_group_size=max(1, len(frame)))
            written += len(frame)
    finally:
        if writer is not None:
            writer.close()
    return written


def _arrow_schema(table: str | None, frame: pd.DataFrame) -> pa.Schema:
    """The schema pandas gives ``frame`` (its metadata kept), with list and text columns typed."""
    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    known = TABLE_COLUMNS.get(table, []) if table else []
    for position, column in enumerate(frame.columns):
        kind = column_kind(table, column) if table and column in known else _kind_of_values(frame[column])
        typed = {"list": pa.list_(pa.string()), "text": pa.string()}.get(kind or "")
        if typed is not None:
            schema = schema.set(position, schema.field(position).with_type(typed))
    return schema


def _kind_of_values(column: pd.Series) -> str | None:
    """"list" for a column holding lists, "text" for one of text or nothing, None for numbers."""
    if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        return None
    values = [v for v in column if v is not None]
    if any(isinstance(v, (list, tuple, set, frozenset)) for v in values):
        return "list"
    return "text" if all(isinstance(v, str) for v in values) else None


class _Sink:
    """``out`` as pyarrow writes it: forward-only, its position counted here (a pipe cannot tell it)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._position = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        self._out.write(data)
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        self.closed = True  # the caller owns ``out``


def _plain(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if hasattr(value, "item"):
        return value.item()
    return value
