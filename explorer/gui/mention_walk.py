"""Stepping through the selected entities' mentions, document after document (F3, Shift+F3).

The source pane opens a selected entity at its first mention and walks from
there. The order is reading order: the documents as the workspace lists them,
each from its top, wrapping round at either end, so "mention 3 of 12" means the
same thing every time. Plain pandas: the pane shows what the walk points at.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd


class MentionOrder:
    """Every mention of an entity in reading order, one binary search away.

    Holds the mention rows ordered by (entity, document, start), like
    ``source_text.DocumentRows``: a copy of a million-row mentions table per
    click would cost more than the click is worth.
    """

    def __init__(self, mentions: pd.DataFrame, documents: pd.Index) -> None:
        self.table = mentions
        codes, uniques = pd.factorize(mentions["entity_id"].to_numpy(dtype=object))
        self._entities = pd.Index(uniques, dtype=object)
        self._doc_rank = documents.get_indexer(mentions["doc_id"].to_numpy(dtype=object))
        self._start = mentions["start"].to_numpy()
        self._order = np.lexsort((self._start, self._doc_rank, codes)).astype(np.int64)
        self._codes = codes[self._order]

    def of(self, entity_ids: Iterable[str]) -> pd.DataFrame:
        """The mentions of any of ``entity_ids`` (of known documents) in reading order."""
        wanted = self._entities.get_indexer(list(entity_ids))
        bounds = [np.searchsorted(self._codes, [code, code + 1]) for code in wanted[wanted >= 0]]
        rows = np.concatenate([self._order[first:last] for first, last in bounds] or [np.empty(0, np.int64)])
        rows = rows[self._doc_rank[rows] >= 0]
        rows = rows[np.lexsort((self._start[rows], self._doc_rank[rows]))]  # several entities: interleaved
        return self.table.iloc[rows]


class MentionWalk:
    """Where the reader is among the selected entities' mentions."""

    def __init__(self) -> None:
        self._source: tuple[pd.DataFrame, pd.Index] | None = None
        self._order: MentionOrder | None = None  # built on the first walk after a new workspace
        self.mentions = pd.DataFrame()
        self.position = -1

    def reset(self, mentions: pd.DataFrame, documents: pd.Index) -> None:
        """New tables: forget the walk; the order is built again when first needed."""
        self._source, self._order = (mentions, documents), None
        self.stop()

    def start(self, entity_ids: Iterable[str], at_mention: str | None = None) -> pd.Series | None:
        """Walk the mentions of ``entity_ids``: at ``at_mention`` when given, else at the first one."""
        ids = list(entity_ids)
        if not ids or self._source is None:
            self.stop()
            return None
        if self._order is None:
            self._order = MentionOrder(*self._source)
        self.mentions = self._order.of(ids)
        hits = np.flatnonzero(self.mentions["mention_id"].to_numpy() == at_mention) if at_mention else []
        self.position = int(hits[0]) if len(hits) else (0 if len(self.mentions) else -1)
        return self.current()

    def stop(self) -> None:
        self.mentions, self.position = pd.DataFrame(), -1

    def step(self, by: int) -> pd.Series | None:
        """The mention ``by`` places on (negative: back), wrapping round at either end."""
        if self.position < 0:
            return None
        self.position = (self.position + by) % len(self.mentions)
        return self.current()

    def current(self) -> pd.Series | None:
        return self.mentions.iloc[self.position] if self.position >= 0 else None

    def describe(self) -> str:
        """"mention 3 of 12", or "" when nothing is walked."""
        if self.position < 0:
            return ""
        return f"mention {self.position + 1} of {len(self.mentions)}"
