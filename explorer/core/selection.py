"""The one shared selection every view reads and writes.

It holds what the analyst pointed at (entities, events, a document) and what they
narrowed the case to (checked entities, a time window, search hits, a mark such as
starred). Views write gestures with
``update(..., origin=self)`` and redraw on the ``changed`` callback; a view ignores
notices it caused itself, which is how two-way linking avoids loops. Plain Python:
the GUI bridges it to Qt signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace

# The fields, by name: views test ``changed`` with these constants, never with string literals.
ENTITY_IDS = "entity_ids"
EVENT_IDS = "event_ids"
DOC_IDS = "doc_ids"
FILTER_ENTITY_IDS = "filter_entity_ids"
FILTER_EVENT_IDS = "filter_event_ids"
TIME_RANGE = "time_range"
QUERY = "query"
MARK_FILTER = "mark_filter"
FILTER_QUERY = "filter_query"
FIELDS = (ENTITY_IDS, EVENT_IDS, DOC_IDS, FILTER_ENTITY_IDS, FILTER_EVENT_IDS, TIME_RANGE, QUERY, MARK_FILTER,
          FILTER_QUERY)
NARROWING = frozenset({FILTER_ENTITY_IDS, FILTER_EVENT_IDS, MARK_FILTER, FILTER_QUERY})  # the filters that change
                                                                        # which events the timeline holds (its window only dims)
FILTERS = NARROWING | {TIME_RANGE}  # the fields that change which events are in view

Listener = Callable[[set[str], object], None]


@dataclass(frozen=True)
class MarkFilter:
    """Only the events that carry a mark (``present``) or that do not (``not present``: "not yet reviewed").

    ``event_ids`` are the events carrying ``mark`` when the filter was set: a small set (the analyst marks a few
    events), so the filter is a few look-ups, never a pass over every event in Python. The session sets it again
    when the marks change (a star added while the starred filter is on), so every view follows.
    """

    mark: str
    present: bool = True
    event_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SelectionState:
    """An immutable snapshot of the selection."""

    entity_ids: frozenset[str] = frozenset()  # pointed at: mentions highlighted everywhere
    event_ids: frozenset[str] = frozenset()  # pointed at: shown on the timeline, in the table, in the source
    doc_ids: frozenset[str] = frozenset()  # the document(s) being read
    filter_entity_ids: frozenset[str] = frozenset()  # checked: only their events are in view
    filter_event_ids: frozenset[str] = frozenset()  # narrowed to (e.g. the events in search hits): only these are in view
    time_range: tuple[str, str] | None = None  # ISO dates, inclusive: only events overlapping it are in view
    query: str = ""  # the search the analyst ran: its matches are highlighted where text is shown
    mark_filter: MarkFilter | None = None  # only the events with (or without) a mark are in view
    filter_query: str = ""  # the query bar's line (``core.query_language``): only the events it keeps are in view

    def narrowed(self) -> bool:
        """Whether a filter other than the time window narrows the events (``NARROWING``)."""
        return bool(self.filter_entity_ids or self.filter_event_ids or self.filter_query or self.mark_filter)


@dataclass
class Selection:
    """The mutable shared selection with change notification."""

    state: SelectionState = field(default_factory=SelectionState)
    _listeners: list[Listener] = field(default_factory=list, repr=False)

    def connect(self, listener: Listener) -> None:
        """Call ``listener(changed_field_names, origin)`` after every change."""
        self._listeners.append(listener)

    def update(self, origin: object = None, **changes: object) -> set[str]:
        """Set some fields; notify listeners of the ones that really changed."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown selection fields: {sorted(unknown)}")
        clean = {name: _coerce(name, value) for name, value in changes.items()}
        changed = {name for name, value in clean.items() if getattr(self.state, name) != value}
        if not changed:
            return changed
        self.state = replace(self.state, **{name: clean[name] for name in changed})
        for listener in list(self._listeners):
            listener(changed, origin)
        return changed

    def clear(self, origin: object = None) -> set[str]:
        """Back to nothing selected and no filters."""
        empty = SelectionState()
        return self.update(origin, **{f.name: getattr(empty, f.name) for f in fields(empty)})


def _coerce(name: str, value: object) -> object:
    if name in (QUERY, FILTER_QUERY):
        return str(value or "")
    if name == MARK_FILTER:
        if value is not None and not isinstance(value, MarkFilter):
            raise TypeError(f"mark_filter takes a MarkFilter or None, not {value!r}")
        return value
    if name == TIME_RANGE:
        if value is None:
            return None
        start, end = value  # type: ignore[misc]
        return (min(start, end), max(start, end))
    return frozenset(value if isinstance(value, Iterable) and not isinstance(value, str) else [value])
