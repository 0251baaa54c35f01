"""Ctrl+C and ``kill``: the command stops cleanly, and says truly whether the workspace changed.

SIGTERM is turned into the same clean stop as Ctrl+C (Python's default for it is to die
at once, leaving the save's partial file and journal behind). While the workspace is
being saved (the rename that replaces it is moments away), a signal is held until the
save is done, so "no workspace was changed" is never said of a workspace that was.
"""

from __future__ import annotations

import signal
from collections.abc import Callable

Progress = Callable[[str, int, int], None]

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal's number, as shells report


class Interrupted(KeyboardInterrupt):
    """The command was asked to stop (``signum`` says how)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class Interrupts:
    """Installed for one command: raises ``Interrupted`` on SIGINT/SIGTERM except while a save runs."""

    def __init__(self) -> None:
        self.saving = False
        self.held: int | None = None  # a signal that arrived while saving

    def install(self) -> None:
        """Take over SIGINT and SIGTERM for this command (only the main thread may; elsewhere nothing changes)."""
        self.saving, self.held = False, None
        try:
            signal.signal(signal.SIGINT, self._on_signal)
            signal.signal(signal.SIGTERM, self._on_signal)
        except ValueError:  # not the main thread (a test driving the command from a thread)
            pass

    def watch(self, progress: Progress) -> Progress:
        """``progress`` as the build reports it, noting when the save begins and ends."""
        def report(phase: str, done: int, total: int) -> None:
            self.saving = phase == "save" and done < total
            progress(phase, done, total)
        return report

    def _on_signal(self, signum: int, _frame: object) -> None:
        if self.saving:
            self.held = signum
            return
        raise Interrupted(signum)


INTERRUPTS = Interrupts()
