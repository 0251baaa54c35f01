"""Exports of what the analyst selected: events, entities or mentions.

A selection export is a table's rows (all of its columns) plus what a reader needs
to trace each row to its source without the workspace: the document's name and
the sentence. Events also carry their document's title, outlet and publication
date and their participants' and place's names; mentions carry their entity's
name and the sentence that contains them. Written in any format of the registry
that takes any table (CSV by the rules of DESIGN.md's "Exports", JSON, Parquet).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from explorer.core.export.formats import export_frame
from explorer.core.model import TABLE_COLUMNS, Tables

SELECTION_KINDS = ("events", "entities", "mentions")

EVENT_EXTRA_COLUMNS = ["document", "title", "source", "published", "participant_names", "place_name"]
MENTION_EXTRA_COLUMNS = ["document", "entity_name", "sentence"]


def selected_events_frame(tables: Tables, event_ids: Iterable[str]) -> pd.DataFrame:
    """The selected events, dated ones in date order and undated ones last.

    Parameters: ``tables`` a workspace's tables; ``event_ids`` the ids to export
    (unknown ids are ignored). Returns every events column plus ``document`` (the
    file name), ``title``, ``source``, ``published``, ``participant_names`` (a list)
    and ``place_name``; ``sentence`` is already an events column.
    """
    events = tables["events"]
    rows = events[events["event_id"].isin(set(event_ids))].reset_index(drop=True)
    rows = rows.iloc[date_order(rows)].reset_index(drop=True)
    docs = tables["documents"].set_index("doc_id")
    names = entity_names(tables)
    rows["document"] = rows["doc_id"].map(docs["name"]).fillna("")
    for column in ("title", "source", "published"):
        rows[column] = rows["doc_id"].map(docs[column]).fillna("")
    rows["participant_names"] = pd.Series(
        [[names.get(e, e) for e in ids] for ids in rows["participants"]], index=rows.index, dtype=object)
    rows["place_name"] = [names.get(place, place) for place in rows["place"]]
    return rows


def selected_entities_frame(tables: Tables, entity_ids: Iterable[str]) -> pd.DataFrame:
    """The selected entities' rows, in the entities table's order, with its columns."""
    entities = tables["entities"]
    return entities[entities["entity_id"].isin(set(entity_ids))].reset_index(drop=True)


def selected_mentions_frame(tables: Tables, entity_ids: Iterable[str]) -> pd.DataFrame:
    """Every mention of the selected entities, with where to find it.

    Returns the mentions columns plus ``document`` (file name), ``entity_name`` and
    ``sentence``: the sentence of an event that covers the mention if there is one,
    else the line of the document's text around the mention.
    """
    mentions = tables["mentions"]
    rows = mentions[mentions["entity_id"].isin(set(entity_ids))].reset_index(drop=True)
    docs = tables["documents"].set_index("doc_id")
    rows["document"] = rows["doc_id"].map(docs["name"]).fillna("")
    names = entity_names(tables)
    rows["entity_name"] = [names.get(e, e) for e in rows["entity_id"]]
    finder = SentenceFinder(tables["events"], docs["text"])
    rows["sentence"] = [finder.around(d, s, e) for d, s, e in zip(rows["doc_id"], rows["start"], rows["end"])]
    return rows


def export_selection(kind: str, frame: pd.DataFrame, path: str | Path | BinaryIO, fmt: str = "csv") -> int:
    """Write a selection frame of ``kind`` ("events", "entities", "mentions") as ``fmt`` (a registered format).

    The table's own columns come first, in the model's order, then the added ones.
    Returns the number of rows written.
    """
    if kind not in SELECTION_KINDS:
        raise ValueError(f"unknown selection kind {kind!r}; expected one of {', '.join(SELECTION_KINDS)}")
    own = [c for c in TABLE_COLUMNS[kind] if c in frame.columns]
    export_frame(frame[own + [c for c in frame.columns if c not in own]], fmt, path)
    return len(frame)


def date_order(events: pd.DataFrame) -> list[int]:
    """Row positions of ``events`` by (date_start, date_end), undated rows last, ties kept in order.

    A range open on one side ("on or before 2010-09-08") sorts by the end it has.
    """
    starts, ends = list(events["date_start"]), list(events["date_end"])
    dated = [i for i in range(len(starts)) if starts[i] or ends[i]]
    undated = [i for i in range(len(starts)) if not (starts[i] or ends[i])]
    return sorted(dated, key=lambda i: (starts[i] or ends[i], ends[i] or starts[i])) + undated


def entity_names(tables: Tables) -> dict[str, str]:
    """Entity id to canonical name."""
    entities = tables["entities"]
    return dict(zip(entities["entity_id"], entities["name"]))


class SentenceFinder:
    """Finds the sentence around a span: an event's sentence, else the text line."""

    def __init__(self, events: pd.DataFrame, texts: pd.Series) -> None:
        self._texts = texts
        self._spans: dict[str, tuple[list[int], list[tuple[int, str]]]] = {}
        ordered = events.sort_values(["doc_id", "start"], kind="stable")
        for doc_id, group in ordered.groupby("doc_id", sort=False):
            starts = list(group["start"])
            self._spans[doc_id] = (starts, list(zip(group["end"], group["sentence"])))

    def around(self, doc_id: str, start: int, end: int) -> str:
        """The text of the sentence containing ``[start, end)`` in document ``doc_id``."""
        starts, spans = self._spans.get(doc_id, ([], []))
        at = bisect_right(starts, start) - 1
        while at >= 0:
            sentence_end, sentence = spans[at]
            if sentence_end >= end:
                return sentence
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
                          fmt: str = "csv") -> int:
    """The events with their document, sources and names (``selected_events_frame``) as ``fmt``; returns the rows."""
    return export_selection("events", selected_events_frame(tables, event_ids), path, fmt)
