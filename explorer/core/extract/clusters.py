"""Cross-source clusters: events in different documents that report one happening.

First version: events are linked when they share a trigger lemma and a participant
entity and their dates overlap (an undated one joins its group's earliest); linked
events form a cluster by transitivity, and clusters that span two or more
documents are kept. A cluster whose
members' dates do not all overlap carries a conflict note. The extraction-quality
work replaces this with a measured method.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict


def cluster_events(events: list[dict], entity_names: dict[str, str]) -> list[dict]:
    """Cluster rows; sets ``cluster_id`` on the clustered events in place."""
    parent = {e["event_id"]: e["event_id"] for e in events}
    for bucket in _buckets(events).values():
        _link_overlapping(parent, bucket)
    members: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        members[_find(parent, event["event_id"])].append(event)
    clusters = []
    for group in members.values():
        if len({e["doc_id"] for e in group}) < 2:
            continue
        row = _cluster_row(group, entity_names)
        for event in group:
            event["cluster_id"] = row["cluster_id"]
        clusters.append(row)
    return sorted(clusters, key=lambda c: (c["date_start"] or "9999", c["cluster_id"]))


def _buckets(events: list[dict]) -> dict[tuple[str, str], list[dict]]:
    """Events grouped by (trigger lemma, participant): only these can be linked."""
    buckets: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for event in events:
        for participant in set(event["participants"]):
            buckets[(event["lemma"], participant)].append(event)
    return buckets


def _link_overlapping(parent: dict[str, str], bucket: list[dict]) -> None:
    """Link events whose dates overlap (a sweep over start dates, so O(n log n));
    undated events join the bucket's first dated event."""
    if len({e["doc_id"] for e in bucket}) < 2:
        return
    dated = sorted((e for e in bucket if e["date_start"]), key=lambda e: e["date_start"])
    anchor = dated[0] if dated else bucket[0]
    for event in bucket:
        if not event["date_start"]:
            _union(parent, event["event_id"], anchor["event_id"])
    run_end = ""
    for previous, event in zip([None] + dated[:-1], dated):
        if previous is not None and event["date_start"] <= run_end:
            _union(parent, previous["event_id"], event["event_id"])
            run_end = max(run_end, event["date_end"])
        else:
            run_end = event["date_end"]


def _cluster_row(group: list[dict], entity_names: dict[str, str]) -> dict:
    event_ids = sorted(e["event_id"] for e in group)
    dated = [e for e in group if e["date_start"]]
    shared = set.intersection(*(set(e["participants"]) for e in group))
    who = ", ".join(sorted(entity_names.get(p, p) for p in shared)[:3])
    return {
        "cluster_id": "c" + hashlib.sha1("\0".join(event_ids).encode()).hexdigest()[:12],
        "label": f"{group[0]['lemma']}: {who}" if who else group[0]["lemma"],
        "date_start": min((e["date_start"] for e in dated), default=""),
        "date_end": max((e["date_end"] for e in dated), default=""),
        "doc_ids": sorted({e["doc_id"] for e in group}),
        "event_ids": event_ids,
        "conflict": _conflict(dated),
    }


def _conflict(dated: list[dict]) -> str:
    """A note when some members' dates do not overlap."""
    latest_start = max((e["date_start"] for e in dated), default="")
    earliest_end = min((e["date_end"] for e in dated), default="")
    if not dated or latest_start <= earliest_end:
        return ""
    spans = sorted({(e["date_start"], e["date_end"]) for e in dated})
    told = "; ".join(s if s == t else f"{s}..{t}" for s, t in spans)
    return f"sources disagree on the date: {told}"


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _union(parent: dict[str, str], a: str, b: str) -> None:
    parent[_find(parent, a)] = _find(parent, b)
