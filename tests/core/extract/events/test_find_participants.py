"""Whose timeline an event joins: only the entities that take part in it (issue 16, entity timelines).

An entity's timeline is every event it is a participant of. A person or a product
that only qualifies a noun ("Jobs' success", "iPhone 4 owners") takes no part in
what is told of that noun, and an entity that a copular clause only describes
("is the maker of the iPod") takes no part in the verb coordinated with it or in
the statement reporting it; a group acting through its people, or a thing named
through its own version, still does.
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch


def timeline_names(text: str) -> dict[str, list[str]]:
    """Each event's trigger -> the names of its participants (whose timelines it joins)."""
    document = Document(doc_id="d", name="d.txt", text=text, published="2026-02-04", published_basis="content")
    rows = extract_batch([document], load_pipeline())
    name = {m["mention_id"]: m["text"] for m in rows.mentions}
    return {e["trigger"]: [name[p] for p in e["participants"]] for e in rows.events}


def test_a_person_whose_success_is_praised_is_not_in_the_praise():
    assert timeline_names("Richard Doherty praised Steve Jobs' success on Monday.") == {
        "praised": ["Richard Doherty"]}


def test_owners_of_a_product_act_without_the_product():
    assert timeline_names("Thousands of iPhone 4 owners complained to Apple on Friday.") == {
        "complained": ["Apple"]}


def test_a_person_named_only_as_a_taglines_owner_is_no_bystander_of_the_event():
    assert timeline_names("The invitation quoted Steve Jobs' teasing tagline.") == {"quoted": []}


def test_whoever_a_happening_a_title_or_a_shared_subject_names_stays_in_the_event():
    """Guards (they pass before the change too): a possessive of a happening, a name the parser hangs off a
    title's "of", and the subject a verb shares with a copular clause beside it stay participants."""
    assert timeline_names("Mr Bush's re-election came at a crucial time, Mr Blair said.")["came"] == ["Bush"]
    believes = timeline_names("Bath director of rugby Jack Rowell, though, believes Williams fits the bill.")
    assert believes["believes"][0] == "Jack Rowell"
    supported = timeline_names("The US network is not part of the claim, but has supported the action.")
    assert supported["supported"] == ["US"]


def test_a_new_version_of_a_product_and_its_handsets_are_the_product_itself():
    assert timeline_names("Apple showed a new version of the iPhone 4 on Tuesday.")["showed"] == ["iPhone 4"]
    assert timeline_names("Apple sold 21 million iPhone 4 handsets in July.")["sold"] == ["iPhone 4"]


def test_what_a_copular_clause_describes_takes_no_part_in_the_verb_beside_it():
    launched = timeline_names("Apple is the maker of the iPod and launched the iTunes Music Store in 2003.")
    assert launched["launched"] == ["the iTunes Music Store"]


def test_a_reported_description_leaves_its_subject_out_of_the_statement():
    said = timeline_names("Steve Jobs said the iPhone 4 had only been out for 22 days.")
    assert said == {"said": ["Steve Jobs"]}


def test_whom_a_participial_clause_makes_act_has_an_event_of_its_own_on_its_timeline():
    events = timeline_names("In 1988 Apple Computer added audio recording to its computers, "
                            "prompting Apple Corps to file suit again in 1989.")
    assert events["file"] == ["Apple Corps"]
    assert "Apple Corps" not in events["added"]


def test_what_a_relative_clause_tells_of_the_entity_it_describes_is_on_that_entitys_timeline():
    founded = timeline_names("Other plans involve Pixar, which was founded by Steve Jobs.")["founded"]
    assert founded == ["Steve Jobs", "Pixar"]
