"""Session s27's dating rounds.

A market roundup tells its lines of one session. Where no move of the whole market dates it, a single stock's move
of one day does ("Vestra closed down $1.875 at $44.875 in New York Stock Exchange trading yesterday"), and the
lines after it — a close at a price ("GM Class H … closed at $29", ET#27, vague at "on or before publication"),
a fall "to close at" one ("Dow Jones shares also fell 50 cents to close at $36.125") — are of that session.

One cannot learn, report or confirm what had not yet happened: a past act whose complement clause tells a past
happening with its own time ("learned that Elian was in Florida last November", EQ#30) is on or after that time.

A result raised by an amount is of the reporting period like any other ("EDS boosted net 16%", EV#19: the parse
makes "16%" the object and "net" its adjective).

An act told "during" a happening the text names but does not date ("The song purchased during the demonstration",
in a story of a ruling "today": EQ#17 = ER#31, too precise) was when that happening was: on or before the passage's
day, not on it.

An article quotes a person from one occasion: a named person's statement left "on or before publication" ("Louis
Gerstner Jr. … called the sale a 'significant step'", EU#9) takes the day the article dates that person's statements
by ("Mr. Gerstner said Friday"), where they give one day. And a noun of resolve with its act ("Apple's move to give
away free cases", EQ#44) was made known the day a statement of the same act by the same one was ("Apple Inc.
announced Friday that it will give owners … a free case").

What was done before a dated act ends by that act's time: "acquired some 6% of Milton Roy's common stock before
throwing in the towel and reducing its stake in early September" (EX#4) is on or before early September's end. And a
present "follows" between two happenings ("The warning … follows two decisions … last June", BX#30, wrong at June)
orders them and is no happening of its own: no date. A past act told before a coordinated past clause with its own
time ("filed a federal lawsuit …, but in March a Miami federal judge ruled against them", EU#36) ends by that time.
A security's due date ("$100 million of senior notes due Nov. 1, 2009") is its maturity, no act's time. A statement
told "later" than a happening the text gives no day ("'I have lost a son,' Gonzalez told reporters later", ER#18) is
not the paper's day: on or before publication. A past act that set a later deadline ("has given the Miami relatives
until 9 a.m. Tuesday", FD#42) was done by the telling: on or before publication, not before the deadline. A stock's move told back on another day in a roundup whose market
move came first ("The stock fell 7/8 Thursday" in Friday's, wsj_0585) does not open one: only the first does.

Made-up articles (the roundup in wsj_0950's shape) run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import event_at, when

ROUNDUP = ("Vestra Motors Corp.'s big defense and automotive electronics unit, Vestra Halden Electronics, said net "
           "income fell 22% in the third quarter, reflecting declining military spending and slumping Vestra vehicle "
           "production.\n\nMeanwhile, net at Vestra's finance arm, Vestra Motors Acceptance Corp., fell 3.1%. By "
           "contrast, Electronic Data Systems Corp., Vestra's data processing subsidiary, boosted net 16%.\n\nVestra "
           "closed down $1.875 at $44.875 in New York Stock Exchange trading yesterday. Earnings for Vestra common "
           "stock, reflecting the performance of Vestra's core automotive operations, will be disclosed this morning. "
           "{line}")


def test_a_close_at_a_price_is_of_the_session_a_stock_dated():
    line = "Vestra Class H, which represents a dividend interest in Halden earnings, closed at $29, up 25 cents."
    assert when(event_at(ROUNDUP.format(line=line), "Vestra Class H", "close"))[:3] == ("2026-02-03", "2026-02-03", "narrative")


def test_learning_of_a_past_happening_comes_after_its_time():
    text = ("Juan Ortega apparently is a supporter of the government, but that should not disqualify him from being "
            "reunited with his child. Ever since he first learned that his son was in Florida last November, he has "
            "been persistent in seeking the boy's return.")
    assert when(event_at(text, "Ever since", "learn"))[:3] == ("2025-11-01", "2026-02-04", "bounded")


def test_a_prediction_of_a_time_to_come_keeps_its_bound():  # guard: "would" tells a time after the telling
    text = ("Juan Ortega met the court on Monday. The chairman had suggested that friendly institutions would buy "
            "its stock in January.")
    assert when(event_at(text, "The chairman", "suggest"))[0] == ""


def test_a_result_raised_by_a_percentage_is_of_the_reporting_period():
    text = ("Vestra Motors Corp.'s electronics unit said net income fell 22% in the third quarter, reflecting declining "
            "military spending.\n\nMeanwhile, net at Vestra's finance arm fell 3.1%. By contrast, Orvane Data Corp., "
            "Vestra's data processing subsidiary, boosted net 16%.")
    assert when(event_at(text, "By contrast", "boost"))[:3] == ("2025-07-01", "2025-09-30", "narrative")


CASE = ("The record label Orchard Corps lost its court case against Orchard Computer today in the High Court. "
        "{scene} Orchard Corps showed the court how many times the logo appeared during a typical download. The "
        "song purchased during the demonstration was Golden Hour by the Lanterns.")


def test_an_act_during_an_undated_happening_is_not_the_passages_day():
    text = CASE.format(scene="During the case")
    assert when(event_at(text, "The song purchased", "purchase"))[:3] == ("", "2026-02-04", "bounded")
    assert when(event_at(text, "During the case", "show"))[:3] == ("", "2026-02-04", "bounded")


def test_an_act_without_such_a_phrase_keeps_the_passages_day():  # guard: the passage's day still carries
    text = CASE.format(scene="In its closing argument,")
    assert when(event_at(text, "In its closing", "show"))[:3] == ("2026-02-04", "2026-02-04", "narrative")


SPEAKER = ("Halvorsen Foods Inc. said it agreed to sell its candy businesses to Orvane Foods for $370 million.\n\n"
           "Thus, it remains crucial for Halvorsen to obtain top dollar for its smaller assets like the candy brands.\n\n"
           "Louis Brandt Jr., chairman and chief executive officer of Halvorsen, called the sale a \"significant "
           "step\" in the company's divestiture program. Since Kestrel bought Halvorsen in February, it has agreed "
           "to sell nearly $5 billion of Halvorsen assets. \"Halvorsen will concentrate more on our own core "
           "businesses,\" Mr. Brandt said {day}.")


def test_a_persons_statement_takes_the_day_the_article_quotes_them_on():
    assert when(event_at(SPEAKER.format(day="Friday"), "Louis Brandt", "call"))[:3] == \
        ("2026-01-30", "2026-01-30", "narrative")


def test_a_persons_statements_on_two_days_leave_the_bound():  # guard: two days, no one occasion
    text = SPEAKER.format(day="Friday") + " Mr. Brandt said Monday that the sale would close in March."
    assert when(event_at(text, "Louis Brandt", "call"))[0] == ""


RESOLVE = ("Orchard Inc. announced Friday that it will give owners of its new phone a free case in response to "
           "complaints. The consumer group said that {whose} move to give away free cases is a good first step, but "
           "not permanent enough to earn a higher rating.")


def test_a_move_to_act_is_made_known_the_day_the_act_was_announced():
    assert when(event_at(RESOLVE.format(whose="Orchard Inc.'s"), "The consumer group", "move"))[:3] == \
        ("2026-01-30", "2026-01-30", "narrative")


def test_someone_elses_move_is_not_that_announcement():  # guard: the move names another company
    assert when(event_at(RESOLVE.format(whose="Kestrel Corp.'s"), "The consumer group", "move"))[0] != "2026-01-30"


BEFORE = ("Milton Roy Co. said its board rejected the offer.\n\nThermo Electron {verb} some 6% of Milton Roy's common "
          "stock before throwing in the towel and reducing its stake in early September.")


def test_an_act_before_a_dated_one_ends_by_its_time():
    event = event_at(BEFORE.format(verb="acquired"), "Thermo Electron", "acquire")
    assert when(event)[1:3] == ("2025-09-10", "bounded")


def test_a_count_of_days_before_is_left_to_the_happenings_day():  # guard: "two days before" is no bound of its own
    text = ("Milton Roy Co. said its board rejected the offer.\n\nThermo Electron bought some 6% of Milton Roy's common "
            "stock two days before reducing its stake in early September.")
    assert when(event_at(text, "Thermo Electron", "buy"))[1] != "2025-09-10"


def test_follows_in_the_present_orders_two_happenings_and_has_no_date():
    text = ("Prosecutors warned lawyers for the chain's founder this week. The warning by the U.S. attorney's office "
            "follows two decisions by the Supreme Court last June.")
    assert when(event_at(text, "The warning", "follow"))[2] == "none"


def test_a_past_followed_keeps_a_date():  # guard: "A steep rise … followed the invasion" tells the rise as it came
    text = "Iraq invaded Kuwait on Aug. 2. A steep rise in world oil prices followed the Kuwait invasion."
    assert when(event_at(text, "A steep rise", "follow", published="1990-08-15"))[2] != "none"


def test_an_act_told_before_a_dated_clause_of_its_own_ends_by_that_time():
    text = ("The boy's father asked for his return in January.\n\nThe relatives filed a federal lawsuit to overturn the "
            "decision, but in December a federal judge ruled against them.")
    assert when(event_at(text, "The relatives filed", "file"))[1:3] == ("2025-12-31", "bounded")


def test_a_clause_told_back_does_not_end_it():  # guard: "had ruled" is told back, before the act
    text = ("The boy's father asked for his return in January.\n\nThe relatives filed a federal lawsuit to overturn the "
            "decision, but in December a federal judge had ruled against them.")
    assert when(event_at(text, "The relatives filed", "file"))[1] != "2025-12-31"


def test_a_securitys_due_date_is_no_acts_time():
    text = ("Hertz Corp. is raising money. The issue will be sold through underwriters led by Goldman, Sachs amp Co. "
            "Hertz Corp. -- $100 million of senior notes due Nov. 1, 2039, priced at par to yield 9%.")
    assert when(event_at(text, "The issue will be sold", "sell"))[:3] == ("2026-02-04", "", "bounded")


LATER = ("Reno denied the request, but Manuel Ortega didn't back down.\n\nManuel Ortega filed a motion in federal court "
         "asking for custody of the boy.\n\n\"I have lost a son,\" Ortega told reporters {when}, referring to his own "
         "son's death.")


def test_a_statement_told_later_than_an_undated_happening_is_not_the_papers_day():
    assert when(event_at(LATER.format(when="later"), "\"I have lost", "tell"))[:3] == ("", "2026-02-04", "bounded")


def test_a_statement_without_later_keeps_the_papers_day():  # guard
    assert when(event_at(LATER.format(when="today"), "\"I have lost", "tell"))[:3] == \
        ("2026-02-04", "2026-02-04", "timex")


def test_a_past_act_setting_a_later_deadline_was_done_by_the_telling():
    text = ("The boy's relatives met their lawyers on Sunday. In its latest deadline, the Immigration and "
            "Naturalization Service has given the relatives until 9 a.m. Thursday to sign a paper.")
    assert when(event_at(text, "In its latest deadline", "give"))[:3] == ("", "2026-02-04", "bounded")


def test_what_a_clause_tells_ran_until_a_time_does_not_start_the_act():  # guard: "until" is an end
    text = ("Mr. Gigante went on trial in Brooklyn. Mr. Gigante painstakingly maintained the fiction that he was "
            "incompetent until April 2003, when he pleaded guilty.")
    assert when(event_at(text, "Mr. Gigante painstakingly", "maintain"))[0] != "2003-04-01"


def test_one_who_follows_another_is_no_ordering_of_happenings():  # guard: a person follows a person
    text = "The daytime talk show host follows Seth MacFarlane as the host of the awards."
    assert when(event_at(text, "The daytime", "follow"))[2] != "none"


def test_a_games_second_half_is_no_calendar_time_to_end_an_act():  # guard: "the second half" of a game
    text = ("Creighton beat Wichita State on Saturday. The Jays answered, as Echenique threw down a powerful alley-oop "
            "during a three-point play and the lead returned to 54-46 a short time later on Austin Chatman's first "
            "score of the second half.")
    assert when(event_at(text, "The Jays answered", "throw"))[1] >= "2026-01-31"


def test_during_the_happening_of_an_earlier_passage_keeps_its_day():  # guard: the operation is Thursday's
    text = ("An Indian naval ship thwarted a multiple-boat attack by pirates on Thursday and rescued 26 crewmembers. "
            "During the operation, six AK 47 rifles and about 300 rounds of ammunition were found aboard the skiffs.")
    assert when(event_at(text, "During the operation", "find"))[:3] == ("2026-01-29", "2026-01-29", "narrative")
