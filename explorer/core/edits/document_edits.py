"""Document and event decisions: a corrected publication date, notes and tags.

Correcting a document's reference date resolves its time expressions again
against the new date (each with the tense of the event sentence it sits in), so
"on Wednesday" or "last month" move with it; its events then take their time
expression's new dates, or the new date itself where they were dated by it, and
the clusters they belong to recompute their date span. The extraction's own
date stays in the file; the decision is replayed over it.
"""

from __future__ import annotations

import bisect
from datetime import date

import pandas as pd

from explorer.core.document import blank_spans
from explorer.core.model import Tables, make_table, normalize_table

ANALYST_BASIS = "analyst"


def set_published(tables: Tables, payload: dict) -> None:
    doc_id, published = payload["doc_id"], payload["published"]
    documents = tables.get("documents")
    if documents is None or not (documents["doc_id"] == doc_id).any():
        return
    row = documents.index[documents["doc_id"] == doc_id][0]
    documents.at[row, "published"] = published
    documents.at[row, "published_basis"] = ANALYST_BASIS if published else "unknown"
    reference = date.fromisoformat(published) if published else None
    if "timexes" in tables and "events" in tables:
        _resolve_again(tables, doc_id, str(documents.at[row, "text"]), reference)
    if "events" in tables:
        _redate_events(tables, doc_id, published)
    if "clusters" in tables and "events" in tables:
        _redate_clusters(tables)


def note(tables: Tables, payload: dict) -> None:
    events = tables.get("events")
    if events is not None:
        events.loc[events["event_id"] == payload["event_id"], "note"] = payload["note"]


def tags(tables: Tables, payload: dict) -> None:
    events = tables.get("events")
    if events is None:
        return
    for row in events.index[events["event_id"] == payload["event_id"]]:
        events.at[row, "tags"] = list(payload["tags"])


def _resolve_again(tables: Tables, doc_id: str, text: str, reference: date | None) -> None:
    """Replace the document's time expressions with the ones found against the new reference date."""
    events = tables["events"]
    mine = events[events["doc_id"] == doc_id].sort_values("start")
    starts, tenses = list(mine["start"]), list(mine["tense"])

    def tense_at(offset: int) -> str:
        index = bisect.bisect_right(starts, offset) - 1
        return tenses[index] if index >= 0 and tenses[index] else "past"

    # here, not at the top: compiling the time-expression rules takes a tenth of a second that opening
    # a workspace without a date correction need not pay (the timex package is pure Python: no spaCy)
    from explorer.core.extract.timex.find import find_timexes, timex_row

    furniture = tables.get("furniture")
    spans = [] if furniture is None else list(zip(*(furniture.loc[furniture["doc_id"] == doc_id, c]
                                                     for c in ("start", "end"))))
    found = find_timexes(blank_spans(text, [(int(a), int(b)) for a, b in spans]), reference, tense_at)
    rows = [timex_row(doc_id, t) for t in found]
    timexes = tables["timexes"]
    others = timexes[timexes["doc_id"] != doc_id]
    tables["timexes"] = normalize_table("timexes", pd.concat([others, make_table("timexes", rows)], ignore_index=True))


def _redate_events(tables: Tables, doc_id: str, published: str) -> None:
    events = tables["events"]
    timexes = tables.get("timexes")
    dates = {} if timexes is None else {
        t: (s, e) for t, s, e in zip(timexes["timex_id"], timexes["date_start"], timexes["date_end"])}
    for row in events.index[events["doc_id"] == doc_id]:
        basis, timex_id = events.at[row, "date_basis"], events.at[row, "timex_id"]
        if basis == "none":  # undated before: a date the new reference placed in its sentence dates it now
            timex_id = _dated_timex_in(timexes, doc_id, events.at[row, "start"], events.at[row, "end"])
        if dates.get(timex_id, ("", ""))[0]:
            events.at[row, "timex_id"], events.at[row, "date_basis"] = timex_id, "timex"
            events.at[row, "date_start"], events.at[row, "date_end"] = dates[timex_id]
            continue
        dated_by_publication = published and events.at[row, "tense"] != "future"
        events.at[row, "timex_id"] = ""
        events.at[row, "date_basis"] = "dct" if dated_by_publication else "none"
        events.at[row, "date_start"] = events.at[row, "date_end"] = published if dated_by_publication else ""


def _dated_timex_in(timexes: pd.DataFrame | None, doc_id: str, start: int, end: int) -> str:
    """A date the new reference date made placeable inside the sentence (extraction would have used it)."""
    if timexes is None:
        return ""
    inside = timexes[(timexes["doc_id"] == doc_id) & (timexes["start"] >= start) & (timexes["end"] <= end)
                     & (timexes["date_start"] != "") & timexes["type"].isin(["DATE", "TIME"])]
    return "" if inside.empty else str(inside.iloc[0]["timex_id"])


def _redate_clusters(tables: Tables) -> None:
    """Each cluster's span is the union of its events' dates."""
    events, clusters = tables["events"], tables["clusters"]
    dated = events[events["date_start"] != ""]
    span = dated.groupby("cluster_id").agg(first=("date_start", "min"), last=("date_end", "max"))
    for row in clusters.index:
        cluster_id = clusters.at[row, "cluster_id"]
        first, last = (span.at[cluster_id, "first"], span.at[cluster_id, "last"]) if cluster_id in span.index else ("", "")
        clusters.at[row, "date_start"], clusters.at[row, "date_end"] = first, last
