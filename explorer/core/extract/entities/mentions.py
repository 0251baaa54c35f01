"""Entity mentions from spaCy's named entities, with offsets into the stored text.

Only the entity types an analyst follows are kept (people, organisations, places,
groups, events, laws, products); numbers, dates and quantities are not entities.
Two of the model's names side by side in one noun phrase are joined first (``joins``: "the
Mecca Bingo chain"; such a name's guessed type yields to the type the corpus gives the same name
elsewhere), then spans are cleaned (``spans``: run-on lines, office titles, headline
words, names completed to their proper-noun chunk) and split at a match score ("Clyde 0-5 Celtic
Celtic"), names with a model number are
added (``products``: "iPhone 3G"), and each mention is typed by the evidence of its
own sentence and document where there is some (``evidence``: "the band X", "X
shares", a list of clubs, a surname of a person named in full). A mention's key (lower case, no leading article, no periods or commas, no
possessive, no leading titles for people) is what corpus-level resolution groups on.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from explorer.core.entity_types import ENTITY_LABELS
from explorer.core.extract.entities.fragments import title_fragment
from explorer.core.extract.entities.given_names import in_given_list, is_given_name, is_surname
from explorer.core.extract.entities.joins import (join_across_of_the, join_adjacent_names, join_body_tail,
                                                  join_capitalised_title, join_named_pair, join_title_run)
from explorer.core.extract.entities.keys import (AGENT, FIRM_FILLERS, JOINED, LONE, PLACE_OR_PEOPLE, adds_an_inner_word, alias_key,
                                                 firm_prefixes, partners_name)
from explorer.core.extract.entities.lexicon import is_common_word, longest_title_words, person_titles
from explorer.core.extract.entities.evidence import (CLUB_HEADS, DOCUMENT_CUES, DocFacts, KIND_NOUNS, KIND_NOUNS_AFTER, NAME_HEADS, NON_TEAM_PLURALS, WEAK_CUES, acts_as_agent, agree_in_document,
                                                     doc_facts, typed_by_evidence, unbacked_person)
from explorer.core.extract.entities.places import is_city, is_country, is_demonym, is_place
from explorer.core.extract.entities.products import is_model_code, model_names
from explorer.core.extract.entities.run_ins import (capitalised_preposition, clipped_prefix, join_seats, members_letters,
                                                   numbered_title, ordinal_century, ordinal_in_a_name, owned_in_a_title,
                                                   possessive_name, prose_opening, repeated_name, two_countries)
from explorer.core.extract.entities.spans import (LEADING_ARTICLE, SCORE, SpanCut, after_score, clean_cut, doc_context,
                                                  score_at)
from explorer.core.extract.nlp import doc_text, model_entities, string_id, token_columns, tokens_text
from explorer.core.extract.rows import BatchMention

ENTITY_TYPES = ENTITY_LABELS  # the one list, in core/entity_types.py
POSSESSIVE = re.compile(r"[’']s?$")


def mentions_in(doc_id: str, parsed: Doc) -> list[BatchMention]:
    """One row per entity mention; ``entity_id`` is filled by corpus resolution."""
    rows: list[BatchMention] = []
    text_of_doc = doc_text(parsed)  # Doc.text joins every token: build it once
    facts = doc_facts(parsed)
    title_before = {end: start for start, end in doc_context(parsed).titles}  # token after a title → its first token
    unbacked: set[int] = set()  # rows of one-word people nothing in the document backs
    agents: set[int] = set()  # rows the subject of a verb only someone acting has ("IBM said")
    joined: set[int] = set()  # rows of two model names joined, typed by a guess from their labels
    adjectives: set[str] = set()  # mention ids of names written as a describing word ("the Welsh game")
    cuts, joined_starts = _cuts(parsed)
    for cut in cuts:
        name = parsed[cut.start:cut.end]  # made once: a Span is built anew on each slicing
        span = _trim(name)
        if span is None:
            continue
        start, end = span
        text = text_of_doc[start:end]
        if text.islower() or _on_a_url_line(text_of_doc, start) or mention_key(text) in LONE_SUFFIXES:
            continue  # no capital letter, no name: "a [creepy] imaginary friend"; a web address's words; "Co."
        if _a_number_of(name) or _headline_word_again(name):
            continue  # "Millions of the world's poorest …": a sentence's opening count, no name
        label, cue = typed_by_evidence(name, cut.label, facts)
        if not cue and title_fragment(parsed, cut.start, cut.end):
            continue  # one word of a title ("Tribute" of "America: A Tribute to Heroes"): no entity
        row: BatchMention = {
            "mention_id": f"{doc_id}-m{start}", "entity_id": "", "doc_id": doc_id,
            "start": start, "end": end, "text": text, "type": label, "key": mention_key(text, label),
        }
        if cue:
            row["cue"] = cue  # typed by the text, not the model: weighs more in the corpus vote; not stored
        if label == "PERSON":
            surface = _titled_surface(parsed, start, end, title_before)
            if surface:
                row["titled"] = surface  # "US Secretary of State Marco Rubio": an alias, not stored
        if rows and text_of_doc[rows[-1]["end"]:start].strip() == "(":
            if text.isupper() or spells_a_name(text, rows[-1]["text"]):
                row["defines"] = rows[-1]["key"]  # "Ministry of External Affairs (MEA)"; not stored
                if not text.isupper():
                    row["type"], row["cue"] = rows[-1]["type"], "initials"  # "… Clearing Services (Apacs)"
            elif " " not in text and text.lower() == _initials(rows[-1]["text"]):
                row["type"], row["cue"] = rows[-1]["type"], "initials"  # "… Visitor Attractions (Alva)"
        if rows and RENAMED.match(text_of_doc[rows[-1]["end"]:start]) and rows[-1]["type"] in RENAMED_TYPES \
                and row["type"] != rows[-1]["type"] and cue not in STRONG_RENAMED_CUES:
            row["type"], row["cue"] = rows[-1]["type"], "renamed"  # "the seat of X (later Y)": Y is what X was (s18b)
            label, cue = row["type"], "renamed"
            row["key"] = mention_key(text, label)
        surname = _possessive_without_apostrophe(name, facts)
        if surname:
            row["type"], row["cue"], row["key"] = "PERSON", "possessive", mention_key(surname, "PERSON")
            label, cue = "PERSON", "possessive"  # "could fill Peel-s boots": the document's person, his boots
        if label == "PERSON" and not cue and unbacked_person(name, facts):
            unbacked.add(len(rows))
        if acts_as_agent(name):
            agents.add(len(rows))
        quoted = _scare_quoted(name)
        if quoted:
            row["key"] = mention_key(DOUBLE_QUOTES.sub(" ", text), label)  # '"New" Labour' is New Labour
        if cut.start in joined_starts or (quoted and label == "WORK_OF_ART" and not cue):
            joined.add(len(rows))  # a word in quotes is no title: the type the name has elsewhere, where it has one
        if _describes_a_noun(name):
            adjectives.add(row["mention_id"])
        rows.append(row)
    agree_in_document(rows, facts)
    for row in rows:
        if row.get("cue") in WEAK_CUES:
            del row["cue"]  # the gazetteer relabels, but does not outweigh the model elsewhere
    _join_names_in_document(rows, adjectives)
    for i in unbacked:
        if rows[i]["type"] == "PERSON" and not rows[i].get("cue") and " " not in rows[i]["key"]:
            rows[i]["cue"] = LONE  # the corpus vote may find it an organisation (keys._lone_people); not stored
    _mark(rows, joined, JOINED)  # the corpus vote prefers the type the same name has elsewhere
    _mark(rows, agents, AGENT)  # a maker: a kind noun after it elsewhere names what it makes
    return rows


def _possessive_without_apostrophe(span: Span, facts: DocFacts) -> str:
    """The surname of a person the document names in full where a one-word name is that surname and an "s" right
    before a noun in small letters ("no one could fill Hallams boots" beside "Tom Hallam"): a possessive written
    without its apostrophe, so a mention of that person, not a group of that name; else "". Not after "the" ("the
    Hallams", a family), not before a verb ("Hallams said"), not a surname of the document's own ("Williams") (s18c)."""
    doc = span.doc
    word = span[0]
    if len(span) != 1 or not word.is_alpha or not word.is_title or not word.text.endswith("s") \
            or word.text.endswith("ss") or word.text[:-1] not in facts.surnames or word.text in facts.surnames \
            or span.end >= len(doc) or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return ""
    after = doc[span.end]
    return word.text[:-1] if after.is_lower and after.is_alpha and after.tag_ in ("NN", "NNS") else ""


DOUBLE_QUOTES = re.compile(r'["“”]')
# What joins a name to its later or earlier name in brackets ("Bedwellty (later Islwyn)", "Bombay (now Mumbai)"): the
# same place or body renamed, so of the same type.
RENAMED = re.compile(r"^\s*\(\s*(later|now|formerly|renamed)\s+$")
RENAMED_TYPES = frozenset(["GPE", "LOC", "FAC", "ORG"])
STRONG_RENAMED_CUES = frozenset(["titled", "title", "honorific"])


def _scare_quoted(span: Span) -> bool:
    """Whether a double quote mark stands between the name's words ('the party as "New" Labour', the model's span
    'New" Labour'): the writer set one word of the name off, which makes no title of the whole ("New" Labour is the
    party's brand); the name is the words without the mark, one with the same name written plain."""
    return len(span) >= 3 and any(t.text in ('"', "“", "”") for t in span[1:-1]) \
        and span[0].text not in ('"', "“") and span[-1].text not in ('"', "”")


NUMBER_NOUNS = frozenset(["millions", "thousands", "hundreds", "billions", "dozens", "tens", "scores"])


def _a_number_of(span: Span) -> bool:
    """Whether a name starts with a plural number noun and "of" ("Millions of the world's poorest textile trade
    workers", a sentence's opening words the model read as a title): a count of things, no name. A name that only
    is such a word ("Millions", a film) is left to the model."""
    return len(span) >= 3 and span[0].lower_ in NUMBER_NOUNS and span[1].lower_ == "of"


def _headline_word_again(span: Span) -> bool:
    """Whether a one-word name is an ordinary word whose only capital is the body's first letter after a headline the
    text runs into it, the headline writing the same word small just before ("Bafta to hand out movie honours Movie
    stars from across the globe …"): a headline echoes its lede's words, and the parser reads both as one sentence.
    Not a place, a people or a given name ("Jordan"), nor a word before another capitalised one."""
    doc = span.doc
    word = span[0]
    if len(span) != 1 or span.sent.start != 0 or not word.is_title or not is_common_word(word.text) \
            or is_place(word.text) or is_demonym(word.text) or in_given_list(word.text) \
            or span.end >= len(doc) or not doc[span.end].is_lower:
        return False
    return any(t.lower_ == word.lower_ and t.is_lower for t in doc[max(0, span.start - 8):span.start])


INITIAL_SKIP = frozenset(["of", "for", "the", "and", "&", "in", "on", "to"])


def _initials(name: str) -> str:
    """The first letters of a name's words, link words left out ("Association of Leading Visitor Attractions" →
    "alva")."""
    words = [w for w in LEADING_ARTICLE.sub("", name).split() if w.lower() not in INITIAL_SKIP]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def spells_a_name(word: str, name: str) -> bool:
    """Whether a one-word short form written in small letters after its capital ("Apacs") spells the name: its
    letters, in order, start every word of the name but link words, with at most one more letter of a word between
    ("Association of Payment Clearing Services": A-P-a-C-S). Such a form in brackets after the name is its alias,
    as an acronym in capitals is."""
    words = [w.lower() for w in LEADING_ARTICLE.sub("", name).split() if w.lower() not in INITIAL_SKIP]
    if len(words) < 3 or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False

    def spells(rest: str, at: int) -> bool:
        if at == len(words):
            return not rest
        if not rest or rest[0] != words[at][0]:
            return False
        return spells(rest[1:], at + 1) or (len(rest) > 1 and rest[1] in words[at][1:] and spells(rest[2:], at + 1))

    return spells(word.lower(), 0)


def _on_a_url_line(text: str, start: int) -> bool:
    """Whether the mention is on a line that is a web address (news copied from the web often starts with its URL,
    "http: / / www. pba - online. net / boxing / Wladimir - Klitschko - stops …"): its words are no names."""
    line = text[text.rfind("\n", 0, start) + 1:].lstrip()[:12].lower().replace(" ", "")
    return line.startswith(("http:", "https:", "www."))


def _mark(rows: list[BatchMention], which: set[int], mark: str) -> None:
    """Put ``mark`` as the cue of the rows ``which`` that no evidence typed (a mark for the corpus vote, not stored)."""
    for i in which:
        if not rows[i].get("cue"):
            rows[i]["cue"] = mark


def _describes_a_noun(span: Span) -> bool:
    """Whether a one-word name stands between "the" and a small-letter noun ("the Welsh game"): a describing word
    there, whatever the model typed it, not a firm's short name the model read as a person."""
    doc = span.doc
    return len(span) == 1 and span.start > 0 and span.end < len(doc) and doc[span.start - 1].lower_ == "the" \
        and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"


def _join_names_in_document(rows: list[BatchMention], adjectives: set[str] | None = None) -> None:
    """A lone word that is the surname of one person the document names in full ("Mrs Quinn", "Mr Brown" beside
    "Chancellor Gordon Brown", "Federer" the model's organisation), or a person's lone first name ("Phil" beside "Phil Spector"), is that person: its key becomes the
    full name's, whatever the model typed, unless a sentence typed it ("Ford, the car company") or it is a place
    other than a given name written after the full name ("But Tyler really does care" after "Tyler Hansbrough").
    A first name joins only after the full name was written: news names a person in full first, and a firm's name
    written before it ("Diageo" … "Diageo North America") is no first name."""
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}  # full name -> where the document first writes it
    _join_short_firm_names(rows)
    _join_leading_words(rows, adjectives or set())
    _join_partners_first_name(rows)
    _join_model_short_names(rows)
    for row in rows:
        words = row["key"].split()
        if row["type"] == "PERSON" and len(words) > 1:
            by_last.setdefault(words[-1], set()).add(row["key"])
            by_first.setdefault(words[0], set()).add(row["key"])
            first_seen.setdefault(row["key"], row["start"])
    typed = {row["key"] for row in rows if row["type"] != "PERSON" and row.get("cue") not in (None, *DOCUMENT_CUES)}
    _join_organisation_heads(rows)
    _join_first_words(rows)
    _join_clubs_by_their_first_word(rows)
    _mark_inner_word_names(rows)
    for row in rows:
        key = row["key"]
        if (row.get("cue") and row["cue"] not in (*DOCUMENT_CUES, "title", "lineup") and not _person_noun(row)) \
                or key in typed:
            continue  # a title, a line-up or a person's noun says a person: "Mr Brown" is the document's "Gordon Brown"
        if " " in key:
            if row["type"] == "PERSON":  # "Van Persie" beside "Robin van Persie", "Juan Miguel" beside "Juan Miguel
                # Gonzalez" (across the corpus "John Paul" may be the Pope or Justice John Paul Stevens)
                longer = {k for keys in by_last.values() for k in keys
                          if k.endswith(" " + key) or _surname_after(k, key)}
                if len(longer) == 1:
                    row["key"] = next(iter(longer))
            continue
        given = row["type"] == "PERSON" or (row["type"] in ("GPE", "LOC", "ORG") and not row.get("cue")
                                            and in_given_list(row["text"]) and not is_country(row["text"]))
        firsts = {k for k in by_first.get(key, ()) if first_seen[k] < row["start"]} if given else None
        targets = by_last.get(key) or firsts
        if targets and len(targets) == 1 and (row["type"] == "PERSON" or not is_place(row["text"])
                                              or targets == firsts):
            row["key"], row["type"] = next(iter(targets)), "PERSON"
            row.setdefault("cue", "surname")


def _surname_after(full: str, key: str) -> bool:
    """Whether ``full`` is ``key`` and one more word that can be a surname ("juan miguel gonzalez" after "juan
    miguel"): not an ordinary word ("Adam Smith Lecture") nor a number run in ("Natalie Appleton,31")."""
    last = full.split()[-1]
    return full.startswith(key + " ") and len(full.split()) == len(key.split()) + 1 and last.isalpha() \
        and not is_common_word(last)


def _person_noun(row: BatchMention) -> bool:
    """Whether a noun that names a person's role typed the row a person ("broken thumb victim Thomas", "flanker Jon
    Thomas"): like a title, it says which person of the document the name is, not that it is another."""
    return row["type"] == "PERSON" and KIND_NOUNS.get(row.get("cue") or "") == "PERSON"


def _join_short_firm_names(rows: list[BatchMention]) -> None:
    """A name that is the first words of one firm the document names in full ("Xerox" beside "Xerox Corp.", "AEP"
    beside "AEP Industries Inc.", "Vanguard" beside "Vanguard Group Inc.") is that firm: news names a firm in full
    once and by its short name after (or in a headline before). Of two firms that start alike, it is the one only
    filler words follow ("Ogden" beside Ogden Corp. and its unit Ogden Projects Inc. is Ogden Corp.:
    ``keys.firm_prefixes``). Every mention of the short name in the document, whatever the model typed it
    ("Vanguard portfolios" its group), unless a title or a person's noun made it a person, takes the full name's key
    and type: no second entity, nor a person ("Ogden Projects, whose shares …" beside "Ogden Projects Inc."). A
    place is no firm's short name ("Texas" beside "Texas Instruments Inc.")."""
    firms, plain = firm_prefixes({row["key"] for row in rows if row["type"] == "ORG"})
    full = {prefix: next(iter(keys)) for prefix, keys in firms.items() if len(keys) == 1}
    full.update((prefix, next(iter(keys))) for prefix, keys in plain.items()
                if len(keys) == 1 and len(firms[prefix]) > 1)  # "Ogden" beside Ogden Corp. and Ogden Projects Inc.
    short = {row["key"] for row in rows if row["key"] in full and _may_be_a_firm(row)}
    for row in rows:
        if row["key"] in short and _may_join_a_firm(row):
            row["key"], row["type"] = full[row["key"]], "ORG"


def _join_leading_words(rows: list[BatchMention], adjectives: set[str]) -> None:
    """An organisation that is the first words of one organisation of the document whose last word says it is one
    ("Daiwa" beside "Daiwa Securities", "Poughkeepsie" beside "Poughkeepsie Savings Bank", "Eastern" beside "Eastern
    Airlines") is that organisation, as a firm's short name is (``_join_short_firm_names``). Not beside a name with
    no such word ("Labour MP", "Skype In", "Lycos Europe": a run-on, a product, a unit), nor a list ("Fiat and
    General Motors"), nor an acronym ("BBC" beside "BBC Trust"), a place or a country's alias, nor a unit named by
    three words more ("House" beside "House Natural Resources Committee", "Microsoft" beside "Microsoft Security
    Response Center"); not a party ("Labour" beside "the Labour Party": news names a party by its short name in
    every article, and one article's join would only take its mentions from the corpus's "Labour")."""
    longer: dict[str, set[str]] = {}
    for row in rows:
        words = row["key"].split()
        if row["type"] == "ORG" and len(words) > 1 and words[-1] != "party" \
                and (NAME_HEADS.get(words[-1]) == "ORG" or words[-1] in NON_TEAM_PLURALS) and not {"and", "&"} & set(words):
            for size in range(1, len(words)):
                longer.setdefault(" ".join(words[:size]), set()).add(row["key"])
    people = {word for row in rows if row["type"] == "PERSON" and " " in row["key"] for word in row["key"].split()}
    kinds: dict[str, list[str]] = {}
    for row in rows:
        kinds.setdefault(row["key"], []).append(row["type"])
    for row in rows:
        targets = longer.get(row["key"])
        if targets and len(targets) == 1 and (row["type"] == "ORG" or row["mention_id"] not in adjectives) \
                and _may_be_the_organisation(row, next(iter(targets)), rows, people, kinds[row["key"]]) \
                and not row["text"].isupper() and not is_place(row["text"]) and not alias_key(row["key"]) \
                and len(next(iter(targets)).split()) - len(row["key"].split()) <= 2:
            row["key"], row["type"] = next(iter(targets)), "ORG"


def _may_be_the_organisation(row: BatchMention, full: str, rows: list[BatchMention], people: set[str],
                             same: list[str]) -> bool:
    """Whether a mention written as the first word of an organisation's name is that organisation: the model's
    organisation, or a one-word name it reads as a person or, fewer times than otherwise, a place, that no sentence
    typed ("Analysts expect Jet to raise fares" beside "Jet Airways"), that no person of the document bears ("Jet"
    beside "Jet Li") and that no other name of the document has inside ("Mac" beside "Mac News" and "Apple's Mac
    OS": the computer). A town named only as a place ("Staunton" beside "Staunton Police") stays one, and so does a
    describing word ("the Welsh game" beside "the Welsh Rugby Union": ``_describes_a_noun``)."""
    if row["type"] == "ORG":
        return True
    if row["type"] not in ("PERSON", "GPE", "LOC") or row.get("cue") or " " in row["key"] or row["key"] in people:
        return False
    places = sum(kind in ("GPE", "LOC") for kind in same)
    inside = any(row["key"] in other["text"].lower().split() for other in rows
                 if not full.startswith(other["key"]) and " " in other["text"])
    return places < len(same) - places and not inside


def _join_partners_first_name(rows: list[BatchMention]) -> None:
    """A one-word organisation that is the first word of one organisation of the document named by two or three
    words that are no ordinary words ("Goldman" beside "Goldman Sachs", "Shearson" beside "Shearson Lehman Hutton",
    "Bear" beside "Bear Stearns") is that firm: a firm named after its partners has no suffix or head word to say
    so (``_join_short_firm_names``, ``_join_leading_words``), and news writes it by the first partner after. Not
    where the words after are a model's code, a role, an ordinary word or a place ("Nintendo DS", "Labour MP",
    "Microsoft Longhorn", "Sony Europe"), nor another name the document writes alone ("Sony Ericsson" beside
    "Ericsson": two firms), nor a word a person of the document bears ("Marcus Goldman")."""
    alone = {row["key"] for row in rows}
    people = {word for row in rows if row["type"] == "PERSON" for word in row["key"].split()}
    longer: dict[str, set[str]] = {}
    for row in rows:
        words = row["text"].split()
        if row["type"] == "ORG" and 2 <= len(words) <= 3 and all(partners_name(w, alone) for w in words[1:]) \
                and words[0][:1].isupper():
            longer.setdefault(row["key"].split()[0], set()).add(row["key"])
    for row in rows:
        targets = longer.get(row["key"])
        if targets and len(targets) == 1 and row["type"] == "ORG" and row["key"] not in people \
                and not row["text"].isupper() and not is_place(row["text"]) and not alias_key(row["key"]):
            row["key"] = next(iter(targets))


def _join_model_short_names(rows: list[BatchMention]) -> None:
    """A model's code written alone ("The ROKR has a color display") that is the second word of one name of the
    document, a maker's name and that code ("The Motorola ROKR pauses music"), is that name: news names a model in
    full once and by its code after. Not a role ("Labour MP" … "the MP": ``products.is_model_code``), not a name
    a sentence typed a person or a place, nor after a word that names no maker ("Critical IE flaw" in a headline:
    an ordinary word the document does not write alone as a name)."""
    names = {row["key"] for row in rows}
    full: dict[str, set[str]] = {}
    for row in rows:
        words = row["text"].split()
        maker = words[0][:1].isupper() and not words[0].isupper() \
            and (words[0].lower() in names or not is_common_word(words[0])) if words else False
        if len(words) == 2 and maker and is_model_code(words[1]):
            full.setdefault(words[1], set()).add(row["key"])
    for row in rows:
        targets = full.get(row["text"])
        typed_otherwise = row["type"] in ("PERSON", "GPE", "LOC", "NORP") and bool(row.get("cue"))
        if targets and len(targets) == 1 and not typed_otherwise:
            row["key"] = next(iter(targets))


def _may_join_a_firm(row: BatchMention) -> bool:
    """Whether a mention of a firm's short name joins the firm: not where a sentence typed it a person or a place
    ("Mr. Oneida", "The Oneida, N.Y., maker": the town), not a group ("British" beside "British Petroleum Co."), not
    a place the gazetteer knows."""
    typed_otherwise = row["type"] in ("PERSON", "GPE", "LOC", "FAC") and bool(row.get("cue"))
    return not typed_otherwise and row["type"] != "NORP" and not is_place(row["text"])


def _may_be_a_firm(row: BatchMention) -> bool:
    """Whether a mention can be a firm's short name: the model's organisation; a "person" nothing typed (no title,
    no person's noun) whose first word is no given name ("Ogden Projects", not "Walt Disney"); or a place or building
    the model guessed, no sentence typed and no gazetteer knows ("Erbamont's shares" beside "Erbamont N.V."). Not a
    place the gazetteer knows ("Phoenix" beside "Phoenix Technologies Ltd." may be the city), nor a country's common
    alias ("U.S." beside "U.S. Trust Corp.")."""
    if is_place(row["text"]) or alias_key(row["key"]):
        return False
    if row["type"] == "ORG":
        return True
    if row["type"] in ("GPE", "LOC", "FAC"):
        return not row.get("cue")
    return row["type"] == "PERSON" and not row.get("cue") and not is_given_name(row["text"].split()[0])


# A firm's suffix the model left as a name of its own ("Kohlberg Kravis Roberts & [Co.]"): no name ("SA" may be
# South Africa).
LONE_SUFFIXES = frozenset(["inc", "corp", "co", "cos", "ltd", "plc", "llc"])

# Head words of a building's or a department's name whose first word the news writes alone for the whole ("the
# Kodak" for the Kodak Theater, "Interior" for the Interior Department).
# Not a park's, a road's or a bridge's: "Celtic" beside "Celtic Park" is the club, "Sideways" beside "Sideways Road" a
# film.
SHORTENED_HEADS = frozenset(["theatre", "theater", "stadium", "arena", "pavilion", "auditorium", "museum", "gallery",
                             "palace", "department", "ministry"])


def _join_first_words(rows: list[BatchMention]) -> None:
    """A one-word name that is the first word of one building or department the document names in full ("those in
    the Kodak" beside "the Kodak Theater", "Interior Secretary" beside "the Interior Department") is that name: its
    key and type become the full name's. Not a place, by the gazetteer or the model ("Bloomington" beside "the
    Bloomington Police Department"), not an acronym ("BBC" beside "BBC Trust"), not a person."""
    by_first: dict[str, set[str]] = {}
    type_of: dict[str, str] = {}
    for row in rows:
        words = row["key"].split()
        if row["type"] in ("ORG", "FAC") and len(words) > 1 and words[-1] in SHORTENED_HEADS \
                and not {"and", "&", "of"} & set(words):
            by_first.setdefault(words[0], set()).add(row["key"])
            type_of[row["key"]] = row["type"]
    for row in rows:
        targets = by_first.get(row["key"])
        if targets and len(targets) == 1 and row["type"] not in ("PERSON", "GPE", "LOC", "NORP") \
                and not row["text"].isupper() and not is_place(row["text"]):  # "Bloomington Police say": the town
            row["key"] = next(iter(targets))
            row["type"] = type_of[row["key"]]


def _join_clubs_by_their_first_word(rows: list[BatchMention]) -> None:
    """A one-word organisation that is the first word of one organisation of the document named by it and a city
    ("Bayern" beside "Bayern Munich", "Inter" beside "Inter Milan", "Partizan" beside "Partizan Belgrade") is that
    organisation: sport news names a club in full once and by its first word after. Not where the first word is a
    place itself ("Liverpool Bournemouth", a list the model ran together), nor an acronym, nor a name written after
    "the" ("the Library London's most active hotspot": a name and a place run together)."""
    by_first: dict[str, set[str]] = {}
    for row in rows:
        words = row["text"].split()  # a club is written with no article: not "the Library London's hotspot"
        if row["type"] == "ORG" and len(words) == 2 and is_city(words[1]) and not is_country(words[1]) \
                and not is_place(words[0]) and len(row["key"].split()) == 2:
            by_first.setdefault(row["key"].split()[0], set()).add(row["key"])
    for row in rows:
        targets = by_first.get(row["key"])
        if targets and len(targets) == 1 and row["type"] == "ORG" and not row["text"].isupper():
            row["key"] = next(iter(targets))


UNJOINED_TYPES = PLACE_OR_PEOPLE | {"PERSON"}  # given names; places and peoples named apart


def _mark_inner_word_names(rows: list[BatchMention]) -> None:
    """A name of the document that is another of its names with one word more inside ("iTunes Music Store" beside
    "iTunes Store") says the two are one: the longer row ``defines`` the shorter key (as "(MEA)" defines its long
    form), and the corpus joins every article's longer name to the shorter where the corpus types allow one thing
    (``keys.inner_word_joins``; the model may type the two apart in one article, "the iTunes Music Store" ORG,
    "iTunes Store" PRODUCT). Not people (given names: "John Paul Stevens"), places or peoples, a one-word name, nor an
    added word that is a place, a number or after "of" ("Bank of New England": ``keys.adds_an_inner_word``)."""
    names = {row["key"] for row in rows if row["type"] not in UNJOINED_TYPES and not row["text"].isupper()}
    for row in rows:
        if row["type"] in UNJOINED_TYPES or row.get("defines") or row["text"].isupper():
            continue
        shorter = {k for k in names if adds_an_inner_word(row["key"], k)}
        if len(shorter) == 1:
            row["defines"] = next(iter(shorter))


def _join_organisation_heads(rows: list[BatchMention]) -> None:
    """A one-word organisation that is the last word of one organisation the document names in full ("United" beside
    "Manchester United", "Democrats" beside "Liberal Democrats", "the Chiefs" beside "the Kansas City Chiefs") is that
    organisation: its key becomes the full
    name's, so the corpus does not join it to another document's "Newcastle United". Only a word that says what an
    organisation is ("United", "Commission", "Council", "Parliament"): "Wales" beside "BBC Wales" stays the country."""
    by_last: dict[str, set[str]] = {}
    teams: set[str] = set()  # last words of the document's teams named by a city ("Kansas City Chiefs")
    for row in rows:
        words = row["key"].split()
        if row["type"] == "ORG" and len(words) > 1 and not {"and", "&"} & set(words):  # "Saints and Lions": a list
            by_last.setdefault(words[-1], set()).add(row["key"])
            if words[-1].endswith("s") and is_city(" ".join(LEADING_ARTICLE.sub("", row["text"]).split()[:-1])):
                teams.add(words[-1])
    for row in rows:
        head = row["type"] == "ORG" and (row["key"] in CLUB_HEADS or NAME_HEADS.get(row["key"]) == "ORG"
                                         or row["key"] in ("parliament", "assembly", "congress") or row["key"] in teams)
        targets = by_last.get(row["key"]) if head else None
        if targets and len(targets) == 1:
            row["key"] = next(iter(targets))


def _cuts(parsed: Doc) -> tuple[list[SpanCut], set[int]]:
    """The cleaned spans of the document's names, left to right; where a completed name now covers another
    ("British" in "British Library"), the longer stays. With them, the first tokens of the names ``joins`` made of
    two of the model's names (their type a guess from the two labels)."""
    context = doc_context(parsed)
    people = {ent[-1].text for ent in model_entities(parsed) if ent.label_ == "PERSON"}
    products = model_names(parsed)
    taken = {i for p in products for i in range(p.start, p.end)}
    titled = join_capitalised_title(parsed, join_title_run(parsed, join_across_of_the(parsed, join_adjacent_names(
        parsed, [e for e in model_entities(parsed) if not any(i in taken for i in range(e.start, e.end))], context.text))))
    ents = join_body_tail(parsed, join_named_pair(parsed, titled))
    pairs = {(e.start, e.end) for e in ents if e.label_ == "WORK_OF_ART"} - {(e.start, e.end) for e in titled}  # "the [Ann and Lucy] show"
    model_spans = {(e.start, e.end) for e in model_entities(parsed)}
    joined_starts = {e.start for e in ents if (e.start, e.end) not in model_spans}
    extra = [*_coordinated_acronyms(parsed), *_bracketed_acronyms(parsed), *products, *_named_by_kind_noun(parsed)]
    cuts: list[SpanCut] = []
    names = _names_elsewhere(parsed)
    for ent in sorted([*ents, *extra], key=lambda e: e.start):
        if ent.label_ not in ENTITY_TYPES:
            continue
        for part, label in ((ent.start, ent.end) not in pairs and _people_joined(ent, people)) or [(ent, ent.label_)]:
            cut = clean_cut(Span(parsed, part.start, part.end, label=label), context)
            if cut is not None:
                cut = _saints_place(_over_a_hyphen(cut))
                cuts.extend(part for timed in _cut_a_minute(cut) for scored in _split_at_score(timed)
                            for piece in _split_at_lower_word(scored)
                            for listed in _split_at_and(piece, names) for owned in _owner_read_alone(listed, names)
                            for run in _headline_run_on(owned, names)
                            for clipped in clipped_prefix(run) for letters in members_letters(clipped)
                            for prose in prose_opening(letters) for dated in ordinal_century(prose)
                            for country in two_countries(dated)
                            for part in repeated_name(capitalised_preposition(ordinal_in_a_name(numbered_title(
                                owned_in_a_title(possessive_name(country)))))))
    return _longest_first(join_seats(cuts)), joined_starts


HYPHENS = frozenset(["-", "\u2010", "\u2011"])


def _over_a_hyphen(cut: SpanCut) -> SpanCut:
    """A person's name the model ends at a hyphen written without spaces, a capital word after it ("Quincy
    Owusu[-Abeyie]", "Sylvain Wiltord" stays), is a double-barrelled surname cut in two: the name goes on over the
    hyphen and the word. Not where the word starts a name of the model's own ("the Blair-Brown feud": two people) or
    the document writes it alone elsewhere ("the Ferguson-Wenger saga" beside "Wenger said"), nor a word in small
    letters ("a Blair-led government"), nor a second hyphen after it (a compound: "Smith-Jones-style")."""
    doc, end = cut.doc, cut.end
    if cut.label != "PERSON" or end + 1 >= len(doc) or doc[end].text not in HYPHENS or doc[end - 1].whitespace_ \
            or doc[end].whitespace_:
        return cut
    word = doc[end + 1]
    if not (word.is_alpha and word.is_title) or word.ent_iob_ == "B" \
            or (end + 2 < len(doc) and not word.whitespace_ and doc[end + 2].text in HYPHENS) \
            or any(t.text == word.text and t.i != word.i and (t.i == 0 or doc[t.i - 1].text not in HYPHENS)
                   for t in doc):
        return cut
    return SpanCut(doc, cut.label, cut.start, end + 2, cut.context)


SAINTS = frozenset(["St", "St.", "Saint"])
SAINTS_HEADS = {"hall": "FAC", "church": "FAC", "chapel": "FAC", "abbey": "FAC", "school": "ORG"}  # and NAME_HEADS


def _saints_place(cut: SpanCut) -> SpanCut:
    """A saint's name the model ends at its possessive, capitalised words after it that end in a word a place or a
    body is named by ("St Anselm's Shopping Centre", "St Brigid's Hall"), is cut from the place's name: the name goes
    on over the possessive and the words. Not before a person or other words ("St Mirren's Kirk Broadfoot", a club's
    player; "St Andrew's golf course"), which end in no such word. A saint's place the model read as a person is
    typed by that word ("St Egwin's Middle School": an organisation)."""
    doc = cut.doc
    if doc[cut.start].text not in SAINTS or cut.end - cut.start < 2:
        return cut
    mark = cut.end - 1 if doc[cut.end - 1].lower_ in ("'s", "’s") else cut.end
    if mark >= len(doc) or doc[mark].lower_ not in ("'s", "’s"):
        return cut
    stop = mark + 1
    while stop < len(doc) and stop - mark <= 4 and doc[stop].is_alpha and doc[stop].is_title:
        stop += 1
    head = doc[stop - 1].lower_
    if stop == mark + 1 or (head not in NAME_HEADS and head not in SAINTS_HEADS):
        return cut
    label = (NAME_HEADS.get(head) or SAINTS_HEADS[head]) if cut.label == "PERSON" else cut.label
    return SpanCut(doc, label, cut.start, stop, cut.context)  # a saint's place is no person: typed by its last word


MINUTE_BEFORE = frozenset(["(", ",", ":", ";", "."])
MINUTE_AFTER = frozenset([")", ",", ";", ".", "og", "pen"])


def _cut_a_minute(cut: SpanCut) -> list[SpanCut]:
    """A player's name and the minute of a goal or a substitution that the model read as one name ("Gerrard 79 og,
    Drogba 107, Kezman 112.", "Gallas (Kezman 74)", as a law, a firm or a product) is the player: the minute is cut
    and the name typed a person, for the evidence steps to check. Only a one- or two-word name ending in a capital
    word, a number up to 130 after it, and the punctuation of a line of scorers around ("Interstate 75", "Joe 90"
    in running text stay); not a name and number the article writes again (a game's title in a chart: "Halo 2")."""
    doc = cut.doc
    words = doc[cut.start:cut.end - 1]
    last = doc[cut.end - 1]
    before = doc[cut.start - 1].text if cut.start > 0 else "."
    after = doc[cut.end].lower_ if cut.end < len(doc) else "."
    if not 1 <= len(words) <= 2 or not last.is_digit or len(last.text) > 3 or not 1 <= int(last.text) <= 130 \
            or not all(t.is_alpha and t.text[:1].isupper() for t in words) or before not in MINUTE_BEFORE \
            or after not in MINUTE_AFTER or _written_again(doc, cut.start, cut.end):
        return [cut]  # "Halo 2" written elsewhere in the article: a title's number, no minute
    return [SpanCut(doc, "PERSON", cut.start, cut.end - 1, cut.context)]


def _written_again(doc: Doc, start: int, end: int) -> bool:
    """Whether the document writes the words [start, end) elsewhere too."""
    words = [t.text for t in doc[start:end]]
    size = end - start
    return any(i != start and [t.text for t in doc[i:i + size]] == words for i in range(len(doc) - size + 1))


SPLIT_TYPES = {"PERSON", "ORG", "GPE", "FAC", "NORP", "EVENT", "LOC"}
NAME_PARTICLES = frozenset(["of", "and", "for", "&", "the", "van", "von", "de", "der", "den", "da", "di", "del",
                            "della", "du", "le", "la", "al", "el", "bin", "y", "dos", "das", "ter", "upon", "on", "in",
                            "at", "under", "am", "sur", "zu", "des", "e"])


def _split_at_lower_word(cut: SpanCut) -> list[SpanCut]:
    """A name of these types with an ordinary lower-case word inside ("Southampton when Arsenal", "Davos agenda
    Climate") is two names the model ran together: split there. Link words and particles of names stay inside
    ("Commission for Racial Equality", "Robin van Persie", "Newcastle upon Tyne"), and so do the small words of a
    place the gazetteer knows ("Dar es Salaam")."""
    doc = cut.doc
    if cut.label not in SPLIT_TYPES or is_place(tokens_text(doc, cut.start, cut.end)):
        return [cut]  # a place the gazetteer knows is one name with its small words ("Dar es Salaam")
    for token in doc[cut.start + 1:cut.end - 1]:
        if token.is_lower and token.is_alpha and token.lower_ not in NAME_PARTICLES and token.whitespace_ \
                and doc[token.i - 1].whitespace_:
            parts = [SpanCut(doc, cut.label, cut.start, token.i, cut.context),
                     SpanCut(doc, cut.label, token.i + 1, cut.end, cut.context)]
            return [p for p in parts if any(t.text[:1].isupper() for t in doc[p.start:p.end])]
    return [cut]


def _split_at_score(cut: SpanCut) -> list[SpanCut]:
    """A name with a match score inside ("Clyde 0-5 Celtic Celtic brushed aside Clyde", a match report's headline run
    into its first line) is the two sides of the result: split at the score, which is no part of either. A score at
    the end is cut by ``spans._cut_trailing_score``."""
    doc = cut.doc
    if cut.label not in SPLIT_TYPES:
        return [cut]
    for i in range(cut.start + 1, cut.end - 1):
        if score_at(doc, i):
            after = i + 1 if SCORE.match(doc[i].text) else i + 3
            if after < cut.end and doc[after].text[:1].isupper():
                parts = [SpanCut(doc, cut.label, cut.start, i, cut.context),
                         *_repeated(SpanCut(doc, cut.label, after, cut.end, cut.context))]
                return [parts[0], *(p for part in parts[1:] for p in _split_at_score(part))]
    return _after_a_score(cut)


def _after_a_score(cut: SpanCut) -> list[SpanCut]:
    """A name right after a score in the first sentence that runs on into a name the model starts inside it ("Man
    City 0-2 Man Utd [Manchester United] reduced", "Ireland 17-12 South Africa [Ronan O'Gara] scored"): the
    headline's second team, then the body's first name. Split where the model's name starts."""
    doc = cut.doc
    if cut.start == 0 or doc[cut.start].sent.start != 0 or not after_score(doc, cut.start):
        return [cut]
    inner = next((i for i in range(cut.start + 1, cut.end) if doc[i].ent_iob_ == "B"), None)
    if inner is None:
        return [cut]
    team = doc[cut.start:inner]
    label = "PERSON" if is_given_name(team[0].text) else "GPE" if is_place(team.text) else "ORG"  # a side: a club
    return [SpanCut(doc, label, cut.start, inner, cut.context), SpanCut(doc, cut.label, inner, cut.end, cut.context)]


def _repeated(cut: SpanCut) -> list[SpanCut]:
    """The name after a score written twice over ("Celtic Celtic brushed aside Clyde"): the headline's team, then the
    body's first word, the same team: two mentions."""
    words = [t.text for t in cut.doc[cut.start:cut.end]]
    half = len(words) // 2
    if len(words) % 2 or words[:half] != words[half:]:
        return [cut]
    return [SpanCut(cut.doc, cut.label, cut.start, cut.start + half, cut.context),
            SpanCut(cut.doc, cut.label, cut.start + half, cut.end, cut.context)]


def _names_elsewhere(parsed: Doc) -> dict[str, list[int]]:
    """Where the model reads each name (its text, no leading article) in the document: the token starts."""
    found: dict[str, list[int]] = {}
    for ent in model_entities(parsed):
        found.setdefault(LEADING_ARTICLE.sub("", ent.text), []).append(ent.start)
    return found


def _headline_run_on(cut: SpanCut, names: dict[str, list[int]]) -> list[SpanCut]:
    """A name in the document's first sentence that is two names the document reads on their own elsewhere ("Arsenal
    Chelsea boss", "Blair Tony Blair has said"): a headline run into the first line of the body, which plain-text
    news flattens into one line. It is split in two; any other cut is kept as it is. A person's name splits only
    before a full name ("Phil Spector" stays whole), a product's never ("Airbus A320"); a full name that starts with
    a given name needs no second mention ("Newcastle 2-1 Bolton Kieron Dyer smashed home" with "Bolton" elsewhere);
    nor does a nationality's people before a place ("hail Italians Ireland coach …": no name is written so), nor a
    country before a name the document reads without it ("'genius' Smith US Federal Reserve chairman" beside "the
    Federal Reserve"). A
    headline's ordinary word run into the front of a name ("Latest Opera browser gets vocal", a product's name too)
    is cut as the body's ordinary word at its end is ("Reuters Revenues"): the document writes the word in lower
    case, never with a capital inside a later sentence, and reads the rest as a name elsewhere; not a given name
    ("Will Smith"), nor before a name's head ("Football Federation" beside "the Federation")."""
    doc = cut.doc
    placed = _place_run_into_person(cut)
    if placed is not None:
        return placed
    if cut.end - cut.start < 2 or doc[cut.start].sent.start != 0:
        return [cut]
    def elsewhere(text: str) -> bool:
        return any(not cut.start <= i < cut.end for i in names.get(text, ()))
    first = doc[cut.start]
    rest = tokens_text(doc, cut.start + 1, cut.end)
    if first.is_title and is_common_word(first.text) and cut.context.lower_counts[first.lower_] \
            and first.text not in cut.context.capitalised_in_body and first.lower_ not in NAME_HEADS \
            and first.lower_ not in person_titles() and not in_given_list(first.text) \
            and doc[cut.end - 1].lower_ not in NAME_HEADS and elsewhere(rest):  # "Latest Opera browser gets vocal"
        label = next((e.label_ for e in model_entities(doc) if LEADING_ARTICLE.sub("", e.text) == rest
                      and not cut.start <= e.start < cut.end), cut.label)
        return [SpanCut(doc, label if label in ENTITY_TYPES else cut.label, cut.start + 1, cut.end, cut.context)]
    if cut.label == "PRODUCT":
        return [cut]
    whole = tokens_text(doc, cut.start, cut.end)
    last = doc[cut.end - 1]
    rest = LEADING_ARTICLE.sub("", tokens_text(doc, cut.start, cut.end - 1))
    if last.is_title and is_common_word(last.text) and cut.context.lower_counts[last.lower_] \
            and last.text not in cut.context.capitalised_in_body and last.lower_ not in NAME_HEADS \
            and last.lower_ not in FIRM_FILLERS and cut.end < len(doc) and not doc[cut.end].is_punct \
            and elsewhere(rest):  # "Weak dollar hits Reuters Revenues at …"
        label = next((e.label_ for e in model_entities(doc) if LEADING_ARTICLE.sub("", e.text) == rest
                      and not cut.start <= e.start < cut.end), cut.label)  # the type the model gives it there
        return [SpanCut(doc, label if label in ENTITY_TYPES else cut.label, cut.start, cut.end - 1, cut.context)]
    for k in range(cut.start + 1, cut.end):
        if cut.label in PLACE_OR_PEOPLE and is_demonym(tokens_text(doc, cut.start, k)) and is_place(tokens_text(doc, k, cut.end)) \
                and not is_place(whole):  # "… hail Italians Ireland coach Eddie O'Sullivan": people, then a place
            return [SpanCut(doc, "NORP", cut.start, k, cut.context), SpanCut(doc, "GPE", k, cut.end, cut.context)]
    for k in range(cut.start + 1, cut.end):
        head, tail = tokens_text(doc, cut.start, k), tokens_text(doc, k, cut.end)
        person_follows = cut.end - k >= 2 and (is_given_name(doc[k].text) or in_given_list(doc[k].text)) \
            and doc[k].is_title and doc[cut.start].lower_ not in person_titles()  # "England Lewis Moody"
        country_led = cut.end - k >= 3 and is_country(doc[k].text) and elsewhere(tokens_text(doc, k + 1, cut.end))
        # "'genius' Smith US Federal Reserve chairman" beside "the Federal Reserve": a country before a body's name
        if elsewhere(head) and (elsewhere(tail) or person_follows or country_led) and whole not in (head, tail) \
                and (cut.label != "PERSON" or cut.end - k >= 2):  # "Phil Spector" is one name, "Blair Tony Blair" two
            return [SpanCut(doc, cut.label, cut.start, k, cut.context), SpanCut(doc, cut.label, k, cut.end, cut.context)]
    return [cut]


PERSON_OPENERS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady"])


def _place_elsewhere(cut: SpanCut, text: str) -> bool:
    """Whether the model reads ``text`` as a place outside the cut (read only where a run-on's place is a given name,
    not for every cut: the document's names are scanned)."""
    return any(e.text == text and e.label_ in ("GPE", "LOC") and not cut.start <= e.start < cut.end
               for e in model_entities(cut.doc))


def _surname_elsewhere(cut: SpanCut, word: str) -> bool:
    """Whether ``word`` ends a person's full name the model reads outside the cut."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word and not cut.start <= e.start < cut.end
               for e in model_entities(cut.doc))


def _headline_place(cut: SpanCut) -> bool:
    """Whether the cut starts right after "in" or "at" in the document's first sentence ("Hewitt falls to Dent in
    Adelaide Lleyton Hewitt …"): a headline ends so on the place it happened, and no headline puts a person there."""
    doc = cut.doc
    return cut.start > 0 and doc[cut.start - 1].lower_ in ("in", "at") and doc[cut.start].sent.start == 0


def _written_alone(cut: SpanCut, word: Token) -> bool:
    """Whether the document writes ``word`` with its capital outside the cut (a surname the headline gives alone)."""
    return any(t.text == word.text and not cut.start <= t.i < cut.end for t in cut.doc)


def _place_run_into_person(cut: SpanCut) -> list[SpanCut] | None:
    """A known place run into a person's full name ("Agassi fear for Melbourne Andre Agassi's involvement", a
    headline's last word and the body's first; "ambassador to Kenya Prudence Bushnell were injured"; "the relief deal
    with Tanzania Mr Brown said"), read by the model as one name: the place, then the person. The person starts with
    a given name or an honorific, or ends in a surname the document gives a person elsewhere; not when the place is
    a given name the model reads nowhere else as a place ("George W Bush", "Mary J Blige"), unless a headline's "in"
    or "at" puts it there (``_headline_place``: "… in Adelaide Lleyton Hewitt", where the person may also be one
    whose surname the document writes alone, as the headline does), nor when the rest ends in a word that says what
    an organisation is ("Kenya Tourist Office")."""
    doc = cut.doc
    headline_place = _headline_place(cut)
    if cut.label not in ("PERSON", "ORG", "GPE", "NORP", *(("FAC", "LOC") if headline_place else ())) \
            or cut.end - cut.start < 3:
        return None
    for k in (cut.start + 1, cut.start + 2):
        head, rest = doc[cut.start:k], doc[k:cut.end]
        if len(rest) < 2 or not is_place(head.text) or head[0].lower_ == "the" or is_place(tokens_text(doc, cut.start, k + 1)) \
                or not all(t.is_title and t.is_alpha for t in (*head, *rest)):
            continue  # "San Jose Top": the place goes on
        if in_given_list(head[0].text) and not _place_elsewhere(cut, head.text) and not headline_place:
            continue  # "George W Bush", "Mary Jo White": a given name, unless the model reads it a place elsewhere
        if rest[-1].lower_ in NAME_HEADS or rest[-1].lower_ in FIRM_FILLERS:
            continue
        if is_given_name(rest[0].text) or rest[0].text in PERSON_OPENERS \
                or (not is_common_word(rest[0].text) and _surname_elsewhere(cut, rest[-1].text)) \
                or (headline_place and _written_alone(cut, rest[-1])
                    and (not is_common_word(rest[-1].text) or is_surname(rest[-1].text))):
            return [SpanCut(doc, "GPE", cut.start, k, cut.context), SpanCut(doc, "PERSON", k, cut.end, cut.context)]
    return None


def _split_at_and(cut: SpanCut, names: dict[str, list[int]]) -> list[SpanCut]:
    """An organisation "A and B" whose two halves the document writes apart, one of them read by the model as a name
    of its own ("Gazpromneft, a former unit of Russian gas monopoly Gazprom which is due to merge with Rosneft" …
    "the ability of Gazprom and Rosneft to trade"), is a list of two: split at "and". A firm named for two people
    ("Marks and Spencer", "Ernst and Young") is written whole, its halves not apart. Two halves that are each a
    body's whole name by their own words (``_whole_body``) are two, whatever the document writes elsewhere."""
    doc = cut.doc
    if cut.label != "ORG":
        return [cut]
    links = [i for i in range(cut.start + 1, cut.end - 1) if doc[i].text in ("and", "&")]  # "Chorlton And The
    # Wheelies", a title, keeps its capital
    if len(links) != 1:
        return [cut]
    k = links[0]
    halves = [(cut.start + (doc[cut.start].lower_ == "the"), k), (k + 1, cut.end)]
    if all(_whole_body(doc[start:end]) for start, end in halves) \
            or (doc[k].text == "and" and _listed_pair(cut, halves)):
        return [SpanCut(doc, cut.label, s, e, cut.context) for s, e in halves]
    if any(end - start < 1 or end - start > 3 or not all(t.is_title or t.is_upper for t in doc[start:end])
           for start, end in halves):
        return [cut]

    def apart(start: int, end: int) -> bool:
        """Whether the document writes these words outside the cut."""
        words = [t.text for t in doc[start:end]]
        return any([t.text for t in doc[i:i + len(words)]] == words for i in range(len(doc))
                   if not cut.start <= i < cut.end and doc[i].text == words[0])

    read = [any(not cut.start <= i < cut.end for i in names.get(tokens_text(doc, s, e), ())) for s, e in halves]
    if not any(read) or not all(apart(s, e) for s, e in halves):
        return [cut]
    return [SpanCut(doc, cut.label, s, e, cut.context) for s, e in halves]


LIST_OPENERS = frozenset(["like", "including", "between"])


def _listed_pair(cut: SpanCut, halves: list[tuple[int, int]]) -> bool:
    """Whether an organisation "A and B" is two bodies a list opens on: after "like", "including", "between" or a
    plural noun ("newer acts like The Darkness and Lostprophets", "US rivals Ford and General Motors", "a game between
    Sheffield Wednesday and Arsenal"). Each half one to three capitalised words. Not a firm named for two people
    ("retailers like Marks and Spencer", "Ernst and Young"): the second half one word the name lists give as a
    surname or a given name keeps the name whole, and so does "&" ("agencies like Young & Rubicam", "Moet &
    Chandon"); nor a work's title ("films like Pride and Prejudice"), which is no organisation."""
    doc = cut.doc
    if cut.start == 0:
        return False
    before = doc[cut.start - 1]
    if before.lower_ not in LIST_OPENERS and not (before.tag_ == "NNS" and before.is_lower):
        return False
    if any(not 1 <= end - start <= 3 or not all(t.is_title or t.is_upper for t in doc[start:end])
           for start, end in halves):
        return False
    second = doc[halves[1][0]:halves[1][1]]
    return not (len(second) == 1 and (is_surname(second.text) or is_given_name(second.text)))


OWNER_MARKS = frozenset(["'s", "’s"])
READ_OWNERS = frozenset(["PERSON", "ORG", "GPE", "NORP"])


def _owner_read_alone(cut: SpanCut, names: dict[str, list[int]]) -> list[SpanCut]:
    """A name "A's B" whose owner A the model reads as a name of its own elsewhere in the document ("Brando's Academy
    Award" beside "Brando said", "Usher's Confessions" beside "Usher") is two names the model ran together over the
    possessive: the owner, then what it owns. Not where what is owned is one word that says what a name is
    ("Information Commissioner's Office", "the Prince's Trust", "King's Cup": one name) or one ordinary word
    ("Google's Desktop", "Foster's Lager"), nor where the model reads the owner elsewhere only with its "'s"
    ("Ocean's Eleven" beside "Ocean's Twelve", "Hitchhiker's Guide"), nor a date's possessive ("New Year's Day")."""
    doc = cut.doc
    marks = [i for i in range(cut.start + 1, cut.end - 1) if doc[i].text in OWNER_MARKS]
    if len(marks) != 1:
        return [cut]
    k = marks[0]
    first = cut.start + (doc[cut.start].lower_ == "the")
    owner, owned = doc[first:k], doc[k + 1:cut.end]
    if not len(owner) or not owned[0].is_title \
            or (len(owned) == 1 and (owned[0].lower_ in NAME_HEADS or is_common_word(owned[0].text))):
        return [cut]  # "Google's Desktop", "Foster's Lager": one ordinary word owned may be the product's own name
    label = next((e.label_ for e in model_entities(doc) if e.text == owner.text and not cut.start <= e.start < cut.end
                  and (e.end >= len(doc) or doc[e.end].text not in OWNER_MARKS)), None)
    if label not in READ_OWNERS:
        return [cut]  # "Ocean's Eleven" beside "Ocean's Twelve": the owner read only with its "'s" is a title's word
    return [SpanCut(doc, label, first, k, cut.context), SpanCut(doc, cut.label, k + 1, cut.end, cut.context)]


def _whole_body(words: Span) -> bool:
    """Whether one half of an organisation "A and B" is a body's whole name by its own words ("New York State
    Department of Health and State University of New York"): two words or more, capitalised but for "of", "for",
    "the", one of them a body's head noun ("department", "university", "council", … ``NAME_HEADS``). A name that
    "and" runs through has its head on one side only ("Department of Trade and Industry", "Securities and Exchange
    Commission", "Fife College of Further and Higher Education")."""
    return len(words) >= 2 and words[0].is_title \
        and all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "the") for t in words) \
        and any(t.is_title and NAME_HEADS.get(t.lower_) == "ORG" for t in words)


def _longest_first(cuts: list[SpanCut]) -> list[SpanCut]:
    """Cuts that overlap a longer one are dropped; the rest in text order."""
    kept: list[SpanCut] = []
    for cut in sorted(cuts, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cut.end <= k.start or k.end <= cut.start for k in kept):
            kept.append(cut)
    return sorted(kept, key=lambda c: c.start)


def _coordinated_acronyms(parsed: Doc) -> list[Span]:
    """``HAL and BEL`` where the model labelled only ``BEL``: an acronym coordinated with an ORG acronym is an ORG."""
    found = []
    columns = token_columns(parsed)
    for token in (parsed[i] for i in np.flatnonzero((columns.ent_type == 0) & (columns.upper == 1)
                                                      & (columns.alpha == 1)).tolist()):
        if token.ent_type_ or not (token.is_upper and token.is_alpha and len(token) >= 2):
            continue
        if token.text.lower() in person_titles():
            continue
        partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
        if any(p.ent_type_ == "ORG" and p.is_upper and p.is_alpha for p in partners):
            found.append(Span(parsed, token.i, token.i + 1, label="ORG"))
    return found


def _named_by_kind_noun(parsed: Doc) -> list[Span]:
    """A proper noun the model left out, compounded with a noun after it that says it is a product ("IBM's commitment
    to Linux software", "the Wimax technology"): a product's name. Not an ordinary word ("Internet technology"),
    not a sentence's first word."""
    found = []
    columns = token_columns(parsed)
    compounded = (columns.ent_type == 0) & (columns.pos == PROPN) & (columns.dep == string_id("compound")) \
        & (columns.head == 1)  # the first test below, read from the columns: the few tokens that pass it
    for token in (parsed[i] for i in np.flatnonzero(compounded).tolist()):
        head = token.head
        if token.ent_type_ or token.pos_ != "PROPN" or token.dep_ != "compound" or head.i != token.i + 1 \
                or token.is_sent_start or not token.is_alpha or len(token) < 2 or not token.text[0].isupper():
            continue
        if KIND_NOUNS_AFTER.get(head.lower_) == "PRODUCT" and head.is_lower and head.dep_ != "compound" \
                and not is_common_word(token.text) and (token.i == 0 or parsed[token.i - 1].pos_ != "PROPN"):
            found.append(Span(parsed, token.i, token.i + 1, label="PRODUCT"))
    return found


def _bracketed_acronyms(parsed: Doc) -> list[Span]:
    """``Ministry of Coastal Development (MCD)``: the acronym in brackets after a name, which the model may skip."""
    found = []
    for ent in model_entities(parsed):
        if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
            continue
        bracket = ent.end - 1 if ent[-1].text == "(" else ent.end  # the model may take the bracket in
        if bracket + 2 < len(parsed) and parsed[bracket].text == "(" and parsed[bracket + 2].text == ")":
            token = parsed[bracket + 1]
            if not token.ent_type_ and ((token.is_upper and token.is_alpha and len(token) >= 2)
                                        or spells_a_name(token.text, ent.text)):
                found.append(Span(parsed, token.i, token.i + 1, label=ent.label_))
    return found


def _people_joined(ent: Span, people: set[str]) -> list[tuple[Span, str]]:
    """``Rubio and Bessent`` labelled as one place or body: two people when the document names both as people."""
    if ent.label_ == "PERSON" or not any(t.pos_ == "CCONJ" for t in ent):
        return []
    parts, start = [], ent.start
    for token in ent:
        if token.pos_ == "CCONJ" or token.text == ",":
            parts.append(ent.doc[start:token.i])
            start = token.i + 1
    parts.append(ent.doc[start:ent.end])
    parts = [p for p in parts if len(p)]
    if len(parts) > 1 and all(p[-1].text in people for p in parts):
        return [(p, "PERSON") for p in parts]
    return []


def mention_key(text: str, label: str = "") -> str:
    """The form mentions of one entity share: ``The U.S.'s`` → ``us``, ``Dr. S. Jaishankar`` → ``s jaishankar``,
    ``Marks & Spencer`` → ``marks and spencer``."""
    key = LEADING_ARTICLE.sub("", text.strip())
    key = POSSESSIVE.sub("", key).replace(".", "").replace(",", " ")
    # "Securities & Exchange Commission" and "Securities and Exchange Commission", "Marks & Spencer" and "Marks and
    # Spencer": one name whichever way "and" is written ("AT&T", one word, is left)
    words = ["and" if word == "&" else word for word in key.lower().split()]
    if label == "PERSON":
        words = _without_titles(words)
    return " ".join(words)


def _without_titles(words: list[str]) -> list[str]:
    """Drop leading titles (``EAM``, ``Prime Minister``, ``US Secretary of State``) but never the whole name.

    A country name or acronym before a title (``US``, ``India's``) goes with it.
    """
    titles = person_titles()
    longest = longest_title_words()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in range(min(longest, len(words) - 1), 0, -1):
            if " ".join(words[:size]) in titles:
                words, changed = words[size:], True
                break
        if not changed and len(words) > 2 and _is_place_word(words[0]) and any(
            " ".join(words[1:1 + size]) in titles for size in range(1, min(longest, len(words) - 2) + 1)
        ):
            words, changed = words[1:], True
    return words


def _is_place_word(word: str) -> bool:
    return alias_key(word) is not None


def _titled_surface(parsed: Doc, start: int, end: int, title_before: dict[int, int]) -> str | None:
    """The name with the office title written before it ("Secretary of State Marco Rubio", "Secretary Rubio").

    Titles are dropped from names and keys so that every form of a person groups
    together; the titled form is still how the text named them, so it is kept as an alias.
    """
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    first = title_before.get(span.start)
    if first is None:
        previous = parsed[span.start - 1]
        if not (previous.text[:1].isupper() and previous.lower_ in person_titles()):
            return None
        first = previous.i
    if first > 0 and parsed[first - 1].ent_type_ in ("GPE", "NORP") and parsed[first - 1].whitespace_:
        first -= 1  # "US Secretary of State", "Indian Foreign Minister"
    return doc_text(parsed)[parsed[first].idx:end]


QUOTE_MARKS = frozenset(['"', "“", "``", "'", "‘"])


def _trim(ent: Span) -> tuple[int, int] | None:
    """Offsets without surrounding punctuation or a trailing possessive; None when no word is left.

    A word is a token of letters, or one with two letters or more (``N'Gotty``, ``blinkx.tv``).
    """
    tokens = [t for t in ent if not (t.is_punct or t.is_space or t.lower_ in ("'s", "’s"))]
    if not tokens or not any(sum(c.isalpha() for c in t.text) >= 2 or t.is_alpha for t in tokens):
        return None
    quotes = [t for t in ent if t.text in QUOTE_MARKS]
    if len(tokens) >= 2 and tokens[0].lower_ == "the" and len(quotes) == 1 and quotes[0].i == tokens[0].i + 1:
        tokens = tokens[1:]  # 'the "Winter of Discontent': the article outside the quote the model cut, no word of
        # the name; kept, the quote would stay inside it ('"Winter of Discontent')
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
