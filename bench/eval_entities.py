"""Entities after alias resolution, scored against the hand-written seed gold.

Gold: ``tests/data/seeds_gold/entities.json`` — every PERSON / ORG / GPE / NORP
referent of the five seed articles with its surface forms, written by reading them.

A predicted entity *matches* a gold referent when its type is accepted for it and
its name or one of its aliases, normalised (case, leading "the", periods,
possessive, spacing), is one of the referent's normalised surface forms. Types
accepted: the gold's own ``types``, plus these equivalences — a place may come as
GPE, LOC or FAC; a NORP gold may come as GPE or NORP (and a GPE gold as NORP) since
"Netherlands Foreign Minister" is adjectival; an ORG may come as FAC ("the White
House" style). Predicted entities of other types (EVENT, LAW, WORK_OF_ART, ...) are
only scored when they match a gold form; predicted entities matching an ``ignore``
form (events, programmes, portfolios) are not scored.

Scoring, one to one: each gold referent is *found* by its matching predicted entity
with the most mentions; every further predicted entity of that referent is a
*split* (a false positive and a resolution error); a predicted entity matching two
or more referents is *merged*: it counts for the referent it shares most forms
with, the others are missed. Precision = found / scored predictions, recall =
found / gold referents.

    .venv/bin/python bench/eval_entities.py                      # extract seeds/ now and score
    .venv/bin/python bench/eval_entities.py --entities FILE.json  # score an exported entities table
    .venv/bin/python bench/eval_entities.py --plain-spacy         # also score plain spaCy ents (one entity per text)
    .venv/bin/python bench/eval_entities.py --show-errors
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GOLD = REPO / "tests" / "data" / "seeds_gold" / "entities.json"
SEEDS = REPO / "seeds"
SCORED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
EQUIVALENT = {
    "PERSON": {"PERSON"},
    "ORG": {"ORG", "FAC"},
    "GPE": {"GPE", "LOC", "FAC", "NORP"},
    "LOC": {"GPE", "LOC", "FAC"},
    "NORP": {"NORP", "GPE"},
}


def normalise(form: str) -> str:
    text = form.strip().replace("’", "'")
    text = re.sub(r"^(the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s?$", "", text).replace(".", "")
    return " ".join(text.lower().split())


def accepted(gold_types: list[str]) -> set[str]:
    return set().union(*(EQUIVALENT.get(t, {t}) for t in gold_types))


def score(predicted: list[dict], gold: dict) -> dict:
    referents = gold["entities"]
    forms = [{normalise(f) for f in [g["name"], *g["forms"]]} for g in referents]
    ignore = {normalise(f) for f in gold.get("ignore", [])}
    matches: dict[int, list[int]] = defaultdict(list)  # gold index -> predicted indices
    scored, false_pos, merged = [], [], []
    for p, entity in enumerate(predicted):
        surfaces = {normalise(s) for s in [entity["name"], *entity.get("aliases", [])]}
        hits = [(len(surfaces & forms[g]), g) for g, ref in enumerate(referents)
                if surfaces & forms[g] and entity["type"] in accepted(ref["types"])]
        if not hits:
            if entity["type"] in SCORED_TYPES and not (surfaces & ignore):
                scored.append(p)
                false_pos.append(entity)
            continue
        scored.append(p)
        hits.sort(key=lambda h: (-h[0], h[1]))
        matches[hits[0][1]].append(p)
        if len(hits) > 1:
            merged.append((entity, [referents[g]["name"] for _, g in hits]))
    found, splits, missed = 0, [], []
    for g, ref in enumerate(referents):
        preds = sorted(matches.get(g, []), key=lambda p: -predicted[p].get("mention_count", 1))
        if not preds:
            missed.append(ref["name"])
            continue
        found += 1
        if len(preds) > 1:
            splits.append((ref["name"], [predicted[p]["name"] for p in preds]))
    n_pred, n_gold = len(scored), len(referents)
    precision = found / n_pred if n_pred else 0.0
    recall = found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": n_gold, "predicted": n_pred, "found": found, "precision": precision, "recall": recall, "f1": f1,
        "split": sum(len(s[1]) - 1 for s in splits), "merged": len(merged),
        "splits": splits, "merges": merged, "missed": missed, "false_positives": [e["name"] for e in false_pos],
    }


def explorer_entities() -> list[dict]:
    from explorer.core.extract.pipeline.runner import extract_documents
    from explorer.core.ingest import read_documents

    documents = read_documents([SEEDS]).documents
    return extract_documents(documents)["entities"].to_dict("records")


def plain_spacy_entities(documents: list | None = None) -> list[dict]:
    """What a user would script: spaCy's ents, one entity per (text, label).

    ``documents`` (ingested ``Document`` objects) default to the seeds; the text is
    the one Explorer's model sees (furniture blanked), so only resolution differs.
    """
    from explorer.core.extract.pipeline.batch import text_for_nlp
    from explorer.core.extract.nlp import load_pipeline
    from explorer.core.ingest import read_documents

    documents = documents if documents is not None else read_documents([SEEDS]).documents
    nlp = load_pipeline()
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for document in documents:
        for ent in nlp(text_for_nlp(document)).ents:
            counts[(ent.text, ent.label_)] += 1
    return [{"name": t, "type": label, "aliases": [], "mention_count": n} for (t, label), n in counts.items()]


def load_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", help="an exported entities table (JSON) to score instead of extracting now")
    parser.add_argument("--plain-spacy", action="store_true", help="also score plain spaCy entities")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    gold = load_gold()
    rows = []
    if args.plain_spacy:
        rows.append(("plain spaCy ents", score(plain_spacy_entities(), gold)))
    if args.entities:
        rows.append((Path(args.entities).name, score(json.loads(Path(args.entities).read_text("utf-8")), gold)))
    else:
        rows.append(("explorer", score(explorer_entities(), gold)))
    print(f"{'system':24} {'data':6} {'gold':>5} {'pred':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'split':>6} {'merged':>6}")
    for name, r in rows:
        print(f"{name:24} {'seeds':6} {r['gold']:5d} {r['predicted']:5d} {r['found']:5d} "
              f"{r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['split']:6d} {r['merged']:6d}")
    if args.show_errors:
        for name, r in rows:
            print(f"\n== {name}")
            print("missed:", "; ".join(r["missed"]) or "-")
            print("false positives:", "; ".join(r["false_positives"]) or "-")
            for ref, names in r["splits"]:
                print(f"split: {ref} -> {names}")
            for entity, refs in r["merges"]:
                print(f"merged: {entity['name']} -> {refs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
