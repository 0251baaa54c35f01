"""Venues, car models, lists of two firms and given names that are words too (issue 16, entities, s7).

On unread BBC articles the model typed a theatre or a ground written "at the X" as an
organisation or a person ("at the Gielgud", "at the Gnoll"), a car model as a person
("Pontiac Grand Prix sedans"), ran two firms of a list into one ("Gazprom and
Rosneft"), and left a scorer whose given name is also an English word ("Gregory
Vignal") an organisation, apart from his own surname. Each test reads text of that kind
and checks the entity list a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_name_written_at_the_x_that_no_gazetteer_knows_is_a_venue(nlp):
    found = entities(nlp, "An amalgamated Under-18 side plays its first match on Thursday, against Italy at the Gnoll.",
                     "Dame Judi Dench, who starred in All's Well That Ends Well at the Gielgud, lost out to Amanda "
                     "Harris.")
    assert found["Gnoll"]["type"] == "FAC"  # the model: a person
    assert found["Gielgud"]["type"] == "FAC"  # the model: an organisation


def test_at_the_x_leaves_a_body_the_corpus_shows_acting_and_an_event(nlp):
    found = entities(nlp, "The deal was signed at the Barclaycard headquarters last week.",
                     "He spoke at the Bundesbank on Monday.", "The Bundesbank said rates would stay on hold.",
                     "She won at the Oscars in February.")
    assert found["Bundesbank"]["type"] == "ORG"  # "the Bundesbank said": it acts
    assert found.get("Oscars", {"type": "EVENT"})["type"] != "FAC"  # a plural: an event, no venue


def test_a_car_model_before_a_kind_of_car_is_a_product(nlp):
    found = entities(nlp, "GM is also recalling 19,924 Cadillac XLR coupes, SRX SUVs and Pontiac Grand Prix sedans "
                          "from the 2004 model year.")
    assert found["Pontiac Grand Prix"]["type"] == "PRODUCT"  # the model: a person
    assert found.get("Cadillac XLR", found.get("XLR"))["type"] == "PRODUCT"  # the model: an organisation


def test_two_firms_the_document_writes_apart_are_not_one_name(nlp):
    found = entities(nlp, "The sale was arranged by Deutsche Bank and Gazpromneft, a former unit of Russian gas "
                          "monopoly Gazprom which is due to merge with Rosneft. Analysts said the ability of Gazprom "
                          "and Rosneft to trade freely overseas had been stifled.")
    assert "Gazprom and Rosneft" not in found
    assert found["Gazprom"]["type"] == "ORG" and found["Rosneft"]["type"] == "ORG"


def test_a_firm_named_for_two_people_stays_whole(nlp):
    found = entities(nlp, "Procter & Gamble said sales rose; Procter & Gamble shares fell.")
    assert "Procter & Gamble" in found  # its halves are never written apart


def test_a_given_name_that_is_also_a_word_makes_a_person_whose_surname_the_document_writes_alone(nlp):
    found = entities(nlp, "Rangers seal Old Firm win Goals from Gregory Vignal and Nacho Novo gave Rangers a scrappy "
                          "victory at Celtic Park. Vignal struck first after a corner. Novo added a second.")
    assert found["Gregory Vignal"]["type"] == "PERSON"  # the model: an organisation


def test_at_the_x_and_y_departments_is_no_venue(nlp):
    found = entities(nlp, "Officials at the Interior and Commerce departments said they have reimposed the rules, "
                          "said Interior Secretary Ken Salazar.")
    assert found["Interior"]["type"] != "FAC"  # the name of a department coordinated with another


def test_the_words_of_a_web_address_are_no_names(nlp):
    found = entities(nlp, "http: / / www. pba - online. net / boxing / Wladimir - Klitschko - stops - Tony - Thompson\n"
                          "Wladimir Klitschko stops Tony Thompson in 6th round\nWladimir Klitschko stopped Tony Thompson "
                          "in the sixth round on Saturday.")
    assert "Wladimir" not in found and "Klitschko" not in found  # only the names of the text
    assert "Wladimir Klitschko" in found


def test_a_first_word_written_alone_is_the_department_or_theatre_the_document_names(nlp):
    found = entities(nlp, "The Interior Department listed the bear as threatened. Interior Secretary Dirk Kempthorne "
                          "said the rule would stand. Officials at Interior said more listings would follow.")
    assert "Interior" not in found  # it joins the department
    assert found["Interior Department"]["type"] == "ORG"


def test_cities_after_a_loss_to_are_clubs(nlp):
    found = entities(nlp, "Chelsea's confidence had been shaken by consecutive losses to Newcastle and Barcelona in "
                          "the previous week.")
    assert found["Barcelona"]["type"] == "ORG"  # the model: a city
    assert found["Newcastle"]["type"] == "ORG"


def test_a_town_before_its_police_department_stays_the_town(nlp):
    found = entities(nlp, "LaSalle drank 1/2 liter of Vodka before he drove to the Sam's Club in Bloomington and parked "
                          "his car.\n“We were trying to provide comfort for her,” said Sgt. Marty Earley with the "
                          "Bloomington Police Department.")
    assert found["Bloomington"]["type"] == "GPE"  # not the department
