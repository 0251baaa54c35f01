"""Lane labels: short document and cluster titles, kept distinct among the lanes shown.

Qt-free. A label depends on which other lanes are shown: documents whose shortened
titles read the same lose the words their titles share at the start ("…rest"), and
equal labels get their lane's key appended. ``DocumentLabels`` and ``ClusterLabels``
make each lane's own label once per workspace; labelling the lanes a filter leaves
then only revisits the few labels that clash among them.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

LANE_TITLE_CHARS = 34


@lru_cache(maxsize=100_000)  # lanes are relabelled on every filter: each title is shortened once
def shorten(text: str, limit: int = LANE_TITLE_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


@lru_cache(maxsize=100_000)
def lane_label(title: str, source: str, published: str) -> str:
    meta = " · ".join(v for v in (source, published) if v)
    return f"{shorten(title)}\n{meta}" if meta else shorten(title)


@lru_cache(maxsize=100_000)
def clash_key(title: str) -> str:
    """What two titles share when their lanes would read the same: the shortened title's letters and digits."""
    return "".join(ch for ch in shorten(title).lower() if ch.isalnum())


def distinct_titles(titles: list[str]) -> list[str]:
    """Titles whose shortened forms collide lose the words they share at the start ("…rest")."""
    short = [clash_key(t) for t in titles]
    counts = pd.Series(short).value_counts() if short else pd.Series(dtype=int)
    result = list(titles)
    for clash in counts.index[counts > 1]:
        members = [i for i, s in enumerate(short) if s == clash]
        words = [titles[i].split() for i in members]
        shared = 0
        while all(len(w) > shared + 1 for w in words) and len({w[shared] for w in words}) == 1:
            shared += 1
        for i, w in zip(members, words):
            result[i] = "…" + " ".join(w[shared:]) if shared else titles[i]
    return result


def unique(names: list[str], keys: list[str]) -> list[str]:
    """Disambiguate equal lane names by appending their key."""
    counts = Counter(names)
    return [f"{n} ({k})" if counts[n] > 1 else n for n, k in zip(names, keys)]


def unique_array(names: np.ndarray, keys: np.ndarray, may_repeat: np.ndarray | None = None) -> list[str]:
    """``unique`` for thousands of lanes: only the repeated names are rewritten. ``may_repeat``, when
    known, marks the only names that can be repeated (those repeated among every lane)."""
    candidates = np.arange(len(names)) if may_repeat is None else np.flatnonzero(may_repeat)
    repeated = candidates[_repeated(names[candidates])]
    if not len(repeated):
        return names.tolist()
    names = names.copy()
    names[repeated] = [f"{n} ({k})" for n, k in zip(names[repeated], keys[repeated])]
    return names.tolist()


def _repeated(values: np.ndarray) -> np.ndarray:
    """True for each value that occurs more than once."""
    return pd.Series(values, dtype=object).duplicated(keep=False).to_numpy() if len(values) else \
        np.zeros(0, dtype=bool)


class DocumentLabels:
    """Each document's lane label made once; ``names`` labels the lanes of some of them."""

    def __init__(self, docs: pd.DataFrame) -> None:
        self.keys = np.array([str(d) for d in docs["doc_id"]], dtype=object)
        self.titles = np.array([str(t or n or d) for t, n, d in zip(docs["title"], docs["name"], docs["doc_id"])],
                               dtype=object)
        self.sources = np.array([str(s or "") for s in docs["source"]], dtype=object)
        self.published = np.array([str(p or "") for p in docs["published"]], dtype=object)
        self.clash = np.array([clash_key(t) for t in self.titles], dtype=object)
        self.plain = np.array([lane_label(t, s, p) for t, s, p in zip(self.titles, self.sources, self.published)],
                              dtype=object)
        self.clash_may_repeat = _repeated(self.clash)  # a clash among some documents is one among all
        self.plain_may_repeat = _repeated(self.plain)

    def names(self, chosen: np.ndarray) -> list[str]:
        """Labels of the documents at positions ``chosen`` when they are the lanes shown."""
        labels = self.plain[chosen]
        candidates = np.flatnonzero(self.clash_may_repeat[chosen])
        clashing = candidates[_repeated(self.clash[chosen[candidates]])]
        if not len(clashing):
            return unique_array(labels, self.keys[chosen], self.plain_may_repeat[chosen])
        docs = chosen[clashing]
        titles = distinct_titles(self.titles[docs].tolist())
        labels[clashing] = [lane_label(t, s, p) for t, s, p in zip(titles, self.sources[docs], self.published[docs])]
        return unique_array(labels, self.keys[chosen])  # a changed title may now read as another's


class ClusterLabels:
    """Each cluster's lane label (its shortened label) made once; ``names`` labels some of them."""

    def __init__(self, clusters: pd.DataFrame) -> None:
        self.keys = np.array([str(c) for c in clusters["cluster_id"]], dtype=object)
        self.plain = np.array([shorten(str(label) or str(c)) for label, c in zip(clusters["label"], clusters["cluster_id"])],
                              dtype=object)
        self.may_repeat = _repeated(self.plain)

    def names(self, chosen: np.ndarray) -> list[str]:
        return unique_array(self.plain[chosen], self.keys[chosen], self.may_repeat[chosen])
