"""The events' places resolved to coordinates, or listed as not found: never guessed.

An event's ``place`` is an entity (a GPE, LOC or FAC the text names). The gazetteer is asked for
the entity's name and then its aliases (``Gazetteer.find``); an entity none of whose names it
knows — a region it lacks, a misspelling — goes to ``not_found``, which the view lists by name
rather than drawing at a guessed spot. So does a facility (FAC: "the White House", an airport) or
any type but GPE and LOC: the gazetteer holds no buildings, and asking it would only find a city
that happens to bear the name (GeoNames lists "White House" among Casablanca's names). Resolution runs once per set
of place entities (a few thousand at most, a dictionary look-up per name), off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.coded import flat_of
from explorer.core.places.gazetteer import Gazetteer

PLACED_COLUMNS = ["name", "lon", "lat", "kind", "found_as", "gazetteer_name"]
GAZETTEER_TYPES = frozenset({"GPE", "LOC"})  # what the gazetteer holds: countries, states, continents, cities


@dataclass(frozen=True)
class ResolvedPlaces:
    """``placed``: indexed by entity id, ``PLACED_COLUMNS``; ``not_found``: entity id → the entity's name."""

    placed: pd.DataFrame
    not_found: pd.Series


def resolve_places(entities: pd.DataFrame, place_ids: Iterable[str], gazetteer: Gazetteer) -> ResolvedPlaces:
    """Each of ``place_ids`` (entity ids, as the events name them) placed by its entity's names, or not found
    (an id the entities table lacks is not found under its id)."""
    wanted = pd.Index(sorted({p for p in place_ids if p}), dtype=object)
    ids = entities["entity_id"].to_numpy(dtype=object)
    rows = np.flatnonzero(pd.Index(ids).isin(wanted))
    counts, aliases = flat_of(entities["aliases"], rows)
    names = entities["name"].to_numpy(dtype=object)[rows]
    types = entities["type"].to_numpy(dtype=object)[rows]
    starts = np.concatenate([[0], np.cumsum(counts)])
    forms = [[str(names[i]), *map(str, aliases[starts[i]:starts[i + 1]])] for i in range(len(rows))]
    asked = [i for i in range(len(rows)) if types[i] in GAZETTEER_TYPES]
    answers = dict(zip(asked, gazetteer.find_each([forms[i] for i in asked])))
    placed, not_found = {}, {}
    for i, row in enumerate(rows.tolist()):
        found = answers.get(i)
        if found is None:
            not_found[ids[row]] = forms[i][0]
        else:
            place, form = found
            placed[ids[row]] = (forms[i][0], place.lon, place.lat, place.kind, form, place.name)
    for missing in wanted.difference(pd.Index(ids[rows], dtype=object)):
        not_found[missing] = missing
    frame = pd.DataFrame.from_dict(placed, orient="index", columns=PLACED_COLUMNS)
    frame.index.name = "entity_id"
    return ResolvedPlaces(frame, pd.Series(not_found, dtype=object, name="name"))
