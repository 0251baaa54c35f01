"""A brief out of a selection: one self-contained HTML file for someone who will never open Explorer.

An analyst hands on what they found, not the workspace. The brief holds the timeline of the selection as a
picture (given by the GUI, which draws it), the chronology — each event with its date, *how that date was
found* (stated in the sentence, carried from the passage, the day of the report, only bounded by it), its
sentence with the trigger marked and its source (document, outlet, publication day) — the entities involved,
each listing the chronology rows it takes part in, and the conflicts between sources of the clusters the
selection touches, each with the rows behind it. So every number and name in the brief leads to the sentences
it stands on: the provenance travels with it.

The file is inert: every piece of text is escaped, there is no script, and a Content-Security-Policy allows
nothing but its own inline style and the embedded picture, so a brief built from someone else's documents
runs nothing when opened. ``brief_html`` builds the text; ``write_brief`` writes it beside its name and
renames it, so a failed export leaves no part of a file. Plain pandas; the PDF is printed by the GUI from
the same HTML (``brief_html(..., picture_src=...)``).
"""

from __future__ import annotations

import base64
import html
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from explorer.core.dates import HOW_FOUND, date_words
from explorer.core.entity_types import type_name
from explorer.core.export.selection import selected_events_frame
from explorer.core.model import Tables

HOW_FOUND_LEGEND = [
    ("stated", "a date written in the event's own clause"),
    ("carried from the narrative", "the date of the passage the sentence continues (a paragraph's last date, a "
                                   "heading)"),
    ("publication day", "the day the report appeared: a statement or a lede reported that day"),
    ("bounded", "no date in the text: the event is only known to come on or before (or on or after) a day"),
    ("undated", "the text gives no date at all"),
]
MAX_ENTITIES = 60  # the entities listed, most involved first: a brief, not an index
PRINTED_PICTURE_WIDTH = 760  # the picture's width on the PDF's page, in the layout's pixels
TITLE_CHARS = 90  # a source's title as the row shows it (some titles are a whole first sentence)
MAX_EVENTS = 2_000  # the chronology's rows, earliest first: beyond that it is an export, not a brief

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #1a1a1a; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; }
.meta { color: #555; } .picture img { max-width: 100%; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 5px 8px; }
th { background: #f1f1f1; font-weight: 600; } tr { border-bottom: 1px solid #e6e6e6; }
.how { color: #00695c; font-size: 12px; } .source { color: #555; font-size: 12px; }
mark { background: #fff3b8; font-weight: 600; } .conflict { background: #fff4e5; border-left: 4px solid #e65100;
  padding: 6px 12px; margin: 8px 0; } .rows a { margin-right: 6px; } dl.legend dt { font-weight: 600; }
dl.legend dd { margin: 0 0 4px 16px; color: #444; }
"""
# nothing may load or run: inline style and the embedded picture only
POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


@dataclass(frozen=True)
class BriefSummary:
    """What a brief holds, counted (the status bar and tests read it)."""

    events: int
    documents: int
    entities: int
    conflicts: int


def brief_html(tables: Tables, event_ids: Iterable[str], title: str = "Brief", picture: bytes | None = None,
               picture_src: str | None = None, made: datetime | None = None) -> tuple[str, BriefSummary]:
    """The brief of the events ``event_ids`` (unknown ids ignored), and what it holds.

    ``picture``: the timeline as PNG bytes, embedded; or ``picture_src``, a name the caller resolves (the PDF
    printer's resource). ``made``: when it was made (now by default), stated at the top."""
    frame = selected_events_frame(tables, event_ids).reset_index(drop=True)
    selected = len(frame)
    frame = frame.iloc[:MAX_EVENTS].copy()
    frame["row"] = [f"e{i + 1}" for i in range(len(frame))]
    named = _named_entities(tables, frame)
    names = {entity_id: name for entity_id, (name, _) in named.items()}
    entities = _entities_involved(frame, named)
    conflicts = _conflicts(frame, tables)
    made = made or datetime.now(timezone.utc)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_overview(frame)} · made {_e(made.strftime("%Y-%m-%d %H:%M UTC"))} with Explorer</p>',
        _picture(picture, picture_src),
        (f'<p class="meta">The chronology lists the first {MAX_EVENTS:,} of the {selected:,} events selected, '
         "in date order.</p>") if selected > MAX_EVENTS else "",
        "<h2>Chronology</h2>",
        _chronology(frame, names),
        "<h2>How each date was found</h2>",
        _legend(frame),
        f"<h2>Entities involved ({len(entities)})</h2>",
        _entities_table(entities),
        f"<h2>Conflicts between sources ({len(conflicts)})</h2>",
        _conflicts_html(conflicts),
        "</body></html>",
    ]
    summary = BriefSummary(len(frame), int(frame["doc_id"].nunique()) if len(frame) else 0, len(entities),
                           len(conflicts))
    return "\n".join(p for p in parts if p), summary


def write_brief(tables: Tables, event_ids: Iterable[str], path: str | Path, title: str = "Brief",
                picture: bytes | None = None) -> BriefSummary:
    """Write the brief to ``path`` (beside it first, then renamed: never half a file)."""
    text, summary = brief_html(tables, event_ids, title, picture)
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return summary


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _overview(frame: pd.DataFrame) -> str:
    if not len(frame):
        return "No events."
    dated = frame[(frame["date_start"] != "") | (frame["date_end"] != "")]
    span = ""
    if len(dated):
        first = min(d for d in list(dated["date_start"]) + list(dated["date_end"]) if d)
        last = max(d for d in list(dated["date_start"]) + list(dated["date_end"]) if d)
        span = f", {_e(date_words(first, first))} to {_e(date_words(last, last))}"
    documents = frame["doc_id"].nunique()
    return (f"{len(frame):,} events from {documents:,} document{'s' if documents != 1 else ''}"
            f"{span}")


def _picture(picture: bytes | None, picture_src: str | None) -> str:
    if picture:
        data = base64.b64encode(picture).decode("ascii")
        return f'<p class="picture"><img alt="The timeline of the selection" src="data:image/png;base64,{data}"></p>'
    if picture_src:  # Qt's text layout (the PDF) sizes an image by its attribute, not by CSS
        return (f'<p class="picture"><img alt="The timeline of the selection" src="{_e(picture_src)}" '
                f'width="{PRINTED_PICTURE_WIDTH}"></p>')
    return ""


def _chronology(frame: pd.DataFrame, names: dict[str, str]) -> str:
    if not len(frame):
        return "<p>No events are in the selection.</p>"
    rows = ['<table width="100%" cellpadding="4"><tr><th width="3%">#</th><th width="13%">When</th>'
            '<th width="11%">What</th><th width="13%">Who</th><th width="41%">Sentence</th>'
            '<th width="19%">Source</th></tr>']
    for event in frame.itertuples(index=False):
        who = ", ".join(_e(names.get(p, p)) for p in _ids(event.participants))
        place = names.get(str(event.place), "") if event.place else ""
        where = f"<br><span class='source'>at {_e(place)}</span>" if place else ""
        how = HOW_FOUND.get(str(event.date_basis), str(event.date_basis))
        rows.append(
            f'<tr id="{event.row}"><td>{event.row[1:]}</td>'
            f'<td class="date">{_e(date_words(event.date_start, event.date_end))}'
            f'<br><span class="how">{_e(how)}</span></td>'
            f"<td>{_e(event.trigger)}{where}</td><td>{who}</td>"
            f"<td>{_marked_sentence(event)}</td>"
            f'<td class="source">{_source(event)}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def _marked_sentence(event) -> str:
    """The sentence with the trigger marked (by its offsets in the document, else its first occurrence)."""
    sentence = str(event.sentence or "")
    at = int(event.trigger_start) - int(event.start) if pd.notna(event.trigger_start) and pd.notna(event.start) else -1
    size = int(event.trigger_end) - int(event.trigger_start) if at >= 0 and pd.notna(event.trigger_end) else 0
    if not (0 <= at and at + size <= len(sentence) and sentence[at:at + size] == str(event.trigger)):
        at, size = sentence.find(str(event.trigger)), len(str(event.trigger))
    if at < 0 or not size:
        return _e(sentence)
    return f"{_e(sentence[:at])}<mark>{_e(sentence[at:at + size])}</mark>{_e(sentence[at + size:])}"


def _source(event) -> str:
    title = str(event.title or event.document or "")
    parts = [title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1].rstrip() + "…"]
    if event.source:
        parts.append(str(event.source))
    if event.published:
        parts.append(f"published {event.published}")
    if event.document and event.title and event.document != event.title:
        parts.append(str(event.document))
    return "<br>".join(_e(p) for p in parts if p)


def _legend(frame: pd.DataFrame) -> str:
    counts = Counter(HOW_FOUND.get(str(b), str(b)) for b in frame["date_basis"]) if len(frame) else Counter()
    items = [f"<dt>{_e(word)} ({counts.get(word, 0)})</dt><dd>{_e(meaning)}</dd>" for word, meaning in HOW_FOUND_LEGEND]
    return '<dl class="legend">' + "".join(items) + "</dl>"


@dataclass(frozen=True)
class _Involved:
    entity_id: str
    name: str
    type: str
    rows: tuple[str, ...]


def _entities_involved(frame: pd.DataFrame, named: dict[str, tuple[str, str]]) -> list[_Involved]:
    """The participants and places of the brief's events, most involved first, with the rows they are in."""
    rows: dict[str, list[str]] = defaultdict(list)
    for event in frame.itertuples(index=False):
        ids = list(dict.fromkeys([*_ids(event.participants), *([str(event.place)] if event.place else [])]))
        for entity_id in ids:
            rows[entity_id].append(event.row)
    found = [_Involved(e, *named[e], tuple(r)) for e, r in rows.items() if e in named]
    found.sort(key=lambda i: (-len(i.rows), i.name.lower()))
    return found[:MAX_ENTITIES]


def _entities_table(entities: list[_Involved]) -> str:
    if not entities:
        return "<p>No entity takes part in these events.</p>"
    rows = ['<table width="100%" cellpadding="4"><tr><th>Entity</th><th>Type</th><th>Events</th><th>In rows</th></tr>']
    for item in entities:
        links = " ".join(f'<a href="#{r}">{r[1:]}</a>' for r in item.rows)
        rows.append(f"<tr><td>{_e(item.name)}</td><td>{_e(type_name(item.type) if item.type else '')}</td>"
                    f'<td>{len(item.rows)}</td><td class="rows">{links}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


@dataclass(frozen=True)
class _Conflict:
    label: str
    note: str
    rows: tuple[str, ...]
    documents: tuple[str, ...]


def _conflicts(frame: pd.DataFrame, tables: Tables) -> list[_Conflict]:
    """The clusters of the brief's events whose sources disagree, with the brief's rows of each."""
    clusters = tables.get("clusters")
    if clusters is None or not len(frame) or "cluster_id" not in frame:
        return []
    in_brief = frame[frame["cluster_id"].astype(str) != ""]
    if not len(in_brief):
        return []
    found = []
    wanted = set(in_brief["cluster_id"].astype(str))
    disagreeing = clusters[clusters["cluster_id"].astype(str).isin(wanted) & (clusters["conflict"].astype(str) != "")]
    for cluster in disagreeing.itertuples(index=False):
        mine = in_brief[in_brief["cluster_id"].astype(str) == str(cluster.cluster_id)]
        documents = tuple(dict.fromkeys(str(t or d) for t, d in zip(mine["title"], mine["document"])))
        found.append(_Conflict(str(cluster.label), str(cluster.conflict), tuple(mine["row"]), documents))
    return found


def _conflicts_html(conflicts: list[_Conflict]) -> str:
    if not conflicts:
        return "<p>The sources of these events do not disagree on any happening they share.</p>"
    parts = []
    for conflict in conflicts:
        links = " ".join(f'<a href="#{r}">{r[1:]}</a>' for r in conflict.rows)
        parts.append(f'<div class="conflict"><strong>{_e(conflict.label)}</strong>: {_e(conflict.note)}'
                     f'<br><span class="source">told by {_e("; ".join(conflict.documents))}</span>'
                     f'<br><span class="rows">rows {links}</span></div>')
    return "\n".join(parts)


def _named_entities(tables: Tables, frame: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """The name and type of the brief's participants and places (only those: a workspace may hold 100,000
    entities), read once for the chronology and the entities' list."""
    wanted = {p for cell in frame["participants"] for p in _ids(cell)} | {str(p) for p in frame["place"] if p}
    entities = tables["entities"]
    known = entities[entities["entity_id"].isin(list(wanted))]
    return {e: (n, t) for e, n, t in zip(known["entity_id"].astype(str), known["name"].astype(str),
                                          known["type"].astype(str))}


def _ids(value: object) -> list[str]:
    """A participants cell as a list of ids, whatever the frame holds (a list, an array, Arrow, nothing)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return []

