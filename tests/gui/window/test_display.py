"""Without a usable screen, `explorer` says why in one line of its own, never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from explorer.gui.window import display


def run_explorer(env_changes: dict[str, str | None], *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run([sys.executable, "-m", "explorer", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_no_display_is_one_line_and_exit_1(tmp_path):
    result = run_explorer({"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None,
                           "EXPLORER_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr == "explorer: no display: run it on a desktop, or use --screenshot, or xvfb-run\n"


def test_open_without_display_says_so_too(tmp_path, seed_workspace):
    result = run_explorer({"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None,
                           "EXPLORER_DATA_DIR": str(tmp_path)}, "open", str(seed_workspace))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("no display: run it on a desktop, or use --screenshot, or xvfb-run")


def test_an_unreachable_x_server_is_named():
    problem = display.display_problem({"DISPLAY": ":987"})
    if problem and problem.startswith("Qt's X11 plugin"):
        pytest.skip("this machine lacks Qt's X libraries (tests/test_setup.py says which)")
    assert problem == "cannot open the display ':987': is the X server running, and may this user use it?"


def test_a_missing_x_library_names_its_debian_package(monkeypatch):
    def refuse(path, *args, **kwargs):
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(display.ctypes, "CDLL", refuse)
    problem = display.display_problem({"DISPLAY": ":0"})
    assert problem == ("Qt's X11 plugin cannot load: libxcb-icccm.so.4 is missing; sudo apt-get install "
                       "libxcb-icccm4 (./setup.sh installs all of Qt's libraries)")


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "wayland"])
def test_a_chosen_headless_or_wayland_platform_needs_no_x(platform):
    assert display.display_problem({"QT_QPA_PLATFORM": platform}) is None


@pytest.mark.parametrize("variable", ["LC_ALL", "LANG", None])
def test_under_the_c_locale_qt_starts_without_its_locale_warning(tmp_path, variable):
    """As the frozen bundle starts under ``env -i`` (Python's own C-locale coercion switched off)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONCOERCECLOCALE": "0", "QT_QPA_PLATFORM": "offscreen",
           "EXPLORER_DATA_DIR": str(tmp_path / "data")}
    if variable:
        env[variable] = "C"
    result = subprocess.run([sys.executable, "-m", "explorer", "--screenshot", str(tmp_path / "s.png")], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Detected locale" not in result.stderr
    assert result.stderr == ""
