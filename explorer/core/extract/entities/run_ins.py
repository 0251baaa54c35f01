"""Junk spans the model makes of names it cannot see whole: one name cut at its "and", its "'s" or its number, two
names run together, and a headline run into the body that repeats a name.

- A constituency named for two places ("Haltemprice and Howden", "Cities of London and Westminster", "Sittingbourne
  and Sheppey") is one name; the model reads it as two, each typed on its own (sometimes as people). Where the text
  says it is a seat — "the MP for X and Y", "the X and Y seat", "X and Y MP", or an item with "and" inside a list of
  seats, which English writes only before a list's last item — the two halves are joined into one place.
- A name whose first word is a possessive ("Destiny's Child") loses its head to the model ("Child"): where the word
  before "'s" is a capitalised word the model did not read as a name of its own, and the cut is a single capitalised
  word right after it, the whole is the name.
- A title cut at its possessive ("[Dead Man]'s Shoes") or after its number ("21 [Grams]") is whole: ordinary
  capitalised words around the cut that no name holds are the title's words (``owned_in_a_title``, ``numbered_title``).
- Two countries run together ("Lesotho v [Malawi Zambia] v Swaziland": a fixture list whose line breaks were lost)
  are two places (``two_countries``), and a country with the next line's results word ("[Botswana Winners] meet in
  final match") is the country; an organisation run into a country that starts a clause ("With [Labour Britain] is
  working") is the two.
- A headline that ends with a name, flattened into the first line of a body that starts with the same name ("No half
  measures with Half-Life 2 Could Half-Life 2 possibly live up to the hype?"), is read as one span with the name at
  both ends: it is the name, once; so is a one-word name doubled ("rejoins Bath Bath have signed") where the document
  writes it alone later and never doubled again (``repeated_name``).
"""

from __future__ import annotations

from explorer.core.extract.entities.given_names import in_given_list
from explorer.core.extract.entities.evidence import NAME_HEADS
from explorer.core.extract.entities.lexicon import is_common_word, person_titles
from explorer.core.extract.entities.places import is_country, is_demonym, is_place
from explorer.core.extract.entities.spans import ORDINAL, SpanCut
from explorer.core.extract.nlp import model_entities, tokens_text

SEAT_NOUNS = frozenset(["seat", "seats", "constituency", "constituencies", "marginal", "marginals"])
MEMBER_NOUNS = frozenset(["mp", "mps", "mep", "meps", "msp", "candidate", "candidates", "parliament"])  # "the MP for X and Y"
AFTER_NAME = frozenset(["seat", "constituency", "mp", "mps", "by-election", "candidate"])  # "the X and Y seat"
SEAT_PARTS = frozenset(["GPE", "LOC", "PERSON", "ORG", "FAC"])
PLACE_WORDS = frozenset(["of", "upon", "on", "the", "-"])  # "Cities of London", "Newcastle-upon-Tyne"


def join_seats(cuts: list[SpanCut]) -> list[SpanCut]:
    """Two cuts "X and Y" that the text calls one seat become one place ``X and Y``; the rest are kept as they are."""
    out: list[SpanCut] = []
    i = 0
    ordered = sorted(cuts, key=lambda c: c.start)
    while i < len(ordered):
        a = ordered[i]
        b = ordered[i + 1] if i + 1 < len(ordered) else None
        if b is not None and _one_seat(a, b):
            out.append(SpanCut(a.doc, "GPE", a.start, b.end, a.context))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


COMPASS_WORDS = frozenset(["East", "West", "North", "South", "Central"])


def _compass_end(a: SpanCut) -> int:
    """Where a seat's first half ends with the compass words the model left out ("Oldham" of "Oldham East and
    Saddleworth"): a seat's name writes them after the place."""
    end = a.end
    while end < len(a.doc) and end - a.end < 2 and a.doc[end].text in COMPASS_WORDS:
        end += 1
    return end


def _one_seat(a: SpanCut, b: SpanCut) -> bool:
    doc = a.doc
    mid = _compass_end(a)
    if b.start != mid + 1 or doc[mid].lower_ != "and" or a.label not in SEAT_PARTS or b.label not in SEAT_PARTS:
        return False
    if not (_place_like(a) and _place_like(b)):
        return False
    before = doc[a.start - 1].lower_ if a.start > 0 else ""
    before2 = doc[a.start - 2].lower_ if a.start > 1 else ""
    after = doc[b.end].lower_ if b.end < len(doc) else ""
    if before in ("for", "of") and (before2 in MEMBER_NOUNS or before2 in SEAT_NOUNS):
        return True  # "the MP for Sittingbourne and Sheppey", "the seat of Brighton and Hove"
    if after in AFTER_NAME:
        return True  # "the Haltemprice and Howden seat", "Sittingbourne and Sheppey MP Derek Wyatt"
    # an item of a list of seats with "and" inside: a comma on both sides, a further item after it
    return before == "," and after == "," and b.end + 1 < len(doc) and doc[b.end + 1].is_title \
        and any(t.lower_ in SEAT_NOUNS for t in doc[a.start].sent)


def _place_like(cut: SpanCut) -> bool:
    """One to four words, each capitalised (a compass word too: "Oldham East") or a place name's small word."""
    words = cut.doc[cut.start:cut.end]
    return 1 <= len(words) <= 4 and words[0].is_title and all(
        t.is_title or t.lower_ in PLACE_WORDS or t.text == "-" for t in words)


FUNCTION_POS = frozenset(["AUX", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "ADV"])  # "Could", "Why", "The"


def repeated_name(cut: SpanCut) -> list[SpanCut]:
    """A cut in the document's first sentence whose first two or more words come again at its end with one to three
    capitalised ordinary words between ("Half-Life 2 Could Half-Life 2", a headline ending in a name run into a first
    sentence that starts with it) is that name twice: the words between are the body's first words, no part of a name.
    A title that repeats one word ("Measure for Measure", "Rags To Riches To Rags") is no such run-in; nor is a given
    name between ("Blair Tony Blair": the second is "Tony Blair", for ``_headline_run_on``). A one-word name written
    twice ("Scrum-half Williams rejoins Bath Bath have signed") is the name twice where the document writes it alone
    later and never doubled again ("Duran Duran" is written doubled each time)."""
    doc = cut.doc
    words = [t.text for t in doc[cut.start:cut.end]]
    if doc[cut.start].sent.start != 0:
        return [cut]  # a headline runs into the document's first sentence only
    if len(words) == 2 and words[0] == words[1] and words[0].isalpha() and words[0].istitle() \
            and _written_alone_not_twice(cut):
        return [SpanCut(doc, cut.label, cut.start, cut.start + 1, cut.context),
                SpanCut(doc, cut.label, cut.start + 1, cut.end, cut.context)]  # "rejoins Bath Bath have signed"
    for k in range(len(words) // 2, 1, -1):
        between = doc[cut.start + k:cut.end - k]
        if words[:k] == words[-k:] and 1 <= len(between) <= 3 and all(
                t.is_alpha and t.is_title and t.text not in words[:k] and not in_given_list(t.text)
                and (t.pos_ in FUNCTION_POS or is_common_word(t.text)) for t in between):
            return [SpanCut(doc, cut.label, cut.start, cut.start + k, cut.context),
                    SpanCut(doc, cut.label, cut.end - k, cut.end, cut.context)]
    return [cut]


def _written_alone_not_twice(cut: SpanCut) -> bool:
    """Whether the document writes the one word of a doubled cut ("Bath Bath") alone elsewhere and never doubled again:
    a name that is one word twice ("Duran Duran", "Bora Bora") is written so each time."""
    doc, word = cut.doc, cut.doc[cut.start].text
    alone = doubled = False
    for t in doc[cut.end:]:
        if t.text == word:
            if t.i + 1 < len(doc) and doc[t.i + 1].text == word:
                doubled = True
            elif doc[t.i - 1].text != word:
                alone = True
    return alone and not doubled


def _own_name(text: str) -> bool:
    return is_place(text) or is_demonym(text) or in_given_list(text)  # is_place: a country or a city


POSSESSIVE_MARKS = frozenset(["'s", "’s"])


def possessive_name(cut: SpanCut) -> SpanCut:
    """A one-word name right after a capitalised word and its "'s" that the model read as no name ("Child" of
    "Destiny's Child") is cut from a name whose first word is a possessive: the cut takes the possessive in. A
    possessor the model read as a name ("Labour's Gordon Brown", "Monday's Budget") owns a name of its own, unless
    the model's name is the word with its "'s" ("Ocean's" and "Twelve", "Destiny's" and "Army": one title cut in
    two)."""
    doc = cut.doc
    s = cut.start
    if cut.end - s != 1 or s < 2 or doc[s - 1].text not in POSSESSIVE_MARKS or not doc[s].is_title \
            or _own_name(doc[s].text):
        return cut  # "Blackwatch's Baghdad", "Creative's European": the place or people is a name of its own
    owner = doc[s - 2]
    owner_read = owner.ent_type_ and not (owner.ent_iob_ == "B" and doc[s - 1].ent_iob_ == "I"
                                          and doc[s].ent_iob_ != "I")  # "Ocean's" typed alone: read with its "'s"
    if not (owner.is_alpha and owner.is_title) or owner_read or owner.pos_ not in ("PROPN", "NOUN") \
            or (s > 2 and doc[s - 3].is_alpha and not doc[s - 3].is_lower):
        return cut  # "Who's David": "'s" is "is"; "BBC One's Breakfast": the owner is a longer name
    return SpanCut(doc, cut.label, s - 2, cut.end, cut.context)


def _ordinary_title_word(token) -> bool:
    """A capitalised ordinary word that is no name of its own: a word a title is made of ("Dead", "Man", "Shoes")."""
    return token.is_alpha and token.is_title and is_common_word(token.text) and not is_country(token.text) \
        and not is_demonym(token.text) and token.lower_ not in person_titles()  # "Man": a given name and a city too


OWNER_LABELS = frozenset(["ORG", "WORK_OF_ART", "PRODUCT", "EVENT"])  # not a person, a place or a people


def owned_in_a_title(cut: SpanCut) -> SpanCut:
    """A name of two or more ordinary capitalised words followed by "'s" and one more such word that no name holds
    ("Shane Meadows' [Dead Man]'s Shoes picked up"): the model cut a title at its possessive, and the whole is the
    name, a work. Not where the owned word runs on into more capitalised words (a longer name after), where the
    owner's last word says what it names ("the Foreign Office's Travel advice": ``NAME_HEADS``), where a word is a
    place, a people or a person's title ("the Prime Minister's Questions"), or where the model read a person or a
    place ("Mark Rose's Garden", "New York's Hot")."""
    doc, e = cut.doc, cut.end
    if cut.label not in OWNER_LABELS or cut.end - cut.start < 2 or e + 1 >= len(doc) \
            or doc[e].text not in POSSESSIVE_MARKS or is_place(tokens_text(doc, cut.start, e)):
        return cut
    owned = doc[e + 1]
    if owned.ent_type_ or owned.is_sent_start or not _ordinary_title_word(owned) \
            or (e + 2 < len(doc) and (doc[e + 2].is_title or doc[e + 2].is_upper)):
        return cut
    words = doc[cut.start:e]
    if not all(_ordinary_title_word(t) for t in words) or words[-1].lower_ in NAME_HEADS:
        return cut
    return SpanCut(doc, "WORK_OF_ART", cut.start, e + 2, cut.context)


def numbered_title(cut: SpanCut) -> SpanCut:
    """A one-word name, an ordinary capitalised word, right after a number that counts it and that no name holds ("21
    [Grams]", "50 [Cent]"): the number is the title's first word, as a number in prose would not capitalise the noun
    after it; no one's name starts with a number, so a "person" is the work. Only where the document never writes the
    word without a number before it ("11 Oscars" beside "Oscar"), where the number modifies the word itself ("Up to 30
    Labour MPs" counts the MPs), and not at a sentence's start, where every word is capitalised."""
    doc, s = cut.doc, cut.start
    if cut.end - s != 1 or s < 1 or not doc[s - 1].is_digit or cut.label in ("NORP", "GPE", "LOC") \
            or doc[s].is_sent_start or not _ordinary_title_word(doc[s]):
        return cut
    number, word = doc[s - 1], doc[s].text
    if number.head.i != s or number.ent_type_ not in ("", "CARDINAL") \
            or (s >= 2 and doc[s - 2].is_currency):
        return cut  # "$21 Grams" is a sum
    if any(t.text == word and not doc[t.i - 1].is_digit for t in doc[1:]):
        return cut
    return SpanCut(doc, "WORK_OF_ART" if cut.label == "PERSON" else cut.label, s - 1, cut.end, cut.context)


NO_ORDINAL_LABELS = frozenset(["PERSON", "NORP", "GPE", "LOC"])  # no one's or no place's name starts with "20th"


def ordinal_in_a_name(cut: SpanCut) -> SpanCut:
    """A name of capitalised words, the first an ordinary word, right after an ordinal written in figures that no
    name holds ("20th [Century Fox]"): the ordinal is the name's first word, as the model left it out (it reads
    "20th" as an ordinal of its own). Only where the model left the first word out of its name too, and the cleaning
    took it in ("Century", compounded with "Fox"): the ordinal counts that word, and goes with it; where the model
    read the first word in its name ("the 5th [Grand National] win") the ordinal counts the whole name, and stays out.
    Like ``numbered_title``, only where the document never writes the words without the ordinal before them, not at
    a sentence's start, and not for a person, a people or a place."""
    doc, s = cut.doc, cut.start
    if s < 1 or cut.label in NO_ORDINAL_LABELS or not ORDINAL.match(doc[s - 1].text) \
            or doc[s - 1].ent_type_ not in ("", "ORDINAL") or doc[s].is_sent_start or doc[s].ent_type_ \
            or not _ordinary_title_word(doc[s]) \
            or not all(t.is_alpha and t.text[:1].isupper() for t in doc[s:cut.end]):
        return cut
    words = [t.text for t in doc[s:cut.end]]
    for t in doc:
        if t.i != s and [w.text for w in doc[t.i:t.i + len(words)]] == words \
                and not (t.i > 0 and ORDINAL.match(doc[t.i - 1].text)):
            return cut  # written without the ordinal elsewhere: the ordinal counts it
    return SpanCut(doc, cut.label, s - 1, cut.end, cut.context)


ORDINAL_TIME_NOUNS = frozenset(["century", "centuries", "millennium"])


def ordinal_century(cut: SpanCut) -> list[SpanCut]:
    """A one-word name that is a century after an ordinal in figures ("the 18th [Century] artist", which the model
    read as a firm) is a date written with a capital: no entity."""
    doc, s = cut.doc, cut.start
    if cut.end - s == 1 and s >= 1 and doc[s].lower_ in ORDINAL_TIME_NOUNS and ORDINAL.match(doc[s - 1].text):
        return []
    return [cut]


# Words of a results table or a fixture list ("Winners meet in final match", "Holders Zambia"): no part of a country's name.
RESULTS_WORDS = frozenset(["winners", "holders", "champions", "runners-up", "losers"])


def two_countries(cut: SpanCut) -> list[SpanCut]:
    """A name of two words that are each a country, and together no place ("Lesotho v [Malawi Zambia] v Swaziland": a
    fixture list whose line breaks were lost), is two countries run together: each is its own place. A country and
    then a results table's word ("Namibia v [Botswana Winners] meet in final match": the next line run in) is the
    country."""
    doc, s = cut.doc, cut.start
    if cut.end - s == 2 and doc[s].is_title and is_country(doc[s].text) and doc[s + 1].lower_ in RESULTS_WORDS:
        return [SpanCut(doc, "GPE", s, s + 1, cut.context)]  # "Namibia v [Botswana Winners] meet in final match"
    if cut.end - s == 2 and cut.label == "GPE":
        named = _name_run_into_a_country(cut)
        if named is not None:
            return named
    if cut.end - s != 2 or not all(t.is_alpha and t.is_title and is_country(t.text) for t in doc[s:cut.end]) \
            or is_place(tokens_text(doc, s, cut.end)):
        return [cut]
    return [SpanCut(doc, "GPE", s, s + 1, cut.context), SpanCut(doc, "GPE", s + 1, cut.end, cut.context)]


def _name_run_into_a_country(cut: SpanCut) -> list[SpanCut] | None:
    """A place of two words, a name the document writes alone as an organisation and then a country that is the
    subject of the verb after it ("With Labour [Britain] is working": a quote with no comma after its opening
    phrase), is the organisation and the country. Not a name the country ends as a unit ("Shell UK said": the model
    reads that a firm, not a place), nor a place by its first word ("Little Britain", "Tate Britain" at a gallery:
    the country is no subject there), nor a people, a place or a given name before the country."""
    doc, s = cut.doc, cut.start
    first, country = doc[s], doc[s + 1]
    if not (first.is_alpha and first.is_title and country.is_title and is_country(country.text)) \
            or country.dep_ != "nsubj" or country.head.i <= country.i or is_place(tokens_text(doc, s, cut.end)) \
            or is_place(first.text) or is_demonym(first.text) or in_given_list(first.text):
        return None
    if not any(e.label_ == "ORG" and e.text == first.text for e in model_entities(doc)):
        return None
    return [SpanCut(doc, "ORG", s, s + 1, cut.context), SpanCut(doc, "GPE", s + 1, cut.end, cut.context)]


# combining forms that clip a people's or a place's adjective and are written as a word before a noun ("Euro MP", "Euro
# hopes", "Anglo deal"): no name of their own
COMBINING_FORMS = frozenset(["euro", "anglo", "afro", "franco", "sino", "indo", "pan"])


def clipped_prefix(cut: SpanCut) -> list[SpanCut]:
    """A cut that is only a combining form ("Euro" of "Euro MP Robert Kilroy-Silk", "Euro hopes") is no entity; one
    before a year ("Euro 2004") is the tournament of that year, its year taken in."""
    doc = cut.doc
    if cut.end - cut.start != 1 or doc[cut.start].lower_ not in COMBINING_FORMS:
        return [cut]
    if cut.end < len(doc) and doc[cut.end].is_digit and len(doc[cut.end].text) in (2, 4):
        return [SpanCut(doc, "EVENT", cut.start, cut.end + 1, cut.context)]
    return []


QUOTES = frozenset(['"', "“", "‘", "'"])


def prose_opening(cut: SpanCut) -> list[SpanCut]:
    """A work's name the model reads from the first words of a sentence or a quote, an adverb and then a word in small
    letters ("Suddenly the Queen Phoenix is rising again"), is prose: a title capitalises its words after the first
    ("Suddenly Last Summer", "Only Fools and Horses"). No entity."""
    doc = cut.doc
    first = doc[cut.start]
    opens = first.is_sent_start or (cut.start > 0 and doc[cut.start - 1].text in QUOTES)
    if cut.label != "WORK_OF_ART" or cut.end - cut.start < 3 or not opens or first.pos_ != "ADV" \
            or not first.is_title or not doc[cut.start + 1].is_lower:
        return [cut]
    return []


# letters of a member of a parliament or an assembly, one or many ("MPs", "Tom McCabe MSP"): a role, like "senator"
MEMBERS_LETTERS = frozenset(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs"])


def members_letters(cut: SpanCut) -> list[SpanCut]:
    """A cut that is only a member's letters ("In a statement to MPs", "Brian Monteith MSP, said") names a role, not an
    organisation, a person or a product: no entity. Letters that are also other things ("AM" radio, "QC" for Quebec,
    "TD" a touchdown) are left alone."""
    if cut.end - cut.start == 1 and cut.doc[cut.start].text in MEMBERS_LETTERS:
        return []
    return [cut]


# prepositions a title capitalises ("Escape From LA", "Breakfast With Frost"); prose and most names write them small
# ("Under" is not one: "Treasury Under Secretary John Taylor")
TITLE_PREPOSITIONS = frozenset(["From", "With", "Without", "Into", "In", "On", "At", "For", "To", "Of"])
KEPT_LABELS = frozenset(["ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"])


def capitalised_preposition(cut: SpanCut) -> SpanCut:
    """A cut followed mid-sentence by a capitalised preposition and capitalised words ("Escape" of "for Escape From LA,
    the sequel") is cut from a title: prose writes "from" small, a title capitalises it. The words up to the last
    capitalised one are taken in; a place or a person the model saw in the name is a title's word (a work), an
    organisation's or a product's name keeps its type ("Bank Of England"). A person before one is no title's start
    ("Roger Michell For Enduring Love": a headline's name and the film he won for)."""
    doc = cut.doc
    end = cut.end
    if cut.label == "PERSON" or end + 1 >= len(doc) or doc[end].text not in TITLE_PREPOSITIONS \
            or doc[end].is_sent_start or not all(t.is_title or t.is_upper for t in doc[cut.start:end] if t.is_alpha):
        return cut
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].is_alpha and (doc[stop].is_title or doc[stop].is_upper) \
            and not doc[stop].is_sent_start:
        stop += 1
    if stop == end + 1:
        return cut
    label = cut.label if cut.label in KEPT_LABELS else "WORK_OF_ART"
    return SpanCut(doc, label, cut.start, stop, cut.context)
