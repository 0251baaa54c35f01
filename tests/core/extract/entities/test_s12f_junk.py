"""Junk of the nineteenth pass, part one (issue 16, s12f): a time zone after a four-digit clock time.

BBC news gives times as four digits before a zone ("by 0400 GMT on Wednesday", "kick-off 1500 GMT"); the model
types the zone an organisation, and the earlier rule knew four digits only inside brackets ("(0800 GMT)").
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_zone_after_four_digits_of_a_clock_time_is_no_organisation(nlp):
    found = entities(nlp, "The signal pushed the dollar up to $1.3270 to the euro by 0400 GMT on Wednesday, but "
                          "depressed US shares.",
                     "The match will be televised on BBC One at 1400 GMT on Saturday.",
                     "Babyshambles took the stage to a frenzied reception at 2200 GMT, launching into a single.")
    assert "GMT" not in found
    assert found["US"]["type"] == "GPE" and found["Babyshambles"]["type"] == "ORG"  # the names around stay


def test_a_members_letters_alone_are_no_entity(nlp):
    found = entities(nlp, 'In a statement to MPs, Mr Clarke said: "I will be asking Parliament to act."',
                     "The Tory finance spokesman, Brian Monteith MSP, said the tax was a disguise.",
                     "The poll could be marred by fraud, MPs said. Labour won 301 MPs in 1974.")
    assert not {"MPs", "MSP"} & set(found)
    assert found["Brian Monteith"]["type"] == "PERSON" and found["Clarke"]["type"] == "PERSON"


def test_a_name_before_a_capitalised_preposition_is_cut_from_a_title(nlp):
    found = entities(nlp, "In the 90s she worked in TV, although she was reunited with Carpenter in 1996 for Escape "
                          "From LA, the sequel to Escape From New York.")
    assert "Escape" not in found and found["Escape From LA"]["type"] == "WORK_OF_ART"
    assert found["Escape From New York"]["type"] == "WORK_OF_ART"  # the title the model read whole stays


def test_a_seat_whose_first_place_ends_with_a_compass_word_is_joined(nlp):
    found = entities(nlp, "The Lib Dems target seats such as Sheffield Central, Holborn and St Pancras, Oldham East and "
                          "Saddleworth, Manchester Withington, Birmingham Yardley and Surrey South West.")
    assert "Saddleworth" not in found and found["Oldham East and Saddleworth"]["type"] == "GPE"
