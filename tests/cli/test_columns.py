"""``--columns`` on extract and open: an export whose columns no name finds is read as the user maps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.store import load_workspace

EXPORT = Path(__file__).resolve().parents[1] / "data" / "formats" / "export.csv"


def test_extract_without_a_mapping_names_the_table_and_its_columns(tmp_path, capsys):
    assert main(["extract", str(EXPORT), "-o", str(tmp_path / "out.explorer"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "no readable documents found (export.csv: no text column (text, body, content or article)" in err
    assert "id, story_html_stripped, when, tags" in err


def test_extract_with_columns_reads_each_row_as_mapped(tmp_path, capsys):
    output = tmp_path / "out.explorer"
    assert main(["extract", str(EXPORT), "-o", str(output), "-q", "--columns", "text=story_html_stripped,date=when"]) == 0
    documents = load_workspace(output)["documents"].set_index("name")
    assert list(documents.index) == ["export.csv ▸ row 1", "export.csv ▸ row 2", "export.csv ▸ row 3"]
    assert list(documents["published"]) == ["2026-02-03", "2026-02-04", "2026-02-05"]
    assert list(documents["origin"]) == ["row 1", "row 2", "row 3"]


@pytest.mark.parametrize("command", ["extract", "open"])
def test_a_bad_mapping_is_a_usage_error_that_says_what_is_wrong(command, tmp_path, capsys):
    argv = [command, str(EXPORT), "--columns", "body"] + (["-o", str(tmp_path / "x.explorer")] if command == "extract" else [])
    assert main(argv) == 2
    assert "'body' is not ROLE=COLUMN (e.g. text=body)" in capsys.readouterr().err


def test_open_passes_the_mapping_to_the_window(monkeypatch):
    import explorer.gui.window.app as app

    opened: list = []
    monkeypatch.setattr(app, "run_gui", lambda paths, columns=None: opened.append((paths, columns)) or 0)
    assert main(["open", str(EXPORT), "--columns", "text=story_html_stripped"]) == 0
    assert opened == [([EXPORT], {"text": "story_html_stripped"})]


def test_add_with_columns_grows_a_case_by_an_exports_rows(tmp_path):
    case = tmp_path / "case.explorer"
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert main(["extract", str(seeds), "-o", str(case), "-q"]) == 0
    assert main(["add", str(case), str(EXPORT), "-q", "--columns", "text=story_html_stripped,date=when"]) == 0
    names = list(load_workspace(case)["documents"]["name"])
    assert {"export.csv ▸ row 1", "export.csv ▸ row 2", "export.csv ▸ row 3"} <= set(names)
