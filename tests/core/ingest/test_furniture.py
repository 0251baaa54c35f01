"""Page furniture is marked (not removed) so extraction can skip it."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.ingest.decode import read_text
from explorer.core.ingest.furniture import find_furniture, load_patterns
from explorer.paths import resource_path

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def seed_text(prefix: str) -> str:
    return read_text(next(SEEDS.glob(f"{prefix}_*.txt")))


def marked(text: str) -> list[tuple[str, str]]:
    return [(span.kind, text[span.start:span.end]) for span in find_furniture(text)]


def test_patterns_are_data_in_resources():
    patterns = load_patterns(resource_path("furniture_patterns.jsonl"))
    kinds = {p.kind for p in patterns}
    assert {"share", "comments", "read-time", "embed-link", "end-marker"} <= kinds
    assert any(p.to_end for p in patterns)


def test_seed_001_embeds_and_end_marker():
    text = seed_text("001")
    spans = marked(text)
    kinds = [kind for kind, _ in spans]
    assert kinds.count("embed-link") == 2
    assert ("end-marker", "End of Article") in spans
    links = [chunk for kind, chunk in spans if kind == "embed-link"]
    assert any("https://t.co/0t8pr7FIDh" in chunk for chunk in links)
    assert any("pic.twitter.com/wIPnLSdDy0" in chunk for chunk in links)
    # The reporting itself is not furniture.
    assert not any("Addressing the Critical Minerals Ministerial" in chunk for _, chunk in spans)


def test_seed_002_blog_comment_box():
    assert marked(seed_text("002")) == [("comments", "No comments:"), ("comments", "Post a Comment")]


def test_seed_003_comment_thread_runs_to_the_end():
    text = seed_text("003")
    spans = find_furniture(text)
    assert [(s.kind, text[s.start:s.end]) for s in spans[:2]] == [
        ("read-time", "3 min read"),
        ("share", "Share this article:"),
    ]
    thread = spans[-1]
    assert thread.kind == "comments"
    assert text[thread.start:].startswith("Reader Comments")
    assert thread.end == len(text)
    comment = text.index("Good to see India at such high-level global tables")
    assert any(s.start <= comment < s.end for s in spans)
    # The agency credit and the last reporting paragraph stay outside furniture.
    credit = text.index("- IANS")
    assert not any(s.start <= credit < s.end for s in spans)


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_plain_articles_have_no_furniture(prefix):
    assert find_furniture(seed_text(prefix)) == []


def test_inline_read_time_and_welcome_blurb():
    text = ("By Jane Doe | 4 min read\nBody text.\n"
            "We welcome thoughtful discussions from our readers.\nMinimum 50 characters 0/50\n")
    assert marked(text) == [
        ("read-time", "4 min read"),
        ("comments", "We welcome thoughtful discussions from our readers."),
        ("comments", "Minimum 50 characters 0/50"),
    ]
