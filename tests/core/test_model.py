"""The typed rows match the tables: each TypedDict's keys are exactly its table's columns."""

import typing

import pytest

from explorer.core import model
from explorer.core.extract import rows


@pytest.mark.parametrize("table", model.TABLE_NAMES)
def test_each_row_type_has_exactly_its_tables_columns(table):
    row_type = model.ROW_TYPES[table]
    assert list(typing.get_type_hints(row_type)) == model.TABLE_COLUMNS[table]
    assert row_type.__required_keys__ | row_type.__optional_keys__ == set(model.TABLE_COLUMNS[table])


def test_every_table_has_a_row_type():
    assert list(model.ROW_TYPES) == model.TABLE_NAMES


def test_the_batch_rows_are_table_rows_plus_what_the_steps_pass_on():
    assert set(typing.get_type_hints(rows.BatchMention)) - set(model.TABLE_COLUMNS["mentions"]) == {
        "key", "titled", "defines", "cue"}
    assert set(typing.get_type_hints(rows.BatchEvent)) - set(model.TABLE_COLUMNS["events"]) == {"agents", "patients"}


def test_make_table_keeps_only_the_columns_of_a_batch_row():
    mention: rows.BatchMention = {"mention_id": "d-m0", "entity_id": "e1", "doc_id": "d", "start": 0, "end": 5,
                                  "text": "India", "type": "GPE", "key": "india"}
    frame = model.make_table("mentions", [mention])
    assert list(frame.columns) == model.TABLE_COLUMNS["mentions"]
    assert frame.loc[0, "text"] == "India"
