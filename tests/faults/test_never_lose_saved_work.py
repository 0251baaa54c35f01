"""Promise: what the analyst saved is never lost or half-written (issue 17's case 15, and the exports)."""

from __future__ import annotations

import shutil

import igraph as ig
import pytest

from explorer.core.errors import WorkspaceError
from explorer.core.graph import build_graph, write_graphml


def test_a_name_with_control_characters_exports_as_graphml_that_reads_back(seed_tables, tmp_path):
    tables = {name: frame.copy() for name, frame in seed_tables.items()}
    entities = tables["entities"]
    busiest = entities["mention_count"].idxmax()
    entities.loc[busiest, "name"] = "Vert\x0bical \x1b[31mred\x00"
    graph = build_graph(tables)
    path = write_graphml(graph, tmp_path / "relations.graphml")
    back = ig.Graph.Read_GraphML(str(path))
    assert back.vcount() == graph.vcount()
    assert "Vert\ufffdical \ufffd[31mred\ufffd" in back.vs["label"]
    assert not list(tmp_path.glob(".*partial"))


def test_a_graphml_export_never_replaces_a_workspace(seed_tables, seed_workspace, tmp_path):
    target = tmp_path / "case.graphml"
    shutil.copy(seed_workspace, target)  # a workspace, whatever its name says
    before = target.read_bytes()
    with pytest.raises(WorkspaceError, match="an export never replaces one"):
        write_graphml(build_graph(seed_tables), target)
    assert target.read_bytes() == before


def _extraction_paused_at(phase: str, seeds_dir, output):
    """An extraction onto ``output`` running in a thread, held at the start of ``phase`` until released."""
    import threading

    from explorer.core.build.local import build_workspace

    reached, release, outcome = threading.Event(), threading.Event(), {}

    def progress(name, done, total):
        if name == phase and not reached.is_set():
            reached.set()
            release.wait(60)

    def run():
        try:
            outcome["result"] = build_workspace([seeds_dir], output, on_progress=progress)
        except Exception as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    for _ in range(240):
        if reached.wait(0.5) or not thread.is_alive():
            break
    assert reached.is_set(), f"the extraction never reached {phase}: {outcome}"
    return thread, release, outcome


def test_a_decision_saved_while_the_workspace_is_re_extracted_is_kept(seeds_dir, seed_workspace):
    """Issue 17, case 2: the re-extraction read the decisions at its start and dropped the later one."""
    from explorer.core.edits import decisions
    from explorer.core.store import append_edit, load_edits, load_workspace

    entities = load_workspace(seed_workspace, ["entities"])["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    thread, release, outcome = _extraction_paused_at("extract", seeds_dir, seed_workspace)
    append_edit(seed_workspace, decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))  # meanwhile
    release.set()
    thread.join(300)
    assert "error" not in outcome, outcome.get("error")
    assert [e.label for e in load_edits(seed_workspace)] == ["Rename Marco Rubio to Secretary Rubio"]
    assert "Secretary Rubio" in set(load_workspace(seed_workspace, ["entities"])["entities"]["name"])


def test_a_second_extraction_onto_a_workspace_being_extracted_is_refused(seeds_dir, seed_workspace, capsys):
    """Issue 17, case 3: two runs at once failed with disk I/O errors; now the second is told who has it."""
    import hashlib
    import os

    from explorer.cli import main

    before = hashlib.sha256(seed_workspace.read_bytes()).hexdigest()
    thread, release, outcome = _extraction_paused_at("read", seeds_dir, seed_workspace)
    try:
        assert main(["extract", str(seeds_dir), "-o", str(seed_workspace), "-q"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and f"is being extracted by another Explorer (pid {os.getpid()})" in err[0]
        assert hashlib.sha256(seed_workspace.read_bytes()).hexdigest() == before
    finally:
        release.set()
        thread.join(300)
    assert "error" not in outcome, outcome.get("error")
    assert main(["extract", str(seeds_dir), "-o", str(seed_workspace), "-q"]) == 0  # free again


def _disk_full_after(monkeypatch, module, pages_more: int) -> None:
    """Make every connection ``module`` opens run out of room a few pages on (SQLite's SQLITE_FULL)."""
    import sqlite3

    original = sqlite3.connect

    def connect(*args, **kwargs):
        conn = original(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + pages_more}")
        return conn

    monkeypatch.setattr(module.sqlite3, "connect", connect)


def test_a_full_disk_during_the_save_says_so_and_keeps_the_previous_workspace(seed_tables, seed_workspace,
                                                                                  monkeypatch):
    """Issue 17, case 6: a traceback ('database or disk is full') and hidden partial files."""
    from explorer.core.store import workspace as store_workspace

    before = seed_workspace.read_bytes()
    _disk_full_after(monkeypatch, store_workspace, 4)
    with pytest.raises(WorkspaceError, match="could not be saved \\(the disk is full\\); the previous workspace is unchanged"):
        store_workspace.save_workspace(seed_tables, seed_workspace)
    assert seed_workspace.read_bytes() == before
    assert sorted(p.name for p in seed_workspace.parent.iterdir() if "partial" in p.name) == []


def test_a_full_disk_during_an_edit_is_one_line_and_the_edit_is_not_half_saved(seed_workspace, monkeypatch):
    """Issue 17, case 6: 'cannot rollback - no transaction is active', and the analyst told nothing."""
    from explorer.core.edits import decisions
    from explorer.core.store import append_edit, edits_store, load_edits

    _disk_full_after(monkeypatch, edits_store, 0)
    with pytest.raises(WorkspaceError, match="could not save the edit .*full.*the workspace was not changed"):
        append_edit(seed_workspace, decisions.note("x", "a long note " * 2000))
    monkeypatch.undo()
    assert load_edits(seed_workspace) == []


def test_a_damaged_shard_in_the_dask_staging_is_made_again(tmp_path):
    """Issue 17, case 17: a corrupt Parquet shard made every later run fail until deleted by hand."""
    from explorer.core.distributed.shards import shard_path, shards_done, write_shard

    staging = tmp_path / "case.explorer.staging"
    good = shard_path(staging, "ingest", "k1", "furniture")
    write_shard(good, "furniture", [{"doc_id": "d", "start": 0, "end": 3, "kind": "byline"}])
    assert shards_done(staging, "ingest", "k1", ("furniture",))
    good.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])  # cut short, as a full disk leaves it
    assert not shards_done(staging, "ingest", "k1", ("furniture",))
    assert not good.exists()  # removed: the partition is extracted again


def test_an_unwritable_dask_staging_folder_is_one_line(seeds_dir, tmp_path, capsys):
    """Issue 17, case 17: 3 tracebacks, 44 lines."""
    from explorer.cli import main

    (tmp_path / "case.explorer.staging").write_text("a file where the staging folder should go")
    status = main(["extract", str(seeds_dir), "-o", str(tmp_path / "case.explorer"), "-q", "--engine", "dask",
                   "--workers", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1 and len(err) == 1
    assert "cannot write the staging folder" in err[0] and "case.explorer.staging" in err[0]
    assert not (tmp_path / "case.explorer").exists()


def test_a_process_killed_while_saving_decisions_leaves_each_whole_or_absent(seed_workspace):
    """Power lost during an edit, simulated by SIGKILL: every saved decision reads back whole, the
    workspace opens, and nothing half-written is left (each decision is one SQLite transaction)."""
    import signal
    import subprocess
    import sys
    import time

    from explorer.core.store import load_edits, load_workspace

    writer = subprocess.Popen([sys.executable, "-c", f"""
import itertools
from explorer.core.edits import decisions
from explorer.core.store import append_edit
for n in itertools.count():
    append_edit({str(seed_workspace)!r}, decisions.note("e{{}}".format(n), "note " * 500 + str(n)))
"""])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(load_edits(seed_workspace)) < 20:
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait(30)
    edits = load_edits(seed_workspace)
    assert len(edits) >= 20
    assert [e.payload["event_id"] for e in edits] == [f"e{n}" for n in range(len(edits))]  # in order, none torn
    assert all(e.payload["note"].endswith(str(n)) for n, e in enumerate(edits))
    assert len(load_workspace(seed_workspace)["documents"]) == 5


def test_an_edit_cut_off_mid_transaction_is_rolled_back_when_the_workspace_is_next_opened(seed_workspace):
    """The process dies inside an edit's transaction (a hot journal is left): opening rolls it back
    and reads the workspace as it was before that edit (it read as 'damaged' before)."""
    import signal
    import subprocess
    import sys

    from explorer.core.store import load_edits, load_workspace

    writer = subprocess.Popen([sys.executable, "-c", f"""
import sqlite3, sys, time
conn = sqlite3.connect({str(seed_workspace)!r}, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("DELETE FROM documents")  # a change big enough to spill to the file before the commit
conn.execute("PRAGMA cache_size = 1")
conn.execute("UPDATE mentions SET text = text || ' '")
print("inside", flush=True)
time.sleep(60)
"""], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "inside"
    writer.send_signal(signal.SIGKILL)
    writer.wait(30)
    assert seed_workspace.with_name(seed_workspace.name + "-journal").exists()  # a hot journal: the cut-off edit
    tables = load_workspace(seed_workspace)
    assert len(tables["documents"]) == 5  # the delete never committed
    assert load_edits(seed_workspace) == []
