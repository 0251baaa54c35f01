"""Adding real articles to a big existing workspace (issue 19, "Add to a big case"): time, bytes written, memory.

``add_cost.py`` extracts its base workspace, which caps it at a few thousand articles. This
bench takes an existing workspace instead (one ``make_workspace.py`` wrote: a million events),
copies it, and adds M real articles (``add_cost.articles``: BBC News, ECB+, recombined past
them) with ``add_documents``. It prints the seconds of each phase (load, read + near-duplicates,
the model on the new, the corpus steps, the save), the process's peak memory during the
addition (psutil, sampled every 0.1 s), the bytes the process wrote (``/proc/self/io``
``write_bytes``: what went to the disk; ``wchar``: what went through ``write()``), in the save
and in the whole addition, the file's size before and after, and whether the file is the same
one (its inode) after. It appends the figures to ``bench/results/add_big.csv``.

A generated workspace's tables are not what the corpus steps would make of its rows (its
entity ids, clusters and relations are drawn, not resolved): the first addition changes most
rows. ``--settle M`` adds M articles first (timed and reported too), so the addition measured
after it is one onto a case the corpus steps made, as every real case is. ``--skip M`` passes over the
first M articles: a copy of a case already settled with them (``--work`` keeps it) is measured with the next.

    nice -n 19 .venv/bin/python bench/add_big.py --workspace /tmp/s7add/big.explorer --settle 100 --add 100
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from add_cost import CORPORA, Phases, articles, write  # noqa: E402
from results_csv import append_rows, utc_stamp  # noqa: E402
from explorer.core.build.add import add_documents  # noqa: E402
from explorer.core.extract.nlp import load_pipeline  # noqa: E402

RESULTS = REPO / "bench" / "results" / "add_big.csv"
FIELDS = ["date", "machine", "label", "workspace", "step", "added", "figure", "value", "unit"]


def written() -> dict[str, int]:
    """This process's bytes written so far: to the storage layer and through ``write()``."""
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return {"write_bytes": int(fields["write_bytes"]), "wchar": int(fields["wchar"]),
            "cancelled_write_bytes": int(fields["cancelled_write_bytes"])}


class PeakMemory:
    """The process's largest resident size while it runs (sampled), from a start that ``reset`` sets."""

    def __init__(self, every: float = 0.1) -> None:
        self.process = psutil.Process()
        self.peak = 0
        self.every = every
        self.done = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self.done.wait(self.every):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def reset(self) -> None:
        self.peak = self.process.memory_info().rss


class SavePhase(Phases):
    """``Phases`` that also notes the bytes written when the save starts and ends."""

    def __init__(self) -> None:
        super().__init__()
        self.io: dict[str, dict[str, int]] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase == "save":
            self.io["save_end" if done else "save_start"] = written()
        super().__call__(phase, done, total)


def add_once(workspace: Path, folder: Path, memory: PeakMemory) -> dict[str, float]:
    """Add the articles of ``folder`` to ``workspace``; every figure of the addition."""
    before_size, before_inode = workspace.stat().st_size, workspace.stat().st_ino
    phases = SavePhase()
    memory.reset()
    start_io, started = written(), time.perf_counter()
    result = add_documents(workspace, [folder], on_progress=phases)
    seconds, end_io = time.perf_counter() - started, written()
    figures = {"seconds": seconds, **{f"{k}_seconds": v for k, v in phases.finish().items()},
               "peak_rss_mb": memory.peak / 1e6, "size_before_mb": before_size / 1e6,
               "size_after_mb": workspace.stat().st_size / 1e6,
               "same_file": float(workspace.stat().st_ino == before_inode),
               "added": result.added, "copies": result.copies, "extracted_again": result.extracted_again}
    for table, change in result.saved.items():  # rows written per table (none: the file was saved whole)
        figures.update({f"{table}_{what}": float(getattr(change, what)) for what in
                        ("deleted", "updated", "inserted", "rewritten")})
    for kind in ("write_bytes", "wchar", "cancelled_write_bytes"):  # (cancelled: dirty pages of files deleted)
        figures[f"{kind}_mb"] = (end_io[kind] - start_io[kind]) / 1e6
        if "save_end" in phases.io:
            figures[f"save_{kind}_mb"] = (phases.io["save_end"][kind] - phases.io["save_start"][kind]) / 1e6
    return figures


def show(step: str, figures: dict[str, float]) -> None:
    phases = ", ".join(f"{k[:-8]} {v:.1f} s" for k, v in figures.items() if k.endswith("_seconds"))
    print(f"{step}: {figures['seconds']:.1f} s ({phases}); peak {figures['peak_rss_mb']:,.0f} MB; "
          f"written {figures['write_bytes_mb']:,.1f} MB to disk ({figures['wchar_mb']:,.1f} MB through write()), "
          f"the save {figures.get('save_write_bytes_mb', 0):,.1f} MB ({figures.get('save_wchar_mb', 0):,.1f} MB); "
          f"file {figures['size_before_mb']:,.1f} -> {figures['size_after_mb']:,.1f} MB, "
          f"{'same file' if figures['same_file'] else 'a new file'}; {figures['added']:.0f} added, "
          f"{figures['copies']:.0f} copies, {figures['extracted_again']:.0f} held documents extracted again; "
          f"load {os.getloadavg()[0]:.1f}")
    tables = sorted({k.rsplit("_", 1)[0] for k in figures if k.endswith("_rewritten")})
    if tables:
        print("  rows written (deleted/updated/inserted; * the table written whole): " + ", ".join(
            f"{t} {figures[t + '_deleted']:.0f}/{figures[t + '_updated']:.0f}/{figures[t + '_inserted']:.0f}"
            f"{'*' if figures[t + '_rewritten'] else ''}" for t in tables))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workspace", type=Path, required=True, help="the workspace to add to (copied first)")
    parser.add_argument("--add", type=int, default=100, help="articles added in the measured addition")
    parser.add_argument("--settle", type=int, default=0, help="articles added first (a generated case's settling)")
    parser.add_argument("--skip", type=int, default=0,
                        help="articles passed over first (those a settled copy already holds: its --settle)")
    parser.add_argument("--work", type=Path, default=None, help="where the copy goes (default: beside a temp dir)")
    parser.add_argument("--label", default="")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    texts = articles(args.corpora, args.skip + args.settle + args.add)[args.skip:]
    memory = PeakMemory()
    with tempfile.TemporaryDirectory(prefix="add_big_") as tmp:
        root = Path(tmp)
        work = args.work or root / "case.explorer"
        shutil.copy(args.workspace, work)  # (its columnar cache, if any, is left behind: the add reads the rows)
        load_pipeline()  # loaded once, outside every timing
        rows = []
        steps = [("settle", texts[:args.settle]), ("add", texts[args.settle:])] if args.settle else \
            [("add", texts)]
        for step, batch in steps:
            figures = add_once(work, write(batch, root / step, step), memory)
            show(f"{step} {len(batch)}", figures)
            rows += [[step, len(batch), name, f"{value:.3f}"] for name, value in figures.items()]
    machine = f"{platform.machine()} {os.cpu_count()} cpu, load {os.getloadavg()[0]:.1f}"
    append_rows(args.results, FIELDS, [[utc_stamp(), machine, args.label, str(args.workspace), step, added, name,
                                        value, "MB" if name.endswith("_mb") else ("s" if "seconds" in name else "")]
                                       for step, added, name, value in rows])


if __name__ == "__main__":
    main()
