"""Cluster purity on unseen news: do Explorer's clusters each hold one real happening?

A fixed random sample of 40 BBC val articles (``../shared/corpora/bbc/val.csv``,
seed 16) is written as a folder (as ``bbc_folder.py`` does: one ``.txt`` per row,
a ``.meta.json`` naming the outlet; the corpus has no publication dates) and
extracted. Each cluster is printed with its label, confidence, its documents'
categories and headlines and its events' sentences, so that a reader can judge
whether it is one real happening or unrelated stories joined. The judgements are
written by hand in ``docs/clusters_judged.md`` (one table row per cluster, its
documents named); ``purity_rows`` reads them back for the clusters found now.

Rows (``purity_rows() -> list[dict]``, keys ``data set``, ``metric``,
``explorer``, ``baseline``):

- clusters found (baseline: groups of two or more documents from TF-IDF average
  link at the threshold that did best on ECB+ topics 1-35, 0.188);
- clusters whose documents all share one BBC category, a judgement-free floor on
  purity (two categories in one cluster are surely two stories);
- clusters judged one real happening in ``docs/clusters_judged.md`` (``n/m``; a
  cluster found now that the file does not judge is counted as unjudged).

With ``--tables`` the clusters are made again by the current code from the stored
extraction, as extraction makes them (near-duplicates left out).

    .venv/bin/python bench/eval_cluster_purity.py            # print clusters and rows
    .venv/bin/python bench/eval_cluster_purity.py --tables /tmp/bbc40.pkl   # reuse an extraction
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
for folder in (REPO, BENCH):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import bbc_folder  # noqa: E402

SAMPLE_SIZE = 40
SEED = 16
SPLIT = "val"
BASELINE_THRESHOLD = 0.188  # TF-IDF average link's best threshold on ECB+ topics 1-35 (docs/clusters.md)
JUDGED = REPO / "docs" / "clusters_judged.md"
DATASET = f"BBC val · {SAMPLE_SIZE} articles (seed {SEED})"
ONE_HAPPENING = "one real happening"


def sample_rows(corpus: Path = bbc_folder.DEFAULT_CORPUS) -> pd.DataFrame:
    """The fixed sample, indexed by row number in the split."""
    rows = pd.read_csv(corpus / f"{SPLIT}.csv")
    return rows.sample(n=SAMPLE_SIZE, random_state=SEED).sort_index()


def write_sample(rows: pd.DataFrame, output: Path) -> None:
    """One file per article, named by split and row number like ``bbc_folder``, with the outlet sidecar."""
    output.mkdir(parents=True, exist_ok=True)
    for number, row in rows.iterrows():
        name = f"{SPLIT}_{number:04d}.txt"
        (output / name).write_text(row.text, encoding="utf-8")
        (output / f"{name}.meta.json").write_text(json.dumps({"source": "BBC", "category": row.category}), encoding="utf-8")


def extract_sample(rows: pd.DataFrame, cache: Path | None = None) -> dict:
    """Explorer's tables for the sample (read from ``cache`` when it exists, written to it otherwise)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    from explorer.core.extract.pipeline.runner import extract_documents
    from explorer.core.ingest import read_documents

    with tempfile.TemporaryDirectory() as tmp:
        write_sample(rows, Path(tmp))
        tables = extract_documents(read_documents([Path(tmp)]).documents)
    tables = {name: table.copy() for name, table in tables.items()}
    if cache is not None:
        cache.write_bytes(pickle.dumps(tables))
    return tables


def recluster(tables: dict) -> dict:
    """The clusters made again by the current clustering code from the extracted tables."""
    from explorer.core.extract.clusters.cluster import cluster_events

    events = tables["events"].to_dict("records")
    documents = tables["documents"]
    if "copy_of" in documents.columns:  # as extraction does: near-duplicates are left out of the clusters
        documents = documents[documents["copy_of"].fillna("") == ""]
    rows = cluster_events(events, documents.to_dict("records"), tables["mentions"].to_dict("records"),
                          tables["timexes"].to_dict("records"), tables["entities"].to_dict("records"))
    columns = ["cluster_id", "label", "date_start", "date_end", "doc_ids", "event_ids", "confidence", "conflict"]
    return {**tables, "events": pd.DataFrame(events), "clusters": pd.DataFrame(rows, columns=columns)}


def describe(tables: dict, rows: pd.DataFrame) -> str:
    """Every cluster with what a reader needs to judge it."""
    names = dict(zip(tables["documents"]["doc_id"], tables["documents"]["name"]))
    events = tables["events"].set_index("event_id")
    out = []
    for number, cluster in enumerate(tables["clusters"].to_dict("records"), 1):
        out.append(f"\n[{number}] {cluster['label']}   confidence {cluster.get('confidence', 0.0):.2f}")
        for doc_id in cluster["doc_ids"]:
            row = rows.loc[_row_number(names[doc_id])]
            out.append(f"    {names[doc_id]} ({row.category}): {row.text[:100]}")
        for event_id in cluster["event_ids"]:
            event = events.loc[event_id]
            out.append(f"      - {names[event.doc_id]} [{event.trigger}] {event.sentence[:220]}")
    return "\n".join(out) if out else "(no clusters)"


def _row_number(name: str) -> int:
    return int(re.search(r"_(\d+)\.txt$", name).group(1))


def judged_clusters(path: Path = JUDGED) -> dict[frozenset, str]:
    """Document set → judgement, from the AFTER table of ``docs/clusters_judged.md``.

    Rows look like ``| 3 | label | 0.62 | val_0012.txt, val_0200.txt | one real happening | why |``.
    """
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    after = text.split("\n## After", 1)[-1].split("\n## ", 1)[0]
    found = {}
    for line in after.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[3].startswith(SPLIT + "_"):
            found[frozenset(n.strip() for n in cells[3].split(","))] = cells[4]
    return found


def baseline_groups(tables: dict) -> list[list[str]]:
    """TF-IDF average-link groups of two or more documents at the ECB+-tuned threshold."""
    import ecbplus_clusters as ecb

    texts = dict(zip(tables["documents"]["name"], tables["documents"]["text"]))
    names = sorted(texts)
    sims = ecb._cosine_matrix([texts[n] for n in names])
    pairs = ecb.tfidf_average_pairs(texts, BASELINE_THRESHOLD, sims)
    groups: dict[str, set[str]] = {}
    for pair in pairs:
        a, b = sorted(pair)
        merged = groups.get(a, {a}) | groups.get(b, {b})
        for name in merged:
            groups[name] = merged
    return [sorted(g) for g in {frozenset(g) for g in groups.values()}]


def purity_rows(tables: dict | None = None, rows: pd.DataFrame | None = None) -> list[dict]:
    """The purity figures of Explorer and the baseline on the sample (extracted now unless given)."""
    rows = sample_rows() if rows is None else rows
    tables = extract_sample(rows) if tables is None else tables
    names = dict(zip(tables["documents"]["doc_id"], tables["documents"]["name"]))
    category = {f"{SPLIT}_{n:04d}.txt": c for n, c in rows["category"].items()}
    ours = [sorted(names[d] for d in c) for c in tables["clusters"]["doc_ids"]]
    theirs = baseline_groups(tables)
    judged = judged_clusters()
    verdicts = [judged.get(frozenset(c)) for c in ours]
    good = sum(v == ONE_HAPPENING for v in verdicts)
    unjudged = sum(v is None for v in verdicts)
    return [
        {"data set": DATASET, "metric": "clusters found", "explorer": len(ours), "baseline": len(theirs)},
        {"data set": DATASET, "metric": "clusters within one BBC category",
         "explorer": _one_category(ours, category), "baseline": _one_category(theirs, category)},
        {"data set": DATASET, "metric": "clusters judged one real happening (docs/clusters_judged.md)",
         "explorer": f"{good}/{len(ours)}" + (f" ({unjudged} unjudged)" if unjudged else ""), "baseline": "—"},
    ]


def _one_category(groups: list[list[str]], category: dict[str, str]) -> str:
    return f"{sum(len({category[n] for n in g}) == 1 for g in groups)}/{len(groups)}"


def same_story_pairs(tables: dict) -> int:
    """Document pairs Explorer links (for the printout)."""
    return len({frozenset(p) for c in tables["clusters"]["doc_ids"] for p in combinations(sorted(c), 2)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", type=Path, help="pickle of the extracted tables: written once, then reused")
    args = parser.parse_args()
    rows = sample_rows()
    tables = extract_sample(rows, args.tables)
    if args.tables is not None:
        tables = recluster(tables)
    print(describe(tables, rows))
    print(f"\n{same_story_pairs(tables)} document pairs linked")
    for row in purity_rows(tables, rows):
        print(f"{row['data set']} | {row['metric']}: Explorer {row['explorer']}, baseline {row['baseline']}")


if __name__ == "__main__":
    main()
