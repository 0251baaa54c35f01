"""Which rows name each entity, kept across edits, so an edit finds its rows without a pass over a table.

A merge of three entities among a million events changes only the events, mentions and
co-participant relations that name them, but finding those by testing every row cost over
half a second. ``EditIndex`` holds, for one version of the tables, each entity's event rows
(as participant or place) and mention rows (when the mentions are held in memory: the window reads
them on demand, ``mentions.MentionRows``), the events a merge must normalise although they
do not name it (participants repeating an entity or holding the event's place: the rebuild
leaves none), and how many co-participant relations lead the relations table sorted by pair.
It is built once when a workspace opens; a merge hands on a patched copy (only the merged
entities' rows move); edits that never change which entity a row names, nor the rows' order
(rename, hide, a type, a date, notes) keep it; any other edit (a split) leaves none, and the
next user builds it again. ``EventLookup`` answers the views' filters from the same event rows.

The co-participant pairs are held as integers (``PairKeys``): each entity id's rank among
the ids sorted, and each pair as one number ordered as the pairs are. Comparing half a
million ids as strings cost 15-20 ms each time a merge looked for an entity's pairs; as
integers it is a fraction of a millisecond, and finding where a new pair goes is one binary
search over integers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

import numpy as np
import pandas as pd

from explorer.core.coded import flat_of, value_mask, values_at
from explorer.core.later import Later, resolved, unresolved
from explorer.core.model import Tables

_NO_ROWS = np.empty(0, dtype=np.int64)


class Unindexed(Enum):
    """What a kind's indexed applier returns when it cannot work through the index and has changed nothing: the
    caller then applies the kind the plain way (its ``writes`` made plain strings first, ``apply``'s one way)."""

    UNINDEXED = "unindexed"


UNINDEXED = Unindexed.UNINDEXED


class RowsByKey:
    """Row positions of one table grouped by key (an entity id): built once, patched per edit.

    The rows of a key are ascending. ``with_rows`` gives a new version sharing everything
    but the keys it is given, so keeping the version from before an edit (for its undo)
    costs only what the edit changed.
    """

    def __init__(self, keys: np.ndarray, rows: np.ndarray) -> None:
        """``keys[i]`` names row ``rows[i]`` (a row may be named by several keys, or twice by one)."""
        codes, uniques = pd.factorize(np.asarray(keys, dtype=object))
        uniques = np.asarray(uniques, dtype=object)  # (pandas may hand back an Arrow array: slow to read one by one)
        order = np.argsort(codes, kind="stable")  # rows ascending within a key when ``rows`` ascend
        rows = np.asarray(rows, dtype=np.int64)[order]
        # (held as int32 when the rows fit: 20 million rows at ten million events, 80 MB, not 160; ``rows_of`` gives
        # views of them, the same memory each time: the views' orders know a key's rows worked out ahead by it)
        self._rows = rows.astype(np.int32) if len(rows) and int(rows.max()) <= np.iinfo(np.int32).max else rows
        codes = codes[order]
        bounds = np.searchsorted(codes, np.arange(len(uniques) + 1))
        self._bounds = {str(u): (int(bounds[i]), int(bounds[i + 1])) for i, u in enumerate(uniques)}
        self._patched: dict[str, np.ndarray] = {}
        same = (codes[1:] == codes[:-1]) & (self._rows[1:] == self._rows[:-1])
        self.repeated = np.unique(self._rows[1:][same]).astype(np.int64)  # rows a key names twice or more (as built)

    def rows_of(self, key: str) -> np.ndarray:
        """The rows ``key`` names, ascending (a row twice when the key names it twice): int32 when they fit."""
        rows = self._patched.get(key)
        if rows is not None:
            return rows
        first, last = self._bounds.get(key, (0, 0))
        return self._rows[first:last]

    def rows_of_any(self, keys) -> np.ndarray:
        """The rows naming any of ``keys``, ascending, each once."""
        return sorted_union([self.rows_of(k) for k in keys])

    def largest(self, count: int, least: int = 1) -> list[str]:
        """The keys naming the most rows (at least ``least``), ``count`` at most, the most first."""
        sizes = {key: last - first for key, (first, last) in self._bounds.items() if last - first >= least}
        sizes.update({key: len(rows) for key, rows in self._patched.items()})
        big = [(size, key) for key, size in sizes.items() if size >= least]
        return [key for _, key in sorted(big, key=lambda pair: (-pair[0], pair[1]))[:count]]

    def with_rows(self, changes: dict[str, np.ndarray]) -> RowsByKey:
        """A new version where each key of ``changes`` names those rows instead."""
        patched = RowsByKey.__new__(RowsByKey)
        patched._rows, patched._bounds, patched.repeated = self._rows, self._bounds, self.repeated
        patched._patched = {**self._patched, **changes}
        return patched


def sorted_union(arrays: list[np.ndarray]) -> np.ndarray:
    """The row numbers in any of ``arrays``, ascending, each once: a stable (radix) sort of them all, which
    for tens of thousands of rows is several times quicker than ``np.unique``'s hashing."""
    rows = np.sort(np.concatenate([_NO_ROWS, *arrays]), kind="stable")
    if len(rows) > 1:
        rows = rows[np.concatenate(([True], rows[1:] != rows[:-1]))]
    return rows


def event_rows(events: pd.DataFrame) -> RowsByKey:
    """Each entity's events (by row position), as participant or place; an empty place names no entity."""
    counts, items = flat_of(events["participants"])  # (no Python list a row when the column is Arrow)
    rows = np.repeat(np.arange(len(events), dtype=np.int64), counts)
    placed = np.flatnonzero(value_mask(events["place"], lambda places: places != ""))  # (per distinct place if coded)
    keys = np.concatenate([items, values_at(events["place"], placed)]).astype(object, copy=False)
    # a row's place after its participants: rows stay ascending within a key once sorted stably by key
    both = np.concatenate([rows, placed])
    order = np.argsort(both, kind="stable")
    return RowsByKey(keys[order], both[order])



class PairKeys:
    """The co-participant pairs leading the relations table, as sorted integers.

    ``names`` holds every entity id the pairs (and the entities table) name, sorted; an id's
    code is its place there, so codes order as the ids do, and the pair (source, target) is
    ``code(source) * width + code(target)``: ``keys`` ascend exactly when the rows are sorted by
    pair. A merge only drops entities, so the codes hold from edit to edit (``with_keys``); an
    id not known yet (an entity with no pair) is added by ``with_ids``, which codes again.
    """

    def __init__(self, names: np.ndarray, keys: np.ndarray) -> None:
        self.names = names
        self.width = max(len(names), 1)
        self.keys = keys
        self._code_of: dict[str, int] | None = None

    @classmethod
    def build(cls, sources: np.ndarray, targets: np.ndarray, more_ids: np.ndarray) -> PairKeys | None:
        """The pairs (source[i], target[i]) coded; None unless they are sorted by pair, each once."""
        every = np.concatenate([np.asarray(sources, dtype=object), np.asarray(targets, dtype=object),
                                np.asarray(more_ids, dtype=object)])
        codes, uniques = pd.factorize(every)
        uniques = np.asarray(uniques, dtype=object)  # (pandas may hand back an Arrow array)
        if len(codes) and codes.min() < 0:
            return None  # a missing id: not pairs a merge can follow
        order = np.argsort(uniques, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        pairs = cls(uniques[order], _NO_ROWS)
        pairs._code_of = dict(zip(pairs.names.tolist(), range(len(pairs.names))))  # built with the index, not in an edit
        count = len(sources)
        pairs.keys = rank[codes[:count]] * pairs.width + rank[codes[count:2 * count]]
        if count > 1 and not (pairs.keys[1:] > pairs.keys[:-1]).all():
            return None
        return pairs

    def code_of(self, entity_id: str) -> int | None:
        """An id's code (None when the pairs do not know it)."""
        if self._code_of is None:
            self._code_of = dict(zip(self.names.tolist(), range(len(self.names))))
        return self._code_of.get(entity_id)

    def with_keys(self, keys: np.ndarray) -> PairKeys:
        """The same codes over other pairs (a merge's): the names and their lookup are shared."""
        pairs = PairKeys(self.names, keys)
        pairs._code_of = self._code_of
        return pairs

    def with_ids(self, entity_ids) -> PairKeys:
        """These pairs coded again over the names and ``entity_ids`` (ids they did not know)."""
        names = np.unique(np.concatenate([self.names, np.asarray(list(entity_ids), dtype=object)]))
        recode = np.searchsorted(names, self.names)
        sources, targets = np.divmod(self.keys, self.width)
        return PairKeys(names, recode[sources] * max(len(names), 1) + recode[targets])


@dataclass(frozen=True)
class EditIndex:
    """The rows naming each entity in one version of the events, mentions and relations (see the module).

    ``mention_rows`` and ``pairs`` may be given as ``Later`` values (built in the background at opening).
    """

    events: pd.DataFrame  # the frames indexed, by identity: the index answers for these only
    mentions: pd.DataFrame | None  # None: the mentions are read when wanted (``mentions.MentionRows``), not held
    relations_or_later: pd.DataFrame | Later  # a ``Later`` at opening: the window reads the relations after the paint
    event_rows_or_later: RowsByKey | Later
    irregular_or_later: np.ndarray | Later  # event rows a merge normalises although they do not name it
    mention_rows_or_later: RowsByKey | Later | None
    pairs_or_later: PairKeys | None | Later  # the co-participant relations leading ``relations``, sorted by pair

    @property
    def relations(self) -> pd.DataFrame:
        """The relations indexed (waiting for them while they are still being read)."""
        return resolved(self.relations_or_later)

    @property
    def event_rows(self) -> RowsByKey:
        """Each entity's event rows (waiting for them while they are still being built)."""
        return resolved(self.event_rows_or_later)

    @property
    def irregular(self) -> np.ndarray:
        """Event rows a merge normalises although they do not name it (participants repeating an entity)."""
        return resolved(self.irregular_or_later)

    @property
    def mention_rows(self) -> RowsByKey | None:
        """Each entity's mention rows (waiting for them while they are still being built); None when the
        mentions are not held in memory."""
        return resolved(self.mention_rows_or_later)

    @property
    def pairs(self) -> PairKeys | None:
        """The coded co-participant pairs (None: not sorted by pair, a merge rebuilds)."""
        return resolved(self.pairs_or_later)


    @property
    def co_participants(self) -> int | None:
        """How many co-participant relations lead ``relations`` (None: not sorted by pair, a merge rebuilds)."""
        return None if self.pairs is None else len(self.pairs.keys)

    @classmethod
    def build(cls, tables: Tables, events_rows: RowsByKey | Later | None = None, later: bool = False
              ) -> EditIndex | None:
        """The index of ``tables`` (None without events, mentions and relations). ``events_rows``: the
        events' rows when already grouped (by ``event_rows``; a ``Later`` when they are being grouped).
        ``later``: the mention rows and the pairs (which only an edit reads) are built in the background."""
        if not {"events", "relations"} <= tables.keys():
            return None
        events, mentions, relations = tables["events"], tables.get("mentions"), unresolved(tables, "relations")
        by_event = events_rows if events_rows is not None else event_rows(events)
        irregular = Later(lambda: by_event.get().repeated) if isinstance(by_event, Later) else by_event.repeated
        entities = tables.get("entities")

        def by_mention() -> RowsByKey | None:
            if mentions is None:
                return None
            return RowsByKey(mentions["entity_id"].to_numpy(dtype=object), np.arange(len(mentions)))

        def pairs() -> PairKeys | None:
            return _pair_keys(resolved(relations), entities)

        # an event naming an entity twice repeats a participant or holds its place among them
        if not later:
            return cls(events, mentions, relations, by_event, irregular, by_mention(), pairs())
        return cls(events, mentions, relations, by_event, irregular, None if mentions is None else Later(by_mention),
                   Later(pairs))

    def fits(self, tables: Tables) -> bool:
        """Whether this index describes these tables (the very frames it was built or patched for)."""
        return (tables.get("events") is self.events and tables.get("mentions") is self.mentions
                and _same(_held(tables, "relations"), self.relations_or_later))

    def over(self, tables: Tables) -> EditIndex:
        """This index for new versions of the frames whose rows name the same entities in the same order
        (an edit of names, types, dates or notes)."""
        return replace(self, events=tables["events"], mentions=tables.get("mentions"),
                       relations_or_later=unresolved(tables, "relations"))


def _held(tables: Tables, name: str):
    """``tables[name]`` as held: a ``Later`` not worked out stays one (an index of it fits it without reading it);
    None when there is none."""
    return unresolved(tables, name) if name in tables else None


def _same(held, indexed) -> bool:
    """Whether two tables, either perhaps a ``Later``, are the same frame (a ``Later`` is worked out only when
    the other is not that very ``Later``: an edit, which reads the relations anyway)."""
    return held is indexed or resolved(held) is resolved(indexed)


def _pair_keys(relations: pd.DataFrame, entities: pd.DataFrame | None) -> PairKeys | None:
    """The co-participant relations leading the table, coded (None when they do not lead it sorted by pair)."""
    from explorer.core.extract.events.relations import CO_PARTICIPANT  # lazily: the extract package loads spaCy

    co = (relations["kind"] == CO_PARTICIPANT).to_numpy(dtype=bool)
    count = int(co.sum())
    if not co[:count].all():
        return None
    ids = entities["entity_id"].to_numpy(dtype=object) if entities is not None else np.empty(0, dtype=object)
    return PairKeys.build(relations["source"].to_numpy(dtype=object)[:count],
                          relations["target"].to_numpy(dtype=object)[:count], ids)


def co_participant_count(relations: pd.DataFrame) -> int | None:
    """How many co-participant relations lead the table, sorted by pair, or None if they are not so arranged.

    Extraction and every rebuild leave them so; a merge then keeps the others' rows where they are.
    """
    from explorer.core.extract.events.relations import CO_PARTICIPANT  # lazily: the extract package loads spaCy

    co = (relations["kind"] == CO_PARTICIPANT).to_numpy(dtype=bool)
    count = int(co.sum())
    if not co[:count].all():
        return None
    source, target = relations["source"].to_numpy()[:count], relations["target"].to_numpy()[:count]
    if count > 1:
        same = source[:-1] == source[1:]
        ordered = (source[:-1] < source[1:]) | (same & (target[:-1] < target[1:]))
        if not ordered.all():
            return None
    return count
