"""Event dates scored on TimeBank + AQUAINT's TLINKs (TempEval-3 task C relations).

Each document's text is fed to Explorer's extraction with its DCT as the
publication date. Explorer's events are aligned to gold EVENTs by trigger offsets
(the gold event's span overlaps ``trigger_start``..``trigger_end``), and every gold
TLINK between that event and the DCT or a TIMEX3 with a calendar value (a day, a
month, a year) says which days the event can fall on:

- BEFORE / IBEFORE the time: on or before the time's last day;
- AFTER / IAFTER: on or after its first day;
- IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY, BEGINS, ENDS, BEGUN_BY, ENDED_BY: within it;
- INCLUDES (the event holds the time): its range meets the time.

Explorer's date range (either end may be open: ``bounded``) then **agrees** when it
lies within the days gold allows (INCLUDES: meets the time), **contradicts** when
it shares no day with them, and is **vaguer** otherwise (consistent, but wider than
gold allows: "on or before the DCT" for an event gold puts in 1990). Rates are over
the gold links whose event Explorer dates (any basis but ``none``).

``event_date_rows()`` returns the rows ``eval_extraction.py`` prints; ``explorer_events``
runs the extraction (reused by ``sample_event_dates.py``).

    .venv/bin/python bench/eval_event_dates.py [--by-basis] [--show-contradictions 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CORPORA = Path(os.environ.get("EXPLORER_CORPORA") or REPO.parent / "shared" / "corpora")
TIMEBANK = CORPORA / "timebank"
BEFORE = {"BEFORE", "IBEFORE"}
AFTER = {"AFTER", "IAFTER"}
WITHIN = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}
MEETS = {"INCLUDES", "DURING_INV"}
INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
           "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
           "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "DURING": "DURING_INV", "DURING_INV": "DURING"}
LOW, HIGH = date.min, date.max


@dataclass
class TmlDocument:
    """One TML file: its text, DCT, events (eid → span), times (tid → range) and event–time links."""

    name: str
    text: str
    dct: date | None
    events: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # eid -> (start, end, text)
    times: dict[str, tuple[date, date]] = field(default_factory=dict)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (eid, relation of the event to the time, tid)


def time_range(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 value covers: 1998-01-08, 1998-01, 1998 (other values: None)."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            day = date.fromisoformat(value[:10])
            return day, day
        if len(value) == 7 and value[4] == "-":
            first = date(int(value[:4]), int(value[5:7]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def read_tml(path: Path) -> TmlDocument:
    """Text (the TEXT element's), DCT, EVENT spans, calendar TIMEX3s and the event–time TLINKs."""
    root = ET.parse(path).getroot()
    doc = TmlDocument(path.stem, "", None)
    for timex in root.iter("TIMEX3"):
        span = time_range(timex.get("value", ""))
        if span is not None:
            doc.times[timex.get("tid", "")] = span
        if timex.get("functionInDocument") == "CREATION_TIME" and span is not None:
            doc.dct = span[0]
    parts: list[str] = []
    _walk(root.find("TEXT"), parts, doc)
    doc.text = "".join(parts)
    instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    for link in root.iter("TLINK"):
        relation = link.get("relType", "")
        if link.get("eventInstanceID") and link.get("relatedToTime"):
            doc.links.append((instance.get(link.get("eventInstanceID"), ""), relation, link.get("relatedToTime", "")))
        elif link.get("timeID") and link.get("relatedToEventInstance"):
            doc.links.append((instance.get(link.get("relatedToEventInstance"), ""), INVERSE.get(relation, relation),
                              link.get("timeID", "")))
    return doc


def _walk(node: ET.Element | None, parts: list[str], doc: TmlDocument) -> None:
    if node is None:
        return
    start = sum(map(len, parts))
    parts.append(node.text or "")
    for child in node:
        _walk(child, parts, doc)
        parts.append(child.tail or "")
    if node.tag == "EVENT":
        doc.events[node.get("eid", "")] = (start, start + len("".join(node.itertext())), "".join(node.itertext()))


def tml_files(corpus: Path = TIMEBANK) -> list[Path]:
    return sorted(corpus.glob("*/*.tml"))


def explorer_events(named_texts: list[tuple[str, str, str]]) -> dict[str, list[dict]]:
    """Explorer's event rows for (name, text, published) triples, by name (the batch step: no clusters)."""
    from explorer.core.document import Document, make_doc_id
    from explorer.core.ingest.furniture import find_furniture

    return document_events([Document(make_doc_id(name, text), name, text, published=published,
                                     furniture=find_furniture(text)) for name, text, published in named_texts])


def document_events(documents: list) -> dict[str, list[dict]]:
    """Explorer's event rows for ingested ``Document``s, by document name."""
    from explorer.core.extract.nlp import load_pipeline
    from explorer.core.extract.pipeline.batch import extract_batch

    names = {d.doc_id: d.name for d in documents}
    events: dict[str, list[dict]] = defaultdict(list)
    for event in extract_batch(documents, load_pipeline()).events:
        events[names[event["doc_id"]]].append(dict(event))
    return events


def allowed(relation: str, time: tuple[date, date]) -> tuple[date, date] | None:
    """The days a gold relation to ``time`` allows the event (None: a relation this does not score)."""
    if relation in BEFORE:
        return LOW, time[1]
    if relation in AFTER:
        return time[0], HIGH
    if relation in WITHIN or relation in MEETS:
        return time
    return None


def judge(explorer: tuple[date, date], relation: str, time: tuple[date, date]) -> str:
    """"agree", "contradict" or "vaguer" for Explorer's range against a gold relation."""
    days = allowed(relation, time)
    assert days is not None
    low, high = explorer
    if high < days[0] or low > days[1]:
        return "contradict"
    if relation in MEETS or (days[0] <= low and high <= days[1]):
        return "agree"
    return "vaguer"


def explorer_range(event: dict) -> tuple[date, date] | None:
    """An event's date range with open ends as date.min/date.max; None when undated."""
    if event["date_basis"] == "none" or not (event["date_start"] or event["date_end"]):
        return None
    low = date.fromisoformat(event["date_start"]) if event["date_start"] else LOW
    high = date.fromisoformat(event["date_end"]) if event["date_end"] else HIGH
    return low, high


@dataclass
class Tally:
    gold_events: int = 0
    aligned: int = 0
    dated: int = 0
    links: int = 0
    judged: Counter = field(default_factory=Counter)
    by_basis: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    examples: list[str] = field(default_factory=list)


def score(documents: list[TmlDocument], events: dict[str, list[dict]], show: int = 0) -> Tally:
    """Tallies of Explorer's event dates against the gold event–time links."""
    tally = Tally()
    for doc in documents:
        linked = {eid for eid, _, tid in doc.links if tid in doc.times}
        tally.gold_events += len(linked)
        for eid in linked:
            start, end, _ = doc.events.get(eid, (0, 0, ""))
            match = next((e for e in events.get(doc.name, [])
                          if e["trigger_start"] < end and start < e["trigger_end"]), None)
            if match is None:
                continue
            tally.aligned += 1
            span = explorer_range(match)
            if span is None:
                continue
            tally.dated += 1
            for link_eid, relation, tid in doc.links:
                if link_eid != eid or tid not in doc.times or allowed(relation, doc.times[tid]) is None:
                    continue
                verdict = judge(span, relation, doc.times[tid])
                tally.links += 1
                tally.judged[verdict] += 1
                tally.by_basis[match["date_basis"]][verdict] += 1
                if verdict == "contradict" and len(tally.examples) < show:
                    tally.examples.append(
                        f"{doc.name}: {match['trigger']!r} {match['date_start'] or '…'}..{match['date_end'] or '…'} "
                        f"({match['date_basis']}) vs gold {relation} {tid}={doc.times[tid][0]}..{doc.times[tid][1]} "
                        f"| {match['sentence'][:140]!r}")
    return tally


def run(show: int = 0) -> Tally:
    documents = [read_tml(p) for p in tml_files()]
    events = explorer_events([(d.name, d.text, d.dct.isoformat() if d.dct else "") for d in documents])
    return score(documents, events, show)


def event_date_rows(tally: Tally | None = None) -> list[dict]:
    """Rows {data set, metric, explorer, baseline} for eval_extraction.py."""
    tally = tally or run()
    data_set = "TimeBank+AQUAINT TLINKs (event-DCT/timex)"
    share = (lambda n: round(100 * n / tally.links, 1)) if tally.links else (lambda n: 0.0)
    return [
        {"data set": data_set, "metric": "gold linked events dated by Explorer",
         "explorer": f"{tally.dated}/{tally.gold_events}", "baseline": None},
        {"data set": data_set, "metric": "links agreed %", "explorer": share(tally.judged["agree"]), "baseline": None},
        {"data set": data_set, "metric": "links vaguer (consistent, wider) %",
         "explorer": share(tally.judged["vaguer"]), "baseline": None},
        {"data set": data_set, "metric": "links contradicted %", "explorer": share(tally.judged["contradict"]),
         "baseline": None},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--by-basis", action="store_true", help="split the verdicts by Explorer's date_basis")
    parser.add_argument("--show-contradictions", type=int, default=0)
    args = parser.parse_args()
    tally = run(args.show_contradictions)
    for row in event_date_rows(tally):
        print(f"{row['data set']:45} {row['metric']:40} {row['explorer']}")
    print(f"aligned gold events {tally.aligned}/{tally.gold_events}; scored links {tally.links}")
    if args.by_basis:
        for basis, verdicts in sorted(tally.by_basis.items()):
            total = sum(verdicts.values())
            print(f"  {basis:10} links {total:5}  " + "  ".join(
                f"{v} {100 * verdicts[v] / total:.1f}%" for v in ("agree", "vaguer", "contradict")))
    for line in tally.examples:
        print("  " + line)


if __name__ == "__main__":
    main()
