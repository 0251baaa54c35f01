"""A case that grows: add documents to a workspace without extracting again what it holds.

``add_documents(workspace, inputs)`` reads the inputs, keeps those whose text the
workspace does not hold yet (the same text under another file name is held),
marks the near-duplicates among them (against the held documents too), and runs the
batch step (the spaCy model) over the new documents only. The held documents' batch
rows are rebuilt from the workspace's tables and its ``held_rows`` (what the tables
do not keep: ``store.held_rows``), so the corpus steps — entities, relations,
clusters — run over everything, as a full extraction would. The save writes only the
rows that changed, in place, in one SQLite transaction (``store.in_place``: crash-safe,
the analyst's decisions left in the file as they are, replayed over the new tables when the
workspace opens), under the same extraction lock as ``extract``, whose save writes the whole
file anew.

Where it can differ from ``extract`` of everything: a held document keeps the rows it
was given; when the corpus's likely year changes (undated documents' year-less dates)
or the extraction rules changed since, a full ``extract`` would give them new ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.build.local import BuildResult, NothingToExtract, PhaseProgress, rows_to_hold
from explorer.core.document import Document, FurnitureSpan
from explorer.core.errors import Cancelled
from explorer.core.extract.pipeline.batch import BatchRows, failure_warning
from explorer.core.extract.pipeline.runner import extract_documents
from explorer.core.extract.rows import BatchEvent, BatchMention, Failure
from explorer.core.fingerprint import extraction_fingerprint
from explorer.core.ingest import read_documents
from explorer.core.ingest.discover import shown_name
from explorer.core.ingest.duplicates import mark_copies
from explorer.core.model import Tables, TimexRow
from explorer.core.store import building, load_workspace, read_meta
from explorer.core.store.cache_stream import cache_after_save
from explorer.core.store.in_place import Changes, save_addition
from explorer.core.store.held_rows import EVENT_FIELDS, MENTION_FIELDS, HeldRows, read_held_rows


@dataclass
class AddResult(BuildResult):
    """A build that added to a workspace: what was new, what it already held."""

    added: int = 0  # new documents stored (copies included)
    already_held: int = 0  # documents read whose text the workspace holds
    copies: int = 0  # new documents that nearly duplicate another: stored, not extracted
    extracted_again: int = 0  # held documents whose rows were not saved (an older file), extracted again
    saved: dict[str, Changes] = field(default_factory=dict)  # rows written per table (empty: the file saved whole)


def add_documents(workspace: str | Path, inputs: list[str | Path], workers: int = 1,
                  on_progress: PhaseProgress | None = None, should_cancel: Callable[[], bool] | None = None,
                  follow_links: bool = False, columns: dict[str, str] | None = None) -> AddResult:
    """Add the documents of ``inputs`` that ``workspace`` does not hold, and save what changed (one transaction).

    ``columns`` maps article-table roles to column names, as for ``extract`` (``--columns``).
    Raises ``WorkspaceError`` when the workspace is missing, not a workspace, or being
    extracted by another Explorer; ``NothingToExtract`` when no input is readable. When
    every document read is already held, nothing is written (``added`` is 0)."""
    with building(workspace):
        return _add(Path(workspace), list(inputs), workers, on_progress or (lambda phase, done, total: None),
                    should_cancel, follow_links, columns)


def _add(workspace: Path, inputs: list[str | Path], workers: int, report: PhaseProgress,
         should_cancel: Callable[[], bool] | None, follow_links: bool,
         columns: dict[str, str] | None = None) -> AddResult:
    report("load", 0, 1)
    tables = load_workspace(workspace, edited=False)  # extraction's rows: the decisions are replayed on them
    saved = read_held_rows(workspace)
    meta = read_meta(workspace)
    report("load", 1, 1)
    held_documents = documents_of(tables)
    ingested = read_documents(inputs, on_progress=lambda d, t: report("read", d, t), follow_links=follow_links,
                              held=held_documents, columns=columns)
    if not ingested.documents:
        raise NothingToExtract(", ".join(str(p) for p in inputs), "no readable documents found")
    new = not_held(held_documents, ingested.documents)
    result = AddResult(workspace, tables, ingested.skipped, list(ingested.warnings),
                       added=len(new), already_held=len(ingested.documents) - len(new))
    if not new:
        return result
    result.copies = mark_copies(new, held=held_documents)
    held = held_batch_rows(tables, saved)
    result.extracted_again = sum(1 for d in held_documents if not d.copy_of and d.doc_id not in saved)
    result.warnings += other_rules(workspace, meta, saved)
    documents = held_documents + new
    report("extract", 0, sum(1 for d in documents if not d.copy_of and d.doc_id not in held.documents))
    failures: list[Failure] = []
    hold: list[HeldRows] = []
    result.tables = extract_documents(
        documents, workers=workers, on_progress=lambda d, t: report("extract", d, t),
        should_cancel=should_cancel, failures=failures, held=held,
        on_rows=lambda rows: hold.append(rows_to_hold(documents, rows, failures)))
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    report("save", 0, 1)
    inputs_text = "; ".join(p for p in [meta.get("inputs", ""), *(shown_name(str(p)) for p in inputs)] if p)
    _, result.edits, unreadable, result.saved = save_addition(
        workspace, tables, result.tables, {"inputs": inputs_text, "extraction": extraction_fingerprint()},
        saved, hold[0])
    report("save", 1, 1)
    cache_after_save(workspace, report, should_cancel)  # every save makes the cache stale: the next opening reads it
    result.warnings += unreadable + [failure_warning(f) for f in failures]
    return result


def other_rules(workspace: Path, meta: dict[str, str], saved: HeldRows) -> list[str]:
    """A line when the held rows come from other extraction rules (another version): they are kept, not redone."""
    if not saved or meta.get("extraction") in ("", None, extraction_fingerprint()):
        return []
    return [f"{workspace}: its documents were extracted by other rules than this Explorer's; they keep their "
            "rows (extract the case again to bring them all up to date)"]


def text_key(text: str) -> str:
    """What makes two documents the same content, whatever their file names: a hash of the text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def not_held(held: list[Document], read: list[Document]) -> list[Document]:
    """The documents read whose text is neither held nor read before them."""
    seen = {text_key(d.text) for d in held}
    new = []
    for document in read:
        key = text_key(document.text)
        if key not in seen:
            seen.add(key)
            new.append(document)
    return new


def documents_of(tables: Tables) -> list[Document]:
    """The workspace's documents as ingest made them (text, metadata, furniture, origin, copy_of)."""
    furniture: dict[str, list[FurnitureSpan]] = {}
    for row in tables["furniture"].to_dict("records"):
        furniture.setdefault(row["doc_id"], []).append(FurnitureSpan(int(row["start"]), int(row["end"]), row["kind"]))
    return [
        Document(doc_id=row["doc_id"], name=row["name"], text=row["text"], title=row["title"], source=row["source"],
                 published=row["published"], published_basis=row["published_basis"], path=row["path"],
                 furniture=furniture.get(row["doc_id"], []), origin=row["origin"],
                 pages=[int(p) for p in row["pages"]], copy_of=row["copy_of"])
        for row in tables["documents"].to_dict("records")
    ]


def held_batch_rows(tables: Tables, saved: HeldRows) -> BatchRows:
    """The batch rows of the documents whose fields are saved, rebuilt from the tables (entity ids and
    clusters left for the corpus step to set again; mentions the corpus step added, such as handles, left out)."""
    rows = BatchRows(documents=list(saved))
    held = set(saved)
    for mention in tables["mentions"].to_dict("records"):
        fields = saved.get(mention["doc_id"], {}).get("m", {}).get(mention["mention_id"])
        if fields is not None:
            rows.mentions.append(_mention(mention, fields))
    rows.timexes = [TimexRow(**row) for row in tables["timexes"].to_dict("records")  # type: ignore[typeddict-item]
                    if row["doc_id"] in held]
    for event in tables["events"].to_dict("records"):
        fields = saved.get(event["doc_id"], {}).get("e", {}).get(event["event_id"])
        if fields is not None:
            rows.events.append(_event(event, fields))
    return rows


def _mention(row: dict, fields: list) -> BatchMention:
    mention = {**row, "entity_id": ""}
    mention.update({name: value for name, value in zip(MENTION_FIELDS, fields) if value or name == "key"})
    return mention  # type: ignore[return-value]


def _event(row: dict, fields: list) -> BatchEvent:
    event = {**row, "cluster_id": "", **dict(zip(EVENT_FIELDS, fields))}
    event.pop("note", None)
    event.pop("tags", None)
    return event  # type: ignore[return-value]
