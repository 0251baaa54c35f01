"""Lane labels: whole document titles (with their source and date) and cluster labels, distinct.

Qt-free. Labels are never cut here: the axis that shows them elides each to the room
it has, in the middle, so both a title's start and its end stay readable, and shows
the whole label as a tooltip. Equal labels get their lane's key appended.
``DocumentLabels`` and ``ClusterLabels`` make each lane's own label once per workspace;
labelling the lanes a filter leaves then only revisits the few equal ones.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd


@lru_cache(maxsize=100_000)
def lane_label(title: str, source: str, published: str) -> str:
    """The title on one line, its source and date on the next."""
    title = " ".join(title.split())
    meta = " · ".join(v for v in (source, published) if v)
    return f"{title}\n{meta}" if meta else title


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


def document_labels(docs: pd.DataFrame) -> np.ndarray:
    """``lane_label`` of each document (its title, else its name, else its id; its source and date), made
    column-wise: the strings joined element by element, the titles' whitespace tidied in one comprehension
    (two hundred thousand documents' labels without a Python function call each: 0.9 s before)."""
    if not len(docs):
        return np.empty(0, dtype=object)
    title, name, doc_id, source, published = (_texts(docs[c]) for c in ("title", "name", "doc_id", "source",
                                                                           "published"))
    title = np.where(title != "", title, np.where(name != "", name, doc_id))
    title = np.array([" ".join(t.split()) for t in title.tolist()], dtype=object)  # (a C split and join each)
    meta = np.where((source != "") & (published != ""), source + " · " + published, source + published)
    return np.where(meta != "", title + "\n" + meta, title)


def _texts(column: pd.Series) -> np.ndarray:
    """A column as an object array of strings, "" for a missing value (each value through ``str`` only when
    they are not all strings already: checked in C, as 200,000 documents' five columns mostly are)."""
    values = column.astype(object).fillna("").to_numpy(dtype=object)
    return values if pd.api.types.infer_dtype(values, skipna=False) == "string" else values.astype(str).astype(object)


class DocumentLabels:
    """Each document's lane label made once; ``names`` labels the lanes of some of them."""

    def __init__(self, docs: pd.DataFrame) -> None:
        self.keys = _texts(docs["doc_id"])
        self.plain = document_labels(docs)
        self.may_repeat = _repeated(self.plain)  # equal among some documents only if equal among all

    @classmethod
    def of(cls, keys: np.ndarray, plain: np.ndarray, may_repeat: np.ndarray) -> DocumentLabels:
        """Labels made before (kept with the timeline's arrays, ``lanes.Layouts``): their keys, labels and marks."""
        labels = cls.__new__(cls)
        labels.keys, labels.plain, labels.may_repeat = keys, plain, may_repeat
        return labels

    def names(self, chosen: np.ndarray) -> list[str]:
        """Labels of the documents at positions ``chosen`` when they are the lanes shown."""
        return unique_array(self.plain[chosen], self.keys[chosen], self.may_repeat[chosen])


class ClusterLabels:
    """Each cluster's lane label made once; ``names`` labels some of them."""

    def __init__(self, clusters: pd.DataFrame) -> None:
        self.keys = np.array([str(c) for c in clusters["cluster_id"]], dtype=object)
        self.plain = np.array([" ".join((str(label) or str(c)).split())
                               for label, c in zip(clusters["label"], clusters["cluster_id"])], dtype=object)
        self.may_repeat = _repeated(self.plain)

    def names(self, chosen: np.ndarray) -> list[str]:
        return unique_array(self.plain[chosen], self.keys[chosen], self.may_repeat[chosen])
