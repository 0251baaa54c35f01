"""Extraction throughput: Explorer's whole extraction vs a bare ``nlp.pipe``.

Reads a folder (default: the seeds) repeated N times, then measures, in the same
run and on the same texts: (1) a bare ``nlp.pipe`` of the spaCy model, and (2)
Explorer's ingest + extraction + workspace write. Prints words per second for both
and their ratio (Explorer / bare pipe; 1.0 means our overhead is nil).

    .venv/bin/python bench/extract_throughput.py --copies 20
    .venv/bin/python bench/extract_throughput.py --folder some/articles --workers 2
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402

from explorer.core.build import build_workspace  # noqa: E402
from explorer.core.extract.nlp import MODEL_NAME  # noqa: E402
from explorer.core.ingest import read_documents  # noqa: E402


def make_corpus(folder: Path, copies: int, into: Path) -> Path:
    """``copies`` copies of every document in ``folder``, each under a new name."""
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"}]
    for n in range(copies):
        for path in files:
            shutil.copy(path, into / f"{n:04d}_{path.name}")
    return into


def bare_pipe(texts: list[str]) -> float:
    """Seconds for a plain ``nlp.pipe`` over the texts (model already loaded)."""
    nlp = spacy.load(MODEL_NAME)
    list(nlp.pipe(texts[:2]))  # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


def explorer_run(corpus: Path, output: Path, workers: int) -> float:
    from explorer.core.extract.nlp import load_pipeline
    load_pipeline()  # load outside the timing, like the bare pipe
    started = time.perf_counter()
    build_workspace([corpus], output, workers=workers)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=REPO / "seeds")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(args.folder, args.copies, corpus)
        texts = [d.text for d in read_documents([corpus]).documents]
        words = sum(len(t.split()) for t in texts)
        bare = bare_pipe(texts)
        ours = explorer_run(corpus, Path(tmp) / "bench.explorer", args.workers)
    print(f"corpus: {len(texts)} documents, {words} words ({args.copies} copies of {args.folder})")
    print(f"bare nlp.pipe ({MODEL_NAME}):   {bare:7.2f} s  {words / bare:8.0f} words/s")
    print(f"explorer extract (workers={args.workers}): {ours:7.2f} s  {words / ours:8.0f} words/s")
    print(f"ratio explorer / bare pipe: {bare / ours:.2f}")


if __name__ == "__main__":
    main()
