"""What is told as not to happen gets no day, a period the sentence names for something else is not the event's, and
what acts on a happening its words date starts there (session s13b): a happening prevented, one not expected, an
"until" condition of a view, a free-choice clause, a noun naming a body; a year-ago period after a compared amount, a
time inside a present verb's subject, a fiscal "this year's results"; "the accord, which was announced Friday".

Made-up articles run through the real model; the samples' verdicts they stand for: AM#50 ('prevents the removal'),
AM#24 ("aren't expected to hurt"), AM#21 ('until economic sanctions force'), AK#25 ('Whatever capital it needs'), AM#6
("Telerate's management"), AL#39 ('in the year-ago period'), AL#26 ('the approach of the year two thousand'), AM#32 =
AC#34 ("This year's results") and AM#48 ('echoed … the accord, which was announced Friday').
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when
from tests.core.extract.events.test_nominal_events import events_of

LEDE = "Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday.\n\n"
NONE = ("", "", "none")


def test_a_happening_a_ruling_prevents_has_no_day():
    text = LEDE + ("The Austrian government asked the Vienna appeals court to suspend a ruling by one of its judges "
                   "that prevents the removal of Karl Huber from the country.")
    assert when(event_at(text, "The Austrian government", "removal")) == NONE


def test_what_is_not_expected_to_happen_has_no_day():
    text = LEDE + ("Intel's chip has flaws that could delay several computer makers' efforts, but the bugs aren't "
                   "expected to hurt Intel.")
    assert when(event_at(text, "Intel's chip", "hurt")) == NONE


def test_what_is_expected_to_happen_is_still_to_come():  # guard: only a negated expectation
    text = LEDE + "Intel's chip has flaws, but the bugs are expected to hurt Intel."
    assert when(event_at(text, "Intel's chip", "hurt")) == (PUBLISHED, "", "bounded")


def test_a_condition_in_a_view_has_no_day():
    text = LEDE + ("Berg says she sees no short-term hope for a solution at least until economic sanctions force "
                   "Serbia to withdraw its army.")
    assert when(event_at(text, "Berg says", "force")) == NONE


def test_until_after_what_cannot_be_done_is_still_to_come():  # guard: a view only ("will not lift … until the
    text = LEDE + "Berg said she couldn't estimate the cost until Danubia determines which plants will close."
    assert when(event_at(text, "Berg said", "determine")) == (PUBLISHED, "", "bounded")  # inspectors certify")


def test_a_clause_of_once_is_still_to_come():  # guard: "until" only
    text = LEDE + "Berg said Danubia will estimate the cost once Danubia determines which plants will close."
    assert when(event_at(text, "Berg said", "determine")) == (PUBLISHED, "", "bounded")


def test_management_naming_the_managers_is_no_event():
    text = LEDE + ("Telerate has criticized Dow Jones for not disclosing that Telerate's management expects the "
                   "company's revenue to increase by 20% annually.")
    assert "management" not in [e["trigger"] for e in events_of(text)]


def test_a_fall_compared_with_the_year_ago_period_is_not_of_that_period():
    text = ("For the third quarter, the company said its sales rose.\n\n"
            "Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 48 cents a share, in "
            "the year-ago period.")
    assert when(event_at(text, "Net income", "fall", published="2025-10-26")) == ("2025-07-01", "2025-09-30",
                                                                                  "narrative")


def test_a_quarter_after_a_compared_amount_is_still_the_events():  # guard: only a year-back period is the amount's
    text = "Amdahl's net income fell 37% to $32.9 million from $52.2 million in the third quarter."
    assert when(event_at(text, "Amdahl", "fall", published="2025-10-26")) == ("2025-07-01", "2025-09-30", "timex")


def test_a_year_inside_a_present_verbs_subject_is_the_nouns():
    text = "The approach of the year two thousand has many of these groups in a kind of millennial frenzy."
    assert when(event_at(text, "The approach", "have")) == (PUBLISHED, PUBLISHED, "dct")


def test_this_years_results_in_a_fiscal_report_are_the_fiscal_year():
    text = ("For the year ended Sept. 30, Ralston earned $422.5 million, up 8.9% from $387.8 million.\n\n"
            "This year's results included a gain of $70.2 million on the disposal of seafood operations.")
    assert when(event_at(text, "This year", "include", published="2025-11-02")) == ("2024-10-01", "2025-09-30",
                                                                                      "timex")


def test_this_year_alone_stays_the_calendars():  # guard
    text = ("For the year ended Sept. 30, Ralston earned $422.5 million, up 8.9% from $387.8 million.\n\n"
            "Foreign companies have bought only a handful of Japanese companies this year.")
    # the calendar year, up to publication (s22d: what is told as done was done by then), not the fiscal one
    assert when(event_at(text, "Foreign companies", "buy", published="2025-11-02"))[:2] == ("2025-01-01",
                                                                                           "2025-11-02")


MONDAY = "2025-10-27"
JAPAN = "Japan's finance ministry welcomed the pact on Saturday.\n\n"


def test_what_acts_on_a_happening_its_clause_dates_is_on_or_after_it():
    """'echoed the official Japanese view of the accord, which was announced Friday' (AM#48): on or after Friday."""
    text = JAPAN + ("Polly Peck's chairman, Asil Nadir, echoed the official Japanese view of the accord, which was "
                    "announced Friday.")
    assert when(event_at(text, "Polly Peck", "echo", published=MONDAY)) == ("2025-10-24", MONDAY, "bounded")


def test_a_thing_whose_clause_tells_no_making_bounds_nothing():  # guard: the plant was there before it closed
    text = JAPAN + "Asil Nadir visited the Osaka plant, which was closed Friday."
    assert when(event_at(text, "Asil Nadir", "visit", published=MONDAY)) == ("", MONDAY, "bounded")


def test_what_may_come_before_its_object_is_left_open():  # guard: one plans a rally before it is held
    text = JAPAN + "Asil Nadir planned the Osaka rally, which was held Friday."
    assert when(event_at(text, "Asil Nadir", "plan", published=MONDAY)) == ("", MONDAY, "bounded")


def test_a_free_choice_clause_has_no_day():
    """'Whatever capital it (Sansui) needs …, that capital will be injected' (AK#25): any case that may come."""
    text = ("\"Whatever capital it (Sansui) needs so it can compete and become a global entity, that capital will be "
            "injected,\" Mr. Nadir said.")
    assert when(event_at(text, "\"Whatever", "need")) == NONE
