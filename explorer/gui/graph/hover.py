"""The text the graph shows: a node's or an edge's hover tooltip, an edge's label, and the legend of entity types.

Qt-free apart from the type colours: small HTML strings built from the igraph
graph drawn and the session's events. An edge's tooltip lists the first few of
its shared events, oldest first, in a one-cell table of fixed width (which Qt's
rich text honours), so it never fills the screen; it opens with every verb of the
edge, agent → verb → patient with its date, which the edge's label (the strongest
verbs and the span of their dates, ``edge_label``) can only abbreviate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import textwrap

from explorer.gui.entity_types import display_name, strong_colors, type_order, type_tooltip
from explorer.core.dates import date_words

TOOLTIP_EVENTS = 5
TOOLTIP_WIDTH_PX = 440


def node_tooltip(graph, index: int, pinned: bool = False) -> str:
    """HTML: the entity's name, type (with the model's code) and counts; whether the analyst pinned it."""
    vertex = graph.vs[index]
    degree = graph.degree(index)
    type_ = vertex["type"]
    text = (f"<b>{html.escape(vertex['name'])}</b><br>{html.escape(display_name(type_))} ({html.escape(type_)})<br>"
            f"{_plural(vertex['mentions'], 'mention')} in {_plural(vertex['documents'], 'document')}<br>"
            f"{_plural(vertex['events'], 'event')} in view, linked to {_plural(degree, 'entity', 'entities')}")
    if "betweenness" in graph.vs.attributes():  # (worked out once the analyst sized the nodes by it)
        text += f"<br>betweenness {vertex['betweenness']:,.1f}"
    return text + ("<br><i>pinned where you dropped it (Unpin all frees it)</i>" if pinned else "")


def edge_tooltip(session, graph, edge: int) -> str:
    """HTML: the two entities, how many events they share, and the first few of those events' sentences."""
    link = graph.es[edge]
    names = " — ".join(html.escape(graph.vs[v]["name"]) for v in link.tuple)
    # (found by the lookup's ids' order: no hash table over ten million event ids)
    events = session.events.iloc[session.event_lookup.positions_of(link["event_ids"])]
    known = events["event_id"].tolist()
    events = events.iloc[sorted(range(len(events)), key=lambda i: (events["date_start"].iat[i] or "~", known[i]))]
    lines = [f"<b>{names}</b>: {_plural(link['weight'], 'shared event')} ({html.escape(', '.join(link['kinds']))})"]
    lines += [html.escape(line) for line in verb_lines(graph, link["verb_links"])]
    for _, event in events.head(TOOLTIP_EVENTS).iterrows():
        when = date_words(str(event["date_start"]), str(event["date_end"]))
        sentence = textwrap.shorten(str(event["sentence"]), 200, placeholder=" …")
        lines.append(f"• <i>{html.escape(when)}</i>, {html.escape(str(event['trigger']))}: {html.escape(sentence)}")
    if link["weight"] > TOOLTIP_EVENTS:
        lines.append(f"and {link['weight'] - TOOLTIP_EVENTS} more")
    return f"<table width={TOOLTIP_WIDTH_PX}><tr><td>{'<br>'.join(lines)}</td></tr></table>"


LABEL_VERBS = 2  # verbs named on an edge's label; the tooltip names them all


def edge_label(link) -> str:
    """An edge's label: its strongest verbs and the span of their events' dates ("hold, pose · 4 Feb 2026"); ""
    for an edge without a verb (co-participants only)."""
    verbs = link["verbs"]
    if not verbs:
        return ""
    named = ", ".join(verbs[:LABEL_VERBS]) + (f" +{len(verbs) - LABEL_VERBS}" if len(verbs) > LABEL_VERBS else "")
    when = short_date(link["verb_start"], link["verb_end"])
    return f"{named} · {when}" if when else named


def edge_labels(graph) -> list[str]:
    """``edge_label`` of every edge, read from the attribute lists (the layout task makes them: a hundred
    thousand edges' worth of igraph look-ups kept off the GUI thread)."""
    if not graph.ecount():
        return []
    verbs, starts, ends = graph.es["verbs"], graph.es["verb_start"], graph.es["verb_end"]
    return [edge_label({"verbs": v, "verb_start": s, "verb_end": e}) if v else "" for v, s, e in zip(verbs, starts, ends)]


def verb_lines(graph, links: list[tuple]) -> list[str]:
    """One line per verb and direction: "S Jaishankar → hold → Marco Rubio (2 events, 4 February 2026)"."""
    ids = graph.vs["entity_id"] if graph.vcount() else []
    names = dict(zip(ids, graph.vs["name"] if ids else []))
    lines = []
    for agent, verb, patient, count, start, end in links:
        when = date_words(start, end) if start or end else "undated"
        lines.append(f"{names.get(agent, agent)} → {verb} → {names.get(patient, patient)} "
                     f"({_plural(count, 'event')}, {when})")
    return lines


def short_date(start: str, end: str) -> str:
    """A compact date for a label: "4 Feb 2026", "2–4 Feb 2026", "Sep 2025", "≤ 13 Jan 2026"; "" when unknown."""
    if not start and not end:
        return ""
    if not start or not end:
        return f"{'≤' if not start else '≥'} {short_date(start or end, start or end)}"
    try:
        a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return start if start == end else f"{start}–{end}"
    month = calendar.month_abbr
    if a == b:
        return f"{a.day} {month[a.month]} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        whole = a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]
        return f"{month[a.month]} {a.year}" if whole else f"{a.day}–{b.day} {month[a.month]} {a.year}"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    return f"{short_date(start, start)} – {short_date(end, end)}"


def legend_html(types: list[str]) -> str:
    """HTML: a coloured dot and the display name of each entity type drawn, in the app's type order."""
    swatches = (f"<span style='color:{strong_colors(t)[0].name()}'>●</span>&nbsp;"
                + html.escape(display_name(t)).replace(" ", "&nbsp;") for t in type_order(types))
    return "&nbsp;&nbsp; ".join(swatches)  # wraps between entries, never inside one


def legend_tooltip(types: list[str]) -> str:
    """Plain text: each type drawn with what the model files under it and its code, one a line."""
    return "\n".join(type_tooltip(t) for t in type_order(types))


def _plural(count: int, word: str, plural: str | None = None) -> str:
    count = int(count)
    return f"{count:,} {word if count == 1 else (plural or word + 's')}"
