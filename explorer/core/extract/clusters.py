"""Cross-source clusters: events in different documents that report one happening.

Two events in different documents are linked when their dates are compatible
(they overlap, or one is undated), they share a participant entity that is not so
common as to say nothing (at most ``MAX_BUCKET`` events), and their sentences are
alike: the cosine of their IDF-weighted content words reaches ``SAME_TRIGGER_SIMILARITY``
when they share a trigger lemma, ``SIMILARITY`` otherwise. Linked events form a
cluster by transitivity; clusters that span two or more documents are kept. A
cluster whose members' dates do not all overlap carries a conflict note.
Measured with ``bench/ecbplus_clusters.py`` (document pairs on ECB+).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS

SIMILARITY = 0.35
SAME_TRIGGER_SIMILARITY = 0.2
MAX_BUCKET = 400
WORD = re.compile(r"[a-z][a-z'-]+")


def cluster_events(events: list[dict], entity_names: dict[str, str]) -> list[dict]:
    """Cluster rows; sets ``cluster_id`` on the clustered events in place."""
    parent = {e["event_id"]: e["event_id"] for e in events}
    vectors = _sentence_vectors(events)
    for a, b in _candidate_pairs(events):
        if _same_happening(a, b, vectors):
            _union(parent, a["event_id"], b["event_id"])
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


def _candidate_pairs(events: list[dict]):
    """Pairs of events from different documents that share a participant of a bucket small enough to mean something."""
    buckets: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        for participant in set(event["participants"]):
            buckets[participant].append(event)
    seen: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        if len(bucket) > MAX_BUCKET:
            continue
        for a, b in combinations(bucket, 2):
            key = (a["event_id"], b["event_id"]) if a["event_id"] < b["event_id"] else (b["event_id"], a["event_id"])
            if a["doc_id"] != b["doc_id"] and key not in seen:
                seen.add(key)
                yield a, b


def _same_happening(a: dict, b: dict, vectors: dict[str, dict[str, float]]) -> bool:
    if a["date_start"] and b["date_start"] and not (a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]):
        return False
    threshold = SAME_TRIGGER_SIMILARITY if a["lemma"] == b["lemma"] else SIMILARITY
    return _cosine(vectors[a["event_id"]], vectors[b["event_id"]]) >= threshold


def _sentence_vectors(events: list[dict]) -> dict[str, dict[str, float]]:
    """Unit-length IDF-weighted sets of each sentence's content words."""
    words = {e["event_id"]: {w for w in WORD.findall(e["sentence"].lower()) if w not in STOP_WORDS} for e in events}
    df = Counter(w for ws in words.values() for w in ws)
    total = max(len(events), 1)
    vectors = {}
    for event_id, ws in words.items():
        weights = {w: math.log((1 + total) / (1 + df[w])) + 1 for w in ws}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors[event_id] = {w: v / norm for w, v in weights.items()}
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


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
