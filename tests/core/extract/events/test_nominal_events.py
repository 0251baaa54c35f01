"""A sentence's nominal happenings as events of their own: "Iraq's invasion of Kuwait", "last year's efforts".

An event noun with a participant of its own (a possessive, an "of"/"by" entity) or a
time of its own gives a further event of the sentence, with its own trigger,
participants and date; a noun inside a name, the main event's own noun, a role ("Cash's
career") and a plural told of no one do not.
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
    return [{**e, "participants": [name[p] for p in e["participants"]], "agents": [name[p] for p in e["agents"]],
             "patients": [name[p] for p in e["patients"]]} for e in rows.events]


def by_trigger(events: list[dict]) -> dict[str, dict]:
    return {e["trigger"]: e for e in events}


def test_a_possessed_event_noun_is_a_second_event_with_its_own_agent_and_patient():
    events = by_trigger(events_of("Officials condemned Iraq's invasion of Kuwait."))
    assert set(events) == {"condemned", "invasion"}
    invasion = events["invasion"]
    assert invasion["agents"] == ["Iraq"]
    assert invasion["patients"] == ["Kuwait"]


def test_an_event_noun_with_its_own_time_is_dated_by_it_not_by_the_sentence():
    events = by_trigger(events_of(
        "Critics said last year's efforts by the European Union to curb emissions had failed."))
    efforts = events["efforts"]
    assert efforts["agents"] == ["the European Union"]
    assert (efforts["date_start"], efforts["date_end"]) == ("2025-01-01", "2025-12-31")
    assert events["said"]["date_start"] == "2026-02-04"


def test_the_main_events_own_noun_and_a_noun_inside_a_name_give_no_event():
    assert [e["trigger"] for e in events_of("Barack Obama made an offer to John Boehner.")] == ["made"]
    assert [e["trigger"] for e in events_of("The Department of Defense said the company would cut jobs.")] \
        == ["said", "cut"]


def test_a_possessed_noun_naming_a_role_not_a_verbs_act_gives_no_event():
    assert [e["trigger"] for e in events_of("Bob Holiff managed Johnny Cash's career for years.")] == ["managed"]


def test_an_event_noun_is_dated_by_the_time_its_own_preposition_holds_not_by_its_clause():
    """"the slated visit of … Daley in September" (s8b's pool diff): the visit's own month, not the bound of "had
    been talking" about it."""
    events = by_trigger(events_of(
        "Kimotho said he and Bushnell had been talking about the planned visit of Secretary William Daley in "
        "September."))
    visit = events["visit"]
    assert (visit["date_start"], visit["date_end"]) == ("2026-09-01", "2026-09-30")
    assert visit["date_basis"] == "timex"
    assert visit["tense"] == "future"  # still to come, whatever "had been talking" tells
    assert events["talking"]["date_start"] != "2026-09-01"


def test_a_time_after_a_noun_naming_no_one_does_not_make_it_an_event():
    """A guard: the time a noun's preposition holds dates a noun found for its participant; it does not make a
    noun told of no one an event ("a visit in September")."""
    assert [e["trigger"] for e in events_of("The council discussed a visit in September.")] == ["discussed"]
