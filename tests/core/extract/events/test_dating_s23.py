"""Session s23's dating rounds, each a construction found in the judged samples and read as a kind, not a case.

One verb written once for several of its acts, each object with its own time ("The alliance has expanded three times
before, adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982", DL#24: too precise at 1952 alone)
spans the times, as a coordinated list of them does ("in 1994, 1995 and 1997"); one time of another preposition
("in 1952 … until 1955") is no such list.

A result's period that the parse hangs on the verb reporting it ("The company said it had a loss of $92.2 million, or
$6.98 a share, for the quarter ended Sept. 30", DO#47 and AQ#49, vague at "on or before publication") dates the
result; the statement keeps its day.

An attack noun named by its means names the happening a noun of that means' verb names ("The two bombings happened
only minutes apart" after "Six people were also killed … in a car bomb attack on Friday", DD#31 and AJ#41, vague at
"on or before publication"): its day; shootings are no bomb attack.

An act done in remarks made at a time, where the parse hangs the remarks deep in the act's object ("Syria had indicated
its interest in resuming talks in remarks made last week", AS#24, AT#18, CM#32, DN#11: vague four times at "on or
before publication"), takes that time, a past perfect as a simple past does.

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def test_a_verb_written_once_for_several_dated_acts_spans_them():
    text = ("The league welcomed two new clubs on Monday.\n\n"
            "The league has grown three times before, adding Graz and Linz in 1952, West Styria in 1955 and Tyrol in 1982.")
    assert when(event_at(text, "The league has grown", "grow"))[:2] == ("1952-01-01", "1982-12-31")  # was 1952


def test_one_time_of_another_preposition_is_no_list():  # guard
    text = ("The league welcomed two new clubs on Monday.\n\n"
            "The league grew in 1952, adding Graz to its clubs until 1955.")
    assert when(event_at(text, "The league grew", "grow"))[:2] == ("1952-01-01", "1952-12-31")


def test_a_results_period_hung_on_its_reporter_dates_the_result():
    text = ("Graz Holdings reported a fourth-quarter loss.\n\n"
            "The Vienna holding company said it had a loss of $9.2 million, or 98 cents a share, for the quarter ended "
            "Dec. 31.")
    assert when(event_at(text, "The Vienna", "have")) == ("2025-10-01", "2025-12-31", "timex")  # was ..publication


def test_the_statement_itself_keeps_its_day():  # guard: the period is the result's, not the saying's
    text = ("Graz Holdings reported a fourth-quarter loss.\n\n"
            "The Vienna holding company said it had a loss of $9.2 million, or 98 cents a share, for the quarter ended "
            "Dec. 31.")
    assert when(event_at(text, "The Vienna", "say")) == (PUBLISHED, PUBLISHED, "dct")


BOMBS = ("A bomb ripped through an office building in Linz on Monday morning, police said.\n\n"
         "Six people were also killed in a car bomb attack on Monday outside the town hall in Graz.\n\n")


def test_the_bombings_are_the_bomb_attack_dated_before():
    text = BOMBS + "The two bombings happened only minutes apart, apparently with the U.S. embassies as their targets."
    assert when(event_at(text, "The two bombings", "happen")) == ("2026-02-02", "2026-02-02", "narrative")


def test_the_shootings_are_no_bomb_attack():  # guard: another means names another happening
    text = BOMBS + "The two shootings happened only minutes apart, apparently with the U.S. embassies as their targets."
    assert when(event_at(text, "The two shootings", "happen"))[0] != "2026-02-02"


def test_an_act_in_remarks_made_last_week_hung_deep_in_its_object_is_of_that_week():
    text = ("The mayor of Graz wants new talks with Linz.\n\n"
            "The newspaper said Linz had indicated its interest in resuming talks in remarks made last week by its "
            "mayor, Anna Keller, in a lecture in Vienna.")
    assert when(event_at(text, "The newspaper", "indicate"))[:2] == ("2026-01-26", "2026-02-01")  # was ..publication


def test_an_act_in_remarks_made_without_a_time_keeps_the_bound():  # guard
    text = ("The mayor of Graz wants new talks with Linz.\n\n"
            "The newspaper said Linz had indicated its interest in resuming talks in remarks made by its "
            "mayor, Anna Keller, in a lecture in Vienna.")
    assert when(event_at(text, "The newspaper", "indicate")) == ("", PUBLISHED, "bounded")
