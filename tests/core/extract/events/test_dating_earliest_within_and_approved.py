"""A time named as the earliest is a start, "within" a stretch closes a future, and an approved deal comes after its
approval (session s16a): "too precise", "vague" and "wrong" verdicts of the samples (BD#17: "could be effective as
early as next year's first quarter", dated the quarter; BD#10: "will resume shipments of the chips within two to three
weeks", left open; BC#9 = BB#48: "the FDIC approved Dime's … acquisition of Starpointe", on or before publication).

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def test_as_early_as_a_period_starts_there_and_stays_open():
    text = "The Vienna plant could reopen as early as next month."
    assert when(event_at(text, "The Vienna", "reopen")) == ("2026-03-01", "", "timex")  # was March alone


def test_as_soon_as_a_day_starts_there_and_stays_open():
    text = "Karl Huber might come to Vienna as soon as Friday."
    assert when(event_at(text, "Karl Huber", "come")) == ("2026-02-06", "", "timex")


def test_a_period_named_plainly_is_still_the_period():  # guard: no "as early as"
    text = "The Vienna plant could reopen next month."
    assert when(event_at(text, "The Vienna", "reopen")) == ("2026-03-01", "2026-03-31", "timex")


def test_within_weeks_closes_a_future_at_the_longest_count():
    text = "Vienna Water said it will resume deliveries within two to three weeks."
    assert when(event_at(text, "Vienna Water", "resume")) == (PUBLISHED, "2026-02-24", "bounded")  # was open


def test_within_a_year_closes_a_future_a_year_on():
    text = "Vienna Water said it will rebuild the plant within a year."
    assert when(event_at(text, "Vienna Water", "rebuild")) == (PUBLISHED, "2027-02-03", "bounded")


def test_a_future_without_within_stays_open():  # guard
    text = "Vienna Water said it will resume deliveries after two to three weeks of repairs."
    assert when(event_at(text, "Vienna Water", "resume"))[1:] == ("", "bounded")


def test_an_approved_deal_of_a_dated_approval_comes_on_or_after_it():
    text = "Regulators on Monday approved Vienna Water's acquisition of Danube Pumps."
    assert when(event_at(text, "Regulators", "acquisition")) == ("2026-02-02", "", "bounded")


def test_an_approved_deal_of_an_undated_approval_has_no_day():
    text = "Danube Pumps shares rose after regulators approved Vienna Water's acquisition of Danube Pumps."
    assert when(event_at(text, "Danube Pumps", "acquisition")) == ("", "", "none")  # was on or before publication


def test_a_deal_named_after_of_in_what_is_approved_comes_after_the_approval():
    text = "Regulators on Monday approved the terms of the merger of Vienna Water and Danube Pumps."
    assert when(event_at(text, "Regulators", "merger")) == ("2026-02-02", "", "bounded")


DEAL = ("Vienna Water will buy Danube Pumps for $110 million.\n\n"
        "Austrian officials, eager to draw investors, hailed the transaction as proof of confidence. Vienna Water's "
        "chairman echoed the official view of the accord, which was announced Friday.\n\n")


def test_a_reaction_to_a_deal_another_word_dates_comes_on_or_after_that_day():
    # BC#25 = V#7 = P#19: "hailed the transaction", the accord "announced Friday" (Friday 2026-01-30); was open
    assert when(event_at(DEAL, "Austrian officials", "hail")) == ("2026-01-30", PUBLISHED, "bounded")


def test_a_deal_stirring_those_who_learn_of_it_had_been_made_known_by_then():
    text = DEAL.replace("Austrian officials, eager to draw investors, hailed the transaction as proof of confidence.",
                        "The deal with Vienna Water surprised many industry analysts.")
    assert when(event_at(text, "The deal with", "surprise")) == ("2026-01-30", PUBLISHED, "bounded")


def test_a_rivals_own_bid_is_not_the_dated_deal():  # guard: a bid is another one
    text = DEAL.replace("hailed the transaction as proof of confidence", "raised their own bid for Danube Pumps")
    assert when(event_at(text, "Austrian officials", "raise")) == ("", PUBLISHED, "bounded")


def test_a_reaction_to_something_other_than_a_deal_stays_open():  # guard: a ruling is no deal
    text = DEAL.replace("hailed the transaction", "hailed the ruling")
    assert when(event_at(text, "Austrian officials", "hail")) == ("", PUBLISHED, "bounded")


# session s16b: BF#50 ("is responsible for the death of Dr. Slepian", dated the publication day), BE#27 ("a judge barred
# him from working until April 2009", left on or before publication), BF#19 ("will receive $3,500 a share at closing,
# which is expected in December", left open)

def test_a_happening_someone_is_held_responsible_for_came_before_the_statement():
    text = '"We believe this man, Karl Huber, is responsible for the death of Anna Berg," the Vienna police said.'
    assert when(event_at(text, '"We believe', "death")) == ("", PUBLISHED, "bounded")  # was the publication day


def test_a_happening_someone_is_charged_with_came_before():
    text = "Vienna prosecutors charged Karl Huber with the killing of Anna Berg."
    assert when(event_at(text, "Vienna prosecutors", "killing"))[1:] == (PUBLISHED, "bounded")


def test_an_act_whose_complement_runs_until_a_past_day_came_before_that_day_ran_out():
    text = ("Karl Huber had worked for Vienna Water since 2019, but a federal judge barred him from working for "
            "Danube Pumps until April 2025.")
    assert when(event_at(text, "Karl Huber", "bar")) == ("", "2025-04-30", "bounded")  # was on or before publication


def test_a_future_at_a_happening_its_clause_dates_takes_that_time():
    text = "Shareholders of Danube Pumps will receive 35 euros a share at closing, which is expected in March."
    assert when(event_at(text, "Shareholders", "receive")) == ("2026-03-01", "2026-03-31", "timex")  # was open


def test_a_future_at_an_undated_happening_stays_open():  # guard
    text = "Shareholders of Danube Pumps will receive 35 euros a share at closing, which Vienna Water expects soon."
    assert when(event_at(text, "Shareholders", "receive")) == (PUBLISHED, "", "bounded")
