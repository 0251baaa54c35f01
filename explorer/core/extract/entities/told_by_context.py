"""Types from what the sentence or the document says around a name, where the small model's label is a guess.

Evidence steps (``evidence.EVIDENCE_STEPS`` calls them as one, ``told_by_context``) for three kinds the judged draws
of issue 16 found wrong and the train set shows to recur (twenty-fourth pass):

- "Bloody Sunday, about the 1972 killings in Northern Ireland, won …", "the dark fairy tale Edward Scissorhands,
  about a young man with blades for hands", "Hotel Rwanda, about the 1994 Rwandan genocide": a name set off by a
  comma before "about" and what it is about is a work (a film, a book, a play, a programme); a person, a place or a
  firm is not written so. Not "about" a quantity or a time ("Smith, about a third of …", "…, about the same time").
- "Shrek 2", "Halo 2", "Soyuz 36" the model reads as laws, as a law's name may end in a number ("Chapter 11",
  "Section 404"): a name with no word of the law in it that ends in a number is a work or a product, which the
  document's own words tell (film, movie, album … against game, console, spacecraft …); one that ends in a year
  ("Euro 2004") is an event.
- "Shares in Southwest fell", "Shares in Manchester United closed up", "a stake in Holcim": what shares or a stake
  are held in is a firm or a club, where the model reads a place or a person. Not a place the gazetteer knows
  ("Air China shares in Hong Kong": where they trade), nor a name before a possessive ("Shares in Germany's
  ThyssenKrupp").

- "Labour MP for Hornsey and Wood Green", "the MP for Sedgefield": what a member is "for" is a seat, a place
  (``seat_of_a_member``; twenty-sixth pass).
- "We Are The World, the American charity anthem inspired by …": a name set off before an article and a work's noun
  that ends its phrase is that work, where the parser, lost in a title that holds a verb, finds no apposition
  (``work_set_off_after``; twenty-sixth pass).

Kept apart from ``evidence`` so that its own steps stay readable; it imports nothing of ``evidence``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from explorer.core.extract.entities.given_names import is_given_name
from explorer.core.extract.entities.places import is_demonym, is_place
from explorer.core.extract.nlp import span_text

if TYPE_CHECKING:  # the steps' signature only: ``evidence`` imports this module
    from explorer.core.extract.entities.evidence import DocFacts

Evidence = tuple[str, str]

# Words after "about" that say a quantity or a time, not a subject ("about a third", "about the same time").
NOT_A_SUBJECT = frozenset(["third", "thirds", "quarter", "half", "dozen", "hundred", "hundreds", "thousand",
                           "thousands", "million", "millions", "billion", "year", "years", "month", "months", "week",
                           "weeks", "day", "days", "hour", "hours", "minute", "minutes", "mile", "miles", "decade",
                           "same", "time", "size", "end", "level", "middle", "second", "moment", "turn"])
SUBJECT_OPENERS = frozenset(["the", "a", "an", "how", "his", "her", "their", "its", "what", "why", "two", "three"])
# Verbs whose object may be a person told or asked something "about" a subject ("he told Smith, about the deal").
SPEAKING_VERBS = frozenset(["tell", "ask", "write", "speak", "talk", "say", "warn", "remind", "question", "contact",
                            "call", "phone", "email", "interview", "lobby"])
ABOUT_LABELS = frozenset(["PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW"])


def work_about_its_subject(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name set off by a comma before "about" and a subject ("Bloody Sunday, about the 1972 killings in Northern
    Ireland, won in 2003") is a work about that subject. Not a place the gazetteer knows, a people, a person the
    document titles ("Mr Smith"), nor a name after a verb of telling or asking ("told Smith, about the deal")."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "about" or label not in ABOUT_LABELS:
        return None
    opener = doc[i + 2]
    if opener.lower_ not in SUBJECT_OPENERS:
        return None
    if opener.lower_ in ("a", "an", "the") and i + 3 < len(doc) \
            and (doc[i + 3].lower_ in NOT_A_SUBJECT or (opener.lower_ != "the" and doc[i + 3].like_num)):
        return None  # "about a third of …", "about the same time"
    words = _title_words(span)
    if words is None or any(t.text in facts.titled for t in words):
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lemma_.lower() in SPEAKING_VERBS:
        return None
    return "WORK_OF_ART", "about"


# Words of a law's name: a name the model reads as a law with none of them is no law.
LAW_WORDS = frozenset(["act", "acts", "bill", "bills", "law", "laws", "treaty", "accord", "accords", "agreement",
                       "protocol", "directive", "constitution", "amendment", "charter", "convention", "code",
                       "regulation", "regulations", "rule", "rules", "chapter", "section", "article", "clause",
                       "title", "part", "schedule", "paragraph", "resolution", "proposition", "prop", "statute",
                       "ordinance", "order", "plan", "pact", "doctrine", "decree", "measure", "initiative", "v", "vs"])
NUMBER_WORDS = frozenset(["no", "nos", "number", "num"])  # "No 9": a number's own word, no title
# The document's words that say its numbered title is a work, or a product.
WORK_WORDS = frozenset(["film", "films", "movie", "movies", "cinema", "cinemas", "sequel", "sequels", "dvd", "dvds",
                        "novel", "novels", "book", "books", "album", "albums", "song", "songs", "actor", "actress",
                        "director", "screen", "box-office", "series", "episode", "episodes"])
PRODUCT_WORDS = frozenset(["game", "games", "gamer", "gamers", "gaming", "console", "consoles", "spacecraft",
                           "satellite", "satellites", "rocket", "rockets", "software", "phone", "phones", "handset",
                           "handsets", "device", "devices", "computer", "computers", "car", "cars", "aircraft"])


def numbered_name_no_law(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name the model reads as a law, none of whose words is a law's, that ends in a number: a year ("Euro 2004")
    makes it an event; a sequel's or a model's number ("Shrek 2", "Halo 2", "Soyuz 36") a work or a product, as the
    document's words say (more of a work's than of a product's: a work; more of a product's: a product; as many:
    no evidence). A line-up's minute ("Cotterill 72") is typed before (``evidence._line_up``); a number's own word
    ("No 9 prospects") or a name that describes the noun after it ("the Fortune 500 list") is left as it is."""
    if label != "LAW":
        return None
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or not words[-1].is_digit or len(words[-1]) > 4:
        return None
    name = words[:-1]
    if not all((t.is_alpha and t.text[:1].isupper()) or t.text in ("-", ":") for t in name) \
            or any(t.lower_ in LAW_WORDS or t.lower_ in NUMBER_WORDS for t in name) \
            or is_place(" ".join(t.text for t in name)):
        return None  # "two outstanding young No 9 prospects": a shirt's number
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.is_lower and after.is_alpha and after.pos_ == "NOUN":
        if after.lower_ in PRODUCT_WORDS:
            return "PRODUCT", "numbered"  # "the Salyut 6 spacecraft"
        if after.lower_ in WORK_WORDS:
            return "WORK_OF_ART", "numbered"
        return None  # "the companies on the Fortune 500 list": the name describes the noun, no title of its own
    number = words[-1].text
    if len(number) == 4:
        return ("EVENT", "year") if number[:2] in ("19", "20") else None
    work = sum(t.lower_ in WORK_WORDS for t in span.doc)
    product = sum(t.lower_ in PRODUCT_WORDS for t in span.doc)
    if work > product:
        return "WORK_OF_ART", "numbered"
    if product > work:
        return "PRODUCT", "numbered"
    return None


SHARE_NOUNS = frozenset(["shares", "stake", "stakes", "shareholding", "shareholdings"])
SHARE_LABELS = frozenset(["GPE", "LOC", "FAC", "PERSON"])
POSSESSIVES = frozenset(["'s", "’s", "'", "’"])


def firm_whose_shares(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """What shares or a stake are held in ("Shares in Southwest fell", "a 20% stake in Manchester United") is a firm
    or a club: an organisation, where the model reads a place or a person. Not a place the gazetteer knows ("shares
    in Hong Kong"), a people, a name before a possessive ("Shares in Germany's ThyssenKrupp") or before another
    capitalised word (the model's name is cut: "Shares in Munich Re"), nor a person the document names in full, nor
    the surname of one (left to the surname join)."""
    if label not in SHARE_LABELS:
        return None
    doc, k = span.doc, _before_the(span)
    if k < 2 or doc[k - 1].lower_ != "in" or doc[k - 2].lower_ not in SHARE_NOUNS:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text in POSSESSIVES or (after.is_title and after.is_alpha)):
        return None
    if is_place(span_text(span)) or is_demonym(span_text(span)) or span_text(span) in facts.surnames \
            or (label == "PERSON" and any(t.text in facts.person_words or t.text in facts.titled for t in span)):
        return None  # "Shares in Wimpey" beside the model's person "George Wimpey": the surname join decides
    return "ORG", "shares in"


PRIZE_VERBS = frozenset(["win", "name", "vote", "take", "scoop", "crown"])
# A prize's last word that names a kind of work ("best new play", "best TV comedy drama", "best foreign language
# film"); not a person's prize ("best TV comedy actor", "best director") nor music's (bands win "best album").
WORK_PRIZE_NOUNS = frozenset(["film", "picture", "drama", "comedy", "documentary", "sitcom", "series", "soap",
                              "programme", "musical", "play", "movie", "show", "thriller", "serial"])
PRIZE_WORDS = frozenset(["ADJ", "NOUN"])


def work_named_best(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """The subject of winning, or of being named or voted, the best of a kind of work ("Little Britain was named best
    comedy", "Doc Martin won best TV comedy drama", "The Aviator will win best film") is a work of that kind. The
    prize's words are read after the verb ("best", then adjectives and nouns up to its head); its head must name a
    work. Not a person by a given name or a title ("Clint Eastwood won best picture" as its producer), nor a place
    the gazetteer knows or a people."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ not in PRIZE_VERBS or root.head.i < span.end:
        return None
    doc, verb = span.doc, root.head
    j = next((k for k in range(verb.i + 1, min(verb.i + 4, len(doc))) if doc[k].lower_ == "best"), None)
    if j is None:
        return None
    k = j + 1
    while k < len(doc) and k <= j + 4 and (doc[k].pos_ in PRIZE_WORDS and doc[k].is_lower or doc[k].text == "TV"):
        k += 1
    if k == j + 1 or doc[k - 1].lower_ not in WORK_PRIZE_NOUNS:
        return None
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not words or is_place(span_text(span)) or is_demonym(span_text(span)) or any(t.text in facts.titled for t in words) \
            or (label == "PERSON" and is_given_name(words[0].text)):
        return None
    return "WORK_OF_ART", "best " + doc[k - 1].lower_


# Nouns for the people a work has ("Aishwarya Rai, star of Bride and Prejudice", "Seth MacFarlane, the creator of
# Family Guy"). A club has stars too ("the star of Chelsea's win"): not in a sport report, nor before a possessive.
STAR_OF = frozenset(["star", "stars", "co-star", "co-stars"])
CREATOR_OF = frozenset(["creator", "creators", "co-creator"])  # a firm's too ("the creator of Napster"): not for the
# model's organisations
STAR_OF_LABELS = frozenset(["ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "LAW"])


def work_its_star_is_of(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that a star, or a creator, is "of" ("Ziyi Zhang, star of [Crouching Tiger], …", "the creator of Family
    Guy"), or a later item of that list, is a work. Not in a sport report (a player is a club's star), not a name
    before a possessive or a noun it describes ("star of Ireland's win", "star of US TV drama Baretta"), not a place
    the gazetteer knows or a people, nor a titled person; a creator's name not where the model reads an organisation
    (a firm is created too)."""
    if label not in STAR_OF_LABELS:
        return None
    top = span.root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "of":
        return None
    noun = top.head.head
    if not noun.is_lower or not (noun.lower_ in STAR_OF or (noun.lower_ in CREATOR_OF and label != "ORG")) \
            or facts.sport:
        return None
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text in POSSESSIVES or (after.is_lower and after.is_alpha
                                                            and after.lower_ not in ("and", "or"))):
        return None  # "star of Saturday's RBS Six Nations win", "star of US TV drama Baretta"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ("of", "the", ",", "and", "or"):
        return None  # the name is the whole object, not another's word after a possessive
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not words or is_place(span_text(span)) or is_demonym(span_text(span)) or any(t.text in facts.titled for t in words):
        return None
    return "WORK_OF_ART", "star of"


# Nouns for a part an actor has "in" a work ("his role in The Basketball Diaries", "a cameo in Hotel Rwanda", "her
# performance in Vera Drake").
ROLE_NOUNS = frozenset(["role", "roles", "cameo", "cameos", "performance", "performances"])
PLAY_FORMS = frozenset(["play", "plays", "played", "playing"])
# Words of a document about films and the stage: a role "in" a name is in a work there, not in a firm or a campaign.
SCREEN_WORDS = frozenset(["film", "films", "movie", "movies", "actor", "actors", "actress", "actresses", "cast",
                          "stage", "theatre", "theater", "drama", "sitcom", "series", "episode", "director",
                          "screen", "oscar", "oscars", "starring", "starred"])
ROLE_LABELS = frozenset(["ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "NORP"])
# Tags of a lower-case word after the name that goes on with the clause, not with the title ("her performance in
# Monster so they gave …", "his role in Friends was …"; twenty-seventh pass).
CLAUSE_WORDS = frozenset(["SCONJ", "ADV", "ADP", "AUX", "PART", "PRON", "DET"])


def work_a_role_is_in(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name a role, a cameo or a performance is "in" ("moving onto roles in The Basketball Diaries"), or one a
    character is played in ("Kudrow, who played Phoebe in Friends"), is a work, in a document about films or the
    stage (two of its words at least: ``SCREEN_WORDS``): elsewhere a role is in a firm or a government too. Not a
    place the gazetteer knows ("a cameo in Paris"), a people, nor a name before a possessive or a word it describes
    ("his role in Enron's collapse", "roles in Bollywood films")."""
    if label not in ROLE_LABELS:
        return None
    doc, k = span.doc, _before_the(span)
    if k < 2 or doc[k - 1].lower_ != "in":
        return None
    cue = doc[k - 2]
    role = cue.is_lower and cue.lower_ in ROLE_NOUNS
    played = cue.ent_type_ == "PERSON" and cue.ent_iob_ in ("B", "I") and _played(doc, cue.i)
    if not (role or played):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text in POSSESSIVES or (after.is_lower and after.is_alpha
                                                            and after.pos_ not in CLAUSE_WORDS)):
        return None  # "his role in Enron's collapse"; "to play Jack in [Jack] and the Beanstalk": a title goes on
    if _title_words(span) is None or facts.sport:
        return None
    if sum(t.lower_ in SCREEN_WORDS for t in doc) < 2:
        return None
    return "WORK_OF_ART", "role in"


def _played(doc, i: int) -> bool:
    """Whether the person's name ending at token ``i`` is the object of "play" ("who played Phoebe")."""
    j = i
    while j > 0 and doc[j - 1].ent_type_ == "PERSON" and doc[j - 1].ent_iob_ != "O" and doc[j].ent_iob_ == "I":
        j -= 1
    return j > 0 and doc[j - 1].lower_ in PLAY_FORMS


def _before_the(span: Span) -> int:
    """The index of the name's first token, or of the "the" written right before it outside the model's span ("the
    X" and "[the X]" alike): the word before that index is the one a preposition's cue reads."""
    doc, k = span.doc, span.start
    if span[0].lower_ == "the":
        return k
    return k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k


# A member's letters before "for" and the seat: "Labour MP for Hornsey and Wood Green", "MEP for London".
MEMBER_LETTERS = frozenset(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs"])
SEAT_LABELS = frozenset(["ORG", "PERSON", "FAC"])


# Nouns for a seat that a name is "of" ("his home seat of Bedwellty", "the constituency of Sedgefield").
SEAT_NOUNS = frozenset(["seat", "seats", "constituency", "constituencies"])


def seat_of_a_member(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """What a member of a parliament is the member "for" is a seat, a place ("the MP for Sedgefield", "Labour MP
    for Hornsey and Wood Green", "MP for Mid-Bedfordshire since 1997"), where the model reads a firm or a person;
    so is what a seat or a constituency is "of" ("his home seat of Bedwellty", twenty-seventh pass). Not a name
    before a possessive or a noun it describes ("the seat of Europe's parliament")."""
    if label not in SEAT_LABELS:
        return None
    doc, k = span.doc, _before_the(span)
    if k < 2:
        return None
    member = doc[k - 1].lower_ == "for" and doc[k - 2].text in MEMBER_LETTERS
    seat = doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in SEAT_NOUNS and doc[k - 2].is_lower
    if not (member or seat):
        return None
    if seat and _describes_a_noun_after(span):
        return None
    return ("GPE", "seat") if span[0].text[:1].isupper() else None


# Words that open a list of the seats named before it ("The seats … are: A, B", "marginal seats such as A, B").
LIST_OPENERS = frozenset([":", "including", "include", "includes", "are", "were", "like", "as"])
# Lower-case words a seat's name may hold ("Isle of Wight", "Newcastle-upon-Tyne", "Holborn and St Pancras").
SEAT_NAME_WORDS = frozenset(["and", "of", "upon", "on", "the", "-", ",", "&"])
# Words of a document about an election: "seats" there are a parliament's, not a board's or a stadium's.
ELECTION_WORDS = frozenset(["election", "elections", "by-election", "mp", "mps", "constituency", "constituencies",
                            "voters", "vote", "votes", "majority", "candidate", "candidates", "poll"])
SEAT_LIST_LABELS = frozenset(["ORG", "PERSON", "LOC", "FAC"])


def seat_in_a_list_of_seats(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """An item of a list of seats that a seat's noun opens ("The seats where … are: Bristol West, Cardiff Central,
    …, Liverpool Riverside, …", "marginal seats such as Dorset South, …"), in a document about an election, is a
    seat, a place, where the model reads a firm or a person (a gazetteer knows no seat). The list must run from its
    opener to the name with only capitalised words, commas and the joining words of seats' names (a list "held by
    Labour, …" has no opener), and the name must be an item: a comma, a colon or "and" before it, a comma, "and" or
    the sentence's end after it (so not "the Greens" nor a count, "Labour 355")."""
    if label not in SEAT_LIST_LABELS or facts.sport or not span[0].text[:1].isupper():
        return None
    doc, sent = span.doc, span.sent
    if span.start == 0 or doc[span.start - 1].text not in (",", ":", "and") \
            or (span.end < sent.end and doc[span.end].text not in (",", "and", ".", ";", "(")):
        return None
    commas, k = 0, span.start - 1
    while k > sent.start and (doc[k].text[:1].isupper() or doc[k].lower_ in SEAT_NAME_WORDS) \
            and doc[k].lower_ not in LIST_OPENERS:
        commas += doc[k].text == ","
        k -= 1
    opener = doc[k]
    if opener.lower_ not in LIST_OPENERS or (opener.lower_ == "as" and (k == 0 or doc[k - 1].lower_ != "such")):
        return None
    if commas + (opener.text == ":") < 2 and not _list_goes_on(doc, span.end, sent.end):
        return None  # a long list: two commas or more on one side of the name
    if not any(t.is_lower and t.lower_ in SEAT_NOUNS for t in doc[sent.start:k]):
        return None
    if not any(t.lower_ in ELECTION_WORDS for t in doc):
        return None
    return "GPE", "seats"


def _list_goes_on(doc, i: int, end: int) -> bool:
    """Whether two commas or more follow token ``i`` in the sentence: the name opens a long list."""
    return sum(1 for t in doc[i:end] if t.text == ",") >= 2


# Plural nouns of works whose examples a list gives ("Her hits include X, Y and Z", "Halloween sequels, including
# X"); not "shows", "programmes", "records" or "games", which name trade fairs, schemes, feats and products as often.
WORK_PLURALS = frozenset(["hits", "songs", "singles", "albums", "films", "movies", "sequels", "novels", "books",
                          "plays", "musicals", "sitcoms", "dramas", "soaps", "comedies", "documentaries", "tracks",
                          "ballads", "anthems", "operas", "thrillers", "blockbusters", "cartoons"])
LISTED_WORK_LABELS = frozenset(["ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"])


def work_listed_among_works(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name, or a later item of its list, that gives an example of a plural work's noun is a work: what such
    works "include" ("Her hits include What a Girl Wants, Dirrty and Beautiful"), or those "including" it or "such
    as" it ("a number of Halloween sequels, including Halloween II"). Not a place the gazetteer knows, a people, a
    titled person, nor a name before a possessive or a noun it describes."""
    if label not in LISTED_WORK_LABELS:
        return None
    top = _first_item(span.root, facts)
    head = top.head
    if head.i == top.i:
        return None
    noun = None
    if head.lemma_ == "include" and head.pos_ in ("VERB", "AUX") and top.dep_ in ("dobj", "ccomp", "attr") \
            and head.lower_ != "including":
        noun = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif top.dep_ == "pobj" and (head.lower_ == "including"
                                 or (head.lower_ == "as" and head.i > 0 and head.doc[head.i - 1].lower_ == "such")):
        noun = head.head
    if noun is None or not noun.is_lower or noun.lower_ not in WORK_PLURALS:
        return None
    words = _title_words(span)
    if _describes_a_noun_after(span) or words is None or any(t.text in facts.titled for t in words) \
            or _piece_of_a_title(span):
        return None
    return "WORK_OF_ART", "works include"


def _piece_of_a_title(span: Span) -> bool:
    """Whether a small word written with a capital touches the name ("Butterflies And Hurricanes"): the name is a
    piece of a longer title the model cut, which the fragment steps drop, not a title of its own."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.is_stop and t.is_title and not t.is_sent_start for t in (before, after))


def _first_item(token, facts: DocFacts):
    """The root of a list's first item, walking back along "conj" links: through a title the parser reads as words
    of a clause ("include Stronger Than Me, Toxic Love and Rainbow" hangs the later items on "Me"), a link to a word
    of another name goes on from that name's root."""
    for _ in range(8):
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        ent = facts.ent_at.get(token.i)
        if ent is None or ent.root.i == token.i:
            return token
        token = ent.root
    return token


# Nouns of a song's text that a name is "to" ("knows the words to Bohemian Rhapsody", "the lyrics to Imagine").
LYRIC_NOUNS = frozenset(["words", "lyrics"])
WORDS_TO_LABELS = frozenset(["ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW"])


def song_whose_words(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """What "the words" or the lyrics are "to" is a song ("Everybody knows the words to Bohemian Rhapsody"). Not
    "his words to Congress": "words" only after "the"; not a place the gazetteer knows, a people, a person by a given
    name or a title, nor a name before a possessive or a noun it describes."""
    if label not in WORDS_TO_LABELS:
        return None
    doc, k = span.doc, _before_the(span)
    if k < 3 or doc[k - 1].lower_ != "to" or doc[k - 2].lower_ not in LYRIC_NOUNS:
        return None
    if doc[k - 2].lower_ == "words" and doc[k - 3].lower_ != "the":
        return None
    words = _title_words(span)
    if _describes_a_noun_after(span) or words is None or any(t.text in facts.titled for t in words) \
            or (label == "PERSON" and is_given_name(words[0].text)) or _piece_of_a_title(span):
        return None
    return "WORK_OF_ART", "words to"


# Nouns of a band or a firm that a town written before them describes ("Leeds group Kaiser Chiefs", "Glasgow band
# Franz Ferdinand", "Seattle firm Amazon"). Not "club" or "side": a club is named by its town.
PLACE_KIND_NOUNS = frozenset(["band", "group", "duo", "trio", "quartet", "outfit", "firm", "company", "rapper",
                              "singer", "label"])


def town_before_a_kind(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A town or a country the gazetteer knows, written right before a band's or a firm's noun and a capitalised
    name ("Leeds group Kaiser Chiefs"), is where they are from, a place, where the model reads the town with the
    noun as an organisation (the kin of "Leeds-based"). Not in a sport report, where a town names its club."""
    if label not in ("ORG", "PRODUCT", "FAC") or facts.sport or not is_place(span_text(span)):
        return None
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in PLACE_KIND_NOUNS or not doc[i].is_lower \
            or not doc[i + 1].text[:1].isupper() or not doc[i + 1].is_alpha:
        return None
    return "GPE", "town before"


SINGLE_OPENERS = POSSESSIVES | frozenset(["his", "her", "their", "its"])


def single_after_its_owner(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name right after an owner's "single" ("Elvis' single Jailhouse Rock", "her single Toxic") is that song,
    where the tagger reads "single" as an adjective and the name as the subject (a noun "single" is read before:
    ``evidence._kind_noun_before``)."""
    doc, i = span.doc, span.start
    if label in ("NORP", "EVENT") or i < 2 or doc[i - 1].text != "single" or doc[i - 2].lower_ not in SINGLE_OPENERS:
        return None
    return ("WORK_OF_ART", "single") if _title_words(span) is not None else None


# The words that open a work's phrase set off after its name: "X, the American charity anthem", "X, her new single".
OWNERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
# Nouns of works that end such a phrase; not "hit", "show", "play", "debut", "programme", "series" or "track" ("X, a
# hit with fans", "a show of strength", "Social Security, the pensions programme"), which say other things as often.
SET_OFF_WORKS = frozenset(["album", "single", "song", "film", "movie", "book", "novel",
                           "musical", "sitcom", "drama", "documentary", "opera", "soap", "comedy", "biopic",
                           "thriller", "anthem", "poem", "sculpture", "painting", "novella", "cartoon", "symphony",
                           "ballet", "best-seller", "bestseller", "blockbuster"])


def work_set_off_after(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name set off by a comma before an article and a work's noun that ends the phrase ("We Are The World, the
    American charity anthem inspired by …", "X, a new comedy drama about …") is that work, where the parser, lost in
    a title that holds a verb, finds no apposition. The noun must end its phrase: "Smith, the film's director",
    "Jones, the comedy star" name what the person is. Not a person by a given name, a known place or a people."""
    doc, i = span.doc, span.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in OWNERS:
        return None
    if label == "PERSON" and len(span) > 1 and is_given_name(span[0].text):
        return None
    j = i + 2
    while j < len(doc) and j < i + 6 and (doc[j].is_lower or doc[j].ent_type_ == "NORP") and doc[j].is_alpha \
            and doc[j].lower_ not in SET_OFF_WORKS:
        j += 1
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in SET_OFF_WORKS:
        return None
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.text in POSSESSIVES or after.text == "-"):
        return None  # "the film's director", "the comedy star", "the film-maker"
    if after is not None and (after.pos_ == "AUX" or after.tag_ in ("VBD", "VBZ", "VBP", "MD")):
        return None  # "Featuring Cliff Richard and Boy George, the song was written by …": the noun is a subject
    return ("WORK_OF_ART", "set off") if _title_words(span) is not None else None


def _title_words(span: Span) -> list | None:
    """The name's words but "the" (``None`` when it has none, its first is not capitalised, or it is a place the
    gazetteer knows or a people): what the context steps read a work's or a seat's title from."""
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not words or not words[0].text[:1].isupper() or is_place(span_text(span)) or is_demonym(span_text(span)):
        return None
    return words


def _describes_a_noun_after(span: Span) -> bool:
    """The name stands before a possessive or a common noun it describes ("the seat of Europe's parliament", "the
    words to Bohemian Rhapsody fans")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and (after.text in POSSESSIVES or (after.is_lower and after.pos_ == "NOUN"))


def told_by_context(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """``firm_whose_shares``, ``numbered_name_no_law``, ``work_about_its_subject`` and the others below, as one step
    (one call per mention keeps the evidence pass cheap: each returns at its first test for almost every name)."""
    if label == "EVENT":
        return work_listed_among_works(span, label, facts) or song_whose_words(span, label, facts)
    if label == "WORK_OF_ART":  # the model's work among the model's firms: the list's kind, not its others, types it
        return work_listed_among_works(span, label, facts)
    if label == "NORP":
        return None
    return firm_whose_shares(span, label, facts) or numbered_name_no_law(span, label, facts) \
        or work_about_its_subject(span, label, facts) or work_named_best(span, label, facts) \
        or work_its_star_is_of(span, label, facts) or work_a_role_is_in(span, label, facts) \
        or seat_of_a_member(span, label, facts) or work_set_off_after(span, label, facts) \
        or work_listed_among_works(span, label, facts) or song_whose_words(span, label, facts) \
        or town_before_a_kind(span, label, facts) or single_after_its_owner(span, label, facts) \
        or seat_in_a_list_of_seats(span, label, facts)
