"""Time expressions scored on TimeBank + AQUAINT (TempEval-3 "TBAQ-cleaned", gold TIMEX3).

Each document's text is fed with its DCT as the reference date; Explorer's time
expressions are compared with the gold ones the TempEval-3 way: strict spans
(exact offsets), relaxed spans (any overlap), type accuracy and value F1 (relaxed
match with the same value). Sentence tense comes from the spaCy model unless
``--no-spacy``. For scale: HeidelTime, the best rule-based TempEval-3 system, has
value F1 77.6 on the TempEval-3 test set (a different, unseen split).

The reading, matching and counting are functions (``corpus_files``, ``read_tml``,
``explorer_timexes``, ``compare``) so ``eval_extraction.py`` scores other systems
and other gold with the same rules.

    .venv/bin/python bench/timebank_eval.py
    .venv/bin/python bench/timebank_eval.py --no-spacy --show-errors 20
    .venv/bin/python bench/timebank_eval.py --split timebank   # develop on TimeBank, keep AQUAINT held out
"""

from __future__ import annotations

import argparse
import bisect
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.core.extract.timex.find import find_timexes  # noqa: E402

# ../shared/corpora beside the repository, or the folder EXPLORER_CORPORA names (as for the tests)
CORPORA = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora")
DEFAULT_CORPUS = CORPORA / "timebank"
METRICS = ("strict span", "relaxed span", "value")


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Counts:
    """Tallies of one system against gold time expressions, summed over documents."""

    files: int = 0
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Counts") -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def prf(self, metric: str) -> tuple[float, float, float]:
        """Precision, recall and F1 for one of METRICS."""
        hits = {"strict span": self.strict, "relaxed span": self.relaxed, "value": self.value_ok}[metric]
        return f1(hits, self.found, self.gold)


def read_tml(path: Path) -> tuple[str, date | None, list[Gold]]:
    """The document's plain text, its DCT and its gold TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    dct = _as_date(dct_node.get("value", "")) if dct_node is not None else None
    parts: list[str] = []
    golds: list[Gold] = []
    _walk(root.find("TEXT"), parts, golds)
    return "".join(parts), dct, golds


def _walk(node: ET.Element, parts: list[str], golds: list[Gold]) -> None:
    start = sum(map(len, parts))
    parts.append(node.text or "")
    for child in node:
        _walk(child, parts, golds)
        parts.append(child.tail or "")
    if node.tag == "TIMEX3":
        end = start + len("".join(node.itertext()))
        golds.append(Gold(start, end, "".join(node.itertext()), node.get("type", ""), node.get("value", "")))


def _as_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def corpus_files(corpus: Path, split: str = "all") -> list[Path]:
    """The .tml files of the corpus, or of its TimeBank or AQUAINT part, sorted."""
    files = sorted(corpus.rglob("*.tml"))
    if split != "all":
        files = [f for f in files if f.parent.name.lower() == split]
    return files


def tense_function(text: str, nlp):
    """Sentence tense from spaCy, as the extraction pipeline computes it."""
    if nlp is None:
        return None
    return tense_of_parsed(nlp(text))


def tense_of_parsed(doc):
    """Tense lookup by character offset over an already parsed spaCy ``Doc``."""
    from explorer.core.extract.events.tense import sentence_tense

    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    tenses = [sentence_tense(s) for s in sentences]
    return lambda offset: tenses[max(bisect.bisect_right(starts, offset) - 1, 0)]


def explorer_timexes(text: str, dct: date | None, parsed=None) -> list:
    """Explorer's time expressions for one text, with tense from ``parsed`` (a spaCy Doc) if given."""
    return find_timexes(text, dct, tense_of_parsed(parsed) if parsed is not None else None)


def compare(golds: list, found: list, errors: list[str] | None = None, name: str = "",
            limit: int = 0, show_false: bool = False) -> Counts:
    """TempEval-3 tallies for one document; each gold takes the first found expression it overlaps.

    ``golds`` and ``found`` need ``start``, ``end``, ``type``, ``value`` and ``text``;
    up to ``limit`` error lines are appended to ``errors``.
    """
    counts = Counts(files=1, gold=len(golds), found=len(found))
    errors = errors if errors is not None else []
    for gold in golds:
        match = next((t for t in found if t.start < gold.end and gold.start < t.end), None)
        if match is None:
            if len(errors) < limit:
                errors.append(f"missed  {name}: {gold.text!r} {gold.type} {gold.value}")
            continue
        counts.relaxed += 1
        counts.strict += (match.start, match.end) == (gold.start, gold.end)
        counts.type_ok += match.type == gold.type
        if match.value == gold.value:
            counts.value_ok += 1
        elif len(errors) < limit:
            errors.append(f"value   {name}: {gold.text!r} gold {gold.value} ours {match.value} ({match.text!r})")
    for extra in found:
        if show_false and not any(g.start < extra.end and extra.start < g.end for g in golds):
            if len(errors) < limit:
                errors.append(f"spurious {name}: {extra.text!r} {extra.type} {extra.value}")
    return counts


def score(corpus: Path, use_spacy: bool, show_errors: int, split: str = "all", show_false: bool = False) -> None:
    nlp = None
    if use_spacy:
        from explorer.core.extract.nlp import load_pipeline
        nlp = load_pipeline()
    files = corpus_files(corpus, split)
    total = Counts()
    errors: list[str] = []
    for path in files:
        text, dct, golds = read_tml(path)
        found = explorer_timexes(text, dct, nlp(text) if nlp is not None else None)
        total.add(compare(golds, found, errors, path.name, show_errors, show_false))
    print(f"split: {split}")
    report(total, use_spacy)
    for line in errors:
        print(line)


def f1(hits: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = hits / found if found else 0.0
    recall = hits / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def report(counts: Counts, use_spacy: bool) -> None:
    print(f"{counts.files} documents, {counts.gold} gold TIMEX3, {counts.found} found (tense from spaCy: {use_spacy})")
    for name in METRICS:
        p, r, f = counts.prf(name)
        print(f"  {name:<13} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
    print(f"  type accuracy on relaxed matches: {counts.type_ok / counts.relaxed if counts.relaxed else 0:.1%}")
    print("  reference: HeidelTime value F1 77.6 (TempEval-3 test set)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-spacy", action="store_true", help="tense 'past' everywhere instead of from spaCy")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--split", choices=("all", "timebank", "aquaint"), default="all",
                        help="score the TimeBank part (development), the AQUAINT part (held out) or both")
    parser.add_argument("--show-spurious", action="store_true", help="also list found expressions with no gold overlap")
    args = parser.parse_args()
    score(args.corpus, not args.no_spacy, args.show_errors, args.split, args.show_spurious)


if __name__ == "__main__":
    main()
