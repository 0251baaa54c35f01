"""A fixed random sample of 50 dated events, printed for judging by reading (docs/events_judged.md).

The pool: every event Explorer dates (any ``date_basis`` but ``none``) in the
TimeBank+AQUAINT documents, fed with their DCT as the publication date, and in the
timeline trial articles (SemEval-2015 Task 4, written as .txt the way
``timeline_eval.py`` writes them; Explorer finds their publication dates itself).
Each sampled event is printed with the text before its sentence, its sentence,
trigger, date and basis. The sample is drawn once (seed ``SEED``) and its keys —
(document, trigger offset) — written to ``--keys``; a later run with the same
file prints today's event at each key, so a change is judged on the same events.
``event_basis_rows()`` gives the share of events by ``date_basis`` over the pool.

    .venv/bin/python bench/sample_event_dates.py --keys /tmp/event_date_keys.json [--redraw]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.eval_event_dates import CORPORA, document_events, explorer_events, read_tml, tml_files  # noqa: E402

SEED = 16
SIZE = 50
TIMELINE = CORPORA / "timeline"


def trial_documents(folder: Path) -> list:
    """The timeline trial articles as Explorer ingests them (publication date found by Explorer)."""
    sys.path.insert(0, str(TIMELINE))
    from timeline_eval import find_corpora, write_texts  # type: ignore[import-not-found]

    from explorer.core.ingest.reader import read_documents

    write_texts(find_corpora(TIMELINE, "trial")[0], folder)
    return read_documents([folder]).documents


def pool(trial_folder: Path) -> tuple[dict[str, tuple[str, str]], dict[str, list[dict]]]:
    """Texts and publication dates by document name, and every event by document name."""
    tml = [read_tml(p) for p in tml_files()]
    triples = [(d.name, d.text, d.dct.isoformat() if d.dct else "") for d in tml]
    events = explorer_events(triples)
    trial = trial_documents(trial_folder)
    events.update(document_events(trial))
    texts = {name: (text, published) for name, text, published in triples}
    texts.update({d.name: (d.text, d.published) for d in trial})
    return texts, events


def dated(events: dict[str, list[dict]]) -> list[tuple[str, int]]:
    return sorted((name, e["trigger_start"]) for name, rows in events.items()
                  for e in rows if e["date_basis"] != "none")


def event_basis_rows(events: dict[str, list[dict]]) -> list[dict]:
    """Rows {data set, metric, explorer, baseline}: the share of events by date_basis, and of those dated
    by the publication date alone, why (a reporting verb, a present-tense statement, else the lede)."""
    from explorer.core.extract.events.date_rules import REPORTING_LEMMAS

    every = [e for rows in events.values() for e in rows]
    counts = Counter(e["date_basis"] for e in every)
    dct = Counter("reporting verb" if e["lemma"] in REPORTING_LEMMAS else "present tense" if e["tense"] == "present"
                  else "lede" for e in every if e["date_basis"] == "dct")
    total = len(every) or 1
    data_set = "TimeBank+AQUAINT and timeline trial events"
    return ([{"data set": data_set, "metric": f"date_basis {basis} %", "explorer": round(100 * counts[basis] / total, 1),
              "baseline": None} for basis in ("timex", "narrative", "dct", "bounded", "none")]
            + [{"data set": data_set, "metric": f"dct because {why} %", "explorer": round(100 * dct[why] / total, 1),
                "baseline": None} for why in ("reporting verb", "present tense", "lede")])


def show(number: int, name: str, texts: dict, event: dict | None, trigger_start: int) -> None:
    text, published = texts[name]
    print(f"--- {number:2}. {name}  published {published or '?'}  trigger@{trigger_start}")
    if event is None:
        print("    (no event at this trigger today)")
        return
    before = text[max(0, event["start"] - 300):event["start"]].replace("\n", " / ")
    print(f"    before: …{before.strip()[-260:]}")
    print(f"    SENTENCE: {event['sentence']}".replace("\n", " / "))
    when = f"{event['date_start'] or '…'}..{event['date_end'] or '…'}"
    print(f"    trigger {event['trigger']!r} ({event['tense']})  date {when}  basis {event['date_basis']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keys", type=Path, required=True, help="sample keys: read if present, else drawn and written")
    parser.add_argument("--redraw", action="store_true", help="draw a new sample even if --keys exists")
    parser.add_argument("--trial-folder", type=Path, default=Path("/tmp/event_dates_trial_txt"))
    parser.add_argument("--seed", type=int, default=SEED, help="seed of a new draw (a fresh sample after a change)")
    args = parser.parse_args()
    texts, events = pool(args.trial_folder)
    if args.keys.exists() and not args.redraw:
        keys = [tuple(k) for k in json.loads(args.keys.read_text())]
    else:
        keys = random.Random(args.seed).sample(dated(events), SIZE)
        args.keys.write_text(json.dumps(keys))
    for number, (name, trigger_start) in enumerate(keys, start=1):
        event = next((e for e in events.get(name, []) if e["trigger_start"] == trigger_start), None)
        show(number, name, texts, event, trigger_start)
    sample = Counter(e["date_basis"] for name, start in keys for e in events.get(name, [])
                     if e["trigger_start"] == start)
    print(f"sample by basis: {dict(sample)}")
    for row in event_basis_rows(events):
        print(f"{row['data set']}  {row['metric']}: {row['explorer']}")


if __name__ == "__main__":
    main()
