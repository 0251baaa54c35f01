"""What an ingest run hands back: the documents it read and the files it could not.

Kept apart from the reader so that discovery (which already knows of paths that
do not exist) can report skips with the same type the reader uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.core.document import Document


@dataclass(frozen=True)
class Skipped:
    """A file (or given path) that produced no document, and the reason to show the user."""

    name: str
    reason: str


@dataclass
class IngestResult:
    """Documents read, files skipped with reasons, and non-fatal warnings (broken sidecars)."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
