"""Write the BBC News articles of ``../shared/corpora/bbc`` as a folder of documents.

One ``.txt`` per row (named by split and row number) with a ``.meta.json`` sidecar
that names the outlet ("BBC") — the corpus has no publication dates, so none is
given. Used to benchmark and test extraction on real text nobody here wrote.
``EXPLORER_CORPORA`` names another folder of corpora, as it does for the tests.

    .venv/bin/python bench/bbc_folder.py --count 300 -o /tmp/bbc
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
# ../shared/corpora beside the repository, or the folder EXPLORER_CORPORA names (as for the tests)
CORPORA = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora")
DEFAULT_CORPUS = CORPORA / "bbc"


def write_folder(corpus: Path, split: str, count: int, output: Path) -> int:
    """Write the first ``count`` articles of ``split``; returns how many were written."""
    rows = pd.read_csv(corpus / f"{split}.csv").head(count)
    output.mkdir(parents=True, exist_ok=True)
    for number, row in enumerate(rows.itertuples()):
        name = f"{split}_{number:04d}.txt"
        (output / name).write_text(row.text, encoding="utf-8")
        meta = {"source": "BBC", "category": row.category}
        (output / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="train", choices=["train", "val"])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    written = write_folder(args.corpus, args.split, args.count, args.output)
    print(f"wrote {written} articles to {args.output}")


if __name__ == "__main__":
    main()
