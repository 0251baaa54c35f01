"""The cut of a document group by the details its documents write (``clusters.bipartition``)."""

from __future__ import annotations

from explorer.core.extract.clusters.bipartition import clean_cut, split_apart, term_cut


def riots_and_bank_fire() -> dict[str, frozenset[str]]:
    """Twelve reports of riots after a boy was shot, all naming him; nine of a bank firebombed two years later.
    Three riot reports also recall the bank, its strike and the prime minister the bank reports name."""
    bank = {"bank", "marfin", "papandreou", "imf", "strike"}
    terms = {}
    for n in range(12):
        terms[f"riot{n:02d}"] = frozenset({"athens", "police", "alexandros", f"r{n}", f"r{(n + 1) % 12}"}
                                          | (bank if n < 3 else set()))
    for n in range(9):
        terms[f"bank{n}"] = frozenset({"athens", "police", "#2010", f"b{n}", f"b{(n + 1) % 9}"} | bank)
    return terms


def test_two_happenings_are_cut_along_the_name_every_source_of_one_writes():
    # the spectral cut puts the three riot reports that recall the bank with the bank reports, and is then
    # not clean; the writers of the boy's name are the riot reports, and the rest all write the year
    terms = riots_and_bank_fire()
    group = sorted(terms)
    assert clean_cut(group, terms) is None
    assert sorted(split_apart(group, terms)) == [[f"bank{n}" for n in range(9)], [f"riot{n:02d}" for n in range(12)]]


def test_one_happening_whose_sources_name_different_details_is_not_cut_along_a_name():
    # seven sources name the lawyer; the other five share no detail of their own beyond one written by two
    terms = {f"d{n:02d}": frozenset({"lohan", "rehab", f"x{n}", f"x{(n + 1) % 12}"} | ({"heller"} if n < 7 else set())
                                    | ({"cliffside"} if n in (8, 9) else set())) for n in range(12)}
    group = sorted(terms)
    assert split_apart(group, terms) == [group]


def a_later_patch_recalling_an_earlier_one() -> dict[str, frozenset[str]]:
    """Nine undated reports of a browser patch, each naming its own details (two of nine in common); six later
    reports of a second patch, dated in the text ("2013"), that name the first one's browser and flaw too."""
    older = {f"old{n}": frozenset({"explorer", "patch", "flaw", f"x{n}", f"x{n + 1}"} | ({"wednesday"} if n < 4 else set()))
             for n in range(9)}
    newer = {f"new{n}": frozenset({"explorer", "patch", "flaw", "2013", "ie10", f"y{n}"}) for n in range(6)}
    return {**older, **newer}


def test_dated_reports_recalling_undated_ones_of_an_earlier_happening_are_cut_from_them():
    # the older side writes no detail of its own (the cut is not clean on both sides, and no term's writers
    # are); the newer side is dated and writes "2013" and "ie10", which the undated older side never writes
    terms = a_later_patch_recalling_an_earlier_one()
    group = sorted(terms)
    assert clean_cut(group, terms) is None and term_cut(group, terms) is None
    dated = frozenset(d for d in group if d.startswith("new"))
    assert sorted(split_apart(group, terms, dated)) == [[f"new{n}" for n in range(6)], [f"old{n}" for n in range(9)]]


def test_the_same_group_with_dates_on_both_sides_or_on_none_is_not_cut_by_dates():
    # without dates telling the sides apart, one clean side is what one happening's group also shows
    terms = a_later_patch_recalling_an_earlier_one()
    group = sorted(terms)
    assert split_apart(group, terms) == [group]
    assert split_apart(group, terms, frozenset(group)) == [group]
    assert split_apart(group, terms, frozenset({"old0", "new0", "new1"})) == [group]
