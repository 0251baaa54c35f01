"""A parsed query turned into the events it keeps: one boolean per row of the events table.

``QueryContext`` is built over one version of the tables (the session makes a new one
after an edit, handing on what did not change) and answers ``mask(line)``. Every field is
worked out on arrays, never a Python step per event: an entity's events come from the
event lookup's rows by entity (as the checked-entity filter); a date range is the time
window's rank comparison; outlet and document are tested on the few thousand documents
and spread to events through the events' document codes; the types of each event's
participants are one small bit set per event, worked out once; basis and cluster are
tested on their columns' distinct values. Free text goes through the FTS5 index
(``text``), which can take a while in a big case: the bar works it out in the background
first (``prepare``), and ``mask`` finds it kept.

Terms of different fields must all hold. A field repeated means "any of them" where an
event has one value of it (outlet, doc, date, basis, cluster) and "all of them" where it
has several (participant, type, tag): ``syntax.ALL_OF``. A ``-`` term must not hold.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.coded import _parts, codes_of, flat_of, is_arrow_lists, is_categorical, value_mask
from explorer.core.query import EventLookup
from explorer.core.query_language.dates import date_range
from explorer.core.query_language.names import NameIndex, entity_names
from explorer.core.query_language.syntax import ALL_OF, TEXT, QuerySyntaxError, Term, format_term, parse
from explorer.core.query_language.text import text_mask

MAX_TYPES = 63  # entity types an event's bit set holds (more are not told apart: the rest share the last bit)


class QueryContext:
    """The tables a query is answered over, and what is worked out from them once, when first needed."""

    def __init__(self, tables, lookup: EventLookup, path: Path | None, previous: QueryContext | None = None) -> None:
        self.events: pd.DataFrame = tables["events"]
        self.documents: pd.DataFrame = tables["documents"]
        self.entities: pd.DataFrame = tables["entities"]
        self._tables = tables  # (the clusters read only when a cluster is asked for: a ``LaterTables`` makes them later)
        self.lookup = lookup
        self.path = path
        self._lock = threading.RLock()  # (the bar works text out in a job while a view may ask for a mask)
        self._cache: dict[str, object] = {}
        self._texts: dict[str, np.ndarray] = {}  # free-text term -> its mask
        self._masks: dict[str, np.ndarray] = {}  # the last few lines' masks
        if previous is not None:
            self._take_over(previous)

    def _take_over(self, previous: QueryContext) -> None:
        """Keep what depends only on tables that did not change (an edit copies the tables it changes)."""
        same_events = previous.events is self.events
        if same_events and previous.documents is self.documents and previous.path == self.path:
            self._texts = dict(previous._texts)
        if same_events:
            self._cache.update({k: v for k, v in previous._cache.items() if k in ("doc_codes", "tags")})
            if previous.entities is self.entities:
                self._cache.update({k: v for k, v in previous._cache.items() if k == "type_bits"})
        if previous.entities is self.entities:
            self._cache.update({k: v for k, v in previous._cache.items() if k in ("names", "completion")})

    @property
    def clusters(self) -> pd.DataFrame | None:
        """The clusters table (waited for when the window makes it after the first paint), or None."""
        return self._tables["clusters"] if "clusters" in self._tables else None

    # ----- answers ---------------------------------------------------------------------------
    def mask(self, line: str) -> np.ndarray:
        """True for the events ``line`` keeps (every event for an empty line; none for one that does not parse)."""
        with self._lock:
            kept = self._masks.get(line)
            if kept is None:
                try:
                    kept = self._evaluate(parse(line))
                except QuerySyntaxError:
                    kept = np.zeros(len(self.events), dtype=bool)
                kept.flags.writeable = False
                if len(self._masks) >= 4:
                    self._masks.pop(next(iter(self._masks)))
                self._masks[line] = kept
            return kept

    def notes(self, line: str) -> list[str]:
        """What of ``line`` finds nothing in this case (an entity, a type, an outlet nobody has), said plainly."""
        said = []
        for term in parse(line):
            if term.field == "participant" and not self.entity_ids(term.value):
                said.append(f"no entity is named {term.value!r}")
            elif term.field in ("type", "outlet", "doc", "cluster", "tag", "basis") and not self._term_mask(term).any():
                said.append(f"no event has {term.field} {term.value!r}")
        return said

    def warm(self, should_cancel: Callable[[], bool] = lambda: False) -> None:
        """Work out ahead what the fields read (names, participants' types, documents, tags, completion): for a
        background job when the analyst starts on the bar, so the first query of each field does not pay for it."""
        for step in (self.doc_codes, self._names, self.type_bits, self.tag_rows, self.completion):
            if should_cancel():
                return
            step()

    def needs_text(self, line: str) -> bool:
        """Whether ``line`` has free text not worked out yet (``prepare`` it off the GUI thread first)."""
        return any(t.field == TEXT and _searched(t) not in self._texts for t in parse(line))

    def prepare(self, line: str, should_cancel: Callable[[], bool] = lambda: False) -> None:
        """Work out ``line``'s free text (the FTS5 look-ups and the spans): for a background job."""
        for term in parse(line):
            if term.field == TEXT and _searched(term) not in self._texts:
                found = self._text(_searched(term), should_cancel)
                with self._lock:
                    self._texts[_searched(term)] = found

    # ----- evaluation ------------------------------------------------------------------------
    def _evaluate(self, terms: list[Term]) -> np.ndarray:
        kept = np.ones(len(self.events), dtype=bool)
        any_of: dict[str, np.ndarray] = {}
        for term in terms:
            found = self._term_mask(term)
            if term.negated:
                kept &= ~found
            elif term.field in ALL_OF or term.field == TEXT:
                kept &= found
            elif term.field in any_of:
                any_of[term.field] |= found
            else:
                any_of[term.field] = found.copy()
        for found in any_of.values():
            kept &= found
        return kept

    def _term_mask(self, term: Term) -> np.ndarray:
        field, value = term.field, term.value
        if field == TEXT:
            found = self._texts.get(_searched(term))
            return found if found is not None else self._text(_searched(term))
        if field == "participant":
            return self.lookup.involving(self.entity_ids(value))
        if field == "type":
            return self._of_type(value)
        if field == "outlet":
            return self._of_documents(_matches(self._folded("source"), value, folded=True))
        if field == "doc":
            return self._of_documents(_matches(self._folded("name"), value, folded=True)
                                      | _matches(self._folded("title"), value, folded=True)
                                      | _matches(self._folded("doc_id"), value, folded=True))
        if field == "date":
            return self.lookup.within(*date_range(value))
        if field == "basis":
            return value_mask(self.events["date_basis"], lambda values: _matches(values, value))
        if field == "cluster":
            wanted = set(self.cluster_ids(value))
            return value_mask(self.events["cluster_id"], lambda values: pd.Series(values, dtype=object).isin(wanted)
                              .to_numpy(bool) & (values != ""))
        if field == "tag":
            return self._tagged(value)
        raise QuerySyntaxError(term.start + 1, f"a known field, not {field!r}")

    # ----- entities ---------------------------------------------------------------------------
    def entity_ids(self, value: str) -> list[str]:
        """The entities whose name or one of whose aliases is ``value`` (case aside; ``*`` matches any letters)."""
        names, owners = self._names()
        return sorted(set(owners[_matches(names, value, folded=True)].tolist()))

    def _names(self) -> tuple[np.ndarray, np.ndarray]:
        """Every entity's name and aliases, folded (casefold), and the entity each belongs to: built once."""
        with self._lock:
            kept = self._cache.get("names")
            if kept is None:
                entities = self.entities
                counts, aliases = flat_of(entities["aliases"])
                ids = entities["entity_id"].to_numpy(dtype=object)
                names = np.concatenate([entities["name"].to_numpy(dtype=object), np.asarray(aliases, dtype=object)])
                owners = np.concatenate([ids, np.repeat(ids, counts)])
                folded = pd.Series(names, dtype=object).astype(str).str.casefold().to_numpy(dtype=object)
                kept = self._cache["names"] = (folded, owners)
            return kept  # type: ignore[return-value]

    def completion(self) -> NameIndex:
        """Every entity's name and aliases for completion, sorted once (``names.NameIndex``)."""
        with self._lock:
            kept = self._cache.get("completion")
            if kept is None:
                kept = self._cache["completion"] = entity_names(self.entities)
            return kept  # type: ignore[return-value]

    def values_of(self, field: str) -> list[str]:
        """The values a field takes in this case, for completion (entity names: ``completion``), sorted; made
        once a field (asked at every key typed after its ``:``)."""
        with self._lock:
            kept = self._cache.get(f"values.{field}")
            if kept is None:
                kept = self._cache[f"values.{field}"] = self._values_of(field)
            return kept  # type: ignore[return-value]

    def _values_of(self, field: str) -> list[str]:
        if field == "type":
            return sorted({str(t) for t in codes_of(self.entities["type"])[1].tolist() if str(t)})
        if field == "outlet":
            return sorted({str(v) for v in self.documents["source"].tolist() if str(v)})
        if field == "basis":
            return sorted({str(v) for v in codes_of(self.events["date_basis"])[1].tolist() if str(v)})
        if field == "tag":
            return sorted(self.tag_rows()[0])
        if field == "doc":
            return sorted(self.documents["name"].astype(str).tolist())
        return []

    def _of_type(self, value: str) -> np.ndarray:
        types, bits = self.type_bits()
        wanted = [i for i, t in enumerate(types) if _fnmatch(value.casefold(), t.casefold())]
        if not wanted:
            return np.zeros(len(self.events), dtype=bool)
        pattern = np.uint64(sum(1 << min(i, MAX_TYPES) for i in wanted))
        return (bits & pattern) != 0

    def type_bits(self) -> tuple[list[str], np.ndarray]:
        """The entity types, and for each event one bit per type among its participants and place: built once."""
        with self._lock:
            kept = self._cache.get("type_bits")
            if kept is None:
                kept = self._cache["type_bits"] = _type_bits(self.events, self.entities)
            return kept  # type: ignore[return-value]

    # ----- documents, clusters, tags ------------------------------------------------------------
    def doc_codes(self) -> tuple[np.ndarray, np.ndarray]:
        """The events' documents as codes, and for each code the row of its document (-1: none)."""
        with self._lock:
            kept = self._cache.get("doc_codes")
            if kept is None:
                codes, uniques = codes_of(self.events["doc_id"])
                rows = pd.Index(self.documents["doc_id"].astype(str), dtype=object).get_indexer(uniques)
                kept = self._cache["doc_codes"] = (np.asarray(codes), rows, np.asarray(uniques, dtype=object))
            return kept[0], kept[1]  # type: ignore[index]

    def document_codes(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """A documents column as one code a document row and its distinct values as strings (``""``: none),
        made once: the facets count outlets by them at every filter (made afresh each time it was ~0.3 s of a
        count's CPU at 200,000 documents)."""
        with self._lock:
            kept = self._cache.get(f"documents.codes.{column}")
            if kept is None:
                codes, values = codes_of(self.documents[column])
                kept = self._cache[f"documents.codes.{column}"] = (
                    np.asarray(codes), np.asarray([str(value) for value in values.tolist()], dtype=object))
            return kept  # type: ignore[return-value]

    def _folded(self, column: str) -> pd.Series:
        """A documents column as folded strings (casefold), made once."""
        with self._lock:
            kept = self._cache.get(f"documents.{column}")
            if kept is None:
                kept = self._cache[f"documents.{column}"] = self.documents[column].astype(str).str.casefold()
            return kept

    def _of_documents(self, documents: np.ndarray) -> np.ndarray:
        """The events of the documents ``documents`` (one bool a document row) marks."""
        codes, rows = self.doc_codes()
        by_code = np.append(np.asarray(documents, dtype=bool), False)[rows]  # (-1: the False appended)
        return by_code[codes]

    def cluster_ids(self, value: str) -> list[str]:
        """The clusters whose id or label is ``value`` (the label's date after " — " may be left out)."""
        clusters = self.clusters
        if clusters is None or clusters.empty:
            return [value]
        labels = clusters["label"].astype(str)
        found = _matches(clusters["cluster_id"], value) | _matches(labels, value) | \
            _matches(labels.str.split(" — ").str[0].str.strip(), value)
        return clusters["cluster_id"].astype(str)[found].tolist()

    def cluster_rows(self, cluster_ids: list[str]) -> np.ndarray:
        """The rows of ``cluster_ids`` in the clusters table (-1: none), through an index of its ids made once."""
        with self._lock:
            kept = self._cache.get("cluster_index")
            if kept is None:
                clusters = self.clusters
                ids = [] if clusters is None else clusters["cluster_id"].to_numpy(dtype=object)
                kept = self._cache["cluster_index"] = pd.Index(ids, dtype=object)
        return kept.get_indexer(cluster_ids)  # type: ignore[attr-defined]

    def _tagged(self, value: str) -> np.ndarray:
        tags, rows = self.tag_rows()
        found = np.zeros(len(self.events), dtype=bool)
        for tag, tagged in zip(tags, rows):
            if _fnmatch(value.casefold(), tag.casefold()):
                found[tagged] = True
        return found

    def tag_rows(self) -> tuple[list[str], list[np.ndarray]]:
        """Each tag in use and the rows of the events that carry it: built once (most events carry none)."""
        with self._lock:
            kept = self._cache.get("tags")
            if kept is None:
                kept = self._cache["tags"] = _tag_rows(self.events)
            return kept  # type: ignore[return-value]

    def _text(self, value: str, should_cancel: Callable[[], bool] = lambda: False) -> np.ndarray:
        codes, _rows = self.doc_codes()
        uniques = self._cache["doc_codes"][2]  # type: ignore[index]
        return text_mask(self.path, self.documents, self.events, codes, uniques, value, should_cancel)


def free_text(line: str) -> list[str]:
    """What the line's free text asks the full-text search for, term by term ("critical minerals" keeps its quotes,
    ``prefix*`` its star); the negated terms left out: the source pane marks what the query looks for in the text.
    None for a line that does not parse."""
    try:
        terms = parse(line)
    except QuerySyntaxError:
        return []
    return [_searched(t) for t in terms if t.field == TEXT and not t.negated]


def _searched(term: Term) -> str:
    """What a free-text term asks the full-text search for: a phrase keeps its quotes."""
    return format_term(TEXT, term.value) if term.quoted else term.value


def _fnmatch(pattern: str, value: str) -> bool:
    """``value`` is ``pattern`` (both folded), ``*`` in the pattern standing for any letters."""
    if "*" not in pattern:
        return pattern == value
    return re.fullmatch(".*".join(map(re.escape, pattern.split("*"))), value, re.DOTALL) is not None


def _matches(values: Iterable | pd.Series | np.ndarray, value: str, folded: bool = False) -> np.ndarray:
    """One bool a value: it is ``value`` (case aside; ``*`` matches any letters)."""
    series = values if isinstance(values, pd.Series) else pd.Series(np.asarray(values, dtype=object), dtype=object)
    if is_categorical(series):
        return value_mask(series, lambda uniques: _matches(uniques, value, folded))
    text = series.astype(str) if folded else series.astype(str).str.casefold()
    wanted = value.casefold()
    if "*" not in wanted:
        return (text == wanted).to_numpy(bool)
    pattern = ".*".join(map(re.escape, wanted.split("*")))
    return text.str.fullmatch(pattern).fillna(False).to_numpy(bool)


def _type_bits(events: pd.DataFrame, entities: pd.DataFrame) -> tuple[list[str], np.ndarray]:
    """``QueryContext.type_bits``: each participant's type spread to its event as one bit, a type at a time."""
    types = sorted(set(entities["type"].astype(str).tolist()))
    type_code = pd.Series(np.arange(len(types)), index=types)
    entity_types = pd.Series(type_code.reindex(entities["type"].astype(str)).to_numpy(),
                             index=pd.Index(entities["entity_id"].to_numpy(dtype=object), dtype=object))
    counts, item_codes, item_ids = _participant_codes(events["participants"])
    value_bits = _bits_of(entity_types.reindex(pd.Index(np.asarray(item_ids, dtype=object), dtype=object))
                          .fillna(-1).to_numpy(np.int64))  # (a bit a distinct participant, then taken by code)
    bits = _row_bits(value_bits[item_codes], counts)
    place_codes, place_ids = codes_of(events["place"])
    place_type = entity_types.reindex(pd.Index(np.asarray(place_ids, dtype=object), dtype=object)).fillna(-1) \
        .to_numpy(np.int64)
    bits |= _bits_of(place_type)[place_codes]
    return types, bits


def _bits_of(type_codes: np.ndarray) -> np.ndarray:
    """One bit a type code (none for -1: an id no entity has)."""
    shifted = np.left_shift(np.uint64(1), np.minimum(np.maximum(type_codes, 0), MAX_TYPES).astype(np.uint64))
    return np.where(type_codes >= 0, shifted, np.uint64(0)).astype(np.uint64)


def _row_bits(item_bits: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Each row's items' bits or-ed together (rows of ``counts`` items, in order), in one ``reduceat``."""
    bits = np.zeros(len(counts), dtype=np.uint64)
    full = counts > 0
    if not full.any():
        return bits
    starts = (np.cumsum(counts) - counts)[full]
    bits[full] = np.bitwise_or.reduceat(item_bits, starts)
    return bits


def _participant_codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(each event's number of participants, each participant as a code, the entity id of each code): the Arrow
    column's own dictionary codes when it has them (no string an item: 2.5 million at a million events)."""
    if is_arrow_lists(column):
        offsets, codes, values = _parts(column)
        return np.diff(offsets).astype(np.int64), np.asarray(codes), np.asarray(values, dtype=object)
    counts, items = flat_of(column)
    codes, uniques = pd.factorize(pd.Series(np.asarray(items, dtype=object), dtype=object))
    return counts, codes, np.asarray(uniques, dtype=object)


def _tag_rows(events: pd.DataFrame) -> tuple[list[str], list[np.ndarray]]:
    if "tags" not in events:
        return [], []
    counts, items = flat_of(events["tags"])
    if not len(items):
        return [], []
    owner = np.repeat(np.arange(len(events)), counts)
    codes, uniques = pd.factorize(pd.Series(np.asarray(items, dtype=object), dtype=object).astype(str))
    return [str(u) for u in uniques], [np.unique(owner[codes == i]) for i in range(len(uniques))]
