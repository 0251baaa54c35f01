"""Social-media handles linked to the entity they name."""

from __future__ import annotations

from explorer.core.extract.entities.handles import link_handles


def _entity(entity_id, name, type_, aliases=()):
    return {"entity_id": entity_id, "name": name, "type": type_, "aliases": list(aliases),
            "mention_count": 1, "doc_count": 1}


ENTITIES = [
    _entity("rubio", "Marco Rubio", "PERSON", ["Rubio"]),
    _entity("bessent", "Scott Bessent", "PERSON"),
    _entity("treasury", "United States Treasury", "ORG", ["the US Treasury"]),
    _entity("india", "India", "GPE"),
    _entity("ani", "ANI", "ORG"),
    _entity("tom", "Tom Lee", "PERSON"),
    _entity("ann", "Ann Lee", "PERSON"),
]


def _linked(text, entities=None, mentions=()):
    entities = [dict(e, aliases=list(e["aliases"])) for e in (entities or ENTITIES)]
    rows = link_handles({"d1": text}, list(mentions), entities)
    return {text[r["start"]:r["end"]]: r["entity_id"] for r in rows}, {e["entity_id"]: e for e in entities}


def test_a_title_prefix_and_a_surname_or_full_name_name_a_person():
    linked, entities = _linked("Led by @SecRubio! Hosted by @SecScottBessent.")
    assert linked == {"@SecRubio": "rubio", "@SecScottBessent": "bessent"}
    assert "@SecRubio" in entities["rubio"]["aliases"]


def test_a_spelled_alias_names_an_organisation():
    assert _linked("Thanks @USTreasury and (@ANI)")[0] == {"@USTreasury": "treasury", "@ANI": "ani"}


def test_handles_naming_nobody_or_a_shared_surname_stay_unlinked():
    assert _linked("— Ambassador (@USAmbIndia) and @SecLee, email a@b.com")[0] == {}


def test_a_handle_already_inside_a_mention_is_left_alone():
    mention = {"doc_id": "d1", "start": 7, "end": 16, "entity_id": "x"}
    assert _linked("Led by @SecRubio today", mentions=[mention])[0] == {}


def test_seed_handles_are_mentions_of_their_person(seed_tables):
    mentions, entities = seed_tables["mentions"], seed_tables["entities"].set_index("entity_id")
    handles = mentions[mentions["text"].str.startswith("@")]
    names = {row.text: entities.at[row.entity_id, "name"] for row in handles.itertuples()}
    assert names["@SecScottBessent"] == "Scott Bessent" and names["@USTreasury"] == "United States Treasury"
    assert "@SecRubio" not in names, "001 quotes it inside an embedded post, which is page furniture"


def test_finding_handles_leaves_the_entities_and_linking_them_adds_the_alias():
    from explorer.core.extract.entities.handles import find_handles, handle_lookup

    entities = [{"entity_id": "e1", "name": "US Treasury", "type": "ORG", "aliases": ["Treasury"]}]
    rows = find_handles({"d1": "A post by @USTreasury said so."}, [], handle_lookup(entities))
    assert [(r["text"], r["entity_id"], r["type"]) for r in rows] == [("@USTreasury", "e1", "ORG")]
    assert entities[0]["aliases"] == ["Treasury"]  # a worker's lookup never changes the corpus's entities
    link_handles({"d1": "A post by @USTreasury said so."}, [], entities)
    assert entities[0]["aliases"] == ["@USTreasury", "Treasury"]
