"""Entity resolution across the corpus: mentions grouped into entities with aliases.

Mentions that share a key (``S. Jaishankar`` and ``S Jaishankar``) are one entity,
and keys are joined by the rules of ``keys`` (common aliases, acronyms, a
place before an organisation, region codes, and a one-word person name joining the
only multi-word person whose last name it is); an entity takes the most common type
of its mentions. Its name is the most complete proper form: no leading article or
title, no possessive, most words, then most used.
Ids are hashes of type and key, so the same corpus gives the same ids in any run.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from explorer.core.extract.entities.evidence import KIND_NOUNS, NAME_HEADS, NON_TEAM_PLURALS
from explorer.core.extract.entities.given_names import is_given_name
from explorer.core.extract.entities.keys import (FIRM_FILLERS, LONE, TypeVote, canonical_keys, is_lone_person,
                                                 majority_types, party_short_names, person_name_words)
from explorer.core.extract.entities.places import is_demonym, is_place
from explorer.core.extract.entities.products import is_model_code
from explorer.core.extract.entities.mentions import LEADING_ARTICLE, POSSESSIVE, mention_key
from explorer.core.extract.rows import BatchMention
from explorer.core.model import EntityRow

PERSON = "PERSON"


def resolve_entities(mentions: Sequence[BatchMention]) -> tuple[list[EntityRow], dict[str, str]]:
    """Entity rows, and the entity id of every mention id."""
    entities, entity_of_key = resolve_forms(mention_forms(mentions))
    docs: dict[str, set[str]] = defaultdict(set)
    entity_of = {}
    for mention in mentions:
        entity = entity_of_key[mention["key"]]
        entity_of[mention["mention_id"]] = entity
        docs[entity].add(mention["doc_id"])
    for row in entities:
        row["doc_count"] = len(docs[row["entity_id"]])
    return entities, entity_of


FORM_FIELDS = ("key", "type", "text", "titled", "defines", "cue")


def mention_forms(mentions: Iterable[Mapping[str, Any]]) -> list[dict]:
    """The distinct forms of the mentions (key, type, text, titled, defines, cue) with their counts.

    Resolution needs only these, in order of first appearance (ties are broken by
    it), which is what lets a cluster aggregate them with a group-by and resolve a
    corpus of any size from a small table (``explorer.core.distributed``).
    """
    counts: dict[tuple, int] = {}
    for mention in mentions:
        form = tuple(mention.get(f) or "" for f in FORM_FIELDS)
        counts[form] = counts.get(form, 0) + 1
    return [{**dict(zip(FORM_FIELDS, form)), "count": n} for form, n in counts.items()]


def resolve_forms(forms: list[dict]) -> tuple[list[EntityRow], dict[str, str]]:
    """Entity rows (``doc_count`` left at 0) and the entity id of every raw mention key."""
    parties = party_short_names(majority_types(forms), forms)
    forms = _parties_retyped(forms, parties)
    key_of = canonical_keys(forms, parties)
    groups: dict[str, list[dict]] = defaultdict(list)
    for form in forms:
        groups[key_of[form["key"]]].append(form)
    types = majority_types(forms)
    person_words = person_name_words(types)
    counts = _key_counts(forms)
    org_words = _organisation_words(counts, types)
    product_words = _one_word_names(counts, types, "PRODUCT")
    maker_words = _one_word_names(counts, types, "ORG")
    entities, entity_of_key = [], {}
    for key, members in groups.items():
        row = _entity_row(key, members, person_words, org_words, product_words, maker_words, types)
        entities.append(row)
        for form in members:
            entity_of_key[form["key"]] = row["entity_id"]
    return entities, entity_of_key


def _parties_retyped(forms: list[dict], parties: dict[str, str]) -> list[dict]:
    """The forms, a party's short name the model read as a person typed the party's organisation
    (``keys.party_short_names``: "Labour" beside "Labour Party", "Lib Dem" beside "Lib Dems"), so that its mentions
    vote for the organisation they join, not for a person."""
    return [{**form, "type": "ORG"} if form["key"] in parties and form["type"] == PERSON else form for form in forms]


def _entity_row(key: str, members: list[dict], person_words: set[str], org_words: set[str],
                product_words: frozenset[str], maker_words: frozenset[str],
                corpus_types: Mapping[str, str]) -> EntityRow:
    types = TypeVote()
    surfaces: Counter = Counter()
    for form in members:
        types.add(form)
        surfaces[form["text"]] += form["count"]
    entity_type = types.winner()
    backed = {key for form in members if form["type"] == PERSON and form.get("cue") != LONE}
    if is_lone_person(key, entity_type, backed, person_words) or _named_after_an_organisation(key, entity_type, org_words):
        entity_type = "ORG"  # a one-word "person" nothing backs: an organisation's name (keys._lone_people)
    elif entity_type == "NORP" and _party_by_its_members(key, corpus_types):
        entity_type = "ORG"
    elif not types.maker and (_named_after_a_product(key, entity_type, product_words)
                              or _maker_before_a_model(surfaces, entity_type, maker_words, corpus_types)):
        entity_type = "PRODUCT"
    titled = {s: entity_type == PERSON and _titled(s) for s in surfaces}
    best = max(surfaces, key=lambda s: (not titled[s], len(_plain(s).split()), surfaces[s], -len(s)))
    name = _plain(best)
    return {
        "entity_id": entity_id(entity_type, key),
        "name": name,
        "type": entity_type,
        "aliases": sorted({s for s in surfaces if s != name} | {m["titled"] for m in members if m.get("titled")}),
        "mention_count": sum(form["count"] for form in members),
        "doc_count": 0,
    }


# Nouns for a party's members that, after a word saying what they are, name the party ("Liberal Democrats", "Social
# Democrats", "Ulster Unionists", "a Liberal Democrat spokesman").
PARTY_MEMBERS = frozenset(["democrat", "democrats", "republican", "republicans", "conservative", "conservatives",
                           "liberal", "liberals", "socialist", "socialists", "unionist", "unionists", "nationalist",
                           "nationalists"])


def _party_by_its_members(key: str, corpus_types: Mapping[str, str]) -> bool:
    """A "people" of two words or three ending in a noun for a party's members after a word of what they stand for
    ("Liberal Democrats", "Christian Democrats") is the party: the model reads the members' noun as a political
    group's (NORP), but the name is the party's, which news makes the subject of what a party does ("The Liberal
    Democrats are promising..."). Not a place's or a people's members ("Indiana Republican", "Texas Democrats",
    "British Conservatives"): those are the group."""
    words = key.split()
    if not 2 <= len(words) <= 3 or words[-1] not in PARTY_MEMBERS:
        return False
    first = words[0]
    return not is_place(first.title()) and not is_demonym(first.title()) \
        and corpus_types.get(first) not in ("NORP", "GPE", "LOC")


def _key_counts(forms: list[dict]) -> Counter:
    """How often the corpus writes each raw key: counted once for the word sets that need it."""
    counts: Counter = Counter()
    for form in forms:
        counts[form["key"]] += form["count"]
    return counts


def _organisation_words(counts: Counter, types: dict[str, str]) -> set[str]:
    """One-word organisations named three times or more, that no more than one multi-word person starts with
    ("Yukos", not "Haile" the model once called an organisation beside "Haile Gebrselassie"), and that are no given
    name ("Lazaro" beside "Lazaro Gonzalez" is his first name, not a firm he is a branch of)."""
    firsts = Counter(key.split()[0] for key, kind in types.items() if kind == PERSON and " " in key)
    return {key for key, kind in types.items()
            if kind == "ORG" and " " not in key and counts[key] >= 3 and firsts[key] <= 1
            and not is_given_name(key.capitalize())}  # "Lazaro" the model's organisation is Lazaro Gonzalez


def _named_after_an_organisation(key: str, entity_type: str, org_words: set[str]) -> bool:
    """A "person" whose first word is an organisation of the corpus ("Yukos Russia", "Diageo North America") is a
    branch or unit of it: the model read a firm's name followed by a place as a first name and a surname."""
    words = key.split()
    return entity_type == PERSON and len(words) > 1 and words[0] in org_words


def _one_word_names(counts: Counter, types: dict[str, str], kind: str) -> frozenset[str]:
    """One-word names of the kind named twice or more in the corpus (products: "Windows", "iPhone"; organisations:
    "Motorola", "Nintendo"), no given name ("Lazaro")."""
    return frozenset(key for key, found in types.items() if found == kind and " " not in key and counts[key] >= 2
                     and not is_given_name(key.capitalize()))


PRODUCT_NAMED_TYPES = frozenset(["ORG", "GPE", "LOC", "FAC"])
# Last words that say a name is a body, a shop, a building or an event, whatever its first word names.
NOT_PRODUCT_HEADS = frozenset(NAME_HEADS) | FIRM_FILLERS | NON_TEAM_PLURALS \
    | {noun for noun, kind in KIND_NOUNS.items() if kind != "PRODUCT"} \
    | {"store", "stores", "shop", "shops", "forum", "expo", "fair", "alliance", "lab", "labs", "software"}


def _named_after_a_product(key: str, entity_type: str, product_words: frozenset[str]) -> bool:
    """A name the model calls an organisation or a place whose first word is a product of the corpus ("Windows
    Mobile" LOC beside "Windows", "iPod Touch") is an edition of that product, unless its last word says it is a
    body, a building or an event ("Windows Foundation", "iTunes Festival") or the firm that makes it ("Opera Software"
    beside its browser "Opera": the model's organisation, the name a firm's); not a person ("Tiger Woods" beside a
    "Tiger" operating system)."""
    words = key.split()
    return entity_type in PRODUCT_NAMED_TYPES and len(words) > 1 and words[0] in product_words \
        and words[-1] not in NOT_PRODUCT_HEADS


# Legal forms of firms written as short capitals after the name ("Vodafone KK"): a firm, not a model.
LEGAL_FORMS = FIRM_FILLERS | {"kk", "ab", "asa", "oy", "oyj", "se", "srl", "sarl", "pty", "bhd"}


def _maker_before_a_model(surfaces: Counter, entity_type: str, maker_words: frozenset[str],
                          corpus_types: Mapping[str, str]) -> bool:
    """A name the model calls an organisation or a place that is a firm of the corpus followed by a model's code
    ("Motorola ROKR", "Nintendo DS", "Mac OS X") is the firm's product; not a firm's legal form ("Vodafone KK"), a
    place ("Sony UK"), a member's role ("Labour MP") or another firm the corpus names twice ("Sony BMG" beside "BMG"),
    nor a name followed by plain words ("Goldman Sachs", "Shearson Lehman": the shape tells a model from a partner's
    name). The name's most written form of two words or more decides (a model's short name joins the full one in
    its article: ``mentions._join_model_short_names``)."""
    if entity_type not in PRODUCT_NAMED_TYPES:
        return False
    named = [s for s in surfaces if len(_plain(s).split()) > 1] or list(surfaces)  # "ROKR" joined to its full name
    surface = _plain(max(named, key=lambda s: surfaces[s]))
    words = surface.split()
    if len(words) < 2 or words[0].lower() not in maker_words or is_place(words[0]):
        return False  # a city named for its team before a station's call letters ("Boston WCVB") is no maker
    code = words[1]
    return is_model_code(code) and code.lower() not in LEGAL_FORMS and not is_place(code) \
        and code.lower() not in maker_words and corpus_types.get(code.lower()) not in ("GPE", "PERSON", "NORP")


def _plain(surface: str) -> str:
    """A surface form as a name: no leading article, no trailing possessive."""
    return POSSESSIVE.sub("", LEADING_ARTICLE.sub("", surface.strip())).strip() or surface


def _titled(surface: str) -> bool:
    """Whether a person's form starts with a title (``Secretary Rubio``, ``US Secretary of State Marco Rubio``)."""
    plain = mention_key(surface)
    return len(mention_key(surface, PERSON).split()) < len(plain.split())


def entity_id(entity_type: str, key: str) -> str:
    """A stable id from the entity's type and key."""
    return "e" + hashlib.sha1(f"{entity_type}\0{key}".encode("utf-8")).hexdigest()[:12]
