"""Statements: whether a reporting verb says anything, who says it, and when and where it was said.

A reporting verb is dated by the report's day unless the text tells otherwise, so ``dating`` asks of each one: does
it state anything ("added a provision", "posted earnings of $18.9 million" do not: ``states``); who speaks
(``speaker``, ``speaker_name``); was it said in a written document or taken from another outlet's report
(``in_a_document``: on or before publication, not the report's day); is a time beside it the statement's ("said
Sunday", ``reporter_before``; "said in the letter, dated Monday", ``dates_the_medium``) or what it told of ("the
announcement Friday of a loss for the third quarter", ``told_in_a_dated_statement``; "reported sales … for the quarter
ended Sept. 29", ``reports_a_periods_result``); and does a state of mind told in it hold when it was said
(``held_when_said``).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from explorer.core.extract.events.clauses import branch_to, heads_another_clause
from explorer.core.extract.events.date_rules import CALENDAR_VALUE, ISO_DAY, REPORTING_LEMMAS, Dating
from explorer.core.extract.events.date_values import a_single_day
from explorer.core.extract.events.named_twice import REPORTING_NOUNS, STATEMENT_PARTICIPLES, _definite
from explorer.core.extract.events.results import posts_a_result, result_object
from explorer.core.extract.events.scheduled import times_in
from explorer.core.model import TimexRow
from explorer.core.extract.nlp import model_entities


NEWS_LEMMAS = {"report", "announce", "disclose", "reveal", "post"}  # reporting verbs that give news, not relay words
RELAYING_LEMMAS = {"say", "tell"}  # a statement that relays ("said Saturday"), not news of its own ("announced")


def in_a_document(trigger: Token) -> bool:
    """A statement made in a written document the text names without its day ("In a Securities and Exchange
    Commission filing, Norwood said", "said in the lawsuit"): it was written on or before publication, not
    on the report's day (a document with a day dates it, ``dates_the_medium``; what is said aloud, in an
    interview or a news conference, stays the report's). So is one relayed from another outlet's report
    (``_relayed_from_another_outlet``)."""
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_LEMMAS for c in prep.children)
        for prep in trigger.children) or _relayed_from_another_outlet(trigger)


# the words that name a news outlet ("The Wall Street Journal", "The New York Times", "the BBC", "Reuters")
OUTLET_WORDS = {"times", "journal", "post", "herald", "guardian", "telegraph", "tribune", "gazette", "newspaper",
                "paper", "magazine", "daily", "reuters", "bbc", "cnn", "agency", "television", "radio", "broadcaster",
                "network", "newsweek", "economist", "bloomberg"}
SOURCE_WORDS = {"source", "sources", "they", "people", "insiders", "officials"}


def _told_to_an_outlet(trigger: Token) -> bool:
    """A statement told to a news outlet ("he told the Los Angeles Times", "said in an interview with the BBC"):
    given in an interview on a day the text does not tell, before the outlet printed or aired it — not the day of
    this paper (CO#6, too precise). Only where the sentence writes no day of its own (``governing`` dates it
    first)."""
    if trigger.lemma_.lower() not in RELAYING_LEMMAS:
        return False
    if any(c.dep_ in ("dobj", "dative") and _names_an_outlet(c) for c in trigger.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        n.dep_ == "pobj" and n.lemma_.lower() == "interview" and any(
            w.dep_ == "prep" and w.lower_ == "with" and any(o.dep_ == "pobj" and _names_an_outlet(o) for o in w.children)
            for w in n.children) for n in p.children) for p in trigger.children)


def _relayed_from_another_outlet(trigger: Token) -> bool:
    """A statement the text takes from another outlet's report whose day it does not give: "according to The New
    York Times, who first broke the news, an anonymous individual claimed" (BH#35), or the sources that outlet cited,
    told right after it ("Citing people familiar with the situation, The Wall Street Journal reported that …" /
    "The sources claimed that …", "They also said that …": BO#10, #40). Made on or before that report, so on or before
    publication, not on the day of this one (too precise, judged three times)."""
    sentence = trigger.sent
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if _according_to_an_outlet(sentence) or (trigger.lemma_.lower() == "report" and subject is not None
                                             and _names_an_outlet(subject)):
        return True  # "The Wall Street Journal reported that …": that paper's report, of a day this one does not give
    if _told_to_an_outlet(trigger):
        return True  # "he told the Los Angeles Times newspaper" (CO#6): an interview that paper printed before this one
    if subject is None or subject.lower_ not in SOURCE_WORDS:
        return False
    doc, start = sentence.doc, sentence.start
    for _ in range(2):  # the sentence before, or the one before it ("The sources claimed …" / "They also said …")
        if start == 0:
            return False
        before = doc[start - 1].sent
        if _according_to_an_outlet(before) or any(verb.lemma_.lower() in ("report", "cite") and any(
                c.dep_ == "nsubj" and _names_an_outlet(c) for c in verb.children) for verb in before):
            return True
        start = before.start
    return False


def _according_to_an_outlet(sentence: Span) -> bool:
    """The sentence relays "according to" a news outlet named within a few words ("According to The New York Times,
    …")."""
    return any(token.lower_ == "according" and token.i + 1 < sentence.end and sentence.doc[token.i + 1].lower_ == "to"
               and any(_names_an_outlet(t) for t in sentence.doc[token.i + 2:min(token.i + 9, sentence.end)]
                       if t.pos_ == "PROPN")
               for token in sentence)


def _names_an_outlet(noun: Token) -> bool:
    """A proper name (or its head) whose words name a news outlet: the noun with the words it governs, or the noun
    alone inside a prepositional phrase ("according to The New York Times")."""
    if noun.pos_ not in ("PROPN", "NOUN"):
        return False
    words = [noun] if noun.dep_ == "pobj" else list(noun.subtree)
    return any(t.pos_ == "PROPN" for t in words) and bool(
        {t.lower_ for t in words if t.pos_ in ("PROPN", "NOUN")} & OUTLET_WORDS)


DOCUMENT_LEMMAS = {"filing", "report", "statement", "letter", "prospectus", "lawsuit", "suit", "complaint", "memo",
                   "memorandum", "affidavit", "petition", "document", "release", "proxy"}  # written, kept: not spoken


def attributed_after(trigger: Token) -> bool:
    """Whether the statement relaying the trigger's clause is named after it ("Ritter led his team …, Dacey
    said"; "``All sites were inspected,'' Dacey said"): the telling's own narration with its source added."""
    verb = trigger
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.i > trigger.i


# a mind's state: told in the past inside a statement ("said he remembered", "said she knew"), it is the
# speaker's at the saying, not a happening before it (sequence of tenses)
MENTAL_STATES = frozenset({"remember", "know", "believe", "think", "feel", "want", "hope", "fear", "understand",
                           "expect", "doubt", "wish", "regret", "recall", "suspect", "prefer", "trust",
                           # "Castro said he sympathized with the little boy's father" (CJ#22)
                           "sympathize", "appreciate", "worry", "respect", "admire", "love", "hate", "like"})


def held_when_said(trigger: Token, tense: str, relayed: Dating, closed: bool = False) -> bool:
    """A past simple mental state in the clause a statement of one known day tells ("Fried said Friday that
    he remembered being asked"; "she told African envoys that she looked forward to visiting Kenya", CJ#24): the
    state held when it was told, the statement's day. ``closed``: a statement of a closed range counts too ("said after
    the meeting she thought …", Wednesday to publication): the state is held within it."""
    looking_forward = trigger.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in trigger.children)
    return tense == "past" and (trigger.lemma_.lower() in MENTAL_STATES or looking_forward) \
        and trigger.dep_ == "ccomp" and bool(relayed[0]) \
        and (relayed[0] == relayed[1] or (closed and bool(relayed[1]))) and _the_speakers_own(trigger) \
        and not any(c.dep_ == "neg" for c in trigger.children)


def _the_speakers_own(state: Token) -> bool:
    """The state is told of the speaker ("Castro said he sympathized", "Fried said … that he remembered"): a
    pronoun, or a name the speaker's subject holds, not another person ("'Mr. Lortie felt less pertinent,' Mr.
    Nadeau said": Lortie's state, of an earlier time)."""
    subject = next((c for c in state.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    speaker = next((c for c in state.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and subject.lower_ == speaker.lower_  # the names' heads: "Mr." names no one


def states(trigger: Token) -> bool:
    """Whether a verb of saying says something: "BellSouth added a provision" adds a thing, states nothing;
    "America West posted earnings of $18.9 million" posts a result, not a message; "its equity in the net income
    … declined to $6.3 million" is a change in an amount (BW#6), "declined to comment" a refusal to say."""
    if trigger.lemma_.lower() == "post":
        return not posts_a_result(trigger)
    if trigger.lemma_.lower() == "decline":  # "declined to comment" says (nothing); "declined to $6.3 million" fell
        return any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.lemma_.lower() == "comment")
                   for c in trigger.children)
    if _an_act_told_with_another(trigger) or _said_by_what_came_with_it(trigger):
        return False
    if trigger.lemma_.lower() != "add":
        return True
    return not any(c.dep_ == "dobj" for c in trigger.children) or any(c.dep_ == "ccomp" for c in trigger.children)


def _an_act_told_with_another(trigger: Token) -> bool:
    """"Instead, she turned to her community rabbi … and told him about Amir's statements" (AG#19): a verb of
    saying joined to a past act of its own subject's, with no message of its own (no clause, no quote), is one
    more act of the story told, not a statement the paper reports on its day; so it is dated as its head is
    ("turned", on or before the testimony), not as the lede's statement. "arrived Friday and told reporters
    that …" says something and stays a statement."""
    head = trigger.head
    return trigger.dep_ == "conj" and trigger.tag_ == "VBD" and head.pos_ == "VERB" and head.tag_ == "VBD" \
        and head.lemma_.lower() not in REPORTING_LEMMAS \
        and not any(c.dep_ in ("ccomp", "nsubj") for c in trigger.children) \
        and not any(t.text in ('"', "``", "''", "“", "”") for t in trigger.subtree)


def _said_by_what_came_with_it(trigger: Token) -> bool:
    """"An accompanying statement specifically warned 'against all travel to Pakistan'" (AG#23): a statement
    that came with a thing the passage tells ("the State Department on Sunday issued an updated 'worldwide
    caution'") spoke when that thing was issued, not on the paper's day; so it is dated as a happening told is
    (the passage's day where the passage is its own; in AG#23's article, whose passage is the State Department's,
    on or before publication), not as a statement the paper reports."""
    return trigger.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ in REPORTING_NOUNS
        and any(m.dep_ == "amod" and m.lower_ == "accompanying" for m in c.children) for c in trigger.children)


def named_subject(verb: Token) -> bool:
    """The verb's subject is a proper name ("Castro said"), not a noun or a pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN"


def speaker(verb: Token, definite: bool) -> str | None:
    """Who a reporting verb's subject names, by its head word ("the source", "sources" → "source"; "Fitzwater"),
    or None for a pronoun, for speakers joined ("Orkem and Coates") or, where ``definite``, a noun that brings in
    someone new ("another source", "a spokesman", "one official"): only a proper name or a noun with "the" takes
    up a speaker named before."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and not definite:
        subject = _subject_the_parse_lost(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Orkem and Coates said last Wednesday": a joint statement is not one of either speaker
    if definite and subject.pos_ == "NOUN" and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    if subject.pos_ == "PROPN" and subject.lower_.rstrip(".") in NAME_SUFFIXES:  # "Louis Gerstner Jr.": gerstner
        subject = next((c for c in reversed(list(subject.children)) if c.dep_ == "compound" and c.pos_ == "PROPN"),
                       subject)
    return subject.lemma_.lower()


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # what follows a surname, naming no one: "Louis Gerstner Jr."


SPEAKING_OUT_LEMMAS = {"lash", "accuse", "attack", "charge", "criticize", "criticise", "blast", "slam", "condemn",
                       "denounce", "praise", "defend", "appeal", "plead", "vow", "pledge", "promise", "insist", "argue"}


def speaks_out(verb: Token) -> bool:
    """The verb tells someone speaking (``REPORTING_LEMMAS``, "lashed out", "criticized") or its participle clause
    does ("…, accusing them of child abuse")."""
    speaking = REPORTING_LEMMAS | SPEAKING_OUT_LEMMAS
    return verb.lemma_.lower() in speaking or any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in speaking for c in verb.children)


def a_name(token: Token) -> bool:
    """A proper name, also where the parse tagged it a plural ("Jobs said": NNS) but named a person with it."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.ent_type_ == "PERSON")


def _subject_the_parse_lost(verb: Token) -> Token | None:
    """The noun written right before a reporting verb that the parse gave no subject ("…, White House and
    Republican sources said Monday", where the parse hung "said" on the lede's first verb and "sources" on
    "White House"): in news the words "NOUN said" are the speaker and the statement; None where the word
    before is no noun, or belongs to another clause than the verb's sentence."""
    if verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and before.dep_ not in ("nsubj", "nsubjpass") else None


def a_statement_told_again(noun: Token) -> bool:
    """"The statement", "the announcement": a definite reporting noun naming no one and with no day of its own
    words, one the reader has been told of (``REPORTING_NOUNS``)."""
    return noun.pos_ == "NOUN" and noun.lower_ in REPORTING_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
        and not any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def in_announcing(trigger: Token) -> bool:
    """A statement framed as made in giving news: "In announcing the plant delay, … said", "Announcing the
    results, … said", "In its announcement, … said" (a gerund of a news verb, ``NEWS_LEMMAS``, or a definite
    reporting noun after "in"). A quote the parse made the head of its "said" ("In announcing the plant delay,
    Kellogg Chairman … said, "Cereal volume growth … has not met our expectations"", "said" a parataxis) holds
    the phrase that opens the sentence before the speaker: it frames the saying too."""
    opening = [c for c in trigger.head.children if c.i < trigger.i] if trigger.dep_ == "parataxis" else []
    for child in [*trigger.children, *opening]:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in NEWS_LEMMAS:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                (c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in NEWS_LEMMAS)
                or (c.dep_ == "pobj" and c.lower_ in REPORTING_NOUNS and _definite(c)) for c in child.children):
            return True
    return False


def speaker_name(trigger: Token) -> set[str]:
    """The words of the subject's own proper name, in lower case ("Unisys said": unisys): the named entity its
    head is in, else the head and its compounds; not the names of an apposition or a possessor ("Jim Unruh,
    Unisys's president, said" is Unruh, not Unisys: his words are not the firm's announcement), nor a title's
    firm where the parse marks the person apart ("Kellogg Chairman William E. LaMothe")."""
    for subject in trigger.children:
        if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
            continue
        entity = next((e for e in model_entities(trigger.doc) if e.start <= subject.i < e.end), None)
        words = list(entity) if entity is not None else [subject, *(c for c in subject.children
                                                                    if c.dep_ == "compound" and c.pos_ == "PROPN")]
        return {t.lower_ for t in words if t.pos_ == "PROPN"}
    return set()


# the verbs of a clause that tells a result a statement gives ("said it had a loss", "said it posted net income")
HAVING_A_RESULT = {"have", "post", "report", "earn", "record", "show"}


def reports_a_periods_result(sentence: Span, trigger: Token, own: TimexRow) -> bool:
    """"Sun reported sales of $538.5 million for the quarter ended Sept. 29": a verb that gives news
    ("reported", "announced", "disclosed") with a result for object, told of a period longer than a day — the
    period is the result's ("for", or inside the object), not the reporting's, which came when the period had
    closed; so the period does not date the verb, which is dated as a report (told before the verb, "For the
    quarter a year ago, Columbia reported earnings", the period may be long past: then only after it closed and
    up to publication). "posted" is left to the result
    (``posts_a_result``), and a single day ("reported Tuesday sales of …") is the report's own. A relaying verb
    whose clause has the result ("said it had a loss of $92.2 million … for the quarter ended Sept. 30", AH#8: the
    parse hangs the "for" on "said") is a report the same way: one says a quarter's result after it closed."""
    if own["date_start"] == own["date_end"]:
        return False
    lemma = trigger.lemma_.lower()
    if lemma in RELAYING_LEMMAS:
        result = next((r for c in trigger.children if c.dep_ == "ccomp" and c.lemma_.lower() in HAVING_A_RESULT
                       for r in [result_object(c)] if r is not None), None)
    elif lemma in NEWS_LEMMAS - {"post"}:
        result = result_object(trigger)
    else:
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if result is None or span is None:
        return False
    inside = any(t.i == result.i for t in span.root.ancestors)
    return inside or (span.root.head.dep_ == "prep" and span.root.head.lower_ == "for")


def per_a_dated_source(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating | None:
    """"According to an April 2nd report in Ars Technica, an internal memo at Apple showed …" (CG#14, left on or
    before publication): what a source tells was so by the source's day, so the clause's happening is on or
    before the day written on its "according to" phrase ("an April 2nd report", "a news agency report Friday");
    None where the phrase carries no closed day or month before the bound."""
    clause = trigger
    while clause.dep_ in ("conj", "ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # "According to the report, the company said it had …": the phrase is the main verb's
    sources = [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "according"]
    for source in sources:
        for timex in times_in(source, timexes):
            if timex["type"] == "DATE" and timex["date_start"] and timex["date_end"] \
                    and timex["date_end"] <= dated[1] and CALENDAR_VALUE.match(timex["value"] or ""):
                return "", timex["date_end"], "bounded", timex["timex_id"]
    return None


def in_its_source(span: Span) -> bool:
    """"The mayor of Moscow has allocated funds …, according to a news agency report Friday" (BV#14: too precise at
    Friday): a time inside an "according to" phrase is the source's day, which bounds what the source tells
    (``per_a_dated_source``), not the day the happening was."""
    return any(a.dep_ == "prep" and a.lower_ == "according" for a in span.root.ancestors)


def relays(doc: Doc, timex: TimexRow) -> bool:
    """The expression is the day of a statement that relays what others did ("an official said Saturday",
    "told reporters Friday"), not of a happening ("announced yesterday" is the news itself)."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    reporter = reporter_before(span) if span is not None else None
    return reporter is not None and reporter.lemma_.lower() in RELAYING_LEMMAS


def takes_the_stand(verb: Token) -> bool:
    """"She took the stand for more than four hours Friday": a witness's day in court is a statement's day — what
    the passage goes on to tell of her ("Instead, she turned to her community rabbi") is what she told, on or
    before it, not a scene of that day."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "stand" and any(d.lower_ == "the" for d in c.children) for c in verb.children)


def told_in_a_dated_statement(span: Span, trigger: Token, timexes: list[TimexRow]) -> bool:
    """"Unisys Corp.'s announcement Friday of a $648.2 million loss for the third quarter showed that …" (CL#21,
    AU#17, wrong: dated the third quarter): a time inside a subject that is a statement with its own day is what
    the statement told of; what the statement did is of its day, or after it."""
    node = branch_to(span.root, trigger)
    if node is None or node.dep_ not in ("nsubj", "nsubjpass") or node.i == span.root.i \
            or node.lemma_.lower() not in REPORTING_NOUNS:
        return False
    own = [t for t in timexes if t["start"] != span.start_char and t["date_start"]
           and (day := span.doc.char_span(t["start"], t["end"], alignment_mode="expand")) is not None
           and day.root.head.i == node.i]
    return bool(own)


def before_a_present_statement(trigger: Token, tense: str, own: TimexRow, published: str) -> bool:
    """A statement in the present ("say", "says") is made when reported: a time that ended days before the
    report ("11 days ago", "five months ago" in its sentence) is what the statement tells of, not its day
    (a day before the report can still be its own: "says Thursday" in a Friday broadcast)."""
    if tense != "present" or trigger.lemma_.lower() not in REPORTING_LEMMAS or not published \
            or not ISO_DAY.match(published) or not own["date_end"]:
        return False
    return own["date_end"] < (date.fromisoformat(published) - timedelta(days=1)).isoformat()


def reporter_before(span: Span) -> Token | None:
    """The reporting verb right before a time expression ("said Sunday", "said on Tuesday"), whatever
    clause the parse hangs the expression from: in news the day after "said" is the statement's."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "on" and span.start > 1:
        before = span.doc[span.start - 2]
    if before is None or before.pos_ != "VERB" or before.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return before


def dates_the_medium(token: Token, trigger: Token) -> bool:
    """A statement's time told on what carried it: "said a government communique, read Wednesday night",
    "said in the letter, dated Monday", "said a message that was read Wednesday night" — an expression in a
    past participle or passive relative clause on the reporting verb's subject, or on the object of its
    preposition, dates the statement (what was done to the medium; not "who left Cuba in 1962")."""
    if trigger.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.head.i == trigger.i and node.tag_ in ("VBN", "VBD"):
            return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)  # ", read Monday night"
        if node.dep_ in ("acl", "relcl"):  # what was done to the medium: "dated Monday", "that was read …"
            if not (node.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in node.children)):
                return False  # "said Josefa Gonzalez, who left Cuba in 1962": the speaker's past, not the statement's
            noun = node.head
            return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == trigger.i) or (
                noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i)
        if heads_another_clause(node):
            return False
        node = node.head
    return False


# what is written and dated as one piece ("your Oct. 23 Centennial Journal item", "Friday's editorial"): a day
# written on it is the day it appeared, and what it says or does it does that day
DOCUMENT_NOUNS = frozenset({"item", "article", "editorial", "column", "story", "report", "letter", "memo",
                            "memorandum", "edition", "bulletin", "communique", "communiqué", "warrant", "indictment"})


def done_by_a_document_of_a_day(trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """"The Canadian warrant issued Monday charged Kopp with attempted murder" (BU#18 = N#38, vague): what a
    document issued, released or read on a day says or does, it does that day — a subject with a participle of
    issuing and a single day of its own, up to publication; or a document whose day is written on it ("your Oct. 23
    Centennial Journal item recognized the money-fund concept", DH#33, vague at on or before publication)."""
    for subject in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"):
        issued = [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lemma_.lower() in STATEMENT_PARTICIPLES]
        if subject.lemma_.lower() in DOCUMENT_NOUNS:
            issued += [c for c in subject.children if c.dep_ in ("poss", "nmod", "compound", "npadvmod")
                       and c.i < subject.i]
        for words in issued:
            days = [t for t in times_in(words, timexes) if t["date_start"] and t["date_start"] == t["date_end"]
                    and (not published or t["date_end"] <= published)]
            if len(days) == 1:
                return days[0]["date_start"], days[0]["date_end"], "narrative", days[0]["timex_id"]
    return None


def after_the_news_it_tells(trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating | None:
    """"On Wednesday, Bushnell and Kimotho met again to finish their discussion, Bushnell told Kenya Television" in a
    Wednesday paper (DN#33, vague: left on or before publication, as a telling to another outlet is): a statement
    bounded only by its end that tells a happening of a day of its own clause was made on or after that day — the
    day itself where the bound ends there. None where its reported clause tells no single day up to the bound."""
    days = [t for t in days_told(trigger, timexes, past_only=True) if t["date_end"] <= dated[1]]
    if not days:
        return None
    day = max(days, key=lambda t: t["date_start"])
    if day["date_start"] == dated[1]:
        return day["date_start"], day["date_end"], "narrative", day["timex_id"]
    return day["date_start"], dated[1], "bounded", day["timex_id"]


def days_told(trigger: Token, timexes: list[TimexRow], past_only: bool = False) -> list[TimexRow]:
    """The single days written in a statement's reported clauses ("Traders said … the DAX dropped Friday"): the news
    it tells, which it was made on or after. ``past_only``: only clauses told as a simple past ("met", not "would
    leave")."""
    told = [c for c in trigger.children if c.dep_ == "ccomp"
            and (not past_only or (c.tag_ == "VBD" and not any(a.dep_ == "aux" for a in c.children)))]
    return [t for clause in told for t in times_in(clause, timexes) if a_single_day(t)]
