"""Read the metadata an analyst or a scraper left beside the documents.

For ``article.txt`` the sidecar is ``article.meta.json`` (or ``article.txt.meta.json``);
a ``manifest.csv`` in the same folder can describe many files at once, one row per
``name``. Fields are ``published``, ``title`` and ``source``. Metadata beats anything
ingest guesses from the text, so a bad value must never slip in quietly: a broken
sidecar is reported as a warning and ignored, and the document is still read.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from dateutil import parser as date_parser

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import MIB, read_bytes
from explorer.core.ingest.discover import MANIFEST_NAME, SIDECAR_SUFFIX, shown_name
from explorer.core.ingest.published import implausible

FIELDS = ("published", "title", "source")
MAX_SIDECAR_BYTES = 1 * MIB  # three short fields; anything bigger is not a sidecar
MAX_MANIFEST_BYTES = 16 * MIB  # a row per document: 100,000 rows are 9 MB; held in memory at ~10x


@dataclass(frozen=True)
class Metadata:
    """What the sidecars say about one document; empty strings where they say nothing."""

    published: str = ""
    title: str = ""
    source: str = ""

    def merged_over(self, other: Metadata) -> Metadata:
        """This metadata, with ``other`` filling the fields this one leaves empty."""
        return replace(self, **{f: getattr(self, f) or getattr(other, f) for f in FIELDS})


def with_sidecar(own: Metadata, sidecar: Metadata | None, whole_file: bool) -> Metadata:
    """What a document's file says of it (``own``) with its sidecar applied: the sidecar describes a
    whole file, so it wins for a file of one document (the analyst wrote it) and only fills what each
    part of a many-document file (a row, a message) leaves unsaid."""
    if sidecar is None:
        return own
    return sidecar.merged_over(own) if whole_file else own.merged_over(sidecar)


class SidecarError(ValueError):
    """A sidecar that cannot be used; the message becomes the user's warning."""


def sidecar_candidates(path: Path) -> list[Path]:
    """``article.meta.json`` and ``article.txt.meta.json`` for ``article.txt``."""
    by_stem = path.with_name(path.stem + SIDECAR_SUFFIX)
    by_name = path.with_name(path.name + SIDECAR_SUFFIX)
    return [by_stem] if by_stem == by_name else [by_stem, by_name]


def parse_published(value: object, where: str) -> str:
    """An ISO date from a sidecar's ``published`` (ISO date, timestamp, or '4 February 2026'),
    which must be a plausible publication date (see ``published.implausible``)."""
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        raise SidecarError(f"{where}: 'published' should be a date string, not {short(value)}")
    text = value.strip()
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        try:
            day = date_parser.parse(text, dayfirst=False).date()
        except (ValueError, OverflowError):
            raise SidecarError(f"{where}: 'published' is not a date: {short(value)}") from None
    problem = implausible(day)
    if problem:
        raise SidecarError(f"{where}: 'published' {day.isoformat()} is {problem}; ignored")
    return day.isoformat()


def short(value: object) -> str:
    """A value quoted in a warning, cut so that a huge field makes one readable line."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def clean_record(record: dict, where: str) -> Metadata:
    """A Metadata from one JSON object or CSV row, validating the fields it sets."""
    published = parse_published(record.get("published"), where)
    values = {}
    for field in ("title", "source"):
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise SidecarError(f"{where}: '{field}' should be text, not {short(value)}")
        values[field] = (value or "").strip()
    return Metadata(published=published, **values)


def read_json_sidecar(path: Path) -> Metadata:
    """One ``*.meta.json`` file, which must hold a JSON object."""
    where = shown_name(str(path))
    try:
        data = read_bytes(path, MAX_SIDECAR_BYTES)
    except UnreadableDocument as exc:
        raise SidecarError(f"{where}: cannot be read ({exc.problem})") from None
    return parse_json_sidecar(data, where)


def parse_json_sidecar(data: bytes, where: str) -> Metadata:
    """A sidecar's bytes (from a folder or an archive member) as Metadata; ``SidecarError`` names ``where``."""
    try:
        record = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SidecarError(f"{where}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise SidecarError(f"{where}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise SidecarError(f"{where}: not a sidecar (JSON nested too deeply)") from None
    if not isinstance(record, dict):
        raise SidecarError(f"{where}: should hold a JSON object with published/title/source")
    return clean_record(record, where)


def read_manifest(path: Path) -> dict[str, dict]:
    """Rows of a ``manifest.csv`` keyed by their ``name`` column."""
    where = shown_name(str(path))
    try:
        handle = io.StringIO(read_bytes(path, MAX_MANIFEST_BYTES).decode("utf-8-sig"), newline="")
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "name" not in [f.strip() for f in reader.fieldnames]:
            raise SidecarError(f"{where}: has no 'name' column")
        rows = [{(k or "").strip(): (v or "") for k, v in row.items()} for row in reader]
    except UnreadableDocument as exc:
        raise SidecarError(f"{where}: cannot be read ({exc.problem})") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SidecarError(f"{where}: cannot be read ({exc})") from None
    return {row["name"].strip(): row for row in rows if row.get("name", "").strip()}


class MetadataFinder:
    """Looks up sidecars for documents, reading each folder's manifest only once.

    Warnings are collected (each only once) for the reader to hand back to the user.
    """

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self._manifests: dict[Path, dict[str, dict]] = {}

    def warn(self, message: str) -> None:
        """Record a warning once, however many documents share the broken sidecar."""
        if message not in self.warnings:
            self.warnings.append(message)

    def manifest_rows(self, folder: Path) -> dict[str, dict]:
        """The rows of ``folder``'s manifest (empty when it has none or it is broken)."""
        if folder not in self._manifests:
            manifest = folder / MANIFEST_NAME
            rows: dict[str, dict] = {}
            if manifest.is_file():
                try:
                    rows = read_manifest(manifest)
                except SidecarError as exc:
                    self.warn(str(exc))
            self._manifests[folder] = rows
        return self._manifests[folder]

    def from_manifest(self, path: Path) -> Metadata:
        """The manifest row for this file, matched by file name (or name without suffix)."""
        rows = self.manifest_rows(path.parent)
        row = rows.get(path.name) or rows.get(path.stem)
        if row is None:
            return Metadata()
        try:
            return clean_record(row, shown_name(f"{path.parent / MANIFEST_NAME} (row {path.name})"))
        except SidecarError as exc:
            self.warn(str(exc))
            return Metadata()

    def from_json(self, path: Path) -> Metadata:
        """The file's own JSON sidecar(s); ``X.txt.meta.json`` wins over ``X.meta.json``."""
        found = Metadata()
        for candidate in sidecar_candidates(path):
            if candidate.is_file():
                try:
                    found = read_json_sidecar(candidate).merged_over(found)
                except SidecarError as exc:
                    self.warn(str(exc))
        return found

    def find(self, path: Path) -> Metadata:
        """The document's metadata: its own ``.meta.json`` wins over the folder's manifest."""
        return self.from_json(path).merged_over(self.from_manifest(path))
