"""Line-ups, titles run into names, shows before their stars and firms' short names (issue 16, s9b).

On a fresh draw of BBC articles the model typed a rugby replacement of a line-up with no header in its sentence
("J de Villiers") a firm, ran a party and office into a name ("Lib Dem MP Lembit Opik"), made people of a member
noun ("Former Beatle Sir Paul McCartney"), a show ("Pop Idol mogul Simon Fuller") and a song ("Her most recent
single, Car Wash, featuring …"), left a firm's short name apart from its full name ("Jet" beside "Jet Airways"), a
drink a firm ("Guinness stout") and a minister's surname a firm once the model cut his given name ("Pranab
Mukherjee said"). Each test reads text of that kind and checks the entity list a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_line_up_of_initials_and_surnames_is_people_without_a_header(nlp):
    found = entities(nlp, "Ireland held on. Replacements were named after the match. H Shimange, CJ van der Linde, "
                          "G Britz, D Rossouw, M Claassens, J de Villiers, G du Toit/J Fourie.")
    assert found["J de Villiers"]["type"] == "PERSON"  # the model: an organisation
    assert found["CJ van der Linde"]["type"] == "PERSON"  # the model: an organisation


def test_a_list_of_firms_in_capitals_is_no_line_up(nlp):
    found = entities(nlp, "Shares in BP, BT, HSBC, Vodafone, Barclays, Tesco and Unilever rose.")
    assert found["HSBC"]["type"] == "ORG" and found["Barclays"]["type"] == "ORG"


def test_a_party_and_office_before_a_name_are_cut(nlp):
    found = entities(nlp, "Lib Dem MP Lembit Opik said ministers had invented a new category. Mr Opik was angry.")
    assert "Lembit Opik" in found and found["Lembit Opik"]["type"] == "PERSON"
    assert not any("MP" in name for name in found)


def test_an_office_after_a_name_and_a_name_alone_stay(nlp):
    found = entities(nlp, "Paul Boateng MP spoke first. Kate Hoey said ministers were wrong.")
    assert "Paul Boateng" in found and "Kate Hoey" in found


def test_a_member_noun_before_a_titled_person_is_no_person(nlp):
    found = entities(nlp, "Former Beatle Sir Paul McCartney played at the event, said Ringo Starr.")
    assert "Beatle" not in found  # the model: a person
    assert found["Paul McCartney"]["type"] == "PERSON"


def test_a_headline_name_before_a_club_stays(nlp):
    found = entities(nlp, "Man Utd to open books to Glazer Manchester United's board has agreed to talk to US "
                          "tycoon Malcolm Glazer.")
    assert any("Glazer" in name and e["type"] == "PERSON" for name, e in found.items())


def test_a_show_before_its_mogul_and_his_name_is_no_person(nlp):
    found = entities(nlp, "He was introduced by Pop Idol mogul Simon Fuller, who founded 19 Entertainment. "
                          "Fuller said the deal was done.")
    assert found.get("Pop Idol", {"type": "WORK_OF_ART"})["type"] != "PERSON"
    assert found["Simon Fuller"]["type"] == "PERSON"


def test_a_song_set_off_by_commas_after_single_is_a_work(nlp):
    found = entities(nlp, "Her most recent single, Car Wash, featuring Missy Elliott, reached number four.")
    assert found["Car Wash"]["type"] == "WORK_OF_ART"  # the model: a person
    assert found["Missy Elliott"]["type"] == "PERSON"


def test_a_name_set_off_after_a_film_it_happens_in_stays_a_person(nlp):
    found = entities(nlp, "In the film, Smith, who is 40, plays a spy.")
    assert found["Smith"]["type"] == "PERSON"


def test_a_firms_first_word_the_model_calls_a_person_joins_its_full_name(nlp):
    found = entities(nlp, "Jet Airways plans to buy ten new planes. Analysts expect Jet to raise fares. Jet said it "
                          "would grow.")
    assert "Jet" not in found  # the model: a person, apart from the firm
    assert found["Jet Airways"]["mention_count"] == 3


def test_a_town_named_only_as_a_place_stays_beside_its_police(nlp):
    found = entities(nlp, "Staunton Police this morning arrested a man. The shooting happened in Staunton on Monday.")
    assert found.get("Staunton Police", {}).get("mention_count", 1) == 1


def test_a_drink_after_a_brewers_name_is_a_product(nlp):
    found = entities(nlp, "Diageo's best-known brands include Smirnoff vodka and Guinness stout.")
    assert found["Guinness"]["type"] == "PRODUCT"  # the model: an organisation


def test_a_given_name_the_lists_lack_stays_with_its_surname(nlp):
    found = entities(nlp, "India wants foreign aerospace firms to outsource jobs to the nation. Pranab Mukherjee said "
                          "such companies could take advantage of its skills.")
    assert found["Pranab Mukherjee"]["type"] == "PERSON"
    assert "Mukherjee" not in found


def test_a_describing_word_stays_apart_from_the_organisation_it_begins(nlp):
    found = entities(nlp, "The Welsh Rugby Union said the tour would go ahead. There was a temporary resurgence in "
                          "the Welsh game, but the side lost.")
    assert found["Welsh Rugby Union"]["mention_count"] == 1  # "the Welsh game" is not the union
