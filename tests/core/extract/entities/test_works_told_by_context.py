"""Works, firms and events the small model types as people, places or laws, told by the context around the name
(issue 16, the twenty-fourth pass, s14): a work "about" its subject, a work before its director, a work named the
best of its kind, a numbered title that is no law, what shares are held in, a prize's categories, and an
organisation run into a country.

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the entity list
a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import types_of


def test_a_name_set_off_before_about_and_its_subject_is_a_work(nlp):
    found = types_of(nlp, "Last year the drama prize went to a period piece, while Bitter Harvest, about the 1984 "
                          "miners' strike, won in 2003.",
                     "Judges praised the dark fairy tale Glass Orchard, about a young girl with wings for arms, and "
                     "its score.")
    assert found.get("Bitter Harvest") == "WORK_OF_ART", found  # the model: ORG
    assert found.get("Glass Orchard") == "WORK_OF_ART", found  # the model: PERSON


def test_about_a_quantity_or_after_telling_says_no_work(nlp):
    found = types_of(nlp, '"It was a mess," he told Jenkins, about the deal. Roberts, about a third of whose staff '
                          "left, said nothing.")
    assert found.get("Jenkins") != "WORK_OF_ART", found
    assert found.get("Roberts") != "WORK_OF_ART", found


def test_a_name_the_model_calls_a_person_before_its_director_is_the_work(nlp):
    found = types_of(nlp, "Peter Rabbit director Anna Kowalski has signed a three-year deal with Warner Brothers. "
                          "The studio said Kowalski would make three films.",
                     "Tom Thumb producer Anna Kowalski has signed a three-year deal with Warner Brothers.")
    assert found.get("Peter Rabbit") == "WORK_OF_ART", found  # the model: PERSON
    assert found.get("Tom Thumb") == "WORK_OF_ART", found
    assert found.get("Anna Kowalski") == "PERSON", found


def test_a_place_or_a_person_of_the_document_before_a_director_stays(nlp):
    found = types_of(nlp, "Hollywood director Anna Kowalski has signed a deal. Steven Kowalski director Anna "
                          "Kowalski left.")
    assert found.get("Hollywood") == "GPE", found
    assert found.get("Steven Kowalski") == "PERSON", found


def test_a_name_named_best_comedy_is_a_work(nlp):
    found = types_of(nlp, "Hollow Creek was named best comedy while Keane won the album prize. Later, Hollow Creek's "
                          "second series was announced.")
    assert found.get("Hollow Creek") == "WORK_OF_ART", found  # the model: ORG
    assert found.get("Keane") == "ORG", found


def test_a_numbered_title_with_no_word_of_a_law_is_no_law(nlp):
    found = types_of(nlp, "Sony said sales of Tekken 5 were strong. The game has sold more than five million "
                          "copies, and gamers queued for the console.")
    assert found.get("Tekken 5") == "PRODUCT", found  # the model: LAW


def test_a_law_named_with_its_number_stays_a_law(nlp):
    found = types_of(nlp, "Section 404 obliges chief executives to take responsibility for their accounts. The "
                          "game of compliance has cost firms millions, and the software to run it more.")
    assert found.get("Section 404") == "LAW", found


def test_what_shares_are_held_in_is_a_firm(nlp):
    found = types_of(nlp, "Shares in Solwick rose 5% on Monday after the takeover bid. Solwick, the housebuilder, "
                          "said it would talk to the bidder.")
    assert found.get("Solwick") == "ORG", found  # the model: GPE, then PERSON


def test_shares_in_a_known_place_or_before_a_possessive_stay_places(nlp):
    found = types_of(nlp, "Investors may be able to buy the shares in Hong Kong. Shares in Germany's ThyssenKrupp "
                          "fell.")
    assert found.get("Hong Kong") == "GPE", found
    assert found.get("Germany") == "GPE", found


def test_a_name_before_a_prizes_categories_is_the_prize(nlp):
    found = types_of(nlp, "In other Golden Harp categories, the winner was a newcomer.")
    assert found.get("Golden Harp") == "EVENT", found  # the model: GPE


def test_an_organisation_run_into_a_country_that_starts_a_clause_is_the_two(nlp):
    found = types_of(nlp, '"With Labour Britain is working," Mr Kemp said. Labour said it would win the election.')
    assert "Labour Britain" not in found, found
    assert found.get("Labour") == "ORG", found
    assert found.get("Britain") == "GPE", found


def test_what_a_star_is_of_is_a_work_and_so_are_the_lists_later_items(nlp):
    found = types_of(nlp, "Chinese actress Mei Lin, star of Crouching Heron, Hidden Fox, Hero and The Flying Mill, "
                          "is the latest name to join the jury.")
    assert found.get("Crouching Heron") == "WORK_OF_ART", found  # the model: ORG
    assert found.get("Hidden Fox") == "WORK_OF_ART", found  # the model: PERSON


def test_a_star_of_a_match_after_its_day_is_no_work(nlp):
    # the parser hangs the competition on "of" though a possessive stands between and a noun follows
    found = types_of(nlp, "Davies, one of the stars of Saturday's RBS Six Nations win over England, is only on a year "
                          "contract at Kingsholm. But the hooker has proved his worth.")
    assert found.get("RBS Six Nations") != "WORK_OF_ART", found


def test_what_a_role_is_in_is_a_work_in_a_document_about_the_screen(nlp):
    found = types_of(nlp, "The actor was named best actor in a TV drama for his lead role in Marrowfield. The film "
                          "critics and the cast praised the series.")
    assert found.get("Marrowfield") == "WORK_OF_ART", found  # the model: GPE


def test_a_character_played_in_a_title_that_goes_on_stays_the_character(nlp):
    found = types_of(nlp, "Before joining the show, he had signed up to play Jack in Jack and the Beanstalk in "
                          "Birmingham, and the actor said the stage was his first love. The film version followed.")
    assert found.get("Jack") == "PERSON", found


def test_a_shirts_number_is_no_numbered_title(nlp):
    found = types_of(nlp, "The Welsh region has two outstanding young No 9 prospects in Richie Rowe and Rhodri Wells. "
                          "Both starred in the series against the Scots, and the director of rugby was pleased.")
    assert found.get("No 9") != "WORK_OF_ART", found
