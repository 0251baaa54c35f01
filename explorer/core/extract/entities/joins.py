"""Names the model cut inside, joined back into one before the spans are cleaned.

The small model often ends one name and starts another inside a single proper
name ("the [Mecca] [Bingo] chain", "[Lockheed] [Martin]", "[The Liberal]
[Democrats]"), or leaves out a capitalised word of the name ("search engine Ask
[Jeeves]", "Liberal [Democrat] MP"). Each half is then a fragment: junk in the
entity list. Two rules put them back together, both inside one noun phrase:

- two of the model's names side by side (one space, no punctuation) where the
  first modifies a word of the second in the parse (a compound, flat or amod arc)
  are one name, typed as the whole (``joined_label``);
- a capitalised word inside a sentence, in no name, directly before a name is its
  first word (``_take_in_capitalised_word`` in ``spans``; here only the test).

Neither joins across a sentence start, a line break or a heading line, nor a
person's full name onto anything (two people side by side are a list or a
headline run-on: "Blair Tony Blair", "Democrat John Kerry"). In a document's first
sentence, where plain-text news runs the headline into the first line ("Mexico
Rafael Nadal"), a join is made only when the document writes the joined name
elsewhere too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from explorer.core.entity_types import ENTITY_LABELS
from explorer.core.extract.entities.evidence import KIND_NOUNS, NAME_HEADS
from explorer.core.extract.entities.given_names import in_given_list
from explorer.core.extract.entities.lexicon import is_common_word, person_titles
from explorer.core.extract.entities.places import is_place
from explorer.core.extract.nlp import tokens_among, tokens_text

JOIN_ARCS = frozenset(["compound", "flat", "amod"])
NAME_LABELS = frozenset(ENTITY_LABELS)  # the model's labels extraction keeps (core/entity_types.py)
OWN_KIND_LABELS = ("WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW", "LOC")  # a head of these kinds types the whole
PLACE_LABELS = ("GPE", "LOC")
OPENERS = frozenset([":", "(", "[", "-", "–", "—", ";"])


def join_adjacent_names(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """``ents`` (in text order) with every run of side-by-side names of one noun phrase joined into one span."""
    out: list[Span] = []
    for ent in ents:
        if out and _joinable(out[-1], ent, text) and not _names_a_person(out[-1], ent, ents):
            first = out.pop()
            joined = Span(doc, first.start, ent.end, label=joined_label(first, ent))
            out.append(joined)
        else:
            out.append(ent)
    return out


def _joinable(first: Span, second: Span, text: str) -> bool:
    """Whether ``first`` and ``second`` are two halves of one name: adjacent, one space between, the first's last
    word modifying a word of the second, no sentence start or line break between, and no person's full name."""
    doc = first.doc
    if first.end != second.start and not _unit_words_between(first, second):
        return False
    if first.label_ not in NAME_LABELS or second.label_ not in NAME_LABELS:
        return False
    last, head = doc[first.end - 1], doc[first.end]
    if last.whitespace_ != " " or last.is_punct or not (head.is_title or head.is_upper) or not head.is_alpha \
            or head.is_sent_start:
        return False
    if not (last.dep_ in JOIN_ARCS and first.end <= last.head.i < second.end):
        return False
    if "PERSON" in (first.label_, second.label_) and not _person_join(first, second):
        return False
    if first.label_ in PLACE_LABELS and second.label_ in PLACE_LABELS and is_place(second.text):
        return False  # a place beside a known place is two ("a UK Las Vegas"), not one name
    if _place_modifying_noun(second):
        return False  # "told BBC News" + "US policy": the place modifies the noun after it
    if first.sent.start == 0:  # the headline may run into the first line: only a name written so elsewhere
        return written_elsewhere(doc[first.start:second.end], text)
    return True


def _unit_words_between(first: Span, second: Span) -> bool:
    """Whether one or two capitalised proper nouns the model left out stand between an organisation and a "person"
    whose words hold a plural proper noun, all compounded into the person's words ("the MIT [Media] Labs Europe"): a
    unit of the organisation, which no person's name is written like."""
    doc = first.doc
    between = doc[first.end:second.start]
    return first.label_ == "ORG" and second.label_ == "PERSON" and 0 < len(between) <= 2 \
        and all(t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound" and first.end <= t.head.i < second.end
                for t in between) and any(t.tag_ == "NNPS" for t in (*between, *second))


def _names_a_person(first: Span, second: Span, ents: list[Span]) -> bool:
    """Whether a word of either half is the last word of a person the document names elsewhere ("in Thaliand
    [Hingis]" where "Martina Hingis" plays), or the first half ends in a person's title ("the Sunday Times Mr"
    + "Campbell"): a person beside a name is no part of it."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and e.start not in (first.start, second.start)}
    return any(t.text in surnames for t in (*first, *second)) or first[-1].lower_ in person_titles()


def _place_modifying_noun(span: Span) -> bool:
    """A country or city (an acronym or a gazetteer place) compounded with a common noun after it ("US policy",
    "UK sales") is that noun's modifier, not the end of the name before it ("Amnesty International UK" is)."""
    last = span[-1]
    return span.label_ == "GPE" and (span.text.isupper() or is_place(span.text)) and last.dep_ == "compound" \
        and last.head.i >= span.end and last.head.pos_ == "NOUN"


def _person_join(first: Span, second: Span) -> bool:
    """A person's name joins only as one word after an organisation's ("Lockheed [Martin]"): two people side by
    side are a list or a run-on, and a place or group before a person is their side ("Democrat John Kerry")."""
    return first.label_ == "ORG" and second.label_ == "PERSON" and (len(second) == 1 or first.end < second.start)


def joined_label(first: Span, second: Span) -> str:
    """The type of two names joined: a work, product, event, building or region by its head ("Microsoft
    [Windows]", "London [Heathrow]"); otherwise a place only when the whole is one, a group when both are groups,
    else an organisation ("Mecca Bingo", "Lockheed Martin", "The Liberal Democrats"); a nationality after a region
    is one ("South East Asian")."""
    if second.label_ in OWN_KIND_LABELS:
        return second.label_
    if first.label_ in OWN_KIND_LABELS[:4]:
        return first.label_
    whole = tokens_text(first.doc, first.start, second.end)
    if second.label_ == "NORP" and first.label_ in ("GPE", "LOC", "NORP"):
        return "NORP"  # "South East" + "Asian"
    if is_place(whole) or (first.label_ == "NORP" and second.label_ == "GPE"):  # "Communist Russia"
        return "GPE"
    if first.label_ == second.label_ == "NORP":
        return "NORP"
    return "ORG"


def written_elsewhere(span: Span, text: str) -> bool:
    """Whether the document writes ``span``'s text at another place too."""
    words = span.text
    first = text.find(words)
    return first >= 0 and text.find(words, first + 1) >= 0


def capitalised_word_before(token: Token) -> bool:
    """A word that can be the first word of the name after it: capitalised, inside a sentence (not its first word,
    not after an opening quote, colon, bracket or dash), in no name, not a single letter, one space before the
    name."""
    doc = token.doc
    if token.i == 0 or not (token.is_alpha and token.is_title and len(token) > 1) or token.ent_type_ \
            or token.is_sent_start or token.whitespace_ != " ":
        return False
    previous = doc[token.i - 1]
    return not (previous.is_quote or previous.text in OPENERS or previous.is_sent_end
                or "\n" in previous.text_with_ws or previous.is_punct and previous.text != ",")


OFFICE_WORDS = frozenset(["leader", "commander", "commissioner", "father", "mother", "member", "chairman", "head",
                          "chief", "player", "footballer", "businessman", "businesswoman", "sportsman",
                          "sportswoman", "personality", "man", "woman", "team", "coach", "manager"])
QUANTITY_WORDS = frozenset(["none", "one", "all", "most", "some", "each", "many", "any", "both", "few", "several",
                            "either", "neither", "much", "more", "less", "part", "half", "rest", "lots", "plenty",
                            "members", "parts"])
_OF = frozenset(["of"])
NOT_IN_TITLES = frozenset(["DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"])
CHUNK_MAX = 4


def join_across_of_the(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each run of capitalised words, "of the" and capitalised words in running text made one name:
    "Shaun of the Dead", "Eternal Sunshine of the Spotless Mind", "Pirates of the Caribbean", "Office of the Deputy
    Prime Minister", which the model cuts at "of the" into fragments ("Dead" ORG, "Spotless Mind" FAC) or leaves
    out. The two halves are one name as "University of the West of England" is; its type is a guess from the
    halves' labels (``joined_label``, an organisation when neither has one) that the evidence steps and the corpus
    vote then check (a film after "film", "starring", "nominated for"). Not a person's full name before it ("Nicole
    Vaidisova of the Czech Republic", "Hannah Ward of the Refugee Council": where someone is from), not a person
    before a place, not an office ("Chancellor of the Exchequer", "Leader of the Commons", "Player of the Year"),
    not a quantity ("One of the Irish players"), a date, a number or a people after it ("the Year", "the Tories")."""
    joins: list[tuple[int, int]] = []
    of_at: dict[tuple[int, int], int] = {}
    for of in (doc[i] for i in tokens_among(doc, _OF) if 1 <= i < len(doc) - 2):
        if doc[of.i + 1].lower_ != "the":
            continue
        start = of.i
        while start > 0 and of.i - start < CHUNK_MAX and _title_word(doc[start - 1]) \
                and not doc[start].is_sent_start:
            start -= 1
        end = of.i + 2
        while end < len(doc) and end - of.i - 2 < CHUNK_MAX and _title_word(doc[end]) \
                and not doc[end].is_sent_start and not _starts_a_full_name(doc, end, ents):
            end += 1
        if start < of.i and doc[start].lower_ in ("the", "a", "an"):
            start += 1  # "The Phantom of the Opera": the article is no word of the name (the model's span may hold it)
        if start == of.i or end == of.i + 2 or doc[of.i + 2].is_sent_start:
            continue
        left, right = doc[start:of.i], doc[of.i + 2:end]
        if any(t.lower_ in person_titles() or t.lower_ in OFFICE_WORDS for t in left) \
                or left[0].lower_ in QUANTITY_WORDS or left[0].like_num or left[0].pos_ in ("PRON", "DET", "NUM"):
            continue
        if left[0].is_sent_start and (left[0].is_stop or is_common_word(left[0].text)):
            continue  # "Users of the Exeem network", "In Search of the …": a sentence's first word, no title's
        near = [e for e in ents if e.start < end and e.end > start]
        if any(e.start == of.i + 1 and e.label_ in ("ORG", "GPE") for e in near) \
                and not any(e.start < of.i for e in near):
            continue  # "Proceedings of the [National Academy of Sciences]": something of a name the model reads whole
        if any(e.label_ in NOT_IN_TITLES for e in near if e.end > of.i):
            continue
        people = [e for e in near if e.label_ == "PERSON" and e.start < of.i]
        if any(len(e) > 1 for e in people) or (people and is_place(right.text)):
            continue  # "Jan Kavan of the Czech Republic": someone and where they are from
        if any(e.start < start or e.end > end for e in near if e.label_ in ("PERSON", "GPE", "LOC") and e.start < of.i):
            continue  # a person's or a place's name reaching further left: "Hewitt of" is no title
        start = min([start, *(e.start for e in near)])
        end = max([end, *(e.end for e in near)])
        joins.append((start, end))
        of_at[(start, end)] = of.i
    if not joins:
        return ents
    out = [e for e in ents if not any(e.start < b and e.end > a for a, b in joins)]
    for a, b in joins:
        halves = [e for e in ents if e.start < b and e.end > a]
        label = _label_of_halves(doc, halves, a, b, of_at[(a, b)])
        out.append(Span(doc, a, b, label=label))
    return sorted(out, key=lambda e: e.start)


TITLE_LINKS = frozenset(["to", "of", "in", "for", "from", "with", "on", "at", "and", "by"])


def join_title_run(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a work's name the model ends before capitalised words it reads as no name, a small link word and
    more capitalised words ("[The World] According to [Bex]", "[The Man] Who Fell to Earth") run on to the end of
    those words: a title is written with its words capitalised, and the model, reading the tail as a place or a
    person, cuts it into fragments. Only after a name the model itself calls a work, over at least one capitalised
    word in no name, within one line, and not into a date, a number or a people (s18b)."""
    joins: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ != "WORK_OF_ART":
            continue
        i = ent.end
        while i < len(doc) and i - ent.end < CHUNK_MAX and _title_word(doc[i]) and not doc[i].ent_type_ \
                and not _after_a_stop(doc, i) and "\n" not in doc[i - 1].whitespace_:
            i += 1
        if i == ent.end or i + 1 >= len(doc) or doc[i].lower_ not in TITLE_LINKS or not doc[i].is_lower \
                or "\n" in doc[i - 1].whitespace_ + doc[i].whitespace_:
            continue
        end = i + 1
        while end < len(doc) and end - i - 1 < CHUNK_MAX and _title_word(doc[end]) and not _after_a_stop(doc, end) \
                and doc[end].ent_type_ not in NOT_IN_TITLES and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end == i + 1:
            continue
        near = [e for e in ents if e is not ent and e.start < end and e.end > ent.end]
        if any(e.end > end or e.label_ in NOT_IN_TITLES for e in near):
            continue  # a name going on past the title's words is its own
        joins.append((ent.start, end))
    return _with_joins(doc, ents, joins, "WORK_OF_ART")


def _after_a_stop(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence after a stop: the parser also opens one inside a title ("The World |
    According to …"), where no punctuation comes before."""
    return bool(doc[i].is_sent_start) and (i == 0 or doc[i - 1].is_punct)


def _title_word(token: Token) -> bool:
    """A capitalised word of a title or name: "Spotless", "Mind", "NHS"."""
    return token.is_alpha and (token.is_title or token.is_upper)


def _starts_a_full_name(doc: Doc, i: int, ents: list[Span]) -> bool:
    """Whether a person's full name the model read starts at token ``i`` ("Chancellor of the Exchequer [Gordon
    Brown]")."""
    return any(e.start == i and e.label_ == "PERSON" and len(e) > 1 for e in ents)


def _label_of_halves(doc: Doc, halves: list[Span], start: int, end: int, of: int) -> str:
    """The type of a name joined at "of the": the model's where one of its names already spans the whole; else by the
    head word before "of" where it says what the name is ("Office", "Committee", "Festival": ``NAME_HEADS``); else a
    work's. The model cuts at "of the" the titles of films, books, shows and songs ("Shaun of the Dead", "Eternal
    Sunshine of the Spotless Mind", "Return of the Mack"), and its labels of their halves are fragments' guesses
    ("Pirates" GPE, "Spotless Mind" FAC); an organisation so named it reads whole ("the International Committee of
    the Red Cross"), or its head says so."""
    whole = [h for h in halves if h.start <= start and h.end >= end]
    if whole:
        return whole[0].label_
    return NAME_HEADS.get(doc[of - 1].lower_, "WORK_OF_ART")


PAIR_ARTICLES = frozenset(["the", "a", "an"])
PAIR_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP"])


def join_named_pair(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with two given names joined by "and" between an article and a work's noun ("the [Ann] and [Lucy]
    show", "a [Ann] and [Lucy] book award") made one name, a work: the pair is the title of a show (or a double act's
    show) the sentence says the thing belongs to, and the model, reading two people, leaves each a first name alone.
    Only one-word given names, at least one of them read as a person; only before a noun of a work in small letters
    within two words ("book", "show", "series": ``KIND_NOUNS``), so "the Ann and Lucy wedding" is left (s18c)."""
    joins: list[tuple[int, int]] = []
    for first, second in zip(ents, ents[1:]):
        if len(first) != 1 or len(second) != 1 or second.start != first.end + 1 or doc[first.end].text != "and" \
                or first.start == 0 or doc[first.start - 1].lower_ not in PAIR_ARTICLES \
                or "PERSON" not in (first.label_, second.label_) \
                or not {first.label_, second.label_} <= PAIR_LABELS \
                or not all(in_given_list(e.text) and e[0].is_title for e in (first, second)):
            continue
        after = doc[second.end:second.end + 2]
        nouns = [t for t in after if t.is_lower and t.is_alpha]
        if nouns and nouns[0].i == second.end and any(KIND_NOUNS.get(t.lower_) == "WORK_OF_ART" and t.pos_ == "NOUN"
                                                     for t in nouns):
            joins.append((first.start, second.end))
    return _with_joins(doc, ents, joins, "WORK_OF_ART")


# Small words prose writes in small letters inside a sentence; one written with its capital between two capitalised
# words marks a title ("Songs About Ellen", "Love Is Blind", "Carry On Camping"). Not the articles (a name's own:
# "Scorsese's The Aviator"; and a run-on heading: "Campbell The BBC …"), nor "A" and "No" (a letter, a number: "Plan A
# Day", "No 10 Downing Street").
CAPITAL_SMALL_WORDS = frozenset(["about", "and", "is", "of", "to", "in", "on", "for", "with", "at", "from", "by",
                                 "who", "what", "it", "my", "your", "or", "out", "up", "are", "be", "me", "you", "we",
                                 "was", "not", "into", "over", "like"])


def join_capitalised_title(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a run of capitalised words that holds a small word written with its capital between two of them
    ("the album [Songs] About [Ellen]", "their hit Love Is [Blind]") made one name, a work: prose writes "about",
    "is", "and" small inside a sentence, a title capitalises them, and the model, reading the words around as a place
    and a person, cuts the title into fragments. Only a run one of the model's names lies in and none reaches past,
    inside a sentence after its first (the first may be a headline run into the body), within one line, no date, number
    or people in it, and not a run the model already reads whole (s18d)."""
    joins: list[tuple[int, int]] = []
    for cue in (doc[i] for i in tokens_among(doc, CAPITAL_SMALL_WORDS) if 1 <= i < len(doc) - 1):
        if not cue.is_title or cue.sent.start == 0 or cue.is_sent_start \
                or not _run_word(doc, cue.i - 1) or not _run_word(doc, cue.i + 1):
            continue
        start = cue.i
        while start > cue.sent.start and cue.i - start < CHUNK_MAX and _run_word(doc, start - 1):
            start -= 1
        end = cue.i + 1
        while end < cue.sent.end and end - cue.i - 1 < TITLE_RUN_MAX and _run_word(doc, end):
            end += 1
        if joins and start < joins[-1][1]:
            continue  # a second small word of the same run
        near = [e for e in ents if e.start < end and e.end > start]
        if not near or any(e.start < start or e.end > end or e.label_ in NOT_IN_TITLES for e in near) \
                or any(e.start == start and e.end == end for e in near):
            continue
        if any(e.label_ == "PERSON" and len(e) > 1 and e.end <= cue.i for e in near):
            continue  # "… Roger Hallam For Tidings": a person's full name before a title, not its words
        if any("\n" in t.whitespace_ for t in doc[start:end - 1]):
            continue
        joins.append((start, end))
    return _with_joins(doc, ents, joins, "WORK_OF_ART")


TITLE_RUN_MAX = 8  # words after the capitalised small word: a song's title runs long ("… Make It On Your Own")
CONTRACTIONS = frozenset(["n't", "'ll", "'re", "'ve", "'m", "’ll", "’re", "’ve", "’m"])


def _run_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a title's run, a small word written with its capital in it, or a contraction's end
    written on to the word before ("Ca|n't")."""
    token = doc[i]
    if token.lower_ in CONTRACTIONS:
        return i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_title
    return token.is_alpha and (token.is_title or token.is_upper) and "\n" not in token.whitespace_ \
        and not (token.is_sent_start and i > 0 and doc[i - 1].is_punct)


BODY_HEADS = frozenset([*(w for w, kind in NAME_HEADS.items() if kind == "ORG"), "school", "academy"])
TAIL_MAX = 3  # capitalised words after the "and" of a body's name ("… Health and Human Services")


def join_body_tail(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a body's name of the form "Department for A and B" the model ends before "and" ("the [Department
    for Education] and [Skills]", "[School of Magic] and [Sorcery]") or before a list of its fields ("[Department for
    Arts], [Media] and [Sport]") run on over them: a department or a school is named for two or three fields joined by
    "and", and the model, reading a field's word as a name of its own, cuts the body up. Only a name with a body's
    head word ("department", "ministry", "office", "institute", "school": ``BODY_HEADS``) before "of" or "for", and
    fields as ``body_fields_end`` reads them; the fields hold no name of the model's but an organisation's fragment
    (s18e)."""
    joins: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ != "ORG" or not _named_for_fields(ent):
            continue
        end = body_fields_end(doc, ent.end)
        if end is None:
            continue
        near = [e for e in ents if e is not ent and e.start < end and e.end > ent.end]
        if any(e.label_ != "ORG" or e.start < ent.end or e.end > end for e in near):
            continue
        joins.append((ent.start, end))
    return _with_joins(doc, ents, joins, "ORG")


def _named_for_fields(name: Span) -> bool:
    """Whether a name ends in a body's head word, "of" or "for" and a field: capitalised ordinary words ("Ministry of
    Health", "School of Motion Picture"). Not a body named for an office ("Office of the Deputy Prime Minister": its
    "the")."""
    doc = name.doc
    return any(t.lower_ in ("of", "for") and t.i > name.start and t.i + 1 < name.end
               and doc[t.i - 1].lower_ in BODY_HEADS
               and all(_title_word(w) and not w.is_upper and is_common_word(w.text) for w in doc[t.i + 1:name.end])
               for t in name)


def body_fields_end(doc: Doc, i: int) -> int | None:
    """Where the fields a body is named for end, when token ``i`` (just after the body's name) opens them: "and" and
    one to three capitalised ordinary words (``is_common_word``: fields, not names), or commas and such words before
    the "and" ("…, Media and Sport"); the capitalised run ends there. None where no such fields follow, a field's word
    is a body's own head word ("… and Harwick College": two bodies) or an acronym, or the document writes a field's
    words elsewhere not after "and" or a comma ("the Office of Water and Unison … Unison said": two bodies)."""
    end = i
    fields: list[Span] = []
    while end + 1 < len(doc) and doc[end].text in ("and", "&", ",") and len(fields) < TAIL_MAX:
        start = end = end + 1
        while end < len(doc) and end - start < TAIL_MAX and _title_word(doc[end]) and not doc[end].is_upper \
                and not _after_a_stop(doc, end) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end == start:
            return None
        fields.append(doc[start:end])
        if doc[start - 1].text != ",":
            break
    if not fields or doc[fields[-1].start - 1].text == "," or (end < len(doc) and _title_word(doc[end])):
        return None  # no "and" before the last field, or the capitalised run goes on
    if not all(is_common_word(t.text) and t.lower_ not in BODY_HEADS for field in fields for t in field) \
            or any(_written_alone(doc, field) for field in fields):
        return None
    return end


def _written_alone(doc: Doc, field: Span) -> bool:
    """Whether the document writes a field's words elsewhere, not after "and" or a list's comma."""
    words = [t.text for t in field]
    return any([t.text for t in doc[i:i + len(words)]] == words and doc[i - 1].text not in ("and", "&", ",")
               for i in range(1, len(doc)) if i != field.start)


def body_named_for_fields(span: Span) -> bool:
    """Whether a name is a body named for its fields, a list of them with commas ("Department for Arts, Media and
    Sport"): its first comma follows a body's name and opens the fields (``body_fields_end``)."""
    comma = next((t.i for t in span if t.text == ","), None)
    return comma is not None and comma > span.start and _named_for_fields(span.doc[span.start:comma]) \
        and body_fields_end(span.doc, comma) == span.end


def _with_joins(doc: Doc, ents: list[Span], joins: list[tuple[int, int]], label: str) -> list[Span]:
    """The names with each joined run (token offsets) in place of the names it covers, as one name of ``label``."""
    if not joins:
        return ents
    out = [e for e in ents if not any(e.start < b and e.end > a for a, b in joins)]
    out.extend(Span(doc, a, b, label=label) for a, b in joins)
    return sorted(out, key=lambda e: e.start)
