"""The review's number comparison as named steps: their order, and one example per step."""

from __future__ import annotations

from explorer.core.review import compare
from explorer.core.review.compare import (NUMBER_KIND, NUMBER_STEPS, NumberCheck, ReviewColumn, _compare_numbers,
                                          find_numbers)


def column(doc_id: str, label: str, text: str) -> ReviewColumn:
    return ReviewColumn(doc_id, doc_id, "", "", "", "", text, numbers=find_numbers(text), label=label)


def notes(col: ReviewColumn) -> list[tuple[str, str]]:
    return [(col.text[m.start:m.end], m.note) for m in col.marks if m.kind == NUMBER_KIND]


def test_the_number_comparison_is_an_ordered_tuple_of_documented_steps():
    assert [step.__name__ for step in NUMBER_STEPS] == ["_numbers_of_other_statements", "_numbers_by_unit",
                                                        "_numbers_not_everywhere"]
    assert all(step.__doc__ for step in NUMBER_STEPS)


def test_numbers_by_unit_states_and_marks_a_unit_the_sources_count_differently():
    paper, wire = column("d1", "Paper", "Ten countries signed."), column("d2", "Wire", "12 countries signed.")
    check = NumberCheck([paper, wire])
    assert compare._numbers_by_unit(check) == ["Numbers differ for “country”: Paper says Ten countries; "
                                               "Wire says 12 countries."]
    assert notes(paper) == [("Ten countries", "Numbers differ for “country”")]
    assert check.compared == {("d1", 10.0), ("d2", 12.0)}


def test_numbers_by_unit_claims_agreeing_values_without_a_sentence():
    check = NumberCheck([column("d1", "Paper", "ten countries"), column("d2", "Wire", "10 countries")])
    assert compare._numbers_by_unit(check) == []
    assert check.compared == {("d1", 10.0), ("d2", 10.0)}


def test_numbers_not_everywhere_states_a_figure_only_one_source_gives():
    paper, wire = column("d1", "Paper", "It cost $2 billion."), column("d2", "Wire", "It was costly.")
    assert compare._numbers_not_everywhere(NumberCheck([paper, wire])) == [
        "Only some sources give these numbers: Paper says $2 billion (not in Wire)."]
    assert notes(paper) == [("$2 billion", "not in Wire")]


def test_numbers_not_everywhere_skips_what_the_unit_step_compared():
    paper, wire = column("d1", "Paper", "Ten countries signed."), column("d2", "Wire", "12 countries signed.")
    assert compare._numbers_not_everywhere(NumberCheck([paper, wire], {("d1", 10.0), ("d2", 12.0)})) == []


def test_compare_numbers_runs_the_steps_in_turn_and_needs_two_columns():
    paper = column("d1", "Paper", "Ten countries signed; 40 ships sailed.")
    wire = column("d2", "Wire", "12 countries signed.")
    assert _compare_numbers([paper, wire]) == [
        "Numbers differ for “country”: Paper says Ten countries; Wire says 12 countries.",
        "Only some sources give these numbers: Paper says 40 ships (not in Wire).",
    ]
    assert _compare_numbers([column("d1", "Paper", "Ten countries.")]) == []


def test_numbers_of_other_statements_sets_aside_a_count_said_of_something_else():
    paper = column("d1", "Paper", "The summit brought together delegations from more than 50 countries.")
    wire = column("d2", "Wire", "Weeks earlier, finance ministers from ten countries met at another forum.")
    check = NumberCheck([paper, wire])
    assert compare._numbers_of_other_statements(check) == []
    assert check.set_aside == {("d1", paper.text.index("50")), ("d2", wire.text.index("ten"))}
    assert compare._numbers_by_unit(check) == [] and compare._numbers_not_everywhere(check) == []


def test_numbers_of_other_statements_keeps_counts_of_the_same_statement():
    paper = column("d1", "Paper", "Two people were killed in the market blast.")
    wire = column("d2", "Wire", "Three people were killed in the blast at the market.")
    check = NumberCheck([paper, wire])
    compare._numbers_of_other_statements(check)
    assert check.set_aside == set()


def test_counts_whose_neighbouring_words_agree_are_one_statement_in_otherwise_different_sentences():
    paper = column("d1", "Paper", "He had married two weeks before the shooting, and had won a medal for bravery.")
    wire = column("d2", "Wire", "His widow, who married the deputy three weeks before he was murdered, spoke in court.")
    assert _compare_numbers([paper, wire]) == [
        "Numbers differ for “week”: Paper says two weeks; Wire says three weeks."]


def test_two_shared_words_are_a_topic_not_one_statement():
    paper = column("d1", "Paper", "The island was hit almost two years after the city of Bam was destroyed in a quake.")
    wire = column("d2", "Wire", "The area has not been hit by a quake in more than 25 years.")
    check = NumberCheck([paper, wire])
    compare._numbers_of_other_statements(check)
    assert len(check.set_aside) == 2


def test_a_figure_another_source_gives_outside_its_passages_is_not_one_only_some_give():
    paper = column("d1", "Paper", "It cost $2 billion.")
    wire = ReviewColumn("d2", "d2", "", "", "", "", "It was costly. Later the $2 billion bill passed.",
                        numbers=[], label="Wire")  # its passage ("It was costly.") holds no number
    assert compare._numbers_not_everywhere(NumberCheck([paper, wire])) == []
