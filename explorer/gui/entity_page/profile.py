"""What the entity page shows about one entity, gathered off the GUI thread.

Qt-free. ``ProfileInputs`` is taken in the GUI thread (references to the tables in force, never
copies: the session's frames are read-only and an edit installs new ones); ``build_profile`` runs in
the window's job runner and reads only this entity's rows: its mentions through ``MentionRows``
(the file's index, or the columnar cache's column for a big entity), its events through the edit
index's rows per entity, its relations by one vectorised test of the relations' two id columns. At a
million events the most mentioned entity (270,105 mentions, 100,000+ events) is gathered in the
background while the page already shows its name and type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from explorer.core.coded import flat_of, list_lengths
from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import MERGE, SET_TYPE, SPLIT
from explorer.core.edits.mentions import MentionRows
from explorer.core.errors import Cancelled
from explorer.core.query import involves_any
from explorer.gui.entity_page.provenance import (
    Source,
    SurfaceForm,
    edits_about,
    lineage,
    name_source,
    raw_lookups,
    rows_of,
    surface_forms,
    type_source,
    written_forms,
)
from explorer.gui.source.mention_walk import in_reading_order
from explorer.gui.timeline.layout import date_certainty, event_extents

TOP_RELATIONS = 50  # relations listed, the strongest first


@dataclass(frozen=True)
class ProfileInputs:
    """References to what the page reads, taken in the GUI thread when the page asks."""

    entity_id: str
    mentions: MentionRows
    raw_mentions: MentionRows
    documents: pd.Index  # document ids in the workspace's order (reading order)
    events: pd.DataFrame
    edit_index: object  # the session's ``EditIndex`` (each entity's event rows), or None
    tables: Mapping[str, pd.DataFrame]  # the tables in force (relations)
    raw_entities: pd.DataFrame  # extraction's entities
    edits: tuple[Edit, ...]


@dataclass
class EntityProfile:
    """One entity's mentions, surface forms and their sources, events and strongest relations."""

    entity_id: str
    mentions: pd.DataFrame  # in reading order: mention_id, doc_id, start, end, text, form (the text on one line)
    forms: list[SurfaceForm]
    name_source: Source
    type_source: Source
    edits: list[Edit]
    merged_names: list[str]  # extraction's names of the entities merged into this one
    event_ids: np.ndarray
    x0: np.ndarray  # each event's start and end (exclusive), seconds at UTC midnight; NaN when undated
    x1: np.ndarray
    certainty: np.ndarray  # core.dates' CERTAIN, INFERRED, BEFORE, AFTER
    relations: pd.DataFrame = field(default_factory=pd.DataFrame)  # other, kind, outgoing, weight, events, event_ids
    relation_total: int = 0
    extracted_aliases: frozenset[str] = frozenset()  # the aliases extraction gave the entities it is made of


def inputs_of(session, entity_id: str) -> ProfileInputs:
    """What ``build_profile`` reads, from a ``gui.session.Session`` (references only: instant)."""
    return ProfileInputs(entity_id, session.mentions, session.raw_mentions, session.documents.index, session.events,
                         session.edit_index, session.tables, session.raw_tables["entities"], tuple(session.edits))


def build_profile(inputs: ProfileInputs, should_cancel: Callable[[], bool] = lambda: False) -> EntityProfile:
    """Gather the page's rows for one entity (run off the GUI thread; stops at ``should_cancel``)."""
    entity_id = inputs.entity_id
    mentions = in_reading_order(inputs.mentions, inputs.documents, [entity_id])
    mentions = mentions.assign(form=written_forms(mentions["text"]))  # (here, not in the GUI thread)
    _check(should_cancel)
    about = edits_about(entity_id, inputs.edits)
    origins = lineage(entity_id, inputs.edits)
    raw = rows_of(inputs.raw_entities, origins)
    raw_names, raw_types = raw_lookups(raw)
    raw_entity_of = raw_type_of = None
    if any(edit.kind in (MERGE, SPLIT, SET_TYPE) for edit in about):  # the rows as extracted differ: read them too
        extracted = inputs.raw_mentions.of_entities(origins)
        raw_entity_of = pd.Series(extracted["entity_id"].to_numpy(dtype=object),
                                  index=extracted["mention_id"].to_numpy(dtype=object))
        raw_type_of = pd.Series(extracted["type"].to_numpy(dtype=object), index=raw_entity_of.index)
    forms = surface_forms(mentions, raw_entity_of, raw_names, raw_type_of)
    _check(should_cancel)
    merged = [raw_names.get(e, e) for edit in about if edit.kind == MERGE for e in edit.payload.get("entity_ids", [])]
    event_ids, x0, x1, certainty = _events_of(inputs, entity_id)
    _check(should_cancel)
    relations, total = strongest_relations(inputs.tables["relations"], entity_id)
    return EntityProfile(entity_id, mentions[["mention_id", "doc_id", "start", "end", "text", "form"]].reset_index(drop=True),
                         forms, name_source(entity_id, inputs.edits, raw_names),
                         type_source(entity_id, inputs.edits, raw_types), about, merged, event_ids, x0, x1, certainty,
                         relations, total, _aliases_of(raw))


def _events_of(inputs: ProfileInputs, entity_id: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The entity's events (by the edit index's rows per entity: no pass over every event) and their extents."""
    index = inputs.edit_index
    if index is not None:
        rows = np.asarray(index.event_rows.rows_of(entity_id), dtype=np.int64)  # ascending; a row twice when
        rows = rows[np.concatenate(([True], rows[1:] != rows[:-1]))] if len(rows) else rows  # named twice
    else:
        rows = np.flatnonzero(np.asarray(involves_any(inputs.events, frozenset([entity_id])), dtype=bool))
    columns = [c for c in ("event_id", "date_start", "date_end", "date_basis") if c in inputs.events]
    events = inputs.events[columns].iloc[rows]  # (the four columns taken, not the sentences and lists)
    x0, x1 = event_extents(events)
    return events["event_id"].to_numpy(dtype=object), x0, x1, date_certainty(events)


def strongest_relations(relations: pd.DataFrame, entity_id: str, top: int = TOP_RELATIONS
                        ) -> tuple[pd.DataFrame, int]:
    """The entity's relations, the heaviest first (``top`` of them), and how many it has in all.

    Columns: ``other`` (the entity at the other end), ``kind`` (a verb lemma, ``co-participant`` or
    ``co-mention``), ``outgoing`` (True when this entity is the relation's source: the agent of a verb),
    ``weight``, ``events`` (how many events stand behind it) and ``event_ids``."""
    columns = ["other", "kind", "outgoing", "weight", "events", "event_ids"]
    if relations is None or not len(relations):
        return pd.DataFrame(columns=columns), 0
    source, target = relations["source"], relations["target"]
    mask = np.asarray(source == entity_id, dtype=bool) | np.asarray(target == entity_id, dtype=bool)
    found = np.flatnonzero(mask)
    if not len(found):
        return pd.DataFrame(columns=columns), 0
    weights = relations["weight"].to_numpy(dtype=np.int64)[found]
    chosen = relations.iloc[found[np.lexsort((found, -weights))[:top]]]  # (only those rows taken whole)
    outgoing = chosen["source"].to_numpy(dtype=object) == entity_id
    other = np.where(outgoing, chosen["target"].to_numpy(dtype=object), chosen["source"].to_numpy(dtype=object))
    # the events' ids stay as held (an Arrow list column in the window: the heaviest relations hold tens of
    # thousands, 0.7 s to make Python lists of); counted here, listed for the one row clicked (``event_ids_at``)
    event_ids = chosen["event_ids"].reset_index(drop=True)
    table = pd.DataFrame({"other": other, "kind": chosen["kind"].astype(str).to_numpy(dtype=object),
                          "outgoing": outgoing, "weight": chosen["weight"].to_numpy(dtype=np.int64),
                          "events": list_lengths(event_ids), "event_ids": event_ids})
    return table, len(found)


def _aliases_of(entities: pd.DataFrame) -> frozenset[str]:
    """Every alias (and name) of these entities as extraction gave them."""
    found = set(entities["name"].astype(str))
    for aliases in entities["aliases"].tolist():
        found.update(str(a) for a in (aliases if aliases is not None else []))
    return frozenset(found)


def event_ids_at(relations: pd.DataFrame, row: int) -> list[str]:
    """The ids of the events behind one row of ``strongest_relations``' table."""
    return [str(e) for e in flat_of(relations["event_ids"], np.array([row], dtype=np.int64))[1]]


def _check(should_cancel: Callable[[], bool]) -> None:
    if should_cancel():
        raise Cancelled()


