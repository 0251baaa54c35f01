"""File formats: each kind of file turned into the documents it holds.

A text or web page file holds one document; a PDF one (its pages kept), a mailbox
one per message, a feed one per item, an article table one per row, an archive
whatever its members hold. ``pieces_of(source)`` is the entry point: it picks the
format that reads the file's suffix and yields a ``Piece`` per document found, or a
``PartSkipped`` for a part that could not be read (the rest of the file goes on).
A format registers itself with ``@reads(".pdf")`` in its own module; ``formats``
imports them all so the registry is complete once this package is imported.
"""

from explorer.core.ingest.formats.registry import pieces_of, reads, suffixes_read
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source
from explorer.core.ingest.formats import text  # noqa: F401  (registers the formats: plain text)
from explorer.core.ingest.formats import archive, docx, pdf, web  # noqa: F401  (zip, Word, PDF, saved pages)
from explorer.core.ingest.formats import feed, mail, table  # noqa: F401  (e-mail, feeds, article tables)

__all__ = ["PartSkipped", "Piece", "Source", "pieces_of", "reads", "suffixes_read"]
