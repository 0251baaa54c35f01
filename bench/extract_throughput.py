"""Extraction throughput: Explorer's whole extraction vs a bare ``nlp.pipe`` (issue 8, benchmark 1).

spaCy is the cost; everything of ours (ingest, furniture, time expressions, events,
entities, relations, clusters, the workspace write) is overhead on top of it. On
the same texts, in one run, this measures four things, in words per second:

1. a bare ``nlp.pipe`` of the same model (batch 16, one process, model loaded first);
2. Explorer's ``build_workspace`` with one worker (model loaded first, and warmed by building the five
   seeds once, like 1.'s two texts: the seeds' build, the process's first, is printed on its own as
   ``explorer_start_up_seconds`` — the imports and word lists a one-off ``explorer extract`` pays once);
3. Explorer with ``--workers`` processes (each loads the model: that is part of its cost);
4. a bare ``nlp.pipe`` with ``n_process`` equal to ``--workers`` (spaCy's own speed-up).

It prints them with the ratio Explorer / bare pipe (target ≥ 0.8) and both
speed-ups, and appends one CSV row per figure to ``bench/results/extract_throughput.csv``.

    .venv/bin/python bench/extract_throughput.py --bbc 300            # 300 real BBC articles
    .venv/bin/python bench/extract_throughput.py --copies 1           # the five seeds (the smoke test's run)

Copies of the same articles are near-duplicates: Explorer keeps one of each for extraction and the
bare pipe parses them all, so ``--copies`` above 1 would not compare like with like and is refused.
    .venv/bin/python bench/extract_throughput.py --folder some/articles --workers 2
    .venv/bin/python bench/extract_throughput.py --bbc 100 --profile /tmp/extract.html   # pyinstrument, 1 worker
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import spacy  # noqa: E402

from bbc_folder import DEFAULT_CORPUS, write_folder  # noqa: E402
from results_csv import append_rows, utc_stamp  # noqa: E402
from explorer.core.build.local import build_workspace  # noqa: E402
from explorer.core.extract.nlp import MODEL_NAME, load_pipeline  # noqa: E402
from explorer.core.extract.pipeline import runner  # noqa: E402
from explorer.core.ingest import read_documents  # noqa: E402

RESULTS = REPO / "bench" / "results" / "extract_throughput.csv"
FIELDS = ["date", "machine", "corpus", "words", "figure", "value", "unit"]
TARGET = 0.8
BARE_BATCH = 16


def make_corpus(folder: Path, copies: int, into: Path) -> Path:
    """``copies`` copies of every document in ``folder``, each under a new name."""
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"}]
    for n in range(copies):
        for path in files:
            shutil.copy(path, into / f"{n:04d}_{path.name}")
    return into


class Clock:
    """Wall seconds, and this process's CPU seconds (steadier than wall time on a shared machine)."""

    def __enter__(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def bare_pipe(texts: list[str], processes: int) -> Clock:
    """A plain ``nlp.pipe`` over the texts (the model loaded and warmed up first)."""
    nlp = spacy.load(MODEL_NAME)
    list(nlp.pipe(texts[:2]))
    with Clock() as clock:
        for _ in nlp.pipe(texts, batch_size=BARE_BATCH, n_process=processes):
            pass
    return clock


def warm_up(tmp: Path) -> Clock:
    """Explorer's first build in the process, of the five seeds (not the measured texts): what it costs once."""
    list(load_pipeline().pipe(["Warm up."]))
    output = tmp / "warm.explorer"
    with Clock() as clock:
        build_workspace([REPO / "seeds"], output, workers=1)
    output.unlink()
    return clock


def explorer_run(corpus: Path, output: Path, workers: int, profile: Path | None = None) -> Clock:
    """The whole build (read, extract, save); the model is loaded first, as for the bare pipe."""
    list(load_pipeline().pipe(["Warm up."]))
    if output.exists():
        output.unlink()
    profiler = _profiler() if profile else None
    with Clock() as clock:
        build_workspace([corpus], output, workers=workers)
    if profiler is not None:
        profiler.stop()
        profile.write_text(profiler.output_html(), encoding="utf-8")
        print(profiler.output_text(unicode=False, color=False))
    return clock


def _profiler():
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    return profiler


def machine() -> str:
    """Where the figures were measured: host, system, CPU count (the figures depend on it) and Python."""
    return (f"{platform.node()} {platform.system()} {platform.machine()} {os.cpu_count()} cpus "
            f"Python {platform.python_version()}")


def measure(corpus: Path, texts: list[str], workers: int, tmp: Path, rounds: int,
            profile: Path | None) -> dict[str, Clock]:
    """Each of the four runs (in the order the module docstring gives), the fastest of ``rounds``.

    With one worker the last two runs would be the first two again: they are not run, so the
    one-worker figures are each round's first build in the process (its first-use loads included,
    as a user's ``explorer extract`` pays them), not a second, warmer build."""
    best: dict[str, Clock] = {"explorer_start_up": warm_up(tmp)}
    for _round in range(rounds):
        clocks = {"bare_pipe_1": bare_pipe(texts, 1),
                  "explorer_1": explorer_run(corpus, tmp / "one.explorer", 1, profile if _round == 0 else None)}
        if workers != 1:
            clocks[f"explorer_{workers}"] = explorer_run(corpus, tmp / "many.explorer", workers)
            clocks[f"bare_pipe_{workers}"] = bare_pipe(texts, workers)
        best.update({name: min(clock, best.get(name, clock), key=lambda c: c.wall) for name, clock in clocks.items()})
    return best


def figures(clocks: dict[str, Clock], words: int, workers: int) -> list[tuple[str, float, str]]:
    """(figure, value, unit) rows: seconds and words/s for each run, then the ratios."""
    seconds = {name: clock.wall for name, clock in clocks.items() if name != "explorer_start_up"}
    rows = [("explorer_start_up_seconds", clocks["explorer_start_up"].wall, "s")] if "explorer_start_up" in clocks else []
    for name, value in seconds.items():
        rows += [(f"{name}_seconds", value, "s"), (f"{name}_words_per_second", words / value, "words/s")]
    rows += [(f"{name}_cpu_seconds", clocks[name].cpu, "s") for name in ("bare_pipe_1", "explorer_1")]
    rows += [
        ("ratio_explorer_1_vs_bare_pipe_1", seconds["bare_pipe_1"] / seconds["explorer_1"], "x"),
        ("ratio_explorer_1_vs_bare_pipe_1_cpu", clocks["bare_pipe_1"].cpu / clocks["explorer_1"].cpu, "x"),
        (f"speedup_explorer_{workers}_vs_1", seconds["explorer_1"] / seconds[f"explorer_{workers}"], "x"),
        (f"speedup_bare_pipe_{workers}_vs_1", seconds["bare_pipe_1"] / seconds[f"bare_pipe_{workers}"], "x"),
        (f"ratio_explorer_{workers}_vs_bare_pipe_{workers}",
         seconds[f"bare_pipe_{workers}"] / seconds[f"explorer_{workers}"], "x"),
    ]
    return rows


def report(rows: list[tuple[str, float, str]], corpus: str, words: int, documents: int) -> None:
    print(f"corpus: {corpus}: {documents} documents, {words} words; model {MODEL_NAME}; {machine()}")
    for figure, value, unit in rows:
        text = f"{value:9.2f} {unit}" if unit in ("s", "x") else f"{value:9.0f} {unit}"
        print(f"  {figure:<42} {text}")
    values = {figure: value for figure, value, _unit in rows}
    for clock in ("", "_cpu"):
        ratio = values[f"ratio_explorer_1_vs_bare_pipe_1{clock}"]
        print(f"Explorer (1 worker) / bare nlp.pipe (1 process), {'CPU' if clock else 'wall'} time: {ratio:.2f}, "
              f"target ≥ {TARGET} {'MET' if ratio >= TARGET else 'NOT MET'}")


def append_csv(path: Path, rows: list[tuple[str, float, str]], corpus: str, words: int) -> None:
    stamp = utc_stamp()
    append_rows(path, FIELDS, [[stamp, machine(), corpus, words, figure, f"{value:.4f}", unit]
                               for figure, value, unit in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=REPO / "seeds", help="documents to repeat (default: the seeds)")
    parser.add_argument("--copies", type=int, default=1, help="copies of --folder (1: copies fold as near-duplicates)")
    parser.add_argument("--bbc", type=int, metavar="N", help="use the first N BBC News articles instead of --folder")
    parser.add_argument("--workers", type=int, default=2, help="processes for runs 3 and 4 (default 2)")
    parser.add_argument("--docs-per-batch", type=int,
                        help="override Explorer's documents per batch (runner.DOCS_PER_BATCH)")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the four runs, keep each one's fastest")
    parser.add_argument("--profile", type=Path, metavar="HTML", help="profile the 1-worker run with pyinstrument")
    parser.add_argument("--results", type=Path, default=RESULTS, help="CSV to append to")
    parser.add_argument("--no-csv", action="store_true")
    args = parser.parse_args()
    if args.copies > 1 and not args.bbc:
        parser.error("copies of one article are near-duplicates that Explorer extracts once: use --bbc N")
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        # a profiler is no dependency of Explorer's: say so before the runs, not with a traceback after the first
        parser.error("--profile needs pyinstrument, which is not installed: .venv/bin/pip install pyinstrument")
    if args.docs_per_batch:
        runner.DOCS_PER_BATCH = args.docs_per_batch
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        if args.bbc:
            label = f"BBC train, first {write_folder(DEFAULT_CORPUS, 'train', args.bbc, corpus)} articles"
        else:
            corpus.mkdir()
            make_corpus(args.folder, args.copies, corpus)
            label = f"{args.folder.name} x {args.copies}"
        if args.docs_per_batch:
            label += f" (docs per batch {args.docs_per_batch})"
        texts = [d.text for d in read_documents([corpus]).documents]
        words = sum(len(t.split()) for t in texts)
        clocks = measure(corpus, texts, args.workers, Path(tmp), args.rounds, args.profile)
    rows = figures(clocks, words, args.workers)
    report(rows, label, words, len(texts))
    if not args.no_csv:
        append_csv(args.results, rows, label, words)


if __name__ == "__main__":
    main()
