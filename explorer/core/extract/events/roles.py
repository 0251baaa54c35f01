"""Who did what to whom: an event's agents and patients, read from the dependency parse.

Each entity mention is followed up the parse from its head token, through its
noun phrase (compounds, possessives, "of"/"from" phrases, coordination,
appositions, reduced relatives such as "led by X"), until it reaches a verb of
the trigger's clause. The link that arrives there names the role: a subject or
a "by" agent is an agent; an object, a prepositional object, a passive subject,
an attribute is a patient. Verbs that share the trigger's subject through
"xcomp" ("is set to visit", "urged partners to de-risk") count as the trigger's
own; verbs conjoined with it, and for a reporting trigger the reported clause,
add their entities as other participants, unless that clause only describes
them ("Apple is the maker of the iPod and launched…", "Jobs said the phone had
been out for 22 days": neither the iPod nor the phone takes part in the
launch or the statement).

A mention that only modifies another entity is not a participant of its own:
"US Secretary of State Marco Rubio" and "India's External Affairs Minister S.
Jaishankar" give Rubio and Jaishankar, not the US, the State Department or
India; the same holds when the title carries the name as an apposition ("India's
minister, Ashwini Vaishnaw,"). A mention modifying a common noun stands for it when
the noun names a happening ("India's participation signals…" makes India the agent)
or the entity is a group or place acting through its people ("ministers from
Australia and Canada" makes both countries participants). A person or a thing
(a product, a work, a law) that only modifies a common noun takes no part: in
"Jobs' health appeared to worsen", "iPhone 4 owners complained to Apple" and
"owners of the iPhone 4 get a case" neither Jobs nor the phone does anything or
has anything done to it; what is told is of the health and the owners.

A relative clause's "who", "which" or "that" stands for the entity the clause
describes ("Pixar, which was founded by Steve Jobs": Pixar is what was founded).

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

from explorer.core.extract.events.named_twice import REPORTING_NOUNS
from explorer.core.extract.wordnet import senses_of
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
RELATIVE_TAGS = {"WDT", "WP"}  # "which", "that"; "who"
COPULAS = {"be", "seem", "appear"}  # link a description to its subject: no happening of their own
# entities that act through their people ("Apple engineers", "ministers of Norland"); the other types
# (a person, a product, a work, a law, an event) only qualify a common noun they modify
GROUP_TYPES = {"ORG", "GPE", "NORP", "FAC", "LOC", ""}
AGENT_SUFFIXES = {"er": ("", "e"), "or": ("", "e"), "ee": ("",), "ist": ("", "e")}  # "user" ← use, "creator" ← create


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
        self.type_of: dict[str, str] = {}
        for mention in mentions:
            span = sentence.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.head_of[mention["mention_id"]] = span.root
            self.type_of[mention["mention_id"]] = mention["type"]
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
            if self._only_qualifies(token, head, mention_id):
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

    def qualifies_only(self, mention_id: str) -> bool:
        """The mention only qualifies a common noun of its phrase (``_only_qualifies``): no participant
        of any event, not even when the parse finds no role for anyone in the sentence."""
        token = self.head_of[mention_id]
        while token.dep_ in PHRASE_DEPS and token.head.i != token.i:
            if self._only_qualifies(token, token.head, mention_id):
                return True
            token = token.head
        return False

    def _only_qualifies(self, token: Token, head: Token, own: str) -> bool:
        """The mention, a person or a thing, modifies a common noun that names no happening: a person's
        possession ("Jobs' health", "Brown's book"), a thing's part ("iPhone 4's antenna") or people using it
        ("iPhone 4 users", "owners of the iPhone 4"). Not "a version of the iPod", "the iPod line", "A380
        orders": what is told there is told of the thing itself; nor any "of" phrase of a person ("the likes
        of Matt Dawson", "a trio of Bogdanovic, Murray and …", and titles the parser runs into the name, "Bath
        director of rugby Jack Rowell"), where the person is often the one who acts."""
        kind = self.type_of.get(own, "")
        if head.pos_ != "NOUN" or kind in GROUP_TYPES or names_a_happening(head):
            return False
        if token.dep_ == "poss":
            return True
        # a person before or after a title is the one who acts ("Bath director of rugby Jack Rowell"); a thing
        # before one "-er" noun is often the thing itself ("its PowerMac G4 computer"), before many its users
        return kind != "PERSON" and token.dep_ in ("compound", "nmod", "prep") and head.tag_ == "NNS" \
            and names_an_agent(head)

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
        if path and _role(path[-1]) is not None and not _described(path[-1], trigger):
            roles.others.append(mention_id)
    _antecedent(trigger, located, roles)
    return roles


def _antecedent(trigger: Token, located: SentenceMentions, roles: Roles) -> None:
    """A relative clause's "who"/"which"/"that" stands for the entity it describes ("Pixar, which was founded
    by Steve Jobs": Pixar was founded)."""
    if trigger.dep_ != "relcl":
        return
    own = located.mention_at.get(trigger.head.i)
    pronoun = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS),
                   None)
    if own is None or pronoun is None:
        return
    (roles.agents if pronoun.dep_ == "nsubj" else roles.patients).insert(0, own)


def _described(child: Token, trigger: Token) -> bool:
    """The phrase hangs from a linked copular clause that only describes it ("Apple is the maker of the iPod
    and launched …"): not the subject the trigger shares with it ("The US network is not part of the claim
    but has supported …")."""
    if child.head.lemma_.lower() not in COPULAS:
        return False
    shared = child.dep_ in ("nsubj", "nsubjpass") and trigger.dep_ == "conj" and trigger.head.i == child.head.i
    return not (shared and not has_subject(trigger))


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
    ("Biden is set to visit Japan"), and so is the object of a participle that makes
    it act ("…, prompting Apple Corps to file suit").
    """
    child = path[-1]
    role = _role(child)
    if child.dep_ == "nsubjpass" and child.head.i != trigger.i and trigger.dep_ == "xcomp":
        role = "agent"
    if child.dep_ == "dobj" and trigger.dep_ == "xcomp" and child.head.i == trigger.head.i and makes_act(child.head):
        role = "agent"  # "…, prompting Apple Corps to file suit": the one made to act acts
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


def makes_act(clause: Token) -> bool:
    """A participial adverbial clause with an object, which it may make act ("…, prompting Apple Corps to file
    suit", "forcing Maersk to divert its ships"): the made act is a happening of its own, done by the object."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and any(c.dep_ == "dobj" for c in clause.children)


def names_a_happening(noun: Token) -> bool:
    """A sense of the noun in WordNet is an act or happening ("participation", "death", "Blair's insistence",
    "Foxx's performance", "Bush's re-election" by its last part), or it names a statement ("Crosby's
    statement"), so whoever modifies it may take part in one; "health", "success", "record" are not."""
    doc = noun.doc
    while noun.i + 2 < len(doc) and doc[noun.i + 1].text in HYPHENS:  # "re - election" split by the tokenizer
        noun = doc[noun.i + 2]
    lemma = noun.lemma_.lower()
    return bool(senses_of(lemma, "n")) or bool(senses_of(lemma.rsplit("-", 1)[-1], "n")) or lemma in REPORTING_NOUNS


def names_an_agent(noun: Token) -> bool:
    """The noun names whoever does a verb's action ("user" ← use, "owner" ← own, "creator" ← create)."""
    lemma = noun.lemma_.lower()
    for suffix, endings in AGENT_SUFFIXES.items():
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 1:
            stem = lemma[:-len(suffix)]
            if any(senses_of(stem + ending, "v") for ending in endings) or senses_of(stem[:-1], "v"):
                return True
    return False


def has_subject(verb: Token) -> bool:
    """The verb has a subject of its own (a clause), not one it shares through coordination."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
