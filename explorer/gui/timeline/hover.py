"""The text a timeline shows for an event: its hover tooltip, its date in words (``core.dates``).

Qt-free: it builds small HTML strings from the session's tables. The sentence is
cut to about 300 characters and the text wraps at a fixed width (a one-cell
table, which Qt's rich text honours), so a tooltip never fills the screen.
"""

from __future__ import annotations

import html

from explorer.core.dates import event_date_words
from explorer.core.review.sources import relabel_note, source_labels

SENTENCE_CHARS = 300
WIDTH_PX = 440  # the tooltip wraps its text to this width
def event_tooltip(session, event_id: str) -> str:
    """HTML for the hover tooltip of ``event_id``: date, trigger, who, where from, sentence."""
    row = session.event_lookup.position_of(event_id)  # (the lookup's ids' order: no hash table over them all)
    if row is None:
        raise KeyError(event_id)
    event = session.events.iloc[row]
    date = event_date_words(str(event["date_start"]), str(event["date_end"]), str(event.get("date_basis", "")))
    names = [n for n in session.names_of(_as_list(event.get("participants")))]
    place = str(event.get("place") or "")
    lines = [f"<b>{_esc(date)}</b> — <b>{_esc(event['trigger'])}</b>"]
    if names:
        lines.append(f"Who: {_esc(', '.join(names))}")
    if place:
        lines.append(f"Where: {_esc(session.entity_names.get(place, place))}")
    lines.append(f"Source: <i>{_esc(_document_title(session, str(event['doc_id'])))}</i>")
    lines.extend(_cluster_lines(session, str(event.get("cluster_id") or "")))
    sentence = _esc(_clip(str(event["sentence"]), SENTENCE_CHARS))
    return f"<table width={WIDTH_PX}><tr><td>{'<br>'.join(lines)}<p>{sentence}</p></td></tr></table>"


def _cluster_lines(session, cluster_id: str) -> list[str]:
    if not cluster_id:
        return []
    clusters = session.tables["clusters"]
    rows = clusters[clusters["cluster_id"] == cluster_id]
    if rows.empty:
        return []
    row = rows.iloc[0]
    lines = [f"Cluster: {_esc(row['label'])} ({len(_as_list(row['doc_ids']))} sources)"]
    if str(row.get("conflict") or ""):
        note = _named_by_outlet(session, str(row["conflict"]), _as_list(row["doc_ids"]))
        lines.append(f"<span style='color:#d62728'>⚠ Sources disagree: {_esc(note)}</span>")
    return lines


def _named_by_outlet(session, note: str, doc_ids: list) -> str:
    """Extraction's note names the sources by file; the tooltip names them as the review does."""
    documents = session.documents
    known = [d for d in doc_ids if d in documents.index]
    return relabel_note(note, source_labels(documents.loc[known, ["name", "title", "source"]].to_dict("records")))


def _document_title(session, doc_id: str) -> str:
    if doc_id not in session.documents.index:
        return doc_id
    doc = session.documents.loc[doc_id]
    title = _clip(str(doc["title"] or doc["name"]), 90)
    meta = ", ".join(str(v) for v in (doc["source"], doc["published"]) if v)
    return f"{title} ({meta})" if meta else title


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) or hasattr(value, "__array__") else []


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _esc(value) -> str:
    return html.escape(str(value))
