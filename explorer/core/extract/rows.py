"""The rows a batch carries between the extraction steps, before corpus resolution.

They are the table rows of ``core.model`` plus keys the steps pass on and the tables
do not store (``make_table`` keeps only the table's columns): a mention's ``key``
(what resolution groups on), and an event's ``agents`` and ``patients`` (mention
ids, from which the relations draw agent–verb–patient links).
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

from explorer.core.model import EventRow, MentionRow


class BatchMention(MentionRow):
    key: str  # lower case, no article, no possessive: what corpus resolution groups on
    titled: NotRequired[str]  # "US Secretary of State Marco Rubio": an alias of the entity
    defines: NotRequired[str]  # "(MEA)" after "Ministry of External Affairs": the key it abbreviates
    cue: NotRequired[str]  # the words that typed it ("band", "shares"): it outweighs model-typed mentions in the vote


class BatchEvent(EventRow):
    agents: list[str]  # mention ids
    patients: list[str]


class Failure(TypedDict):
    """A document left out because extraction raised on it."""

    name: str
    doc_id: str
    reason: str
