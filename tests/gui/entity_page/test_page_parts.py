"""The entity page's parts alone: the sentence cut round a mention, the history, the table models, the
relations ranked, and the small timeline drawn as counts past its limit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.core.dates import BEFORE, CERTAIN, INFERRED
from explorer.gui.entity_page.history import History
from explorer.gui.entity_page.mention_model import HTML_ROLE, MentionListModel
from explorer.gui.entity_page.mini_timeline import MARKS_LIMIT, MiniTimeline
from explorer.gui.entity_page.profile import event_ids_at, strongest_relations
from explorer.gui.entity_page.relation_model import RelationModel, relation_words
from explorer.gui.entity_page.snippets import REACH, marked_html, sentence_parts

DAY = 86400.0


def test_the_sentence_round_a_mention_stops_at_the_sentences_either_side():
    text = "It rained. Marco Rubio met the minister on Tuesday. Then he left!\nNext paragraph."
    start = text.index("minister")
    assert sentence_parts(text, start, start + 8) == ("Marco Rubio met the ", "minister", " on Tuesday.")
    assert marked_html(("a < ", "b", " & c")) == "a &lt; <b>b</b> &amp; c"
    start = text.index("left")
    assert sentence_parts(text, start, start + 4) == ("Then he ", "left", "!")


def test_a_sentence_too_long_is_cut_with_an_ellipsis_on_the_side_cut():
    text = "word " * 200 + "Rubio" + " word" * 200
    start = text.index("Rubio")
    before, mention, after = sentence_parts(text, start, start + 5)
    assert mention == "Rubio" and before.startswith("…") and after.endswith("…")
    assert len(before) <= REACH + 1 and len(after) <= REACH + 1


def test_history_goes_back_and_forward_and_a_new_page_drops_what_was_ahead():
    history = History()
    for entity_id in ("a", "b", "c"):
        history.open(entity_id)
    assert history.go(-1) == "b" and history.go(-1) == "a" and history.go(-1) is None
    assert history.go(1) == "b"
    history.open("d")
    assert history.current() == "d" and not history.can_go(1) and history.go(-1) == "b"
    history.replace("b", "a")
    assert history.current() == "a"


def test_the_mention_model_passes_qts_model_checks_and_lists_a_form_alone(qtmodeltester, session):
    entity_id = next(e for e, n in session.entity_names.items() if n == "Marco Rubio")
    mentions = session.mentions.of_entities([entity_id])
    model = MentionListModel()
    model.set_mentions(mentions[["mention_id", "doc_id", "start", "end", "text"]], session.documents)
    qtmodeltester.check(model)
    assert model.rowCount() == len(mentions)
    assert "<b>" in model.index(0, 2).data(HTML_ROLE)
    model.show_only("Rubio")
    assert 0 < model.rowCount() < len(mentions)
    assert all(model.mention_at(r)[0] in set(mentions.loc[mentions["text"] == "Rubio", "mention_id"])
               for r in range(model.rowCount()))
    qtmodeltester.check(model)


def test_relations_are_ranked_by_weight_with_their_direction():
    relations = pd.DataFrame({"source": ["a", "b", "a", "c"], "target": ["b", "a", "c", "d"],
                              "kind": ["co-participant", "host", "meet", "meet"], "weight": [2, 5, 1, 9],
                              "event_ids": [["e1", "e2"], ["e3"], ["e4"], ["e5"]]})
    table, total = strongest_relations(relations, "a")
    assert total == 3
    assert table["other"].tolist() == ["b", "b", "c"] and table["weight"].tolist() == [5, 2, 1]
    assert table["outgoing"].tolist() == [False, True, True]
    assert relation_words("host", False) == "← host" and relation_words("meet", True) == "meet →"
    assert relation_words("co-participant", True) == "co-participant"
    model = RelationModel(str.upper)
    model.set_relations(table)
    assert model.index(0, 0).data() == "B" and model.index(0, 1).data() == "← host"
    assert model.relation_at(1) == ("b", ["e1", "e2"])
    arrow = relations.assign(event_ids=pd.Series(relations["event_ids"].tolist(),
                                                 dtype=pd.ArrowDtype(pa.list_(pa.string()))))
    table, _ = strongest_relations(arrow, "a")  # as the window holds them: counted, not made Python lists
    assert table["events"].tolist() == [1, 2, 1] and event_ids_at(table, 1) == ["e1", "e2"]


def test_with_no_dated_event_the_small_timeline_shows_no_axis_and_says_why(qtbot):
    """An entity whose one event is undated showed an axis ticked "00.100 00.200 …" and no mark (a new user, s24)."""
    mini = MiniTimeline()
    qtbot.addWidget(mini)
    mini.show()
    qtbot.waitExposed(mini)
    mini.show_events(np.array(["e1"], dtype=object), np.array([np.nan]), np.array([np.nan]),
                     np.array([CERTAIN], dtype=np.int8))
    assert not mini.plot.isVisible() and "1 undated" in mini.caption.text()
    mini.show_events(np.array(["e1"], dtype=object), np.array([20000 * DAY]), np.array([20001 * DAY]),
                     np.array([CERTAIN], dtype=np.int8))
    assert mini.plot.isVisible()  # a dated one brings the axis back


def test_the_small_timeline_draws_spans_and_bounds_and_past_its_limit_counts(qtbot):
    mini = MiniTimeline()
    qtbot.addWidget(mini)
    mini.resize(600, 160)
    mini.show()
    qtbot.waitExposed(mini)
    start = 20000 * DAY
    mini.show_events(np.array(["e1", "e2", "e3", "e4"], dtype=object), np.array([start, start, start + 5 * DAY, np.nan]),
                     np.array([start + DAY, start + DAY, start + 9 * DAY, np.nan]),
                     np.array([CERTAIN, BEFORE, INFERRED, CERTAIN], dtype=np.int8))
    assert not mini.drawn_as_counts()
    marks = mini.mark_positions()
    assert sorted(e for e, _, _ in marks) == ["e1", "e2", "e3"]  # the undated one is counted, not drawn
    assert "1 undated" in mini.caption.text()
    assert [y for e, _, y in marks if e in ("e1", "e2")] == [0.0, 1.0]  # same day: stacked
    x, _ = mini._spans.getData()
    assert list(x) == [start + 5 * DAY, start + 9 * DAY]  # the span drawn from its first day to its last

    count = MARKS_LIMIT + 500
    x0 = start + np.arange(count) % 100 * DAY
    ids = np.array([f"e{i}" for i in range(count)], dtype=object)
    mini.show_events(ids, x0, x0 + DAY, np.zeros(count, dtype=np.int8))
    assert mini.drawn_as_counts() and mini.mark_positions() == []
    qtbot.wait(50)
    clicked = []
    mini.sig_events_clicked.connect(clicked.append)
    view_box = mini.plot.getPlotItem().getViewBox()
    pos = mini.plot.mapFromScene(view_box.mapViewToScene(QPointF(start + 0.5 * DAY, 1)))
    qtbot.mouseClick(mini.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked and set(clicked[0]) == {str(ids[i]) for i in np.flatnonzero(x0 < start + DAY)}

    # the wheel zooms in: once the span shown holds few enough events, they are drawn as marks again
    view_box = mini.plot.getPlotItem().getViewBox()
    for _ in range(12):
        pos = QPointF(mini.plot.mapFromScene(view_box.mapViewToScene(QPointF(start + 50.5 * DAY, 1))))
        wheel = QWheelEvent(pos, QPointF(mini.plot.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                            QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(mini.plot.viewport(), wheel)
        qtbot.wait(80)
        if not mini.drawn_as_counts():
            break
    lo, hi = view_box.viewRange()[0]
    assert not mini.drawn_as_counts() and 0 < len(mini.mark_positions()) <= MARKS_LIMIT
    assert all(lo - DAY < x < hi + DAY for _, x, _ in mini.mark_positions())
