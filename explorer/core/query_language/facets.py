"""Facets: for each field, its values among the events in view and how many events each has.

The counts are over a mask of the events in view (``EventLookup.mask``), on arrays the
query context works out once: the events' document codes (outlet, document), their
participants' type bits (entity type), the date basis and cluster codes, the tagged rows.
Each is a ``bincount`` or a few ``count_nonzero`` over the rows in view: tens of
milliseconds at a million events.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from explorer.core.coded import codes_of
from explorer.core.errors import Cancelled
from explorer.core.query_language.evaluate import QueryContext

FACETS = ("type", "outlet", "doc", "basis", "cluster", "tag")  # the fields the panel lists, in order
TITLES = {"type": "Entity type", "outlet": "Outlet", "doc": "Document", "basis": "Date basis", "cluster": "Cluster",
          "tag": "Tag"}
SHOWN = 12  # values listed a facet, the most events first


def facet_counts(context: QueryContext, mask: np.ndarray, shown: int = SHOWN,
                 should_cancel: Callable[[], bool] = lambda: False) -> dict[str, list[tuple[str, int]]]:
    """Each facet's values with the number of events in view (``mask``) that have them, the most first; values
    with none left out; at most ``shown`` a facet. ``should_cancel`` is asked before each facet (a count
    in the background whose filters changed stops there: ``Cancelled``)."""
    in_view = np.flatnonzero(mask)
    per_doc: dict[str, np.ndarray] = {}

    def by_document() -> np.ndarray:  # each document's events in view: counted once for the outlets and documents
        if "events" not in per_doc:
            per_doc["events"] = _per_document(context, in_view)
        return per_doc["events"]

    counters = {"type": lambda: _type_counts(context, in_view),
                "outlet": lambda: _outlet_counts(context, by_document()),
                "doc": lambda: _document_counts(context, by_document()),
                "basis": lambda: _column_counts(context.events["date_basis"], in_view),
                "cluster": lambda: _cluster_counts(context, in_view),
                "tag": lambda: _tag_counts(context, mask)}
    counted = {}
    for field, count in counters.items():
        if should_cancel():
            raise Cancelled("facet counts")
        counted[field] = _top(count(), shown)
    return counted


def _top(counts: dict[str, int], shown: int) -> list[tuple[str, int]]:
    ranked = sorted(((value, count) for value, count in counts.items() if count > 0 and value),
                    key=lambda pair: (-pair[1], pair[0].casefold()))
    return ranked[:shown]


def _type_counts(context: QueryContext, rows: np.ndarray) -> dict[str, int]:
    types, bits = context.type_bits()
    held = bits[rows]
    return {name: int(np.count_nonzero(held & np.uint64(1 << min(i, 63)))) for i, name in enumerate(types)}


def _per_document(context: QueryContext, rows: np.ndarray) -> np.ndarray:
    """Each document row's events in view, over the events' document codes (a ``bincount`` of the codes, then
    one weighted by them per document row)."""
    codes, doc_rows = context.doc_codes()
    by_code = np.bincount(np.asarray(codes)[rows], minlength=len(doc_rows))
    known = doc_rows >= 0
    per_doc = np.bincount(doc_rows[known], weights=by_code[known], minlength=len(context.documents))
    return per_doc.astype(np.int64)


def _outlet_counts(context: QueryContext, per_doc: np.ndarray) -> dict[str, int]:
    """By outlet: the documents' counts summed over their outlet's code (made once: ``document_codes``)."""
    codes, outlets = context.document_codes("source")
    counted = np.bincount(codes, weights=per_doc, minlength=len(outlets)).astype(np.int64)
    summed: dict[str, int] = {}
    for i in np.flatnonzero(counted).tolist():
        summed[outlets[i]] = summed.get(outlets[i], 0) + int(counted[i])
    return summed


def _document_counts(context: QueryContext, per_doc: np.ndarray) -> dict[str, int]:
    top = np.argsort(-per_doc, kind="stable")[:SHOWN * 4]
    names = context.documents["name"].iloc[top].astype(str).tolist()  # (the few listed: not every name made a string)
    return {name: int(per_doc[i]) for name, i in zip(names, top.tolist())}


def _column_counts(column: pd.Series, rows: np.ndarray, most: int | None = None) -> dict[str, int]:
    """Each value's events among ``rows`` (only the ``most`` counted values, when given: one ``argpartition``
    over the column's distinct values, never a Python step each: 160,000 clusters at a million events)."""
    codes, uniques = codes_of(column)
    counted = np.bincount(np.asarray(codes)[rows], minlength=len(uniques))
    some = np.flatnonzero(counted)
    if most is not None and len(some) > most:
        some = some[np.argpartition(-counted[some], most)[:most]]
    return {str(uniques[i]): int(counted[i]) for i in some.tolist()}


def _cluster_counts(context: QueryContext, rows: np.ndarray) -> dict[str, int]:
    """Clusters by label (a label names its happening; its date after " — " is left out)."""
    top = _column_counts(context.events["cluster_id"], rows, most=SHOWN * 2 + 1)
    top.pop("", None)
    clusters = context.clusters
    if clusters is None or not top:
        return top
    at = context.cluster_rows(list(top))
    labels = clusters["label"].to_numpy(dtype=object)
    counted: dict[str, int] = {}
    for (cluster_id, count), row in zip(top.items(), at.tolist()):
        label = str(labels[row]).split(" — ")[0].strip() if row >= 0 else ""
        counted[label or cluster_id] = counted.get(label or cluster_id, 0) + count
    return counted


def _tag_counts(context: QueryContext, mask: np.ndarray) -> dict[str, int]:
    tags, rows = context.tag_rows()
    return {tag: int(np.count_nonzero(mask[tagged])) for tag, tagged in zip(tags, rows)}
