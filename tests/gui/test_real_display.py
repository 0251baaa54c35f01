"""The window on a real X server (Xvfb), driven by real input: what a user's desktop does.

Every other GUI test runs on Qt's offscreen platform, which never loads the xcb plugin and so
never noticed that a fresh machine could not open the window at all. These run the app in a
child process with QT_QPA_PLATFORM=xcb; .ci/run installs Xvfb and xdotool, so in CI they
must run (a missing tool fails there instead of skipping).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("real_display_driver.py")
TOOLS = ("Xvfb", "xdotool")


@pytest.fixture(scope="module")
def x_display():
    """A private Xvfb screen of 1600x1000 (a small laptop), for this module's tests."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test on a real X server, but {missing} are not installed (see .ci/run)")
        pytest.skip(f"{missing} not installed: apt-get install xvfb xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _env(display: str, tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("WAYLAND_DISPLAY",)}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", EXPLORER_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return env


def test_gestures_on_a_real_x_server_work_and_qt_prints_no_warning(x_display, seed_workspace, tmp_path):
    result = subprocess.run([sys.executable, str(DRIVER), str(seed_workspace)], env=_env(x_display, tmp_path),
                            capture_output=True, text=True, timeout=300)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
    assert result.stdout.count("ok  ") >= 8
    assert result.stderr == "", f"Qt printed on a real display:\n{result.stderr}"


def test_self_test_opens_the_window_on_the_real_display(x_display, tmp_path):
    result = subprocess.run([sys.executable, "-m", "explorer", "--self-test"], env=_env(x_display, tmp_path),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok   opens the window on the display (xcb, {x_display})" in result.stdout
    assert result.stderr == ""


def test_a_display_that_is_gone_fails_the_self_test_in_one_line(tmp_path):
    env = _env(":4242", tmp_path)
    result = subprocess.run([sys.executable, "-m", "explorer", "--self-test"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 1
    assert "FAIL opens the window on the display: cannot open the display ':4242'" in result.stdout
    assert "Aborted" not in result.stderr and "could not connect" not in result.stderr
