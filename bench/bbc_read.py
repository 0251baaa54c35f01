"""Print each article of a workspace with the timeline Explorer extracted from it, for reading.

The generalisation check on the BBC corpus (``docs/bbc_read.md``) has no gold: a
person reads every article beside what Explorer made of it and counts the errors
a reader would notice. This script writes that reading copy, so the read can be
repeated on a later build and compared: per article the text, its time
expressions (value, basis), its entities (type, aliases, the surface forms seen
in this article) and its events in date order (date, basis, trigger, participants,
place, sentence). Undated events come last, in text order.

``--sample-to DIR`` writes the reproducible sample instead: from the train split,
``--per-category`` articles of each category (categories in sorted order, rows in
file order) drawn with ``random.Random(--seed)``, as ``bbc_folder.py`` names them.

    .venv/bin/python bench/bbc_read.py --sample-to /tmp/bbc30          # seed 2026, 6 per category
    .venv/bin/explorer extract /tmp/bbc30 -o /tmp/bbc30.explorer
    .venv/bin/python bench/bbc_read.py /tmp/bbc30.explorer > /tmp/bbc30_timelines.txt
"""

from __future__ import annotations

import argparse
import json
import random
import textwrap
from pathlib import Path

import pandas as pd

from bbc_folder import DEFAULT_CORPUS  # bench/ is on sys.path when this runs as a script
from explorer.core.store.workspace import load_workspace

WIDTH = 110
TABLES = ["documents", "entities", "mentions", "timexes", "events"]


def write_sample(corpus: Path, output: Path, seed: int, per_category: int) -> list[str]:
    """Copy a seeded sample of the train split, the same number per category; returns the file names."""
    rows = pd.read_csv(corpus / "train.csv")
    rows["name"] = [f"train_{number:04d}.txt" for number in range(len(rows))]
    rng = random.Random(seed)
    chosen = [name for _, group in rows.groupby("category", sort=True)
              for name in rng.sample(sorted(group["name"]), per_category)]
    output.mkdir(parents=True, exist_ok=True)
    for row in rows[rows["name"].isin(chosen)].itertuples():
        (output / row.name).write_text(row.text, encoding="utf-8")
        meta = {"source": "BBC", "category": row.category}
        (output / f"{row.name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return chosen


def category(path: str) -> str:
    """The corpus category from the document's ``.meta.json`` sidecar, when it is still on disk."""
    sidecar = Path(f"{path}.meta.json")
    if not path or not sidecar.exists():
        return ""
    return json.loads(sidecar.read_text(encoding="utf-8")).get("category", "")


def wrapped(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def timex_lines(timexes: pd.DataFrame) -> list[str]:
    rows = timexes.sort_values("start")
    return [f"  @{t.start:<5} {t.text!r:32} {t.type:8} value={t.value or '-':22} basis={t.basis}"
            for t in rows.itertuples()]


def entity_lines(mentions: pd.DataFrame, entities: pd.DataFrame) -> list[str]:
    """One line per entity mentioned in the article, in order of first mention."""
    lines = []
    for entity_id, group in mentions.sort_values("start").groupby("entity_id", sort=False):
        entity = entities.loc[entity_id]
        seen = sorted(set(group["text"]))
        aliases = ", ".join(entity["aliases"]) or "-"
        lines.append(f"  {entity['name']!r} [{entity['type']}] x{len(group)}  aliases: {aliases}  "
                     f"seen here: {seen}  ({entity_id})")
    return lines


def event_lines(events: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """Events dated first (by start date, then text order), then the undated ones."""
    dated = events[events["date_start"] != ""].sort_values(["date_start", "date_end", "start"])
    undated = events[events["date_start"] == ""].sort_values("start")
    lines = []
    for event in pd.concat([dated, undated]).itertuples():
        span = event.date_start if event.date_start == event.date_end else f"{event.date_start}..{event.date_end}"
        who = "; ".join(names.get(p, p) for p in event.participants) or "-"
        place = names.get(event.place, event.place) or "-"
        lines.append(f"  [{span or 'undated':23}] ({event.date_basis}) {event.trigger!r} "
                     f"({event.lemma}, {event.tense})  who: {who}  where: {place}")
        lines.append(wrapped(event.sentence, "      | "))
    return lines


def article_report(doc: pd.Series, tables: dict[str, pd.DataFrame], names: dict[str, str]) -> str:
    """The reading copy of one article: header, text, time expressions, entities, events."""
    doc_id = doc["doc_id"]
    timexes = tables["timexes"][tables["timexes"]["doc_id"] == doc_id]
    mentions = tables["mentions"][tables["mentions"]["doc_id"] == doc_id]
    events = tables["events"][tables["events"]["doc_id"] == doc_id]
    entities = tables["entities"].set_index("entity_id")
    published = doc["published"] or "-"
    head = (f"=== {doc['name']} ({category(doc['path']) or doc['source']})  published: {published} "
            f"({doc['published_basis']})  doc_id {doc_id}")
    parts = [head, "TEXT:", wrapped(doc["text"], "  "),
             f"TIMEXES ({len(timexes)}):", *timex_lines(timexes),
             f"ENTITIES ({mentions['entity_id'].nunique()}):", *entity_lines(mentions, entities),
             f"EVENTS ({len(events)}):", *event_lines(events, names)]
    return "\n".join(parts)


def totals_line(tables: dict[str, pd.DataFrame]) -> str:
    entities_read = tables["mentions"].groupby("doc_id")["entity_id"].nunique().sum()
    return (f"# {len(tables['documents'])} articles, {len(tables['events'])} events, "
            f"{entities_read} entities (per article), {len(tables['timexes'])} time expressions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace", type=Path, nargs="?", help="the extracted sample (.explorer)")
    parser.add_argument("--sample-to", type=Path, help="write the sample to this folder and stop")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-category", type=int, default=6)
    args = parser.parse_args()
    if args.sample_to:
        names = write_sample(args.corpus, args.sample_to, args.seed, args.per_category)
        print(f"wrote {len(names)} articles to {args.sample_to}: {' '.join(names)}")
        return
    if args.workspace is None:
        parser.error("give the workspace to read, or --sample-to DIR")
    tables = load_workspace(args.workspace, TABLES)
    names = dict(zip(tables["entities"]["entity_id"], tables["entities"]["name"]))
    print(totals_line(tables))
    for doc in tables["documents"].sort_values("name").to_dict("records"):
        print()
        print(article_report(pd.Series(doc), tables, names))


if __name__ == "__main__":
    main()
