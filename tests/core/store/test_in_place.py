"""An addition saved in place: only the changed rows written, in one transaction a crash cannot split."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from explorer.core.errors import WorkspaceError
from explorer.core.model import TABLE_NAMES
from explorer.core.store import load_workspace, save_workspace, table_counts
from explorer.core.store.held_rows import read_held_rows
from explorer.core.store.in_place import save_addition, write_in_place

NEW_TEXT = "Lisbon, March 2 (AP): The Portuguese parliament approved a budget for quokkas."


def _grown(tables: dict) -> dict:
    """The seed tables as an addition leaves them: a new document, an entity renamed, a relation gone."""
    after = {name: frame.copy() for name, frame in tables.items()}
    documents = after["documents"]
    new = documents.iloc[[0]].copy()
    new["doc_id"], new["name"], new["text"], new["title"] = "dnew", "new.txt", NEW_TEXT, "Budget"
    after["documents"] = pd.concat([documents, new], ignore_index=True)
    after["entities"].loc[0, "name"] = "Renamed By The Corpus Step"
    after["relations"] = after["relations"].iloc[1:].reset_index(drop=True)
    return after


def _held(tables: dict, extra: tuple[str, ...] = ()) -> dict:
    return {doc_id: {"m": {}, "e": {}} for doc_id in [*tables["documents"]["doc_id"], *extra]}


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    text = frame.astype(str)
    return text.sort_values(list(text.columns)).reset_index(drop=True)


def _search(path: Path, words: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT d.doc_id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ?", (words,)))


def test_an_addition_rewrites_no_unchanged_row_and_gives_the_whole_saves_tables(seed_tables, tmp_path):
    """The file stays the same file (no copy renamed over it), and it holds what a whole-file save of the
    new tables holds: every table, the held rows, and the full-text index (the new document found, the old
    ones still)."""
    before, after = seed_tables, _grown(seed_tables)
    path, whole = tmp_path / "case.explorer", tmp_path / "whole.explorer"
    save_workspace(before, path, held=_held(before))
    save_workspace(after, whole, held=_held(after))
    inode = path.stat().st_ino
    _, _, _, changes = save_addition(path, before, after, {"inputs": "more"}, _held(before), _held(before, ("dnew",)))
    assert path.stat().st_ino == inode
    assert (changes["documents"].inserted, changes["entities"].updated, changes["relations"].deleted) == (1, 1, 1)
    assert changes["events"].inserted == changes["events"].updated == changes["events"].deleted == 0
    got, expected = load_workspace(path, edited=False), load_workspace(whole, edited=False)
    for name in TABLE_NAMES:
        assert _sorted(got[name]).equals(_sorted(expected[name])), name
    assert read_held_rows(path) == read_held_rows(whole)
    assert _search(path, "quokkas") == _search(whole, "quokkas") == ["dnew"]
    assert _search(path, '"Pax Silica"') == _search(whole, '"Pax Silica"') != []


def test_a_failure_in_the_middle_of_the_write_leaves_the_workspace_as_it_was(seed_tables, tmp_path):
    before, after = seed_tables, _grown(seed_tables)
    path = tmp_path / "case.explorer"
    save_workspace(before, path, held=_held(before))
    data = path.read_bytes()

    def full_disk(table: str) -> None:
        if table == "relations":  # the documents, entities, mentions and events are written by then
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(sqlite3.OperationalError):
        write_in_place(path, before, after, {}, _held(before), _held(after), fail=full_disk)
    assert path.read_bytes() == data
    assert not path.with_name(path.name + "-journal").exists()


KILLED_ADDITION = textwrap.dedent("""
    import sys, time
    from explorer.core.store import load_workspace
    from explorer.core.store.in_place import write_in_place
    path = sys.argv[1]
    before = load_workspace(path, edited=False)
    after = {name: frame.copy() for name, frame in before.items()}
    after["entities"].loc[:9, "name"] = after["entities"]["name"][:10] + " (renamed)"
    after["events"].loc[:9, "trigger"] = after["events"]["trigger"][:10] + "!"
    held = {d: {"m": {}, "e": {}} for d in before["documents"]["doc_id"]}

    def stop(table):
        if table == "relations":
            print("mid-write", flush=True)
            time.sleep(60)

    write_in_place(path, before, after, {}, held, held, fail=stop)
""")


def test_a_process_killed_in_the_middle_of_the_write_leaves_the_old_workspace(seed_tables, tmp_path):
    """A kill (or a power loss) after rows of the entities and events were written in the file: the next
    opening rolls the journal back and reads the old workspace, every row as it was."""
    path = tmp_path / "case.explorer"
    save_workspace(seed_tables, path, held=_held(seed_tables))
    expected, counts = load_workspace(path, edited=False), table_counts(path)
    proc = subprocess.Popen([sys.executable, "-c", KILLED_ADDITION, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "mid-write"
        time.sleep(0.2)
        assert path.with_name(path.name + "-journal").stat().st_size > 0, "the write should be under way"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    got = load_workspace(path, edited=False)
    assert table_counts(path) == counts
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)


def test_a_file_that_does_not_hold_the_loaded_rows_is_saved_whole(seed_tables, tmp_path):
    """When the file has rows the loaded tables lack (another program's, or left out as malformed), a diff
    would keep them: the addition is saved whole, and the file holds exactly the new tables."""
    before, after = seed_tables, _grown(seed_tables)
    path = tmp_path / "case.explorer"
    save_workspace(before, path, held=_held(before))
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO relations (source, target, kind, weight, event_ids) VALUES ('x', 'y', 'z', 1, '[]')")
    inode = path.stat().st_ino
    *_, changes = save_addition(path, before, after, {}, _held(before), _held(after))
    assert changes == {} and path.stat().st_ino != inode
    assert len(load_workspace(path, ["relations"], edited=False)["relations"]) == len(after["relations"])


def test_a_save_refused_by_the_disk_is_one_line_and_changes_nothing(seed_tables, tmp_path, monkeypatch):
    from explorer.core.store import in_place

    before, after = seed_tables, _grown(seed_tables)
    path = tmp_path / "case.explorer"
    save_workspace(before, path, held=_held(before))
    data = path.read_bytes()
    original = in_place._write_meta

    def full_disk(conn, meta):
        original(conn, meta)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(in_place, "_write_meta", full_disk)
    with pytest.raises(WorkspaceError, match="the disk is full"):
        save_addition(path, before, after, {}, _held(before), _held(after))
    assert path.read_bytes() == data


def test_an_addition_that_changes_most_rows_is_saved_as_a_whole_new_file(seed_tables, tmp_path):
    """Rewriting most tables in place writes every page twice (journal and file) and keeps the freed ones:
    more bytes than a new file. Then the whole file is written (a new file), holding the new tables."""
    before = seed_tables
    after = {name: frame.copy() for name, frame in before.items()}
    after["mentions"]["text"] = after["mentions"]["text"] + " (again)"
    after["events"]["trigger"] = after["events"]["trigger"] + "!"
    after["relations"]["weight"] = after["relations"]["weight"] + 1
    after["entities"]["name"] = after["entities"]["name"] + " (again)"
    path = tmp_path / "case.explorer"
    save_workspace(before, path, held=_held(before))
    inode = path.stat().st_ino
    *_, changes = save_addition(path, before, after, {}, _held(before), _held(before))
    assert changes == {} and path.stat().st_ino != inode
    got = load_workspace(path, edited=False)
    assert set(got["events"]["trigger"].str[-1]) == {"!"} and got["mentions"]["text"].str.endswith(" (again)").all()
