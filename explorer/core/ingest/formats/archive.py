"""Zip archives: each member of a kind Explorer reads, read from memory, never unpacked to disk.

A case often arrives as one ``.zip``. Its members go through the same formats as files in
a folder (a PDF inside gives its pages, a mailbox its messages), each named
``case.zip ▸ member a/report.pdf``; what a folder walk leaves out (hidden files, metadata
sidecars, macOS resource forks, kinds no format reads) is left out here too. An archive
that would unpack to far more than it holds (a zip bomb) is refused before anything is
inflated, and every member is read with a cap, since the sizes a zip declares can lie.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import MAX_DOCUMENT_BYTES, MIB, check_regular, too_big
from explorer.core.ingest.formats.registry import pieces_of, reads, suffixes_read
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source

Found = Piece | PartSkipped

# Text, XML and PDF compress 2-20 to 1; a member inflating more than 100 to 1 to more than
# 16 MB is made to exhaust the reader (a zip bomb), not to be read.
BOMB_RATIO = 100
BOMB_MIN_BYTES = 16 * MIB
# The most a whole archive may unpack to: far above a case's documents, far below the memory of a laptop.
MAX_ARCHIVE_BYTES = 2048 * MIB
ANY_SIZE = 1 << 62
# PDF and Word members are held in memory while read: a report with photographs is tens of MB.
PICTURED_SUFFIXES = frozenset({".pdf", ".docx"})
MAX_PICTURED_MEMBER_BYTES = 256 * MIB
MAX_NESTING = 3  # archives inside archives inside archives: deeper is a trap, not a case file
SKIPPED_FOLDERS = frozenset({"__MACOSX"})  # macOS resource forks (``._name``) and Finder metadata
SIDECAR_SUFFIX, MANIFEST_NAME = ".meta.json", "manifest.csv"


@reads(".zip")
def read_zip(source: Source) -> Iterator[Found]:
    """The documents of every readable member, in the archive's name order."""
    if source.origin.count("member ") >= MAX_NESTING:
        raise UnreadableDocument(source.name, f"archive nested more than {MAX_NESTING} deep: not read")
    with open_zip(source) as archive:
        members = sorted((m for m in archive.infolist() if wanted(m.filename) and not m.is_dir()),
                         key=lambda m: m.filename)
        refuse_bomb(source, members)
        sidecars = {m.filename: m for m in archive.infolist() if m.filename.lower().endswith(SIDECAR_SUFFIX)}
        for member in members:
            sidecar = next((sidecars[n] for n in sidecar_names(member.filename) if n in sidecars), None)
            yield from member_pieces(source, archive, member, sidecar)


def open_zip(source: Source) -> zipfile.ZipFile:
    """The archive, read from its file on disk or from the bytes that hold it; damage in one line."""
    try:
        if source.data is not None:
            return zipfile.ZipFile(io.BytesIO(source.data))
        check_regular(source.path, os.stat(source.path), ANY_SIZE)  # not a pipe or device: what it unpacks to is checked next
        return zipfile.ZipFile(source.path)
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument(source.name, f"damaged zip archive ({str(exc).rstrip('.').lower()})") from None
    except OSError as exc:
        raise UnreadableDocument(source.name, f"cannot be read ({exc.strerror or exc})") from None


def wanted(name: str) -> bool:
    """Whether a member is a document a folder walk would pick: no hidden file, sidecar or other kind."""
    path = PurePosixPath(name)
    if any(part.startswith(".") or part in SKIPPED_FOLDERS for part in path.parts):
        return False
    lower = path.name.lower()
    if lower.endswith(SIDECAR_SUFFIX) or lower == MANIFEST_NAME:
        return False
    return path.suffix.lower() in suffixes_read()


def refuse_bomb(source: Source, members: list[zipfile.ZipInfo]) -> None:
    """Refuse the whole archive, before inflating anything, when it would unpack far past what it holds."""
    total = sum(m.file_size for m in members)
    if total > MAX_ARCHIVE_BYTES:
        raise UnreadableDocument(source.name, f"refused: the archive unpacks to {total / MIB:,.0f} MB, more "
                                              f"than the {MAX_ARCHIVE_BYTES // MIB:,} MB Explorer reads from one archive")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > BOMB_MIN_BYTES and ratio > BOMB_RATIO:
            raise UnreadableDocument(source.name, f"refused: zip bomb? {member.filename} unpacks to "
                                                  f"{member.file_size / MIB:,.0f} MB from {member.compress_size:,} "
                                                  f"bytes ({ratio:,.0f} to 1)")


def member_pieces(source: Source, archive: zipfile.ZipFile, member: zipfile.ZipInfo,
                  sidecar: zipfile.ZipInfo | None = None) -> Iterator[Found]:
    """One member's documents, each named by the member; a member that fails is one skipped line."""
    label = f"member {member.filename}"
    try:
        meta = sidecar_metadata(archive, sidecar)
    except ValueError as exc:  # metadata.SidecarError: the member is still read, without it
        meta = None
        yield PartSkipped(f"member {sidecar.filename}" if sidecar else label, str(exc))
    try:
        inner = source.member(member.filename, read_member(archive, member), label)
        for piece in pieces_of(inner):
            if isinstance(piece, PartSkipped):
                yield PartSkipped(f"{label} ▸ {piece.part}", piece.reason)
            else:
                apply_sidecar(piece, meta)
                piece.part = f"{label} ▸ {piece.part}" if piece.part else label
                yield piece
    except UnreadableDocument as exc:
        yield PartSkipped(label, exc.problem)


def sidecar_names(name: str) -> list[str]:
    """The sidecars that may describe a member, as in a folder: ``a/x.meta.json`` and ``a/x.txt.meta.json``."""
    path = PurePosixPath(name)
    return [str(path.with_name(path.stem + SIDECAR_SUFFIX)), str(path.with_name(path.name + SIDECAR_SUFFIX))]


def sidecar_metadata(archive: zipfile.ZipFile, sidecar: zipfile.ZipInfo | None):
    """What a member's ``.meta.json`` says (title, published, source), or None; ``SidecarError`` if it is unusable."""
    if sidecar is None:
        return None
    from explorer.core.ingest.metadata import MAX_SIDECAR_BYTES, SidecarError, parse_json_sidecar

    where = sidecar.filename
    if sidecar.file_size > MAX_SIDECAR_BYTES:
        raise SidecarError(f"{where}: larger than a sidecar can be ({sidecar.file_size:,} bytes)")
    try:
        data = read_member(archive, sidecar)
    except UnreadableDocument as exc:
        raise SidecarError(f"{where}: cannot be read ({exc.problem})") from None
    return parse_json_sidecar(data, where)


def apply_sidecar(piece: Piece, sidecar) -> None:
    """Apply a member's sidecar as a folder's is applied (``metadata.with_sidecar``)."""
    from explorer.core.ingest.metadata import Metadata, with_sidecar

    own = Metadata(published=piece.published, title=piece.title, source=piece.source)
    merged = with_sidecar(own, sidecar, whole_file=not piece.part)
    piece.published, piece.title, piece.source = merged.published, merged.title, merged.source


def read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """A member's bytes, at most what its kind may weigh (``member_limit``) whatever its header claims."""
    limit = member_limit(member.filename)
    if member.flag_bits & 0x1:
        raise UnreadableDocument(member.filename, "encrypted: the archive member needs a password")
    if member.file_size > limit:
        raise UnreadableDocument(member.filename, member_too_big(member.file_size, limit))
    try:
        with archive.open(member) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise UnreadableDocument(member.filename, f"damaged archive member ({str(exc).rstrip('.').lower()})") from None
    if len(data) > limit:
        raise UnreadableDocument(member.filename, member_too_big(len(data), limit))
    return data


def member_limit(name: str) -> int:
    """A PDF or Word member may weigh what its pictures make it (its text is held to one document's
    size when read); any other member one document's worth."""
    return MAX_PICTURED_MEMBER_BYTES if PurePosixPath(name).suffix.lower() in PICTURED_SUFFIXES else MAX_DOCUMENT_BYTES


def member_too_big(size: int, limit: int) -> str:
    """The reason a member over its limit is skipped."""
    return too_big(size, limit) if limit == MAX_DOCUMENT_BYTES else \
        f"larger than {limit // MIB} MB, the most Explorer reads from one archive member ({size / MIB:.0f} MB)"
