"""Exports: every table in every format reads back equal; CSV is safe in spreadsheets."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from explorer.core.export import export_table
from explorer.core.model import TABLE_NAMES, column_kind, make_table, normalize_table


def read_back(table: str, fmt: str, data: bytes) -> pd.DataFrame:
    if fmt == "parquet":
        return normalize_table(table, pd.read_parquet(io.BytesIO(data)))
    if fmt == "json":
        return normalize_table(table, pd.DataFrame(json.loads(data)))
    frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    for column in frame.columns:
        frame[column] = frame[column].map(_undo_formula_guard)  # what a reader who knows the guard does
        if column_kind(table, column) == "list":
            frame[column] = [v.split("; ") if v else [] for v in frame[column]]
    return normalize_table(table, frame)


def _undo_formula_guard(cell: str) -> str:
    """CSV cells starting with = + - @ are written with a leading ' (``@SecRubio`` as ``'@SecRubio``)."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
@pytest.mark.parametrize("table", TABLE_NAMES)
def test_every_table_exports_and_reads_back_equal(seed_tables, table, fmt):
    frame = seed_tables[table]
    if table != "furniture":
        assert len(frame) > 0, f"the seeds should give some {table}"
    out = io.BytesIO()
    export_table(table, frame, fmt, out)
    pd.testing.assert_frame_equal(read_back(table, fmt, out.getvalue()), frame, check_dtype=False)


def test_csv_cells_that_look_like_formulas_are_inert():
    frame = make_table("entities", [
        {"entity_id": "e1", "name": "=HYPERLINK(\"http://evil\")", "type": "ORG", "aliases": ["+1", "@cmd"],
         "mention_count": 3, "doc_count": 1},
        {"entity_id": "e2", "name": "-2+3", "type": "PERSON", "aliases": [], "mention_count": 1, "doc_count": 1},
    ])
    out = io.BytesIO()
    export_table("entities", frame, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert rows[0]["name"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[0]["aliases"] == "'+1; @cmd"
    assert rows[1]["name"] == "'-2+3"
    assert rows[0]["mention_count"] == "3"


def test_csv_quotes_commas_quotes_and_newlines_per_rfc4180():
    frame = make_table("events", [{"event_id": "x1", "doc_id": "d", "sentence": 'He said "no",\nthen left.',
                                   "participants": ["e1", "e2"]}])
    out = io.BytesIO()
    export_table("events", frame, "csv", out)
    data = out.getvalue().decode("utf-8")
    assert '"He said ""no"",\nthen left."' in data
    assert data.split("\r\n")[0].startswith("event_id,doc_id,sentence")
    assert next(csv.DictReader(io.StringIO(data)))["participants"] == "e1; e2"


def test_json_keeps_lists_as_arrays(seed_tables):
    out = io.BytesIO()
    export_table("events", seed_tables["events"], "json", out)
    records = json.loads(out.getvalue())
    assert isinstance(records, list) and isinstance(records[0]["participants"], list)
    assert isinstance(records[0]["start"], int)


def test_every_format_describes_itself_with_a_label_and_an_extension():
    from explorer.core.export import EXPORT_FORMATS, format_for_path, selection_formats

    assert list(EXPORT_FORMATS) == ["csv", "json", "parquet"]
    assert [f.file_filter for f in selection_formats()] == [
        "CSV files (*.csv)", "JSON files (*.json)", "Parquet files (*.parquet)"]
    for name, fmt in EXPORT_FORMATS.items():
        assert fmt.name == name and fmt.extension == f".{name}" and fmt.any_table
        assert format_for_path(f"/tmp/Rows{fmt.extension.upper()}") is fmt
    assert format_for_path("rows.txt") is None and format_for_path("rows") is None


def test_a_format_for_named_tables_only_refuses_other_frames(monkeypatch):
    from explorer.core.export import formats

    monkeypatch.setitem(formats.EXPORT_FORMATS, "tables-only", formats.ExportFormat(
        "tables-only", "Tables", ".tab", formats.write_csv, any_table=False))
    assert "tables-only" not in [f.name for f in formats.selection_formats()]
    with pytest.raises(ValueError, match="only the workspace's tables"):
        formats.export_frame(pd.DataFrame({"a": [1]}), "tables-only", io.BytesIO())
