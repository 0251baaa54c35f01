"""Which events of a group of documents tell which happening: the second step.

Each document of a group gives a reading of when the happening was: its first
event dated to a short span by a time expression with a known year, else by one
whose year was guessed, else by the publication date. The happening's window is
the reading that most documents agree with (within ``DATE_TOLERANCE_DAYS``),
widened by that tolerance. An event belongs to the happening when its date fits
the window (an event dated only by its publication date fits when it was published
after the window opened; undated events fit) and its sentence is like the group's
profile: the words and participants that two or more of the group's documents
share, weighted by rarity and by how many documents share them. An event more
like the events dated outside the window (another happening the documents also
tell) stays out. Each document keeps at least its best-fitting event, so the
happening spans every document that has one; a document with none (say, an
article published before the happening began) leaves it.

The events left out by date or by likeness to another happening are read again
for a further happening on other days, up to ``MAX_HAPPENINGS`` per group:
documents that mainly tell one happening often recall an earlier one that another
document tells. An event drawn away that no further happening takes goes back.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from explorer.core.extract.clusters.terms import content_words, dot, smoothed_idf
from explorer.core.model import EventRow

DATE_TOLERANCE_DAYS = 7
SHORT_SPAN_DAYS = 7
MEMBER_SIMILARITY = 0.15
MAX_HAPPENINGS = 3

Vectors = dict[str, dict[str, float]]


@dataclass(frozen=True)
class Window:
    """The days (ISO dates, inclusive) a happening may fall on."""

    start: str
    end: str


def event_idf(events: list[EventRow]) -> dict[str, float]:
    """Inverse event frequency of sentence words and participant ids, shrunk toward a prior like the documents'."""
    return smoothed_idf(_terms(e) for e in events)


def happenings(group: list[EventRow], idf: dict[str, float], guessed: frozenset[str] = frozenset()) -> list[list[EventRow]]:
    """The happenings one document group tells, each as its events; the first is the one most documents date.

    ``group`` holds all the group's events in text order; ``idf`` comes from
    ``event_idf``; ``guessed`` holds the ids of time expressions whose year was
    guessed from the corpus.
    """
    vectors = _vectors(group, idf)
    found: list[list[EventRow]] = []
    held_back: list[list[EventRow]] = []  # events drawn away from each happening, returned if no later one takes them
    windows: list[Window] = []
    open_events = list(group)
    for _ in range(MAX_HAPPENINGS):
        window = happening_window(open_events, guessed, windows)
        if window is None and found:
            break
        fitting: list[EventRow] = []
        elsewhere: list[EventRow] = []
        for event in open_events:
            (fitting if fits(event, window, event["timex_id"] in guessed) else elsewhere).append(event)
        members, drawn_away, qualified = _members(fitting, elsewhere + [e for h in found for e in h], vectors)
        found.append(members)
        held_back.append(qualified)
        if window is None:
            break
        windows.append(window)
        reopened = {e["event_id"] for e in elsewhere + drawn_away}
        open_events = [e for e in group if e["event_id"] in reopened]
    taken = {e["event_id"] for h in found for e in h}
    return [members + [e for e in back if e["event_id"] not in taken] for members, back in zip(found, held_back)]


def happening_window(
    events: list[EventRow], guessed: frozenset[str] = frozenset(), taken: Sequence[Window] = (),
) -> Window | None:
    """The span most documents agree a happening fell on (None when no document dates one).

    Readings inside a window already ``taken`` by another happening do not count.
    """
    spans = Counter(s for s in _readings(events, guessed).values()
                    if not any(s[0].isoformat() <= w.end and s[1].isoformat() >= w.start for w in taken))
    if not spans:
        return None
    order = {span: rank for rank, span in enumerate(spans)}  # first seen first, among equals
    support = {span: sum(n for other, n in spans.items() if _near(span, other)) for span in spans}
    best = max(spans, key=lambda span: (support[span], -order[span]))
    agreeing = [s for s in spans if _near(best, s)]
    start = min(s[0] for s in agreeing) - timedelta(days=DATE_TOLERANCE_DAYS)
    end = max(s[1] for s in agreeing) + timedelta(days=DATE_TOLERANCE_DAYS)
    return Window(start.isoformat(), end.isoformat())


def fits(event: EventRow, window: Window | None, year_guessed: bool = False) -> bool:
    """Whether the event's date allows it to be part of a happening in ``window``.

    A date whose year was guessed is judged by its month and day, moved into the window's year.
    """
    if window is None or not (event["date_start"] or event["date_end"]):
        return True  # undated: any window may hold it
    if not event["date_start"]:
        return event["date_end"] >= window.start  # "on or before" a day: not a happening that began after it
    start, end = event["date_start"], event["date_end"] or "9999-12-31"  # "on or after": open to the future
    if event["date_basis"] == "dct":
        return end >= window.start  # reported on its publication day: it happened by then
    if year_guessed and start[:4] == end[:4]:
        start, end = window.start[:4] + start[4:], window.start[:4] + end[4:]
    return start <= window.end and end >= window.start


def _members(fitting: list[EventRow], others: list[EventRow], vectors: Vectors) -> tuple[list[EventRow], list[EventRow], list[EventRow]]:
    """The fitting events that tell the happening; those drawn away by another's likeness; the drawn who qualify."""
    profile, rival = _profile(fitting, vectors), _profile(others, vectors, shared_by=1)
    score = {e["event_id"]: dot(vectors[e["event_id"]], profile) for e in fitting}
    drawn_away = [e for e in fitting if score[e["event_id"]] < dot(vectors[e["event_id"]], rival)]
    away = {e["event_id"] for e in drawn_away}
    candidates = [e for e in fitting if e["event_id"] not in away]
    best: dict[str, EventRow] = {}
    for event in candidates:
        held = best.get(event["doc_id"])
        if held is None or score[event["event_id"]] > score[held["event_id"]]:
            best[event["doc_id"]] = event
    kept = {e["event_id"] for e in best.values()}
    members = [e for e in candidates if e["event_id"] in kept or score[e["event_id"]] >= MEMBER_SIMILARITY]
    return members, drawn_away, [e for e in drawn_away if score[e["event_id"]] >= MEMBER_SIMILARITY]


def _vectors(events: list[EventRow], idf: dict[str, float]) -> Vectors:
    """Unit-length TF-IDF vectors of each event's sentence words and participant ids."""
    vectors = {}
    for event in events:
        weights = {t: (1 + math.log(n)) * idf.get(t, 1.0) for t, n in _terms(event).items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors[event["event_id"]] = {t: v / norm for t, v in weights.items()}
    return vectors


def _readings(events: list[EventRow], guessed: frozenset[str]) -> dict[str, tuple[date, date]]:
    """Each document's reading: its first short span with a known year, else a guessed one, else its publication day."""
    ranked: dict[str, tuple[int, tuple[date, date]]] = {}
    for event in events:
        if not event["date_start"] or not event["date_end"] or event["date_basis"] not in ("timex", "dct"):
            continue
        start, end = date.fromisoformat(event["date_start"]), date.fromisoformat(event["date_end"])
        if (end - start).days > SHORT_SPAN_DAYS:
            continue
        rank = 2 if event["date_basis"] == "dct" else 1 if event["timex_id"] in guessed else 0
        held = ranked.get(event["doc_id"])
        if held is None or rank < held[0]:
            ranked[event["doc_id"]] = (rank, (start, end))
    return {doc_id: span for doc_id, (_, span) in ranked.items()}


def _near(a: tuple[date, date], b: tuple[date, date]) -> bool:
    gap = max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)
    return gap <= DATE_TOLERANCE_DAYS


def _profile(events: list[EventRow], vectors: Vectors, shared_by: int = 2) -> dict[str, float]:
    """Terms that ``shared_by`` or more documents use, weighted by rarity and by the share of documents using them."""
    documents = {e["doc_id"] for e in events}
    weight: dict[str, float] = {}
    users: dict[str, set[str]] = {}
    for event in events:
        for term, value in vectors[event["event_id"]].items():
            weight[term] = max(weight.get(term, 0.0), value)
            users.setdefault(term, set()).add(event["doc_id"])
    profile = {t: weight[t] * len(users[t]) / len(documents) for t in weight if len(users[t]) >= shared_by}
    norm = math.sqrt(sum(v * v for v in profile.values())) or 1.0
    return {t: v / norm for t, v in profile.items()}


def _terms(event: EventRow) -> Counter:
    words = content_words(event["sentence"])
    words.update("@" + p for p in event["participants"])
    if event.get("place"):
        words["@" + event["place"]] += 1
    return words
