"""A corrected publication date dates real articles' events as extraction does with that date.

TimeBank+AQUAINT articles (``../shared/corpora``) extracted with a publication date a day
late or a week early, then corrected to their own: every event shows the analyst the
date that extraction with the right date gives it (the replay keeps extraction's choice,
made with the parse, and moves its values).
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from explorer.core.document import Document, make_doc_id
from explorer.core.edits import apply_edits, decisions
from explorer.core.extract.pipeline.runner import extract_documents
from explorer.core.ingest.furniture import find_furniture


class Article(NamedTuple):
    name: str
    text: str
    dct: date


def read_tml(path: Path) -> Article:
    """The article's text (its TEXT element's) and its creation time."""
    root = ET.parse(path).getroot()
    created = next(t.get("value", "") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
    return Article(path.stem, "".join(root.find("TEXT").itertext()), date.fromisoformat(created[:10]))


def articles(timebank_corpus: Path, count: int = 8) -> list[Article]:
    files = sorted(timebank_corpus.glob("*/*.tml"))
    random.Random(5).shuffle(files)
    return [read_tml(path) for path in files[:count]]


def extracted(tml: list, published: list[str]):
    return extract_documents([Document(make_doc_id(d.name, d.text), d.name, d.text, published=p,
                                       published_basis="content", furniture=find_furniture(d.text))
                              for d, p in zip(tml, published)])


def dates(tables) -> dict[str, tuple[str, str, str]]:
    events = tables["events"]
    return {e: (s, t, b) for e, s, t, b in zip(events["event_id"], events["date_start"], events["date_end"],
                                               events["date_basis"])}


@pytest.mark.parametrize("days", [1, -7])
def test_correcting_real_articles_dates_gives_extractions_dates(timebank_corpus, days):
    tml = articles(timebank_corpus)
    own = [d.dct.isoformat() for d in tml]
    expected = dates(extracted(tml, own))
    shifted = extracted(tml, [(d.dct + timedelta(days=days)).isoformat() for d in tml])
    corrected = apply_edits(shifted, [decisions.set_published(make_doc_id(d.name, d.text), p, d.name)
                                      for d, p in zip(tml, own)])
    got = dates(corrected)
    assert len(expected) > 50
    assert {e: got.get(e) for e in expected if got.get(e) != expected[e]} == {}


def test_a_day_that_the_corrected_date_puts_after_publication_dates_no_past_event(timebank_corpus):
    """Extracted a day late, "as soon as Tuesday" is the publication day and the exiles 'continued to vow'
    that day; corrected to Monday, that Tuesday is still to come, so extraction dates the vow by Monday (a date
    after publication tells no past event's time: since s10c a vow is a statement, of the report's day; before, on
    or before it), and so must the replay."""
    tml = [read_tml(path) for path in sorted(timebank_corpus.glob("*/NYT20000403.0463.tml"))]
    if not tml:
        pytest.skip("TimeBank+AQUAINT's NYT20000403.0463 is not in the shared corpora")
    own = [d.dct.isoformat() for d in tml]
    expected = dates(extracted(tml, own))
    shifted = extracted(tml, [(d.dct + timedelta(days=1)).isoformat() for d in tml])
    corrected = dates(apply_edits(shifted, [decisions.set_published(make_doc_id(d.name, d.text), p, d.name)
                                            for d, p in zip(tml, own)]))
    vow = make_doc_id(tml[0].name, tml[0].text) + "-e813"  # "continued to vow", at character 813
    assert expected[vow] == ("2000-04-03", "2000-04-03", "dct")
    assert {e: corrected.get(e) for e in expected if corrected.get(e) != expected[e]} == {}
