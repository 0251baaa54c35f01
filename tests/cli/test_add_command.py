"""``explorer add`` as a user meets it: one line saying what was added, one line for what is refused."""

from __future__ import annotations

import shutil

from explorer.cli import main


def test_add_says_what_it_added_and_what_the_workspace_already_held(seed_workspace, seeds_dir, tmp_path, capsys):
    folder = tmp_path / "today"
    folder.mkdir()
    shutil.copy(next(seeds_dir.glob("002_*.txt")), folder / "again.txt")
    (folder / "new.txt").write_text("Lisbon, March 2 (AP): The Portuguese parliament on Monday approved a budget "
                                    "that raises spending on schools and hospitals.\n", encoding="utf-8")
    assert main(["add", str(seed_workspace), str(folder)]) == 0
    said = capsys.readouterr().err  # the summary goes where the progress bars go, as extract's does
    assert "Added 1 document(s)" in said and "1 already held" in said and "now 6 documents" in said


def test_add_to_a_file_that_is_not_a_workspace_fails_in_one_line(tmp_path, seeds_dir, capsys):
    foreign = tmp_path / "notes.txt"
    foreign.write_text("just text")
    assert main(["add", str(foreign), str(seeds_dir)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"explorer: {foreign}: not an Explorer workspace (not an SQLite database)"]
    assert foreign.read_text() == "just text"


def test_add_has_help(capsys):
    assert main(["add", "--help"]) == 0
    assert "usage: explorer add" in capsys.readouterr().out
