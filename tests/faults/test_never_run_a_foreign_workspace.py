"""Promise: a workspace from someone else never acts on this machine, and a damaged one says what is
wrong in one line while the rest opens (issue 17's cases 8 and 9)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from explorer.cli import main
from explorer.core.edits import decisions
from explorer.core.errors import WorkspaceError
from explorer.core.store import append_edit, load_workspace


def _sql(path, *statements) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_a_workspace_carrying_a_trigger_is_refused_and_nothing_runs(seed_workspace, capsys):
    _sql(seed_workspace, "CREATE TRIGGER wipe AFTER INSERT ON edits BEGIN DELETE FROM documents; END")
    before = hashlib.sha256(seed_workspace.read_bytes()).hexdigest()
    with pytest.raises(WorkspaceError, match="trigger 'wipe'"):
        append_edit(seed_workspace, decisions.note("x", "first edit"))
    assert main(["info", str(seed_workspace)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused: it holds trigger 'wipe'" in err[0]
    assert hashlib.sha256(seed_workspace.read_bytes()).hexdigest() == before
    conn = sqlite3.connect(seed_workspace)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 5  # the trigger never ran
    conn.close()


def test_a_recursive_view_in_place_of_a_table_is_refused_not_run_forever(seed_workspace, capsys):
    _sql(seed_workspace, "DROP TABLE clusters",
         "CREATE VIEW clusters AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n")
    assert main(["info", str(seed_workspace)]) == 1  # returns at once instead of counting for ever
    assert "view 'clusters'" in capsys.readouterr().err
    with pytest.raises(WorkspaceError, match="never creates"):
        load_workspace(seed_workspace)


@pytest.mark.parametrize("version", ["abc", "0", "-5", "2.0", ""])
def test_a_tampered_schema_version_is_one_line(seed_workspace, capsys, version):
    _sql(seed_workspace, f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    for command in (["info", str(seed_workspace)], ["export", str(seed_workspace), "--table", "events"]):
        assert main(command) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "schema version" in err[0] and str(seed_workspace) in err[0]


@pytest.mark.parametrize("kind, payload", [
    ("boom", '{"a": 1}'),                  # a kind this version does not know
    ("rename", "not json"),                # a payload that is not JSON
    ("rename", "[1, 2]"),                  # JSON, but not an object
    ("rename", '{"new_name": "X"}'),       # an object missing what a rename needs
])
def test_a_hostile_edit_is_left_out_and_said_and_the_others_still_apply(seed_workspace, capsys, kind, payload):
    entities = load_workspace(seed_workspace, ["entities"])["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    append_edit(seed_workspace, decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))
    _sql(seed_workspace, "INSERT INTO edits (kind, payload, label, created_at) VALUES "
                         f"('{kind}', '{payload}', 'hostile', '')")
    problems: list[str] = []
    tables = load_workspace(seed_workspace, problems=problems)
    assert "Secretary Rubio" in set(tables["entities"]["name"])  # the good decision still applies
    assert len(problems) == 1 and "edit 2" in problems[0] and "left out" in problems[0]
    assert main(["export", str(seed_workspace), "--table", "entities", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "Secretary Rubio" in captured.out
    assert len(captured.err.strip().splitlines()) == 1 and "left out" in captured.err


@pytest.mark.parametrize("cell", ["[not json", '{"a": 1}', '[["nested"]]'])
def test_a_malformed_list_cell_reads_as_empty_and_is_said(seed_workspace, cell):
    _sql(seed_workspace, f"UPDATE events SET participants = '{cell}' WHERE rowid = 1")
    problems: list[str] = []
    events = load_workspace(seed_workspace, ["events"], problems=problems)["events"]
    assert events["participants"].iloc[0] == []
    assert all(isinstance(p, list) for p in events["participants"])
    assert problems == ["events.participants: 1 cell(s) that are not lists read as empty"]
