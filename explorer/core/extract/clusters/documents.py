"""Documents that tell the same happening: the first step of cross-source clustering.

Each document gets two TF-IDF vectors, one of its content words and one of the
named entities it mentions, and a rough date (its publication date, else its first
short span of days, else its first year). Two documents are alike by the weighted
mean of the two cosines, scaled down when the salient entities of one (those it
names twice or more) are missing from the other, down when their years differ and
up when they agree, and down when the first weekday each names differs (an undated
article's "on Saturday" against another's "on Thursday"). Documents then group by average link with a split test
(``linkage``), and a group is cut in two where its documents' written details fall in two clean camps
(``bipartition``: two defences of one champion told alike, each naming its own challenger). IDF is shrunk toward a prior so that in a corpus of five
articles the words all five share still count.

Only pairs that share one of their heaviest terms are ever compared (see
``text_similarities``): the work per term is capped, so the cost stays near
linear in the number of documents. The weights were tuned on ECB+ topics 1-10 with
``bench/ecbplus_clusters.py --sweep``; docs/clusters.md gives the figures.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from explorer.core.extract.clusters.bipartition import MIN_SIDE, split_apart, written_terms
from explorer.core.extract.clusters.linkage import average_link
from explorer.core.extract.clusters.terms import content_words, dot, smoothed_idf
from explorer.core.extract.clusters.values import weekday_named
from explorer.core.model import DocumentRow, MentionRow, TimexRow

THRESHOLD = 0.04
SPLIT_RATIO = 0.45  # re-tuned on ECB+ 1-10 after the event evidence of issue 16 (was 0.4): docs/clusters.md
ENTITY_WEIGHT = 0.5
COVERAGE_WEIGHT = 0.5
OTHER_YEAR_PENALTY = 0.5
SAME_YEAR_BONUS = 0.3
SHORT_SPAN_DAYS = 7
OTHER_WEEKDAY_PENALTY = 0.25  # neutral on ECB+ 1-10 from 0.2 to 0.3, worse there from 0.35 (docs/clusters.md)
WORD_TERMS = 100
ENTITY_TERMS = 40
BLOCK_TERMS = 30
MAX_POSTINGS = 100
MAX_NEIGHBOURS = 50
EDGE_FLOOR = 0.01
CUT_BY_TERMS = True  # each group cut where its documents' written details fall in two clean camps (bipartition)


@dataclass(frozen=True)
class DocumentDate:
    """When a document seems to be about: a short span of days, or a longer span within one year."""

    start: str
    end: str
    year_known: bool  # False when the year was guessed from the rest of the corpus
    precise: bool = True  # a publication day or a short span; False for a year or so named in passing


@dataclass
class DocumentProfile:
    """What a document says, reduced to what comparing it to others needs."""

    doc_id: str
    words: dict[str, float] = field(default_factory=dict)  # its heaviest words' TF-IDF weights
    entities: dict[str, float] = field(default_factory=dict)  # its heaviest entities' TF-IDF weights
    mentioned: frozenset[str] = frozenset()  # every entity it names
    salient: dict[str, float] = field(default_factory=dict)  # entities named twice or more, by IDF
    when: DocumentDate | None = None
    weekday: int | None = None  # the weekday its first time expression naming one gives (0 Monday)


def group_documents(documents: Sequence[DocumentRow], mentions: Sequence[MentionRow], timexes: Sequence[TimexRow],
                    terms: dict[str, frozenset[str]] | None = None) -> list[list[str]]:
    """Groups of two or more doc ids that seem to tell the same happening.

    ``documents`` carry ``doc_id``, ``text`` and ``published``; ``mentions`` carry
    ``doc_id`` and ``entity_id``; ``timexes`` carry ``doc_id``, ``start``,
    ``date_start``, ``date_end`` and ``basis``. ``terms``, when given, receives the written terms read for the
    cut by terms (doc id -> ``written_terms``), for the cluster step to use again rather than read them twice.
    """
    profiles = document_profiles(documents, mentions, timexes)
    edges = {pair: text * correction(profiles[pair[0]], profiles[pair[1]])
             for pair, text in text_similarities(profiles).items()}
    groups = average_link(sorted(profiles), edges, THRESHOLD, SPLIT_RATIO)
    if CUT_BY_TERMS:  # split_apart leaves a group under 2 * MIN_SIDE whole without reading its terms
        texts = {d["doc_id"]: d["text"] for d in documents}
        terms = {} if terms is None else terms
        terms.update({doc_id: written_terms(texts[doc_id]) for g in groups if len(g) >= 2 * MIN_SIDE for doc_id in g})
        dated = frozenset(t["doc_id"] for t in timexes if t.get("date_start") and t.get("basis") != "corpus")
        groups = [part for g in groups for part in split_apart(g, terms, dated)]
    return [sorted(g) for g in groups if len(g) >= 2]


def document_profiles(documents: Sequence[DocumentRow], mentions: Sequence[MentionRow], timexes: Sequence[TimexRow]) -> dict[str, DocumentProfile]:
    words = {d["doc_id"]: content_words(d["text"]) for d in documents}
    entities: dict[str, Counter] = {d["doc_id"]: Counter() for d in documents}
    for mention in mentions:
        if mention["doc_id"] in entities:
            entities[mention["doc_id"]][mention["entity_id"]] += 1
    word_vectors, entity_vectors, entity_idf = _tfidf(words), _tfidf(entities), smoothed_idf(entities.values())
    dates = _document_dates(documents, timexes)
    weekdays = _document_weekdays(timexes)
    return {
        doc_id: DocumentProfile(
            doc_id, _heaviest(word_vectors[doc_id], WORD_TERMS), _heaviest(entity_vectors[doc_id], ENTITY_TERMS),
            frozenset(entities[doc_id]), {e: entity_idf[e] for e, n in entities[doc_id].items() if n >= 2},
            dates.get(doc_id), weekdays.get(doc_id),
        )
        for doc_id in words
    }


def text_similarities(profiles: dict[str, DocumentProfile]) -> dict[tuple[str, str], float]:
    """The word-and-entity cosine of the pairs worth comparing, never of all pairs.

    Blocking: each document's ``BLOCK_TERMS`` heaviest terms go into an inverted
    index; a term that heads more than ``MAX_POSTINGS`` documents' lists is too
    common to tell happenings apart and is skipped, which caps the work per term.
    Each document keeps the ``MAX_NEIGHBOURS`` candidates that share the most weight
    with it, and pairs below ``EDGE_FLOOR`` are dropped (average link counts them as 0).
    """
    heads = {doc_id: _heaviest({**{"w" + t: v for t, v in p.words.items()},
                                **{"e" + t: v for t, v in p.entities.items()}}, BLOCK_TERMS)
             for doc_id, p in profiles.items()}
    postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for doc_id, terms in heads.items():
        for term, weight in terms.items():
            postings[term].append((doc_id, weight))
    pairs = set()
    for a, terms in heads.items():
        shared: dict[str, float] = defaultdict(float)
        for term, weight_a in terms.items():
            posting = postings[term]
            if len(posting) <= MAX_POSTINGS:
                for b, weight_b in posting:
                    shared[b] += weight_a * weight_b
        shared.pop(a, None)
        for b in heapq.nlargest(MAX_NEIGHBOURS, shared, key=lambda other: (shared[other], other)):
            pairs.add((a, b) if a < b else (b, a))
    scores = {}
    for a, b in sorted(pairs):
        score = text_similarity(profiles[a], profiles[b])
        if score >= EDGE_FLOOR:
            scores[a, b] = score
    return scores


def text_similarity(a: DocumentProfile, b: DocumentProfile) -> float:
    """The weighted mean of the two documents' word cosine and entity cosine."""
    return (dot(a.words, b.words) + ENTITY_WEIGHT * dot(a.entities, b.entities)) / (1 + ENTITY_WEIGHT)


def correction(a: DocumentProfile, b: DocumentProfile) -> float:
    """The factor for salient entities that one document names and the other does not, for dates and weekdays."""
    coverage = min(_coverage(a, b), _coverage(b, a))
    return (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverage) * _date_factor(a.when, b.when) \
        * _weekday_factor(a.weekday, b.weekday)


def _weekday_factor(a: int | None, b: int | None) -> float:
    """Documents whose first weekday differs likely tell two happenings of one kind (an undated article's
    "on Saturday" against another's "on Thursday"); the same weekday says little (many happenings share one)."""
    return 1 - OTHER_WEEKDAY_PENALTY if a is not None and b is not None and a != b else 1.0


def _coverage(a: DocumentProfile, b: DocumentProfile) -> float:
    """The share of ``a``'s salient entities (IDF-weighted) that ``b`` names at all."""
    total = sum(a.salient.values())
    if not total:
        return 1.0
    return sum(w for e, w in a.salient.items() if e in b.mentioned) / total


def _date_factor(a: DocumentDate | None, b: DocumentDate | None) -> float:
    """Documents about other years are unlikely to tell one happening (days apart say little: follow-ups).

    Only dates that say when a document is about count: its publication day or a short span it gives.
    """
    if a is None or b is None or not (a.year_known and b.year_known and a.precise and b.precise):
        return 1.0  # a year an undated article names ("1999") is not when it happened
    return 1 + SAME_YEAR_BONUS if a.start[:4] == b.start[:4] else 1 - OTHER_YEAR_PENALTY


def _document_dates(documents: Sequence[DocumentRow], timexes: Sequence[TimexRow]) -> dict[str, DocumentDate]:
    """A date per document: its publication day, else its first short span of days, else its first dated year."""
    dates = {d["doc_id"]: DocumentDate(d["published"], d["published"], True)
             for d in documents if d.get("published")}
    years: dict[str, DocumentDate] = {}
    for timex in sorted(timexes, key=lambda t: (t["doc_id"], t["start"])):
        doc_id, start, end = timex["doc_id"], timex["date_start"], timex["date_end"]
        if doc_id in dates or not start or start[:4] != end[:4]:
            continue
        year_known = timex.get("basis") != "corpus"
        if (date.fromisoformat(end) - date.fromisoformat(start)).days <= SHORT_SPAN_DAYS:
            dates[doc_id] = DocumentDate(start, end, year_known)
        elif year_known:
            years.setdefault(doc_id, DocumentDate(start, end, True, precise=False))
    return {**years, **dates}


def _document_weekdays(timexes: Sequence[TimexRow]) -> dict[str, int]:
    """The weekday each document's first time expression naming one gives (a news story names its happening's
    day first)."""
    found: dict[str, int] = {}
    for timex in sorted(timexes, key=lambda t: (t["doc_id"], t["start"])):
        if timex["doc_id"] not in found and (day := weekday_named(timex.get("text", ""))) is not None:
            found[timex["doc_id"]] = day
    return found


def _tfidf(bags: dict[str, Counter]) -> dict[str, dict[str, float]]:
    """Unit-length sublinear TF-IDF vectors."""
    idf = smoothed_idf(bags.values())
    vectors = {}
    for key, bag in bags.items():
        weights = {t: (1 + math.log(n)) * idf[t] for t, n in bag.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors[key] = {t: v / norm for t, v in weights.items()}
    return vectors


def _heaviest(vector: dict[str, float], count: int) -> dict[str, float]:
    return dict(sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:count])
