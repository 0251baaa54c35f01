"""Write resources/lexicon/wordnet_actions.tsv (which verbs and event nouns can name one action) and
wordnet_deaths.tsv (which of them tell a death).

Clustering (explorer/core/extract/wordnet.py) links two events told in
different words — *killed* / *died*, *issued* / *released*, *hit* / *struck*,
*his death* / *died* — through Princeton WordNet 3.0. Explorer reads only the file
written here at run time: no nltk, no WordNet install, nothing downloaded.

Built from Debian's ``wordnet-base`` package (the WordNet 3.0 database in
/usr/share/wordnet), read by nltk's ``WordNetCorpusReader`` (the ``dev`` extra)::

    apt-get install -y wordnet-base
    .venv/bin/pip install -e '.[dev]'
    .venv/bin/python packaging/build_lexicon.py

Each line of the file is ``lemma<TAB>pos<TAB>senses``: ``pos`` is ``v`` (a verb)
or ``n`` (a noun naming an act or event), and ``senses`` lists the lemma's WordNet
senses most frequent first, separated by spaces, each sense as the action keys it
stands for joined by ``+`` (``-`` for a sense with none). Two lemmas can name one
action when a sense of each shares a key. A verb sense's keys are its synset and
the synsets it causes (*kill* → *die*); an event noun's are its own synset and
the verb synsets it is derivationally related to (*death* → *die*, *arrest* →
*collar*). Keys that no second lemma holds are dropped: they could link nothing.
Keys are numbered in order of first use, so the file is the same on every run.

The WordNet licence (Princeton's, permissive) is written beside it, as the
licence asks of every copy.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")
LEXNAMES_MAN = Path("/usr/share/man/man5/lexnames.5WN.gz")
COPYRIGHT = Path("/usr/share/doc/wordnet-base/copyright")
OUT = ROOT / "resources" / "lexicon"
EVENT_NOUN_FILES = {"noun.act", "noun.event", "noun.phenomenon", "noun.process"}  # acts and happenings, not things
PLAIN = re.compile(r"^[a-z][a-z-]*$")  # one lower-case word: what an event's lemma can be
PHRASAL = re.compile(r"^[a-z][a-z-]*_(?:about|across|along|around|away|back|down|in|into|off|on|out|over|through|up)$")


def wordnet_reader(source: Path = WORDNET):
    """nltk's reader over a copy of the Debian database (with the ``lexnames`` file Debian leaves out)."""
    import nltk.data
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):
            return None  # no mapping to another WordNet version (it would look for nltk's own copy)

    staging = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for path in source.iterdir():
        if path.is_file():
            shutil.copy(path, staging / path.name)
    (staging / "lexnames").write_text(_lexnames(), encoding="utf-8")
    nltk.data.path.append(str(staging))  # nltk reads only from its data paths
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": not used
        return Reader(str(staging), None)


def _lexnames() -> str:
    """WordNet's fixed list of lexicographer files (number, name, part of speech), from its manual page."""
    text = gzip.open(LEXNAMES_MAN, "rt", encoding="utf-8").read()
    rows = re.findall(r"^(\d\d)\t(\S+)\s", text, re.M)
    codes = {"adj": 3, "noun": 1, "verb": 2, "adv": 4}
    if len(rows) != 45:
        raise SystemExit(f"expected 45 lexicographer files in {LEXNAMES_MAN}, found {len(rows)}")
    return "".join(f"{number}\t{name}\t{codes[name.split('.')[0]]}\n" for number, name in rows)


def verb_senses(wn) -> dict[str, list[set[str]]]:
    """Each one-word verb's senses in WordNet's order, each as its synset and the synsets it causes.

    Phrasal verbs (a verb and its particle: *pass_away*, *check_in*) are listed too:
    the particle after a trigger tells *passed away* from *passed*.
    """
    senses: dict[str, list[set[str]]] = {}
    for lemma in sorted(wn.all_lemma_names("v")):
        if PLAIN.match(lemma) or PHRASAL.match(lemma):
            senses[lemma] = [{s.name(), *(c.name() for c in s.causes())} for s in wn.synsets(lemma, "v")]
    return senses


def noun_senses(wn) -> dict[str, list[set[str]]]:
    """Each one-word noun that names an act or a happening: its senses, each as its synset and related verbs.

    Only senses in the act, event, phenomenon and process files count (a noun's
    other senses are things: *fire* the substance), and only nouns derived from a
    verb or naming a happening another noun names too.
    """
    senses: dict[str, list[set[str]]] = {}
    for lemma in sorted(wn.all_lemma_names("n")):
        if not PLAIN.match(lemma):
            continue
        found = []
        for synset in wn.synsets(lemma, "n"):
            if synset.lexname() not in EVENT_NOUN_FILES:
                found.append(set())
                continue
            keys = {synset.name()}
            for form in synset.lemmas():
                if form.name().lower() == lemma:
                    keys.update(d.synset().name() for d in form.derivationally_related_forms()
                                if d.synset().pos() == "v")
            found.append(keys)
        if any(found):
            senses[lemma] = found
    return senses


# a person dies once: every word of killing or dying told of one named person names one happening ("was shot",
# "the Oct. 23 slaying", "his murder"), though WordNet files *murder*, *shoot* and *assassinate* apart under *kill*
DEATH_ROOTS = ("kill.v.01", "die.v.01")
DEATH_NOUN_ROOTS = ("killing.n.02", "death.n.01", "homicide.n.01")
DEATH_SENSES = 2  # "shoot" kills in its second sense, "assassination" in its second (its first is a smear)


def death_words(wn) -> list[str]:
    """The verbs and event nouns that tell a death in one of their first ``DEATH_SENSES`` senses: a verb of
    *kill* or *die* or a kind of either, a noun of *killing*, *death* or *homicide* or a kind of one, or an
    event noun made from such a verb — each line ``lemma<TAB>pos``."""
    verbs = {s for root in DEATH_ROOTS for s in (wn.synset(root), *wn.synset(root).closure(lambda s: s.hyponyms()))}
    nouns = {s for root in DEATH_NOUN_ROOTS
             for s in (wn.synset(root), *wn.synset(root).closure(lambda s: s.hyponyms()))}

    def tells_a_death(synset) -> bool:
        if synset.pos() == "v":
            return synset in verbs
        return synset.lexname() in EVENT_NOUN_FILES and (synset in nouns or any(
            d.synset() in verbs for form in synset.lemmas() for d in form.derivationally_related_forms()))

    lines = []
    for pos in ("v", "n"):
        for lemma in sorted(wn.all_lemma_names(pos)):
            if PLAIN.match(lemma) and any(tells_a_death(s) for s in wn.synsets(lemma, pos)[:DEATH_SENSES]):
                lines.append(f"{lemma}\t{pos}")
    return lines


def table(verbs: dict[str, list[set[str]]], nouns: dict[str, list[set[str]]]) -> list[str]:
    """The file's lines: keys held by two lemmas or more, numbered in order of first use."""
    holders: Counter = Counter()
    for entries in (verbs, nouns):
        for senses in entries.values():
            holders.update({key for sense in senses for key in sense})
    numbers: dict[str, int] = {}
    lines = []
    for pos, entries in (("v", verbs), ("n", nouns)):
        for lemma, senses in entries.items():
            kept = [sorted(k for k in sense if holders[k] >= 2) for sense in senses]
            while kept and not kept[-1]:
                kept.pop()  # trailing senses that link nothing
            if not kept:
                continue
            cells = ["+".join(str(numbers.setdefault(k, len(numbers))) for k in sense) or "-" for sense in kept]
            lines.append(f"{lemma}\t{pos}\t{' '.join(cells)}")
    return lines


def licence_text() -> str:
    """WordNet's licence as Debian's copyright file gives it (its ``License: WordNet3.0`` paragraph)."""
    text = COPYRIGHT.read_text(encoding="utf-8")
    block = re.search(r"^License: WordNet3\.0\n((?: .*\n)+)", text, re.M)
    if not block:
        raise SystemExit(f"no WordNet licence paragraph in {COPYRIGHT}")
    body = "\n".join("" if line.strip() == "." else line[1:] for line in block.group(1).splitlines())
    return ("WordNet Release 3.0\n\nThe files wordnet_actions.tsv and wordnet_deaths.tsv beside this one are derived"
            " from WordNet 3.0\n"
            "(Princeton University, https://wordnet.princeton.edu), under the following licence.\n\n" + body + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="the WordNet 3.0 database folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not (args.wordnet / "data.verb").exists():
        sys.exit(f"no WordNet database in {args.wordnet}: apt-get install -y wordnet-base")
    wn = wordnet_reader(args.wordnet)
    lines = table(verb_senses(wn), noun_senses(wn))
    args.out.mkdir(parents=True, exist_ok=True)
    header = "# lemma\tpos\tsenses (most frequent first; keys joined by +) — WordNet 3.0, see WORDNET_LICENSE.txt\n"
    (args.out / "wordnet_actions.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    deaths = death_words(wn)
    (args.out / "wordnet_deaths.tsv").write_text(
        "# lemma\tpos — verbs and event nouns that tell a death (WordNet 3.0, see WORDNET_LICENSE.txt)\n"
        + "\n".join(deaths) + "\n", encoding="utf-8")
    (args.out / "WORDNET_LICENSE.txt").write_text(licence_text(), encoding="utf-8")
    print(f"{len(lines)} lemmas written to {args.out / 'wordnet_actions.tsv'}, {len(deaths)} to wordnet_deaths.tsv")


if __name__ == "__main__":
    main()
