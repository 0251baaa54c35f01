"""Read files into Documents: the one entry point the CLI and the GUI call.

Each file goes through the same steps (decode, HTML to text, sidecar metadata,
furniture, outlet, reference date); a file that fails becomes a ``Skipped`` entry
with the reason, so one bad file never stops a folder from being read. Year-less
datelines get their year at the end, when the whole corpus is known.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from explorer.core.document import Document
from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import read_text
from explorer.core.ingest.discover import HTML_SUFFIXES, FoundFile, discover_files, real_path, shown_name
from explorer.core.ingest.furniture import find_furniture
from explorer.core.ingest.html import html_to_text, looks_like_html
from explorer.core.ingest.metadata import MetadataFinder
from explorer.core.ingest.outlet import find_outlet
from explorer.core.ingest.published import assign_corpus_years, find_published
from explorer.core.ingest.results import IngestResult, Skipped
from explorer.core.ingest.title import choose_title

ProgressCallback = Callable[[int, int], None]
ID_CHUNK_CHARS = 1 << 20


def page_text(found: FoundFile, raw: str) -> tuple[str, str]:
    """``(html_title, text)``: web pages reduced to their text, other files as they are."""
    if found.path.suffix.lower() in HTML_SUFFIXES or looks_like_html(raw):
        title, text = html_to_text(raw)
        if not text.strip():
            raise UnreadableDocument(found.path, "web page with no text")
        return title, text
    return "", raw


def document_id(name: str, text: str) -> str:
    """``make_doc_id(name, text)``, hashed in pieces: the whole text is not copied twice
    (an f-string and its UTF-8 bytes) to make a 13-character id."""
    digest = hashlib.sha1(f"{name}\0".encode("utf-8"))
    for start in range(0, len(text), ID_CHUNK_CHARS):
        digest.update(text[start:start + ID_CHUNK_CHARS].encode("utf-8"))
    return f"d{digest.hexdigest()[:12]}"


def read_one(found: FoundFile, metadata: MetadataFinder) -> Document:
    """One file as a Document; raises UnreadableDocument when it cannot be one."""
    html_title, text = page_text(found, read_text(found.path))
    meta = metadata.find(found.path)
    furniture = find_furniture(text)
    published = find_published(text, meta.published)
    return Document(
        doc_id=document_id(found.name, text),
        name=found.name,
        text=text,
        title=choose_title(text, meta.title, html_title),
        source=meta.source or find_outlet(text, furniture),
        published=published.date,
        published_basis=published.basis,
        path=shown_name(str(real_path(found.path))),
        furniture=furniture,
    )


def read_documents(paths: list[str | Path], on_progress: ProgressCallback | None = None,
                   follow_links: bool = False) -> IngestResult:
    """Read every document under ``paths`` (folders recursively, files as given).

    ``on_progress(done, total)`` is called after each file, read or skipped, so a
    progress bar can advance; it runs on the caller's thread. ``follow_links`` lets
    links found in a folder lead out of it (see ``discover_files``).
    """
    files, skipped = discover_files(paths, follow_links=follow_links)
    result = IngestResult(skipped=list(skipped))
    metadata = MetadataFinder()
    for done, found in enumerate(files, start=1):
        try:
            result.documents.append(read_one(found, metadata))
        except UnreadableDocument as exc:
            result.skipped.append(Skipped(name=found.name, reason=exc.problem))
        except RecursionError:
            result.skipped.append(Skipped(name=found.name, reason="nested too deeply to read"))
        except MemoryError:  # within the size limit, but this machine has less memory to spare
            result.skipped.append(Skipped(name=found.name, reason="too large for the memory available"))
        if on_progress is not None:
            on_progress(done, len(files))
    assign_corpus_years(result.documents)
    result.warnings.extend(metadata.warnings)
    return result
