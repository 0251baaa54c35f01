"""Does ``--engine dask`` give the same workspace as one process on a given corpus?

Builds the corpus twice in fresh processes, ``build_workspace(workers=1)`` and
``build_workspace_dask`` on a 2-worker ``LocalCluster``, and compares every table
row for row (ids included). Corpora: ``--ecbplus 1-35`` (ECB+ news documents of
those topics as text files), ``--bbc N`` (BBC train articles), or any folders.

    .venv/bin/python bench/dask_equivalence.py --ecbplus 1-35
    .venv/bin/python bench/dask_equivalence.py --bbc 1891
    .venv/bin/python bench/dask_equivalence.py path/to/folder
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

BUILD = r'''
import sys
if __name__ == "__main__":
    inputs, output, engine = sys.argv[3:], sys.argv[1], sys.argv[2]
    if engine == "process":
        from explorer.core.build.local import build_workspace
        build_workspace(inputs, output)
    else:
        from explorer.core.distributed import build_workspace_dask
        build_workspace_dask(inputs, output, workers=2)
'''


def ecbplus_folder(topics: str, into: Path) -> Path:
    from ecbplus_clusters import DEFAULT_CORPUS, detokenise

    first, _, last = topics.partition("-")
    wanted = range(int(first), int(last or first) + 1)
    into.mkdir(parents=True, exist_ok=True)
    for path in sorted(DEFAULT_CORPUS.glob("*/*.xml")):
        if path.parent.name.isdigit() and int(path.parent.name) in wanted:
            (into / f"{path.stem}.txt").write_text(detokenise(path), encoding="utf-8")
    return into


def bbc_folder(count: int, into: Path) -> Path:
    from bbc_folder import DEFAULT_CORPUS, write_folder

    write_folder(DEFAULT_CORPUS, "train", count, into)
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--ecbplus", metavar="TOPICS", help="ECB+ topics, e.g. 1-35")
    parser.add_argument("--bbc", type=int, metavar="N", help="the first N BBC train articles")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs = list(args.folders)
        if args.ecbplus:
            inputs.append(ecbplus_folder(args.ecbplus, root / f"ecbplus{args.ecbplus}"))
        if args.bbc:
            inputs.append(bbc_folder(args.bbc, root / f"bbc{args.bbc}"))
        if not inputs:
            parser.error("give folders, --ecbplus TOPICS or --bbc N")
        script = root / "build.py"
        script.write_text(BUILD)
        outputs = {}
        for engine in ("process", "dask"):
            outputs[engine] = root / f"{engine}.explorer"
            subprocess.run([sys.executable, str(script), str(outputs[engine]), engine, *map(str, inputs)],
                           check=True, cwd=REPO)
        from explorer.core.store import load_workspace

        single, dask = load_workspace(outputs["process"]), load_workspace(outputs["dask"])
        differ = []
        for name in single:
            same = single[name].equals(dask[name])
            differ += [] if same else [name]
            print(f"{name:<10} {len(single[name]):>8,} rows  {'identical' if same else 'DIFFERENT'}")
        print("same workspace tables: " + ("yes" if not differ else "NO (" + ", ".join(differ) + ")"))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
