"""Works a person stars in, a drama slot includes or that drew viewers; awards won; a games maker (issue 16, s12,
eighteenth pass part two).

The eleventh and twelfth draws (seeds 76, 77) found one-word TV dramas typed organisations (a name after "star in",
after "New drama includes", before ", which drew … viewers"), an award won typed an organisation, and a firm named
"X Games" typed a sports meet. Each test reads invented text of that kind, never the draws' own sentences.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_what_a_person_is_lined_up_to_star_in_is_a_work(nlp):
    found = entities(nlp, "Imelda Staunton and Bill Nighy are lined up to star in Crowmarsh this winter.")
    assert found["Crowmarsh"]["type"] == "WORK_OF_ART"  # before: a place (GPE)


def test_a_place_one_stars_in_stays_a_place(nlp):
    found = entities(nlp, "The actor Tom Hanks will star in Paris next summer.")  # guard: where, not what
    assert found["Paris"]["type"] == "GPE"


def test_what_a_drama_slot_includes_is_a_programme(nlp):
    found = entities(nlp, "New drama includes Ravenscar, an adaptation of the Ian Rankin novel.")
    assert found["Ravenscar"]["type"] == "WORK_OF_ART"  # before: a place (GPE)


def test_a_name_that_drew_viewers_is_a_programme(nlp):
    text = "The second series of Pendragon, which drew nine million viewers on Sunday night, starts in March."
    assert entities(nlp, text)["Pendragon"]["type"] == "WORK_OF_ART"  # before: an organisation


def test_a_channel_that_drew_viewers_stays_an_organisation(nlp):
    found = entities(nlp, "On Saturday ITV drew nine million viewers for the final.")  # guard: a channel
    assert found["ITV"]["type"] == "ORG"


def test_an_award_won_after_a_is_an_event(nlp):
    found = entities(nlp, "Her role earned her a Bafta for best actress, as well as a coveted Golden Bear.")
    assert found["Golden Bear"]["type"] == "EVENT"  # before: an organisation
    found = entities(nlp, "The band picked up a Mercury last year.")
    assert found["Mercury"]["type"] == "EVENT"  # before: an organisation


def test_a_name_before_its_noun_after_won_a_is_no_award(nlp):
    found = entities(nlp, "The party won a Labour seat in the by-election.")  # guard: "Labour" describes the seat
    assert found["Labour"]["type"] == "ORG"


def test_x_games_whose_x_acts_alone_is_a_games_maker(nlp):
    text = ("Games firm up for sale. The independent developer Fenwick Games has been put up for sale. "
            "Administrators said selling Fenwick was the only way to save it. Fenwick warned last week that it was "
            "running out of cash.")
    assert entities(nlp, text)["Fenwick Games"]["type"] == "ORG"  # before: a sports meet (EVENT)


def test_a_meet_named_by_its_place_stays_an_event(nlp):
    text = "She won gold at the Athens Games and hopes to defend her title in Beijing. Athens was a fine host."
    assert entities(nlp, text)["Athens Games"]["type"] == "EVENT"  # guard: the city alone is a place


def test_a_grand_slam_is_an_event(nlp):
    found = entities(nlp, "England won the Grand Slam in 2003 under Clive Woodward.")
    assert found["Grand Slam"]["type"] == "EVENT"  # before: a building (FAC)
