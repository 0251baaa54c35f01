"""Workspaces saved by older versions open with today's columns filled from what they hold."""

from __future__ import annotations

import sqlite3

from explorer.core.store import append_edit, load_workspace, read_meta
from explorer.core.edits import decisions


def _as_schema_2(path) -> None:
    """Take the file back to schema 2: events without trigger offsets, clusters without confidence."""
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE events DROP COLUMN trigger_start")
        conn.execute("ALTER TABLE events DROP COLUMN trigger_end")
        conn.execute("ALTER TABLE clusters DROP COLUMN confidence")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")


def test_a_schema_2_file_finds_each_events_trigger_in_its_sentence(seed_workspace):
    current = load_workspace(seed_workspace, ["events"])["events"]
    _as_schema_2(seed_workspace)
    events = load_workspace(seed_workspace, ["events"])["events"]
    assert list(events["event_id"]) == list(current["event_id"])
    found = [text[s:e] for text, s, e in zip(
        events["sentence"], events["trigger_start"] - events["start"], events["trigger_end"] - events["start"])]
    assert found == list(events["trigger"])
    assert (events["trigger_start"] == current["trigger_start"]).mean() > 0.9  # the first place is nearly always it


def test_an_edit_on_a_schema_2_file_leaves_it_schema_2_so_it_is_still_upgraded(seed_workspace):
    _as_schema_2(seed_workspace)
    entities = load_workspace(seed_workspace, ["entities"])["entities"]
    first = entities["entity_id"].iloc[0]
    append_edit(seed_workspace, decisions.hide([first], True, [entities["name"].iloc[0]]))
    assert read_meta(seed_workspace)["schema_version"] == "2"
    events = load_workspace(seed_workspace, ["events"])["events"]
    assert (events["trigger_end"] > events["trigger_start"]).all()
