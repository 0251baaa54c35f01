"""bench/eval_timeline.py turns what timeline_eval.py prints into the table's rows."""

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

OUTPUT = """SemEval-2015 Task 4 TimeLine, split trial
 all (micro over targets)
  Explorer                     targets  6 (unmapped  0)  gold  142  found  154  matched  100  sentence P 0.649 R 0.704 F1 0.676  date acc  57.3% (51/89)  undated kept  18.2% (2/11)  dated F1 0.419 (P 0.403 R 0.437)  tau +0.685 (n=4)
  baseline (spaCy+dateparser)  targets  6 (unmapped  1)  gold  142  found  131  matched   77  sentence P 0.588 R 0.542 F1 0.564  date acc  50.0% (33/66)  undated kept   0.0% (0/11)  dated F1 0.322 (P 0.336 R 0.310)  tau +0.749 (n=3)
  time: total 8.8 s
timeline: sentence F1 0.676, date accuracy 57.3%, dated timeline F1 0.419 (baseline: sentence F1 0.564, date accuracy 50.0%, dated timeline F1 0.322)
"""  # noqa: E501


@pytest.fixture(scope="module")
def eval_timeline():
    spec = importlib.util.spec_from_file_location("eval_timeline", REPO / "bench" / "eval_timeline.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_timeline"] = module
    spec.loader.exec_module(module)
    return module


def test_the_summary_line_gives_four_rows_with_precision_and_recall(eval_timeline):
    rows = {(r["system"], r["metric"]): r for r in eval_timeline.parse_output(OUTPUT)}
    assert {r["dataset"] for r in rows.values()} == {"Timeline trial (6 entities)"}
    ours = rows[("Explorer", "sentence F1")]
    assert (ours["p"], ours["r"], ours["f1"]) == (0.649, 0.704, 0.676)
    assert rows[("Explorer", "dated timeline F1")]["f1"] == 0.419
    base = rows[("spaCy NER + dateparser", "dated timeline F1")]
    assert (base["p"], base["r"], base["f1"]) == (0.336, 0.310, 0.322)


def test_output_without_the_summary_line_is_an_error(eval_timeline):
    with pytest.raises(ValueError):
        eval_timeline.parse_output("timeline_eval.py crashed\n")


@pytest.fixture(scope="module")
def timeline_corpus(corpora):
    timeline = corpora / "timeline"
    if not (timeline / "timeline_eval.py").is_file():
        pytest.skip(f"the shared corpora have no TimeLine trial split ({timeline} lacks timeline_eval.py)")
    return timeline


def test_the_entity_timelines_hold_their_floors_and_beat_the_baseline(timeline_corpus, tmp_path_factory):
    """Issue 16's measure in CI: the trial split scored now, Explorer beside spaCy NER + dateparser."""
    evaluation = importlib.util.spec_from_file_location("eval_extraction", REPO / "bench" / "eval_extraction.py")
    module = importlib.util.module_from_spec(evaluation)
    sys.modules["eval_extraction"] = module
    evaluation.loader.exec_module(module)
    rows = module.timeline_rows()
    floors = module.load_floors()
    ours = {r.metric: r for r in rows if r.system == module.EXPLORER}
    assert set(ours) == {"sentence F1", "dated timeline F1"}
    assert {r.key for r in ours.values()} <= set(floors), "timeline rows without a floor in bench/eval_floors.json"
    assert module.below_floors(rows, floors) == []
    baseline = {r.metric: r for r in rows if r.system != module.EXPLORER}
    assert all(ours[m].f1 > baseline[m].f1 for m in ours)
