"""Exports of what the analyst selected: events, entities or mentions.

A selection export is a table's rows (all of its columns) plus what a reader needs
to trace each row to its source without the workspace: the document's name and
the sentence. Events also carry their document's title, outlet and publication
date and their participants' and place's names; mentions carry their entity's
name and the sentence that contains them. Written in any format of the registry
that takes any table (CSV by the rules of DESIGN.md's "Exports", JSON, Parquet).

A million selected rows are never built as one frame: the rows to write are found
as positions in the table (a few bytes each), then built and written ``CHUNK_ROWS``
at a time, with progress after each chunk and a cancel honoured between chunks. A
file is written beside its name and renamed at the end, so a cancelled or failed
export leaves no part of a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from explorer.core.coded import is_arrow_lists, lists_of
from explorer.core.errors import Cancelled
from explorer.core.export.formats import export_frame, export_frame_chunks
from explorer.core.model import TABLE_COLUMNS, Tables

SELECTION_KINDS = ("events", "entities", "mentions")

EVENT_EXTRA_COLUMNS = ["document", "title", "source", "published", "participant_names", "place_name"]
MENTION_EXTRA_COLUMNS = ["document", "entity_name", "sentence"]

CHUNK_ROWS = 20_000  # rows built and written at a time
Report = Callable[[str, int, int], None]  # (phase, done, total), as ``Task`` reports
ShouldCancel = Callable[[], bool]


def selected_events_frame(tables: Tables, event_ids: Iterable[str]) -> pd.DataFrame:
    """The selected events, dated ones in date order and undated ones last.

    Parameters: ``tables`` a workspace's tables; ``event_ids`` the ids to export
    (unknown ids are ignored). Returns every events column plus ``document`` (the
    file name), ``title``, ``source``, ``published``, ``participant_names`` (a list)
    and ``place_name``; ``sentence`` is already an events column.
    """
    return next(selected_events_chunks(tables, event_ids, rows=None))


def selected_events_chunks(tables: Tables, event_ids: Iterable[str], rows: int | None = CHUNK_ROWS
                           ) -> Iterator[pd.DataFrame]:
    """``selected_events_frame``'s rows, ``rows`` at a time (None: all in one), at least one chunk."""
    events = tables["events"]
    positions = np.flatnonzero(events["event_id"].isin(_id_set(event_ids)).to_numpy())
    starts, ends = events["date_start"].to_numpy()[positions], events["date_end"].to_numpy()[positions]
    positions = positions[_date_order(starts, ends)]
    del starts, ends
    docs = tables["documents"].set_index("doc_id")[["name", "title", "source", "published"]]
    names = entity_names(tables)
    for part in _parts(positions, rows):
        yield _with_sources(events.iloc[part].reset_index(drop=True), docs, names)


def _with_sources(rows: pd.DataFrame, docs: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Events rows with their document's name, title, outlet and date and their entities' names."""
    rows["document"] = rows["doc_id"].map(docs["name"]).fillna("")
    for column in ("title", "source", "published"):
        rows[column] = rows["doc_id"].map(docs[column]).fillna("")
    participants = lists_of(rows["participants"])
    rows["participant_names"] = pd.Series(
        [[names.get(e, e) for e in ids] for ids in participants], index=rows.index, dtype=object)
    if is_arrow_lists(rows["participants"]):  # (the window's read keeps them as Arrow: written as Python lists)
        rows["participants"] = pd.Series(participants, index=rows.index, dtype=object)
    rows["place_name"] = [names.get(place, place) for place in rows["place"]]
    return rows


def _parts(positions: np.ndarray, rows: int | None) -> Iterator[np.ndarray]:
    """``positions`` cut into runs of ``rows`` (None: one run); one empty run when there are none."""
    step = rows or max(len(positions), 1)
    yield from (positions[at:at + step] for at in range(0, max(len(positions), 1), step))


def _id_set(ids: Iterable[str]) -> set | frozenset:
    return ids if isinstance(ids, (set, frozenset)) else set(ids)


def selected_entities_frame(tables: Tables, entity_ids: Iterable[str]) -> pd.DataFrame:
    """The selected entities' rows, in the entities table's order, with its columns."""
    return next(selected_entities_chunks(tables, entity_ids, rows=None))


def selected_entities_chunks(tables: Tables, entity_ids: Iterable[str], rows: int | None = CHUNK_ROWS
                             ) -> Iterator[pd.DataFrame]:
    """``selected_entities_frame``'s rows, ``rows`` at a time (None: all in one), at least one chunk."""
    entities = tables["entities"]
    positions = np.flatnonzero(entities["entity_id"].isin(_id_set(entity_ids)).to_numpy())
    for part in _parts(positions, rows):
        yield entities.iloc[part].reset_index(drop=True)


def selected_mentions_frame(tables: Tables, entity_ids: Iterable[str]) -> pd.DataFrame:
    """Every mention of the selected entities, with where to find it.

    Returns the mentions columns plus ``document`` (file name), ``entity_name`` and
    ``sentence``: the sentence of an event that covers the mention if there is one,
    else the line of the document's text around the mention.
    """
    return next(selected_mentions_chunks(tables, entity_ids, rows=None))


def selected_mentions_chunks(tables: Tables, entity_ids: Iterable[str], rows: int | None = CHUNK_ROWS
                             ) -> Iterator[pd.DataFrame]:
    """``selected_mentions_frame``'s rows, ``rows`` at a time (None: all in one), at least one chunk."""
    mentions = tables["mentions"]
    positions = np.flatnonzero(mentions["entity_id"].isin(_id_set(entity_ids)).to_numpy())
    docs = tables["documents"].set_index("doc_id")
    names = entity_names(tables)
    finder = SentenceFinder(tables["events"], docs["text"])
    for part in _parts(positions, rows):
        chunk = mentions.iloc[part].reset_index(drop=True)
        chunk["document"] = chunk["doc_id"].map(docs["name"]).fillna("")
        chunk["entity_name"] = [names.get(e, e) for e in chunk["entity_id"]]
        chunk["sentence"] = [finder.around(d, s, e) for d, s, e in zip(chunk["doc_id"], chunk["start"], chunk["end"])]
        yield chunk


SELECTION_CHUNKS = {"events": selected_events_chunks, "entities": selected_entities_chunks,
                    "mentions": selected_mentions_chunks}


def export_selection(kind: str, frame: pd.DataFrame, path: str | Path | BinaryIO, fmt: str = "csv") -> int:
    """Write a selection frame of ``kind`` ("events", "entities", "mentions") as ``fmt`` (a registered format).

    The table's own columns come first, in the model's order, then the added ones.
    Returns the number of rows written.
    """
    _check_kind(kind)
    export_frame(_ordered(kind, frame), fmt, path)
    return len(frame)


def write_selection(kind: str, tables: Tables, ids: Iterable[str], path: str | Path | BinaryIO, fmt: str = "csv",
                    report: Report | None = None, should_cancel: ShouldCancel | None = None,
                    rows: int | None = None) -> int:
    """Build and write the selection of ``kind`` (event ids for events, entity ids for entities and their
    mentions) ``rows`` at a time (default ``CHUNK_ROWS``); returns the rows written. The bytes are ``export_selection``'s of the
    whole frame.

    ``report("Exporting", done, total)`` follows each chunk (``total`` the rows found);
    ``should_cancel()`` is asked before each chunk and raises ``Cancelled`` when true.
    A path is written as ``.NAME.partial`` beside it and renamed when complete: a cancel or a
    failure leaves nothing under either name.
    """
    _check_kind(kind)
    ids = _id_set(ids)
    table, key = {"events": ("events", "event_id"), "entities": ("entities", "entity_id"),
                  "mentions": ("mentions", "entity_id")}[kind]
    total = int(tables[table][key].isin(ids).sum())  # one pass more, so the status bar can count to it
    chunks = _watched(SELECTION_CHUNKS[kind](tables, ids, rows or CHUNK_ROWS), total, report, should_cancel)
    ordered = (_ordered(kind, chunk) for chunk in chunks)
    return _write_whole(path, lambda out: export_frame_chunks(ordered, fmt, out))


def _watched(chunks: Iterator[pd.DataFrame], total: int, report: Report | None,
             should_cancel: ShouldCancel | None) -> Iterator[pd.DataFrame]:
    """The chunks, with a cancel check before each and a report after each is written."""
    done = 0
    while True:
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk
        done += len(chunk)
        if report is not None:
            report("Exporting", done, total)


def _write_whole(path: str | Path | BinaryIO, write: Callable[[BinaryIO | Path], int]) -> int:
    """``write`` to a stream as it is; to a path through ``.NAME.partial`` beside it, renamed at the end
    (a path that exists and is not a regular file, a device or a pipe, is written in place)."""
    if not isinstance(path, (str, Path)):
        return write(path)
    target = Path(path)
    if target.exists() and not target.is_file():
        return write(target)
    partial = target.with_name(f".{target.name}.partial")
    try:
        count = write(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _check_kind(kind: str) -> None:
    if kind not in SELECTION_KINDS:
        raise ValueError(f"unknown selection kind {kind!r}; expected one of {', '.join(SELECTION_KINDS)}")


def _ordered(kind: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The table's own columns first, in the model's order, then the added ones."""
    own = [c for c in TABLE_COLUMNS[kind] if c in frame.columns]
    return frame[own + [c for c in frame.columns if c not in own]]


def date_order(events: pd.DataFrame) -> list[int]:
    """Row positions of ``events`` by (date_start, date_end), undated rows last, ties kept in order.

    A range open on one side ("on or before 2010-09-08") sorts by the end it has.
    """
    return _date_order(events["date_start"].to_numpy(), events["date_end"].to_numpy()).tolist()


def _date_order(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """``date_order`` of two arrays of date texts, sorted in bulk: the dates become their ranks among the
    distinct dates (``factorize``), and a stable sort of the ranks keeps ties in order."""
    starts = np.asarray([s or "" for s in starts], dtype=object)
    ends = np.asarray([e or "" for e in ends], dtype=object)
    first = np.where(starts != "", starts, ends)  # by the end it has when the start is open
    second = np.where(ends != "", ends, starts)
    dated = first != ""
    first_rank = pd.factorize(first, sort=True)[0]
    second_rank = pd.factorize(second, sort=True)[0]
    order = np.lexsort((second_rank, first_rank, ~dated))  # dated first; lexsort is stable
    return order.astype(np.int64)


def entity_names(tables: Tables) -> dict[str, str]:
    """Entity id to canonical name."""
    entities = tables["entities"]
    return dict(zip(entities["entity_id"], entities["name"]))


class SentenceFinder:
    """Finds the sentence around a span: an event's sentence, else the text line.

    The events are held as four arrays sorted by document and start (about 32 bytes an
    event), not as lists per document (about 130 bytes an event): a mentions export at a
    million events builds one.
    """

    def __init__(self, events: pd.DataFrame, texts: pd.Series) -> None:
        self._texts = texts
        codes, docs = pd.factorize(events["doc_id"].to_numpy())
        starts = events["start"].to_numpy(dtype=np.int64)
        order = np.lexsort((starts, codes))  # by document, then start; stable
        self._starts, self._ends = starts[order], events["end"].to_numpy(dtype=np.int64)[order]
        self._sentences = events["sentence"].to_numpy(dtype=object)[order]
        bounds = np.searchsorted(codes[order], np.arange(len(docs) + 1))
        self._ranges = {doc: (int(bounds[i]), int(bounds[i + 1])) for i, doc in enumerate(docs)}

    def around(self, doc_id: str, start: int, end: int) -> str:
        """The text of the sentence containing ``[start, end)`` in document ``doc_id``."""
        first, last = self._ranges.get(doc_id, (0, 0))
        at = first + int(np.searchsorted(self._starts[first:last], start, side="right")) - 1
        while at >= first:
            sentence_end = self._ends[at]
            if sentence_end >= end:
                return self._sentences[at]
            if sentence_end <= start:
                break  # sentences do not overlap: earlier ones end before the span too
            at -= 1
        return self.line(doc_id, start, end)

    def line(self, doc_id: str, start: int, end: int) -> str:
        """The line of the document's text that holds ``[start, end)``, trimmed."""
        text = self._texts.get(doc_id, "")
        if not isinstance(text, str):
            return ""
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        return text[first:last if last >= 0 else len(text)].strip()


def write_selected_events(tables: Tables, event_ids: Iterable[str], path: str | Path | BinaryIO,
                          fmt: str = "csv", report: Report | None = None,
                          should_cancel: ShouldCancel | None = None) -> int:
    """The events with their document, sources and names (``selected_events_frame``) as ``fmt``, written a
    chunk at a time (``write_selection``); returns the rows."""
    return write_selection("events", tables, event_ids, path, fmt, report, should_cancel)
