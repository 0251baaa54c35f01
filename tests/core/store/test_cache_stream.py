"""The columnar cache written streamed from SQLite (``cache_stream``) is the cache the window wrote from the tables
it read whole (``refresh_column_cache``): the same files, so a workspace opens from it as from the other, without a
big workspace's first opening ever holding its tables as pandas objects."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from explorer.core.errors import Cancelled
from explorer.core.store import LATER_TABLES, WINDOW_TABLES, column_cache, load_workspace, save_workspace
from explorer.core.store.cache_stream import cache_first, write_cache
from explorer.core.store.column_cache import cache_folder, refresh_column_cache, refresh_on_demand, stale_tables

REPO = Path(__file__).resolve().parents[3]


def _generated(tmp_path: Path, events: int = 3000) -> Path:
    """A synthetic workspace (``bench/make_workspace.py``): repeated cluster ids, dates and types, lists of ids."""
    sys.path.insert(0, str(REPO / "bench"))
    import make_workspace

    path = tmp_path / "generated.explorer"
    save_workspace(make_workspace.tables_from(make_workspace.build(events, 120, 25, seed=3)), path)
    return path


def _window_load(path: Path) -> dict:
    """The tables as the window reads them, every later one made now."""
    tables = load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    return {name: tables[name] for name in WINDOW_TABLES}


def _files(path: Path) -> dict:
    """Each cache file's schema (its metadata: the stamp, the text dtypes) and columns."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    found = {}
    for file in sorted(cache_folder(path).glob("*.arrow")):
        with pa.OSFile(str(file)) as source:
            reader = ipc.open_file(source)
            found[file.name] = (reader.schema, reader.num_record_batches, reader.read_all())
    return found


def _cells(frame: pd.DataFrame) -> dict:
    """A frame's dtypes and cells as plain Python values (Arrow lists, categoricals and Arrow strings alike)."""
    return {name: (str(frame[name].dtype), [list(v) if not isinstance(v, str) and hasattr(v, "__iter__") else v
                                            for v in frame[name].tolist()]) for name in frame.columns}


def _old_way(path: Path) -> None:
    refresh_column_cache(path, load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES))
    refresh_on_demand(path)


@pytest.mark.parametrize("source", ["seeds", "generated", "generated in small chunks"])
def test_the_streamed_cache_is_the_cache_written_from_the_whole_tables(source, seed_workspace, tmp_path, monkeypatch):
    """In small chunks too: a column's values then repeat across chunks more than within one (the events' cluster
    ids), and its chunks' dictionaries are unified, or decoded, as coding the whole column decides."""
    from explorer.core.store import cache_stream

    path = seed_workspace if source == "seeds" else _generated(tmp_path)
    if source == "generated in small chunks":
        monkeypatch.setattr(cache_stream, "CHUNK_ROWS", 97)
    _old_way(path)
    old_files, old_tables = _files(path), _window_load(path)
    shutil.rmtree(cache_folder(path))

    written = write_cache(path)

    assert sorted(written) == sorted([*WINDOW_TABLES, "mentions"])
    assert stale_tables(path) == []
    new_files = _files(path)
    assert new_files.keys() == old_files.keys()
    for name, (schema, batches, table) in old_files.items():
        assert new_files[name][0].equals(schema, check_metadata=True), name  # types, dictionary coding, the stamp
        assert new_files[name][1] == batches, name  # one record batch (the sentences are read over a map of it)
        assert new_files[name][2].equals(table), name
    new_tables = _window_load(path)
    for name in WINDOW_TABLES:
        assert _cells(new_tables[name]) == _cells(old_tables[name]), name


def test_the_lists_of_ids_are_written_as_rows_of_the_tables_they_refer_to(tmp_path):
    """The events' participants, the relations' and clusters' event ids, the clusters' documents: list<int32>."""
    import pyarrow as pa

    path = _generated(tmp_path)
    write_cache(path)
    files = _files(path)
    for table, column in column_cache.REFERS:
        assert files[f"{table}.arrow"][0].field(column).type == pa.list_(pa.int32()), (table, column)
    coded = files["events.arrow"][0]
    assert pa.types.is_dictionary(coded.field("cluster_id").type)  # repeated: coded, as the whole column is
    assert not pa.types.is_dictionary(coded.field("sentence").type)  # hardly repeated: plain


def test_a_list_naming_a_row_its_table_lacks_is_written_as_texts_as_before(tmp_path):
    """A dangling id (another program's row) cannot be a position: the column is written as texts, as the whole-table
    writer does, and reads back the same."""
    import sqlite3

    path = _generated(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE relations SET event_ids = '[\"nowhere\"]' WHERE rowid = 1")
    _old_way(path)
    old_files = _files(path)
    shutil.rmtree(cache_folder(path))
    write_cache(path)
    new = _files(path)["relations.arrow"]
    assert new[0].equals(old_files["relations.arrow"][0], check_metadata=True)
    assert new[2].equals(old_files["relations.arrow"][2])


def test_a_small_workspace_gets_no_cache_a_big_one_gets_it_all(seed_workspace, monkeypatch):
    assert cache_first(seed_workspace) == []
    assert not cache_folder(seed_workspace).exists()
    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 50)
    reports = []
    assert cache_first(seed_workspace, lambda *phase: reports.append(phase))
    assert stale_tables(seed_workspace) == []
    assert reports[-1][1] == reports[-1][2] > 0  # rows written of rows to write, to the end
    assert cache_first(seed_workspace) == []  # fresh: nothing written again


def test_a_cancelled_write_leaves_no_file(seed_workspace, monkeypatch):
    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)
    calls = []

    def cancel_at_the_events() -> bool:
        calls.append(1)
        return (cache_folder(seed_workspace) / "entities.arrow").exists()  # cancelled once some files are written

    with pytest.raises(Cancelled):
        cache_first(seed_workspace, should_cancel=cancel_at_the_events)
    left = sorted(f.name for f in cache_folder(seed_workspace).iterdir())
    assert not [name for name in left if name.endswith(".partial")]
    assert "events.arrow" not in left
    assert load_workspace(seed_workspace, edited=False)["events"].shape[0] > 0


def test_a_folder_that_cannot_be_written_leaves_the_workspace_read_from_its_rows(seed_workspace, monkeypatch):
    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("explorer.core.store.column_cache.write_cache_file", full_disk)
    monkeypatch.setattr("explorer.core.store.column_cache._write_streamed", full_disk)
    assert cache_first(seed_workspace) == []
    rows = load_workspace(seed_workspace, WINDOW_TABLES, edited=False)
    assert len(rows["events"]) > 0


@pytest.mark.parametrize("cell", ["[7]", "not a list"])
def test_a_table_with_a_cell_not_as_this_version_writes_it_is_written_as_from_the_whole_table(cell, tmp_path):
    """Such a table is read through ``read_table_chunks`` (as ``read_table`` would read it): a number among a list's
    texts is read as its text and the table is written; a cell that is not a list is left out and said, and the
    table is not cached at all (it is read from the rows, and its problem said, at each opening), both as before. Its
    keys are then not the reader's: the events' participants are written as texts (the whole-table writer wrote them
    as rows of the entities read with the cell left out, which the reader cannot use, so it read the events from
    their rows too). The window reads the same tables either way."""
    import sqlite3

    path = _generated(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE entities SET aliases = ? WHERE rowid = 2", (cell,))
    _old_way(path)
    old_files, old_tables = _files(path), _window_load(path)
    shutil.rmtree(cache_folder(path))
    write_cache(path)
    new_files, new_tables = _files(path), _window_load(path)
    assert new_files.keys() == old_files.keys()
    assert ("entities.arrow" in new_files) == (cell == "[7]")
    for name, (schema, _batches, table) in old_files.items():
        if name == "events.arrow" and cell == "not a list":
            assert str(new_files[name][0].field("participants").type) == "list<item: string>"
            continue
        assert new_files[name][0].equals(schema, check_metadata=True), name
        assert new_files[name][2].equals(table), name
    for name in WINDOW_TABLES:
        assert _cells(new_tables[name]) == _cells(old_tables[name]), name
