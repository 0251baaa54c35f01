"""Read files into Documents: the one entry point the CLI and the GUI call.

Each file goes through the same steps (decode, HTML to text, sidecar metadata,
furniture, outlet, reference date); a file that fails becomes a ``Skipped`` entry
with the reason, so one bad file never stops a folder from being read. Year-less
datelines get their year at the end, when the whole corpus is known.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from collections.abc import Callable, Iterator, Mapping, Sequence

from explorer.core.document import Document
from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import repair_mojibake
from explorer.core.ingest.discover import FoundFile, discover_files, real_path, shown_name
from explorer.core.ingest.formats import PartSkipped, Piece, Source, pieces_of
from explorer.core.ingest.furniture import find_furniture
from explorer.core.ingest.metadata import Metadata, MetadataFinder, with_sidecar
from explorer.core.ingest.outlet import find_outlet
from explorer.core.ingest.published import assign_corpus_years, find_published
from explorer.core.ingest.results import IngestResult, Skipped
from explorer.core.ingest.title import choose_title

ProgressCallback = Callable[[int, int], None]
ID_CHUNK_CHARS = 1 << 20


def document_id(name: str, text: str) -> str:
    """``make_doc_id(name, text)``, hashed in pieces: the whole text is not copied twice
    (an f-string and its UTF-8 bytes) to make a 13-character id."""
    digest = hashlib.sha1(f"{name}\0".encode("utf-8"))
    for start in range(0, len(text), ID_CHUNK_CHARS):
        digest.update(text[start:start + ID_CHUNK_CHARS].encode("utf-8"))
    return f"d{digest.hexdigest()[:12]}"


def read_file(found: FoundFile, metadata: MetadataFinder,
              columns: Mapping[str, str] | None = None) -> Iterator[Document | Skipped]:
    """The documents one file holds, in the file's order, and the parts of it that gave none.

    ``columns`` names an article table's columns by role (``{"text": "body"}``, see ``formats.table``).
    Raises ``UnreadableDocument`` when the file as a whole cannot be read."""
    source = Source(name=found.name, path=found.path, columns=tuple(sorted((columns or {}).items())))
    meta = metadata.find(found.path)
    path = shown_name(str(real_path(found.path)))
    for piece in pieces_of(source):
        if isinstance(piece, PartSkipped):
            yield Skipped(name=f"{found.name} ▸ {piece.part}", reason=piece.reason)
        else:
            yield document_of(piece, found.name, path, meta)


def document_of(piece: Piece, file_name: str, path: str, meta: Metadata) -> Document:
    """A piece as a Document: the same steps (furniture, outlet, reference date) whatever its format.

    The file's sidecar is applied by ``metadata.with_sidecar``."""
    name = f"{file_name} ▸ {piece.part}" if piece.part else file_name
    if not piece.pages:  # every format's text mended alike (a PDF mends its pages itself, so their offsets hold)
        piece = replace(piece, text=repair_mojibake(piece.text))
    own = Metadata(published=piece.published, title=piece.title, source=piece.source)
    meta = with_sidecar(own, meta, whole_file=not piece.part)
    furniture = find_furniture(piece.text)
    published = find_published(piece.text, meta.published)
    return Document(
        doc_id=document_id(name, piece.text),
        name=name,
        text=piece.text,
        title=choose_title(piece.text, meta.title, piece.html_title),
        source=meta.source or find_outlet(piece.text, furniture),
        published=published.date,
        published_basis=published.basis,
        path=path,
        furniture=furniture,
        origin=piece.part,
        pages=list(piece.pages),
    )


def read_documents(paths: list[str | Path], on_progress: ProgressCallback | None = None,
                   follow_links: bool = False, columns: Mapping[str, str] | None = None,
                   held: Sequence[Document] = ()) -> IngestResult:
    """Read every document under ``paths`` (folders recursively, files as given).

    ``on_progress(done, total)`` is called after each file, read or skipped, so a
    progress bar can advance; it runs on the caller's thread. ``follow_links`` lets
    links found in a folder lead out of it (see ``discover_files``). ``columns`` maps
    article tables' roles to column names (``--columns text=body,date=pubdate``). ``held``: the
    documents a workspace holds when these are added to it (``explorer add``), which year-less datelines
    take their year from too.
    """
    files, skipped = discover_files(paths, follow_links=follow_links)
    result = IngestResult(skipped=list(skipped))
    metadata = MetadataFinder()
    for done, found in enumerate(files, start=1):
        try:
            for read in read_file(found, metadata, columns):
                if isinstance(read, Skipped):
                    result.skipped.append(read)
                else:
                    result.documents.append(read)
        except UnreadableDocument as exc:
            result.skipped.append(Skipped(name=found.name, reason=exc.problem))
        except RecursionError:
            result.skipped.append(Skipped(name=found.name, reason="nested too deeply to read"))
        except MemoryError:  # within the size limit, but this machine has less memory to spare
            result.skipped.append(Skipped(name=found.name, reason="too large for the memory available"))
        if on_progress is not None:
            on_progress(done, len(files))
    assign_corpus_years(result.documents, held)
    result.warnings.extend(metadata.warnings)
    return result
