"""What is done for a happening the article dates elsewhere starts there, "A few days later" counts on from the date
told before, and "the last financial quarter" is a quarter (session s15a): "vague" and "wrong" verdicts of the
samples (AX#17: agents "dispatched to investigate last Friday's bombings"; AY#39: "In January, American Medical
brought in a new chief executive … A few days later, American Medical announced sharply lower earnings", dated the
publication day; AW#27: "In the last financial quarter, Mac sales increased 22 percent", left open).

Made-up articles run through the real model.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when
from tests.core.extract.events.test_dating import COUNTED, events_of

SHOOTING = "The Oct. 23 shooting of Karl Huber shocked Vienna.\n\nHuber came to Austria in 2019 from Serbia.\n\n"
OCT_23 = "2025-10-23"


def test_what_is_done_to_investigate_a_happening_dated_elsewhere_is_on_or_after_it():
    text = SHOOTING + "The Austrian government sent Europol agents to investigate the shooting."
    assert when(event_at(text, "The Austrian government", "send")) == (OCT_23, PUBLISHED, "bounded")


def test_what_is_done_to_prevent_a_happening_is_left_open():  # guard: a prevention comes before what it prevents
    text = SHOOTING + "The Austrian government sent Europol agents to prevent the shooting."
    assert when(event_at(text, "The Austrian government", "send")) == ("", PUBLISHED, "bounded")


def test_a_few_days_later_is_some_days_on_from_the_date_told_before():
    events = events_of(COUNTED.replace("One year later", "A few days later"))
    assert when(events["found"]) == ("1984-01-01", "1985-01-10", "bounded")  # was on or before publication


def test_a_few_weeks_later_runs_further_on():
    events = events_of(COUNTED.replace("One year later", "Several weeks later"))
    assert when(events["found"]) == ("1984-01-01", "1985-03-01", "bounded")


def test_the_last_financial_quarter_is_the_last_quarter():
    text = "In the last financial quarter, Vienna Water increased its sales by 22 percent."
    assert when(event_at(text, "In the last", "increase", published="2026-10-23")) \
        == ("2026-07-01", "2026-09-30", "timex")  # was on or before publication


HEARING = "Karl Huber testified last Tuesday at a court hearing in Vienna.\n\n"  # published Wednesday Feb 4: Feb 3


def test_the_day_before_a_dated_happening_is_the_day_before_it():
    # AZ#45 / AW#12 / AN#13 ("The day before last Tuesday's federal court hearing, Manuel went"): was on or before Tuesday
    text = HEARING + "The day before last Tuesday's court hearing, Huber went to the Vienna police."
    assert when(event_at(text, "The day before", "go")) == ("2026-02-02", "2026-02-02", "narrative")


def test_the_day_before_a_day_is_that_day_before():
    text = HEARING + "The day before Tuesday, Huber left Vienna."
    assert when(event_at(text, "The day before", "leave")) == ("2026-02-02", "2026-02-02", "timex")


def test_days_before_a_happening_stay_a_bound():  # guard: no count, no day
    text = HEARING + "Days before last Tuesday's court hearing, Huber went to the Vienna police."
    assert when(event_at(text, "Days before", "go")) == ("", "2026-02-03", "bounded")


def test_for_days_before_a_day_is_no_count_back():  # guard: a stretch up to the day, as before
    text = HEARING + "For two days before Tuesday, Huber stayed in Vienna."
    assert when(event_at(text, "For two days", "stay"))[1] == "2026-02-02"
