"""An act done in an occasion whose time is written on it, the changes of a round-up listed after the one that
names the period, and a price's move told with the close it reached (session s18a): "vague" verdicts of sample BR
(BR#20: "In Sunday's debate …, Spitzer attacked him", left on or before publication; BR#12: "put the issue in the
spotlight in his unsuccessful 1996 campaign", 1996 to publication; BR#19: "the Vanguard fund rose 1.84%; and the …
fund edged up 0.66%" after "has fallen 2.08% this year through Oct. 19") and of the pool ("rose $2.50 a share to
close at … in composite trading yesterday").

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

OPENING = "Vienna voters go to the polls next week. "


def test_an_act_in_an_occasion_dated_by_its_possessive_is_on_that_day():
    text = OPENING + "In Sunday's debate against Huber, Berger attacked him for failing to enforce a court order."
    assert when(event_at(text, "In Sunday", "attack")) == ("2026-02-01", "2026-02-01", "timex")  # was on or before


def test_an_act_in_a_campaign_of_a_year_is_in_that_year():
    text = OPENING + ("Former mayor Karl Huber, who put the tax issue in the spotlight in his unsuccessful 2019 "
                      "campaign for re-election, welcomed the result.")
    assert when(event_at(text, "Former mayor", "put")) == ("2019-01-01", "2019-12-31", "timex")  # was 2019..publication


def test_an_act_in_a_dated_thing_that_is_no_occasion_keeps_its_bound():  # guard: a report is no occasion
    text = OPENING + "Berger found the error in the 2019 report of the city auditor."
    assert when(event_at(text, "Berger found", "find"))[2] != "timex"


def test_an_act_on_a_dated_happening_is_not_put_in_it():  # guard: "into" is no "in"
    text = OPENING + "Police opened an inquiry into Sunday's shooting at the station."
    assert when(event_at(text, "Police opened", "open"))[:2] != ("2026-02-01", "2026-02-01")


def test_changes_listed_after_the_one_naming_the_period_share_it():
    text = OPENING + ("The Danube junk fund has fallen 2.08% this year through Jan. 19, Lipper says; the Alpine fund "
                      "rose 1.84%; and the Graz fund edged up 0.66%.")
    assert when(event_at(text, "The Danube", "rise")) == ("2026-01-01", "2026-01-19", "timex")  # was on or before
    assert when(event_at(text, "The Danube", "edge")) == ("2026-01-01", "2026-01-19", "timex")


def test_a_change_listed_with_and_shares_the_opening_period():
    text = OPENING + "In the fourth quarter, the Danube fund fell 2.08%, the Alpine fund rose 1.84% and the Graz fund edged up 0.66%."
    assert when(event_at(text, "In the fourth", "edge")) == ("2025-10-01", "2025-12-31", "timex")  # was Oct 1..publication


def test_a_listed_change_with_a_time_of_its_own_keeps_it():  # guard: the series' time only where none
    text = OPENING + "Sales rose 5% in January; profit fell 2% in December."
    assert when(event_at(text, "Sales rose", "fall"))[:2] == ("2025-12-01", "2025-12-31")


def test_a_move_told_with_the_close_it_reached_is_of_that_day():
    text = OPENING + ("Danube's stock rose 2.50 euros a share to close at 117 euros in Vienna Stock Exchange "
                      "trading yesterday.")
    assert when(event_at(text, "Danube's stock", "rise")) == ("2026-02-03", "2026-02-03", "timex")  # was on or before


def test_he_talked_after_a_named_speakers_statement_takes_its_day():  # BK#50 = AX#37, vague
    text = ("Danube Bank chief Karl Huber opened the bank's annual meeting in Vienna. Huber said that the bank has had "
            "a secret double life. He talked about the ease of moving accounts to the new system.")
    assert when(event_at(text, "He talked", "talk")) == (PUBLISHED, PUBLISHED, "narrative")  # was on or before


def test_he_talked_after_no_statement_keeps_its_bound():  # guard: the sentence before tells no one speaking
    text = ("Danube Bank chief Karl Huber opened the bank's annual meeting in Vienna. Huber moved the bank's accounts "
            "to a new system. He talked about the ease of moving accounts to the new system.")
    assert when(event_at(text, "He talked", "talk")) == ("", PUBLISHED, "bounded")


def test_a_future_act_at_a_happening_set_for_a_month_is_in_that_month():  # BQ#15, vague
    text = OPENING + "The issue is expected to dominate an EU summit set for Vienna in April."
    assert when(event_at(text, "The issue", "dominate")) == ("2026-04-01", "2026-04-30", "timex")  # was open future


def test_what_a_release_scheduled_for_a_season_will_include_is_of_that_season():  # BP#7's kind
    text = OPENING + ("Huber announced that the Danube release of the software, which is scheduled for release next "
                      "summer, will include more support for touch screens.")
    assert when(event_at(text, "Huber announced", "include")) == ("2026-06-01", "2026-08-31", "timex")


def test_a_future_act_on_a_thing_done_in_the_past_keeps_its_open_future():  # guard: no clause of scheduling
    text = OPENING + "The company will sell the plant, which it bought in 2019."
    assert when(event_at(text, "The company", "sell")) == (PUBLISHED, "", "bounded")


def test_a_time_hung_from_a_describing_participle_is_the_clauses():
    text = OPENING + ("Huber Computer Corp. announced last week that it planned to ship a computer based on the new "
                      "chip early next year.")
    assert when(event_at(text, "Huber Computer", "ship")) == ("2027-01-01", "2027-04-30", "timex")  # was open future


def test_a_suit_filed_simultaneously_is_of_the_suit_told_before():  # BR#23, vague
    text = ("Danube Records has filed a lawsuit against Huber Media in a Vienna court this week. Danube's first suit, "
            "filed in September 2019, claims that Huber violated a 2011 agreement. A similar suit was filed "
            "simultaneously in Graz.")
    assert when(event_at(text, "A similar", "file")) == ("2019-09-01", "2019-09-30", "narrative")  # was on or before


def test_a_simultaneous_bombing_is_on_the_day_of_the_bombings():  # BK#25 = AH#45, vague
    text = ("Police in Vienna are still searching for the men behind the August 7 bombings of two embassies. "
            "The car bomb attack at the embassy in Graz killed 25 people. A nearly simultaneous car bombing "
            "outside the embassy in Linz killed 10 people.")
    assert when(event_at(text, "A nearly", "kill", published="2026-08-21")) == ("2026-08-07", "2026-08-07", "narrative")


def test_a_similar_suit_without_simultaneously_keeps_its_bound():  # guard: no word of the same time
    text = ("Danube Records has filed a lawsuit against Huber Media in a Vienna court this week. Danube's first suit, "
            "filed in September 2019, claims that Huber violated a 2011 agreement. A similar suit was filed in Graz.")
    assert when(event_at(text, "A similar", "file"))[:2] != ("2019-09-01", "2019-09-30")


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]):
    """A sentence as the parse read it (the model reads the invented sentences of these tests otherwise)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_present_the_parse_made_a_conjunct_of_a_perfect_is_no_perfect():  # BP#46, vague
    """'… has become a factor in two campaigns, say political consultants': in the article the parse made "say" a
    conjunct of "become", so it took "has" for its own and was a perfect, on or before publication."""
    from explorer.core.extract.events.perfects import shares_auxiliaries

    doc = _parsed(["The", "killing", "has", "become", "a", "factor", ",", "say", "consultants", "."],
                  [1, 3, 3, 3, 5, 3, 3, 3, 7, 3], ["det", "nsubj", "aux", "ROOT", "det", "attr", "punct", "conj",
                                                   "nsubj", "punct"],
                  ["DT", "NN", "VBZ", "VBN", "DT", "NN", ",", "VBP", "NNS", "."],
                  ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"])
    assert not shares_auxiliaries(doc[7])


def test_a_past_conjunct_of_a_perfect_shares_it():  # guard: "had moved troops and sent tanks"
    from explorer.core.extract.events.perfects import shares_auxiliaries

    doc = _parsed(["The", "army", "had", "moved", "troops", "and", "sent", "tanks", "."],
                  [1, 3, 3, 3, 3, 3, 3, 6, 3], ["det", "nsubj", "aux", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
                  ["DT", "NN", "VBD", "VBN", "NNS", "CC", "VBD", "NNS", "."],
                  ["DET", "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"])
    assert shares_auxiliaries(doc[6])


def test_a_succession_told_after_the_day_the_appointment_takes_effect_is_on_that_day():  # BQ#20 = BP#32 = AH#50
    text = ("Danube Bank named Karl Huber chairman and chief executive. The appointment takes effect Nov. 13. He "
            "succeeds Anna Berg, who stepped down in March for health reasons.")
    assert when(event_at(text, "He succeeds", "succeed", published="2025-11-02")) == (
        "2025-11-13", "2025-11-13", "narrative")  # was the publication day, which the text excludes


def test_a_thing_replacing_another_after_a_change_takes_effect_keeps_the_publication_day():  # guard: no person
    text = ("Danube Bank named Karl Huber chairman. The change takes effect Nov. 13. The Danube Phone 5 replaces the "
            "Danube Phone 4.")
    assert when(event_at(text, "The Danube Phone", "replace", published="2025-11-02")) == (
        "2025-11-02", "2025-11-02", "dct")


def test_what_goes_on_now_is_not_dated_by_the_time_of_its_object():  # BP#22, wrong
    text = OPENING + ("In addition, the ministry is still considering a request last week from Karl Huber to have the "
                      "case moved to Graz.")
    assert when(event_at(text, "In addition", "consider")) == (PUBLISHED, PUBLISHED, "dct")  # was last week


def test_a_past_act_keeps_the_time_after_its_object():  # guard: "filed a request last week"
    text = OPENING + "Karl Huber filed a request last week to have the case moved to Graz."
    assert when(event_at(text, "Karl Huber", "file")) == ("2026-01-26", "2026-02-01", "timex")


def test_what_never_before_happened_takes_no_year_of_the_list_before():  # BS#32, wrong
    text = OPENING + ("NATO was enlarged to include Greece in 1952, Germany in 1955 and Spain in 1982. But never "
                      "before has NATO reached out to its former enemies.")
    assert when(event_at(text, "But never", "reach"))[2] == "none"  # was 1955, the list's year


def test_no_longer_is_a_state_of_the_telling():  # guard: "no longer has ties" stays a present state
    text = OPENING + "Huber's great-grandfather founded the Vienna toy store, but his family no longer has ties to it."
    assert when(event_at(text, "Huber's", "have")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_since_clause_after_the_last_of_two_verbs_frames_both():  # BT#2, vague
    text = OPENING + ("Extremists have bombed two towns and fired mortar shells at a police station since the "
                      "Freedom Party was expelled from the talks on Jan. 20 in punishment for two killings.")
    assert when(event_at(text, "Extremists", "bomb")) == ("2026-01-20", PUBLISHED, "bounded")  # was open start


def test_what_someone_is_prompted_to_do_is_no_dated_happening():  # BT#22, too precise
    text = OPENING + ("The number of visitors to Graz jumped to more than 300,000 last year, prompting the government "
                      "to improve roads needed for ski tours.")
    assert when(event_at(text, "The number", "improve"))[2] == "none"  # was the publication day


def test_what_a_happening_to_come_will_do_starts_when_it_comes():  # BS#3 = BK#12 = BB#20, vague
    text = OPENING + ("Danube Bank said it will redeem 9.5 million preferred shares on Feb. 27 at a price of 27 euros "
                      "each.\n\nKarl Huber, chief financial officer, said redemption of the preferred shares, originally "
                      "issued at 25 euros each, will eliminate dividend payments of 17.9 million euros annually.")
    assert when(event_at(text, "Karl Huber", "eliminate")) == ("2026-02-27", "", "bounded")  # was from publication


def test_what_another_happening_will_do_keeps_its_open_future():  # guard: not the act told before
    text = OPENING + ("Danube Bank said it will redeem 9.5 million preferred shares on Feb. 27 at a price of 27 euros "
                      "each.\n\nKarl Huber, chief financial officer, said the merger with Graz Bank will eliminate 300 "
                      "jobs at Danube Bank.")
    assert when(event_at(text, "Karl Huber", "eliminate")) == (PUBLISHED, "", "bounded")


def test_how_a_companys_unit_fared_is_of_the_reporting_quarter():  # BT#8 = AO#40, vague
    text = ("Danube Foods reported a 47% decline in fourth-quarter earnings.\n\nThe Vienna company earned 45.2 million "
            "euros, compared with 85.3 million euros a year earlier.\n\nThe Graz Baking business benefited from higher "
            "margins on bread and on increased cake sales, it added.")
    assert when(event_at(text, "The Graz", "benefit")) == ("2025-10-01", "2025-12-31", "narrative")  # was on or before


def test_how_a_person_fared_is_no_result():  # guard: not a company's part
    text = ("Danube Foods reported a 47% decline in fourth-quarter earnings.\n\nKarl Huber benefited from the "
            "rules on bread prices, he said.")
    assert when(event_at(text, "Karl Huber", "benefit"))[:2] != ("2025-10-01", "2025-12-31")


def test_what_the_quarterly_results_reflected_is_of_the_quarter():  # BS#29, vague
    text = ("Danube Savings announced a loss for the fourth quarter of 226.3 million euros.\n\nThe Vienna thrift may "
            "branch out into commercial lending, officials said.\n\nThe quarterly results also reflected 21.4 million "
            "euros in losses from real-estate activities in Graz.")
    assert when(event_at(text, "The quarterly", "reflect")) == ("2025-10-01", "2025-12-31", "narrative")


def test_a_telling_told_again_with_its_day_takes_that_day():  # BS#36, vague
    text = ("One of Chancellor Berg's sons has informed Chief of Staff Karl Huber that he has lost much of his support "
            "among the party, sources said Monday. Huber was told Wednesday by Berg's son, Anton, that he had "
            "alienated members of the cabinet, the sources said.")
    # published on a Tuesday: "Wednesday" is the week before's, as "Monday" is the day before
    assert when(event_at(text, "One of", "inform", published="2026-02-03")) == ("2026-01-28", "2026-01-28", "narrative")


def test_a_telling_beside_another_persons_dated_telling_keeps_its_bound():  # guard: no name shared
    text = ("One of Chancellor Berg's sons has informed Chief of Staff Karl Huber that he has lost much of his support "
            "among the party, sources said Monday. Anna Novak was told Wednesday by her lawyers that she had won.")
    assert when(event_at(text, "One of", "inform", published="2026-02-03")) == ("", "2026-02-02", "bounded")


def test_late_in_the_day_is_the_day_told_before():  # BI#28, vague
    text = ("Protesters gathered outside the Huber home in Vienna on Monday.\n\nLate in the day, lawyers for the Huber "
            "family emerged from their third meeting with federal officials.")
    assert when(event_at(text, "Late in", "emerge", published="2026-02-03")) == ("2026-02-02", "2026-02-02", "timex")


def test_back_in_the_day_is_no_time_expression():  # guard: the idiom names no day
    from explorer.core.extract.timex.find import find_timexes

    found = find_timexes("Protesters gathered on Monday.\n\nBack in the day, Karl Huber ran a shop.", None)
    assert [t.text for t in found if t.text.lower().endswith("the day")] == []
    found = find_timexes("Protesters gathered on Monday.\n\nLater in the day, police left.", None)
    assert [t.text for t in found if t.text.lower().endswith("the day")] == ["the day"]  # TimeML marks only "the day"


def test_a_time_after_the_of_of_a_happening_is_which_happening():  # BM#34, wrong
    text = OPENING + ("The march marked a return to the larger demonstrations of early December, when thousands of "
                      "people rallied in Vienna.")
    assert when(event_at(text, "The march", "mark"))[:2] != ("2025-12-01", "2025-12-10")  # was early December


def test_a_time_after_the_of_of_a_part_of_a_time_is_the_events():  # guard: "in the early hours of Thursday"
    text = OPENING + "Police arrested Karl Huber at the Vienna airport in the early hours of Thursday morning."
    assert when(event_at(text, "Police", "arrest", published="2026-02-06"))[:2] == ("2026-02-05", "2026-02-05")


def test_a_past_relative_clause_in_a_present_sentence_takes_no_passage_day():  # BI#5, wrong
    text = ("Karl Huber's army crossed into Graz yesterday.\n\nThe Huber forces met little resistance. Even rebel groups "
            "that opposed Huber in the war now show signs of backing him.")
    # was the passage's day; on or before the day the paper was written ("yesterday", s19j), not on it
    assert when(event_at(text, "Even rebel", "oppose")) == ("", "2026-02-03", "bounded")


def test_a_list_of_years_dates_the_event_over_all_of_them():  # BP#28, wrong
    text = OPENING + "Three Graz doctors were shot at in 2019, 2021 and 2023, police said."
    assert when(event_at(text, "Three Graz", "shoot"))[:2] == ("2019-01-01", "2023-12-31")  # was 2023 alone


def test_two_clauses_with_a_year_each_keep_their_own():  # guard: not a list of one clause's times
    text = OPENING + "Huber Corp. cut prices in 2019 and raised them in 2023."
    assert when(event_at(text, "Huber Corp.", "cut"))[:2] == ("2019-01-01", "2019-12-31")


def test_what_will_need_to_be_done_is_no_dated_happening():  # BS#23, not datable
    text = OPENING + ('A statement from Danube Records said that "Danube and Huber Media now have differing readings of '
                      'this agreement and will need to ask a court to resolve this dispute."')
    assert when(event_at(text, "A statement", "need"))[2] == "none"  # was on or after publication


def test_a_first_line_introducing_the_text_is_no_headline():  # BV#19, wrong
    text = ("The Vienna Times says in an editorial on Thursday, Jan. 6: &QL;\n\nThe Danube Water Authority made a "
            "reasonable decision Wednesday in ruling that Karl Huber should keep his licence.")
    events = [e for e in _events(text, "2000-01-06") if e["sentence"].startswith("The Vienna Times")]
    assert all(e["date_start"] != "2000-01-05" for e in events)  # was the lede's Wednesday, which it excludes


def _events(text: str, published: str) -> list[dict]:
    from explorer.core.document import Document
    from explorer.core.extract.nlp import load_pipeline
    from explorer.core.extract.pipeline.batch import extract_batch

    document = Document(doc_id="d", name="d.txt", text=text, published=published, published_basis="content")
    return list(extract_batch([document], load_pipeline()).events)


def test_a_first_line_without_a_colon_is_still_a_headline():  # guard
    text = "Danube Water Authority rules on Huber licence\n\nThe Danube Water Authority ruled Wednesday that Karl Huber should keep his licence."
    events = [e for e in _events(text, "2000-01-06") if e["sentence"].startswith("Danube Water")]
    assert events and events[0]["date_start"] == "2000-01-05"  # the lede's day


def test_a_roundups_stock_moves_are_of_the_session_it_dated():  # BU#43 = S#26 = AR#46, vague three times
    text = ("The Vienna Composite Index tumbled 5.39, or 1.2%, to 452.76 on Friday. Friday's trading volume totaled "
            "132.8 million shares.\n\nHuber Media, which dropped 2 1/2 to 37 3/4, has offered 125 euros a share for "
            "Danube Radio. Danube Steel eased 1/8 to 31 7/8. The stock fell 7/8 Thursday.\n\nGraz Bank rose 3 to 20.")
    published = "2026-02-09"  # a Monday paper
    assert when(event_at(text, "Danube Steel", "ease", published=published)) == ("2026-02-06", "2026-02-06", "narrative")
    assert when(event_at(text, "Graz Bank", "rise", published=published))[:2] == ("2026-02-06", "2026-02-06")  # not Thursday


def test_a_stock_move_without_a_dated_session_keeps_its_bound():  # guard
    text = "Huber Media said profits fell.\n\nDanube Steel eased 1/8 to 31 7/8."
    assert when(event_at(text, "Danube Steel", "ease")) == ("", PUBLISHED, "bounded")


def test_what_a_document_issued_on_a_day_did_is_of_that_day():  # BU#18 = N#38, vague
    text = ("Police in Vienna searched for Karl Huber. His lawyer declined to comment.\n\nHuber fled Austria last year. "
            "The Graz warrant issued Monday charged Karl Huber with attempted murder.")
    assert when(event_at(text, "The Graz", "charge")) == ("2026-02-02", "2026-02-02", "narrative")  # was on or before


def test_an_act_done_by_saying_something_on_a_day_is_of_that_day():  # BX#49, vague
    text = ("Karl Huber warned of war on Thursday.\n\nThe foreign minister, meanwhile, sought to soften the harsh words "
            "of Karl Huber, saying on Friday that Austria would not be drawn into a conflict.")
    assert when(event_at(text, "The foreign", "soften", published="2026-02-06"))[:2] == ("2026-02-06", "2026-02-06")


def test_a_future_takes_the_time_the_text_then_gives_this_happening():  # BW#7, vague
    text = ("In a surprising move, Karl Huber announced that Danube computers would begin to be shipped with Graz "
            "processors.\n\nThis is said to be out of Danube's frustration with its old supplier.\n\nThis 'switch', he "
            "said, would happen beginning next year.")
    assert when(event_at(text, "In a surprising", "ship"))[:2] == ("2027-01-01", "2027-12-31")  # was from publication


def test_a_future_before_another_happenings_time_keeps_its_open_future():  # guard: not "this" happening
    text = ("Karl Huber announced that Danube computers would be shipped with Graz processors.\n\nThe vote on the new "
            "rules will happen next year.")
    assert when(event_at(text, "Karl Huber", "ship")) == (PUBLISHED, "", "bounded")


def test_the_year_earlier_results_are_a_year_back():  # BS#9 = BK#42 = BW#38, vague three times
    text = ("Danube Foods said its net income for the third quarter rose 12%.\n\nFor the nine months, net rose 8%. Net "
            "for the year-earlier nine months also included a gain of 9.7 million euros from the Graz sale.")
    assert when(event_at(text, "Net for", "include", published="2025-10-26"))[:2] == ("2024-01-01", "2024-09-30")


def test_a_time_after_the_last_of_coordinated_futures_frames_the_first():  # BW#8, vague
    text = OPENING + "Danube Savings said it expects to obtain regulatory approval and complete the sale by year-end."
    published = "2025-11-02"  # "year-end" the coming one
    assert when(event_at(text, "Danube Savings", "obtain", published=published)) == (published, "2025-12-31", "bounded")
