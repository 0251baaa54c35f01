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


def test_a_read_under_way_in_another_thread_is_handed_to_a_second_caller_not_read_again(monkeypatch, edit_session):
    """The click's walk reads in the job runner; the double click's page asks for the same rows meanwhile."""
    import threading

    from explorer.core.edits.mentions import MentionRows

    monkeypatch.setattr(mention_walk, "_kept", [])
    session = edit_session
    rubio = next(e for e, n in session.entity_names.items() if n == "Marco Rubio")
    real, calls, started, release = MentionRows.of_entities, [], threading.Event(), threading.Event()

    def slow(self, entity_ids):
        calls.append(frozenset(entity_ids))
        started.set()
        release.wait(10)
        return real(self, entity_ids)

    monkeypatch.setattr(MentionRows, "of_entities", slow)
    documents, results = session.documents.index, []
    first = threading.Thread(target=lambda: results.append(
        mention_walk.in_reading_order(session.mentions, documents, [rubio])))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.append(
        mention_walk.in_reading_order(session.mentions, documents, {rubio})))
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert len(calls) == 1 and len(results) == 2 and results[0] is results[1] and len(results[0]) == 12
