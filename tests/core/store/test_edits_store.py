"""Decisions saved in the workspace file at once, undone by removal, kept by re-extraction."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.core.build.local import build_workspace
from explorer.core.edits import decisions
from explorer.core.errors import WorkspaceError
from explorer.core.store import append_edit, load_edits, load_workspace, read_meta, remove_edit


def _ids(workspace, name):
    entities = load_workspace(workspace, ["entities"])["entities"]
    return entities.loc[entities["name"] == name, "entity_id"].tolist()


def test_an_edit_is_saved_at_once_and_applied_on_load(seed_workspace):
    rubio, = _ids(seed_workspace, "Marco Rubio")
    saved = append_edit(seed_workspace, decisions.rename(rubio, "Sec. Marco Rubio", "Marco Rubio"))
    assert saved.edit_id is not None
    assert [e.label for e in load_edits(seed_workspace)] == ["Rename Marco Rubio to Sec. Marco Rubio"]
    assert _ids(seed_workspace, "Sec. Marco Rubio") == [rubio]
    raw = load_workspace(seed_workspace, ["entities"], edited=False)["entities"]
    assert "Marco Rubio" in set(raw["name"]), "extraction's rows are never overwritten"


def test_undo_removes_and_redo_restores_the_same_edit(seed_workspace):
    rubio, = _ids(seed_workspace, "Marco Rubio")
    edit = append_edit(seed_workspace, decisions.hide([rubio], True, ["Marco Rubio"]))
    remove_edit(seed_workspace, edit.edit_id)
    assert load_edits(seed_workspace) == []
    append_edit(seed_workspace, edit)
    assert [e.edit_id for e in load_edits(seed_workspace)] == [edit.edit_id]


def test_export_of_one_table_sees_a_date_correction(seed_workspace):
    documents = load_workspace(seed_workspace, ["documents"])["documents"]
    doc = documents[documents["name"].str.startswith("000_")].iloc[0]
    append_edit(seed_workspace, decisions.set_published(doc.doc_id, "2026-03-11", doc["name"]))
    events = load_workspace(seed_workspace, ["events"])["events"]
    dct = events[(events["doc_id"] == doc.doc_id) & (events["date_basis"] == "dct")]
    assert len(dct) and set(dct["date_start"]) == {"2026-03-11"}


def test_a_schema_1_file_takes_edits_and_becomes_schema_2(seed_workspace):
    with sqlite3.connect(seed_workspace) as conn:
        conn.execute("DROP TABLE edits")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    assert load_edits(seed_workspace) == []
    rubio, = _ids(seed_workspace, "Marco Rubio")
    append_edit(seed_workspace, decisions.hide([rubio], True, ["Marco Rubio"]))
    assert read_meta(seed_workspace)["schema_version"] == "2"
    assert len(load_edits(seed_workspace)) == 1


def test_saving_an_edit_to_a_foreign_file_fails_cleanly(tmp_path):
    foreign = tmp_path / "notes.explorer"
    foreign.write_text("just text")
    with pytest.raises(WorkspaceError, match="notes.explorer"):
        append_edit(foreign, decisions.hide(["e1"], True, ["x"]))
    assert foreign.read_text() == "just text"


@pytest.mark.parametrize("make_edit", [
    lambda ids, doc: decisions.merge([ids["Marco Rubio"], ids["US Department of State"]], ids["Marco Rubio"], "Marco Rubio"),
    lambda ids, doc: decisions.rename(ids["Marco Rubio"], "Secretary Rubio (US)", "Marco Rubio"),
    lambda ids, doc: decisions.split(ids["United States"], "America", "United States"),
    lambda ids, doc: decisions.hide([ids["Marco Rubio"]], True, ["Marco Rubio"]),
    lambda ids, doc: decisions.set_type(ids["Marco Rubio"], "ORG", "Marco Rubio"),
    lambda ids, doc: decisions.set_published(doc, "2026-03-11", "000"),
    lambda ids, doc: decisions.note("EVENT", "a note"),
    lambda ids, doc: decisions.tags("EVENT", ["checked"]),
], ids=["merge", "rename", "split", "hide", "set_type", "set_published", "note", "tags"])
def test_re_extraction_keeps_each_kind_of_edit(seed_workspace, seeds_dir, make_edit):
    ids = {name: _ids(seed_workspace, name)[0] for name in ("Marco Rubio", "US Department of State", "United States")}
    documents = load_workspace(seed_workspace, ["documents"])["documents"]
    doc = documents.loc[documents["name"].str.startswith("000_"), "doc_id"].iloc[0]
    edit = make_edit(ids, doc)
    if edit.kind in ("note", "tags"):
        edit.payload["event_id"] = load_workspace(seed_workspace, ["events"])["events"]["event_id"].iloc[3]
    append_edit(seed_workspace, edit)
    before = load_workspace(seed_workspace)
    build_workspace([seeds_dir], seed_workspace)
    assert [e.kind for e in load_edits(seed_workspace)] == [edit.kind]
    after = load_workspace(seed_workspace)
    for name in ("entities", "events", "documents", "timexes"):
        assert after[name].drop(columns=[], errors="ignore").equals(before[name]), name
