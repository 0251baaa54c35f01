"""Relations: entities that take part in the same events, weighted by how many."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

CO_PARTICIPANT = "co-participant"


def co_participant_relations(events: list[dict]) -> list[dict]:
    """One undirected relation per pair of entities sharing events (source < target)."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in events:
        people = sorted(set(event["participants"]) | ({event["place"]} if event["place"] else set()))
        for source, target in combinations(people, 2):
            shared[(source, target)].append(event["event_id"])
    return [
        {"source": s, "target": t, "kind": CO_PARTICIPANT, "weight": len(ids), "event_ids": ids}
        for (s, t), ids in sorted(shared.items())
    ]
