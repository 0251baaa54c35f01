"""Extraction engines side by side on real articles: one process, two processes, Dask with 1 and 2 workers.

On a folder of real news articles (default 2,000: BBC train and validation, then
ECB+ documents, as ``large_folder.py`` makes it) each configuration builds the
whole workspace in a fresh process, in the same run:

- ``process ×1``: ``build_workspace(workers=1)``;
- ``process ×2``: ``build_workspace(workers=2)``, two spawned model processes;
- ``dask ×1`` and ``dask ×2``: ``build_workspace_dask`` on a ``LocalCluster`` of 1 or 2
  worker processes.

For each: documents and words per second, the phases' seconds (for Dask: start-up =
the cluster up with the model loaded on every worker; read; extract; combine =
the reduce; save), and peak memory sampled every 0.2 s with psutil: the driving
process, the heaviest worker process, and the whole process tree. Then whether each
workspace's tables are identical to ``process ×1``'s, and the reduce alone (on the
shards the ``dask ×2`` run kept) on the first 500, 1,000 and 2,000 articles, to see
how it grows. ``--reduce-only --replicas 2000,4000,...`` times the reduce alone on REPLICAS of
those shards (``dask_replicas.py``: every article copied as a new document, ids rewritten), for
corpus sizes beyond the ~2,950 real articles here: the same names recur and each story is told
once per copy, so its clusters are not those of as many new articles.

    .venv/bin/python bench/dask_scale.py                         # 2,000 articles, ~20 min on 2 cores
    .venv/bin/python bench/dask_scale.py --workdir /tmp/dask2000 --reduce-only --replicas 2000,4000,6000,8000,10000
    .venv/bin/python bench/dask_scale.py --size 20 --partition-size 5 --results /tmp/r.csv   # smoke run
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from large_folder import make_folder  # noqa: E402
from results_csv import append_rows, utc_stamp  # noqa: E402

RESULTS = REPO / "bench" / "results" / "dask_scale.csv"
CONFIGS = [("process", 1), ("process", 2), ("dask", 1), ("dask", 2)]

BUILD = r'''
import json, sys, time
if __name__ == "__main__":
    folder, output, engine, workers, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    started = time.perf_counter()
    if engine == "process":
        from explorer.core.build.local import build_workspace
        result = build_workspace([folder], output, workers=workers)
    else:
        from explorer.core.distributed import build_workspace_dask
        result = build_workspace_dask([folder], output, workers=workers, docs_per_partition=size, keep_staging=True)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in result.tables["documents"]["text"])
    print(json.dumps({"documents": len(result.tables["documents"]), "events": len(result.tables["events"]),
                      "words": words, "seconds": seconds, "timings": result.timings}))
'''

REDUCE = r'''
import json, sys, time
if __name__ == "__main__":
    from explorer.core.distributed.engine import _documents, dask_client, plan_partitions, reduce_inputs
    from explorer.core.distributed.reduce import reduce_tables
    from explorer.core.distributed.shards import staging_folder
    from explorer.core.ingest.discover import discover_files
    folder, output, size, counts = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
    staging = staging_folder(__import__("pathlib").Path(output))
    files, _ = discover_files([folder])
    partitions = plan_partitions(files, size)
    out = []
    corpus, _ = _documents(staging, partitions)  # the corpus step's dates, from the whole corpus as in the run
    sys.path.insert(0, sys.argv[5])
    from dask_replicas import kept_fingerprint
    kept_fingerprint(staging, partitions, corpus, __import__("pathlib").Path(output), size)  # plans the slices
    with dask_client(None, 2) as client:
        warm = partitions[:1]
        reduce_tables(client, staging, *reduce_inputs(warm)[:2],
                      [d for d in corpus if d.name in {name for _, name, _ in warm[0].files}], reduce_inputs(warm)[2])
        for count in counts:
            chosen = partitions[:max(1, count // size)]
            names = {name for p in chosen for _, name, _ in p.files}
            documents = [d for d in corpus if d.name in names]
            started = time.perf_counter()
            tables = reduce_tables(client, staging, *reduce_inputs(chosen)[:2], documents, reduce_inputs(chosen)[2])
            out.append({"documents": len(documents), "seconds": time.perf_counter() - started,
                        "mentions": len(tables["mentions"]), "events": len(tables["events"])})
    print(json.dumps(out))
'''


# The reduce alone on replicas of the kept shards (``dask_replicas``): each count a whole number of
# copies of the corpus, ``rounds`` times, each step timed, the link shards removed before each
# reduce (a replica's resolution is the same at every count, so they would be found and reused),
# the CPU seconds of the client and of the workers, the load average, and what each table holds.
REDUCE_REPLICAS = r"""
import json, math, os, shutil, sys, time
if __name__ == "__main__":
    sys.path.insert(0, sys.argv[7])
    import psutil
    from dask_replicas import combined, kept_fingerprint, replicate
    from explorer.core.distributed import reduce as reduce_module
    from explorer.core.distributed.engine import _documents, dask_client, plan_partitions
    from explorer.core.distributed.shards import staging_folder
    from explorer.core.fingerprint import extraction_fingerprint
    from explorer.core.ingest.discover import discover_files
    folder, output, size, counts, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4]), int(sys.argv[5])
    target = __import__("pathlib").Path(sys.argv[6])
    staging = staging_folder(__import__("pathlib").Path(output))
    files, _ = discover_files([folder])
    partitions = plan_partitions(files, size)
    corpus, _ = _documents(staging, partitions)
    fingerprint = kept_fingerprint(staging, partitions, corpus, __import__("pathlib").Path(output), size)
    print(json.dumps({"fingerprint": fingerprint, "current": fingerprint == extraction_fingerprint()}), file=sys.stderr)
    started = time.perf_counter()
    copies = replicate(staging, target, partitions, corpus, math.ceil(max(counts) / len(corpus)))
    print(json.dumps({"replicated_seconds": time.perf_counter() - started}), file=sys.stderr)
    steps = {}
    def timed(name, fn):
        def run(*args, **kwargs):
            begun = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                steps[name] = steps.get(name, 0.0) + time.perf_counter() - begun
        return run
    for name in ("_resolve", "_link", "_count", "_add_handle_aliases", "_relations", "finish_tables"):
        setattr(reduce_module, name, timed(name.strip("_"), getattr(reduce_module, name)))
    from explorer.core.extract.pipeline import corpus as corpus_module  # the clusters, inside finish_tables
    corpus_module.cluster_events = timed("clusters", corpus_module.cluster_events)
    def cpu():
        return sum(psutil.Process().cpu_times()[:2])
    out = []
    with dask_client(None, 2) as client:
        def workers_cpu():
            return sum(client.run(cpu).values())
        ingest, extract, documents, extracted = combined(copies[:1])
        first = documents[:len(partitions[0].doc_ids)]
        reduce_module.reduce_tables(client, target, ingest[:1], extract[:1], first, extracted[:1])  # warm
        for round_ in range(rounds):
            for count in counts:
                chosen = copies[:max(1, round(count / len(corpus)))]
                ingest, extract, documents, extracted = combined(chosen)
                shutil.rmtree(target / "link", ignore_errors=True)
                steps.clear()
                load = os.getloadavg()
                client_cpu, worker_cpu, begun = cpu(), workers_cpu(), time.perf_counter()
                tables = reduce_module.reduce_tables(client, target, ingest, extract, documents, extracted)
                seconds = time.perf_counter() - begun
                out.append({"round": round_ + 1, "copies": len(chosen), "documents": len(documents),
                            "seconds": seconds, "steps": dict(steps), "load_before": load[0],
                            "load_after": os.getloadavg()[0], "client_cpu": cpu() - client_cpu,
                            "workers_cpu": workers_cpu() - worker_cpu,
                            "rows": {name: len(table) for name, table in tables.items()},
                            "entity_mentions": int(tables["entities"]["mention_count"].sum()),
                            "relation_weight": int(tables["relations"]["weight"].sum()),
                            "clustered_events": int((tables["events"]["cluster_id"] != "").sum())})
                print(json.dumps(out[-1]), file=sys.stderr, flush=True)
    print(json.dumps(out))
"""


def run_sampled(args: list[str], script: Path) -> tuple[dict | list, dict]:
    """Run a child script, sampling its process tree's memory; returns (its JSON, peaks in MB)."""
    child = subprocess.Popen([sys.executable, str(script), *args], cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    root = psutil.Process(child.pid)
    peaks = {"driver": 0.0, "worker": 0.0, "tree": 0.0}
    while child.poll() is None:
        try:
            own = root.memory_info().rss
            others = [p.memory_info().rss for p in root.children(recursive=True) if _alive(p)]
        except psutil.Error:
            break
        peaks["driver"] = max(peaks["driver"], own / 2**20)
        peaks["worker"] = max(peaks["worker"], max(others, default=0) / 2**20)
        peaks["tree"] = max(peaks["tree"], (own + sum(others)) / 2**20)
        time.sleep(0.2)
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"{script.name} {' '.join(args)} failed:\n{err[-3000:]}")
    return json.loads(out.strip().splitlines()[-1]), peaks


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def same_tables(first: Path, second: Path) -> dict[str, bool]:
    from explorer.core.store import load_workspace

    a, b = load_workspace(first), load_workspace(second)
    return {name: a[name].equals(b[name]) for name in a}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="articles (default 2,000)")
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--reduce-sizes", default="500,1000,2000")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--label", default="")
    parser.add_argument("--workdir", type=Path, help="keep the folder, workspaces and shards here (default: a "
                                                      "temporary folder, removed at the end)")
    parser.add_argument("--reduce-only", action="store_true", help="time the reduce alone on --workdir's shards")
    parser.add_argument("--replicas", metavar="COUNTS", help="with --reduce-only: time the reduce alone on replicas "
                        "of the kept shards (each article copied as a new document, see dask_replicas.py) at these "
                        "article counts, e.g. 2000,4000,6000,8000,10000 (whole copies of the corpus)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of --replicas (default 2)")
    args = parser.parse_args(argv)
    if args.reduce_only and not args.workdir:
        parser.error("--reduce-only needs --workdir of an earlier run")
    if args.replicas and not args.reduce_only:
        parser.error("--replicas needs --reduce-only (the shards of an earlier run in --workdir)")
    machine = f"{platform.system()} {platform.machine()} Python {platform.python_version()}, {psutil.cpu_count()} cores"
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = args.workdir or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        build, reduce_ = root / "build.py", root / "reduce.py"
        build.write_text(BUILD)
        reduce_.write_text(REDUCE)
        folder = make_folder(args.size, root)
        outputs = {f"{engine} x{workers}": root / f"{engine}{workers}.explorer" for engine, workers in CONFIGS}
        for engine, workers in [] if args.reduce_only else CONFIGS:
            name = f"{engine} x{workers}"
            output = root / f"{engine}{workers}.explorer"
            figures, peaks = run_sampled([str(folder), str(output), engine, str(workers), str(args.partition_size)],
                                         build)
            rows.append(_print_build(name, figures, peaks))
        print()
        for name, output in [] if args.reduce_only else outputs.items():
            if name != "process x1":
                same = same_tables(outputs["process x1"], output)
                differ = [t for t, ok in same.items() if not ok]
                print(f"{name}: tables identical to process x1: {'yes' if not differ else 'NO: ' + ', '.join(differ)}")
                rows.append({"config": name, "figure": "identical_to_process_x1", "value": int(not differ), "unit": "bool"})
        if args.replicas:
            rows += _replicas(root, folder, outputs["dask x2"], args)
            write_results(args.results, machine, args.label, args.size, rows)
            return 0
        counts = [c for c in (int(s) for s in args.reduce_sizes.split(",")) if c <= args.size] or [args.size]
        reduces, _ = run_sampled([str(folder), str(outputs["dask x2"]), str(args.partition_size), json.dumps(counts),
                                  str(REPO / "bench")], reduce_)
        print()
        for entry in reduces:
            print(f"reduce alone on {entry['documents']:>5,} articles ({entry['mentions']:,} mentions, "
                  f"{entry['events']:,} events): {entry['seconds']:6.2f} s  "
                  f"({entry['seconds'] / entry['documents'] * 1000:.2f} ms per article)")
            rows.append({"config": "dask x2 reduce", "figure": f"reduce_seconds_{entry['documents']}",
                         "value": round(entry["seconds"], 3), "unit": "s"})
    write_results(args.results, machine, args.label, args.size, rows)
    return 0


def _replicas(root: Path, folder: Path, output: Path, args) -> list[dict]:
    """The reduce alone on replicas of ``output``'s kept shards at each of ``args.replicas`` counts; rows for the CSV."""
    script = root / "reduce_replicas.py"
    script.write_text(REDUCE_REPLICAS)
    counts = [int(c) for c in args.replicas.split(",")]
    target = root / "replicas.explorer.staging"
    entries, _ = run_sampled([str(folder), str(output), str(args.partition_size), json.dumps(counts), str(args.rounds),
                              str(target), str(REPO / "bench")], script)
    print("The reduce alone on REPLICAS of the kept shards (each article copied as a new document: the same names "
          "recur, each story is told once per copy, so the copies of a story cluster together)")
    rows, single = [], next((e for e in entries if e["copies"] == 1), None)
    order = ("resolve", "link", "count", "add_handle_aliases", "relations", "finish_tables")
    for entry in entries:
        steps, seconds, n = entry["steps"], entry["seconds"], entry["documents"]
        split = "  ".join(f"{name} {steps.get(name, 0):.2f}" for name in order)
        split += f" (of which clusters {steps.get('clusters', 0):.2f})"
        rest = seconds - sum(v for name, v in steps.items() if name != "clusters")
        print(f"round {entry['round']} {n:>6,} articles ({entry['copies']} copies): reduce {seconds:6.2f} s "
              f"({seconds / n * 1000:.2f} ms an article)  [{split}  reading rows {rest:.2f}]  CPU s: client "
              f"{entry['client_cpu']:.1f} workers {entry['workers_cpu']:.1f}  load {entry['load_before']:.2f} → "
              f"{entry['load_after']:.2f}")
        print(f"    rows: {entry['rows']}; entities' mentions {entry['entity_mentions']:,}, relations' weight "
              f"{entry['relation_weight']:,}, clustered events {entry['clustered_events']:,}  "
              f"{_as_expected(entry, single)}")
        config = f"dask x2 reduce, replicas round {entry['round']}"
        rows.append({"config": config, "figure": f"reduce_seconds_{n}", "value": round(seconds, 3), "unit": "s"})
        rows += [{"config": config, "figure": f"{name}_seconds_{n}", "value": round(steps.get(name, 0), 3), "unit": "s"}
                 for name in (*order, "clusters")]
        rows += [{"config": config, "figure": f"{who}_cpu_seconds_{n}", "value": round(entry[f"{who}_cpu"], 2),
                  "unit": "s"} for who in ("client", "workers")]
        rows.append({"config": config, "figure": f"load_{n}", "value": round(entry["load_before"], 2), "unit": ""})
    return rows


def _as_expected(entry: dict, single: dict | None) -> str:
    """Whether the tables of k copies are those of one copy k times: every per-document table k× as many rows,
    the same entities and relations with k× the mentions and weight (clusters: the copies of a story may join)."""
    if single is None:
        return ""
    k, rows, one = entry["copies"], entry["rows"], single["rows"]
    wrong = [t for t in ("documents", "furniture", "mentions", "timexes", "events") if rows[t] != k * one[t]]
    wrong += [t for t in ("entities", "relations") if rows[t] != one[t]]
    wrong += [f for f in ("entity_mentions", "relation_weight") if entry[f] != k * single[f]]
    return f"(as {k}× one copy: {'yes' if not wrong else 'NO: ' + ', '.join(wrong)})"


def _print_build(name: str, figures: dict, peaks: dict) -> dict:
    seconds, words, documents = figures["seconds"], figures["words"], figures["documents"]
    phases = "  ".join(f"{k} {v:.1f}" for k, v in figures.get("timings", {}).items())
    print(f"{name:<11} {documents:>5,} docs {words:>9,} words {seconds:7.1f} s  {documents / seconds:6.2f} docs/s  "
          f"{words / seconds:7,.0f} words/s  peak MB: driver {peaks['driver']:5.0f} heaviest worker "
          f"{peaks['worker']:5.0f} tree {peaks['tree']:5.0f}  [{phases}]", flush=True)
    return {"config": name, "documents": documents, "words": words, "seconds": round(seconds, 2),
            "docs_per_second": round(documents / seconds, 3), "words_per_second": round(words / seconds),
            **{f"peak_{k}_mb": round(v) for k, v in peaks.items()},
            **{f"{k}_seconds": round(v, 2) for k, v in figures.get("timings", {}).items()}}


def write_results(path: Path, machine: str, label: str, size: int, rows: list[dict]) -> None:
    """One CSV row per figure: date, machine, label, corpus size, configuration, figure, value, unit."""
    stamp, lines = utc_stamp(), []
    for row in rows:
        if "figure" in row:
            lines.append([stamp, machine, label, size, row["config"], row["figure"], row["value"], row["unit"]])
            continue
        for figure, value in row.items():
            if figure != "config":
                unit = "MB" if figure.endswith("_mb") else "s" if figure.endswith("seconds") else ""
                lines.append([stamp, machine, label, size, row["config"], figure, value, unit])
    append_rows(path, ["date", "machine", "label", "articles", "config", "figure", "value", "unit"], lines)


if __name__ == "__main__":
    raise SystemExit(main())
