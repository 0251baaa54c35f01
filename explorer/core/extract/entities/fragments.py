"""Fragments of titles: a one-word name that is only a piece of a Title-Case title is no entity.

The model often types one capitalised word of a work's title and leaves the rest ("Tribute" and "Heroes" of "America:
A Tribute to Heroes", "Goat" of "The Goat or, Who is Sylvia?"). A fragment of a title should be the whole title or no
entity at all: a junk entity counts against the list, a missing one does not. The sign that a run of capitalised words
is a title and not a list of names is a small word written with its capital in mid-sentence ("A", "The", "Who", "To"):
prose writes those in small letters except in a title (or a headline, which is why a document's first sentence, where
BBC's headline runs into the body, is left alone). A word the document writes capitalised elsewhere outside such a run,
a place, a people and a given name or surname are kept: those are names of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from explorer.core.extract.entities.given_names import in_given_list, is_surname
from explorer.core.extract.entities.places import is_demonym, is_place

# small words a title joins its capitalised words with, in small letters ("Tribute to Heroes", "Star of the Sea")
JOINERS = frozenset(["of", "the", "a", "an", "to", "in", "on", "for", "with", "at", "from", "by", ":"])
ARTICLES = frozenset(["the", "a", "an"])  # "The Aviator", "The Sims": a name's own article, a title's only after a colon
# small words prose writes in small letters in mid-sentence; written with a capital, they mark a title
TITLE_SMALL_WORDS = frozenset(["a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "at", "from", "by",
                               "who", "is", "what", "it", "my", "your", "no"])
OPENERS = frozenset(['"', "“", "‘", "'", "(", "-", "–", "—", ";"])  # after these a capital is a sentence's own


def title_fragment(doc: Doc, start: int, end: int) -> bool:
    """True when the one-word name ``doc[start:end]`` (a leading "The" aside) sits in a run of capitalised words
    and small joining words that is a title by a small word capitalised in mid-sentence, and is no name of its own."""
    if end - start == 2 and doc[start].lower_ == "the":
        start += 1  # "The Goat"; not "A", which may be an initial ("A Hazell")
    if end - start != 1:
        return False
    word = doc[start]
    if not (word.is_alpha and word.is_title) or _own_name(word.text):
        return False
    sent = word.sent
    if sent.start == 0:
        return False  # the document's first sentence: a flattened headline capitalises its small words
    run = _run_around(doc, start, sent.start, sent.end)
    if not any(_capital_small_word(doc[i], sent.start) for i in run if i != start):
        return False
    return not _capitalised_elsewhere(doc, word, run)


def _own_name(text: str) -> bool:
    return is_place(text) or is_demonym(text) or in_given_list(text) or is_surname(text)  # is_place: a country or a city


def _run_around(doc: Doc, i: int, lo: int, hi: int) -> range:
    """The tokens around ``i`` that are capitalised words or small joining words, within the sentence."""
    a = i
    while a - 1 >= lo and _joins(doc, a - 1):
        a -= 1
    b = i + 1
    while b < hi and _joins(doc, b):
        b += 1
    return range(a, b)


def _joins(doc: Doc, i: int) -> bool:
    """A capitalised word, a small joining word, or the "or," of a double title ("The Goat or, Who is Sylvia?"); any
    other comma, "and" or "or" parts a list's names ("The Aviator, Million Dollar Baby and Sideways", "The Simpsons
    and This Is Spinal Tap")."""
    token = doc[i]
    if token.text == ",":
        return i > 0 and doc[i - 1].text == "or"
    if token.text == "or":
        return i + 1 < len(doc) and doc[i + 1].text == ","
    return token.is_title or token.lower_ in JOINERS


def _capital_small_word(token: Token, sent_start: int) -> bool:
    """A small word written with its capital where prose would not: not a sentence's first word, not after a quote,
    bracket, dash or a colon of prose, not an article (a name's own: "The Sims") unless it opens a subtitle, and in no name the model read ("The Hague", "Of Mice and Men" typed whole)."""
    if token.i == sent_start or token.lower_ not in TITLE_SMALL_WORDS or not token.is_title:
        return False
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    if before == ":":  # a subtitle after a capitalised word ("America: A Tribute"), not a colon of prose
        return token.i >= 2 and doc[token.i - 2].is_title and not token.ent_type_
    return token.lower_ not in ARTICLES and before not in OPENERS and not token.ent_type_


def _capitalised_elsewhere(doc: Doc, word: Token, run: range) -> bool:
    """The word written with its capital in mid-sentence outside this run: a name the document uses of its own."""
    for token in doc:
        if token.text == word.text and token.i not in run and not token.is_sent_start:
            return True
    return False
