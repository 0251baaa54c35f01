"""Entity decisions: merge, rename, split an alias off, hide, change type.

Mentions say which entity each stretch of text refers to; events name entities
as participants and place; relations pair entities. A merge or a split moves
mentions, then carries the move into events, rebuilds the co-participant
relations from the events, and recounts each entity's mentions and documents.
Each function updates ``tables`` in place (the caller passes copies).
"""

from __future__ import annotations

import pandas as pd

from explorer.core.model import Tables, make_table, normalize_table


def merge(tables: Tables, payload: dict) -> None:
    into, others = payload["into"], list(payload["entity_ids"])
    entities = tables.get("entities")
    if entities is not None:
        present = set(entities["entity_id"])
        if into not in present:
            return
        others = [e for e in others if e in present and e != into]
    if not others:
        return
    mapping = dict.fromkeys(others, into)
    if entities is not None:
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


def _absorb(tables: Tables, into: str, others: list[str]) -> None:
    """The surviving entity takes the others' names and aliases as its aliases; the others go."""
    entities = tables["entities"]
    absorbed = entities[entities["entity_id"].isin(others)]
    target = entities.index[entities["entity_id"] == into][0]
    names = set(absorbed["name"]) | {a for aliases in absorbed["aliases"] for a in aliases}
    names |= set(entities.at[target, "aliases"])
    entities.at[target, "aliases"] = sorted(names - {entities.at[target, "name"]})
    if (absorbed["hidden"] == 0).any() and entities.at[target, "hidden"]:
        entities.at[target, "hidden"] = 0  # merging a visible entity into a hidden one shows the result
    tables["entities"] = entities[~entities["entity_id"].isin(others)].reset_index(drop=True)


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
    """Mention and document counts from the mentions; entities left with no mention go."""
    entities, mentions = tables.get("entities"), tables.get("mentions")
    if entities is None or mentions is None:
        return
    counts = mentions.groupby("entity_id").agg(mention_count=("mention_id", "size"), doc_count=("doc_id", "nunique"))
    entities["mention_count"] = entities["entity_id"].map(counts["mention_count"]).fillna(0).astype("int64")
    entities["doc_count"] = entities["entity_id"].map(counts["doc_count"]).fillna(0).astype("int64")
    tables["entities"] = entities[entities["mention_count"] > 0].reset_index(drop=True)
