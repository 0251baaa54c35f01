"""How a reader names a source: by its outlet, not its file name.

Files are often named by hash (``000_41e90b55b187cf30.txt``), which says nothing to an
analyst. Wherever Explorer states which source says what (the review's disagreement
lines, the timeline's hover on a cluster), it names each document by outlet, by outlet
and title where two share an outlet, and by file name only as the last resort.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

LABEL_TITLE_CHARS = 40


def source_labels(documents: Iterable[Mapping]) -> dict[str, str]:
    """File name -> label for documents with ``name``, ``title`` and ``source`` (labels told apart)."""
    rows = [(str(d["name"]), str(d.get("title") or ""), str(d.get("source") or "")) for d in documents]
    outlets = Counter(source for _, _, source in rows if source)
    labels = {}
    for name, title, source in rows:
        short = shorten(title)
        if source and outlets[source] == 1:
            labels[name] = source
        elif source and short:
            labels[name] = f"{source} ({short})"
        else:
            labels[name] = short or source or name
    repeated = Counter(labels.values())
    return {name: f"{label} [{name}]" if repeated[label] > 1 else label for name, label in labels.items()}


def relabel_note(note: str, labels: Mapping[str, str]) -> str:
    """A note that names documents by file (extraction's stored date note), with each file named by its label."""
    present = {name: label for name, label in labels.items() if name}
    if not note or not present:
        return note
    names = re.compile("|".join(re.escape(n) for n in sorted(present, key=len, reverse=True)))
    return names.sub(lambda match: present[match.group(0)], note)  # one pass: a label is never renamed again


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_TITLE_CHARS else text[:LABEL_TITLE_CHARS - 1].rstrip() + "…"
