"""Cluster decisions: the analyst says events are not one happening.

Three kinds: split a cluster (some of its documents apart from the others), take
one event out of a cluster, dismiss a cluster (its events become unclustered).
Whatever is left of a cluster with events from fewer than two documents is no
cluster and goes, as extraction keeps only clusters that two sources report.
What remains keeps its id and label (the analyst knows it by them); its documents,
events, dates and date note are worked out again from its events. A document
extraction lists in a cluster without an event (joined by the people and names it
shares, no sentence of it linked to the action) stays listed until a decision
splits or takes it out: its events cannot say it belongs.

A cluster's id is a hash of its event ids, so extraction run again (other rules,
other members) may give the same happening another id. A decision therefore keeps
the cluster's event ids and documents as they were when it was made, and finds
its cluster again (``find_cluster``): by id; else the cluster whose events overlap
the kept ones most (at least half of the smaller, from two documents or more);
else, only when extraction renamed the events (none of the kept ids exists any
more), the one cluster over mostly the same documents. A
decision whose cluster is gone, or ambiguous, is skipped, like every edit.
Each function updates ``tables`` in place (the caller passes copies).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Set as AbstractSet

import pandas as pd

from explorer.core.extract.clusters.labels import date_conflict, document_readings
from explorer.core.model import Tables

SAME_CLUSTER_SHARE = 0.5  # how much of the events (or documents, when events were renamed) a cluster found again shares


def split_cluster(tables: Tables, payload: dict) -> None:
    """The cluster's events in ``payload["doc_ids_apart"]`` become a cluster of their own (if two documents
    still report it); the others stay in the cluster."""
    row = find_cluster(tables, payload)
    if row is None:
        return
    clusters = tables["clusters"]
    apart_docs = set(payload["doc_ids_apart"])
    members = _members(tables, clusters.at[row, "cluster_id"], clusters.at[row, "event_ids"])
    listed = _listed_without_events(clusters, row, members)
    apart = members[members["doc_id"].isin(apart_docs)]
    if len(apart) == len(members) or (apart.empty and not listed & apart_docs):
        return
    template = clusters.loc[row].to_dict()
    staying = members[~members["doc_id"].isin(apart_docs)]
    _set_members(tables, row, staying, listed - apart_docs)
    if not apart.empty:
        new_id = split_cluster_id(list(apart["event_id"]))
        _add_cluster(tables, {**template, "cluster_id": new_id}, apart, listed & apart_docs)
    _drop_single_source_clusters(tables)


def remove_from_cluster(tables: Tables, payload: dict) -> None:
    """The event leaves whatever cluster holds it now; a cluster left with one document goes."""
    events, clusters = tables.get("events"), tables.get("clusters")
    if events is None or clusters is None:
        return
    rows = events.index[events["event_id"] == payload["event_id"]]
    cluster_ids = {str(c) for c in events.loc[rows, "cluster_id"] if c}
    if not cluster_ids:
        return
    positions = [row for cluster_id in cluster_ids for row in clusters.index[clusters["cluster_id"] == cluster_id]]
    listed = {row: _listed_without_events(clusters, row, _members(tables, str(clusters.at[row, "cluster_id"]),
                                                                  clusters.at[row, "event_ids"]))
              for row in positions}
    events.loc[rows, "cluster_id"] = ""
    for row in positions:
        cluster_id = str(clusters.at[row, "cluster_id"])
        _set_members(tables, row, _members(tables, cluster_id, clusters.at[row, "event_ids"]), listed[row])
    _drop_single_source_clusters(tables)


def dismiss_cluster(tables: Tables, payload: dict) -> None:
    """The cluster goes and its events are unclustered."""
    row = find_cluster(tables, payload)
    if row is None:
        return
    clusters = tables["clusters"]
    _unclustered(tables, {str(clusters.at[row, "cluster_id"])})
    tables["clusters"] = clusters.drop(index=row).reset_index(drop=True)


def find_cluster(tables: Tables, payload: dict) -> int | None:
    """The row of the clusters table the decision was made on, or None (see the module's docstring)."""
    clusters = tables.get("clusters")
    if clusters is None or clusters.empty:
        return None
    same_id = clusters.index[clusters["cluster_id"] == payload["cluster_id"]]
    if len(same_id):
        return int(same_id[0])
    kept_events = set(payload.get("event_ids", []))
    by_events = _best_overlap(tables, kept_events)
    if by_events is not None or _events_still_known(tables, kept_events):
        return by_events
    candidates = [row for row in clusters.index
                  if _jaccard(set(clusters.at[row, "doc_ids"]), set(payload.get("doc_ids", []))) >= SAME_CLUSTER_SHARE]
    return int(candidates[0]) if len(candidates) == 1 else None


def split_cluster_id(event_ids: Iterable[str]) -> str:
    """The id of a cluster split off: a hash of its event ids, as extraction names clusters."""
    return "c" + hashlib.sha1("\0".join(sorted(event_ids)).encode()).hexdigest()[:12]


# -- helpers -----------------------------------------------------------------------------------
def _best_overlap(tables: Tables, kept: set[str]) -> int | None:
    """The row whose events overlap ``kept`` most (shared / the smaller of the two, at least
    ``SAME_CLUSTER_SHARE``), the shared events coming from two documents or more: the part in
    common is itself a happening two sources report. An article added to the case gives the
    happening more events and moves a few; a cluster that shares one stray sentence is another."""
    clusters, events = tables["clusters"], tables.get("events")
    if not kept:
        return None
    doc_of = {} if events is None else dict(zip(events["event_id"], events["doc_id"]))
    best, best_key = None, (0.0, 0)
    for row, values in zip(clusters.index, clusters["event_ids"]):
        shared = kept & set(values)
        if not shared or (doc_of and len({doc_of.get(e) for e in shared}) < 2):
            continue
        key = (len(shared) / min(len(kept), len(values)), len(shared))
        if key[0] >= SAME_CLUSTER_SHARE and key > best_key:
            best, best_key = int(row), key
    return best


def _events_still_known(tables: Tables, kept_events: set[str]) -> bool:
    """Whether any of the decision's event ids names an event now (if so, ids are trusted, not documents)."""
    events = tables.get("events")
    return events is None or bool(kept_events & set(events["event_id"]))


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _members(tables: Tables, cluster_id: str, event_ids: list[str]) -> pd.DataFrame:
    """The cluster's events: those the events table says belong to it (else those it lists)."""
    events = tables.get("events")
    if events is None:
        return pd.DataFrame({"event_id": list(event_ids), "doc_id": [""] * len(event_ids)})
    mine = events[events["cluster_id"] == cluster_id]
    return mine if not mine.empty else events[events["event_id"].isin(event_ids)]


def _listed_without_events(clusters: pd.DataFrame, row: int, members: pd.DataFrame) -> set[str]:
    """The documents the cluster at ``row`` lists though none of its events is theirs."""
    return set(clusters.at[row, "doc_ids"]) - set(members["doc_id"])


def _set_members(tables: Tables, row: int, members: pd.DataFrame, listed: AbstractSet[str] = frozenset()) -> None:
    """The cluster at ``row`` holds ``members`` now (and lists the documents ``listed`` without an event): its
    events, documents, dates and date note follow."""
    clusters = tables["clusters"]
    cluster_id = str(clusters.at[row, "cluster_id"])
    events = tables.get("events")
    if events is not None:
        leaving = (events["cluster_id"] == cluster_id) & ~events["event_id"].isin(members["event_id"])
        events.loc[leaving, "cluster_id"] = ""
        events.loc[events["event_id"].isin(members["event_id"]), "cluster_id"] = cluster_id
    span = (str(clusters.at[row, "date_start"]), str(clusters.at[row, "date_end"]))
    for column, value in _described(tables, members, span, listed).items():
        clusters.at[row, column] = value


def _add_cluster(tables: Tables, template: dict, members: pd.DataFrame, listed: AbstractSet[str] = frozenset()) -> None:
    clusters = tables["clusters"]
    span = (str(template["date_start"]), str(template["date_end"]))
    row = {**template, **_described(tables, members, span, listed)}
    added = pd.DataFrame([row], columns=clusters.columns).astype(clusters.dtypes.to_dict())
    tables["clusters"] = pd.concat([clusters, added], ignore_index=True)
    events = tables.get("events")
    if events is not None:
        events.loc[events["event_id"].isin(members["event_id"]), "cluster_id"] = template["cluster_id"]


def _described(tables: Tables, members: pd.DataFrame, span: tuple[str, str], listed: AbstractSet[str] = frozenset()) -> dict:
    """What a cluster row says of its events (and the documents it lists without one): ids, documents, date
    span and the note on differing dates."""
    described: dict = {"event_ids": sorted(members["event_id"]),
                       "doc_ids": sorted((set(members["doc_id"]) | set(listed)) - {""})}
    if "date_start" in members:
        described["date_start"], described["date_end"] = _span(members, span)
        described["conflict"] = _date_note(tables, members)
    return described


def _span(members: pd.DataFrame, span: tuple[str, str]) -> tuple[str, str]:
    """The happening's dates as extraction read them (``span``), narrowed to what the events left give.

    Extraction dates a cluster by its most precise events, not by every background date
    its sentences carry: events within the old span say when it happened; only when none
    is left does the union of the events' dates stand in.
    """
    dated = members[members["date_start"] != ""]
    within = dated[(dated["date_start"] >= span[0]) & (dated["date_end"] <= span[1])] if span[0] else dated.iloc[:0]
    chosen = within if not within.empty else dated
    return (str(chosen["date_start"].min()), str(chosen["date_end"].max())) if not chosen.empty else ("", "")


def _date_note(tables: Tables, members: pd.DataFrame) -> str:
    """Extraction's note on the dates the documents give ("Dates differ: a.txt says …; b.txt says …"), or ""."""
    documents = tables.get("documents")
    names = {} if documents is None else dict(zip(documents["doc_id"], documents["name"]))
    return date_conflict(document_readings(members.to_dict("records")), names)


def _drop_single_source_clusters(tables: Tables) -> None:
    """Clusters of fewer than two sources are no clusters: they go, their events unclustered. A source listed
    without events counts: extraction put it in the happening and the review shows it; the analyst takes it out."""
    clusters = tables["clusters"]
    single = [len(docs) < 2 for docs in clusters["doc_ids"]]
    if not any(single):
        return
    _unclustered(tables, set(clusters.loc[single, "cluster_id"].astype(str)))
    tables["clusters"] = clusters[[not s for s in single]].reset_index(drop=True)


def _unclustered(tables: Tables, cluster_ids: set[str]) -> None:
    events = tables.get("events")
    if events is not None:
        events.loc[events["cluster_id"].isin(cluster_ids), "cluster_id"] = ""
