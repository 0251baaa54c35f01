"""Where each event goes on the timeline: its lanes, its x extent and its y slot.

Qt-free (numpy and pandas only), so it can be tested and timed alone. Dates become
seconds since the epoch at UTC midnight, which pyqtgraph's ``DateAxisItem`` reads
with ``utcOffset=0``. A one-day event sits at the middle of its day; an event whose
dates span more than one day becomes a bar from the start of its first day to the
end of its last. An event is placed once per lane it belongs to (by entity, an event
with three lane entities is placed three times). Same-day events in a lane are
spread vertically so each stays visible; bars in a lane are packed into rows so
overlapping ones do not hide each other. Undated events are not placed: their ids
are listed apart.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

DAY = 86400.0
LANE_MODES = {"document": "By document", "entity": "By entity", "cluster": "By cluster"}
TOP_ENTITIES = 10
UNCLUSTERED = "Unclustered"
OTHER_ENTITIES = "Other entities"
POINT_SPREAD = 0.62  # of a lane's height, shared by the same-day points of one lane
BAR_HEIGHT = 0.16  # of a lane's height
BAR_ROW_OFFSETS = np.array([0.0, 0.2, -0.2])  # bar rows in a lane; more wrap onto the first
LANE_TITLE_CHARS = 34

_EPOCH = dt.date(1970, 1, 1)


@dataclass
class Placements:
    """The lanes and one row per placed (event, lane) pair, as parallel arrays."""

    lane_keys: list[str] = field(default_factory=list)
    lane_names: list[str] = field(default_factory=list)
    event_id: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))
    lane: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    x0: np.ndarray = field(default_factory=lambda: np.empty(0))  # seconds, start of the first day
    x1: np.ndarray = field(default_factory=lambda: np.empty(0))  # seconds, end of the last day
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    is_bar: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    undated_ids: list[str] = field(default_factory=list)
    event_row: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # row in the events placed

    @property
    def x(self) -> np.ndarray:
        """Where a placement is drawn (points) or centred (bars)."""
        return (self.x0 + self.x1) / 2.0

    def __len__(self) -> int:
        return len(self.event_id)

    def take(self, rows: np.ndarray) -> Placements:
        """Only the placements at ``rows`` (same lanes)."""
        return Placements(self.lane_keys, self.lane_names, self.event_id[rows], self.lane[rows], self.x0[rows],
                          self.x1[rows], self.y[rows], self.is_bar[rows], self.undated_ids, self.event_row[rows])


def day_seconds(iso: str) -> float:
    """Seconds since the epoch at UTC midnight starting the ISO date ``iso``."""
    return float((dt.date.fromisoformat(iso) - _EPOCH).days * DAY)


def iso_day(seconds: float) -> str:
    """The ISO date of the UTC day containing ``seconds``."""
    return (_EPOCH + dt.timedelta(days=int(np.floor(seconds / DAY)))).isoformat()


def window_dates(x0: float, x1: float) -> tuple[str, str]:
    """The inclusive ISO dates a drawn window [x0, x1) covers (at least one day)."""
    lo, hi = sorted((x0, x1))
    start = int(np.floor(lo / DAY))
    end = max(start, int(np.ceil(hi / DAY)) - 1)
    return iso_day(start * DAY), iso_day(end * DAY)


def place_events(events: pd.DataFrame, session_like, mode: str, checked: frozenset[str] = frozenset(),
                 extents: tuple[np.ndarray, np.ndarray] | None = None) -> Placements:
    """Lay out ``events`` (indexed by event_id) in lanes of ``mode``.

    ``session_like`` supplies ``documents`` (indexed by doc_id), ``entity_names`` and
    ``tables["clusters"]``. ``checked`` are the checked entities (lanes of the
    "entity" mode when not empty). ``extents`` are the events' ``event_extents``
    when the caller has them already. Returns the lanes and placements. Array work
    throughout (no Python step per event but in the entity mode's participant
    lists), so a million events lay out in about a second.
    """
    if mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {mode!r}; expected one of {sorted(LANE_MODES)}")
    x0, x1 = event_extents(events) if extents is None else extents
    dated = np.flatnonzero(~np.isnan(x0))
    undated_ids = [str(e) for e in events.index[np.isnan(x0)]]
    if mode == "document":
        rows, lanes, keys, names = _document_lanes(_column(events, "doc_id", dated), session_like.documents)
    elif mode == "entity":
        rows, lanes, keys, names = _entity_lanes(_column(events, "participants", dated),
                                                 _column(events, "place", dated), session_like.entity_names, checked)
    else:
        rows, lanes, keys, names = _cluster_lanes(_column(events, "cluster_id", dated), session_like.tables["clusters"])
    event_rows = dated[rows]
    order = np.lexsort((event_rows, x0[event_rows], lanes))
    event_rows, lanes = event_rows[order], lanes[order]
    px0, px1 = x0[event_rows], x1[event_rows]
    is_bar = (px1 - px0) > DAY + 1
    y = lanes.astype(float) + _offsets(lanes, px0, px1, is_bar)
    ids = np.asarray(events.index, dtype=object)[event_rows]
    return Placements(keys, names, ids, lanes.astype(np.int64), px0, px1, y, is_bar, undated_ids, event_rows)


def event_extents(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) seconds per event; NaN where it has no usable date.

    Each distinct date string is parsed once (a table has a few thousand dates for a million events).
    """
    if not len(events):
        return np.empty(0), np.empty(0)
    starts, ends = _texts(events["date_start"]), _texts(events["date_end"])
    ends = np.where(ends == "", starts, ends)
    x0, x1 = _seconds(starts), _seconds(ends) + DAY
    bad = np.isnan(x0) | np.isnan(x1) | (x1 <= x0)
    x0[bad] = np.nan
    x1[bad] = np.nan
    return x0, x1


def cluster_codes(events: pd.DataFrame, clusters: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each event's cluster as a number (-1 for none), and per number whether that cluster's sources conflict."""
    codes, uniques = pd.factorize(_texts(events["cluster_id"]))
    uniques = np.asarray(uniques, dtype=object)
    codes = np.where(uniques[codes] == "", -1, codes) if len(codes) else codes
    conflicted = clusters.loc[_texts(clusters["conflict"]) != "", "cluster_id"]
    return codes, np.isin(uniques, _texts(conflicted))


def _texts(column: pd.Series) -> np.ndarray:
    values = column.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):
        return values
    return column.fillna("").astype(str).to_numpy(dtype=object)


def _column(events: pd.DataFrame, name: str, rows: np.ndarray) -> np.ndarray:
    return events[name].to_numpy(dtype=object)[rows]


def _seconds(dates: np.ndarray) -> np.ndarray:
    codes, uniques = pd.factorize(dates)
    if not len(uniques):
        return np.full(len(dates), np.nan)
    return np.array([_safe_seconds(d) for d in uniques], dtype=float)[codes]


def _safe_seconds(iso: str) -> float:
    try:
        return day_seconds(iso)
    except (TypeError, ValueError):
        return float("nan")


def _offsets(lanes: np.ndarray, x0: np.ndarray, x1: np.ndarray, is_bar: np.ndarray) -> np.ndarray:
    """Vertical offsets within a lane (placements sorted by lane, then start): same-day points
    spread, bars packed in rows."""
    offsets = np.zeros(len(lanes))
    points = np.flatnonzero(~is_bar)
    if len(points):
        lane, start = lanes[points], x0[points]
        first = np.flatnonzero(np.r_[True, (lane[1:] != lane[:-1]) | (start[1:] != start[:-1])])
        size = np.diff(np.r_[first, len(points)])
        group = np.repeat(np.arange(len(first)), size)
        rank = np.arange(len(points)) - first[group]
        size = size[group].astype(float)
        step = np.minimum(0.14, POINT_SPREAD / np.maximum(size - 1, 1))
        offsets[points] = (rank - (size - 1) / 2.0) * step
    bars = np.flatnonzero(is_bar)
    if len(bars):
        offsets[bars] = BAR_ROW_OFFSETS[_bar_rows(lanes[bars], x0[bars], x1[bars])]
    return offsets


def _bar_rows(lanes: np.ndarray, x0: np.ndarray, x1: np.ndarray) -> np.ndarray:
    """Greedy interval packing per lane: the first row whose last bar has ended.

    A bar that starts after every earlier bar of its lane has ended takes row 0 and
    the packing starts afresh there, so only runs of overlapping bars are packed one by
    one, with heaps of free rows and of row ends (not a scan of every row per bar).
    """
    rows = np.zeros(len(lanes), dtype=np.int64)
    taken = 0  # rows used so far in the current run
    new_lane = np.r_[True, lanes[1:] != lanes[:-1]]
    span = float(np.nanmax(x1) - np.nanmin(x0)) + DAY if len(x1) else 0.0
    shifted_ends = np.maximum.accumulate(x1 + lanes * 2 * span)  # running latest end, per lane
    latest_before = np.r_[-np.inf, shifted_ends[:-1]] - lanes * 2 * span
    fresh = new_lane | (x0 >= latest_before)
    packed = np.flatnonzero(~fresh)
    free: list[int] = []  # row numbers free again, lowest first
    busy: list[tuple[float, int]] = []  # (end, row) of rows still taken, earliest end first
    previous = -2
    for i in packed:  # only bars overlapping an earlier one; a run starts right after a fresh bar
        if i != previous + 1:
            free, busy, taken = [], [(x1[i - 1], 0)], 1
        previous = i
        while busy and busy[0][0] <= x0[i]:
            heapq.heappush(free, heapq.heappop(busy)[1])
        row = heapq.heappop(free) if free else taken
        taken = max(taken, row + 1)
        heapq.heappush(busy, (x1[i], row))
        rows[i] = row % len(BAR_ROW_OFFSETS)
    return rows


def _lane_rows(keys_per_event, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(event row, lane) for events whose key is one of the lanes' ``keys``."""
    lanes = pd.Index(keys, dtype=object).get_indexer(np.asarray(keys_per_event, dtype=object)) if keys \
        else np.full(len(keys_per_event), -1)
    rows = np.flatnonzero(lanes >= 0)
    return rows, lanes[rows]


def _document_lanes(doc_ids: np.ndarray, documents: pd.DataFrame):
    doc_ids = np.array([str(d) for d in doc_ids], dtype=object) if pd.api.types.infer_dtype(doc_ids) != "string" \
        else doc_ids
    codes, uniques = pd.factorize(doc_ids)  # each event's document as a number: lanes are looked up per document
    present = set(uniques)
    docs = documents[documents["doc_id"].isin(present)]
    published = docs["published"].fillna("").replace("", "9999")
    docs = docs.assign(_sort=published).sort_values(["_sort", "name"], kind="stable")
    keys = [str(d) for d in docs["doc_id"]]
    titles = _distinct_titles([str(t or n or d) for t, n, d in zip(docs["title"], docs["name"], docs["doc_id"])])
    names = _unique([_lane_label(title, str(source or ""), str(published or ""))
                     for title, source, published in zip(titles, docs["source"], docs["published"])], keys)
    missing = sorted(present - set(keys))  # events of documents not in the table
    keys += missing
    names += missing
    lane_of_code = pd.Index(keys, dtype=object).get_indexer(np.asarray(uniques, dtype=object))
    return np.arange(len(codes)), lane_of_code[codes], keys, names


def document_lane_name(doc, title: str | None = None) -> str:
    """A short lane label for a document: its (given or own) title, then its outlet and date."""
    title = title or str(getattr(doc, "title", "") or getattr(doc, "name", "") or doc.doc_id)
    return _lane_label(title, str(getattr(doc, "source", "") or ""), str(getattr(doc, "published", "") or ""))


@lru_cache(maxsize=100_000)  # lanes are relabelled on every filter: each document's label is made once
def _lane_label(title: str, source: str, published: str) -> str:
    meta = " · ".join(v for v in (source, published) if v)
    return f"{shorten(title)}\n{meta}" if meta else shorten(title)


@lru_cache(maxsize=100_000)
def _clash_key(title: str) -> str:
    """What two titles share when their lanes would read the same: the shortened title's letters and digits."""
    return "".join(ch for ch in shorten(title).lower() if ch.isalnum())


def _distinct_titles(titles: list[str]) -> list[str]:
    """Titles whose shortened forms collide lose the words they share at the start ("…rest")."""
    short = [_clash_key(t) for t in titles]
    counts = pd.Series(short).value_counts() if short else pd.Series(dtype=int)
    result = list(titles)
    for clash in counts.index[counts > 1]:
        members = [i for i, s in enumerate(short) if s == clash]
        words = [titles[i].split() for i in members]
        shared = 0
        while all(len(w) > shared + 1 for w in words) and len({w[shared] for w in words}) == 1:
            shared += 1
        for i, w in zip(members, words):
            result[i] = "…" + " ".join(w[shared:]) if shared else titles[i]
    return result


@lru_cache(maxsize=100_000)  # lanes are relabelled on every filter: each title is shortened once
def shorten(text: str, limit: int = LANE_TITLE_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def _unique(names: list[str], keys: list[str]) -> list[str]:
    """Disambiguate equal lane names by appending their key."""
    counts = Counter(names)
    return [f"{n} ({k})" if counts[n] > 1 else n for n, k in zip(names, keys)]


def _entity_lanes(participants: np.ndarray, places: np.ndarray, entity_names: dict[str, str],
                  checked: frozenset[str]):
    lists = [[*(p if isinstance(p, (list, tuple, np.ndarray)) else []), *([place] if place else [])]
             for p, place in zip(participants, places)]
    pairs = pd.DataFrame({"row": np.repeat(np.arange(len(lists)), [len(e) for e in lists]),
                          "key": pd.Series([e for es in lists for e in es], dtype=object)})
    pairs = pairs.drop_duplicates()  # an entity twice in one event is placed once
    counts = pairs["key"].value_counts().to_dict()
    if checked:
        keys = sorted(checked, key=lambda e: (-counts.get(e, 0), entity_names.get(e, e)))
    else:
        keys = sorted(counts, key=lambda e: (-counts[e], entity_names.get(e, e)))[:TOP_ENTITIES]
    names = _unique([entity_names.get(e, e) for e in keys], keys)
    found, lanes = _lane_rows(pairs["key"].to_numpy(dtype=object), keys)
    rows = pairs["row"].to_numpy()[found]
    lane_less = np.ones(len(lists), dtype=bool)
    lane_less[rows] = False
    others = np.flatnonzero(lane_less)
    if len(others) and not checked:
        keys, names = keys + [OTHER_ENTITIES], names + [OTHER_ENTITIES]
        rows, lanes = np.r_[rows, others], np.r_[lanes, np.full(len(others), len(keys) - 1)]
    return rows, lanes, keys, names


def _cluster_lanes(cluster_ids: np.ndarray, clusters: pd.DataFrame):
    cluster_ids = np.array(["" if c is None or c != c else str(c) for c in cluster_ids], dtype=object) \
        if pd.api.types.infer_dtype(cluster_ids, skipna=False) not in ("string", "empty") else cluster_ids
    present = set(pd.unique(cluster_ids)) - {""}
    rows = clusters[clusters["cluster_id"].isin(present)]
    rows = rows.assign(_sort=rows["date_start"].replace("", "9999")).sort_values(["_sort", "label"])
    keys = [str(c) for c in rows["cluster_id"]]
    names = _unique([shorten(str(label) or str(c)) for label, c in zip(rows["label"], rows["cluster_id"])], keys)
    missing = sorted(present - set(keys))
    keys, names = keys + missing, names + missing
    if (cluster_ids == "").any():
        keys, names = keys + [""], names + [UNCLUSTERED]
    return (*_lane_rows(cluster_ids, keys), keys, names)


def cluster_paths(placed: Placements, cluster_of: pd.Series) -> dict[str, np.ndarray]:
    """Per cluster with two or more placements, its placements' (x, y) ordered by time.

    ``cluster_of`` maps event_id to cluster_id ("" for none).
    """
    ids = cluster_of.reindex(placed.event_id).fillna("").astype(str).to_numpy()
    xs, ys = placed.x, placed.y
    order = np.lexsort((ys, xs, ids))
    bounds = np.flatnonzero(ids[order][1:] != ids[order][:-1]) + 1
    paths = {}
    for group in np.split(order, bounds):
        if len(group) >= 2 and ids[group[0]]:
            paths[ids[group[0]]] = np.column_stack((xs[group], ys[group]))
    return paths
