"""A workspace's mentions read when they are wanted, with the analyst's decisions in force over them.

At a million events a case holds two million mentions: read whole when it opens, they were a
quarter of its memory (their ids alone 139 MB) and half a second of the first window, for rows the
analyst reads a document at a time. ``MentionRows`` gives what the views ask for (one document's,
some documents', some entities', every one a chunk at a time) from a ``MentionReader``: rows held
in memory (``FrameMentions``: a case just extracted, tests, the seeds) or read from the workspace
file by its indexes (``store.mention_reader.SqliteMentions``).

The decisions that change mentions (a merge renames the mentions of the merged entities, a split
moves those written as an alias to a new entity, a type change retypes an entity's mentions) change
each row from that row alone, so they are applied to the rows as they are read, in the order they
were made, by the very functions that apply them to a whole table (``kinds.REGISTRY``, over a
table of those rows only). A merge is kept as it applied (the entities it named that existed then):
one whose surviving entity was gone changed nothing, and changes no row read later either.
An entity's rows are read from the rows of every entity whose mentions the decisions before may
have moved to it (``_origins``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

import numpy as np
import pandas as pd

from explorer.core.model import TABLE_COLUMNS, Tables, make_table, normalize_table

if TYPE_CHECKING:  # (decisions imports the kinds, which import the edits that read ``covered`` here)
    from explorer.core.edits.decisions import Edit

COLUMNS = TABLE_COLUMNS["mentions"]
COVERS = "covers"  # a mentions frame's ``attrs`` key: the entities all of whose mentions (and only whose) it holds


class MentionReader(Protocol):
    """Extraction's mention rows (no decision applied), in the table's order, found by entity or document."""

    def of_entities(self, entity_ids: Iterable[str]) -> pd.DataFrame: ...

    def of_documents(self, doc_ids: Iterable[str]) -> pd.DataFrame: ...

    def chunks(self, rows: int) -> Iterator[pd.DataFrame]: ...


class FrameMentions:
    """Mention rows held in memory (small cases, a case just extracted): the ``MentionReader`` over a frame."""

    def __init__(self, frame: pd.DataFrame | None = None) -> None:
        self.frame = empty_mentions() if frame is None else frame

    def of_entities(self, entity_ids: Iterable[str]) -> pd.DataFrame:
        return self._where("entity_id", entity_ids)

    def of_documents(self, doc_ids: Iterable[str]) -> pd.DataFrame:
        return self._where("doc_id", doc_ids)

    def chunks(self, rows: int) -> Iterator[pd.DataFrame]:
        yield from (self.frame.iloc[at:at + rows] for at in range(0, max(len(self.frame), 1), rows))

    def _where(self, column: str, values: Iterable[str]) -> pd.DataFrame:
        wanted = list(dict.fromkeys(values))
        if not wanted:
            return self.frame.iloc[:0]
        return self.frame[self.frame[column].isin(wanted).to_numpy(dtype=bool)]


def empty_mentions() -> pd.DataFrame:
    return normalize_table("mentions", make_table("mentions", []))


class MentionRows:
    """The mentions the analyst sees: a reader's rows with the decisions that change mentions applied.

    Immutable: ``after`` gives the rows after one more decision (the session keeps the version of each
    set of tables it installs, so undo puts the mentions back with them).
    """

    def __init__(self, reader: MentionReader, steps: tuple[Edit, ...] = ()) -> None:
        self.reader = reader
        self.steps = steps

    # ----- reading --------------------------------------------------------------------------
    def of_document(self, doc_id: str) -> pd.DataFrame | None:
        """One document's mentions ordered by start (None when it has none): what the source pane draws."""
        rows = self.of_documents([doc_id])
        if rows.empty:
            return None
        return rows.iloc[np.argsort(rows["start"].to_numpy(), kind="stable")]

    def of_documents(self, doc_ids: Iterable[str]) -> pd.DataFrame:
        """The mentions in these documents, in the table's order."""
        return self._decided(self.reader.of_documents(doc_ids))

    def of_entities(self, entity_ids: Iterable[str]) -> pd.DataFrame:
        """Every mention of these entities, in the table's order (each row once)."""
        wanted = set(entity_ids)
        if not wanted:
            return self._decided(self.reader.of_entities([]))
        rows = self._decided(self.reader.of_entities(self._origins(wanted)))
        return rows[rows["entity_id"].isin(wanted).to_numpy(dtype=bool)].reset_index(drop=True)

    def chunks(self, rows: int) -> Iterator[pd.DataFrame]:
        """Every mention, ``rows`` at a time (at least one chunk): for exports that never hold them all."""
        for chunk in self.reader.chunks(rows):
            yield self._decided(chunk)

    def frame(self) -> pd.DataFrame:
        """Every mention at once (small cases and tests; exports read ``chunks``)."""
        return pd.concat(list(self.chunks(200_000)), ignore_index=True)

    # ----- decisions ------------------------------------------------------------------------
    def after(self, edit: Edit, tables: Tables) -> MentionRows:
        """These mentions after ``edit`` made over ``tables`` (the tables in force before it: a merge
        changes the mentions of the entities it names that exist there, none when its survivor does not)."""
        from explorer.core.edits.kinds import MERGE, REGISTRY

        if "mentions" not in REGISTRY[edit.kind].changes:
            return self
        applied = _merge_as_applied(edit, tables) if edit.kind == MERGE else edit
        return self if applied is None else MentionRows(self.reader, (*self.steps, applied))

    def _decided(self, rows: pd.DataFrame) -> pd.DataFrame:
        """``rows`` with the decisions applied, each over a table of these rows only."""
        if not self.steps or rows.empty:
            return rows.reset_index(drop=True)
        from explorer.core.edits.kinds import REGISTRY

        tables = {"mentions": rows.reset_index(drop=True).copy()}
        for edit in self.steps:
            REGISTRY[edit.kind].apply(tables, edit.payload)
        return tables["mentions"]

    def _origins(self, entity_ids: set[str]) -> set[str]:
        """The entities whose extracted rows may be these entities' now: walking back through the decisions,
        a merge's survivor gathers the merged entities', a split's new entity its source's."""
        from explorer.core.edits.kinds import MERGE, SPLIT

        found = set(entity_ids)
        for edit in reversed(self.steps):
            if edit.kind == MERGE and edit.payload["into"] in found:
                found.update(edit.payload["entity_ids"])
            elif edit.kind == SPLIT and edit.payload["new_entity_id"] in found:
                found.add(edit.payload["entity_id"])
        return found


def _merge_as_applied(edit: Edit, tables: Tables) -> Edit | None:
    """A merge as it changes the mentions over ``tables``: only the entities that exist there (and none
    when its survivor does not), as ``entity_edits.merge`` applies it."""
    entities = tables.get("entities")
    if entities is None:
        return edit
    into, others = edit.payload["into"], list(edit.payload["entity_ids"])
    present = set(entities["entity_id"].to_numpy(dtype=object)[
        entities["entity_id"].isin([into, *others]).to_numpy(dtype=bool)].tolist())
    if into not in present:
        return None
    others = [e for e in dict.fromkeys(others) if e in present and e != into]
    if not others:
        return None
    return replace(edit, payload={**edit.payload, "into": into, "entity_ids": others})


def covering(rows: pd.DataFrame, entity_ids: Iterable[str]) -> pd.DataFrame:
    """``rows`` marked as holding every mention of ``entity_ids`` and no other's (an edit applied with only
    them recounts only those entities)."""
    rows.attrs[COVERS] = frozenset(entity_ids)
    return rows


def covered(mentions: pd.DataFrame) -> frozenset[str] | None:
    """The entities a mentions frame holds alone (``covering``); None for a whole table."""
    return mentions.attrs.get(COVERS)
