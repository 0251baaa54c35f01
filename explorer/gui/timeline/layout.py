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

    @property
    def x(self) -> np.ndarray:
        """Where a placement is drawn (points) or centred (bars)."""
        return (self.x0 + self.x1) / 2.0

    def __len__(self) -> int:
        return len(self.event_id)


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


def place_events(events: pd.DataFrame, session_like, mode: str,
                 checked: frozenset[str] = frozenset()) -> Placements:
    """Lay out ``events`` (indexed by event_id) in lanes of ``mode``.

    ``session_like`` supplies ``documents`` (indexed by doc_id), ``entity_names`` and
    ``tables["clusters"]``. ``checked`` are the checked entities (lanes of the
    "entity" mode when not empty). Returns the lanes and placements.
    """
    if mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {mode!r}; expected one of {sorted(LANE_MODES)}")
    x0, x1 = _extents(events)
    dated = ~np.isnan(x0)
    undated_ids = [str(e) for e in events.index[~dated]]
    frame = pd.DataFrame({"event_id": _ids(events.index[dated]), "x0": x0[dated], "x1": x1[dated]})
    frame["order"] = np.arange(len(frame))
    dated_events = events[dated]
    if mode == "document":
        pairs, keys, names = _document_lanes(dated_events, session_like.documents)
    elif mode == "entity":
        pairs, keys, names = _entity_lanes(dated_events, session_like.entity_names, checked)
    else:
        pairs, keys, names = _cluster_lanes(dated_events, session_like.tables["clusters"])
    placed = frame.merge(pairs, on="event_id").sort_values(["lane", "x0", "order"], kind="stable")
    placed = placed.reset_index(drop=True)
    is_bar = (placed["x1"] - placed["x0"]).to_numpy() > DAY + 1
    y = placed["lane"].to_numpy(dtype=float) + _offsets(placed, is_bar)
    return Placements(keys, names, placed["event_id"].to_numpy(dtype=object),
                      placed["lane"].to_numpy(dtype=np.int64), placed["x0"].to_numpy(float),
                      placed["x1"].to_numpy(float), y, is_bar, undated_ids)


def _extents(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) seconds per event; NaN where it has no usable date."""
    starts = events["date_start"].fillna("").astype(str).to_numpy() if len(events) else np.array([])
    ends = events["date_end"].fillna("").astype(str).to_numpy() if len(events) else np.array([])
    ends = np.where(ends == "", starts, ends)
    seconds = {d: _safe_seconds(d) for d in set(starts) | set(ends)}
    x0 = np.array([seconds[d] for d in starts], dtype=float)
    x1 = np.array([seconds[d] for d in ends], dtype=float) + DAY
    bad = np.isnan(x0) | np.isnan(x1) | (x1 <= x0)
    x0[bad] = np.nan
    x1[bad] = np.nan
    return x0, x1


def _safe_seconds(iso: str) -> float:
    try:
        return day_seconds(iso)
    except (TypeError, ValueError):
        return float("nan")


def _offsets(placed: pd.DataFrame, is_bar: np.ndarray) -> np.ndarray:
    """Vertical offsets within a lane: same-day points spread, bars packed in rows."""
    offsets = np.zeros(len(placed))
    points = placed[~is_bar]
    if len(points):
        groups = points.groupby(["lane", "x0"], sort=False)
        rank = groups.cumcount().to_numpy(dtype=float)
        size = groups["x0"].transform("size").to_numpy(dtype=float)
        step = np.minimum(0.14, POINT_SPREAD / np.maximum(size - 1, 1))
        offsets[~is_bar] = (rank - (size - 1) / 2.0) * step
    if is_bar.any():
        offsets[is_bar] = BAR_ROW_OFFSETS[_bar_rows(placed[is_bar])]
    return offsets


def _bar_rows(bars: pd.DataFrame) -> np.ndarray:
    """Greedy interval packing per lane: the first row whose last bar has ended."""
    rows = np.zeros(len(bars), dtype=np.int64)
    ends: dict[int, list[float]] = {}
    for i, (lane, x0, x1) in enumerate(zip(bars["lane"], bars["x0"], bars["x1"])):
        row_ends = ends.setdefault(int(lane), [])
        row = next((r for r, end in enumerate(row_ends) if end <= x0), len(row_ends))
        if row == len(row_ends):
            row_ends.append(x1)
        else:
            row_ends[row] = x1
        rows[i] = row % len(BAR_ROW_OFFSETS)
    return rows


def _ids(values) -> pd.Series:
    """Ids as an object column, even when there are none (so merges on them keep working)."""
    return pd.Series(list(values), dtype=object)


def _pairs(event_ids, lane_keys, keys: list[str]) -> pd.DataFrame:
    index = {key: i for i, key in enumerate(keys)}
    frame = pd.DataFrame({"event_id": _ids(event_ids), "key": _ids(lane_keys)})
    frame["lane"] = frame["key"].map(index)
    return frame.dropna(subset=["lane"]).astype({"lane": np.int64})[["event_id", "lane"]]


def _document_lanes(events: pd.DataFrame, documents: pd.DataFrame):
    present = set(events["doc_id"])
    docs = documents[documents["doc_id"].isin(present)]
    published = docs["published"].fillna("").replace("", "9999")
    docs = docs.assign(_sort=published).sort_values(["_sort", "name"], kind="stable")
    keys = [str(d) for d in docs["doc_id"]]
    titles = _distinct_titles([str(t or n or d) for t, n, d in zip(docs["title"], docs["name"], docs["doc_id"])])
    names = _unique([document_lane_name(row, title) for row, title in zip(docs.itertuples(), titles)], keys)
    missing = sorted(present - set(keys))  # events of documents not in the table
    keys += missing
    names += missing
    return _pairs(events.index, events["doc_id"], keys), keys, names


def document_lane_name(doc, title: str | None = None) -> str:
    """A short lane label for a document: its (given or own) title, then its outlet and date."""
    title = shorten(title or str(getattr(doc, "title", "") or getattr(doc, "name", "") or doc.doc_id))
    meta = " · ".join(str(v) for v in (getattr(doc, "source", ""), getattr(doc, "published", "")) if v)
    return f"{title}\n{meta}" if meta else title


def _distinct_titles(titles: list[str]) -> list[str]:
    """Titles whose shortened forms collide lose the words they share at the start ("…rest")."""
    short = ["".join(ch for ch in shorten(t).lower() if ch.isalnum()) for t in titles]
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


def shorten(text: str, limit: int = LANE_TITLE_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def _unique(names: list[str], keys: list[str]) -> list[str]:
    """Disambiguate equal lane names by appending their key."""
    counts = pd.Series(names).value_counts()
    return [f"{n} ({k})" if counts[n] > 1 else n for n, k in zip(names, keys)]


def _entity_lanes(events: pd.DataFrame, entity_names: dict[str, str], checked: frozenset[str]):
    entity_lists = [list(dict.fromkeys([*(p if isinstance(p, (list, tuple, np.ndarray)) else []),
                                        *([place] if place else [])]))
                    for p, place in zip(events["participants"], events["place"])]
    exploded = pd.DataFrame({"event_id": _ids(events.index.repeat([len(e) for e in entity_lists])),
                             "key": _ids([e for es in entity_lists for e in es])})
    counts = exploded["key"].value_counts()
    if checked:
        keys = sorted(checked, key=lambda e: (-counts.get(e, 0), entity_names.get(e, e)))
    else:
        keys = sorted(counts.index, key=lambda e: (-counts[e], entity_names.get(e, e)))[:TOP_ENTITIES]
    names = _unique([entity_names.get(e, e) for e in keys], keys)
    pairs = _pairs(exploded["event_id"], exploded["key"], keys)
    others = events.index[~events.index.isin(pairs["event_id"])]
    if len(others) and not checked:
        keys, names = keys + [OTHER_ENTITIES], names + [OTHER_ENTITIES]
        extra = pd.DataFrame({"event_id": _ids(others), "lane": len(keys) - 1})
        pairs = pd.concat([pairs, extra], ignore_index=True)
    return pairs, keys, names


def _cluster_lanes(events: pd.DataFrame, clusters: pd.DataFrame):
    cluster_ids = events["cluster_id"].fillna("").astype(str)
    present = set(cluster_ids) - {""}
    rows = clusters[clusters["cluster_id"].isin(present)]
    rows = rows.assign(_sort=rows["date_start"].replace("", "9999")).sort_values(["_sort", "label"])
    keys = [str(c) for c in rows["cluster_id"]]
    names = _unique([shorten(str(label) or str(c)) for label, c in zip(rows["label"], rows["cluster_id"])], keys)
    missing = sorted(present - set(keys))
    keys, names = keys + missing, names + missing
    if (cluster_ids == "").any():
        keys, names = keys + [""], names + [UNCLUSTERED]
    return _pairs(events.index, cluster_ids, keys), keys, names


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
