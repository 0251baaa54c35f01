"""Event dates carried from where they do not belong (Sample W's wrong carries, session s9c).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def events_of(text: str, published: str = PUBLISHED) -> dict[str, dict]:
    """The document's events by trigger lemma (the first of each)."""
    document = Document(doc_id="d", name="d.txt", text=text, published=published, published_basis="content")
    found: dict[str, dict] = {}
    for event in extract_batch([document], load_pipeline()).events:
        found.setdefault(event["lemma"], event)
    return found


def test_a_time_that_describes_the_subject_does_not_date_its_verb():
    """'The foreign minister, …, who lived in Paris from 1968, when …, until 1989, said': the years tell who the
    minister is (the parse hangs 'until 1989' on 'minister'), not when he spoke (W#21)."""
    events = events_of("The Polish foreign minister, Bronislaw Geremek, who lived in Paris from 1968, when the Soviets "
                       "invaded Czechoslovakia, until 1989, said he had remained hopeful.")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")


def test_a_time_the_parse_hangs_on_a_plain_subject_still_dates_the_verb():  # guard
    events = events_of("The Security Council on Monday ordered an embargo on trade with Iraq.")
    assert when(events["order"]) == ("2026-02-02", "2026-02-02", "timex")


def test_a_time_on_a_subject_that_is_a_happening_still_dates_the_verb():  # guard
    events = events_of("The meeting on Monday ended in deadlock.")
    assert when(events["end"]) == ("2026-02-02", "2026-02-02", "timex")


def test_a_possessive_day_of_a_happening_subject_still_dates_what_it_did():  # guard
    events = events_of("Danube Foods Inc. named a new chairman.\n\nMonday's board meeting ended in deadlock.")
    assert events["end"]["date_start"] == "2026-02-02"


SATURDAY = "2026-02-07"
EXPLOSIONS = ("President Anna Berg on Saturday vowed to find those who bombed the two embassies.\n\n"
              "The Friday explosions at the embassies in Vienna and Graz killed at least 40 people. "
              "Eleven diplomats were killed in Vienna.")


def test_what_a_happening_of_one_day_did_is_of_that_day_and_the_passage_goes_on_there():
    """'The Friday explosions … killed at least 110' is Friday's, and so is 'The 11 Americans were killed' after it,
    not the Saturday of the lede (W#1)."""
    assert when(event_at(EXPLOSIONS, "The Friday", "kill", SATURDAY)) == ("2026-02-06", "2026-02-06", "narrative")
    assert when(event_at(EXPLOSIONS, "Eleven", "kill", SATURDAY)) == ("2026-02-06", "2026-02-06", "narrative")


def test_what_a_happening_brought_about_stays_on_or_after_it():  # guard
    text = EXPLOSIONS.replace("killed at least 40 people", "prompted protests in both cities")
    assert when(event_at(text, "The Friday", "prompt", SATURDAY)) == ("2026-02-06", SATURDAY, "bounded")


LISTED = ("Your item recognized the money-fund concept as a great event.\n\n"
          "About two years ago, the Journal listed the creation of the money fund as one of the ten most significant "
          "events in finance. But the Reserve Fund was not named. At the Reserve Fund we innovated telephone "
          "redemptions and daily dividends.")


def test_what_follows_a_listing_of_a_happening_is_on_or_before_the_listing_not_of_its_year():
    """'about two years ago, the Journal listed the creation of the money fund' … 'We innovated …': what the
    listing was about came before it, so the innovations are on or before that year, not in it (W#36)."""
    assert when(event_at(LISTED, "At the Reserve", "innovate")) == ("", "2024-12-31", "bounded")


def test_what_follows_a_dated_happening_that_reviews_nothing_keeps_its_year():  # guard
    text = LISTED.replace("listed the creation of the money fund as one of the ten most significant events in finance",
                          "opened an office in Vienna")
    assert when(event_at(text, "At the Reserve", "innovate"))[:2] == ("2024-01-01", "2024-12-31")


RULING = ("A federal appeals court on Wednesday refused to order an asylum hearing for Elian Gonzalez.\n\n"
          "\"The court neither approves nor disapproves the Immigration Service's decision,\" the opinion read.")


def test_a_happening_judged_by_its_clause_is_before_the_judgement():
    """'The court neither approves nor disapproves the INS' decision': the decision judged in the opinion came
    before it, not on the day the opinion was given and reported (W#4)."""
    assert when(event_at(RULING, "\"The court", "decision")) == ("", PUBLISHED, "bounded")


def test_a_happening_whose_clause_gives_its_own_time_keeps_it():  # guard
    text = "The Immigration Service's hearing for Elian Gonzalez was on Monday."
    assert event_at(text, "The Immigration", "hearing")["date_start"] == "2026-02-02"


COOL = ("Danube Foods directors said the chairman is considering a bid for the company.\n\n"
        "Danube Foods shareholders responded coolly to yesterday's announcement. In trading on the Vienna Stock "
        "Exchange, Danube Foods closed at $11, down 25 cents.\n\nRivers First Corp.'s net income rose 5% to $3 a share.")


def test_a_daily_papers_close_of_trading_is_the_day_it_was_written():
    """A paper told from 'yesterday' ('responded coolly to yesterday's announcement') tells that day's trading:
    'Cineplex closed at $11' is of yesterday, not only on or before publication (W#28)."""
    assert when(event_at(COOL, "In trading", "close")) == ("2026-02-03", "2026-02-03", "narrative")


def test_a_result_in_a_daily_paper_is_not_the_days_trading():  # guard
    # on or before the day the paper was written (s19j: a paper told from "yesterday" bounds what it tells done
    # by that day), not that day's trading
    assert when(event_at(COOL, "Rivers First", "rise")) == ("", "2026-02-03", "bounded")


def test_a_close_in_a_paper_of_its_own_day_stays_bounded():  # guard
    text = COOL.replace("yesterday", "today")
    assert when(event_at(text, "In trading", "close")) == ("", PUBLISHED, "bounded")


QUARTER = ("Danube Foods said its net income rose 51% in the third quarter.\n\n"
           "The latest quarter's results, however, included a pretax gain of $13.7 million from its investments.")


def test_what_a_quarters_results_included_is_of_that_quarter():
    """'The latest quarter's results … included a pretax gain' in an article naming the third quarter: the gain
    is of that quarter, not only on or before publication (W#48)."""
    assert event_at(QUARTER, "The latest", "include", "2025-10-24")["date_start"] == "2025-07-01"


def test_what_a_quarters_results_included_is_of_that_quarter_told_as_an_adjective():
    """'Third-quarter results included net realized capital gains', 'Year-earlier results included an extraordinary
    gain' (AU#11, round s15e): the period the results are of, as with "the latest quarter's" (was on or before
    publication, or a range from the quarter's start to publication)."""
    text = QUARTER.replace("The latest quarter's results, however,", "Third-quarter results")
    assert when(event_at(text, "Third-quarter", "include", "2025-10-24")) == ("2025-07-01", "2025-09-30", "timex")


def test_the_clauses_own_time_comes_before_the_period_of_the_results():  # guard: wsj_0144
    text = QUARTER.replace("The latest quarter's results, however, included a pretax gain of $13.7 million",
                           "Year-ago results included a pretax charge of $415 million in the 2024 second quarter")
    assert when(event_at(text, "Year-ago", "include", "2025-10-24")) == ("2024-04-01", "2024-06-30", "timex")


ARREST = ("A man whose flat was allegedly a bomb workshop was arrested in connection with last year's bombings in "
          "Graz and Linz.\n\n"
          "The arrest brought to six the number of people held over the bombings.\n\n"
          "In Salzburg, police spokesman Peter Moser said detectives arrested Karl Huber at the city's airport in the "
          "early hours of Tuesday morning as he was about to board a flight.")


def test_a_ledes_happening_told_again_later_with_its_day_takes_that_day():
    """'A man … was arrested in connection with …' (a lede dated only by its position) and, further on, 'detectives
    arrested Karl Huber … in the early hours of Tuesday morning': the lede's arrest is Tuesday's, not the
    publication day's (AB#15)."""
    assert when(events_of(ARREST)["arrest"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_a_ledes_happening_told_later_on_two_days_keeps_its_position():  # guard
    text = ARREST + "\n\nPolice in Vienna arrested his brother Max Huber on Monday."
    assert when(events_of(text)["arrest"]) == (PUBLISHED, PUBLISHED, "dct")


def test_what_a_ledes_statement_tells_takes_the_day_the_article_gives_it_later():
    """'Danube Savings Bank was cleared by the regulator to acquire Linz Savings Bank, the banks said' and in the
    next paragraph 'The regulator cleared the move yesterday': the clearing is yesterday's, not only on or before
    it (AB#27)."""
    text = ("Danube Savings Bank of Vienna was cleared by the Austrian Banking Authority to acquire Linz Savings Bank "
            "of Upper Austria, the banks said.\n\n"
            "Linz holders, who approved the plan last April, will receive 21 euros in cash a share. The authority "
            "cleared the move yesterday, and the banks must wait at least 30 days before closing the purchase.")
    assert when(events_of(text)["clear"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_a_vow_is_a_statement_of_the_report_day():
    """'Elian's great-uncle vowed to continue the battle' after the ruling the story is of: a vow is said, as a
    statement is, so it is of the report's day where nothing else dates it, not only on or before it (AB#6)."""
    text = ("Anna Berg will remain in Austria for at least two more weeks even after a federal appeals court refused "
            "to order an asylum hearing for the girl.\n\n"
            "The judges denied, however, a request by her father to name him as her representative.\n\n"
            "Her great-uncle Karl Berg vowed to continue the battle in Vienna.")
    assert when(events_of(text)["vow"]) == (PUBLISHED, PUBLISHED, "dct")


def test_what_should_be_done_for_now_is_not_dated_by_now():
    """'But for now, everyone involved should be searching for an amicable ending' (an editorial): 'for now' is
    the time of what the writer recommends, not of a happening, so the modal leaves it undated (AB#8)."""
    text = ("Anna Berg arrived in Vienna on Tuesday.\n\n"
            "But for now, the Vienna city council should be searching for an amicable ending with Anna Berg.")
    assert when(events_of(text)["search"]) == ("", "", "none")


def test_what_one_can_do_for_now_keeps_its_date():  # guard
    text = ("Anna Berg arrived in Vienna on Tuesday.\n\n"
            "For now, the Vienna embassy can offer Anna Berg only emergency consular service.")
    assert when(events_of(text)["offer"]) != ("", "", "none")
