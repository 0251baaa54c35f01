"""The map's two units of work, run on workers: read a partition's files, then extract it.

Both are plain functions of paths and small values: the model is loaded once per
worker process (``nlp.load_pipeline`` is a per-process cache, warmed by
``engine.ModelPlugin`` when a worker starts), ``Language`` and ``Doc`` objects
never leave the process, and rows go to Parquet shards, not back through the
scheduler; the client gets a small summary. The batch step is the very function
the single-process engine calls (``batch.extract_batch``, inside ``nlp.memory_zone()``),
so the rows are the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from explorer.core.distributed.shards import EXTRACT_TABLES, read_shard, shard_path, shards_done, write_shard
from explorer.core.document import Document, FurnitureSpan
from explorer.core.errors import UnreadableDocument
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import BatchRows, extract_batch_or_name_failures
from explorer.core.extract.pipeline.runner import DOCS_PER_BATCH
from explorer.core.extract.rows import Failure
from explorer.core.ingest.discover import FoundFile
from explorer.core.ingest.metadata import MetadataFinder
from explorer.core.ingest.reader import read_file
from explorer.core.ingest.results import Skipped

# What the corpus step decided for a document: (published, published_basis, year_hint).
CorpusDates = tuple[str, str, int | None]


def ingest_partition(files: list[tuple[str, str, int]], staging: str, key: str,
                     columns: Sequence[tuple[str, str]] = ()) -> dict:
    """Read ``files`` ((path, shown name, position in the corpus)) into documents and furniture shards.

    A file may hold many documents (a table's rows, a mailbox's messages): they share the file's
    position and are numbered by ``part`` in the file's order. ``columns``: see ``read_file``."""
    metadata = MetadataFinder()
    documents: list[dict[str, Any]] = []
    furniture: list[dict[str, Any]] = []
    skipped: list[dict[str, str]] = []
    for path, name, position in files:
        try:
            read = list(read_file(FoundFile(path=Path(path), name=name), metadata, dict(columns)))
        except UnreadableDocument as exc:
            skipped.append({"name": name, "reason": exc.problem})
            continue
        for part, document in enumerate(read):
            if isinstance(document, Skipped):
                skipped.append({"name": document.name, "reason": document.reason})
                continue
            documents.append(_document_row(document, position, part))
            furniture.extend({"doc_id": document.doc_id, **asdict(span)} for span in document.furniture)
    for table, rows in (("documents", documents), ("furniture", furniture), ("skipped", skipped)):
        write_shard(shard_path(Path(staging), "ingest", key, table), table, rows)
    return {"documents": len(documents), "skipped": len(skipped), "warnings": metadata.warnings}


def read_documents_shard(staging: Path, key: str) -> list[Document]:
    """The documents of one ingest shard, with their furniture, in corpus order."""
    spans: dict[str, list[FurnitureSpan]] = {}
    for row in read_shard(shard_path(staging, "ingest", key, "furniture")):
        spans.setdefault(row["doc_id"], []).append(FurnitureSpan(row["start"], row["end"], row["kind"]))
    return [
        Document(doc_id=r["doc_id"], name=r["name"], text=r["text"], title=r["title"], source=r["source"],
                 published=r["published"], published_basis=r["published_basis"], path=r["path"],
                 origin=r.get("origin", ""), pages=[int(p) for p in r.get("pages") or []],
                 furniture=spans.get(r["doc_id"], []))
        for r in read_shard(shard_path(staging, "ingest", key, "documents"))
    ]


def extract_partition(staging: str, ingest_key: str, dates: dict[str, CorpusDates], key: str) -> dict:
    """Extract the documents of one ingest shard that ``dates`` names (a near-duplicate is not
    extracted), with the corpus step's dates, into extraction shards.

    A document whose extraction raises is left out and named in the ``failures``
    shard with the error; the rest of the partition goes on.
    """
    folder = Path(staging)
    if shards_done(folder, "extract", key, EXTRACT_TABLES):
        return {"documents": 0, "failures": len(read_shard(shard_path(folder, "extract", key, "failures"))),
                "skipped_existing": True}
    documents = [d for d in read_documents_shard(folder, ingest_key) if d.doc_id in dates]
    for document in documents:
        document.published, document.published_basis, document.year_hint = dates[document.doc_id]
    rows, failures = extract_rows(documents)
    for table in EXTRACT_TABLES:
        write_shard(shard_path(folder, "extract", key, table), table, failures if table == "failures" else rows[table])
    return {"documents": len(documents) - len(failures), "failures": len(failures), "skipped_existing": False,
            "words": sum(len(d.text.split()) for d in documents)}


def extract_rows(documents: list[Document]) -> tuple[dict[str, list[Any]], list[Failure]]:
    """Rows of every document that extracts, batch by batch, and the documents that failed."""
    nlp, rows, failures = load_pipeline(), BatchRows(), list[Failure]()
    for start in range(0, len(documents), DOCS_PER_BATCH):
        batch_rows, batch_failures = extract_batch_or_name_failures(documents[start:start + DOCS_PER_BATCH], nlp)
        rows.extend(batch_rows)
        failures.extend(batch_failures)
    return {"mentions": rows.mentions, "timexes": rows.timexes, "events": rows.events}, failures


def _document_row(document: Document, position: int, part: int) -> dict[str, Any]:
    return {
        "doc_id": document.doc_id, "name": document.name, "text": document.text, "title": document.title,
        "source": document.source, "published": document.published,
        "published_basis": document.published_basis, "path": document.path, "position": position,
        "part": part, "origin": document.origin, "pages": [str(p) for p in document.pages],
    }
