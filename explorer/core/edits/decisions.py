"""One analyst decision: what kind of edit, on what, and its readable name.

Decisions name rows by the ids extraction gives them; entity ids are hashes of
type and key and document ids hashes of content, so the same decision still finds
its rows after extraction runs again. The payload is plain JSON.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

from explorer.core.edits.kinds import (
    DISMISS_CLUSTER,
    HIDE,
    KINDS,
    MERGE,
    NOTE,
    REMOVE_FROM_CLUSTER,
    RENAME,
    SAVE_QUERY,
    SET_PUBLISHED,
    SET_TYPE,
    SPLIT,
    SPLIT_CLUSTER,
    TAGS,
)


@dataclass
class Edit:
    """A decision: ``kind`` (one of ``kinds.KINDS``) with its ``payload``; ``edit_id`` once saved."""

    kind: str
    payload: dict
    label: str = ""  # what the Edit menu says: "Merge 2 entities into Marco Rubio"
    edit_id: int | None = None
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown edit kind {self.kind!r}; one of {', '.join(KINDS)}")


def merge(entity_ids: list[str], into: str, into_name: str) -> Edit:
    """Merge ``entity_ids`` (which may include ``into``) into the entity ``into``."""
    others = [e for e in dict.fromkeys(entity_ids) if e != into]
    return Edit(MERGE, {"entity_ids": others, "into": into},
                f"Merge {len(others) + 1} entities into {into_name}")


def rename(entity_id: str, name: str, old_name: str) -> Edit:
    return Edit(RENAME, {"entity_id": entity_id, "name": name}, f"Rename {old_name} to {name}")


def split(entity_id: str, alias: str, name: str) -> Edit:
    """Move the mentions written ``alias`` off ``entity_id`` into an entity of their own."""
    return Edit(SPLIT, {"entity_id": entity_id, "alias": alias, "new_entity_id": split_id(entity_id, alias)},
                f"Split “{alias}” off {name}")


def hide(entity_ids: list[str], hidden: bool, names: list[str]) -> Edit:
    what = names[0] if len(names) == 1 else f"{len(names)} entities"
    return Edit(HIDE, {"entity_ids": list(entity_ids), "hidden": hidden}, f"{'Hide' if hidden else 'Show'} {what}")


def set_type(entity_id: str, type_: str, name: str) -> Edit:
    return Edit(SET_TYPE, {"entity_id": entity_id, "type": type_}, f"Make {name} a {type_}")


def set_published(doc_id: str, published: str, doc_name: str) -> Edit:
    """Correct a document's reference date ('' makes it unknown); its relative dates resolve again."""
    what = published or "unknown"
    return Edit(SET_PUBLISHED, {"doc_id": doc_id, "published": published}, f"Date {doc_name} {what}")


def note(event_id: str, text: str) -> Edit:
    return Edit(NOTE, {"event_id": event_id, "note": text}, "Note on event" if text else "Remove note")


def tags(event_id: str, values: list[str]) -> Edit:
    clean = sorted({t.strip() for t in values if t.strip()})
    return Edit(TAGS, {"event_id": event_id, "tags": clean}, f"Tag event {', '.join(clean)}" if clean else "Untag event")


def save_query(name: str, line: str) -> Edit:
    """Keep the query ``line`` under ``name`` (replacing a query of that name; an empty line deletes it)."""
    return Edit(SAVE_QUERY, {"name": name, "query": line}, f"Save query ‘{name}’" if line else f"Delete query ‘{name}’")


def dismiss_cluster(cluster: Mapping) -> Edit:
    """The cluster (a clusters-table row) is not one happening: its events become unclustered."""
    return Edit(DISMISS_CLUSTER, _cluster_payload(cluster), f"Dismiss cluster ‘{cluster_name(cluster)}’")


def split_cluster(cluster: Mapping, doc_ids_apart: list[str], names_apart: list[str]) -> Edit:
    """The events of ``doc_ids_apart`` leave the cluster for one of their own (kept if two documents report it)."""
    what = names_apart[0] if len(names_apart) == 1 else f"{len(names_apart)} sources"
    verb = "Take" if len(doc_ids_apart) == 1 else "Split"
    return Edit(SPLIT_CLUSTER, {**_cluster_payload(cluster), "doc_ids_apart": sorted(doc_ids_apart)},
                f"{verb} {what} {'out of' if verb == 'Take' else 'off'} cluster ‘{cluster_name(cluster)}’")


def remove_from_cluster(event_id: str, cluster: Mapping) -> Edit:
    """One event leaves its cluster (the cluster goes if fewer than two documents are left reporting it)."""
    return Edit(REMOVE_FROM_CLUSTER, {"event_id": event_id, "cluster_id": str(cluster["cluster_id"])},
                f"Take event out of cluster ‘{cluster_name(cluster)}’")


def cluster_name(cluster: Mapping) -> str:
    """A cluster's label without the date it ends with ("Critical Minerals Ministerial")."""
    return str(cluster["label"]).split(" — ")[0].strip() or str(cluster["cluster_id"])


def _cluster_payload(cluster: Mapping) -> dict:
    """What finds the cluster again after extraction runs again: its id, its events and documents."""
    return {"cluster_id": str(cluster["cluster_id"]), "event_ids": sorted(cluster["event_ids"]),
            "doc_ids": sorted(cluster["doc_ids"])}


def split_id(entity_id: str, alias: str) -> str:
    """A stable id for the entity split off: the same split made twice gives the same id."""
    return "e" + hashlib.sha1(f"split\0{entity_id}\0{alias.casefold()}".encode("utf-8")).hexdigest()[:12]
