"""Write a realistic synthetic workspace for scale benchmarks.

A real workspace file (``explorer open``, ``info`` and ``export`` accept it) with
power-law entity frequencies, event dates spread over years (days, and some month
or range dates, some undated), documents whose text is the sentences of their
events (so every offset slices correctly), co-participant relations and
cross-document clusters.

    .venv/bin/python bench/make_workspace.py --events 1000000 --entities 100000 --documents 20000 -o big.explorer
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.core.extract.events.relations import co_participant_relations  # noqa: E402
from explorer.core.model import make_table  # noqa: E402
from explorer.core.store import save_workspace  # noqa: E402

TYPES = np.array(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"])
TYPE_WEIGHTS = np.array([0.38, 0.3, 0.15, 0.05, 0.04, 0.03, 0.02, 0.015, 0.015])
VERBS = ["met", "visited", "announced", "signed", "criticised", "hosted", "praised", "warned", "joined", "left"]
SYLLABLES = ["ka", "lo", "ri", "mon", "ta", "ve", "sar", "din", "el", "qu", "zan", "po", "mir", "ash", "ul"]
START = date(2021, 1, 1)
DAYS = 5 * 365


def entity_names(rng: np.random.Generator, count: int) -> list[str]:
    """Distinct made-up names of one or two words."""
    names, seen = [], set()
    while len(names) < count:
        words = rng.integers(1, 3)
        name = " ".join("".join(rng.choice(SYLLABLES, rng.integers(2, 4))).title() for _ in range(words))
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def build(events: int, entities: int, documents: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    names = entity_names(rng, entities)
    types = rng.choice(TYPES, entities, p=TYPE_WEIGHTS)
    weights = 1.0 / np.arange(1, entities + 1) ** 1.1  # Zipf-like: a few entities in most events
    weights /= weights.sum()
    n_participants = rng.integers(1, 4, events)
    picks = rng.choice(entities, n_participants.sum(), p=weights)
    doc_of_event = np.sort(rng.integers(0, documents, events))
    happening = rng.integers(0, max(events // 6, 1), events)  # events sharing a happening form clusters
    day_of_happening = rng.integers(0, DAYS, max(events // 6, 1))
    kind = rng.choice(["day", "month", "range", "undated"], events, p=[0.7, 0.1, 0.1, 0.1])
    doc_texts: dict[int, list[str]] = defaultdict(list)
    doc_length = defaultdict(int)
    rows = {"events": [], "mentions": []}
    cursor = 0
    for i in range(events):
        doc = int(doc_of_event[i])
        who = [int(p) for p in picks[cursor:cursor + n_participants[i]]]
        cursor += n_participants[i]
        start, end = _dates(kind[i], START + timedelta(days=int(day_of_happening[happening[i]])))
        offset = doc_length[doc]
        sentence, spans = _sentence(names, who, VERBS[i % len(VERBS)], start)
        doc_texts[doc].append(sentence)
        doc_length[doc] += len(sentence) + 1
        doc_id = f"d{doc:06d}"
        event_id = f"{doc_id}-e{offset}"
        for entity, (s, e) in zip(who, spans):
            rows["mentions"].append({"mention_id": f"{doc_id}-m{offset + s}", "entity_id": f"e{entity:06d}",
                                     "doc_id": doc_id, "start": offset + s, "end": offset + e,
                                     "text": names[entity], "type": str(types[entity])})
        rows["events"].append({
            "event_id": event_id, "doc_id": doc_id, "sentence": sentence, "start": offset,
            "end": offset + len(sentence), "trigger": VERBS[i % len(VERBS)], "lemma": VERBS[i % len(VERBS)],
            "tense": "past", "date_start": start, "date_end": end, "date_basis": "timex" if start else "none",
            "timex_id": "", "place": "", "participants": sorted({f"e{p:06d}" for p in who}),
            "cluster_id": f"c{happening[i]:07d}",
        })
    return {"names": names, "types": types, "texts": doc_texts, "rows": rows, "documents": documents}


def _dates(kind: str, day: date) -> tuple[str, str]:
    if kind == "undated":
        return "", ""
    if kind == "month":
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first.isoformat(), last.isoformat()
    if kind == "range":
        return day.isoformat(), (day + timedelta(days=2)).isoformat()
    return day.isoformat(), day.isoformat()


def _sentence(names: list[str], who: list[int], verb: str, start: str) -> tuple[str, list[tuple[int, int]]]:
    subject, *objects = who
    parts, spans, length = [], [], 0
    for index, entity in enumerate([subject] + objects):
        prefix = "" if index == 0 else (f" {verb} " if index == 1 else " and ")
        parts.append(prefix)
        length += len(prefix)
        spans.append((length, length + len(names[entity])))
        parts.append(names[entity])
        length += len(names[entity])
    tail = f" {verb} the talks" if len(who) == 1 else ""
    when = f" on {start}." if start else "."
    return "".join(parts) + tail + when, spans


def tables_from(built: dict) -> dict:
    rows = built["rows"]
    names, types = built["names"], built["types"]
    mentions_per_entity = defaultdict(int)
    docs_per_entity = defaultdict(set)
    for m in rows["mentions"]:
        mentions_per_entity[m["entity_id"]] += 1
        docs_per_entity[m["entity_id"]].add(m["doc_id"])
    entities = [{"entity_id": e, "name": names[int(e[1:])], "type": str(types[int(e[1:])]), "aliases": [],
                 "mention_count": n, "doc_count": len(docs_per_entity[e])} for e, n in mentions_per_entity.items()]
    documents = [{"doc_id": f"d{d:06d}", "name": f"article_{d:06d}.txt", "title": f"Synthetic article {d}",
                  "source": ["AP", "Reuters", "AFP", "BBC"][d % 4], "published": "", "published_basis": "unknown",
                  "text": "\n".join(built["texts"].get(d, [""])), "path": ""} for d in range(built["documents"])]
    clusters = _clusters(rows["events"])
    return {
        "documents": make_table("documents", documents), "furniture": make_table("furniture", []),
        "entities": make_table("entities", entities), "mentions": make_table("mentions", rows["mentions"]),
        "timexes": make_table("timexes", []), "events": make_table("events", rows["events"]),
        "relations": make_table("relations", co_participant_relations(rows["events"])),
        "clusters": make_table("clusters", clusters),
    }


def _clusters(events: list[dict]) -> list[dict]:
    """Happenings reported by two or more documents become clusters; the rest lose their cluster id."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        groups[event["cluster_id"]].append(event)
    clusters = []
    for cluster_id, members in groups.items():
        docs = sorted({e["doc_id"] for e in members})
        if len(docs) < 2:
            for e in members:
                e["cluster_id"] = ""
            continue
        dated = [e for e in members if e["date_start"]]
        clusters.append({"cluster_id": cluster_id, "label": f"{members[0]['lemma']}: {cluster_id}",
                         "date_start": min((e["date_start"] for e in dated), default=""),
                         "date_end": max((e["date_end"] for e in dated), default=""),
                         "doc_ids": docs, "event_ids": [e["event_id"] for e in members], "conflict": ""})
    return clusters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    tables = tables_from(build(args.events, args.entities, args.documents, args.seed))
    built = time.perf_counter()
    save_workspace(tables, args.output)
    saved = time.perf_counter()
    counts = ", ".join(f"{name} {len(frame):,}" for name, frame in tables.items())
    print(f"{args.output}: {counts}")
    print(f"generated in {built - started:.1f} s, saved in {saved - built:.1f} s, "
          f"{args.output.stat().st_size / 1e6:.0f} MB on disk")


if __name__ == "__main__":
    main()
