"""Relations: co-participants, agent–verb–patient links and co-mentions, by shared events."""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.entities.resolve import resolve_entities
from explorer.core.extract.events.relations import (
    CO_MENTION, CO_PARTICIPANT, build_relations, co_participant_relations,
)
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch


def event(event_id: str, participants: list[str], place: str = "", lemma: str = "meet", start: int = 0,
          end: int = 100, agents: list[str] | None = None, patients: list[str] | None = None) -> dict:
    return {"event_id": event_id, "doc_id": "d", "participants": participants, "place": place, "lemma": lemma,
            "start": start, "end": end, "agents": agents or [], "patients": patients or []}


def mention(entity_id: str, start: int) -> dict:
    return {"mention_id": f"m-{entity_id}-{start}", "entity_id": entity_id, "doc_id": "d",
            "start": start, "end": start + 5}


def by_kind(rows: list[dict]) -> dict[str, dict[tuple[str, str], list[str]]]:
    kinds: dict[str, dict] = {}
    for row in rows:
        assert row["weight"] == len(row["event_ids"])
        kinds.setdefault(row["kind"], {})[(row["source"], row["target"])] = row["event_ids"]
    return kinds


def test_co_participants_are_weighted_by_shared_events_and_include_the_place():
    rows = co_participant_relations([event("e1", ["b", "a"], place="p"), event("e2", ["a", "b"])])
    assert by_kind(rows) == {CO_PARTICIPANT: {("a", "b"): ["e1", "e2"], ("a", "p"): ["e1"], ("b", "p"): ["e1"]}}


def test_an_agent_and_patient_of_the_trigger_are_linked_by_its_verb_from_agent_to_patient():
    mentions = [mention("rubio", 0), mention("modi", 10), mention("us", 20), mention("rubio", 200),
                mention("modi", 210)]
    events = [
        event("e1", ["rubio", "modi"], agents=["m-rubio-0"], patients=["m-modi-10"], end=100),
        event("e2", ["rubio", "modi"], agents=["m-rubio-200"], patients=["m-modi-210"], start=200, end=300),
    ]
    kinds = by_kind(build_relations(events, mentions))
    assert kinds["meet"] == {("rubio", "modi"): ["e1", "e2"]}
    assert kinds[CO_PARTICIPANT] == {("modi", "rubio"): ["e1", "e2"]}


def test_entities_named_together_but_not_taking_part_together_are_co_mentions():
    mentions = [mention("us", 0), mention("rubio", 10), mention("modi", 20), mention("china", 150)]
    events = [event("e1", ["rubio", "modi"], end=100), event("e2", ["china"], start=120, end=200)]
    kinds = by_kind(build_relations(events, mentions))
    assert kinds[CO_MENTION] == {("modi", "us"): ["e1"], ("rubio", "us"): ["e1"]}
    assert ("modi", "rubio") not in kinds[CO_MENTION]


def test_a_sentence_of_several_events_counts_its_co_mentions_once_and_not_its_co_participants():
    mentions = [mention("us", 0), mention("rubio", 10), mention("modi", 20), mention("japan", 40)]
    said, met = event("e0", ["rubio"], end=100), event("e0-30", ["modi", "japan"], end=100)
    kinds = by_kind(build_relations([said, met], mentions))
    assert kinds[CO_PARTICIPANT] == {("japan", "modi"): ["e0-30"]}
    assert ("japan", "modi") not in kinds[CO_MENTION]
    assert kinds[CO_MENTION][("modi", "rubio")] == ["e0"]  # once, under the sentence's main event


def test_a_merged_or_vanished_participant_makes_no_verb_link():
    mentions = [mention("a", 0), mention("b", 10)]
    events = [event("e1", ["a"], agents=["m-a-0"], patients=["m-b-10"])]  # b no longer a participant
    assert "meet" not in by_kind(build_relations(events, mentions))


def test_a_parsed_sentence_gives_a_verb_relation_between_the_people_it_names():
    document = Document(doc_id="d", name="d.txt", published="2026-02-04", published_basis="content",
                        text="US Secretary of State Marco Rubio met Indian Prime Minister Narendra Modi on Tuesday.")
    rows = extract_batch([document], load_pipeline())
    entities, entity_of = resolve_entities(rows.mentions)
    for row in rows.mentions:
        row["entity_id"] = entity_of[row["mention_id"]]
    events = [{**e, "participants": [entity_of[m] for m in e["participants"]]} for e in rows.events]
    name = {e["entity_id"]: e["name"] for e in entities}
    relations = [(name[r["source"]], name[r["target"]], r["kind"]) for r in build_relations(events, rows.mentions)]
    assert ("Marco Rubio", "Narendra Modi", "meet") in relations
    us = {"US", "United States"}
    assert [r for r in relations if r[2] == CO_MENTION and "Marco Rubio" in r[:2] and us & set(r[:2])]
    assert not [r for r in relations if r[2] == CO_PARTICIPANT and us & set(r[:2])]


def test_seed_lead_names_the_us_beside_rubio_without_making_it_a_participant(seed_tables):
    events = seed_tables["events"].to_dict("records")
    mentions = seed_tables["mentions"].to_dict("records")
    kinds = by_kind(build_relations(events, mentions))
    names = dict(zip(seed_tables["entities"]["name"], seed_tables["entities"]["entity_id"]))
    us, rubio, jaishankar = names["United States"], names["Marco Rubio"], names["S Jaishankar"]
    lead = seed_tables["events"].iloc[0]["event_id"]
    assert lead in kinds[CO_MENTION][tuple(sorted((us, rubio)))]
    assert lead in kinds[CO_PARTICIPANT][tuple(sorted((jaishankar, rubio)))]
    in_one_event = {(pair, e) for kind in (CO_MENTION, CO_PARTICIPANT)
                    for pair, ids in kinds[kind].items() for e in ids}
    pairs_per_kind = sum(len(ids) for kind in (CO_MENTION, CO_PARTICIPANT) for ids in kinds[kind].values())
    assert len(in_one_event) == pairs_per_kind  # no pair is both co-participant and co-mention in one event
