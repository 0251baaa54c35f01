"""Exports that stream: a table or a selection written a chunk at a time gives the bytes of the whole-frame
export (issue 19, "Exports stream"), a cancel leaves no file, and a decision that changes a table is applied."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from explorer.core.errors import Cancelled
from explorer.core.export import export_table, export_table_chunks
from explorer.core.export.formats import csv_cells
from explorer.core.export.selection import (
    export_selection,
    selected_entities_frame,
    selected_events_frame,
    selected_mentions_frame,
    write_selection,
)
from explorer.core.model import TABLE_NAMES, normalize_table
from explorer.core.store import load_workspace, save_workspace
from explorer.core.store.table_stream import table_stream

CHUNK_SIZES = [1, 3, None]  # None: the whole table in one chunk
REPO = Path(__file__).resolve().parents[3]


def whole_frame_bytes(table: str | None, frame: pd.DataFrame, fmt: str) -> bytes:
    """What the exports wrote before they streamed, from the whole frame at once."""
    if fmt == "csv":
        return csv_cells(table, frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8")
    if fmt == "json":
        columns = list(frame.columns)
        records = [{c: (v.item() if hasattr(v, "item") else v) for c, v in zip(columns, row)}
                   for row in frame.itertuples(index=False, name=None)]
        return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    out = io.BytesIO()
    frame.to_parquet(out, engine="pyarrow", index=False)
    return out.getvalue()


def streamed(path: Path, table: str, fmt: str, rows: int | None) -> bytes:
    out = io.BytesIO()
    chunks = table_stream(path, table, rows or 10**9)
    assert chunks is not None, "a workspace without decisions streams"
    count = export_table_chunks(table, chunks, fmt, out)
    assert count == len(load_workspace(path, [table])[table])
    return out.getvalue()


def assert_same_parquet(old: bytes, new: bytes, rows: int | None, total: int) -> None:
    """Same rows and columns; the same types, but list<string> and string where the whole frame's columns
    were all empty (pyarrow then guessed null); one row group per chunk."""
    before, after = pq.read_table(io.BytesIO(old)), pq.read_table(io.BytesIO(new))
    assert before.column_names == after.column_names
    for field in before.schema:
        found = after.schema.field(field.name).type
        assert found == field.type or str(field.type) in ("null", "list<element: null>"), (field, found)
    pd.testing.assert_frame_equal(before.to_pandas(), after.to_pandas(), check_dtype=False)
    groups = pq.ParquetFile(io.BytesIO(new)).num_row_groups
    assert groups == (0 if total == 0 else -(-total // rows) if rows else 1)


@pytest.fixture(scope="module")
def saved_seeds(seed_build, tmp_path_factory) -> Path:
    return Path(seed_build.path)


@pytest.mark.parametrize("rows", CHUNK_SIZES)
@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_every_seed_table_streams_the_bytes_of_the_whole_frame(saved_seeds, fmt, rows):
    tables = load_workspace(saved_seeds)
    for table in TABLE_NAMES:
        frame = normalize_table(table, tables[table])
        new = streamed(saved_seeds, table, fmt, rows)
        if fmt == "parquet":
            assert_same_parquet(whole_frame_bytes(table, frame, fmt), new, rows, len(frame))
        else:
            assert new == whole_frame_bytes(table, frame, fmt), table


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic workspace from the benchmarks' generator (lists, dates, ranges, undated events)."""
    sys.path.insert(0, str(REPO / "bench"))
    import make_workspace

    path = tmp_path_factory.mktemp("generated") / "synthetic.explorer"
    save_workspace(make_workspace.tables_from(make_workspace.build(700, 80, 15, seed=3)), path)
    return path


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_a_generated_workspace_streams_the_bytes_of_the_whole_frame(generated, fmt):
    tables = load_workspace(generated)
    for table in TABLE_NAMES:
        frame = normalize_table(table, tables[table])
        for rows in (1, 3, 256, None):
            new = streamed(generated, table, fmt, rows)
            if fmt == "parquet":
                assert_same_parquet(whole_frame_bytes(table, frame, fmt), new, rows, len(frame))
            else:
                assert new == whole_frame_bytes(table, frame, fmt), (table, rows)


def test_an_empty_table_streams_a_header_an_empty_array_and_a_valid_parquet(generated):
    assert streamed(generated, "timexes", "csv", 3).startswith(b"timex_id,doc_id,start,end,")
    assert streamed(generated, "timexes", "json", 3) == b"[]\n"
    empty = pq.read_table(io.BytesIO(streamed(generated, "timexes", "parquet", 3)))
    assert empty.num_rows == 0 and str(empty.schema.field("text").type) == "string"


def test_a_decision_that_changes_the_table_stops_the_stream_one_that_does_not_keeps_it(seed_workspace, seed_tables):
    from explorer.core.edits import decisions
    from explorer.core.store import append_edit

    entities = seed_tables["entities"].sort_values("mention_count", ascending=False)
    into, other = entities["entity_id"].iloc[0], entities["entity_id"].iloc[1]
    append_edit(seed_workspace, decisions.rename(into, "Renamed", entities["name"].iloc[0]))
    assert table_stream(seed_workspace, "mentions") is not None, "a rename changes only the entities"
    assert table_stream(seed_workspace, "entities") is None
    append_edit(seed_workspace, decisions.merge([into, other], into, "Renamed"))
    assert table_stream(seed_workspace, "mentions") is None and table_stream(seed_workspace, "events") is None
    assert table_stream(seed_workspace, "documents") is not None


# ----- selections ---------------------------------------------------------------------------------------------

def selections(tables) -> dict[str, tuple[list[str], object]]:
    return {"events": (list(tables["events"]["event_id"].iloc[::2]), selected_events_frame),
            "entities": (list(tables["entities"]["entity_id"].iloc[::2]), selected_entities_frame),
            "mentions": (list(tables["entities"]["entity_id"].iloc[::3]), selected_mentions_frame)}


@pytest.mark.parametrize("rows", [1, 3, 10**9])
@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
@pytest.mark.parametrize("kind", ["events", "entities", "mentions"])
def test_a_selection_written_in_chunks_equals_the_whole_frame_export(seed_tables, tmp_path, kind, fmt, rows):
    ids, frame_of = selections(seed_tables)[kind]
    whole, chunked = tmp_path / f"whole.{fmt}", tmp_path / f"chunked.{fmt}"
    expected = export_selection(kind, frame_of(seed_tables, ids), whole, fmt)
    reports = []
    assert write_selection(kind, seed_tables, ids, chunked, fmt, lambda *a: reports.append(a), rows=rows) == expected
    assert len(reports) == max(1, -(-expected // rows)) and reports[-1][1] == expected
    if fmt == "parquet":
        pd.testing.assert_frame_equal(pd.read_parquet(whole), pd.read_parquet(chunked), check_dtype=False)
    else:
        assert chunked.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([whole.name, chunked.name]), "no partial file left"


def test_events_in_chunks_keep_the_date_order_across_chunks(seed_tables, tmp_path):
    ids = list(seed_tables["events"]["event_id"])
    frame = selected_events_frame(seed_tables, ids)
    dated = frame[(frame["date_start"] != "") | (frame["date_end"] != "")]
    keys = list(zip(dated["date_start"].where(dated["date_start"] != "", dated["date_end"]),
                    dated["date_end"].where(dated["date_end"] != "", dated["date_start"])))
    assert keys == sorted(keys) and len(dated) < len(frame)
    assert set(frame["event_id"].iloc[len(dated):]) == set(frame["event_id"]) - set(dated["event_id"])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_cancelled_selection_export_leaves_no_file(seed_tables, tmp_path, fmt):
    ids = list(seed_tables["events"]["event_id"])
    target = tmp_path / f"events.{fmt}"
    asked = []

    def cancel_after_two_chunks() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        write_selection("events", seed_tables, ids, target, fmt, should_cancel=cancel_after_two_chunks, rows=3)
    assert len(asked) == 3 and list(tmp_path.iterdir()) == []


def test_a_cancelled_export_leaves_an_earlier_file_of_that_name_as_it_was(seed_tables, tmp_path):
    target = tmp_path / "events.csv"
    target.write_text("kept", encoding="utf-8")
    with pytest.raises(Cancelled):
        write_selection("events", seed_tables, list(seed_tables["events"]["event_id"]), target,
                        should_cancel=lambda: True)
    assert target.read_text(encoding="utf-8") == "kept" and [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_the_whole_table_writer_still_takes_one_frame(seed_tables):
    out = io.BytesIO()
    export_table("events", seed_tables["events"], "csv", out)
    assert out.getvalue() == whole_frame_bytes("events", normalize_table("events", seed_tables["events"]), "csv")


def test_json_of_any_frame_is_the_encoders_text_for_awkward_cells():
    from explorer.core.export import export_frame_chunks

    frame = pd.DataFrame({
        "text": ["plain", "Zoë «quoted» \"x\"\n\t\u2028", "", "\x00\x1f", "😀"],
        "mixed": [None, 1, 2.5, True, "s"],
        "floats": [float("nan"), float("inf"), float("-inf"), 0.1, 1e300],
        "lists": [[], ["a"], ["a", ["nested", []]], ("t",), {"b", "a"}],
        "ints": [0, -1, 2**40, 7, 8],
    })
    for rows in (1, 2, 5):
        out = io.BytesIO()
        parts = [frame.iloc[at:at + rows] for at in range(0, len(frame), rows)]
        assert export_frame_chunks(parts, "json", out) == len(frame)
        records = [{"text": t, "mixed": m, "floats": f, "lists": [*sorted(v)] if isinstance(v, set) else
                    [*v] if isinstance(v, tuple) else v, "ints": i}
                   for t, m, f, v, i in zip(*(frame[c] for c in frame.columns))]
        assert out.getvalue() == json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
