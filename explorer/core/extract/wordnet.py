"""Which words can name one action: WordNet 3.0's verbs and event nouns, read from resources/lexicon/.

Sources tell one happening in different words: one says *killed*, another *died*;
*issued* and *released* a patch; *hit* and *struck* by a quake; *his death* and
*he died*. A shared trigger lemma misses all of these. The file
``resources/lexicon/wordnet_actions.tsv`` (written by ``packaging/build_lexicon.py``
from Princeton WordNet 3.0; licence beside it) gives each verb and each noun of an
act or happening its senses, most frequent first, each as a set of *action keys*:
a verb sense's synset and the synsets it causes (*kill* → *die*), an event noun's
synset and the verbs it derives from (*death* → *die*). Two words can name one
action when their first ``SENSES`` senses share a key: only the frequent senses
count, because every common verb has a rare sense that meets another verb's
(*check* and *arrest* share "stop the motion of").

Read once, at the first call, in a few tens of milliseconds; nothing else is loaded.
"""

from __future__ import annotations

from functools import lru_cache

from explorer.paths import resource_path

LEXICON = ("lexicon", "wordnet_actions.tsv")
DEATHS = ("lexicon", "wordnet_deaths.tsv")
SENSES = 5  # a word's senses that count, most frequent first (tuned on ECB+ topics 1-10)
NO_KEYS: frozenset[int] = frozenset()

@lru_cache(maxsize=1)
def action_senses() -> dict[tuple[str, str], str]:
    """(lemma, pos) -> its senses as written in the file (parsed when first asked, ``senses_of``); pos 'v' or 'n'.

    Phrasal verbs are keyed with their particle after a space ("pass away", "check in").
    Lines are only split here, so loading takes milliseconds.
    """
    table: dict[tuple[str, str], str] = {}
    with resource_path(*LEXICON).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                lemma, pos, cells = line.rstrip("\n").split("\t")
                table[lemma.replace("_", " "), pos] = cells
    return table


@lru_cache(maxsize=65536)
def senses_of(lemma: str, pos: str = "v") -> tuple[frozenset[int], ...]:
    """A word's senses, most frequent first, each as its action keys (none for a word WordNet lacks)."""
    cells = action_senses().get((lemma, pos))
    if not cells:
        return ()
    return tuple(NO_KEYS if cell == "-" else frozenset(int(k) for k in cell.split("+")) for cell in cells.split(" "))


def action_keys(lemma: str, pos: str = "v", senses: int | None = None) -> frozenset[int]:
    """The action keys of a word's first ``senses`` senses (``SENSES`` by default); empty when unknown."""
    found = senses_of(lemma.lower(), pos)
    return frozenset().union(*found[:SENSES if senses is None else senses]) if found else NO_KEYS


def can_name_one_action(a: str, b: str, pos_a: str = "v", pos_b: str = "v") -> bool:
    """Whether the two words can name one action (*die* / *kill*, *issue* / *release*, *death* / *die*)."""
    return bool(action_keys(a, pos_a) & action_keys(b, pos_b))


@lru_cache(maxsize=1)
def death_words() -> frozenset[tuple[str, str]]:
    """(lemma, pos) of the verbs and event nouns that tell a death (*kill*, *murder*, *shoot*, *die*;
    *slaying*, *assassination*, *death*): a person dies once, so two of them told of one named person name one
    happening, whichever word each uses. Empty when the file is missing."""
    try:
        with resource_path(*DEATHS).open(encoding="utf-8") as handle:
            rows = (line.split() for line in handle if line.strip() and not line.startswith("#"))
            return frozenset((row[0], row[1]) for row in rows)
    except OSError:
        return frozenset()


def tells_a_death(lemma: str, pos: str = "v") -> bool:
    """Whether the word tells a death in one of its first senses (``death_words``)."""
    return (lemma.lower(), pos) in death_words()
