"""What a verb tells that is no happening of a day, so the text gives it no date.

"hadn't led to a board directorship", "would go … if U.S. authorities promised", "calls for Apple to let …", "They
have to continue to tighten their belts", "does not want to see Kenya punished", "a ruling that prevents the removal
of Elian", "Consider the case of …", "the risk that the talks collapse", "alternatives, including a merger", "is often
used": told as not done, on a condition, asked for, required, unwanted, kept from happening, advised, only possible,
one choice among others, or a habit, it did not happen on the report's day nor on any other. Where no time of its
own dates it, ``dating`` gives such an event ``none``; ``acted_on.judged_before`` does so for a happening noun asked
for, only possible or prevented.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import CONDITION_MARKS, has_subject, modifies
from explorer.core.extract.events.date_rules import REPORTING_LEMMAS
from explorer.core.extract.events.noun_times import a_happening
from explorer.core.extract.nlp import doc_text
from explorer.core.model import TimexRow


OBLIGATION_LEMMAS = {"have", "need"}  # "have to continue to tighten", "needs to raise": what must be done, no day
# "calls for Apple to let …", "demands for him to resign": what is asked for
REQUEST_LEMMAS = {"call", "demand", "request", "appeal", "plea", "ask", "urge", "pressure"}
# verbs of acting against something ("protest against", "campaign against", "lobby against"), which may be still to come
OPPOSING_LEMMAS = frozenset({"protest", "campaign", "demonstrate", "rally", "lobby", "march", "fight", "argue", "vote",
                             "petition", "speak", "warn"})
# a present tense told as a habit or a general truth: no day of its own ("is often used", "usually trades")
HABIT_ADVERBS = {"often", "usually", "always", "typically", "generally", "frequently", "sometimes", "rarely",
                 "seldom", "normally", "routinely", "regularly", "traditionally", "customarily", "commonly",
                 "occasionally", "invariably", "habitually", "repeatedly", "constantly", "perennially"}
HABIT_PHRASE = re.compile(r"\b(?:time and (?:time )?again|again and again|over and over|time after time|"
                          r"more often than not|as a rule)\b", re.IGNORECASE)


NO_ONE = {"nobody", "nothing", "none", "no-one", "noone"}  # a subject or object that names none


def negated(trigger: Token, tense: str) -> bool:
    """"hadn't led to a board directorship", "never arrived", "no amphibious assault had begun", "gave no
    details": told as not having happened, so there is no day of it (a time of its own still dates it: "did not
    fare well in 1990"). So is a subject or object that names no one and nothing ("Neither Equus nor Tony Lama
    gave a reason", "Neither company disclosed the terms", "Nobody was hurt", "said nothing")."""
    if any(c.dep_ == "neg" for c in trigger.children) or any(
            (c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.lower_ != "longer"))
            and any(n.dep_ == "neg" for n in c.children) for c in trigger.children):
        # "were not yet approved": the parse may hang "not" on the auxiliary; "never before has NATO reached out"
        # (BS#32, wrong: given the year of the enlargements listed before) on the adverb
        return True
    if trigger.dep_ == "conj" and has_subject(trigger) and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < trigger.i
                                                                 for c in [*trigger.head.children, *trigger.children]):
        return True  # "It hasn't diversified beyond steel, nor has it linked up with a partner" (CL#38)
    if tense == "future" and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "go" \
            and any(c.dep_ == "neg" for c in trigger.head.children):
        return True  # "They are not going to buy me" (CG#25): a refusal, the parse's "not" on "going"
    if tense == "future" and any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in
                                                                                   c.children)
                                 for c in trigger.children):
        return True  # "would no longer become … a victim" (AI#30): what is to stop, no happening of a day (in the
        # present, "no longer has ties", a state of the report's day)
    # "no" on the object of a past verb: nothing was given; in the present "has no plans" is a state of the report's day
    roles = ("nsubj", "nsubjpass", "dobj") if tense == "past" else ("nsubj", "nsubjpass")
    return any(c.dep_ in roles and _names_none(c) for c in trigger.children)


def _names_none(noun: Token) -> bool:
    """A noun phrase that names no one: "no one", "neither company", "neither X nor Y", "nobody", "nothing"."""
    return noun.lower_ in NO_ONE or any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                                        for d in noun.children)


def habitual(sentence: Span, trigger: Token, tense: str, timexes: list[TimexRow]) -> bool:
    """A present tense told as a habit or a general truth ("is often used in arbitrage strategies", "Time
    and again, he endures", "march each July"): no happening of the report's day, so no day (a statement,
    "says", is still the report's; a rate, "one million visitors per week", tells of its noun)."""
    if tense != "present" or trigger.lemma_.lower() in REPORTING_LEMMAS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in trigger.children):
        return True
    clause = doc_text(sentence.doc)[sentence.start_char:trigger.idx + len(trigger.text)]
    if HABIT_PHRASE.search(clause):
        return True
    for timex in timexes:
        if timex["type"] != "SET" or not sentence.start_char <= timex["start"] < sentence.end_char:
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and modifies(span.root, trigger) and span[0].lower_ != "per":
            return True
    return False


def describes(trigger: Token) -> bool:
    """A verb form that describes rather than happens: "compared with" an amount, an "-ing" adjective ("Provigo's controlling
    shareholder"), what an adjective is capable of ("armies capable of meeting contingencies"), or half
    of a hyphenated adjective ("laid-back")."""
    if trigger.i + 1 < len(trigger.doc) and trigger.nbor(1).tag_ == "HYPH" and trigger.dep_ != "ROOT":
        return True  # "Tanzania's laid-back capital": half of an adjective
    if trigger.lemma_.lower() == "compare" and trigger.tag_ == "VBN" and trigger.dep_ != "ROOT" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children):
        return True  # "was down 6%, compared with 5.9%": a comparison, as "than" is, not a happening
    if trigger.tag_ != "VBG":
        return False
    return trigger.dep_ == "amod" or (trigger.dep_ == "pcomp" and trigger.head.head.pos_ == "ADJ")


ORDERING_LEMMAS = {"follow", "precede"}  # "The GM move follows Tuesday's declaration by Ford"


def orders_two_happenings(trigger: Token, tense: str) -> bool:
    """"The GM move follows Tuesday's declaration by Ford", "The warning … follows two decisions … last June": told in
    the present, "follows" puts one happening after another and is no happening of its own (judged not datable, or
    wrong when its object's time dated it: CL#30, CE#22, CM#25). Its subject is the happening, dated on its own. Not
    the past ("A steep rise in oil prices followed the invasion": the rise, told as it came) nor one who follows
    another ("The daytime talk show host follows Seth MacFarlane": a subject that is no happening)."""
    if tense != "present" or trigger.lemma_.lower() not in ORDERING_LEMMAS or trigger.tag_ not in ("VBZ", "VBP"):
        return False
    from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this

    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and (a_happening(s) or event_noun(s)) for s in subjects) and any(
        c.dep_ == "dobj" for c in trigger.children)


def intended(trigger: Token) -> bool:
    """"The plan is for him to stay", "calls for Apple to let …": what someone intends or asks for, still to come."""
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    return "for" in marks and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def ordered(trigger: Token, tense: str) -> bool:
    """An order or an appeal ("Listen to them", '"All Iraqis, fight them …, and all struggle for everything,"
    Saddam said'): a bare verb with neither subject nor auxiliary heading a sentence or a quotation, and
    the verbs joined to it, tell what should happen, not a happening of a day."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "fight them … and all struggle": the appeal's first verb
    return tense == "present" and verb.tag_ == "VB" and verb.dep_ in ("ROOT", "ccomp") \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "expl", "nsubjpass") or (c.dep_ == "nsubj" and not _called(c))
                    for c in verb.children) \
        and (verb.dep_ == "ROOT" or verb.i < verb.head.i)


PROMPTING_LEMMAS = {"prompt", "lead", "force", "push", "encourage", "spur", "drive", "compel", "urge", "persuade",
                    "inspire", "move", "cause"}


def prompted_to(trigger: Token) -> bool:
    """"… growth to more than 300,000 last year, prompting the government to improve roads" (BT#22, too precise: the
    publication day): what someone is prompted, urged or forced to do is no happening the text tells done."""
    head = trigger.head
    return trigger.tag_ == "VB" and trigger.dep_ in ("xcomp", "ccomp") and head.i != trigger.i \
        and head.lemma_.lower() in PROMPTING_LEMMAS and any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children) \
        and any(c.dep_ == "dobj" for c in head.children)


# "need to", "have to": what must be done, as "must" is (``perfect_aspect`` reads "must" as modal, no happening)
OBLIGING_LEMMAS = {"need", "have"}


def an_obligation(trigger: Token, tense: str) -> bool:
    """"Austria and Hungary need to strengthen their cooperation", "There have to be conditions": a present "need
    to" / "have to" tells what should be, like "must strengthen", not a happening of the day it is said (AO#9, AP#4
    were judged not datable); so does a future one ("will need to ask a court to resolve this dispute", BS#23). The
    past ("had to pay") tells what was done; "needs money" is a state, left."""
    return tense in ("present", "future") and trigger.lemma_.lower() in OBLIGING_LEMMAS \
        and trigger.tag_ in ("VBZ", "VBP", "VB") \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                for c in trigger.children)


QUOTES = {'"', "``", "''", "“", "”"}


def _called(noun: Token) -> bool:
    """Who an appeal is made to, set off by a comma before its verb ("All Iraqis, fight them"), not a subject."""
    last, verb = noun.right_edge.i, noun.head
    between = [t.text for t in noun.doc[last:verb.i]]
    return noun.i < verb.i and "," in between[:2] and not any(t in QUOTES for t in between)  # not 'bars, "make …'


def hypothetical(trigger: Token, tense: str) -> bool:
    """What would happen on a condition ("he would go get his son alone if U.S. authorities promised …", "If
    the child is sent back …, all hell is going to break loose": the condition on the frame counts too), what
    is asked for ("calls for Apple to let the iPhone be used …") or what someone has to do ("They have to
    continue to tighten their belts"; the modal "one need look no farther than …", "you need not worry"): not a
    happening on a day."""
    frames = [trigger]
    while frames[-1].dep_ == "xcomp" and frames[-1].head.i != frames[-1].i:
        frames.append(frames[-1].head)
    conditional = any(c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & CONDITION_MARKS
                      for verb in frames for c in verb.children)
    obliged = any(verb.lemma_.lower() in OBLIGATION_LEMMAS and verb.tag_ in ("VBP", "VBZ") for verb in frames[1:]) \
        or any(c.dep_ == "aux" and c.lemma_.lower() == "need" for c in trigger.children)  # "one need look no farther"
    asked = intended(trigger) and trigger.head.lemma_.lower() in REQUEST_LEMMAS
    return (conditional and tense != "past") or asked or obliged


DESIRE_LEMMAS = {"want", "wish", "hope", "like", "intend", "plan"}  # not "mean": "did not mean to offend" may have offended
# what is not expected to happen is, as what is not wanted, told as not to come ("aren't expected to hurt", AM#24)
NOT_TO_COME_LEMMAS = DESIRE_LEMMAS | {"expect", "anticipate", "foresee"}


def not_wanted(trigger: Token) -> bool:
    """What someone does not want, wish, plan or expect to happen ("which does not want to see Kenya and Tanzania
    punished", "They don't want to play with us", "the 'bugs' aren't expected to hurt Intel", AM#24): a verb framed
    (through "to" infinitives) by a negated wish or expectation tells what was not to happen, no happening of a
    day — not a future after publication, as a wish's object would otherwise be. (An infinitive after "refused
    to" is not an event of its own in the parse.)"""
    frame = trigger
    while frame.dep_ == "xcomp" and frame.head.i != frame.i and frame.head.pos_ in ("VERB", "AUX"):
        frame = frame.head
        if frame.lemma_.lower() in NOT_TO_COME_LEMMAS and (any(c.dep_ == "neg" for c in frame.children) or any(
                c.dep_ in ("aux", "auxpass") and any(n.dep_ == "neg" for n in c.children) for c in frame.children)):
            return True
        if frame.lemma_.lower() in NOT_TO_COME_LEMMAS and frame.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in frame.children):
            return True  # "had intended to flee Cuba himself" (CI#34): a plan told in the past perfect, given up
    return False


# what these verbs act on does not happen: "a ruling that prevents the removal of Elian", "blocked the sale",
# "avoided paying" ("stop" and "halt" are left out: "stopped the fighting" tells of a fighting that went on)
PREVENTING_LEMMAS = {"prevent", "bar", "block", "avoid", "avert", "forbid", "prohibit", "preclude", "thwart", "foil"}
# "prevented him from leaving", "kept them from voting": what "from" holds does not happen either
KEEPING_FROM_LEMMAS = PREVENTING_LEMMAS | {"stop", "keep", "restrain", "discourage", "deter"}


def prevented(trigger: Token) -> bool:
    """A happening that its verb's subject prevents, bars, blocks or avoids ("prevents the removal of Elian from the
    country", AM#50; "avoid paying the tax"; "barred him from leaving"): told as kept from happening, so the text
    gives it no day — not the day of the ruling or report that prevents it, nor a bound."""
    head = trigger.head
    if head.i == trigger.i:
        return False
    if trigger.dep_ in ("dobj", "xcomp", "nsubjpass") and head.pos_ == "VERB" \
            and head.lemma_.lower() in PREVENTING_LEMMAS:
        return trigger.dep_ != "nsubjpass" or any(c.dep_ == "auxpass" for c in head.children)  # "the sale was blocked"
    return trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "from" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() in KEEPING_FROM_LEMMAS


FREE_CHOICE_WORDS = {"whatever", "whichever", "whoever", "wherever", "whenever"}


def an_imperative(trigger: Token) -> bool:
    """"Now …, get set for oil prices to fall further" (AO#11), "Consider the case of …": a main verb in the
    imperative with no subject addresses the reader or listener — advice, no happening of a day. Read from the
    sentence's root: no subject, and a bare verb ("consider", "don't expect") or a bare "get"/"be" before a
    participle ("get set", "be warned"); not a question, nor a "to" infinitive (a headline's "Apple to unveil")."""
    root = trigger.sent.root
    if trigger.i != root.i or root.text.endswith("?") or trigger.sent[-1].text == "?":
        return False
    kids = list(root.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return False
    auxiliaries = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if root.tag_ == "VB":  # "Consider …", "Don't expect …" (no subject: "do" is the imperative's own)
        return all(a.lower_ == "do" for a in auxiliaries)
    return root.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].tag_ == "VB" \
        and auxiliaries[0].lower_ in ("get", "be") and auxiliaries[0].i < root.i


def presents_what_follows(trigger: Token) -> bool:
    """"Following are statements made Friday …" (AQ#32), "The following are the latest figures …": a bare
    "following" as the subject of "be" is the text presenting its own next part (a wire story's formula before a
    transcript, a list, a table) — no happening of a day, not a state of the report's day. Only a "following"
    with nothing of its own but an article: "Following orders is …" (a gerund with an object) is left alone."""
    if trigger.lower_ != "following" or trigger.dep_ not in ("nsubj", "attr") or trigger.head.lemma_ != "be":
        return False
    return all(c.dep_ == "det" for c in trigger.children)


CONDITION_WORDS = {"provided", "providing"}  # "provided (that)" / "providing (that)": "if", "on condition that"
FINITE_TAGS = {"MD", "VBZ", "VBD", "VBP"}
NOUN_PHRASE_POS = {"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "PART"}  # PART: the possessive "'s"


def a_condition_word(trigger: Token) -> bool:
    """"willing to withdraw from southern Lebanon provided Israel's northern frontier could be secured" (AQ#47):
    "provided"/"providing" used as the conjunction "if" opens a condition — no providing happened. Read from the
    surface, since the parse makes the word a verb of its own: no subject, auxiliary or "as" of its own, and right
    after it "that" or a noun phrase followed by a finite verb (the condition's clause). "Slepian provided legal
    abortions", "has provided vessels", "as provided for under the law" and "providing a service" stay events."""
    if trigger.lower_ not in CONDITION_WORDS or trigger.dep_ in ("acl", "amod", "relcl", "conj"):
        return False  # "… and provided food": a verb sharing the subject before it
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in trigger.children):
        return False
    after = trigger.doc[trigger.i + 1:trigger.sent.end]
    if len(after) and after[0].lower_ == "that":
        return True
    nouns = False
    for n, token in enumerate(after):
        if token.tag_ in FINITE_TAGS:
            return n > 0  # a noun phrase stood between: "provided Israel's frontier could …"
        if token.pos_ not in NOUN_PHRASE_POS or (nouns and token.pos_ in ("DET", "PRON")):
            return False  # a second noun phrase: "provided the food the city needed" (its object's relative)
        nouns = nouns or token.pos_ in ("NOUN", "PROPN")
    return False


def free_choice(trigger: Token, tense: str) -> bool:
    """A present or future verb of a free-choice clause ("Whatever capital it needs …, that capital will be
    injected", AK#25; "should go wherever that parent wants"): it tells of any case that may come, no happening of
    a day — not a state of the report's day. A past one ("did whatever he asked") is left to the other rules."""
    return tense != "past" and any(
        c.lower_ in FREE_CHOICE_WORDS or (c.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ in FREE_CHOICE_WORDS for d in c.children)) for c in trigger.children)


# a view or a stance a condition is told in ("sees no hope … until sanctions force Saddam to withdraw", AM#21)
VIEW_LEMMAS = {"see", "expect", "believe", "think", "hope", "doubt", "fear", "predict", "forecast", "anticipate"}


def a_condition(trigger: Token, tense: str) -> bool:
    """The verb of an "until" clause, in the present or future, that hangs from a view ("sees no short-term hope
    for a diplomatic solution … at least until economic sanctions force Saddam to withdraw", AM#21; "believes
    the talks will fail until …"): a condition of the view, not a happening told to come, so the text gives it
    no day (not "on or after publication"). "until" after a statement of what will or will not be done ("will not
    lift the sanctions until the inspectors certify", "the troops will remain until Iraq complies") is left a
    future still to come, as before; "if" and "unless" clauses give no event in ``find``."""
    if tense == "past" or trigger.dep_ != "advcl" or trigger.head.i == trigger.i \
            or not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in trigger.children):
        return False
    head = trigger.head
    return head.lemma_.lower() in VIEW_LEMMAS


def a_participle_of_a_noun(trigger: Token) -> bool:
    """A past participle that only qualifies a noun ("the amended pact", "Navigation Mixte's 1989 unconsolidated
    … profit", AI#50: the parse hangs the possessive on the participle): it tells what the thing is, no happening
    of the day its noun is dated by. A participle with an auxiliary, a subject or an object of its own is a verb."""
    if trigger.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "agent")
                                    for c in trigger.children):
        return False
    # "The Argus quoted immigration official …": right after a name, the name's verb misread as an adjective
    after_a_name = trigger.i > 0 and trigger.nbor(-1).pos_ == "PROPN"
    return (trigger.dep_ == "amod" and not after_a_name) or any(c.dep_ == "poss" for c in trigger.children)


POSSIBLE_WORDS = {"possible", "potential", "prospective", "proposed", "contemplated", "hypothetical", "would-be"}


def only_possible(trigger: Token) -> bool:
    """A happening noun told as only possible or proposed ("approached for a possible acquisition", "a potential
    merger", "the proposed sale"): what might come, not a happening of a day — not the day of the report that
    names it. ("planned" is left alone: a plan has the later time it is set for.)"""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in POSSIBLE_WORDS for c in trigger.children)


def of_what_is_asked_for(span: Span, trigger: Token) -> bool:
    """"Conseco is calling for the redemption on Dec. 7 of all the … shares" (BN#35): a time right after the
    happening a verb of asking calls "for" is that happening's ("the redemption on Dec. 7"), however the parse hangs
    it; the asking is told at its own time (here, now)."""
    if trigger.lemma_.lower() not in REQUEST_LEMMAS or span.start < 2:
        return False
    doc = span.doc
    prep = doc[span.start - 1] if doc[span.start - 1].lower_ in ("on", "in", "at", "by", "for", "next", "this") \
        else None
    noun = doc[span.start - 2] if prep is not None and prep.pos_ == "ADP" else doc[span.start - 1]
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.i == trigger.i and a_happening(noun)


def asked_for(trigger: Token) -> bool:
    """A happening noun that names what is asked for ("the U.S.'s demand for Laden's extradition", "calls for a
    ceasefire", "demanded the extradition of …"): a demand, request or appeal tells that it had not happened when
    asked, and not that it happened since, so the text gives it no day. So does what is opposed or protested
    against ("opposed the merger", "protesting against the repatriation of Elian Gonzalez")."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in REQUEST_LEMMAS
    if trigger.dep_ == "pobj" and head.lower_ == "against":
        # "Cuban exiles protesting in Miami against the repatriation of Elian Gonzalez" (EN#3, wrong at the
        # publication day: the return was ordered "by Jan. 14"): what is protested against may be still to come
        return head.head.lemma_.lower() in OPPOSING_LEMMAS
    return trigger.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in {"demand", "request", "oppose"}


def an_infinitive_of_a_word(trigger: Token, tense: str) -> bool:
    """A "to" infinitive that completes a noun ("Iraq's proposal to open its sites", "Sony's effort to hire"), an
    adjective ("was ready to withdraw", "is necessary to dispel") or a copula ("One problem was how to deal with the
    Russians", "Apple's response was first to recommend holding the phone", "is to resolve the case"): it names what
    was proposed, tried, possible or judged, in no tense of its own, so the text gives it no day — not the
    report's, as a present verb's would be. Not an infinitive framed by a verb ("continues to face", "is trying
    to woo": the frame's time is its own) nor one of purpose ("are here to witness"). A noun's "for … to"
    ("This is clearly an opportunity for Cuba to look good internationally", EL#26 and AF#43: not datable, dated
    on or after publication as what is intended) is alike: the noun's content, not a plan told to come."""
    if (tense != "present" and not intended(trigger)) or trigger.tag_ != "VB" or trigger.head.i == trigger.i:
        return False
    if [c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")][:1] != ["to"]:
        return False
    head = trigger.head
    return (trigger.dep_ in ("acl", "advcl") and head.pos_ == "NOUN") or (trigger.dep_ == "xcomp" and (
        head.pos_ == "ADJ" or (head.lemma_ == "be" and head.pos_ == "AUX")))


POSSIBILITY_NOUNS = {"risk", "possibility", "chance", "danger", "prospect", "likelihood", "threat", "fear", "scenario"}
OPTION_NOUNS = {"alternative", "option", "choice", "possibility", "scenario"}
OPTION_PATH = {"conj", "pobj", "prep", "appos", "dobj", "compound", "amod", "nmod"}  # "alternatives, including a merger"


def a_possibility(trigger: Token, tense: str) -> bool:
    """What a noun of possibility holds ("the risk that the Pope's visit will persuade … Cubans to break loose",
    "the possibility that the talks collapse"): a future or present told as what may come, no happening of a day
    (a past one, "the possibility that he had lied", is left to the other rules)."""
    verb = trigger
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return tense != "past" and verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" \
        and verb.head.lemma_.lower() in POSSIBILITY_NOUNS and verb.head.i < verb.i


def an_option(trigger: Token) -> bool:
    """A happening named among options to be weighed ("the evaluation of … alternatives, including debt
    refinancing, raising capital, recapitalization, a merger or sale of the company", "merger alternatives"):
    one of the choices, not a happening of any day. Read up the list to its noun, through nouns and "-ing" forms
    only (a finite verb on the way tells a clause of its own)."""
    token = trigger
    for _ in range(12):
        if token.dep_ not in OPTION_PATH or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in OPTION_NOUNS:
            return True
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "VBG":
            return False
    return False
