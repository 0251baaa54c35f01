"""The outlet credited by the article itself, and nothing credited only by an embed."""

from __future__ import annotations

import pytest

from explorer.core.ingest.furniture import find_furniture
from explorer.core.ingest.outlet import find_outlet


def outlet(text: str) -> str:
    return find_outlet(text, find_furniture(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LONDON, Feb 4 (Reuters) - Oil prices rose.", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted.", "AP"),
        ("By JANE DOE, Associated Press\nWASHINGTON — The Senate voted.", "AP"),
        ("Body text.\nMore text. (ANI)", "ANI"),
        ("Body text.\n\n— PTI\n\nShare this article:", "PTI"),
        ("Body text.\n(With inputs from agencies and PTI)", ""),
        ("Body text.\n(With inputs from PTI)", "PTI"),
        ("Body text.\nBased On ANI Report\nNo comments:", "ANI"),
        ("Body.\nThis story has been published from an IANS feed.", "IANS"),
        ("The AP style guide says so.\nThe end.", ""),
        ("ANI reported that the talks went on.", ""),
        ("Body.\nhttps://t.co/abc pic\n— ANI (@ANI) February 4, 2026\nEnd of Article", ""),
    ],
)
def test_find_outlet(text, expected):
    assert outlet(text) == expected
