"""A firm's short name beside its full name, and a town before a state's abbreviation (issue 16, ninth pass).

On 1989 Wall Street Journal articles (TimeBank) a firm is named in full once ("Xerox
Corp.", "Vanguard Group Inc.") and by its short name after; each form was an entity of
its own, and the short one sometimes a person ("Ogden Projects, whose shares …"). A
town located by a state's abbreviation ("Franklin Park, Ill.", "the Blue Bell, Pa.,
concern") was typed by its last word or the firm after it. Each test reads text of that
kind and checks the entity list a reader would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_firms_short_name_joins_its_full_name_in_the_article(nlp):
    found = entities(nlp, "Harlow Systems Inc. said its third-quarter profit rose 12%. Harlow Systems shares closed "
                          "at $21.25. Analysts said Harlow Systems would gain from the contract.")
    assert "Harlow Systems" not in found  # a second entity for the same firm
    assert found["Harlow Systems Inc."]["mention_count"] == 3


def test_a_firm_named_by_its_short_name_in_another_article_is_the_same_firm(nlp):
    found = entities(nlp, "Vexacom Corp. said it would cut 400 jobs.",
                     "Shares of Vexacom rose after Vexacom said sales grew.")
    assert "Vexacom" not in found
    assert found["Vexacom Corp."]["mention_count"] == 3


def test_a_bare_name_beside_a_firm_and_its_unit_is_the_firm(nlp):
    found = entities(nlp, "Dunmore Corp. owns 40% of Dunmore Projects Inc., which builds plants. Dunmore said "
                          "it would keep its stake.")
    assert "Dunmore" not in found
    assert found["Dunmore Corp."]["mention_count"] == 2  # the parent: nothing but the suffix after "Dunmore"
    assert found["Dunmore Projects Inc."]["mention_count"] == 1


def test_a_bare_name_is_not_a_firm_that_only_starts_with_it(nlp):
    found = entities(nlp, "Sun Microsystems Inc. said sales rose.", "The Sun newspaper said it would cut jobs. "
                                                                     "The Sun sells a million copies.")
    assert found["Sun Microsystems Inc."]["mention_count"] == 1  # the paper is no short name of the firm


def test_a_firms_acronym_spells_its_name_without_the_suffix(nlp):
    found = entities(nlp, "General Motors Corp. said it would bid for the company. GM is close to a deal.")
    assert "GM" not in found
    assert found["General Motors Corp."]["mention_count"] == 2


def test_a_town_before_a_states_abbreviation_is_a_place(nlp):
    found = entities(nlp, "The acquisition includes a candy plant in Franklin Park, Ill., which employs 800 "
                          "workers. It was sold to the Blue Bell, Pa., concern last year.")
    assert found["Franklin Park"]["type"] == "GPE"  # not a park
    assert found["Blue Bell"]["type"] == "GPE"  # not the firm


def test_a_firm_before_its_town_and_state_stays_a_firm(nlp):
    found = entities(nlp, "The copier maker Xerox Corp., Stamford, Conn., said profit fell.")
    assert found["Xerox Corp."]["type"] == "ORG"
    assert found["Stamford"]["type"] == "GPE"


def test_a_name_ending_in_a_firms_suffix_is_a_firm(nlp):
    found = entities(nlp, "Walter Brennan Stores Inc. said it would close 40 stores.")
    assert found["Walter Brennan Stores Inc."]["type"] == "ORG"  # the model: a person


def test_a_lone_suffix_is_no_name(nlp):
    found = entities(nlp, "The buy-out was led by Kohlberg Kravis Roberts amp Co., which paid $25 billion.")
    assert "Co." not in found


def test_a_citys_shares_are_its_market(nlp):
    found = entities(nlp, "London shares closed sharply lower Friday. The drop in London followed the resignation. "
                          "London shares were depressed by fears of higher rates.")
    assert found["London"]["type"] == "GPE"  # not a firm by "London shares"


def test_a_surname_with_its_patronymic_particle_is_a_person(nlp):
    found = entities(nlp, "Osama bin Laden was indicted last year. Freeh said Bin Laden may be hiding in "
                          "Afghanistan, and that Bin Laden and Kopp have one thing in common.")
    assert "Bin Laden" not in found or found["Bin Laden"]["type"] == "PERSON"
    assert found["Osama bin Laden"]["type"] == "PERSON"


def test_a_firms_short_name_the_model_calls_a_place_joins_the_firm(nlp):
    found = entities(nlp, "Montedison agreed to buy the rest of Erbamont N.V. for $37 each. Montedison owns 72% of "
                          "Erbamont's shares. A committee of Erbamont directors approved the accord.")
    assert "Erbamont" not in found
    assert found["Erbamont N.V."]["type"] == "ORG"


def test_a_countrys_alias_and_a_nationality_stay_apart_from_a_firm_named_after_them(nlp):
    found = entities(nlp, "U.S. Trust Corp. said profit rose. Interest rates in the U.S. fell. British Petroleum Co. "
                          "said British investors bought its shares.")
    assert found["U.S."]["type"] == "GPE" and found["U.S. Trust Corp."]["mention_count"] == 1
    assert found["British"]["type"] == "NORP"


def test_a_person_named_by_given_names_joins_the_full_name_in_the_article(nlp):
    found = entities(nlp, "Elian's father, Juan Miguel Gonzalez, wants the boy back. Relatives said Juan Miguel "
                          "had not called them.")
    assert "Juan Miguel" not in found
    assert found["Juan Miguel Gonzalez"]["mention_count"] == 2


def test_an_organisations_first_words_join_it_where_its_last_word_says_what_it_is(nlp):
    found = entities(nlp, "Poughkeepsie Savings Bank agreed to be acquired. Poughkeepsie has 16 branches, and "
                          "Poughkeepsie shareholders will receive $8 a share.")
    assert "Poughkeepsie" not in found  # the bank, not a second entity
    assert found["Poughkeepsie Savings Bank"]["mention_count"] == 3


def test_a_party_and_a_run_on_keep_their_short_names_apart(nlp):
    found = entities(nlp, "Labour said the Labour Party would win. The Labour MP said Labour had a plan.")
    assert found["Labour"]["mention_count"] >= 2  # a party is named short in every article: not moved away


def test_a_name_with_a_wife_or_a_mother_is_a_person(nlp):
    found = entities(nlp, "A bullet hit Slepian in the back. Slepian's wife and one son tried to revive him. "
                          "Religious leaders condemned the killing of Slepian.")
    assert found["Slepian"]["type"] == "PERSON"  # the model: a group


def test_a_modifier_written_in_lower_case_is_cut_from_the_front_of_a_name(nlp):
    found = entities(nlp, "The company acquired 30%-owned Innopac Inc. last year. Innopac Inc. makes packaging. "
                          "The 117th Street station was closed.")
    assert "30%-owned Innopac Inc." not in found
    assert found["Innopac Inc."]["mention_count"] == 2
    assert "117th Street" in found  # an ordinal is part of the name


def test_a_first_name_the_model_calls_an_organisation_does_not_make_the_full_name_a_branch():
    from explorer.core.extract.entities.resolve import resolve_forms

    forms = [{"key": "lazaro gonzalez", "type": "PERSON", "text": "Lazaro Gonzalez", "cue": "uncle", "count": 3},
             {"key": "lazaro", "type": "ORG", "text": "Lazaro", "cue": "", "count": 3},
             {"key": "lazaro", "type": "PERSON", "text": "Lazaro", "cue": "", "count": 1}]
    rows, _ = resolve_forms(forms)
    assert {r["name"]: r["type"] for r in rows}["Lazaro Gonzalez"] == "PERSON"  # was ORG: "a branch of Lazaro"


def test_a_person_named_with_a_job_that_firms_have_too_stays_a_person(nlp):
    found = entities(nlp, "\"Nestle is now in the candybar business in a big way,\" said Lisbeth Echeandia, "
                          "publisher of Orlando-based Confectioner magazine.")
    assert found["Lisbeth Echeandia"]["type"] == "PERSON"  # "publisher" typed her a firm


def test_a_name_written_with_a_small_letter_before_a_capital_is_a_product(nlp):
    found = entities(nlp, "Apple said it had sold a million iPhones. The iPhone goes on sale in June, and the "
                          "iPhone will cost $199.")
    assert found["iPhone"]["type"] == "PRODUCT"  # the model: an organisation


def test_a_firm_named_so_that_acts_keeps_its_type(nlp):
    found = entities(nlp, "eBay said profits rose 40%. eBay bought Skype last year.")
    assert found["eBay"]["type"] == "ORG"


def test_an_organisation_beside_a_unit_named_after_it_stays_itself(nlp):
    found = entities(nlp, "Microsoft said it would fix the flaw. The Microsoft Security Response Center said the "
                          "patch was ready, and Microsoft urged users to install it.")
    assert found["Microsoft"]["mention_count"] == 2  # not the Security Response Center


def test_a_name_before_computers_or_laptops_is_a_product(nlp):
    found = entities(nlp, "Future Macintosh computers will feature Intel processors. Macintosh sales rose 20%.")
    assert found["Macintosh"]["type"] == "PRODUCT"  # the model: an organisation
