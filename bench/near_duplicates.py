"""Near-duplicate detection measured: precision and recall on real articles with controlled edits.

Positives are copies made from real articles (ECB+ articles, detokenised, and BBC
News articles) by the edits a republished wire story goes through: the headline
changed, a paragraph added, a paragraph removed, a byline and outlet boilerplate
changed, a few words swapped, the text cut at 60 %. Negatives are every other pair:
above all the different articles of one ECB+ topic, which tell the same happening
(or its sibling) in the same words and names — the hardest case for a detector.

All articles and copies go into one corpus, and ``core.ingest.duplicates.find_copies``
runs over it as ``explorer extract`` does: a found pair (copy, original) is right when
both come from one source article. The pair-level table compares the MinHash
estimate with the exact Jaccard of the same shingles (the reference it estimates), at
several thresholds, over the positive pairs and the same-topic negative pairs.

    .venv/bin/python bench/near_duplicates.py                 # the chosen threshold, and the sweep
    .venv/bin/python bench/near_duplicates.py --bbc 200 --topics 1-35
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import re
import sys
import time
from itertools import combinations
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.core.document import Document  # noqa: E402
from explorer.core.ingest import duplicates  # noqa: E402

CORPORA = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora")
EDITS = ("headline", "paragraph-added", "paragraph-removed", "boilerplate", "words-swapped", "truncated-60")
SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")
BYLINES = ["By {who}, {outlet}", "{outlet} staff and agencies", "From {outlet} correspondent {who}"]
FOOTERS = ["Copyright {outlet}. All rights reserved. This material may not be published, broadcast, "
           "rewritten or redistributed.", "Additional reporting by {who}; editing by the {outlet} desk.",
           "Read more on {outlet}: sign up for our morning newsletter and follow us for the latest news."]
OUTLETS = ["Reuters", "Associated Press", "The Daily Courier", "Agence France-Presse", "Metro Herald"]
PEOPLE = ["Jane Morrow", "Ravi Patel", "Tom Becker", "Ana Ruiz", "Lee Chan"]


def ecb_articles(corpus: Path, topics: list[int]) -> list[tuple[str, str, str]]:
    """(name, topic, text) of each ECB+ article of the topics, detokenised (one sentence a line)."""
    sys.path.insert(0, str(REPO / "bench"))
    from ecbplus_clusters import detokenise  # the clusters benchmark's reader: one way of making the text
    found = []
    for topic in topics:
        for path in sorted((corpus / str(topic)).glob("*.xml")):
            found.append((f"ecb/{path.stem}", f"ecb{topic}", detokenise(path)))
    return found


def bbc_articles(corpus: Path, count: int) -> list[tuple[str, str, str]]:
    """(name, category, text) of the first ``count`` articles of BBC's validation split."""
    rows = pd.read_csv(corpus / "val.csv").head(count)
    return [(f"bbc/{i:04d}", f"bbc-{r.category}", str(r.text)) for i, r in enumerate(rows.itertuples())]


def sentences(text: str) -> list[str]:
    """The text's lines, or its sentences where it has no line breaks (BBC's flattened paragraphs)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return lines if len(lines) > 3 else [s for s in SENTENCE_END.split(text) if s.strip()]


def edited(text: str, edit: str, donor: str, rng: random.Random) -> str:
    """``text`` after one edit a republisher makes; ``donor`` gives an added paragraph."""
    parts = sentences(text)
    outlet, who = rng.choice(OUTLETS), rng.choice(PEOPLE)
    if edit == "headline":
        return "\n".join([f"{rng.choice(['Update:', 'Breaking:', 'Report:'])} {' '.join(parts[0].split()[:6])} "
                          f"- {outlet}", *parts[1:]])
    if edit == "paragraph-added":  # a paragraph of another story: about a sixth of the article's length
        extra: list[str] = []
        for sentence in sentences(donor)[1:]:
            if extra and sum(map(len, extra)) + len(sentence) > len(text) / 6:
                break
            extra.append(sentence)
        at = rng.randrange(1, len(parts) + 1)
        return "\n".join(parts[:at] + extra + parts[at:])
    if edit == "paragraph-removed":
        size = max(1, len(parts) // 6)
        at = rng.randrange(1, max(2, len(parts) - size))
        return "\n".join(parts[:at] + parts[at + size:])
    if edit == "boilerplate":
        byline = rng.choice(BYLINES).format(who=who, outlet=outlet)
        return "\n".join([parts[0], byline, *parts[1:], rng.choice(FOOTERS).format(who=who, outlet=outlet)])
    if edit == "words-swapped":
        words = text.split(" ")
        for _ in range(max(1, len(words) // 25)):
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    if edit == "truncated-60":
        return text[:int(len(text) * 0.6)]
    raise ValueError(edit)


def build_set(articles: list[tuple[str, str, str]], natural: dict[str, str],
              seed: int = 7) -> tuple[list[Document], dict[str, str]]:
    """The corpus (every article, then every copy) and each document's family: the article it was made
    from, or the one the corpus already holds a copy of (``natural``)."""
    rng = random.Random(seed)
    documents = [Document(doc_id=name, name=name, text=text) for name, _, text in articles]
    family = dict(natural)
    copies = []
    for index, (name, _, text) in enumerate(articles):
        donor = articles[(index + len(articles) // 2) % len(articles)][2]
        for edit in EDITS:
            copy_id = f"{name}~{edit}"
            copies.append(Document(doc_id=copy_id, name=copy_id, text=edited(text, edit, donor, rng)))
            family[copy_id] = natural[name]
    rng.shuffle(copies)  # copies arrive in any order, as files in a folder do
    return documents + copies, family


def corpus_scores(documents: list[Document], family: dict[str, str], threshold: float) -> dict[str, float]:
    """Precision and recall of ``find_copies`` over the whole corpus at ``threshold``."""
    started = time.perf_counter()
    found = duplicates.find_copies(documents, threshold=threshold)
    seconds = time.perf_counter() - started
    eligible = [d for d in documents if len(duplicates.shingles(d.text)) >= duplicates.MIN_SHINGLES]
    members: dict[str, int] = {}
    for d in eligible:
        members[family[d.doc_id]] = members.get(family[d.doc_id], 0) + 1
    expected = sum(n - 1 for n in members.values())  # each family keeps one, the rest are copies
    right = sum(1 for copy, original in found.items() if family[copy] == family[original])
    by_edit = {edit: [0, 0] for edit in EDITS}
    for d in eligible:
        if "~" in d.doc_id:
            edit = d.doc_id.split("~")[1]
            by_edit[edit][1] += 1
            by_edit[edit][0] += d.doc_id in found and family[found[d.doc_id]] == family[d.doc_id]
    return {"found": len(found), "right": right, "expected": expected, "seconds": seconds,
            "precision": right / len(found) if found else 1.0, "recall": right / expected if expected else 1.0,
            **{f"recall {e}": hits / total if total else 1.0 for e, (hits, total) in by_edit.items()}}


def same_story(a: str, b: str) -> bool:
    """The reference for pairs found in the corpora themselves (ECB+ holds one agency story as printed by
    several outlets): most sentences of the shorter text have a near-identical sentence in the other
    (difflib ratio 0.8 or more over words) — sentence alignment, not the shingles being measured."""
    first, second = sorted((_word_lines(a), _word_lines(b)), key=len)
    if not first:
        return False
    shared = sum(1 for s in first if any(difflib.SequenceMatcher(None, s, t, autojunk=False).ratio() >= 0.8
                                         for t in second if abs(len(s) - len(t)) <= max(len(s), len(t)) // 2))
    return shared / len(first) >= 0.5


def _word_lines(text: str) -> list[list[str]]:
    return [words for words in (duplicates.WORD.findall(s.lower()) for s in sentences(text)) if len(words) >= 4]


def natural_families(articles: list[tuple[str, str, str]], floor: float = 0.05) -> tuple[dict[str, str], int]:
    """Each article's family (one representative name) where the corpus itself holds republished copies,
    and how many such pairs; pairs of one topic sharing under ``floor`` of their shingles are taken as different."""
    parent = {name: name for name, _, _ in articles}
    shingled = {name: duplicates.shingles(text) for name, _, text in articles}
    texts = {name: text for name, _, text in articles}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    found = 0
    for (a, topic_a, _), (b, topic_b, _) in combinations(articles, 2):
        if topic_a == topic_b and duplicates.exact_jaccard(shingled[a], shingled[b]) >= floor \
                and same_story(texts[a], texts[b]):
            found += 1
            parent[root(b)] = root(a)
    return {name: root(name) for name in parent}, found


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """How much of the smaller set the other holds, from the Jaccard and the two sizes."""
    if not size_a or not size_b:
        return 0.0
    shared = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, shared / min(size_a, size_b))


def pair_table(documents: list[Document], family: dict[str, str], topic_of: dict[str, str],
               thresholds: list[float]) -> pd.DataFrame:
    """Exact Jaccard and its MinHash estimate (and the containment each gives) over the positive pairs
    (copy, original; and copies the corpus itself holds) and the negative pairs of different articles of
    one topic; precision and recall of each measure at each threshold."""
    shingled = {d.doc_id: duplicates.shingles(d.text) for d in documents}
    sketches = {k: duplicates.signature(v) for k, v in shingled.items()}
    originals = [d.doc_id for d in documents if d.doc_id in topic_of]
    pairs = [(d.doc_id, _article(d.doc_id)) for d in documents if d.doc_id not in topic_of]
    pairs += [(a, b) for a, b in combinations(originals, 2) if topic_of[a] == topic_of[b]]
    rows = []
    for a, b in pairs:
        exact = duplicates.exact_jaccard(shingled[a], shingled[b])
        estimate = sketches[a].jaccard(sketches[b])
        sizes = len(shingled[a]), len(shingled[b])
        rows.append((exact, estimate, containment(exact, *sizes), containment(estimate, *sizes),
                     family[a] == family[b]))
    frame = pd.DataFrame(rows, columns=["exact", "minhash", "exact containment", "minhash containment", "positive"])
    lines = []
    for t in thresholds:
        line = {"threshold": t}
        for column in ("exact", "minhash", "exact containment", "minhash containment"):
            said = frame[column] >= t
            hits = int((said & frame["positive"]).sum())
            line[f"{column} P"] = hits / said.sum() if said.sum() else 1.0
            line[f"{column} R"] = hits / frame["positive"].sum()
        lines.append(line)
    table = pd.DataFrame(lines)
    table.attrs["pairs"] = (int(frame["positive"].sum()), int((~frame["positive"]).sum()))
    table.attrs["error"] = float((frame["minhash"] - frame["exact"]).abs().mean())
    table.attrs["max negative"] = float(frame.loc[~frame["positive"], "exact"].max())
    return table


def _article(copy_id: str) -> str:
    return copy_id.split("~")[0]


def topics_arg(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--topics", type=topics_arg, default=topics_arg("1-35"), help="ECB+ topics (e.g. 1-35)")
    parser.add_argument("--bbc", type=int, default=100, help="BBC validation articles to add")
    parser.add_argument("--threshold", type=float, default=duplicates.THRESHOLD)
    args = parser.parse_args()
    articles = ecb_articles(args.corpora / "ecbplus", args.topics) + bbc_articles(args.corpora / "bbc", args.bbc)
    natural, found = natural_families(articles)
    documents, family = build_set(articles, natural)
    topic_of = {name: topic for name, topic, _ in articles}
    print(f"the corpora's own republished copies: {found} pairs of one topic (sentence alignment), "
          f"in {len(set(natural.values()))} families of {len(articles)} articles")
    print(f"{len(articles)} articles ({len(args.topics)} ECB+ topics, {args.bbc} BBC), "
          f"{len(documents) - len(articles)} copies; shingles of {duplicates.SHINGLE_WORDS} words, "
          f"{duplicates.NUM_PERM} permutations")
    table = pair_table(documents, family, topic_of, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    positives, negatives = table.attrs["pairs"]
    print(f"pairs: {positives} positive (copy, original), {negatives} negative (different stories, one topic); "
          f"MinHash vs exact Jaccard mean abs error {table.attrs['error']:.3f}; "
          f"highest exact Jaccard of a negative pair {table.attrs['max negative']:.3f}")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    scores = corpus_scores(documents, family, args.threshold)
    print("by edit (recall): " + ", ".join(f"{e} {scores[f'recall {e}']:.3f}" for e in EDITS))
    print(f"whole corpus at threshold {args.threshold}: {scores['found']} copies found, {scores['right']} right, "
          f"{scores['expected']} expected in {scores['seconds']:.1f} s — "
          f"precision {scores['precision']:.3f} recall {scores['recall']:.3f}")


if __name__ == "__main__":
    main()
