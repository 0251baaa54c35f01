"""The query line's syntax: each field, quoted values, date ranges, negation, and errors that name their column."""

from __future__ import annotations

import pytest

from explorer.core.query_language import QuerySyntaxError, format_term, has_term, parse, with_term, without_term
from explorer.core.query_language.dates import date_range
from explorer.core.query_language.syntax import TEXT, token_at


def fields(line: str) -> list[tuple[str, str, bool]]:
    return [(t.field, t.value, t.negated) for t in parse(line)]


def test_the_issue_example_reads_as_five_terms():
    line = 'participant:"Marco Rubio" type:ORG outlet:ANI date:2026-01..2026-02 "critical minerals"'
    assert fields(line) == [("participant", "Marco Rubio", False), ("type", "ORG", False), ("outlet", "ANI", False),
                            ("date", "2026-01..2026-02", False), (TEXT, "critical minerals", False)]


@pytest.mark.parametrize("typed, field", [("participant", "participant"), ("entity", "participant"),
                                          ("WHO", "participant"), ("type", "type"), ("outlet", "outlet"),
                                          ("source", "outlet"), ("doc", "doc"), ("document", "doc"),
                                          ("date", "date"), ("basis", "basis"), ("cluster", "cluster"), ("tag", "tag")])
def test_every_field_and_its_other_names(typed, field):
    assert fields(f"{typed}:x")[0][0] == field if field != "date" else fields("date:2026")[0][0] == "date"


def test_free_words_phrases_and_negation():
    assert fields('rubio "critical minerals" -outlet:ANI -"press release" minist*') == [
        (TEXT, "rubio", False), (TEXT, "critical minerals", False), ("outlet", "ANI", True),
        (TEXT, "press release", True), (TEXT, "minist*", False)]


def test_curly_quotes_are_quotes():
    assert fields("participant:“Marco Rubio”") == [("participant", "Marco Rubio", False)]


def test_each_term_knows_where_it_stands():
    line = 'a  outlet:"X Y" -tag:b'
    spans = [line[t.start:t.end] for t in parse(line)]
    assert spans == ["a", 'outlet:"X Y"', "-tag:b"]


@pytest.mark.parametrize("value, expected", [
    ("2026-01-15", ("2026-01-15", "2026-01-15")),
    ("2026-02", ("2026-02-01", "2026-02-28")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2026", ("2026-01-01", "2026-12-31")),
    ("2026-01..2026-02", ("2026-01-01", "2026-02-28")),
    ("..2026-03", ("0000-01-01", "2026-03-31")),
    ("2026-01..", ("2026-01-01", "9999-12-31")),
    ("2025..2026-01-10", ("2025-01-01", "2026-01-10")),
])
def test_date_values_are_inclusive_ranges_at_their_granularity(value, expected):
    assert date_range(value) == expected


@pytest.mark.parametrize("line, column, says", [
    ('participant:"Marco Rubio', 13, "closing '\"'"),
    ("outlet:", 8, "a value after 'outlet:'"),
    ("foo:bar", 1, "a field name before ':', not 'foo'"),
    ("rubio -", 8, "a term after '-'"),
    ("date:2026-13", 11, "a month from 01 to 12"),
    ("date:2026-02-30", 14, "a day from 01 to 28"),
    ("date:March", 6, "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("date:2026-03..2026-01", 6, "start (2026-03) comes before its end"),
    ("type:ORG date:..", 15, "a date before or after '..'"),
    ('abc"def"', 4, "a space before the '\"'"),
    ('tag:""', 5, "a value inside the quotes"),
])
def test_a_line_that_does_not_parse_names_the_column_and_what_was_expected(line, column, says):
    with pytest.raises(QuerySyntaxError) as raised:
        parse(line)
    assert raised.value.column == column
    assert says in str(raised.value)
    assert str(raised.value).startswith(f"column {column}:")


def test_terms_are_added_and_taken_out_as_a_facet_does():
    line = with_term("rubio", "outlet", "ANI")
    assert line == "rubio outlet:ANI"
    line = with_term(line, "participant", "Marco Rubio")
    assert line == 'rubio outlet:ANI participant:"Marco Rubio"'
    assert with_term(line, "outlet", "ani") == line  # held already (case aside)
    assert has_term(line, "participant", "marco rubio")
    assert without_term(line, "outlet", "ANI") == 'rubio participant:"Marco Rubio"'
    assert without_term(line, "participant", "Marco Rubio") == "rubio outlet:ANI"


def test_values_are_quoted_when_they_need_it():
    assert format_term("outlet", "ANI") == "outlet:ANI"
    assert format_term("doc", "a b.txt") == 'doc:"a b.txt"'
    assert format_term("cluster", "x: y") == 'cluster:"x: y"'
    assert format_term("tag", "done", negated=True) == "-tag:done"
    assert parse(format_term("participant", "Marco Rubio"))[0].value == "Marco Rubio"


def test_the_token_at_the_cursor_for_completion():
    assert token_at("type:ORG partic", 15) == (9, None, "partic")
    assert token_at('type:ORG participant:"Ma', 24) == (9, "participant", "Ma")
    assert token_at('participant:"Marco R', 20) == (0, "participant", "Marco R")
    assert token_at("-outlet:A", 9) == (1, "outlet", "A")
