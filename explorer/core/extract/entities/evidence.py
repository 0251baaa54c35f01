"""A mention's type from evidence in its own text, where the small model's label is a guess.

The model types a name by its shape and a few words around it, so clubs come out
as people ("Valencia"), firms as people ("Santa Monica-based Activison"), a ship
as a place ("the vessel, the Bayleaf") and bands as people. The sentence usually
says what the name is; each step of ``EVIDENCE_STEPS`` reads one kind of evidence
and, when it finds some, gives the mention a type and the cue it read:

- the last word of a name says what it names ("Brit Awards" an event, "Dorothy
  Chandler Pavilion" a building, "Chamber Opera Society" an organisation);
- a "person" written as a short all-capital word is an acronym ("RSA warned"): an
  organisation;
- "X-based Y": Y is an organisation;
- a noun that says what kind of thing the name is, just before it ("messaging firm
  X", "the band X"), in apposition ("a vessel, the Bayleaf"), or as the
  complement of "is" ("X were the only UK band"): that kind's type;
- a noun after the name that only an organisation has ("X shares", "X chairman",
  "X striker" for a name the model calls a person or a city): an organisation;
  and for a name the model calls a place that no gazetteer knows, a noun only a
  product has ("Windows users"): a product; a noun only an award or contest has
  ("Oscar nomination"): an event;
- the document names a person with this word as surname or title ("Mr Lebedev",
  "Platon Lebedev" … "Lebedev"): a person, whatever the model said, unless a
  sentence of the same document types the word otherwise ("Ford, the US car
  company" beside "Bill Ford": ``agree_in_document``);
- the other names in the same list agree on a type ("HMV, Virgin and
  Woolworths"; a city listed with clubs is a club);
- a name the model calls a person that the gazetteer knows as a country or city,
  and that no person in the document bears, or an "organisation" that is a
  country: a place (a weak cue).

The cue is kept on the mention (not stored) so that the corpus vote on an entity's
type (``keys.majority_types``) can weigh a mention typed by evidence above one typed
by the model alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Doc, Span

from explorer.core.extract.entities.places import is_city, is_country, is_place

# Nouns that say what kind of thing a name is ("the band X", "X, the vessel"), by the type they give.
KIND_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ["firm", "company", "group", "giant", "maker", "manufacturer", "retailer", "chain", "airline", "carrier",
         "bank", "insurer", "lender", "operator", "broadcaster", "network", "label", "studio", "publisher",
         "developer", "club", "side", "band", "union", "party", "agency", "charity", "organisation",
         "organization", "watchdog", "regulator", "supermarket", "brewer", "conglomerate", "newspaper", "paper",
         "magazine", "university", "college", "institute", "business", "subsidiary", "outfit", "consortium",
         "distributor", "provider", "association", "federation", "league", "department", "ministry", "body",
         "quango", "team"], "ORG"),
    **dict.fromkeys(["city", "town", "village", "country", "capital", "province", "county", "region", "island",
                     "nation", "port", "suburb", "district"], "GPE"),
    **dict.fromkeys(["vessel", "ship", "console", "handset", "phone", "device", "aircraft", "airliner", "jet",
                     "plane", "car", "drug", "browser", "gadget", "software", "game"], "PRODUCT"),
    **dict.fromkeys(["album", "single", "song", "film", "movie", "book", "novel", "show", "series", "programme",
                     "play", "musical", "sitcom", "drama", "documentary", "track", "opera", "soap", "comedy",
                     "biopic", "thriller", "hit", "ep", "anthem", "poem"], "WORK_OF_ART"),
}
SURNAME_HEADS = frozenset(["park", "hall", "tower", "bridge", "palace", "bank", "trust", "office", "board", "union",
                           "open", "cup", "war", "service", "police", "authority", "prison", "games", "records",
                           "motors", "group", "college", "trophy"])
# Nouns after a name that only an organisation has ("Lenovo shares", "Chelsea striker").
OWNED_BY_ORG = frozenset(["shares", "shareholders", "shareholder", "chairman", "profits", "profit", "revenues",
                          "subsidiary", "headquarters", "boss", "striker", "midfielder", "defender", "goalkeeper",
                          "keeper", "winger", "squad", "fans", "supporters", "manager", "stores", "bosses",
                          "employees", "workforce", "spokeswoman", "board"])
# The same nouns after a possessive ("Mourinho's squad") may belong to a person: only these stay organisational.
OWNED_BY_ORG_AFTER_POSSESSIVE = frozenset(["shares", "shareholders", "shareholder", "profits", "profit", "revenues",
                                           "subsidiary", "headquarters", "stores", "employees", "workforce", "board"])
# Nouns after a name that only an award or contest has ("Oscar nomination", "Brit Awards ceremony").
OWNED_BY_EVENT = frozenset(["nomination", "nominations", "nominee", "nominees", "ceremony", "categories",
                            "category", "shortlist"])
# Nouns after a name the model calls a place that only a product has ("Windows users").
OWNED_BY_PRODUCT = frozenset(["users", "software", "version", "update", "edition", "owners", "pcs", "machines",
                              "computers", "operating"])
PERSON_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "baroness", "mr.",
                           "mrs.", "ms.", "dr."])
PLACE_TYPES = frozenset(["GPE", "LOC", "FAC"])
LIST_TYPES = frozenset(["ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"])
TYPED_BY_LISTS = frozenset(["ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "NORP"])
# The last word of a name that says what it names ("Brit Awards", "Dorothy Chandler Pavilion", "Chamber Opera
# Society"), by type; only for names of two words or more. A "person" is retyped by them (no one is called
# "Gunpowder Plot") except by the words that are surnames too (``SURNAME_HEADS``: "Stuart Hall").
NAME_HEADS: dict[str, str] = {
    **dict.fromkeys(["awards", "festival", "championship", "championships", "games", "olympics", "cup", "open",
                     "marathon", "summit", "conference", "election", "war", "plot", "crisis", "scandal",
                     "revolution", "massacre", "riots", "trophy"], "EVENT"),
    **dict.fromkeys(["pavilion", "theatre", "theater", "stadium", "arena", "airport", "bridge", "auditorium",
                     "cathedral", "museum", "gallery", "palace", "park", "prison", "hospital", "tower"], "FAC"),
    **dict.fromkeys(["society", "association", "company", "council", "committee", "commission", "party", "bank",
                     "agency", "corporation", "institute", "foundation", "federation", "union", "university",
                     "college", "group", "trust", "administration", "department", "ministry", "office", "board",
                     "authority", "service", "police", "airlines", "airways", "records", "motors", "inc", "ltd",
                     "plc"], "ORG"),
}


@dataclass
class DocFacts:
    """What the evidence steps read about the document, gathered once."""

    person_words: set[str] = field(default_factory=set)  # first and last words of multi-word people
    surnames: set[str] = field(default_factory=set)  # last words of multi-word people
    ent_at: dict[int, Span] = field(default_factory=dict)  # token index -> the model's entity holding it


def doc_facts(doc: Doc) -> DocFacts:
    facts = DocFacts()
    for ent in doc.ents:
        facts.ent_at.update(dict.fromkeys(range(ent.start, ent.end), ent))
        words = [t.text for t in ent if t.is_alpha]
        if ent.label_ == "PERSON" and len(words) > 1:
            facts.surnames.add(words[-1])
            facts.person_words.update((words[0], words[-1]))
    return facts


Evidence = tuple[str, str]  # (type, cue)
Step = Callable[[Span, str, DocFacts], "Evidence | None"]


def _person_in_document(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A lone word that is a person's surname in the same document, or follows "Mr"/"Ms", is that person."""
    if len(span) != 1:
        return None
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if span.text in facts.surnames:
        return "PERSON", "surname"
    if previous is not None and previous.lower_ in PERSON_TITLES and previous.text[:1].isupper():
        return "PERSON", "title"
    return None


def _acronym_person(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A "person" written as one all-capital word of two to five letters ("RSA warned …") is an acronym, so an
    organisation, unless a title names it ("Mr X") or the document writes it as a person's name."""
    token = span[0]
    if label != "PERSON" or len(span) != 1 or not (token.is_upper and token.is_alpha and 2 <= len(token) <= 5):
        return None
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if token.text in facts.person_words or (previous is not None and previous.lower_ in PERSON_TITLES):
        return None
    return "ORG", "acronym"


def _based_in(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """ "Santa Monica-based Activison": what is based somewhere is an organisation."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "based":
        return "ORG", "based"
    return None


def _kind_noun_before(span: Span) -> str | None:
    """The common noun just before the name ("firm" in "messaging firm X"); after a comma it is no kind noun
    ("after the game, Moyes said") unless the parse puts the name in apposition (``_kind_noun_around``)."""
    i = span.start - 1
    if i < 0:
        return None
    token = span.doc[i]
    attached = span.start <= token.head.i < span.end or span.root.head.i == token.i
    if attached and token.pos_ == "NOUN" and token.is_lower and token.lower_ in KIND_NOUNS:
        return token.lower_  # bound to the name by the parse: not "every track Robbie has released"
    return None


def _kind_noun_around(span: Span) -> str | None:
    """A kind noun in apposition with the name, or the complement of "is" with the name as subject."""
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in KIND_NOUNS and root.head.is_lower:
        return root.head.lower_
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in KIND_NOUNS and child.is_lower:
            return child.lower_
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.lower_ in KIND_NOUNS and child.is_lower:
                return child.lower_
    return None


def _named_by_noun(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A noun that says what kind of thing the name is: "the band X", "X, the vessel", "X were the only UK band"."""
    noun = _kind_noun_before(span) or _kind_noun_around(span)
    if noun is None:
        return None
    kind = KIND_NOUNS[noun]
    if kind == "GPE" and label in PLACE_TYPES:
        return None  # "the region X": a place either way; the model's finer type stands
    return kind, noun


def _noun_after(span: Span) -> tuple[str, bool] | None:
    """The noun the name modifies ("X shares"), and whether a possessive came between ("X's shares")."""
    doc, i = span.doc, span.end
    possessive = i < len(doc) and doc[i].lower_ in ("'s", "’s", "'")
    i += possessive
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "NOUN":
        return doc[i].lower_, possessive
    return None


def _owned_noun(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A noun after the name that only an organisation has ("Lenovo shares", "Chelsea striker"), for a name the model
    calls a person or a city; a noun only a product has ("Windows users") for a name it calls an unknown place."""
    after = _noun_after(span)
    if after is None:
        return None
    noun, possessive = after
    owned = OWNED_BY_ORG_AFTER_POSSESSIVE if possessive else OWNED_BY_ORG
    person_like = label == "PERSON" and span.text not in facts.person_words and len(span) == 1
    city = label in PLACE_TYPES and is_city(span.text) and not is_country(span.text)
    if noun in owned and (person_like or city):
        return "ORG", noun
    if noun in OWNED_BY_PRODUCT and label in PLACE_TYPES and not is_place(span.text):
        return "PRODUCT", noun
    if noun in OWNED_BY_EVENT and label in ("PERSON", "ORG") and not possessive and span.text not in facts.person_words:
        return "EVENT", noun
    return None


def _list_labels(span: Span, facts: DocFacts) -> list[tuple[str, str]]:
    """(label, text) of the other named items in the list the name is part of ("A, B and C")."""
    root = span.root
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    items, stack = [], [top]
    while stack:
        token = stack.pop()
        items.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    labels = []
    for token in items:
        if span.start <= token.i < span.end or not token.ent_type_:
            continue
        ent = facts.ent_at.get(token.i)
        if ent is not None:
            labels.append((ent.label_, ent.text))
    return labels


def _listed_with(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """The other names in the same list agree on a type: a list holds one kind. Two or more others that agree type
    it ("Led Zeppelin, Iron Maiden and Sex Pistols"); one other organisation types a lone "person" word ("HMV and
    Virgin"); a city or a "person" listed with clubs is a club ("Real Madrid, Barcelona and Valencia")."""
    if label not in LIST_TYPES or (label == "PERSON" and span.text in facts.person_words) or is_country(span.text):
        return None
    others = _list_labels(span, facts)
    kinds = {k for k, _ in others}
    if not others or label in kinds:
        return None
    if len(kinds) == 1:
        kind = next(iter(kinds))
        if kind in TYPED_BY_LISTS and len(others) >= 2 and not (kind == "PERSON" and is_place(span[0].text)):
            return kind, "list"
        if kind == "ORG" and label == "PERSON" and len(span) == 1:
            return kind, "list"
        return None
    cities = all(is_city(text) and not is_country(text) for k, text in others if k == "GPE")
    if kinds <= {"ORG", "GPE"} and cities and (label == "PERSON" or is_city(span.text)):
        return "ORG", "list"
    return None


def _gazetteer_place(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model calls a person that the gazetteer knows as a country or city, and that no person in the
    document bears ("Porto", "Islwyn" aside): a place. Weak: a mention typed by the sentence outvotes it."""
    if label == "PERSON" and len(span) <= 2 and is_place(span.text) and not any(
            t.text in facts.person_words for t in span):
        return "GPE", "gazetteer"
    if label == "ORG" and is_country(span.text):
        return "GPE", "gazetteer"  # a country's team or government: OntoNotes, and the reader, call it a place
    return None


def _name_head(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """The last word of a name of two words or more says what it names: "Brit Awards" an event, "Dorothy Chandler
    Pavilion" a building, "Chamber Opera Society" an organisation, "the Gunpowder Plot" no person."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not words[-1].text[0].isupper():
        return None
    if label == "PERSON" and words[-1].lower_ in SURNAME_HEADS:
        return None  # "Stuart Hall", "Ji-sung Park": these words are surnames too
    kind = NAME_HEADS.get(words[-1].lower_)
    if kind is None or (kind == "ORG" and label in ("GPE", "NORP", "LAW")):
        return None
    return kind, words[-1].lower_  # the model's own type too: the name says it, no list outvotes it


# The evidence, in order: the first step that finds some types the mention.
EVIDENCE_STEPS: tuple[Step, ...] = (
    _name_head,
    _acronym_person,
    _based_in,
    _named_by_noun,
    _owned_noun,
    _person_in_document,
    _listed_with,
    _gazetteer_place,
)
WEAK_CUES = frozenset(["gazetteer"])
DOCUMENT_CUES = frozenset(["surname", "gazetteer", "list"])


def agree_in_document(rows: list, facts: DocFacts | None = None) -> None:
    """A name a sentence of the document types ("agriculture department Defra", "Ford, the US car company") has
    that type in the whole document: its other mentions, typed by the model alone or by what the document's other
    names suggest (a surname, a list, the gazetteer), follow it ("Ford" beside "Bill Ford" stays the company)."""
    typed: dict[str, str] = {}
    for row in rows:
        if row.get("cue") and row["cue"] not in DOCUMENT_CUES and row["cue"] != "title":
            typed.setdefault(row["key"], row["type"])
    people = facts.person_words if facts else set()
    for row in rows:
        weak = not row.get("cue") or row["cue"] in DOCUMENT_CUES
        if row["type"] == "PERSON" and not row.get("cue") and row["text"] in people:
            continue  # "Robbie" (the model's person) beside "Robbie Williams": a person the document names in full
        if weak and typed.get(row["key"], row["type"]) != row["type"]:
            row["type"], row["cue"] = typed[row["key"]], "document"


def typed_by_evidence(span: Span, label: str, facts: DocFacts) -> Evidence:
    """The mention's type and the cue that gave it; the model's label and "" when the text says nothing."""
    for step in EVIDENCE_STEPS:
        found = step(span, label, facts)
        if found is not None:
            return found
    return label, ""
