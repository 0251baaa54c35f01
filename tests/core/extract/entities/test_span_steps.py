"""The span clean-up as named steps: the cascade's order, and one example per step on a hand-built parse.

Each Doc is built word by word with the tags, parts of speech and dependencies a
step reads, so a test shows the step's rule and does not depend on how the model
happens to parse the sentence.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from explorer.core.extract.entities import spans as sp
from explorer.core.extract.entities.spans import CLEAN_STEPS, SpanCut, clean_span, doc_context


@pytest.fixture(scope="module")
def vocab():
    from explorer.core.extract.nlp import load_pipeline

    return load_pipeline().vocab


def cut(vocab, words: list[str], label: str, start: int, end: int, **annotations) -> SpanCut:
    """A cut of ``words[start:end]`` with ``label``; words join with a space, except around line breaks."""
    spaces = [not w.isspace() and i + 1 < len(words) and not words[i + 1].isspace() and words[i + 1] not in ",.’s"
              for i, w in enumerate(words)]
    doc = Doc(vocab, words=words, spaces=spaces, **annotations)
    return SpanCut(doc, label, start, end, doc_context(doc))


def kept(c: SpanCut) -> str:
    return c.doc[c.start:c.end].text


def test_the_cascade_is_an_explicit_ordered_tuple_of_documented_steps():
    assert [step.__name__ for step in CLEAN_STEPS] == [
        "_trim_punctuation", "_drop_run_on", "_cut_at_titles", "_cut_at_brackets", "_cut_at_of_a_date", "_cut_at_spaced_dash",
        "_cut_at_comma", "_take_in_left_names", "_take_in_rest_of_a_longer_name", "_take_in_first_name",
        "_take_in_surname_after_initials", "_cut_leading_participle", "_cut_leading_lower_words", "_cut_leading_adverb", "_cut_leading_role_word", "_cut_leading_demonym", "_cut_leading_indirect_object", "_cut_leading_modifier", "_cut_leading_office",
        "_drop_member_word_before_a_person", "_take_in_capitalised_word",
        "_take_in_capitalised_head", "_take_in_right_names",
        "_take_in_name_particles", "_cut_trailing_title", "_cut_trailing_score", "_take_in_linked_words", "_take_in_front_head",
        "_take_in_nationality", "_cut_trailing_demonym", "_take_in_country_before_a_party",
        "_take_in_kind_word", "_cut_trailing_words", "_cut_headline_verb", "_cut_headline_before_the", "_drop_heading_words", "_drop_capitalised_by_position", "_drop_role_noun",
        "_drop_title_after_the",
        "_drop_word_written_lower", "_drop_title_fragment", "_drop_portfolio_before_office", "_drop_prefixed_name", "_drop_acronym_of_common_words",
        "_drop_epithet", "_drop_acronym_after_indefinite_article",
        "_drop_person_after_article", "_drop_name_only_in_a_heading", "_drop_time_zone",
    ]
    assert all(step.__doc__ for step in CLEAN_STEPS)


def test_trim_punctuation_cuts_quotes_and_a_possessive_and_drops_punctuation_only(vocab):
    c = cut(vocab, ["said", "“", "Okafor", "’s", "”", "team"], "PERSON", 1, 5)
    assert sp._trim_punctuation(c) and kept(c) == "Okafor"
    assert not sp._trim_punctuation(cut(vocab, ["“", "”", "x"], "PERSON", 0, 2))


def test_drop_run_on_refuses_a_line_break_or_a_bullet_inside(vocab):
    assert not sp._drop_run_on(cut(vocab, ["Harbour", "\n", "Summit"], "EVENT", 0, 3))
    assert not sp._drop_run_on(cut(vocab, ["•", "Coordinated"], "ORG", 0, 2))
    assert sp._drop_run_on(cut(vocab, ["Harbour", "Summit"], "EVENT", 0, 2))


def test_cut_at_titles_drops_a_span_inside_a_title_and_ends_a_name_where_a_title_starts(vocab):
    words = ["US", "Secretary", "of", "State", "Lena", "Ortiz", "spoke"]
    assert not sp._cut_at_titles(cut(vocab, words, "ORG", 3, 4))  # "State"
    c = cut(vocab, ["Goldman", "Sachs", "Managing", "Director", "Peter", "Okafor"], "ORG", 0, 3)
    assert sp._cut_at_titles(c) and kept(c) == "Goldman Sachs"


def test_cut_at_comma_ends_an_organisation_but_not_a_place(vocab):
    words = ["Acme", ",", "Globex", "and", "Initech", "agreed"]
    c = cut(vocab, words, "ORG", 0, 5)
    assert sp._cut_at_comma(c) and kept(c) == "Acme"
    place = cut(vocab, ["Springfield", ",", "IL"], "GPE", 0, 3)
    assert sp._cut_at_comma(place) and kept(place) == "Springfield, IL"


def test_take_in_left_names_adds_a_proper_noun_compounded_with_the_name(vocab):
    c = cut(vocab, ["They", "join", "Pax", "Silica", "."], "ORG", 3, 4,
            pos=["PRON", "VERB", "PROPN", "PROPN", "PUNCT"], deps=["nsubj", "ROOT", "compound", "dobj", "punct"],
            heads=[1, 1, 3, 1, 1])
    assert sp._take_in_left_names(c) and kept(c) == "Pax Silica"


def test_cut_leading_participle_cuts_the_verb_and_its_preposition(vocab):
    c = cut(vocab, ["Participated", "in", "the", "Harbour", "Summit"], "EVENT", 0, 5,
            tags=["VBN", "IN", "DT", "NNP", "NNP"], pos=["VERB", "ADP", "DET", "PROPN", "PROPN"])
    assert sp._cut_leading_participle(c) and kept(c) == "the Harbour Summit"


HEADLINE = ["Okonkwo", "Heads", "To", "Lagos", "For", "Harbour", "Summit", "\n\n",
            "Invitation", "Details", "and", "Travel", "Plans", "\n", "Minister", "Okonkwo", "will", "travel", "."]


def test_cut_headline_verb_cuts_ordinary_words_after_a_name_in_a_heading(vocab):
    c = cut(vocab, HEADLINE, "PERSON", 0, 2)
    assert sp._cut_headline_verb(c) and kept(c) == "Okonkwo"


def test_drop_heading_words_drops_a_span_of_ordinary_title_case_words(vocab):
    assert not sp._drop_heading_words(cut(vocab, HEADLINE, "ORG", 8, 10))  # "Invitation Details"
    assert sp._drop_heading_words(cut(vocab, HEADLINE, "GPE", 8, 10))  # places are not checked


SENTENCES = ["Challenges", "remain", ",", "however", ".", "The", "board", "met", "Collins", ".",
             "Collins", "agreed", "."]
STARTS = [True, False, False, False, False, True, False, False, False, False, True, False, False]


def test_drop_capitalised_by_position_drops_an_ordinary_word_capitalised_only_by_a_sentence_start(vocab):
    assert not sp._drop_capitalised_by_position(cut(vocab, SENTENCES, "PERSON", 0, 1, sent_starts=STARTS))
    # "Collins" starts a sentence too, but the document also writes it mid-sentence
    assert sp._drop_capitalised_by_position(cut(vocab, SENTENCES, "PERSON", 10, 11, sent_starts=STARTS))


def test_drop_person_after_article_keeps_a_compound(vocab):
    words = ["He", "said", "the", "Ministerial", "will", "meet", "the", "Ministerial", "office", "."]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "compound", "dobj", "punct"]
    heads = [1, 1, 3, 5, 5, 1, 8, 8, 5, 1]
    assert not sp._drop_person_after_article(cut(vocab, words, "PERSON", 3, 4, deps=deps, heads=heads))
    assert sp._drop_person_after_article(cut(vocab, words, "PERSON", 7, 8, deps=deps, heads=heads))


def test_clean_span_runs_the_steps_in_turn(vocab):
    c = cut(vocab, ["said", "“", "Acme", ",", "Globex", "”"], "ORG", 1, 6)
    assert clean_span(Span(c.doc, c.start, c.end, "ORG"), c.context) == (2, 3)
    c = cut(vocab, HEADLINE, "ORG", 8, 10)
    assert clean_span(Span(c.doc, c.start, c.end, "ORG"), c.context) is None


def test_an_acronym_after_an_indefinite_article_is_a_common_noun(vocab):
    assert not sp._drop_acronym_after_indefinite_article(cut(vocab, ["He", "is", "an", "MEP", "now"], "ORG", 3, 4))
    assert sp._drop_acronym_after_indefinite_article(cut(vocab, ["He", "joined", "the", "BBC"], "ORG", 3, 4))
