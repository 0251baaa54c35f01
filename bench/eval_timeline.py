"""Entity timelines on the trial split of SemEval-2015 Task 4, as rows for the extraction table (issue 16).

``timeline_rows(workdir)`` runs ``../shared/corpora/timeline/timeline_eval.py --split
trial`` (Explorer and its plain spaCy + dateparser baseline, scored in the same run)
and turns what it prints into four rows: sentence F1 and dated-timeline F1 for each
system. F1 comes from the script's last line (its summary); P and R from the two
"all (micro over targets)" lines above it.

    .venv/bin/python bench/eval_timeline.py /tmp/timeline     # prints the rows
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared/corpora beside the repository, or where EXPLORER_CORPORA points (as the tests read it)
CORPUS = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora") / "timeline"
SCRIPT = CORPUS / "timeline_eval.py"
DATASET = "Timeline trial (6 entities)"
EXPLORER, BASELINE = "Explorer", "spaCy NER + dateparser"
SENTENCE, DATED = "sentence F1", "dated timeline F1"
LAST_LINE = re.compile(
    r"timeline: sentence F1 (?P<f>[\d.]+), date accuracy [\d.]+%, dated timeline F1 (?P<df>[\d.]+) "
    r"\(baseline: sentence F1 (?P<bf>[\d.]+), date accuracy [\d.]+%, dated timeline F1 (?P<bdf>[\d.]+)\)")
ALL_LINE = re.compile(
    r"sentence P (?P<p>[\d.]+) R (?P<r>[\d.]+) F1 [\d.]+ .* dated F1 [\d.]+ \(P (?P<dp>[\d.]+) R (?P<dr>[\d.]+)\)")


def timeline_rows(workdir: Path) -> list[dict]:
    """Rows (dataset, metric, system, p, r, f1) from one run of the trial split in ``workdir``."""
    return parse_output(run_trial(Path(workdir)))


def run_trial(workdir: Path) -> str:
    """What ``timeline_eval.py --split trial`` prints, with this environment's ``explorer`` on PATH."""
    if not SCRIPT.is_file():
        raise FileNotFoundError(f"{SCRIPT}: the timeline corpus is not beside the repository")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run([sys.executable, str(SCRIPT), str(CORPUS), str(workdir), "--split", "trial"],
                          capture_output=True, text=True, env=env, cwd=REPO, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"timeline_eval.py exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def parse_output(output: str) -> list[dict]:
    """The four rows, from the summary line (F1) and the micro-averaged lines (P, R)."""
    lines = output.strip().splitlines()
    summary = LAST_LINE.search(lines[-1]) if lines else None
    if summary is None:
        raise ValueError(f"no summary line in the output of timeline_eval.py: {lines[-1:]!r}")
    micro = _micro_lines(lines)
    f1 = {EXPLORER: (float(summary["f"]), float(summary["df"])),
          BASELINE: (float(summary["bf"]), float(summary["bdf"]))}
    rows = []
    for system in (EXPLORER, BASELINE):
        figures = micro.get(system)
        for index, (metric, p_key, r_key) in enumerate(((SENTENCE, "p", "r"), (DATED, "dp", "dr"))):
            rows.append({"dataset": DATASET, "metric": metric, "system": system,
                         "p": float(figures[p_key]) if figures else float("nan"),
                         "r": float(figures[r_key]) if figures else float("nan"),
                         "f1": f1[system][index]})
    return rows


def _micro_lines(lines: list[str]) -> dict[str, re.Match[str]]:
    """The P/R figures of the two lines after " all (micro over targets)": Explorer, then the baseline."""
    try:
        at = next(i for i, line in enumerate(lines) if line.strip() == "all (micro over targets)")
    except StopIteration:
        return {}
    found = {}
    for system, line in zip((EXPLORER, BASELINE), lines[at + 1:at + 3], strict=False):
        match = ALL_LINE.search(line)
        if match:
            found[system] = match
    return found


def main() -> None:
    workdir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/eval_timeline")
    for row in timeline_rows(workdir):
        print(f"{row['dataset']} | {row['metric']:<18} | {row['system']:<24} "
              f"P {row['p']:.3f} R {row['r']:.3f} F1 {row['f1']:.3f}")


if __name__ == "__main__":
    main()
