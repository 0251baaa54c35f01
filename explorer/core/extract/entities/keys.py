"""Which mention keys name the same referent: aliases, acronyms, prefixes, surnames.

Every rule maps a key to the key of the entity it joins, and only when the target
is unique in the corpus (two candidates mean the rule cannot tell, so nothing is
joined):

- common alternative names of countries and bodies (``resources/entity_aliases.json``):
  ``US`` / ``U.S.`` / ``United States`` / ``America`` → one key, also as the first
  words of an organisation (``United States Treasury`` = ``US Treasury``);
- ``Department of State`` = ``State Department`` (heads such as department, ministry);
- a name and the same name with a place before it (``Treasury`` and ``US Treasury``,
  ``State Department`` and ``US State Department``) when only one place is used;
- a place and the same place with a region code (``Washington`` / ``Washington, DC``
  / ``DC``);
- an acronym and the one multi-word name whose initials it is (``MEA`` and
  ``Ministry of External Affairs``), or the one name it follows in brackets
  (``Hindustan Aeronautics Limited (HAL)``), when both occur in the corpus;
- a lone surname and the one full name of a person that ends with it (people who
  share a surname but differ in their first names stay apart).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache

from explorer.paths import resource_path

PERSON = "PERSON"
PLACE_TYPES = {"GPE", "LOC"}
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _alias_data() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    data = json.loads(resource_path("entity_aliases.json").read_text(encoding="utf-8"))
    words = json.loads(resource_path("entity_words.json").read_text(encoding="utf-8"))
    aliases = {name: group[0] for group in data["groups"] for name in group}
    return (aliases, frozenset(data.get("region_codes", [])), frozenset(words["organisation_heads"]),
            frozenset(words["acronym_skip_words"]))


def alias_key(key: str) -> str | None:
    """The canonical key of a common alias (``america`` → ``us``), or None."""
    return _alias_data()[0].get(key)


def normal_key(key: str, entity_type: str) -> str:
    """``the united states treasury`` → ``us treasury``; ``department of state`` → ``state department``."""
    aliases, _, heads, _ = _alias_data()
    if key in aliases:
        return aliases[key]
    if entity_type == PERSON:
        return key
    words = key.split()
    prefix: list[str] = []
    for size in range(min(len(words) - 1, 6), 0, -1):
        if " ".join(words[:size]) in aliases:
            prefix, words = [aliases[" ".join(words[:size])]], words[size:]
            break
    if len(words) > 2 and words[0] in heads and words[1] == "of":
        words = words[2:] + words[:1]
    return " ".join(prefix + words)


def canonical_keys(mentions: list[dict]) -> dict[str, str]:
    """Map every mention key to the key of the entity it belongs to.

    ``mentions`` may be the mentions themselves or their distinct forms with a
    ``count`` (``entities.mention_forms``): the result is the same.
    """
    types = majority_types(mentions)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        surfaces[mention["key"]].add(mention["text"])
    normal = {key: normal_key(key, t) for key, t in types.items()}
    # the type of each normalised key, by the votes of its raw keys
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[normal[mention["key"]]][mention["type"]] += mention.get("count", 1)
    norm_types = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    joins: dict[str, str] = {}
    joins.update(_region_codes(norm_types))
    joins.update(_place_prefixes(norm_types))
    joins.update(_acronyms(norm_types, surfaces, normal, mentions))
    joins.update(_surnames(norm_types))
    return {key: _follow(normal[key], joins) for key in types}


def _follow(key: str, joins: dict[str, str]) -> str:
    seen = {key}
    while key in joins and joins[key] not in seen:
        key = joins[key]
        seen.add(key)
    return key


def _region_codes(types: dict[str, str]) -> dict[str, str]:
    codes = _alias_data()[1]
    joins: dict[str, str] = {}
    by_code: dict[str, set[str]] = defaultdict(set)
    for key, t in types.items():
        words = key.split()
        if t in PLACE_TYPES and len(words) > 1 and words[-1] in codes:
            by_code[words[-1]].add(key)
            base = " ".join(words[:-1])
            if types.get(base) in PLACE_TYPES:
                joins[base] = key
    for code, keys in by_code.items():
        if len(keys) == 1 and types.get(code) in PLACE_TYPES:
            joins[code] = next(iter(keys))
    return joins


def _place_prefixes(types: dict[str, str]) -> dict[str, str]:
    """``treasury`` → ``us treasury`` when one place-prefixed form of it exists."""
    aliases = _alias_data()[0]
    places = {k for k, t in types.items() if t in PLACE_TYPES} | set(aliases.values())
    candidates: dict[str, set[str]] = defaultdict(set)
    for key, t in types.items():
        if t == PERSON or t in PLACE_TYPES:
            continue
        words = key.split()
        for size in (1, 2):
            rest = " ".join(words[size:])
            if len(words) > size and " ".join(words[:size]) in places and rest in types and types[rest] != PERSON \
                    and types[rest] not in PLACE_TYPES:
                candidates[rest].add(key)
    return {rest: next(iter(keys)) for rest, keys in candidates.items() if len(keys) == 1}


def _acronyms(types: dict[str, str], surfaces: dict[str, set[str]], normal: dict[str, str],
              mentions: list[dict]) -> dict[str, str]:
    """An all-capitals key joins the one multi-word name (not a person) whose initials it spells.

    The name must be written in capitals (``Ministry of External Affairs``, not
    ``Aceh province``) and must not contain the acronym itself (``US Senate`` is
    not ``US``); acronyms whose long form is already known (``EU``) are left alone.
    """
    skip = _alias_data()[3]
    acronyms = {normal[raw] for raw, forms in surfaces.items()
                if types.get(normal[raw], PERSON) != PERSON and forms and all(ACRONYM.match(f) for f in forms)}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for raw, key in normal.items():
        if types.get(key) == PERSON or key in acronyms or not any(_capitalised(f, skip) for f in surfaces[raw]):
            continue
        for form in (raw, key):
            words = [w for w in re.split(r"[\s-]+", form) if w and w not in skip]
            if len(words) > 1:
                by_initials["".join(w[0] for w in words)].add(key)
    known = {key for raw, key in normal.items() if " " in raw} | set(_alias_data()[0])
    joins = {}
    for acronym in acronyms - known:
        names = {k for k in by_initials.get(acronym.replace("&", ""), ()) if acronym not in k.split()}
        if acronym in types and len(names) == 1:
            joins[acronym] = next(iter(names))
    defined: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.get("defines") and mention["defines"] in normal:
            defined[normal[mention["key"]]].add(normal[mention["defines"]])
    for acronym, names in defined.items():
        if acronym in acronyms - known and len(names) == 1 and types.get(next(iter(names))) != PERSON:
            joins[acronym] = next(iter(names))
    return joins


def _capitalised(surface: str, skip: frozenset[str]) -> bool:
    words = [w for w in re.split(r"[\s-]+", LEADING_THE.sub("", surface)) if w and w.lower() not in skip]
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _surnames(types: dict[str, str]) -> dict[str, str]:
    person_keys = {k for k, t in types.items() if t == PERSON}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key in person_keys:
        parts = key.split()
        if len(parts) > 1:
            by_surname[parts[-1]].add(key)
    joins = {}
    for key in person_keys:
        if " " not in key and key in by_surname:
            target = _merge_initials(by_surname[key])
            if target:
                joins[key] = target
    return joins


def _merge_initials(candidates: set[str]) -> str:
    """The one full name a surname points to; with several, the longest that agree on the initial.

    Two full names with different initials (``anita anand``, ``r anand``) are
    different people: the lone surname then stays an entity of its own.
    """
    if len(candidates) == 1:
        return next(iter(candidates))
    firsts = {c.split()[0][0] for c in candidates}
    return max(sorted(candidates), key=len) if len(firsts) == 1 else ""


def majority_types(mentions: list[dict]) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[mention["key"]][mention["type"]] += mention.get("count", 1)
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
