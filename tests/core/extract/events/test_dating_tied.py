"""A happening tied to one the article dates, a clock time that names no day, a statement's day for the same
speakers, a present state beside a past happening (session s12).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def test_a_clock_time_alone_takes_the_day_the_article_tells_the_happening_on():
    """"Slepian … was shot to death at 10 p.m." where the article says he "was shot to death last Oct. 23"
    (AE#42): "10 p.m." names no day, so the shooting is of Oct. 23, not of the paper's day."""
    text = ("Anna Berg was shot to death on Jan. 26 at her home in Graz. Police said they had found a rifle. "
            "Anna Berg was shot to death at 10 p.m. as she stood in her kitchen.")
    assert when(event_at(text, "Anna Berg was shot to death at", "shoot")) == ("2026-01-26", "2026-01-26", "narrative")


def test_a_clock_time_alone_does_not_give_the_papers_day():
    """"was shot to death at 10 p.m. as he stood chatting with his wife" in an article that tells no day for
    the standing: the time of day is no day, so it is on or before publication, not on the paper's own day (the
    expressions' reference day, which was given as the clock's)."""
    text = "Police said they had found a rifle. Anna Berg was shot to death at 10 p.m. as she stood in her kitchen."
    assert when(event_at(text, "Anna Berg", "stand")) == ("", PUBLISHED, "bounded")


def test_a_clock_time_yields_to_the_day_its_clause_names():
    """"The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday": the nearer expression is the
    clock time, which names no day; the clause's Friday is the event's."""
    text = ("Police said they had found the car. The blast in Graz occurred at about 10:35 a.m. (0935 GMT) Friday, "
            "toppling a crowded building toward the station.")
    assert when(event_at(text, "The blast", "occur"))[:2] == ("2026-01-30", "2026-01-30")


def test_a_clock_time_with_its_day_keeps_it():  # guard
    text = "Police said they had found a rifle. Anna Berg was shot to death at 10 p.m. Friday as she stood in her kitchen."
    assert when(event_at(text, "Anna Berg", "shoot"))[:2] == ("2026-01-30", "2026-01-30")


def test_a_statement_takes_the_day_the_lede_gives_the_same_speakers():
    """The lede's "…, White House and Republican sources said Monday" (the parse gives that "said" no subject)
    and the next sentence's "…, the sources said" (AD#38): one account, Monday's."""
    text = ("One of the mayor's sons has informed City Hall Chief of Staff Tom Reed that he has lost much of his "
            "support among Democrats, prompting an intense effort by Reed to hold on to his job by demonstrating his "
            "party backing, City Hall and Democratic sources said Monday. Reed was told Wednesday by the mayor's son "
            "that he had alienated members of the council, the sources said.")
    assert when(event_at(text, "Reed was told", "say")) == ("2026-02-02", "2026-02-02", "narrative")


def test_a_present_state_does_not_take_the_time_of_the_past_verb_it_is_coordinated_with():
    """"The first batch of evidence … arrived over the weekend … and is being analyzed, FBI officials said
    Monday" (AE#13): the weekend is the arrival's; the analysis goes on when the officials tell it."""
    text = ("The first batch of evidence from the Graz bombing arrived over the weekend at the FBI lab in Washington "
            "and is being analyzed, FBI officials said Monday.")
    start, end, _ = when(event_at(text, "The first batch", "analyze"))
    assert start >= "2026-02-02" and end >= "2026-02-02"
    assert when(event_at(text, "The first batch", "arrive"))[:2] == ("2026-01-31", "2026-02-01")  # unchanged


def test_a_verb_takes_the_time_its_gapped_conjunct_is_told_with():
    """"More than 100 people have been killed and more than 1,000 others wounded in the blasts … on Friday"
    (AE#47): the parse hangs "on Friday" on "wounded", which shares the auxiliaries of "killed"."""
    text = "More than 100 people have been killed and more than 1,000 others wounded in the blasts in Graz on Friday."
    assert when(event_at(text, "More than", "kill"))[:2] == ("2026-01-30", "2026-01-30")


def test_a_harm_in_a_dated_happening_comes_on_or_after_it():
    """"Eleven people, none of them Americans, died in the blast" where the article dates the blast: on or after its day (the deaths
    came with it or later), not only on or before the paper's."""
    text = ("Anna Berg died in the explosion at the Graz station, police said. Police are still investigating the "
            "Jan. 26 explosion.")
    assert when(event_at(text, "Anna Berg", "die")) == ("2026-01-26", PUBLISHED, "bounded")


def test_a_harm_beside_an_undated_happening_keeps_its_bound():  # guard
    text = "Anna Berg died in the explosion at the Graz station, police said. Police are still investigating it."
    assert when(event_at(text, "Anna Berg", "die")) == ("", PUBLISHED, "bounded")


TURMOIL = "The city council has been in turmoil for months. "


def test_a_day_after_a_dated_happening_is_the_next_day():
    """"A day after he was hounded on the steps of the federal courthouse" (AE#41's kind, with the day in the
    clause): the day after, not only on or before the paper's day."""
    text = TURMOIL + "A day after police arrested Tom Reed on Jan. 26, Anna Berg resigned from the council, her lawyer said."
    assert when(event_at(text, "A day", "resign")) == ("2026-01-27", "2026-01-27", "narrative")


def test_days_counted_after_a_dated_happening_give_that_day():
    text = TURMOIL + "Two days after police arrested Tom Reed on Jan. 26, Anna Berg resigned from the council, her lawyer said."
    assert when(event_at(text, "Two days", "resign")) == ("2026-01-28", "2026-01-28", "narrative")


def test_after_a_dated_happening_without_a_count_is_a_bound():  # guard
    text = TURMOIL + "Anna Berg resigned from the council after police arrested Tom Reed on Jan. 26, her lawyer said."
    assert when(event_at(text, "Anna Berg", "resign")) == ("2026-01-26", PUBLISHED, "bounded")


def test_a_future_by_a_deadline_runs_from_publication_to_it():
    """"Qantas will almost double its flights between Australia and India by August" (AE#23's kind, "to
    repatriate the child by Jan. 14"): still to come, so from the paper's day to the deadline, not any time up to
    it."""
    text = "Anna Berg Airlines will almost double its flights between Graz and Vienna by August, Tom Reed said."
    assert when(event_at(text, "Anna Berg", "double")) == (PUBLISHED, "2026-08-31", "bounded")


def test_a_past_by_a_day_keeps_its_end():  # guard: only a future starts at publication
    text = "The city council has been in turmoil for months. Anna Berg had filed the reports by Monday, Tom Reed said."
    start, end, _ = when(event_at(text, "Anna Berg", "file"))
    assert (start, end) == ("", "2026-02-02")
