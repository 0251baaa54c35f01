"""One writer at a time: who may write a workspace, and what the others are told.

Two locks, each a small file beside the workspace (``filelock``: ``flock`` on Unix,
``LockFileEx`` on Windows; released by the system when a process dies, so a crash
never leaves a workspace locked):

- ``building``: held by an extraction onto the workspace for the whole run. A second
  extraction onto the same file is refused at once, naming the process that holds it,
  and the file is left as it was.
- ``writing``: held for each short write, an analyst's decision or the final save of an
  extraction, which re-reads the decisions under it. So a decision made while an
  extraction runs is in the file it saves (it read them at its start and lost them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from explorer.core.errors import WorkspaceError

WRITE_WAIT_SECONDS = 15.0  # a save of a million events takes seconds: an edit waits for it rather than fail


def _beside(path: Path, what: str) -> Path:
    return path.with_name(f".{path.name}.{what}")


@contextmanager
def building(path: str | Path) -> Iterator[None]:
    """Hold the extraction lock of ``path``; ``WorkspaceError`` naming the holder when another run has it."""
    path = Path(path)
    lock = FileLock(_beside(path, "build.lock"), timeout=0)
    holder = _beside(path, "build.pid")
    try:
        lock.acquire()
    except Timeout:
        raise WorkspaceError(path, f"is being extracted by another Explorer{_pid_of(holder)}; it was not changed "
                                   "(wait for that run to finish)") from None
    try:
        holder.write_text(str(os.getpid()))
        yield
    finally:
        holder.unlink(missing_ok=True)
        lock.release()


@contextmanager
def writing(path: str | Path, wait: float = WRITE_WAIT_SECONDS) -> Iterator[None]:
    """Hold the write lock of ``path`` for one short write, waiting up to ``wait`` seconds for another."""
    path = Path(path)
    lock = FileLock(_beside(path, "lock"), timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise WorkspaceError(path, f"is being written by another Explorer for more than {wait:.0f} s; "
                                   "nothing was changed (try again)") from None
    try:
        yield
    finally:
        lock.release()


def _pid_of(holder: Path) -> str:
    try:
        pid = holder.read_text().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
