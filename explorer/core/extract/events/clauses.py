"""Which clause a word is in: the walks up the parse that the dating steps share.

A time dates an event only from the event's own clause (``own_time``), and the steps ask the same few questions of
the parse on the way: does a word head another clause (``heads_another_clause``); does a token hang from the trigger
without crossing into one (``in_clause_of``: a frame's verb, a coordinated verb without a subject of its own and a
clause of the same moment share the trigger's); which child of the trigger holds it (``branch_to``); does a verb
have a subject, turn to the present after a past one, or open a condition or another time (``subordinate``). They
read the parse only, no words of time.
"""

from __future__ import annotations

from spacy.tokens import Token


# a dependent leaving one of these is the head of another clause than the trigger's
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj", "pcomp"}
CONDITION_MARKS = {"if", "unless", "whether"}
# a clause telling a time apart from the story's; in the present tense, one still to come ("until they certify")
OTHER_TIME_MARKS = {"after", "before", "until", "till", "once"}
# a clause at the same time as the verb it hangs from ("began early Friday morning, as thousands marched")
SIMULTANEOUS_MARKS = {"as", "while", "when"}
# a clause hanging from a noun or a preposition tells of a participant or a circumstance, not the report
SUBORDINATE_DEPS = {"relcl", "acl", "pcomp", "advcl", "csubj", "csubjpass"}


def subordinate(trigger: Token) -> str:
    """``"condition"`` for a clause of condition ("if they are held in contempt"), ``"other time"`` for one
    telling a time apart from the story's ("after Bush announced …"), ``"clause"`` for another clause that
    is not the report's own (a relative clause, "because …"), else ""."""
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if marks & CONDITION_MARKS:
        return "condition"
    if marks & OTHER_TIME_MARKS:
        return "other time"
    return "clause" if marks or trigger.dep_ in SUBORDINATE_DEPS else ""


def branch_to(token: Token, trigger: Token) -> Token | None:
    """The trigger's child whose subtree holds ``token`` (the phrase or clause it is written in), or None where
    ``token`` does not hang from the trigger."""
    node = token
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
    return node if node.head.i == trigger.i and node.i != trigger.i else None


def path_up(token: Token, top: Token) -> list[Token]:
    """The words from ``token`` up to ``top`` (``top`` left out)."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


# how a time hangs on a noun it describes: "last year's efforts", "third-quarter profit", "the 1955 Oscars"
NOUN_MODIFIER_DEPS = ("poss", "compound", "nmod", "amod", "nummod")


def in_clause_of(token: Token, trigger: Token, shared: bool = True) -> bool:
    """Whether ``token`` hangs from the trigger without crossing into another clause.

    A frame's clause is its framed verb's ("In May he plans to visit": May dates *visit*), and a
    coordinated verb without a subject of its own shares the first one's ("said on Wednesday … and
    called for": Wednesday dates *called*) unless ``shared`` is False.
    """
    frames = {trigger.i}
    verb = trigger
    while verb.head.i != verb.i and (verb.dep_ == "xcomp" or (
            shared and verb.dep_ == "conj" and not has_subject(verb) and not turns_present(verb))):
        verb = verb.head
        frames.add(verb.i)
    if _simultaneous(verb):
        frames.add(verb.head.i)
    node = token
    while node.i not in frames:
        if node.head.i == node.i or (heads_another_clause(node) and not (
                _simultaneous(node) and node.head.i in frames)):
            return False
        node = node.head
    return True


def turns_present(verb: Token) -> bool:
    """A coordinated verb told in the present after a past one ("arrived over the weekend … and is being
    analyzed, FBI officials said Monday"): the state goes on at the time of telling, so the past verb's time
    ("over the weekend") is not its own, though it shares the subject."""
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.head.tag_ == "VBD" and any(t.tag_ in ("VBZ", "VBP") for t in finite)


def _simultaneous(verb: Token) -> bool:
    """A clause with a subject of its own at the time of the verb it hangs from ("began early Friday morning,
    as thousands marched", "was arrested when he landed in Paris on Monday"): either's time is the other's."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"
                                                                      and c.i < verb.i)}  # "when" parsed as advmod
    return (verb.dep_ == "advcl" and bool(marks & SIMULTANEOUS_MARKS) and has_subject(verb)
            and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i)


def modifies(token: Token, trigger: Token) -> bool:
    """The expression hangs from the trigger itself, or through one preposition ("recently announced",
    "in the past said"), or from the trigger's predicate adjective ("had become routine over the past
    decade": the stretch is the becoming's): "now" or "the near term" deeper down ("the challenges of the
    near term") say nothing of when the event happened."""
    head = token.head
    if head.dep_ == "prep" and head.head.dep_ == "acomp" and head.head.head.i == trigger.i:
        return True
    return head.i == trigger.i or (head.dep_ == "prep" and head.head.i == trigger.i)


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def heads_another_clause(token: Token) -> bool:
    """A verb heading a clause with a time of its own: a participle without subject or marker
    ("was found clinging … Nov. 25", "sought to soften …, saying on Friday") shares its head's."""
    if token.dep_ not in CLAUSE_DEPS or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN"):
        return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    return True
