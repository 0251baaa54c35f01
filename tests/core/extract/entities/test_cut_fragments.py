"""Names the model cut inside their proper-noun chunk, and software named by its versions (issue 16, eighth pass).

On ECB+ articles the model ended a sentence at the full stop of an initial and left
"H.R." of "chief of staff H.R. Haldeman" a name of its own, and the span steps cut a
final honorific off names that are no people ("Notre Dame's" kept "Notre", "Ole Miss"
kept "Ole"). Each test reads text of that kind and checks the entity list a reader
would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_initials_take_in_the_surname_the_parser_split_off(nlp):
    found = entities(nlp, "The tapes captured chief of staff H.R. Haldeman telling Nixon that Felt was the source. "
                          "Haldeman later went to prison.")
    assert "H.R." not in found  # the model: a name of its own, the surname apart
    assert found["H.R. Haldeman"]["type"] == "PERSON"


def test_a_final_honorific_stays_in_a_name_no_person_follows(nlp):
    found = entities(nlp, "The Tar Heels have 42 wins, second only to Notre Dame's 44. They beat Ole Miss twice.")
    assert "Notre" not in found  # "Dame" was cut as an honorific
    assert "Notre Dame" in found


def test_a_final_honorific_before_a_name_is_still_cut(nlp):
    found = entities(nlp, "Speaking to the Sunday Times Mr Campbell said he would not resign.")
    assert "Sunday Times Mr" not in found


def test_a_hyphen_written_between_spaces_joins_the_halves_of_one_name(nlp):
    found = entities(nlp, "She worked at the Mat - Su Regional Hospital as a nurse. Her sister Dina Coburn told "
                          "the San Diego Union - Tribune the case was closed. Dominique Strauss - Kahn resigned.")
    assert "Mat" not in found and "San Diego Union" not in found  # the dash had cut them
    assert "San Diego Union - Tribune" in found


def test_a_spaced_dash_stays_a_break_where_the_text_writes_hyphens_without_spaces(nlp):
    found = entities(nlp, "The well-known fly-half was dropped. Jonathan Kaplan - England's most capped referee - "
                          "took charge of the game at Twickenham.")
    assert not any(" - " in name for name in found)  # an aside, not a hyphen


def test_a_name_after_versions_of_is_a_product_for_the_corpus(nlp):
    found = entities(nlp, "Security researchers first saw evidence of attacks exploiting the IE vulnerability last "
                          "week. McAfee Avert Labs researchers reported variants of the IE exploit. The company said "
                          "the patch consists of more than 300 distinct updates for more than half-a-dozen versions "
                          "of IE in around 50 languages.")
    assert found["IE"]["type"] == "PRODUCT"  # the model: an organisation twice of three
    assert found["IE"]["mention_count"] == 3


def test_a_place_the_gazetteer_knows_keeps_its_small_words(nlp):
    found = entities(nlp, "The bombings at the U.S. embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed "
                          "257 people.")
    assert "Dar" not in found and "Salaam" not in found  # split at "es" as two names run together
    assert found["Dar es Salaam"]["type"] == "GPE"
