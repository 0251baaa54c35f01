"""Entity decisions: merge, rename, split an alias off, hide, change type.

Mentions say which entity each stretch of text refers to; events name entities
as participants and place; relations pair entities. A merge or a split moves
mentions, then carries the move into events, rebuilds the co-participant
relations from the events, and recounts each entity's mentions and documents.
A merge does so only over the rows naming the merged entities (a million events
stay as they were), giving exactly what rebuilding gives (``merge_by_rebuild``,
still used for tables not arranged as extraction leaves them); given an ``EditIndex``
of the tables (``merge_indexed``), it finds those rows without a pass over any table
and hands on the index patched. Each function updates ``tables`` in place (the caller
passes copies).
"""

from __future__ import annotations

import bisect
import operator
from itertools import islice

import numpy as np
import pandas as pd

from explorer.core.coded import is_arrow_lists, lists_of, values_at, with_rows_merged, with_values
from explorer.core.edits.index import UNINDEXED, EditIndex, PairKeys, Unindexed, co_participant_count, sorted_union
from explorer.core.edits.mentions import covered
from explorer.core.model import Tables, make_table, normalize_table


def merge(tables: Tables, payload: dict) -> None:
    _with_lists(tables)
    into, others = _merged_ids(tables, payload)
    if not others:
        return
    co_participants = co_participant_count(tables["relations"]) if _MERGED_TABLES <= tables.keys() else None
    if co_participants is not None:
        _merge_in_place_of(tables, into, others, co_participants)
    else:
        merge_by_rebuild(tables, into, others)


def merge_indexed(tables: Tables, payload: dict, index: EditIndex) -> EditIndex | Unindexed:
    """The merge through ``index`` (which describes the tables as given, before their shallow copies):
    only the merged entities' rows are read. Returns the index of the merged tables, or ``UNINDEXED`` (nothing
    changed) when the index holds no co-participants or there are no entities: the caller then calls ``merge``."""
    into, others, found = _merged_rows(tables, payload)
    if not others:
        return index.over(tables)
    if index.co_participants is None or "entities" not in tables:
        return UNINDEXED  # (nothing changed yet: the caller merges the plain way)
    row = _absorb(tables, into, others, found)
    if index.mention_rows_or_later is None:  # the mentions are not in memory: those of the merged entities were read
        _move_mentions(tables, into, others)
        mention_rows = None
    else:
        mention_rows = _move_indexed_mentions(tables, into, others, index, row)
    changed_events, taking_part = _merge_indexed_events(tables, into, others, index)
    pairs = _merge_indexed_relations(tables, into, others, index, taking_part)
    return EditIndex(tables["events"], None if mention_rows is None else tables["mentions"], tables["relations"],
                     index.event_rows.with_rows({into: taking_part, **dict.fromkeys(others, _NO_ROWS)}),
                     _NO_ROWS, mention_rows, pairs)


def _with_lists(tables: Tables) -> None:
    """The events' participants as Python lists when the window's read kept them as Arrow (``coded.arrow_lists``):
    the merges and splits change cells, which an Arrow column cannot take. The same lists ``lists_of`` gives for
    the table before the edit (made once), so the event lookup sees by identity which rows the edit changed. (Their
    places, held as codes, were made plain strings before: ``EditKind.writes``.)"""
    events = tables.get("events")
    if events is not None and is_arrow_lists(events["participants"]):
        # (a copy of the array of lists, not the lists: a split's ``.at`` writes into the frame's own array)
        events["participants"] = pd.Series(lists_of(events["participants"]), index=events.index, dtype=object,
                                           copy=True)


def _merged_ids(tables: Tables, payload: dict) -> tuple[str, list[str]]:
    """The surviving entity and the others that exist ([] when there is nothing to merge)."""
    into, others, _rows = _merged_rows(tables, payload)
    return into, others


def _merged_rows(tables: Tables, payload: dict) -> tuple[str, list[str], np.ndarray | None]:
    """``_merged_ids``, and the entities' rows naming them (ascending; None without entities): one hashed
    pass over the ids, not a set of 100,000 of them built for a few look-ups, and not a second pass to
    find the rows again."""
    into, others = payload["into"], list(payload["entity_ids"])
    entities = tables.get("entities")
    rows = None
    if entities is not None:
        rows = np.flatnonzero(entities["entity_id"].isin([into, *others]).to_numpy(dtype=bool))
        present = set(entities["entity_id"].to_numpy(dtype=object)[rows].tolist())
        if into not in present:
            return into, [], rows
        others = [e for e in others if e in present and e != into]
    return into, list(dict.fromkeys(others)), rows


def merge_by_rebuild(tables: Tables, into: str, others: list[str]) -> None:
    """The merge by rebuilding every co-participant relation and recounting every entity (the reference)."""
    mapping = dict.fromkeys(others, into)
    if "entities" in tables:
        _absorb(tables, into, others)
    if "mentions" in tables:
        tables["mentions"]["entity_id"] = tables["mentions"]["entity_id"].replace(mapping)
    if "events" in tables:
        events = tables["events"]
        events["place"] = events["place"].replace(mapping)
        events["participants"] = [_merged(ps, place, mapping) for ps, place in zip(events["participants"], events["place"])]
    _rebuild_relations(tables, mapping)
    _recount(tables)


def rename(tables: Tables, payload: dict) -> None:
    entities = tables.get("entities")
    if entities is None:
        return
    rows = entities.index[entities["entity_id"] == payload["entity_id"]]
    name = payload["name"].strip()
    for row in rows:
        old = entities.at[row, "name"]
        if old == name or not name:
            continue
        aliases = [a for a in entities.at[row, "aliases"] if a != name]
        entities.at[row, "aliases"] = sorted(set(aliases) | {old})
        entities.at[row, "name"] = name


def split(tables: Tables, payload: dict) -> None:
    mentions, entities = tables.get("mentions"), tables.get("entities")
    source, alias, new_id = payload["entity_id"], payload["alias"], payload["new_entity_id"]
    if mentions is None:
        return
    _with_lists(tables)
    moved = (mentions["entity_id"] == source) & (mentions["text"].str.strip().str.casefold() == alias.strip().casefold())
    if not moved.any():
        return
    moved_rows = mentions[moved]
    mentions.loc[moved, "entity_id"] = new_id
    if entities is not None:
        _add_split_entity(tables, source, alias, new_id)
    if "events" in tables:
        _split_in_events(tables["events"], mentions, source, new_id, moved_rows)
    _rebuild_relations(tables, {})
    _recount(tables)


def hide(tables: Tables, payload: dict) -> None:
    entities = tables.get("entities")
    if entities is not None:
        entities.loc[entities["entity_id"].isin(payload["entity_ids"]), "hidden"] = int(bool(payload["hidden"]))


def set_type(tables: Tables, payload: dict) -> None:
    entity_id, type_ = payload["entity_id"], payload["type"]
    if "entities" in tables:
        entities = tables["entities"]
        entities.loc[entities["entity_id"] == entity_id, "type"] = type_
    if "mentions" in tables:
        mentions = tables["mentions"]
        mentions.loc[mentions["entity_id"] == entity_id, "type"] = type_


# -- helpers -----------------------------------------------------------------------------------
def _dedupe(values) -> list[str]:
    return list(dict.fromkeys(values))


def _merged(participants: list[str], place: str, mapping: dict[str, str]) -> list[str]:
    """An event's participants after a merge: renamed, once each, without its place.

    A list the merge leaves as it was is returned itself, not copied (a million events,
    most untouched): the same list, so lists in tables are never changed in place.
    """
    if mapping.keys().isdisjoint(participants) and place not in participants \
            and len(set(participants)) == len(participants):
        return participants
    return [p for p in _dedupe(mapping.get(p, p) for p in participants) if p != place]


def _absorb(tables: Tables, into: str, others: list[str], found: np.ndarray | None = None) -> int:
    """The surviving entity takes the others' names and aliases as its aliases; the others go.
    Returns the survivor's row in the entities left. ``found``: the rows naming them, when looked up."""
    entities = tables["entities"]
    ids = entities["entity_id"].to_numpy(dtype=object)
    if found is None:
        found = np.flatnonzero(entities["entity_id"].isin([into, *others]).to_numpy(dtype=bool))
    gone = np.zeros(len(entities), dtype=bool)
    gone[found[ids[found] != into]] = True
    absorbed = entities[gone]
    position = int(found[ids[found] == into][0])
    # the rows left first, then the survivor's cells set there: set on the frame given, a cell would first
    # copy its whole column (copy on write) only for the rows to be copied again
    left = entities[~gone].reset_index(drop=True)
    row = position - int(gone[:position].sum())
    names = set(absorbed["name"]) | {a for aliases in absorbed["aliases"] for a in aliases}
    names |= set(left.at[row, "aliases"])
    left.at[row, "aliases"] = sorted(names - {left.at[row, "name"]})
    if (absorbed["hidden"] == 0).any() and left.at[row, "hidden"]:
        left.at[row, "hidden"] = 0  # merging a visible entity into a hidden one shows the result
    tables["entities"] = left
    return row


def _add_split_entity(tables: Tables, source: str, alias: str, new_id: str) -> None:
    entities = tables["entities"]
    rows = entities[entities["entity_id"] == source]
    if new_id in set(entities["entity_id"]) or rows.empty:
        return
    original = rows.iloc[0]
    index = rows.index[0]
    entities.at[index, "aliases"] = [a for a in original["aliases"] if a.strip().casefold() != alias.strip().casefold()]
    row = {"entity_id": new_id, "name": alias.strip(), "type": original["type"], "aliases": [],
           "mention_count": 0, "doc_count": 0, "hidden": int(original["hidden"])}
    tables["entities"] = normalize_table("entities", pd.concat([entities, make_table("entities", [row])],
                                                               ignore_index=True))


def _split_in_events(events: pd.DataFrame, mentions: pd.DataFrame, source: str, new_id: str,
                     moved_rows: pd.DataFrame) -> None:
    """Events whose sentence holds a moved mention name the new entity (and the old one only if it is still there)."""
    remaining = mentions[mentions["entity_id"] == source]
    moved_at = _spans_by_doc(moved_rows)
    kept_at = _spans_by_doc(remaining)
    for row in events.index[[source in ps or place == source for ps, place in zip(events["participants"], events["place"])]]:
        doc, start, end = events.at[row, "doc_id"], events.at[row, "start"], events.at[row, "end"]
        has_moved = any(start <= s and e <= end for s, e in moved_at.get(doc, []))
        if not has_moved:
            continue
        has_kept = any(start <= s and e <= end for s, e in kept_at.get(doc, []))
        replacement = ([source] if has_kept else []) + [new_id]
        if events.at[row, "place"] == source:
            events.at[row, "place"] = new_id if not has_kept else source
        else:
            events.at[row, "participants"] = _dedupe(
                r for p in events.at[row, "participants"] for r in (replacement if p == source else [p]))


def _spans_by_doc(mentions: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc, start, end in zip(mentions["doc_id"], mentions["start"], mentions["end"]):
        spans.setdefault(doc, []).append((int(start), int(end)))
    return spans


def _rebuild_relations(tables: Tables, mapping: dict[str, str]) -> None:
    """Co-participant relations again from the events; other kinds keep their rows, renamed."""
    relations = tables.get("relations")
    if relations is None:
        return
    # imported here: the extract package loads spaCy, which opening a workspace must not wait for
    from explorer.core.extract.events.relations import CO_PARTICIPANT, co_participant_relations

    others = relations[relations["kind"] != CO_PARTICIPANT].copy()
    others["source"] = others["source"].replace(mapping)
    others["target"] = others["target"].replace(mapping)
    others = _combined(others[others["source"] != others["target"]])
    if "events" in tables:
        events = tables["events"]  # only events with two or more taking part make pairs: the others are skipped
        sharing = [{"event_id": e, "participants": ps, "place": place}
                   for e, ps, place in zip(events["event_id"], events["participants"], events["place"])
                   if len(ps) + bool(place) >= 2]
        rebuilt = make_table("relations", co_participant_relations(sharing))
    else:
        rebuilt = relations[relations["kind"] == CO_PARTICIPANT]
    tables["relations"] = normalize_table("relations", pd.concat([rebuilt, others], ignore_index=True))


def _combined(relations: pd.DataFrame) -> pd.DataFrame:
    """One row per (source, target, kind): a merge can make two rows name the same pair."""
    if relations.empty:
        return relations
    grouped = relations.groupby(["source", "target", "kind"], sort=False)["event_ids"].agg(
        lambda lists: list(dict.fromkeys(e for ids in lists for e in ids))).reset_index()
    grouped["weight"] = grouped["event_ids"].map(len)
    return grouped


def _recount(tables: Tables) -> None:
    """Mention and document counts from the mentions; entities left with no mention go. Mentions read for
    some entities only (``mentions.covered``: the workspace's mentions are not in memory) recount those."""
    entities, mentions = tables.get("entities"), tables.get("mentions")
    if entities is None or mentions is None:
        return
    counts = mentions.groupby("entity_id").agg(mention_count=("mention_id", "size"), doc_count=("doc_id", "nunique"))
    only = covered(mentions)
    rows = np.ones(len(entities), dtype=bool) if only is None else entities["entity_id"].isin(only).to_numpy(bool)
    for column in ("mention_count", "doc_count"):
        values = entities[column].to_numpy(dtype=np.int64).copy()
        values[rows] = entities["entity_id"][rows].map(counts[column]).fillna(0).to_numpy(dtype=np.int64)
        entities[column] = values
    gone = rows & (entities["mention_count"].to_numpy() == 0)
    tables["entities"] = entities[~gone].reset_index(drop=True)


# -- the merge, touching only the rows that name the merged entities -----------------------------
_MERGED_TABLES = frozenset({"entities", "mentions", "events", "relations"})


def _rows_in_order(tables: Tables) -> bool:
    """Whether the merge can touch only the rows naming the merged entities (else it rebuilds, as it used to)."""
    return _MERGED_TABLES <= tables.keys() and co_participant_count(tables["relations"]) is not None


def _merge_in_place_of(tables: Tables, into: str, others: list[str], co_participants: int) -> None:
    """The merge over the rows that name the merged entities; the rest of every table stays as it is.

    Gives what ``merge_by_rebuild`` gives on tables that extraction and the edits leave (each
    entity counted from its mentions, co-participant relations first and sorted by pair).
    """
    mapping = dict.fromkeys(others, into)
    _absorb(tables, into, others)
    _move_mentions(tables, into, others)
    taking_part = _merge_events(tables, mapping, into)
    _merge_relations(tables, mapping, into, taking_part, co_participants)


def _move_mentions(tables: Tables, into: str, others: list[str]) -> None:
    """The others' mentions become the surviving entity's, which is counted again (alone)."""
    mentions = tables["mentions"]
    ids = mentions["entity_id"].to_numpy()
    moved = mentions["entity_id"].isin(others).to_numpy(dtype=bool)
    if moved.any():
        ids = ids.copy()
        ids[moved] = into
        mentions["entity_id"] = pd.Series(ids, index=mentions.index, dtype=object)
    own = ids == into
    mention_count, doc_count = int(own.sum()), int(pd.Series(mentions["doc_id"].to_numpy()[own]).nunique())
    entities = tables["entities"]
    if mention_count == 0:
        tables["entities"] = entities[entities["entity_id"] != into].reset_index(drop=True)
        return
    row = entities.index[entities["entity_id"] == into][0]
    entities.at[row, "mention_count"] = mention_count
    entities.at[row, "doc_count"] = doc_count


def _merge_events(tables: Tables, mapping: dict[str, str], into: str) -> list[int]:
    """Events naming the merged entities name the survivor (once, not as both place and participant).

    Returns the positions of the events the survivor now takes part in.
    """
    events = tables["events"]
    named = set(mapping) | {into}
    participants, places = events["participants"].tolist(), events["place"].tolist()
    count = len(participants)  # each test below runs over a million events in C (map), not a Python loop
    taking = ~np.fromiter(map(named.isdisjoint, participants), bool, count) | events["place"].isin(named).to_numpy(bool)
    sizes = np.fromiter(map(len, participants), np.int64, count)
    # the rebuild leaves every event's participants once each, without its place: events that were not, change too
    unusual = np.fromiter(map(operator.contains, participants, places), bool, count)
    several = np.flatnonzero(sizes > 1)
    unusual[several] |= np.fromiter(map(len, map(set, map(participants.__getitem__, several))), np.int64,
                                    len(several)) < sizes[several]
    taking_part, changed = np.flatnonzero(taking).tolist(), np.flatnonzero(taking | unusual).tolist()
    if not changed:
        return taking_part
    new_places = events["place"].to_numpy().copy()
    new_participants = events["participants"].to_numpy().copy()
    for position in changed:
        place = mapping.get(places[position], places[position])
        new_places[position] = place
        new_participants[position] = _merged(participants[position], place, mapping)
    events["place"] = pd.Series(new_places, index=events.index, dtype=object)
    events["participants"] = pd.Series(new_participants, index=events.index, dtype=object)
    return taking_part


def _merge_relations(tables: Tables, mapping: dict[str, str], into: str, taking_part: list[int], count: int) -> None:
    """Co-participant relations (the first ``count`` rows) of the survivor again from its events; the others'
    rows renamed and combined."""
    from explorer.core.extract.events.relations import CO_PARTICIPANT  # lazily: the extract package loads spaCy

    relations, events = tables["relations"], tables["events"]
    named = set(mapping) | {into}
    leading = relations.iloc[:count]
    untouched = ~(leading["source"].isin(named) | leading["target"].isin(named)).to_numpy(dtype=bool)
    kept = leading[untouched]
    # (the ids by row, as taken: the window's are Arrow strings, which ``to_numpy`` would make ten million of)
    ids, ps, places = events["event_id"].array, events["participants"].to_numpy(), events["place"].to_numpy()
    shared: dict[tuple[str, str], list[str]] = {}
    for i in taking_part:  # the survivor's pairs, as co_participant_relations makes them (source < target)
        for other in set(ps[i]) | ({places[i]} if places[i] else set()):
            if other != into:
                shared.setdefault((into, other) if into < other else (other, into), []).append(ids[i])
    rows = [{"source": s, "target": t, "kind": CO_PARTICIPANT, "weight": len(e), "event_ids": e}
            for (s, t), e in sorted(shared.items())]
    survivor = normalize_table("relations", make_table("relations", rows))
    co = _sorted_in(kept, survivor)
    rest = _renamed_and_combined(relations.iloc[count:], mapping, into)
    tables["relations"] = pd.concat([co, rest], ignore_index=True)[list(relations.columns)]


def _sorted_in(kept: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by (source, target) with sorted rows added at their places."""
    if added.empty:
        return kept.reset_index(drop=True)
    sources, targets = kept["source"].tolist(), kept["target"].tolist()
    places = []
    for source, target in zip(added["source"], added["target"]):
        low = bisect.bisect_left(sources, source)
        high = bisect.bisect_right(sources, source, low)
        places.append(bisect.bisect_left(targets, target, low, high))
    order = np.insert(np.arange(len(kept)), places, len(kept) + np.arange(len(added)))
    return pd.concat([kept, added], ignore_index=True).take(order).reset_index(drop=True)


def _renamed_and_combined(rest: pd.DataFrame, mapping: dict[str, str], into: str) -> pd.DataFrame:
    """Relations of other kinds: the merged entities renamed, self-pairs dropped, pairs made equal combined in place."""
    sources, targets = rest["source"].replace(mapping), rest["target"].replace(mapping)
    if sources.equals(rest["source"]) and targets.equals(rest["target"]):
        return rest
    frame = rest.assign(source=sources, target=targets)
    frame = frame[frame["source"] != frame["target"]].reset_index(drop=True)
    touching = ((frame["source"] == into) | (frame["target"] == into)).to_numpy(dtype=bool)
    if not touching.any():
        return frame
    named = frame[touching]
    combined = _combined(named)
    firsts = named.drop_duplicates(["source", "target", "kind"]).index.to_numpy()
    positions = np.concatenate([np.flatnonzero(~touching), firsts])
    merged = pd.concat([frame[~touching], combined], ignore_index=True)[list(rest.columns)]
    return merged.take(np.argsort(positions, kind="stable")).reset_index(drop=True)


# -- the merge through an EditIndex: no pass over any table --------------------------------------
_NO_ROWS = np.empty(0, dtype=np.int64)


def _move_indexed_mentions(tables: Tables, into: str, others: list[str], index: EditIndex, row: int):
    """The others' mentions become the survivor's (at ``row`` of the entities), counted again alone; returns the
    patched mention rows."""
    mentions, by_entity = tables["mentions"], index.mention_rows
    assert by_entity is not None  # (the caller reads the mentions of the merged entities when none are held)
    moved = by_entity.rows_of_any(others)
    own = sorted_union([by_entity.rows_of(into), moved])
    if len(moved):
        ids = mentions["entity_id"].to_numpy(dtype=object).copy()
        ids[moved] = into
        mentions["entity_id"] = pd.Series(ids, index=mentions.index, dtype=object, copy=False)
    entities = tables["entities"]
    if not len(own):
        tables["entities"] = entities.drop(index=entities.index[row]).reset_index(drop=True)
    else:
        row = entities.index[row]
        entities.at[row, "mention_count"] = len(own)
        entities.at[row, "doc_count"] = len(pd.unique(_values_at(mentions["doc_id"], own)))
    return by_entity.with_rows({into: own, **dict.fromkeys(others, _NO_ROWS)})


def _merge_indexed_events(tables: Tables, into: str, others: list[str], index: EditIndex):
    """Events naming the others name the survivor (once, never as both place and participant), and so do
    the events the index lists as irregular. Returns (the rows changed, the rows the survivor takes part in)."""
    events, by_entity = tables["events"], index.event_rows
    taking_part = by_entity.rows_of_any([into, *others])
    changed = sorted_union([by_entity.rows_of_any(others), index.irregular])
    if not len(changed):
        return changed, taking_part
    places = values_at(events["place"], changed)  # (the changed rows' only, when the column holds codes)
    if is_arrow_lists(events["participants"]):  # (the window's read: renamed in the codes, no list made)
        rename = dict.fromkeys(others, into).get
        new_places = np.fromiter(map(rename, places, places), dtype=object, count=len(changed))
        participants = with_rows_merged(events["participants"], changed, into, others, new_places,
                                        np.isin(changed, index.irregular)).set_axis(events.index)
    else:
        participants = events["participants"].to_numpy(dtype=object).copy()
        new_places, new_lists = _renamed_events(participants[changed].tolist(), places, into, others,
                                                np.isin(changed, index.irregular))
        participants[changed] = np.fromiter(new_lists, dtype=object, count=len(changed))
        participants = pd.Series(participants, index=events.index, dtype=object, copy=False)
    if (new_places != places).any():  # (a column of a million places is copied only for a new one; codes kept codes)
        events["place"] = with_values(events["place"], changed, new_places)
    events["participants"] = participants
    return changed, taking_part


def _renamed_events(lists: list[list[str]], places: np.ndarray, into: str, others: list[str],
                    irregular: np.ndarray) -> tuple[np.ndarray, list[list[str]]]:
    """Events' participants and places with ``others`` renamed ``into``: once each, never the place too.

    Tens of thousands of events, each list a cache miss: each is renamed in one pass; only events left
    naming an entity twice (the survivor twice, or as its place too: before the merge no list repeats a
    name unless ``irregular``) or already irregular are worked out one by one. (Cutting one flat list of
    every name back into lists, or renaming in numpy, read the lists more often and took longer.)
    """
    rename = dict.fromkeys(others, into).get
    renamed = [[rename(p, p) for p in participants] for participants in lists]
    new_places = np.fromiter(map(rename, places, places), dtype=object, count=len(places))
    twice = np.fromiter(map(operator.methodcaller("count", into), renamed), dtype=np.int64, count=len(lists)) > 1
    placed = np.flatnonzero(new_places != "")  # an event's place among its participants
    twice[placed] |= np.fromiter(map(operator.contains, map(renamed.__getitem__, placed.tolist()), new_places[placed]),
                                 dtype=bool, count=len(placed))
    twice |= irregular
    for i in np.flatnonzero(twice).tolist():
        renamed[i] = _without(dict.fromkeys(renamed[i]), new_places[i])
    return new_places, renamed


def _without(named: dict, place: str) -> list[str]:
    """An event's participants (once each, in order) without its place."""
    named.pop(place, None)
    return list(named)


def _merge_indexed_relations(tables: Tables, into: str, others: list[str], index: EditIndex,
                             taking_part: np.ndarray) -> PairKeys:
    """Co-participant relations: rows naming a merged entity out, the survivor's pairs (made from them) in at
    their sorted places, every other row where it was; other kinds renamed and combined. Found and placed by
    the pairs' integer keys (``PairKeys``), never by comparing ids as strings; each column is taken once.
    Returns the keys of the new table's leading co-participant rows."""
    relations, pairs = tables["relations"], index.pairs
    assert pairs is not None
    unknown = [e for e in [into, *others] if pairs.code_of(e) is None]
    if unknown:  # an entity in no pair yet (the survivor, say): coded with the others
        pairs = pairs.with_ids(unknown)
    codes = np.array([pairs.code_of(e) for e in [into, *others]], dtype=np.int64)
    count = len(pairs.keys)
    dropped = _pair_rows_naming(pairs, codes)
    added = _survivor_pairs(relations["event_ids"].to_numpy(dtype=object)[dropped], pairs, dropped, codes,
                            index, taking_part, tables["events"]["event_id"])
    kept = np.delete(pairs.keys, dropped)
    at = np.searchsorted(kept, added.keys)
    # each new row's row among the old ones (-1: a pair added, written at ``slots`` after the take)
    rows = np.insert(np.delete(np.arange(count), dropped), at, -1)
    slots = at + np.arange(len(at))
    rest = _renamed_and_combined(relations.iloc[count:], dict.fromkeys(others, into), into)
    frame = pd.DataFrame(index=pd.RangeIndex(len(rows) + len(rest)))
    for column in relations.columns:  # one column at a time: object columns are not stacked into one block
        values = relations[column].to_numpy()[:count].take(np.maximum(rows, 0)) if count else \
            np.empty(len(rows), dtype=relations[column].to_numpy().dtype)
        values[slots] = _objects(added.columns[column]) if values.dtype == object else added.columns[column]
        if len(rest):
            values = np.concatenate([values, rest[column].to_numpy()])
        frame[column] = pd.Series(values, index=frame.index, dtype=relations[column].dtype, copy=False)
    tables["relations"] = frame
    return pairs.with_keys(np.insert(kept, at, added.keys))


def _objects(values: list) -> np.ndarray:
    """A list as a one-dimensional object array (a list of lists stays one list per element)."""
    return np.fromiter(values, dtype=object, count=len(values))


def _pair_rows_naming(pairs: PairKeys, codes: np.ndarray) -> np.ndarray:
    """Rows of the sorted co-participant pairs naming one of the entities ``codes``, ascending: each one's run
    as source (a binary search over the keys) and its rows as target (one integer comparison per row)."""
    runs = [np.arange(*np.searchsorted(pairs.keys, [code * pairs.width, (code + 1) * pairs.width]))
            for code in codes.tolist()]
    as_target = np.flatnonzero(np.isin(pairs.keys % pairs.width, codes))
    return sorted_union([*runs, as_target])


class _AddedPairs:
    """The survivor's new co-participant rows, sorted by pair: their keys and their columns' values."""

    def __init__(self, keys: np.ndarray, columns: dict[str, list]) -> None:
        self.keys, self.columns = keys, columns


def _survivor_pairs(lists: np.ndarray, pairs: PairKeys, dropped: np.ndarray, codes: np.ndarray, index: EditIndex,
                    taking_part: np.ndarray, event_ids: pd.Series) -> _AddedPairs:
    """The survivor's co-participant relations, sorted by pair, as ``co_participant_relations`` makes them, from the
    rows the merge drops (``lists``: their event ids): an entity that shared events with one merged entity shares
    those very events with the survivor (its list is kept as it is); one that shared events with several, their
    events in table order, once each (its events among the survivor's, from the index). Pairs of two merged
    entities go."""
    from explorer.core.extract.events.relations import CO_PARTICIPANT  # lazily: the extract package loads spaCy

    sources, targets = np.divmod(pairs.keys[dropped], pairs.width)
    named_source, named_target = np.isin(sources, codes), np.isin(targets, codes)
    keep = named_source ^ named_target
    partners = np.where(named_source, targets, sources)[keep]
    lists = lists[keep]
    order = np.argsort(partners, kind="stable")  # (not np.unique: its hashing is slower than this sort)
    ordered = partners[order]
    first = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1]))) if len(ordered) else _NO_ROWS
    partner, counts = ordered[first], np.diff(np.append(first, len(ordered)))
    event_lists = lists[order[first]].tolist()  # one merged entity's partners: its very list
    shared = np.flatnonzero(counts > 1)
    for i, events in zip(shared.tolist(), _events_shared(pairs.names[partner[shared]], index, taking_part, event_ids)):
        event_lists[i] = events
    into = int(codes[0])
    low, high = np.minimum(partner, into), np.maximum(partner, into)
    names = pairs.names
    return _AddedPairs(low * pairs.width + high, {
        "source": names[low].tolist(), "target": names[high].tolist(), "kind": [CO_PARTICIPANT] * len(partner),
        "weight": [len(e) for e in event_lists], "event_ids": event_lists})


def _events_shared(partners: np.ndarray, index: EditIndex, taking_part: np.ndarray, event_ids: pd.Series) -> list:
    """For each partner, the ids of the events it shares with the survivor (among ``taking_part``), in table
    order, once each: every partner's rows gathered at once and cut into lists, not one array each."""
    if not len(partners):
        return []
    taking = np.zeros(len(index.events), dtype=bool)
    taking[taking_part] = True
    by_partner = [index.event_rows.rows_of(p) for p in partners.tolist()]
    rows = np.concatenate(by_partner)
    owner = np.repeat(np.arange(len(by_partner)), [len(r) for r in by_partner])
    shared = taking[rows]
    rows, owner = rows[shared], owner[shared]
    # a partner's rows ascend: a row named twice (participant and place) is the one before it again
    once = np.ones(len(rows), dtype=bool)
    once[1:] = (rows[1:] != rows[:-1]) | (owner[1:] != owner[:-1])
    rows, owner = rows[once], owner[once]
    ids = iter(_values_at(event_ids, rows).tolist())
    return [list(islice(ids, size)) for size in np.bincount(owner, minlength=len(by_partner)).tolist()]


def _values_at(column: pd.Series, rows: np.ndarray) -> np.ndarray:
    """A column's values at some rows as objects (an Arrow-backed column converts only those rows)."""
    if column.dtype == object:
        return column.to_numpy()[rows]
    return column.iloc[rows].to_numpy(dtype=object)
