"""Promise: Explorer never writes over a file it did not make, and a file from someone else never acts.

Issue 17's cases 5 and 14: an export given the workspace as its output, an extraction given a
text file or someone's SQLite database as its output, and spreadsheet formulas in full-width
characters. Each case: what the user typed, one line saying why it was refused, the file intact.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import sqlite3

from explorer.cli import main
from explorer.core.export import export_table
from explorer.core.model import make_table


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_export_onto_its_own_workspace_is_refused_and_the_workspace_kept(seed_workspace, capsys):
    before = _digest(seed_workspace)
    assert main(["export", str(seed_workspace), "--table", "events", "-o", str(seed_workspace)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is an Explorer workspace; an export never replaces one" in err[0]
    assert str(seed_workspace) in err[0]
    assert _digest(seed_workspace) == before
    assert main(["info", str(seed_workspace)]) == 0


def test_an_export_onto_another_workspace_is_refused(seed_workspace, tmp_path, capsys):
    other = tmp_path / "colleague.explorer"
    shutil.copy(seed_workspace, other)
    before = _digest(other)
    assert main(["export", str(seed_workspace), "--table", "entities", "--format", "json", "-o", str(other)]) == 1
    assert "an export never replaces one" in capsys.readouterr().err
    assert _digest(other) == before


def test_extracting_onto_a_text_file_is_refused_before_any_work(seeds_dir, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, weeks of them\n")
    assert main(["extract", str(seeds_dir / "000_41e90b55b187cf30.txt"), "-o", str(notes), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "exists and is not an Explorer workspace; it was not changed" in err[0]
    assert notes.read_text() == "my notes, weeks of them\n"


def test_extracting_onto_someone_elses_sqlite_database_is_refused(seeds_dir, tmp_path, capsys):
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE accounts (name TEXT, balance INTEGER)")
        conn.execute("INSERT INTO accounts VALUES ('alice', 100)")
    conn.close()
    before = _digest(foreign)
    assert main(["extract", str(seeds_dir / "000_41e90b55b187cf30.txt"), "-o", str(foreign), "-q"]) == 1
    assert "is not an Explorer workspace" in capsys.readouterr().err
    assert _digest(foreign) == before
    assert not list(tmp_path.glob(".*partial*"))


def test_re_extracting_onto_a_workspace_still_replaces_it(seeds_dir, seed_workspace, capsys):
    assert main(["extract", str(seeds_dir / "000_41e90b55b187cf30.txt"), "-o", str(seed_workspace), "-q"]) == 0
    assert main(["info", str(seed_workspace)]) == 0
    assert "documents       1" in capsys.readouterr().out


def test_full_width_formula_signs_are_made_inert_in_csv():
    frame = make_table("entities", [
        {"entity_id": f"e{i}", "name": name, "type": "ORG", "aliases": [], "mention_count": 1, "doc_count": 1}
        for i, name in enumerate(["＝1+1", "＋SUM(A1)", "－5", "＠cmd", "Ｎormal"])])
    out = io.BytesIO()
    export_table("entities", frame, "csv", out)
    names = [row["name"] for row in csv.DictReader(io.StringIO(out.getvalue().decode("utf-8")))]
    assert names == ["'＝1+1", "'＋SUM(A1)", "'－5", "'＠cmd", "Ｎormal"]
