"""A big read of an entity's mentions in reading order is kept: the walk and the entity page read it once."""

from __future__ import annotations

from explorer.core.edits import decisions
from explorer.gui.source import mention_walk


def test_the_same_big_read_is_handed_back_and_an_edit_of_mentions_reads_again(monkeypatch, edit_session):
    monkeypatch.setattr(mention_walk, "KEPT_FROM", 1)  # the seeds' entities are small: keep every read
    monkeypatch.setattr(mention_walk, "_kept", [])
    session = edit_session
    rubio = next(e for e, n in session.entity_names.items() if n == "Marco Rubio")
    india = next(e for e, n in session.entity_names.items() if n == "India")
    documents = session.documents.index
    first = mention_walk.in_reading_order(session.mentions, documents, [rubio])
    assert mention_walk.in_reading_order(session.mentions, documents, {rubio}) is first
    mention_walk.in_reading_order(session.mentions, documents, [india])
    mention_walk.in_reading_order(session.mentions, documents, [india])  # (once, not twice, among those kept)
    assert mention_walk.in_reading_order(session.mentions, documents, [rubio]) is first
    assert session.do_edit(decisions.set_type(rubio, "ORG", "Marco Rubio"))  # the mentions change
    again = mention_walk.in_reading_order(session.mentions, session.documents.index, [rubio])
    assert again is not first and set(again["type"]) == {"ORG"} and len(again) == len(first)
