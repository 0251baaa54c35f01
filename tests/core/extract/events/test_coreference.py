"""Pronouns and descriptions resolved to the entities they stand for, so events keep their participants."""

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


def participants_of(text: str, trigger: str) -> list[str]:
    return next(e["participants"] for e in events_of(text) if e["trigger"] == trigger)


def test_a_pronoun_subject_is_the_person_of_the_previous_sentence():
    text = "Steve Jobs spoke to developers in San Francisco on Monday. He demoed the new phone."
    assert participants_of(text, "demoed") == ["Steve Jobs"]


def test_he_skips_a_company_and_takes_the_person():
    text = "Steve Jobs met analysts from Goldman Sachs on Monday. He praised the sales figures."
    assert participants_of(text, "praised") == ["Steve Jobs"]


def test_the_company_is_the_organisation_named_before():
    text = "General Motors opened a factory in Kentucky on Friday. The company hired 400 staff for it."
    assert participants_of(text, "hired") == ["General Motors"]


def test_a_surname_alone_is_the_person_named_in_full_before():
    text = "Steve Jobs opened the conference in San Francisco on Monday. Jobs attributed the increase to sales."
    assert participants_of(text, "attributed") == ["Steve Jobs"]


def test_an_it_that_fills_a_slot_stands_for_nothing():
    text = "Apple released its results on Monday. It is likely that prices will fall in Europe."
    assert "Apple" not in [p for e in events_of(text)[1:] for p in e["participants"]]


def test_a_pronoun_in_a_quotation_is_not_resolved():
    text = 'Steve Jobs spoke in Paris on Monday. "He lost the vote," Tim Cook said.'
    assert participants_of(text, "said") == ["Tim Cook"]


def test_a_first_name_alone_is_the_person_named_in_full_and_so_is_he_after_it():
    text = ("Steve Jobs opened the conference in San Francisco on Monday. Steve praised the new software. "
            "He demoed a widget.")
    assert participants_of(text, "praised") == ["Steve Jobs"]
    assert participants_of(text, "demoed") == ["Steve Jobs"]


def test_the_company_is_the_one_named_most_often_not_the_last_one_quoted():
    text = ("General Motors opened a factory in Kentucky on Friday. General Motors will hire 400 staff. "
            "The Detroit Free Press reported the plan. The company said wages would rise.")
    assert participants_of(text, "said") == ["General Motors"]


def test_a_resolved_he_carries_the_person_to_the_next_he():
    text = ("Tim Cook joined Apple from Compaq in 1998. He also stood in for Steve Jobs in 2009. "
            "He received $59 million for it.")
    assert participants_of(text, "received") == ["Tim Cook"]


def test_the_new_product_is_the_named_one_whose_name_holds_that_word():
    text = ("Apple CEO Steve Jobs unveiled the iPhone 4 in San Francisco on Monday.\n"
            "The new iPhone was praised by Jobs as the biggest leap.")
    assert participants_of(text, "praised") == ["Steve Jobs", "iPhone 4"]


def test_a_definite_name_of_a_person_is_not_taken_for_a_thing():
    text = ("Apple CEO Steve Jobs unveiled the iPhone 4 in San Francisco on Monday.\n"
            "The Jobs family was praised by analysts.")
    assert "iPhone 4" not in participants_of(text, "praised")
