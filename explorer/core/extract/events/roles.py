"""Who did what to whom: an event's agents and patients, read from the dependency parse.

Each entity mention is followed up the parse from its head token, through its
noun phrase (compounds, possessives, "of"/"from" phrases, coordination,
appositions, reduced relatives such as "led by X"), until it reaches a verb of
the trigger's clause. The link that arrives there names the role: a subject or
a "by" agent is an agent; an object, a prepositional object, a passive subject,
an attribute is a patient. Verbs that share the trigger's subject through
"xcomp" ("is set to visit", "urged partners to de-risk") count as the trigger's
own; verbs conjoined with it, and for a reporting trigger the reported clause,
add their entities as other participants.

A mention that only modifies another entity is not a participant of its own:
"US Secretary of State Marco Rubio" and "India's External Affairs Minister S.
Jaishankar" give Rubio and Jaishankar, not the US, the State Department or
India; the same holds when the title carries the name as an apposition ("India's
minister, Ashwini Vaishnaw,"). A mention modifying a common noun stands for it:
"India's participation signals…" makes India the agent, "ministers from Australia
and Canada" makes both countries participants.

Mentions in adverbial clauses, relative clauses, clausal subjects and background
phrases ("despite …", "amid …", "ahead of …") are not participants of the event.
Two cheap repairs for the small model's parses: a hyphen pair ("India-US ties")
is coordination, not one entity modifying the other, and a noun phrase before a
verb without a subject ("Vaishnaw's participation signals…", parsed as a
compound of the verb) is its subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from explorer.core.model import MentionRow

AGENT_DEPS = {"nsubj", "agent"}
FRONT_MODIFIER_DEPS = {"compound", "poss", "nmod"}  # a subject the parser hung off the verb itself
HYPHENS = {"-", "–", "—"}
PATIENT_DEPS = {"dobj", "dative", "attr", "oprd", "nsubjpass", "prep", "acomp", "obj", "pobj"}
PHRASE_DEPS = {
    "compound", "nmod", "poss", "amod", "conj", "appos", "prep", "pobj", "pcomp", "acl", "agent", "dobj",
    "npadvmod", "nummod", "quantmod", "det", "case", "cc", "predet", "dative",
}
COORDINATION = {"conj", "appos", "cc"}
BACKGROUND_PREPOSITIONS = {
    "despite", "amid", "amidst", "because", "following", "after", "before", "ahead", "during", "since",
    "until", "like", "unlike", "besides", "beyond", "than", "according", "as", "throughout", "prior",
}
VERB_POS = {"VERB", "AUX"}


@dataclass
class Roles:
    """Mention ids by role, each list in sentence order."""

    agents: list[str] = field(default_factory=list)
    patients: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        """Agents first, then patients, then the rest; each mention once."""
        return list(dict.fromkeys([*self.agents, *self.patients, *self.others]))


class SentenceMentions:
    """The sentence's mentions located on the parse: each mention's head token."""

    def __init__(self, sentence: Span, mentions: Sequence[MentionRow]):
        self.head_of: dict[str, Token] = {}
        self.mention_at: dict[int, str] = {}
        for mention in mentions:
            span = sentence.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.head_of[mention["mention_id"]] = span.root
            self.mention_at.setdefault(span.root.i, mention["mention_id"])

    def ids(self) -> list[str]:
        return list(self.head_of)

    def attach(self, mention_id: str, stops: set[int]) -> Token | None:
        """The token through which a mention's phrase hangs from one of ``stops``, or None.

        None when the path leaves the noun phrase (a clause boundary, the root) or
        when the mention merely modifies another entity on the way.
        """
        path = self.path(mention_id, stops)
        return path[-1] if path else None

    def path(self, mention_id: str, stops: set[int]) -> list[Token]:
        """The tokens from the mention's head up to the child of a stop; [] as for ``attach``."""
        token = self.head_of[mention_id]
        if token.i in stops:
            return []
        path = [token]
        while True:
            head = token.head
            if head.i == token.i:
                return []
            if head.i in stops:
                return path
            if token.dep_ not in PHRASE_DEPS or (token.dep_ == "conj" and token.pos_ in VERB_POS):
                return []
            if not _coordinated(token, head) and self._names_an_entity(head, mention_id):
                return []
            token = head
            path.append(token)

    def _names_an_entity(self, token: Token, own: str) -> bool:
        """The token is another mention's head, or a title beside one in apposition."""
        if self._other(token, own):
            return True
        if token.dep_ == "appos" and self._other(token.head, own):
            return True
        return any(child.dep_ == "appos" and self._other(child, own) for child in token.children)

    def _other(self, token: Token, own: str) -> bool:
        return self.mention_at.get(token.i, own) != own


def event_roles(trigger: Token, located: SentenceMentions, reported: bool) -> Roles:
    """Agents, patients and other participants of the event that ``trigger`` names."""
    core = xcomp_family(trigger)
    linked = _linked_verbs(trigger, core, reported)
    roles = Roles()
    for mention_id in located.ids():
        path = located.path(mention_id, core)
        if path and _role(path[-1]) is not None:
            _assign(roles, mention_id, path, trigger)
            continue
        path = located.path(mention_id, linked) if linked else []
        if path and _role(path[-1]) is not None:
            roles.others.append(mention_id)
    return roles


def xcomp_family(verb: Token) -> set[int]:
    """The verb with the verbs it shares a subject with through ``xcomp`` (up and down)."""
    top = verb
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head
    family, frontier = {top.i}, [top]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            if child.dep_ == "xcomp" and child.pos_ in VERB_POS and child.i not in family:
                family.add(child.i)
                frontier.append(child)
    return family


def _linked_verbs(trigger: Token, core: set[int], reported: bool) -> set[int]:
    """Verbs conjoined with the core, and (for a reporting verb) the reported clause."""
    doc = trigger.doc
    linked: set[int] = set()
    for token in (doc[i] for i in sorted(core)):
        for child in token.children:
            if child.pos_ in VERB_POS and (child.dep_ == "conj" or (reported and child.dep_ == "ccomp")):
                linked |= xcomp_family(child)
                linked |= {c.i for c in child.children if c.dep_ == "conj" and c.pos_ in VERB_POS}
        if token.dep_ == "conj" and token.head.pos_ in VERB_POS:
            linked |= xcomp_family(token.head)
    return linked - core


def _coordinated(token: Token, head: Token) -> bool:
    """Joined as equals: "and", apposition, or a hyphen pair ("India-US ties")."""
    if token.dep_ in COORDINATION:
        return True
    low, high = sorted((token.i, head.i))
    return high - low == 2 and token.doc[low + 1].text in HYPHENS


def _assign(roles: Roles, mention_id: str, path: list[Token], trigger: Token) -> None:
    """Agent or patient by the link at the verb; "other" when reached through a reduced
    relative ("the meet hosted by Rubio"): a participant, not the one acted on.

    The subject of a frame verb is the trigger's agent even when parsed as passive
    ("Biden is set to visit Japan").
    """
    child = path[-1]
    role = _role(child)
    if child.dep_ == "nsubjpass" and child.head.i != trigger.i and trigger.dep_ == "xcomp":
        role = "agent"
    if any(token.dep_ == "acl" for token in path[1:]):
        roles.others.append(mention_id)
    elif role == "agent":
        roles.agents.append(mention_id)
    elif role == "patient":
        roles.patients.append(mention_id)


def _role(child: Token) -> str | None:
    """The role a phrase plays for the verb it hangs from, by the link between them."""
    if child.dep_ in AGENT_DEPS:
        return "agent"
    if child.dep_ in FRONT_MODIFIER_DEPS and child.i < child.head.i and not has_subject(child.head):
        return "agent"
    if child.dep_ == "prep" and child.lower_ in BACKGROUND_PREPOSITIONS:
        return None
    if child.dep_ == "prep" and child.lower_ == "by" and child.head.pos_ == "NOUN":
        return "agent"  # "the arrest of Lohan by police": an event noun's "by" names who acts
    if child.dep_ in PATIENT_DEPS:
        return "patient"
    return None


def has_subject(verb: Token) -> bool:
    """The verb has a subject of its own (a clause), not one it shares through coordination."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
