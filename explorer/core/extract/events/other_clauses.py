"""A time told in another clause or sentence that dates the event, where its own clause gives none.

"failed to come up with another winner and filed for bankruptcy-law protection in July 1988": the next verb's time
bounds the first (``before_what_follows``); "expects to obtain regulatory approval and complete the transaction by
year-end": the last conjunct's time frames them all (``told_after_its_conjunct``); "have been killed and more than
1,000 others wounded … on Friday": the gapped verb's time is the first's (``gapped_time``); "sought to soften the
harsh words, saying on Friday": the saying's day (``by_saying_on_a_day``); "This 'switch' would happen beginning
next year": the next sentence says when (``when_this_happens``). Each reads the other clause's own time
(``own_time``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import has_subject, path_up
from explorer.core.extract.events.date_rules import REPORTING_LEMMAS, Dating, own_date, time_signal
from explorer.core.extract.events.date_values import one_past_day, only_an_upper_bound
from explorer.core.extract.events.own_time import governing
from explorer.core.model import TimexRow


# "and later served as …": a coordinated verb that follows the first one's time, not at it
LATER_WORDS = {"later", "afterwards", "afterward", "subsequently", "thereafter", "then"}


def sentences_after(sentence: Span) -> Iterator[Span]:
    """The sentences of the document after this one, in order."""
    doc = sentence.doc
    index = sentence.end
    while index < len(doc):
        following = doc[index].sent
        yield following
        index = following.end


def follows_it(trigger: Token, own: TimexRow) -> bool:
    """A verb that says it came later ("was part of the crew in October 1984 and later served …") and
    shares a time expression outside its own words: on or after that time, not at it."""
    later = any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in trigger.children)
    low, high = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge.text)
    return later and not low <= own["start"] < high


def before_what_it_set_runs_out(text: str, sentence: Span, trigger: Token, dated: Dating,
                                 timexes: list[TimexRow]) -> Dating:
    """A past act whose complement runs "until" a day before the bound ("a judge barred him from working until April
    2009", "suspended the talks until March", BE#27): the act came before what it set ran out, so on or before that
    day's end, not only on or before publication. Only where the expression hangs from a word below the verb (its
    own "until" dates the verb itself, "stayed until March", elsewhere)."""
    for timex in timexes:
        if timex["type"] != "DATE" or not timex["date_end"] or timex["date_end"] >= dated[1] \
                or not sentence.start_char <= timex["start"] < sentence.end_char \
                or time_signal(text, timex["start"]) not in ("until", "till", "til"):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        runs = span.root.head.head  # "working" of "until April 2009"
        if runs.i != trigger.i and trigger in runs.ancestors and not any(
                a.pos_ in ("VERB", "AUX") and a.dep_ in ("ccomp", "advcl", "relcl", "conj")
                for a in path_up(runs, trigger)):
            return "", timex["date_end"], "bounded", timex["timex_id"]
    return dated


OCCURRING_LEMMAS = {"occur", "happen", "take", "come", "strike", "erupt", "unfold"}  # "took place", "came"


def before_what_follows(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
    """A past event bounded by publication whose coordinated next verb is dated by its own words ("failed to
    come up with another winner and filed for bankruptcy-law protection in July 1988"): on or before that."""
    if not only_an_upper_bound(dated):
        return dated
    framed = [c for c in trigger.children if c.dep_ == "xcomp"]  # "failed to come up … and filed"
    for child in [c for verb in (trigger, *framed) for c in verb.children]:
        if child.dep_ != "conj" or child.pos_ != "VERB" or child.i < trigger.i or has_subject(child):
            continue
        own = governing(sentence, child, timexes)
        if own is not None and own["date_start"] and own["date_end"] and own["date_end"] < dated[1]:
            return "", own["date_end"], "bounded", own["timex_id"]
    return dated


def told_after_its_conjunct(sentence: Span, trigger: Token, timexes: list[TimexRow],
                             published: str) -> TimexRow | None:
    """"it expects to obtain regulatory approval and complete the transaction by year-end" (BW#8, vague): a time told
    after the last of coordinated verbs still to come, sharing their subject, frames the first too — both are what is
    to be done by then. Only a future (a past's conjuncts are often of different times: "founded the firm and sold it
    last year")."""
    for conjunct in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and not has_subject(c)):
        own = governing(sentence, conjunct, timexes)
        if own is not None and own["start"] > conjunct.idx and own["date_end"] \
                and (not published or own["date_end"] >= published):  # a time still to come, as the future is
            return own
    return None


def when_this_happens(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """"… announced that Macintosh computers would begin to be shipped with Intel processors." / "This 'switch', he
    said, would happen beginning next year." (BW#7, vague): the next sentence says when "this" happening, the one just
    told, will happen — the future of the sentence before takes that time, if still to come (one of the next two
    sentences; the one between here is a comment). Only the main future of its sentence (the clause a statement
    reports, or the sentence's own)."""
    if trigger.dep_ not in ("ROOT", "ccomp", "xcomp"):
        return None
    following = next((told for told in islice(sentences_after(sentence), 2) if _says_when_this_happens(told)), None)
    if following is None:
        return None
    root = following.root
    own = governing(following, root, [t for t in timexes if following.start_char <= t["start"] < following.end_char])
    dated = own_date(own, published) if own is not None else None
    if dated is None or dated[2] != "timex" or not dated[0] or (published and dated[0] < published):
        return None
    return dated[0], dated[1], "narrative", dated[3]


def _says_when_this_happens(sentence: Span) -> bool:
    """"This 'switch' would happen beginning next year": a happening named by "this" ("that", "the") and a verb of
    occurring, as the sentence's root."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return root.lemma_.lower() in OCCURRING_LEMMAS | {"begin", "start"} and subject is not None \
        and subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in subject.children)


def by_saying_on_a_day(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """"The Russian foreign minister … sought to soften the harsh words of President Yeltsin, saying on Friday that
    …" (BX#49, vague; A#17 was right when it was so dated): an act done by saying something, the saying's participle
    with a day of its own, is of that day — the act's verb, or the one it is the aim of ("sought to soften")."""
    verb = trigger.head if trigger.dep_ == "xcomp" else trigger
    for saying in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > trigger.i
                   and c.lemma_.lower() in REPORTING_LEMMAS):
        own = governing(sentence, saying, timexes)
        if own is not None and own["date_start"] and own["date_start"] == own["date_end"] \
                and (not published or own["date_end"] <= published):
            return own["date_start"], own["date_end"], "narrative", own["timex_id"]
    return None


def gapped_time(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """"More than 100 people have been killed and more than 1,000 others wounded in the blasts … on Friday":
    the second verb of a coordination leaves out the auxiliaries it shares with the first, and the parse makes
    it a participle of its subject ("others" a conjunct of "killed", "wounded" hanging from "others"), so the
    time told after both hangs from it alone. Such a bare participle (no subject, no auxiliary of its own)
    coming after the trigger shares the trigger's auxiliaries, hence its time: the participle's own time is
    the trigger's, where the trigger has none. The subject may be a number alone ("Six people were also killed and
    at least 58 injured in a car bomb attack on Friday", EO#5, CM#20, DP#4: vague three times)."""
    if trigger.pos_ != "VERB" or not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    for subject in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM") and c.i > trigger.i):
        for verb in (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for g in c.children)):
            own = governing(sentence, verb, timexes)
            if own is not None:
                return own
    return None


def the_one_day_told(sentences: Iterable[Span], wanted: Callable[[Token], bool], everywhere: list[TimexRow],
                      published: str) -> Dating | None:
    """The one day (``one_past_day``) that the ``wanted`` verbs of ``sentences`` are dated by in their own clauses,
    as a narrative dating; None where none or several days."""
    found: dict[str, Dating] = {}
    for following in sentences:
        for verb in following:
            if wanted(verb):
                own = one_past_day(governing(following, verb, everywhere), published)
                if own is not None:
                    found[own["date_start"]] = (own["date_start"], own["date_end"], "narrative", own["timex_id"])
    return next(iter(found.values())) if len(found) == 1 else None
