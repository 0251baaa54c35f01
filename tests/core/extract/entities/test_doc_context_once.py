"""What the entity rules know of a document is computed once per parsed Doc (s11: extraction's own cost),
and is the same as computed afresh."""

from __future__ import annotations

from explorer.core.extract.entities import spans
from explorer.core.extract.entities.mentions import mentions_in
from explorer.core.extract.nlp import once_per_doc

TEXT = ("Trade Talks Resume In Geneva\n"
        "The Prime Minister met the World Trade Organization's director general, Ngozi Okonjo-Iweala, on "
        "Tuesday. Officials said the WTO would publish its report later.")


def test_the_document_context_is_computed_once_per_doc_and_equals_a_fresh_one(nlp):
    doc = nlp(TEXT)
    first = spans.doc_context(doc)
    assert spans.doc_context(doc) is first
    assert first == spans._doc_context(nlp(TEXT))  # the cached context is what a fresh walk gives


def test_mentions_are_the_same_with_the_context_already_cached(nlp):
    fresh = mentions_in("d", nlp(TEXT))
    doc = nlp(TEXT)
    spans.doc_context(doc)
    assert mentions_in("d", doc) == fresh


def test_once_per_doc_computes_once_for_each_doc(nlp):
    calls = []

    def count(doc):
        calls.append(doc)
        return len(doc)

    one, two = nlp("One text."), nlp("Another, longer text.")
    assert [once_per_doc(d, "test_count", count) for d in (one, two, one, two)] == [3, 5, 3, 5]
    assert calls == [one, two]


def test_the_longest_title_is_counted_once_and_names_lose_their_titles_as_before():
    from explorer.core.extract.entities.lexicon import longest_title_words, person_titles
    from explorer.core.extract.entities.mentions import mention_key

    assert longest_title_words() == max(len(t.split()) for t in person_titles()) >= 3
    assert mention_key("US Secretary of State Antony Blinken", "PERSON") == "antony blinken"
    assert mention_key("Prime Minister", "PERSON") == "prime minister"  # never the whole name
    assert mention_key("Dr. S. Jaishankar", "PERSON") == "s jaishankar"
