"""Appending a benchmark's figures to its CSV under ``bench/results/``.

Every benchmark keeps a history: one file per benchmark, a header written when the
file is new, and rows stamped with the UTC time of the run.
"""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from pathlib import Path


def utc_stamp() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def append_rows(path: Path, header: list[str], rows: list[list]) -> None:
    """Append ``rows`` to ``path``, writing ``header`` first when the file is new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists()
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(header)
        writer.writerows(rows)
