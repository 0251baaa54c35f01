"""Products, standards and firms written without a suffix (issue 16, tenth pass).

BBC tech news names standards and technologies as things ("GPRS access", "USB music
players", "SMS functions"), games by a title and a number ("Half-Life 2"), a phone by
its model's short name after the full one ("Motorola ROKR" … "ROKR"), and the
newswire names a firm after its partners by the first of them ("Goldman, Sachs &
Co." … "Goldman"). Each test reads text of that kind and checks what a reader would
see in the entity list.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_firms_first_partner_joins_its_name_in_the_article(nlp):
    found = entities(nlp, "Shearson Lehman said it would cut jobs. Shearson also plans to close offices in Boston.")
    assert "Shearson" not in found
    assert found["Shearson Lehman"]["mention_count"] == 2


def test_a_firms_first_partner_joins_its_name_across_the_corpus(nlp):
    found = entities(nlp, "The issue will be sold through underwriters led by Goldman, Sachs & Co. on Monday.",
                     "Merrill Lynch and Goldman Sachs say they trade only for customers.")
    assert "Goldman" not in found
    assert found["Goldman Sachs"]["mention_count"] == 2


def test_a_person_of_that_surname_keeps_the_first_word_apart(nlp):
    found = entities(nlp, "Goldman Sachs said profits rose. Kevin Goldman, an analyst, said Goldman was cautious.")
    assert found["Goldman Sachs"]["mention_count"] == 1  # "Goldman" here may be the analyst


def test_a_firm_before_an_ordinary_word_keeps_its_own_name(nlp):
    found = entities(nlp, "Microsoft said it would ship Microsoft Longhorn next year. Microsoft expects sales to rise.")
    assert found["Microsoft"]["mention_count"] == 2  # "Longhorn" is an ordinary word: a product's name, no partner


def test_a_models_code_written_alone_joins_its_full_name(nlp):
    found = entities(nlp, "Apple signed a deal with Motorola. The Motorola ROKR pauses music when users take a call. "
                          "The ROKR has a color display for viewing album art.",
                     "Motorola said sales of handsets rose.")
    assert "ROKR" not in found  # was an organisation of its own
    assert found["Motorola ROKR"]["type"] == "PRODUCT"
    assert found["Motorola ROKR"]["mention_count"] == 2


def test_a_code_after_an_ordinary_word_is_not_a_models_short_name(nlp):
    found = entities(nlp, "Critical IE patch now available: go get it! It is also termed a drive-by exploit since a "
                          "user could pick up malware by merely using IE to browse thousands of compromised websites.")
    assert found["Critical IE"]["mention_count"] == 1  # "IE" is not the headline's "Critical IE"


def test_a_standard_written_as_a_thing_is_a_product(nlp):
    found = entities(nlp, "That phone has a relatively large screen, even if it does only have slower GPRS access to the "
                          "network.",
                     "London-based developer Connectotel has unveiled software that will expand the SMS functions of "
                          "Skype.")
    assert found["GPRS"]["type"] == "PRODUCT"  # the model: an organisation
    assert found["SMS"]["type"] == "PRODUCT"


def test_a_firm_written_as_a_thing_once_stays_a_firm_where_it_acts(nlp):
    found = entities(nlp, "BT said it would cut prices next month. Half of British homes now have BT broadband.",
                     "BT announced a new chief executive on Monday.")
    assert found["BT"]["type"] == "ORG"


def test_a_hyphened_title_with_a_number_is_a_product(nlp):
    found = entities(nlp, "Halo 2 dropped one place to five, while Half-Life 2 fell to number nine.")
    assert found["Half-Life 2"]["type"] == "PRODUCT"  # the model: an organisation ("Life" is an ordinary word)


def test_a_standard_something_works_over_is_a_product(nlp):
    found = entities(nlp, "O2 also offers a free, web-based syncing service which works over GPRS and GSM.")
    assert found["GPRS"]["type"] == "PRODUCT"  # the model: organisations
    assert found["GSM"]["type"] == "PRODUCT"


def test_a_firm_after_over_that_carries_nothing_stays_a_firm(nlp):
    found = entities(nlp, "Shares fell amid concerns over BAE on Monday, traders said.")
    assert found["BAE"]["type"] == "ORG"


def test_a_models_code_after_its_makers_possessive_is_a_product(nlp):
    found = entities(nlp, "Development costs for the Vantage have been kept low by sharing a platform with Aston's "
                          "DB9, which Mr Bez described as the previous most important car.")
    assert found["DB9"]["type"] == "PRODUCT"  # the model: an organisation


def test_a_scorer_and_his_minute_are_the_player(nlp):
    found = entities(nlp, "Chelsea beat Liverpool 3-2 after extra time. Antonio Nunez and Mateja Kezman came on late. "
                          "Liverpool: Riise 1, Nunez 113.\nChelsea: Gerrard 79 og, Drogba 107, Kezman 112.")
    assert not any(name.split()[-1].isdigit() for name in found)  # no "Kezman 112", "Drogba 107" (a law, a firm)
    assert found["Mateja Kezman"]["mention_count"] == 2


def test_a_short_name_written_more_often_than_a_longer_one_stays_apart(nlp):
    found = entities(nlp, "Fox could stymie Lionsgate's plans by exercising Lawrence's option to do the sequel for "
                          "X-Men: First Class. Sources tell THR that Fox's option would take priority over Lionsgate's.",
                     "The studio is in a rush to start the next film in the fall, though Fox might upset Lionsgate's "
                     "plan by exercising its option on Lawrence.",
                     "It's been employed in entertainment ever since, from Hal Holbrook's performance as Deep Throat "
                     "in All the President's Men, to Fox Mulder's informant in The X-Files.")
    assert found["Fox"]["mention_count"] == 3  # the studio, not the character the model calls an organisation


def test_a_name_ending_as_software_does_is_a_product(nlp):
    found = entities(nlp, "MSN Spaces is free to anyone with a Hotmail or MSN Messenger account.")
    assert found["MSN Messenger"]["type"] == "PRODUCT"  # the model: a person


def test_a_person_named_player_stays_a_person(nlp):
    found = entities(nlp, "Gary Player won the Masters three times. Player said he was proud.")
    assert found["Gary Player"]["type"] == "PERSON"


def test_an_award_for_a_player_is_no_product(nlp):
    found = entities(nlp, "Rodriguez was named the American League Most Valuable Player after the season ended.")
    assert all(e["type"] != "PRODUCT" for name, e in found.items() if "Player" in name)


def test_where_a_game_is_played_is_a_platform(nlp):
    found = entities(nlp, "Halo 2 has proved popular online, with gamers notching up a record 28 million hours playing "
                          "the game on Xbox Live.")
    assert found["Xbox Live"]["type"] == "PRODUCT"  # the model: a person


def test_a_station_a_song_is_played_on_stays_a_station(nlp):
    found = entities(nlp, "The band said the song was played on Capital Radio every hour last week.")
    assert all(e["type"] != "PRODUCT" for e in found.values())


def test_a_name_with_a_knee_is_a_persons(nlp):
    found = entities(nlp, 'Scotland doctor James Robson said: "A scan has shown damage to the medial ligaments of '
                          "Scott's right knee ruling him out of the first part of the Championship.\"")
    assert found["Scott"]["type"] == "PERSON"  # the model: an organisation
