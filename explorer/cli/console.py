"""Terminal output: messages and errors on standard error, a rich progress bar.

Everything but exported data goes to standard error, so ``explorer export`` can
be piped into another program.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

err = Console(stderr=True, highlight=False)

PHASE_LABELS = {"load": "Loading workspace", "read": "Reading files", "extract": "Extracting", "combine": "Combining (corpus)",
                "save": "Saving workspace", "prepare": "Preparing it to open fast"}


def shown(text: str) -> str:
    """``text`` safe for a terminal: control characters written as escapes (``\\x1b``, ``\\n``).

    File names and titles come from someone else's files: an ANSI or OSC sequence in one
    would clear the screen or retitle the window, a newline would forge a message line.
    """
    return "".join(_escaped(ch) if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def fail(message: str) -> None:
    """One line naming the file and the problem (never more than one: see ``shown``)."""
    err.print(f"explorer: {shown(message)}", markup=False, soft_wrap=True)


def say(message: str) -> None:
    err.print(shown(message), markup=False, soft_wrap=True)


def stdout_closed_by_reader() -> None:
    """After a broken pipe on standard output (``| head``): point it at /dev/null, so the flush at exit
    does not print Python's "Exception ignored ... BrokenPipeError" for output nobody reads."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (captured output): nothing to flush there
        pass


@contextmanager
def phase_progress(enabled: bool = True) -> Iterator[Callable[[str, int, int], None]]:
    """A callback ``(phase, done, total)`` that drives one bar per phase."""
    if not enabled:
        yield lambda phase, done, total: None
        return
    columns = (TextColumn("{task.description:<18}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        tasks: dict[str, int] = {}

        def update(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = progress.add_task(PHASE_LABELS.get(phase, phase), total=total)
            progress.update(tasks[phase], completed=done, total=total)

        yield update
