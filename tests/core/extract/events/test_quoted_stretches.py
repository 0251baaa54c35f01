"""Quotation marks are read once per line of a Doc (s11: extraction's own cost); every sentence of the line
gets the line's stretches, as its own list."""

from __future__ import annotations

from explorer.core.extract.events import speech
from explorer.core.extract.nlp import load_pipeline

TEXT = ('“We will not back down. We never have,” the minister said. Critics disagreed.\n'
        'A second paragraph. It has “one quote” only.\n'
        'Not quoted” here, closing one opened on an earlier line. Then plain.')


def test_every_sentence_of_a_line_gets_the_lines_stretches_read_once():
    doc = load_pipeline()(TEXT)
    sentences = list(doc.sents)
    found = [speech.quoted_stretches(s) for s in sentences]
    fresh = [speech._line_stretches(TEXT, *speech.line_bounds(TEXT, s.start_char)) for s in sentences]
    assert found == fresh
    assert found[0] == [(0, TEXT.index("”") + 1)]
    assert len(doc.user_data[speech._STRETCHES_KEY]) == TEXT.count("\n") + 1  # one reading per line


def test_each_caller_gets_its_own_list():
    doc = load_pipeline()(TEXT)
    first = next(iter(doc.sents))
    mine = speech.quoted_stretches(first)
    mine.append((-1, -1))
    assert (-1, -1) not in speech.quoted_stretches(first)


def test_the_wires_typewriter_quotes_open_and_close_a_quotation():
    # AP and NYT copy in TimeBank/AQUAINT quote ``so'' (round s15k): those quotations were not read at all
    text = "``We lack direct information,'' the Vatican said. Critics disagreed."
    assert speech._line_stretches(text, 0, len(text)) == [(0, text.index("''") + 2)]


def test_a_stray_closing_mark_after_a_closed_quotation_quotes_nothing_more():
    # "… mind,'' he said. ''": the last mark closes nothing; the line is not quoted from its start
    text = "``It never even entered my mind,'' he said. ''"
    assert speech._line_stretches(text, 0, len(text)) == [(0, text.index("''") + 2)]


def test_a_closing_mark_opening_a_line_still_closes_a_quotation_begun_before_it():  # guard
    text = "and we will win,\u201d the minister said."
    assert speech._line_stretches(text, 0, len(text)) == [(0, text.index("\u201d") + 1)]


def test_a_typewriter_closing_mark_with_none_open_quotes_nothing():
    # the wires open every paragraph of a long quotation again with ``: a lone '' is a slip for ``
    text = "Castro said the boy could go to ''what is considered Cuban territory."
    assert speech._line_stretches(text, 0, len(text)) == []  # "Castro said" is no quotation
