"""Extraction of a large folder: memory stays bounded as the folder grows, and a cancel loses nothing.

For each size (default 500, 1,000 and 2,000 news articles: the BBC corpus's 1,891
train and validation articles, then ECB+ news documents to make up the rest) the
whole build (`build_workspace`: read, extract, save) runs in a fresh process, which
reports its wall time, words per second and peak memory (its own and its worker
processes', from ``getrusage``). Bounded memory means the peak grows far slower than
the folder: Docs are never kept (``nlp.memory_zone`` per batch), only plain rows.
Then a build of the largest folder onto an existing workspace is cancelled part-way
through extraction: the old workspace must be byte-identical afterwards and no
``.partial`` file left behind.

    .venv/bin/python bench/large_folder.py                      # 500, 1000, 2000 BBC articles
    .venv/bin/python bench/large_folder.py --sizes 20 --workers 1 --results /tmp/r.csv   # a smoke run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from bbc_folder import DEFAULT_CORPUS, write_folder  # noqa: E402
from results_csv import append_rows, utc_stamp  # noqa: E402

RESULTS = REPO / "bench" / "results" / "large_folder.csv"

CHILD = r"""
import json, resource, sys, time
from explorer.core.build.local import build_workspace
started = time.perf_counter()
result = build_workspace([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]))
seconds = time.perf_counter() - started
words = sum(len(t.split()) for t in result.tables["documents"]["text"])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"documents": len(result.tables["documents"]), "events": len(result.tables["events"]),
                  "words": words, "seconds": seconds, "peak_mb": own, "worker_peak_mb": workers}))
"""


def make_folder(size: int, root: Path) -> Path:
    """``size`` real news articles: BBC train, BBC validation, then ECB+ documents."""
    folder = root / f"bbc{size}"
    if folder.exists():
        return folder
    written = write_folder(DEFAULT_CORPUS, "train", size, folder)
    if written < size:
        written += write_folder(DEFAULT_CORPUS, "val", size - written, folder)
    if written < size:
        written += _write_ecbplus(size - written, folder)
    return folder


def _write_ecbplus(count: int, folder: Path) -> int:
    """ECB+ news documents as plain text files (topics in order), to make a folder up to size."""
    from ecbplus_clusters import DEFAULT_CORPUS as ECBPLUS, detokenise

    topics = [p for p in ECBPLUS.glob("*/*.xml") if p.parent.name.isdigit()]
    paths = sorted(topics, key=lambda p: (int(p.parent.name), p.name))[:count]
    for path in paths:
        (folder / f"ecbplus_{path.stem}.txt").write_text(detokenise(path), encoding="utf-8")
    return len(paths)


def measure(folder: Path, output: Path, workers: int) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(output), str(workers)],
                          capture_output=True, text=True, cwd=REPO, timeout=7200)
    if done.returncode != 0:
        raise SystemExit(f"build of {folder} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cancel_keeps_old_workspace(folder: Path, existing: Path) -> dict:
    """Cancel a build onto ``existing`` once a tenth of the documents are extracted."""
    from explorer.core.build.local import build_workspace
    from explorer.core.errors import Cancelled

    before = hashlib.sha256(existing.read_bytes()).hexdigest()
    stop = threading.Event()

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "extract" and total and done >= total // 10:
            stop.set()

    try:
        build_workspace([folder], existing, on_progress=progress, should_cancel=stop.is_set)
        cancelled = False
    except Cancelled:
        cancelled = True
    after = hashlib.sha256(existing.read_bytes()).hexdigest()
    leftovers = list(existing.parent.glob(f".{existing.name}*.partial"))
    return {"cancelled": cancelled, "unchanged": before == after, "leftovers": len(leftovers)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,1000,2000", help="comma-separated article counts")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--label", default="")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    machine = f"{platform.system()} {platform.machine()} Python {platform.python_version()}"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for size in sizes:
            figures = measure(make_folder(size, root), root / f"bbc{size}.explorer", args.workers)
            rate = figures["words"] / figures["seconds"]
            print(f"{figures['documents']:>6,} articles  {figures['words']:>9,} words  {figures['seconds']:7.1f} s  "
                  f"{rate:7,.0f} words/s  peak {figures['peak_mb']:7.0f} MB  workers' peak "
                  f"{figures['worker_peak_mb']:6.0f} MB  {figures['events']:,} events")
            rows.append({**figures, "size": size, "words_per_second": round(rate)})
        largest = max(sizes)
        check = cancel_keeps_old_workspace(make_folder(largest, root), root / f"bbc{min(sizes)}.explorer")
        verdict = "MET" if check["cancelled"] and check["unchanged"] and not check["leftovers"] else "NOT MET"
        print(f"cancel at 10% of {largest:,} articles onto an existing workspace: cancelled={check['cancelled']} "
              f"old workspace unchanged={check['unchanged']} partial files left={check['leftovers']}  {verdict}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"peak memory grew {last['peak_mb'] / first['peak_mb']:.2f}x for {last['size'] / first['size']:.1f}x "
              "the articles")
    write_results(args.results, machine, args.label, rows, check)
    return 0


def write_results(path: Path, machine: str, label: str, rows: list[dict], check: dict) -> None:
    stamp = utc_stamp()
    ok = check["cancelled"] and check["unchanged"] and not check["leftovers"]
    append_rows(path, ["date", "machine", "label", "articles", "words", "seconds", "words_per_second",
                       "peak_mb", "worker_peak_mb", "events", "cancel_ok"],
                [[stamp, machine, label, row["documents"], row["words"], round(row["seconds"], 2),
                  row["words_per_second"], round(row["peak_mb"]), round(row["worker_peak_mb"]), row["events"], ok]
                 for row in rows])


if __name__ == "__main__":
    sys.exit(main())
