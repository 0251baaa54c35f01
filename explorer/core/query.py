"""Which rows are in view for a selection: the filters every view applies alike.

An event is in view when it involves at least one checked entity (as participant
or place) — or no entity is checked — and its dates overlap the time window — or
no window is set — and it is one of the events the view was narrowed to (search
hits) — or it was not narrowed. Undated events never fall inside a time window.
"""

from __future__ import annotations

import pandas as pd

from explorer.core.selection import SelectionState


def events_in_view(events: pd.DataFrame, state: SelectionState) -> pd.DataFrame:
    """The events the selection's filters let through, in their original order."""
    mask = pd.Series(True, index=events.index)
    if state.filter_entity_ids:
        mask &= involves_any(events, state.filter_entity_ids)
    if state.filter_event_ids:
        mask &= events["event_id"].isin(state.filter_event_ids)
    if state.time_range is not None:
        mask &= overlaps(events, *state.time_range)
    return events[mask]


def involves_any(events: pd.DataFrame, entity_ids: frozenset[str]) -> pd.Series:
    """True for events with one of ``entity_ids`` as a participant or the place."""
    wanted = set(entity_ids)
    return pd.Series(
        [bool(wanted.intersection(p)) or place in wanted for p, place in zip(events["participants"], events["place"])],
        index=events.index, dtype=bool,
    )


def overlaps(events: pd.DataFrame, start: str, end: str) -> pd.Series:
    """True for dated events whose [date_start, date_end] meets [start, end]."""
    dated = events["date_start"] != ""
    return dated & (events["date_start"] <= end) & (events["date_end"] >= start)


def mentions_of(mentions: pd.DataFrame, entity_ids: frozenset[str]) -> pd.DataFrame:
    """The mentions of the given entities."""
    return mentions[mentions["entity_id"].isin(entity_ids)]
