"""Values a text states about its happening, so that two tellings that state different ones are two.

Two happenings of one kind are told in the same verbs with the same (or unnamed)
people: the navy *captured* pirates twice, Microsoft *released* an emergency patch
twice, a champion *stopped* a challenger twice. Where an article carries no
publication date its events have no date to tell them apart, but it still states
values that differ between the two:

* counts of one thing in a sentence ("captured 23 pirates" against "captures 26
  Somali pirates", "404 yards" against "269 yards") and ordinals ("the seventh
  round" against "the sixth round"): ``counts_of``; two sentences that count one
  thing with no value in common tell different happenings (``differ``, used by
  ``evidence``). Durations, times of day and shares are no values of a happening
  ("three weeks", "two hours", "40 percent"): they vary between tellings of one;
* the weekday a document's time expressions name first ("on Saturday" against
  "on Thursday"): ``weekday_named``, used by ``documents``. Compared between two
  linked sentences the weekday cost more than it gave (a report is often said the
  day after the happening it reports); compared between documents it helps.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
ORDINAL_WORDS = {w: f"#{n}" for n, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()) if n}
COUNT = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:st|nd|rd|th)?|" + "|".join([*NUMBER_WORDS, *ORDINAL_WORDS])
    + r")(?=((?:\s+[A-Za-z][A-Za-z-]*){1,3}))", re.IGNORECASE)  # a lookahead: "404 yards and two touchdowns" is two
NOT_A_THING = {  # what a count of is no value of the happening: durations, times, shares, units of a rate
    "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "century", "time",
    "percent", "per", "cent", "am", "pm", "a.m", "p.m", "gmt", "et", "bst", "ist", "edt", "est", "pdt", "utc",
}
YEAR_LIKE = re.compile(r"^(1[6-9]|20)\d\d$")


def counts_of(sentence: str) -> dict[str, frozenset[str]]:
    """Each counted thing the sentence names and its values: '23 Somali pirates' is 23 of 'pirate';
    'his 10th title defence' is #10 of 'title' and 'defence'. Years, durations and shares are left out."""
    counts: dict[str, set[str]] = {}
    for number, words in COUNT.findall(sentence):
        value = _value(number)
        if value is None:
            continue
        for word in words.split():
            lower = word.lower().strip("-")
            if lower in STOP_WORDS or lower in NUMBER_WORDS or lower in ORDINAL_WORDS:
                break
            if word[0].isupper() or lower.endswith(("ed", "ing")):
                continue  # a name or a participle between the count and the thing: "23 Somali pirates", "23 arrested pirates"
            thing = _singular(lower)
            if thing in NOT_A_THING:
                break
            counts.setdefault(thing, set()).add(value)
    return {thing: frozenset(values) for thing, values in counts.items()}


def differ(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """Whether two sentences' counts (``counts_of``) count one thing with no value in common."""
    return any(not (values & b[thing]) for thing, values in a.items() if thing in b)


def weekday_named(text: str) -> int | None:
    """The weekday a time expression names (0 Monday … 6 Sunday), or None."""
    found = WEEKDAY.search(text)
    return WEEKDAYS.index(found.group(1).lower()) if found else None


def _value(number: str) -> str | None:
    """'23' -> '23', 'twenty' -> '20', '10th' / 'tenth' -> '#10', '1,200' -> '1200'; a year -> None."""
    lower = number.lower().replace(",", "")
    if lower in NUMBER_WORDS:
        return NUMBER_WORDS[lower]
    if lower in ORDINAL_WORDS:
        return ORDINAL_WORDS[lower]
    if lower[-2:] in ("st", "nd", "rd", "th"):
        return "#" + lower[:-2]
    return None if YEAR_LIKE.match(lower) else lower


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
