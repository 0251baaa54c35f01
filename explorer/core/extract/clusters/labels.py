"""Readable names for clusters, and the dates each document gives a happening.

A happening that has a name ("Critical Minerals Ministerial", "Academy Awards")
is called by it: an EVENT entity, or a name whose head noun is a kind of gathering
or incident (``HAPPENING_NOUNS``), used in two or more of the cluster's documents.
Otherwise the label is the trigger most documents use with the participants most
documents name ("stop: Wladimir Klitschko, Tony Thompson"). The label ends with
the date most events give.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from explorer.core.dates import iso_span
from explorer.core.model import EventRow

HAPPENING_NOUNS = {  # not "congress", "council" or "assembly": more often a body than a sitting
    "meeting", "ministerial", "summit", "conference", "talks", "forum", "convention", "dialogue",
    "election", "elections", "referendum", "visit", "ceremony", "awards", "olympics", "championship",
    "tournament", "festival", "earthquake", "quake", "attack", "bombing", "shooting", "massacre",
    "protest", "riot", "crash", "flood", "hurricane", "war", "trial",
}
NAME_TYPES = {"EVENT", "ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"}
REPORTING_LEMMAS = {"say", "tell", "report", "add", "note", "state", "write", "quote", "ask", "explain", "continue"}
SHORT_SPAN_DAYS = 7


def cluster_label(members: list[EventRow], kinds: dict[str, tuple[str, str]], span: tuple[str, str] | None) -> str:
    """'Name — date', or 'trigger: participants — date'; ``kinds`` maps entity id to (name, type)."""
    used_by = _documents_naming(members)
    head = _happening_name(used_by, kinds) or _trigger_and_participants(members, used_by, kinds)
    return f"{head} \u2014 {iso_span(*span)}" if span else head


def document_readings(members: list[EventRow]) -> dict[str, tuple[str, str]]:
    """Each document's first short span of days among its events dated by a time expression."""
    readings: dict[str, tuple[str, str]] = {}
    for event in members:
        if event["doc_id"] in readings or event["date_basis"] != "timex" or not event["date_start"] \
                or not event["date_end"]:  # "since June", "until Friday": one end only, no span
            continue
        start, end = event["date_start"], event["date_end"]
        if (date.fromisoformat(end) - date.fromisoformat(start)).days <= SHORT_SPAN_DAYS:
            readings[event["doc_id"]] = (start, end)
    return readings


def date_conflict(readings: dict[str, tuple[str, str]], document_names: dict[str, str]) -> str:
    """'Dates differ: a.txt says 2026-02-04; b.txt says 2026-02-05', or '' (``readings``: each document's span,
    ``document_readings``). Only spans that share no day differ: "set to visit … from 2 to 4 February" and "will
    welcome … on 4 February" tell one date more or less closely, and once made the sample's ministerial a false
    conflict (a red ⚠ on the timeline, "Sources disagree")."""
    said: dict[tuple[str, str], list[str]] = {}
    for doc_id, span in readings.items():
        said.setdefault(span, []).append(document_names.get(doc_id, doc_id))
    if not spans_disagree(list(said)):
        return ""
    parts = [f"{', '.join(sorted(who))} {'says' if len(who) == 1 else 'say'} {iso_span(*span)}"
             for span, who in sorted(said.items(), key=lambda item: (-len(item[1]), item[0]))]
    return "Dates differ: " + "; ".join(parts)


def spans_disagree(spans: list[tuple[str, str]]) -> bool:
    """Whether two of the spans (ISO start, end) share no day."""
    return any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(spans) for b in spans[i + 1:])


def _documents_naming(members: list[EventRow]) -> dict[str, set[str]]:
    """Entity id -> the documents whose cluster events name it."""
    used_by: dict[str, set[str]] = defaultdict(set)
    for event in members:
        for entity_id in [*event["participants"], event.get("place", "")]:
            if entity_id:
                used_by[entity_id].add(event["doc_id"])
    return used_by


def _happening_name(used_by: dict[str, set[str]], kinds: dict[str, tuple[str, str]]) -> str:
    named = [
        (len(docs), kinds[e][0]) for e, docs in used_by.items()
        if e in kinds and len(docs) >= 2 and names_a_happening(*kinds[e])
    ]
    return max(named, key=lambda item: (item[0], -len(item[1]), item[1]))[1] if named else ""


def names_a_happening(name: str, type_: str) -> bool:
    """Whether a name calls a happening by its own name; the review also emphasises the sentences that use one."""
    words = name.lower().split()
    return type_ == "EVENT" or (type_ in NAME_TYPES and bool(words) and words[-1] in HAPPENING_NOUNS)


def _trigger_and_participants(
    members: list[EventRow], used_by: dict[str, set[str]], kinds: dict[str, tuple[str, str]],
) -> str:
    """The trigger and entities the most documents use; among equals, those said first (a story's lead)."""
    first_said: dict[str, tuple[int, int]] = {}
    lemmas: dict[str, set[str]] = defaultdict(set)
    position: dict[str, int] = {}
    for rank, event in enumerate(_in_reading_order(members)):
        if event["lemma"] not in REPORTING_LEMMAS and any(c.isalpha() for c in event["lemma"]):  # never a bare year
            lemmas[event["lemma"]].add(event["doc_id"])
            position.setdefault(event["lemma"], rank)
        for order, entity_id in enumerate(event["participants"]):
            first_said.setdefault(entity_id, (rank, order))
    trigger = min(lemmas, key=lambda lemma: (-len(lemmas[lemma]), position[lemma])) if lemmas else members[0]["lemma"]
    ranked = sorted((e for e in first_said if e in kinds), key=lambda e: (-len(used_by[e]), first_said[e]))
    who = ", ".join(kinds[e][0] for e in ranked[:3])
    return f"{trigger}: {who}" if who else trigger


def _in_reading_order(members: list[EventRow]) -> list[EventRow]:
    """Each document's first event, then each one's second, and so on."""
    place: dict[str, int] = defaultdict(int)
    keyed = []
    for event in members:
        keyed.append((place[event["doc_id"]], event["doc_id"], event["start"], event))
        place[event["doc_id"]] += 1
    return [item[-1] for item in sorted(keyed, key=lambda item: item[:3])]
