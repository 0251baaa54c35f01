"""Session s13c: wrong dates that recur in samples AF–AM — a result compared "versus" a year-earlier one, a
statement of a period's result dated by that period, a lede's market move told next with its session's day.

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from functools import partial

from tests.core.extract.events import conftest
from tests.core.extract.events.conftest import PUBLISHED, when

LEDE = "Police searched the hills near the town on Monday for the fugitive.\n\n"  # so the sentence tested is not the lede
event_at = partial(conftest.event_at, by="trigger")  # this file names its events by their trigger's text
MONDAY = "2026-02-02"  # a Monday paper, telling Friday's trading


def test_a_result_versus_a_year_earlier_one_is_not_of_the_earlier_year():
    """'posted a third-quarter net loss …, versus net income of $5.3 million, or $1.61 a share, a year earlier':
    the year-earlier quarter is the compared income's, not the loss's (AH#30; before: the quarter of 2024)."""
    text = LEDE + ("Separately, Danube posted a third-quarter net loss of $2.3 million, or 68 cents a share, "
                   "versus net income of $5.3 million, or $1.61 a share, a year earlier.")
    start, end, basis = when(event_at(text, "Separately", "posted"))
    assert (start, end, basis) != ("2024-07-01", "2024-09-30", "timex")
    assert start >= "2025-07-01" and end <= PUBLISHED


def test_a_result_told_with_no_comparing_word_keeps_its_time():  # guard
    """'Danube posted net income of $5.3 million, or $1.61 a share, in the third quarter of 2024': no "versus",
    "from" or "than" before the result, so the time is the posting's result's, as before."""
    text = LEDE + "Danube posted net income of $5.3 million, or $1.61 a share, in the third quarter of 2024."
    assert when(event_at(text, "Danube", "posted")) == ("2024-07-01", "2024-09-30", "timex")


def test_a_statement_of_a_periods_result_is_not_in_the_period():
    """'The company said it had a loss of $92.2 million, or $6.98 a share, for the quarter ended Dec. 31' (the
    parse hangs the "for" on "said"): the statement gives the quarter's result after it closed, not in it
    (AH#8; before: the quarter, Oct–Dec 2025)."""
    text = LEDE + ("The thrift holding company said it had a loss of $92.2 million, or $6.98 a share, for the "
                   "quarter ended Dec. 31.")
    assert when(event_at(text, "The thrift", "said")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_statement_with_its_own_day_keeps_it():  # guard
    """'said last week it had a loss': the week is the statement's own."""
    text = LEDE + "The company said last week it had a loss of $92.2 million."
    assert when(event_at(text, "The company", "said")) == ("2026-01-26", "2026-02-01", "timex")


def test_a_ledes_market_move_is_on_the_session_told_next():
    """'Danube Savings Bank's stock plummeted after …' / 'In composite trading on the New York Stock Exchange
    Friday, Danube closed at $5.25, down $1.875': the Monday paper's lede move is Friday's session (AJ#18;
    before: the Monday, by the lede's position)."""
    text = ("Danube Savings Bank's stock plummeted after management recommended a suspension of dividend "
            "payments on its common stock.\n\nIn composite trading on the New York Stock Exchange Friday, Danube "
            "closed at $5.25, down $1.875, a 26% decline.\n\nA spokesman said the bank may not qualify.")
    assert when(event_at(text, "Danube Savings", "plummeted", published=MONDAY)) == (
        "2026-01-30", "2026-01-30", "narrative")


def test_a_ledes_market_move_with_no_session_told_keeps_the_paper_day():  # guard
    """The next sentence tells a day of no trading ("On Friday, the board met"): the lede keeps its position's
    day."""
    text = ("Danube Savings Bank's stock fell sharply after management recommended a suspension of dividend "
            "payments.\n\nOn Friday, the bank's board met in New York.\n\nA spokesman said the bank may not qualify.")
    assert when(event_at(text, "Danube Savings", "fell", published=MONDAY)) == (MONDAY, MONDAY, "dct")


def test_a_stretch_from_now_to_a_day_runs_from_publication():
    """'a major theme of our campaign from now to Election Day': the stretch the text gives, from publication
    to that day, not its last day alone (AL#5; before: the day named only)."""
    text = LEDE + "Clinic safety is going to be a major theme of our campaign from now to Feb. 10."
    assert when(event_at(text, "Clinic safety", "going")) == (PUBLISHED, "2026-02-10", "timex")


def test_between_now_and_the_end_of_the_year_runs_from_publication():
    """'will cut 500 jobs between now and the end of the year': from publication to Dec. 31, not the year's last
    months only."""
    text = LEDE + "The company will cut 500 jobs between now and the end of the year."
    assert when(event_at(text, "The company", "cut")) == (PUBLISHED, "2026-12-31", "timex")


def test_a_stretch_to_a_day_from_another_day_is_not_from_now():  # guard
    """'from Monday to Feb. 10' names its own start: no "now", so not a stretch from publication."""
    from explorer.core.extract.events.date_rules import time_signal
    text = "The show runs from Monday to Feb. 10."
    assert time_signal(text, text.index("Feb.")) == ""


def test_telling_joined_to_a_past_act_is_an_act_of_the_story():
    """'Instead, she turned to her community rabbi … and told him about Amir's statements', in a passage of a
    testimony's day: the telling is one more act of the story told, on or before that day as 'turned' is, not
    the testimony's day (AG#19; before: the day, as a statement of the paper's)."""
    text = LEDE + ("She testified for four hours on Monday in a Tel Aviv court. Har-Shefi said she heard Amir talk "
                   "about killing Rabin. Instead, she turned to her community rabbi in Beit El and told him about "
                   "Amir's statements.")
    assert when(event_at(text, "Instead", "told")) == ("", "2026-02-02", "bounded")


def test_an_accompanying_statement_spoke_with_what_it_came_with():
    """'On Sunday, the State Department issued an updated caution …' / 'An accompanying statement specifically
    warned …': the statement came with Sunday's caution, not on the paper's day (AG#23; before: the Wednesday)."""
    text = LEDE + ("On Sunday, the State Department issued an updated caution to travelers abroad. An accompanying "
                   "statement specifically warned against all travel to Pakistan.")
    assert when(event_at(text, "An accompanying", "warned")) == ("2026-02-01", "2026-02-01", "narrative")


def test_a_statement_not_told_as_accompanying_keeps_the_paper_day():  # guard
    """'A statement specifically warned …' with nothing it came with: a statement of the paper's day, as before."""
    text = LEDE + ("On Sunday, the State Department issued an updated caution to travelers abroad. A statement "
                   "specifically warned against all travel to Pakistan.")
    assert when(event_at(text, "A statement", "warned")) == (PUBLISHED, PUBLISHED, "dct")
