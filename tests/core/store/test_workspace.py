"""The workspace file: round trips, atomic saves, and refusing foreign or damaged files."""

from __future__ import annotations

import hashlib
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
from explorer.core.model import SCHEMA_VERSION, TABLE_NAMES
from explorer.core.store import load_workspace, read_meta, save_workspace, table_counts


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_saved_tables_load_back_equal(seed_tables, tmp_path):
    path = save_workspace(seed_tables, tmp_path / "case.explorer")
    loaded = load_workspace(path)
    assert list(loaded) == TABLE_NAMES
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(loaded[name], seed_tables[name], check_dtype=False)


def test_info_reports_schema_version_and_counts(seed_workspace, seed_tables):
    assert read_meta(seed_workspace)["schema_version"] == str(SCHEMA_VERSION)
    counts = table_counts(seed_workspace)
    assert counts == {name: len(seed_tables[name]) for name in TABLE_NAMES}
    assert counts["documents"] == 5


def test_full_text_index_finds_words_of_documents(seed_workspace):
    with sqlite3.connect(seed_workspace) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT d.name FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH '\"Pax Silica\"'")]
    assert names == ["004_9ebb78d473d3e32a.txt"]


SLOW_SAVE = textwrap.dedent("""
    import sys
    from explorer.core.model import make_table, empty_tables
    from explorer.core.store import save_workspace
    tables = empty_tables()
    tables["mentions"] = make_table("mentions", [
        {"mention_id": f"m{i}", "entity_id": "e1", "doc_id": "d1", "start": i, "end": i + 5,
         "text": "x" * 100, "type": "PERSON"} for i in range(1_000_000)])
    print("built", flush=True)
    save_workspace(tables, sys.argv[1])
""")


def test_killed_save_leaves_previous_workspace_intact(seed_workspace, tmp_path):
    before = digest(seed_workspace)
    old_counts = table_counts(seed_workspace)
    partial = seed_workspace.with_name(f".{seed_workspace.name}.partial")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(seed_workspace)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "built"
        deadline = time.monotonic() + 120
        while not (partial.exists() and partial.stat().st_size > 1_000_000):
            assert time.monotonic() < deadline, "the save never started writing"
            assert proc.poll() is None, "the save finished before it could be killed"
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert digest(seed_workspace) == before
    assert table_counts(seed_workspace) == old_counts
    assert len(load_workspace(seed_workspace)["documents"]) == 5


def test_next_save_after_a_killed_one_replaces_the_leftover(seed_tables, seed_workspace):
    partial = seed_workspace.with_name(f".{seed_workspace.name}.partial")
    partial.write_bytes(b"half a database")
    save_workspace(seed_tables, seed_workspace)
    assert not partial.exists()
    assert table_counts(seed_workspace)["documents"] == 5


@pytest.mark.parametrize("damage", ["garbage_in_schema_page", "truncated"])
def test_damaged_workspace_gives_clear_error_and_is_not_modified(seed_workspace, damage):
    data = bytearray(seed_workspace.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data[100:4096] = os.urandom(3996)
    seed_workspace.write_bytes(bytes(data))
    before = digest(seed_workspace)
    with pytest.raises(WorkspaceError) as error:
        load_workspace(seed_workspace)
    assert str(seed_workspace) in str(error.value)
    assert "damaged" in str(error.value) or "not an Explorer workspace" in str(error.value)
    assert digest(seed_workspace) == before


def test_foreign_files_are_refused_by_name(tmp_path):
    text_file = tmp_path / "notes.explorer"
    text_file.write_text("just some notes")
    other_db = tmp_path / "other.explorer"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE t (x)")
    for path, reason in [(text_file, "not an SQLite database"), (other_db, "without Explorer's tables"),
                         (tmp_path / "missing.explorer", "no such workspace file")]:
        before = digest(path) if path.exists() else None
        with pytest.raises(WorkspaceError, match=reason):
            load_workspace(path)
        assert (digest(path) if path.exists() else None) == before


def test_workspace_from_a_newer_explorer_is_refused(seed_workspace):
    with sqlite3.connect(seed_workspace) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(WorkspaceError, match="newer Explorer"):
        load_workspace(seed_workspace)


def test_a_loaded_workspace_is_out_of_the_collectors_passes(seed_workspace):
    """Its millions of lists (at a million events) hold no cycles: each full pass walked them all (0.3-0.4 s)."""
    import gc

    try:
        tables = load_workspace(seed_workspace)
        participants = next(p for p in tables["events"]["participants"] if p)
        assert gc.isenabled() and gc.is_tracked(participants)
        assert not any(obj is participants for obj in gc.get_objects())
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_workspace_another_program_is_writing_is_said_busy_not_damaged(seed_workspace, monkeypatch):
    """A colleague's Explorer (or any SQLite client) holding the write lock past the wait: the
    analyst is told the file is busy and to try again, never that it is damaged; it is left as it was."""
    from explorer.core.store import load_edits, opening

    monkeypatch.setattr(opening, "BUSY_SECONDS", 0.2)
    before = seed_workspace.read_bytes()
    writer = sqlite3.connect(seed_workspace, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkspaceError) as caught:
            load_edits(seed_workspace)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    message = str(caught.value)
    assert "damaged" not in message
    assert "another program is writing" in message and "try again" in message
    assert seed_workspace.name in message
    assert seed_workspace.read_bytes() == before
    assert load_edits(seed_workspace) == []  # once the writer is done, it opens
