"""Near-duplicates: a republished copy is found whatever a republisher changed; a different article is not."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from explorer.core.document import Document
from explorer.core.ingest.duplicates import find_copies, mark_copies
from explorer.core.review.copies import also_published_by, published_by_line

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def _seed(number: int) -> str:
    return next(SEEDS.glob(f"{number:03d}_*.txt")).read_text(encoding="utf-8")


def _doc(doc_id: str, text: str, **fields) -> Document:
    return Document(doc_id=doc_id, name=f"{doc_id}.txt", text=text, **fields)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


EDITS = {
    "headline changed": lambda t: "\n".join(["BREAKING: India joins the minerals club - The Courier", *_lines(t)[1:]]),
    "byline and boilerplate": lambda t: "\n".join(["By Jane Morrow, Reuters", *_lines(t),
                                                    "Copyright Reuters. All rights reserved."]),
    "paragraph removed": lambda t: "\n".join(_lines(t)[:2] + _lines(t)[3:]),
    "truncated at 60%": lambda t: t[:int(len(t) * 0.6)],
    "paragraph added": lambda t: "\n".join([*_lines(t), *_lines(_seed(3))[1:3]]),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_republication_is_a_copy_of_the_original(edit):
    original, copy = _doc("orig", _seed(0)), _doc("copy", EDITS[edit](_seed(0)))
    assert find_copies([original, copy]) == {"copy": "orig"}


def test_different_articles_are_never_copies():
    documents = [_doc(f"s{n}", _seed(n)) for n in range(5)]
    assert find_copies(documents) == {}


def test_the_first_read_is_kept_and_every_copy_names_it_not_another_copy():
    documents = [_doc("a", _seed(1)), _doc("b", EDITS["headline changed"](_seed(1))),
                 _doc("c", EDITS["byline and boilerplate"](_seed(1))), _doc("d", _seed(2))]
    assert mark_copies(documents) == 2
    assert [d.copy_of for d in documents] == ["", "a", "a", ""]


def test_a_held_document_is_kept_even_when_read_after_its_copy():
    held = [_doc("held", _seed(4))]
    new = [_doc("new", EDITS["truncated at 60%"](_seed(4)))]
    assert find_copies(new, held=held) == {"new": "held"}


def test_a_short_note_is_never_called_a_copy():
    assert find_copies([_doc("a", "Markets closed higher."), _doc("b", "Markets closed higher.")]) == {}


def test_also_published_by_names_the_copies_outlets():
    table = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "copy_of": ["", "a", "a", ""],
                          "source": ["ANI", "Reuters", "", "BBC"], "name": ["a.txt", "b.txt", "c.txt", "d.txt"]})
    assert also_published_by(table, "a") == ["Reuters", "c.txt"]
    assert also_published_by(table, "d") == []
    assert published_by_line(table, "a") == "also published by Reuters and c.txt"
    assert published_by_line(table, "d") == ""
