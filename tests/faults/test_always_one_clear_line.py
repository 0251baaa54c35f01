"""Promise: whatever goes wrong, the user reads one clear line naming the file; a name from someone
else's file never drives the terminal (issue 17's cases 13 and 18)."""

from __future__ import annotations

import shutil

import pytest

from explorer.cli import main
from explorer.cli.console import shown


@pytest.mark.parametrize("name, escaped", [
    ("clear\x1b[2J.txt", "clear\\x1b[2J.txt"),
    ("title\x1b]0;pwned\x07.txt", "title\\x1b]0;pwned\\x07.txt"),
    ("forged\nexplorer: all good.txt", "forged\\nexplorer: all good.txt"),
])
def test_a_file_name_with_terminal_escapes_is_shown_escaped_on_one_line(seeds_dir, tmp_path, capsys, name, escaped):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seeds_dir / "000_41e90b55b187cf30.txt", folder / "good.txt")
    (folder / name).write_bytes(bytes(range(256)) * 8)  # binary: it is skipped, and named
    status = main(["extract", str(folder), "-o", str(tmp_path / "case.explorer"), "-q"])
    err = capsys.readouterr().err
    assert status == 1
    assert "\x1b" not in err and "\x07" not in err
    skipped = [line for line in err.splitlines() if "skipped: binary file" in line]
    assert len(skipped) == 1 and escaped in skipped[0]
    assert not any(line.startswith("explorer: all good") for line in err.splitlines())


def test_info_shows_a_hostile_title_escaped(seeds_dir, tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    text = (seeds_dir / "000_41e90b55b187cf30.txt").read_text()
    (folder / "a.txt").write_text("Evil\x1b]0;owned\x07 headline\n" + text)
    assert main(["extract", str(folder), "-o", str(tmp_path / "c.explorer"), "-q"]) == 0
    capsys.readouterr()
    assert main(["info", str(tmp_path / "c.explorer")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out


def test_shown_keeps_ordinary_text_and_escapes_controls():
    assert shown("Zürich — café, 東京") == "Zürich — café, 東京"
    assert shown("a\tb\rc\u202ed") == "a\\tb\\rc\\u202ed"


def test_a_review_screenshot_of_a_cluster_that_does_not_exist_fails(seed_workspace, tmp_path, capsys):
    shot = tmp_path / "r.png"
    status = main(["--view", "review", "--cluster", "nope", "--screenshot", str(shot), str(seed_workspace)])
    assert status != 0 and not shot.exists()
    assert "no cluster 'nope'" in capsys.readouterr().err


def test_a_folder_whose_name_is_not_utf8_is_extracted(seeds_dir, tmp_path):
    """A folder name with bytes that are not UTF-8, given as the input, crashed the save (UnicodeEncodeError)."""
    import os

    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9")
    os.mkdir(folder)
    shutil.copy(seeds_dir / "000_41e90b55b187cf30.txt", os.fsdecode(folder) + "/a.txt")
    assert main(["extract", os.fsdecode(folder), "-o", str(tmp_path / "c.explorer"), "-q"]) == 0
    from explorer.core.store import read_meta
    assert read_meta(tmp_path / "c.explorer")["inputs"].endswith("caf\ufffd")
