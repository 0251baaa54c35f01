"""An edit taken in place (``update_entities``) shows exactly what a tree filled afresh with the same table
shows: the same groups and counts, the same entities in the same order with the same names, counts,
tooltips and fonts, under any sort and search, and the checks that still name a listed entity kept."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt

from explorer.gui.sidebar.tree_model import COL_DOCS, COL_MENTIONS, COL_NAME, EntityTreeModel

TYPES = ("PERSON", "ORG", "GPE", "PRODUCT", "")
WORDS = ("north", "ridge", "capital", "union", "harbour", "the delta", "alpine", "orbit", "bay")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole)


def _table(rng: random.Random, n: int) -> pd.DataFrame:
    names = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {i}" for i in range(n)]
    return pd.DataFrame({
        "entity_id": pd.Series([f"e{i:05d}" for i in range(n)], dtype=object),
        "name": pd.Series(names, dtype=object),
        "type": pd.Series([rng.choice(TYPES) for _ in range(n)], dtype=object),
        "aliases": [[f"aka {rng.choice(WORDS)} {i}"] if rng.random() < 0.3 else [] for i in range(n)],
        "mention_count": [rng.randint(1, 40) for _ in range(n)],
        "doc_count": [rng.randint(1, 9) for _ in range(n)],
        "hidden": [int(rng.random() < 0.05) for _ in range(n)],
    })


def _edited(table: pd.DataFrame, original: pd.DataFrame, rng: random.Random) -> tuple[pd.DataFrame, frozenset[str]]:
    """One edit such as the session makes: a merge (rows gone, the survivor counted again), its undo (rows
    back), a rename, new aliases, a hide or show. Returns the table and the entities it touched."""
    table = table.copy()
    ids = table["entity_id"].tolist()
    roll = rng.random()
    if roll < 0.3 and len(table) > 5:
        into, *gone = rng.sample(ids, 3)
        row = ids.index(into)
        table.loc[row, "mention_count"] += int(table.loc[table["entity_id"].isin(gone), "mention_count"].sum())
        table.at[row, "aliases"] = [*table.at[row, "aliases"], "merged alias"]
        return table[~table["entity_id"].isin(gone)].reset_index(drop=True), frozenset([into, *gone])
    if roll < 0.45:
        back = original[~original["entity_id"].isin(ids)].head(rng.randint(1, 3))
        merged = pd.concat([table, back]).sort_values("entity_id").reset_index(drop=True)
        return merged, frozenset(back["entity_id"])
    row = rng.randrange(len(table))
    if roll < 0.65:
        table.at[row, "name"] = f"{rng.choice(WORDS).title()} renamed {rng.randrange(10_000)}"
    elif roll < 0.8:
        table.at[row, "aliases"] = [f"aka {rng.choice(WORDS)} {rng.randrange(10_000)}"]
    else:
        table.loc[row, "hidden"] = 1 - int(table.loc[row, "hidden"])
    return table, frozenset([table.at[row, "entity_id"]])


def _shown(model: EntityTreeModel) -> list:
    """Everything the tree would draw, top to bottom."""
    rows = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        rows.append(tuple(model.index(g, c).data(Qt.ItemDataRole.DisplayRole) for c in range(3)))
        for r in range(model.rowCount(group)):
            cells = [model.index(r, c, group) for c in (COL_NAME, COL_MENTIONS, COL_DOCS)]
            rows.append((model.entity_id(cells[0]), *(cells[0].data(role) for role in ROLES),
                         cells[1].data(), cells[2].data(), bool(cells[0].data(Qt.ItemDataRole.FontRole))))
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_an_edit_in_place_shows_what_a_fresh_tree_shows(qapp, seed):
    rng = random.Random(seed)
    original = _table(rng, 300)
    model, table = EntityTreeModel(), original
    model.set_entities(table, show_hidden=seed % 2 == 0)
    for step in range(25):
        column = rng.choice((COL_NAME, COL_MENTIONS, COL_DOCS))
        model.sort(column, rng.choice((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)))
        model.set_search(rng.choice(("", "", "o", "ridge", "aka", "renamed")))
        model.set_checked(rng.sample(table["entity_id"].tolist(), 4))
        checked = model.checked()
        table, touched = _edited(table, original, rng)
        show_hidden = seed % 2 == 0
        hint = touched if rng.random() < 0.7 else None
        assert model.update_entities(table, show_hidden, hint), f"step {step}: not taken in place"
        fresh = EntityTreeModel()
        fresh.set_entities(table, show_hidden)
        fresh.sort(*model._sort)
        fresh.set_search(model._needle)
        fresh.set_checked({e for e in checked if fresh.has_entity(e)})
        assert _shown(model) == _shown(fresh), f"step {step}"
        assert model.checked() == fresh.checked()
        for entity_id in table["entity_id"].tolist()[::17]:
            assert model.index_of(entity_id).isValid() == fresh.index_of(entity_id).isValid()
            assert model.index_of(entity_id).row() == fresh.index_of(entity_id).row()
        assert not model.index_of("no such id").isValid() and model.index_of("e99999") == QModelIndex()


def test_sorting_by_name_and_counts_is_pythons_order_of_the_names_ties_kept():
    """The groups' rows are ranked once for every row (Arrow sorts the names' UTF-8) rather than by a Python sort
    per group: the order is still Python's — code points, 'The ' ignored, casefolded, equal names as they stood,
    counts with ties A→Z — for names with accents and other scripts."""
    import random

    from PySide6.QtCore import Qt

    from explorer.core.model import make_table
    from explorer.gui.sidebar.tree_model import COL_MENTIONS, COL_NAME, EntityTreeModel, _sort_name

    pool = ["Zoë", "zoe", "Ärzte", "Arzt", "The Times", "times", "Ωmega", "東京", "北京", "İstanbul", "ß", "ss"]
    rng = random.Random(3)
    rows = [{"entity_id": f"e{i}", "name": rng.choice(pool), "type": "ORG", "aliases": [],
             "mention_count": rng.randrange(4), "doc_count": 1} for i in range(300)]
    entities = make_table("entities", rows)
    model = EntityTreeModel()
    model.set_entities(entities)
    names = entities["name"].tolist()
    counts = entities["mention_count"].tolist()

    def shown() -> list[int]:
        group = model.index(0, 0)
        return [int(model.entity_id(model.index(r, 0, group))[1:]) for r in range(model.rowCount(group))]

    assert shown() == sorted(range(300), key=lambda r: _sort_name(names[r]))
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert shown() == sorted(range(300), key=lambda r: _sort_name(names[r]), reverse=True)
    by_name = {r: i for i, r in enumerate(sorted(range(300), key=lambda r: _sort_name(names[r])))}
    model.sort(COL_MENTIONS, Qt.SortOrder.DescendingOrder)
    assert shown() == sorted(range(300), key=lambda r: (-counts[r], by_name[r]))
    model.sort(COL_MENTIONS, Qt.SortOrder.AscendingOrder)
    assert shown() == sorted(range(300), key=lambda r: (counts[r], by_name[r]))
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)  # equal names keep the count order they stood in
    assert shown() == sorted(sorted(range(300), key=lambda r: (counts[r], by_name[r])), key=lambda r: _sort_name(names[r]))
