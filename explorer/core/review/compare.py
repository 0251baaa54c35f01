"""A cluster's sources side by side, and where they disagree.

A cluster groups events from different documents that report the same happening.
``build_review`` gathers, for each of its documents, the text, the sentences that
report the clustered events (its passages; those that tell the happening itself,
rather than its background, are its ``reporting`` ones) and the document's mentions, then
compares the columns on what an analyst checks first when sources disagree: the
date (the spans the passages resolve to, and the time expressions that give
them), who is named, and the numbers. Each disagreement becomes a readable
sentence and a set of spans to mark in the columns that hold it. Plain Python
over the tables, so the window, the exports and tests share one answer.

A cluster's passages include background, so the review must not invent
disagreements: two numbers of one unit are compared only when their sentences
make the same statement (``statements``), and a news agency or outlet credited
in the text, or the dateline's place, is no participant (``credits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from explorer.core.coded import list_lengths
from explorer.core.dates import iso_span
from explorer.core.extract.clusters.labels import names_a_happening, spans_disagree
from explorer.core.model import Tables
from explorer.core.review.copies import published_by_line
from explorer.core.review.credits import Named, credited, in_dateline
from explorer.core.review.sources import relabel_note, source_labels
from explorer.core.review.statements import Statement, aligned, statement

DATE_KIND, PARTICIPANT_KIND, NUMBER_KIND = "date", "participant", "number"
ROW_COLUMNS = ["cluster_id", "label", "document", "title", "outlet", "published", "published_basis",
               "event_id", "date", "date_start", "date_end", "participants", "sentence"]


@dataclass(frozen=True)
class Passage:
    """One sentence of a column that reports one of the cluster's events."""

    event_id: str
    start: int
    end: int
    sentence: str
    date_start: str
    date_end: str
    participants: tuple[str, ...]  # names, in the event's order
    participant_ids: tuple[str, ...] = ()
    date_basis: str = ""  # "timex" when a time expression in the text dates it
    event_ids: tuple[str, ...] = ()  # every event of the cluster this sentence reports (its main one first)

    @property
    def date(self) -> str:
        """The passage's date as a reader says it: "2026-02-04", "2026-02-04 to 2026-02-05" or ""."""
        return iso_span(self.date_start, self.date_end)


@dataclass(frozen=True)
class Mention:
    """An entity mention in a column's text (Python string offsets)."""

    start: int
    end: int
    entity_id: str
    type: str


@dataclass(frozen=True)
class Mark:
    """A span a column marks as disagreeing with another column, and why."""

    start: int
    end: int
    kind: str  # DATE_KIND, PARTICIPANT_KIND or NUMBER_KIND
    note: str = ""


@dataclass(frozen=True)
class NumberMention:
    """A number written in a passage, with the word it counts when there is one."""

    start: int
    end: int
    text: str
    value: float
    unit: str  # singular, lower case; "" when none follows


@dataclass
class ReviewColumn:
    """One document of the cluster, as its column shows it."""

    doc_id: str
    name: str
    title: str
    source: str
    published: str
    published_basis: str
    text: str
    passages: list[Passage] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    dated_timexes: list[tuple[int, int, str, str]] = field(default_factory=list)  # in passages: start, end, span
    reporting: list[Passage] = field(default_factory=list)  # the passages that tell the happening itself
    label: str = ""  # how the disagreement sentences name it: its outlet, told apart by title when needed
    copies: str = ""  # "also published by …": its near-duplicates, sources kept out of the events

    @property
    def listed_only(self) -> bool:
        """A source the cluster lists with none of its events (joined by the people and names it shares): no
        passage of its own, so nothing of it is compared; its sentences in the happening's other actions
        (``related``) are shown instead. Every column without a passage is one: the others come from the events."""
        return not self.passages

    @property
    def related(self) -> list[Passage]:
        """A listed-only source's sentences in the happening's other actions: its ``reporting`` (none for another)."""
        return self.reporting if self.listed_only else []

    @property
    def date_spans(self) -> list[tuple[str, str]]:
        """The distinct (start, end) dates its passages resolve to, in order."""
        return distinct((p.date_start, p.date_end) for p in self.passages if p.date_start and p.date_end)

    @property
    def named_entities(self) -> set[str]:
        """Entities its passages name: their participants and any mention inside them (but the dateline's place)."""
        named = {e for p in self.passages for e in p.participant_ids}
        return named | {m.entity_id for m in self.mentions if self.in_passage(m.start, m.end)
                        and not in_dateline(self.text, m.start, m.end)}

    def in_passage(self, start: int, end: int) -> bool:
        return any(p.start <= start and end <= p.end for p in self.passages)


@dataclass
class Review:
    """Everything the side-by-side review shows for one cluster."""

    cluster_id: str
    label: str
    date_start: str
    date_end: str
    conflict: str  # the cluster's own note, as stored
    columns: list[ReviewColumn]
    conflicts: list[str]  # readable sentences, one per disagreement
    entity_names: dict[str, str]

    @property
    def date_spans(self) -> list[tuple[str, str]]:
        """Every distinct date span the columns' passages give."""
        return distinct(span for column in self.columns for span in column.date_spans)


def build_review(tables: Tables, cluster_id: str,
                 mentions_of: Callable[[list[str]], pd.DataFrame] | None = None) -> Review:
    """The review of cluster ``cluster_id``: its columns and their disagreements.

    Parameters: ``tables`` a workspace's tables; ``cluster_id`` one of its clusters
    (``KeyError`` if it has none by that id); ``mentions_of`` the documents' mentions, given their ids,
    for tables that hold none (the window's). Returns a ``Review`` with one column
    per document (by publication date, undated last, then name), each holding its
    passages, mentions and marks, and ``conflicts`` stating each disagreement.
    """
    clusters = tables["clusters"]
    rows = clusters[clusters["cluster_id"] == cluster_id]
    if rows.empty:
        raise KeyError(cluster_id)
    cluster = rows.iloc[0]
    names = dict(zip(tables["entities"]["entity_id"], tables["entities"]["name"]))
    columns = _columns(tables, cluster, names, mentions_of)
    _label_columns(columns)
    # extraction's note says what date each source gives the happening; without one, the passages' dates are compared
    # (their odd time expressions are marked either way)
    passage_dates = _compare_dates(columns)
    conflicts = [_relabel(str(cluster["conflict"]), columns)] if cluster["conflict"] else passage_dates
    conflicts += _compare_numbers(columns) + _compare_participants(columns, names, credits(columns))
    named = {e for c in columns for e in c.named_entities} | {m.entity_id for c in columns for m in c.mentions}
    return Review(cluster_id, str(cluster["label"]), str(cluster["date_start"]), str(cluster["date_end"]),
                  str(cluster["conflict"]), columns, conflicts, {e: names.get(e, e) for e in named})


def largest_cluster_id(tables: Tables) -> str | None:
    """The cluster with the most documents (then the most events; the first of equals), or None."""
    clusters = tables["clusters"]
    if clusters.empty:
        return None
    # (the lists' lengths, not the lists: the window holds them as Arrow, ``coded.list_lengths``)
    documents, events = list_lengths(clusters["doc_ids"]), list_lengths(clusters["event_ids"])
    most = np.lexsort((-np.arange(len(events)), events, documents))[-1]  # the first of the largest
    return str(clusters["cluster_id"].iloc[int(most)])


def review_rows(review: Review) -> list[dict]:
    """One record per passage, column by column, for a CSV a reader can trace to the sources."""
    return [{"cluster_id": review.cluster_id, "label": review.label, "document": c.name, "title": c.title,
             "outlet": c.source, "published": c.published, "published_basis": c.published_basis,
             "event_id": p.event_id, "date": p.date, "date_start": p.date_start, "date_end": p.date_end,
             "participants": list(p.participants), "sentence": p.sentence}
            for c in review.columns for p in c.passages]


def distinct(items: Iterable) -> list:
    return list(dict.fromkeys(items))


# -- columns ------------------------------------------------------------------------------
def _label_columns(columns: list[ReviewColumn]) -> None:
    """Name each column as a reader knows the source (``sources.source_labels``)."""
    labels = source_labels({"name": c.name, "title": c.title, "source": c.source} for c in columns)
    for column in columns:
        column.label = labels[column.name]


def _relabel(note: str, columns: list[ReviewColumn]) -> str:
    """Extraction's stored note names documents by file; the review names them as its columns do."""
    return relabel_note(note, {c.name: c.label for c in columns})


def _columns(tables: Tables, cluster: pd.Series, names: dict[str, str],
             mentions_of: Callable[[list[str]], pd.DataFrame] | None = None) -> list[ReviewColumn]:
    """One column per document; ``mentions_of`` gives the documents' mentions when ``tables`` hold none (the
    window reads them when wanted)."""
    event_ids = set(cluster["event_ids"])
    events = tables["events"]
    events = events[events["event_id"].isin(event_ids)].sort_values(["doc_id", "start"], kind="stable")
    # a sentence reporting several of the cluster's events is one passage (its first event's, the main one)
    together = events.groupby(["doc_id", "start"], sort=False)["event_id"].agg(tuple).to_dict()
    events = events.drop_duplicates(["doc_id", "start"], keep="first")
    doc_ids = distinct([*cluster["doc_ids"], *events["doc_id"]])
    documents = tables["documents"]
    documents = sorted(documents[documents["doc_id"].isin(doc_ids)].to_dict("records"),
                       key=lambda d: (not d["published"], d["published"], d["name"]))
    types = dict(zip(tables["entities"]["entity_id"], tables["entities"]["type"]))
    mentions = mentions_of(doc_ids) if mentions_of is not None and "mentions" not in tables else tables["mentions"]
    by_doc = {"mentions": _rows_of(mentions, doc_ids), "timexes": _rows_of(tables["timexes"], doc_ids)}
    columns = []
    for doc in documents:
        column = ReviewColumn(doc["doc_id"], doc["name"], doc["title"], doc["source"], doc["published"],
                              doc["published_basis"], doc["text"])
        column.copies = published_by_line(tables["documents"], doc["doc_id"])
        column.passages = [_passage(e, names, together[(e["doc_id"], e["start"])])
                           for e in events[events["doc_id"] == doc["doc_id"]].to_dict("records")]
        mentions = by_doc["mentions"].get(doc["doc_id"])
        column.mentions = [] if mentions is None else [
            Mention(int(m.start), int(m.end), m.entity_id, types.get(m.entity_id) or m.type)
            for m in mentions.itertuples(index=False)]
        timexes = by_doc["timexes"].get(doc["doc_id"])
        column.dated_timexes = [] if timexes is None else [
            (int(t.start), int(t.end), t.date_start, t.date_end) for t in timexes.itertuples(index=False)
            if t.date_start and column.in_passage(int(t.start), int(t.end))]
        column.numbers = [n for p in column.passages for n in find_numbers(column.text, p.start, p.end)
                          if not _inside_any(n, column.dated_timexes)]
        column.reporting = _reporting(column, (str(cluster["date_start"]), str(cluster["date_end"])), names)
        if column.listed_only:
            column.reporting = _related_passages(tables, cluster, doc["doc_id"], names)
        columns.append(column)
    return columns


def _related_passages(tables: Tables, cluster: pd.Series, doc_id: str, names: dict[str, str]) -> list[Passage]:
    """A listed source's sentences in the happening's other actions: the clusters over two or more of this
    cluster's documents, this one among them (one happening told as several actions, ``evidence.action_groups``).
    They show the reader how the source tells the happening without being compared as its account."""
    events, own = tables["events"], set(cluster["doc_ids"])
    told = events[events["doc_id"] == doc_id]
    clusters = tables["clusters"]  # only the clusters of the source's own events can hold its sentences: not every one
    clusters = clusters[clusters["cluster_id"].isin(set(told["cluster_id"]))]
    siblings = {str(c) for c, docs in zip(clusters["cluster_id"], clusters["doc_ids"])
                if c != cluster["cluster_id"] and doc_id in docs and len(docs) >= 2 and set(docs) <= own}
    if not siblings:
        return []
    mine = told[told["cluster_id"].isin(siblings)]
    mine = mine.sort_values("start", kind="stable").drop_duplicates("start", keep="first")
    return [_passage(e, names) for e in mine.to_dict("records")]


def _reporting(column: ReviewColumn, span: tuple[str, str], names: dict[str, str]) -> list[Passage]:
    """The passages that tell the happening: the account's lead, those a time expression dates
    to the happening's days, and those that name it.

    Clustering takes every sentence like the happening in words and participants:
    in a story about one meeting that is half the story (its background and
    commentary too), and emphasising all of it hides the sentences a reader compares.
    """
    return [p for i, p in enumerate(column.passages)
            if i == 0 or _dated_within(p, span) or _names_the_happening(column, p, names)]


def _dated_within(passage: Passage, span: tuple[str, str]) -> bool:
    """Dated by the text itself: a publication date dates every sentence of a story alike."""
    return (passage.date_basis == "timex" and bool(span[0]) and bool(passage.date_start)
            and passage.date_start <= span[1] and passage.date_end >= span[0])


def _names_the_happening(column: ReviewColumn, passage: Passage, names: dict[str, str]) -> bool:
    return any(names_a_happening(names.get(m.entity_id, ""), m.type) for m in column.mentions
               if passage.start <= m.start and m.end <= passage.end)


def _rows_of(table: pd.DataFrame, doc_ids: list[str]) -> dict[str, pd.DataFrame]:
    rows = table[table["doc_id"].isin(doc_ids)].sort_values("start", kind="stable")
    return dict(tuple(rows.groupby("doc_id", sort=False)))


def _passage(event: dict, names: dict[str, str], event_ids: tuple[str, ...] = ()) -> Passage:
    ids = tuple(event["participants"])
    return Passage(event["event_id"], int(event["start"]), int(event["end"]), event["sentence"],
                   event["date_start"], event["date_end"], tuple(names.get(e, e) for e in ids), ids,
                   event["date_basis"], event_ids or (event["event_id"],))


def _inside_any(number: NumberMention, spans: list[tuple]) -> bool:
    """True when the number starts inside one of the spans (the "4" of "February 4 gathered" is a date)."""
    return any(s[0] <= number.start < s[1] for s in spans)


# -- dates --------------------------------------------------------------------------------
def _compare_dates(columns: list[ReviewColumn]) -> list[str]:
    """One sentence when two dated columns give date spans that share no day (``spans_disagree``: "from 2 to 4
    February" beside "on 4 February" is one date told more or less closely); marks the odd timexes."""
    dated = [c for c in columns if c.date_spans]
    if not any(all(spans_disagree([a, b]) for a in one.date_spans for b in other.date_spans)
               for i, one in enumerate(dated) for other in dated[i + 1:]):
        return []
    given = {c.doc_id: set(c.date_spans) | {(t[2], t[3]) for t in c.dated_timexes} for c in dated}
    for column in dated:
        for start, end, date_start, date_end in column.dated_timexes:
            missing = [o.label for o in dated if o is not column and (date_start, date_end) not in given[o.doc_id]]
            if missing:
                verb = "does" if len(missing) == 1 else "do"
                note = f"{iso_span(date_start, date_end)}: {_join(missing)} {verb} not give this date"
                column.marks.append(Mark(start, end, DATE_KIND, note))
    groups: dict[tuple, list[str]] = {}
    for column in dated:
        groups.setdefault(tuple(column.date_spans), []).append(column.label)
    says = "; ".join(f"{_join(names)} {'says' if len(names) == 1 else 'say'} {' and '.join(iso_span(*s) for s in spans)}"
                     for spans, names in groups.items())
    undated = [c.label for c in columns if not c.date_spans]
    tail = f" ({', '.join(undated)} gives no date)" if undated else ""
    return [f"Dates differ: {says}{tail}."]


# -- participants -------------------------------------------------------------------------
def credits(columns: list[ReviewColumn]) -> set[str]:
    """Entities some column names as a credit (its news agency, its outlet: ``credits.CREDIT_ROLES``)."""
    return credited((m.entity_id, Named(c.text, m.start, m.end, c.source)) for c in columns for m in c.mentions)


def _compare_participants(columns: list[ReviewColumn], names: dict[str, str], credited_ids: set[str]) -> list[str]:
    """Entities named in some columns' passages and nowhere in others, grouped by which columns name them.

    A credit (the agency in a dateline, the outlet) is no participant: one source naming its
    wire and another not is no disagreement about who took part. A source that names the entity
    in a sentence clustering left out does name it: "not named in" it would be false.
    """
    if len(columns) < 2:
        return []
    named = {c.doc_id: c.named_entities - credited_ids for c in columns}
    anywhere = {c.doc_id: named[c.doc_id] | {m.entity_id for m in c.mentions} for c in columns}
    groups: dict[tuple[str, ...], list[str]] = {}
    for entity_id in sorted(set().union(*named.values()), key=lambda e: names.get(e, e)):
        holders = tuple(c.doc_id for c in columns if entity_id in anywhere[c.doc_id])
        if len(holders) < len(columns):
            groups.setdefault(holders, []).append(entity_id)
    by_id = {c.doc_id: c for c in columns}
    sentences = []
    for holders, entity_ids in groups.items():
        absent = _join([c.label for c in columns if c.doc_id not in holders])
        where = f"only in {_join([by_id[d].label for d in holders])}" if 2 * len(holders) <= len(columns) \
            else f"in every source but {absent}"
        verb = "is" if len(entity_ids) == 1 else "are"
        sentences.append(f"Participants differ: {_join([names.get(e, e) for e in entity_ids])} {verb} named {where}.")
        for doc_id in holders:
            _mark_mentions(by_id[doc_id], set(entity_ids), f"not named in {absent}")
    return sentences


def _mark_mentions(column: ReviewColumn, entity_ids: set[str], note: str) -> None:
    for mention in column.mentions:
        if mention.entity_id in entity_ids and column.in_passage(mention.start, mention.end):
            column.marks.append(Mark(mention.start, mention.end, PARTICIPANT_KIND, note))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# -- numbers ------------------------------------------------------------------------------
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {**{w: i for i, w in enumerate(_SMALL)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)}, "dozen": 12}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "crore": 1e7}
_WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_SCALE = "|".join(SCALES)
NUMBER_PATTERN = re.compile(
    rf"(?<![\w.,/:-])(?P<currency>[$€£₹]\s?)?(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|(?:{_WORD})(?:[- ](?:{_WORD}))?)(?P<scale>\s(?:{_SCALE}))?(?![\w]|:\d)"
    r"(?P<unit>\s?%|\s(?:per ?cent)|[- ][A-Za-z]+)?", re.IGNORECASE)
NOT_UNITS = {"of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "for", "by", "from", "with",
             "as", "is", "are", "was", "were", "per", "than", "more", "less", "that", "which", "who"}


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Numbers written in ``text[start:end]`` in digits or words, each with the word it counts.

    "ten countries", "10 countries", "$2 billion", "30 per cent", "two-day" all count;
    a bare "one" does not (it is more often a pronoun), nor the parts of a clock time ("02:41 GMT" is a time,
    not 41 of anything). Offsets are into ``text``.
    """
    end = len(text) if end is None else end
    found = []
    for match in NUMBER_PATTERN.finditer(text, start, end):
        value, unit = _value(match.group("number")), _unit(match)
        if match.group("scale"):
            value *= SCALES[match.group("scale").strip().lower()]
        elif match.group("number").lower() == "one" and not unit:
            continue  # "one of them", "the one who": a pronoun, not a count
        counted = match.group("scale") and "scale" or "number"
        stop = match.end() if unit and not match.group("currency") else match.end(counted)
        found.append(NumberMention(match.start(), stop, text[match.start():stop], value, unit))
    return found


def _value(number: str) -> float:
    words = re.split(r"[- ]", number.lower())
    if words[0] in WORD_VALUES:
        return float(sum(WORD_VALUES[w] for w in words))
    return float(number.replace(",", ""))


def _unit(match: re.Match) -> str:
    if match.group("currency"):
        return {"$": "dollar", "€": "euro", "£": "pound", "₹": "rupee"}[match.group("currency").strip()]
    unit = (match.group("unit") or "").strip(" -").lower()
    if unit in NOT_UNITS:
        return ""
    if unit in {"%", "per cent", "percent"}:
        return "percent"
    return singular(unit)


def singular(word: str) -> str:
    """A plural noun's singular, by the common English endings (enough to compare "10 countries" and "ten country")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass
class NumberCheck:
    """The columns whose numbers are compared, the (column, value) pairs a step has already reported on,
    and the numbers a step set aside as comparable with none (by column and offset)."""

    columns: list[ReviewColumn]
    compared: set[tuple[str, float]] = field(default_factory=set)
    set_aside: set[tuple[str, int]] = field(default_factory=set)

    def numbers(self, column: ReviewColumn) -> list[NumberMention]:
        """The column's numbers that no step set aside."""
        return [n for n in column.numbers if (column.doc_id, n.start) not in self.set_aside]


def _numbers_of_other_statements(check: NumberCheck) -> list[str]:
    """Numbers of a unit that other sources also count, but in sentences stating something else, are set aside:
    "delegations from 50 countries" at the ministerial and "ministers from ten countries" at an earlier
    meeting count different things. Two figures disagree only when their sentences make the same statement
    (``statements.aligned``); this step states nothing itself."""
    for column in check.columns:
        for number in (n for n in column.numbers if n.unit):
            others = [(other, n) for other in check.columns if other is not column
                      for n in other.numbers if n.unit == number.unit]
            mine = _statement_of(column, number)
            if others and not any(aligned(mine, _statement_of(other, n)) for other, n in others):
                check.set_aside.add((column.doc_id, number.start))
    return []


def _statement_of(column: ReviewColumn, number: NumberMention) -> Statement:
    """What the passage holding ``number`` states (the whole text when no passage holds it), the count left out."""
    passage = next((p for p in column.passages if p.start <= number.start < p.end), None)
    start, end = (passage.start, passage.end) if passage else (0, len(column.text))
    entities = [m.entity_id for m in column.mentions if start <= m.start and m.end <= end]
    count = (number.start - start, number.end - start)
    return statement(column.text[start:end], entities, leave_out=[number.text], count=count)


def _numbers_by_unit(check: NumberCheck) -> list[str]:
    """Numbers that two or more columns give for one unit ("10 countries", "ten countries") are compared
    unit by unit: the values are claimed for this step, and each unit they differ on is a sentence."""
    units = sorted({n.unit for c in check.columns for n in check.numbers(c) if n.unit})
    return [sentence for sentence in (_compare_unit(check, unit) for unit in units) if sentence]


def _compare_unit(check: NumberCheck, unit: str) -> str:
    """The sentence for ``unit`` if the columns that give it differ, else ""; their values count as compared."""
    given = {c.doc_id: _of_unit(check, c, unit) for c in check.columns}
    holders = [c for c in check.columns if given[c.doc_id]]
    if len(holders) < 2:
        return ""
    values = {c.doc_id: {n.value for n in given[c.doc_id]} for c in holders}
    check.compared |= {(c.doc_id, v) for c in holders for v in values[c.doc_id]}
    return _report_unit(holders, unit, values, given) if len({frozenset(v) for v in values.values()}) > 1 else ""


def _of_unit(check: NumberCheck, column: ReviewColumn, unit: str) -> list[NumberMention]:
    """The column's numbers of ``unit`` that no earlier step set aside."""
    return [n for n in check.numbers(column) if n.unit == unit]


def _report_unit(holders: list[ReviewColumn], unit: str, values: dict[str, set[float]],
                 given: dict[str, list[NumberMention]]) -> str:
    """The sentence for a unit the columns give different numbers for; each number another column lacks is marked."""
    note = f"Numbers differ for “{unit}”"
    for column in holders:
        others = [o for o in holders if o is not column]
        column.marks += [Mark(n.start, n.end, NUMBER_KIND, note) for n in given[column.doc_id]
                         if _missing_somewhere(n, others, values)]
    says = "; ".join(f"{c.label} says {_join(distinct(n.text for n in given[c.doc_id]))}" for c in holders)
    return f"{note}: {says}."


def _numbers_not_everywhere(check: NumberCheck) -> list[str]:
    """Numbers no earlier step compared whose value some other column does not give at all:
    a source that alone reports a figure is worth a look even when no unit ties it to another's.
    "At all" means anywhere in its text, not only in its clustered passages: a source that gives
    "more than 50 countries" in a sentence clustering left out does give the figure."""
    values = {c.doc_id: {n.value for n in find_numbers(c.text)} | {n.value for n in c.numbers}
              for c in check.columns}
    sentences = []
    for column in check.columns:
        others = [o for o in check.columns if o is not column]
        lonely = [n for n in check.numbers(column) if (column.doc_id, n.value) not in check.compared
                  and _missing_somewhere(n, others, values)]
        if lonely:
            sentences.append(_report_lonely(column, lonely, others, values))
    return sentences


def _missing_somewhere(number: NumberMention, others: list[ReviewColumn], values: dict[str, set[float]]) -> bool:
    """Whether some other column does not give ``number``'s value (``values``: each column's values)."""
    return any(number.value not in values[o.doc_id] for o in others)


def _report_lonely(column: ReviewColumn, lonely: list[NumberMention], others: list[ReviewColumn],
                   values: dict[str, set[float]]) -> str:
    """The sentence for numbers only some sources give; they are marked in ``column``."""
    lonely_values = {n.value for n in lonely}
    absent = _join([o.label for o in others if not values[o.doc_id] >= lonely_values])
    column.marks += [Mark(n.start, n.end, NUMBER_KIND, f"not in {absent}") for n in lonely]
    return (f"Only some sources give these numbers: {column.label} says "
            f"{_join(distinct(n.text for n in lonely))} (not in {absent}).")


# The number comparison, in order: a step skips the numbers an earlier one compared (``NumberCheck.compared``).
NUMBER_STEPS: tuple[Callable[[NumberCheck], list[str]], ...] = (
    _numbers_of_other_statements, _numbers_by_unit, _numbers_not_everywhere)


def _compare_numbers(columns: list[ReviewColumn]) -> list[str]:
    """Numbers that one column gives for a unit and another gives differently in the same statement, else
    numbers not in every column: ``NUMBER_STEPS`` in turn."""
    if len(columns) < 2:
        return []
    check = NumberCheck(columns)
    return [sentence for step in NUMBER_STEPS for sentence in step(check)]
