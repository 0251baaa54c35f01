"""Freed memory handed back once the window is idle (``gui.idle_memory``), never during a gesture."""

from __future__ import annotations

import threading

from explorer.core.later import Later
from explorer.gui.idle_memory import IdleRelease, release_freed_memory


def test_release_waits_for_quiet_and_for_the_later_work(qtbot):
    released = []
    idle = IdleRelease(release=lambda: released.append(True), idle_ms=30)
    idle.poke()
    qtbot.wait(10)
    idle.poke()  # a second change before the quiet: one release, counted from it
    assert not released
    qtbot.waitUntil(lambda: bool(released), timeout=2000)
    qtbot.wait(100)
    assert released == [True]

    gate = threading.Event()
    work = Later(lambda: gate.wait(5))
    Later.start_waiting()
    idle.poke()
    qtbot.wait(150)  # idle, but the background work runs: its freed temporaries are still to come
    assert released == [True]
    gate.set()
    work.get()
    qtbot.waitUntil(lambda: len(released) == 2, timeout=2000)


def test_the_window_releases_after_a_selection_change(qtbot, session):
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.idle_memory.pending(), timeout=10_000)
    window.session.selection.update(origin=None, time_range=("2026-01-01", "2026-01-31"))
    assert window.idle_memory.pending()


def test_release_freed_memory_runs():
    release_freed_memory()  # (glibc: malloc_trim; elsewhere nothing)
