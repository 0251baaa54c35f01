"""The actions a sentence tells only inside what someone reported or learned.

"Many people were shocked to learn that Bettie Page passed away": the extraction's
event is *shock*, and the death, which another source tells as "Bettie Page died",
is in a clause no event covers. A sentence's ``that``-clause after a verb of
reporting or learning (*learned that*, *announced that*, *reported that*) tells the
action it reports, so the verbs of that clause in a past form (*passed away*, *was
arrested*, *died*) are actions the sentence tells. Only such clauses count: every
verb a sentence writes was tried and joined unrelated stories (docs/clusters.md).

Verb forms are read without a parse: a past form is reduced to a lemma WordNet's
lexicon knows (``extract.wordnet``: *arrested* → *arrest*, *stopped* → *stop*, *carried* →
*carry*, *died* → *die*), with a few irregular pasts of news actions; a particle
after it makes the phrasal verb when WordNet knows it (*passed away* → *pass away*).
"""

from __future__ import annotations

import re

from explorer.core.extract.wordnet import action_senses

REPORT = re.compile(
    r"\b(?:learn(?:ed|t|s|ing)?|report(?:ed|s|ing)?|announc(?:e|ed|es|ing)|confirm(?:ed|s|ing)?|reveal(?:ed|s|ing)?|"
    r"said|says|told|heard|hear|discover(?:ed|s)?|disclos(?:e|ed|es))\s+that\s+", re.IGNORECASE)
CLAUSE_END = re.compile(r"[;:]|\s(?:but|while|and then)\s|$")
WORD = re.compile(r"[A-Za-z]+")
IRREGULAR = {
    "shot": "shoot", "struck": "strike", "stricken": "strike", "stole": "steal", "stolen": "steal", "fled": "flee",
    "sank": "sink", "sunk": "sink", "won": "win", "beaten": "beat", "caught": "catch", "fought": "fight",
    "slain": "slay", "slew": "slay", "bought": "buy", "sold": "sell", "broke": "break", "broken": "break",
    "drove": "drive", "driven": "drive", "fell": "fall", "fallen": "fall", "hid": "hide", "hidden": "hide",
    "froze": "freeze", "frozen": "freeze", "swore": "swear", "sworn": "swear", "overthrown": "overthrow",
    "withdrew": "withdraw", "withdrawn": "withdraw", "undergone": "undergo", "underwent": "undergo",
}
PARTICLES = {"away", "down", "off", "out", "up", "in", "into", "over", "back"}


def reported_verbs(sentence: str, after: int = 0) -> tuple[str, ...]:
    """The verbs (lemmas, phrasal verbs with their particle) in a past form inside the ``that``-clauses of
    reporting or learning verbs that start at or after ``after`` in the sentence."""
    found: list[str] = []
    for match in REPORT.finditer(sentence, after):
        clause = sentence[match.end():]
        end = CLAUSE_END.search(clause)
        clause = clause[:end.start()] if end else clause
        words = WORD.findall(clause)
        for i, word in enumerate(words):
            lemma = past_lemma(word.lower())
            if not lemma:
                continue
            particle = words[i + 1].lower() if i + 1 < len(words) else ""
            phrasal = f"{lemma} {'in' if particle == 'into' else particle}" if particle in PARTICLES else ""
            found.append(phrasal if phrasal and (phrasal, "v") in action_senses() else lemma)
    return tuple(found)


def past_lemma(word: str) -> str:
    """The lemma of a verb's past form that WordNet knows ('arrested' -> 'arrest'), else ''."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if not word.endswith("ed") or len(word) < 4:
        return ""
    stem = word[:-2]
    candidates = [stem, word[:-1]]  # arrest(ed), die(d)
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")  # carri(ed)
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # stopp(ed)
    known = action_senses()
    return next((c for c in candidates if (c, "v") in known), "")
