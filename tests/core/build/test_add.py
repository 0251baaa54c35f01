"""``explorer add``: a case grows by the documents it does not hold, keeps the analyst's decisions,
and gives the tables a full extraction of everything would."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.core.build.add import add_documents
from explorer.core.build.local import build_workspace
from explorer.core.edits import decisions
from explorer.core.errors import Cancelled, WorkspaceError
from explorer.core.model import TABLE_NAMES
from explorer.core.store import append_edit, building, load_edits, load_workspace, save_workspace
from explorer.core.store import in_place as store_in_place
from explorer.core.store import workspace as store_workspace
from explorer.core.store.column_cache import refresh_column_cache, stale_tables


@pytest.fixture(scope="module")
def halves(tmp_path_factory, seeds_dir: Path) -> tuple[Path, Path]:
    """The seeds in two folders: three articles, then two."""
    root = tmp_path_factory.mktemp("halves")
    first, second = root / "a", root / "b"
    first.mkdir(), second.mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, (first if path.name < "003" else second) / path.name)
    return first, second


@pytest.fixture(scope="module")
def grown(tmp_path_factory, halves) -> tuple[Path, object]:
    """A workspace of the first half, then ``add`` of the second (the result, and the file)."""
    workspace = tmp_path_factory.mktemp("grown") / "case.explorer"
    build_workspace([halves[0]], workspace)
    return workspace, add_documents(workspace, [halves[1]])


def _sorted(frame):
    text = frame.astype(str)
    return text.sort_values(list(text.columns)).reset_index(drop=True)


def test_add_gives_the_tables_extract_of_everything_gives(grown, halves, tmp_path):
    workspace, result = grown
    full = tmp_path / "full.explorer"
    build_workspace(list(halves), full)
    expected, got = load_workspace(full, edited=False), load_workspace(workspace, edited=False)
    assert result.added == 2 and result.already_held == 0
    for name in expected:
        assert _sorted(got[name]).equals(_sorted(expected[name])), name


def test_add_extracts_only_what_the_workspace_does_not_hold(grown, seeds_dir, tmp_path):
    workspace, _ = grown
    copy = tmp_path / "case.explorer"
    shutil.copy(workspace, copy)
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(next(seeds_dir.glob("000_*.txt")), inputs / "renamed.txt")  # held, under another name
    (inputs / "new.txt").write_text("Lisbon, March 2 (AP): The Portuguese parliament on Monday approved a budget "
                                    "that raises spending on schools and hospitals, after weeks of talks between "
                                    "the governing Socialists and two smaller parties.\n", encoding="utf-8")
    extracted: list[int] = []
    result = add_documents(copy, [inputs], on_progress=lambda phase, done, total:
                           extracted.append(total) if phase == "extract" else None)
    assert (result.added, result.already_held) == (1, 1)
    assert set(extracted) == {1}, "only the new document goes through the model"
    documents = load_workspace(copy, ["documents"])["documents"]
    assert len(documents) == 6 and "renamed.txt" not in set(documents["name"])


def test_nothing_new_leaves_the_file_as_it_was(grown, halves):
    workspace, _ = grown
    before = workspace.read_bytes()
    result = add_documents(workspace, [halves[1]])
    assert (result.added, result.already_held) == (0, 2)
    assert workspace.read_bytes() == before


def test_a_merge_and_a_rename_made_before_add_are_there_after(halves, tmp_path):
    workspace = tmp_path / "case.explorer"
    build_workspace([halves[0]], workspace)
    entities = load_workspace(workspace, ["entities"])["entities"]
    ids = dict(zip(entities["name"], entities["entity_id"]))
    append_edit(workspace, decisions.merge([ids["Marco Rubio"], ids["US Department of State"]],
                                           ids["Marco Rubio"], "Marco Rubio"))
    append_edit(workspace, decisions.rename(ids["Scott Bessent"], "Treasury Secretary Bessent", "Scott Bessent"))
    add_documents(workspace, [halves[1]])
    assert [e.kind for e in load_edits(workspace)] == ["merge", "rename"]
    after = load_workspace(workspace, ["entities"])["entities"]
    assert "US Department of State" not in set(after["name"])
    assert "Treasury Secretary Bessent" in set(after["name"]) and "Scott Bessent" not in set(after["name"])
    assert len(load_workspace(workspace, ["documents"])["documents"]) == 5


def test_a_foreign_file_is_refused_and_left_alone(tmp_path, halves):
    foreign = tmp_path / "notes.explorer"
    foreign.write_text("just text")
    with pytest.raises(WorkspaceError, match="notes.explorer"):
        add_documents(foreign, [halves[1]])
    assert foreign.read_text() == "just text"


def test_add_is_refused_while_another_explorer_extracts_the_workspace(grown, halves):
    workspace, _ = grown
    with building(workspace):
        with pytest.raises(WorkspaceError, match="being extracted by another Explorer"):
            add_documents(workspace, [halves[1]])


def test_a_failed_save_leaves_the_workspace_as_it_was(halves, tmp_path, monkeypatch):
    """The disk fills up after the new documents, entities and mentions were written into the file: the
    transaction is rolled back, the workspace is byte for byte as it was, no journal is left."""
    workspace = tmp_path / "case.explorer"
    build_workspace([halves[0]], workspace)
    before = workspace.read_bytes()
    check_count = store_in_place._check_count

    def full_disk(conn, table, expected):
        check_count(conn, table, expected)
        if table == "events":
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_in_place, "_check_count", full_disk)
    with pytest.raises(WorkspaceError, match="the disk is full"):
        add_documents(workspace, [halves[1]])
    assert workspace.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith((".partial", "-journal"))] == []


def test_a_failed_whole_save_of_an_older_file_leaves_it_as_it_was(halves, tmp_path, monkeypatch):
    """A file without held rows is saved whole (its documents extracted again): a full disk there too
    leaves the workspace as it was."""
    workspace = tmp_path / "case.explorer"
    build_workspace([halves[0]], workspace)
    with sqlite3.connect(workspace) as conn:
        conn.execute("DROP TABLE held_rows")
    before = workspace.read_bytes()

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_workspace, "_write_database", full_disk)
    with pytest.raises(WorkspaceError, match="the disk is full"):
        add_documents(workspace, [halves[1]])
    assert workspace.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_add_writes_into_the_same_file_only_what_changed(halves, tmp_path):
    """Adding does not write the whole case again: the file is the same one (not a copy renamed over it),
    the held documents' rows are not written (their pages untouched), and its tables are the ones the
    whole-file save of the same result holds."""
    workspace = tmp_path / "case.explorer"
    build_workspace([halves[0]], workspace)
    inode, held_mentions = workspace.stat().st_ino, len(load_workspace(workspace, ["mentions"])["mentions"])
    result = add_documents(workspace, [halves[1]])
    assert workspace.stat().st_ino == inode
    mentions = load_workspace(workspace, ["mentions"], edited=False)["mentions"]
    unchanged = ("deleted", "updated", "rewritten")
    assert result.saved["mentions"].inserted == len(mentions) - held_mentions > 0
    assert result.saved["documents"].inserted == result.saved["held_rows"].inserted == 2
    for table in ("documents", "mentions", "held_rows"):
        assert [getattr(result.saved[table], what) for what in unchanged] == [0, 0, False], table
    whole = tmp_path / "whole.explorer"
    save_workspace(result.tables, whole)
    expected, got = load_workspace(whole, edited=False), load_workspace(workspace, edited=False)
    for name in expected:
        assert _sorted(got[name]).equals(_sorted(expected[name])), name


def test_the_columnar_cache_of_an_added_to_workspace_is_never_read_stale(halves, tmp_path):
    """The cache beside the file was written from the old rows: after the addition every table's cache
    is stale (a new content id), and opening reads the new rows."""
    workspace = tmp_path / "case.explorer"
    build_workspace([halves[0]], workspace)
    refresh_column_cache(workspace, load_workspace(workspace, edited=False))
    assert stale_tables(workspace) == []
    add_documents(workspace, [halves[1]])
    assert sorted(stale_tables(workspace)) == sorted(TABLE_NAMES)
    assert len(load_workspace(workspace, ["documents"])["documents"]) == 5


def test_extraction_stores_a_copy_but_draws_no_events_from_it(seeds_dir, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    original = next(seeds_dir.glob("001_*.txt"))
    shutil.copy(original, folder / "original.txt")
    lines = original.read_text(encoding="utf-8").split("\n")
    (folder / "reprint.txt").write_text("\n".join(["By Jane Morrow, Reuters", *lines]), encoding="utf-8")
    alone = build_workspace([original], tmp_path / "alone.explorer").tables
    tables = build_workspace([folder], tmp_path / "both.explorer").tables
    documents = tables["documents"].set_index("name")
    assert documents.loc["reprint.txt", "copy_of"] == documents.loc["original.txt", "doc_id"]
    copy_id = documents.loc["reprint.txt", "doc_id"]
    assert copy_id not in set(tables["events"]["doc_id"]) and copy_id not in set(tables["mentions"]["doc_id"])
    assert len(tables["events"]) == len(alone["events"])


def test_a_cancelled_add_leaves_the_workspace_as_it_was(grown, seeds_dir, tmp_path):
    workspace, _ = grown
    before = workspace.read_bytes()
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "new.txt").write_text("Oslo, May 3 (Reuters): Norway's central bank on Thursday kept its main interest "
                                    "rate unchanged, saying inflation had eased faster than it expected.\n",
                                    encoding="utf-8")
    with pytest.raises(Cancelled):
        add_documents(workspace, [folder], should_cancel=lambda: True)
    assert workspace.read_bytes() == before


def test_a_workspace_saved_without_held_rows_has_its_documents_extracted_again(halves, tmp_path):
    older = tmp_path / "older.explorer"
    build_workspace([halves[0]], older)
    with sqlite3.connect(older) as conn:  # as a version before held_rows saved it
        conn.execute("DROP TABLE held_rows")
    conn.close()
    result = add_documents(older, [halves[1]])
    assert (result.added, result.extracted_again) == (2, 3)
    full = build_workspace(list(halves), tmp_path / "full.explorer").tables
    got = load_workspace(older, edited=False)
    for name in ("entities", "events", "clusters"):
        assert _sorted(got[name]).equals(_sorted(full[name])), name


def test_a_big_case_is_cached_when_extracted_and_when_added_to(halves, tmp_path, monkeypatch):
    """``extract`` and ``add`` write the columnar cache of a case big enough for one (``cache_stream``), streamed
    from the file just saved: its first opening reads columns, not rows. A small case gets no hidden folder."""
    from explorer.core.store import column_cache
    from explorer.core.store.column_cache import cache_folder

    small = tmp_path / "small.explorer"
    build_workspace([halves[0]], small)
    assert not cache_folder(small).exists()
    monkeypatch.setattr(column_cache, "CACHE_FROM_ROWS", 0)  # the seeds stand in for a big case
    workspace = tmp_path / "case.explorer"
    build_workspace([halves[0]], workspace)
    assert stale_tables(workspace) == []
    add_documents(workspace, [halves[1]])
    assert stale_tables(workspace) == []
    assert len(load_workspace(workspace, ["documents"])["documents"]) == 5
