"""The text the graph shows: a node's or an edge's hover tooltip, and the legend of entity types (and its tooltip).

Qt-free apart from the type colours: small HTML strings built from the igraph
graph drawn and the session's events. An edge's tooltip lists the first few of
its shared events, oldest first, in a one-cell table of fixed width (which Qt's
rich text honours), so it never fills the screen.
"""

from __future__ import annotations

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
    for _, event in events.head(TOOLTIP_EVENTS).iterrows():
        when = date_words(str(event["date_start"]), str(event["date_end"]))
        sentence = textwrap.shorten(str(event["sentence"]), 200, placeholder=" …")
        lines.append(f"• <i>{html.escape(when)}</i>, {html.escape(str(event['trigger']))}: {html.escape(sentence)}")
    if link["weight"] > TOOLTIP_EVENTS:
        lines.append(f"and {link['weight'] - TOOLTIP_EVENTS} more")
    return f"<table width={TOOLTIP_WIDTH_PX}><tr><td>{'<br>'.join(lines)}</td></tr></table>"


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
