"""Write a realistic synthetic workspace for scale benchmarks.

A real workspace file (``explorer open``, ``info`` and ``export`` accept it) with
power-law entity frequencies, event dates spread over years (days, and some month
or range dates, some undated), documents whose text is the sentences of their
events (so every offset slices correctly), co-participant relations and
cross-document clusters.

    .venv/bin/python bench/make_workspace.py --events 1000000 --entities 100000 --documents 20000 -o big.explorer
    .venv/bin/python bench/make_workspace.py --events 10000000 --entities 500000 --documents 200000 -o huge.explorer

Each document's ``held_rows`` (what ``explorer add`` needs besides the tables: ``store.held_rows``) are
written with it, so adding to the workspace extracts only the new articles.

Rows are written a chunk at a time (``write_streaming``), so ten million events fit in a few
gigabytes of memory; ``--in-memory`` builds every row first (``build`` + ``tables_from``, which the
tests and the other benchmarks use for small workspaces) and gives the same tables for one seed.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from array import array
from itertools import islice
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.core.extract.entities.mentions import mention_key  # noqa: E402
from explorer.core.extract.events.relations import CO_PARTICIPANT, co_participant_relations  # noqa: E402
from explorer.core.model import TABLE_COLUMNS, empty_tables, make_table  # noqa: E402
from explorer.core.store import save_workspace  # noqa: E402
from explorer.core.store.workspace import insert_sql  # noqa: E402
from explorer.core.store.held_rows import MENTION_FIELDS, held_json  # noqa: E402

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
    held: dict[str, dict] = {f"d{d:06d}": {"m": {}, "e": {}} for d in range(documents)}
    keys = _keys(names, types)
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
        _hold(held[doc_id], doc_id, offset, who, spans, keys)
        rows["events"].append({
            "event_id": event_id, "doc_id": doc_id, "sentence": sentence, "start": offset,
            "end": offset + len(sentence), "trigger": VERBS[i % len(VERBS)], "lemma": VERBS[i % len(VERBS)],
            "tense": "past", "date_start": start, "date_end": end, "date_basis": "timex" if start else "none",
            "timex_id": "", "place": "", "participants": sorted({f"e{p:06d}" for p in who}),
            "cluster_id": f"c{happening[i]:07d}",
        })
    return {"names": names, "types": types, "texts": doc_texts, "rows": rows, "documents": documents,
            "held": held}


def _keys(names: list[str], types: np.ndarray) -> list[str]:
    """Each entity's resolution key, as extraction gives its mentions (``mention_key``)."""
    return [mention_key(name, str(kind)) for name, kind in zip(names, types)]


def _hold(held: dict, doc_id: str, offset: int, who: list[int], spans: list[tuple[int, int]], keys: list[str]) -> None:
    """What extraction would have kept of one event and its mentions for ``explorer add`` (``store.held_rows``):
    each mention's key (no title, definition or cue), the event's participants as mention ids, its subject the
    agent and the others its patients, no place."""
    mention_ids = [f"{doc_id}-m{offset + s}" for s, _ in spans]
    for entity, mention_id in zip(who, mention_ids):
        held["m"][mention_id] = [keys[entity], *[""] * (len(MENTION_FIELDS) - 1)]
    held["e"][f"{doc_id}-e{offset}"] = ["", mention_ids, mention_ids[:1], mention_ids[1:]]


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



# ---------------------------------------------------------------------------------------------
# Streaming: the same workspace written a chunk of events at a time (issue 19's ten million).
#
# ``build`` holds every row as a dict before ``save_workspace``: about 6.5 KB a generated event,
# so ten million events would need some 65 GB. ``write_streaming`` draws the same random numbers
# in the same order, keeps only numpy arrays for the whole corpus (participants, documents, days,
# offsets), writes events, mentions and documents as it goes, then relations, clusters and
# entities from the arrays. For one seed it writes the tables ``build`` + ``tables_from`` give
# (tests/bench/test_make_workspace.py compares them).

def _draws(events: int, entities: int, documents: int, seed: int) -> dict:
    """The random draws of ``build``, in its order, so one seed gives one corpus either way."""
    rng = np.random.default_rng(seed)
    names = entity_names(rng, entities)
    types = rng.choice(TYPES, entities, p=TYPE_WEIGHTS)
    weights = 1.0 / np.arange(1, entities + 1) ** 1.1
    weights /= weights.sum()
    n_participants = rng.integers(1, 4, events)
    picks = rng.choice(entities, n_participants.sum(), p=weights)
    doc_of_event = np.sort(rng.integers(0, documents, events))
    happening = rng.integers(0, max(events // 6, 1), events)
    day_of_happening = rng.integers(0, DAYS, max(events // 6, 1))
    kind = rng.choice(["day", "month", "range", "undated"], events, p=[0.7, 0.1, 0.1, 0.1])
    return {"names": names, "types": types, "n_participants": n_participants, "picks": picks,
            "doc_of_event": doc_of_event, "happening": happening, "day_of_happening": day_of_happening,
            "kind": kind}


def _row_writer(conn: sqlite3.Connection, table: str, columns: list[str] | None = None):
    """Insert a list of rows (tuples of ``columns``, by default the table's) into ``table``."""
    sql = insert_sql(table, columns or TABLE_COLUMNS[table])
    return lambda rows: conn.executemany(sql, rows)


def _clustered_happenings(draws: dict, documents: int) -> np.ndarray:
    """Which happenings are told by two or more documents (the others form no cluster)."""
    happening, doc = draws["happening"].astype(np.int64), draws["doc_of_event"].astype(np.int64)
    pairs = np.unique(happening * documents + doc)
    return np.bincount(pairs // documents, minlength=len(draws["day_of_happening"])) >= 2


def _event_days(draws: dict) -> tuple[np.ndarray, np.ndarray]:
    """Each event's first and last day (datetime64[D]; NaT when undated), as ``_dates`` gives them."""
    day = np.datetime64(START) + draws["day_of_happening"][draws["happening"]].astype("timedelta64[D]")
    kind = draws["kind"]
    first, last = day.copy(), day.copy()
    month = kind == "month"
    first[month] = day[month].astype("datetime64[M]").astype("datetime64[D]")
    last[month] = (day[month].astype("datetime64[M]") + 1).astype("datetime64[D]") - 1
    last[kind == "range"] += 2
    first[kind == "undated"] = np.datetime64("NaT")
    last[kind == "undated"] = np.datetime64("NaT")
    return first, last


def _write_events(conn: sqlite3.Connection, draws: dict, documents: int, clustered: np.ndarray,
                  chunk: int, say) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Events, mentions and documents in document order; returns each event's offset in its
    document and the co-participant pairs (as ``source * entities + target``) with their event."""
    names, types, picks = draws["names"], draws["types"], draws["picks"]
    n_participants, doc_of_event = draws["n_participants"], draws["doc_of_event"]
    happening, kind = draws["happening"], draws["kind"]
    entity_count = len(names)
    put_event, put_mention, put_document = (_row_writer(conn, t) for t in ("events", "mentions", "documents"))
    put_held = _row_writer(conn, "held_rows", ["doc_id", "rows"])
    keys = _keys(names, types)
    held: dict = {"m": {}, "e": {}}
    held_rows: list[tuple] = []
    offsets = np.zeros(len(doc_of_event), dtype=np.int64)
    pair_codes, pair_events = array("q"), array("q")
    first_of = np.concatenate(([0], np.cumsum(n_participants)))
    text: list[str] = []
    length = 0
    next_doc = 0
    event_rows: list[tuple] = []
    mention_rows: list[tuple] = []
    document_rows: list[tuple] = []

    def flush_documents(until: int) -> None:
        nonlocal next_doc, text, length, held
        while next_doc < until:
            document_rows.append(_document_row(next_doc, "\n".join(text) if text else ""))
            held_rows.append((f"d{next_doc:06d}", held_json(held)))
            next_doc += 1
            text, length, held = [], 0, {"m": {}, "e": {}}

    for i in range(len(doc_of_event)):
        doc = int(doc_of_event[i])
        if doc != next_doc:
            flush_documents(doc)
        who = picks[first_of[i]:first_of[i + 1]].tolist()
        verb = VERBS[i % len(VERBS)]
        start, end = _dates(str(kind[i]), START + timedelta(days=int(draws["day_of_happening"][happening[i]])))
        sentence, spans = _sentence(names, who, verb, start)
        offset = length
        offsets[i] = offset
        text.append(sentence)
        length += len(sentence) + 1
        doc_id = f"d{doc:06d}"
        for entity, (s, e) in zip(who, spans):
            mention_rows.append((f"{doc_id}-m{offset + s}", f"e{entity:06d}", doc_id, offset + s, offset + e,
                                 names[entity], str(types[entity])))
        _hold(held, doc_id, offset, who, spans, keys)
        unique = sorted(set(who))
        for a in range(len(unique)):
            for b in range(a + 1, len(unique)):
                pair_codes.append(unique[a] * entity_count + unique[b])
                pair_events.append(i)
        cluster_id = f"c{happening[i]:07d}" if clustered[happening[i]] else ""
        event_rows.append((f"{doc_id}-e{offset}", doc_id, sentence, offset, offset + len(sentence), verb, 0, 0,
                           verb, "past", start, end, "timex" if start else "none", "", "",
                           json.dumps([f"e{p:06d}" for p in unique]), cluster_id, "", "[]"))
        if len(event_rows) >= chunk:
            put_event(event_rows), put_mention(mention_rows), put_document(document_rows), put_held(held_rows)
            event_rows, mention_rows, document_rows, held_rows = [], [], [], []
            say(f"  {i + 1:,} events written")
    flush_documents(documents)
    put_event(event_rows), put_mention(mention_rows), put_document(document_rows), put_held(held_rows)
    return offsets, np.frombuffer(pair_codes, dtype=np.int64), np.frombuffer(pair_events, dtype=np.int64)


def _document_row(doc: int, text: str) -> tuple:
    return (f"d{doc:06d}", f"article_{doc:06d}.txt", f"Synthetic article {doc}", ["AP", "Reuters", "AFP", "BBC"][doc % 4],
            "", "unknown", text, "", "", "[]", "")


def _event_ids(indices: np.ndarray, doc_of_event: np.ndarray, offsets: np.ndarray) -> list[str]:
    return [f"d{d:06d}-e{o}" for d, o in zip(doc_of_event[indices].tolist(), offsets[indices].tolist())]


def _groups(keys: np.ndarray):
    """(key, member indices in their original order) for each distinct key, keys ascending."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    bounds = np.flatnonzero(np.diff(sorted_keys)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(keys)]))
    for s, e in zip(starts.tolist(), ends.tolist()):
        yield int(sorted_keys[s]), order[s:e]


def _write_relations(conn: sqlite3.Connection, draws: dict, offsets: np.ndarray, pair_codes: np.ndarray,
                     pair_events: np.ndarray, chunk: int) -> int:
    """One co-participant relation per pair sharing events, source < target, as ``co_participant_relations``."""
    entity_count = len(draws["names"])

    def rows():
        for code, members in _groups(pair_codes):
            source, target = divmod(code, entity_count)
            ids = _event_ids(pair_events[members], draws["doc_of_event"], offsets)
            yield f"e{source:06d}", f"e{target:06d}", CO_PARTICIPANT, len(ids), json.dumps(ids)

    return _put_in_chunks(_row_writer(conn, "relations"), rows(), chunk)


def _put_in_chunks(put, rows, chunk: int) -> int:
    """Hand ``rows`` to ``put`` ``chunk`` at a time (never all of them in memory); returns how many."""
    written = 0
    while batch := list(islice(rows, chunk)):
        put(batch)
        written += len(batch)
    return written


def _write_clusters(conn: sqlite3.Connection, draws: dict, offsets: np.ndarray, clustered: np.ndarray,
                    chunk: int) -> int:
    """Happenings told by two or more documents, in the order their first event comes, as ``_clusters``."""
    happening, doc_of_event = draws["happening"], draws["doc_of_event"]
    first_day, last_day = _event_days(draws)
    groups = [(int(members[0]), key, members) for key, members in _groups(happening) if clustered[key]]
    groups.sort()

    def rows():
        for first, key, members in groups:
            starts, ends = first_day[members], last_day[members]
            dated = ~np.isnat(starts)
            yield (f"c{key:07d}", f"{VERBS[first % len(VERBS)]}: c{key:07d}",
                   str(starts[dated].min()) if dated.any() else "", str(ends[dated].max()) if dated.any() else "",
                   json.dumps([f"d{d:06d}" for d in np.unique(doc_of_event[members]).tolist()]),
                   json.dumps(_event_ids(members, doc_of_event, offsets)), 0.0, "")

    return _put_in_chunks(_row_writer(conn, "clusters"), rows(), chunk)


def _write_entities(conn: sqlite3.Connection, draws: dict, documents: int) -> int:
    """Entities that are mentioned, in the order of their first mention, with their counts."""
    picks = draws["picks"].astype(np.int64)
    doc_of_mention = np.repeat(draws["doc_of_event"], draws["n_participants"]).astype(np.int64)
    mention_count = np.bincount(picks, minlength=len(draws["names"]))
    doc_count = np.bincount(np.unique(picks * documents + doc_of_mention) // documents, minlength=len(draws["names"]))
    seen, first = np.unique(picks, return_index=True)
    order = seen[np.argsort(first)]
    names, types = draws["names"], draws["types"]
    _row_writer(conn, "entities")(
        (f"e{e:06d}", names[e], str(types[e]), "[]", int(mention_count[e]), int(doc_count[e]), 0) for e in order.tolist())
    return len(order)


def write_streaming(events: int, entities: int, documents: int, seed: int, output: Path,
                    chunk: int = 100_000, say=print) -> dict[str, int]:
    """Write the generated workspace to ``output`` a chunk at a time; returns each table's row count.

    The file is built as ``.NAME.partial`` from an empty workspace that ``save_workspace`` writes
    (schema, meta, FTS), its indexes dropped while rows go in and made again at the end, then renamed
    into place: an interrupted run leaves no half-written workspace under the name given.
    """
    output = Path(output)
    partial = output.with_name(f".{output.name}.partial")
    partial.unlink(missing_ok=True)
    save_workspace(empty_tables(), partial)
    draws = _draws(events, entities, documents, seed)
    clustered = _clustered_happenings(draws, documents)
    conn = sqlite3.connect(partial)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -512000")
        indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        offsets, pair_codes, pair_events = _write_events(conn, draws, documents, clustered, chunk, say)
        say("  events, mentions and documents written")
        counts = {"relations": _write_relations(conn, draws, offsets, pair_codes, pair_events, chunk),
                  "clusters": _write_clusters(conn, draws, offsets, clustered, chunk),
                  "entities": _write_entities(conn, draws, documents)}
        say("  relations, clusters and entities written; indexing")
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        conn.commit()
    finally:
        conn.close()
    os.replace(partial, output)
    return {"documents": documents, "events": events, "mentions": int(draws["n_participants"].sum()), **counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--in-memory", action="store_true",
                        help="build every row first, then save (the old way; needs about 6.5 KB of memory an event)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.in_memory:
        built = build(args.events, args.entities, args.documents, args.seed)
        tables = tables_from(built)
        save_workspace(tables, args.output, held=built["held"])
        counts = {name: len(frame) for name, frame in tables.items()}
    else:
        counts = write_streaming(args.events, args.entities, args.documents, args.seed, args.output)
    seconds = time.perf_counter() - started
    print(f"{args.output}: " + ", ".join(f"{name} {count:,}" for name, count in counts.items()))
    print(f"written in {seconds:.1f} s, {args.output.stat().st_size / 1e6:.0f} MB on disk")

if __name__ == "__main__":
    main()
