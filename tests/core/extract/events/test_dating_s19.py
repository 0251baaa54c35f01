"""A time in an aside about someone does not cut the sentence off from its passage, and "declined" with an amount is
a change, not a refusal to say (session s19): "welcomed the result" after "who put the issue in the spotlight in
his 1996 campaign" (BX#25, left on or before publication), "its equity in the net income … declined to $6.3 million"
(BW#6, stamped the publication day as if it were a statement).

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

VOTE = "The city council voted on Monday to sell the old tram depot. "


def test_a_year_in_a_who_clause_leaves_the_main_verb_in_the_passage():
    text = VOTE + ("Former mayor Karl Huber, who put the depot in the spotlight in his unsuccessful 2019 campaign, "
                   "welcomed the vote.")
    assert when(event_at(text, "Former mayor", "welcome")) == ("2026-02-02", "2026-02-02", "narrative")  # was ..pub
    assert when(event_at(text, "Former mayor", "put"))[:2] == ("2019-01-01", "2019-12-31")  # the aside keeps its year


def test_a_year_outside_an_aside_still_cuts_the_sentence_off():  # guard: the sentence's own time is its own
    text = VOTE + "Former mayor Karl Huber welcomed the vote, as he had in his 2019 campaign."
    assert when(event_at(text, "Former mayor", "welcome"))[:2] != ("2026-02-02", "2026-02-02")


def test_a_year_in_a_which_clause_still_cuts_the_sentence_off():  # guard: "which" tells the happening itself
    text = VOTE + "Some of the biggest gains came in the building trade, which added 9,000 jobs in January."
    assert when(event_at(text, "Some of", "come"))[:2] != ("2026-02-02", "2026-02-02")


RESULTS = ("Danube Steel posted a 54% drop in fourth-quarter profit. Analysts expect the trend to continue into the "
           "first quarter. Alpine Group, which owns half of Alpine Steel, posted a loss. ")


def test_declined_with_an_amount_is_no_statement_of_the_publication_day():
    text = RESULTS + "However, its equity in the net income of Alpine Steel declined to $6.3 million from $10.9 million."
    assert when(event_at(text, "However", "decline")) == ("", PUBLISHED, "bounded")  # was the publication day (dct)


def test_declined_to_say_stays_a_statement_of_the_publication_day():  # guard
    text = RESULTS + "However, Alpine Group declined to say whether Alpine Steel would close the Linz plant."
    assert when(event_at(text, "However", "decline")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_day_right_after_a_past_verb_that_the_parse_hung_on_the_next_participle_is_the_verbs():
    text = VOTE + "The boy was found Thanksgiving Day clinging to an inner tube at sea."
    assert when(event_at(text, "The boy", "find"))[:2] == ("2025-11-27", "2025-11-27")  # was on or before publication


def test_a_day_that_modifies_a_noun_after_the_verb_stays_the_nouns():  # guard: "found Monday's report" is no day
    text = VOTE + "Inspectors found Monday's report incomplete."
    assert when(event_at(text, "Inspectors", "find"))[:2] != ("2026-02-02", "2026-02-02")


def test_a_day_after_more_than_a_number_of_hours_is_the_verbs():
    text = VOTE + "Mayor Berger took questions for more than four hours Monday in the council chamber."
    assert when(event_at(text, "Mayor Berger", "take")) == ("2026-02-02", "2026-02-02", "timex")  # was ..publication


def test_a_year_after_an_amount_compared_with_from_stays_the_amounts():  # guard: "from … a year ago" compares
    text = VOTE + "Danube Steel's profit rose to more than $5 million from $3 million a year ago."
    assert when(event_at(text, "Danube Steel", "rise"))[:2] != ("2025-01-01", "2025-12-31")


def test_what_a_witness_goes_on_to_tell_is_not_stamped_with_her_day_in_court():
    text = ("Taking the stand in her own defence, a friend of the accused said Monday that she regretted her words. "
            "Anna Huber, 22, has pleaded innocent. She took the stand for more than four hours Monday in a Linz court. "
            "Huber said she heard the plan but did not tell the police. Instead, she turned to her priest in "
            "the village of Hallstatt and told him about the plan.")
    assert when(event_at(text, "Instead", "turn"))[:2] != ("2026-02-02", "2026-02-02")  # told, on or before Monday


def test_a_speaker_told_again_after_his_quotation_runs_over_sentences_keeps_its_day():
    text = ("On Monday, Karl Huber, head of the city council, said: ``Practically everyone around him has been in "
            "court. Nobody checks these people. That's not the best interest of the child,'' Huber told reporters "
            "in Linz.")
    assert when(event_at(text, "That's", "tell")) \
        == ("2026-02-02", "2026-02-02", "narrative")  # was the publication day (dct)


def test_another_speaker_after_a_quotation_keeps_the_publication_day():  # guard: a new speaker, a new statement
    text = ("On Monday, Karl Huber, head of the city council, said: ``Practically everyone around him has been in "
            "court. Nobody checks these people.'' Anna Berger, a spokeswoman for the family, told reporters the "
            "claims were false.")
    assert when(event_at(text, "Anna Berger", "tell")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_present_standing_is_not_dated_by_a_closed_time_inside_what_it_heads():
    text = VOTE + ("Berger heads a team that is investigating and prosecuting the bombings which killed 24 people, "
                   "including 12 Austrians, on Aug. 7, 2024.")
    assert when(event_at(text, "Berger heads", "head")) == (PUBLISHED, PUBLISHED, "dct")  # was 2024-08-07 (timex)


def test_a_present_verb_of_no_standing_keeps_a_past_time():  # guard: what a period's figures include is of it
    text = VOTE + "The latest quarter includes gains of $9.1 million from the sale of the Linz plant."
    text += " Sales in the fourth quarter of 2025 include a one-time gain of $3 million."
    assert when(event_at(text, "Sales in", "include"))[:2] == ("2025-10-01", "2025-12-31")


def test_a_year_the_parse_lost_from_a_fronted_in_is_the_verbs():
    text = VOTE + "In nineteen ninety-one Keating was convicted in state court."
    assert when(event_at(text, "In nineteen", "convict"))[:2] == ("1991-01-01", "1991-12-31")  # was ..publication


def test_an_act_at_a_meeting_dated_by_its_possessive_is_of_that_time():
    text = VOTE + "The alliance decided at last year's Vienna summit to invite the three countries."
    assert when(event_at(text, "The alliance", "decide"))[:2] == ("2025-01-01", "2025-12-31")  # was ..publication


def test_an_act_at_a_dated_price_is_not_put_on_that_day():  # guard: "at" a level is no occasion
    text = VOTE + "Danube Steel sold the plant at last year's price of 3 million euros."
    assert when(event_at(text, "Danube Steel", "sell"))[:2] != ("2025-01-01", "2025-12-31")


def test_a_change_from_an_amount_at_one_time_to_one_at_another_spans_both():
    text = VOTE + "The number of visitors to Linz jumped from fewer than 100,000 in 1980 to more than 300,000 last year."
    assert when(event_at(text, "The number", "jump"))[:2] == ("1980-01-01", "2025-12-31")  # was 1980 alone


def test_a_change_with_one_time_keeps_it():  # guard: "from" an amount, one time
    text = VOTE + "The number of visitors to Linz jumped from fewer than 100,000 to more than 300,000 last year."
    assert when(event_at(text, "The number", "jump"))[:2] == ("2025-01-01", "2025-12-31")


def test_a_verb_joined_to_a_when_clause_after_a_day_is_of_that_day():
    text = ("In contrast to Monday, when two Austrian protest leaders and 133 other people were arrested and Vienna "
            "police were forced to use tear gas to disperse a crowd, protesters in Linz were much calmer on Tuesday.")
    assert when(event_at(text, "In contrast", "force"))[:2] == ("2026-02-02", "2026-02-02")  # was Monday..Tuesday


def test_times_in_joined_for_phrases_date_over_both():
    text = VOTE + ("Danube Steel said the deal with Voestalpine will mean lower earnings for the last half of 2026 "
                   "and for 2027.")
    assert when(event_at(text, "Danube Steel", "mean"))[:2] == ("2026-07-01", "2027-12-31")  # was the half alone


def test_a_daily_paper_told_from_yesterday_bounds_what_it_tells_done_by_yesterday():
    text = ("Danube Steel said yesterday that it agreed to buy Alpine Rail for $300 million. "
            "Shares of Danube Steel rose 50 cents yesterday in Vienna trading.\n\n"
            "Alpine Rail has cut 300 jobs at its plant in Graz.")
    assert when(event_at(text, "Alpine Rail has", "cut")) == ("", "2026-02-03", "bounded")  # was ..publication


def test_a_wire_story_told_from_today_keeps_publication_as_the_bound():  # guard: "today" is the report's own day
    text = ("Danube Steel said today that it agreed to buy Alpine Rail for $300 million. "
            "Shares of Danube Steel rose 50 cents yesterday in Vienna trading.\n\n"
            "Alpine Rail has cut 300 jobs at its plant in Graz.")
    assert when(event_at(text, "Alpine Rail has", "cut"))[1] == PUBLISHED


def test_a_happening_the_clause_came_ahead_of_is_on_or_after_the_clauses_day():
    text = ("Just ahead of Berger's one-day trip, the Foreign Ministry on Monday issued an updated caution to "
            "Austrian travelers.")
    assert when(event_at(text, "Just ahead", "trip")) == ("2026-02-02", "", "bounded")  # was Monday itself


def test_a_present_joined_to_a_past_verb_does_not_take_its_time():
    text = VOTE + "Formerly Danube OS, Linz 4 was first introduced by Danube Soft in April, and includes multitasking."
    assert when(event_at(text, "Formerly", "include")) == (PUBLISHED, PUBLISHED, "dct")  # was April (timex)


def test_a_past_joined_to_a_past_verb_keeps_its_time():  # guard
    text = VOTE + "Linz 4 was first introduced by Danube Soft in April, and included multitasking."
    assert when(event_at(text, "Linz 4", "include"))[:2] == ("2025-04-01", "2025-04-30")


def test_a_named_speakers_undated_statement_takes_the_one_day_the_article_gives_his_statements():
    text = ("Chancellor Karl Huber said the boy's father has offered to travel alone to Vienna.\n\n"
            "Huber said Sunday that the father would be ready to leave as soon as Tuesday.\n\n"
            "In another move, the embassy staff were told to prepare the residence.\n\n"
            "Huber said that the embassy was willing to renounce its immunity.")
    assert when(event_at(text, "Huber said that", "say")) == ("2026-02-01", "2026-02-01", "narrative")  # was dct


def test_a_speaker_whose_statements_are_dated_on_two_days_keeps_the_publication_day():  # guard
    text = ("Chancellor Karl Huber said the boy's father has offered to travel alone to Vienna.\n\n"
            "Huber said Sunday that the father would be ready to leave as soon as Tuesday.\n\n"
            "Huber said Monday that the talks would go on.\n\n"
            "In another move, the embassy staff were told to prepare the residence.\n\n"
            "Huber said that the embassy was willing to renounce its immunity.")
    assert when(event_at(text, "Huber said that", "say")) == (PUBLISHED, PUBLISHED, "dct")
