"""Events in view per place: what the map sizes its circles by, and which events a click on a place selects.

The events' ``place`` column holds one entity id per event (or ""). Its distinct values are few
beside its rows, and the columnar cache keeps the codes it was read with (``coded.codes_of``), so
counting is one ``np.bincount`` of the codes of the rows in view: no Python step per event, no
string compared per row (1M events: a few milliseconds; ``docs/workbench_map.md``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.coded import codes_of


def place_counts(events: pd.DataFrame, in_view: np.ndarray | None = None) -> pd.Series:
    """Events per place entity id among the rows ``in_view`` (a bool mask over ``events``; None: all), the
    places with at least one event only, most events first; events without a place are not counted."""
    codes, places = codes_of(events["place"])
    codes = np.asarray(codes)
    if in_view is not None:
        codes = codes[np.asarray(in_view, dtype=bool)]
    counts = np.bincount(codes[codes >= 0], minlength=len(places))
    kept = (counts > 0) & (np.asarray(places, dtype=object) != "")
    series = pd.Series(counts[kept], index=pd.Index(np.asarray(places, dtype=object)[kept], dtype=object, name="place"),
                       name="events", dtype=np.int64)
    return series.sort_values(ascending=False, kind="stable")


def events_at_place(events: pd.DataFrame, place_ids, in_view: np.ndarray | None = None) -> np.ndarray:
    """The ids of the events (in table order) whose place is one of ``place_ids``, among the rows ``in_view``.
    ``events`` is indexed by ``event_id`` or has that column."""
    codes, places = codes_of(events["place"])
    wanted = np.flatnonzero(pd.Index(np.asarray(places, dtype=object)).isin(list(place_ids)))
    mask = np.isin(np.asarray(codes), wanted)
    if in_view is not None:
        mask &= np.asarray(in_view, dtype=bool)
    ids = events.index if events.index.name == "event_id" else pd.Index(events["event_id"])
    return np.asarray(ids[mask], dtype=object)
