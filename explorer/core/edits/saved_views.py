"""Saved views: a named state of the window the analyst comes back to in one click.

A view holds what narrows the case (the search text and the events it narrowed to, the time
window, the checked entities, the mark filter) and what is shown (the centre tab, the docks'
arrangement, the timeline's lanes). Saving, renaming and deleting one are decisions (kinds ``SAVE_VIEW``,
``RENAME_VIEW``, ``DELETE_VIEW``): undoable, saved in the workspace's ``edits`` table, kept when
extraction runs again (entity ids are hashes of type and key, event ids of content and offsets:
the same documents give the same ids). They change no table: the views in force are the
decisions folded in order (``saved_views_of``). Plain JSON, no Qt: the GUI turns a view into
gestures on the one selection and the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import DELETE_VIEW, RENAME_VIEW, SAVE_VIEW
from explorer.core.selection import MarkFilter, SelectionState

NARROWED_UP_TO = 20_000  # search-narrowed events kept by id in a view at most (past that, the query alone)


@dataclass(frozen=True)
class SavedView:
    """What a saved view restores. ``mark``/``mark_present``: the mark filter ("" for none);
    ``tab``: the centre tab's title; ``layout``: the docks' arrangement (``QMainWindow.saveState``, base64);
    ``lanes``: how the timeline groups its lanes."""

    query: str = ""
    narrowed_to: tuple[str, ...] = ()
    time_range: tuple[str, str] | None = None
    checked: tuple[str, ...] = ()
    mark: str = ""
    mark_present: bool = True
    tab: str = ""
    layout: str = ""
    lanes: str = ""  # the timeline's lanes: "document", "entity", "cluster" ("" : as they are)
    filter_query: str = ""  # the query bar's line (applied by the bar: its free text is looked up first)
    extra: Mapping[str, object] = field(default_factory=dict)  # what a later version adds, kept as it was

    def to_json(self) -> dict:
        found = asdict(self)
        found["narrowed_to"], found["checked"] = list(self.narrowed_to), list(self.checked)
        found["time_range"] = list(self.time_range) if self.time_range else None
        found["extra"] = dict(self.extra)
        return found

    @staticmethod
    def from_json(data: Mapping) -> SavedView:
        window = data.get("time_range")
        return SavedView(query=str(data.get("query", "")), narrowed_to=tuple(data.get("narrowed_to", ())),
                         time_range=(str(window[0]), str(window[1])) if window else None,
                         checked=tuple(data.get("checked", ())), mark=str(data.get("mark", "")),
                         mark_present=bool(data.get("mark_present", True)), tab=str(data.get("tab", "")),
                         layout=str(data.get("layout", "")), lanes=str(data.get("lanes", "")),
                         filter_query=str(data.get("filter_query", "")), extra=dict(data.get("extra", {})))

    @staticmethod
    def of_state(state: SelectionState, tab: str = "", layout: str = "", lanes: str = "") -> SavedView:
        """The view of the selection's filters (the marked ids are not kept: the mark is, read again on opening)."""
        narrowed = sorted(state.filter_event_ids) if len(state.filter_event_ids) <= NARROWED_UP_TO else []
        mark = state.mark_filter
        return SavedView(query=state.query, narrowed_to=tuple(narrowed), time_range=state.time_range,
                         checked=tuple(sorted(state.filter_entity_ids)), mark=mark.mark if mark else "",
                         mark_present=mark.present if mark else True, tab=tab, layout=layout, lanes=lanes,
                         filter_query=state.filter_query)

    def filters(self, marked: frozenset[str]) -> dict:
        """The selection's fields this view sets (``Selection.update(**...)``); ``marked``: the events that carry
        its mark now."""
        mark = MarkFilter(self.mark, self.mark_present, marked) if self.mark else None
        return {"query": self.query, "filter_event_ids": frozenset(self.narrowed_to),
                "time_range": self.time_range, "filter_entity_ids": frozenset(self.checked), "mark_filter": mark}


def save_view(name: str, view: SavedView, replacing: bool = False) -> Edit:
    """Save ``view`` as ``name`` (over a view of that name when ``replacing``)."""
    return Edit(SAVE_VIEW, {"name": name, "view": view.to_json()},
                f"{'Replace' if replacing else 'Save'} view ‘{name}’")


def delete_view(name: str) -> Edit:
    return Edit(DELETE_VIEW, {"name": name}, f"Delete view ‘{name}’")


def rename_view(name: str, new_name: str) -> Edit:
    return Edit(RENAME_VIEW, {"name": name, "new_name": new_name}, f"Rename view ‘{name}’ to ‘{new_name}’")


def saved_views_of(edits: Iterable[Edit]) -> dict[str, SavedView]:
    """The views the decisions leave, by name, in the order they were first saved (a rename keeps the place)."""
    views: dict[str, SavedView] = {}
    for edit in edits:
        payload = edit.payload
        if edit.kind == SAVE_VIEW:
            views[str(payload["name"])] = SavedView.from_json(payload.get("view", {}))
        elif edit.kind == DELETE_VIEW:
            views.pop(str(payload["name"]), None)
        elif edit.kind == RENAME_VIEW and payload.get("name") in views:
            new = str(payload["new_name"])
            views = {new if name == payload["name"] else name: view for name, view in views.items()
                     if name != new or name == payload["name"]}
    return views
