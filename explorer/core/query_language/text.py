"""Free text in a query: the events whose sentence holds a match, found through the workspace's FTS5 index.

A word, ``prefix*`` or "a phrase" is looked up in the documents' full-text index
(``store.search``: the same terms, quoting and folding as the search panel), then
matched again in the text of the documents it found (``match_spans``) to know where;
an event matches when a match lies whole inside its sentence. That last step is
vectorised: every match and every candidate event is a key (document, offset), and
one ``searchsorted`` finds, for each event, the first match starting in its sentence.
A case with no file (just extracted, tests) looks in every document's text instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.errors import Cancelled
from explorer.core.store.opening import check_version, open_readonly
from explorer.core.store.search import fts_expression, match_spans, parse_query

OFFSET_BITS = 40  # a key is (document code << OFFSET_BITS) + offset: texts stay far below a terabyte


def matching_doc_ids(path: Path | None, documents: pd.DataFrame, text: str,
                     should_cancel: Callable[[], bool] = lambda: False) -> list[str]:
    """The ids of the documents that hold ``text`` (every group of its terms), by the FTS5 index of the workspace
    at ``path`` (every document when there is no file: the spans decide)."""
    parsed = parse_query(text)
    if not parsed:
        return []
    if path is None or not Path(path).is_file():
        return documents["doc_id"].astype(str).tolist()
    sql = ("SELECT documents.doc_id FROM documents_fts JOIN documents ON documents.rowid = documents_fts.rowid"
           " WHERE documents_fts MATCH ?")
    with open_readonly(path) as conn:
        check_version(conn, path)
        conn.set_progress_handler(lambda: int(should_cancel()), 20_000)
        try:
            return [doc_id for (doc_id,) in conn.execute(sql, (fts_expression(parsed),))]
        except Exception:
            if should_cancel():
                raise Cancelled() from None
            raise


def text_mask(path: Path | None, documents: pd.DataFrame, events: pd.DataFrame, doc_codes: np.ndarray,
              doc_uniques: np.ndarray, text: str, should_cancel: Callable[[], bool] = lambda: False) -> np.ndarray:
    """True for each event whose sentence holds a whole match of ``text``. ``doc_codes``/``doc_uniques``: the
    events' document ids as codes (``coded.codes_of``)."""
    found = np.zeros(len(events), dtype=bool)
    doc_ids = matching_doc_ids(path, documents, text, should_cancel)
    if not doc_ids or not len(events):
        return found
    texts = documents.set_index("doc_id")["text"]
    at_code = pd.Index(doc_uniques, dtype=object).get_indexer(doc_ids)
    span_keys, span_ends, hit_codes = [], [], []
    for doc_id, code in zip(doc_ids, at_code.tolist()):
        if should_cancel():
            raise Cancelled()
        if code < 0 or doc_id not in texts.index:
            continue
        spans = match_spans(str(texts.at[doc_id]), text)
        if spans:
            starts, ends = np.array(spans, dtype=np.int64).T
            span_keys.append((code << OFFSET_BITS) + starts)
            span_ends.append(ends)
            hit_codes.append(code)
    if not hit_codes:
        return found
    keys, ends = np.concatenate(span_keys), np.concatenate(span_ends)
    order = np.argsort(keys, kind="stable")
    keys, ends = keys[order], ends[order]
    hit = np.zeros(len(doc_uniques), dtype=bool)
    hit[hit_codes] = True
    rows = np.flatnonzero(hit[doc_codes])
    codes = doc_codes[rows].astype(np.int64)
    starts = events["start"].to_numpy(np.int64)[rows]
    stops = events["end"].to_numpy(np.int64)[rows]
    first = np.searchsorted(keys, (codes << OFFSET_BITS) + starts, side="left")  # the first match from the start
    inside = first < len(keys)
    at = first[inside]
    inside[inside] = ((keys[at] >> OFFSET_BITS) == codes[inside]) & (ends[at] <= stops[inside])
    found[rows[inside]] = True
    return found
