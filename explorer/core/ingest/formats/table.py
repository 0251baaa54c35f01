"""Article tables: ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson`` and ``.parquet`` exports, one article a row.

Media-monitoring services and data sets hand over thousands of articles as one
table. Its columns are found by name, ignoring case, spaces and underscores (text,
body, content, article; title, headline; date, published, pubdate; source, outlet,
publisher; url, link), or named by the user (``--columns text=body,date=pubdate``).
Each row with text is a document whose origin is "row N" (the N-th row after the
header; "line N" of a JSON Lines file), followed by " · URL" when the row has one.
A table with no text column is refused in one line that lists its columns; a row
that is malformed (a field too many, not JSON) or has no text is named, and the
rest goes on.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from dateutil import parser as date_parser

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import MIB, decode_text
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source
from explorer.core.ingest.html import html_to_text
from explorer.core.ingest.published import plausible

# A table holds many articles: an export of 100,000 articles is a few hundred MB, far past
# one document's limit. A CSV or JSON Lines file is decoded whole (its encoding and mojibake
# are settled for the file at once); a Parquet file is read a batch of rows at a time.
MAX_TABLE_BYTES = 512 * MIB
PARQUET_BATCH_ROWS = 1024
# The roles a column can play, with the names each is found by (compared as ``name_key``).
ROLES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "fulltext", "articletext", "maintext", "bodytext", "story"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "published", "pubdate", "publishdate", "publisheddate", "publishedat", "publicationdate",
             "datepublished"),
    "source": ("source", "outlet", "publisher", "sourcename", "publication", "media"),
    "url": ("url", "link", "permalink", "articleurl"),
}
CSV_DELIMITERS = ",;\t|"
# A cell holding markup (exports often keep an article's HTML body): read through the HTML path.
MARKUP = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^>]*>", re.I)
Row = Mapping[str, Any]


class TableColumnsMissing(UnreadableDocument):
    """A table whose text column is not found by name; ``columns`` lets the GUI offer a mapping."""

    def __init__(self, path: object, problem: str, columns: list[str]) -> None:
        super().__init__(path, problem)
        self.columns = columns


TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")


@reads(*TABLE_SUFFIXES)
def read_table(source: Source) -> Iterator[Piece | PartSkipped]:
    """One document per row that holds text, in the table's order."""
    header, rows = table_rows(source)
    columns = find_columns(header, dict(source.columns), source)
    count = 0
    for where, row in rows:
        count += 1
        yield row if isinstance(row, PartSkipped) else row_piece(where, row, columns)
    if not count:
        raise UnreadableDocument(source.path, "a table with no rows (only its header)")


def table_rows(source: Source) -> tuple[list[str], Iterator[tuple[str, Row | PartSkipped]]]:
    """The table's column names and its rows, each with where it is ("row 14")."""
    if source.suffix == ".parquet":
        return parquet_rows(source)
    text = decode_text(source.read_bytes(MAX_TABLE_BYTES), source.path if source.data is None else source.name)
    if source.suffix in (".jsonl", ".ndjson"):
        return json_lines_rows(text)
    return csv_rows(text, "\t" if source.suffix == ".tsv" else delimiter_of(text))


def delimiter_of(text: str) -> str:
    """The delimiter the header line uses most (',' by default): exports from European
    spreadsheets use ';', some tools '|' or a tab whatever the suffix."""
    header = text[:text.find("\n")] if "\n" in text else text
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_rows(text: str, delimiter: str) -> tuple[list[str], Iterator[tuple[str, Row | PartSkipped]]]:
    # An article can exceed the csv module's default field limit (128 KB); allow one document's worth.
    csv.field_size_limit(32 * MIB)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except (StopIteration, csv.Error):
        header = []
    return header, _csv_records(reader, header)


def _csv_records(reader, header: list[str]) -> Iterator[tuple[str, Row | PartSkipped]]:
    number = 0
    while True:
        number += 1
        where = f"row {number}"
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield where, PartSkipped(where, f"malformed row ({exc})")
            continue
        if not fields:  # a blank line between rows
            number -= 1
            continue
        if len(fields) != len(header):
            yield where, PartSkipped(where, f"malformed row: {len(fields)} fields where the header has "
                                            f"{len(header)} (a delimiter or quote out of place?)")
            continue
        yield where, dict(zip(header, fields))


def json_lines_rows(text: str) -> tuple[list[str], Iterator[tuple[str, Row | PartSkipped]]]:
    """JSON Lines: one object per line. The column names are those of the first object."""
    lines = text.split("\n")
    records = list(_json_records(lines))
    first = next((row for _, row in records if not isinstance(row, PartSkipped)), None)
    header = list(first) if isinstance(first, Mapping) else []
    return header, iter(records)


def _json_records(lines: Iterable[str]) -> Iterator[tuple[str, Row | PartSkipped]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = (f"not JSON: {exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError)
                      else "not JSON (nested too deeply)")
            yield where, PartSkipped(where, reason)
            continue
        if not isinstance(row, dict):
            yield where, PartSkipped(where, f"not a JSON object (a {type(row).__name__})")
            continue
        yield where, row


def parquet_rows(source: Source) -> tuple[list[str], Iterator[tuple[str, Row | PartSkipped]]]:
    """Parquet, a batch of rows at a time (a file on disk is never read whole)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(io.BytesIO(source.data) if source.data is not None else source.path)
    except (OSError, pa.ArrowException) as exc:
        raise UnreadableDocument(source.path, f"not a Parquet file that can be read ({exc})") from exc
    header = list(table.schema_arrow.names)

    def records() -> Iterator[tuple[str, Row | PartSkipped]]:
        number = 0
        for batch in table.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield f"row {number}", row

    return header, records()


def parse_columns(given: str) -> dict[str, str]:
    """``"text=body,date=pubdate"`` → ``{"text": "body", "date": "pubdate"}``; ``ValueError``
    with the line to show when a pair is not ROLE=COLUMN or names a role there is none of."""
    columns: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in given.split(","))):
        role, equals, name = (part.strip() for part in pair.partition("="))
        if not equals or not role or not name:
            raise ValueError(f"'{pair}' is not ROLE=COLUMN (e.g. text=body)")
        if role.lower() not in ROLES:
            raise ValueError(f"'{role}' is not a column role; the roles are {', '.join(ROLES)}")
        columns[role.lower()] = name
    if not columns:
        raise ValueError("no ROLE=COLUMN pair given (e.g. text=body,date=pubdate)")
    return columns


def name_key(name: str) -> str:
    """'Published At', 'published_at' and 'PUBLISHED-AT' all → 'publishedat'."""
    return re.sub(r"[\W_]+", "", str(name)).lower()


def find_columns(header: list[str], given: dict[str, str], source: Source) -> dict[str, str]:
    """Which column plays each role: the user's mapping where the table has the column it names,
    else the first column whose name is one of the role's names (in the order ``ROLES`` lists them).

    One mapping serves every table of a run: a folder may hold an export that needs it beside
    tables whose names say it all (the BBC CSVs), and those keep their own columns."""
    by_key: dict[str, str] = {}
    for name in header:
        by_key.setdefault(name_key(name), name)
    mapped = {role: name if name in header else by_key.get(name_key(name)) for role, name in given.items()}
    columns = {**named_columns(header), **{role: name for role, name in mapped.items() if name}}
    if "text" not in columns:
        named = f"; --columns gave text={given['text']}, which is not one of them" if "text" in given else ""
        raise TableColumnsMissing(
            source.path, f"no text column (text, body, content or article); its columns are: {listed(header)}"
                         f"{named} — name the one that holds the articles with --columns text=NAME", header)
    return columns


def named_columns(header: list[str]) -> dict[str, str]:
    """The roles whose column the header names (the first of a role's names that it has)."""
    by_key: dict[str, str] = {}
    for name in header:
        by_key.setdefault(name_key(name), name)
    found = {role: next((by_key[n] for n in names if n in by_key), None) for role, names in ROLES.items()}
    return {role: name for role, name in found.items() if name is not None}


def listed(header: list[str]) -> str:
    shown = ", ".join(header[:20]) + (f" … ({len(header)} in all)" if len(header) > 20 else "")
    return shown or "none"


def row_piece(where: str, row: Row, columns: dict[str, str]) -> Piece | PartSkipped:
    """A row as a document, or why it gives none."""
    text = cell(row, columns.get("text")).replace("\r\n", "\n")
    if MARKUP.search(text):
        text = html_to_text(text)[1]
    if not text.strip():
        return PartSkipped(where, f"no text in column '{columns['text']}'")
    url = " ".join(cell(row, columns.get("url")).split())
    return Piece(
        text=text, part=f"{where} · {url}" if url else where,
        title=" ".join(cell(row, columns.get("title")).split()),
        published=cell_date(row.get(columns["date"]) if "date" in columns else None),
        source=" ".join(cell(row, columns.get("source")).split()),
    )


def cell(row: Row, column: str | None) -> str:
    """A cell as text ('' when the column is absent or the cell empty)."""
    if column is None:
        return ""
    value = row.get(column)
    if isinstance(value, bytes):  # a Parquet binary column
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def cell_date(value: object) -> str:
    """An ISO date from a date cell (a date, a timestamp, an ISO or written date), '' when it
    holds none or one that cannot be a publication date: the text may still give one."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip()
    try:
        day: date | None = date.fromisoformat(text[:10])
    except ValueError:
        try:
            day = date_parser.parse(text).date()
        except (ValueError, OverflowError):
            day = None
    day = plausible(day)
    return day.isoformat() if day else ""


@dataclass(frozen=True)
class TablePreview:
    """A table's columns and first rows, for a person to say which column holds what."""

    name: str
    columns: list[str]
    rows: list[list[str]]  # the first rows' cells, in column order
    found: dict[str, str] = field(default_factory=dict)  # the roles found by name (no text: why it is shown)


def table_needing_columns(paths: Sequence[str | Path], given: Mapping[str, str] | None = None,
                          count: int = 5) -> TablePreview | None:
    """The first article table under ``paths`` whose text column neither its names nor ``given``
    find, with its first ``count`` rows; None when every table reads as it is."""
    from explorer.core.ingest.discover import discover_files  # here: discover imports the formats

    files, _ = discover_files(list(paths))
    for found in files:
        if found.path.suffix.lower() not in TABLE_SUFFIXES:
            continue
        source = Source(name=found.name, path=found.path)
        try:
            header, rows = table_rows(source)
            find_columns(header, dict(given or {}), source)
        except TableColumnsMissing:
            first = [r for _, r in islice(rows, count * 2) if not isinstance(r, PartSkipped)][:count]
            return TablePreview(found.name, header, [[cell(r, c) for c in header] for r in first],
                                named_columns(header))
        except UnreadableDocument:
            continue  # named when the table is read
    return None
