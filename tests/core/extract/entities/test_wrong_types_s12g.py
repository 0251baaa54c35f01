"""Wrong types that recur in judged draws (issue 16, s12g): people the model calls organisations.

Each test reads sentences of a kind the small model gets wrong in BBC articles and
checks the entity list a reader of Explorer would see.
"""

from __future__ import annotations

from explorer.core.extract.entities.mentions import mentions_in
from explorer.core.extract.entities.resolve import resolve_entities


def entities_of(nlp, *texts: str) -> list[tuple[str, str]]:
    """(name, type) of the entities of ``texts``, one document each."""
    mentions = [m for i, text in enumerate(texts) for m in mentions_in(f"d{i}", nlp(text))]
    entities, _ = resolve_entities(mentions)
    return sorted((e["name"], e["type"]) for e in entities)


def test_a_given_name_before_a_hyphened_or_apostrophed_surname_is_a_person(nlp):
    found = entities_of(nlp, "Money spent on conflict in Iraq should have been used to reduce poverty, "
                             "Cardinal Cormac Murphy-O'Connor has said. On Friday the Cardinal said aid to Africa "
                             "must double.")
    kinds = dict(found)
    assert kinds.get("Cormac Murphy-O'Connor") == "PERSON", found  # the model: an organisation
