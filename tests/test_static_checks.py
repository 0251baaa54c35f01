"""Static checks run with the tests: ruff over the code, the tests and the benchmarks, and mypy over the core.

Their settings are in pyproject.toml ([tool.ruff], [tool.mypy]); both come with the
``test`` extra (``pip install -e '.[test]'``, which ``./setup.sh`` runs). A finding
fails the test with the tool's own report.
"""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-fix", "explorer", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_core():
    result = _run("mypy")  # files = ["explorer/core"] in [tool.mypy]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_catches_a_misspelt_row_key(tmp_path):
    """The rows are typed: a column name the table does not have is a mypy error, not a KeyError at run time."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from explorer.core.extract.rows import BatchEvent\n"
        "def date_of(event: BatchEvent) -> str:\n"
        "    return event['date_begin']\n"
    )
    result = _run("mypy", "--config-file", str(REPO / "pyproject.toml"), str(probe))
    assert result.returncode == 1, result.stdout + result.stderr
    assert '"BatchEvent" has no key "date_begin"' in result.stdout


def test_explorers_own_warnings_fail_a_test():
    """pytest's filterwarnings makes a warning attributed to an explorer module an error."""
    import warnings

    import pytest

    with pytest.raises(UserWarning):
        warnings.warn_explicit("stale", UserWarning, "model.py", 1, module="explorer.core.model")
    with pytest.warns(DeprecationWarning):  # a third party's stays a warning
        warnings.warn_explicit("old", DeprecationWarning, "frame.py", 1, module="pandas.core.frame")
