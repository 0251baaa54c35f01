"""Products and software the model calls organisations, typed by the nouns around them (issue 16, ninth pass,
second round).

On tech news (Wikinews articles about Apple) a product is named beside its kind noun
with a describing word between ("the BlackBerry mobile device"), or beside a sibling
model the model took for a person ("MacBook Pro" a person, so "MacBook" counted as a
person's word and "MacBook Air laptops" was read as a person's laptops). Each test
reads text of that kind and checks the type a reader would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_name_before_an_adjective_and_a_product_noun_is_a_product(nlp):
    found = entities(nlp, "Competition-wise, the BlackBerry mobile device is still the most popular smartphone. "
                          "Analysts expect BlackBerry to keep its lead.")
    assert found["BlackBerry"]["type"] == "PRODUCT"  # the model: an organisation


def test_a_product_noun_types_a_name_whose_first_word_a_sibling_model_shares(nlp):
    found = entities(nlp, "The release of Apple's 13-inch MacBook Pro came first. Apple released a new lineup of "
                          "MacBook Air laptops. The new MacBook Air uses flash memory.")
    assert found["MacBook Air"]["type"] == "PRODUCT"


def test_a_persons_laptop_does_not_make_the_person_a_product(nlp):
    found = entities(nlp, "Mr Smith said his Smith laptops were stolen. Smith told police he was angry.")
    assert all(e["type"] != "PRODUCT" for name, e in found.items() if "Smith" in name)


def test_a_name_the_model_calls_a_place_that_starts_with_a_product_is_that_products_edition(nlp):
    found = entities(nlp, "Apple wants to compete with RIM's BlackBerry and Microsoft's Windows Mobile.",
                     "Older versions of Windows crash often, and a patch for Windows is due in May.")
    assert found["Windows"]["type"] == "PRODUCT"
    assert found["Windows Mobile"]["type"] == "PRODUCT"  # the model: a place


def test_a_meeting_named_after_a_product_stays_what_its_last_word_says(nlp):
    found = entities(nlp, "Speakers at the Linux World Forum were told to wait.",
                     "Older versions of Linux crash often, and a patch for Linux is due in May.")
    assert found["Linux World Forum"]["type"] == "ORG"  # not an edition of Linux (BBC: "the IPTV World Forum")


def test_a_firm_followed_by_a_models_code_is_its_product(nlp):
    found = entities(nlp, "Apple signed a deal with Motorola. The Motorola ROKR pauses music when users take a call.",
                     "Motorola said sales of handsets rose.")
    assert found["Motorola ROKR"]["type"] == "PRODUCT"  # the model: an organisation
    assert found["Motorola"]["type"] == "ORG"


def test_a_partys_member_stays_an_organisations_mention(nlp):
    found = entities(nlp, "Labour said it would cut taxes. Labour won the vote. A Labour MP resigned.")
    assert found["Labour MP"]["type"] == "ORG"  # "MP" is a member's role, not a model's code


def test_two_firms_named_together_stay_an_organisation(nlp):
    found = entities(nlp, "Sony said profits rose. Sony will cut jobs. Sony BMG will cut jobs too.",
                     "BMG signed the band. BMG owns the label.")
    assert found["Sony BMG"]["type"] == "ORG"  # BMG is a firm of the corpus, not a model of Sony's


def test_a_name_before_cable_or_charger_is_a_product(nlp):
    found = entities(nlp, "However, iPod owners will be able to purchase an optional S-Video cable for playing video "
                          "on a television.")
    assert found["S-Video"]["type"] == "PRODUCT"  # the model: an organisation


def test_a_place_before_cables_is_where_they_are_laid(nlp):
    found = entities(nlp, "In recent years, the country has lost Internet service after Mediterranean cables were cut.")
    assert found["Mediterranean"]["type"] != "PRODUCT"



def test_a_technology_that_makes_something_possible_is_no_maker(nlp):
    found = entities(nlp, "Ultra Wideband (UWB) is a radio technology. UWB makes it possible to stream huge amounts "
                          "of data. Products with UWB chips built-in got their first public airing.")
    assert found["UWB"]["type"] == "PRODUCT"  # "makes it possible" is no firm making things


def test_a_store_the_model_calls_a_person_is_an_organisation(nlp):
    found = entities(nlp, "Over five billion applications, commonly called \"apps,\" have been purchased from Apple's "
                          "App Store. The App Store currently has around 225,000 different apps for sale.")
    assert found["App Store"]["type"] == "ORG"  # the model: a person
