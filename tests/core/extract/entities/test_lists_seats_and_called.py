"""Names told by a long list they are items of, by the seat a member is "for", by the noun they are "called", and
by a work's noun set off after them (issue 16, the twenty-sixth pass, s15).

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the entity list
a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import types_of


def test_items_of_a_long_list_of_places_are_places(nlp):
    found = types_of(nlp, "The Green leader is touring this month as she visits Manchester, Liverpool, Leicester, "
                          "Somerset, Basingstoke, Shrewsbury, Dorset and Torbay.")
    assert found.get("Dorset") == "GPE", found  # the model: ORG
    assert found.get("Torbay") == "GPE", found  # the model: PERSON


def test_a_list_of_bands_the_model_reads_as_places_types_no_place(nlp):
    found = types_of(nlp, "Mull Historical Society, Deacon Blue, Idlewild, Texas, Mogwai and Teenage Fanclub are "
                          "among the acts at the concert.")
    assert found.get("Deacon Blue") != "GPE", found


def test_an_item_of_a_long_list_of_people_is_a_person(nlp):
    found = types_of(nlp, "The show was hosted by the Osbourne family. Artists including Carmen Electra, Missy "
                          "Higgins, Kelly Osbourne, Lena Marsh, Tom Rudd and Green Day performed.")
    assert found.get("Carmen Electra") == "PERSON", found  # the model: ORG (its other items: four people, a date)


def test_a_name_in_capitals_in_a_list_of_people_is_no_person_by_the_list(nlp):
    found = types_of(nlp, "Eight reggae acts - Jolly Man, Tazzla, Orange Man, Bobo Banton, Bounty Kilner, KTX, "
                          "Capleto and Vibes Karter - will not have their songs played.")
    assert found.get("KTX") != "PERSON", found  # a band; the model: ORG
    assert found.get("Capleto") == "PERSON", found  # the model: GPE


def test_what_an_mp_is_for_is_a_place(nlp):
    found = types_of(nlp, "Ms Roche, Labour MP for Hornsey and Wood Green, believes legal migration is welcome.",
                      "He shared an office with the newly elected MP for Sedgefield, Tony Blair.")
    assert found.get("Hornsey and Wood Green") == "GPE", found  # the model: ORG
    assert found.get("Sedgefield") == "GPE", found  # the model: ORG


def test_a_test_or_a_technology_called_a_name_is_a_product(nlp):
    found = types_of(nlp, "It is worked out using an officially recognised mathematical speed test called Linpack "
                          "which measures calculations per second.",
                     "Nokia has been working on a technology called Visual Radio, which takes an FM signal.")
    assert found.get("Linpack") == "PRODUCT", found  # the model: ORG
    assert found.get("Visual Radio") == "PRODUCT", found  # the model: ORG


def test_a_name_set_off_before_a_work_noun_that_ends_its_phrase_is_a_work(nlp):
    found = types_of(nlp, "US charity anthem is re-released We Are The World, the American charity anthem inspired "
                          "by the success of Band Aid, has been re-issued to raise money.")
    assert found.get("We Are The World") == "WORK_OF_ART", found  # the model: ORG


def test_a_name_before_a_work_noun_that_is_a_subject_or_a_programme_stays(nlp):
    found = types_of(nlp, "Featuring Cliff Richard and Boy George, the song was written by former DJ Mike Read.",
                      "They are funding the administration's proposed radical overhaul of Social Security, the "
                      "pensions programme on which many Americans rely.")
    assert found.get("Boy George") == "PERSON", found
    assert found.get("Social Security") != "WORK_OF_ART", found
