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
