"""People the small model types as firms or places (issue 16, the twenty-second pass, s13d): an actor after
"starring", a film-maker or a triple jumper named by the noun before the name.

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the entity list
a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import types_of


def test_a_name_after_starring_is_an_actor(nlp):
    found = types_of(nlp, "Her career took off with Lantern Road, starring Denzel Hampshire, and The Quiet Harbour, "
                          "her first Hollywood film. Critics praised the cast.")
    assert found.get("Denzel Hampshire") == "PERSON", found  # the model: GPE ("Hampshire")


def test_a_titled_name_after_a_cast_stays_the_film(nlp):
    # the parser hangs "the biopic Kinsey" on the cast's list: a noun of its own before it, so no actor
    found = types_of(nlp, "Other films in competition will include The Life Aquatic, a quirky comedy starring Bill "
                          "Murray, and the biopic Kinsey, which features Liam Neeson. The full programme will be "
                          "announced on 1 February.")
    assert found.get("Kinsey") == "WORK_OF_ART", found


def test_a_film_maker_is_a_person_though_a_maker_is_a_firm(nlp):
    found = types_of(nlp, "The documentary has gained a nomination this year. Independent film-maker Morgan "
                          "Hartwell may have forced fast-food giant Burger Barn to drop its largest portions.",
                        "The car-maker Rover Group said it would cut 300 jobs at the plant.")
    assert found.get("Morgan Hartwell") == "PERSON", found  # before: ORG ("maker", the tokenizer's last third)
    assert found.get("Rover Group") == "ORG", found


def test_an_athlete_named_by_the_event_noun_before_him(nlp):
    found = types_of(nlp, "Several candidates were interviewed, including former British long jumper Morgan Ashby "
                          "and the coach of the national team.")
    assert found.get("Morgan Ashby") == "PERSON", found  # before: ORG
