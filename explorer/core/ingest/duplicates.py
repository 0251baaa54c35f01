"""Near-duplicates: the same story republished by several outlets, or one article in two exports.

A wire story reprinted with a new headline, a byline, an outlet's boilerplate or a
paragraph cut is one source of events, not several: extraction runs on the first
copy read (a document the workspace already holds comes first) and every later copy
is stored with ``copy_of`` naming it, so its text stays readable and searchable but
adds no entities or events. Documents are compared by the Jaccard similarity of
their word shingles (``SHINGLE_WORDS`` words in a row, lower case, punctuation
dropped), estimated with MinHash and found with an LSH index (datasketch), so a
corpus is compared in one pass rather than pair by pair. ``THRESHOLD`` and the
shingle size were chosen by ``bench/near_duplicates.py`` on real articles with
controlled edits against different articles of the same topic (ECB+); the figures
are in docs/ingest_formats.md, "Near-duplicates".
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from explorer.core.document import Document

SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.4  # estimated Jaccard of shingle sets at or above which a document is a copy (bench/near_duplicates.py)
MIN_SHINGLES = 20  # a text this short (a caption, a one-line note) is too little to call a copy
SEED = 1  # fixed: the same documents give the same signatures in every run and process
WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The text's runs of ``size`` words, lower case and without punctuation: what two copies share."""
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(found: set[str]) -> MinHash:
    """The MinHash of a shingle set (datasketch's), comparable with any other made the same way.

    Shingles are hashed with CRC-32 (in C; datasketch's default SHA-1 in Python was two thirds of the
    time) and every sketch shares one set of permutations, made once: ``explorer add`` signs every
    document the workspace holds, 1 ms each instead of 2 (bench/add_cost.py)."""
    shared = _shared_permutations()
    sketch = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=shared.permutations, scheme=shared.scheme)
    if found:
        sketch.update_batch([s.encode("utf-8") for s in found])
    return sketch


@lru_cache(maxsize=1)
def _shared_permutations() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def find_copies(documents: Sequence[Document], held: Sequence[Document] = (),
                threshold: float = THRESHOLD) -> dict[str, str]:
    """doc_id of each copy among ``documents`` → doc_id of the document it copies.

    Documents are taken in order (``held`` ones first, never copies themselves): each
    one that nearly duplicates a document kept before it is a copy of the most similar
    of them; the others are kept. A copy always names a kept document, never another copy.
    """
    index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketches: dict[str, MinHash] = {}
    copies: dict[str, str] = {}
    for document, is_held in [(d, True) for d in held] + [(d, False) for d in documents]:
        found = shingles(document.text)
        if len(found) < MIN_SHINGLES or document.doc_id in sketches or (is_held and document.copy_of):
            continue
        sketch = signature(found)
        original = None if is_held else _closest(index, sketches, sketch, threshold)
        if original is None:
            index.insert(document.doc_id, sketch)
            sketches[document.doc_id] = sketch
        else:
            copies[document.doc_id] = original
    return copies


def _closest(index: MinHashLSH, sketches: Mapping[str, MinHash], sketch: MinHash, threshold: float) -> str | None:
    """The kept document most similar to ``sketch`` at or above ``threshold`` (LSH candidates, checked)."""
    scored = [(sketch.jaccard(sketches[key]), key) for key in index.query(sketch)]
    scored = [(score, key) for score, key in scored if score >= threshold]
    return max(scored, key=lambda pair: (pair[0], _negated(pair[1])))[1] if scored else None


def _negated(key: str) -> tuple[int, ...]:
    """Ties go to the smaller id, whatever order the index answers in."""
    return tuple(-ord(c) for c in key)


def mark_copies(documents: Sequence[Document], held: Sequence[Document] = ()) -> int:
    """Set ``copy_of`` on each document of ``documents`` that nearly duplicates an earlier one; how many."""
    copies = find_copies(documents, held)
    for document in documents:
        if document.doc_id in copies:
            document.copy_of = copies[document.doc_id]
    return len(copies)


def exact_jaccard(a: set[str], b: set[str]) -> float:
    """The true Jaccard similarity the MinHash estimates (the benchmark's reference)."""
    return len(a & b) / len(a | b) if a or b else 1.0
