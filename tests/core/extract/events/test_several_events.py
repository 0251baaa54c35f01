"""Several events in one sentence: the report and what it reports, coordinated clauses, clauses of time.

Each further event has its own trigger, participants and date; the sentence's main
event keeps the id analysts' notes and tags are keyed by.
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch


def events_of(text: str) -> list[dict]:
    """The events of one document published 2026-02-04, with mention ids replaced by the mentions' text."""
    document = Document(doc_id="d", name="d.txt", text=text, published="2026-02-04", published_basis="content")
    rows = extract_batch([document], load_pipeline())
    name = {m["mention_id"]: m["text"] for m in rows.mentions}
    return [{**e, "participants": [name[p] for p in e["participants"]], "agents": [name[p] for p in e["agents"]]}
            for e in rows.events]


def by_trigger(events: list[dict]) -> dict[str, dict]:
    return {e["trigger"]: e for e in events}


def test_a_reported_clause_is_an_event_of_its_own_with_its_subject_and_its_date():
    text = "Ford chief executive Jim Farley said General Motors will cut 4,300 jobs next month."
    events = by_trigger(events_of(text))
    assert events["said"]["agents"] == ["Jim Farley"]
    cut = events["cut"]
    assert cut["agents"] == ["General Motors"]
    assert cut["participants"][0] == "General Motors"
    assert cut["tense"] == "future"
    assert (cut["date_start"], cut["date_end"]) == ("2026-03-01", "2026-03-31")


def test_the_main_event_keeps_its_id_and_a_further_event_is_keyed_by_its_trigger():
    text = "Ahead of talks, Angela Merkel met Emmanuel Macron.\nJoe Biden said Japan will open its market."
    events = events_of(text)
    start = text.index("Joe Biden")
    said, opened = [e for e in events if e["start"] == start]
    assert said["event_id"] == f"d-e{start}"
    assert opened["event_id"] == f"d-e{start}-{text.index('open')}"
    assert (opened["trigger_start"], opened["trigger_end"]) == (text.index("open"), text.index("open") + 4)
    assert opened["sentence"] == said["sentence"] and opened["start"] == said["start"]


def test_coordinated_verbs_are_two_events_sharing_the_subject():
    events = by_trigger(events_of(
        "Steve Jobs welcomed the developers in San Francisco and announced a new iPhone on Monday."))
    assert events["welcomed"]["agents"] == events["announced"]["agents"] == ["Steve Jobs"]


def test_a_participial_aside_is_no_event_of_its_own():
    events = events_of("India joined the Critical Minerals Ministerial in Washington on Tuesday, "
                       "marking a shift in its policy towards China.")
    assert [e["trigger"] for e in events] == ["joined"]


def test_a_copular_sentence_about_a_happening_with_a_time_is_an_event():
    event, = events_of("The merger between Daimler and Chrysler was in 1998.")
    assert (event["trigger"], event["participants"]) == ("merger", ["Daimler", "Chrysler"])
    assert (event["date_start"], event["date_end"], event["date_basis"]) == ("1998-01-01", "1998-12-31", "timex")


def test_a_reported_copular_clause_gives_its_event_noun_dated_by_its_own_time():
    events = by_trigger(events_of("Boeing said the delivery of new jets to Qantas is not due until October."))
    assert events["delivery"]["participants"] == ["Qantas"]
    assert (events["delivery"]["date_start"], events["delivery"]["date_end"]) == ("2026-10-01", "")  # not before
    assert events["said"]["date_start"] == "2026-02-04"


def test_a_copular_sentence_without_a_happening_or_a_time_is_no_event():
    assert events_of("General Motors is a large company in Detroit.") == []


def test_a_list_of_aims_and_a_subjectless_aside_without_an_actor_are_no_events():
    events = events_of("India sees the meeting as a platform to advance its interests, deepen partnerships with "
                       "Japan and contribute to supply chains.")
    assert [e["trigger"] for e in events] == ["sees"]
    events = events_of("The meeting matters more when examining China's position in the market.")
    assert "examining" not in [e["trigger"] for e in events]


def test_what_a_thing_has_or_includes_is_an_event_but_having_to_do_hands_over_to_the_doing():
    text = ("Apple unveiled the iPhone 4 in San Francisco on Monday.\n"
            "The iPhone 4 has two cameras.\n"
            "Microsoft has to cut 4,000 jobs, the company said.")
    events = by_trigger(events_of(text))
    assert events["has"]["participants"] == ["iPhone 4"]
    assert "cut" in events and events["cut"]["participants"] == ["Microsoft"]


def test_a_relative_clause_on_a_participant_tells_a_happening_of_its_own():
    text = "Apple released an application on Monday that limits the volume of the iPod."
    events = by_trigger(events_of(text))
    assert "limits" in events and "iPod" in events["limits"]["participants"]
