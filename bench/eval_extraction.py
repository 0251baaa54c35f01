"""Extraction quality in one table: Explorer beside a baseline on every data set.

Rows (precision, recall, F1), each naming its data set and metric, Explorer's
figures beside the baseline's:

- Seeds · entities: referents after alias resolution, against
  ``tests/data/seeds_gold/entities.json`` (rules in ``eval_entities.py``); baseline:
  plain spaCy entities, one per exact name.
- Seeds · time expressions: strict span, relaxed span and value, against
  ``timexes.json`` (TempEval-3 rules from ``timebank_eval.py``); baseline: spaCy's
  DATE/TIME entities with values from dateparser.
- Seeds · reference dates: the documents' publication dates against
  ``documents.json``; a date where the gold has none counts as invented.
- Seeds · clusters: document pairs (two documents linked when one cluster holds
  both) against ``clusters.json``; baseline: TF-IDF single link, threshold tuned on
  the same gold (optimistic).
- TimeBank+AQUAINT · time expressions, ECB+ · document pairs: as in
  ``timebank_eval.py`` and ``ecbplus_clusters.py``, whose functions are reused.
- ECB+ · entities (HUMAN/LOC chains): is each participant or location one entity?
  Gold: the mentions that CROSS_DOC_COREF links to a HUM... or LOC... instance,
  kept when their head (spaCy's root of the span, leading prepositions dropped) lies
  inside an Explorer mention or a spaCy entity of a type Explorer keeps, since a
  name finder cannot be asked for "her rep" or "the store". Each system's cluster of
  a mention is the entity (Explorer) or the case-folded spaCy name (baseline) at
  its head; a mention with none stands alone. Scored by B-cubed, which weighs every
  mention alike (a referent named 60 times counts 60 times), credits singletons
  (MUC does not) and keeps the two errors apart (a split costs recall, a merge
  precision). Instances are annotated within a topic, so both sides are cut by topic
  (Greece in topics 8 and 19 is neither a split nor a merge).

The dateparser baseline reads each DATE/TIME entity with
``{'RELATIVE_BASE': reference, 'PREFER_DATES_FROM': 'past'}`` (reference: the DCT,
or Explorer's reference date, or for undated documents the latest one of the
corpus) and writes the value at the granularity dateparser reports (day, month,
year, ISO week). Its reference date for a document is the first DATE entity of
the file with a written year that dateparser reads to a day.

Trust on articles never seen (issue 16) adds, below the table of P/R/F1 rows:

- Timeline trial · the job analysts bring Explorer (``../shared/corpora/timeline``,
  ``eval_timeline.py`` over ``timeline_eval.py``): sentence F1 and dated-timeline F1,
  Explorer beside spaCy NER + dateparser, with the ratio (target ≥ 1.3×). In the small
  slice too, with floors: it takes ~15 s.
- Full slice only, as figures (no P/R): TimeBank+AQUAINT TLINKs between events and the
  DCT or a time expression (``eval_event_dates.py``: how many gold events Explorer dates,
  and how often its date agrees with, is vaguer than, or contradicts the gold relation);
  the share of events by ``date_basis`` and why each publication-date one is dated so
  (``sample_event_dates.py``); cluster purity on 40 BBC val articles
  (``eval_cluster_purity.py``, judged in ``docs/clusters_judged.md``); ECB+ event pairs
  (``ecbplus_clusters.event_pair_scores``). The judged reads of 50 dated events and 40
  entities are in ``docs/events_judged.md`` and ``docs/entities_judged.md``.

    .venv/bin/python bench/eval_extraction.py --slice small        # seeds, 20 TimeBank docs, timeline trial (CI)
    .venv/bin/python bench/eval_extraction.py --slice full --json out.json
    .venv/bin/python bench/eval_extraction.py --slice small --check-floors
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
for folder in (REPO, BENCH):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import eval_entities  # noqa: E402
import timebank_eval  # noqa: E402

GOLD_DIR = REPO / "tests" / "data" / "seeds_gold"
SEEDS = REPO / "seeds"
FLOORS = BENCH / "eval_floors.json"
RESULTS = BENCH / "results" / "eval_extraction.csv"
EXPLORER = "Explorer"
SPACY_NAMES = "plain spaCy (one entity per name)"
SPACY_DATEPARSER = "plain spaCy + dateparser"
TFIDF = "TF-IDF single link (tuned)"
SMALL_TIMEBANK_DOCS = 20
TFIDF_THRESHOLDS = [round(0.05 + 0.025 * i, 3) for i in range(34)]


@dataclass
class Row:
    """One line of figures: a system on a data set by one metric."""

    dataset: str
    metric: str
    system: str
    p: float
    r: float
    f1: float
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.dataset} | {self.metric}"


@dataclass
class Span:
    """A time expression of any system, in the shape ``timebank_eval.compare`` reads."""

    start: int
    end: int
    text: str
    type: str
    value: str


def load_gold(name: str) -> dict:
    return json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))


# ---- the dateparser baseline -------------------------------------------------

def dateparser_for(reference: date | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past"}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_value(parser, text: str) -> str:
    """dateparser's reading as a TIMEX3-like value at the granularity it reports."""
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return ""
    day = data.date_obj.date()
    if data.period == "year":
        return f"{day.year:04d}"
    if data.period == "month":
        return f"{day:%Y-%m}"
    if data.period == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


def baseline_timexes(parsed, reference: date | None) -> list[Span]:
    """spaCy's DATE/TIME entities as time expressions, valued by dateparser."""
    parser = dateparser_for(reference)
    return [Span(e.start_char, e.end_char, e.text, e.label_, dateparser_value(parser, e.text))
            for e in parsed.ents if e.label_ in ("DATE", "TIME")]


def baseline_reference(parsed) -> str:
    """The first DATE entity with a written year that dateparser reads to a day, else ""."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    for ent in parsed.ents:
        if ent.label_ == "DATE" and any(len(tok) == 4 and tok.isdigit() for tok in ent.text.replace(",", " ").split()):
            data = parser.get_date_data(ent.text)
            if data is not None and data.date_obj is not None and data.period == "day":
                return data.date_obj.date().isoformat()
    return ""


# ---- seeds ---------------------------------------------------------------------

def seed_tables_now():
    from explorer.core.extract.pipeline.runner import extract_documents
    from explorer.core.ingest import read_documents

    return extract_documents(read_documents([SEEDS]).documents)


def seed_rows(tables=None) -> list[Row]:
    """All seeds rows; ``tables`` is Explorer's extraction of seeds/ (extracted now when None)."""
    from explorer.core.extract.nlp import load_pipeline
    from explorer.core.ingest import read_documents

    tables = tables if tables is not None else seed_tables_now()
    documents = read_documents([SEEDS]).documents
    nlp = load_pipeline()
    parsed = {d.name: nlp(d.text) for d in documents}
    texts = {d.name: d.text for d in documents}
    return [*entity_rows(tables, documents), *seed_timex_rows(tables, parsed),
            *reference_date_rows(tables, parsed), *seed_cluster_rows(tables, texts)]


def entity_rows(tables, documents) -> list[Row]:
    gold = eval_entities.load_gold()
    ours = eval_entities.score(tables["entities"].to_dict("records"), gold)
    base = eval_entities.score(eval_entities.plain_spacy_entities(documents), gold)
    metric = "referents, aliases resolved"
    return [Row("Seeds · entities", metric, EXPLORER, ours["precision"], ours["recall"], ours["f1"],
                f"{ours['split']} split, {ours['merged']} merged"),
            Row("Seeds · entities", metric, SPACY_NAMES, base["precision"], base["recall"], base["f1"],
                f"{base['split']} split, {base['merged']} merged")]


def explorer_references(tables) -> dict[str, str]:
    return dict(zip(tables["documents"]["name"], tables["documents"]["published"]))


def seed_timex_counts(predicted: dict[str, list], gold: dict) -> timebank_eval.Counts:
    """Tallies over the seeds; furniture and optional gold are neither counted nor charged."""
    total = timebank_eval.Counts()
    for name, rows in gold["documents"].items():
        spans = [(Span(r["start"], r["end"], r["text"], r["type"], r["value"]),
                  bool(r.get("furniture") or r.get("optional"))) for r in rows]
        scored = [span for span, skip in spans if not skip]
        unscored = [span for span, skip in spans if skip]
        found = [s for s in predicted.get(name, []) if overlaps(s, scored) or not overlaps(s, unscored)]
        total.add(timebank_eval.compare(scored, sorted(found, key=lambda s: s.start)))
    return total


def overlaps(span, others: list) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def seed_timex_rows(tables, parsed) -> list[Row]:
    gold = load_gold("timexes.json")
    names = dict(zip(tables["documents"]["doc_id"], tables["documents"]["name"]))
    ours: dict[str, list] = {}
    for row in tables["timexes"].itertuples():
        ours.setdefault(names[row.doc_id], []).append(Span(row.start, row.end, row.text, row.type, row.value))
    references = {n: date.fromisoformat(d) for n, d in explorer_references(tables).items() if d}
    fallback = max(references.values(), default=None)
    base = {name: baseline_timexes(doc, references.get(name, fallback)) for name, doc in parsed.items()}
    return timex_rows("Seeds · time expressions", seed_timex_counts(ours, gold), seed_timex_counts(base, gold))


def timex_rows(dataset: str, ours: timebank_eval.Counts, base: timebank_eval.Counts) -> list[Row]:
    rows = []
    for metric in timebank_eval.METRICS:
        rows.append(Row(dataset, metric, EXPLORER, *ours.prf(metric), f"{ours.gold} gold, {ours.found} found"))
        rows.append(Row(dataset, metric, SPACY_DATEPARSER, *base.prf(metric), f"{base.gold} gold, {base.found} found"))
    return rows


def reference_scores(predicted: dict[str, str], gold: dict) -> tuple[float, float, float]:
    """P/R/F1 over documents: a hit is the gold day; a date where the gold has none is a false one."""
    docs = gold["documents"]
    hits = sum(1 for n, g in docs.items() if g["published"] and predicted.get(n) == g["published"])
    return timebank_eval.f1(hits, sum(1 for n in docs if predicted.get(n)), sum(1 for g in docs.values() if g["published"]))


def reference_date_rows(tables, parsed) -> list[Row]:
    gold = load_gold("documents.json")
    ours = explorer_references(tables)
    bases = dict(zip(tables["documents"]["name"], tables["documents"]["published_basis"]))
    agree = sum(bases.get(n) in g["bases_accepted"] for n, g in gold["documents"].items())
    base = {name: baseline_reference(doc) for name, doc in parsed.items()}
    metric = "publication day per document"
    return [Row("Seeds · reference dates", metric, EXPLORER, *reference_scores(ours, gold),
                f"basis right on {agree}/{len(gold['documents'])}"),
            Row("Seeds · reference dates", metric, SPACY_DATEPARSER, *reference_scores(base, gold))]


def gold_pairs(gold: dict) -> set[frozenset]:
    return {frozenset(p) for c in gold["clusters"] for p in combinations(sorted(c["reports"]), 2)}


def best_tfidf(ecb, texts: dict[str, str], gold: set[frozenset]) -> tuple[float, tuple[float, float, float]]:
    """The TF-IDF baseline at its best threshold on this gold (optimistic on purpose)."""
    scored = [(t, ecb.pair_scores(ecb.tfidf_pairs(texts, t), gold)) for t in TFIDF_THRESHOLDS]
    return max(scored, key=lambda item: item[1][2])


def seed_cluster_rows(tables, texts: dict[str, str]) -> list[Row]:
    import ecbplus_clusters as ecb

    gold = gold_pairs(load_gold("clusters.json"))
    names = dict(zip(tables["documents"]["doc_id"], tables["documents"]["name"]))
    ours = ecb.pair_scores(ecb.explorer_pairs(tables, names), gold)
    threshold, base = best_tfidf(ecb, texts, gold)
    metric = "document pairs"
    return [Row("Seeds · clusters", metric, EXPLORER, *ours, f"{len(gold)} gold pairs"),
            Row("Seeds · clusters", metric, TFIDF, *base, f"threshold {threshold:.3f}")]


# ---- TimeBank+AQUAINT and ECB+ --------------------------------------------------

def timebank_slice(files: list[Path], size: int = SMALL_TIMEBANK_DOCS) -> list[Path]:
    """Every k-th file, so a small slice spans both TimeBank and AQUAINT."""
    step = max(len(files) // size, 1)
    return files[::step][:size]


def timebank_rows(files: list[Path], dataset: str) -> list[Row]:
    from explorer.core.extract.nlp import load_pipeline

    nlp = load_pipeline()
    ours, base = timebank_eval.Counts(), timebank_eval.Counts()
    for path in files:
        text, dct, golds = timebank_eval.read_tml(path)
        parsed = nlp(text)
        ours.add(timebank_eval.compare(golds, timebank_eval.explorer_timexes(text, dct, parsed)))
        base.add(timebank_eval.compare(golds, baseline_timexes(parsed, dct)))
    return timex_rows(dataset, ours, base)


def ecbplus_rows(topics: str, workers: int = 1) -> list[Row]:
    """Explorer's clusters and entities on ECB+, each beside its baseline, from one extraction."""
    import ecbplus_clusters as ecb
    from explorer.core.extract.pipeline.runner import extract_documents
    from explorer.core.ingest import read_documents

    corpus = ecb.DEFAULT_CORPUS
    files = ecb.topic_files(corpus, [t for t in ecb.parse_topics(topics) if (corpus / str(t)).is_dir()])
    texts = {name: ecb.detokenise(corpus / str(topic) / name) for name, (topic, _) in files.items()}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            (Path(tmp) / f"{Path(name).stem}.txt").write_text(text, encoding="utf-8")
        tables = extract_documents(read_documents([Path(tmp)]).documents, workers=workers)
    return [*ecbplus_pair_rows(topics, files, texts, tables), *ecbplus_event_pair_rows(topics, files, texts, tables),
            *ecbplus_entity_rows(topics, files, texts, tables)]


def ecbplus_event_pair_rows(topics: str, files: dict, texts: dict[str, str], tables) -> list[Row]:
    """Cross-document event pairs: gold actions of one CROSS_DOC_COREF instance, Explorer's events of one cluster."""
    import ecbplus_clusters as ecb

    (p, r, f), note = ecb.event_pair_scores(tables, files, texts, ecb.DEFAULT_CORPUS)
    return [Row(f"ECB+ topics {topics} ({len(files)} docs)", "event pairs", EXPLORER, p, r, f, note)]


def ecbplus_pair_rows(topics: str, files: dict, texts: dict[str, str], tables) -> list[Row]:
    """Explorer's clusters and the tuned TF-IDF baseline on ECB+ document pairs."""
    import ecbplus_clusters as ecb

    gold = {frozenset((a, b)) for a, b in combinations(sorted(files), 2) if files[a] == files[b]}
    ours = ecb.pair_scores(ecb.explorer_pairs(tables, ecb_names(tables)), gold)
    threshold, base = best_tfidf(ecb, texts, gold)
    dataset = f"ECB+ topics {topics} ({len(files)} docs)"
    return [Row(dataset, "document pairs", EXPLORER, *ours, f"{len(gold)} gold pairs"),
            Row(dataset, "document pairs", TFIDF, *base, f"threshold {threshold:.3f}")]


def ecb_names(tables) -> dict[str, str]:
    """doc_id → the ECB+ file name it was written from."""
    return {row.doc_id: row.name.replace(".txt", ".xml") for row in tables["documents"].itertuples()}


# ---- ECB+ participant and location chains ------------------------------------------

@dataclass(frozen=True)
class ChainMention:
    """A gold mention of a HUMAN_*/LOC_* cross-document instance, offsets in the detokenised text."""

    doc: str
    start: int
    end: int
    chain: tuple[int, str]  # (topic, instance id): ECB+ links instances within a topic only


def token_offsets(root, text: str) -> dict[str, tuple[int, int]]:
    """Each token's span in ``ecbplus_clusters.detokenise``'s text, found in its reading order."""
    import ecbplus_clusters as ecb

    spans, cursor = {}, 0
    for token in sorted(root.iter("token"), key=lambda t: int(t.get("sentence", "0"))):
        word = ecb._join([token.text or ""])  # the word as detokenise writes it (quotes curled)
        start = text.find(word, cursor) if word else cursor
        spans[token.get("t_id")] = (start, start + len(word))
        cursor = start + len(word)
    return spans


def chain_mentions(path: Path, topic: int, text: str) -> list[ChainMention]:
    """The mentions of the file that CROSS_DOC_COREF links to a HUM... or LOC... instance."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    offsets = token_offsets(root, text)
    anchors = {m.get("m_id"): [offsets[a.get("t_id")] for a in m.iter("token_anchor")]
               for m in root.find("Markables")}
    found = {}
    for relation in root.iter("CROSS_DOC_COREF"):
        if relation.get("note", "")[:3] in ("HUM", "LOC"):
            for source in relation.iter("source"):
                spans = anchors[source.get("m_id")]
                found[source.get("m_id")] = ChainMention(path.name, min(s for s, _ in spans),
                                                         max(e for _, e in spans), (topic, relation.get("note")))
    return list(found.values())


def key_at_head(spans: list[tuple[int, int, str]], head: tuple[int, int], mention: ChainMention) -> str | None:
    """The key of the span holding the mention's head; of several, the one overlapping the mention most."""
    hits = [(min(end, mention.end) - max(start, mention.start), -start, key)
            for start, end, key in spans if start < head[1] and head[0] < end]
    return max(hits)[2] if hits else None


def head_of(parsed, mention: ChainMention) -> tuple[int, int]:
    """The span of the mention's syntactic head, leading prepositions dropped (LOC marks "in Millom")."""
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention.start, mention.end
    while len(span) > 1 and span[0].pos_ == "ADP":
        span = span[1:]
    return span.root.idx, span.root.idx + len(span.root)


def align_chains(parsed, gold: list[ChainMention], ours: list[tuple], names: list[tuple]) -> list[tuple]:
    """(gold mention, Explorer entity, spaCy name) for each gold mention whose head is inside either."""
    aligned = []
    for mention in gold:
        head = head_of(parsed, mention)
        entity, name = key_at_head(ours, head, mention), key_at_head(names, head, mention)
        if entity is not None or name is not None:
            aligned.append((mention, entity, name))
    return aligned


def b_cubed(gold: list, system: list) -> tuple[float, float, float]:
    """B-cubed P/R/F1 of a clustering against the gold: one cluster key of each per mention."""
    if not gold:
        return 0.0, 0.0, 0.0
    cells, gold_sizes, system_sizes = Counter(zip(gold, system)), Counter(gold), Counter(system)
    p = sum(n * n / system_sizes[s] for (_, s), n in cells.items()) / len(gold)
    r = sum(n * n / gold_sizes[g] for (g, _), n in cells.items()) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def chain_errors(gold: list, system: list) -> tuple[int, int]:
    """(split, merged): gold instances spread over several entities; entities holding several instances."""
    entities_of, instances_of = defaultdict(set), defaultdict(set)
    for g, s in zip(gold, system):
        if s[0] != "missed":
            entities_of[g].add(s)
            instances_of[s].add(g)
    return sum(len(v) > 1 for v in entities_of.values()), sum(len(v) > 1 for v in instances_of.values())


def system_keys(aligned: list[tuple], column: int) -> list[tuple]:
    """Each aligned mention's system cluster, cut by topic; a mention the system missed stands alone."""
    return [("missed", i) if row[column] is None else (row[0].chain[0], row[column]) for i, row in enumerate(aligned)]


def aligned_chain_mentions(files: dict, texts: dict[str, str], tables) -> tuple[list[tuple], int]:
    """The aligned gold mentions of every document, and how many gold chain mentions there were."""
    import ecbplus_clusters as ecb
    from explorer.core.extract.entities.mentions import ENTITY_TYPES
    from explorer.core.extract.nlp import load_pipeline

    ours: dict[str, list] = defaultdict(list)
    names = ecb_names(tables)
    for row in tables["mentions"].itertuples():
        ours[names[row.doc_id]].append((row.start, row.end, row.entity_id))
    gold = {name: chain_mentions(ecb.DEFAULT_CORPUS / str(topic) / name, topic, texts[name])
            for name, (topic, _) in files.items()}
    aligned = []
    for name, parsed in zip(texts, load_pipeline().pipe(texts.values(), batch_size=16)):
        spacy_names = [(e.start_char, e.end_char, e.text.casefold()) for e in parsed.ents if e.label_ in ENTITY_TYPES]
        aligned.extend(align_chains(parsed, gold[name], ours[name], spacy_names))
    return aligned, sum(len(g) for g in gold.values())


def ecbplus_entity_rows(topics: str, files: dict, texts: dict[str, str], tables) -> list[Row]:
    """B-cubed of Explorer's entities and of one-entity-per-name over ECB+'s named chain mentions."""
    aligned, total = aligned_chain_mentions(files, texts, tables)
    gold = [m.chain for m, *_ in aligned]
    counts = f"{len(aligned)} of {total} gold mentions, {len(set(gold))} instances"
    rows = []
    for system, column in ((EXPLORER, 1), (SPACY_NAMES, 2)):
        keys = system_keys(aligned, column)
        split, merged = chain_errors(gold, keys)
        missed = sum(k[0] == "missed" for k in keys)
        rows.append(Row(f"ECB+ topics {topics} · entities (HUMAN/LOC chains)", "B-cubed, name mentions", system,
                        *b_cubed(gold, keys), f"{counts}; {missed} missed, {split} split, {merged} merged"))
    return rows


def small_slice_rows(tables=None) -> list[Row]:
    return [*seed_rows(tables), *timebank_slice_rows(), *timeline_rows()]


def timeline_rows() -> list[Row]:
    """Entity timelines on the SemEval-2015 TimeLine trial split, Explorer beside its baseline ([] without the corpus)."""
    import eval_timeline

    if not eval_timeline.SCRIPT.is_file():
        return []
    with tempfile.TemporaryDirectory() as work:
        found = eval_timeline.timeline_rows(Path(work))
    return [Row(r["dataset"], r["metric"], r["system"], r["p"], r["r"], r["f1"]) for r in found]


@dataclass
class Figure:
    """A figure that is not a P/R/F1 row: a count, a share, a judged tally."""

    dataset: str
    metric: str
    explorer: object
    baseline: object = None


def trust_figures() -> list[Figure]:
    """The full slice's figures for issue 16: event dating on TimeBank TLINKs, dates by basis, BBC purity."""
    import eval_cluster_purity
    import eval_event_dates
    import sample_event_dates

    found = [*eval_event_dates.event_date_rows()]
    with tempfile.TemporaryDirectory() as trial:
        _texts, events = sample_event_dates.pool(Path(trial))
    found += sample_event_dates.event_basis_rows(events)
    found += eval_cluster_purity.purity_rows()
    return [Figure(r["data set"], r["metric"], r["explorer"], r.get("baseline")) for r in found]


def timebank_slice_rows(corpus: Path | None = None) -> list[Row]:
    """The small slice's TimeBank+AQUAINT rows (``SMALL_TIMEBANK_DOCS`` documents of ``corpus``)."""
    files = timebank_slice(timebank_eval.corpus_files(corpus or timebank_eval.DEFAULT_CORPUS))
    return timebank_rows(files, f"TimeBank+AQUAINT slice ({len(files)} docs)")


def full_rows(ecb_topics: str, workers: int) -> list[Row]:
    files = timebank_eval.corpus_files(timebank_eval.DEFAULT_CORPUS)
    rows = [*seed_rows(), *timebank_rows(files, f"TimeBank+AQUAINT ({len(files)} docs)"), *timeline_rows()]
    return rows + (ecbplus_rows(ecb_topics, workers) if ecb_topics else [])


# ---- floors, output --------------------------------------------------------------

def load_floors(path: Path | None = None) -> dict[str, float]:
    path = path or FLOORS
    return json.loads(path.read_text(encoding="utf-8"))["floors"] if path.exists() else {}


def below_floors(rows: list[Row], floors: dict[str, float]) -> list[str]:
    """One line per Explorer row whose F1 is under its floor."""
    return [f"{row.key}: F1 {row.f1:.3f} < floor {floors[row.key]:.2f}"
            for row in rows if row.system == EXPLORER and row.key in floors and row.f1 < floors[row.key]]


def paired(rows: list[Row]) -> list[tuple[Row, Row | None]]:
    """(Explorer row, baseline row) for each data set and metric, in order."""
    ours = [r for r in rows if r.system == EXPLORER]
    others = {r.key: r for r in rows if r.system != EXPLORER}
    return [(r, others.get(r.key)) for r in ours]


def print_table(rows: list[Row], floors: dict[str, float], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for name, justify in (("data set", "left"), ("metric", "left"), ("Explorer P", "right"), ("R", "right"),
                          ("F1", "right"), ("floor", "right"), ("baseline", "left"), ("P", "right"),
                          ("R", "right"), ("F1", "right")):
        table.add_column(name, justify=justify)
    for ours, base in paired(rows):
        floor = floors.get(ours.key)
        table.add_row(ours.dataset, ours.metric, f"{ours.p:.3f}", f"{ours.r:.3f}", f"{ours.f1:.3f}",
                      f"{floor:.2f}" if floor is not None else "-", base.system if base else "-",
                      *((f"{base.p:.3f}", f"{base.r:.3f}", f"{base.f1:.3f}") if base else ("-", "-", "-")))
    Console(width=170).print(table)


def print_ratios(rows: list[Row]) -> None:
    """Explorer's F1 over the baseline's on the timeline rows (issue 16's target: at least 1.3×)."""
    for ours, base in paired(rows):
        if ours.dataset.startswith("Timeline") and base is not None and base.f1:
            ratio = ours.f1 / base.f1
            print(f"{ours.dataset} · {ours.metric}: Explorer {ours.f1:.3f} / {base.system} {base.f1:.3f} "
                  f"= {ratio:.3f}× (target ≥ 1.3×: {'met' if ratio >= 1.3 else 'NOT met'})")


def print_figures(figures: list[Figure]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Trust figures (issue 16)")
    for name in ("data set", "metric", "Explorer", "baseline"):
        table.add_column(name)
    for figure in figures:
        table.add_row(figure.dataset, figure.metric, str(figure.explorer),
                      "-" if figure.baseline is None else str(figure.baseline))
    Console(width=170).print(table)


def machine() -> str:
    return f"{platform.node()} {platform.system()} {platform.machine()} py{platform.python_version()}"


def append_csv(rows: list[Row], path: Path = RESULTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists()
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(["date", "machine", "dataset", "system", "metric", "P", "R", "F1"])
        stamp = datetime.now().isoformat(timespec="seconds")
        for row in rows:
            writer.writerow([stamp, machine(), row.dataset, row.system, row.metric,
                             f"{row.p:.4f}", f"{row.r:.4f}", f"{row.f1:.4f}"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slice", choices=("small", "full"), default="small")
    parser.add_argument("--ecb-topics", default="1-35", help="ECB+ topics for --slice full, e.g. 1-10; '' skips ECB+")
    parser.add_argument("--workers", type=int, default=1, help="extraction workers for ECB+")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--check-floors", action="store_true", help="exit 1 if an Explorer row is below its floor")
    parser.add_argument("--no-csv", action="store_true", help=f"do not append to {RESULTS.relative_to(REPO)}")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = small_slice_rows() if args.slice == "small" else full_rows(args.ecb_topics, args.workers)
    figures = trust_figures() if args.slice == "full" else []
    seconds = time.perf_counter() - started
    floors = load_floors()
    print_table(rows, floors, f"Extraction quality, slice {args.slice} ({seconds:.0f} s)")
    print_ratios(rows)
    if figures:
        print_figures(figures)
    if not args.no_csv:
        append_csv(rows)
    if args.json:
        payload = {"date": datetime.now().isoformat(timespec="seconds"), "machine": machine(), "slice": args.slice,
                   "seconds": round(seconds, 1), "rows": [asdict(r) for r in rows],
                   "figures": [asdict(f) for f in figures]}
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    failures = below_floors(rows, floors) if args.check_floors else []
    for line in failures:
        print(f"below floor: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
