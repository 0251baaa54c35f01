"""Social-media handles linked to the entity they name: ``@SecRubio`` is Marco Rubio.

A handle is written without spaces, so the model does not tag it. It names an
entity when, lower-cased, it spells one of the entity's names or aliases run
together (``@USTreasury`` → "US Treasury"), or, for a person, a title prefix from
``resources/handle_prefixes.txt`` followed by their full name or by a surname no
other person in the corpus bears (``@SecScottBessent``, ``@SecRubio``). A handle
that names nobody (``@USAmbIndia``) stays unlinked. Linked handles become
mentions of the entity and one of its aliases; like every mention, none is taken
from page furniture (the caller passes the text with furniture blanked).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from explorer.core.extract.entities.mentions import LEADING_ARTICLE
from explorer.core.extract.rows import BatchMention
from explorer.core.model import EntityRow, MentionRow
from explorer.paths import resource_path

HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{1,29})\b")
NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1)
def handle_prefixes() -> tuple[str, ...]:
    lines = resource_path("handle_prefixes.txt").read_text(encoding="utf-8").splitlines()
    return tuple(sorted({ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")},
                        key=len, reverse=True))


@dataclass(frozen=True)
class HandleLookup:
    """What a handle can name, made once per entity resolution and shared by every partition.

    Building it reads every entity's names (most of the cost of linking a partition's handles), so
    the Dask reduce makes it once on the client and sends it to the workers, not the entities."""

    spelled: dict[str, str]  # a name or alias run together → entity id
    people: dict[str, str]  # a person's full name run together, or their surname if no one else's → entity id
    types: dict[str, str]  # entity id → its type, which a handle's mention takes


def handle_lookup(entities: list[EntityRow]) -> HandleLookup:
    spelled: dict[str, str] = {}
    people: dict[str, str] = {}
    surnames = Counter(_squash(e["name"].split()[-1]) for e in entities if e["type"] == "PERSON" and " " in e["name"])
    for entity in entities:
        for name in [entity["name"], *entity["aliases"]]:
            squashed = _squash(LEADING_ARTICLE.sub("", name))
            if len(squashed) >= 3:
                spelled.setdefault(squashed, entity["entity_id"])
        if entity["type"] == "PERSON" and " " in entity["name"]:
            people.setdefault(_squash(entity["name"]), entity["entity_id"])
            surname = _squash(entity["name"].split()[-1])
            if surnames[surname] == 1 and len(surname) >= 3:
                people.setdefault(surname, entity["entity_id"])
    return HandleLookup(spelled, people, {e["entity_id"]: e["type"] for e in entities})


def link_handles(texts: dict[str, str], mentions: Iterable[MentionRow],
                 entities: list[EntityRow]) -> list[BatchMention]:
    """New mention rows for the handles in ``texts`` (doc id → stored text) that name an entity.

    Handles already inside a mention are left alone. ``entities`` gain the handle
    as an alias and their counts are brought up to date by the caller.
    """
    rows = find_handles(texts, mentions, handle_lookup(entities))
    add_handle_aliases(entities, rows)
    return rows


def find_handles(texts: dict[str, str], mentions: Iterable[MentionRow], lookup: HandleLookup) -> list[BatchMention]:
    """``link_handles``'s mention rows, leaving the entities as they are (their aliases are the caller's)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        spans.setdefault(mention["doc_id"], []).append((mention["start"], mention["end"]))
    rows: list[BatchMention] = []
    for doc_id, text in texts.items():
        for match in HANDLE.finditer(text):
            entity_id = _entity_for(match.group(1).lower(), lookup)
            if entity_id is None or any(s < match.end() and match.start() < e for s, e in spans.get(doc_id, ())):
                continue
            rows.append({"mention_id": f"{doc_id}-m{match.start()}", "entity_id": entity_id, "doc_id": doc_id,
                         "start": match.start(), "end": match.end(), "text": match.group(0),
                         "type": lookup.types[entity_id], "key": match.group(0).lower()})
    return rows


def add_handle_aliases(entities: list[EntityRow], handles: Iterable[Mapping[str, Any]]) -> None:
    """Each handle (its ``entity_id`` and ``text``) one of the aliases of the entity it names."""
    by_id = {e["entity_id"]: e for e in entities}
    for handle in handles:
        entity = by_id[handle["entity_id"]]
        if handle["text"] not in entity["aliases"]:
            entity["aliases"] = sorted([*entity["aliases"], handle["text"]])


def _entity_for(handle: str, lookup: HandleLookup) -> str | None:
    spelled, people = lookup.spelled, lookup.people
    if handle in spelled:
        return spelled[handle]
    for prefix in handle_prefixes():
        if handle.startswith(prefix) and handle[len(prefix):] in people:
            return people[handle[len(prefix):]]
    return None


def _squash(name: str) -> str:
    return NOT_ALNUM.sub("", name.lower())
