"""Where an entity's name, type and surface forms came from: the extractor, or one of the analyst's edits.

Qt-free. The session keeps extraction's entities (``raw_tables``) and the decisions in force (``edits``,
in the order they were made), so each part of what the page shows is traced to its source: the name is
the extractor's unless a rename (or a split, which names the new entity after its alias) set it; the type
likewise unless a type change did; the surface forms are counted on the entity's mentions, each with the
extracted entities it was read as (more than one after a merge). ``lineage`` walks the decisions back, as
``MentionRows`` does for the mentions: a merge's survivor gathers the entities merged into it, a split's
new entity its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import MERGE, RENAME, SET_TYPE, SPLIT

EXTRACTOR = "extractor"
ANALYST = "analyst"


@dataclass(frozen=True)
class Source:
    """Where one value came from: ``EXTRACTOR`` or ``ANALYST`` with the edit that set it (its label and time)."""

    who: str
    note: str
    edit: Edit | None = None

    def words(self) -> str:
        """How the page says it: "extractor" or "your edit: Rename X to Y (2026-12-06 13:10)"."""
        if self.edit is None:
            return self.note or "extractor"
        when = self.edit.created_at.replace("T", " ")[:16]
        note = f"; {self.note}" if self.note else ""
        return f"your edit: {self.edit.label} ({when}){note}"


@dataclass(frozen=True)
class SurfaceForm:
    """One way the entity is written, how many of its mentions write it so, and what extraction read it as."""

    text: str
    count: int
    read_as: tuple[str, ...]  # names of the extracted entities these mentions belonged to, the most first
    types: tuple[tuple[str, int], ...]  # the model's type labels on these mentions, with counts, the most first


def lineage(entity_id: str, edits: Sequence[Edit]) -> set[str]:
    """The entities whose extracted rows may be ``entity_id``'s now (itself included)."""
    found = {entity_id}
    for edit in reversed(edits):
        if edit.kind == MERGE and edit.payload.get("into") in found:
            found.update(edit.payload.get("entity_ids", []))
        elif edit.kind == SPLIT and edit.payload.get("new_entity_id") in found:
            found.add(edit.payload["entity_id"])
    return found


def edits_about(entity_id: str, edits: Sequence[Edit]) -> list[Edit]:
    """The decisions that changed what this entity is (its name, type, members or mentions), oldest first."""
    found = lineage(entity_id, edits)
    about = []
    for edit in edits:
        payload = edit.payload
        named = {payload.get("entity_id"), payload.get("into"), payload.get("new_entity_id"),
                 *payload.get("entity_ids", [])} if edit.kind in (MERGE, RENAME, SET_TYPE, SPLIT) else set()
        if named & found:
            about.append(edit)
    return about


def name_source(entity_id: str, edits: Sequence[Edit], raw_names: dict[str, str]) -> Source:
    """The last rename of the entity, else the split that made it, else the extractor."""
    for edit in reversed(edits):
        if edit.kind == RENAME and edit.payload.get("entity_id") == entity_id:
            return Source(ANALYST, "", edit)
        if edit.kind == SPLIT and edit.payload.get("new_entity_id") == entity_id:
            return Source(ANALYST, "", edit)
    if entity_id in raw_names:
        return Source(EXTRACTOR, "extractor")
    return Source(EXTRACTOR, "extractor (an entity made by an edit)")


def type_source(entity_id: str, edits: Sequence[Edit], raw_types: dict[str, str]) -> Source:
    """The last type change of the entity, else the extractor's label (a split entity keeps its source's)."""
    for edit in reversed(edits):
        if edit.kind == SET_TYPE and edit.payload.get("entity_id") == entity_id:
            was = raw_types.get(entity_id, "")
            return Source(ANALYST, f"was {was}" if was else "", edit)
    return Source(EXTRACTOR, "extractor")


def surface_forms(mentions: pd.DataFrame, raw_entity_of: pd.Series | None, raw_names: dict[str, str],
                  raw_types: pd.Series | None = None) -> list[SurfaceForm]:
    """The entity's surface forms, the most written first. ``mentions``: its mention rows (as in force).
    ``raw_entity_of``: the extracted entity of each mention, by mention id (None: the mentions are as
    extracted, each read as the entity itself). ``raw_types``: the model's label of each mention by
    mention id (None: the rows' own ``type``)."""
    if mentions.empty:
        return []
    texts = pd.Series(mentions["form"].to_numpy(dtype=object)) if "form" in mentions else \
        pd.Series(written_forms(mentions["text"]), dtype=object)
    ids = mentions["mention_id"].to_numpy(dtype=object)
    own = mentions["entity_id"].to_numpy(dtype=object)
    read = own if raw_entity_of is None else raw_entity_of.reindex(ids).fillna(pd.Series(own, index=ids)).to_numpy()
    types = mentions["type"].to_numpy(dtype=object) if raw_types is None else \
        raw_types.reindex(ids).fillna(pd.Series(mentions["type"].to_numpy(dtype=object), index=ids)).to_numpy()
    frame = pd.DataFrame({"text": texts.to_numpy(), "read": read, "type": types})
    counts = frame["text"].value_counts(sort=True)
    read_counts = frame.groupby(["text", "read"]).size()
    type_counts = frame.groupby(["text", "type"]).size()
    forms = []
    for text, count in counts.items():
        read_as = tuple(raw_names.get(e, e) for e in read_counts.loc[text].sort_values(ascending=False).index)
        typed = tuple((str(t), int(n)) for t, n in type_counts.loc[text].sort_values(ascending=False).items())
        forms.append(SurfaceForm(str(text), int(count), read_as, typed))
    return forms


def raw_lookups(entities: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """Extraction's name and type of each entity, for the entities given (a few rows, not 100,000)."""
    ids = entities["entity_id"].to_numpy(dtype=object).tolist()
    return (dict(zip(ids, entities["name"].to_numpy(dtype=object).tolist())),
            dict(zip(ids, entities["type"].to_numpy(dtype=object).tolist())))


def rows_of(entities: pd.DataFrame, entity_ids: Iterable[str]) -> pd.DataFrame:
    """The rows of these entities (one vectorised test of the id column)."""
    return entities[np.asarray(entities["entity_id"].isin(list(entity_ids)), dtype=bool)]


def written_forms(texts: pd.Series) -> np.ndarray:
    """Each mention's text on one line ("Marco\nRubio" is written "Marco Rubio"): its surface form. An
    entity's 270,000 mentions are written a few ways: each way is cleaned once and taken by its code."""
    codes, uniques = pd.factorize(texts, use_na_sentinel=False)
    cleaned = np.array([" ".join(str(text).split()) for text in list(uniques)] or [""], dtype=object)
    return cleaned[codes] if len(codes) else np.empty(0, dtype=object)
