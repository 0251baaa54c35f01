"""Every entity label extraction keeps has its own colours and name in the window."""

from __future__ import annotations

from explorer.core.entity_types import ENTITY_LABELS, TYPE_NAMES
from explorer.core.extract.entities import mentions
from explorer.gui import entity_types


def test_extraction_keeps_exactly_the_labels_of_the_one_list():
    assert mentions.ENTITY_TYPES is ENTITY_LABELS


def test_every_label_has_its_own_colours_not_other():
    assert set(entity_types.TINTS) == set(ENTITY_LABELS), "a label without colours would be drawn as 'Other'"
    for label in ENTITY_LABELS:
        row = entity_types.entity_type(label)
        assert row.key == label
        assert row.light != entity_types.ENTITY_TYPES[entity_types.OTHER].light


def test_every_label_is_named_from_the_core_list():
    for label in ENTITY_LABELS:
        assert entity_types.display_name(label) == TYPE_NAMES[label][0]
        assert entity_types.type_tooltip(label).endswith(f"({label})")
    assert len({entity_types.TINTS[label][0] for label in ENTITY_LABELS}) == len(ENTITY_LABELS), "tints differ"
