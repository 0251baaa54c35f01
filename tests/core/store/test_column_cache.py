"""The columnar cache beside a workspace: the next opening reads it instead of the rows, gives the very
tables SQLite gives, and is never trusted when stale, damaged or missing (the SQLite file stays the one copy)."""

from __future__ import annotations

import sqlite3

import pandas as pd
from explorer.core.coded import is_arrow_lists
from explorer.core.edits import Edit
from explorer.core.edits.kinds import RENAME
from explorer.core.model import TABLE_NAMES
from explorer.core.store import append_edit, load_workspace, save_workspace
from explorer.core.store import workspace as workspace_module
from explorer.core.store.column_cache import cache_folder, needs_refresh, refresh_column_cache


def _cached(path) -> dict[str, pd.DataFrame]:
    """Open once (rows read from SQLite) and write the cache as the window does after an opening."""
    tables = load_workspace(path, edited=False)
    assert needs_refresh(tables)
    assert set(refresh_column_cache(path, tables)) == set(TABLE_NAMES)
    return tables


def _assert_same_tables(found: dict[str, pd.DataFrame], expected: dict[str, pd.DataFrame]) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(found[name], expected[name], check_exact=True)
        for column in expected[name].columns:  # lists stay Python lists, texts Python strings
            assert [type(v) for v in found[name][column]] == [type(v) for v in expected[name][column]], column


def test_the_second_opening_reads_the_cache_and_gets_the_same_tables(seed_workspace, monkeypatch):
    first = _cached(seed_workspace)
    monkeypatch.setattr(workspace_module, "read_table", _refuse)
    second = load_workspace(seed_workspace, edited=False)
    _assert_same_tables(second, first)
    assert not needs_refresh(second)  # nothing left to write


def test_ids_read_from_the_cache_are_one_string_across_tables(seed_workspace, monkeypatch):
    _cached(seed_workspace)
    monkeypatch.setattr(workspace_module, "read_table", _refuse)
    tables = load_workspace(seed_workspace, edited=False)
    entity_ids = {id(e) for e in tables["entities"]["entity_id"]}
    participants = [p for ps in tables["events"]["participants"] for p in ps]
    assert participants and all(id(p) in entity_ids for p in participants)
    assert all(id(e) in entity_ids for e in tables["mentions"]["entity_id"] if e)
    event_ids = {id(e) for e in tables["events"]["event_id"]}  # the lists of event ids hold the events' own strings
    listed = [e for column in (tables["relations"]["event_ids"], tables["clusters"]["event_ids"]) for es in column
              for e in es]
    assert listed and all(id(e) in event_ids for e in listed)


def test_a_workspace_saved_again_is_read_from_its_rows_not_the_old_cache(seed_workspace):
    tables = _cached(seed_workspace)
    changed = {name: frame.copy() for name, frame in tables.items()}
    changed["entities"].loc[0, "name"] = "Someone Else Entirely"
    save_workspace(changed, seed_workspace)
    reopened = load_workspace(seed_workspace, edited=False)
    assert reopened["entities"].loc[0, "name"] == "Someone Else Entirely"
    assert needs_refresh(reopened)


def test_edits_made_after_the_cache_was_written_are_applied(seed_workspace):
    tables = _cached(seed_workspace)
    entity_id = str(tables["entities"]["entity_id"].iloc[0])
    append_edit(seed_workspace, Edit(RENAME, {"entity_id": entity_id, "name": "Renamed After Caching"}, "rename"))
    edited = load_workspace(seed_workspace)
    row = edited["entities"].loc[edited["entities"]["entity_id"] == entity_id]
    assert row["name"].iloc[0] == "Renamed After Caching"


def test_a_damaged_or_missing_cache_file_is_read_from_the_rows(seed_workspace):
    tables = _cached(seed_workspace)
    folder = cache_folder(seed_workspace)
    (folder / "events.arrow").write_bytes(b"ARROW1 not really")
    (folder / "mentions.arrow").unlink()
    reopened = load_workspace(seed_workspace, edited=False)
    _assert_same_tables(reopened, tables)
    assert needs_refresh(reopened)  # the two are written again


def test_a_table_with_cells_left_out_is_not_cached(seed_workspace):
    with sqlite3.connect(seed_workspace) as conn:
        conn.execute("UPDATE events SET participants = 'not a list' WHERE rowid = 1")
    problems: list[str] = []
    tables = load_workspace(seed_workspace, edited=False, problems=problems)
    assert problems
    written = refresh_column_cache(seed_workspace, tables)
    assert "events" not in written and "entities" in written
    again: list[str] = []
    load_workspace(seed_workspace, edited=False, problems=again)
    assert again == problems  # still said at every opening


def test_a_folder_that_cannot_be_written_leaves_the_workspace_opening_from_its_rows(seed_workspace):
    cache_folder(seed_workspace).write_text("a file where the folder would go")
    tables = load_workspace(seed_workspace, edited=False)
    assert refresh_column_cache(seed_workspace, tables) == []
    assert needs_refresh(load_workspace(seed_workspace, edited=False))


def _refuse(conn, table, *args, **kwargs):
    raise AssertionError(f"{table} was read from SQLite")



def test_the_windows_sentences_are_arrow_strings_with_the_same_text_from_rows_and_cache(seed_workspace):
    """The window reads the events' sentences as Arrow-backed strings (``arrow_text``): the same text as the
    object column the command line reads, whether read from the rows or the cache; and a cache written after
    such an opening gives the command line its object column back."""
    plain = load_workspace(seed_workspace, edited=False)["events"]["sentence"]
    assert plain.dtype == object
    from_rows = load_workspace(seed_workspace, edited=False, arrow_text=True)
    assert from_rows["events"]["sentence"].dtype == "str"
    assert from_rows["events"]["sentence"].tolist() == plain.tolist()
    refresh_column_cache(seed_workspace, from_rows)
    from_cache = load_workspace(seed_workspace, edited=False, arrow_text=True)
    assert not needs_refresh(from_cache)  # (read from the cache)
    assert from_cache["events"]["sentence"].dtype == "str"
    assert from_cache["events"]["sentence"].tolist() == plain.tolist()
    again = load_workspace(seed_workspace, edited=False)["events"]["sentence"]
    assert again.dtype == object and again.tolist() == plain.tolist()


def test_the_mentions_cached_a_chunk_at_a_time_give_an_entitys_rows_as_the_file_does(seed_workspace, monkeypatch):
    """The window reads an entity's mentions by entity (a merge, the mention walk): from the cache file written
    a chunk at a time when it is fresh, the same rows, in the same order, as the file's index gives; a stale
    file is not used."""
    from explorer.core.store import column_cache, mention_reader
    from explorer.core.store.mention_reader import SqliteMentions

    monkeypatch.setattr(mention_reader, "FROM_CACHE_ROWS", 0)  # the seeds' entities are small: read them there too

    mentions = load_workspace(seed_workspace, edited=False)["mentions"]
    assert column_cache.refresh_on_demand(seed_workspace, rows=7) == ["mentions"]  # many small batches
    assert column_cache.refresh_on_demand(seed_workspace) == []  # fresh: not written again
    top = mentions["entity_id"].value_counts().index[:3].tolist()
    cached = SqliteMentions(seed_workspace)
    assert cached._cached() is not None
    from_file = SqliteMentions(seed_workspace)
    from_file._mapped = False  # as without a cache
    for ids in ([top[0]], top, ["no such entity"]):
        expected = mentions[mentions["entity_id"].isin(ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(cached.of_entities(ids), expected)
        pd.testing.assert_frame_equal(from_file.of_entities(ids), expected)
    save_workspace(load_workspace(seed_workspace, edited=False), seed_workspace)  # a new content id
    assert SqliteMentions(seed_workspace)._cached() is None


def _listed(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its Arrow list columns (the window's read keeps the ids' lists so) as Python lists."""
    from explorer.core.coded import plain_lists

    listed = frame.copy(deep=False)
    plain_lists(listed, list(listed.columns))
    return listed


def test_the_windows_relations_are_made_when_first_looked_up_and_are_those_the_rows_give(seed_workspace, monkeypatch):
    from explorer.core.later import Later, unresolved
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES

    first = _cached(seed_workspace)
    monkeypatch.setattr(workspace_module, "read_table", _refuse)
    opened = load_workspace(seed_workspace, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    held = unresolved(opened, "relations")
    assert isinstance(held, Later) and not held.done()  # the first window is drawn without them
    assert len(held) == len(first["relations"])  # (whether the case is big enough for its cache: answered now)
    assert is_arrow_lists(opened["relations"]["event_ids"])  # (the window's: Arrow lists, not a Python list a row)
    pd.testing.assert_frame_equal(_listed(opened["relations"]), first["relations"], check_exact=True)
    assert held.done() and opened["relations"] is opened["relations"]  # made once, the same frame for every reader
    # the events' ids held as Arrow strings (``ARROW_KEYS``), not a Python string an id, and the relations' lists of
    # event ids coded into that very array (no second dictionary of the ids made)
    events_ids = opened["events"]["event_id"]
    assert events_ids.dtype == "str" and opened["events"]["event_id"].tolist() == first["events"]["event_id"].tolist()
    dictionary = opened["relations"]["event_ids"].array._pa_array.chunk(0).values.dictionary
    assert dictionary.buffers()[2].address == events_ids.array._pa_array.chunk(0).buffers()[2].address
    copied = dict(opened)  # a copy (an edit's) holds the frames themselves
    assert copied["relations"] is opened["relations"] and not any(isinstance(f, Later) for f in copied.values())


def test_the_windows_relations_are_read_from_the_rows_when_their_cache_file_is_damaged(seed_workspace):
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES

    first = _cached(seed_workspace)
    (cache_folder(seed_workspace) / "relations.arrow").write_bytes(b"ARROW1 not really")
    opened = load_workspace(seed_workspace, WINDOW_TABLES, edited=False, later=LATER_TABLES)
    pd.testing.assert_frame_equal(opened["relations"], first["relations"], check_exact=True)


def test_the_windows_clusters_give_their_ids_and_conflicts_at_once_and_their_lists_when_looked_up(seed_workspace, monkeypatch):
    from explorer.core.later import Later, unresolved
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES

    first = _cached(seed_workspace)
    monkeypatch.setattr(workspace_module, "read_table", _refuse)
    opened = load_workspace(seed_workspace, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    held = unresolved(opened, "clusters")
    assert isinstance(held, Later) and not held.done()
    # what the timeline draws, and no more: the labels, dates and lists made after the first window
    assert list(held.heads.columns) == ["cluster_id", "conflict"]
    pd.testing.assert_frame_equal(held.heads, first["clusters"][["cluster_id", "conflict"]], check_exact=True)
    assert is_arrow_lists(opened["clusters"]["event_ids"]) and is_arrow_lists(opened["clusters"]["doc_ids"])
    pd.testing.assert_frame_equal(_listed(opened["clusters"]), first["clusters"], check_exact=True)
    assert all(a is b for a, b in zip(opened["clusters"]["cluster_id"], held.heads["cluster_id"]))  # the heads' strings


def test_the_windows_sentences_are_read_from_the_cache_file_when_shown_not_copied_at_opening(seed_workspace,
                                                                                              monkeypatch):
    """Opened from the cache, the window's sentences and documents' texts are strings over the cache file (ten
    million sentences: ~500 MB and 1 s copied at opening before; 200,000 texts 489 MB as Python strings): the same
    text, still read right after the cache file was written again."""
    from explorer.core.store import column_cache

    read = load_workspace(seed_workspace, edited=False)
    plain, texts = read["events"]["sentence"].tolist(), read["documents"]["text"].tolist()
    _cached(seed_workspace)

    def copying(_chunked):
        raise AssertionError("the sentences were copied out of the cache file")

    monkeypatch.setattr(column_cache, "_arrow_text", copying)
    opened = load_workspace(seed_workspace, edited=False, arrow_text=True)
    assert not needs_refresh(opened)  # (read from the cache)
    sentences = opened["events"]["sentence"]
    assert sentences.dtype == "str" and sentences.tolist() == plain
    assert opened["documents"]["text"].dtype == "str" and opened["documents"]["text"].tolist() == texts
    monkeypatch.undo()
    tables = load_workspace(seed_workspace, edited=False)
    tables["events"] = tables["events"].assign(sentence="rewritten")
    save_workspace(tables, seed_workspace)
    refresh_column_cache(seed_workspace, load_workspace(seed_workspace, edited=False))  # (the file replaced)
    assert sentences.tolist() == plain
    assert set(load_workspace(seed_workspace, edited=False, arrow_text=True)["events"]["sentence"]) == {"rewritten"}


def test_a_table_read_whole_from_the_cache_carries_its_stamp_and_a_copy_none(seed_workspace):
    from explorer.core.store.column_cache import content_stamp, frame_stamp
    from explorer.core.store.opening import open_readonly

    _cached(seed_workspace)
    tables = load_workspace(seed_workspace, edited=False)
    with open_readonly(seed_workspace) as conn:
        assert frame_stamp(tables["events"]) == content_stamp(conn, "events")
    assert frame_stamp(tables["events"].copy()) is None  # (an edit's frame: worked-out arrays are not kept under it)


def test_the_windows_event_ids_are_read_from_the_cache_file_not_copied_at_opening(seed_workspace, monkeypatch):
    """Opened from the cache, the window's event ids are strings over the cache file's map (ten million ids: their
    copy was 0.05-0.7 s of the first window, Run s15), the same ids, still read right after the file is written
    again, and the relations' and clusters' lists of event ids are coded into them as before."""
    from explorer.core.store import column_cache

    _cached(seed_workspace)
    plain = load_workspace(seed_workspace, edited=False)

    def copying(_chunked):
        raise AssertionError("the event ids were copied out of the cache file")

    monkeypatch.setattr(column_cache, "_arrow_keys", copying)
    opened = load_workspace(seed_workspace, edited=False, arrow_text=True)
    assert not needs_refresh(opened)  # (read from the cache)
    ids = opened["events"]["event_id"]
    assert ids.dtype == "str" and ids.tolist() == plain["events"]["event_id"].tolist()
    assert _listed(opened["relations"])["event_ids"].tolist() == plain["relations"]["event_ids"].tolist()
    assert _listed(opened["clusters"])["event_ids"].tolist() == plain["clusters"]["event_ids"].tolist()
    monkeypatch.undo()
    tables = load_workspace(seed_workspace, edited=False)
    tables["events"] = tables["events"].assign(event_id=[f"new-{i}" for i in range(len(tables["events"]))])
    save_workspace(tables, seed_workspace)
    refresh_column_cache(seed_workspace, load_workspace(seed_workspace, edited=False))  # (the file replaced)
    assert ids.tolist() == plain["events"]["event_id"].tolist()


def test_the_windows_later_tables_are_mapped_from_their_cache_files_not_read_into_memory(seed_workspace, monkeypatch):
    """The relations' and clusters' files are mapped at opening (read into memory, ~350 MB at ten million events
    took 0.7-0.9 s of the first window, Run s15) and give the tables the rows give."""
    import pyarrow as pa

    from explorer.core.store import LATER_TABLES

    first = _cached(seed_workspace)

    def reading(*_args, **_kwargs):
        raise AssertionError("a cache file was read into memory")

    monkeypatch.setattr(pa, "OSFile", reading)
    opened = load_workspace(seed_workspace, edited=False, arrow_text=True, later=LATER_TABLES)
    assert not needs_refresh(opened)
    for name in LATER_TABLES:
        assert _listed(opened[name])["event_ids"].tolist() == first[name]["event_ids"].tolist()


def test_a_cache_file_a_reader_maps_is_rewritten_where_the_system_refuses_to_replace_it(seed_workspace, monkeypatch):
    """Windows refuses to replace (or delete) a file a process maps: the old one is moved aside, the new one put in
    its place, and the reader keeps the old one's values (``put_in_place``)."""
    from explorer.core.store import column_cache
    from explorer.core.store.column_cache import cached_arrow, content_stamp
    from explorer.core.store.opening import open_readonly

    _cached(seed_workspace)
    with open_readonly(seed_workspace) as conn:
        held = cached_arrow(seed_workspace, "relations", content_stamp(conn, "relations"))  # (a window maps it)
    before = held.column("kind").to_pylist()
    final = cache_folder(seed_workspace) / "relations.arrow"
    replace = column_cache.os.replace

    def refusing(source, target):  # as Windows does for a mapped file
        if str(target) == str(final) and final.exists() and str(source).endswith(".partial"):
            raise PermissionError("the file is mapped by another process")
        return replace(source, target)

    monkeypatch.setattr(column_cache.os, "replace", refusing)
    tables = load_workspace(seed_workspace, edited=False)
    tables["relations"] = tables["relations"].assign(kind="rewritten")
    save_workspace(tables, seed_workspace)
    assert "relations" in refresh_column_cache(seed_workspace, load_workspace(seed_workspace, edited=False))
    assert held.column("kind").to_pylist() == before  # the old map's values
    assert set(load_workspace(seed_workspace, edited=False)["relations"]["kind"]) == {"rewritten"}
    assert not list(cache_folder(seed_workspace).glob(".relations.arrow.*.old"))  # (deleted once nothing maps it)
