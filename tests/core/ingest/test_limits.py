"""Ingest never waits, never reads without bound, never leaves the chosen folder unasked, and
one odd file (a pipe, a device, a deep page, a deep sidecar, a name that is not UTF-8, a date
in the year 9999) is named and left out without costing the others (issue 17, cases 10-12).

Tests that would block on the old code run their work in a daemon thread with a deadline,
and release a waiting pipe afterwards, so a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import threading
import time
import tracemalloc
from datetime import date

import pytest

from explorer.core.document import make_doc_id
from explorer.core.errors import UnreadableDocument
from explorer.core.ingest import Skipped, discover_files, read_documents
from explorer.core.ingest.decode import MAX_DOCUMENT_BYTES, read_bytes
from explorer.core.ingest.discover import shown_name
from explorer.core.ingest.html import html_to_text
from explorer.core.ingest.metadata import SidecarError, parse_published
from explorer.core.ingest.published import find_published, implausible
from explorer.core.ingest.reader import document_id

ARTICLE = "Talks resume\nThe ministers met in Geneva on Wednesday, February 4, 2026, for talks.\n"
fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def within(seconds: float, work):
    """``work()``'s result, or a test failure if it has not returned within ``seconds``."""
    outcome: dict = {}

    def run():
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        return pytest.fail(f"still running after {seconds} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def release(pipe) -> None:
    """Unblock a reader stuck on ``pipe`` (old code): a writer that opens and closes it."""
    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # nobody is reading it: nothing to release


@fifo_only
def test_a_named_pipe_is_skipped_without_waiting_for_a_writer(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    try:
        result = within(10, lambda: read_documents([tmp_path]))
    finally:
        release(pipe)
    assert [d.name for d in result.documents] == ["good.txt"]
    assert result.skipped == [Skipped("pipe.txt", "not a regular file (a pipe, device or socket)")]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_given_by_name_is_refused_before_it_is_read():
    with pytest.raises(UnreadableDocument, match="not a regular file"):
        within(10, lambda: read_bytes("/dev/zero"))


def test_a_file_over_the_limit_is_skipped_quickly_with_its_size(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: no disk, no time
    started = time.perf_counter()
    result = read_documents([tmp_path])
    assert time.perf_counter() - started < 5
    assert [d.name for d in result.documents] == ["good.txt"]
    [skipped] = result.skipped
    assert skipped.name == "huge.txt" and skipped.reason.startswith("larger than 32 MB")


def test_a_file_that_grows_past_its_size_is_still_bounded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(UnreadableDocument, match="larger than"):
        read_bytes(path, limit=50)
    assert read_bytes(path, limit=100) == b"x" * 100


def test_reading_a_one_line_file_costs_a_few_times_its_size_not_sixteen(tmp_path):
    line = "The minister said on 4 February 2026 that the talks in Geneva would resume next week. "
    (tmp_path / "one.txt").write_text(line * 40_000 + "\n", encoding="utf-8")  # 3.5 MB, one line
    size = (tmp_path / "one.txt").stat().st_size
    tracemalloc.start()
    try:
        [document] = read_documents([tmp_path]).documents
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert document.text.startswith("The minister said")
    assert peak < 5 * size, f"peak {peak / size:.1f} times the file"


def test_a_file_that_exhausts_memory_costs_only_itself(tmp_path, monkeypatch):
    from explorer.core.ingest.formats import text

    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "vast.txt").write_text(ARTICLE, encoding="utf-8")
    real = text.decode_text

    def exhausted(data, path):
        if str(path).endswith("vast.txt"):
            raise MemoryError()
        return real(data, path)

    monkeypatch.setattr(text, "decode_text", exhausted)
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["good.txt"]
    assert result.skipped == [Skipped("vast.txt", "too large for the memory available")]


def test_document_id_is_make_doc_id():
    for name, text in [("a.txt", "Zürich " * 300_000), ("\ufffd.txt", "東京\n" * 10), ("b", "x")]:
        assert document_id(name, text) == make_doc_id(name, text)


def test_a_link_to_a_file_outside_the_folder_is_named_not_followed(tmp_path):
    folder, outside = tmp_path / "case", tmp_path / "private"
    folder.mkdir()
    outside.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (outside / "diary.txt").write_text("My private diary: nobody reads this.", encoding="utf-8")
    (folder / "x.txt").symlink_to(outside / "diary.txt")
    (folder / "inside.txt").symlink_to(folder / "good.txt")  # inside: the same file, read once
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    result = read_documents([folder])
    assert [d.name for d in result.documents] == ["good.txt"]
    assert not any("diary" in d.text for d in result.documents)
    assert sorted(result.skipped, key=lambda s: s.name) == [
        Skipped("elsewhere", "a link to a folder outside the folder (use --follow-links)"),
        Skipped("x.txt", "a link to a file outside the folder (use --follow-links)"),
    ]


def test_follow_links_reads_them_and_a_link_loop_ends(tmp_path):
    folder, outside = tmp_path / "case", tmp_path / "private"
    (folder / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "diary.txt").write_text("Asked for: the diary is read.", encoding="utf-8")
    (folder / "x.txt").symlink_to(outside / "diary.txt")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    result = within(10, lambda: read_documents([folder], follow_links=True))
    assert [d.name for d in result.documents] == ["elsewhere/diary.txt"]
    assert result.skipped == []


def test_a_broken_link_is_named(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    files, skipped = discover_files([tmp_path])
    assert files == [] and skipped == [Skipped("gone.txt", "a broken link (its target does not exist)")]


def test_a_link_loop_is_named_and_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "l1.txt").symlink_to(tmp_path / "l2.txt")
    (tmp_path / "l2.txt").symlink_to(tmp_path / "l1.txt")
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["good.txt"]
    assert [s.reason for s in result.skipped] == ["a link loop (it never reaches a file)"] * 2
    followed = read_documents([tmp_path], follow_links=True)
    assert [d.name for d in followed.documents] == ["good.txt"] and len(followed.skipped) == 2


@pytest.mark.skipif(os.name == "nt" or os.uname().sysname == "Darwin", reason="needs a filesystem of bytes")
def test_a_name_that_is_not_utf8_is_shown_with_replacement_and_still_read(tmp_path):
    folder = os.fsencode(tmp_path)
    for raw in (b"\xff\xfe.txt", b"\xfe\xff.txt"):
        with open(os.path.join(folder, raw), "w", encoding="utf-8") as handle:
            handle.write(ARTICLE)
    result = read_documents([tmp_path])
    names = sorted(d.name for d in result.documents)
    assert len(names) == 2 and len(set(names)) == 2
    for document in result.documents:
        document.name.encode("utf-8")  # storable and printable
        document.path.encode("utf-8")
        assert document.name.endswith("\ufffd\ufffd.txt")
    assert shown_name(os.fsdecode(b"caf\xe9.txt")) == "caf\ufffd.txt"


def test_fifty_thousand_nested_divs_read_in_seconds():
    depth = 50_000
    page = "<html><body>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth + "</body></html>"
    title, text = within(20, lambda: html_to_text(page))
    assert text == "Deep text."


def test_a_page_of_many_tags_costs_its_text_not_a_tree():
    page = "<html><body>" + "<b>word</b> " * 200_000 + "</body></html>"  # 2.4 MB, 200,000 elements
    tracemalloc.start()
    try:
        _, text = html_to_text(page)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text == " ".join(["word"] * 200_000)
    assert peak < 10 * len(page), f"peak {peak / len(page):.0f} times the page"


def test_deep_clutter_and_deep_text_stay_linear():
    depth = 20_000  # each word one level deeper: the old walk up to a <pre> from each word was quadratic
    page = ("<html><body><p>Kept.</p>" + "<aside>" * depth + "ad" + "</aside>" * depth
            + "<div>" + "<b>w  " * depth + "</b>" * depth + "</div></body></html>")
    _, text = within(20, lambda: html_to_text(page))
    assert text == "Kept.\n" + " ".join(["w"] * depth)


def test_a_sidecar_nested_too_deeply_is_named_and_its_documents_still_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text("# Second\nAnother article about the talks.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = read_documents([tmp_path])
    assert sorted(d.name for d in result.documents) == ["a.md", "a.txt"]
    assert result.skipped == []
    assert len(result.warnings) == 1 and "JSON nested too deeply" in result.warnings[0]


def test_a_huge_sidecar_is_not_read_whole(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with open(tmp_path / "a.meta.json", "wb") as handle:
        handle.truncate(2 * 1024 * 1024)
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["a.txt"]
    assert len(result.warnings) == 1 and "larger than 1 MB" in result.warnings[0]


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1799-12-31", "2199-06-01"])
def test_an_implausible_sidecar_date_is_rejected_with_a_reason(value):
    with pytest.raises(SidecarError, match="not a plausible publication date"):
        parse_published(value, "a.meta.json")


def test_plausible_dates_are_kept():
    assert parse_published("1851-09-18", "w") == "1851-09-18"  # the New York Times' first issue
    assert implausible(date(2026, 12, 24), today=date(2026, 12, 4)) == ""
    assert implausible(date(2028, 1, 1), today=date(2026, 12, 4))


def test_a_date_line_far_in_the_future_is_not_the_publication_date():
    published = find_published("Published: December 31, 2099\nThe plan runs to the end of the century.")
    assert published.date == ""


def test_one_sidecar_dated_9999_does_not_date_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "9999-12-31"}), encoding="utf-8")
    for name in ("u1.txt", "u2.txt"):
        (tmp_path / name).write_text("New Delhi, Jan 13: The talks resumed on Tuesday.", encoding="utf-8")
    result = read_documents([tmp_path])
    dates = {d.name: d.published for d in result.documents}
    assert dates == {"a.txt": "", "u1.txt": "2026-01-13", "u2.txt": "2026-01-13"}
    assert len(result.warnings) == 1 and "9999-12-31 is not a plausible publication date" in result.warnings[0]
