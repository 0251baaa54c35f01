"""GUI fixtures: a Session over the seed workspace (extracted once per test run)."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(qapp, seed_tables, seed_build):
    """A fresh Session showing the seed workspace; each test gets its own selection."""
    from explorer.gui.session import Session

    session = Session()
    session.set_tables({name: frame.copy() for name, frame in seed_tables.items()}, seed_build.path)
    return session


@pytest.fixture(autouse=True)
def private_settings_and_data(tmp_path, monkeypatch, qapp):
    """Keep QSettings (window layout, recent files) and the data folder out of the user's home."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("EXPLORER_DATA_DIR", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("Explorer")
    qapp.setApplicationName("Explorer")


def _shown_window(qtbot, session):
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, session):
    """The main window over the seed session, shown."""
    return _shown_window(qtbot, session)


@pytest.fixture
def edit_window(qtbot, edit_session):
    """The main window over a private copy of the seeds, shown (what the analyst does is written to the file)."""
    return _shown_window(qtbot, edit_session)


@pytest.fixture
def edit_session(qapp, seed_workspace):
    """A Session over a private copy of the seed workspace (edits write to the file), opened as the window
    opens it: the mentions read from the file when wanted, the sentences Arrow-backed strings, the relations
    made from its columnar cache after the window is drawn (or by the first edit that needs them)."""
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.core.store.column_cache import refresh_column_cache
    from explorer.gui.session import Session

    refresh_column_cache(seed_workspace, load_workspace(seed_workspace, edited=False))
    session = Session()
    session.set_tables(load_workspace(seed_workspace, WINDOW_TABLES, edited=False, arrow_text=True,
                                      later=LATER_TABLES), seed_workspace)
    return session
