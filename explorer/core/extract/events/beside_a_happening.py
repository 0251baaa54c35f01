"""Before, after or at a happening the clause names: the event is on that side of it, not on its day.

"removed … after Gadhafi agreed in April", "in the weeks before the shooting", "died in the blast", "as a result of
the bombings": a preposition or a clause of time names a happening (``happenings_beside``, ``after``), and the event
is on or after it, or on or before it — on a day only where the text counts the days ("A day after the Jan. 26
vote", ``days_later``). "Before his Sunday night address, Castro played …" puts the event on one side of that day
(``side_of_a_happening``), though "just after the takeover in 1948" stays in its time; and a future "at closing,
which is expected in December" comes with the happening.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import has_subject, in_clause_of
from explorer.core.extract.events.date_rules import DAY_COUNTS, ISO_DAY, Dating
from explorer.core.extract.events.date_values import a_calendar_date, only_an_upper_bound
from explorer.core.model import TimexRow


# "removed … after Gadhafi agreed in April", "asked after Thursday's ruling": on or after that time
AFTER_WORDS = {"after", "following", "since"}
BEFORE_WORDS = {"before", "until", "till"}
STRETCH_NOUNS = {"day", "week", "month", "year", "hour", "minute", "moment"}  # "in the weeks before the shooting"


def a_lost_after_clause(trigger: Token) -> str | None:
    """"Elian was found Thanksgiving Day … after his mother, stepfather and eight other people drowned": the
    parse took "after" for a preposition of "his mother" and made "drowned" a verb joined to "found"; the clause
    is an "after" clause all the same (CH#47, left on or before publication). The word ("after", "before") where
    such a preposition stands between the head verb and the joined verb's own subject, with no verb between it and
    the joined verb; None otherwise."""
    if trigger.dep_ != "conj" or trigger.head.i >= trigger.i or trigger.head.pos_ != "VERB":
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trigger.i]
    if not subjects:
        return None
    first = min(t.i for t in subjects[0].subtree)
    for word in trigger.doc[trigger.head.i + 1:first]:
        between = trigger.doc[word.i + 1:trigger.i]
        if word.lower_ in ("after", "before") and word.dep_ == "prep" and not any(
                t.pos_ in ("VERB", "AUX") or (t.dep_ == "cc" and t.head.i == trigger.head.i) for t in between):
            return word.lower_  # not "found on Nov. 25 after a search, and his mother … drowned": two clauses
    return None


def side_of_a_happening(sentence: Span, own: TimexRow) -> str:
    """"Before his Sunday night address, Castro played …": a day naming a happening that "before" or "after"
    opens puts the event on one side of that happening ("by" its day, or "since" it), not on it; so does a
    date told after the happening's noun ("has changed dramatically since its founding in 1949")."""
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return ""
    noun = span.root.head
    if noun.dep_ == "prep" and noun.lower_ in ("in", "on", "of") and noun.head.pos_ == "NOUN" \
            and noun.head.i < noun.i:
        noun = noun.head  # "its founding in 1949"
    if noun.i == span.root.i or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return ""
    word = noun.head.lower_
    if word in ("after", "following") and _close_to(noun.head):
        return ""  # "fled just after the Communist takeover in 1948": in 1948, not any time since
    return "by" if word in ("before", "until", "till") else \
        "since" if word in ("after", "following", "since") else ""


CLOSE_ADVERBS = {"just", "shortly", "soon", "immediately", "right", "directly", "moments", "minutes", "hours"}


def _close_to(preposition: Token) -> bool:
    """"just after", "shortly after", "soon after", "immediately following", "hours after": the happening is told as
    close behind the one named, within its time, not somewhere after it."""
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    if any(t.lower_ == "since" for t in preposition.doc[max(0, preposition.i - 3):preposition.i]):
        return False  # "have been searching since shortly after the Oct. 23 slaying": from then on
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in CLOSE_ADVERBS for c in preposition.children) \
        or (before is not None and before.lower_ in CLOSE_ADVERBS)


AT_A_MOMENT = {"at", "upon", "on"}


def at_a_moment_dated_by_its_clause(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow],
                                     published: str) -> Dating:
    """A future "at" a happening whose own clause dates it ("will receive $3,500 a share at closing, which is
    expected in December", BF#19): the event comes with that happening, so in its time, not any day after
    publication. Only a time after publication, in a clause hanging from the happening's noun."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in AT_A_MOMENT):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
                first, last = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
                for timex in timexes:
                    if timex["type"] == "DATE" and first <= timex["start"] < last and timex["date_start"] \
                            and timex["date_end"] and timex["date_start"] >= published:
                        return timex["date_start"], timex["date_end"], "timex", timex["timex_id"]
    return dated


def after(trigger: Token, dated: Dating, timexes: list[TimexRow], published: str) -> Dating:
    """A past event bounded by publication that the text puts after a dated happening ("removed … after
    Gadhafi agreed in April", "asked after Thursday's ruling"): on or after that date's start as well."""
    if not only_an_upper_bound(dated):
        return dated
    stretches = [c for c in trigger.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"]
    # "Extremists have bombed two towns and fired mortar shells … since Sinn Fein was expelled … on Feb. 20" (BT#2):
    # a clause told after the last of coordinated verbs that share the subject frames them all
    shared = [c for conj in trigger.children if conj.dep_ == "conj" and conj.pos_ == "VERB" and not has_subject(conj)
              for c in conj.children if c.dep_ == "advcl" and c.i > conj.i]
    for child in [*trigger.children, *(c for stretch in stretches for c in stretch.children), *shared]:  # "A day after …"
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        opens = (child.dep_ == "prep" and child.lower_ in AFTER_WORDS) or (
            child.dep_ == "advcl" and marks & AFTER_WORDS)
        if not opens:
            continue
        low, high = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
        inside = [t for t in timexes if t["type"] in ("DATE", "TIME") and t["date_start"] and t["date_end"]
                  and low <= t["start"] < high and t["date_start"] <= dated[1]]
        if inside:
            first = min(inside, key=lambda t: t["start"])
            on = (first["date_start"], first["date_end"], "narrative", first["timex_id"])
            if first["date_start"] == first["date_end"] and _close_behind(child):
                return on  # "was shot … shortly after he and his wife returned home … on the night of Friday, Oct. 23"
            return days_on(on, days_later(child), dated[1]) or (first["date_start"], dated[1], "bounded",
                                                                  first["timex_id"])
    return dated


def before_a_dated_happening(trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
    """A past event bounded by publication that the text puts before a dated happening ("acquired some 6% of Milton
    Roy's common stock before throwing in the towel and reducing its stake in early September", EX#4; "sold the plant
    before it closed the deal in May"): on or before that time's end, not only publication. A count of days ("two
    days before the vote") is left to the steps that read the happening's day."""
    if not only_an_upper_bound(dated):
        return dated
    for child in trigger.children:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        opens = (child.dep_ == "prep" and child.lower_ == "before" and any(
            c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in child.children)) or (
            child.dep_ == "advcl" and "before" in marks)
        if not opens or days_later(child):
            continue
        low, high = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
        inside = [t for t in timexes if a_calendar_date(t) and low <= t["start"] < high and t["date_end"] < dated[1]]
        if inside:
            first = min(inside, key=lambda t: t["start"])
            return "", first["date_end"], "bounded", first["timex_id"]
    return dated


def before_the_clause_told_next(trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
    """A past event bounded by publication, told before a coordinated past clause of its own subject and its own
    time ("The Miami relatives filed a federal lawsuit to overturn the decision, but in March a Miami federal judge
    ruled against them", EU#36): a story tells such clauses in their order, so the event ends by that time. Only a
    clause in the simple past (not "had ruled", told back) and a time written in that clause, before the bound."""
    if not only_an_upper_bound(dated):
        return dated
    for clause in (c for c in trigger.children if c.dep_ == "conj" and c.i > trigger.i and c.tag_ == "VBD"
                   and has_subject(c) and not any(a.dep_ == "aux" for a in c.children)):
        inside = [t for t in timexes if a_calendar_date(t) and t["date_end"] < dated[1]
                  and (span := trigger.doc.char_span(t["start"], t["end"], alignment_mode="expand")) is not None
                  and in_clause_of(span.root, clause, shared=False)]
        if len(inside) == 1:
            return "", inside[0]["date_end"], "bounded", inside[0]["timex_id"]
    return dated


def _close_behind(opening: Token) -> bool:
    """An "after" phrase or clause told as close behind what it names ("shortly after he … returned home",
    "just after the vote", "minutes after the blast"): ``_close_to`` of its preposition or of its clause's "after"."""
    return _close_to(opening if opening.dep_ == "prep" else
                     next((c for c in opening.children if c.dep_ == "mark"), opening))


def days_later(after: Token) -> int:
    """How many days "after" counts ("a day after the vote", "two days after police arrested him"): the
    stretch of days hanging from the preposition or from the clause it opens, with its count; 0 where none
    is told (only "after": a bound, not a day)."""
    stretches = [c for c in after.children if c.dep_ == "npadvmod"] + ([after.head] if after.head.dep_ == "npadvmod"
                                                                         and after.head.i != after.i else [])
    for stretch in (c for c in stretches if c.lemma_.lower() == "day"):
        counts = [c for c in stretch.children if c.dep_ in ("det", "nummod")]
        if len(counts) != 1:
            continue
        word = counts[0].lower_
        if word.isdigit() and 0 < int(word) <= 31:
            return int(word)
        return DAY_COUNTS.get(word, 0) if stretch.lower_ == ("day" if DAY_COUNTS.get(word) == 1 else "days") else 0
    return 0


def days_on(when: Dating, days: int, last: str) -> Dating | None:
    """The day ``days`` after a happening of one day ("A day after the Jan. 26 vote": Jan. 27), as ``narrative``
    with the happening's expression (the replay of a publication date moves both alike); None where no count,
    the happening is no single day, or the day is after ``last``."""
    if not days or not when[0] or when[0] != when[1] or not ISO_DAY.match(when[0]):
        return None
    day = (date.fromisoformat(when[0]) + timedelta(days=days)).isoformat()
    return (day, day, "narrative", when[3]) if day <= last else None


# "as a result of", "in the wake of", "in the aftermath of": what comes of a happening comes after it
CONSEQUENCE_NOUNS = {"result", "wake", "aftermath", "consequence"}
# what a happening does to people, told with "in" it ("died in the blast", "was cut … in the blast"): the harm
# came with the happening or after it (a death of wounds days later), never before it
HARM_LEMMAS = {"die", "kill", "injure", "wound", "hurt", "cut", "burn", "maim", "trap", "bury", "lose", "suffer",
               "perish", "survive"}


def harm_subject(trigger: Token) -> Token:
    """The verb whose subject and auxiliaries a harm verb joined to another shares ("The bombings … have killed
    more than 200 people … and wounded over 5,000": the bombings wounded them): that verb, else the trigger."""
    if trigger.dep_ == "conj" and trigger.lemma_.lower() in HARM_LEMMAS and trigger.head.lemma_.lower() in HARM_LEMMAS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return trigger.head
    return trigger


def happenings_beside(trigger: Token) -> list[tuple[str, Token]]:
    """The nouns that "before", "after", "since" or "following" opens on the trigger, directly ("after the
    vote") or through a stretch of time ("in the weeks before the shooting", "days after the vote"), with
    the word; a cause ("as a result of the bombings", "in the wake of the vote", "because of the strike")
    is one "after"; the noun's own time expression, if any, is ``after``'s."""
    found = []
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        opens = [prep] + [p for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in STRETCH_NOUNS
                          for p in obj.children if p.dep_ == "prep"]
        for word in opens:
            if word.lower_ in BEFORE_WORDS | AFTER_WORDS:
                found += [(word.lower_, n) for n in word.children if n.dep_ == "pobj"]
    for prep in (c for c in trigger.children if c.dep_ == "prep"):  # "as a result of the bombings": after them
        if prep.lower_ in ("as", "in"):
            found += [("after", n) for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in
                      CONSEQUENCE_NOUNS for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                      for n in of.children if n.dep_ == "pobj"]
        elif prep.lower_ == "because" and any(c.lower_ == "of" for c in prep.children):  # "because of the storm"
            found += [("after", n) for n in prep.children if n.dep_ == "pobj"]
        if prep.lower_ == "in" and trigger.lemma_.lower() in HARM_LEMMAS:  # "died in the blast": in it, so after
            found += [("after", n) for n in prep.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    for stretch in (c for c in trigger.children if c.dep_ == "npadvmod" and c.lemma_.lower() in STRETCH_NOUNS):
        found += [(p.lower_, n) for p in stretch.children if p.dep_ == "prep" and p.lower_ in BEFORE_WORDS | AFTER_WORDS
                  for n in p.children if n.dep_ == "pobj"]  # "days after the vote"
    return found
