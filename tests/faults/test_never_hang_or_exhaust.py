"""Promise: whatever a folder holds, ``explorer extract`` finishes, within bounded memory, reads
only what the analyst chose, and one odd file costs only itself (issue 17, cases 10, 11, 12).

Runs that would hang or eat the machine on a regression (a named pipe, ``/dev/zero``, 50,000
nested ``<div>``s) are separate processes with a time limit and an address-space limit, so a
regression fails the test rather than the test run. The others run in this process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.document import Document
from explorer.core.extract.timex.year_hint import corpus_year
from explorer.core.store import load_workspace

REPO = Path(__file__).resolve().parents[2]
SECONDS = 150  # start-up with the model and one small extraction take ~10 s; a hang takes forever
MEMORY_LIMIT = 8 * 1024**3  # address space for the child: plenty for the model, not for /dev/zero
posix_only = pytest.mark.skipif(os.name != "posix", reason="pipes, /dev/zero and rlimits are POSIX")


def limit_memory() -> None:
    """In the child: an address-space limit, so reading without bound fails fast, not the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def extract_in_child(folder: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    """``explorer extract`` in its own process; a test failure (not a hang) if it outlives SECONDS."""
    command = [sys.executable, "-m", "explorer", "extract", str(folder), "-o", str(output), "-q", *extra]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=SECONDS, cwd=REPO, env=env,
                              preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return pytest.fail(f"explorer extract still running after {SECONDS} s")


def case_folder(tmp_path: Path, seeds_dir: Path) -> Path:
    """A folder with one good article in it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seeds_dir / "000_41e90b55b187cf30.txt", folder / "good.txt")
    return folder


def document_names(workspace: Path) -> list[str]:
    return sorted(load_workspace(workspace, ["documents"])["documents"]["name"])


@posix_only
def test_a_named_pipe_in_the_folder_is_skipped_not_waited_on(seeds_dir, tmp_path):
    folder = case_folder(tmp_path, seeds_dir)
    os.mkfifo(folder / "pipe.txt")
    run = extract_in_child(folder, tmp_path / "case.explorer")
    assert "pipe.txt: skipped: not a regular file (a pipe, device or socket)" in run.stderr
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert document_names(tmp_path / "case.explorer") == ["good.txt"]


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_skipped_and_the_good_files_extracted(seeds_dir, tmp_path):
    folder = case_folder(tmp_path, seeds_dir)
    (folder / "zero.txt").symlink_to("/dev/zero")
    run = extract_in_child(folder, tmp_path / "case.explorer")
    assert "zero.txt: skipped: a link to a file outside the folder (use --follow-links)" in run.stderr
    assert "MemoryError" not in run.stderr and run.returncode == 1
    assert document_names(tmp_path / "case.explorer") == ["good.txt"]


@posix_only
def test_fifty_thousand_nested_divs_are_read_not_waited_on(seeds_dir, tmp_path):
    folder = case_folder(tmp_path, seeds_dir)
    depth = 50_000
    page = ("<html><body>" + "<div>" * depth + "<p>The summit opened in Geneva on Wednesday.</p>"
            + "</div>" * depth + "</body></html>")
    (folder / "deep.html").write_text(page, encoding="utf-8")
    run = extract_in_child(folder, tmp_path / "case.explorer")
    assert run.returncode == 0, run.stderr
    assert document_names(tmp_path / "case.explorer") == ["deep.html", "good.txt"]


def test_a_link_out_of_the_folder_is_named_and_its_text_kept_out(seeds_dir, tmp_path, capsys):
    folder = case_folder(tmp_path, seeds_dir)
    private = tmp_path / "private.txt"
    private.write_text("My private diary. The meeting with my lawyer was on 4 February 2026.\n")
    (folder / "x.txt").symlink_to(private)
    workspace = tmp_path / "case.explorer"
    assert main(["extract", str(folder), "-o", str(workspace), "-q"]) == 1
    assert "x.txt: skipped: a link to a file outside the folder (use --follow-links)" in capsys.readouterr().err
    documents = load_workspace(workspace, ["documents"])["documents"]
    assert list(documents["name"]) == ["good.txt"]
    assert not documents["text"].str.contains("private diary").any()


def test_follow_links_reads_a_link_out_of_the_folder_when_asked(seeds_dir, tmp_path, capsys):
    folder = case_folder(tmp_path, seeds_dir)
    shutil.copy(seeds_dir / "003_4e1481897fb26327.txt", tmp_path / "elsewhere.txt")
    (folder / "x.txt").symlink_to(tmp_path / "elsewhere.txt")
    workspace = tmp_path / "case.explorer"
    assert main(["extract", str(folder), "-o", str(workspace), "-q", "--follow-links"]) == 0
    assert "skipped" not in capsys.readouterr().err
    assert document_names(workspace) == ["good.txt", "x.txt"]


def test_a_file_over_the_size_limit_is_skipped_in_a_moment(seeds_dir, tmp_path, capsys):
    folder = case_folder(tmp_path, seeds_dir)
    with open(folder / "dump.txt", "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB to read, nothing on disk
    assert main(["extract", str(folder), "-o", str(tmp_path / "case.explorer"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "dump.txt: skipped: larger than 32 MB, the most Explorer reads as one document (200 MB)" in err
    assert document_names(tmp_path / "case.explorer") == ["good.txt"]


def test_a_sidecar_nested_100000_deep_is_named_and_its_two_documents_extracted(seeds_dir, tmp_path, capsys):
    folder = case_folder(tmp_path, seeds_dir)
    shutil.copy(seeds_dir / "001_1529453b874579de.txt", folder / "a.txt")
    shutil.copy(seeds_dir / "002_ca9448a2e7e84a10.txt", folder / "a.md")
    (folder / "a.meta.json").write_text("[" * 100_000 + "]" * 100_000)
    assert main(["extract", str(folder), "-o", str(tmp_path / "case.explorer"), "-q"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].endswith("a.meta.json: not a sidecar (JSON nested too deeply)")
    assert document_names(tmp_path / "case.explorer") == ["a.md", "a.txt", "good.txt"]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that stores any bytes")
def test_a_file_name_that_is_not_utf8_is_extracted_under_a_shown_name(seeds_dir, tmp_path, capsys):
    folder = case_folder(tmp_path, seeds_dir)
    shutil.copy(seeds_dir / "003_4e1481897fb26327.txt", os.fsdecode(os.fsencode(folder) + b"/\xff\xfe.txt"))
    workspace = tmp_path / "case.explorer"
    assert main(["extract", str(folder), "-o", str(workspace), "-q"]) == 0
    assert capsys.readouterr().err == ""
    documents = load_workspace(workspace, ["documents"])["documents"]
    assert sorted(documents["name"]) == ["good.txt", "\ufffd\ufffd.txt"]


def test_one_sidecar_dated_9999_is_refused_and_the_others_keep_their_events(seeds_dir, tmp_path, capsys):
    folder = case_folder(tmp_path, seeds_dir)
    (folder / "good.meta.json").write_text(json.dumps({"published": "9999-12-31"}))
    story = ("Talks resume in Geneva\n\nThe delegations met in Geneva on December 30 and the minister said "
             "the talks would resume next month. A week later the envoys returned.\n")
    for name in ("u1.txt", "u2.txt", "u3.txt"):
        (folder / name).write_text(story)
    workspace = tmp_path / "case.explorer"
    assert main(["extract", str(folder), "-o", str(workspace), "-q"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "good.meta.json: 'published' 9999-12-31 is not a plausible publication date" in err[0]
    tables = load_workspace(workspace, ["documents", "events"])
    assert "9999-12-31" not in set(tables["documents"]["published"])
    by_document = dict(zip(tables["documents"]["doc_id"], tables["documents"]["name"], strict=True))
    with_events = {by_document[d] for d in tables["events"]["doc_id"]}
    assert with_events == {"good.txt", "u1.txt"}  # u2 and u3 repeat u1 word for word: copies, read once
    copies = tables["documents"].set_index("name")["copy_of"]
    assert copies["u2.txt"] == copies["u3.txt"] == tables["documents"].set_index("name").loc["u1.txt", "doc_id"]
    assert not tables["events"]["date_start"].fillna("").str.startswith("9999").any()


def test_the_corpus_year_ignores_a_year_no_publication_has():
    def document(name: str, published: str) -> Document:
        return Document(doc_id=name, name=name, text="x", published=published)

    dated = [document("a", "9999-12-31"), document("b", ""), document("c", "")]
    assert corpus_year(dated) is None
    assert corpus_year(dated + [document("d", f"{date.today().year}-01-02")]) == date.today().year
