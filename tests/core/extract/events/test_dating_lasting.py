"""An event told with how long it lasted takes the whole stretch from the day it began (session s12b).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import event_at, when

SENT = "Anna Berg, a pilot, was sent into space on board the Soyuz 36 on May 26, 1980. "


def test_a_stay_from_its_first_day_takes_its_length():
    """'sent into space on May 26, 1980. He spent six days aboard the Salyut 6' (AE#24's kind): the stay is
    May 26 to May 31, not its first day alone."""
    text = SENT + "She spent six days aboard the Salyut 6 spacecraft with three Soviet astronauts."
    assert when(event_at(text, "She spent", "spend")) == ("1980-05-26", "1980-05-31", "narrative")


def test_a_verb_with_for_and_its_own_day_takes_the_stretch_from_that_day():
    text = "Tom Reed fought the Graz police for three weeks on March 3, 2025."
    assert when(event_at(text, "Tom Reed", "fight")) == ("2025-03-03", "2025-03-23", "timex")


def test_a_passive_past_for_some_days_from_its_passages_day():
    text = "On March 3, 2025, Tom Reed was arrested in Graz. He was held in a Vienna jail for two days."
    assert when(event_at(text, "He was held", "hold")) == ("2025-03-03", "2025-03-04", "narrative")


def test_a_perfect_counts_up_to_its_day_not_from_it():  # guard: "had spent six days" ends on the day told
    text = SENT + "By then she had spent six days aboard the Salyut 6 spacecraft with three Soviet astronauts."
    start, end, _ = when(event_at(text, "By then", "spend"))
    assert start == end or start == ""


def test_months_ended_on_a_day_are_no_stretch_from_it():  # guard: "For the six months ended Aug. 12, … posted"
    text = "For the six months ended Aug. 12, 1989, Provigo posted net income of C$6.5 million."
    assert when(event_at(text, "For the six", "post"))[1] == "1989-08-12"


def test_a_stretch_moved_to_another_first_day_keeps_its_length():
    """The replay of a corrected publication date moves the stretch: six days stay six, three months three."""
    from explorer.core.extract.events.date_rules import moved_stretch

    assert moved_stretch("1980-05-26", "1980-05-31", "1980-06-01") == "1980-06-06"
    assert moved_stretch("2026-01-01", "2026-03-31", "2026-02-01") == "2026-04-30"
    assert moved_stretch("2026-01-01", "2026-01-01", "2026-02-01") is None


def test_a_stretch_that_would_run_past_publication_ended_by_the_day_it_is_told():
    """'Karl Huber ran the water board for 13 years' told on the publication day is over by then: not a stretch into
    years to come (seen in s13d's pool, 2026-02-03..2039-02-02), but on or before that day."""
    text = "On Tuesday the city named a new chief. Karl Huber ran the Vienna water board for 13 years."
    start, end, basis = when(event_at(text, "Karl Huber", "run", published="2026-02-03"))
    assert end <= "2026-02-03" and (start, basis) == ("", "bounded")
