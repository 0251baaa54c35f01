"""The analyst's decisions replayed over extraction's tables (the seeds, extracted once)."""

from __future__ import annotations

import pytest

from explorer.core.edits import apply_edits, decisions


def _entity(tables, name):
    rows = tables["entities"][tables["entities"]["name"] == name]
    assert len(rows) == 1, f"expected one entity named {name}"
    return rows.iloc[0]


def _events_naming(tables, entity_id):
    events = tables["events"]
    return set(events.loc[[entity_id in ps or place == entity_id
                           for ps, place in zip(events["participants"], events["place"])], "event_id"])


def test_merge_joins_mentions_events_and_relations(seed_tables):
    rubio, state = _entity(seed_tables, "Marco Rubio"), _entity(seed_tables, "US Department of State")
    merged = apply_edits(seed_tables, [decisions.merge([rubio.entity_id, state.entity_id], rubio.entity_id, "Marco Rubio")])
    entities = merged["entities"]
    assert state.entity_id not in set(entities["entity_id"])
    survivor = _entity(merged, "Marco Rubio")
    assert survivor.mention_count == rubio.mention_count + state.mention_count
    assert "US Department of State" in survivor.aliases and "Rubio" in survivor.aliases
    assert set(merged["mentions"].loc[merged["mentions"]["entity_id"] == rubio.entity_id, "mention_id"]) == set(
        seed_tables["mentions"].loc[seed_tables["mentions"]["entity_id"].isin([rubio.entity_id, state.entity_id]),
                                    "mention_id"])
    assert _events_naming(merged, rubio.entity_id) == (_events_naming(seed_tables, rubio.entity_id)
                                                       | _events_naming(seed_tables, state.entity_id))
    relations = merged["relations"]
    assert not ((relations["source"] == state.entity_id) | (relations["target"] == state.entity_id)).any()
    assert not (relations["source"] == relations["target"]).any()
    # the input is left alone
    assert state.entity_id in set(seed_tables["entities"]["entity_id"])


def test_merge_twice_changes_nothing_more(seed_tables):
    rubio, state = _entity(seed_tables, "Marco Rubio"), _entity(seed_tables, "US Department of State")
    edit = decisions.merge([state.entity_id], rubio.entity_id, "Marco Rubio")
    once = apply_edits(seed_tables, [edit])
    twice = apply_edits(once, [edit])
    assert once["entities"].equals(twice["entities"])
    assert once["relations"].equals(twice["relations"])


def test_rename_keeps_old_name_as_alias(seed_tables):
    rubio = _entity(seed_tables, "Marco Rubio")
    renamed = apply_edits(seed_tables, [decisions.rename(rubio.entity_id, "Secretary Marco Rubio", "Marco Rubio")])
    row = _entity(renamed, "Secretary Marco Rubio")
    assert "Marco Rubio" in row.aliases and row.entity_id == rubio.entity_id


def test_split_moves_the_alias_mentions_to_a_new_entity(seed_tables):
    us = _entity(seed_tables, "United States")
    alias = "America"
    moved = seed_tables["mentions"][(seed_tables["mentions"]["entity_id"] == us.entity_id)
                                    & (seed_tables["mentions"]["text"] == alias)]
    assert len(moved) > 0
    edit = decisions.split(us.entity_id, alias, "United States")
    split = apply_edits(seed_tables, [edit])
    new = _entity(split, alias)
    assert new.entity_id == edit.payload["new_entity_id"] and new.type == us.type
    assert new.mention_count == len(moved)
    assert _entity(split, "United States").mention_count == us.mention_count - len(moved)
    assert alias not in _entity(split, "United States").aliases
    mentions, events = seed_tables["mentions"], seed_tables["events"]
    us_mentions = mentions[mentions["entity_id"] == us.entity_id]
    only_the_alias = set()  # events naming the United States where their sentence says only "America"
    for event in events[[us.entity_id in p for p in events["participants"]]].itertuples():
        here = us_mentions[(us_mentions["doc_id"] == event.doc_id) & (us_mentions["start"] >= event.start)
                           & (us_mentions["end"] <= event.end)]
        if len(here) and set(here["text"]) == {alias}:
            only_the_alias.add(event.event_id)
    assert set(_events_naming(split, new.entity_id)) >= only_the_alias, \
        "events whose sentence names the United States only as America now name the new entity"
    assert set(_events_naming(split, new.entity_id)) <= set(events.loc[[
        alias in str(s) for s in events["sentence"]], "event_id"]), "and only events whose sentence says America"


def test_hide_and_show(seed_tables):
    rubio = _entity(seed_tables, "Marco Rubio")
    hidden = apply_edits(seed_tables, [decisions.hide([rubio.entity_id], True, ["Marco Rubio"])])
    assert _entity(hidden, "Marco Rubio").hidden == 1
    shown = apply_edits(hidden, [decisions.hide([rubio.entity_id], False, ["Marco Rubio"])])
    assert _entity(shown, "Marco Rubio").hidden == 0


def test_set_type_changes_entity_and_its_mentions(seed_tables):
    rubio = _entity(seed_tables, "Marco Rubio")
    typed = apply_edits(seed_tables, [decisions.set_type(rubio.entity_id, "ORG", "Marco Rubio")])
    assert _entity(typed, "Marco Rubio").type == "ORG"
    assert set(typed["mentions"].loc[typed["mentions"]["entity_id"] == rubio.entity_id, "type"]) == {"ORG"}


def test_correcting_a_date_moves_the_documents_events(seed_tables):
    documents = seed_tables["documents"]
    doc = documents[documents["name"].str.startswith("000_")].iloc[0]
    assert doc.published == "2026-02-04"
    corrected = apply_edits(seed_tables, [decisions.set_published(doc.doc_id, "2026-03-09", doc["name"])])
    after = corrected["documents"].set_index("doc_id").loc[doc.doc_id]
    assert after.published == "2026-03-09" and after.published_basis == "analyst"
    before_events = seed_tables["events"][seed_tables["events"]["doc_id"] == doc.doc_id].set_index("event_id")
    after_events = corrected["events"][corrected["events"]["doc_id"] == doc.doc_id].set_index("event_id")
    dct = before_events.index[before_events["date_basis"] == "dct"]
    assert len(dct) and set(after_events.loc[dct, "date_start"]) == {"2026-03-09"}
    # "on Wednesday" (past tense) resolves against the new date, a Monday: the Wednesday before
    timexes = corrected["timexes"][corrected["timexes"]["doc_id"] == doc.doc_id]
    wednesday = timexes[timexes["text"].str.contains("Wednesday")]
    assert len(wednesday) and set(wednesday["date_start"]) == {"2026-03-04"}
    # other documents are untouched
    others = seed_tables["events"]["doc_id"] != doc.doc_id
    assert corrected["events"][others.values].reset_index(drop=True).equals(seed_tables["events"][others].reset_index(drop=True))


def test_note_and_tags_on_an_event(seed_tables):
    event_id = seed_tables["events"]["event_id"].iloc[0]
    edited = apply_edits(seed_tables, [decisions.note(event_id, "check with a second source"),
                                       decisions.tags(event_id, ["visit", " ", "minerals", "visit"])])
    row = edited["events"].set_index("event_id").loc[event_id]
    assert row.note == "check with a second source"
    assert row.tags == ["minerals", "visit"]


def test_decisions_on_missing_rows_are_skipped(seed_tables):
    edits = [decisions.merge(["enothere"], "enothere2", "X"), decisions.rename("enothere", "Y", "X"),
             decisions.split("enothere", "Z", "X"), decisions.set_published("dnothere", "2026-01-01", "x.txt")]
    result = apply_edits(seed_tables, edits)
    for name, frame in seed_tables.items():
        assert result[name].equals(frame), name


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown edit kind"):
        decisions.Edit("explode", {})
