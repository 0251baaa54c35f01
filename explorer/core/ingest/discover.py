"""Turn the paths a user gives into the list of files to read as documents.

A folder is walked recursively in a stable (sorted) order so that the same folder
always yields the same documents in the same order; hidden files and folders and
files that are clearly not text documents are left out without comment, while a
file named explicitly is always tried, because the user asked for it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from explorer.core.ingest.results import Skipped

DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MANIFEST_NAME = "manifest.csv"
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class FoundFile:
    """A file to read: where it is and the name the user will see for it."""

    path: Path
    name: str


def is_sidecar(path: Path) -> bool:
    """Metadata sidecars describe documents and are never documents themselves."""
    lower = path.name.lower()
    return lower.endswith(SIDECAR_SUFFIX) or lower == MANIFEST_NAME


def is_hidden(relative: Path) -> bool:
    """Dot-files and anything inside a dot-folder (.git, .DS_Store, editor swap files)."""
    return any(part.startswith(".") for part in relative.parts)


def is_document_suffix(path: Path) -> bool:
    """Whether a file found in a folder looks like a text or HTML document."""
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def folder_error(folder: Path, skipped: list[Skipped]):
    """An ``os.walk`` error handler that reports an unreadable sub-folder instead of hiding it."""

    def report(error: OSError) -> None:
        where = Path(error.filename or folder)
        name = where.relative_to(folder).as_posix() if where != folder and folder in where.parents else str(where)
        problem = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
        skipped.append(Skipped(name=name, reason=f"folder cannot be opened ({problem})"))

    return report


def walk_folder(folder: Path, skipped: list[Skipped]) -> list[FoundFile]:
    """All document files under ``folder``, named by their posix path relative to it.

    ``os.walk`` without following symlinked folders, so a link loop cannot hang ingest.
    """
    found: list[FoundFile] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=folder_error(folder, skipped)):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            path = Path(dirpath) / filename
            relative = path.relative_to(folder)
            if is_hidden(relative) or is_sidecar(path) or not is_document_suffix(path):
                continue
            found.append(FoundFile(path=path, name=relative.as_posix()))
    found.sort(key=lambda f: f.name)
    return found


def unique_name(name: str, path: Path, taken: set[str]) -> str:
    """Keep names unique when two explicit files share a basename (a/x.txt, b/x.txt)."""
    if name not in taken:
        return name
    candidate = f"{path.parent.name}/{path.name}"
    if candidate not in taken:
        return candidate
    return path.as_posix()


def discover_files(paths: list[str | Path]) -> tuple[list[FoundFile], list[Skipped]]:
    """Expand folders, keep explicit files, report paths that do not exist.

    Each file appears once even when it is reached twice (a file given both on
    its own and inside a folder that is also given).
    """
    files: list[FoundFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    taken: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = walk_folder(path, skipped)
        elif path.exists():
            candidates = [] if is_sidecar(path) else [FoundFile(path=path, name=path.name)]
        else:
            skipped.append(Skipped(name=str(raw), reason="no such file or folder"))
            continue
        for found in candidates:
            key = found.path.resolve()
            if key in seen:
                continue
            seen.add(key)
            name = unique_name(found.name, found.path, taken)
            taken.add(name)
            files.append(FoundFile(path=found.path, name=name))
    return files, skipped
