"""Events: participants from the parse, speakers of quotes, and lines that are not reports.

Small made-up sentences run through the real model (loaded once per session), plus
checks on the seed articles.
"""

from __future__ import annotations

import pytest

from explorer.core.document import Document
from explorer.core.extract.events.lines import line_bounds, title_cased
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch


def events_of(text: str) -> list[dict]:
    """The events of one document, with mention ids replaced by the mentions' text."""
    document = Document(doc_id="d", name="d.txt", text=text, published="2026-02-04",
                        published_basis="content")
    rows = extract_batch([document], load_pipeline())
    name = {m["mention_id"]: m["text"] for m in rows.mentions}
    return [
        {**e, "participants": [name[p] for p in e["participants"]], "place": name.get(e["place"], ""),
         "agents": [name[p] for p in e["agents"]], "patients": [name[p] for p in e["patients"]]}
        for e in rows.events
    ]


def only_event(text: str) -> dict:
    events = events_of(text)
    assert len(events) == 1, [e["sentence"] for e in events]
    return events[0]


# --- participants from the parse ---------------------------------------------------------------

def test_titles_and_nationalities_are_not_participants_beside_the_people_they_describe():
    event = only_event(
        "US Secretary of State Marco Rubio met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.")
    assert event["participants"] == ["Marco Rubio", "Narendra Modi"]
    assert event["place"] == "New Delhi"
    assert (event["agents"], event["patients"]) == (["Marco Rubio"], ["Narendra Modi"])


def test_the_agent_comes_first_even_in_the_passive():
    event = only_event("Narendra Modi was welcomed by Joe Biden at the White House on Monday.")
    assert event["participants"] == ["Joe Biden", "Narendra Modi"]
    assert event["agents"] == ["Joe Biden"]


def test_entities_in_a_background_phrase_take_no_part_and_give_no_place():
    event = only_event("Despite objections from China, Japan signed the agreement with Australia on Friday.")
    assert event["participants"] == ["Japan", "Australia"]
    assert event["place"] == ""


def test_a_frame_verb_hands_the_trigger_to_the_verb_it_frames():
    event = only_event("Joe Biden is set to visit Japan next week.")
    assert event["lemma"] == "visit"
    assert (event["agents"], event["patients"]) == (["Joe Biden"], ["Japan"])


def test_a_hyphen_pair_names_both_entities():
    assert only_event("Officials discussed India-US trade on Monday.")["participants"] == ["India", "US"]


def test_without_any_role_found_the_sentence_entities_are_the_participants():
    event, deepened = events_of("The announcement came on Friday as India and Brazil deepened their trade ties.")
    assert event["agents"] == event["patients"] == []
    assert event["participants"] == ["India", "Brazil"]
    assert (deepened["trigger"], deepened["agents"]) == ("deepened", ["India", "Brazil"])


def test_the_place_a_story_was_filed_from_is_not_a_participant():
    event = only_event("New Delhi – Narendra Modi has received an invitation to visit Washington.")
    assert "New Delhi" not in event["participants"]
    assert event["participants"][0] == "Narendra Modi"


# --- quotes and reported speech ----------------------------------------------------------------

def test_a_quote_is_the_speakers_statement():
    event = only_event('"We will not back down," Boris Johnson said on Monday.')
    assert event["lemma"] == "say"
    assert event["participants"] == ["Boris Johnson"]


def test_a_quotation_over_two_sentences_keeps_its_speaker_in_both():
    first, second = events_of(
        "“We met the delegation in Paris. We agreed on new tariffs,” Angela Merkel said on Monday.")
    assert first["participants"] == ["Angela Merkel"]
    assert first["place"] == "Paris"
    assert second["participants"] == ["Angela Merkel"]


def test_according_to_names_a_speaker():
    event = only_event("According to Reuters, Germany will cut its gas imports.")
    assert event["participants"] == ["Germany", "Reuters"]


# --- lines that are not reports ----------------------------------------------------------------

PAGE = """India Attends US-Led Critical Minerals Ministerial Meeting

Key Points: Japan Joins Talks

  • Japan hosts key ministerial on supply chains
  • Fumio Kishida met Joe Biden in Tokyo on Monday
  • Focus on reducing concentration risks
Why this matters
Narendra Modi met Joe Biden in Washington on Tuesday.
Joe Biden praised India's growing role in the supply chains of critical minerals, and Japan agreed to join the new
"""


def test_bullets_headings_and_short_labels_are_not_events_but_the_headline_is():
    sentences = list(dict.fromkeys(e["sentence"] for e in events_of(PAGE)))
    assert sentences[0] == "India Attends US-Led Critical Minerals Ministerial Meeting"
    assert sentences[1] == "Narendra Modi met Joe Biden in Washington on Tuesday."
    assert sentences[2].startswith("Joe Biden praised")  # a paragraph cut short keeps its event
    assert len(sentences) == 3


def test_a_first_line_without_a_final_stop_is_the_headline_dated_like_the_lede():
    text = ("Narendra Modi calls for closer ties with Japan at a Tokyo summit, urging new investment\n"
            "Narendra Modi met Fumio Kishida in Tokyo on Tuesday.")
    headline, lede = events_of(text)[:2]
    assert (headline["trigger"], headline["participants"][:2]) == ("calls", ["Narendra Modi", "Japan"])
    assert lede["sentence"] == "Narendra Modi met Fumio Kishida in Tokyo on Tuesday."
    assert (headline["date_start"], headline["date_basis"]) == (lede["date_start"], "timex") == ("2026-02-03",
                                                                                                 "timex")


def test_a_repeated_headline_and_a_pull_quote_count_once():
    text = ("Joe Biden meets Japanese leaders on trade in Tokyo\n"
            "Joe Biden met Fumio Kishida in Tokyo on Tuesday.\n"
            "Joe Biden meets Japanese leaders on trade in Tokyo\n"
            "\"Trade with Japan keeps thousands of American factories running.\"\n"
            "Later, Joe Biden said: \"Trade with Japan keeps thousands of American factories running.\"\n")
    events = events_of(text)
    assert list(dict.fromkeys(e["start"] for e in events)) == [0, text.index("Joe Biden met"), text.index("Later")]


@pytest.mark.parametrize("line, expected", [
    ("Key Points: India Attends US-Led Critical Minerals Ministerial Meeting", True),
    ("Jaishankar Heads To US For Critical Minerals Summit Amid Surging India Ties", True),
    ("Background of Bilateral Tensions and Progress", True),
    ("External Affairs Minister calls for de-risking supply chains at a US meet", False),
    ("Why this matters", False),
])
def test_title_case_is_read_from_the_words_beyond_articles_and_prepositions(line, expected):
    assert title_cased(line) is expected


def test_line_bounds_exclude_the_newline():
    assert line_bounds("ab\ncd\nef", 4) == (3, 5)


# --- the seeds ---------------------------------------------------------------------------------

def seed_events(seed_tables, prefix: str):
    documents = seed_tables["documents"]
    doc_id = documents.loc[documents["name"].str.startswith(prefix), "doc_id"].iloc[0]
    events = seed_tables["events"]
    return events[events["doc_id"] == doc_id], documents.set_index("doc_id").at[doc_id, "text"]


def names_of(seed_tables, entity_ids) -> list[str]:
    names = dict(zip(seed_tables["entities"]["entity_id"], seed_tables["entities"]["name"]))
    return [names[e] for e in entity_ids]


def test_seed_lead_has_jaishankar_and_rubio_not_the_countries_in_their_titles(seed_tables):
    events, _ = seed_events(seed_tables, "000_")
    lead = events.iloc[0]
    names = names_of(seed_tables, lead["participants"])
    assert names[:2] == ["S Jaishankar", "Marco Rubio"]
    assert "United States" not in names and "Washington DC" not in names


def test_seed_post_on_x_keeps_its_speaker(seed_tables):
    events, _ = seed_events(seed_tables, "001_")
    posted = events[events["sentence"].str.contains("posted on X")].iloc[0]
    spoke = events[events["sentence"].str.startswith("“Spoke at")].iloc[0]
    assert posted["lemma"] == "post"
    assert "S Jaishankar" in names_of(seed_tables, posted["participants"])
    assert "S Jaishankar" in names_of(seed_tables, spoke["participants"])


def test_seed_headlines_and_bullets_are_not_events(seed_tables):
    events, text = seed_events(seed_tables, "003_")
    lines = {text[slice(*line_bounds(text, start))].strip() for start in events["start"] if text[:start].strip()}
    assert not any(line.startswith("•") or line.startswith("Key Points") for line in lines)
    assert not any(title_cased(line) for line in lines)  # only the first line, the headline, has an event
    assert not events["sentence"].str.startswith("Ashwini Vaishnaw joins").any()
    assert events["sentence"].str.startswith("Ashwini Vaishnaw represents India").any()


def test_an_article_flattened_onto_one_line_without_a_final_stop_still_has_events():
    from explorer.core.document import Document
    from explorer.core.extract.pipeline.batch import extract_batch
    from explorer.core.extract.nlp import load_pipeline

    text = ("Rangers sign defender from Lyon Rangers have signed the French defender Jean Alain from Lyon on a "
            "three-year deal. The club said the fee was undisclosed. Manager Alex McLeish said he was delighted "
            "and that Alain would play on Saturday against Celtic in Glasgow")
    rows = extract_batch([Document(doc_id="d1", name="a.txt", text=text)], load_pipeline())
    assert len(rows.events) >= 2


def test_a_year_naming_which_budget_does_not_date_the_event_but_a_day_compound_does():
    from explorer.core.document import Document
    from explorer.core.extract.pipeline.batch import extract_batch
    from explorer.core.extract.nlp import load_pipeline

    def dates(text):
        rows = extract_batch([Document(doc_id="d1", name="a.txt", text=text, published="2026-02-04")], load_pipeline())
        return [(e["date_start"], e["date_end"], e["date_basis"]) for e in rows.events]

    assert dates("The announcement of new corridors in India's 2026 Budget is seen as a key signal.") == [
        ("2026-02-04", "2026-02-04", "dct")]
    assert dates("They spoke during a January 13 telephone call.") == [("2026-01-13", "2026-01-13", "timex")]


def test_a_quotation_parsed_as_the_main_clause_leaves_the_event_to_the_narrators_verb():
    event = events_of('In his resignation, Steve Jobs left this farewell: "I have made the best friends at Apple."')[0]
    assert (event["trigger"], event["participants"][0]) == ("left", "Steve Jobs")
