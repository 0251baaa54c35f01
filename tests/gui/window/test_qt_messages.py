"""Qt's messages: the offscreen platform's known noise is dropped, every other message goes through."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType

from explorer.gui.window.qt_messages import offscreen_filter, quiet_offscreen_noise

NOISE = ["This plugin does not support propagateSizeHints()", "This plugin does not support raise()"]
OTHERS = ["QPainter::begin: Paint device returned engine == 0, type: 2", "This plugin does not support setParent!",
          "propagateSizeHints() failed for another reason"]


def test_the_filter_drops_only_the_known_offscreen_messages():
    passed = []
    handle = offscreen_filter(lambda mode, context, message: passed.append((mode, message)))
    for message in NOISE + OTHERS:
        handle(QtMsgType.QtWarningMsg, QMessageLogContext(), message)
    handle(QtMsgType.QtCriticalMsg, QMessageLogContext(), "a critical message")
    assert passed == [(QtMsgType.QtWarningMsg, m) for m in OTHERS] + [(QtMsgType.QtCriticalMsg, "a critical message")]


def test_on_another_platform_nothing_is_installed(monkeypatch):
    import PySide6.QtCore

    installed = []
    monkeypatch.setattr(PySide6.QtCore, "qInstallMessageHandler", installed.append)
    quiet_offscreen_noise("xcb")
    quiet_offscreen_noise("wayland")
    assert installed == []


def test_offscreen_the_noise_is_gone_and_other_warnings_still_print():
    """In a real process (no pytest-qt handler before ours): Qt's own printing for everything but the noise."""
    script = ("from PySide6.QtCore import qWarning\n"
              "from explorer.gui.window.app import _application\n"
              "_application(offscreen=True)\n"
              f"for message in {NOISE + OTHERS!r}: qWarning(message)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == OTHERS
