"""The cut of a document group by the details its documents write (``clusters.bipartition``)."""

from __future__ import annotations

from explorer.core.extract.clusters.bipartition import clean_cut, split_apart


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
