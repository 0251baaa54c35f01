"""``explorer export`` streams the table as saved, unless a decision in force changes it (issue 19)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys

import pytest

from explorer.cli import main
from explorer.core.edits import decisions
from explorer.core.export import export_table
from explorer.core.store import append_edit, load_workspace


def whole(workspace, table: str, fmt: str = "csv", edited: bool = True) -> bytes:
    out = io.BytesIO()
    export_table(table, load_workspace(workspace, [table], edited=edited)[table], fmt, out)
    return out.getvalue()


def top_two(tables) -> tuple[str, str, str]:
    entities = tables["entities"].sort_values(["mention_count", "entity_id"], ascending=[False, True])
    return entities["entity_id"].iloc[0], entities["entity_id"].iloc[1], entities["name"].iloc[0]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_merge_in_force_exports_the_merged_mentions_and_says_nothing_more(seed_workspace, seed_tables, capfdbinary,
                                                                           fmt):
    into, other, name = top_two(seed_tables)
    append_edit(seed_workspace, decisions.merge([into, other], into, name))
    assert main(["export", str(seed_workspace), "--table", "mentions", "--format", fmt]) == 0
    printed = capfdbinary.readouterr()
    assert printed.out == whole(seed_workspace, "mentions", fmt), "stdout is the data, decisions applied"
    assert printed.out != whole(seed_workspace, "mentions", fmt, edited=False)
    assert other.encode() not in printed.out, "every mention of the merged entity names the one it joined"
    assert printed.err == b""


def test_a_rename_in_force_still_streams_the_events_and_applies_to_the_entities(seed_workspace, seed_tables,
                                                                                 capfdbinary):
    into, _, name = top_two(seed_tables)
    append_edit(seed_workspace, decisions.rename(into, "Renamed Entity", name))
    assert main(["export", str(seed_workspace), "--table", "events", "--format", "csv"]) == 0
    assert capfdbinary.readouterr().out == whole(seed_workspace, "events")
    assert main(["export", str(seed_workspace), "--table", "entities", "--format", "csv"]) == 0
    assert b"Renamed Entity" in capfdbinary.readouterr().out


def test_a_streamed_export_onto_a_workspace_is_refused_and_leaves_it_whole(seed_workspace, tmp_path, capfd):
    other = tmp_path / "other.explorer"
    shutil.copy(seed_workspace, other)
    before = other.read_bytes()
    assert main(["export", str(seed_workspace), "--table", "events", "-o", str(other)]) != 0
    assert other.read_bytes() == before
    assert len(capfd.readouterr().err.strip().splitlines()) == 1


def test_a_write_error_is_one_line(seed_workspace, tmp_path, capfd):
    target = tmp_path / "no-such-folder" / "events.csv"
    assert main(["export", str(seed_workspace), "--table", "events", "-o", str(target)]) == 1
    lines = capfd.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and "no-such-folder" in lines[0]


def test_parquet_streams_into_a_pipe(seed_workspace, seed_tables):
    import pandas as pd

    done = subprocess.run([sys.executable, "-m", "explorer", "export", str(seed_workspace), "--table", "events",
                           "--format", "parquet"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    back = pd.read_parquet(io.BytesIO(done.stdout))
    assert list(back["event_id"]) == list(seed_tables["events"]["event_id"])
