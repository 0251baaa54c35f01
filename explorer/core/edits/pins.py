"""The graph's pinned nodes, kept as the analyst's decisions: where each dragged entity was dropped.

Dragging a node in the relationship graph and dropping it is a decision about the
case's picture ("keep Rubio here, beside the State Department"), so it is stored as
an edit of kind ``pin_nodes`` like a merge or a note: saved in the workspace at once,
undone with Ctrl+Z, replayed at the next opening and kept when extraction runs again
(entity ids are stable). It changes no table: the graph reads the pins in force from
the decisions (``pinned_positions``) and lays the other nodes out around them. The
payload is ``{"pins": {entity_id: [x, y]}, "from": {entity_id: [x, y]}, "clear": bool}``:
where the nodes go, where they were before (so an undo puts them back), and whether it
first frees every node pinned before (*Unpin all*).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import PIN_NODES

Positions = dict[str, tuple[float, float]]


def pin_nodes(pins: Mapping[str, tuple[float, float]], origins: Mapping[str, tuple[float, float]],
              names: list[str]) -> Edit:
    """Pin the entities of ``pins`` where given (they were at ``origins`` before); ``names`` for the Edit menu."""
    what = names[0] if len(names) == 1 else f"{len(names)} nodes"
    return Edit(PIN_NODES, {"pins": _plain(pins), "from": _plain(origins), "clear": False}, f"Pin {what} in the graph")


def unpin_all(count: int) -> Edit:
    """Let every pinned node move with the layout again."""
    return Edit(PIN_NODES, {"pins": {}, "from": {}, "clear": True},
                f"Unpin {count} node{'s' if count != 1 else ''} in the graph")


def pinned_positions(edits: Iterable[Edit]) -> Positions:
    """The pins in force after ``edits`` (in the order made): each entity's last place, none before a clear."""
    pinned: Positions = {}
    for edit in edits:
        if edit.kind == PIN_NODES:
            if edit.payload.get("clear"):
                pinned.clear()
            pinned.update(_positions(edit.payload.get("pins", {})))
    return pinned


def origins(edit: Edit) -> Positions:
    """Where the nodes a ``pin_nodes`` decision moved were before it (where its undo puts them back)."""
    return _positions(edit.payload.get("from", {})) if edit.kind == PIN_NODES else {}


def check_pins(payload: Mapping) -> None:
    """Raise ValueError unless ``payload`` is a well-formed ``pin_nodes`` payload (a damaged row is left out on
    opening, said, never half applied)."""
    for key in ("pins", "from"):
        places = payload.get(key, {})
        if not isinstance(places, Mapping) or len(_positions(places)) != len(places):
            raise ValueError(f"pin_nodes: {key} must map entity ids to [x, y]")


def _positions(places: Mapping) -> Positions:
    """The well-formed entries of ``places``: finite (x, y) pairs by entity id."""
    result: Positions = {}
    for entity, place in places.items():
        if isinstance(place, (list, tuple)) and len(place) == 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in place):
            result[str(entity)] = (float(place[0]), float(place[1]))
    return result


def _plain(places: Mapping[str, tuple[float, float]]) -> dict[str, list[float]]:
    return {str(entity): [float(x), float(y)] for entity, (x, y) in places.items()}
