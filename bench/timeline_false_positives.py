"""Explorer's false positives on the timeline trial split: each sentence an entity's timeline holds that its gold does not.

``timeline_eval.py --show-misses`` sorts the gold sentences Explorer missed; this lists the
other side, so the precision loss can be read and counted by cause (docs/timelines.md). It
reads the tables a run of ``timeline_eval.py`` exported into WORKDIR, with the script's own
``ExplorerTimelines`` and ``read_gold``, and prints one line per false positive with the
sentence and Explorer's events on it.

    .venv/bin/python ../shared/corpora/timeline/timeline_eval.py ../shared/corpora/timeline /tmp/tl --split trial
    .venv/bin/python bench/timeline_false_positives.py /tmp/tl
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from eval_timeline import CORPUS


def false_positives(workdir: Path) -> list[str]:
    """One block of lines per false positive of the trial run exported under ``workdir``."""
    sys.path.insert(0, str(CORPUS))
    import timeline_eval as te

    corpus = te.find_corpora(CORPUS, "trial")[0]
    exported = workdir / "trial" / "trial"
    tables = {t: json.loads((exported / f"trial.{t}.json").read_text(encoding="utf-8")) for t in te.TABLES}
    with tempfile.TemporaryDirectory() as scratch:
        names = te.write_texts(corpus, Path(scratch) / "txt")
    ours = te.ExplorerTimelines(tables, names)
    lines: list[str] = []
    for target in te.read_gold(corpus, set(names.values()), []):
        predicted = ours.timeline({e["entity_id"] for e in ours.mapped(target.name)})
        for key, predictions in sorted(predicted.items()):
            if key not in target.items:
                lines.append(f"{target.name} | {key[0]}-{key[1]} | {ours.line(key, 200)!r}")
                lines.extend(f"      {p.what}" for p in predictions)
    return lines


def main() -> None:
    lines = false_positives(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/eval_timeline"))
    print("\n".join(lines))
    print(f"false positives: {sum(not line.startswith(' ') for line in lines)}")


if __name__ == "__main__":
    main()
