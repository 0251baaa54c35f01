"""What ``explorer add`` costs: adding M articles to an N-article workspace vs extracting all N + M again.

The issue's target: adding 100 articles to a 10,000-article workspace costs about the
100 articles' extraction plus the corpus steps (entities, relations, clusters over
everything), not a re-extraction. Articles are real: BBC News (train and val) and
ECB+ (detokenised). Past the real ones (about 2,900), more are made by recombining
real articles' sentences (each made article takes whole sentences from four real
ones), so no two are near-duplicates that the workspace would fold into one.

One run: the base workspace is extracted (set-up, timed), then ``add_documents`` of
the M new articles onto a copy of it (timed, with its phases: reading, the model on
the new articles, the corpus steps and the save), then ``build_workspace`` of all
N + M (timed). It prints both times and the ratio, and appends them to
``bench/results/add_cost.csv``.

    .venv/bin/python bench/add_cost.py --base 2000 --add 100
    .venv/bin/python bench/add_cost.py --base 10000 --add 100 --workers 2
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from results_csv import append_rows, utc_stamp  # noqa: E402
from explorer.core.build.add import add_documents  # noqa: E402
from explorer.core.build.local import build_workspace  # noqa: E402
from explorer.core.extract.nlp import load_pipeline  # noqa: E402

CORPORA = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora")
RESULTS = REPO / "bench" / "results" / "add_cost.csv"
FIELDS = ["date", "machine", "base", "added", "workers", "figure", "value", "unit"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def real_articles(corpora: Path) -> list[str]:
    """Every BBC News article (train, then val) and every ECB+ article, as plain text."""
    texts = []
    for split in ("train", "val"):
        path = corpora / "bbc" / f"{split}.csv"
        if path.exists():
            texts += [str(t) for t in pd.read_csv(path)["text"]]
    ecb = corpora / "ecbplus"
    if ecb.is_dir():
        from ecbplus_clusters import detokenise
        texts += [detokenise(p) for p in sorted(ecb.glob("*/*.xml"))]
    return texts


def articles(corpora: Path, count: int, seed: int = 11) -> list[str]:
    """``count`` articles: the real ones shuffled, then ones recombined from their sentences."""
    rng = random.Random(seed)
    real = real_articles(corpora)
    if len(real) < 4:
        raise SystemExit(f"no corpora at {corpora} (--corpora or EXPLORER_CORPORA)")
    rng.shuffle(real)
    made = []
    while len(real) + len(made) < count:
        sources = rng.sample(real, 4)
        parts = [SENTENCE_END.split(" ".join(t.split()))for t in sources]
        made.append(" ".join(s for p in parts for s in p[: max(2, len(p) // 4)]))
    return (real + made)[:count]


def write(texts: list[str], folder: Path, prefix: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(texts):
        (folder / f"{prefix}_{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder


class Phases:
    """Seconds spent in each phase a build reports (read, extract, corpus steps, save)."""

    def __init__(self) -> None:
        self.started = self.mark = self.last_batch = time.perf_counter()
        self.phase = "load"
        self.seconds: dict[str, float] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if phase == "save" and self.phase == "extract":  # the corpus steps run from the last batch to the save
            self._close("extract", self.last_batch)
            self.phase = "corpus"
        if phase != self.phase:
            self._close(self.phase, now)
            self.phase = phase
        if phase == "extract":
            self.last_batch = now

    def _close(self, phase: str, at: float) -> None:
        self.seconds[phase] = self.seconds.get(phase, 0.0) + at - self.mark
        self.mark = at

    def finish(self) -> dict[str, float]:
        self._close(self.phase, time.perf_counter())
        return self.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--base", type=int, default=2000, help="articles in the workspace (default 2000)")
    parser.add_argument("--add", type=int, default=100, help="articles added (default 100)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    texts = articles(args.corpora, args.base + args.add)
    with tempfile.TemporaryDirectory(prefix="add_cost_") as tmp:
        root = Path(tmp)
        base, new = write(texts[:args.base], root / "base", "base"), write(texts[args.base:], root / "new", "new")
        load_pipeline()  # loaded once, outside every timing
        started = time.perf_counter()
        build_workspace([base], root / "case.explorer", workers=args.workers)
        setup = time.perf_counter() - started
        shutil.copy(root / "case.explorer", root / "grown.explorer")
        phases = Phases()
        started = time.perf_counter()
        result = add_documents(root / "grown.explorer", [new], workers=args.workers, on_progress=phases)
        add_seconds = time.perf_counter() - started
        parts = phases.finish()
        started = time.perf_counter()
        full = build_workspace([base, new], root / "full.explorer", workers=args.workers)
        full_seconds = time.perf_counter() - started
    ratio = add_seconds / full_seconds
    print(f"{args.base} articles + {args.add} added, {args.workers} worker(s); {len(full.tables['documents'])} "
          f"documents, {len(full.tables['events'])} events, {len(full.tables['clusters'])} clusters")
    print(f"base workspace extracted in {setup:.1f} s (set-up)")
    print(f"add {args.add}: {add_seconds:.1f} s — " + ", ".join(f"{k} {v:.1f} s" for k, v in parts.items())
          + f" ({result.added} new, {result.already_held} already held, {result.copies} copies)")
    print(f"full re-extraction of {args.base + args.add}: {full_seconds:.1f} s")
    print(f"add / full: {ratio:.3f} ({full_seconds / add_seconds:.1f}x faster)")
    rows = [["add_seconds", add_seconds, "s"], ["full_seconds", full_seconds, "s"], ["ratio_add_vs_full", ratio, ""],
            *[[f"add_{k}_seconds", v, "s"] for k, v in parts.items()]]
    machine = f"{platform.machine()} {os.cpu_count()} cpu"
    append_rows(args.results, FIELDS, [[utc_stamp(), machine, args.base, args.add, args.workers, name,
                                        f"{value:.3f}", unit] for name, value, unit in rows])


if __name__ == "__main__":
    main()
