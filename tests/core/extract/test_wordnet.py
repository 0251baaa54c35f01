"""WordNet's knowledge of actions in the clusters: sources telling one happening in other words are one cluster.

The lexicon is a data file (resources/lexicon/, written by packaging/build_lexicon.py
from WordNet 3.0); these tests check that Explorer finds it where a source checkout
and a frozen build keep it, and what a reader sees: *killed* beside *died*,
*passed away* beside *died*, *his death* beside *died* are one happening, and the
same action done to someone else is not.
"""

from __future__ import annotations

import shutil
import sys
import time

import pytest

from explorer.core.extract import wordnet as lexicon
from explorer.paths import resource_path

from tests.core.extract.clusters.test_clusters import Corpus


@pytest.fixture
def fresh_lexicon():
    lexicon.action_senses.cache_clear()
    lexicon.senses_of.cache_clear()
    yield
    lexicon.action_senses.cache_clear()
    lexicon.senses_of.cache_clear()


def test_the_lexicon_and_its_licence_ship_under_resources():
    folder = resource_path("lexicon")
    assert (folder / "wordnet_actions.tsv").is_file()
    assert (folder / "wordnet_deaths.tsv").is_file()
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in (folder / "WORDNET_LICENSE.txt").read_text()


def test_a_frozen_build_reads_the_lexicon_from_its_bundle(tmp_path, monkeypatch, fresh_lexicon):
    bundle = tmp_path / "bundle"
    shutil.copytree(resource_path("lexicon"), bundle / "resources" / "lexicon")
    with (bundle / "resources" / "lexicon" / "wordnet_actions.tsv").open("a", encoding="utf-8") as handle:
        handle.write("bundledverb\tv\t0\n")  # only the bundle's copy knows this word
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert lexicon.action_keys("bundledverb") == frozenset({0})


def test_loading_the_lexicon_takes_a_fraction_of_a_second(fresh_lexicon):
    started = time.perf_counter()
    table = lexicon.action_senses()
    assert time.perf_counter() - started < 0.5
    assert len(table) > 10_000


@pytest.mark.parametrize("word, pos", [("kill", "v"), ("murder", "v"), ("shoot", "v"), ("assassinate", "v"),
                                       ("die", "v"), ("slaying", "n"), ("assassination", "n"), ("death", "n")])
def test_words_of_killing_and_dying_tell_a_death(word, pos):
    assert lexicon.tells_a_death(word, pos)


@pytest.mark.parametrize("word, pos", [("say", "v"), ("arrest", "v"), ("wound", "v"), ("bombing", "n"),
                                       ("trial", "n")])
def test_other_acts_even_violent_ones_tell_no_death(word, pos):
    assert not lexicon.tells_a_death(word, pos)


@pytest.mark.parametrize("a, b, pos_b", [
    ("kill", "die", "v"), ("issue", "release", "v"), ("hit", "strike", "v"), ("pass away", "die", "v"),
    ("die", "death", "n"), ("arrest", "arrest", "n"),
])
def test_words_that_can_name_one_action(a, b, pos_b):
    assert lexicon.can_name_one_action(a, b, "v", pos_b)


@pytest.mark.parametrize("a, b", [("check", "arrest"), ("die", "pass"), ("kill", "release"), ("sign", "die")])
def test_words_that_share_only_a_rare_sense_or_none_are_not_one_action(a, b):
    assert not lexicon.can_name_one_action(a, b)


def death_told_twice(first: tuple[str, str], second: tuple[str, str], second_people=("reed",)) -> Corpus:
    """Two outlets on one day: a sentence and its trigger lemma each; Tom Reed (or whom ``second_people`` name)."""
    corpus = Corpus()
    day = ("2024-05-01", "2024-05-01")
    corpus.add("a", "2024-05-02", [(first[0], first[1], ["reed", "oslo"], day)])
    corpus.add("b", "2024-05-02", [(second[0], second[1], list(second_people), day)])
    return corpus


def test_killed_and_died_of_one_person_on_one_day_are_one_cluster():
    corpus = death_told_twice(("Tom Reed was killed in a car crash near Oslo on Wednesday.", "kill"),
                              ("Tom Reed died on Wednesday, his family said.", "die"))
    (cluster,) = corpus.cluster()
    assert cluster["doc_ids"] == ["a", "b"] and len(cluster["event_ids"]) == 2


def test_passed_away_is_died_and_passed_alone_is_not():
    died = death_told_twice(("Tom Reed died in Oslo on Wednesday.", "die"),
                            ("Tom Reed passed away on Wednesday, his family said.", "pass"))
    passed = death_told_twice(("Tom Reed died in Oslo on Wednesday.", "die"),
                              ("Tom Reed passed the exam on Wednesday, his family said.", "pass"))
    for corpus in (died, passed):
        event = corpus.events[-1]
        event["trigger_end"] = event["start"] + event["sentence"].index("passed") + len("passed")
    assert [c["doc_ids"] for c in died.cluster()] == [["a", "b"]]
    assert passed.cluster() == []


def test_his_death_in_one_outlet_and_died_in_another_are_one_happening():
    corpus = death_told_twice(("Tom Reed died in Oslo on Wednesday.", "die"),
                              ("Police are investigating the death of Tom Reed on Wednesday.", "investigate"))
    (cluster,) = corpus.cluster()
    assert cluster["doc_ids"] == ["a", "b"]


def test_the_same_action_in_other_words_done_to_someone_else_is_another_happening():
    corpus = death_told_twice(("Tom Reed was killed in a car crash near Oslo on Wednesday.", "kill"),
                              ("Per Lund died on Wednesday, his family said.", "die"), second_people=("lund",))
    assert corpus.cluster() == []



def test_checking_into_rehab_and_checking_out_are_two_actions_but_in_and_into_are_one():
    def told(second: str) -> Corpus:
        corpus = death_told_twice(("Tom Reed checked into a rehab clinic in Oslo on Wednesday.", "check"),
                                  (second, "check"))
        for event in corpus.events:
            event["trigger_end"] = event["start"] + event["sentence"].index("checked") + len("checked")
        return corpus

    assert told("Tom Reed checked out of the rehab clinic on Wednesday.").cluster() == []
    assert [c["doc_ids"] for c in told("Tom Reed checked in at a rehab clinic on Wednesday.").cluster()] == [["a", "b"]]
