"""Starting the app: the sample workspace is rebuilt when extraction has changed since it was built."""

from __future__ import annotations

import shutil
import sqlite3

from explorer.core.fingerprint import extraction_fingerprint
from explorer.core.store import read_meta
from explorer.gui import app
from explorer.paths import seeds_path
from explorer.userdata import sample_workspace


def test_a_current_sample_is_reopened(seed_build):
    shutil.copy(seed_build.path, sample_workspace())
    assert read_meta(sample_workspace())["extraction"] == extraction_fingerprint()
    assert app._sample_paths() == [sample_workspace()]


def test_a_sample_built_by_older_extraction_is_built_again(seed_build):
    shutil.copy(seed_build.path, sample_workspace())
    with sqlite3.connect(sample_workspace()) as conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'extraction'")
    assert app._sample_paths() == [seeds_path()]


def test_a_damaged_sample_is_built_again():
    sample_workspace().write_bytes(b"garbage")
    assert app._sample_paths() == [seeds_path()]
