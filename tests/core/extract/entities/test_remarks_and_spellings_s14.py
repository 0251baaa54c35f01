"""What a reader's remark, an "&" and "X-based" say of a name (issue 16, s14, from the thirtieth and thirty-first
draws): "Ok I like Robbie and Angels is a decent song" and "well done Robbie, good show" made the singer's first name a
work and kept it apart from "Robbie Williams"; "Securities & Exchange Commission" stood apart from the "Securities and
Exchange Commission"; "Aberdeen-based oil and gas consultancy" left the city typed as the club.

Invented sentences of the kinds found, run through the real model.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities, types_of

FAN_MAIL = ("Robbie Williams won the prize for best song of the past 25 years. Well done Robbie, good show. "
            "Ok I like Robbie and Angels is a decent song. I think Robbie deserves it.")


def test_a_remark_is_no_kind_of_the_name_it_follows(nlp):
    found = entities(nlp, FAN_MAIL)
    assert "Robbie" not in found, found  # the first name is the singer's, not a work of its own
    assert found["Robbie Williams"]["type"] == "PERSON", found


def test_a_work_noun_before_the_name_still_names_it(nlp):  # guard: "animated comedy The Incredibles"
    found = types_of(nlp, "Racing Stripes took $3m, ahead of animated comedy Glass Orchard - now in its fourth week.")
    assert found.get("Glass Orchard") == "WORK_OF_ART", found


def test_a_work_set_off_with_its_article_is_still_a_work(nlp):  # guard
    found = types_of(nlp, "The prize went to Bitter Harvest, the drama about the 1984 miners' strike, on Monday.")
    assert found.get("Bitter Harvest") == "WORK_OF_ART", found


def test_and_written_as_an_ampersand_names_the_same_body(nlp):
    found = entities(nlp, "The Securities and Exchange Commission opened an inquiry into the firm on Monday.",
                     "The Securities & Exchange Commission said the firm had misled investors.")
    assert len([name for name in found if "Exchange Commission" in name]) == 1, found


def test_where_a_firm_is_based_is_a_place(nlp):
    found = types_of(nlp, "Radwan Hadi, deputy managing director of Aberdeen-based oil and gas consultancy Petrofac, "
                          "said output would rise.")
    assert found.get("Aberdeen") == "GPE", found
