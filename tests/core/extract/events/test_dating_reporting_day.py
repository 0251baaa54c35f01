"""A statement takes the day the article tells its statements on, "he" goes on with a speaker's dated outburst, and a
level kept "for next year" starts now (session s17a): "wrong" verdicts of the samples (BE#50: "one highly placed
source said" in a Tuesday paper whose sources "said Monday", dated Tuesday; BH#28: "lashed out … Sunday night, accusing
them …" / "He said they have manipulated his son", dated Monday; BH#20 = AY#11: "will remain at $1 a share for next
year", dated next year).

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

SOURCES = ("Vienna officials said Tuesday that the water minister had lost the support of the cabinet. The message "
           "was meant as a hint that Karl Huber should resign, one senior official said. \"He was told the end was "
           "near,\" the official said Tuesday.")


def test_an_undated_statement_takes_the_one_day_the_articles_statements_are_told_on():
    assert when(event_at(SOURCES, "The message", "say")) == ("2026-02-03", "2026-02-03", "narrative")  # was Wednesday


def test_statements_told_on_two_days_leave_an_undated_one_on_publication():  # guard
    text = SOURCES.replace("the official said Tuesday", "the official said Monday")
    assert when(event_at(text, "The message", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_statements_told_today_leave_an_undated_one_on_publication():  # guard: the article's own day
    text = SOURCES + " The minister said today that he would stay."
    assert when(event_at(text, "The message", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_meeting_day_after_said_is_not_a_statements_day():  # guard: "said … met Sunday" is the meeting's day
    text = SOURCES + " Officials said the chancellor met with Huber on Sunday."
    assert when(event_at(text, "The message", "say")) == ("2026-02-03", "2026-02-03", "narrative")


OUTBURST = ("Karl Huber lashed out at the Vienna council on Monday night, accusing it of betraying the city. "
            "He said the council had misled the voters for years.")


def test_he_goes_on_with_a_named_speakers_dated_outburst():
    assert when(event_at(OUTBURST, "He said", "say")) == ("2026-02-02", "2026-02-02", "narrative")  # was Wednesday


def test_he_after_a_dated_happening_that_is_not_speech_stays_on_publication():  # guard
    text = OUTBURST.replace("lashed out at the Vienna council on Monday night, accusing it of betraying the city",
                            "flew to Vienna on Monday night")
    assert when(event_at(text, "He said", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_level_kept_for_next_year_starts_now():
    text = "Anna Berger of Vienna Research said she will remain at $1 a share for next year."
    assert when(event_at(text, "Anna Berger", "remain")) == (PUBLISHED, "", "bounded")  # was 2027


def test_a_state_kept_for_next_year_is_of_next_year():  # guard: no level told "at" an amount
    text = "Anna Berger said the Vienna plant will remain closed for next year."
    assert when(event_at(text, "Anna Berger", "remain")) == ("2027-01-01", "2027-12-31", "timex")


def test_statements_of_two_days_before_leave_an_undated_one_on_publication():  # guard: not the day before
    text = SOURCES.replace("Tuesday", "Monday")
    assert when(event_at(text, "The message", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_just_after_a_happening_dated_in_a_year_is_in_that_year():  # session s17b (BH#40, vague)
    text = "Karl Huber, who was born in Vienna and fled just after the Communist takeover in 1948, visited the city."
    assert when(event_at(text, "Karl Huber", "flee")) == ("1948-01-01", "1948-12-31", "timex")  # was 1948 to now


def test_shortly_after_a_dated_vote_is_on_its_day():  # session s17b
    text = "The Vienna mayor resigned shortly after the vote on Monday."
    assert when(event_at(text, "The Vienna", "resign")) == ("2026-02-02", "2026-02-02", "timex")


def test_after_a_dated_vote_without_closeness_is_on_or_after_it():  # guard
    text = "The Vienna mayor resigned after the vote on Monday."
    assert when(event_at(text, "The Vienna", "resign"))[0] == "2026-02-02"


def test_since_shortly_after_a_dated_happening_stays_open():  # guard
    text = "Vienna police have been searching for Karl Huber since shortly after the Oct. 23 shooting."
    assert when(event_at(text, "Vienna police", "search"))[1] == ""


def test_a_day_right_after_its_verb_that_the_parse_made_a_subject_dates_the_verb():  # session s17b (BJ#50, vague)
    text = "The Vienna rifle was discovered January 28 buried one foot below the ground."
    assert when(event_at(text, "The Vienna", "discover")) == ("2026-01-28", "2026-01-28", "timex")


def test_a_headlines_infinitive_is_still_to_come():  # session s17b (BI#31, wrong)
    text = ("Vienna Water to lower its prices\n\n"
            "The European Commission has forced Vienna Water to lower its prices for households.")
    assert when(event_at(text, "Vienna Water to", "lower")) == (PUBLISHED, "", "bounded")  # was on or before


def test_a_headline_in_the_present_takes_the_ledes_day():  # guard
    text = "Vienna Water lowers its prices\n\nVienna Water lowered its prices on Monday."
    assert when(event_at(text, "Vienna Water lowers", "lower")) == ("2026-02-02", "2026-02-02", "timex")


BOMBINGS = ("VIENNA (AP) _\n\nBombings at two Vienna stations blew apart trains and buses, trapping people under "
            "slabs of concrete.\n\nAt least 12 were killed, officials said.\n\nThe bombings occurred just minutes "
            "apart on Monday, turning busy platforms into piles of steel.")


def test_a_ledes_happening_subject_told_later_to_have_occurred_on_a_day_did_it_that_day():  # s17b (BJ#45, wrong)
    assert when(event_at(BOMBINGS, "Bombings", "blow")) == ("2026-02-02", "2026-02-02", "narrative")  # was Wednesday


def test_a_ledes_subject_that_names_no_happening_keeps_its_date():  # guard
    text = BOMBINGS.replace("Bombings at two", "Gunmen at two").replace("The bombings occurred", "Two bombings occurred")
    assert when(event_at(text, "Gunmen", "blow"))[:2] != ("2026-02-02", "2026-02-02")


def test_an_opening_time_frames_the_main_verb_of_clauses_listed_with_commas():  # session s17b (BJ#38, vague)
    text = "But in the past three months, Vienna stocks have plunged, interest rates have soared and people stopped."
    assert when(event_at(text, "But in", "soar")) == ("2025-11-01", PUBLISHED, "timex")  # was on or before publication


def test_an_opening_time_of_what_was_said_is_not_the_saying():  # guard
    text = "In May, Vienna prices rose sharply, the minister said."
    assert when(event_at(text, "In May", "say")) == (PUBLISHED, PUBLISHED, "dct")


KELLOGG = ("Last Friday's announcement was the first official word that the Vienna project was in trouble. In announcing "
           "the plant delay, Vienna Water Chairman Karl Huber said, \"Volume growth has not met our expectations.\" He "
           "said construction wouldn't resume until market conditions warrant it.")


def test_he_goes_on_with_a_named_speakers_statement_dated_by_the_text_elsewhere():  # session s17f (BR#21, wrong)
    assert when(event_at(KELLOGG, "He", "say", published="2026-02-09")) == ("2026-02-06", "2026-02-06", "narrative")
