"""Mentions read when wanted (``MentionRows``) are the mentions the analyst's decisions leave in the whole
table: a merge, a split and a type change applied to the rows read give what applying them to the table
gives, and the entities' counts made with only the named entities' mentions are the recount over all."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.edits import apply_edits, decisions
from explorer.core.edits.apply import replay
from explorer.core.edits.mentions import FrameMentions, MentionRows


def _id(tables, name: str) -> str:
    entities = tables["entities"]
    return entities.loc[entities["name"] == name, "entity_id"].iloc[0]


def _edits(tables) -> list:
    rubio, state, us = _id(tables, "Marco Rubio"), _id(tables, "US Department of State"), _id(tables, "United States")
    india = _id(tables, "India")
    return [decisions.merge([rubio, state], rubio, "Marco Rubio"),
            decisions.split(us, "America", "United States"),
            decisions.set_type(us, "LOC", "United States"),
            decisions.merge([state, india], state, "gone"),  # its survivor was merged away: it changes nothing
            decisions.merge([us, rubio], us, "United States")]


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("mention_id").reset_index(drop=True)


@pytest.fixture
def whole_and_lazy(seed_tables):
    tables = {name: frame.copy() for name, frame in seed_tables.items()}
    edits = _edits(tables)
    whole = apply_edits(tables, edits)
    without = {name: frame for name, frame in tables.items() if name != "mentions"}
    lazy, mentions = replay(without, edits, MentionRows(FrameMentions(tables["mentions"])))
    return whole, lazy, mentions


def test_the_mentions_read_are_those_the_decisions_leave_in_the_whole_table(whole_and_lazy):
    whole, _lazy, mentions = whole_and_lazy
    assert "mentions" not in _lazy
    pd.testing.assert_frame_equal(_sorted(mentions.frame()), _sorted(whole["mentions"]))
    for doc_id in whole["documents"]["doc_id"]:
        expected = whole["mentions"][whole["mentions"]["doc_id"] == doc_id].sort_values("start", kind="stable")
        read = mentions.of_document(doc_id)
        assert (read is None) == expected.empty
        if read is not None:
            assert read["mention_id"].tolist() == expected["mention_id"].tolist()
            assert read["entity_id"].tolist() == expected["entity_id"].tolist()
            assert read["type"].tolist() == expected["type"].tolist()
    for entity_id in whole["entities"]["entity_id"]:
        expected = whole["mentions"][whole["mentions"]["entity_id"] == entity_id]
        assert mentions.of_entities([entity_id])["mention_id"].tolist() == expected["mention_id"].tolist()


def test_entities_counted_from_the_mentions_read_match_the_recount_over_the_table(whole_and_lazy):
    whole, lazy, _mentions = whole_and_lazy
    columns = ["entity_id", "name", "type", "aliases", "mention_count", "doc_count", "hidden"]
    pd.testing.assert_frame_equal(lazy["entities"][columns].reset_index(drop=True),
                                  whole["entities"][columns].reset_index(drop=True))
    for name in ("events", "relations"):
        pd.testing.assert_frame_equal(lazy[name].reset_index(drop=True), whole[name].reset_index(drop=True))
