"""Promise: Ctrl+C or ``kill`` stops a command cleanly — no traceback, nothing half-written, no process
left behind, and the message says truly whether the workspace changed (issue 17, cases 4 and 16)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads child processes from /proc (Linux)")


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _workers(pid: int) -> set[int]:
    """The extraction's worker processes (not multiprocessing's resource tracker)."""
    found = set()
    for child in _children(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command and b"resource_tracker" not in command:
            found.add(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"




@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_during_an_extraction_stops_it_cleanly(make_articles, seed_workspace, tmp_path, workers):
    folder = make_articles(tmp_path / "many", 50)  # distinct: copies would fold as near-duplicates
    before = hashlib.sha256(seed_workspace.read_bytes()).hexdigest()
    run = subprocess.Popen([sys.executable, "-m", "explorer", "extract", str(folder), "-o", str(seed_workspace),
                            "-q", "--workers", str(workers)], stderr=subprocess.PIPE, text=True)
    holder = seed_workspace.with_name(f".{seed_workspace.name}.build.pid")
    deadline = time.monotonic() + 120
    while not holder.exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(3 if workers > 1 else 1)  # into the work: the workers started, the model loading or loaded
    children = _children(run.pid)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=120)
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    if "stopped once the workspace was saved" in lines[0]:  # the signal came while saving: the save finished
        assert hashlib.sha256(seed_workspace.read_bytes()).hexdigest() != before
    else:
        assert "cancelled; no workspace was changed" in lines[0]
        assert hashlib.sha256(seed_workspace.read_bytes()).hexdigest() == before
    assert run.returncode == 143
    assert not [p.name for p in tmp_path.iterdir() if "partial" in p.name]
    time.sleep(1)
    assert not [pid for pid in children if _alive(pid)], "worker processes outlived the command"


def test_ctrl_c_while_the_command_loads_is_one_line(monkeypatch, capsys):
    import builtins

    from explorer.cli import main

    real_import = builtins.__import__

    def interrupted(name, *args, **kwargs):
        if name == "explorer.cli.command":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "explorer.cli.command", raising=False)
    monkeypatch.setattr(builtins, "__import__", interrupted)
    assert main(["info", "x.explorer"]) == 130
    assert capsys.readouterr().err == "explorer: cancelled\n"


def test_a_killed_worker_costs_nothing(make_articles, tmp_path):
    """A worker killed (kill -9, out of memory) mid-run: its batches are extracted again, no traceback."""
    folder = make_articles(tmp_path / "many", 30)
    output = tmp_path / "case.explorer"
    run = subprocess.Popen([sys.executable, "-m", "explorer", "extract", str(folder), "-o", str(output), "-q",
                            "--workers", "2"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while run.poll() is None and time.monotonic() < deadline and len(workers) < 2:
        workers = _workers(run.pid)
        time.sleep(0.1)
    time.sleep(2)
    assert workers and run.poll() is None, "the run ended before its workers could be seen"
    os.kill(min(workers), signal.SIGKILL)
    _, err = run.communicate(timeout=300)
    assert "Traceback" not in err and "BrokenProcessPool" not in err, err
    assert run.returncode == 0, err
    from explorer.core.store import table_counts
    assert table_counts(output)["documents"] == 30
