"""The layers stay apart (the import-linter contracts in pyproject.toml), and spaCy stays in the pipeline.

The contracts: the core imports no Qt and no GUI; command line > GUI > core > paths;
the core's, extraction's and the GUI's own layers; and no spaCy in the store, the
edits, query, export, review, the time-expression rules or the GUI.
"""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    contracts = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--config", str(REPO / "pyproject.toml")],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(contracts)} kept, 0 broken" in result.stdout


SPACY_FREE = """
import sys
from explorer.core.edits import decisions
from explorer.core.store import append_edit, load_workspace
import explorer.core.extract.timex
import explorer.gui.window.main_window

path = sys.argv[1]
documents = load_workspace(path, ["documents"])["documents"]
append_edit(path, decisions.set_published(documents.at[0, "doc_id"], "2026-03-09", documents.at[0, "name"]))
tables = load_workspace(path)  # replays the date correction: its time expressions are found again
assert (tables["documents"]["published_basis"] == "analyst").sum() == 1
print(sorted(m for m in sys.modules if m.split(".")[0] == "spacy"))
"""


def test_opening_a_workspace_and_correcting_a_date_load_no_spacy(seed_workspace):
    """spaCy stays inside the extraction pipeline: the store, the edits' replay, the time-expression
    rules and the window import it neither on import nor when a date correction is replayed."""
    result = subprocess.run([sys.executable, "-c", SPACY_FREE, str(seed_workspace)], cwd=REPO,
                            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", result.stdout
