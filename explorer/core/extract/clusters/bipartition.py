"""A two-way cut of a document group by what each document writes: two happenings of one kind told apart.

The document step's similarity compares whole documents: two heavyweight defences of one champion, two
rules of one act, share most of their words and entities, and every merge test on those similarities
sees one loose group. What tells the two happenings apart is in the details each source writes and the
other happening's sources never do: the challenger's name, the record before the fight, the year, a
version number. So a group is cut in two where its documents' *written terms* (capitalised words inside a
sentence, numbers) fall in two camps:

* the cut is the spectral (normalised-cut) bipartition of the documents' term vectors (each term weighted
  by how few of the group's documents write it), each side holding ``MIN_SIDE`` documents or more;
* it is kept only when it is clean on both sides: each side has a term that most of its documents write
  and no document of the other side writes, so improbable by chance that a random split of the group
  puts it there (hypergeometric, -log10 p at least ``CLEAN_CUT`` for the weaker side's best term).

Inside one happening the sources differ too (one names the lawyer, another the clinic), but a term one
side writes is then nearly always written by a document or two of the other: the strict, two-sided test
is what holds them together; a one-sided cut is kept only where the documents' dates part the sides too
(``dated_cut``). docs/clusters.md gives the measured cut quality on ECB+ and BBC val.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

MIN_SIDE = 3  # documents on each side of a cut: two documents always share a detail or two
CLEAN_CUT = 2.5  # -log10 of the chance a random split puts the weaker side's best term all on it (ECB+ 1-10)
SPLIT_TERM_CUT = 3.5  # the same test for a cut along one term's writers, a wider search (ninth pass, ECB+ 1-35:
# single-happening groups score at most 2.52 there, the Greek riots joined to the Athens bank fire 4.21)
DATED_CUT = True
DATED_SIDE = 2 / 3  # a side of a cut whose documents are this share dated or more...
UNDATED_SIDE = 0.15  # ...against one this share dated or less (tenth pass, ECB+ 1-35)
SPLIT_TERMS = 100  # the most written terms whose writers are tried as one side of a cut (cost)
MAX_GROUP = 500  # cost: the cut is cubic in the group's size (0.04 s of CPU at 100 documents, 1 s at 500, 3.3 s at
# 1,000); a larger group is left as the document step made it
TERM = re.compile(r"[A-Za-z][A-Za-z'-]+|\d[\d.,-]*\d|\d|[.!?\n]")


def written_terms(text: str) -> frozenset[str]:
    """The details a document writes: capitalised words inside a sentence (not its first word, not stop
    words) and numbers ("58", "2013", "5.6"), lower-cased."""
    found, first = set(), True
    for match in TERM.finditer(text):
        token = match.group()
        if token in ".!?\n":
            first = True
            continue
        if token[0].isdigit():
            found.add("#" + token.rstrip(".,-"))
        elif not first and token[0].isupper() and token.lower() not in STOP_WORDS:
            found.add(token.lower().removesuffix("'s"))
        first = False
    return frozenset(found)


def split_apart(group: list[str], terms: dict[str, frozenset[str]], dated: frozenset[str] = frozenset()) -> list[list[str]]:
    """The group, or its parts where a clean cut by written terms divides it (each part tested again): the
    spectral cut, else the cut along one term's writers (``term_cut``), else the spectral cut that parts
    dated documents from undated ones (``dated_cut``; ``dated``: the documents whose text dates something)."""
    out, stack = [], [sorted(group)]
    while stack:
        part = stack.pop()
        cut = clean_cut(part, terms) or term_cut(part, terms) or (dated_cut(part, terms, dated) if DATED_CUT else None)
        if cut is None:
            out.append(part)
        else:
            stack.extend(cut)
    return out


def clean_cut(group: list[str], terms: dict[str, frozenset[str]]) -> tuple[list[str], list[str]] | None:
    """The group's normalised-cut bipartition by written terms when it is clean on both sides, else None."""
    if not 2 * MIN_SIDE <= len(group) <= MAX_GROUP:
        return None
    sides = _spectral_cut(group, terms)
    if sides is None:
        return None
    weaker = min(_best_exclusive(sides[0], sides[1], terms), _best_exclusive(sides[1], sides[0], terms))
    return sides if weaker >= CLEAN_CUT else None


def dated_cut(group: list[str], terms: dict[str, frozenset[str]], dated: frozenset[str]) -> tuple[list[str], list[str]] | None:
    """The spectral cut when one side is dated and the other is not, and the dated side is clean.

    Reports of a later happening often recall an earlier one of the same kind (a second patch for the same
    browser, a second arrest of the same team's player): they name the earlier one's details, so the two
    sides share terms and neither cut above is clean on both sides. The earlier reports, if they came
    without dates (an archive stripped of them), cannot name the later happening; the later reports date
    it. So a cut whose one side's documents are mostly dated (``DATED_SIDE``), the other's almost never
    (``UNDATED_SIDE``), and whose dated side writes a term none of the other writes at ``CLEAN_CUT`` is
    two happenings: one clean side and the two sides' dates agreeing on the cut are two kinds of evidence.
    """
    if not dated or not 2 * MIN_SIDE <= len(group) <= MAX_GROUP:
        return None
    sides = _spectral_cut(group, terms)
    if sides is None:
        return None
    share = [sum(d in dated for d in side) / len(side) for side in sides]
    for first, second in ((0, 1), (1, 0)):
        if share[first] >= DATED_SIDE and share[second] <= UNDATED_SIDE \
                and _best_exclusive(sides[first], sides[second], terms) >= CLEAN_CUT:
            return sides
    return None


def term_cut(group: list[str], terms: dict[str, frozenset[str]]) -> tuple[list[str], list[str]] | None:
    """The cut of the group into the documents writing one term and the rest, when clean on both sides at the
    stricter ``SPLIT_TERM_CUT``, the cleanest such cut; else None.

    The spectral cut follows the bulk of the terms and can put two or three documents of one happening with
    the other (the Athens riots after a boy was shot, fourteen sources all naming him, beside the firebombing
    of a bank in Athens two years later: the spectral cut took two riot reports with the bank fire, and then
    neither side had a detail the other never wrote). The writers of a name every source of one happening
    writes are that happening's sources. Each such cut is tried (the ``SPLIT_TERMS`` most written terms), so
    the test is stricter than the spectral cut's: among many cuts tried, one is clean by chance more often.
    The side writing the term is clean by construction; the rest must write a term of their own too."""
    n = len(group)
    if not 2 * MIN_SIDE <= n <= MAX_GROUP:
        return None
    writers: dict[str, int] = {}
    for i, doc_id in enumerate(group):
        for term in terms[doc_id]:
            writers[term] = writers.get(term, 0) | (1 << i)
    sized = {term: mask.bit_count() for term, mask in writers.items()}
    tried = sorted((t for t, c in sized.items() if MIN_SIDE <= c <= n - MIN_SIDE), key=lambda t: (-sized[t], t))
    shared = sorted(((c, writers[t]) for t, c in sized.items() if c >= 2), key=lambda item: -item[0])
    best: tuple[float, str] | None = None
    for term in tried[:SPLIT_TERMS]:
        side = writers[term]
        rest = n - sized[term]
        own = next((c for c, mask in shared if not mask & side), 0)  # the most written term none of the side writes
        if not own:
            continue
        score = min(-math.log10(math.comb(rest, own) / math.comb(n, own)),
                    -math.log10(1 / math.comb(n, sized[term])))
        if score >= SPLIT_TERM_CUT and (best is None or score > best[0]):
            best = (score, term)
    if best is None:
        return None
    side = writers[best[1]]
    return ([d for i, d in enumerate(group) if side >> i & 1], [d for i, d in enumerate(group) if not side >> i & 1])


def _spectral_cut(group: list[str], terms: dict[str, frozenset[str]]) -> tuple[list[str], list[str]] | None:
    """The split of the group, along the second eigenvector of its normalised term-similarity graph, with the
    lowest normalised cut among those leaving ``MIN_SIDE`` documents or more on each side."""
    n = len(group)
    counts = Counter(t for d in group for t in terms[d])
    vocabulary = sorted(t for t, c in counts.items() if 2 <= c <= n - 2)  # terms all but one write tell nothing
    if not vocabulary:
        return None
    weights = np.array([math.log(n / counts[t]) for t in vocabulary])
    rows = np.array([[t in terms[d] for t in vocabulary] for d in group], dtype=float) * weights
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    rows /= np.where(norms == 0, 1.0, norms)
    similar = rows @ rows.T
    np.fill_diagonal(similar, 0.0)
    degree = np.maximum(similar.sum(axis=1), 1e-9)
    scale = 1 / np.sqrt(degree)
    _, vectors = np.linalg.eigh(np.eye(n) - scale[:, None] * similar * scale[None, :])
    order = np.argsort(scale * vectors[:, 1], kind="stable")
    best: tuple[float, int] | None = None
    total = degree.sum()
    for k in range(MIN_SIDE, n - MIN_SIDE + 1):
        left, right = order[:k], order[k:]
        cut = similar[np.ix_(left, right)].sum()
        volume = degree[left].sum()
        score = cut / volume + cut / (total - volume)
        if best is None or score < best[0]:
            best = (score, k)
    if best is None:
        return None
    return sorted(group[i] for i in order[:best[1]]), sorted(group[i] for i in order[best[1]:])


def _best_exclusive(side: list[str], other: list[str], terms: dict[str, frozenset[str]]) -> float:
    """-log10 of the chance that a random split puts all the writers of ``side``'s best term on ``side``: its
    terms that no document of ``other`` writes, written by two of its documents or more."""
    elsewhere = frozenset().union(*(terms[d] for d in other))
    counts = Counter(t for d in side for t in terms[d] - elsewhere)
    n, best = len(side) + len(other), 0.0
    for written in set(counts.values()):
        if written >= 2:
            best = max(best, -math.log10(math.comb(len(side), written) / math.comb(n, written)))
    return best
