"""Sources named as a reader knows them: outlet, then outlet and title, the file name last."""

from __future__ import annotations

from explorer.core.review.sources import relabel_note, source_labels


def test_outlets_name_sources_and_titles_tell_one_outlets_stories_apart():
    labels = source_labels([
        dict(name="000_41e9.txt", title="Jaishankar in Washington", source="ANI"),
        dict(name="001_ab12.txt", title="Minerals summit opens", source="IANS"),
        dict(name="002_cd34.txt", title="Rubio welcomes delegates", source="IANS"),
        dict(name="003_ef56.txt", title="", source=""),
    ])
    assert labels == {"000_41e9.txt": "ANI", "001_ab12.txt": "IANS (Minerals summit opens)",
                      "002_cd34.txt": "IANS (Rubio welcomes delegates)", "003_ef56.txt": "003_ef56.txt"}


def test_two_sources_that_would_read_alike_keep_their_file_name():
    labels = source_labels([dict(name="a.txt", title="Same", source="Wire"), dict(name="b.txt", title="Same", source="Wire")])
    assert labels == {"a.txt": "Wire (Same) [a.txt]", "b.txt": "Wire (Same) [b.txt]"}


def test_a_note_is_relabelled_in_one_pass():
    note = "Dates differ: a.txt says 2026-02-04; ba.txt says 2026-02-05"
    assert relabel_note(note, {"a.txt": "ba.txt", "ba.txt": "Paper"}) == \
        "Dates differ: ba.txt says 2026-02-04; Paper says 2026-02-05"
    assert relabel_note("", {"a.txt": "A"}) == ""
