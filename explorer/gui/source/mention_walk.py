"""Stepping through the selected entities' mentions, document after document (F3, Shift+F3).

The source pane opens a selected entity at its first mention and walks from
there. The order is reading order: the documents as the workspace lists them,
each from its top, wrapping round at either end, so "mention 3 of 12" means the
same thing every time. Plain pandas: the pane shows what the walk points at. The mentions are read
for the entities walked (``MentionRows.of_entities``: by the file's index on ``entity_id``). The last
big reads (``KEPT_FROM`` rows or more, up to ``KEPT_UP_TO``: the busiest entity of a million events has
270,105 mentions, a second's read) are kept for the same rows and documents, so the walk and the entity page, which both
want them, read them once, and going back to a page reads nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import numpy as np
import pandas as pd

from explorer.core.edits.mentions import MentionRows


KEPT_FROM = 20_000  # rows from which a read is kept ...
KEPT_UP_TO = 500_000  # ... and up to which (a bigger one, at ten million events, would hold too much memory)
KEPT_READS = 2  # reads kept, the newest last

_kept: list[tuple[MentionRows, pd.Index, frozenset[str], pd.DataFrame]] = []
_reading: list[tuple[MentionRows, pd.Index, frozenset[str], _Read]] = []  # reads under way, in any thread
_kept_lock = threading.Lock()  # (the source pane's walk and the entity page read in the job runner's threads)


class _Read:
    """A read under way: a second caller asking for the same rows waits for it rather than reading them again
    (the click before a double click starts the walk's read; the page asks for the same a moment later)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.rows: pd.DataFrame | None = None  # None when the read failed: the waiter reads for itself


def held(mentions: MentionRows, documents: pd.Index, entity_ids: Iterable[str]) -> pd.DataFrame | None:
    """The kept read of ``entity_ids`` over these very ``mentions`` and ``documents``, or None (nothing read)."""
    wanted = frozenset(entity_ids)
    with _kept_lock:
        return next((frame for rows, docs, ids, frame in _kept
                     if rows is mentions and docs is documents and ids == wanted), None)


def in_reading_order(mentions: MentionRows, documents: pd.Index, entity_ids: Iterable[str]) -> pd.DataFrame:
    """The mentions of any of ``entity_ids`` (in known documents) in reading order. Read-only: a big read is
    kept and handed to the next caller asking for the same entities over the same ``mentions`` and
    ``documents`` (the very objects: an edit of mentions or documents installs new ones); a caller asking
    while the same read is under way in another thread waits for it."""
    wanted = frozenset(entity_ids)
    with _kept_lock:
        found = next((frame for rows, docs, ids, frame in _kept
                      if rows is mentions and docs is documents and ids == wanted), None)
        under_way = next((read for rows, docs, ids, read in _reading
                          if rows is mentions and docs is documents and ids == wanted), None)
        mine = None
        if found is None and under_way is None:
            mine = _Read()
            _reading.append((mentions, documents, wanted, mine))
    if found is not None:
        return found
    if under_way is not None:
        under_way.done.wait()
        return under_way.rows if under_way.rows is not None else _read(mentions, documents, wanted)
    assert mine is not None
    try:
        mine.rows = _read(mentions, documents, wanted)
    finally:
        with _kept_lock:
            _reading[:] = [r for r in _reading if r[3] is not mine]
            if mine.rows is not None and KEPT_FROM <= len(mine.rows) <= KEPT_UP_TO:
                others = [h for h in _kept if not (h[0] is mentions and h[1] is documents and h[2] == wanted)]
                _kept[:] = [*others[-(KEPT_READS - 1):], (mentions, documents, wanted, mine.rows)]
        mine.done.set()
    return mine.rows


RANKED_AT_ONCE = 16_384  # rows whose documents are looked up in one call


def _read(mentions: MentionRows, documents: pd.Index, wanted: frozenset[str]) -> pd.DataFrame:
    """Read in the job runner for a big entity, so its steps are cut to leave the GUI thread the GIL: the
    documents' ranks looked up a slice of rows at a time (one lookup of 270,105 ids held it 130-160 ms),
    and the order found by one numeric sort (numpy lets the GIL go while it sorts numbers; a lexsort
    of the two keys held it 120 ms)."""
    rows = mentions.of_entities(wanted)
    doc_ids = rows["doc_id"]
    rank = np.empty(len(rows), dtype=np.int64)
    for begin in range(0, len(rows), RANKED_AT_ONCE):
        part = doc_ids.iloc[begin:begin + RANKED_AT_ONCE].to_numpy(dtype=object)
        rank[begin:begin + RANKED_AT_ONCE] = documents.get_indexer(part)
    starts = rows["start"].to_numpy(dtype=np.int64)
    span = int(starts.max()) + 1 if len(starts) else 1
    if span * (len(documents) + 1) < 2 ** 62:  # (rank, start) as one number: rank * span + start
        order = np.argsort(rank * span + starts, kind="stable")
    else:
        order = np.lexsort((starts, rank))
    return rows.iloc[order[rank[order] >= 0]]


class MentionWalk:
    """Where the reader is among the selected entities' mentions."""

    def __init__(self) -> None:
        self._source: tuple[MentionRows, pd.Index] | None = None
        self._walked: frozenset[str] = frozenset()  # the entities whose mentions ``mentions`` holds
        self.mentions = pd.DataFrame()
        self.position = -1

    def reset(self, mentions: MentionRows, documents: pd.Index) -> None:
        """New tables: forget the walk."""
        self._source = (mentions, documents)
        self.stop()

    def start(self, entity_ids: Iterable[str], at_mention: str | None = None,
              in_doc: str | None = None, read: pd.DataFrame | None = None) -> pd.Series | None:
        """Walk the mentions of ``entity_ids``: at ``at_mention`` when given, else at the first one in
        ``in_doc`` (the document being read: the reader stays where they are when it names the entity),
        else at the very first one. ``read``: their mentions in reading order, already read (in the job
        runner, by ``in_reading_order`` over this walk's ``source``)."""
        ids = list(entity_ids)
        if not ids or self._source is None:
            self.stop()
            return None
        if read is not None:
            self.mentions, self._walked = read, frozenset(ids)
        elif not self.holds(ids):  # (the same entities: their mentions are held)
            self.mentions = in_reading_order(*self._source, ids)
            self._walked = frozenset(ids)
        hits = np.flatnonzero(self.mentions["mention_id"].to_numpy() == at_mention) if at_mention else []
        if not len(hits) and in_doc is not None:
            hits = np.flatnonzero(self.mentions["doc_id"].to_numpy() == in_doc)
        self.position = int(hits[0]) if len(hits) else (0 if len(self.mentions) else -1)
        return self.current()

    @property
    def source(self) -> tuple[MentionRows, pd.Index] | None:
        """The mentions and the documents' order walked over (the tables in force when last reset)."""
        return self._source

    def holds(self, entity_ids: Iterable[str]) -> bool:
        """Whether the walk is over these entities' mentions already (starting again reads nothing)."""
        return frozenset(entity_ids) == self._walked and self.position >= 0

    def stop(self) -> None:
        self.mentions, self.position, self._walked = pd.DataFrame(), -1, frozenset()

    def step(self, by: int) -> pd.Series | None:
        """The mention ``by`` places on (negative: back), wrapping round at either end."""
        if self.position < 0:
            return None
        self.position = (self.position + by) % len(self.mentions)
        return self.current()

    def current(self) -> pd.Series | None:
        return self.mentions.iloc[self.position] if self.position >= 0 else None

    def describe(self) -> str:
        """Where the walk is, as the pane says it ("mention 3 of 12"); "" when nothing is walked."""
        if self.position < 0:
            return ""
        return f"mention {self.position + 1} of {len(self.mentions)}"
