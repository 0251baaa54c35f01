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
_kept_lock = threading.Lock()  # (the entity page reads in the job runner's thread)


def in_reading_order(mentions: MentionRows, documents: pd.Index, entity_ids: Iterable[str]) -> pd.DataFrame:
    """The mentions of any of ``entity_ids`` (in known documents) in reading order. Read-only: a big read is
    kept and handed to the next caller asking for the same entities over the same ``mentions`` and
    ``documents`` (the very objects: an edit of mentions or documents installs new ones)."""
    wanted = frozenset(entity_ids)
    with _kept_lock:
        held = next((frame for rows, docs, ids, frame in _kept
                     if rows is mentions and docs is documents and ids == wanted), None)
    if held is not None:
        return held
    rows = mentions.of_entities(wanted)
    rank = documents.get_indexer(rows["doc_id"].to_numpy(dtype=object))
    order = np.lexsort((rows["start"].to_numpy(), rank))
    found = rows.iloc[order[rank[order] >= 0]]
    if KEPT_FROM <= len(found) <= KEPT_UP_TO:
        with _kept_lock:
            others = [h for h in _kept if not (h[0] is mentions and h[1] is documents and h[2] == wanted)]
            _kept[:] = [*others[-(KEPT_READS - 1):], (mentions, documents, wanted, found)]
    return found


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
              in_doc: str | None = None) -> pd.Series | None:
        """Walk the mentions of ``entity_ids``: at ``at_mention`` when given, else at the first one in
        ``in_doc`` (the document being read: the reader stays where they are when it names the entity),
        else at the very first one."""
        ids = list(entity_ids)
        if not ids or self._source is None:
            self.stop()
            return None
        if frozenset(ids) != self._walked or self.position < 0:  # (the same entities: their mentions are held)
            self.mentions = in_reading_order(*self._source, ids)
            self._walked = frozenset(ids)
        hits = np.flatnonzero(self.mentions["mention_id"].to_numpy() == at_mention) if at_mention else []
        if not len(hits) and in_doc is not None:
            hits = np.flatnonzero(self.mentions["doc_id"].to_numpy() == in_doc)
        self.position = int(hits[0]) if len(hits) else (0 if len(self.mentions) else -1)
        return self.current()

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
