"""Entity resolution across the corpus: mentions grouped into entities with aliases.

Mentions that share a key (``S. Jaishankar`` and ``S Jaishankar``) are one entity;
a one-word person name (``Jaishankar``) joins the only multi-word person whose last
name it is; a key spaCy labelled with several types takes its most common type.
Ids are hashes of type and key, so the same corpus gives the same ids in any run.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

PERSON = "PERSON"


def resolve_entities(mentions: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Entity rows, and the entity id of every mention id."""
    key_of = _canonical_keys(mentions)
    groups: dict[str, list[dict]] = defaultdict(list)
    for mention in mentions:
        groups[key_of[mention["key"]]].append(mention)
    entities, entity_of = [], {}
    for key, members in groups.items():
        row = _entity_row(key, members)
        entities.append(row)
        for mention in members:
            entity_of[mention["mention_id"]] = row["entity_id"]
    return entities, entity_of


def _canonical_keys(mentions: list[dict]) -> dict[str, str]:
    """Map every mention key to the key of the entity it belongs to."""
    types = _majority_types(mentions)
    person_keys = {k for k, t in types.items() if t == PERSON}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key in person_keys:
        parts = key.split()
        if len(parts) > 1:
            by_surname[parts[-1]].add(key)
    mapping = {}
    for key in types:
        fuller = by_surname.get(key, set()) if key in person_keys and " " not in key else set()
        mapping[key] = (_merge_initials(fuller) if fuller else "") or key
    return mapping


def _merge_initials(candidates: set[str]) -> str:
    """The one full name a surname points to; with several, the longest that agree on the initial.

    Two full names with different initials (``anita anand``, ``r anand``) are
    different people: the lone surname then stays an entity of its own.
    """
    if len(candidates) == 1:
        return next(iter(candidates))
    firsts = {c.split()[0][0] for c in candidates}
    return max(sorted(candidates), key=len) if len(firsts) == 1 else ""


def _majority_types(mentions: list[dict]) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[mention["key"]][mention["type"]] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _entity_row(key: str, members: list[dict]) -> dict:
    entity_type = Counter(m["type"] for m in members).most_common(1)[0][0]
    surfaces = Counter(m["text"] for m in members)
    name = max(surfaces, key=lambda s: (len(s.split()), surfaces[s], -len(s)))
    return {
        "entity_id": entity_id(entity_type, key),
        "name": name,
        "type": entity_type,
        "aliases": sorted(s for s in surfaces if s != name),
        "mention_count": len(members),
        "doc_count": len({m["doc_id"] for m in members}),
    }


def entity_id(entity_type: str, key: str) -> str:
    """A stable id from the entity's type and key."""
    return "e" + hashlib.sha1(f"{entity_type}\0{key}".encode("utf-8")).hexdigest()[:12]
