"""One happening named twice in a document: the undated mention takes the dated mention's date.

News names its main happening again and again, once with its day and elsewhere
without: "Iraq's Aug. 2 invasion of Kuwait" and, paragraphs away, "Iraq said it
invaded Kuwait because of disputes over oil". The second, dated alone, is only
bounded by publication; its day is in the text. ``NamedHappenings`` keeps the
document's dated mentions of a happening — an event noun whose own date names it
("the Aug. 2 invasion", "the invasion of Aug. 2", "Iraq's invasion on Aug. 2"),
found in the whole parse so a later mention dates an earlier one too, and a verb
dated by its own time expression, told as the sentences go — and gives a past
event without a date of its own the date of a mention of the same action: the same
verb, or a noun made from it (WordNet's frequent senses: *invade* / *invasion*,
*acquire* / *acquisition*, *die* / *death*), when they share a participant (a
noun naming nobody is taken only when definite: "the invasion of Aug. 2") and all
such mentions give one date. Statements (each "said" is its own), changes in an
amount ("rose": every day's trading) and light verbs ("took", "made") are left out
of that; a statement is named twice only by a reporting noun with its day
("Unisys Corp.'s announcement Friday", "a statement issued Tuesday",
``REPORTING_NOUNS``): the company's undated "said" of the same article retells it
(``statement_date``).

The lexicon is the clusters' too (``extract/wordnet.py``, over
``resources/lexicon/wordnet_actions.tsv``), counted here in fewer senses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from explorer.core.extract.events.date_rules import CALENDAR_VALUE, CHANGE_LEMMAS, REPORTING_LEMMAS, Dating
from explorer.core.extract.wordnet import action_keys, tells_a_death
from explorer.core.model import TimexRow

# verbs too general to name one happening twice ("took", "made", "had")
LIGHT_LEMMAS = frozenset({
    "be", "have", "do", "make", "take", "get", "go", "come", "give", "put", "set", "keep", "let", "see", "become",
    "begin", "start", "continue", "end", "happen", "occur", "follow", "use", "seem", "hold", "bring", "leave",
})
NAMING_DEPS = {"compound", "nmod", "amod", "poss", "nummod"}  # "the Aug. 2 invasion", "Monday's vote"
NAMING_PREPOSITIONS = {"of", "on"}  # "the invasion of Aug. 2", "the vote on Monday"
DEFINITE = {"the", "this", "that", "its", "their", "his", "her"}
# "A similar suit was filed", "filed another lawsuit": a new one of its kind, not the happening named before
NEW_ONE_DETERMINERS = {"a", "an", "another"}
NEW_ONE_ADJECTIVES = {"similar", "other", "new", "second", "separate", "further"}


# verbs of being at a gathering, or holding one: its day is the gathering's ("attended a rally Thursday",
# "held a news conference Monday"), not so of verbs that plan or tell of one ("called a strike", "announced a merger")
ATTENDING_LEMMAS = frozenset({"attend", "hold", "stage", "host", "address", "chair", "join", "lead", "witness"})
# gatherings that are no event noun of ``find`` (which dates and counts these apart): "a rally", "a vigil"
GATHERING_NOUNS = frozenset({"rally", "vigil", "march", "parade", "service", "session", "briefing", "concert",
                             "festival", "memorial", "forum", "demonstration", "talks", "gathering", "party",
                             "event"})


SCENE_PREPOSITIONS = frozenset({"at", "during"})  # "at the annual conference", "during the keynote"


def scene_nouns(verb: Token, pos: tuple[str, ...] = ("NOUN",)) -> list[Token]:
    """The nouns of the verb's own "at" or "during" phrases ("at the annual conference", "during the keynote"): the
    scene it is told at."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPOSITIONS
            for c in p.children if c.dep_ == "pobj" and c.pos_ in pos]


# the nouns that name a statement ("X's announcement Friday", "in a statement on Tuesday"), a table because
# WordNet's action lexicon has no noun for announce, state or testify
REPORTING_NOUNS = frozenset({
    "announcement", "statement", "testimony", "declaration", "disclosure", "remark", "remarks", "comment",
    "comments", "confirmation", "denial", "admission", "acknowledgment", "acknowledgement", "warning", "briefing",
    "communique", "communiqué", "release", "filing",
})
# the words that end a firm's name ("Unisys Corp.", "Kellogg Co."), without their stop: they name no one firm, so a
# speaker is not matched by them (the entities' own list is a sibling layer's, so not imported here)
FIRM_SUFFIXES = frozenset({"inc", "corp", "co", "cos", "ltd", "plc", "llc", "lp", "sa", "ag", "nv", "bv", "spa",
                           "gmbh", "limited", "corporation", "incorporated", "company"})
# a statement's day told on a participle of its noun: "a statement issued Tuesday", "the release dated Monday"
STATEMENT_PARTICIPLES = {"issue", "release", "date", "make", "publish", "distribute", "file", "deliver", "read"}

# a time of day written alone ("at 10 p.m.", "around 7:15 p.m.", "4 in the morning", "noon"): the expressions
# place it on their reference day, but it names no day of its own ("Slepian … was shot to death at 10 p.m." in an
# article that says he "was shot to death last Oct. 23": the evening of that day, not of the paper's)
CLOCK_ALONE = re.compile(
    r"^(?:(?:about|around|approximately|at|shortly|just|before|after)\s+)*"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|\d{1,2}(?::\d{2})?(?:\s*o['’]clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
    r"|noon|midday|midnight)(?:\s*\(?[A-Z]{2,4}\)?)?$", re.IGNORECASE)

# the words for one agreement between parties: an article tells its deal by several of them ("the accord, which was
# announced Friday" / "officials hailed the transaction"; "an Aug. 10, 1988, stock purchase agreement" / "That accord
# also called for"), so a definite one names the deal another dates. Not a bid, offer or proposal (a rival's "own bid"
# is another one) nor the merger or takeover it agrees to (to come)
DEAL_NOUNS = {"deal", "accord", "agreement", "pact", "transaction"}
DEAL_MAKING_LEMMAS = {"announce", "unveil", "disclose", "sign", "reach", "strike", "seal", "conclude", "agree"}
DAY_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")  # "Friday night", "Tuesday at 10 a.m.": a time of a named day
SENSES = 3  # a word's most frequent senses that count ("shooting" is *shoot*'s third; the clusters count five)


def one_action(verb: str, noun: str) -> bool:
    """Whether a noun can name the verb's action in their most frequent senses (*invasion* / *invade*,
    *shooting* / *shoot*)."""
    return bool(action_keys(verb, "v", SENSES) & action_keys(noun, "n", SENSES))


@dataclass(frozen=True)
class Mention:
    """A dated mention of a happening: its lemma, whether a noun, the names it is told with, its date."""

    lemma: str
    noun: bool
    names: frozenset[str]
    definite: bool
    dating: Dating
    means: str = ""  # "bomb" for "the Aug. 7 bombings" and for "a car bomb attack" (``means_of``)


class NamedHappenings:
    """The dated mentions of happenings in one document, and the date they give another mention."""

    def __init__(self, doc: Doc, timexes: list[TimexRow], published: str) -> None:
        self.mentions: list[Mention] = []
        self.statements: list[Mention] = []  # reporting nouns with their day ("Unisys Corp.'s announcement Friday")
        # past verbs of one day given by their own time expression, anywhere in the document ("Slepian was killed
        # on the night of Oct. 23"): read from the expressions, so a noun before them can take their day
        self.dated_verbs: list[Mention] = []
        # what a one-day statement or decision made known it would do ("Apple Inc. announced Friday that it will
        # give owners … a free case"): its subject's names, the verbs of its clause, its day
        self.made_known: list[tuple[frozenset[str], frozenset[str], Dating]] = []
        for timex in timexes:
            if not _calendar_day_or_more(timex, published):
                continue
            span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
            if span is None:
                continue
            verb = _day_of_a_verb(span, timex)
            if verb is not None:
                self.dated_verbs.append(Mention(verb.lemma_.lower(), False, _verb_names(verb, span), True,
                                                (timex["date_start"], timex["date_end"], "narrative",
                                                 timex["timex_id"])))
            deal = _deal_made(dated_in_its_clause(span)) if timex["date_start"] == timex["date_end"] else None
            if deal is not None:  # "the accord, which was announced Friday": the deal is Friday's news
                self.mentions.append(Mention(deal.lemma_.lower(), True, _names(deal, span), _definite(deal),
                                             (timex["date_start"], timex["date_end"], "narrative", timex["timex_id"])))
            known = _made_known(span, timex)
            if known is not None:
                self.made_known.append((*known, (timex["date_start"], timex["date_end"], "narrative",
                                                 timex["timex_id"])))
            said = _statement_noun(span)
            if said is not None:
                self.statements.append(Mention(said.lemma_.lower(), True, _names(said, span), _definite(said),
                                               (timex["date_start"], timex["date_end"], "narrative",
                                                timex["timex_id"])))
            noun = named_noun(span)
            if noun is not None:
                from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this

                if event_noun(noun) or noun.lemma_.lower() in GATHERING_NOUNS:  # "a Wednesday media event"
                    self.mentions.append(Mention(noun.lemma_.lower(), True, _names(noun, span), _definite(noun),
                                                 (timex["date_start"], timex["date_end"], "narrative",
                                                  timex["timex_id"]), means_of(noun)))

    def told(self, trigger: Token, dating: Dating, names: set[str]) -> None:
        """A verb dated by its own time expression ("Iraq invaded Kuwait on Aug. 2") names its happening; one
        of being at a gathering names the gathering's too ("Castro attended a rally Thursday": the rally was
        Thursday's, so "After the rally, state television showed …" is on or after it), and so does a verb of one
        day told at or during a gathering ("Yesterday, at … the Worldwide Developers Conference, Jobs unveiled":
        the conference of that day is the scene of "While introducing iPhone 4, at the annual conference")."""
        if dating[2] != "timex" or not dating[0] or not dating[1] or trigger.pos_ != "VERB":
            return
        if _can_recur(trigger):
            self.mentions.append(Mention(trigger.lemma_.lower(), False, frozenset(names), True,
                                         (dating[0], dating[1], "narrative", dating[3])))
        if dating[0] != dating[1]:
            return
        from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this

        gatherings = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
            if trigger.lemma_.lower() in ATTENDING_LEMMAS else []
        # "Yesterday, at this year's Apple Worldwide Developers Conference, … Jobs unveiled": the scene's day
        gatherings += scene_nouns(trigger, ("NOUN", "PROPN"))
        for noun in (n for n in gatherings if event_noun(n) or n.lemma_.lower() in GATHERING_NOUNS):
            self.mentions.append(Mention(noun.lemma_.lower(), True, _names(noun, noun.doc[noun.i:noun.i]),
                                         True, (dating[0], dating[1], "narrative", dating[3])))

    def date_of(self, trigger: Token, names: set[str]) -> Dating | None:
        """The date of the same happening named elsewhere with its date, or None (none, or several dates)."""
        if trigger.pos_ != "VERB" or not _can_recur(trigger) or _of_a_new_one(trigger):
            return None
        lemma = trigger.lemma_.lower()
        found = {m.dating[:2]: m.dating for m in self.mentions + self.dated_verbs if _same(m, lemma, names)}
        if _makes_a_deal(trigger):  # "agreed in principle to form a new company" / "an accord signed yesterday"
            found.update({m.dating[:2]: m.dating for m in self.mentions if m.noun and m.lemma in DEAL_NOUNS
                          and _shares_or_names_none(m, names)})
        return _the_one_date(found)


    def noun_date(self, noun: Token, named_alike: bool = False) -> Dating | None:
        """The date of the happening an undated event noun names ("in the weeks before the shooting", "after
        the vote"), told elsewhere with its date ("the Oct. 23 shooting", "voted on Monday"): a definite noun,
        a mention of the same action sharing its names or, naming nobody, definite itself; None otherwise
        (none, or several dates). ``named_alike``: a noun that names someone ("the INS's decision") is the
        happening of a mention that names nobody ("Thursday's decision", the court's) only for a bound, not
        for its day, so with it such a mention does not count."""
        if noun.pos_ != "NOUN" or not _definite(noun):
            return None
        lemma, names, means = noun.lemma_.lower(), set(_names(noun, noun.doc[noun.i:noun.i])), means_of(noun)
        known = self.mentions + self.dated_verbs if named_alike else self.mentions
        found = {m.dating[:2]: m.dating for m in known if _same_noun(m, lemma, names, means)
                 and not (named_alike and names and not m.names)}
        return _the_one_date(found)

    def statement_date(self, speakers: list[set[str]]) -> Dating | None:
        """The day of a statement named by a reporting noun with its day ("Unisys Corp.'s announcement
        Friday") told with one of ``speakers`` (the names of the undated statement's speaker, one set per way
        it is named), when all such nouns give one day; None otherwise. Names meet without their final stop and
        without a firm's suffix ("Unisys Corp.'s announcement" / "Unisys said", whose actor key is "corp"): a
        suffix names no firm, so "Kellogg Co." and "Unisys Corp." never meet by it (AL#43). A speaker's names
        and the noun's meet where one holds all the other's, not by any one word: "Bank of New York said" is
        not "the New York Fed's announcement Friday"."""
        named = [n for n in (_undotted(names) - FIRM_SUFFIXES for names in speakers) if n]
        if not named:
            return None
        found = {m.dating[:2]: m.dating for m in self.statements
                 if (told := _undotted(m.names) - FIRM_SUFFIXES) and any(n <= told or told <= n for n in named)}
        return next(iter(found.values())) if len(found) == 1 else None

    def day_made_known(self, noun: Token) -> Dating | None:
        """The day a noun of resolve with its infinitive ("Apple's move to give away free cases", "the decision to
        cut 500 jobs") was made known: a one-day statement or decision whose clause holds the same verb ("Apple
        Inc. announced Friday that it will give owners … a free case"), by someone the noun names (any, where it
        names no one) — where all such give one day; None otherwise."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in RESOLVE_NOUNS:
            return None
        acts = {c.lemma_.lower() for c in noun.children if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}
        if not acts:
            return None
        names = frozenset(t.lower_ for c in noun.children if c.dep_ == "poss" for t in c.subtree if t.pos_ == "PROPN")
        found = {dating[:2]: dating for who, verbs, dating in self.made_known
                 if verbs & acts and (not names or _share_a_name(who, names))}
        return next(iter(found.values())) if len(found) == 1 else None

    def announcement_day(self, published: str) -> Dating | None:
        """The one day, up to ``published``, that every reporting noun with a day gives ("Last Friday's
        announcement", "Unisys Corp.'s announcement Friday"), whoever it names: the day of the announcement a
        statement "in announcing" it was made in; None where none, or several days."""
        found = {m.dating[:2]: m.dating for m in self.statements}
        if len(found) != 1:
            return None
        dating = next(iter(found.values()))
        return dating if dating[0] and dating[0] == dating[1] and dating[1] <= published else None

    def news_day(self, published: str) -> Dating | None:
        """The one earlier day the article names its news by ("Last Friday's announcement", "Friday's
        statement" in a Monday paper, naming no speaker): the day the news was given; None where no such noun,
        several days, or the publication day itself."""
        found = {m.dating[:2]: m.dating for m in self.statements if not m.names}
        if len(found) != 1:
            return None
        dating = next(iter(found.values()))
        return dating if dating[1] and dating[1] < published else None


def _makes_a_deal(verb: Token) -> bool:
    """The verb tells a deal made: "agreed to form a new company", "agreed on terms", "signed an accord",
    "reached an agreement" (not "agreed that the plan was sound", an opinion)."""
    if verb.lemma_.lower() == "agree":
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children)
    return verb.lemma_.lower() in DEAL_MAKING_LEMMAS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS for c in verb.children)


def _shares_or_names_none(mention: Mention, names: set[str]) -> bool:
    """A shared name, or a mention that names nobody ("Under an accord signed yesterday, the government … would
    become major shareholders": the deal the article reports, its one dated deal)."""
    if mention.names and names:
        return _share_a_name(mention.names, names)
    return not mention.names


def _the_one_date(found: dict[tuple[str, str], Dating]) -> Dating | None:
    """The date the mentions give one happening: theirs where they give one; the narrowest where it lies within
    every other ("the October slaying" and "was shot to death last Oct. 23": the day tells the month's
    happening more closely); None where they part ("the Oct. 23 slaying" and "the March 2 killing": two)."""
    if len(found) <= 1:
        return next(iter(found.values()), None)
    return next((found[span] for span in found
                 if all(start <= span[0] and span[1] <= end for start, end in found)), None)


def clock_alone(timex: TimexRow | None) -> bool:
    """A time of day written with no day ("at 10 p.m.", "noon"): the day the expressions gave it is only
    their reference day, so it names no happening's day (``CLOCK_ALONE``)."""
    return timex is not None and timex["type"] == "TIME" and CLOCK_ALONE.match((timex["text"] or "").strip()) \
        is not None


def _statement_noun(span: Span) -> Token | None:
    """The reporting noun whose day the expression is: "Unisys Corp.'s announcement Friday", "Friday's
    announcement", "a statement on Tuesday", "a statement issued Tuesday"; None otherwise."""
    root = span.root
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ in NAMING_DEPS | {"npadvmod"} and head.pos_ == "NOUN":
        noun: Token | None = head
    elif root.dep_ == "pobj" and head.lower_ in NAMING_PREPOSITIONS and head.head.pos_ == "NOUN" \
            and head.head.i < head.i:
        noun = head.head
    elif root.dep_ in ("npadvmod", "tmod") and head.dep_ == "acl" and head.lemma_.lower() in STATEMENT_PARTICIPLES \
            and head.head.pos_ == "NOUN":
        noun = head.head
    else:
        noun = None
    if noun is None or not names_a_statement(noun):
        return None
    return noun


def names_a_statement(noun: Token) -> bool:
    """The noun is one of ``REPORTING_NOUNS`` ("announcement", "remarks"), by its lemma or as written."""
    return noun.lemma_.lower() in REPORTING_NOUNS or noun.lower_ in REPORTING_NOUNS


def _one_death(mention: Mention, lemma: str, pos: str, names: set[str] | frozenset[str]) -> bool:
    """Both tell a death and share a name: a person dies once, so "Slepian, 52, was shot with a rifle" and
    "the Oct. 23 slaying of Dr. Barnett Slepian", or "Rabin's murder" and "the November 1995 assassination of
    Rabin", name one happening though WordNet files the words apart (``wordnet.tells_a_death``). Several
    deaths sharing a name (a killer's two victims) give several dates, and the caller then takes none."""
    return _share_a_name(mention.names, names) and tells_a_death(mention.lemma, "n" if mention.noun else "v") and tells_a_death(lemma, pos)


def _same(mention: Mention, lemma: str, names: set[str]) -> bool:
    """The mention names the verb's action and its people: a shared participant, or a definite noun
    naming nobody ("the invasion of Aug. 2"); or both tell one person's death (``_one_death``)."""
    if _one_death(mention, lemma, "v", names):
        return True
    if mention.noun and not one_action(lemma, mention.lemma):
        return False
    if not mention.noun and mention.lemma != lemma:
        return False
    if mention.names and names:
        return bool(mention.names & names)
    return mention.noun and not mention.names and mention.definite


def _same_noun(mention: Mention, lemma: str, names: set[str], means: str = "") -> bool:
    """The mention names the noun's happening: the same noun or one of its action ("the shooting" / "the
    Oct. 23 shooting", "the vote" / "voted on Monday"), or an attack by the same means ("the two bombings" / "a car
    bomb attack on Friday", ``means_of``), with a shared name, or none on either side; or both tell one person's
    death (``_one_death``)."""
    if _one_death(mention, lemma, "n", names):
        return True
    if mention.noun and not (mention.lemma == lemma or {lemma, mention.lemma} <= DEAL_NOUNS
                             or action_keys(lemma, "n", SENSES) & action_keys(mention.lemma, "n", SENSES)
                             or (means and mention.means == means)):
        return False
    if not mention.noun and not one_action(mention.lemma, lemma):
        return False
    if mention.names and names:
        return _share_a_name(mention.names, names)
    return not names or not mention.names


# attacks named by their means: "a car bomb attack", "the rocket attacks", "a gas explosion"
ATTACK_NOUNS = frozenset({"attack", "blast", "explosion", "strike", "raid", "assault"})


def means_of(noun: Token) -> str:
    """The means an attack noun names its happening by: "bomb" for "a car bomb attack" (the word just before an
    attack noun) and for "the bombings" (a gerund's verb), so the two name one happening though WordNet's
    frequent senses of *bombing* and *attack* share no action; "" for any other noun."""
    lemma = noun.lemma_.lower()
    if lemma in ATTACK_NOUNS:
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        return before.lemma_.lower() if before is not None and before.dep_ == "compound" \
            and before.head.i == noun.i else ""
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 5 else ""


def _share_a_name(these: frozenset[str] | set[str], those: frozenset[str] | set[str]) -> bool:
    """Whether two sets of names share one, their final stops aside ("U.S. embassies" / "U.S embassies")."""
    return bool(_undotted(these) & _undotted(those))


def _undotted(names: frozenset[str] | set[str]) -> set[str]:
    """Names without their final full stop: "u.s." and "u.s" (a source's dropped stop) meet."""
    return {name.rstrip(".") for name in names}


def _of_a_new_one(trigger: Token) -> bool:
    """The verb's subject or object is introduced as a new one ("A similar suit was filed", "filed another
    lawsuit"): another happening of the kind, whatever it shares with the one named before."""
    for noun in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN"):
        words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
        if words & NEW_ONE_DETERMINERS or words & NEW_ONE_ADJECTIVES:
            return True
    return False


def _can_recur(trigger: Token) -> bool:
    """A verb that can name one happening again: not a statement, a change in an amount or a light verb."""
    lemma = trigger.lemma_.lower()
    return lemma not in REPORTING_LEMMAS and lemma not in CHANGE_LEMMAS and lemma not in LIGHT_LEMMAS


def _calendar_day_or_more(timex: TimexRow, published: str) -> bool:
    """A day, month or year, closed, not after publication (a past happening's date); or a time of a day the
    expression names ("Slepian was shot in the back on Friday night": "Friday night" is a TIME of Oct. 23), not a
    clock time written alone, which names no day (``clock_alone``)."""
    named_day = timex["type"] == "TIME" and DAY_TIME.match(timex["value"] or "") is not None \
        and timex["date_start"] == timex["date_end"] and not clock_alone(timex)
    return (named_day or (timex["type"] == "DATE" and CALENDAR_VALUE.match(timex["value"] or "") is not None)) \
        and bool(timex["date_start"]) and bool(timex["date_end"]) and (not published or timex["date_end"] <= published)


def _day_of_a_verb(span: Span, timex: TimexRow) -> Token | None:
    """The past verb a one-day expression dates in its own clause ("was killed on Oct. 23", "arrested him
    Thursday"), one that can name a happening again (``_can_recur``) and is not a new one of its kind; None
    otherwise."""
    if timex["date_start"] != timex["date_end"]:
        return None
    head = dated_in_its_clause(span)
    if head is not None and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.pos_ == "VERB":
        # "Slepian was shot in the back on Friday night": the parse hung the day on "back", a place on the body of
        # the verb's own phrase; the day is the verb's
        from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this

        head = head.head.head if not event_noun(head) else head
    if head is None or head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBN") or not _can_recur(head) \
            or _of_a_new_one(head):
        return None
    from explorer.core.extract.events.own_time import a_chosen_time  # own_time imports this module

    # "picked Saturday night as the time to open the dams": the time chosen, not the choosing's
    return None if a_chosen_time(span, head) else head


def _deal_made(verb: Token | None) -> Token | None:
    """The deal a dated verb of making it known or agreeing it names ("the accord, which was announced Friday",
    "new terms of the agreement, announced Friday", "the two firms signed the pact on Monday"), or None."""
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") \
            or verb.lemma_.lower() not in DEAL_MAKING_LEMMAS:
        return None
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        nouns.append(verb.head)
    for noun in nouns:
        if noun.lemma_.lower() == "terms":  # "new terms of the agreement": the agreement's
            noun = next((p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj"), noun)
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in DEAL_NOUNS:
            return noun
    return None


def dated_in_its_clause(span: Span) -> Token | None:
    """The word a time expression dates in its own clause: the head of its "on", "in" or "at" ("was killed on
    Oct. 23"), or its own head when it stands bare ("arrested him Thursday"); None otherwise."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "at"):
        return head.head
    return head if root.dep_ in ("npadvmod", "tmod") else None


def _verb_names(verb: Token, span: Span) -> frozenset[str]:
    """The names told with a verb's subject and object ("Slepian …, was shot to death": slepian), in lower
    case as ``_names``; the date's own words left out."""
    return frozenset(t.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent")
                     for t in c.subtree if t.pos_ == "PROPN" and not span.start <= t.i < span.end)


def named_noun(span: Span) -> Token | None:
    """The noun whose date the expression is ("the Aug. 2 invasion", "the invasion of Aug. 2", "Monday's
    vote"), or None."""
    root = span.root
    head = root.head
    if head.i != root.i and root.dep_ in NAMING_DEPS and head.pos_ == "NOUN":
        return head
    if root.dep_ == "pobj" and head.lower_ in NAMING_PREPOSITIONS and head.head.pos_ == "NOUN" \
            and head.head.i < head.i:
        return head.head
    return None


def _names(noun: Token, span: Span) -> frozenset[str]:
    """The names told with a noun ("Iraq's invasion of Kuwait": iraq, kuwait), each word in lower case, to
    meet the last word by which ``dating.actor_key`` keys a mention; the date's own words left out, and any
    day or time the parse's entities mark ("Last Friday's announcement": Friday names no one)."""
    return frozenset(t.lower_ for t in noun.subtree if t.pos_ == "PROPN" and not span.start <= t.i < span.end
                     and t.ent_type_ not in ("DATE", "TIME"))


def _definite(noun: Token) -> bool:
    """"the invasion", "its acquisition", "Iraq's invasion": a happening the reader knows of. A "the" that the
    parse hung on the noun's compound counts too ("the embassy bombings _ and that …": the dash made the
    parse take "the" for "embassy"; 'The "Back to the Mac" event': the quote made it take "the" for "Back")."""
    return any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in noun.children) \
        or any(c.dep_ in ("compound", "nmod") and c.i < noun.i and any(g.dep_ == "det" and g.lower_ in DEFINITE
                                                              for g in c.children) for c in noun.children)


# nouns of a resolve made known, with the act resolved on: "Apple's move to give away free cases"
RESOLVE_NOUNS = frozenset({"move", "decision", "step", "plan", "pledge", "promise", "commitment", "offer", "bid",
                           "effort", "attempt", "vow"})
# verbs that make such a resolve known, or take it
RESOLVING_LEMMAS = REPORTING_LEMMAS | {"decide", "agree", "vote", "plan", "pledge", "promise", "offer", "propose"}


def _made_known(span: Span, timex: TimexRow) -> tuple[frozenset[str], frozenset[str]] | None:
    """The names of the subject and the verbs of the clause a one-day statement or decision dated in its own clause
    made known ("announced Friday that it will give owners … a free case": apple, inc. / give), or None."""
    if timex["date_start"] != timex["date_end"]:
        return None
    verb = dated_in_its_clause(span)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.lemma_.lower() not in RESOLVING_LEMMAS:
        return None
    verbs = frozenset(t.lemma_.lower() for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                      for t in c.subtree if t.pos_ == "VERB")
    names = frozenset(t.lower_ for c in verb.children if c.dep_ == "nsubj" for t in c.subtree if t.pos_ == "PROPN")
    return (names, verbs) if verbs else None
