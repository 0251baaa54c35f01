"""What a format reads from and what it hands back.

A ``Source`` is a file on disk or a member of another file (an archive member, an
e-mail attachment) held as bytes, so formats never need to unpack to disk. A
``Piece`` is one document's text and what the file itself says of it (title, date,
outlet or sender) and where in the file it was found; ingest then does the same to
every piece (furniture, outlet, reference date) whatever its format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.ingest.decode import MAX_DOCUMENT_BYTES, read_bytes


@dataclass(frozen=True)
class Source:
    """A file to read: on disk (``path``) or already in memory (``data``)."""

    name: str  # the name the user sees: "report.pdf", "case.zip ▸ a/report.pdf"
    path: Path  # the file on disk (for a member: the file that holds it), for messages
    data: bytes | None = None  # a member's bytes; None to read ``path``
    origin: str = ""  # where a member sits in the file on disk: "member a/report.pdf"
    columns: tuple[tuple[str, str], ...] = ()  # an article table's columns named by the user: (("text", "body"),)

    @property
    def suffix(self) -> str:
        return Path(self.name.rsplit(" ▸ ", 1)[-1]).suffix.lower()

    def read_bytes(self, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
        """The file's bytes (at most ``limit``; see ``decode.read_bytes`` for what is refused)."""
        return self.data if self.data is not None else read_bytes(self.path, limit)

    def member(self, name: str, data: bytes, origin: str) -> Source:
        """A file held inside this one (an archive member, an attachment)."""
        where = f"{self.origin} ▸ {origin}" if self.origin else origin
        return Source(name=f"{self.name} ▸ {name}", path=self.path, data=data, origin=where, columns=self.columns)


@dataclass
class Piece:
    """One document as its file holds it; empty strings where the file says nothing."""

    text: str
    part: str = ""  # where in the file, shown after its name: "page 3", "message 2", "row 14"; "" for the whole file
    title: str = ""
    published: str = ""  # ISO date from the file's own metadata (a PDF's, an e-mail's Date:, a feed item's)
    source: str = ""  # outlet or sender
    html_title: str = ""  # a web page's <title>, weaker than a metadata title
    pages: list[int] = field(default_factory=list)  # each page's start offset in ``text``


@dataclass(frozen=True)
class PartSkipped:
    """A part of a file (a row, a message, a member) that gave no document, and why."""

    part: str
    reason: str
