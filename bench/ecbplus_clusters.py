"""Cross-source clusters scored on ECB+ document pairs, against TF-IDF baselines.

ECB+ topics each hold two different real-world happenings of one kind (``*ecb.xml``
tell one, ``*ecbplus.xml`` the other). Two documents should be linked when they
tell the same happening: same topic and same half. Explorer links two documents
when one of its clusters holds events of both. The baselines are what a user could
script in minutes: TF-IDF vectors of whole documents, grouped by agglomerative
clustering (single link, and average link) at a cosine threshold tuned on the same
topics it is scored on — an optimistic baseline, as in the issue. Explorer's own
thresholds were tuned on topics 1-10 only (``--sweep`` shows that tuning), so
topics 11-35 are held out:

    .venv/bin/python bench/ecbplus_clusters.py --topics 1-10 --sweep
    .venv/bin/python bench/ecbplus_clusters.py --topics 11-35

Events are scored too, as event pairs: the gold is ECB+'s action mentions
(``ACTION_*`` and ``NEG_ACTION_*``) that ``CROSS_DOC_COREF`` links to one instance,
paired across documents. Explorer's events are aligned to gold actions by their
trigger offsets (an event whose trigger overlaps a token of a gold action mention
stands for it); over the aligned events, a predicted pair is two events of
different documents in one cluster, a gold pair two events of different documents
whose actions are one instance. Pairwise P/R/F1 say whether clusters hold the same
happening's events and keep other happenings' events out; the line also says how
many gold mentions were aligned (extraction finding the event at all is not
scored here). ``--tables FILE`` keeps the extracted tables in a pickle and reuses
them, so a change to clustering alone is measured in seconds. ``--senses 0`` clusters
without WordNet's knowledge of actions (``extract/wordnet.py``), to see what it adds.

Clusters are made again as extraction makes them: near-duplicates (``copy_of``) are
left out. A near-duplicate counts as linked with its original and with what its
original is linked to, as the window shows it with its original; its own events are
in no cluster and count as missed event pairs.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import explorer.core.extract.clusters.documents as cluster_documents  # noqa: E402
import explorer.core.extract.wordnet as cluster_lexicon  # noqa: E402
from explorer.core.build.local import build_workspace  # noqa: E402
from explorer.core.extract.clusters.linkage import average_link  # noqa: E402
from explorer.core.extract.clusters.cluster import cluster_events  # noqa: E402

# ../shared/corpora beside the repository, or the folder EXPLORER_CORPORA names (as for the tests)
CORPORA = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora")
DEFAULT_CORPUS = CORPORA / "ecbplus"
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "''", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "$"}


def detokenise(path: Path) -> str:
    """Plain text from ECB+'s one-token-per-element XML, one sentence per line."""
    lines: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        lines.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    return "\n".join(_join(words) for _, words in sorted(lines.items())) + "\n"


def _join(words: list[str]) -> str:
    out = ""
    for word in words:
        word = {"``": "\u201c", "''": "\u201d"}.get(word, word)
        glue = not out or out[-1] in "(\u201c[{$" or word in NO_SPACE_BEFORE or word in ("\u201d",)
        out += word if glue else " " + word
    return out


def topic_files(corpus: Path, topics: list[int]) -> dict[str, tuple[int, str]]:
    """File name → (topic, half) for the chosen topics."""
    files = {}
    for topic in topics:
        for path in sorted((corpus / str(topic)).glob("*.xml")):
            half = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            files[path.name] = (topic, half)
    return files


def pair_scores(predicted: set[frozenset], gold: set[frozenset]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def explorer_pairs(tables, name_of_doc: dict[str, str]) -> set[frozenset]:
    """Documents one cluster holds, a near-duplicate (``copy_of``) standing with its original.

    Extraction stores a near-duplicate but leaves it out of the clusters (it would weigh its
    story's words twice); the window shows it with its original ("also published by"), so it is
    linked to its original and to what its original is linked to.
    """
    copies: dict[str, set[str]] = {}
    documents = tables.get("documents")
    if documents is not None and "copy_of" in documents.columns:
        for row in documents.itertuples():
            if row.copy_of:
                copies.setdefault(row.copy_of, set()).add(row.doc_id)
    pairs = set()
    groups = [set(doc_ids) for doc_ids in tables["clusters"]["doc_ids"]] + [{o, *c} for o, c in copies.items()]
    for doc_ids in groups:
        names = sorted({name_of_doc[d] for d in doc_ids | {c for d in doc_ids for c in copies.get(d, ())}})
        pairs.update(frozenset(p) for p in combinations(names, 2))
    return pairs


def tfidf_pairs(texts: dict[str, str], threshold: float, sims: np.ndarray | None = None) -> set[frozenset]:
    """Single link: documents joined by any chain of pairs at or above the threshold."""
    names = sorted(texts)
    sims = _cosine_matrix([texts[n] for n in names]) if sims is None else sims
    parent = list(range(len(names)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.where(np.triu(sims, 1) >= threshold)):
        parent[find(i)] = find(j)
    groups: dict[int, list[str]] = {}
    for i, name in enumerate(names):
        groups.setdefault(find(i), []).append(name)
    return {frozenset(p) for g in groups.values() for p in combinations(g, 2)}


def tfidf_average_pairs(texts: dict[str, str], threshold: float, sims: np.ndarray) -> set[frozenset]:
    """Average link: groups merge while the mean similarity of all their cross pairs reaches the threshold."""
    names = sorted(texts)
    rows, cols = np.where(np.triu(sims, 1) > 0)
    edges = {(names[i], names[j]): float(sims[i, j]) for i, j in zip(rows, cols)}
    return {frozenset(p) for g in average_link(names, edges, threshold) for p in combinations(sorted(g), 2)}


def best_baseline(texts: dict[str, str], gold: set[frozenset], pairs_at) -> tuple[float, tuple[float, float, float]]:
    """The threshold (and its scores) at which a baseline does best on these very topics."""
    sims = _cosine_matrix([texts[n] for n in sorted(texts)])
    scored = ((t, pair_scores(pairs_at(texts, t, sims), gold)) for t in np.arange(0.025, 0.9, 0.0125))
    return max(scored, key=lambda item: item[1][2])


def action_mentions(path: Path, topic: int, text: str) -> dict[str, list[tuple[tuple[int, int], tuple[int, str]]]]:
    """Gold actions of one file that CROSS_DOC_COREF links to an instance: m_id → (token spans, (topic, instance))."""
    root = ET.parse(path).getroot()
    offsets = token_offsets(root, text)
    markables = root.find("Markables")
    anchors = {m.get("m_id"): [offsets[a.get("t_id")] for a in m.iter("token_anchor")]
               for m in (markables if markables is not None else []) if "ACTION" in m.tag}
    found = {}
    for relation in root.iter("CROSS_DOC_COREF"):
        if relation.get("note", "")[:3] in ("ACT", "NEG"):
            for source in relation.iter("source"):
                if source.get("m_id") in anchors:
                    found[source.get("m_id")] = [(span, (topic, relation.get("note", ""))) for span in anchors[source.get("m_id")]]
    return found


def token_offsets(root, text: str) -> dict[str, tuple[int, int]]:
    """Each token's span in ``detokenise``'s text, found in reading order."""
    spans, cursor = {}, 0
    for token in sorted(root.iter("token"), key=lambda t: int(t.get("sentence", "0"))):
        word = _join([token.text or ""])
        start = text.find(word, cursor) if word else cursor
        spans[token.get("t_id")] = (start, start + len(word))
        cursor = start + len(word)
    return spans


def event_pair_scores(tables, files: dict, texts: dict[str, str], corpus: Path) -> tuple[tuple[float, float, float], str]:
    """Pairwise P/R/F1 over cross-document pairs of events aligned to gold actions, and a note on the alignment."""
    names = {row.doc_id: row.name.replace(".txt", ".xml") for row in tables["documents"].itertuples()}
    gold_of: dict[str, list[tuple[tuple[int, int], tuple[int, str]]]] = {}
    total = 0
    for name, (topic, _) in files.items():
        mentions = action_mentions(corpus / str(topic) / name, topic, texts[name])
        total += len(mentions)
        gold_of[name] = [(span, key) for spans in mentions.values() for span, key in spans]
    aligned: dict[tuple[str, int, int], tuple[str, tuple[int, str], str]] = {}
    for event in tables["events"].itertuples():
        name = names[event.doc_id]
        for (start, end), key in gold_of.get(name, []):
            if start < event.trigger_end and event.trigger_start < end:
                aligned.setdefault((name, start, end), (name, key, event.cluster_id or ""))
                break
    rows = sorted(aligned.values())
    predicted, gold = set(), set()
    for i, (doc_a, key_a, cluster_a) in enumerate(rows):
        for j in range(i + 1, len(rows)):
            doc_b, key_b, cluster_b = rows[j]
            if doc_a == doc_b:
                continue
            if cluster_a and cluster_a == cluster_b:
                predicted.add((i, j))
            if key_a == key_b:
                gold.add((i, j))
    note = f"{len(rows)} events aligned to gold actions (of {total} coreferent action mentions), {len(gold)} gold pairs"
    return pair_scores(predicted, gold), note


def rerun_clusters(tables) -> pd.DataFrame:
    """The clusters table again from the built tables (after a parameter change)."""
    return recluster(tables)["clusters"]


def only_files(tables, files: dict) -> dict:
    """The tables cut down to the documents written from ``files`` (a pickle may hold more topics)."""
    keep = {row.doc_id for row in tables["documents"].itertuples() if row.name.replace(".txt", ".xml") in files}
    return {name: table[table["doc_id"].isin(keep)] if "doc_id" in table.columns else table
            for name, table in tables.items()}


def recluster(tables) -> dict:
    """The tables with events' ``cluster_id`` and the clusters table made again by the current code."""
    events = tables["events"].to_dict("records")
    documents = tables["documents"]
    if "copy_of" in documents.columns:  # as extraction does: near-duplicates are left out of the clusters
        documents = documents[documents["copy_of"].fillna("") == ""]
    rows = cluster_events(
        events, documents.to_dict("records"), tables["mentions"].to_dict("records"),
        tables["timexes"].to_dict("records"), tables["entities"].to_dict("records"),
    )
    columns = ["cluster_id", "label", "date_start", "date_end", "doc_ids", "event_ids", "confidence", "conflict"]
    return {**tables, "events": pd.DataFrame(events), "clusters": pd.DataFrame(rows, columns=columns)}


def sweep(tables, name_of_doc: dict[str, str], gold: set[frozenset]) -> None:
    """F1 over a grid of the document step's threshold and split ratio (the tuning behind the defaults)."""
    saved = cluster_documents.THRESHOLD, cluster_documents.SPLIT_RATIO
    thresholds = [0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12]
    print("  F1 by document threshold (columns) and split ratio (rows):")
    print("        " + "".join(f"{t:>7.2f}" for t in thresholds))
    for ratio in (0.0, 0.3, 0.35, 0.4, 0.45, 0.5):
        cells = []
        for threshold in thresholds:
            cluster_documents.THRESHOLD, cluster_documents.SPLIT_RATIO = threshold, ratio
            cells.append(pair_scores(explorer_pairs({**tables, "clusters": rerun_clusters(tables)}, name_of_doc), gold)[2])
        print(f"  {ratio:5.2f} " + "".join(f"{f:7.1%}" for f in cells))
    cluster_documents.THRESHOLD, cluster_documents.SPLIT_RATIO = saved


def _cosine_matrix(texts: list[str]) -> np.ndarray:
    tokenised = [Counter(re.findall(r"[a-z]{3,}", t.lower())) for t in texts]
    df = Counter(w for counts in tokenised for w in counts)
    vocab = {w: i for i, w in enumerate(sorted(df))}
    matrix = np.zeros((len(texts), len(vocab)))
    for row, counts in enumerate(tokenised):
        for word, count in counts.items():
            matrix[row, vocab[word]] = (1 + math.log(count)) * math.log(len(texts) / df[word])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms == 0, 1, norms)
    return matrix @ matrix.T


def extract(texts: dict[str, str], workers: int) -> dict:
    """Explorer's tables for the texts, each written as ``<file stem>.txt``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ecbplus"
        folder.mkdir()
        for name, text in texts.items():
            (folder / f"{Path(name).stem}.txt").write_text(text, encoding="utf-8")
        tables = build_workspace([folder], Path(tmp) / "ecb.explorer", workers=workers).tables
    return {name: table.copy() for name, table in tables.items()}


def parse_topics(text: str) -> list[int]:
    topics = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        topics.extend(range(int(first), int(last or first) + 1))
    return topics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--topics", default="1-5", help="e.g. 1-5 or 1,3,7-9 (default 1-5)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--tables", type=Path,
                        help="pickle of the extracted tables: written after extraction, reused (clusters made again) when present")
    parser.add_argument("--senses", type=int,
                        help="WordNet senses counted per word (default: the code's own, lexicon.SENSES; 0: no WordNet)")
    parser.add_argument("--sweep", action="store_true",
                        help="also print F1 over a grid of Explorer's document threshold and split ratio")
    args = parser.parse_args()
    if args.senses is not None:
        cluster_lexicon.SENSES = args.senses  # read at each lookup: set before any clustering
    files = topic_files(args.corpus, [t for t in parse_topics(args.topics) if (args.corpus / str(t)).is_dir()])
    texts = {name: detokenise(args.corpus / str(topic) / name) for name, (topic, _) in files.items()}
    gold = {frozenset((a, b)) for a, b in combinations(sorted(files), 2) if files[a] == files[b]}
    if args.tables and args.tables.exists():
        tables = recluster(only_files(pickle.loads(args.tables.read_bytes()), files))
    else:
        tables = extract(texts, args.workers)
        if args.tables:
            args.tables.write_bytes(pickle.dumps(tables))
    name_of_doc = {row.doc_id: row.name.replace(".txt", ".xml") for row in tables["documents"].itertuples()}
    ours = pair_scores(explorer_pairs(tables, name_of_doc), gold)
    print(f"ECB+ topics {args.topics}: {len(files)} documents, {len(gold)} gold same-happening pairs")
    print(f"  {'explorer clusters, document pairs':<36} P {ours[0]:6.1%}  R {ours[1]:6.1%}  F1 {ours[2]:6.1%}")
    (p, r, f), note = event_pair_scores(tables, files, texts, args.corpus)
    print(f"  {'explorer clusters, event pairs':<36} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}  ({note})")
    for name, pairs_at in (("single", tfidf_pairs), ("average", tfidf_average_pairs)):
        threshold, (p, r, f) = best_baseline(texts, gold, pairs_at)
        print(f"  {'TF-IDF %s link (best t=%.3f)' % (name, threshold):<36} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
    if args.sweep:
        sweep(tables, name_of_doc, gold)


if __name__ == "__main__":
    main()
