"""The shared selection and the filters every view applies."""

from explorer.core.query import events_in_view
from explorer.core.selection import Selection


def test_listeners_hear_only_real_changes_with_their_origin():
    selection, heard = Selection(), []
    selection.connect(lambda changed, origin: heard.append((changed, origin)))
    selection.update(origin="timeline", entity_ids=["e1"], time_range=("2026-02-05", "2026-01-01"))
    selection.update(origin="sidebar", entity_ids={"e1"})  # no change: no notice
    assert heard == [({"entity_ids", "time_range"}, "timeline")]
    assert selection.state.time_range == ("2026-01-01", "2026-02-05")


def test_checked_entities_and_time_window_narrow_the_events(seed_tables):
    events = seed_tables["events"]
    selection = Selection()
    entities = seed_tables["entities"]
    vaishnaw = entities.loc[entities["name"] == "Ashwini Vaishnaw", "entity_id"].iloc[0]
    selection.update(filter_entity_ids=[vaishnaw])
    his = events_in_view(events, selection.state)
    assert 0 < len(his) < len(events)
    assert all(vaishnaw in p or vaishnaw == place for p, place in zip(his["participants"], his["place"]))
    selection.update(time_range=("2026-01-01", "2026-01-31"))
    january = events_in_view(events, selection.state)
    assert len(january) > 0 and (january["date_start"] <= "2026-01-31").all()
    assert (january["date_start"] != "").all()
