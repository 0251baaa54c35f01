"""A mention's type from evidence in its own text, where the small model's label is a guess.

The model types a name by its shape and a few words around it, so clubs come out
as people ("Valencia"), firms as people ("Santa Monica-based Activison"), a ship
as a place ("the vessel, the Bayleaf") and bands as people. The sentence usually
says what the name is; each step of ``EVIDENCE_STEPS`` reads one kind of evidence
and, when it finds some, gives the mention a type and the cue it read:

- the last word of a name says what it names ("Brit Awards" an event, "Dorothy
  Chandler Pavilion" a building, "Chamber Opera Society" an organisation,
  "Manchester United" a club);
- an honorific or office title before a name ("Mr Kilroy-Silk", "President Thabo
  Mbeki"), or the document writing the name's last word after one ("Kimberly Quinn"
  beside "Mrs Quinn"): a person;
- a "person" written as a short all-capital word is an acronym ("RSA warned"): an
  organisation;
- "X-based Y": Y is an organisation, X a place where the gazetteer knows it;
- a noun that says what kind of thing the name is, just before it ("messaging firm
  X", "the band X", "Cuban pianist X" for a name of two words or more), in apposition ("a vessel, the Bayleaf"), or as the
  complement of "is" ("X were the only UK band"): that kind's type;
- a noun after the name that says what kind of thing it is ("ASCII codes", "the Linux
  operating system", "The Sims games", "Futures tournament wins"): a product, a work or an
  event, for the whole entity in the corpus vote unless the corpus shows the name acting as
  a maker ("IBM said", "IBM's prototype": ``acts_as_agent``, ``keys.TypeVote``);
- a name written as a standard (in capitals, "VoIP") before a noun a technology is used for ("GPRS access", "SMS
  functions", "USB music players") or after "over"/"via" and a word of carrying ("works over GPRS and GSM"); a
  model's code after a maker's possessive ("Aston's DB9"); where a game or software is played or run ("playing the
  game on Xbox Live"): a product, in the corpus vote as a kind noun; a name whose last word is a software's or a
  device's ("MSN Messenger", "Internet Explorer"): a product;
- a noun after the name that only an organisation has ("X shares", "X chairman",
  "X striker" for a name the model calls a person or a city): an organisation;
  and for a name the model calls a place that no gazetteer knows, a noun only a
  product has ("Windows users"): a product; a noun only an award or contest has
  ("Oscar nomination"): an event;
- the document names a person with this word as surname or title ("Mr Lebedev",
  "Platon Lebedev" … "Lebedev"): a person, whatever the model said, unless a
  sentence of the same document types the word otherwise ("Ford, the US car
  company" beside "Bill Ford": ``agree_in_document``);
- a given name and surname between "the" and a kind of work ("the Robert Harris best-seller"): a person, its
  maker; a title in another language after a person's possessive ("Verdi's La Traviata"): a work; a given name
  with an age set off by commas ("Adrian, 13,"): a person; a one-word plural after "the" whose singular the
  document writes before a noun of awards ("the Baftas" beside "a Bafta nomination"): the awards, an event;
- a name followed by its cast or its director ("The Polar Express, starring Tom Hanks", "A Very Long Engagement,
  directed by Jean-Pierre Jeunet"): a work; so is a name set off before "about" its subject, one named the best of a
  kind of work, one a star is "of" or a role is "in", one the model calls a person before its director ("Harry Potter
  director Alfonso Cuaron"); a numbered name with no word of a law is no law; what shares are held in is a firm
  (``told_by_context``);
- the other names in the same list agree on a type ("HMV, Virgin and
  Woolworths"; a city listed with clubs is a club);
- a name between a country's possessive and a noun of its parts ("India's X state"): a place; a person's full
  name between "the" and a building's noun ("the X Y stand"): the building;
- a name the model calls a person that the gazetteer knows as a country or city,
  and that no person in the document bears, or an "organisation" that is a
  country: a place (a weak cue).

A one-word "person" that nothing in its document backs (``unbacked_person``) is
marked for the corpus vote, which makes it an organisation when no full name in the
corpus has the word (``keys._lone_people``); its own mention backs it where only a person
fits ("X's header", "X's wife", "X raised his game").

The cue is kept on the mention (not stored) so that the corpus vote on an entity's
type (``keys.majority_types``) can weigh a mention typed by evidence above one typed
by the model alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from spacy.tokens import Doc, Span, Token

from explorer.core.extract.entities.keys import FIRM_SUFFIXES, KIND_CUE
from explorer.core.extract.entities.given_names import in_given_list, is_given_name, is_surname
from explorer.core.extract.entities.lexicon import is_adjective, is_common_word, person_titles
from explorer.core.extract.entities.places import is_city, is_country, is_demonym, is_place, is_state_abbreviation, is_town
from explorer.core.extract.entities.told_by_context import told_by_context
from explorer.core.extract.entities.won_and_starred import done_with_the_name, name_by_its_last_word
from explorer.core.extract.nlp import model_entities, span_text, string_id, token_columns, tokens_among, tokens_text

# Nouns that say what kind of thing a name is ("the band X", "X, the vessel"), by the type they give.
KIND_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ["firm", "company", "group", "giant", "maker", "manufacturer", "retailer", "chain", "airline", "carrier",
         "bank", "insurer", "lender", "operator", "broadcaster", "network", "label", "studio", "publisher",
         "developer", "club", "side", "band", "union", "party", "agency", "charity", "organisation",
         "organization", "watchdog", "regulator", "supermarket", "brewer", "conglomerate", "newspaper", "paper",
         "magazine", "university", "college", "institute", "business", "subsidiary", "outfit", "consortium",
         "distributor", "provider", "association", "federation", "league", "department", "ministry", "body",
         "quango", "team", "carmaker", "automaker", "drugmaker", "chipmaker", "steelmaker", "bookmaker",
         "miner", "broker"], "ORG"),
    **dict.fromkeys(["tournament"], "EVENT"),  # "the opening X tournament, the Dubai Sevens"
    **dict.fromkeys(["city", "town", "village", "country", "capital", "province", "county", "region", "island",
                     "nation", "port", "suburb", "district"], "GPE"),
    **dict.fromkeys(["theatre", "theater", "stadium", "venue", "arena", "cinema", "pub", "hotel", "airport"], "FAC"),
    **dict.fromkeys(["vessel", "ship", "frigate", "destroyer", "warship", "submarine", "yacht", "tanker", "supertanker",
                     "freighter", "trawler", "ferry", "console", "handset", "phone", "device", "aircraft", "airliner", "jet",
                     "plane", "car", "drug", "browser", "gadget", "software", "game", "machine", "computer",
                     "supercomputer", "system", "standard", "format", "protocol", "encoding",
                     "codec", "program", "application", "app"], "PRODUCT"),
    **dict.fromkeys(["album", "single", "song", "film", "movie", "book", "novel", "show", "series", "programme",
                     "play", "musical", "sitcom", "drama", "documentary", "track", "opera", "soap", "comedy",
                     "biopic", "thriller", "hit", "ep", "anthem", "poem", "debut", "sculpture", "painting",
                     "statue", "novella", "cartoon", "symphony", "ballet", "best-seller", "bestseller", "blockbuster"],
                    "WORK_OF_ART"),
    **dict.fromkeys(["singer", "actor", "actress", "player", "striker", "midfielder", "defender", "goalkeeper",
                     "keeper", "winger", "captain", "coach", "boss", "manager", "director", "producer", "writer",
                     "author", "novelist", "composer", "conductor", "soprano", "tenor", "rapper", "star", "founder",
                     "leader", "minister", "secretary", "spokesperson", "executive", "chief", "analyst",
                     "presenter", "host", "comedian", "designer", "lawyer", "judge", "champion", "teammate",
                     "colleague", "husband", "wife", "son", "daughter", "father", "mother", "brother", "sister",
                     "man", "woman", "boy", "girl", "veteran", "senator", "chancellor", "president",
                     "vice-president", "vice-chairman", "chairman", "commissioner", "official", "hero", "sprinter",
                     "athlete", "batsman", "bowler", "fly-half", "flanker", "scrum-half",
                     "full-back", "jockey", "trainer", "drummer", "guitarist", "bassist", "pianist",
                     "violinist", "cellist", "frontman", "frontwoman", "vocalist", "dancer", "filmmaker",
                     "photographer", "journalist", "editor", "columnist", "critic", "economist", "strategist",
                     "spokesman", "spokeswoman", "chef", "entrepreneur", "tycoon", "billionaire", "businessman",
                     "businesswoman", "premier", "queen", "king", "prince", "princess", "officer", "detective",
                     "inspector", "professor", "scientist", "researcher", "student", "pupil", "teacher",
                     "campaigner", "activist", "councillor", "candidate", "deputy", "aide", "adviser", "advisor",
                     "consultant", "partner", "widow", "mum", "dad",
                     # American sport's positions and news's other roles ("wide receiver Anquan Boldin")
                     "receiver", "quarterback", "linebacker", "cornerback", "tailback", "halfback", "fullback",
                     "kicker", "punter", "lineman", "pitcher", "catcher", "outfielder", "infielder", "shortstop",
                     "slugger", "boxer", "fighter", "heavyweight", "golfer", "cyclist", "swimmer", "rookie",
                     "guard", "announcer", "commentator", "pastor", "priest", "bishop", "nurse", "doctor", "surgeon",
                     "physician", "attorney", "prosecutor", "sheriff", "trooper", "suspect", "victim", "gunman",
                     "teenager", "teen", "neighbor", "neighbour", "friend", "grandmother", "grandfather", "uncle",
                     "aunt", "cousin", "nephew", "niece", "girlfriend", "boyfriend", "fiancee", "fiance", "governor",
                     "mayor", "congressman", "congresswoman", "lawmaker", "legislator", "ambassador", "envoy",
                     "soldier", "sergeant", "lieutenant", "colonel", "commander", "pilot", "actress", "socialite",
                     "heiress", "playmate",
                     # the arts' and athletics' makers and doers ("film-maker Morgan Spurlock", "triple jumper Keith
                     # Connor", s13d)
                     "film-maker", "musician", "songwriter", "singer-songwriter", "poet", "playwright", "painter",
                     "sculptor", "jumper", "hurdler", "runner", "skier", "skater", "rower"], "PERSON"),
}
SURNAME_HEADS = frozenset(["bill", "park", "hall", "tower", "bridge", "palace", "bank", "trust", "office", "board", "union",
                           "records", "motors", "group", "college", "lane", "center", "centre"])
# Nouns after a name that only an organisation has ("Lenovo shares", "Chelsea striker").
OWNED_BY_ORG = frozenset(["star", "captain", "side", "coach", "players", "player", "shares", "shareholders", "shareholder", "chairman", "profits", "profit", "revenues",
                          "subsidiary", "headquarters", "boss", "striker", "midfielder", "defender", "goalkeeper",
                          "keeper", "winger", "squad", "fans", "supporters", "manager", "stores", "bosses",
                          "employees", "workforce", "spokeswoman", "board"])
# Nouns after a city that name its market, not a firm or a club ("London shares closed lower", "Tokyo shares").
MARKET_NOUNS = frozenset(["shares", "shareholders", "shareholder"])
# The same nouns after a possessive ("Mourinho's squad") may belong to a person: only these stay organisational.
OWNED_BY_ORG_AFTER_POSSESSIVE = frozenset(["shares", "shareholders", "shareholder", "profits", "profit", "revenues",
                                           "subsidiary", "headquarters", "stores", "employees", "workforce", "board"])
# Nouns after a name, with or without a possessive, that a firm has and no product ("X's founder", "X shares",
# "X's chief executive"): a name the model calls a product is the firm (an airline, a chain named for its brand).
OWNED_BY_FIRM_NOT_PRODUCT = frozenset(["founder", "founders", "co-founder", "chairman", "chief", "boss", "bosses",
                                       "shares", "shareholders", "shareholder", "headquarters", "subsidiary",
                                       "employees", "workforce", "staff"])
# Nouns after a name that only an award or contest has ("Oscar nomination", "Brit Awards ceremony").
OWNED_BY_EVENT = frozenset(["nomination", "nominations", "nominee", "nominees", "ceremony", "categories",
                            "category", "shortlist"])
# Nouns after a name the model calls a place that only a product has ("Windows users").
OWNED_BY_PRODUCT = frozenset(["users", "software", "version", "update", "edition", "owners", "pcs", "machines",
                              "computers", "operating", "pc", "platform", "devices"])
# Of those, the nouns a group of people ("Malaysian owners") does not have: "Windows users" is a product's.
OWNED_BY_PRODUCT_NOT_GROUP = frozenset(["software", "version", "update", "edition", "pc", "pcs", "machines",
                                        "computers", "operating", "platform", "devices"])
# Nouns after a name that say the name is a brand or a product of that kind ("Guinness stout", "Brent crude").
OWNED_BY_BRAND = frozenset(["stout", "vodka", "lager", "beer", "whisky", "whiskey", "gin", "rum", "cider", "crude",
                            "algorithm", "cigarettes", "computer", "supercomputer", "browser", "console", "handset",
                            "smartphone", "laptop", "tablet", "machine", "virus", "worm", "trojan"])
PERSON_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "baroness", "mr.",
                           "mrs.", "ms.", "dr.", "gen", "col", "capt", "lt", "sgt", "prof", "rev", "sen", "gov"])
PLACE_TYPES = frozenset(["GPE", "LOC", "FAC"])
# Words ending a football or rugby club's name ("Manchester United", "Blackburn Rovers"): a club, even where the model
# reads the town.
CLUB_HEADS = frozenset(["united", "rovers", "wanderers", "albion", "athletic", "hotspur", "rangers", "argyle",
                        "alexandra", "wednesday", "harlequins", "saracens"])
LIST_TYPES = frozenset(["ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"])
TYPED_BY_LISTS = frozenset(["ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "NORP"])
# The last word of a name that says what it names ("Brit Awards", "Dorothy Chandler Pavilion", "Chamber Opera
# Society"), by type; only for names of two words or more. A "person" is retyped by them (no one is called
# "Gunpowder Plot") except by the words that are surnames too (``SURNAME_HEADS``: "Stuart Hall").
NAME_HEADS: dict[str, str] = {
    **dict.fromkeys(["awards", "award", "prize", "festival", "championship", "championships", "games", "olympics", "cup", "open",
                     "marathon", "summit", "conference", "election", "war", "plot", "crisis", "scandal",
                     "revolution", "massacre", "riots", "trophy", "tournament",
                     "indoors"], "EVENT"),  # "the European Indoors": sport's short name of indoor championships
    **dict.fromkeys(["act", "bill", "treaty", "protocol", "directive"], "LAW"),
    **dict.fromkeys(["pavilion", "theatre", "theater", "stadium", "arena", "airport", "bridge", "auditorium",
                     "cathedral", "museum", "gallery", "palace", "park", "prison", "hospital", "tower", "road",
                     "street", "avenue", "lane", "square", "ave", "blvd", "boulevard"], "FAC"),
    **dict.fromkeys(["society", "association", "company", "council", "committee", "commission", "party", "bank",
                     "agency", "corporation", "institute", "foundation", "federation", "union", "university",
                     "college", "group", "trust", "administration", "department", "ministry", "office", "board",
                     "authority", "service", "police", "airlines", "airways", "records", "motors", "inc", "ltd",
                     "center", "centre",
                     "plc"], "ORG"),
}
# The last word of an award named for the best of a period ("Player of the Year", "Man of the Match").
AWARD_PERIODS = frozenset(["year", "decade", "season", "tournament", "match", "month", "century"])
# The last word of a sports league's name ("Zurich Premiership", "Premier League"): an organisation, whatever the
# first word names (a sponsor's city, a region).
LEAGUE_HEADS = frozenset(["league", "premiership"])
# The last word of a newspaper's name ("South China Morning Post", "Washington Post"): an organisation even where
# the model reads a place.
NEWSPAPER_HEADS = frozenset(["post", "times", "herald", "gazette", "journal", "telegraph", "tribune", "chronicle"])
# Plurals that end the names of firms and bodies, not teams ("Chicago Motors", "London Airways").
NON_TEAM_PLURALS = frozenset(["news", "airlines", "airways", "motors", "records", "industries", "services", "systems",
                              "partners", "brothers", "holdings", "studios", "securities", "communications", "games",
                              "markets", "investors", "estates", "properties", "networks", "arts", "sciences"])


@dataclass
class DocFacts:
    """What the evidence steps read about the document, gathered once."""

    person_words: set[str] = field(default_factory=set)  # first and last words of multi-word people
    surnames: set[str] = field(default_factory=set)  # last words of multi-word people
    titled: set[str] = field(default_factory=set)  # words written after "Mr", "Mrs", "Dr" … ("Mrs Quinn" → "Quinn")
    ent_at: dict[int, Span] = field(default_factory=dict)  # token index -> the model's entity holding it
    team_cities: set[str] = field(default_factory=set)  # cities the document names a team of ("Houston Texans")
    sport: bool = False  # a sport report: a score ("2-1") and a match's word ("striker", "Premiership", "kick-off")
    lone_people: set[str] = field(default_factory=set)  # one-word names the model reads as people ("when Rush took over")
    lives: set[str] = field(default_factory=set)  # one-word names owning a family's or a life's noun ("Mercury's death")


def doc_facts(doc: Doc) -> DocFacts:
    facts = DocFacts()
    for ent in model_entities(doc):
        facts.ent_at.update(dict.fromkeys(range(ent.start, ent.end), ent))
        words = [t.text for t in ent if t.is_alpha and t.text[:1].isupper()]  # "Roger Federer - nice" ends "Federer"
        if ent.label_ == "PERSON" and len(words) > 1 and " " in ent.text.strip() and words[-1].lower() not in CLUB_HEADS \
                and (words[-1].lower() not in NAME_HEADS or words[-1].lower() in SURNAME_HEADS) \
                and words[0] != words[-1] and not _country_named(words):  # "Wales Wales": a headline run into
            facts.surnames.add(words[-1])  # the body, no person; nor a pair joined by a hyphen ("a Tory-Labour marginal")
            facts.person_words.update((words[0], words[-1]))
            particle = _particle_surname(ent)
            if particle:
                facts.surnames.add(particle)
        elif len(ent) == 1 and ent[0].is_title and ent.label_ == "PERSON":
            facts.lone_people.add(ent.text)
        elif len(ent) == 1 and ent[0].is_title and _owns_a_life(ent):
            facts.lives.add(ent.text)
    facts.titled = {_titled_name(doc, i) for i in tokens_among(doc, PERSON_TITLES)
                    if i < len(doc) - 1 and _honorific(doc[i])} - {""}
    facts.team_cities = {city for ent in model_entities(doc) if (city := _team_city(ent))}
    facts.sport = _sport_report(doc)
    return facts


def _owns_a_life(ent: Span) -> bool:
    """Whether a possessive and a family's or a life's noun follow the name ("since Mercury's death", "Slepian's
    wife"): only a person has them."""
    doc, i = ent.doc, ent.end
    return i + 1 < len(doc) and doc[i].lower_ in ("'s", "’s") and doc[i + 1].lower_ in LIFE_NOUNS | FAMILY_NOUNS \
        and not (i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN"))


def _country_named(words: list[str]) -> bool:
    """Whether a "person" starts with a country that is no given name, or ends with one that is no surname
    ("Lesotho v Malawi Zambia", "Madagascar Winners", "Holders Zambia": a fixture list the model read as a name): no
    one is named so, so its words are no surnames or person words of the document, and its countries stay places.
    A country that is a given name or a surname too still counts ("Georgia Smith", "Michael Jordan")."""
    return (is_country(words[0]) and not in_given_list(words[0])) \
        or (is_country(words[-1]) and not is_surname(words[-1]))


# Capitalised particles a surname may start with ("Simon Le Bon", "Chris De Burgh", "Robin Van Persie").
SURNAME_PARTICLES = frozenset(["le", "la", "de", "du", "da", "di", "del", "della", "van", "von", "der", "den", "ter"])


def _particle_surname(ent: Span) -> str:
    """The surname of a person's name of three words or more whose surname starts with a capitalised particle ("Le
    Bon" of "Simon Le Bon"): news writes the person by both words after ("Le Bon also said"), and the last word alone
    ("Bon") is no surname the document uses."""
    words = [t for t in ent if t.is_alpha]
    if len(words) < 3 or words[-2].lower_ not in SURNAME_PARTICLES or not words[-2].text[:1].isupper() \
            or not words[-1].is_title or words[-1].i != words[-2].i + 1:
        return ""
    return f"{words[-2].text} {words[-1].text}"


# Words of a match report: with a score ("2-1") they say the document reports sport, whose cities are its teams.
SPORT_WORDS = frozenset(["striker", "midfielder", "defender", "goalkeeper", "premiership", "kick-off", "penalty",
                         "equaliser", "match", "fixture", "league", "cup", "goal", "goals", "manager", "season"])


# Who a club has: "Blackburn's manager", "West Ham boss", "Wigan fans" write the club, not the town.
TEAM_ROLES = frozenset(["manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "keeper", "captain",
                        "coach", "players", "player", "fans", "supporters", "support", "squad", "side", "team",
                        "chairman"])


# A player's position or a league only sport writes: two different ones say a sport report with no score in it, as
# transfer news is ("Queens Park Rangers keeper Chris Day is set to join Preston", "Middlesbrough defender Andy Davies").
POSITION_WORDS = frozenset(["striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back",
                            "centre-back", "scrum-half", "fly-half", "flanker", "premiership", "kick-off", "equaliser"])


_SPORT_REPORT_WORDS = POSITION_WORDS | SPORT_WORDS | {"-"}


# Verbs whose object, in a sport report, is a club: a player joins one, a side beats or faces one.
TEAM_OBJECT_VERBS = frozenset(["join", "rejoin", "beat", "face", "defeat"])


def _sport_report(doc: Doc) -> bool:
    """A score written as two small numbers joined by a hyphen ("won 2-1", "a 3-0 defeat") and a match's word, or two
    different players' positions or sport-only words ("keeper" and "defender", "scrum-half" and "Premiership"): British
    sport news names its clubs by their towns ("West Ham", "Blackburn") with no "Houston Texans" to say so."""
    score = word = False
    positions: set[str] = set()
    for t in (doc[i] for i in tokens_among(doc, _SPORT_REPORT_WORDS)):  # the loop does nothing at any other word
        # the tokenizer splits "scrum-half" and "2-1" at the hyphen: the words either side, joined again
        hyphened = f"{t.nbor(-1).lower_}-{t.nbor(1).lower_}" if t.text == "-" and 0 < t.i < len(doc) - 1 else ""
        if t.lower_ in POSITION_WORDS or hyphened in POSITION_WORDS:
            positions.add(hyphened or t.lower_)
            if len(positions) >= 2:
                return True
        if not score and hyphened:
            a, b = t.nbor(-1), t.nbor(1)
            score = a.text.isdigit() and b.text.isdigit() and len(a) <= 2 and len(b) <= 2 \
                and a.ent_type_ not in ("DATE", "TIME")  # not a range of days ("February 4-5")
        elif not word and t.lower_ in SPORT_WORDS:
            word = True
        if score and word:
            return True
    return False


def _team_city(ent: Span) -> str:
    """The city of a team's name, a city and a capitalised plural ("Houston Texans", "Kansas City Chiefs", "Philadelphia
    76ers"), or "": American teams are so named. Not a newspaper's, an event's or a firm's plural ("New York Times",
    "London Games", "Chicago Motors")."""
    words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
    if len(words) < 2 or ent.label_ in ("GPE", "LOC", "DATE", "CARDINAL"):
        return ""
    last = words[-1]
    city = ent.doc[words[0].i:last.i].text
    if not (is_common_word(last.text) or last.text[:1].isdigit()):
        return ""  # a team is named for an animal or a people ("Bobcats", "Texans", "76ers"): not "Mary Poppins"
    if not is_city(city) or is_country(city) or not last.text.endswith("s") or last.text.endswith("ss") \
            or not last.text[:1].isalnum() or last.is_lower or last.is_upper or last.lower_ in NAME_HEADS \
            or last.lower_ in NEWSPAPER_HEADS or last.lower_ in NON_TEAM_PLURALS:
        return ""
    return city


def _honorific(token: Token) -> bool:
    """ "Mr", "Mrs", "Dr" … written with a capital: a person's name follows."""
    return token.lower_ in PERSON_TITLES and token.text[:1].isupper()


def _titled_name(doc: Doc, i: int) -> str:
    """The last word of the name after the honorific at ``i`` ("Mr Kilroy-Silk" → "Kilroy-Silk" as one word)."""
    end = i + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or (doc[end].text == "-" and not doc[end].whitespace_)):
        end += 1
    if end == i + 1 or not doc[end - 1].text[:1].isupper():
        return ""
    return _last_word(doc[i + 1:end])


def _last_word(span: Span) -> str:
    """The span's last word, hyphenated parts joined ("Robert Kilroy-Silk" → "Kilroy-Silk")."""
    start = span.end - 1
    while start - 2 >= span.start and span.doc[start - 1].text == "-" and not span.doc[start - 2].whitespace_:
        start -= 2
    return tokens_text(span.doc, start, span.end)


Evidence = tuple[str, str]  # (type, cue)
Step = Callable[[Span, str, DocFacts], "Evidence | None"]


def _person_in_document(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A lone word that is a person's surname in the same document, or follows "Mr"/"Ms", is that person; so is a
    surname with its particle ("Le Bon" beside "Simon Le Bon": ``_particle_surname``)."""
    if len(span) == 2 and span[0].lower_ in SURNAME_PARTICLES and span_text(span) in facts.surnames:
        return "PERSON", "surname"
    if len(span) != 1:
        return None
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if span_text(span) in facts.surnames:
        return "PERSON", "surname"
    if previous is not None and previous.lower_ in PERSON_TITLES and previous.text[:1].isupper():
        return "PERSON", "title"
    return None


def _titled_person(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name written after an honorific ("Mr Kilroy-Silk", "Ms Sturgeon") or an office title ("President Thabo
    Mbeki"), or starting with an honorific ("Mr Hague"), is a person, whatever the model said."""
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if (_honorific(span[0]) and len(span) > 1) or (previous is not None and _honorific(previous)):
        return "PERSON", "title"
    if previous is not None and previous.is_title and previous.lower_ in person_titles() \
            and previous.ent_type_ in ("", "PERSON") and not is_place(span_text(span)):
        return "PERSON", "title"  # "South African President Thabo Mbeki"
    return None


def _titled_surname(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of up to three words whose last word the document writes after an honorific ("Kimberly Quinn" beside
    "Mrs Quinn") is that person: this outweighs a noun before it ("married publisher Kimberly Quinn")."""
    words = [t for t in span if t.is_alpha]
    if not words or len(words) > 3 or _last_word(span) not in facts.titled or NAME_HEADS.get(words[-1].lower_):
        return None
    return "PERSON", "surname"


def _plural_after_the(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A "person" written as a plural after "the" ("the Lib Dems", "the Byrds") is a group: a band, a party, a team."""
    words = [t for t in span if t.is_alpha]
    previous = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if label != "PERSON" or not words or not (previous == "the" or span[0].lower_ == "the"):
        return None
    last = words[-1].text
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if after in ("family", "families") or (len(words) == 1 and last in facts.surnames):
        return None  # "the Grigoropoulos family": the family of the document's Alexandros Grigoropoulos
    if len(words) > 1 and in_given_list(words[0].text) and is_surname(last):
        return None  # "the Robert Harris best-seller": a given name and a surname that ends in "s", no plural
    if last.endswith("s") and not last.endswith("ss") and last not in facts.titled:  # "Mr Williams": a person
        return "ORG", "plural"
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
    """ "Santa Monica-based Activison": what is based somewhere is an organisation; and where it is based, a town or
    country the gazetteer knows, is a place ("Aberdeen-based oil and gas consultancy", which the model read as the
    club)."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "based":
        return "ORG", "based"
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based" \
            and not doc[span.end - 1].whitespace_ and is_place(span_text(span)):
        return "GPE", "based"
    return None


POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their", "its", "my", "our", "your"])


def _kind_noun_before(span: Span) -> str | None:
    """The common noun just before the name ("firm" in "messaging firm X"); after a comma it is no kind noun
    ("after the game, Moyes said") unless the parse puts the name in apposition (``_kind_noun_around``)."""
    i = span.start - 1
    if i < 0:
        return None
    token = span.doc[i]
    attached = span.start <= token.head.i < span.end or span.root.head.i == token.i
    noun = token.pos_ == "NOUN" or (token.pos_ == "ADJ" and KIND_NOUNS.get(token.lower_) == "PERSON" and len(span) > 1
                                    and not is_adjective(token.text))
    if attached and noun and token.is_lower and token.lower_ in KIND_NOUNS:
        joined = _hyphened_word(span.doc, i)
        if joined in KIND_NOUNS:
            return joined  # "film-maker Morgan Spurlock": a person, though a "maker" alone is a firm (s13d)
        return token.lower_  # bound to the name by the parse: not "every track Robbie has released"; the tagger
        # reads a role before a full name as an adjective at times ("Wide receiver Anquan Boldin")
    if token.is_lower and token.pos_ == "NOUN" and KIND_NOUNS.get(token.lower_) == "WORK_OF_ART" \
            and _title_after_its_noun(span):
        return token.lower_  # "the BBC World Service programme Go Digital", "hit movie Ray": the parser hangs the
        # noun elsewhere (a preposition's object) and the name on the verb, but nothing else stands between them
    if token.is_lower and KIND_NOUNS.get(token.lower_) == "WORK_OF_ART" and span[0].text == "The" and len(span) > 1:
        return token.lower_  # "Fox's boxing show The Next Great Champ had been …": a title's capital "The" right
        # after a work's noun sets the title in apposition, though the parser reads the noun as a clause of its own
    if _work_noun_read_as_adjective(span, token):
        return token.lower_
    owned = i > 0 and span.doc[i - 1].lower_ in POSSESSIVE_PRONOUNS
    if owned and token.is_lower and KIND_NOUNS.get(token.lower_) in MADE_KINDS and span[0].is_title:
        return token.lower_  # "On his track Uno Contra Veinte Emcees", "their debut X": what someone made
    return None


ADJECTIVE_WORK_NOUNS = frozenset(["musical", "comedy", "animated", "documentary"]) & frozenset(KIND_NOUNS)


def _work_noun_read_as_adjective(span: Span, token: Token) -> bool:
    """Whether the word before the name is a work's noun the tagger read as an adjective of the name ("the Abba
    musical Mamma Mia!", "a new musical Starlight Road"): after "the", "a" or a maker's name, and bound to the name,
    it says what the name is. Not before a people or a place ("the musical Welsh", "musical Vienna")."""
    doc = span.doc
    if token.lower_ not in ADJECTIVE_WORK_NOUNS or token.pos_ != "ADJ" or not span[0].is_title \
            or not span.start <= token.head.i < span.end or is_place(span_text(span)) or is_demonym(span_text(span)):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    return before is not None and (before.lower_ in ("the", "a", "an", "new") or before.pos_ == "PROPN")


def _hyphened_word(doc: Doc, i: int) -> str:
    """The word a hyphen without spaces makes of the token before it and token ``i`` ("film-maker", which the
    tokenizer splits in three), or "" where there is none."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{doc[i].lower_}"


def _title_after_its_noun(span: Span) -> bool:
    """Whether a name right after a work's noun is that work's title: not the subject of a clause of its own ("the
    movie NEC is showing", "the song Britons would most like played"), nor a word describing the noun after it
    ("the blockbuster West End musicals"), nor in the document's first sentence, where news flattened to text runs
    its headline into the body ("Nintendo DS makes its Euro debut Nintendo's DS handheld …")."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "csubj") or span[0].is_sent_start or span.sent.start == 0:
        return False
    return not (root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end)


def _kind_noun_around(span: Span) -> str | None:
    """A kind noun in apposition with the name, the other side of "is" from it ("X were the only UK band", "the
    first film to win was X"), or the noun that is "called" or "entitled" the name ("a sculpture entitled X"). A
    person's noun right after the name is what the name has, not what it is ("Pompey manager Alain Perrin")."""
    root = span.root
    if root.dep_ == "appos" and _kind_noun_in_apposition(span, root.head):
        return root.head.lower_
    for child in root.children:
        if child.dep_ == "appos" and _kind_noun_in_apposition(span, child):
            return child.lower_
    supposed = any(c.dep_ == "mark" and c.lower_ in ("if", "though", "like") for c in root.head.children)
    # "Ok I like Robbie and Angels is a decent song": one thing said of two joined names is no kind of either
    # ("Shrek 2 and The Incredibles were the biggest films" says it of both)
    joined = any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj"
    for mine, other in (("nsubj", "attr"), ("attr", "nsubj")):  # "X were the only UK band", "the film was X"
        if root.dep_ == mine and root.head.lemma_ == "be" and not supposed:  # not "If Ford was a classical symphony"
            for child in root.head.children:
                if child.dep_ == other and child.lower_ in KIND_NOUNS and child.is_lower \
                        and not (joined and child.tag_ == "NN"):
                    return child.lower_
    work = _work_noun_set_off_before(span)
    if work:
        return work
    if root.dep_ == "oprd" and root.head.lemma_ in ("call", "entitle", "name", "dub", "title"):
        noun = root.head.head  # "a sculpture entitled Planet", "a company called Information Appliance"
        if root.head.dep_ == "acl" and noun.is_lower and (noun.lower_ in KIND_NOUNS or noun.lower_ in CALLED_KINDS):
            return noun.lower_
    return None


# Nouns of made things that say the kind of the name they are "called" only ("a mathematical speed test called X",
# "a technology called Visual Radio", "a plastic explosive called Semtex"): before a name ("the test X") or after
# one ("X test") they say what the thing is for or whose it is ("the Ashes Test", "Microsoft technology").
CALLED_KINDS: dict[str, str] = dict.fromkeys(["test", "benchmark", "technology", "explosive", "tool", "weapon", "toy"],
                                             "PRODUCT")


def _work_noun_set_off_before(span: Span) -> str | None:
    """A noun of a made work right before the name, the name set off by commas ("Her most recent single, Car Wash,
    featuring Missy Elliott"): an apposition the parser missed, reading the noun as the name's adjective. Only
    nouns of works, not after a preposition ("In the film, Smith, who …": the film is where, not what Smith is)."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return None
    noun = doc[span.start - 2]
    if not noun.is_lower or KIND_NOUNS.get(noun.lower_) != "WORK_OF_ART" or noun.dep_ == "pobj":
        return None
    return noun.lower_


def _kind_noun_in_apposition(span: Span, noun: Token) -> bool:
    """Whether ``noun`` is a kind noun in apposition with the name, not a person's noun the name owns. A work's
    noun after the name with no article or owner is no apposition but a remark ("well done Robbie, good show"): a
    title set off as a work is "X, the film", "X, her new single", "X, a comedy"."""
    if noun.lower_ not in KIND_NOUNS or not noun.is_lower:
        return False
    if KIND_NOUNS[noun.lower_] == "WORK_OF_ART" and noun.i >= span.end \
            and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # after the name only: "animated comedy The Incredibles" names the comedy
    return not (KIND_NOUNS[noun.lower_] == "PERSON" and noun.i == span.end)


def _named_by_noun(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A noun that says what kind of thing the name is: "the band X", "X, the vessel", "X were the only UK band"."""
    before = _kind_noun_before(span)
    noun = before or _kind_noun_around(span)
    if noun is None:
        return None
    kind = KIND_NOUNS.get(noun) or CALLED_KINDS[noun]
    comma_after = span.end < len(span.doc) and span.doc[span.end].text == ","
    if kind == "ORG" and before is None and comma_after and label == "PERSON" and len(span) > 1 \
            and is_given_name(span[0].text) and span[-1].lower_ not in NAME_HEADS \
            and span[-1].lower_ not in NON_TEAM_PLURALS:
        return None  # "said Lisbeth Echeandia, publisher of …": a person's job; a firm is written "the publisher X"
        # or named as one ("Jim Pattison Industries, a private company"; "Franz Ferdinand were the only UK band")
    if kind == "PERSON" and label != "PERSON" and (len(span) < 2 or is_place(span_text(span))):
        return None  # "market leader Apple": a one-word name is no person by the noun alone
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
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "PROPN" and doc[i].lower_ in OWNED_BY_BRAND:
        return doc[i].lower_, possessive  # "Guinness stout": the tagger calls a small-letter drink a proper noun
    if i < len(doc) and doc[i].lower_ in ("pc", "pcs"):
        return "pc", possessive  # "Windows PCs": the one noun written in capitals
    return None


# Nouns after a possessive that only a person has: no firm, club or country has a wife ("Slepian's wife").
FAMILY_NOUNS = frozenset(["wife", "husband", "widow", "widower", "son", "sons", "daughter", "daughters", "mother",
                          "father", "brother", "brothers", "sister", "sisters", "parents", "girlfriend", "boyfriend",
                          "fiancee", "fiance", "grandson", "granddaughter", "grandmother", "grandfather", "uncle",
                          "aunt", "nephew", "niece", "cousin", "stepfather", "stepmother", "stepson", "stepdaughter"])


# Nouns of a life after a possessive: only a person dies or has a funeral ("since Mercury's death in 1991"). Not
# before another noun ("the crash's death toll").
LIFE_NOUNS = frozenset(["death", "funeral", "birthday", "obituary"])


# Parts of a body a player injures ("Scott's right knee"): no firm, club or country has one. Not the words a firm
# uses too ("head", "arm", "back", "hand", "body").
BODY_NOUNS = frozenset(["knee", "knees", "ankle", "ankles", "hamstring", "hamstrings", "groin", "shoulder",
                        "shoulders", "thigh", "calf", "foot", "feet", "leg", "legs", "wrist", "elbow", "hip", "neck",
                        "toe", "toes", "finger", "fingers", "ribs", "cheekbone", "jaw", "nose", "achilles", "spine"])


# A player's acts after a possessive: only a player heads, volleys or crosses a ball ("Gudjohnsen's header", "Duff's
# cross"). Not what a team has as much ("goal", "penalty", "chance", "win"), nor before another noun ("strike force").
PLAYER_ACTS = frozenset(["header", "headers", "volley", "volleys", "cross", "crosses", "shot", "shots", "strike",
                         "lob", "backheel", "tackle", "dribble", "clearance"])


def _family_of_a_person(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name whose possessive a family noun follows ("Slepian's wife and one son tried to revive him", "Blassie's
    mother"), a life's noun ("Mercury's death") or a part of a body, one describing word allowed between ("Scott's
    right knee"), is a person's,
    whatever the model said (a group, a firm): only a person has a wife or a knee. Not a place ("Britain's sons").
    In a match report a player's act after the possessive says so too ("after Duff's cross": ``PLAYER_ACTS``)."""
    if label == "PERSON" or is_place(span_text(span)):
        return None
    found = _owned_by_a_person(span, label)
    if found is None and facts.sport and label != "NORP" and _a_players_act(span):
        return "PERSON", "act"  # "after Duff's cross", the model's firm: in a match report only
    return found


def _owned_by_a_person(span: Span, label: str) -> Evidence | None:
    """``_family_of_a_person``'s cue, whatever the label: a family's, a life's or a body's noun after the name's
    possessive."""
    after = _noun_after(span)
    if after is not None and after[1] and after[0] in FAMILY_NOUNS:
        return "PERSON", "family"
    doc, i = span.doc, span.end
    if after is not None and after[1] and after[0] in LIFE_NOUNS and label != "NORP" \
            and not (i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN")):  # not "the crash's death toll"
        return "PERSON", "family"  # "since Mercury's death in 1991"
    if label != "NORP" and i < len(doc) and doc[i].lower_ in POSSESSIVES:  # "the Irishman's ankle": a people's word
        i += 1
        if i + 1 < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
            i += 1  # "Scott's right knee"
        if i < len(doc) and doc[i].lower_ in BODY_NOUNS and doc[i].pos_ == "NOUN":
            return "PERSON", "body"
    return None


def _owned_noun(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A noun after the name that only an organisation has ("Lenovo shares", "Chelsea striker"), for a name the model
    calls a person or a city; a noun only a product has ("Windows users") for a name it calls an unknown place; a
    noun a firm has and no product ("X's founder", "X shares") for a name it calls a product."""
    after = _noun_after(span)
    if after is None:
        return None
    noun, possessive = after
    owned = OWNED_BY_ORG_AFTER_POSSESSIVE if possessive else OWNED_BY_ORG
    person_like = label == "PERSON" and span_text(span) not in facts.person_words and len(span) == 1
    city = label in PLACE_TYPES and is_city(span_text(span)) and not is_country(span_text(span)) and noun not in MARKET_NOUNS
    if noun in owned and (person_like or city):
        return "ORG", noun
    if label == "PRODUCT" and noun in OWNED_BY_FIRM_NOT_PRODUCT:
        return "ORG", noun  # "X's founder", "X shares": a firm, not what it sells (s18b)
    if noun in OWNED_BY_BRAND and not possessive and label in ("ORG", "PERSON", "GPE", "LOC", "NORP") \
            and not is_country(span_text(span)) and not (label == "PERSON" and span_text(span) in facts.person_words):
        return "PRODUCT", noun  # a maker ("Apple computer") gets the cue too, but its other mentions outvote it
    if (noun in OWNED_BY_PRODUCT and label in PLACE_TYPES or noun in OWNED_BY_PRODUCT_NOT_GROUP and label == "NORP") \
            and not is_place(span_text(span)):
        return "PRODUCT", noun
    if noun in OWNED_BY_EVENT and not possessive and (label in ("PERSON", "ORG") and span_text(span) not in facts.person_words
                                                      or label in PLACE_TYPES and not is_place(span_text(span))):
        return "EVENT", noun  # "Oscar nominations"; "other South Bank categories", "Bafta nominations" (the model's
        # place, which no gazetteer knows: "a London ceremony" is where)
    return None


# Nouns after a name that say what kind of thing it is ("ASCII codes", "the Linux operating system", "the BitTorrent
# system", "The Sims games", "the Masterpiece programme"): the name is one of them. The cue is "kind:<noun>"; the
# corpus vote lets it type the whole entity (``keys.KIND_CUE``), unless the corpus shows the name acting as a maker
# would ("IBM technology" beside "IBM said").
# Nouns after a car's maker and model ("Pontiac Grand Prix sedans", "Cadillac XLR coupes"): a product, whoever the
# model took the name for.
CAR_NOUNS = frozenset(["car", "cars", "sedan", "sedans", "coupe", "coupes", "saloon", "saloons", "hatchback",
                       "hatchbacks", "convertible", "convertibles", "pickups", "minivan", "minivans", "roadster",
                       "supercar", "limousine", "crossover", "crossovers", "suv", "suvs", "pickup"])
KIND_NOUNS_AFTER: dict[str, str] = {
    **dict.fromkeys(["software", "system", "systems", "codes", "code", "standard", "standards", "technology",
                     "technologies", "processor", "processors", "chip", "chips", "console", "consoles", "handset",
                     "handsets", "phone", "phones", "format", "formats", "protocol", "browser", "platform",
                     "encoding", "program", "laptop", "laptops", "computer", "computers", "smartphone",
                     "smartphones", "tablet", "tablets", "device", "devices", "camera", "cameras", "printer",
                     "printers", "gadget", "gadgets", "app", "apps", "cable", "cables", "adapter", "adapters",
                     "connector", "connectors", "charger", "chargers", "headset", "headsets", "headphones", "router",
                     "routers", "modem", "modems"], "PRODUCT"),
    **dict.fromkeys(CAR_NOUNS, "PRODUCT"),
    **dict.fromkeys(["film", "films", "movie", "movies", "novel", "novels", "album", "albums", "series", "sitcom",
                     "trilogy", "franchise", "books", "games", "programme", "documentary", "musical"], "WORK_OF_ART"),
    **dict.fromkeys(["street", "avenue", "road", "boulevard"], "FAC"),  # "on Panepistimiou street"
    **dict.fromkeys(["tournament", "championship", "championships", "ceremony", "ceremonies", "telecast", "gala",
                     "night"], "EVENT"),  # "this year's Oscars telecast", "the Oscars ceremony", "Oscar night"
}
# Nouns of things one holds or drives, which a noun may describe between the maker's model and them ("a Subaru
# Impreza rally car", "Nokia's N-Gage game phone", "the Vaio W1 desktop computer"); a noun before a looser kind
# ("system", "processor") names what the thing is for, after a name that is its owner's ("the Nielsen ratings system").
DEVICE_NOUNS = CAR_NOUNS | frozenset(["phone", "phones", "handset", "handsets", "console", "consoles", "computer",
                                      "computers", "laptop", "laptops", "camera", "cameras"])
# Product nouns a place's name stands before as where the things are laid ("Mediterranean cables").
LAID_NOUNS = frozenset(["cable", "cables"])
# Names of places where things are staged; "at the X" for a name no gazetteer knows is one (``_venue_after_at``).
VENUE = "venue"
PLURAL_EVENT_ENDINGS = ("s",)  # "at the Oscars", "at the Olympics", "at the Games": an event, not a venue


def _venue_after_at(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of one or two words written "at the X" ("Dame Judi Dench, who starred … at the Gielgud", "against Italy
    at the Gnoll") whose last word the document never writes in lower case (nor, after another word, is an ordinary
    word: "at the Inland Revenue"), no place the gazetteer knows, no acronym and no person the document
    names, is where something is staged: a building or ground. Decided in the corpus vote like a kind noun after a
    name, so a name the corpus shows acting ("the Barbican said") stays what the vote makes it."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    words = [t for t in doc[start:span.end] if t.is_alpha]
    if label not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT") or not 1 <= len(words) <= 2 or start < 2 \
            or doc[start - 1].lower_ != "the" or doc[start - 2].lower_ != "at" or len(words) != span.end - start:
        return None
    last = words[-1]
    if not all(t.is_title for t in words) or last.lower_.endswith(PLURAL_EVENT_ENDINGS) \
            or KIND_NOUNS.get(last.lower_, "FAC") != "FAC" or last.lower_ in NAME_HEADS or last.lower_ in CLUB_HEADS \
            or any(t.lower_ == last.lower_ and t.is_lower for t in doc) or (len(words) > 1 and is_common_word(last.text)) \
            or is_place(tokens_text(doc, start, span.end)) or is_given_name(words[0].text) \
            or any(t.text in facts.person_words or t.text in facts.titled for t in words):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.is_lower and after.pos_ == "NOUN" or after.lower_ in POSSESSIVES
                              or after.lower_ in ("and", "or", "&")):
        return None  # "at the Barbican centre", "at the Gielgud's", "at the Interior and Commerce departments"
    return "FAC", KIND_CUE + VENUE


# Nouns of a building or a structure that a person's name before them names ("the Matthew Harding stand", "the Truman
# library").
NAMED_FOR_NOUNS = frozenset(["stand", "stadium", "building", "tower", "bridge", "hall", "centre", "center", "library",
                             "terminal", "arena", "theatre", "theater", "museum", "gallery", "airport", "pavilion",
                             "auditorium"])


def _building_named_for_a_person(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A person's full name between "the" and a building's noun ("West Ham fans in the Matthew Harding stand") names
    the building: a facility. Only a name of two words or more, the model's person, the noun the head of its phrase
    (not "the John Smith stand tickets")."""
    doc, start, end = span.doc, span.start, span.end
    if label != "PERSON" or end - start < 2 or start < 1 or doc[start - 1].lower_ != "the" or end >= len(doc):
        return None
    noun = doc[end]
    if noun.lower_ not in NAMED_FOR_NOUNS or not noun.is_lower \
            or not (noun.pos_ == "NOUN" or noun.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")) \
            or (end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"):
        return None  # the tagger may call "stand" a verb where the parser hangs it as a noun ("in the … stand")
    return "FAC", "named for"


def _kind_noun_after(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A noun right after the name, which the name's last word modifies and which heads its phrase, that says what
    kind of thing the name is ("So-called ASCII codes are used", "the Linux operating system", "the Cell processor",
    "The Sims games"): a product or a work; "Futures tournament wins": an event. Not after a possessive ("Sony's technology"), not a noun that modifies
    another ("the Argonaut software division", "UK phone networks"; an event's noun may: "tournament wins"), not a place or nationality ("UK film",
    "Japanese films"), not a person the document names ("Moore's film", "Kevin Spacey movie"), not before another
    name the noun introduces ("the BBC programme Go Digital")."""
    doc, i = span.doc, span.end
    described = -1  # a describing word between the name and the noun, which the parser may hang the name on
    if i + 1 < len(doc) and doc[i].lower_ == "operating" and doc[i + 1].lower_ == "system":
        i += 1  # "the Windows operating system"
    elif _describing_adjective(doc, i):
        described, i = i, i + 1  # "the BlackBerry mobile device", "the Zune portable player", "a Subaru Impreza
        # rally car" (the name on "rally")
    if i >= len(doc) or span[-1].lower_ in ("'s", "’s", "'"):
        return None
    noun = doc[i]
    kind = KIND_NOUNS_AFTER.get(noun.lower_)
    if kind is None or not noun.is_lower or noun.pos_ != "NOUN" \
            or (noun.dep_ in ("compound", "amod", "nmod") and kind != "EVENT") \
            or span[-1].head.i not in (noun.i, noun.head.i if kind == "EVENT" else noun.i, described) \
            or (i + 1 < len(doc) and doc[i + 1].text in ("-", "–")):
        return None
    if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
        return None  # "the BBC programme Go Digital", "The Xbox game Halo 2": the noun names the next name
    if label == "NORP" or is_place(span_text(span)) or is_demonym(span_text(span)) \
            or (label in PLACE_TYPES and (kind == "WORK_OF_ART" or noun.lower_ in LAID_NOUNS)):
        return None  # "Mediterranean cables": where the cables are laid
    words = [t for t in span if t.is_alpha]
    if words and kind == "PRODUCT" and not is_given_name(words[0].text) and words[0].text not in facts.titled:
        return kind, KIND_CUE + noun.lower_  # "Pontiac Grand Prix sedans", "MacBook Air laptops" beside "MacBook Pro"
    if kind != "EVENT" and (any(t.text in facts.person_words or t.text in facts.titled for t in words)
                            or (label == "PERSON" and words and is_given_name(words[0].text))):
        return None  # a person's film, book or album: the maker; no one makes a tournament ("the opening Lake
        # Sevens tournament", which the model reads as a person, whose words are then the document's person words)
    return kind, KIND_CUE + noun.lower_


def _describing_adjective(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is one lower-case adjective, or noun, that describes a product kind noun right after it
    ("mobile device", "digital camera", "portable player", "a Subaru Impreza rally car"): the name before it still
    says which one, so the noun counts as if it followed the name."""
    if i + 1 >= len(doc):
        return False
    adjective, noun = doc[i], doc[i + 1]
    describes = adjective.pos_ == "ADJ" and adjective.dep_ == "amod" \
        or adjective.pos_ == "NOUN" and adjective.dep_ == "compound" and adjective.lower_ not in KIND_NOUNS_AFTER \
        and noun.lower_ in DEVICE_NOUNS  # not "the Nielsen ratings system", "a Fed-Ex refund processor"
    return adjective.is_lower and describes and adjective.head.i == noun.i \
        and KIND_NOUNS_AFTER.get(noun.lower_) == "PRODUCT"


# Nouns a standard or a technology is used for ("GPRS access", "SMS functions", "VoIP services", "DAB sets"): after a
# name written as standards are (``_written_as_a_standard``) the name is the technology, a product. Not the nouns a
# body or a broadcaster has as often ("FBI files", "the NBC network").
USE_NOUNS = frozenset(["access", "connection", "connections", "connectivity", "port", "ports", "message", "messages",
                       "messaging", "function", "functions", "video", "audio", "call", "calls", "streaming",
                       "scheme", "schemes", "set", "sets", "signal", "signals", "service", "services", "hotspot",
                       "hotspots", "link", "links", "stick", "sticks", "drive", "drives", "chipset", "chipsets",
                       "card", "cards", "broadband", "encryption",
                       "compression", "telephony", "quality", "transmission", "transmissions", "socket", "sockets"])
# Nouns a standard names only with a thing's noun between ("USB music players", "MP3 media player"): right after a
# name they are a team's or a firm's ("QPR players").
USE_NOUNS_AFTER_A_NOUN = frozenset(["player", "players", "recorder", "recorders", "receiver", "receivers"])
STANDARD_SHAPE = re.compile(r"^(?=(?:[^A-Za-z]*[A-Z]){2})[A-Z0-9]{2,6}$|^[A-Z][a-z]+[A-Z][A-Za-z]*$")


def _written_as_a_standard(span: Span) -> bool:
    """Whether the name is written as standards and technologies are: one word in capitals, digits allowed ("GPRS",
    "USB", "MPEG4"), or with a capital inside after small letters ("VoIP", "WiFi"); or any name a bracketed acronym
    follows ("Digital Rights Management (DRM)")."""
    doc = span.doc
    if len(span) == 1 and STANDARD_SHAPE.match(span_text(span)):
        return span.start == 0 or bool(doc[span.start - 1].whitespace_)  # "512MB": a unit after its number
    return span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" \
        and doc[span.end + 1].is_upper


def _technology_by_its_use(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name written as a standard (``_written_as_a_standard``) that modifies a noun a technology is used for
    ("slower GPRS access", "the SMS functions of Skype", "VoIP services", "DAB sets", "different Digital Rights
    Management (DRM) schemes", "digital USB music players") is the technology: a product, decided in the corpus vote
    as a kind noun after a name is, so a firm written so once ("BT broadband") that the corpus shows acting ("BT
    said") stays a firm. Not a place or a people, not a name the document names a person with."""
    doc = span.doc
    if label not in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC") or not _written_as_a_standard(span) \
            or is_place(span_text(span)) or any(t.text in facts.person_words or t.text in facts.titled for t in span):
        return None
    i = span.end + (3 if tokens_text(doc, span.end, span.end + 1) == "(" else 0)
    if i >= len(doc):
        return None
    between = None
    if doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and i + 1 < len(doc) and doc[i].head.i == i + 1:
        between, i = doc[i], i + 1  # "USB music players", "MPEG4 video quality"
    noun = doc[i]
    uses = USE_NOUNS | (USE_NOUNS_AFTER_A_NOUN if between is not None else frozenset())
    if noun.lower_ not in uses or not noun.is_lower or noun.pos_ != "NOUN" or noun.dep_ in ("compound", "nmod") \
            or span[-1].head.i not in (noun.i, between.i if between is not None else noun.i) \
            or (i + 1 < len(doc) and doc[i + 1].text in ("-", "–")):
        return None
    return "PRODUCT", KIND_CUE + noun.lower_


# Words a technology carries or links, before "over" or "via" and a standard ("works over GPRS and GSM", "voice over
# IP", "connect via USB", "calls over WiFi"): the standard is how it is done.
CARRIED_WORDS = frozenset(["work", "works", "run", "connect", "send", "stream", "transmit", "deliver", "carry",
                           "transfer", "sync", "synchronise", "synchronize", "share", "talk", "chat", "call", "calls",
                           "voice", "video", "data", "access", "download", "link", "telephony", "communicate"])


def _carried_over_a_standard(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name written as a standard (``_written_as_a_standard``) after "over" or "via" that a word of carrying or
    linking governs ("a syncing service which works over GPRS and GSM", "voice over IP", "connect via USB") is the
    technology, a product; each name of a list after it too. Decided in the corpus vote as a kind noun is. Not
    "a row over BSE", "victory over PSG": those words carry nothing."""
    if label not in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC") or not _written_as_a_standard(span) \
            or is_place(span_text(span)):
        return None
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    link = top.head
    if top.dep_ != "pobj" or link.lower_ not in ("over", "via"):
        return None
    word = link.head
    if word.lower_ in CARRIED_WORDS or word.lemma_.lower() in CARRIED_WORDS:
        return "PRODUCT", KIND_CUE + "carried"
    return None


# What is played or run on a platform ("playing the game on Xbox Live", "software that runs on Linux").
PLATFORM_VERBS = frozenset(["play", "run"])
RUN_THINGS = frozenset(["game", "games", "title", "titles", "software", "program", "programs", "app", "apps",
                        "application", "applications", "code"])


def _platform_of_a_game(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name after "on" where a game or software is played or run ("gamers notching up 28 million hours playing the
    game on Xbox Live", "software that runs on Linux") is the platform: a product, decided in the corpus vote as a
    kind noun is. Only where the game or the software is the verb's object or subject: "played on Radio 1" (a song),
    "ran on NBC" (a series) say nothing."""
    top = span.root
    if label not in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC") or top.dep_ != "pobj" or top.head.lower_ != "on" \
            or is_place(span_text(span)):
        return None
    verb = top.head.head
    if verb.lemma_.lower() not in PLATFORM_VERBS or verb.pos_ != "VERB":
        return None
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        things.append(verb.head)  # "software that runs on Linux"
    if any(t.lower_ in RUN_THINGS for t in things):
        return "PRODUCT", KIND_CUE + "platform"
    return None


def _model_after_a_makers_possessive(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A one-word model's code with a digit ("DB9", "N95", "A380") standing as a thing after an organisation's or a
    person's possessive ("sharing a platform with Aston's DB9", the model reading "Aston" as a person) is the
    maker's model or the owner's, a product; decided in the corpus vote as a kind noun is."""
    doc = span.doc
    if label not in ("ORG", "PERSON", "GPE", "NORP", "FAC") or len(span) != 1 or span.start < 2 \
            or not any(c.isdigit() for c in span_text(span)) or not STANDARD_SHAPE.match(span_text(span)):
        return None
    possessive, maker = doc[span.start - 1], doc[span.start - 2]
    if possessive.lower_ not in POSSESSIVES or maker.ent_type_ not in ("ORG", "PERSON") \
            or span.root.dep_ in ("compound", "nmod", "amod"):
        return None  # "Hamilton's F1 career": the code names what the career is in, no thing owned
    return "PRODUCT", KIND_CUE + "model"


VERSION_LINKS = {"of": ("version", "versions", "release", "releases"), "for": ("update", "updates", "patch", "patches"),
                 "to": ("update", "updates", "patch", "patches")}


def _version_of(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name written after "versions of", "a patch for", "an update to" ("older versions of Windows", "a patch for
    IE") is software, a product, whatever the model took it for: decided in the corpus vote as a kind noun after a
    name is, so a maker ("versions of Microsoft's browser" is no cue: the possessive) or a name the corpus shows
    acting stays what the vote makes it. Not a work the model read ("a version of The Magic Roundabout")."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    if start < 2 or label in ("WORK_OF_ART", "PERSON", "NORP", "EVENT") or not span[-1].is_alpha:
        return None
    link, noun = doc[start - 1], doc[start - 2]
    if noun.lower_ not in VERSION_LINKS.get(link.lower_, ()) or not noun.is_lower or noun.pos_ != "NOUN":
        return None
    if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVES or is_place(span_text(span)):
        return None
    return "PRODUCT", KIND_CUE + "version"


def _product_by_its_shape(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that starts with a small letter before a capital ("iPhone", "iMovie", "eBook") is written as makers
    write their products: a product, decided in the corpus vote as a kind noun after a name is, so a firm named so
    that the corpus shows acting ("eBay said") keeps the plain vote."""
    first = span[0].text
    if label in ("PERSON", "PRODUCT", "WORK_OF_ART", "EVENT") or len(first) < 3 or not first[0].islower() \
            or not first[1].isupper() or not first[2:3].islower() or acts_as_agent(span):
        return None  # "eBay said": marked as acting (``acts_as_agent``), which outweighs the shape in the vote
    return "PRODUCT", KIND_CUE + "shape"


def _list_labels(span: Span, facts: DocFacts) -> list[tuple[str, str]]:
    """(label, text) of the other named items in the list the name is part of ("A, B and C"); an item a given name
    starts is a person's, whatever the model read (``_given_name_first``)."""
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
        if ent is not None:  # a nationality the model read as a language ("English, Scottish or Welsh") is one
            label = "NORP" if ent.label_ == "LANGUAGE" else ent.label_
            if label in GIVEN_NAME_LABELS and _given_name_first(ent, label, facts) is not None:
                label = "PERSON"  # "Paolo Maldini, Cafu and Alessandro Costacurta", the last the model's firm
            labels.append((label, ent.text))
    return labels


def _listed_with(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """The other names in the same list agree on a type: a list holds one kind. Two or more others that agree type
    it ("Led Zeppelin, Iron Maiden and Sex Pistols"); one other organisation types a lone "person" word ("HMV and
    Virgin"); a city or a "person" listed with clubs is a club ("Real Madrid, Barcelona and Valencia")."""
    if label not in LIST_TYPES or (label == "PERSON" and span_text(span) in facts.person_words) or is_country(span_text(span)):
        return None
    if label == "PERSON" and len(span) >= 2 and is_given_name(span[0].text):
        return None  # "Nicolas Mas (Perpignan)" in a squad list beside clubs: a given name says a person
    others = _list_labels(span, facts)
    kinds = {k for k, _ in others}
    most = _most_of_a_long_list(span, label, others, facts.sport)
    if most is not None:
        return most, "list"
    if not others or label in kinds:
        return None
    if len(kinds) == 1:
        kind = next(iter(kinds))
        if kind in TYPED_BY_LISTS and len(others) >= 2 and not (kind == "PERSON" and is_place(span[0].text)):
            return kind, "list"
        if kind == "ORG" and label == "PERSON" and len(span) == 1:
            return kind, "list"
        if kind == "PERSON" and label != "ORG" and len(span) == 2 \
                and all(len(text.split()) >= 2 for _, text in others) and not is_place(span_text(span)):
            return kind, "list"  # "hosted by Eliza Carthy and Benjamin Zephaniah": two people
        return None
    cities = all(is_city(text) and not is_country(text) for k, text in others if k == "GPE")
    if kinds <= {"ORG", "GPE"} and cities and (label == "PERSON" or is_city(span_text(span))):
        return "ORG", "list"
    return None


def _most_of_a_long_list(span: Span, label: str, others: list[tuple[str, str]], sport: bool) -> str | None:
    """The type most of a long list's other items share, where the model read the item otherwise: three others or
    more, two thirds of them agreeing. Only places and people: the model's firms in a list are as often its misread
    people or bands ("LL Cool J, DMX, Ludacris, Ja Rule and Ashanti", line-ups of initials and surnames), so a
    majority of them says nothing. Places, where at least half of those the model reads are known to the gazetteer
    ("visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, [Dorset] and [Torbay]", a firm and
    a person to the model; not a list of bands the model reads as places, "Idlewild, Texas, Mogwai"), and not in a
    sport report (clubs are named by their towns). People, for an item no gazetteer place ("Replacements: Fortey,
    Murphy, [Daly], [Vaili], Cole": not "A Hazell (Gloucester)", a club in brackets the parse hangs on the list, nor
    a seat with a place's word or an "and" in it among the model's "people", "Oldham East and Saddleworth") and not
    in capitals."""
    if len(others) < 3 or label not in ("ORG", "PERSON", "GPE", "PRODUCT", "NORP"):
        return None
    counts: dict[str, int] = {}
    for kind, _ in others:
        counts[kind] = counts.get(kind, 0) + 1
    kind = max(counts, key=counts.__getitem__)
    agree = counts[kind]
    if kind == label or agree < 3 or 3 * agree < 2 * len(others):
        return None
    if kind == "GPE":  # a seat counts whose first word the gazetteer knows ("Leeds North West", twenty-seventh pass)
        known = sum(1 for k, text in others if k == "GPE" and (is_place(text) or is_place(text.split()[0])))
        return kind if 2 * known >= agree and not sport else None
    if kind == "PERSON":  # not a name in capitals: a band or a firm in a list of singers ("Bounty Killer, TOK")
        placed = is_place(span_text(span)) or any(t.is_title and is_place(t.text) for t in span)
        joined = any(t.lower_ == "and" for t in span)  # a seat joined at its "and" ("Oldham East and Saddleworth")
        return kind if not placed and not joined and not span_text(span).isupper() else None
    return None


OPPONENT_WORDS = frozenset(["against", "v", "vs", "beat", "beats", "beating", "defeat", "defeats", "defeated", "defeating",
                            "facing", "face", "faces", "host", "hosts"])
WIN_WORDS = frozenset(["win", "victory", "defeat", "triumph"])


def _opponent(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A city a match is played against ("Arsenal facing Newcastle", "Wasps defeated Leicester", "the FA Cup win over
    Colchester", "losses to Newcastle and Barcelona") is its club."""
    doc = span.doc
    if span.start == 0 or not is_city(span_text(span)) or is_country(span_text(span)):
        return None
    if span.end < len(doc) and not doc[span.end - 1].whitespace_ and doc[span.end].text in ("-", "–"):
        return None  # "defeated Moscow-backed candidate X": the city is a word of an adjective, the object is X
    previous = doc[span.start - 1].lower_
    won = previous == "over" and span.start > 1 and doc[span.start - 2].lower_ in WIN_WORDS
    lost = _after_a_loss(doc, span.start - 1)
    return ("ORG", "match") if previous in OPPONENT_WORDS or won or lost else None


LOSS_WORDS = frozenset(["loss", "losses", "defeat", "defeats"])


def _after_a_loss(doc: Doc, i: int) -> bool:
    """Whether the words before the name, back over a list of sides, are a loss "to" or "by" ("consecutive losses to
    Newcastle and [Barcelona]", "a 2-1 defeat by [Everton]"): the places named are clubs."""
    j = i
    while j > i - 8 and j > 0 and (doc[j].text in (",", "and") or doc[j].is_title):
        j -= 1  # back over "Newcastle and" to the "to" of the list
    return j > 0 and doc[j].lower_ in ("to", "by") and doc[j - 1].lower_ in LOSS_WORDS


def _maker_of_a_work(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A full name between "the" and a kind of work ("the Mike Leigh film", "the Robert Palmer track", "the Robert
    Harris best-seller") is the person who made it; said of the model's person too, so the corpus vote weighs it."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    if label == "WORK_OF_ART" or not 2 <= len(words) <= 3 or is_place(span_text(span)) \
            or not all(t.is_alpha and t.is_title for t in words):  # "the Autosport International 2005 show"
        return None
    before = "the" if span[0].lower_ == "the" else doc[span.start - 1].lower_ if span.start > 0 else ""
    noun = _noun_written_after(doc, span.end)
    if before == "the" and noun and KIND_NOUNS.get(noun) == "WORK_OF_ART":
        return "PERSON", "maker"
    return None


def _noun_written_after(doc: Doc, i: int) -> str:
    """The lower-case word at token ``i``, with a hyphened second half joined ("best-seller"), else ""."""
    if i >= len(doc) or not doc[i].is_lower:
        return ""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return f"{doc[i].lower_}-{doc[i + 2].lower_}"
    return doc[i].lower_


# Articles that start titles in other languages ("La Traviata", "Die Walküre", "Il Trovatore", "El Cid"); an English
# "The" is left out: a newspaper owned by a person is written so too ("Murdoch's The Sun").
TITLE_ARTICLES = frozenset(["La", "Le", "Les", "L'", "Il", "Lo", "Gli", "El", "Los", "Las", "Die", "Der", "Das"])


def _work_owned_by_a_person(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that starts with another language's article written after a person's possessive ("Verdi's La
    Traviata", "Fellini's La Dolce Vita", "Wagner's Die Walküre") is the person's work, whatever firm or place the
    model read; not a name that ends as organisations or clubs do ("Berlusconi's Il Giornale Group")."""
    if label in ("WORK_OF_ART", "PERSON") or not _owned_title(span.doc, span.start) \
            or span[-1].lower_ in NAME_HEADS or span[-1].lower_ in CLUB_HEADS:
        return None
    return "WORK_OF_ART", "owned"


YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
DECADE_WORDS = frozenset(["the", "late", "early", "mid", "mid-"])  # "the 1980's", "the late 1980's": a decade


def _work_after_its_year(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name after a year's possessive ("1999's American Beauty", "1987's Robocop") is a work dated by its release,
    as film and music writing dates them, whatever firm, place or thing the model read. Not an event the model reads
    ("1985's Live Aid"), a people, a person (the document's people include the name itself, so none can be told from
    a film named after one), a place, or a name that ends as organisations or clubs do."""
    doc = span.doc
    if label in ("WORK_OF_ART", "EVENT", "NORP", "PERSON") or span.start < 2 \
            or doc[span.start - 1].lower_ not in ("'s", "’s") or not YEAR.match(doc[span.start - 2].text) \
            or span[-1].lower_ in NAME_HEADS or span[-1].lower_ in CLUB_HEADS or is_place(span_text(span)) \
            or (span.start > 2 and doc[span.start - 3].lower_ in DECADE_WORDS):
        return None  # "in the late 1980's Apple Computer added …": a decade, written with an apostrophe
    return "WORK_OF_ART", "dated"


def _title_of_a_year(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model reads as a place that ends in "of" and a year ("the Sound of 1998 poll", "Voice of 2003") is
    no place: a place is not named by a year, a poll's, an award's or a contest's title is (an award is an EVENT by
    this project's standard, as "Record of the Year" is). A head word that says what the name is types it instead
    ("the Harbour Festival of 2001", "the Housing Act of 1998": ``NAME_HEADS``) (s18c)."""
    if label not in PLACE_TYPES or len(span) < 3 or span[-2].lower_ != "of" or not YEAR.match(span[-1].text):
        return None
    return NAME_HEADS.get(span[-3].lower_, "EVENT"), "year title"


PART_NUMBER = re.compile(r"^(?:[IVX]{1,4}|[1-9]|One|Two|Three|Four|Five)$")


def _part_of_a_work(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of two or more words ending in "Part" and a number ("Homecoming Part II", "Tides Part 2", "Ashes Part
    Two") is a work's part or sequel: a film's, a record's, a book's title numbers its parts so, a firm or a place is
    not named by its part. Whatever the model guessed but a work, a product, a law or an event (s18d)."""
    if label not in ("ORG", "GPE", "LOC", "FAC", "NORP", "PERSON") or len(span) < 3 or span[-2].text != "Part" \
            or not PART_NUMBER.match(span[-1].text) or not span[0].is_title:
        return None
    return "WORK_OF_ART", "part title"


def _place_named_for_a_body(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A "place" of ordinary words before a name the document's model reads alone as an organisation ("the party as
    [Fresh Harbour]" beside "Harbour said", "Harbour" an organisation) is that organisation under a name of its own
    (a party's brand, a firm's division): an organisation. Not a place the gazetteer knows, nor one whose last word
    is a place ("Greater Leeds"), nor a last word in capitals ("Windows XP", "R&B"), nor a name whose first word is
    no ordinary word ("Anquan Boldin", a person the model read as a place) (s18c)."""
    if label not in ("GPE", "LOC") or len(span) < 2 or is_place(span_text(span)):
        return None
    last = span[-1]
    if not (last.is_alpha and last.is_title) or is_place(last.text) or is_demonym(last.text) \
            or not all(t.is_alpha and t.is_title and is_common_word(t.text) for t in span[:-1]):
        return None  # the words before are ordinary ones ("Fresh"), not a given name ("Anquan Boldin", a person)
    if any(len(e) == 1 and e.label_ == "ORG" and e.text == last.text for e in model_entities(span.doc)):
        return "ORG", "body's name"
    return None


CAST_WORDS = {"starring": None, "co-starring": None, "directed": "by", "written": "by"}  # word, and the one after it


def _work_by_its_cast(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name followed by who stars in it or made it ("The Aviator, starring Leonardo DiCaprio", "A Very Long
    Engagement, directed by Jean-Pierre Jeunet") is a film, a play or a show, the model's firm or place a guess at a
    short title. Not a person's name the document gives in full (a person "starring in" or "starring as" is its
    star, and "a film by Spike Lee, starring …" is the film's): the cast's first word is a name."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in CAST_WORDS:
        return None
    link = CAST_WORDS[doc[i].lower_]
    if link is not None:
        i += 1
        if i >= len(doc) or doc[i].lower_ != link:
            return None
    if i + 1 >= len(doc) or not (doc[i + 1].is_title and doc[i + 1].is_alpha):
        return None
    if label == "PERSON" and (len(span) > 1 or span_text(span) in facts.person_words or span_text(span) in facts.titled):
        return None
    return "WORK_OF_ART", "starring" if link is None else doc[span.end + (doc[span.end].text == ",")].lower_


STAR_WORDS = frozenset(["starring", "co-starring"])
CAST_LABELS_NOT_PEOPLE = frozenset(["ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT"])


def _cast_of_a_work(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name right after "starring", or one of a list that starts there ("Mississippi Masala, starring Denzel
    Washington", "starring Tom Cruise and Ken Watanabe"), is an actor: the model's firm or place ("Washington") a
    guess from a word of the name (s13d). Not a name owning the next word ("starring Disney's Mickey Mouse"), nor
    a later item with a noun of its own ("starring Bill Murray, and the biopic Kinsey": the parser's list)."""
    if label not in CAST_LABELS_NOT_PEOPLE or not span[0].is_title:
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.left_edge.i if first.i != span.root.i else span.start
    if first.i != span.root.i and doc[span.start - 1].lower_ not in (",", "and"):
        return None  # "a comedy starring Bill Murray, and the biopic Kinsey": a noun of its own before it, no cast
    if start == 0 or doc[start - 1].lower_ not in STAR_WORDS:
        return None
    return "PERSON", "starring"


def _owned_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a title with another language's article after a person's possessive."""
    return i >= 2 and doc[i].text in TITLE_ARTICLES and doc[i - 1].lower_ in POSSESSIVES \
        and doc[i - 2].ent_type_ == "PERSON" and doc[i - 2].is_title and i + 1 < len(doc) and doc[i + 1].is_title


def _age_in_apposition(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that starts with a given name and is followed by an age set off by commas ("Adrian, 13, and his
    sister", "named the boy as Adrian, 13, of Swindon") is a person: news gives people's ages so, not a group's or a
    place's."""
    doc, end = span.doc, span.end
    words = [t for t in span if t.is_alpha]
    if label == "PERSON" or not 1 <= len(words) <= 3 or not in_given_list(words[0].text) or is_place(span_text(span)) \
            or not all(t.is_title for t in words) or end + 2 >= len(doc):  # "London, 48": a place's share
        return None
    comma, age, after = doc[end], doc[end + 1], doc[end + 2]
    if comma.text != "," or not age.is_digit or not 0 < int(age.text) < 111 or after.text not in (",", ".", ";"):
        return None
    return "PERSON", "age"


AWARD_NOUNS = frozenset(["award", "awards", "nomination", "nominations", "nominee", "nominees", "ceremony", "statuette"])


def _awards_by_their_plural(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A one-word plural after "the" whose singular the document writes before a noun of awards ("come to the
    Baftas" beside "a Bafta nomination", "the Oscars" beside "Oscar nominee") is the awards' ceremony, an event,
    whatever place or body the model read."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or label in ("EVENT", "PERSON") or not words[0].is_title or not words[0].text.endswith("s") \
            or not (span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")):
        return None
    single = words[0].text[:-1]
    written = (doc[i] for i in np.flatnonzero(token_columns(doc).orth == string_id(single)).tolist())  # its tokens
    if any(t.text == single and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in AWARD_NOUNS for t in written):
        return "EVENT", "awards"
    return None


def _nationality_word(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that is only a word for a country's people, made from the country's name ("Kuwaiti", "Angolan", "Sri
    Lankan", "Africans": ``is_demonym``), is a nationality, whatever the model read (a place) and whatever noun
    follows it ("Chinese computer firm" is no computer): a cue, so the corpus vote weighs it. A language stays one
    ("speaks Chinese")."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) == 1 and words[0].text in RELIGIONS and label != "NORP":
        return "NORP", "religion"  # "women under Islam", "portrays Islam unfairly" (twenty-seventh pass)
    if label == "LANGUAGE" or not 1 <= len(words) <= 2 or not all(t.is_alpha and t.is_title for t in words) \
            or not is_demonym(" ".join(t.text for t in words)):
        return None
    return "NORP", "nationality"


# Religions and their believers' words, a closed class the model reads as organisations ("under Islam") at times:
# a religious group is a NORP. Not "Christian" or "Catholic" alone, which are given names and firms' words too.
RELIGIONS = frozenset(["Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Catholicism",
                       "Protestantism", "Anglicanism", "Taoism", "Confucianism", "Shinto", "Shintoism", "Jainism",
                       "Zoroastrianism", "Mormonism", "Muslims", "Christians", "Jews", "Hindus", "Sikhs", "Buddhists",
                       "Catholics", "Protestants", "Anglicans", "Mormons", "Muslim", "Jewish", "Hindu", "Sikh",
                       "Buddhist"])


# Nouns right after an award's name that only an award has ("three Oscar nominations", "the Bafta ceremony"); words
# hyphened to it that name its winners and nominees ("Oscar-winning director", "Grammy-nominated singer"); the words
# of a category between "best" and its award ("the best actress Oscar", "the best film Bafta").
AWARD_NOUNS_AFTER = frozenset(["nomination", "nominations", "nominee", "nominees", "ceremony", "statuette"])
THINGS_NOT_GIVING = frozenset(["FAC", "LOC", "GPE", "LAW", "PRODUCT", "WORK_OF_ART"])  # "the Golden Lion award"
AWARD_HYPHENED = frozenset(["winning", "winner", "winners", "nominated", "nominee", "nominees"])
AWARD_CATEGORIES = frozenset(["actor", "actress", "director", "film", "picture", "song", "album", "screenplay",
                              "documentary", "newcomer", "drama", "comedy", "musical", "single", "video", "score",
                              "supporting", "leading", "original", "adapted", "foreign-language", "costume", "design",
                              "animated", "feature", "music", "group", "act", "artist", "female", "male", "solo"])


NOMINATED = frozenset(["nominated", "shortlisted", "nomination", "nominations", "nominee"])


def _award_by_its_words(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """An award's name written before a noun only an award has ("Oscar nominations", "the Bafta ceremony"),
    hyphened to its winners or nominees ("Oscar-winning director", "Grammy-nominated"), after the category it is
    given in ("the best actress Oscar"), or one of it a person is nominated for ("nominated for a Golden Globe") is
    the award: an event; so is a name the model reads as a building, a place,
    a law or a thing before "award" or "prize" ("won the Golden Lion award"; a body gives awards: "the Fifa award").
    For the whole entity in the corpus vote, as a kind noun after a name decides, so the model's other guesses for
    the word ("nominated for an Oscar" a person, "Bafta" a place) follow it. Not a people ("the Democratic
    nomination"), a place or a person the document names ("Oscar Wilde")."""
    doc = span.doc
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if label in ("EVENT", "NORP") or not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
            or any(t.text in facts.person_words or t.text in facts.titled for t in words) \
            or is_place(" ".join(t.text for t in words)) or is_demonym(words[0].text):
        return None
    i = span.end
    if i < len(doc) and doc[i].is_lower and (doc[i].lower_ in AWARD_NOUNS_AFTER
                                            or (doc[i].lower_ in ("award", "prize") and label in THINGS_NOT_GIVING)):
        return "EVENT", KIND_CUE + "award"
    if i + 1 < len(doc) and doc[i].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
            and doc[i + 1].lower_ in AWARD_HYPHENED:
        return "EVENT", KIND_CUE + "award"
    k = words[0].i
    if k >= 3 and doc[k - 1].lower_ in ("a", "an") and doc[k - 2].lower_ == "for" \
            and doc[k - 3].lower_ in NOMINATED and not (i < len(doc) and doc[i].text[:1].isupper()):
        return "EVENT", KIND_CUE + "award"  # "nominated for a Golden Globe": one of many given, an award
    j = words[0].i - 1
    while j >= 0 and doc[j].lower_ in AWARD_CATEGORIES and doc[j].is_lower:
        j -= 1
    if j >= 0 and j < words[0].i - 1 and doc[j].lower_ == "best" \
            and not (i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha):
        return "EVENT", KIND_CUE + "award"  # "the best actress Oscar"; not "best actor Jamie Foxx"
    return None


PEOPLE_ENDINGS = ("an", "ese", "ish", "i", "er", "ic", "s")  # "Mallorcan", "Bodleian", "Uighurs": a people's shape


def _no_people_in_a_word(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A one-word "group" that is no word for a people: no nationality (``is_demonym``), no English word (a religion,
    a party: "Muslim", "Tory", "Democrat"), no place and none of a people's endings ("-an", "-ese", "-ish", "-i", a
    plural), is a name the model read as a people by its sound ("Euronext", "Yamaha", "Tiscali", "Webroot"): an
    organisation, the commonest kind of such a name in news. People the model calls a group stay what it said."""
    words = [t for t in span if t.lower_ != "the"]
    if label != "NORP" or len(words) != 1:
        return None
    word = words[0].text
    if not word.isalnum() or not word[:1].isupper() or word.lower().endswith(PEOPLE_ENDINGS) or is_demonym(word) \
            or is_common_word(word) or is_place(word) or word in facts.person_words or is_given_name(word):
        return None
    return "ORG", "no people"


def _dated_in_brackets(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name followed by a year in brackets ("Humphrey Bogart in Casablanca (1944)") is a film, book or record:
    that is how news cites a work. Not a person's ("Gandhi (1869-1948)" runs on with a dash)."""
    doc = span.doc
    lone = len(span) == 1 and not (span_text(span) in facts.person_words or span_text(span) in facts.titled
                                   or is_given_name(span_text(span)))
    if (label == "PERSON" and not lone) or span.end + 2 >= len(doc) \
            or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None  # a person's dates run on with a dash; a lone "person" word is a title ("Overload (1979)")
    year = doc[span.end + 1].text
    return ("WORK_OF_ART", "year") if len(year) == 4 and year.isdigit() and year[:2] in ("18", "19", "20") else None


def _employer(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name whose possessive is a person's full name ("Ernst and Young's Sanjay Mehta", "Investec's Philip Shaw") is
    where that person works: an organisation. Not a place's ("Britain's Tony Blair") nor a person's."""
    doc, i = span.doc, span.end
    if span[-1].lower_ in POSSESSIVES:
        i -= 1
    if label in PLACE_TYPES or label in ("NORP", "PERSON", "ORG") or is_place(span_text(span)) or i + 2 >= len(doc) \
            or doc[i].lower_ not in POSSESSIVES:
        return None
    person = facts.ent_at.get(i + 1)
    if person is None or person.label_ != "PERSON" or person.start != i + 1 or len(person) < 2:
        return None
    return "ORG", "employer"


def _place_with_region(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name followed by a comma and a country or US state that ends the phrase ("Jacksonville, Florida-based",
    "in Houston, Texas,") is a place: that is how news locates a town."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    region = doc[span.end + 1]
    if not (region.text[:1].isupper() and is_country(region.text)):
        return None
    after = doc[span.end + 2].text if span.end + 2 < len(doc) else "."
    if after not in ("-", ",", ".", ";", ":", ")"):
        return None  # "Wipro, India's …", "According to Reuters, Germany will …": no region of the name
    based = after == "-"  # "Dell, Texas-based": the firm is based there
    if label == "ORG" and sum(t.is_alpha for t in span) >= 3 and not based:
        return None  # "installed at Los Alamos National Laboratory, US, in 1976": a body located, not a town
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    if based and previous not in ("the", "in", "at", "from", "near"):
        return None
    return (label if label in PLACE_TYPES else "GPE"), "region"


# Nouns of a country's parts, written after the part's name ("India's Andhra Pradesh state", "China's Guangdong
# province").
REGION_NOUNS = frozenset(["state", "province", "region", "county", "district", "prefecture", "governorate"])


def _exclaimed_name(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model reads as a place with "!" written onto it, the sentence going on in small letters ("a poll
    of Kerrang! magazine readers", "his days in Wham! through to …"), is a brand's, a band's or a title's name that
    carries the mark: no place is written so. An organisation (the magazine, the band), as the model reads the same
    name elsewhere. Not a place at the end of an exclamation ("… of the US! Perhaps"): a capital follows there."""
    doc, end = span.doc, span.end
    if label not in ("GPE", "LOC") or end + 1 >= len(doc) or doc[end].text != "!" or span[-1].whitespace_:
        return None
    after = doc[end + 1]
    return ("ORG", "exclaimed") if after.is_alpha and after.is_lower else None


MAKING_VERBS = frozenset(["makes", "brews", "produces", "make", "brew", "produce"])


def _made_by_which(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model reads as a person right after "which makes" (brews, produces) and before the clause's end
    ("Inbev, which makes Stella Artois, said …") is the firm's product: "which" stands for a firm, and a person is
    not what a firm makes. Not before a word that goes on ("which makes Smith the favourite", "which makes Panasonic
    brand products"), nor after "who" (a person's work)."""
    doc, start, end = span.doc, span.start, span.end
    if label != "PERSON" or start < 2 or doc[start - 1].lower_ not in MAKING_VERBS \
            or doc[start - 2].lower_ not in ("which", "that"):
        return None
    if end < len(doc) and doc[end].text not in (",", ".", ";", "and"):
        return None
    return "PRODUCT", "made by a firm"


MEMBER_NOUNS = frozenset(["member", "members"])


def _member_of_a_group(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model reads as a person right after "member(s) of", or joined by "and" or a comma to a name written
    there ("former members of Blue Tiger and Velvet Harrow"), is a group: a band, a party, a club has members, a
    person has none. Not a name that owns what follows ("members of Smith's family", "a member of Brown's cabinet"),
    nor a word the document gives a person ("members of Brown" beside "Gordon Brown")."""
    doc, start = span.doc, span.start
    if label != "PERSON" or span.end < len(doc) and doc[span.end].lower_ in POSSESSIVES \
            or span[-1].lower_ in POSSESSIVES or any(t.text in facts.titled for t in span) \
            or (len(span) == 1 and span_text(span) in facts.person_words):
        return None
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("and", ",") and i - 1 in facts.ent_at:
        i = facts.ent_at[i - 1].start - 1  # the name before "and": the list's first name
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in MEMBER_NOUNS:
        return "ORG", "member of"
    return None


LOAN_WORDS = frozenset(["loan", "loaned"])
MOVE_VERBS = frozenset(["join", "rejoin", "sign", "arrive", "move", "switch"])


def _lent_by_a_club(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A town the model reads as a place or a person after "on loan from" ("at", "to", "with") or "recalled by", or, in
    a sport report
    (``_sport_report``), after "from" where a player's move is told ("joining the London side from Northampton",
    "signed from Grimsby"), is the club that lends or sells the player: a town lends no one. Not a country ("signed
    from Brazil" tells where the player played), nor a word the document gives a person."""
    doc, i = span.doc, span.start - 1
    if label not in ("GPE", "LOC", "PERSON", "NORP", "FAC") or i < 1 \
            or doc[i].lower_ not in ("from", "at", "to", "with", "by") \
            or is_country(span_text(span)) or any(t.text in facts.person_words or t.text in facts.titled for t in span):
        return None
    if doc[i - 1].lower_ in LOAN_WORDS or (doc[i - 1].lower_ == "out" and i > 1 and doc[i - 2].lower_ in LOAN_WORDS) \
            or (doc[i].lower_ == "by" and doc[i - 1].lower_ == "recalled"):
        return "ORG", "loan"  # "on loan from Charlton", "loaned out to Grimsby", "recalled by Grimsby"
    if facts.sport and doc[i].lower_ == "from" and doc[i].head.lemma_.lower() in MOVE_VERBS:
        return "ORG", "moved from"
    return None


LABEL_WORDS = frozenset(["records", "recordings", "label", "music"])
NO_ACT_LABELS = frozenset(["PERSON", "ORG", "NORP", "DATE", "CARDINAL"])


def _act_of_a_label(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name listed after a record label's "home of" or "home to" ("the label Domino, home of A, B and C", "Hollow
    Records, home to …") is one of its acts: a band or an artist, which the model reads as a product or a place. An
    organisation; a name the model reads as a person is left (a solo artist is one)."""
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    prep = top.head
    if label in NO_ACT_LABELS or top.dep_ != "pobj" or prep.lower_ not in ("of", "to") or prep.head.lower_ != "home" \
            or prep.head.dep_ != "appos":
        return None
    owner = facts.ent_at.get(prep.head.head.i)
    if owner is None:
        return None
    before = span.doc[owner.start - 1].lower_ if owner.start > 0 else ""
    return ("ORG", "act of a label") if owner[-1].lower_ in LABEL_WORDS or before in LABEL_WORDS else None


def _first_name_read_as_a_people(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A one-word "people" that is a given name, no people's word, and a word of a person the document names in full
    ("Reese said" beside "Reese Witherspoon") is that person: the model took a given name for a group. Not a party's
    word the model ran into a person ("Tory" of "Tory Neil Hamilton", which the lists give as a name too): only a word
    ``is_given_name`` knows as nothing else."""
    if label != "NORP" or len(span) != 1 or not span[0].is_title or is_demonym(span_text(span)) \
            or span_text(span) not in facts.person_words or not is_given_name(span_text(span)):
        return None
    return "PERSON", "given"


COMPASS_ADJECTIVES = frozenset(["Eastern", "Western", "Northern", "Southern"])
COMPASS_FIRST_WORDS = frozenset(["Middle", "Far", "Near"])


def _compass_adjective(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A region's adjective before a noun in small letters ("an ancient Middle Eastern language", "Western PC
    vendors") describes the noun by the region's people and ways, as "Chinese" does: NORP, not the place (the model's
    LOC). "Eastern" and its kin alone or after "Middle", "Far", "Near"; not a name that goes on ("Northern Rock",
    "China Eastern" are firms, the model's whole span)."""
    words = [t for t in span if t.lower_ != "the"]
    if label == "NORP" or not 1 <= len(words) <= 2 or words[-1].text not in COMPASS_ADJECTIVES \
            or (len(words) == 2 and words[0].text not in COMPASS_FIRST_WORDS) or span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    return ("NORP", "region adjective") if after.is_alpha and after.is_lower else None


ELECTION_NOUNS = frozenset(["by-election", "constituency"])


def _seat_before_its_election(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name right before "by-election" or "constituency" ("won the 1904 Horsham by-election", "stand in the
    Sedgefield constituency") is the seat: a town or a district, whatever the model read (a person, a body). Not a
    body's name ("the Commons constituency of …", "the Labour by-election candidate"): the model's organisation or
    nationality stays unless the gazetteer knows the name as a town."""
    doc, end = span.doc, span.end
    if end >= len(doc) or label in ("GPE", "DATE", "CARDINAL") or not span[-1].is_title:
        return None
    noun = doc[end].lower_
    if noun == "by" and end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].lower_ == "election":
        noun = "by-election"
    if noun not in ELECTION_NOUNS or (label in ("ORG", "NORP") and not is_town(span_text(span))):
        return None
    return "GPE", "seat"


def _region_of_a_country(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name between a country's possessive and a noun of a country's parts ("India's Andhra Pradesh state said",
    "China's Guangdong province") is that part: a place, whatever the model says (an organisation, a person). Not
    before a hyphen or a lower-case noun or adjective ("Russia's Gazprom state-run …", "Italy's Eni state energy
    group"): the state owns the firm there."""
    doc, start, end = span.doc, span.start, span.end
    if start < 2 or end >= len(doc) or doc[start - 1].lower_ not in POSSESSIVES or span[0].lower_ == "the" \
            or not is_country(doc[start - 2].text) or not doc[start - 2].is_title and not doc[start - 2].is_upper:
        return None
    noun = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if noun.lower_ not in REGION_NOUNS or not noun.is_lower or noun.pos_ != "NOUN" \
            or (after is not None and (after.text in ("-", "–") or after.is_lower and after.pos_ in ("NOUN", "ADJ"))):
        return None
    return "GPE", "region"


def _town_before_a_state(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name followed by a comma and a US state's abbreviation ("a candy plant in Franklin Park, Ill.", "the Blue
    Bell, Pa., concern", "the Fort Lauderdale, Fla. home video concern") is a town, whatever its last word ("Park")
    or the model says: news locates a town so, and a park or a building by its town. Not a firm's or a body's name
    ("Xerox Corp., Stamford, Conn." types Stamford), nor a person the gazetteer knows no town of, nor a state before
    a person's name ("Jackson, Miss. Smith")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or not is_state_abbreviation(doc[span.end + 1].text):
        return None
    words = [t.lower_.rstrip(".") for t in span if any(c.isalpha() for c in t.text)]
    if not words or words[-1] in FIRM_SUFFIXES or words[-1] in CLUB_HEADS or words[-1] in NEWSPAPER_HEADS \
            or NAME_HEADS.get(words[-1], "FAC") != "FAC" or (label == "PERSON" and not is_town(span_text(span))):
        return None
    after = facts.ent_at.get(span.end + 2)
    if after is not None and after.label_ == "PERSON":
        return None
    return "GPE", "region"


def _venue_of_a_work(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A "work" something takes place at, or is held or played at ("will take place at The Sage in Gateshead"), is
    a venue: nothing happens at a film or a song."""
    doc = span.doc
    before = span.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if label != "WORK_OF_ART" or before < 0 or doc[before].lower_ != "at":
        return None
    return "FAC", "at"


SHIP_PREFIXES = frozenset(["HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "USNS", "INS", "RFA", "MV", "SS"])


def _ship(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name written after a ship's prefix ("HMS Chatham", "USS Abraham Lincoln", "INS Sukanya") is a ship: a product,
    not a place."""
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    before = span.doc[span.start - 1].text if span.start > 0 else ""
    if before in SHIP_PREFIXES and span[0].is_title:
        return "PRODUCT", "ship"  # the model left the prefix out: "Patrol vessel INS [Sukanya]"
    return ("PRODUCT", "ship") if first.text in SHIP_PREFIXES and len(span) > 1 else None


# Small words inside players' names ("J de Villiers", "CJ van der Linde"): a line-up's words all the same.
LINE_UP_PARTICLES = frozenset(["van", "von", "de", "der", "den", "du", "da", "di", "del", "le", "la", "ter", "ten"])
SQUAD_HEADERS = frozenset(["subs", "substitutes", "replacements", "bench"])  # first words of a squad list's lines


def _line_up(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of up to three words standing as one item of a team's line-up ("Newcastle: Given, Carr, Boumsong,
    Bramble, Babayaro …", "G Dempsey; G Murphy, B O'Driscoll (capt), S Horgan, D Hickie") is a player: a sentence of
    six or more items set off by commas or semicolons, its words almost all capitalised. The model reads such lists
    as places or firms, and may leave a player's initial out of the name ("A [Willemse]")."""
    doc = span.doc
    if label == "PERSON" or len(span) > 3 and sum(t.lower_ not in LINE_UP_PARTICLES for t in span) > 3 \
            or span.start == 0 or span.end >= len(doc):  # particles read only in a span of four tokens or more
        return None
    first = span.start
    while first > 1 and doc[first - 1].lower_ in LINE_UP_PARTICLES and doc[first - 1].is_lower:
        first -= 1  # "J van der [Westhuyzen]": the model left the player's initial and particles out
    if first > 1 and doc[first - 1].is_alpha and doc[first - 1].is_upper and len(doc[first - 1]) <= 2:
        first -= 1  # "A [Willemse]": an initial (one the article "A" looks like) before the surname
    before, after = doc[first - 1].text, doc[span.end].text
    header = span.sent[0].lower_
    if header in SQUAD_HEADERS and any(t.text == ":" for t in doc[span.sent.start:span.start]) \
            and before in (",", ":") and after in (",", ".", ";"):
        return "PERSON", "lineup"  # "Subs Not Used: Martin, Palmer."
    if before == "(" and after.isdigit() and len(after) <= 3 and span.end + 1 < len(doc) \
            and doc[span.end + 1].text == ")":
        return "PERSON", "lineup"  # a substitute and the minute he came on: "Stone (Cisse 76)"
    if before not in (",", ";", ":") or after not in (",", ";", ")", ".", "(") or is_country(span_text(span)):
        return None  # "Dimitri Yachvili (Biarritz)": a club in brackets after a player is no player
    sent = span.sent
    items = sum(1 for t in sent if t.text in (",", ";"))
    words = [t for t in sent if t.is_alpha]
    capitalised = sum(1 for t in words if t.text[:1].isupper() or t.lower_ in LINE_UP_PARTICLES)
    if items >= 5 and words and capitalised >= 0.85 * len(words) and _headed(sent, items) or items >= 8 \
            and words and capitalised >= 0.9 * len(words):
        return "PERSON", "lineup"
    return None


def _headed(sent: Span, items: int) -> bool:
    """Whether a list sentence reads as a line-up: a header's colon, or most items initial and surname. Read only
    for a list sentence of capitalised words (a sentence's text and its items cost a pass each)."""
    return ":" in sent.text or _initialled_items(sent) >= 0.6 * (items + 1)


def _initialled_items(sent: Span) -> int:
    """How many items of a list sentence start as a line-up writes a player, an initial and a surname ("G Britz",
    "CJ van der Linde", "J de Villiers"): a squad's second line, the header left in the sentence before."""
    count, first = 0, True
    for i, token in enumerate(sent):
        if first and token.is_alpha and token.is_upper and len(token) <= 2 and i + 1 < len(sent) \
                and (sent[i + 1].text[:1].isupper() or sent[i + 1].lower_ in LINE_UP_PARTICLES):
            count += 1
        first = token.text in (",", ";")
    return count


LIST_HEADS = frozenset(["as", "like", "including"])
# Plurals that name a kind only as a list's head ("products such as Sony's Playstation, Microsoft's X-Box and
# Nintendo's Game Cube"): too loose for a noun beside one name ("the product X").
LIST_ONLY_KINDS = {"product": "PRODUCT", "classic": "WORK_OF_ART"}  # "arcade classics such as A, B and C": works
FIRMS_TOO = frozenset(["partner", "player", "leader", "rival", "member"])  # person's nouns a firm is called too


def _kind_of_list(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name in a list a plural kind noun introduces ("films such as Minority Report, Phone Booth and Daredevil",
    "retailers - including HMV, Monsoon, Jessops"), stands right after in apposition ("state construction companies
    Adhi Karya and Semen Gresik") or is the subject of ("Other American shows which won praise were The X-Files, I
    Love Lucy, Twin Peaks and Star Trek") or the object of ("whose hits include A and B", "recent film releases
    include A": a plural of works' noun or a plural after a work's noun) is of that kind."""
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    link = top.head
    before = span.doc[top.left_edge.i - 1] if top.left_edge.i > 0 else None
    if before is not None and before.tag_ == "NNS" and before.is_lower and top.dep_ in ("appos", "compound", "nmod"):
        noun = before  # "state construction companies Adhi Karya and Semen Gresik": the plural right before the list
        # (the parser may hang the list on another noun: "shares in … companies Adhi Karya" on "shares")
        if KIND_NOUNS.get(noun.lemma_.lower()) == "PERSON" \
                and not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in top.children):
            return None  # one name after people's plural names their group ("campaigners HACAN Clearskies")
    elif top.dep_ == "attr" and link.lemma_ == "be":  # "Other American shows which won praise were A, B and C"
        noun = next((c for c in link.children if c.dep_ == "nsubj"), link)
        if not any(c.dep_ == "conj" for c in top.children) and top.i == span.root.i:
            return None  # one name after "were" is ``_kind_noun_around``'s
    elif top.dep_ == "dobj" and link.lemma_ == "include":  # "Its recent film releases include A and B"
        noun = next((c for c in link.children if c.dep_ == "nsubj"), link)
        if noun.lemma_.lower() not in KIND_NOUNS and noun.tag_ == "NNS" and noun.is_lower:
            work = next((c for c in noun.children if c.dep_ == "compound" and c.is_lower and c.tag_ == "NN"
                         and KIND_NOUNS.get(c.lower_) == "WORK_OF_ART"), None)
            if work is not None:
                return "WORK_OF_ART", work.lower_  # "film releases": the kind is the plural's first word
    elif top.dep_ != "pobj" or link.lower_ not in LIST_HEADS:
        return None
    else:
        noun = link.head
    lemma = noun.lemma_.lower()
    kind = KIND_NOUNS.get(lemma, LIST_ONLY_KINDS.get(lemma)) if noun.tag_ == "NNS" and noun.is_lower else None
    if kind is None or (kind == "GPE" and label in PLACE_TYPES):
        return None
    if kind == "PERSON" and (is_place(span_text(span)) or (label in PLACE_TYPES and is_town(span_text(span))) or label == "NORP"
                             or noun.lemma_.lower() in FIRMS_TOO):
        return None  # "partners such as India", "big players, such as Nokia": firms and countries are those too; a
        # "place" the gazetteer has no town of is the model's guess at a one-word name ("stars such as Sizzla")
    return kind, noun.lemma_.lower()  # the list's noun confirms the model's type too: no other item outvotes it


# Types of a named operation the model reads as its organiser, its place or a person ("under the umbrella of
# Operation Digital Gridlock", "part of Operation Buccaneer", "Operation Desert Shield").
OPERATION_LABELS = frozenset(["ORG", "FAC", "GPE", "LOC", "PERSON", "NORP"])


def _named_operation(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of two words or more that starts with "Operation" ("Operation Digital Gridlock", "Operation Desert
    Storm") is an operation: an event, as OntoNotes types one. Not a name that acts ("Operation Black Vote said", a
    campaign group) or has people ("Ashok Vishwanathan of Operation Black Vote", "the Operation Black Vote
    spokesman"), nor one a noun names (``_named_by_noun`` runs first: "Operation Rescue, an anti-abortion group")."""
    words = [t for t in span if t.is_alpha]
    if label not in OPERATION_LABELS or len(words) < 2 or words[0].text != "Operation" \
            or not all(t.text[:1].isupper() for t in words[1:]) or acts_as_agent(span):
        return None
    doc = span.doc
    member = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].ent_type_ == "PERSON"
    after = doc[span.end] if span.end < len(doc) else None
    if member or (after is not None and after.is_lower and KIND_NOUNS.get(after.lower_) == "PERSON"):
        return None  # "Ashok Vishwanathan of Operation Black Vote", "an Operation Black Vote spokesman": its people
    return "EVENT", "operation"


# Nouns of an inquiry news names by its chair ("the Hutton inquiry", "the Tomlinson report", "the Butler review").
CHAIRED_NOUNS = frozenset(["inquiry", "report", "review"])


def _inquiry_by_its_chair(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A one-word name the model calls a place, which no gazetteer knows and the surname lists do, written before an
    inquiry's or a report's noun that it modifies ("a reference to the Hutton inquiry") is the person who chairs it:
    an inquiry is named by its chair or by the place it looks into, and the gazetteer would know the place."""
    doc = span.doc
    if label not in PLACE_TYPES or len(span) != 1 or span.end >= len(doc) or not span[0].is_title:
        return None
    noun = doc[span.end]
    if noun.lower_ not in CHAIRED_NOUNS or not noun.is_lower or span.root.head.i != noun.i \
            or is_place(span_text(span)) or not is_surname(span_text(span)):
        return None
    return "PERSON", "chair"


def _team_with_plural_verb(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A city the subject of a plural verb ("Blackburn have rejected a third bid", "Wigan are top") is its club:
    British news writes a team, not a town, so. Not a country (its team is a place by convention), not a list."""
    root = span.root
    if label not in ("GPE", "LOC", "PERSON") or not is_city(span_text(span)) or is_country(span_text(span)) \
            or root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return None
    verb = root.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    if any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs):
        return "ORG", "team"
    return None


# Verbs whose subject a city can be as a place ("Athens looks like downtown Beirut", "Chicago has become …").
PLACE_VERBS = frozenset(["be", "look", "seem", "become", "remain", "lie", "sit", "host", "have"])


def _team_name(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name written as a city and a capitalised plural ("the NBA's Charlotte Bobcats", "Houston Texans") is a team,
    whatever person or group the model read; typed so, it outweighs the headline's "Jaguars fall to Indy" that the
    model reads as a person and the corpus joins to it."""
    return ("ORG", "team") if _team_city(span) else None  # the model's organisation too: it outvotes lone "Jaguars"


def _team_of_a_city(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """In a document that names a team by a city and a plural ("the Houston Texans", "Kansas City Chiefs"), a city
    written alone that does something ("St. Louis placed wide receiver Derek Stanley on injured reserve", "Kansas City
    managed a field goal") is a team, and so is the city of a team the document names written after a person's name
    ("Wally Lemm of Houston"): sports news writes a team by its city. Not a country, not a city that is or has
    something ("Athens looks like downtown Beirut"). In a sport report (``_sport_report``: a score and a match's word,
    no such team name needed) a town of any size plays so too ("West Ham beat Everton"), and so does a town written
    "against" ("a 2-0 win against Blackburn"), beside "v" ("Wigan v Bolton") or owning a player or his manager
    ("Blackburn's striker") or the object of a club's verb ("set to join Preston on loan", "beat Blackburn"), a city
    the model reads as a person too ("Wigan drew with Bolton"): the town itself, in
    the report's other sentences, stays a place. A town smaller than a city only where no person is so named ("England's
    game against Holland": a country's side, a place by convention, and Matt Holland a player)."""
    doc = span.doc
    if not (facts.team_cities or facts.sport) or label not in ("GPE", "LOC", "FAC", "NORP", "PERSON") \
            or not (is_city(span_text(span)) or (facts.sport and label != "PERSON" and is_town(span_text(span))
                                           and not is_surname(span_text(span)) and not is_given_name(span_text(span)))) \
            or (label == "PERSON" and not facts.sport) \
            or is_country(span_text(span)) or any(t.text in facts.person_words or t.text in facts.titled for t in span):
        return None  # "Bush sprained …" beside "Reggie Bush", "But Tyler really does care" beside "Tyler Hansbrough"
    root = span.root
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in PLACE_VERBS \
            and not any(c.dep_ == "conj" for c in root.children):
        return "ORG", "team"
    before = doc[span.start - 1] if span.start > 0 else None
    if facts.sport:
        after = doc[span.end] if span.end < len(doc) else None
        owned = doc[span.end + 1] if after is not None and after.lower_ == "'s" and span.end + 1 < len(doc) else after
        if (before is not None and before.lower_ in ("against", "v", "vs")) or (after is not None and (
                after.lower_ in ("v", "vs") or (owned is not None and owned.lower_ in TEAM_ROLES))):
            return "ORG", "team"  # "West Ham boss Alan Pardew", "Blackburn's striker", "Wigan v Bolton"
        if root.dep_ == "dobj" and root.head.lemma_ in TEAM_OBJECT_VERBS:
            return "ORG", "team"  # "set to join Preston on a month's loan", "Chelsea beat Blackburn"
    if span_text(span) in facts.team_cities and before is not None and before.lower_ == "of" and before.i > 0 \
            and before.nbor(-1).ent_type_ == "PERSON":
        return "ORG", "team"
    return None


def _town_by_its_place(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model calls an organisation, a person, a group or a building that the gazetteer knows as a town
    (of any size: ``places.is_town``) is that town where the words before it say a place: a hometown after a person
    ("LuAnn Marie Johnson, of Burnsville", "Smith, 66, of Burnsville", "Smith, from Burnsville") or a place a firm or a happening is "in" or
    "near" ("a steel firm in Armentieres"). Not a person's name of the document ("interest in Jackson" beside "Phil
    Jackson"), not a name followed by a noun it modifies ("in Bellflower Superior Court")."""
    doc = span.doc
    words = [t for t in span if t.is_alpha]
    if label not in ("ORG", "PERSON", "NORP", "FAC") or not 1 <= len(words) <= 2 or span.start < 2 \
            or not is_town(span_text(span)) or any(t.text in facts.person_words or t.text in facts.titled for t in words):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lower_ in POSSESSIVES):
        return None
    before, earlier = doc[span.start - 1], doc[span.start - 2]
    hometown = before.lower_ in ("of", "from") and earlier.text == "," and earlier.i > 0 and (
        earlier.nbor(-1).ent_type_ == "PERSON" or earlier.nbor(-1).like_num)
    located = before.lower_ in ("in", "near") and label != "PERSON"
    return ("GPE", "town") if hometown or located else None


PRONOUNS_OF_PEOPLE = frozenset(["he", "she"])
QUOTES = frozenset(['"', "“", "”", "'", "‘", "’"])


def _person_by_who_or_pronoun(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model calls an organisation, a place or a group that "who" follows ("Bettie Page, who …") or that is
    the subject of a sentence whose next sentence starts with "He" or "She" as its subject, with no other person in
    between ("Echenique threw down a powerful alley-oop … He made 3-of-4 three attempts"), is a person: a firm is
    "it" and "which". Not a plural, an acronym or a known place; not a name ending as organisations and events do."""
    words = [t for t in span if t.is_alpha]
    if label not in ("ORG", "GPE", "FAC") or not 1 <= len(words) <= 3 or is_place(span_text(span)) \
            or any(t.is_upper for t in words) or words[-1].text.endswith("s") or words[-1].lower_ in NAME_HEADS \
            or words[-1].lower_ in CLUB_HEADS or words[-1].lower_ in NEWSPAPER_HEADS or span.root.dep_ == "appos":
        return None  # "energy drink company, Red Bull, who": the noun it stands beside says what it is
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if i < len(doc) and doc[i].lower_ == "who" and doc[i].head.dep_ == "relcl" and doc[i].head.head.i == span.root.i:
        return "PERSON", "who"  # the clause is the name's: not "his teammate at Ames High School who now is …"
    sent = span.sent
    if span.root.dep_ != "nsubj" or sent.end >= len(doc) or any(t.text in QUOTES for t in sent) or any(
            e.label_ == "PERSON" for e in sent.ents if e.start != span.start):
        return None  # in a quotation "he" may be anyone: '"Nokia make 200 million cell phones a year …" He …'
    following = doc[sent.end]
    if following.lower_ in PRONOUNS_OF_PEOPLE and following.dep_ == "nsubj" and following.text[:1].isupper():
        return "PERSON", "pronoun"
    return None


COMPASS_WORDS = frozenset(["north", "south", "east", "west", "central", "north-west", "north-east", "south-west",
                           "south-east", "northwest", "northeast", "southwest", "southeast"])


def _place_before_a_name(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A "person" whose first word is a city or country and no given name ("Bolton West", "Manchester Gorton",
    "Leeds North West"), or an "organisation" that is a city and a point of the compass ("Bristol West"), is a place
    with a part's name: a constituency, a district. "Sydney Pollack" stays."""
    words = [t for t in span if t.is_alpha]
    if label not in ("PERSON", "ORG") or len(words) < 2 or not is_place(words[0].text):
        return None
    compass = all(t.lower_ in COMPASS_WORDS for t in words[1:])
    if not compass and (label == "ORG" or in_given_list(words[0].text) or any(is_given_name(t.text) for t in words[1:])):
        return None  # "Bristol City" a club, "Sydney Pollack" a person
    return "GPE", "place"


def _no_word_of_a_person(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A "person" of two words or more, every one an ordinary English word that is neither a given name nor a
    surname ("Girls Aloud", "Iron Maiden", "Age Concern", "Team GB" aside, "UK Athletics"), is no person's name: a
    band, a charity, a team, an organisation."""
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ in PATRONYMIC_PARTICLES:
        return None  # "Bin Laden", "Ibn Saud": a surname with its particle, however ordinary its words
    if label != "PERSON" or len(words) < 2 or not all(
            t.is_alpha and len(t) > 1 and (is_common_word(t.text) or t.is_upper) and not in_given_list(t.text)
            and not is_surname(t.text) for t in words) or all(t.is_upper for t in words) or is_place(span_text(span)):
        return None  # "South Africa" cut from a headline run-on is the gazetteer's
    return "ORG", "words"


APOSTROPHED_SURNAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+$")  # "O'Connor", "D'Arcy", "O'Neill"
PATRONYMIC_PARTICLES = frozenset(["bin", "ibn", "bint"])  # "son of", "daughter of": a person's name follows
GIVEN_NAME_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC"])


def _given_name_first(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of two or three words that starts with a given name and ends in a word that is no ordinary one
    ("Giacomo Puccini", "Ruben Di Pietro"), or in one the document writes as a person's surname ("Kevin Davies"
    beside "Mr Davies"), is a person, whatever place or firm the model read. Not "Morgan Stanley" (both words given
    names and surnames), not "Aston Villa" or "Merrill Lynch" (ordinary last words), not a name ending as
    organisations or clubs do ("Virgin Group"). A last word that is an ordinary word is backed too where the model
    reads it alone as a person elsewhere in the document and the surname lists know it ("Ian Rush" … "when Rush took
    over"), and then a first word that is a surname too counts as a given name ("Lewis Moody" … "Moody had to be put
    on a drip"). An Irish or Italian surname written with an apostrophe ("O'Connor",
    "D'Alessandro") is a word of the name, so "Cormac Murphy-O'Connor" ends in "O'Connor", not in "Murphy" (s12g)."""
    words = [t for t in span if t.is_alpha or APOSTROPHED_SURNAME.match(t.text)]
    if label not in GIVEN_NAME_LABELS or not 2 <= len(words) <= 3 or not words[0].whitespace_ \
            or not (is_given_name(words[0].text) or _given_word_before_a_lone_surname(span, words)
                    or (len(words) == 2 and in_given_list(words[0].text) and words[0].is_title
                        and _lone_person_surname(words[-1], facts))):
        return None  # "Mercedes-Benz": a given name hyphened to a surname is a brand
    last = words[-1]
    backed = last.text in facts.titled or last.text in facts.surnames \
        or _lone_person_surname(last, facts)  # "Mr Davies", "Bob Davies" in the document, "when Rush took over"
    if not last.is_title or last.lower_ in NAME_HEADS or last.lower_ in CLUB_HEADS or is_place(last.text) \
            or (is_common_word(last.text) and not backed):  # "Aston Villa", "Beverly Hills", "Merrill Lynch"
        return None
    if is_surname(words[0].text) and in_given_list(last.text) \
            and not (_lone_person_surname(last, facts) and words[0].text not in facts.lone_people):
        return None  # "Morgan Stanley", "Robert Harris": either word could be the surname, unless one is written alone
    return "PERSON", "given"


def _lone_person_surname(last: Token, facts: DocFacts) -> bool:
    """Whether the model reads the word alone as a person elsewhere in the document ("Moody had to be put on a drip")
    and the surname lists know it, or the document writes it alone owning a family's or a life's noun ("since
    Mercury's death"): news writes a person's surname alone after the full name."""
    return (last.text in facts.lone_people and is_surname(last.text)) or last.text in facts.lives


def _given_word_before_a_lone_surname(span: Span, words: list[Token]) -> bool:
    """Whether the name is two words, the first in the given-name lists though it is an ordinary word too ("Gregory",
    "Nacho", "Ted"), and the document writes its last word alone elsewhere, as news writes a person's surname after
    the full name ("Goals from Gregory Vignal" … "kicking Vignal"). The name lists outrank the lexicon then; not for a
    last word that is an ordinary word ("Crystal Palace" … "Palace") or a place."""
    first, last = words[0], words[-1]
    if len(words) != 2 or not in_given_list(first.text) or not first.is_title or is_common_word(last.text) \
            or is_place(last.text) \
            or not last.is_title or len(last) < 3:
        return False
    return any(t.text == last.text and not (span.start <= t.i < span.end) and (t.i == 0 or not t.nbor(-1).is_title)
               for t in span.doc)


def _gazetteer_place(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model calls a person that the gazetteer knows as a country or city, and that no person in the
    document bears ("Porto", "Islwyn" aside): a place. Weak: a mention typed by the sentence outvotes it."""
    if label == "PERSON" and len(span) <= 2 and is_place(span_text(span)) and not any(
            t.text in facts.person_words for t in span):
        return "GPE", "gazetteer"
    if label == "ORG" and is_country(span_text(span)):
        return "GPE", "gazetteer"  # a country's team or government: OntoNotes, and the reader, call it a place
    if label == "ORG" and is_city(span_text(span)) and span.start > 0 and span.doc[span.start - 1].lower_ == "in":
        return "GPE", "gazetteer"  # "the game in Durban": where it happened
    return None


# The last word of a software's or a device's name ("Windows Media Player", "Internet Explorer", "MSN Messenger",
# "Google Desktop"): a product, whatever firm or person the model read.
PRODUCT_HEADS = frozenset(["player", "browser", "desktop", "messenger", "explorer", "navigator", "console",
                           "handset", "camcorder", "walkman"])
SHOP_HEADS = frozenset(["store", "stores", "shop", "shops", "megastore", "megastores", "supermarket", "supermarkets"])
STREET_PREFIXES = frozenset(["rue", "via", "avenida", "calle", "avenue", "boulevard", "place", "piazza", "plaza"])


def _radio_station(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name with "Radio" inside, before a number or a name ("BBC Radio Five Live", "Radio 4", "BBC Radio
    Scotland"), is a station: an organisation, though the model or a "programme" after it says a work ("told BBC
    Radio Five Live"). Not "Radio" at the end ("Visual Radio", a phone's software) nor a programme after a station's
    possessive ("Five Live's Sportsweek", the programme)."""
    words = [t for t in span if not t.is_punct]
    inside = [i for i, t in enumerate(words[:-1]) if t.text == "Radio"]
    if not inside or label == "ORG" or any(t.tag_ == "POS" or t.text == "'s" for t in span):
        return None
    after = words[inside[0] + 1]
    if after.like_num or after.is_title or after.is_upper:
        return "ORG", "station"
    return None


def _name_head(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """The last word of a name of two words or more says what it names: "Brit Awards" an event, "Dorothy Chandler
    Pavilion" a building, "Chamber Opera Society" an organisation, "the Gunpowder Plot" no person, "the Robot Hall of
    Fame" an organisation; and a street's first word a street ("Rue de Castiglione", "Avenue Montaigne", "Via
    Veneto")."""
    if len(span) >= 2 and span[-1].lower_.rstrip(".") in FIRM_SUFFIXES and span[-1].text[0].isupper() \
            and any(t.is_alpha for t in span[:-1]):
        return "ORG", span[-1].lower_.rstrip(".")  # "John Labatt Ltd.", "Metromedia Co.": a firm, not a person
    words = [t for t in span if t.is_alpha]
    if len(words) == 1 and words[0].text == "Premiership" and label != "ORG":
        return "ORG", "premiership"  # the league written alone; a prime minister's premiership is in small letters
    if len(words) == 1 and words[0].text == "Games" and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
            and label != "EVENT":
        return "EVENT", "games"  # "said during the Games", "within three years of the Games closing": the Olympic
        # or Commonwealth Games written short, a sporting event, not a place (the model's FAC)
    if len(words) < 2 or not words[-1].text[0].isupper():
        return None
    if KIND_NOUNS.get(_kind_noun_before(span) or "") == "WORK_OF_ART":
        return None  # "the ITV soap Coronation Street", "the horror film Nightmare On Elm Street": a title, whatever
        # its last word names (``_named_by_noun``)
    if words[-1].lower_ in LEAGUE_HEADS and label != "ORG":
        return "ORG", words[-1].lower_  # "the Zurich Premiership", "Celtic League": a league named after its
        # sponsor or its region is the body that runs it, not the place the model reads in its first word
    if words[0].lower_ in STREET_PREFIXES and words[0].is_title and label != "PERSON":
        return "FAC", words[0].lower_
    if len(words) >= 4 and [t.lower_ for t in words[-3:-1]] == ["of", "the"] and words[-1].lower_ in AWARD_PERIODS \
            and label != "EVENT":
        return "EVENT", "of the " + words[-1].lower_  # "World Player of the Year", "voted Record Of The Year": an
        # award (the fifteenth pass's awards are events), not the body or the work the model reads
    if len(words) >= 3 and [t.lower_ for t in words[-3:]] == ["hall", "of", "fame"]:
        return "ORG", "hall of fame"  # "the Rock and Roll Hall of Fame": a body that inducts people, not its building
    if label == "PERSON" and words[-1].lower_ in SHOP_HEADS:
        return "ORG", words[-1].lower_  # "the App Store" the model read as a person: a shop, run as a business
    if label == "PERSON" and words[-1].text == "Aid" and span[-1].i > span.start and span.doc[span[-1].i - 1].whitespace_:
        return "ORG", "aid"  # "Christian Aid condemned the move", "Band Aid": no one is surnamed Aid; a charity
        # (not a word joined by a hyphen: "Kool-Aid drinks")
    if words[-1].lower_ in PRODUCT_HEADS and label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP") \
            and not is_given_name(words[0].text) and words[0].text not in facts.titled \
            and not (label == "PERSON" and in_given_list(words[0].text)) and not is_adjective(words[-2].text):
        return "PRODUCT", words[-1].lower_  # "the Interactive Media Player", "Google Desktop"; not "Gary Player",
        # nor a player an adjective says is a person ("Most Valuable Player", "Young Player": an award)
    if label == "PERSON" and words[-1].lower_ in SURNAME_HEADS:
        return None  # "Stuart Hall", "Ji-sung Park": these words are surnames too
    if words[-1].lower_ in CLUB_HEADS:
        return "ORG", words[-1].lower_  # "Manchester United": the club, though the model reads the town
    if words[-1].lower_ in NEWSPAPER_HEADS and label in ("GPE", "LOC", "FAC", "PERSON", "ORG"):
        return "ORG", words[-1].lower_  # "South China Morning Post": the paper
    kind = NAME_HEADS.get(words[-1].lower_)
    if kind is None or (kind == "ORG" and label in ("GPE", "NORP", "LAW")) \
            or (label == "FAC" and words[-1].lower_ in ("center", "centre")):
        return None  # "the Staples Center" a building as the model says, "Betty Ford Center" a clinic
    return kind, words[-1].lower_  # the model's own type too: the name says it, no list outvotes it


# Nouns for a person a show or a record made ("Pop Idol mogul Simon Fuller", "X Factor winner Steve Brookstein").
SHOW_PEOPLE_NOUNS = frozenset(["mogul", "star", "winner", "creator", "contestant", "finalist", "presenter", "host",
                               "judge", "runner-up", "actor", "actress"])
# Of those, the nouns only a show or a film has, not a club or a firm ("Chelsea star", "BBC presenter"): before them
# a name the model calls an organisation or a place it does not know is the work ("former Grange Hill actress Amma
# Asante", "Friends actor Matt LeBlanc", "Holby City actor Jeremy Edwards").
CAST_NOUNS = frozenset(["actor", "actress"])
CAST_LABELS = frozenset(["ORG", "GPE", "FAC", "LOC"])


def _show_before_its_star(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model calls a person written before a noun for whom a show made and that person's name ("Pop Idol
    mogul Simon Fuller", "Big Brother winner Nadia Almada") is the show: a person's name and noun and name again is
    no way to write one person. Not a name the document gives a person ("Fuller star" beside "Simon Fuller"). Before
    an actor's noun (``CAST_NOUNS``) a name the model calls an organisation or a place is the work too, unless its
    words say a place, a people or a body (``_unknown_name``: "US actor", "RSC actor")."""
    doc = span.doc
    if label == "PERSON" and span.end + 1 < len(doc) and doc[span.end].lower_ in MAKER_NOUNS:
        return _work_before_its_maker(span, doc[span.end], doc[span.end + 1])  # its own guard on the document's people
    if (label != "PERSON" and label not in CAST_LABELS) or span.end + 1 >= len(doc) \
            or span_text(span) in facts.person_words or span[-1].text in facts.person_words:
        return None
    noun, name = doc[span.end], doc[span.end + 1]
    if label in CAST_LABELS and not (noun.lower_ in CAST_NOUNS and _unknown_name(span)):
        return None
    if noun.lower_ in SHOW_PEOPLE_NOUNS and noun.is_lower and name.text[:1].isupper() and name.is_alpha \
            and (name.ent_type_ == "PERSON" or is_given_name(name.text)):
        return "WORK_OF_ART", noun.lower_
    return None


# Nouns for who made a film or a show ("Harry Potter director Alfonso Cuaron", "Sideways producer Michael London"):
# between a name of two words or more the model calls a person and a person's name, that name is the work.
MAKER_NOUNS = frozenset(["director", "producer", "screenwriter"])


def _work_before_its_maker(span: Span, noun: Token, name: Token) -> Evidence | None:
    """A name of two words or more the model calls a person, then a maker's noun and a person's name ("Harry Potter
    director Alfonso Cuaron"): the work, as no one is written "Ken Loach director X". Not a name whose last word
    ends another person of the document (the document's surnames are those of people the model reads, this name
    among them: so the others are looked for here, only on this rare path), nor a place or a people ("Hong Kong
    director Wong Kar-wai"), nor a name after a possessive."""
    doc = span.doc
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not noun.is_lower or not name.text[:1].isupper() or not name.is_alpha \
            or not (name.ent_type_ == "PERSON" or is_given_name(name.text)) or not _unknown_name(span):
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in POSSESSIVES:
        return None
    last = words[-1].text
    if any(e.label_ == "PERSON" and e[-1].text == last and e.text != span_text(span) and not span.start <= e.start < span.end
           for e in model_entities(doc)):
        return None
    return "WORK_OF_ART", noun.lower_


def _unknown_name(span: Span) -> bool:
    """Whether a name could be a title by its words: no place or people ("US actor", "Chicago actress"), no
    acronym ("RSC actor"), no word that names an organisation or a building ("National Theatre actor")."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and not is_place(span_text(span)) and not is_demonym(span_text(span)) and not span_text(span).isupper() \
        and words[-1].lower_ not in NAME_HEADS and not any(is_place(t.text) for t in words)


# The evidence, in order: the first step that finds some types the mention.
EVIDENCE_STEPS: tuple[Step, ...] = (
    _nationality_word,
    _town_before_a_state,
    _radio_station,
    name_by_its_last_word,
    _name_head,
    _ship,
    _dated_in_brackets,
    _titled_person,
    _titled_surname,
    _building_named_for_a_person,
    _plural_after_the,
    _technology_by_its_use,
    _carried_over_a_standard,
    _model_after_a_makers_possessive,
    _platform_of_a_game,
    _acronym_person,
    _based_in,
    _maker_of_a_work,
    _work_owned_by_a_person,
    _work_after_its_year,
    _title_of_a_year,
    _part_of_a_work,
    _work_by_its_cast,
    _cast_of_a_work,
    _awards_by_their_plural,
    _award_by_its_words,
    done_with_the_name,
    _opponent,
    _employer,
    _place_with_region,
    _region_of_a_country,
    _seat_before_its_election,
    _compass_adjective,
    _place_named_for_a_body,
    _made_by_which,
    _exclaimed_name,
    _member_of_a_group,
    _lent_by_a_club,
    _first_name_read_as_a_people,
    _act_of_a_label,
    _line_up,
    _show_before_its_star,
    _venue_of_a_work,
    _named_by_noun,
    _kind_of_list,
    told_by_context,
    _named_operation,
    _inquiry_by_its_chair,
    _kind_noun_after,
    _version_of,
    _product_by_its_shape,
    _venue_after_at,
    _team_with_plural_verb,
    _team_name,
    _team_of_a_city,
    _family_of_a_person,
    _owned_noun,
    _person_in_document,
    _place_before_a_name,
    _given_name_first,
    _age_in_apposition,
    _person_by_who_or_pronoun,
    _no_word_of_a_person,
    _listed_with,
    _no_people_in_a_word,
    _town_by_its_place,
    _gazetteer_place,
)
WEAK_CUES = frozenset(["gazetteer", "town before"])  # relabel a mention, outweigh no other (a town names clubs too)
DOCUMENT_CUES = frozenset(["surname", "gazetteer", "list", "given"])
GUESSED_CUES = frozenset(["words"])  # a type from the name's own words, which a sentence's evidence overrules


def agree_in_document(rows: list, facts: DocFacts | None = None) -> None:
    """A name a sentence of the document types ("agriculture department Defra", "Ford, the US car company") has
    that type in the whole document: its other mentions, typed by the model alone or by what the document's other
    names suggest (a surname, a list, the gazetteer), follow it ("Ford" beside "Bill Ford" stays the company). A
    word the model calls a person after the document named that person in full stays a person; before it, it is
    the typed name ("Diageo" … "Diageo North America")."""
    typed: dict[str, str] = {}
    for guesses in (False, True):  # a name's words (``_no_word_of_a_person``) guess its type: only where no
        for row in rows:           # sentence says it ("the words to Bohemian Rhapsody"; twenty-seventh pass)
            if row.get("cue") and row["cue"] not in DOCUMENT_CUES and row["cue"] != "title" \
                    and not row["cue"].startswith(KIND_CUE) and (row["cue"] in GUESSED_CUES) == guesses:
                typed.setdefault(row["key"], row["type"])  # a kind noun after a name types it in the corpus vote
    people = facts.person_words if facts else set()
    named: dict[str, int] = {}  # a word of a multi-word person -> where the document first writes that person
    for row in rows:
        if row["type"] == "PERSON" and " " in row["text"]:
            for word in row["text"].split():
                named.setdefault(word, row["start"])
    for row in rows:
        weak = not row.get("cue") or row["cue"] in DOCUMENT_CUES or row["cue"] in GUESSED_CUES
        if row["type"] == "PERSON" and not row.get("cue") and row["text"] in people \
                and named.get(row["text"], row["start"]) < row["start"]:
            continue  # "Robbie" (the model's person) after "Robbie Williams": a person the document named in full
        if weak and typed.get(row["key"], row["type"]) != row["type"]:
            row["type"], row["cue"] = typed[row["key"]], "document"


def unbacked_person(span: Span, facts: DocFacts) -> bool:
    """A one-word "person" that nothing in its document backs: no full name or title with the word, no list of people
    or line-up minute around it ("Stone (Cisse 76)"), no "who" after it. News names a person in full first; such a
    word is often a firm, a club or a band the model took for a person ("Yukos said", "Lycos hopes"). Its own
    mention backs it where only a person fits: a family's, a life's or a body's noun or a player's act after its
    possessive ("Gudjohnsen's header"), or "his"/"her" on the object of its verb ("Safin raised his game")."""
    if len(span) != 1 or span_text(span) in facts.person_words or span_text(span) in facts.titled or is_given_name(span_text(span)):
        return False  # a given name ("Sandra", "Jamelia") is a person's
    if any(kind == "PERSON" for kind, _ in _list_labels(span, facts)):
        return False
    doc = span.doc
    if span.end + 1 < len(doc) and _owned_title(doc, span.end + 1):
        return False  # "Verdi's La Traviata": a composer, an author, named by his surname as one names them
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    if before in ("(", ",", ";", ":") and (after.isdigit() or after in (",", ")", ";", ".", "(")):
        return False  # a line-up: "Taylor, Stone (Cisse 76)"
    relative = doc[span.end + (after == ",")].lower_ if span.end + (after == ",") < len(doc) else ""
    if relative in ("who", "whose"):
        return False  # "fell to Gudjohnsen who had his back to goal"
    return not (_owned_by_a_person(span, "PERSON") or _a_players_act(span) or _acts_on_his_own(span))


def _a_players_act(span: Span) -> bool:
    """Whether a player's act follows the name's possessive ("Gudjohnsen's header", "after Duff's cross"): a person,
    as a wife or a knee says (``_owned_by_a_person``); not before another noun ("the club's strike force")."""
    doc, i = span.doc, span.end
    return i + 1 < len(doc) and doc[i].lower_ in POSSESSIVES and doc[i + 1].lower_ in PLAYER_ACTS \
        and doc[i + 1].pos_ == "NOUN" and not (i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN"))


def _acts_on_his_own(span: Span) -> bool:
    """Whether the name is the subject of a verb whose object is "his" or "her" something ("Safin raised his game",
    "Nonu then found his way through"): a person; a firm's or a club's object is "its" or "their"."""
    root = span.root
    if root.dep_ != "nsubj":
        return False
    return any(child.dep_ == "dobj" and any(t.dep_ == "poss" and t.lower_ in ("his", "her") for t in child.children)
               for child in root.head.children)


# Verbs whose subject is someone acting, as a firm, a body or a person acts, and no product or work does ("IBM said",
# "Apple launched", "EA has bought").
AGENT_VERBS = frozenset(["say", "tell", "announce", "report", "warn", "claim", "confirm", "deny", "insist", "admit",
                         "reveal", "agree", "decline", "refuse", "plan", "hope", "buy", "acquire", "hire", "employ",
                         "sign", "sue", "own", "invest", "launch", "unveil", "appoint", "urge", "accuse", "welcome",
                         "sack", "fine", "argue", "believe", "want", "ask", "promise", "vow", "pledge", "pioneer",
                         "develop", "produce", "design", "build", "sell", "release", "make"])


MADE_KINDS = frozenset(["PRODUCT", "WORK_OF_ART"])
POSSESSIVES = frozenset(["'s", "’s", "'"])


def _makes_possible(verb: Token) -> bool:
    """Whether "make" says what a thing causes, not what a maker makes ("UWB makes it possible to stream …", "the
    chip makes phones faster"): a clause or a predicate follows, as any cause has."""
    return verb.lemma_.lower() == "make" and any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)


def acts_as_agent(span: Span) -> bool:
    """Whether the name is the subject of a verb only someone acting has ("IBM said", "Apple launched"), or owns a
    product or work ("IBM's prototype Blue Gene/L machine", "JRR Tolkien's fantasy trilogy"): the corpus vote reads
    it as a sign that the name is a maker, so a kind noun after it elsewhere ("IBM technology", "the Tolkien books")
    names what it makes, not what it is."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in AGENT_VERBS and not _makes_possible(root.head):
        return True
    doc, i = span.doc, span.end
    if span[-1].lower_ in POSSESSIVES:
        i -= 1  # the model took the possessive in: "JRR Tolkien's"
    if i >= len(doc) or doc[i].lower_ not in POSSESSIVES:
        return False
    return any(t.ent_type_ in MADE_KINDS or (t.is_lower and (t.lower_ in KIND_NOUNS_AFTER
                                                             or KIND_NOUNS.get(t.lower_) in MADE_KINDS))
               for t in doc[i + 1:i + 4])


def typed_by_evidence(span: Span, label: str, facts: DocFacts) -> Evidence:
    """The mention's type and the cue that gave it; the model's label and "" when the text says nothing."""
    for step in EVIDENCE_STEPS:
        found = step(span, label, facts)
        if found is not None:
            return found
    return label, ""
