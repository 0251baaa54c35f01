"""Where Explorer's bundled data lives, in the source tree and in a frozen build.

Code never builds paths to ``resources/`` or ``seeds/`` by hand: a PyInstaller
build unpacks them under ``sys._MEIPASS``, a source checkout keeps them next to
the ``explorer`` package, and these two functions hide the difference.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``seeds/``.

    Frozen builds set ``sys._MEIPASS``; otherwise it is the project folder, the
    parent of the ``explorer`` package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path under ``resources/`` (data files such as pattern lists)."""
    return _bundle_root().joinpath("resources", *parts)


def seeds_path() -> Path:
    """The folder of bundled sample articles the sample workspace is built from."""
    return _bundle_root() / "seeds"
