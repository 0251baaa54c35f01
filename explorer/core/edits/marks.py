"""Triage marks: the analyst stars, flags or marks reviewed events and documents.

A mark is a decision like any other (kind ``MARK`` in ``kinds``): saved in the workspace's
``edits`` table, undone by taking it back, kept when extraction runs again. It changes no
table: the marks in force are the mark decisions folded in order (``marks_of``), a small
set beside a million events, so drawing or filtering by them never reads every event.

Events are named by their ids, which extraction makes from the document's content hash and
the sentence's (and the trigger's) offsets: extracting the same documents again gives the same
ids. Rules that change which event of a sentence is its main one rename it (``doc-e120`` to
``doc-e120-131``), so each marked event also keeps its anchor (document and trigger offset),
and ``relocated`` finds by it an event whose id is gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import MARK

STAR, FLAG, REVIEWED = "star", "flag", "reviewed"
MARKS = (STAR, FLAG, REVIEWED)
GLYPHS = {STAR: "★", FLAG: "⚑", REVIEWED: "✓"}
NAMES = {STAR: "Star", FLAG: "Flag", REVIEWED: "Mark Reviewed"}  # what the menus say
WORDS = {STAR: "starred", FLAG: "flagged", REVIEWED: "reviewed"}  # what the status bar and tooltips say
EVENTS, DOCUMENTS = "events", "documents"

Anchor = tuple[str, int]  # (doc_id, trigger_start): finds an event again when its id changed


def mark(target: str, ids: Iterable[str], which: str, on: bool, anchors: Mapping[str, Anchor] | None = None) -> Edit:
    """Put ``which`` mark on (or take it off, ``on`` False) the events or documents (``target``) ``ids``;
    ``anchors`` (events only): each event's document and trigger offset."""
    if which not in MARKS or target not in (EVENTS, DOCUMENTS):
        raise ValueError(f"no such mark {which!r} on {target!r}")
    ids = list(dict.fromkeys(ids))
    payload: dict = {"target": target, "ids": ids, "mark": which, "on": bool(on)}
    if target == EVENTS:
        payload["anchors"] = {i: list(anchors[i]) for i in ids if anchors and i in anchors}
    noun = target[:-1] if len(ids) == 1 else f"{len(ids)} {target}"
    verb = NAMES[which] if on else {STAR: "Unstar", FLAG: "Unflag", REVIEWED: "Mark Not Reviewed"}[which]
    return Edit(MARK, payload, f"{verb} {noun}")


@dataclass(frozen=True)
class Marks:
    """The marks in force: each marked event's and document's marks, and the marked events' anchors."""

    events: Mapping[str, frozenset[str]] = field(default_factory=dict)
    documents: Mapping[str, frozenset[str]] = field(default_factory=dict)
    anchors: Mapping[str, Anchor] = field(default_factory=dict)

    def of_event(self, event_id: str) -> frozenset[str]:
        return self.events.get(event_id, frozenset())

    def of_document(self, doc_id: str) -> frozenset[str]:
        return self.documents.get(doc_id, frozenset())

    def renamed(self, moved: Mapping[str, str]) -> Marks:
        """These marks with the events ``moved`` names (old id to new) under their new ids."""
        if not moved:
            return self
        merged: dict[str, frozenset[str]] = {}
        for event_id, held in self.events.items():
            key = moved.get(event_id, event_id)
            merged[key] = merged.get(key, frozenset()) | held
        return Marks(merged, self.documents, {moved.get(e, e): a for e, a in self.anchors.items()})

    def events_marked(self, which: str) -> frozenset[str]:
        """The ids of the events that carry ``which``."""
        return frozenset(e for e, marks in self.events.items() if which in marks)


def glyphs(marks: Iterable[str]) -> str:
    """"★⚑✓": the marks as the tables show them, always in the same order."""
    held = set(marks)
    return "".join(GLYPHS[m] for m in MARKS if m in held)


def marks_of(edits: Iterable[Edit]) -> Marks:
    """The marks the decisions leave, folded in the order they were made (a later one overrides)."""
    found: dict[str, dict[str, set[str]]] = {EVENTS: {}, DOCUMENTS: {}}
    anchors: dict[str, Anchor] = {}
    for edit in edits:
        if edit.kind != MARK:
            continue
        payload = edit.payload
        held = found.get(payload.get("target", ""))
        if held is None or payload.get("mark") not in MARKS:
            continue
        for item in payload.get("ids", []):
            marks = held.setdefault(item, set())
            (marks.add if payload.get("on", True) else marks.discard)(payload["mark"])
        for event_id, (doc_id, start) in payload.get("anchors", {}).items():
            anchors[event_id] = (str(doc_id), int(start))
    events = {e: frozenset(m) for e, m in found[EVENTS].items() if m}
    return Marks(events, {d: frozenset(m) for d, m in found[DOCUMENTS].items() if m},
                 {e: a for e, a in anchors.items() if e in events})


def relocated(marks: Marks, events: pd.DataFrame) -> Marks:
    """``marks`` with each marked event whose id ``events`` no longer holds moved to the event at its anchor."""
    return marks.renamed(moved_events(marks, events))


def moved_events(marks: Marks, events: pd.DataFrame) -> dict[str, str]:
    """The marked events whose id ``events`` no longer holds, each with the id of the event at its anchor (same
    document, same trigger offset) when there is one. One ``isin`` over the ids for the few marked, and a look at
    the rows of the documents of those missing (none, unless extraction's rules changed the ids)."""
    if not marks.events or events.empty:
        return {}
    marked = list(marks.events)
    held = set(events.loc[events["event_id"].isin(marked).to_numpy(bool), "event_id"].tolist())
    moved: dict[str, str] = {}
    for event_id in (e for e in marked if e not in held and e in marks.anchors):
        doc_id, start = marks.anchors[event_id]
        rows = events[(events["doc_id"] == doc_id).to_numpy(bool)]
        found = rows.loc[(rows["trigger_start"] == start).to_numpy(bool), "event_id"]
        if len(found):
            moved[event_id] = str(found.iloc[0])
    return moved
