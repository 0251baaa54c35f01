"""Reading tables chunk by chunk: the same tables as saved, ids shared across tables, odd cells still read."""

from __future__ import annotations

import shutil
import sqlite3

import pandas as pd
import pytest

from explorer.core.model import TABLE_NAMES
from explorer.core.store import load_workspace
from explorer.core.store import table_reader


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of a few rows, so the seed tables span many of them."""
    monkeypatch.setattr(table_reader, "CHUNK_ROWS", 7)


def test_tables_read_in_many_chunks_load_back_equal(small_chunks, seed_tables, seed_build):
    loaded = load_workspace(seed_build.path, edited=False)
    assert len(loaded["mentions"]) > 10 * table_reader.CHUNK_ROWS
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(loaded[name], seed_tables[name], check_dtype=False)


def test_an_id_is_one_string_in_every_table_that_refers_to_it(small_chunks, seed_build):
    tables = load_workspace(seed_build.path, edited=False)
    entity_ids = {id(e) for e in tables["entities"]["entity_id"]}
    doc_ids = {id(d) for d in tables["documents"]["doc_id"]}
    participants = [p for ps in tables["events"]["participants"] for p in ps]
    assert participants and all(id(p) in entity_ids for p in participants)
    assert all(id(e) in entity_ids for e in tables["mentions"]["entity_id"])
    assert all(id(d) in doc_ids for d in tables["mentions"]["doc_id"])
    assert all(id(d) in doc_ids for ds in tables["clusters"]["doc_ids"] for d in ds)


def test_a_cell_not_as_written_in_a_later_chunk_is_still_read(small_chunks, seed_build, tmp_path):
    path = shutil.copy(seed_build.path, tmp_path / "odd.explorer")
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT MAX(rowid) FROM mentions").fetchone()[0]
        conn.execute("UPDATE mentions SET start = 12.5 WHERE rowid = ?", (last,))  # a float where ints belong
    mentions = load_workspace(path, edited=False)["mentions"]
    assert mentions["start"].dtype == "int64" and mentions["start"].iloc[-1] == 12
