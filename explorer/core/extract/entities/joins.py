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
from explorer.core.extract.entities.lexicon import person_titles
from explorer.core.extract.entities.places import is_place

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
    whole = first.doc[first.start:second.end].text
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
