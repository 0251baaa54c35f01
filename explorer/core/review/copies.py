"""Copies in the reader's words: who else published a story, and which story a copy repeats.

A near-duplicate (``documents.copy_of``, set by ``core.ingest.duplicates``) is a source,
not more events: the analyst sees it as "also published by …" on the document kept for
extraction (the source pane's header, the review's columns), and a copy says which one
it repeats. Plain Python over the documents table, for the window and the exports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np


def also_published_by(documents: Mapping[str, Iterable], doc_id: str) -> list[str]:
    """Who else published the document ``doc_id`` (the outlets, else the names, of its copies), in table order.

    ``documents`` holds the documents table's ``doc_id``, ``copy_of``, ``source`` and
    ``name`` columns (a DataFrame or a dict of lists)."""
    copy_of = np.asarray(list(documents["copy_of"]), dtype=object)
    ids, sources, names = list(documents["doc_id"]), list(documents["source"]), list(documents["name"])
    labels = [str(sources[i]) or str(names[i]) for i in np.flatnonzero(copy_of == doc_id) if ids[i] != doc_id]
    return list(dict.fromkeys(labels))


def published_by_line(documents: Mapping[str, Iterable], doc_id: str, limit: int = 6) -> str:
    """"also published by Reuters, AP and 3 more", or "" for a story no other document repeats."""
    return _line(also_published_by(documents, doc_id), limit)


def published_by_lines(documents: Mapping[str, Iterable], limit: int = 6) -> dict[str, str]:
    """``published_by_line`` of every document that has copies, in one pass (the document list's tooltips)."""
    labels: dict[str, list[str]] = {}
    for doc_id, copy_of, source, name in zip(documents["doc_id"], documents["copy_of"], documents["source"],
                                             documents["name"]):
        if copy_of and copy_of != doc_id:
            labels.setdefault(str(copy_of), []).append(str(source) or str(name))
    return {doc_id: _line(list(dict.fromkeys(found)), limit) for doc_id, found in labels.items()}


def _line(labels: list[str], limit: int) -> str:
    if not labels:
        return ""
    shown = labels[:limit]
    more = len(labels) - len(shown)
    listed = ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 and not more else ", ".join(shown)
    return f"also published by {listed}" + (f" and {more} more" if more else "")
