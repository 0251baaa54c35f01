"""Sport reports left by the twentieth pass (issue 16, s13c): a club under its town's name in transfer news (no score
to say "sport report"), and a fixture list's next line run into a country.

Each test reads invented sentences of a kind the small model gets wrong in BBC sport articles and checks the entity
list a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import types_of





TRANSFER = ("Arsenal keeper Tom Baxter is set to join Preston on a month's loan. Baxter has been displaced by the "
            "arrival of a new signing. Meanwhile, Holloway is hoping to complete the signing of Middlesbrough defender "
            "Andy Carter before Saturday's match. Carter impressed during a recent loan spell.")


def test_a_town_in_transfer_news_without_a_score_is_the_club(nlp):
    found = types_of(nlp, TRANSFER)
    # no score in the text: two players' positions ("keeper", "defender") say a sport report
    assert found.get("Preston") == "ORG", found  # "join Preston on loan"
    assert found.get("Middlesbrough") == "ORG", found  # "Middlesbrough defender"


def test_a_town_outside_sport_stays_a_place(nlp):
    found = types_of(nlp, "The family moved to join relatives in Preston last year. Officials in Middlesbrough "
                          "said the goal of the scheme was to build homes this season.")
    assert found.get("Preston") == "GPE", found
    assert found.get("Middlesbrough", "GPE") == "GPE", found


def test_a_results_word_run_into_a_country_is_the_country(nlp):
    found = types_of(nlp, "Mauritius v Madagascar Winners meet in final match Mozambique v Zimbabwe Namibia v "
                          "Botswana Winners meet in final match.")
    assert "Botswana Winners" not in found and "Madagascar Winners" not in found, found
    assert found.get("Botswana") == "GPE", found


def test_a_given_name_and_an_ordinary_surname_the_model_reads_alone_as_a_person_is_a_person(nlp):
    # the headline runs into the first sentence; the model reads "Chester uncertain Tony Brown's" as an organisation,
    # and "brown" is an ordinary word: "when Brown took over", the model's person, backs the surname
    found = types_of(nlp, "Brown future at Chester uncertain Tony Brown's future as Chester manager is uncertain "
                          "after he refused a package. Chester were bottom of League Two when Brown took over.")
    assert found.get("Tony Brown") == "PERSON", found
    assert found.get("Chester") == "ORG", found


FLANKER = ("Hardy joins up with England Lewis Hardy has flown to Dublin to join England's camp ahead of their Six "
           "Nations game against Ireland on Sunday. Despite joining the squad, the Leicester flanker only has a slim "
           "chance of playing because of an infection in his finger. A decision will be taken on Saturday. \"The "
           "chances of him playing are very slim,\" said coach Andy Robinson. Hardy had to be put on a drip in an "
           "attempt to force antibiotics through his infected finger.")


def test_a_surname_the_model_reads_alone_as_a_person_makes_its_full_name_a_person(nlp):
    # "Lewis" is a surname too and "hardy" an ordinary word: the model's lone person "Hardy had to be put on a drip"
    # says which word is the surname
    found = types_of(nlp, FLANKER)
    assert found.get("Lewis Hardy") == "PERSON", found
    assert found.get("Hardy", "PERSON") == "PERSON", found


def test_a_club_doubled_by_a_headline_run_in_is_the_club(nlp):
    found = types_of(nlp, "Scrum-half Jones rejoins Bath Bath have signed their former scrum-half Tom Jones on a "
                          "short-term deal. Jones should figure in the squad for Monday's Zurich Premiership match "
                          "at Sale Sharks. \"He has a great affection for Bath,\" the coach said.")
    assert "Bath Bath" not in found, found
    assert found.get("Bath") == "ORG", found  # "Bath have signed": the club


def test_a_name_written_doubled_each_time_stays_whole(nlp):
    found = types_of(nlp, "Duran Duran have announced a tour. Duran Duran last played in London in 2004.")
    assert "Duran Duran" in found, found


def test_a_singer_whose_death_the_text_tells_is_a_person_and_joins_no_car(nlp):
    found = types_of(nlp, "Queen will tour next year with singer Paul Rodgers taking Freddie Mercury's place. The "
                          "band have played with many singers since Mercury's death in 1991.",
                        "Recent models introduced by Ford include the Ford Five Hundred and Mercury Montego sedans.")
    assert found.get("Freddie Mercury") == "PERSON", found
    assert found.get("Mercury", "PERSON") == "PERSON", found  # the lone "Mercury" is the singer, not the car maker


def test_a_death_toll_owned_by_a_name_says_no_person(nlp):
    found = types_of(nlp, "Sir Henry Ford Smith leads the Tsunami Relief Fund. The officials said that Tsunami Relief "
                          "Fund's death toll figures were wrong.")
    assert found.get("Tsunami Relief Fund") == "ORG", found  # "death" modifies "toll": no one died


def test_a_one_word_player_listed_with_full_names_the_model_mistyped_is_a_person(nlp):
    # the model: "Cafu" a product, "Alessandro Nesta" an organisation; a given name says the list holds people
    found = types_of(nlp, "The tie pits Chelsea's attackers against the veteran defence of Stam, Marco Rossi, "
                          "Cafu and Alessandro Nesta.")
    assert found.get("Cafu") == "PERSON", found
    assert found.get("Alessandro Nesta") == "PERSON", found
