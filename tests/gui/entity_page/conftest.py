"""Fixtures for the entity page: the main window over the seeds (read-only, or over a private copy for edits)."""

from __future__ import annotations

import pytest


@pytest.fixture
def big_window(window):
    """The seed window at a size where the entity page's parts all have room."""
    window.resize(1500, 1000)
    return window


@pytest.fixture
def edit_window(qtbot, edit_session):
    """The main window over a private copy of the seeds: edits are saved into it."""
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow(edit_session)
    qtbot.addWidget(window)
    window.resize(1500, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window
