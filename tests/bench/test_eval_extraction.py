"""Extraction quality on the small slice holds its floors, and beats the baseline on the seeds.

The seeds rows score the session's one extraction of seeds/ (``seed_tables``)
against the hand-written gold in tests/data/seeds_gold; the TimeBank rows extract
a 20-document slice of ../shared/corpora/timebank (skipped, with the reason, when it
is absent). Floors live in bench/eval_floors.json and only go up.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED_KEYS = [
    "Seeds · entities | referents, aliases resolved",
    "Seeds · time expressions | strict span",
    "Seeds · time expressions | relaxed span",
    "Seeds · time expressions | value",
    "Seeds · reference dates | publication day per document",
]
CLUSTERS_KEY = "Seeds · clusters | document pairs"


def load_evaluation():
    name = "eval_extraction"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "bench" / "eval_extraction.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def evaluation():
    return load_evaluation()


@pytest.fixture(scope="module")
def rows(evaluation, seed_tables):
    """The seeds rows (no corpus needed)."""
    return evaluation.seed_rows(seed_tables)


@pytest.fixture(scope="module")
def timebank_rows(evaluation, timebank_corpus):
    return evaluation.timebank_slice_rows(timebank_corpus)


def by_key(rows, key):
    ours = next(r for r in rows if r.key == key and r.system == "Explorer")
    baseline = next(r for r in rows if r.key == key and r.system != "Explorer")
    return ours, baseline


def assert_floors_held(evaluation, rows):
    floors = evaluation.load_floors()
    measured = {r.key for r in rows if r.system == "Explorer"}
    assert measured, "no Explorer rows"
    assert measured - set(floors) == set(), "rows without a floor in bench/eval_floors.json"
    assert evaluation.below_floors(rows, floors) == []


def test_every_explorer_seeds_row_has_a_floor_and_holds_it(evaluation, rows):
    assert_floors_held(evaluation, rows)


def test_every_explorer_timebank_slice_row_has_a_floor_and_holds_it(evaluation, timebank_rows):
    assert_floors_held(evaluation, timebank_rows)


@pytest.mark.parametrize("key", SEED_KEYS)
def test_explorer_beats_the_baseline_on_the_seeds(rows, key):
    ours, baseline = by_key(rows, key)
    assert ours.f1 > baseline.f1, f"{key}: Explorer F1 {ours.f1:.3f} vs {baseline.system} {baseline.f1:.3f}"


def test_explorer_clusters_beat_tuned_tfidf_on_the_seeds(rows):
    ours, baseline = by_key(rows, CLUSTERS_KEY)
    assert ours.f1 > baseline.f1


def test_floor_check_names_the_row_that_fell(evaluation, rows):
    row = next(r for r in rows if r.system == "Explorer")
    assert evaluation.below_floors([row], {row.key: row.f1 + 0.01}) == [
        f"{row.key}: F1 {row.f1:.3f} < floor {row.f1 + 0.01:.2f}"]


def test_b_cubed_charges_a_split_to_recall_and_a_merge_to_precision(evaluation):
    gold = ["a", "a", "b"]
    p, r, _ = evaluation.b_cubed(gold, ["x", "y", "z"])
    assert (p, r) == (1.0, pytest.approx(2 / 3))
    p, r, _ = evaluation.b_cubed(gold, ["x", "x", "x"])
    assert (p, r) == (pytest.approx(5 / 9), 1.0)
