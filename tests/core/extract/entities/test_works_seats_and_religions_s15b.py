"""Works told by the list or the words around them, seats by their nouns, towns before a band's noun, religions, and a
party's short name run into a person (issue 16, the twenty-seventh pass, s15).

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the entity list a
reader of Explorer would see; the negative tests hold what the cues must leave alone.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities, types_of


def test_what_a_seat_or_a_constituency_is_of_is_a_place(nlp):
    found = types_of(nlp, "The veteran left-winger became an MP at 30 for his home seat of Blaenau Gwent and held it "
                          "until 1992, when he stood down.")
    assert found.get("Blaenau Gwent") == "GPE", found  # the model: ORG
    found = types_of(nlp, "The party's candidate is running for the constituency of Dewsbury, where he grew up, and "
                          "says he is confident.")
    assert found.get("Dewsbury") == "GPE", found  # the model: ORG


def test_an_item_of_a_list_a_seat_noun_opens_is_a_place(nlp):
    found = types_of(nlp, "Voters go to the polls in May. The seats the Greens hope to win at the election are: "
                          "Norwich South, Brighton Pavilion, Leeds West, Hove, Liverpool Wavertree, Isle of Man, "
                          "Cardiff North and Lewes.")
    assert found.get("Liverpool Wavertree") == "GPE", found  # the model: ORG


def test_a_list_of_board_seats_names_no_places(nlp):
    found = types_of(nlp, "Voters go to the polls in May. The bank's chief holds seats on the boards of Shell, "
                          "Unilever, Barclays and Rolls-Royce, the annual report shows.")
    assert found.get("Unilever") == "ORG" and found.get("Barclays") == "ORG", found


def test_the_examples_of_a_plural_work_noun_are_works(nlp):
    found = types_of(nlp, "The singer burst onto the scene in 2001. Her hits include Stronger Than Me, Toxic Love and "
                          "Rainbow, and her new album is out in May.")
    assert found.get("Toxic Love") == "WORK_OF_ART", found  # the list's others: the model's firms
    assert found.get("Rainbow") == "WORK_OF_ART", found  # the model: ORG
    found = types_of(nlp, "The director made a string of horror films. He worked on several sequels, including "
                          "Scream II, and wrote a novel about the studio.")
    assert found.get("Scream II") == "WORK_OF_ART", found  # the model: FAC


def test_what_the_words_are_to_is_a_song_and_his_words_to_congress_are_not(nlp):
    found = types_of(nlp, "Fans were asked to name their favourite song. Everybody knows the words to Stairway To "
                          "Heaven, one fan wrote on the website.")
    assert found.get("Stairway To Heaven") == "WORK_OF_ART", found  # the model: ORG
    found = types_of(nlp, "In his words to Congress, the president said the plan would work.")
    assert found.get("Congress") == "ORG", found


def test_a_sentences_cue_outweighs_the_guess_from_a_names_words_in_its_document(nlp):
    found = entities(nlp, "Fans voted for their favourite song of the decade. Everybody knows the words to Purple "
                          "Rhapsody, one fan said. It was no surprise that Purple Rhapsody won, another said, as "
                          "Purple Rhapsody is played at every wedding.")
    assert found["Purple Rhapsody"]["type"] == "WORK_OF_ART", found  # two "mentions" typed ORG by their words


def test_a_name_after_an_owners_single_is_a_song(nlp):
    found = types_of(nlp, "Elton's single Candle Burning became the UK's number one on Sunday, the chart company said.")
    assert found.get("Candle Burning") == "WORK_OF_ART", found  # the model: ORG


def test_a_town_before_a_bands_noun_is_a_place(nlp):
    found = types_of(nlp, "The show was won by Bristol band Massive Attack, ahead of Brighton duo The Kooks and Leeds "
                          "group Kaiser Chiefs.")
    assert found.get("Bristol") == "GPE", found  # the model: ORG
    found = types_of(nlp, "Among the acts are Leeds band The Pigeon Detectives and Oxford group Supergrass, the "
                          "festival said.")
    assert found.get("Oxford") == "GPE", found  # the model: ORG


def test_a_religion_is_a_religious_group(nlp):
    found = entities(nlp, "The book looks at the treatment of women in the West, and at how films portray Islam.")
    assert found["Islam"]["type"] == "NORP", found  # the model: ORG


def test_a_performance_in_a_title_before_the_clause_is_in_a_work(nlp):
    found = types_of(nlp, "She was praised for her performance in Monster so the jury gave her a shared award at the "
                          "film festival, the actress's agent said.")
    assert found.get("Monster") == "WORK_OF_ART", found  # the model: GPE


def test_a_two_word_party_name_run_into_a_person_is_cut_off(nlp):
    found = types_of(nlp, "The Lib Dem home affairs spokesman spoke first. Later, Lib Dem David Howarth said the plan "
                          "was unworkable.")
    assert "Lib Dem David Howarth" not in found and found.get("David Howarth") == "PERSON", found
