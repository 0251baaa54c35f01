"""A table read a chunk at a time (for exports) is the table ``read_table`` reads, cut in pieces (issue 19)."""

from __future__ import annotations

import shutil
import sqlite3

import pandas as pd
import pytest

from explorer.core.model import TABLE_NAMES
from explorer.core.store import load_workspace
from explorer.core.store.table_reader import read_table_chunks
from explorer.core.store.table_stream import table_stream


@pytest.mark.parametrize("rows", [1, 7, 10**9])
def test_the_chunks_joined_are_the_table(seed_build, rows):
    loaded = load_workspace(seed_build.path, edited=False)
    for name in TABLE_NAMES:
        chunks = list(table_stream(seed_build.path, name, rows))
        assert len(chunks) == max(1, -(-len(loaded[name]) // rows))
        assert all(len(chunk) <= rows for chunk in chunks)
        joined = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
        pd.testing.assert_frame_equal(joined, loaded[name], check_dtype=False)


def test_a_chunk_not_as_written_is_read_cell_by_cell_and_its_bad_lists_said(seed_build, tmp_path):
    path = shutil.copy(seed_build.path, tmp_path / "odd.explorer")
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT MAX(rowid) FROM events").fetchone()[0]
        conn.execute("UPDATE events SET start = 12.5, participants = 'not a list' WHERE rowid = ?", (last,))
    problems: list[str] = []
    with sqlite3.connect(path) as conn:
        chunks = list(read_table_chunks(conn, "events", 5, problems))
    loaded_problems: list[str] = []
    loaded = load_workspace(path, ["events"], edited=False, problems=loaded_problems)["events"]
    joined = pd.concat(chunks, ignore_index=True)
    assert joined["start"].dtype == "int64" and joined["start"].iloc[-1] == 12 and joined["participants"].iloc[-1] == []
    pd.testing.assert_frame_equal(joined, loaded, check_dtype=False)
    assert problems == loaded_problems == ["events.participants: 1 cell(s) that are not lists read as empty"]
