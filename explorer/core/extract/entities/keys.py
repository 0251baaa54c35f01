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
  share a surname but differ in their first names stay apart);
- (in ``mentions``, within one document: a lone surname or first name and the one
  full name of that document that ends or starts with it, whatever the model typed);
- a product's or an award's plural and its name (``iPods`` and ``iPod``: "sales of its
  iPods" are about the iPod; ``Oscars`` and ``Oscar``), when one of the two is typed a
  product or an event and neither a person or place;
- an organisation's name with its words clipped (``Lib Dems`` and ``Liberal Democrats``,
  ``Nat Insurance`` and ``National Insurance``) or its number in figures (``BBC1`` and
  ``BBC One``) and that full name (``_clipped_names``).

A key's type is voted over its mentions (``TypeVote``): evidence in a sentence weighs more than
the model's label, a kind noun after any mention ("ASCII codes") decides unless the name acts as a
maker elsewhere, and a joined name's guessed type counts only where nothing else does.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from explorer.core.extract.entities.given_names import is_given_name
from explorer.core.extract.entities.lexicon import is_common_word
from explorer.core.extract.entities.places import is_city, is_country, is_place
from explorer.paths import resource_path

PERSON = "PERSON"
PLACE_TYPES = {"GPE", "LOC"}
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# The last word of a firm's full name, as a key writes it ("Xerox Corp." -> "xerox corp", "Orkem S.A." -> "orkem sa").
FIRM_SUFFIXES = frozenset(["inc", "corp", "co", "cos", "ltd", "plc", "llc", "lp", "sa", "ag", "nv", "bv", "spa",
                           "gmbh", "limited", "corporation", "incorporated", "company", "group", "holdings"])
# Words between a firm's short name and its suffix that add nothing to which firm it is ("Vanguard Group Inc.",
# "AEP Industries Inc."): the short name alone stands for it across the corpus.
FIRM_FILLERS = frozenset(["group", "holding", "holdings", "industries", "international", "companies"]) | FIRM_SUFFIXES


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


def canonical_keys(mentions: list[dict], parties: dict[str, str] | None = None) -> dict[str, str]:
    """Map every mention key to the key of the entity it belongs to (a party's short name to the party's, as
    ``parties`` says: ``party_short_names``).

    ``mentions`` may be the mentions themselves or their distinct forms with a
    ``count`` (``entities.mention_forms``): the result is the same.
    """
    types = majority_types(mentions)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        surfaces[mention["key"]].add(mention["text"])
    normal = {key: normal_key(key, t) for key, t in types.items()}
    norm_types = _types_by_vote(mentions, normal)  # the type of each normalised key, by the votes of its raw keys
    joins: dict[str, str] = {}
    joins.update(_firm_short_names(norm_types, surfaces))
    joins.update({normal.get(short, short): normal.get(full, full) for short, full in (parties or {}).items()})
    written: Counter = Counter()
    for mention in mentions:
        written[normal.get(mention["key"], mention["key"])] += mention.get("count", 1)
    joins.update(_partners_first_names(norm_types, surfaces, written))
    joins.update(_region_codes(norm_types))
    joins.update(_place_prefixes(norm_types, _gazetteer_keys(surfaces)))
    joins.update(_acronyms(norm_types, surfaces, normal, mentions))
    joins.update(_surnames(norm_types, _line_up_only(mentions, normal)))
    joins.update(_plurals(norm_types))
    for short, full in _clipped_names(norm_types).items():
        joins.setdefault(short, full)  # "lib dem" the party's short name already joined to "lib dems": kept
    joins.update(inner_word_joins(mentions, normal, norm_types))
    return {key: _follow(normal[key], joins) for key in types}


INNER_LINKS = frozenset(["of", "and", "&", "the", "for", "in", "on", "at", "de"])


PLACE_OR_PEOPLE = frozenset(["GPE", "LOC", "NORP"])


def adds_an_inner_word(longer: str, shorter: str, places: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether key ``longer`` is key ``shorter`` with one word more inside, the first and last words the same
    ("itunes music store" / "itunes store"). Not an added word that is a number, a link word, a place or part of one
    with a word beside it, nor a word after a link word ("bank of new england" / "bank of england": what it is of):
    those name another thing. Nor two names ending
    in a firm's suffix ("general motors acceptance corp" / "general motors corp") or a place ("bbc radio scotland" /
    "bbc scotland"): a parent and its unit. A place is a city or country of the gazetteer or one of ``places`` (keys
    the corpus types a place or a people: "scotland", "british")."""

    def place(words: str) -> bool:
        return words in places or is_place(words.title())

    long_words, short_words = longer.split(), shorter.split()
    if len(short_words) < 2 or len(long_words) != len(short_words) + 1 or long_words[-1] in FIRM_SUFFIXES \
            or place(long_words[-1]):
        return False  # two firms' legal names, or a firm's units by place: a parent and its unit
    for i in range(1, len(long_words) - 1):
        if long_words[:i] + long_words[i + 1:] == short_words:
            word = long_words[i]
            pairs = (" ".join(long_words[i - 1:i + 1]), " ".join(long_words[i:i + 2]))
            return word.isalpha() and word not in INNER_LINKS and not INNER_LINKS & set(long_words[:i]) \
                and not place(word) and not any(place(p) for p in pairs)
    return False


def inner_word_joins(mentions: list[dict], normal: dict[str, str], types: dict[str, str]) -> dict[str, str]:
    """A name one article shows to be another with an inner word left out (``mentions._mark_inner_word_names``:
    "iTunes Music Store" beside "iTunes Store") joins it across the corpus, where they are of one kind (``_one_kind``)."""
    joins: dict[str, str] = {}
    places = {key for key, kind in types.items() if kind in PLACE_OR_PEOPLE}
    for mention in mentions:
        shorter = mention.get("defines")
        if not shorter or shorter not in normal or mention["key"] not in normal:
            continue
        longer, short = normal[mention["key"]], normal[shorter]
        if longer != short and _one_kind(types.get(longer), types.get(short)) and adds_an_inner_word(longer, short, places):
            joins[longer] = short
    return joins


def _one_kind(first: str | None, second: str | None) -> bool:
    """Whether two names' corpus types allow one thing: the same type (not a person), or an organisation and a building
    (the small model types "the Zorbit Store" FAC beside "the Zorbit Video Store" ORG). A product and a firm are two
    things ("Apple Macintosh Computer" / "Apple Computer")."""
    return first is not None and first != PERSON and (first == second or {first, second} == {"ORG", "FAC"})


def _follow(key: str, joins: dict[str, str]) -> str:
    seen = {key}
    while key in joins and joins[key] not in seen:
        key = joins[key]
        seen.add(key)
    return key


def firm_prefixes(keys: Iterable[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Of firms' keys (those ending in a suffix: "vanguard group inc"), the firms each run of first words starts, and
    the firms it starts with nothing but filler words after it ("vanguard" and "vanguard group" for Vanguard Group
    Inc.; "ogden" for Ogden Corp., not for Ogden Projects Inc.)."""
    firms: dict[str, set[str]] = defaultdict(set)
    plain: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        words = key.split()
        if len(words) > 1 and words[-1] in FIRM_SUFFIXES:
            filler = True
            for size in range(len(words) - 1, 0, -1):
                prefix = " ".join(words[:size])
                firms[prefix].add(key)
                if filler:
                    plain[prefix].add(key)
                filler = filler and words[size - 1] in FIRM_FILLERS
    return firms, plain


def _firm_short_names(types: dict[str, str], surfaces: dict[str, set[str]]) -> dict[str, str]:
    """A firm's short name joins the one firm of the corpus named by it and a suffix ("microsoft" → "microsoft corp",
    "vanguard" → "vanguard group inc"), as one document's short name joins its full name
    (``mentions._join_short_firm_names``): every article's "Microsoft" is the Microsoft Corp. another names. Only
    where nothing but filler words stand between ("Sun" is not "Sun Microsystems Inc.": the Sun may be a paper; a bare
    "Sony" is Sony Corp., not Sony Columbia Acquisition Corp.), and not a name written with "the" ("The Sun")."""
    _, plain = firm_prefixes(key for key, kind in types.items() if kind == "ORG")
    return {key: next(iter(plain[key])) for key, kind in types.items()
            if kind == "ORG" and len(plain.get(key, ())) == 1
            and not any(LEADING_THE.match(t) for t in surfaces.get(key, ()))}


PARTY_HEADS = frozenset(["party", "union", "congress", "league", "alliance", "front", "movement"])


def party_short_names(types: dict[str, str], mentions: list[dict]) -> dict[str, str]:
    """A name the corpus also writes as the first words of one organisation whose last word says it is a party or a
    union ("labour" → "labour party"), or, named by two words or more, as that organisation's plural ("lib dem" →
    "lib dems": one word and an "s" is a surname as often, "Sach" beside "Sachs"), is that
    organisation, though the model read it as a person: news names a party by its short name in most articles and in
    full in a few, and a party's name before its members' nouns ("Labour MP", "the Lib Dem leader") looks like a
    person's to the model. Only names the corpus votes a person (the model's organisation "Labour" is right as it
    is; its plural "Caribs", "SAS" may be another firm). Not a name a sentence shows as a person's: written after a
    title, or a word of a person's full name in the corpus ("Harrison Ford"), or one starting with a given name."""
    titled = {mention["key"] for mention in mentions if mention.get("titled")}
    people = person_name_words(types)
    organisations = {key for key, kind in types.items() if kind == "ORG"}
    joins = {}
    for key, kind in types.items():
        if kind != PERSON or key in titled or key in people or is_given_name(key.split()[0].capitalize()):
            continue
        targets = {f"{key} {head}" for head in PARTY_HEADS} | ({f"{key}s"} if " " in key else set())
        found = targets & organisations
        if len(found) == 1:
            joins[key] = next(iter(found))
    return joins


def _partners_first_names(types: dict[str, str], surfaces: dict[str, set[str]], written: Counter) -> dict[str, str]:
    """A one-word organisation joins the one organisation of the corpus it is the first word of, where that is a
    firm named after its partners ("goldman" → "goldman sachs": an article writes "Goldman, Sachs & Co.", the model
    keeps "Goldman", another writes "Goldman Sachs"), as one article's "Shearson" joins its "Shearson Lehman"
    (``mentions._join_partners_first_name``). Only where the words after are written as surnames (``partners_name``)
    in every form, the corpus starts no other organisation with the word ("Deutsche" beside Deutsche Bank and
    Deutsche Telekom), names no person with it ("Kevin Morgan" beside "Morgan Stanley"), never writes it "the X"
    ("The Sun"), and writes the full name at least as often as the word (the studio "Fox", written six times, is
    not the "Fox Mulder" one article names once)."""
    people = person_name_words(types)
    starts: dict[str, set[str]] = defaultdict(set)
    for key, kind in types.items():
        if kind == "ORG" and " " in key:
            starts[key.split()[0]].add(key)
    joins = {}
    for key, kind in types.items():
        longer = starts.get(key, set())
        if kind != "ORG" or " " in key or len(longer) != 1 or key in people or alias_key(key) \
                or any(LEADING_THE.match(t) for t in surfaces.get(key, ())):
            continue
        target = next(iter(longer))
        forms = surfaces.get(target, ())
        if len(target.split()) <= 3 and forms and written[target] >= written[key] and all(
                all(partners_name(w, types) for w in LEADING_THE.sub("", f).split()[1:]) for f in forms):
            joins[key] = target
    return joins


def partners_name(word: str, names: dict[str, str] | set[str]) -> bool:
    """Whether a word after a firm's first word reads as a partner's surname ("Sachs", "Lehman", "Stearns"):
    capitalised, not in capitals (a model's code, a role: "DS", "MP"), no ordinary word ("Longhorn", "Live"), no
    place ("Europe"), and no name written alone among ``names`` ("Ericsson" beside "Sony Ericsson": two firms)."""
    return word[:1].isupper() and not word.isupper() and word.isalpha() and not is_common_word(word) \
        and not is_place(word) and word.lower() not in names


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


def _gazetteer_keys(surfaces: dict[str, set[str]]) -> set[str]:
    """Keys written somewhere as a city the gazetteer knows: a place's name, whatever type the vote gave it (a team
    named by its city: "Indianapolis lost a 10-point halftime lead")."""
    return {key for key, texts in surfaces.items() if any(is_city(LEADING_THE.sub("", t)) for t in texts)}


WORK = "WORK_OF_ART"


def _place_prefixes(types: dict[str, str], cities: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """``treasury`` → ``us treasury`` when one place-prefixed form of it exists; ``colts`` → ``indianapolis colts``
    where the place is a city written as its team. Not a work's title to a body or the reverse ("District Court", a
    film's title cut in one article, is not "US District Court" of another): the join would carry one's type to both."""
    aliases = _alias_data()[0]
    places = {k for k, t in types.items() if t in PLACE_TYPES} | set(aliases.values())
    candidates: dict[str, set[str]] = defaultdict(set)
    for key, t in types.items():
        if t == PERSON or t in PLACE_TYPES:
            continue
        words = key.split()
        for size in (1, 2):
            rest = " ".join(words[size:])
            prefix = " ".join(words[:size])
            team = prefix in cities and (rest.endswith("s") or " " in rest)  # "colts", "red sox"; not "united"
            if len(words) > size and (prefix in places or team) and rest in types and types[rest] != PERSON \
                    and types[rest] not in PLACE_TYPES and (types[rest] == WORK) == (t == WORK):
                candidates[rest].add(key)
    return {rest: next(iter(keys)) for rest, keys in candidates.items() if len(keys) == 1}


@dataclass(frozen=True)
class AcronymFacts:
    """What the acronym joins read about the corpus's keys, gathered once."""

    types: dict[str, str]  # normalised key -> its type
    surfaces: dict[str, set[str]]  # raw key -> the texts written for it
    normal: dict[str, str]  # raw key -> its normalised key
    mentions: list[dict]
    skip: frozenset[str]  # words an acronym leaves out ("of", "the", "&")
    acronyms: frozenset[str]  # normalised keys only ever written in capitals, not people
    unresolved: frozenset[str]  # of those, the ones whose long form is not already known


def _acronym_facts(types: dict[str, str], surfaces: dict[str, set[str]], normal: dict[str, str],
                   mentions: list[dict]) -> AcronymFacts:
    """The facts, with the acronyms found and the ones whose long form is known set aside."""
    acronyms = frozenset(normal[raw] for raw, forms in surfaces.items()
                         if types.get(normal[raw], PERSON) != PERSON and forms and all(ACRONYM.match(f) for f in forms))
    known = {key for raw, key in normal.items() if " " in raw} | set(_alias_data()[0])
    return AcronymFacts(types, surfaces, normal, mentions, _alias_data()[3], acronyms, acronyms - known)


def _names_by_initials(facts: AcronymFacts) -> dict[str, set[str]]:
    """Multi-word names written in capitals (not people, not acronyms), by their initials, raw and normal form."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for raw, key in facts.normal.items():
        if facts.types.get(key) != PERSON and key not in facts.acronyms \
                and any(_capitalised(f, facts.skip) for f in facts.surfaces[raw]) \
                and not any(_holds_acronym(f) for f in facts.surfaces[raw]):
            for initials in filter(None, (_initials(form, facts.skip) for form in (raw, key, _without_suffix(key)))):
                by_initials[initials].add(key)
    return by_initials


def _without_suffix(key: str) -> str:
    """A firm's key without its suffix ("general mills inc" → "general mills": "GM" spells it); others unchanged."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] in FIRM_SUFFIXES else key


def _holds_acronym(surface: str) -> bool:
    """Whether a name holds a word written in capitals ("Xerox PARC"): its initials are not what it is short for
    ("XP" is Windows XP, not Xerox PARC)."""
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in surface.split())


def _initials(form: str, skip: frozenset[str]) -> str:
    """The first letters of a key's words, leaving out ``skip`` words; "" for a one-word key."""
    words = [w for w in re.split(r"[\s-]+", form) if w and w not in skip]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _join_by_initials(facts: AcronymFacts) -> dict[str, str]:
    """An acronym joins the one name whose initials it spells (``MEA`` and ``Ministry of External Affairs``),
    unless the name contains the acronym itself (``US Senate`` is not ``US``)."""
    by_initials = _names_by_initials(facts)
    joins = {}
    for acronym in facts.unresolved:
        names = {k for k in by_initials.get(acronym.replace("&", ""), ()) if acronym not in k.split()}
        if acronym in facts.types and len(names) == 1:
            joins[acronym] = next(iter(names))
    return joins


def _join_by_brackets(facts: AcronymFacts) -> dict[str, str]:
    """An acronym joins the one name it follows in brackets (``Hindustan Aeronautics Limited (HAL)``),
    whatever its initials: the text says so."""
    defined: dict[str, set[str]] = defaultdict(set)
    for mention in facts.mentions:
        if mention.get("defines") and mention["defines"] in facts.normal:
            defined[facts.normal[mention["key"]]].add(facts.normal[mention["defines"]])
    return {acronym: next(iter(names)) for acronym, names in defined.items()
            if (acronym in facts.unresolved or _spelt_in_small_letters(acronym, facts))
            and len(names) == 1 and facts.types.get(next(iter(names))) != PERSON}


def _spelt_in_small_letters(key: str, facts: AcronymFacts) -> bool:
    """A one-word key written after its capital in small letters only ("Apacs"), that brackets define: a short form
    as an acronym is, whatever the model typed its other mentions (``mentions.spells_a_name``)."""
    forms = facts.surfaces.get(key, set())
    return " " not in key and bool(forms) and all(f[:1].isupper() and f[1:].islower() for f in forms)


# The acronym joins, in order: a later step's join overrides an earlier one for the same acronym.
ACRONYM_STEPS: tuple[Callable[[AcronymFacts], dict[str, str]], ...] = (_join_by_initials, _join_by_brackets)


def _acronyms(types: dict[str, str], surfaces: dict[str, set[str]], normal: dict[str, str],
              mentions: list[dict]) -> dict[str, str]:
    """An all-capitals key joins the one multi-word name (not a person) whose initials it spells.

    The name must be written in capitals (``Ministry of External Affairs``, not
    ``Aceh province``) and must not contain the acronym itself (``US Senate`` is
    not ``US``); acronyms whose long form is already known (``EU``) are left alone.
    ``ACRONYM_STEPS`` in turn; the brackets that define an acronym win over initials.
    """
    facts = _acronym_facts(types, surfaces, normal, mentions)
    joins: dict[str, str] = {}
    for step in ACRONYM_STEPS:
        joins.update(step(facts))
    return joins


def _capitalised(surface: str, skip: frozenset[str]) -> bool:
    words = [w for w in re.split(r"[\s-]+", LEADING_THE.sub("", surface)) if w and w.lower() not in skip]
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _line_up_only(mentions: list[dict], normal: dict[str, str]) -> set[str]:
    """Keys every mention of which is an item of a team's line-up ("Stone (Cisse 76)"): a line-up names players by
    surname alone, so the corpus's one full name with that surname is no evidence it is the same person."""
    cues: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        cues[normal.get(mention["key"], mention["key"])].add(mention.get("cue") or "")
    return {key for key, found in cues.items() if found == {"lineup"}}


def _surnames(types: dict[str, str], line_up_only: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """A lone surname joins the one full name of the corpus that ends with it (``_merge_initials``), unless only
    line-ups write it."""
    person_keys = {k for k, t in types.items() if t == PERSON}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key in person_keys:
        parts = key.split()
        if len(parts) > 1:
            by_surname[parts[-1]].add(key)
    joins = {}
    for key in person_keys:
        if " " not in key and key in by_surname and key not in line_up_only:
            target = _merge_initials(by_surname[key])
            if target:
                joins[key] = target
    return joins


PLURAL_TYPES = {"PRODUCT", "ORG", "WORK_OF_ART", "EVENT"}
PLURAL_OF = {"PRODUCT", "EVENT"}  # the singular or the plural is one of these: "iPods", "Oscars"


def _plurals(types: dict[str, str]) -> dict[str, str]:
    """``ipods`` → ``ipod``, ``oscars`` → ``oscar``: the plural of a product's or an award's name is that product or
    award."""
    joins = {}
    for key, kind in types.items():
        singular = key[:-1] if key.endswith("s") and not key.endswith("ss") else ""
        other = types.get(singular)
        if other and kind in PLURAL_TYPES and other in PLURAL_TYPES and PLURAL_OF & {kind, other}:
            joins[key] = singular
    return joins


CLIPPED_KINDS = frozenset(["ORG", "NORP"])  # the model reads a party ("the Liberal Democrats") as a people too
NUMBER_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}


def _word_stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _clipped(word: str, full: str) -> bool:
    """Whether ``word`` is ``full`` or ``full`` clipped by three letters or more to no word of its own ("lib" of
    "liberal", "dems" of "democrats"): a word a letter or two short, or a word of the dictionary, is another word
    ("app" and "apple", "commission" and "commissioner", "south" and "southern")."""
    word, full = _word_stem(word), _word_stem(full)
    return word == full or (full.startswith(word) and len(full) - len(word) >= 3 and not is_common_word(word))


def _clipped_names(types: dict[str, str]) -> dict[str, str]:
    """An organisation's name written with its words clipped, each the start of the full name's word in the same
    place and three letters or more short of it (``_clipped``: "lib dems" → "liberal democrats", "nat insurance" →
    "national insurance"; not "south african" → "southern african"), or with its number in figures ("bbc1" →
    "bbc one"), is that organisation: news clips a party's or a club's name in most mentions. Only names of two words
    or more, each clipped word of three letters or more, of one organisation the corpus holds so clipped (its
    singular and plural are one; two names say the clipping is ambiguous)."""
    by_start: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key, kind in types.items():
        words = key.split()
        if kind in CLIPPED_KINDS and len(words) > 1:
            by_start[(len(words), words[0][:3])].append(key)
    joins = {}
    for key, kind in types.items():
        if kind not in CLIPPED_KINDS:
            continue
        if key[-1:] in NUMBER_WORDS and key[:-1].isalpha() and len(key) > 3:  # "bbc1"
            spelt = f"{key[:-1]} {NUMBER_WORDS[key[-1]]}"
            if types.get(spelt) in CLIPPED_KINDS:
                joins[key] = spelt
            continue
        words = key.split()
        if len(words) < 2 or any(len(w) < 3 for w in words):
            continue
        found = [full for full in by_start.get((len(words), words[0][:3]), ()) if full != key
                 and all(_clipped(w, f) for w, f in zip(words, full.split()))
                 and any(_word_stem(w) != _word_stem(f) for w, f in zip(words, full.split()))]
        if len({tuple(map(_word_stem, full.split())) for full in found}) == 1:  # "liberal democrat(s)": one name
            target = max(found, key=lambda full: full.endswith("s"))  # the plural, as a party's name is written
            joins.update({full: target for full in found if full != target})
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


CUE_WEIGHT = 3  # a mention the text typed ("the band X") counts as three the model typed alone
LONE = "lone"  # the "cue" of a one-word person nothing in its document backs (``mentions``): no cue, a mark
AGENT = "agent"  # the mark of a name the subject of a verb only someone acting has ("IBM said")
JOINED = "joined"  # the mark of two model names joined into one, its type a guess from their two labels
MARKS = frozenset([LONE, AGENT, JOINED])
JOINED_WEIGHT = 0.001  # a joined name's guess counts only where the corpus writes the name nowhere else
KIND_CUE = "kind:"  # the cue's prefix where a kind noun after the name typed it ("ASCII codes", "The Sims games")
SHAPE_CUES = frozenset(["list", "gazetteer", "document", "acronym", "words", "plural"])  # guesses from a name's shape


def vote_weight(mention: dict) -> float:
    """A mention's (or form's) votes for its type: its count, times ``CUE_WEIGHT`` when evidence in the text typed it;
    a joined name's guessed type next to nothing (``JOINED_WEIGHT``)."""
    cue = mention.get("cue") or ""
    if cue == JOINED:
        return mention.get("count", 1) * JOINED_WEIGHT
    if cue.startswith(KIND_CUE):
        return mention.get("count", 1) * 0.5  # it decides through ``TypeVote.kinds``, or not beside a maker
    return mention.get("count", 1) * (CUE_WEIGHT if cue and cue not in MARKS else 1)


class TypeVote:
    """The votes on one entity's type over its mentions (or forms).

    A kind noun after any mention of the name ("ASCII codes", "the Linux operating system", "The Sims games") says
    what the name is for the whole corpus: those mentions decide, however often the model typed the name otherwise
    elsewhere. Unless the corpus shows the name acting as a maker does ("IBM said", "the firm IBM", or a person
    named by title or surname): then the noun names what it makes ("IBM technology") and the plain vote stands.

    A country's name (``places.is_country``) that the model reads as a place in at least as many mentions as it reads
    otherwise is the place, whatever evidence typed the others: "his album Egypt" beside "on holiday in Egypt" twice
    (the album's cue once outweighed both, and the map listed Egypt among the places not found). A country's name the
    model types a facility (a building, airport or bridge) is read as a place: "for trial in the Netherlands, a
    neutral venue" listed the Netherlands among the facilities."""

    def __init__(self) -> None:
        self.votes: dict[str, float] = defaultdict(float)
        self.counts: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.maker = False
        self.country = False  # a country's name, read as a place at least once

    def add(self, mention: dict) -> None:
        cue = mention.get("cue") or ""
        kind = mention["type"]
        country = kind in (*PLACE_TYPES, "FAC") and is_country(mention.get("text") or "")
        if country and kind == "FAC":
            kind = "GPE"  # "a neutral venue … in the Netherlands" typed a facility: a country is no building
        self.votes[kind] += vote_weight(mention)
        self.counts[kind] += mention.get("count", 1)
        self.country = self.country or country
        if cue.startswith(KIND_CUE):
            self.kinds[kind] += mention.get("count", 1)
        elif cue == AGENT or (mention["type"] in (PERSON, "ORG") and cue and cue not in MARKS
                              and cue not in SHAPE_CUES):
            self.maker = True

    def winner(self) -> str:
        """The type the mentions give the entity."""
        placed = sum(self.counts[kind] for kind in PLACE_TYPES)
        if self.country and placed >= sum(self.counts.values()) - placed:
            return max(sorted(PLACE_TYPES), key=lambda kind: self.counts[kind])  # GPE before LOC on a tie
        if self.kinds and not self.maker:  # a product with works for it is the product ("Xbox console", "Xbox games")
            return "PRODUCT" if "PRODUCT" in self.kinds else self.kinds.most_common(1)[0][0]
        return max(self.votes, key=lambda kind: self.votes[kind])  # the first of equal votes, as Counter's


def majority_types(mentions: list[dict]) -> dict[str, str]:
    """One type per key across the corpus: the type with most votes over its mentions in every document, a mention
    typed by evidence in its sentence (``evidence``) weighing ``CUE_WEIGHT`` times one typed by the model alone."""
    return _types_by_vote(mentions, {})


def _types_by_vote(mentions: list[dict], key_of: dict[str, str]) -> dict[str, str]:
    """The winning type of each key (``key_of`` maps a raw key to the key voted on), with ``_lone_people`` applied."""
    votes: dict[str, TypeVote] = defaultdict(TypeVote)
    backed: set[str] = set()  # keys with a person mention that is not lone
    for mention in mentions:
        key = key_of.get(mention["key"], mention["key"])
        votes[key].add(mention)
        if mention["type"] == PERSON and mention.get("cue") != LONE:
            backed.add(key)
    types = {key: vote.winner() for key, vote in votes.items()}
    return _lone_people(types, backed)


def _lone_people(types: dict[str, str], backed: set[str]) -> dict[str, str]:
    """A one-word "person" that no document backs (no first name or title with it, no person's noun, not in a list of
    people) and that no full name in the corpus starts or ends with is a one-word name of an organisation: news
    introduces a person by full name ("Yukos said", "Lycos hopes", "Pompey", "Tinariwen", all as the model's people).
    """
    words = person_name_words(types)
    return {key: "ORG" if is_lone_person(key, kind, backed, words) else kind for key, kind in types.items()}


def person_name_words(types: dict[str, str]) -> set[str]:
    """The first and last words of the corpus's people named by two words or more."""
    found: set[str] = set()
    for key, kind in types.items():
        words = key.split()
        if kind == PERSON and len(words) > 1:
            found.update((words[0], words[-1]))
    return found


def is_lone_person(key: str, kind: str, backed: set[str], person_words: set[str]) -> bool:
    """Whether ``key``, voted a person, is a one-word name no document backs as one (``_lone_people``)."""
    return kind == PERSON and " " not in key and key not in backed and key not in person_words
