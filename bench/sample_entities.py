"""Draw a uniform random sample of a workspace's entities, each printed with its mentions in context, to judge by reading.

Issue 16 measures entities by a judged sample: 40 entities drawn uniformly at
random from the entities of 100 unseen BBC articles, each read in its articles
and judged *right* (right name and type), *wrong type*, *junk* (not a name, or a
fragment of one) or *split* (a second entity for a referent that has one already).
This script draws the sample and prints what a reader needs to judge it: the
entity's name, type and aliases, then up to ``--contexts`` of its mentions with
the words around them (the mention in [brackets]).

The draw is ``random.Random(seed).sample`` over the entities sorted by id, so the
same workspace and seed give the same sample; a workspace extracted by a changed
Explorer gives different entities, hence a different (still uniform) sample.

    .venv/bin/python bench/bbc_folder.py --split val --count 100 -o /tmp/bbc100
    .venv/bin/explorer extract /tmp/bbc100 -o /tmp/bbc100.explorer -q
    .venv/bin/python bench/sample_entities.py /tmp/bbc100.explorer --count 40 --seed 16

ECB+ (2008-2011 news, never judged for entities) is drawn the same way from a
folder of its articles: ``--write-ecbplus`` writes ``--articles`` of them, drawn
uniformly with ``--seed`` from every topic, as plain text (``detokenise``):

    .venv/bin/python bench/sample_entities.py --write-ecbplus /tmp/ecb100 --articles 100 --seed 40
    .venv/bin/explorer extract /tmp/ecb100 -o /tmp/ecb100.explorer -q
    .venv/bin/python bench/sample_entities.py /tmp/ecb100.explorer --count 40 --seed 41
    .venv/bin/python bench/sample_entities.py --write-ecbplus /tmp/ecb_next --articles 100 --seed 40 --skip 100

TimeBank and AQUAINT (1996-2000 news, ../shared/corpora/timebank) the same way, the text of each TimeML document:

    .venv/bin/python bench/sample_entities.py --write-timebank /tmp/tb100 --articles 100 --seed 60

TimeBank/AQUAINT holds 256 documents: ``--skip 200`` leaves 56. The SemEval-2015 timeline trial articles
(30 Wikinews articles, ../shared/corpora/timeline) the same way, each written as the timeline scorer writes it:

    .venv/bin/python bench/sample_entities.py --write-timeline /tmp/wn30 --articles 30 --seed 60
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def draw(entities: list[dict], count: int, seed: int) -> list[dict]:
    """``count`` entities drawn uniformly without replacement, in a stable order of ids."""
    ordered = sorted(entities, key=lambda e: e["entity_id"])
    return random.Random(seed).sample(ordered, min(count, len(ordered)))


def write_ecbplus(folder: Path, articles: int, seed: int, skip: int = 0) -> int:
    """Write ``articles`` ECB+ documents, drawn uniformly from all topics, as ``.txt`` files in ``folder``; with
    ``skip``, the ones after the first ``skip`` of the same seeded draw (a second set, disjoint from the first)."""
    from bench.ecbplus_clusters import DEFAULT_CORPUS, detokenise

    return write_drawn(sorted(DEFAULT_CORPUS.glob("*/*.xml"), key=lambda p: p.name), detokenise, "ECB+",
                       folder, articles, seed, skip)


def write_drawn(paths: list[Path], text_of: Callable[[Path], str], corpus: str, folder: Path, articles: int,
                seed: int, skip: int) -> int:
    """Write ``articles`` of ``paths``, drawn uniformly after the first ``skip`` of the seeded draw, as ``.txt``
    files of their plain text (``text_of``) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    drawn = random.Random(seed).sample(paths, min(skip + articles, len(paths)))[skip:]
    for path in drawn:
        (folder / f"{path.stem}.txt").write_text(text_of(path), encoding="utf-8")
    print(f"{len(drawn)} of {len(paths)} {corpus} articles written to {folder}")
    return 0


TIMEBANK = REPO.parent / "shared" / "corpora" / "timebank"


def timebank_text(path: Path) -> str:
    """The plain text of one TimeML document: its ``<TEXT>`` element with the annotation tags taken out."""
    import re
    from html import unescape

    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    return unescape(re.sub(r"<[^>]+>", "", body)).strip() + "\n"


def write_timebank(folder: Path, articles: int, seed: int, skip: int = 0) -> int:
    """Write ``articles`` TimeBank and AQUAINT documents (1996-2000 news; never judged for entities), drawn uniformly,
    as ``.txt`` files in ``folder``; ``skip`` as for ECB+."""
    return write_drawn(sorted(TIMEBANK.glob("*/*.tml"), key=lambda p: p.name), timebank_text, "TimeBank/AQUAINT",
                       folder, articles, seed, skip)


TIMELINE = REPO.parent / "shared" / "corpora" / "timeline"


def timeline_text(path: Path) -> str:
    """The plain text of one timeline trial article, one line per sentence, as ``timeline_eval.py`` writes it for
    Explorer."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("timeline_eval", TIMELINE / "timeline_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("timeline_eval", module)
    spec.loader.exec_module(module)
    _, _, lines = module.read_article(path)
    return "\n".join(lines) + "\n"


def write_timeline(folder: Path, articles: int, seed: int, skip: int = 0) -> int:
    """Write ``articles`` of the 30 timeline trial articles (Wikinews, 2004-2011; never judged for entities), drawn
    uniformly, as ``.txt`` files in ``folder``; ``skip`` as for ECB+."""
    return write_drawn(sorted((TIMELINE / "Corpus-trial-data_task4").glob("*.xml"), key=lambda p: p.name),
                       timeline_text, "timeline trial", folder, articles, seed, skip)


def context(text: str, start: int, end: int, width: int) -> str:
    """The mention in brackets with ``width`` characters either side, on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace", type=Path, nargs="?")
    parser.add_argument("--write-ecbplus", type=Path, metavar="FOLDER", help="write ECB+ articles here and stop")
    parser.add_argument("--write-timebank", type=Path, metavar="FOLDER",
                        help="write TimeBank/AQUAINT articles here and stop")
    parser.add_argument("--write-timeline", type=Path, metavar="FOLDER",
                        help="write timeline trial (Wikinews) articles here and stop")
    parser.add_argument("--articles", type=int, default=100, help="ECB+, TimeBank or timeline articles to write")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first SKIP of the seeded ECB+ draw")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--contexts", type=int, default=4, help="mentions shown per entity")
    parser.add_argument("--width", type=int, default=70, help="characters of context either side")
    args = parser.parse_args()
    if args.write_ecbplus is not None:
        return write_ecbplus(args.write_ecbplus, args.articles, args.seed, args.skip)
    if args.write_timebank is not None:
        return write_timebank(args.write_timebank, args.articles, args.seed, args.skip)
    if args.write_timeline is not None:
        return write_timeline(args.write_timeline, args.articles, args.seed, args.skip)
    if args.workspace is None:
        parser.error("a workspace to draw from, or --write-ecbplus")

    from explorer.core.store.workspace import load_workspace

    tables = load_workspace(args.workspace, ["documents", "entities", "mentions"], edited=False)
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"]))
    names = dict(zip(tables["documents"]["doc_id"], tables["documents"]["name"]))
    mentions = tables["mentions"].to_dict("records")
    by_entity: dict[str, list[dict]] = {}
    for mention in mentions:
        by_entity.setdefault(mention["entity_id"], []).append(mention)
    entities = tables["entities"].to_dict("records")
    print(f"{len(entities)} entities in {len(texts)} documents; {args.count} drawn with seed {args.seed}\n")
    for number, entity in enumerate(draw(entities, args.count, args.seed), 1):
        aliases = ", ".join(entity["aliases"]) if len(entity["aliases"]) else "-"
        print(f"{number:2d}. {entity['name']}  ({entity['type']}; {entity['mention_count']} mentions in "
              f"{entity['doc_count']} docs; aliases: {aliases})")
        for mention in by_entity.get(entity["entity_id"], [])[:args.contexts]:
            text = texts[mention["doc_id"]]
            print(f"     {names[mention['doc_id']]}: {context(text, mention['start'], mention['end'], args.width)}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
