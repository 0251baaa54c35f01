"""Session s13f: a closed period told with a verb of now or later (a "will" future, a present expectation) does not
date the verb; a past happening dated from its time is over by publication; a statement by someone the statement
lede did not name keeps the lede's day only as a start.

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from functools import partial

from tests.core.extract.events import conftest
from tests.core.extract.events.conftest import PUBLISHED, when

event_at = partial(conftest.event_at, by="trigger")  # this file names its events by their trigger's text
FRIDAY = "2026-01-30"  # the Friday before the Wednesday paper


def test_a_future_report_for_a_closed_quarter_is_to_come():
    """'will report a write-off … for its fourth quarter ended yesterday' (AN#2's kind): the reporting is on or after
    publication, not in the quarter it reports on (before: the quarter, timex)."""
    text = "Danube Shipping Corp. said it will report a write-off of $2.5 million for its fourth quarter ended yesterday."
    assert when(event_at(text, "Danube", "report")) == (PUBLISHED, "", "bounded")


def test_a_present_expectation_of_a_closed_quarter_is_held_now():
    """'said he expects revenue in the latest quarter to total about $28 million' (AP#14's kind): the expecting is
    of the statement, the quarter is the revenue's (before: the quarter, timex)."""
    text = ("In an interview, Anna Berg, the chief executive of Danube Shipping Corp., said she expects revenue in "
            "the latest quarter to total about $28 million.")
    dated = when(event_at(text, "In an interview", "expects"))
    assert dated[:2] == (PUBLISHED, PUBLISHED)


def test_a_future_for_a_period_still_to_come_keeps_it():  # guard
    """'will open a new yard in the second quarter of 2026': a period after publication still dates the
    opening, as before."""
    text = "Danube Shipping Corp. said it will open a new yard in the second quarter of 2026."
    assert when(event_at(text, "Danube", "open"))[:2] == ("2026-04-01", "2026-06-30")


def test_a_fall_counted_from_a_day_ends_by_publication():
    """'Eight trading days after Jan. 12, the index had fallen 4.3%' (AO#29's kind): the fall starts after Jan. 12
    and is over by publication (before: its end left open)."""
    text = "Eight trading days after Jan. 12, the Vienna stock index had fallen 4.3%."
    assert when(event_at(text, "Eight", "fallen")) == ("2026-01-13", PUBLISHED, "bounded")


def test_what_has_gone_on_since_a_day_ends_at_the_telling():
    """'Since Tuesday, the shares have gained nearly 4%': the present perfect tells what went on up to now; left
    open until session s18e, where an open end was read as vague (BQ#12, "Since 1985 … have been killed")."""
    text = "Since Tuesday, the shares of Danube Shipping Corp. have gained nearly 4%."
    assert when(event_at(text, "Since", "gained"))[1:] == (PUBLISHED, "bounded")


def test_an_outside_speakers_comment_after_a_statement_lede_is_from_its_day_to_publication():
    """'Police said Friday they found a rifle …' / '"…," said Walter Rowe, a professor …' (AN#22's kind): the
    professor's comment is not the police statement's; it came after the news, up to publication (before: Friday
    exactly, narrative)."""
    text = ("Police said Friday they found a rifle buried near the house in Linz.\n\n"
            "\"If it is not too badly rusted, they may be able to match the bullet to the weapon,\" said Walter Rowe, "
            "a professor of forensic science at the University of Vienna.")
    assert when(event_at(text, "\"If", "said")) == (FRIDAY, PUBLISHED, "bounded")


def test_the_ledes_speaker_going_on_keeps_its_day():  # guard
    """'Anna Berg said Friday …' / '"…," Berg said': the lede's speaker goes on, Friday, as before."""
    text = ("Foreign Minister Anna Berg said Friday that the talks with Hungary had failed.\n\n"
            "\"We will not return to the table this year,\" Berg said.")
    assert when(event_at(text, "\"We will", "said")) == (FRIDAY, FRIDAY, "narrative")


def test_a_manner_adverb_keeps_the_perfect():
    """'has publicly declared', 'had formally asked' (AP#42's kind): the perfect is read past the "-ly" adverb, so a
    background declaration is not dated as the passage's day (before: no perfect read)."""
    from explorer.core.extract.events.date_rules import perfect_aspect

    for before, aspect in (("Israel has publicly ", "present"), ("Kuwait had formally ", "past")):
        assert perfect_aspect(before + "declared", len(before)) == aspect


def test_an_adjective_in_ly_is_no_adverb_of_the_perfect():  # guard
    """'had early warnings', 'have July sales': a word in "-ly" before a noun is not read as a perfect, as before."""
    from explorer.core.extract.events.date_rules import perfect_aspect

    for before in ("The company had early ", "They have July "):
        assert perfect_aspect(before + "warnings", len(before)) == ""


def test_a_background_declaration_in_the_perfect_is_not_the_passages_day():
    """'Anna Berg met … on Friday. Berg has publicly declared that …': the declaration is before publication, its
    day not told, not Friday (before: Friday, narrative)."""
    text = ("Foreign Minister Anna Berg met the Hungarian foreign minister in Budapest on Friday. "
            "Berg has publicly declared that Austria will leave the talks.")
    assert when(event_at(text, "Berg has", "declared")) == ("", PUBLISHED, "bounded")


def test_a_closed_end_leaves_the_passage_to_its_expression():  # guard
    """'… in October 1984 and later served as an administrator' / 'Berg expressed the hope …' (APW19980418.0210's
    kind): the end closed at publication must not keep October 1984 from the passage, or Berg's hope takes the
    paragraph's earlier May 26, 1980 (it did with the closing applied where the date is first made); it stays on or
    before the lede's Saturday, as before."""
    text = ("Tired of being sidelined, astronaut Anna Berg is leaving for the United States to start a new career, she "
            "said Saturday. With the American astronaut Jon McBride, Berg set up a joint venture. Berg, an air force "
            "captain, was sent into space on board the Soyuz 36 on May 26, 1980. She spent six days aboard the Salyut 6 "
            "station. McBride, 54, was part of a seven-member crew aboard the Challenger in October 1984 and later "
            "served as an administrator for NASA. Berg expressed the hope she would one day follow in the footsteps "
            "of John Glenn.")
    assert when(event_at(text, "Berg expressed", "expressed")) == ("", "2026-01-31", "bounded")


def test_an_imperative_to_the_audience_is_no_happening():
    """'Now with a diplomatic solution at hand, get set for oil prices to fall further' (AO#11's kind): advice to the
    listener, not datable (before: the broadcast's day, from "Now")."""
    text = "Now with a diplomatic solution to the crisis seemingly at hand, get set for oil prices to fall further."
    assert when(event_at(text, "Now", "set")) == ("", "", "none")


def test_a_to_infinitive_headline_is_no_imperative():  # guard
    """'Danube Shipping to close two yards in Linz': a headline's planned act, not advice, dated as before."""
    text = "Danube Shipping to close two yards in Linz.\n\nDanube Shipping Corp. said it would close two yards."
    assert when(event_at(text, "Danube Shipping to", "close"))[2] != "none"


def test_a_happening_told_in_a_named_era_does_not_take_the_passages_day():
    """'the ceremony took place at the Harry S. Truman Library. It was during the Truman presidency that NATO was
    founded' (AQ#37, and sample G's): the era is the founding's own time, not the ceremony's day; without its dates the
    founding is on or before publication, not on the ceremony day."""
    text = ("Poland joined NATO on Friday. The ceremony took place at the Truman Library on Friday. "
            "It was during the Truman presidency that the North Atlantic Treaty Organization was founded.")
    start, end, basis = when(event_at(text, "It was during", "founded"))
    assert (start, basis) == ("", "bounded") and end == "2026-02-04"


def test_a_happening_with_only_a_common_period_still_takes_the_passages_day():  # guard: no named era
    text = "Poland joined NATO on Friday. During the ceremony, Madeleine Albright signed the papers."
    assert when(event_at(text, "During the ceremony", "signed"))[2] != "bounded"
