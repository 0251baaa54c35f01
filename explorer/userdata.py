"""Where Explorer keeps files of its own for this user (the sample workspace, later settings).

The platform's usual place: ``$XDG_DATA_HOME/explorer`` (``~/.local/share/explorer``)
on Linux, ``~/Library/Application Support/Explorer`` on macOS, ``%LOCALAPPDATA%\\Explorer``
on Windows. ``EXPLORER_DATA_DIR`` overrides it (tests, portable installs).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The user's Explorer data folder, created on first use."""
    override = os.environ.get("EXPLORER_DATA_DIR")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "Explorer"
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / "Explorer"
    else:
        folder = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "explorer"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def workspace_for(paths: list[Path]) -> Path:
    """Where documents opened from ``paths`` (not a workspace) are extracted to.

    Named after the first path and marked with a digest of every path in full, so
    ``/caseA/articles`` and ``/caseB/articles`` get workspaces of their own (one name
    for both replaced case A's workspace and carried its edits into case B), while
    opening the same folder again finds its workspace and the analyst's edits.
    """
    first = Path(paths[0]).resolve()
    stem = (first.name if first.is_dir() else first.stem) or "documents"
    return data_dir() / f"{stem}-{inputs_digest(paths)}.explorer"


def inputs_digest(paths: list[Path]) -> str:
    """Eight hex digits telling one set of input paths (resolved, in any order) from another."""
    resolved = sorted(str(Path(p).resolve()) for p in paths)
    return hashlib.sha1("\0".join(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:8]


def older_workspace_for(paths: list[Path]) -> Path:
    """The name earlier versions gave the workspace of ``paths`` (the first path's name alone):
    adopted when it was extracted from these very paths (see ``gui.window.workspace_loading``)."""
    first = Path(paths[0]).resolve()
    stem = (first.name if first.is_dir() else first.stem) or "documents"
    return data_dir() / f"{stem}.explorer"


def sample_workspace() -> Path:
    """The sample workspace built from the bundled ``seeds/``."""
    return data_dir() / "sample.explorer"
