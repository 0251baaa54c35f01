"""Turn the paths a user gives into the list of files to read as documents.

A folder is walked recursively in a stable (sorted) order so that the same folder
always yields the same documents in the same order; hidden files and folders and
files that are clearly not text documents are left out without comment, while a
file named explicitly is always tried, because the user asked for it. Links found in
a folder are followed only to files inside it (unless ``follow_links``); the others are
named, as are broken links and link loops. Names are made storable and printable
(``shown_name``) while the real path is kept for reading.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from explorer.core.ingest.formats import suffixes_read
from explorer.core.ingest.formats.web import is_saved_page_folder
from explorer.core.ingest.results import Skipped

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
    """Whether a file found in a folder is of a kind some format reads."""
    return path.suffix.lower() in suffixes_read()


def folder_error(folder: Path, skipped: list[Skipped]):
    """An ``os.walk`` error handler that reports an unreadable sub-folder instead of hiding it."""

    def report(error: OSError) -> None:
        where = Path(error.filename or folder)
        name = where.relative_to(folder).as_posix() if where != folder and folder in where.parents else str(where)
        name = shown_name(name)
        problem = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
        skipped.append(Skipped(name=name, reason=f"folder cannot be opened ({problem})"))

    return report


def shown_name(name: str) -> str:
    """A name that can be stored and printed: bytes of a file name that are not UTF-8
    (kept by Python as lone surrogates) become U+FFFD. The real path is kept for reading."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (resolved) is ``folder`` (resolved) or lies under it."""
    return path == folder or folder in path.parents


def real_path(path: Path) -> Path:
    """Where ``path`` leads, all links followed; a link loop gives the loop's own path
    (``os.path.realpath`` stops there, where ``Path.resolve`` raises)."""
    return Path(os.path.realpath(path))


def link_problem(path: Path, root: Path) -> str | None:
    """Why a symbolic link found in a folder is not read, or None to read it.

    A link is followed only to a file inside the chosen folder: one to a file elsewhere
    would put text the analyst did not choose (another case, a private file) into the
    workspace, so it needs ``--follow-links``.
    """
    target = real_path(path)
    if target.is_symlink():
        return "a link loop (it never reaches a file)"
    if not target.exists():
        return "a broken link (its target does not exist)"
    if not inside(target, root):
        kind = "folder" if target.is_dir() else "file"
        return f"a link to a {kind} outside the folder (use --follow-links)"
    return None


def walk_folder(folder: Path, skipped: list[Skipped], follow_links: bool = False) -> list[FoundFile]:
    """All document files under ``folder``, named by their posix path relative to it.

    Without ``follow_links`` linked folders are not entered and links to files outside
    ``folder`` are named as skipped; with it both are followed, each real folder once,
    so a link loop cannot hang ingest.
    """
    root = real_path(folder)
    found: list[FoundFile] = []
    visited: set[Path] = set()
    walk = os.walk(folder, onerror=folder_error(folder, skipped), followlinks=follow_links)
    for dirpath, dirnames, filenames in walk:
        here = Path(dirpath)
        visited.add(real_path(here))
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and not is_saved_page_folder(here / d)
                       and keep_folder(here / d, folder, root, follow_links, visited, skipped)]
        for filename in filenames:
            path = here / filename
            relative = path.relative_to(folder)
            if is_hidden(relative) or is_sidecar(path) or not is_document_suffix(path):
                continue
            problem = None if follow_links or not path.is_symlink() else link_problem(path, root)
            if problem:
                skipped.append(Skipped(name=shown_name(relative.as_posix()), reason=problem))
                continue
            found.append(FoundFile(path=path, name=shown_name(relative.as_posix())))
    found.sort(key=lambda f: f.name)
    return found


def keep_folder(path: Path, folder: Path, root: Path, follow_links: bool, visited: set[Path],
                skipped: list[Skipped]) -> bool:
    """Whether to walk into a sub-folder: real ones always; linked ones only with
    ``follow_links`` and only once per real folder; a link out of the folder is named."""
    if not path.is_symlink():
        return True
    if follow_links:
        return real_path(path) not in visited
    problem = link_problem(path, root)
    if problem:
        skipped.append(Skipped(name=shown_name(path.relative_to(folder).as_posix()), reason=problem))
    return False


def unique_name(name: str, path: Path, taken: set[str]) -> str:
    """Keep names unique when two explicit files share a basename (a/x.txt, b/x.txt), or
    two names differ only in bytes that are not UTF-8 (both shown with U+FFFD)."""
    candidates = [name, shown_name(f"{path.parent.name}/{path.name}"), shown_name(path.as_posix())]
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    return next(f"{name} ({n})" for n in range(2, len(taken) + 3) if f"{name} ({n})" not in taken)


def discover_files(paths: list[str | Path], follow_links: bool = False) -> tuple[list[FoundFile], list[Skipped]]:
    """Expand folders, keep explicit files, report paths that do not exist.

    Each file appears once even when it is reached twice (a file given both on
    its own and inside a folder that is also given). A file given by name is read
    even through a link: the user chose it. ``follow_links`` lets links found in a
    folder lead out of it.
    """
    files: list[FoundFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    taken: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = walk_folder(path, skipped, follow_links)
        elif path.exists():
            candidates = [] if is_sidecar(path) else [FoundFile(path=path, name=shown_name(path.name))]
        else:
            skipped.append(Skipped(name=shown_name(str(raw)), reason="no such file or folder"))
            continue
        for found in candidates:
            key = real_path(found.path)
            if key in seen:
                continue
            seen.add(key)
            name = unique_name(found.name, found.path, taken)
            taken.add(name)
            files.append(FoundFile(path=found.path, name=name))
    return files, skipped
