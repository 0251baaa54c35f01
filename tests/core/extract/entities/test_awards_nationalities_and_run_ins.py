"""Awards the model reads as people or places, nationalities it reads as things, a date run into a name, and a
party's word run into a person (issue 16, s11).

The three s10 draws (seeds 69-71) found "Oscar" a person and "Golden Lion" a building beside "award", "Chinese" a
product, "Walkman of the 21st Century" a firm, and "Tory Edward Turnour" a person. Each test reads text of that kind,
never the draws' own sentences, and checks the entity list a reader of Explorer sees.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from explorer.core.extract.entities.spans import clean_cut, doc_context
from tests.core.extract.entities.conftest import entities


def test_an_award_after_its_category_is_an_event_in_every_mention(nlp):
    found = entities(nlp, "Kidman was nominated for an Oscar last year. She won the best actress Oscar in 2003 and "
                          "the film picked up three Oscars.")
    assert found["Oscar"]["type"] == "EVENT"  # the model: a person ("an Oscar"), and "Oscars" a firm
    assert "Oscars" not in found  # the plural joins the award


def test_an_award_before_its_nominations_types_it_across_the_corpus(nlp):
    found = entities(nlp, "Winning a Bafta means a great deal to me, said the actress, who won a Bafta in 1999.",
                     "The director has two Bafta nominations this year.")
    assert found["Bafta"]["type"] == "EVENT"  # the model: a place, a work


def test_an_award_hyphened_to_its_winners_is_an_event(nlp):
    found = entities(nlp, "The Grammy-winning singer Norah Jones sold more records. Her Grammy sits on a shelf.")
    assert found["Grammy"]["type"] == "EVENT"  # the model: "Her Grammy" a person


def test_a_person_the_document_names_stays_a_person_before_a_nomination(nlp):
    found = entities(nlp, "Gordon Brown won the Labour nomination for the seat. Brown nomination papers were filed on "
                          "Monday.")
    assert found["Gordon Brown"]["type"] == "PERSON"  # guard: a person the document names is no award


def test_a_best_friend_is_no_award(nlp):
    found = entities(nlp, "His best friend Tom said the young man had been happy. Tom Walker is 23.")
    assert found["Tom Walker"]["type"] == "PERSON"  # guard: "friend" is no category of an award


def test_a_nationality_before_a_kind_noun_stays_a_nationality(nlp):
    found = entities(nlp, "Chinese computer firm Lenovo said it would buy the unit. Chinese officials agreed.")
    assert found["Chinese"]["type"] == "NORP"  # the corpus vote made it a product by "computer"
    assert found["Lenovo"]["type"] == "ORG"


def test_a_nationality_word_the_model_reads_as_a_place_is_a_nationality(nlp):
    found = entities(nlp, "The Kuwaiti minister met the envoy. Kuwaiti troops crossed the border at dawn.")
    assert found["Kuwaiti"]["type"] == "NORP"


def test_a_language_stays_a_language(nlp):
    found = entities(nlp, "She speaks fluent Japanese and teaches it in Leeds.")
    assert found.get("Japanese", {"type": "LANGUAGE"})["type"] in ("LANGUAGE", "NORP")  # guard: never a place


def test_a_numbered_time_after_of_the_is_no_part_of_the_name(nlp):
    found = entities(nlp, "Sony has touted the machine as the Walkman of the 21st Century, analysts said.")
    assert "Walkman of the 21st Century" not in found  # the model: one firm
    assert "Walkman" in found


def test_a_title_without_a_number_after_of_the_stays_whole(nlp):
    found = entities(nlp, "She won a Bafta for her role in Eternal Sunshine of the Spotless Mind, the film by "
                          "Michel Gondry.")
    assert "Eternal Sunshine of the Spotless Mind" in found  # guard


def test_a_given_name_before_a_full_name_stays(nlp):
    found = entities(nlp, "Mary Jo White said the case was closed on Friday.")
    assert "Mary Jo White" in found  # guard: the document writes "Mary" before no common noun


def _cut_of(nlp, words: list[str], pos: list[str], start: int, end: int) -> str:
    """The name the span clean-up keeps of ``words[start:end]`` read as one person (a hand-built parse: the model
    splits such a run itself in most sentences, and runs it together in a few)."""
    doc = Doc(nlp.vocab, words=words, pos=pos)
    cut = clean_cut(Span(doc, start, end, label="PERSON"), doc_context(doc))
    return doc[cut.start:cut.end].text if cut else ""


def test_a_partys_word_the_document_writes_before_a_noun_is_cut_from_a_person(nlp):
    words = ["but", "Tory", "Michael", "Ancram", "said", "so", ".", "Labour", "rejected", "the", "Tory", "idea", "."]
    pos = ["CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PROPN", "VERB", "DET", "PROPN", "NOUN",
           "PUNCT"]
    assert _cut_of(nlp, words, pos, 1, 4) == "Michael Ancram"


def test_a_given_name_written_before_no_noun_stays_in_the_name(nlp):
    words = ["but", "Mary", "Jo", "White", "said", "so", ".", "Mary", "said", "more", "."]
    pos = ["CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"]
    assert _cut_of(nlp, words, pos, 1, 4) == "Mary Jo White"  # guard


def test_a_headline_place_after_at_run_into_a_person_is_two_names(nlp):
    found = entities(nlp, "Safin crashes out at Florence Marat Safin lost in the first round on Tuesday, and Safin "
                          "said he was tired.")
    assert "Florence Marat Safin" not in found  # the model: one building; Florence is a given name too
    assert found["Marat Safin"]["type"] == "PERSON" and found["Florence"]["type"] == "GPE"


def test_a_given_name_that_is_a_place_stays_in_a_person_outside_a_headline(nlp):
    found = entities(nlp, "Talks with Mary Jo White ended on Friday. White said the case was closed.")
    assert "Mary Jo White" in found  # guard


def test_a_capitalised_number_word_before_a_fragment_is_the_names(nlp):
    found = entities(nlp, "The coach spoke on Monday. Wales beat Ireland to end the entire 2005 Six Nations campaign "
                          "with a win.")
    assert "Nations" not in found  # the model: "Six" a count, "Nations" a firm
    assert "Six Nations" in found


def test_a_count_before_a_name_in_a_headline_run_in_is_no_name(nlp):
    found = entities(nlp, "Party trio in vote row Three Labour councillors in Leeds were caught on film. Labour said "
                          "it would act.")
    assert "Three Labour" not in found  # guard: the body's first words count councillors


def test_a_headline_word_run_into_the_front_of_a_name_is_cut(nlp):
    found = entities(nlp, "Latest Opera browser gets vocal Opera Software has added voice control to its browser. "
                          "People using Opera can also magnify text, and Opera is free to download. The latest "
                          "version came out on Monday.")
    assert "Latest Opera" not in found  # the model: one product; "latest" is written in lower case below
    assert found["Opera"]["type"] == "PRODUCT"  # the headline's "browser" now types the name itself
    assert found["Opera Software"]["type"] == "ORG"  # the firm named after its product stays a firm


def test_a_given_name_at_a_headlines_front_stays(nlp):
    found = entities(nlp, "Will Smith to star in space film Will Smith is to star in a film about space, and it will "
                          "open in May. Smith said he was thrilled.")
    assert "Will Smith" in found and "Smith" not in found  # guard: "will" is written in lower case too


def test_a_building_before_award_is_the_award(nlp):
    found = entities(nlp, "The film picked up the Golden Lion award at the festival on Saturday.")
    assert found["Golden Lion"]["type"] == "EVENT"  # the model: a building


def test_a_one_word_group_that_is_no_word_for_a_people_is_an_organisation(nlp):
    found = entities(nlp, "Shares in Investec rose after the results.")
    assert found["Investec"]["type"] == "ORG"  # the model: a people (NORP)


def test_a_people_named_from_a_country_in_stan_is_a_nationality(nlp):
    found = entities(nlp, "Officials said the Kazakh government had agreed. Kazakh troops crossed the border.")
    assert found["Kazakh"]["type"] == "NORP"  # the model: a firm; Kazakhstan is the country


def test_a_religion_stays_a_group(nlp):
    found = entities(nlp, "Protesters gathered in Colombo on Monday, and Muslim leaders joined them.")
    assert found["Muslim"]["type"] == "NORP"  # guard: an English word for a people
