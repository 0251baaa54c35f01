"""Shared helpers for each view's ``__main__`` preview and for GUI tests.

``sample_session()`` loads the sample workspace built from ``seeds/`` (building it
on first use), so a view can be run alone: ``python -m explorer.gui.timeline.view``.
"""

from __future__ import annotations

from explorer.core.store import load_workspace
from explorer.gui.session import Session
from explorer.paths import seeds_path
from explorer.userdata import sample_workspace


def sample_session() -> Session:
    """A Session holding the sample workspace."""
    path = sample_workspace()
    if not path.exists():
        from explorer.core.build.local import build_workspace  # here: building loads spaCy, opening does not

        build_workspace([seeds_path()], path)
    session = Session()
    session.set_tables(load_workspace(path, edited=False), path)
    return session


def run_preview(view_class, size: tuple[int, int]):
    """Show ``view_class(session)`` on the sample workspace until it is closed (a view's ``__main__``); returns the view."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    view = view_class(sample_session())
    view.resize(*size)
    view.show()
    app.exec()
    return view


def preview_main(view_class, size: tuple[int, int], ready: str, argv: list[str]) -> int:
    """A view's ``__main__``: show it on the sample workspace; with ``--screenshot FILE.png``, save it once its
    ``ready`` signal says it is drawn (a layout or a lookup done in the background) and exit."""
    if argv[:1] != ["--screenshot"] or len(argv) < 2:
        run_preview(view_class, size)
        return 0
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    view = view_class(sample_session())
    view.resize(*size)
    view.show()
    getattr(view, ready).connect(lambda: app.exit(0 if view.grab().save(argv[1]) else 1))
    return app.exec()
