"""Session s24's dating rounds, each a construction found in the judged samples and read as a kind, not a case.

What a statement says will or would be done comes after the statement: a time that ends before the statement's day
("The Organization of African Unity said Friday it would investigate the Hutu-organized genocide … in Rwanda nearly
four years ago", DZ#27 and CW#16: wrong twice at 1994) is the time of what the act is about, not the act's; the
passage goes on telling that time. A "would" of a past narrative, with no statement it comes after, and a result's
reporting period keep their times.

The period "for" which a forecast is made is what it foretells, not when it is made or changed ("Steve Milunovich …
said he is cutting his earnings estimate for next year to $2 a share", DK#30: wrong at next year); a verb acting on
something else for a period keeps it.

A time inside a happening that something still to come is done "for" is that happening's ("Eileen Collins will be
named commander of the Space Shuttle Columbia for a mission in December", AS#23: wrong at December): the naming comes
before the mission; the telling has moved on to December all the same, so the lede's day is not carried past it.

A later time inside the infinitive a present verb governs is the infinitive's act, still to come ("Only McCaw's
proposal requires the company to begin an auction process in June 1994", "… and pledge to participate in each
others' road-blocking protests this summer"): the requirement or the pledge is of the telling. A thing "scheduled to
close" at a time keeps it.

A present perfect that has gone on "for the past" stretch of no stated length, told on a day ("White House on
Thursday ``For the past few weeks we've been subjected to false leaks''", DZ#33, J#30, BY#30, CB#24: too precise four
times at Thursday), runs up to that day from a start the text does not give.

A time inside an "according to" phrase is the source's day ("The mayor of Moscow has allocated funds …, according to
a news agency report Friday", BV#14: too precise at Friday): what the source tells was so by then, on or before it.

What a thing made by an act created, it did in being made ("On April 4, 1949, … Dean Acheson signed the Washington
Treaty, which created NATO", CZ#1, BN#5, DM#3: vague three times at "on or before publication"): the act's day. A
relative clause that tells no creation ("bought the Linz Works, which made trams") is left alone.

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


INQUIRY = ("The Alpine Union said Wednesday it would investigate the flooding of the Mur valley nearly four years ago. "
           "Ministers meeting in Graz agreed to set up a panel to investigate who opened the dam gates. "
           "The flooding touched off a wave of protests by farmers, who blocked roads across Styria.")


def test_a_past_time_in_what_a_statement_says_will_be_done_is_the_objects():
    assert when(event_at(INQUIRY, "The Alpine Union", "investigate"))[:3] == (PUBLISHED, "", "bounded")  # was 2022


def test_the_passage_goes_on_at_the_objects_time():  # the year dates what the passage tells of the flooding
    assert when(event_at(INQUIRY, "The flooding touched", "touch"))[:3] == ("2022-01-01", "2022-12-31", "narrative")


def test_a_would_of_a_past_narrative_keeps_its_time():  # guard: no statement it is told after
    text = ("Anna Huber left Graz as a child.\n\n"
            "She would return to the city in 1995 as its mayor.")
    assert when(event_at(text, "She would return", "return"))[:2] == ("1995-01-01", "1995-12-31")


def test_a_results_period_to_come_keeps_its_quarter():  # guard: the quarter's results are reported after it
    text = ("Graz Holdings said on Wednesday that it expects to post a one-time charge of $8.3 million, resulting in a "
            "net loss for the fourth quarter.")
    assert when(event_at(text, "Graz Holdings", "post"))[:2] == ("2025-10-01", "2025-12-31")


ESTIMATES = "Graz Holdings reported a loss on Wednesday. "


def test_the_period_of_an_estimate_is_not_when_it_is_cut():
    text = ESTIMATES + ("Anna Huber, an analyst at Erste Bank, said she is cutting her earnings estimate for next year "
                        "to $2 a share from $3.")
    assert when(event_at(text, "Anna Huber", "cut")) == (PUBLISHED, PUBLISHED, "dct")  # was next year


def test_what_was_predicted_for_this_year_was_predicted_before():
    text = ESTIMATES + "Some analysts had predicted earnings of more than $4 a share for this year."
    assert when(event_at(text, "Some analysts", "predict"))[:3] == ("", PUBLISHED, "bounded")  # was this year


def test_a_period_of_another_object_stays_the_verbs():  # guard: jobs are no forecast
    text = ESTIMATES + "Anna Huber, an analyst at Erste Bank, said she is cutting 200 jobs for next year."
    assert when(event_at(text, "Anna Huber", "cut"))[:2] == ("2027-01-01", "2027-12-31")


def test_a_time_of_the_happening_something_to_come_is_done_for_is_that_happenings():
    text = "Anna Huber will be named captain of the Graz rowing team for a race in December."
    assert when(event_at(text, "Anna Huber", "name"))[:3] == (PUBLISHED, "", "bounded")  # was December


def test_a_time_of_the_naming_itself_stays():  # guard
    text = "Anna Huber will be named captain of the Graz rowing team in December."
    assert when(event_at(text, "Anna Huber", "name"))[:2] == ("2026-12-01", "2026-12-31")


def test_the_ledes_day_is_not_carried_past_the_happenings_time():  # guard: the telling moved on to December
    text = ("Finally today, we learned that the rowing federation has taken a giant leap forward. Anna Huber will be "
            "named captain of the Graz rowing team for a race in December. Huber has been the vice-captain before.\n\n"
            "Once Anna Huber was picked as a rower, she followed a normal progression within the team.")
    assert when(event_at(text, "Once Anna Huber", "follow"))[:3] == ("", PUBLISHED, "bounded")


def test_a_later_time_in_the_infinitive_a_present_verb_governs_is_the_infinitives():
    text = "Only the Graz proposal requires the company to begin an auction in June 2027."
    assert when(event_at(text, "Only the Graz", "require")) == (PUBLISHED, PUBLISHED, "dct")  # was June 2027


def test_what_is_scheduled_to_close_keeps_its_time():  # guard: a passive "scheduled to" is of the closing's time
    text = "Graz Holdings's planned acquisition of Linz Bank for $200 million is scheduled to close in June 2027."
    assert when(event_at(text, "Graz Holdings", "acquisition"))[:2] == ("2027-06-01", "2027-06-30")


def test_what_has_gone_on_for_the_past_few_weeks_runs_up_to_the_day_told():
    text = "Graz Council on Tuesday ``For the past few weeks we've been flooded with complaints from Graz Tram riders.''"
    assert when(event_at(text, "Graz Council", "flood"))[:3] == ("", "2026-02-03", "bounded")  # was Tuesday alone


def test_without_the_stretch_the_day_told_stays():  # guard
    text = "Graz Council on Tuesday ``We've been flooded with complaints from Graz Tram riders.''"
    assert when(event_at(text, "Graz Council", "flood"))[:2] == ("2026-02-03", "2026-02-03")


def test_the_day_of_the_source_bounds_what_it_tells():
    text = "The mayor of Graz has allocated funds to build a museum of rowing, according to a news agency report Tuesday."
    assert when(event_at(text, "The mayor", "allocate"))[:3] == ("", "2026-02-03", "bounded")  # was Tuesday alone


def test_a_day_of_the_clause_itself_stays():  # guard
    text = "The mayor of Graz allocated funds on Tuesday to build a museum of rowing, according to a news agency report."
    assert when(event_at(text, "The mayor", "allocate"))[:2] == ("2026-02-03", "2026-02-03")


def test_what_a_signed_treaty_created_it_created_when_signed():
    text = "On April 4, 1949, the mayor of Graz signed the Styria Treaty, which created the Alpine Union."
    assert when(event_at(text, "On April 4", "create")) == ("1949-04-04", "1949-04-04", "narrative")  # was ..publication


def test_a_relative_clause_of_no_creation_is_left_alone():  # guard
    text = "On April 4, 1949, the mayor of Graz bought the Linz Works, which made trams for the Alpine Union."
    assert when(event_at(text, "On April 4", "make"))[:3] == ("", PUBLISHED, "bounded")


# Found by a new user on BBC articles, which carry no publication date (session s24): a time of a sentence's own
# whose year nothing gives is its time all the same, not the passage's year; a year set against the event
# ("unlike in 2000") is not its time; "prior to" a year is before it.
OBITUARY = ("Conductor Anna Huber, director of the Graz Opera, has died at 50. Her time at the Graz Opera coincided "
            "with its reopening in 2003 after it was destroyed by fire in 1996. She fell into a coma after suffering "
            "a stroke during rehearsals last week. Huber last conducted Norma at the Vienna State Opera on 5 February.")


def test_a_time_of_its_own_in_an_undated_article_is_not_the_passages_year():
    assert when(event_at(OBITUARY, "She fell", "fall", published=""))[:3] == ("", "", "none")  # was 1996


def test_the_passages_year_does_not_carry_past_a_time_whose_year_nothing_gives():
    text = OBITUARY + " She conducted some of the best orchestras in the world, including the Berlin Philharmonic."
    assert when(event_at(text, "She conducted", "conduct", published=""))[:2] == ("", "")  # was 1996


def test_a_day_of_its_own_in_an_undated_article_is_not_the_passages_year():  # guard
    assert when(event_at(OBITUARY, "Huber last", "conduct", published=""))[:2] == ("", "")


def test_a_year_set_against_the_event_is_not_its_time():
    text = "Graz mayor Anna Huber welcomed the fact there had been a quick count in the election, unlike in 2000."
    assert when(event_at(text, "Graz mayor", "welcome"))[:3] == ("", PUBLISHED, "bounded")  # was 2000


def test_prior_to_a_year_is_before_it():
    text = "Did whoever voted for this song have any music knowledge prior to, say, 1995?"
    assert when(event_at(text, "Did whoever", "have"))[:2] == ("", "1994-12-31")  # was 1995
