"""The README's sqlite3 example, run as written against the seed workspace."""

from __future__ import annotations

import re
import sqlite3

from tests.conftest import REPO


def readme_sqlite_examples() -> list[tuple[str, str]]:
    """(workspace, SQL) of every `sqlite3 FILE "SQL"` line in README.md."""
    return re.findall(r'^sqlite3 (\S+) "([^"]+)"$', (REPO / "README.md").read_text(), flags=re.MULTILINE)


def test_the_readme_full_text_search_example_lists_the_documents_that_mention_the_word(seed_workspace):
    examples = readme_sqlite_examples()
    assert examples, "README.md has no sqlite3 example"
    for workspace, sql in examples:
        assert workspace == "seeds.explorer"
        with sqlite3.connect(f"file:{seed_workspace}?mode=ro", uri=True) as conn:
            names = [row[0] for row in conn.execute(sql)]
            texts = dict(conn.execute("SELECT name, title || ' ' || text FROM documents"))
        word = re.search(r"MATCH '(\w+)'", sql).group(1)
        assert sorted(names) == sorted(n for n, t in texts.items() if re.search(rf"\b{word}\b", t, re.IGNORECASE))
        assert names
