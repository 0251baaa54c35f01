"""Which format reads which suffix.

Formats register themselves by suffix; a suffix no format claims is read as text,
which is what a file named explicitly by the user (whatever its name) gets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from explorer.core.ingest.formats.source import PartSkipped, Piece, Source

Format = Callable[[Source], Iterator[Piece | PartSkipped]]

FORMATS: dict[str, Format] = {}
TEXT_SUFFIX = ".txt"


def reads(*suffixes: str) -> Callable[[Format], Format]:
    """Register a format for ``suffixes`` (lower case, with the dot)."""

    def register(format_: Format) -> Format:
        for suffix in suffixes:
            FORMATS[suffix] = format_
        return format_

    return register


def suffixes_read() -> frozenset[str]:
    """Every suffix some format claims: the files a folder walk picks up."""
    return frozenset(FORMATS)


def pieces_of(source: Source) -> Iterator[Piece | PartSkipped]:
    """The documents ``source`` holds (raises ``UnreadableDocument`` if it holds none it can read)."""
    return FORMATS.get(source.suffix, FORMATS[TEXT_SUFFIX])(source)
