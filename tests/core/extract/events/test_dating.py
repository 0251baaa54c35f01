"""Event dates: the own clause's time expression, the passage's date, the report's day, or a bound.

Made-up articles run through the real model; each checks a date an analyst would
see on the timeline.
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch

from tests.core.extract.events.conftest import PUBLISHED, when


def events_of(text: str, published: str = PUBLISHED) -> dict[str, dict]:
    """The document's events by trigger lemma."""
    document = Document(doc_id="d", name="d.txt", text=text, published=published, published_basis="content")
    return {e["lemma"]: e for e in extract_batch([document], load_pipeline()).events}


LEDE = "Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday.\n\n"


def test_a_past_sentence_after_an_explicit_date_takes_that_date_at_its_granularity():
    events = events_of(LEDE + "In March 2019 the Danube flooded Vienna. "
                              "Thousands of residents fled to Linz with their families.")
    assert when(events["flee"]) == ("2019-03-01", "2019-03-31", "narrative")


DATED_BY_POSITION = "Prime Minister Anna Berg opened the Danube Water Summit in Vienna.\n\n"


def test_a_past_event_without_any_date_is_bounded_by_publication_not_stamped_with_its_day():
    events = events_of(DATED_BY_POSITION + "Anna Berg was born in Graz.\n\n"
                       "As a young lawyer she founded Rivers First, a campaign against dams in Austria.")
    assert when(events["found"]) == ("", PUBLISHED, "bounded")


def test_the_story_told_after_a_lede_dated_by_its_own_words_keeps_that_day():
    events = events_of(LEDE + "She welcomed delegates from twelve countries.\n\n"
                              "Berg praised the river commission for its work.")
    assert when(events["welcome"]) == ("2026-02-03", "2026-02-03", "narrative")
    assert when(events["praise"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_the_story_moves_on_once_an_event_is_dated_otherwise_but_its_people_stay_bounded_by_its_day():
    events = events_of(LEDE + "In March 2019 the Danube flooded Vienna.\n\n"
                              "Berg praised the river commission for its work.")
    assert when(events["praise"]) == ("", "2026-02-03", "bounded")  # not Tuesday itself, nor only publication


def test_a_statement_is_dated_when_reported_and_what_it_announces_by_its_own_clause():  # lede: no day of its own
    events = events_of(DATED_BY_POSITION + "Anna Berg said Austria will sign the Danube treaty next month.")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")
    assert when(events["sign"]) == ("2026-03-01", "2026-03-31", "timex")


def test_a_future_event_without_a_date_is_on_or_after_publication():
    events = events_of(LEDE + "Austria will build a new dam on the Danube near Linz.")
    assert when(events["build"]) == (PUBLISHED, "", "bounded")


def test_a_section_heading_dates_the_past_events_under_it():
    events = events_of(LEDE + "April 2011\n\nThe Danube Commission approved a plan for Vienna.")
    assert when(events["approve"]) == ("2011-04-01", "2011-04-30", "narrative")


def test_the_lede_main_event_is_the_report_day():
    """In an article that names a day somewhere; one that names none gives the lede's act no day of its own, on or
    before publication (session s12g, ``test_dating_told_earlier``)."""
    events = events_of("Austria approved a plan for a new dam on the Danube near Linz.\n\n"
                       "In Vienna trading Wednesday, shares of the builder rose 3%.")
    assert when(events["approve"]) == (PUBLISHED, PUBLISHED, "dct")


def test_without_a_publication_date_a_bound_is_no_date():
    events = events_of(LEDE + "Anna Berg was born in Graz.\n\n"
                              "As a young lawyer she founded Rivers First, a campaign against dams in Austria.",
                       published="")
    assert when(events["found"]) == ("", "", "none")


def test_recently_bounds_the_event_before_publication_even_in_the_lede():
    events = events_of("The Austrian government recently announced new rules for dams on the Danube.")
    assert when(events["announce"]) == ("", PUBLISHED, "bounded")


def test_until_and_by_end_the_event_there_and_since_starts_it():
    events = events_of(LEDE + "The preferred shares will carry a dividend until Dec. 31, 2027.\n\n"
                              "Qantas will double its flights to India by August.\n\n"
                              "Berg has led the party since March 2019.")
    # a future's: still to come, so from publication to that end (session s12)
    assert when(events["carry"]) == (PUBLISHED, "2027-12-31", "bounded")
    assert when(events["double"]) == (PUBLISHED, "2026-08-31", "bounded")
    # a present perfect since a time: up to the telling (session s18e, BQ#12: an open end read as vague)
    assert when(events["lead"]) == ("2019-03-01", PUBLISHED, "bounded")


def test_what_a_report_says_would_happen_is_after_the_report_not_on_its_day():
    events = events_of(LEDE + "Berg announced that Austria would build a new dam near Linz.")
    assert when(events["build"]) == (PUBLISHED, "", "bounded")


def test_statements_made_as_the_story_goes_on_keep_the_story_day():
    events = events_of(LEDE + "She welcomed delegates from twelve countries.\n\n"
                              "Berg admitted that the river commission had failed.")
    assert when(events["admit"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_a_sentence_that_writes_its_own_time_does_not_take_the_passages():
    events = events_of(LEDE + "Sales rose in the quarter ended Sept. 30, 2025. "
                              "Last year's results were hurt by restructuring charges.")
    assert when(events["hurt"]) == ("2025-01-01", "2025-12-31", "timex")  # what last year's results held (s9c)


def test_a_lede_about_tomorrow_tells_no_story_for_the_past_events_after_it():
    events = events_of("Prime Minister Anna Berg will open the Danube Water Summit in Vienna tomorrow.\n\n"
                       "Austria praised the river plan.")
    assert when(events["praise"]) == ("", PUBLISHED, "bounded")


def test_a_quarter_naming_which_results_does_not_date_the_statement():
    events = events_of(DATED_BY_POSITION + "Berg attributed the party's third-quarter performance to sales abroad.")
    assert when(events["attribute"]) != ("2025-07-01", "2025-09-30", "timex")


def test_a_date_written_in_passing_does_not_become_the_passages():
    events = events_of(DATED_BY_POSITION + "Wages were 3.8 percent higher than in 2024. "
                                           "Investors at Goldman Sachs disregarded the jobs report.")
    assert when(events["disregard"]) == ("", PUBLISHED, "bounded")


def test_a_possibility_is_not_dated_as_a_happening():
    events = events_of(DATED_BY_POSITION + "As the biggest holder, Ford could turn up the heat on the Danube board.")
    assert when(events["turn"]) == ("", "", "none")


def test_a_relayed_statement_is_on_or_before_the_day_it_was_relayed():
    events = events_of(DATED_BY_POSITION + "Gonzalez said he would fly to Vienna alone, Castro said Sunday.")
    assert when(events["say"]) == ("", "2026-02-01", "bounded")


def test_what_a_statement_of_a_given_day_goes_on_to_tell_happened_by_that_day():
    events = events_of(DATED_BY_POSITION + "Austrian police said on Monday they had arrested 14 foreigners. "
                                           "The foreigners were rounded up near the Danube harbour in Linz.")
    assert when(events["round"]) == ("", "2026-02-02", "bounded")


def test_an_announcement_told_as_background_is_not_stamped_with_the_report_day():
    events = events_of(DATED_BY_POSITION + "In the first days after President Bush announced the dispatching of U.S. "
                                           "troops, they note, the Iraqi leader made several nationwide addresses.")
    assert when(events["announce"]) == ("", PUBLISHED, "bounded")


def test_another_actor_does_not_take_the_passage_date_of_someone_elses_past():
    events = events_of(DATED_BY_POSITION + "Bruce McBride flew aboard the Challenger in October 1984. "
                                           "Bertalan Farkas expressed the hope to fly again.")
    assert when(events["express"]) == ("", PUBLISHED, "bounded")


def test_a_day_naming_a_noun_does_not_date_the_event_about_it():
    events = events_of(DATED_BY_POSITION + "FBI Director Louis Freeh said here Friday that the U.S. air raid on "
                                           "Afghanistan is not directly linked with the probe into the January 7 "
                                           "bombings in east Africa.")
    assert when(events["link"]) != ("2026-01-07", "2026-01-07", "timex")


def test_what_must_happen_before_something_else_is_still_to_come():
    events = events_of(DATED_BY_POSITION + "The Security Council has said it will not lift the sanctions imposed on "
                                           "Iraq until the U.N. inspectors certify that Baghdad has eliminated its "
                                           "weapons.")
    assert when(events["certify"]) == (PUBLISHED, "", "bounded")


def test_a_verb_that_came_later_is_on_or_after_the_shared_date_not_at_it():
    events = events_of(DATED_BY_POSITION + "McBride was part of the crew of the Challenger in October 1984 and "
                                           "later served as an administrator for NASA.")
    # on or after October 1984, and done by publication (s13f: a past happening's open end closes there)
    assert when(events["serve"]) == ("1984-10-01", PUBLISHED, "bounded")


def test_a_date_told_in_an_aside_does_not_date_the_passage():
    events = events_of(DATED_BY_POSITION + "It was the first inspection for Scott Ritter, who arrived in Baghdad "
                                           "on Thursday with 50 inspectors. Iraq alleged that Ritter was a spy.")
    assert when(events["allege"]) == ("", PUBLISHED, "bounded")


def test_a_day_with_no_determiner_before_it_still_dates_the_event():
    events = events_of(DATED_BY_POSITION + "The so-called poison pill took effect Aug. 9 pending ratification by "
                                           "Danube Textile holders.")
    assert when(events["take"]) == ("2025-08-09", "2025-08-09", "timex")


def test_an_ing_adjective_is_no_happening_and_is_not_dated():
    events = events_of(DATED_BY_POSITION + "Mr. Nadeau also is chairman of Unigesco Inc., Provigo's controlling "
                                           "shareholder.")
    assert when(events["control"]) == ("", "", "none")


def test_a_possibility_told_as_would_be_to_is_not_dated():
    events = events_of(DATED_BY_POSITION + "The second possibility would be to start a fight with Israel, in hopes "
                                           "that all Arabs would move behind Iraq.")
    assert when(events["start"]) == ("", "", "none")


def test_half_of_a_hyphenated_adjective_is_not_dated_as_a_happening():
    events = events_of(DATED_BY_POSITION + "The embassy away from the center of Dar es Salaam, Tanzania's laid-back "
                                           "capital of swaying palms, is largely free from congestion.")
    assert "lay" not in events or when(events["lay"]) == ("", "", "none")


def test_a_statement_relayed_by_a_report_is_on_or_before_the_report_not_on_its_day():
    text = LEDE + "Berg said the rabbi called the talk about the dam nonsense, Austrian radio reports said."
    document = Document(doc_id="d", name="d.txt", text=text, published=PUBLISHED, published_basis="content")
    rows = extract_batch([document], load_pipeline()).events
    relayed = next(e for e in rows if e["trigger_start"] == text.index("said"))
    assert when(relayed) == ("", "2026-02-03", "bounded")  # on or before the radio's report, not on the story's day


def test_a_statement_takes_the_day_told_of_what_carried_it():
    events = events_of(DATED_BY_POSITION + "\"Nothing is certain concerning his return,\" said a government "
                                           "communique, read Monday night at a rally attended by Fidel Castro.")
    assert when(events["say"])[:2] == ("2026-02-02", "2026-02-02")


def test_what_the_speaker_did_long_ago_does_not_date_the_statement():
    events = events_of(DATED_BY_POSITION + "\"We were betrayed by the government,\" said Josefa Gonzalez, who left "
                                           "Cuba in 1962 when she was 4.")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")


def test_the_date_of_an_amount_compared_with_does_not_date_the_event():
    events = events_of(DATED_BY_POSITION + "First-section volume was estimated at 1.3 billion shares, up from 886 "
                                           "million shares Monday.")
    assert when(events["estimate"])[:2] != ("2026-02-02", "2026-02-02")


def test_the_new_deadline_of_an_extended_offer_is_not_the_day_it_was_extended():
    events = events_of(DATED_BY_POSITION + "DD Acquisition Corp. extended to Nov. 20 its offer for all Dunkin' "
                                           "Donuts Inc. shares outstanding.")
    assert when(events["extend"]) == ("", PUBLISHED, "bounded")


def test_what_a_plan_is_for_someone_to_do_is_still_to_come():
    events = events_of(DATED_BY_POSITION + "The plan is for him and other members of the delegation to stay in "
                                           "Washington at the homes of Cuban diplomats.")
    assert when(events["stay"]) == (PUBLISHED, "", "bounded")


def test_adding_a_provision_is_no_statement_of_the_report_day():
    events = events_of(DATED_BY_POSITION + "Since then, Anna Berg met the Danube Commission twice.\n\n"
                                           "To sweeten the pact further, BellSouth added a provision designed to "
                                           "give extra protection to holders.")
    assert when(events["add"]) == ("", PUBLISHED, "bounded")


def test_the_past_two_months_date_an_event_within_them():
    events = events_of(DATED_BY_POSITION + "Vienna police have arrested 40 protesters in the past two months.")
    assert when(events["arrest"]) == ("2025-12-01", PUBLISHED, "timex")


def test_an_event_after_a_dated_happening_is_bounded_on_both_sides():
    events = events_of(DATED_BY_POSITION + "Berg lifted the ban after the parliament agreed in April 2025.")
    assert when(events["lift"]) == ("2025-04-01", PUBLISHED, "bounded")


def test_results_told_after_a_quarters_results_are_that_quarters():
    events = events_of("Danube Bank said net income fell 22% in the third quarter.\n\n"
                       "At its Vienna unit, profit dropped 3.1% to $234.5 million from $241.9 million.")
    assert when(events["drop"]) == ("2025-07-01", "2025-09-30", "narrative")


def test_results_of_another_period_in_their_paragraph_do_not_take_the_quarter():
    events = events_of("Danube Bank said net income fell 22% in the third quarter.\n\n"
                       "In the nine months, net rose 4.3% to $525.8 million. At its Linz unit, revenue slipped 3.5%.")
    assert when(events["slip"]) == ("", PUBLISHED, "bounded")


def test_a_time_after_an_amount_compared_with_is_the_amounts():
    events = events_of(DATED_BY_POSITION + "In the nine months, net rose 4.3% to $525.8 million, "
                                           "from $504.2 million, or $4.41 a share, last year.")
    assert when(events["rise"])[2] != "timex"


def test_a_statements_own_day_does_not_move_the_story_on():
    events = events_of(LEDE + "Police said Monday that a suspect had been arrested.\n\n"
                              "In Vienna, Berg laid a wreath at the memorial.")
    assert when(events["lay"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_the_story_comes_back_when_the_text_returns_to_its_day():
    events = events_of(LEDE + "In March 2019 the Danube flooded Vienna.\n\n"
                              "Earlier Tuesday, Berg toured the new dam.\n\nShe laid a wreath at the memorial.")
    assert when(events["lay"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_a_clause_telling_another_day_moves_the_story_on():
    events = events_of(LEDE + "Berg thanked the engineers of Linz, who were found safe on Jan. 12.\n\n"
                              "Berg drowned the doubts of the commission.")
    assert when(events["drown"]) == ("", "2026-02-03", "bounded")  # by the story's Tuesday, not on it


def test_a_clause_of_the_same_time_takes_the_day_of_the_verb_it_hangs_from():
    events = events_of(DATED_BY_POSITION + "The commemorations began early Friday morning, "
                                           "as thousands of Austrians marched through Vienna.")
    assert when(events["march"]) == ("2026-01-30", "2026-01-30", "timex")


def test_results_of_the_nine_months_are_the_nine_months_up_to_the_quarters_end():
    events = events_of("Danube Bank said net income fell 22% in the third quarter.\n\n"
                       "In the nine months, Danube Bank earned $315.8 million, up 13% from $280.7 million.")
    assert when(events["earn"]) == ("2025-01-01", "2025-09-30", "narrative")


def test_what_a_statement_of_unknown_day_reports_is_before_it_not_on_the_storys_day():
    events = events_of(LEDE + "She welcomed delegates from twelve countries.\n\n"
                              "Berg has said she was consulted by the Danube commission.")
    assert when(events["consult"]) == ("", PUBLISHED, "bounded")


def test_a_stretch_up_to_publication_told_beside_a_statement_is_not_the_statements_time():
    events = events_of(DATED_BY_POSITION + "In the past 20 months alone, Berg said the sale of 40 dams in Austria "
                                           "raised $300 million.")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")


def test_what_a_happening_did_is_not_stamped_with_the_storys_day():
    events = events_of(LEDE + "She welcomed delegates from twelve countries.\n\n"
                              "The bombing of the Linz embassy killed 25 people and injured 300 others.")
    assert when(events["kill"]) == ("", PUBLISHED, "bounded")
    assert when(events["injure"]) == ("", PUBLISHED, "bounded")


def test_a_coordinated_verb_shares_its_first_verbs_past_perfect():
    events = events_of(DATED_BY_POSITION + "Austria had moved troops to the Danube border "
                                           "and said it would close the dams.")
    assert when(events["say"]) == ("", PUBLISHED, "bounded")


def test_what_would_happen_on_a_condition_is_not_dated():
    events = events_of(DATED_BY_POSITION + "Berg said she would go to Linz alone if Austria promised "
                                           "to open the dams.")
    assert when(events["go"]) == ("", "", "none")


def test_what_comes_before_a_dated_next_step_is_bounded_by_it():
    events = events_of(DATED_BY_POSITION + "Danube Toys failed to come up with another winner "
                                           "and filed for bankruptcy in July 2024.")
    assert when(events["fail"]) == ("", "2024-07-31", "bounded")


def test_a_compared_amounts_time_does_not_keep_the_quarter_off_the_results():
    events = events_of("Danube Bank said net income fell 22% in the third quarter.\n\n"
                       "At its Linz unit, net advanced to $94.2 million, up from $10 million a year ago.")
    assert when(events["advance"]) == ("2025-07-01", "2025-09-30", "narrative")


NAMING_THE_DAY = "Prime Minister Anna Berg opened a Wednesday session of the Danube Water Summit in Vienna.\n\n"


def test_the_story_told_after_a_lede_naming_the_publication_day_keeps_that_day():
    events = events_of(NAMING_THE_DAY + "Berg welcomed delegates from twelve countries.")
    assert when(events["welcome"]) == (PUBLISHED, PUBLISHED, "dct")  # the summit's day, as the lede's


def test_a_lede_dated_only_by_its_position_carries_no_day():  # a feature's scene, a keynote reported next day
    events = events_of(DATED_BY_POSITION + "Berg welcomed delegates from twelve countries.")
    assert when(events["welcome"]) == ("", PUBLISHED, "bounded")


def test_a_lede_dated_by_its_position_is_not_carried_to_other_people_or_places():
    events = events_of(NAMING_THE_DAY + "Greenpeace activists blocked a dam near Linz.\n\n"
                                        "Berg welcomed delegates from twelve countries.")
    assert when(events["block"]) == ("", PUBLISHED, "bounded")
    assert when(events["welcome"]) == ("", PUBLISHED, "bounded")  # the telling left the lede: not back to its day


def test_what_did_not_happen_has_no_date():
    events = events_of(LEDE + "Austria had not signed the Danube treaty. No delegate from Hungary has arrived.")
    assert when(events["sign"]) == ("", "", "none")
    assert when(events["arrive"]) == ("", "", "none")


def test_a_negated_event_with_a_time_of_its_own_keeps_it():
    events = events_of(LEDE + "Austria did not sign the Danube treaty in 2019.")
    assert when(events["sign"]) == ("2019-01-01", "2019-12-31", "timex")


def test_an_event_before_a_dated_happening_is_on_or_before_its_day():
    events = events_of(LEDE + "Before her Tuesday night address, Berg toured the new water works.")
    assert when(events["tour"]) == ("", "2026-02-03", "timex")


def test_a_one_sentence_paragraph_of_the_same_people_goes_on_at_the_passages_day():
    events = events_of("Anna Berg said Austria will sign the Danube treaty.\n\n"  # a statement: no story's day
                       "Before her Tuesday night address, Berg toured the new water works.\n\n"
                       "Patting the engineers on the back, Berg praised the new pumps.")
    assert when(events["praise"]) == ("2026-02-03", "2026-02-03", "narrative")


def test_the_story_dated_by_position_comes_back_when_the_subject_is_named_by_its_day():
    events = events_of("About 500 people attended a Wednesday memorial service for Anna Berg in Vienna.\n\n"
                       "Berg was killed on Jan. 12, 2026 in Graz.\n\n"
                       "Wednesday's service included the lighting of candles for the seven people killed in attacks "
                       "since 1993.\n\n"
                       "A tearful audience also listened to Lukas Berg, her brother.")
    assert when(events["listen"]) == (PUBLISHED, PUBLISHED, "dct")


def test_what_happened_before_a_dated_event_it_led_to_is_on_or_before_that_day():
    events = events_of(DATED_BY_POSITION + "The treaty process ended on Tuesday after Hungary gave its approval.")
    assert when(events["give"]) == ("", "2026-02-03", "bounded")


def test_a_fiscal_quarter_gives_no_calendar_months():
    events = events_of(DATED_BY_POSITION + "Acme Steel earned $8.6 million in the fiscal second quarter.",
                       published="1989-10-26")
    assert when(events["earn"]) == ("", "1989-10-26", "bounded")  # not April to June: its year need not be the calendar's


def test_what_is_still_to_come_does_not_set_the_passages_day():
    events = events_of(DATED_BY_POSITION + "Austria's bonds fell 2% in Vienna trading yesterday. The budget will be "
                                           "disclosed this morning. Austria's shares fell 1% in Vienna trading.")
    assert when(events["fall"]) == ("2026-02-03", "2026-02-03", "narrative")  # yesterday's trading, not this morning's


def test_what_was_not_given_has_no_date_but_a_present_state_keeps_the_report_day():
    events = events_of(DATED_BY_POSITION + "Berg gave no reason for the delay. Austria has no plans for a dam.")
    assert when(events["give"]) == ("", "", "none")
    assert when(events["have"]) == (PUBLISHED, PUBLISHED, "dct")


def test_after_a_dated_aside_someone_elses_past_is_bounded_only_by_publication():
    events = events_of(LEDE + "In March 2019 the Danube flooded Vienna.\n\n"
                              "Mayor Karl Huber founded the river commission.")
    assert when(events["found"]) == ("", PUBLISHED, "bounded")


DAILY = "2026-02-05"  # a Thursday paper: "yesterday" is Wednesday, 2026-02-04


def test_a_daily_papers_lede_takes_the_yesterday_its_next_sentence_tells():
    events = events_of("Nordbank Holdings completed its purchase of Alpen Credit for $3 billion.\n\n"
                       "Nordbank's shares fell 2% yesterday in Frankfurt trading.", published=DAILY)
    assert when(events["complete"]) == ("2026-02-04", "2026-02-04", "narrative")


def test_a_daily_papers_lede_is_on_or_before_a_yesterday_told_further_on():
    events = events_of("Nordbank Holdings completed its purchase of Alpen Credit for $3 billion.\n\n"
                       "The bank has 40 branches in Bavaria. Nordbank employs 9,000 people in Germany. "
                       "It was founded by Klaus Maier in Munich.\n\n"
                       "Nordbank's shares fell 2% yesterday in Frankfurt trading.", published=DAILY)
    assert when(events["complete"]) == ("", "2026-02-04", "bounded")


def test_a_lede_of_an_article_telling_its_own_day_keeps_the_publication_day():
    events = events_of("Nordbank Holdings completed its purchase of Alpen Credit for $3 billion.\n\n"
                       "Nordbank's shares fell 2% yesterday in Frankfurt trading, and rose 1% in early trading today.",
                       published=DAILY)
    assert when(events["complete"]) == (DAILY, DAILY, "dct")


def test_a_happening_named_again_without_its_date_takes_the_date_of_its_dated_mention():
    events = events_of("Oil prices jumped in London on Wednesday as traders worried about the Gulf.\n\n"
                       "Iran had condemned Iraq's Aug. 2 invasion of Kuwait.\n\n"
                       "Iraq said it invaded Kuwait because of disputes over oil and money.", published="1990-08-15")
    assert when(events["invade"]) == ("1990-08-02", "1990-08-02", "narrative")


def test_the_same_verb_of_other_people_does_not_take_the_others_date():
    events = events_of("Oil prices jumped in London on Wednesday as traders worried about the Gulf.\n\n"
                       "Iraq invaded Kuwait on Aug. 2.\n\n"
                       "Years ago, Egypt invaded Libya over a border dispute.", published="1990-08-15")
    assert when(events["invade"]) == ("", "1990-08-15", "bounded")


def test_a_daily_papers_statement_was_made_the_day_it_was_written_not_printed():
    events = events_of("Nordbank Holdings completed its purchase of Alpen Credit for $3 billion.\n\n"
                       "The bank has 40 branches in Bavaria. Nordbank employs 9,000 people in Germany.\n\n"
                       "Chairman Klaus Maier said the purchase doubles the bank's business in Austria.\n\n"
                       "Nordbank's shares fell 2% yesterday in Frankfurt trading.", published=DAILY)
    assert when(events["say"]) == ("2026-02-04", "2026-02-04", "narrative")


def test_a_time_chosen_is_not_the_day_of_choosing_it_but_the_passage_goes_on_there():
    events = events_of(LEDE + "Last week, General Hans Vogel picked Saturday night as the time to open the dams. "
                              "Vogel ordered the engineers of Linz to the river.")
    assert when(events["pick"])[1] != "2026-01-31"  # not Saturday night itself: the choosing was last week
    assert when(events["order"]) == ("2026-01-31", "2026-01-31", "narrative")


def test_an_infinitive_after_a_past_copula_is_past_not_the_report_day():
    events = events_of(DATED_BY_POSITION + "Berg said Kopp had fled to Mexico.\n\n"
                                           "Kopp was the 456th person to be placed on the Austrian list of fugitives.")
    assert when(events["place"]) == ("", PUBLISHED, "bounded")


def test_a_new_one_of_the_same_kind_does_not_take_the_date_of_the_one_named_before():
    events = events_of("Nordbank Holdings filed a lawsuit against Alpen Credit in Munich on Monday.\n\n"
                       "In 2019 Alpen Credit opened branches in Austria.\n\n"
                       "A similar suit was filed against Alpen Credit in Vienna by Nordbank Holdings.",
                       published="2026-02-06")
    assert when(events["file"]) == ("", "2026-02-06", "bounded")


def test_an_article_whose_publication_day_has_no_year_is_still_extracted():  # a dateline "Feb. 5" with no year
    events = events_of("Nordbank Holdings completed its purchase of Alpen Credit for $3 billion.\n\n"
                       "Nordbank's shares fell 2% yesterday in Frankfurt trading.", published="--02-05")
    assert "complete" in events


def test_a_statement_retelling_an_announcement_named_with_its_day_takes_that_day():
    """A company's "said" in an article that names its announcement Monday retells that announcement; another
    speaker's statement is still made when reported."""
    events = events_of("Danube Power's announcement Monday of a record loss showed how deep its troubles run.\n\n"
                       "Danube Power said it cut 400 jobs during the quarter.\n\n"
                       "Karl Weiss, an analyst at Linz Capital, told reporters the cuts came too late.")
    assert when(events["say"]) == ("2026-02-02", "2026-02-02", "narrative")
    assert when(events["tell"]) == (PUBLISHED, PUBLISHED, "dct")


def test_a_present_habit_or_general_truth_gets_no_day():
    """What is so habitually ("is often used", "Time and again, she endures") did not happen on the report's
    day; a present statement and a present state told once still are the report's."""
    events = events_of("Anna Berg opened the Danube Water Summit in Vienna.\n\n"
                       "Danube Capital often uses the Vienna Index in hedging strategies.\n\n"
                       "Time and again, Danube Power ignores the warnings of Karl Weiss.\n\n"
                       "Karl Weiss says the dams hold more water than planned.")
    assert when(events["use"]) == ("", "", "none")
    assert when(events["ignore"]) == ("", "", "none")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")


def test_compared_with_an_amount_is_a_comparison_not_a_happening_of_the_day():
    events = events_of("Anna Berg opened the Danube Water Summit in Vienna.\n\n"
                       "As of Friday's close, the Vienna Index was down 6% this year, compared with 5.9% for "
                       "the Linz Index.")
    assert when(events["compare"]) == ("", "", "none")


UNDATED_WITH_A_DATE_LINE = ("Danube Power cuts 400 jobs in Linz\n"
                            "Friday August 2, 2013 @ 8:13am PDT\n"
                            "Danube Power said it will cut 400 jobs at its Linz plant.\n"
                            "The board of Danube Power approved the cuts on Thursday.\n"
                            "Anna Berg founded Danube Power in Graz.\n")


def test_an_undated_article_reports_from_its_own_date_line():
    """Without a publication date, the date line under the headline is the day the article reports from: its
    statements are of that day, its past on or before it; a weekday it cannot resolve gives no day of its own."""
    events = events_of(UNDATED_WITH_A_DATE_LINE, published="")
    assert when(events["say"]) == ("2013-08-02", "2013-08-02", "narrative")
    assert when(events["approve"]) == ("", "2013-08-02", "bounded")
    assert when(events["found"]) == ("", "2013-08-02", "bounded")


def test_an_undated_article_without_a_date_line_has_no_day_for_its_statements():
    events = events_of(UNDATED_WITH_A_DATE_LINE.replace("Friday August 2, 2013 @ 8:13am PDT\n", ""), published="")
    assert when(events["say"]) == ("", "", "none")
    assert when(events["found"]) == ("", "", "none")


def test_a_past_participle_on_a_noun_is_done_before_the_report_not_on_its_day():
    """"The Vienna Index developed by Linz Capital is …": developed before it is told of, so on or before
    publication, not stamped with the publication day."""
    events = events_of("Danube Power sued Linz Capital over the Vienna Index.\n\n"
                       "The Vienna Index developed by Linz Capital is a measure of river traffic.")
    assert when(events["develop"]) == ("", PUBLISHED, "bounded")


def test_a_fiscal_quarter_ended_on_a_day_gives_the_months_to_that_day():
    events = events_of(DATED_BY_POSITION + "Acme Steel earned $8.6 million in the fiscal second quarter ended July 31.",
                       published="1989-10-26")
    assert when(events["earn"])[:2] == ("1989-05-01", "1989-07-31")  # May to July, the company's quarter


def test_an_event_tied_by_when_to_a_dated_clause_takes_that_clause_s_date():
    events = events_of(DATED_BY_POSITION + "Fournier noted that Navigation Mixte joined the core of shareholders when "
                                           "Paribas was denationalized in 1987.", published="1989-10-27")
    assert when(events["join"]) == ("1987-01-01", "1987-12-31", "timex")  # not only on or before the report


def test_every_verb_of_an_after_clause_is_bounded_by_its_head_s_day_wherever_the_clause_stands():
    """"closed lower Friday after the minister resigned and a sell-off knocked the market down": the sell-off
    came on or before Friday too, and so does a resignation told first ("After the minister resigned, shares
    closed lower Friday") — bounds by Friday, never Friday itself, nor only publication."""
    second = events_of(DATED_BY_POSITION + "Vienna shares closed sharply lower Friday after the finance minister "
                                           "resigned and a sell-off in New York knocked the market down.")
    assert when(second["knock"]) == ("", "2026-01-30", "bounded")
    first = events_of(DATED_BY_POSITION + "After the finance minister resigned, Vienna shares closed sharply lower "
                                          "Friday.")
    assert when(first["resign"]) == ("", "2026-01-30", "bounded")


def test_before_or_after_a_happening_dated_elsewhere_is_bounded_by_its_day_not_stamped_with_it():
    """"spotted in the weeks before the shooting" with "the Oct. 23 shooting" told above: on or before Oct. 23;
    "fled days after the shooting": on or after it, up to publication; "resigned after the vote" when
    "Parliament voted on Monday": on or after Monday — bounds from the happening's day, never that day."""
    before = events_of(DATED_BY_POSITION + "The Oct. 23 shooting of Dr. Berg shocked Vienna.\n\n"
                                           "Kopp's car was spotted in Amherst in the weeks before the shooting.")
    assert when(before["spot"]) == ("", "2025-10-23", "bounded")
    after = events_of(DATED_BY_POSITION + "The Oct. 23 shooting of Dr. Berg shocked Vienna.\n\n"
                                          "Kopp fled to Canada days after the shooting.")
    assert when(after["flee"]) == ("2025-10-23", PUBLISHED, "bounded")
    vote = events_of(DATED_BY_POSITION + "Parliament voted on Monday to cut the budget.\n\n"
                                         "The finance minister resigned after the vote.")
    assert when(vote["resign"]) == ("2026-02-02", PUBLISHED, "bounded")


def test_a_coordinated_verb_is_dated_by_its_own_time_not_the_first_verb_s():
    events = events_of(LEDE + "Berg led Rivers First in 2004 and joined the European Commission in early 2009.")
    assert when(events["lead"]) == ("2004-01-01", "2004-12-31", "timex")
    assert when(events["join"]) == ("2009-01-01", "2009-04-30", "timex")  # not 2004, the first verb's year


def test_a_present_with_a_weekday_is_a_plan_for_the_coming_one():  # published on a Wednesday
    events = events_of(LEDE + "Berg and Karl Novak meet separately Monday with the European Commission in Brussels.")
    assert when(events["meet"]) == ("2026-02-09", "2026-02-09", "timex")  # not the Monday just gone, 2026-02-02


def test_a_bare_form_with_a_singular_subject_is_past_not_a_plan():  # "hurt", "cut", "put" are both
    events = events_of(LEDE + "Weakness in Austrian bank stocks hurt the Vienna index on Monday.")
    assert when(events["hurt"]) == ("2026-02-02", "2026-02-02", "timex")  # the Monday just gone


def test_a_present_progressive_of_leaving_is_a_plan_not_a_happening_of_the_report_s_day():
    events = events_of(DATED_BY_POSITION + "Tired of politics, Karl Novak is leaving for the United States to "
                                           "start a new career, he said.")
    assert when(events["leave"]) == (PUBLISHED, "", "bounded")  # on or after publication, not its day


def test_a_year_ended_on_a_day_dates_its_results_to_those_twelve_months():
    events = events_of(DATED_BY_POSITION + "Rivers First had revenue of $76 million for the year ended March 31, 2025.")
    assert when(events["have"]) == ("2024-04-01", "2025-03-31", "timex")  # not only on or before publication


def test_what_will_happen_now_is_on_or_after_the_report_not_on_its_day():
    events = events_of(DATED_BY_POSITION + "Karl Novak will now appeal the ruling of the Vienna court.")
    assert when(events["appeal"]) == (PUBLISHED, "", "bounded")


def test_what_a_dated_happening_brought_about_is_on_or_after_its_day():
    rally = ("Thousands of farmers rallied in Linz on {day} against the dams.\n\n"
             "The rally in Linz prompted a debate in the Austrian parliament.")
    before = events_of(DATED_BY_POSITION + rally.format(day="Monday"))
    assert when(before["prompt"]) == ("2026-02-02", PUBLISHED, "bounded")  # not only on or before publication
    today = events_of(DATED_BY_POSITION + rally.format(day="Wednesday"))  # the publication day's rally
    assert when(today["prompt"]) == (PUBLISHED, PUBLISHED, "narrative")


def test_what_a_dated_happening_was_is_of_its_day():  # s9c: what a happening of one day did, it did that day
    rally = "Thousands of farmers rallied in Linz on Monday against the dams.\n\nThe rally in Linz was marked by songs and tears."
    assert when(events_of(DATED_BY_POSITION + rally)["mark"]) == ("2026-02-02", "2026-02-02", "narrative")


def test_a_lede_s_after_clause_is_not_the_day_s_news():  # the sentence's only event is the clause's
    events = events_of("Some order in Vienna was necessary after a Vienna judge overturned the ban on protests.")
    assert when(events["overturn"]) == ("", PUBLISHED, "bounded")


def test_a_present_statement_is_made_when_reported_not_at_the_time_it_tells_of():
    events = events_of(DATED_BY_POSITION + "With the finding of a rifle in Linz 11 days ago, the Austrian police "
                                           "say they have gathered enough evidence.")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")  # not 2026-01-24, the finding's day


def test_an_infinitive_on_a_past_copula_is_past_not_the_report_s_day():
    events = events_of(DATED_BY_POSITION + "Anna Berg was born in Graz.\n\n"
                                           "Rivers First was among the first groups in Austria to become profitable.")
    assert when(events["become"]) == ("", PUBLISHED, "bounded")


def test_a_present_in_a_when_clause_of_a_future_is_still_to_come():
    events = events_of(DATED_BY_POSITION + "Rivers First will become Danube First when its merger with Aqua "
                                           "Austria is completed, the group said.")
    assert when(events["complete"]) == (PUBLISHED, "", "bounded")  # not the report's day


def test_since_a_happening_told_with_its_year_is_from_that_year_not_in_it():
    events = events_of(DATED_BY_POSITION + "Rivers First has changed dramatically since its founding in 1999.")
    assert when(events["change"]) == ("1999-01-01", PUBLISHED, "bounded")  # not 1999 alone; up to the telling (s18e)


def test_what_someone_has_to_do_or_what_follows_a_condition_gets_no_day():
    events = events_of(DATED_BY_POSITION + '"Austrian farmers have to continue to tighten their belts," said Karl '
                                           'Novak.\n\n"If the dam is built, all hell is going to break loose in Linz," '
                                           'said Anna Berg.')
    assert when(events["tighten"]) == ("", "", "none")  # an obligation, not a happening of the report's day
    assert when(events["break"]) == ("", "", "none")  # the consequence of a condition, not a happening to come


def test_what_no_one_did_gets_no_day():
    events = events_of(DATED_BY_POSITION + "Neither Rivers First nor Aqua Austria gave a reason for the delay.")
    assert when(events["give"]) == ("", "", "none")  # nothing was given: not a happening of the report's day


def test_a_past_verb_whose_own_time_is_after_publication_set_that_time_up_before():
    events = events_of(DATED_BY_POSITION + "Farmers planned a large demonstration in Linz on Saturday and wanted "
                                           "to block the bridge.", published="2026-02-06")  # a Friday
    assert when(events["plan"]) == ("", "2026-02-06", "bounded")  # the Saturday is the demonstration's


def test_an_appeal_in_a_quotation_gets_no_day():
    events = events_of(DATED_BY_POSITION + '"Austrian farmers, fight the dams with all your might, and all struggle '
                                           'for the river," Karl Novak said.')
    assert when(events["fight"]) == ("", "", "none")  # what should happen, not a happening of the report's day
    assert when(events["say"]) == ("2026-02-04", "2026-02-04", "dct")


def test_results_posted_for_nine_months_are_of_those_months_not_the_report_day():
    events = events_of("Rivers Air, Linz, reported third-quarter profit jumped 45% to $5.8 million.\n\n"
                       "For the nine months, Rivers Air posted earnings of $18.9 million, or 97 cents a share.",
                       published="2026-10-26")
    assert when(events["post"])[:2] == ("2026-01-01", "2026-09-30")  # not the report's day


def test_what_was_not_yet_done_gets_no_day():
    events = events_of(DATED_BY_POSITION + "Visas for the entourage of more than 20 teachers, classmates and others "
                                           "that Novak wants to accompany the family were not yet approved, officials "
                                           "said.")  # the parse hangs "not" on "were"
    assert when(events["approve"]) == ("", "", "none")


def test_what_someone_has_tried_to_do_is_before_the_report_not_on_its_day():
    events = events_of(DATED_BY_POSITION + "People have predicted the dam's end many times, and Vienna has tried "
                                           "to stop it on several occasions.")
    assert when(events["stop"]) == ("", PUBLISHED, "bounded")  # attempts up to now, not the report's day


def test_a_statement_in_a_filing_without_its_day_is_on_or_before_publication_not_its_day():
    events = events_of(DATED_BY_POSITION + "In a Securities and Exchange Commission filing, Karl Novak said the "
                                           "company's sales had slowed.")
    assert when(events["say"]) == ("", PUBLISHED, "bounded")  # the filing may be days old
    events = events_of(DATED_BY_POSITION + "In an interview, Karl Novak said the company's sales had slowed.")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")  # spoken to the reporter: the report's day


DATELINE = ("VIENNA, February 2 (Xinhua) --\n\n"
            "Austria and Hungary have signed a treaty on the Danube dams in Vienna.\n\n"
            "Karl Novak said the dams would be built by 2030.")


def test_a_story_reported_from_an_earlier_day_of_its_dateline_is_bounded_by_that_day_not_the_papers():
    """'WARSAW, February 26 (Xinhua) --' over a February 27 paper: the day reported from is the dateline's, so
    what the story tells in the past is on or before it, and its statements are of that day."""
    events = events_of(DATELINE)
    assert when(events["sign"]) == ("", "2026-02-02", "bounded")
    assert when(events["say"]) == ("2026-02-02", "2026-02-02", "narrative")


def test_a_present_statement_of_a_story_reported_from_an_earlier_day_is_of_that_day():
    """'JOHANNESBURG, August 7 (Xinhua) -- … "The South African government deplores these senseless acts"' over an
    August 8 paper (BD#12, round s15o): the statement was issued the dateline's day, not the paper's."""
    events = events_of(DATELINE + "\n\nThe Austrian government deplores the attacks on the Danube dams, Novak said.")
    assert when(events["deplore"]) == ("2026-02-02", "2026-02-02", "narrative")  # was the publication day


def test_a_dateline_of_the_publication_day_leaves_the_papers_day():  # guard
    events = events_of(DATELINE.replace("February 2", "February 4"))
    assert when(events["sign"]) == ("", PUBLISHED, "bounded")
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")


def test_a_place_and_day_inside_the_body_is_no_dateline():  # guard
    events = events_of("Austria and Hungary have signed a treaty on the Danube dams in Vienna.\n\n"
                       "Karl Novak said the dams would be built by 2030. He spoke in Vienna, February 2, at noon.")
    assert when(events["sign"]) == ("", PUBLISHED, "bounded")


RISK = ("Cuban officials welcomed the Pope in Havana on Tuesday.\n\n"
        "The main negative is the risk that the Pope's visit will persuade a great many more Cubans to break loose.")


def test_what_a_risk_holds_is_no_happening():
    events = events_of(RISK, "1998-01-22")
    assert when(events["persuade"]) == ("", "", "none")


def test_a_future_told_outright_stays_after_publication():  # guard
    events = events_of(RISK.replace("The main negative is the risk that the", "The"), "1998-01-22")
    assert when(events["persuade"]) == ("1998-01-22", "", "bounded")


OPTIONS = ("Price Stern Sloan Inc. reported a net loss of $8.1 million for the third quarter.\n\n"
           "The publishing concern said it retained Donaldson, Lufkin & Jenrette Securities Inc. to act as its "
           "financial adviser, assisting in the evaluation of various financial and strategic alternatives, including "
           "debt refinancing, raising capital, recapitalization, a merger or sale of the company.\n\n"
           "Price Stern Sloan Inc. completed the sale of its British unit.")


def test_a_happening_named_among_alternatives_to_weigh_is_no_happening():
    events = events_of(OPTIONS, "1989-11-01")
    assert when(events["merger"]) == ("", "", "none")
    assert when(events["complete"]) == ("", "1989-11-01", "bounded")  # guard: a sale done stays bounded


EARLIER_NEWS = ("Danube Foods Inc. is indefinitely suspending work on a $1 billion cereal plant in Linz.\n\n"
                "Last Friday's announcement was the first official word that the project was in trouble.\n\n"
                "As expected, Danube Foods Inc. reported lower third-quarter earnings.\n\n"
                "Danube Foods Inc. said the plant might never be built.")


def test_a_monday_papers_report_of_news_named_by_an_earlier_day_is_on_or_before_that_day():
    """'Last Friday's announcement' is the news of a Monday paper: 'reported lower earnings' came with it, on or
    before that Friday, not on the Monday; what the paper heard ('a spokesman said') stays the paper's day."""
    events = events_of(EARLIER_NEWS, "2026-02-09")
    assert when(events["report"]) == ("", "2026-02-06", "bounded")
    assert when(events["say"]) == ("2026-02-09", "2026-02-09", "dct")  # guard


def test_a_report_without_news_named_by_an_earlier_day_stays_the_papers_day():  # guard
    events = events_of(EARLIER_NEWS.replace("Last Friday's announcement", "The announcement"), "2026-02-09")
    assert when(events["report"]) == ("2026-02-09", "2026-02-09", "dct")


COUNTED = ("Rivers First mourned its founder Karl Novak on Monday.\n\n"
           "Novak started Rivers First in 1976, and in 1984 its first dam survey was published.\n\n"
           "One year later Novak was fired from the company and he founded Danube Watch.")


def test_a_sentence_counting_on_from_the_date_before_takes_that_date_moved_on():
    """'in 1984 … One year later he was fired … and he founded NeXT': 1985, not only before publication."""
    events = events_of(COUNTED)
    assert when(events["fire"]) == ("1985-01-01", "1985-12-31", "timex")
    assert when(events["found"]) == ("1985-01-01", "1985-12-31", "timex")


def test_later_without_a_count_stays_bounded():  # guard
    events = events_of(COUNTED.replace("One year later", "Later"))
    assert when(events["found"]) == ("", "2026-02-02", "bounded")  # on or before Monday's story, as before


FILED = ("Norwood Partners of Boston said it may make a tender offer for Phoenix Technologies Ltd.'s common shares.\n\n"
         "Phoenix, a maker of software for personal computers, has had substantial losses in the past two quarters.\n\n"
         "In a Securities and Exchange Commission filing, Norwood said it holds a 5.3% stake.")


def first_statement(text: str) -> tuple[str, str, str]:
    document = Document(doc_id="d", name="d.txt", text=text, published=PUBLISHED, published_basis="content")
    return when(next(e for e in extract_batch([document], load_pipeline()).events if e["lemma"] == "say"))


def test_the_ledes_statement_the_article_quotes_from_an_undated_filing_is_on_or_before_publication():
    """'Norwood … said it may make a tender offer' is what 'In a Securities and Exchange Commission filing, Norwood
    said' sources: the filing's day is not told, so on or before publication, not the paper's day."""
    assert first_statement(FILED) == ("", PUBLISHED, "bounded")


def test_the_ledes_statement_quoted_from_an_interview_stays_the_papers_day():  # guard
    assert first_statement(FILED.replace("In a Securities and Exchange Commission filing",
                                         "In an interview")) == (PUBLISHED, PUBLISHED, "dct")


AGREED_YESTERDAY = ("Danube Foods Inc. has agreed to sell its British unit to Rivers First Corp.\n\n"
                    "Danube Foods shares closed yesterday at $23.25, up 50 cents, in Vienna Stock Exchange trading.")


def test_the_ledes_news_in_a_paper_written_the_day_before_is_on_or_before_that_day():
    """A daily paper told from "yesterday" was written that day: its lede's news, known only to be past, is on
    or before it, a closer end than the publication day."""
    assert when(events_of(AGREED_YESTERDAY)["agree"]) == ("", "2026-02-03", "bounded")


def test_the_ledes_news_in_a_paper_of_its_own_day_stays_bounded_by_publication():  # guard
    events = events_of(AGREED_YESTERDAY.replace("yesterday", "today"))
    assert when(events["agree"]) == ("", PUBLISHED, "bounded")


DELISTED = ("Danube Foods Inc. was merged into Rivers First Corp., New York, after a special meeting of Danube Foods "
            "shareholders cleared the transaction, the companies said.\n\n"
            "Danube Foods shares, which were to be delisted from the New York Stock Exchange after the close of "
            "composite trading yesterday, closed at $23.25, off 12.5 cents.")


def test_a_plan_told_for_yesterday_shows_the_paper_written_the_day_before():
    """'were to be delisted … after the close of composite trading yesterday' is told after that day: the
    statement of the lede is of the day before, and the merger it relays on or before it (V#34)."""
    events = events_of(DELISTED)
    assert when(events["say"]) == ("2026-02-03", "2026-02-03", "narrative")
    assert when(events["merge"]) == ("", "2026-02-03", "bounded")


def test_a_plan_for_tomorrow_leaves_the_papers_day():  # guard
    events = events_of(DELISTED.replace("yesterday", "tomorrow").replace("which were to be", "which will be"))
    assert when(events["say"]) == (PUBLISHED, PUBLISHED, "dct")


def test_after_a_gathering_attended_on_a_day_is_on_or_after_that_day():
    """"Castro attended a rally Thursday …" / "After the rally, state television showed …" (V#37's article): the
    rally is the day of attending it, so what came after it is on or after that day, up to publication."""
    events = events_of(DATED_BY_POSITION + "Berg attended a rally Monday by river workers in Linz.\n\n"
                                           "After the rally, state television showed protesters in Vienna.")
    assert when(events["show"]) == ("2026-02-02", PUBLISHED, "bounded")


def test_after_a_gathering_only_announced_on_a_day_stays_bounded_by_publication():  # guard
    events = events_of(DATED_BY_POSITION + "Berg announced a rally Monday for river workers in Linz.\n\n"
                                           "After the rally, state television showed protesters in Vienna.")
    assert when(events["show"]) == ("", PUBLISHED, "bounded")


def test_a_reaction_to_a_happening_dated_elsewhere_is_on_or_after_its_day():
    """"praised the vote" when "Parliament voted on Monday": one reacts to what has happened (V#7's kind,
    'hailed the transaction' of an accord announced Friday), so on or after Monday, up to publication."""
    events = events_of(DATED_BY_POSITION + "Parliament voted on Monday to cut the budget.\n\n"
                                           "The finance minister praised the vote.")
    assert when(events["praise"]) == ("2026-02-02", PUBLISHED, "bounded")


def test_what_is_done_about_a_happening_other_than_reacting_stays_bounded_by_publication():  # guard
    events = events_of(DATED_BY_POSITION + "Parliament voted on Monday to cut the budget.\n\n"
                                           "The finance minister discussed the vote.")
    assert when(events["discuss"]) == ("", PUBLISHED, "bounded")


def test_what_is_done_in_response_to_a_dated_happening_is_on_or_after_it():
    """"In response to the merger, McCaw raised its bid" after "Friday's merger": the raising answers the
    merger, so on or after Friday, not any day before publication; without the response it stays bounded."""
    told = "Shares of LIN rose 5% after Friday's merger of BellSouth and LIN.\n\nAnalysts have long doubted the deal. "
    answered = events_of(told + "In response to the merger, McCaw Cellular raised its own bid for LIN.\n", "1989-10-30")
    assert when(answered["raise"]) == ("1989-10-27", "1989-10-30", "bounded")
    alone = events_of(told + "McCaw Cellular raised its own bid for LIN.\n", "1989-10-30")
    assert when(alone["raise"]) == ("", "1989-10-30", "bounded")


def test_a_present_expectation_of_a_result_is_held_on_the_report_day_not_in_the_expected_year():
    """"expects … earnings growth next year": the expecting is told now, next year is the growth's; "expects to
    report a loss next year" is the foreseen report itself and keeps next year."""
    held = events_of("Westinghouse Electric Corp., capitalizing on a major restructuring program, expects operating "
                     "margins of more than 10% and double-digit per-share earnings growth next year, top officers told "
                     "securities analysts here.\n",
                     "1989-10-26")
    assert when(held["expect"]) == ("1989-10-26", "1989-10-26", "dct")
    foreseen = events_of("The company expects to report a loss next year.\n", "1989-10-26")
    assert when(foreseen["report"]) == ("1990-01-01", "1990-12-31", "timex")


def test_what_became_so_over_the_past_decade_is_of_the_ten_years_up_to_publication():
    """"had become routine over the past decade" in a 1998 paper: the years up to 1998, not the 1980s."""
    events = events_of("Threats against him had become routine over the past decade.\n", "1998-10-25")
    assert when(events["become"])[:2] == ("1988-10-01", "1998-10-25")


def test_reacting_to_a_dated_happening_is_on_or_after_it():
    """"McCaw reacted to the merger" after "Friday's merger": what one reacts to has happened, so on or after
    Friday."""
    told = "Shares of LIN rose 5% after Friday's merger of BellSouth and LIN.\n\nAnalysts have long doubted the deal. "
    events = events_of(told + "McCaw Cellular reacted to the merger with a higher bid.\n", "1989-10-30")
    assert when(events["react"]) == ("1989-10-27", "1989-10-30", "bounded")
