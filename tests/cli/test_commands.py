"""The command line as a user meets it: help, exit codes, messages naming files."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from explorer.cli import main
from explorer.core.model import SCHEMA_VERSION

COMMANDS = [[], ["extract"], ["export"], ["info"], ["open"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    assert main([*command, "--help"]) == 0
    assert "usage: explorer" in capsys.readouterr().out


def test_python_dash_m_explorer_starts():
    result = subprocess.run([sys.executable, "-m", "explorer", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("Explorer ")


def test_bad_usage_exits_2(capsys, seed_workspace):
    assert main(["export", str(seed_workspace), "--table", "nonsense"]) == 2
    assert main(["extract", "seeds"]) == 2  # no -o
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err


def test_extract_skips_unreadable_files_names_them_and_extracts_the_rest(seeds_dir, tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seeds_dir / "000_41e90b55b187cf30.txt", folder / "good.txt")
    (folder / "zurich.txt").write_bytes("Café owners in Zürich met Mayor Corine Mauch on Monday.".encode("latin-1"))
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("")
    output = tmp_path / "case.explorer"

    status = main(["extract", str(folder), "-o", str(output), "--quiet"])

    err = capsys.readouterr().err
    assert status == 1
    assert "photo.txt: skipped: binary file" in err
    assert "empty.txt: skipped: empty file" in err
    assert "2 file(s) skipped" in err
    assert "zurich.txt" not in err
    assert main(["info", str(output)]) == 0
    out = capsys.readouterr().out
    assert "documents       2" in out
    assert main(["export", str(output), "--table", "documents", "--format", "json", "-o", str(tmp_path / "d.json")]) == 0
    documents = json.loads((tmp_path / "d.json").read_text())
    assert "Café owners in Zürich" in next(d["text"] for d in documents if d["name"] == "zurich.txt")


def test_extract_with_nothing_readable_fails_and_keeps_the_old_workspace(seed_workspace, tmp_path, capsys):
    before = hashlib.sha256(seed_workspace.read_bytes()).hexdigest()
    (tmp_path / "empty.txt").write_text("   \n")
    assert main(["extract", str(tmp_path / "empty.txt"), "-o", str(seed_workspace), "-q"]) == 1
    assert "no readable documents" in capsys.readouterr().err
    assert hashlib.sha256(seed_workspace.read_bytes()).hexdigest() == before


def test_info_prints_schema_version_and_counts(seed_workspace, capsys):
    assert main(["info", str(seed_workspace)]) == 0
    out = capsys.readouterr().out
    assert f"schema version  {SCHEMA_VERSION}" in out
    for table in ("documents       5", "entities", "mentions", "timexes", "events", "relations", "clusters"):
        assert table in out


def test_export_events_csv_to_standard_output(seed_workspace, seed_tables, capfdbinary):
    assert main(["export", str(seed_workspace), "--table", "events", "--format", "csv"]) == 0
    frame = pd.read_csv(io.BytesIO(capfdbinary.readouterr().out), dtype=str, keep_default_na=False)
    assert list(frame.columns[:6]) == ["event_id", "doc_id", "sentence", "start", "end", "trigger"]
    assert len(frame) == len(seed_tables["events"])


def test_export_parquet_to_a_file(seed_workspace, seed_tables, tmp_path):
    target = tmp_path / "mentions.parquet"
    assert main(["export", str(seed_workspace), "--table", "mentions", "--format", "parquet", "-o", str(target)]) == 0
    assert len(pd.read_parquet(target)) == len(seed_tables["mentions"])


def test_damaged_workspace_is_one_line_naming_the_file(seed_workspace, capsys):
    seed_workspace.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    assert main(["info", str(seed_workspace)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"explorer: {seed_workspace}:")
    assert len(err.splitlines()) == 1


def test_info_summarises_documents_and_entities(seed_workspace, capsys):
    assert main(["info", str(seed_workspace)]) == 0
    out = capsys.readouterr().out
    assert "2026-01-13 (dateline)" in out or "2026-01-13 (corpus)" in out
    assert "undated" in out
    assert "most mentioned:" in out and "India" in out


def test_open_a_missing_path_fails_before_any_window(tmp_path, capsys):
    assert main(["open", str(tmp_path / "nowhere")]) == 1
    assert "nowhere: no such file or folder" in capsys.readouterr().err


def test_screenshot_needs_a_png_name(capsys):
    assert main(["--screenshot", "window.jpg"]) == 2
    assert "--screenshot takes FILE.png" in capsys.readouterr().err


def test_extract_onto_a_workspace_keeps_the_analysts_edits(seed_workspace, seeds_dir, capsys):
    from explorer.core.edits import decisions
    from explorer.core.store import append_edit, load_workspace

    entities = load_workspace(seed_workspace, ["entities"])["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    append_edit(seed_workspace, decisions.rename(rubio, "Secretary Marco Rubio", "Marco Rubio"))
    assert main(["extract", str(seeds_dir), "-o", str(seed_workspace), "--quiet"]) == 0
    assert main(["info", str(seed_workspace)]) == 0
    assert "analyst edits   1" in capsys.readouterr().out
    assert main(["export", str(seed_workspace), "--table", "entities", "--format", "json",
                 "-o", str(seed_workspace.with_suffix(".json"))]) == 0
    names = {row["name"] for row in json.loads(seed_workspace.with_suffix(".json").read_text())}
    assert "Secretary Marco Rubio" in names and "Marco Rubio" not in names


def test_screenshot_of_the_review_the_graph_and_the_overview(tmp_path, seed_workspace):
    for view in ("review", "graph", "overview"):
        target = tmp_path / f"{view}.png"
        result = subprocess.run([sys.executable, "-m", "explorer", "--view", view, "--screenshot", str(target),
                                 str(seed_workspace)], capture_output=True, text=True, timeout=120,
                                env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 0, result.stderr
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    import os
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, **kwargs)


def test_screenshot_of_a_cluster_not_in_the_workspace_fails_naming_both(tmp_path, seed_workspace):
    target = tmp_path / "review.png"
    result = _run("--view", "review", "--cluster", "nope", "--screenshot", str(target), str(seed_workspace))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'nope'" in lines[0] and str(seed_workspace) in lines[0], result.stderr
    assert not target.exists()


@pytest.mark.parametrize("args, problem", [
    (["--view", "review"], "--view needs --screenshot"),
    (["--view", "graph", "--cluster", "c1"], "--view and --cluster need --screenshot"),
    (["--cluster", "c1"], "--cluster needs --screenshot FILE.png (and --cluster needs --view review)"),
    (["--self-test", "--view", "graph"], "--view needs --screenshot"),
    (["--screenshot", "shot.png", "--cluster", "c1"], "--cluster needs --view review"),
    (["--screenshot", "shot.png", "--view", "graph", "--cluster", "c1"], "--cluster needs --view review"),
])
def test_view_and_cluster_where_they_do_nothing_are_bad_usage(args, problem, monkeypatch, capsys):
    from explorer.cli import commands
    from explorer.gui.window import app

    monkeypatch.setattr(commands, "run_window", lambda args: 0)  # what they were silently ignored for
    monkeypatch.setattr(app, "screenshot", lambda *a, **k: 0)
    monkeypatch.setattr(app, "self_test", lambda: 0)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: explorer")
    assert f"explorer: {problem}" in err


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_into_a_pipe_the_reader_closed_is_quiet(fmt, seed_workspace):
    """`explorer export ... | head -1`: the reader stops early; no message, exit 0 (as `cat` would)."""
    process = subprocess.Popen([sys.executable, "-m", "explorer", "export", str(seed_workspace), "--table", "events",
                                "--format", fmt], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # before the program writes a byte: every write gets EPIPE
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, err
    assert err == ""


def test_extract_of_a_missing_folder_is_one_line(tmp_path, capsys):
    missing = f"{tmp_path / 'nosuch'}/"
    assert main(["extract", missing, "-o", str(tmp_path / "x.explorer")]) == 1
    assert capsys.readouterr().err == f"explorer: {missing}: no such file or folder\n"
    assert not (tmp_path / "x.explorer").exists()


def test_extract_names_the_missing_paths_and_extracts_the_rest(seeds_dir, tmp_path, capsys):
    first, second = str(tmp_path / "gone"), str(tmp_path / "lost.txt")
    output = tmp_path / "x.explorer"
    status = main(["extract", first, str(seeds_dir / "000_41e90b55b187cf30.txt"), second, "-o", str(output), "-q"])
    lines = capsys.readouterr().err.splitlines()
    assert status == 1
    assert f"explorer: {first}: no such file or folder" in lines
    assert f"explorer: {second}: no such file or folder" in lines
    assert "explorer: 2 path(s) not found; the others were extracted" in lines
    assert main(["info", str(output)]) == 0
    assert "documents       1" in capsys.readouterr().out


def test_screenshot_of_a_missing_path_is_one_line(tmp_path, capsys):
    missing = tmp_path / "nosuch.explorer"
    assert main(["--screenshot", str(tmp_path / "s.png"), str(missing)]) == 1
    assert capsys.readouterr().err == f"explorer: {missing}: no such file or folder\n"
    assert not (tmp_path / "s.png").exists()


def test_open_names_every_missing_path(tmp_path, capsys):
    assert main(["open", str(tmp_path / "one"), str(tmp_path / "two")]) == 1
    assert capsys.readouterr().err.splitlines() == [f"explorer: {tmp_path / 'one'}: no such file or folder",
                                                     f"explorer: {tmp_path / 'two'}: no such file or folder"]


def test_a_screenshot_prints_no_offscreen_plugin_noise(tmp_path, seed_workspace):
    result = _run("--screenshot", str(tmp_path / "w.png"), str(seed_workspace))
    assert result.returncode == 0, result.stderr
    assert "propagateSizeHints" not in result.stderr and "does not support" not in result.stderr
    assert result.stderr == ""


def test_export_help_lists_the_tables_and_formats(capsys):
    from explorer.core.export import EXPORT_FORMATS
    from explorer.core.model import TABLE_NAMES

    assert main(["export", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"--table TABLE the table to write: {', '.join(TABLE_NAMES)}" in out
    assert f"--format FORMAT {', '.join(sorted(EXPORT_FORMATS))} (default csv" in out


def test_every_option_and_argument_of_every_command_has_help():
    import argparse

    from explorer.cli.command import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    missing = [f"{name or 'explorer'} {action.option_strings or action.dest}"
               for name, command in [("", parser), *commands.items()]
               for action in command._actions
               if not isinstance(action, argparse._SubParsersAction) and not action.help]
    assert missing == []


def test_info_reports_the_entities_as_the_analysts_edits_leave_them(seed_workspace, capsys):
    from explorer.core.edits import decisions
    from explorer.core.store import append_edit, load_workspace

    entities = load_workspace(seed_workspace, ["entities"])["entities"].sort_values("mention_count", ascending=False)
    top, second, third = (entities.iloc[n] for n in range(3))
    append_edit(seed_workspace, decisions.rename(top["entity_id"], "Renamed By The Analyst", top["name"]))
    append_edit(seed_workspace, decisions.merge([second["entity_id"], third["entity_id"]], second["entity_id"],
                                                second["name"]))

    assert main(["info", str(seed_workspace)]) == 0

    out = capsys.readouterr().out
    assert f"entities        {len(entities) - 1}\n" in out
    assert "analyst edits   2 (applied to the counts and summary)" in out
    most = next(line for line in out.splitlines() if line.startswith("most mentioned:"))
    assert f"Renamed By The Analyst ({top['mention_count']})" in most and f"{top['name']} (" not in most
    assert f"{second['name']} ({second['mention_count'] + third['mention_count']})" in most
    assert f"{third['name']} (" not in most


def test_info_with_only_triage_decisions_counts_without_loading(seed_workspace, capsys, monkeypatch):
    from explorer.core.edits import marks
    from explorer.core.store import append_edit, load_workspace
    from explorer.core.store import case_summary as module

    events = load_workspace(seed_workspace, ["events"])["events"]
    append_edit(seed_workspace, marks.mark(marks.EVENTS, [events["event_id"].iloc[0]], marks.STAR, True))
    monkeypatch.setattr(module, "load_workspace", lambda *a, **k: pytest.fail("loaded the tables"))

    assert main(["info", str(seed_workspace)]) == 0
    assert "analyst edits   1" in capsys.readouterr().out


def test_help_says_the_window_reopens_the_last_workspace(capsys):
    """As ``open_window`` does: the last workspace opened, the sample only the first time (or when it is gone)."""
    assert main(["--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "Run with no command to open the desktop window on the workspace you last opened" in help_text
    assert "(the bundled sample the first time, or when that workspace is gone or unreadable)" in help_text
