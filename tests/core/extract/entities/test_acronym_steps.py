"""The acronym joins as named steps: their order, and one example per step."""

from __future__ import annotations

from collections import defaultdict

from explorer.core.extract.entities import keys
from explorer.core.extract.entities.keys import ACRONYM_STEPS, _acronym_facts, _acronyms
from explorer.core.extract.entities.mentions import mention_key


def facts_args(*rows: tuple[str, str] | tuple[str, str, str]) -> tuple:
    """``_acronyms``' inputs for mentions given as (text, type) or (text, type, the key it defines)."""
    mentions = []
    for n, (text, type_, *defines) in enumerate(rows):
        row = {"mention_id": f"d1-m{n}", "doc_id": "d1", "text": text, "type": type_, "key": mention_key(text, type_)}
        if defines:
            row["defines"] = defines[0]
        mentions.append(row)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        surfaces[m["key"]].add(m["text"])
    normal = {m["key"]: keys.normal_key(m["key"], m["type"]) for m in mentions}
    types = {normal[m["key"]]: m["type"] for m in mentions}
    return types, surfaces, normal, mentions


def test_the_acronym_joins_are_an_ordered_tuple_of_documented_steps():
    assert [step.__name__ for step in ACRONYM_STEPS] == ["_join_by_initials", "_join_by_brackets"]
    assert all(step.__doc__ for step in ACRONYM_STEPS)


def test_facts_set_aside_acronyms_whose_long_form_is_known():
    facts = _acronym_facts(*facts_args(("MEA", "ORG"), ("EU", "ORG"), ("Ministry of External Affairs", "ORG")))
    assert facts.acronyms == {"mea", "eu"}
    assert facts.unresolved == {"mea"}  # "eu" is an alias of "european union"


def test_join_by_initials_joins_the_one_capitalised_name_that_spells_the_acronym():
    facts = _acronym_facts(*facts_args(("MEA", "ORG"), ("Ministry of External Affairs", "ORG")))
    # the raw form spells it; the name's key is its normal form ("department of state" = "state department")
    assert keys._join_by_initials(facts) == {"mea": "external affairs ministry"}


def test_join_by_initials_refuses_two_candidates_a_lower_case_phrase_and_a_name_containing_it():
    two = _acronym_facts(*facts_args(("MEA", "ORG"), ("Ministry of External Affairs", "ORG"),
                                     ("Middle East Airlines", "ORG")))
    assert keys._join_by_initials(two) == {}
    lower = _acronym_facts(*facts_args(("AP", "ORG"), ("Aceh province", "GPE")))
    assert keys._join_by_initials(lower) == {}
    containing = _acronym_facts(*facts_args(("NDB", "ORG"), ("NDB Bank", "ORG")))
    assert keys._join_by_initials(containing) == {}


def test_join_by_brackets_joins_the_name_an_acronym_follows_in_brackets():
    facts = _acronym_facts(*facts_args(("Institut National de la Statistique", "ORG"),
                                       ("INSEE", "ORG", "institut national de la statistique")))
    assert keys._join_by_brackets(facts) == {"insee": "institut national de la statistique"}


def test_brackets_win_over_initials():
    args = facts_args(("Xeno Yield Zone", "ORG"), ("Institut National", "ORG"),
                      ("XYZ", "ORG", "institut national"))
    assert keys._join_by_initials(_acronym_facts(*args)) == {"xyz": "xeno yield zone"}
    assert _acronyms(*args) == {"xyz": "institut national"}
