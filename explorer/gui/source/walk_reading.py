"""Starting the source pane's mention walk without freezing the window: a big read runs in the job runner.

Selecting an entity starts the walk over its mentions in reading order (``mention_walk``). For most
entities that read takes milliseconds and is done at once, as it always was. For the busiest entity of a
million events (270,105 mentions) it took 0.3 s warm, 1.0-1.2 s the first time the process read the
mentions' cache and 1.1-4.2 s on a loaded machine, in the GUI thread: the click before a double click
froze the window. Such a read now runs in the window's job runner; the pane goes on at once with what it
has (the document on screen's own mentions, read by document, are highlighted without the walk) and
finishes the gesture once the walk is read. A later start wins: an older read's result is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd
from PySide6.QtCore import QObject

from explorer.gui.jobs import Jobs
from explorer.gui.source.mention_walk import MentionWalk, held, in_reading_order

READ_APART_FROM = 20_000  # the selected entities' mentions from which the walk's read runs off the GUI thread


class WalkReading:
    """Starts ``walk`` over some entities' mentions, reading them in the job runner when they are many."""

    def __init__(self, walk: MentionWalk, jobs: Jobs, owner: QObject,
                 mention_count: Callable[[frozenset[str]], int], on_failed: Callable[[str], None]) -> None:
        self.walk = walk
        self.jobs = jobs
        self._owner = owner
        self._mention_count = mention_count  # how many mentions the entities have (the entities table's counts)
        self._on_failed = on_failed  # says why nothing is walked
        self._task = None
        self._ticket = 0  # bumped by every start: a read whose ticket is not the last is not wanted
        self.reading: frozenset[str] | None = None  # the entities whose mentions are being read
        self.count = 0  # ... and how many they are

    def start(self, entity_ids: Iterable[str], then: Callable[[], None], label: str) -> bool:
        """Make sure the walk can start over ``entity_ids``' mentions without reading, then call ``then()`` (which
        starts it where the gesture wants): at once when they are held, kept or few (True); else once they are
        read in the job runner (False), and not at all if another start came meanwhile."""
        ids = frozenset(entity_ids)
        self.forget()
        source = self.walk.source
        if source is None or not ids or self.walk.holds(ids) or held(*source, ids) is not None:
            then()
            return True
        count = self._mention_count(ids)
        if count < READ_APART_FROM:
            then()
            return True
        self.walk.stop()
        self.reading, self.count = ids, count
        ticket = self._ticket

        def read(_report, _should_cancel) -> pd.DataFrame:  # (one read: nothing to stop between)
            return in_reading_order(*source, ids)

        def done(rows: pd.DataFrame) -> None:
            if ticket != self._ticket or self.walk.source is not source:
                return  # another start, or other tables, came meanwhile
            self.reading, self._task = None, None
            self.walk.start(ids, read=rows)
            then()

        self._task = self.jobs.start(read, label, owner=self._owner, quiet=True, cancel_on_close=True,
                                     on_finished=done, on_failed=lambda message: self._failed(ticket, message))
        return False

    def forget(self) -> None:
        """The read under way, if any, is not wanted any more."""
        self._ticket += 1
        if self._task is not None:
            self.jobs.cancel(self._task, forget=True)
            self._task = None
        self.reading = None

    def _failed(self, ticket: int, message: str) -> None:
        """The read failed (the workspace file gone meanwhile): nothing is walked, and the pane says why."""
        if ticket == self._ticket:
            self.reading, self._task = None, None
            self.walk.stop()
            self._on_failed(message)
