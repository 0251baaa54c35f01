"""A fingerprint of the extraction code and rules, saved in each workspace's meta.

The sample workspace is built once and reopened on every start; when extraction
improves (new rules in ``resources/``, new code in ``core/extract/``) the sample
must be built again, or a new user sees yesterday's results. A hash of those
files says whether it must. In a frozen build the sources are not files, so the
version number stands in for them (a new build is a new version).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from explorer import __version__
from explorer.paths import resource_path


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """A short hash of ``core/extract/**/*.py`` and ``resources/*`` (or the version in a frozen build)."""
    extract = Path(__file__).resolve().parent / "extract"
    code = sorted(extract.rglob("*.py"))
    if not code:
        return __version__
    digest = hashlib.sha1(__version__.encode())
    named = [(p.relative_to(extract).as_posix(), p) for p in code]
    named += [(p.name, p) for p in sorted(p for p in resource_path().rglob("*") if p.is_file())]
    for name, path in named:
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
