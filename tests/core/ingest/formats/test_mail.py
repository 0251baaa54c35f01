"""E-mail: .eml, .mbox and Outlook .msg, each message a document with its subject, sender and date."""

from __future__ import annotations

from tests.core.ingest.formats.conftest import mention_slices, read_one


def test_an_eml_gives_subject_sender_and_the_senders_day_and_its_text_attachment(formats_dir):
    documents, skipped = read_one(formats_dir / "note.eml")
    note = documents["note.eml"]
    assert note.title == "Flooding closes Dhaka airport"
    assert note.source == "Jane Roe"  # the display name, not the address
    assert (note.published, note.published_basis) == ("2026-03-03", "metadata")  # 23:30 in New York, not UTC's 4 March
    assert note.text.startswith("Heavy flooding closed Hazrat Shahjalal")  # the plain part, not the HTML alternative
    attachment = documents["note.eml ▸ attachment statement.txt"]
    assert attachment.origin == "attachment statement.txt"
    assert "Civil Aviation Authority of Bangladesh" in attachment.text
    assert len(documents) == 2 and not skipped  # the PNG is no document and no complaint


def test_an_html_only_message_is_read_through_the_html_path(formats_dir):
    documents, _ = read_one(formats_dir / "html_only.eml")
    brief = documents["html_only.eml"]
    assert "Parliament in Canberra debated the housing bill" in brief.text
    assert "<p>" not in brief.text and brief.source == "newsletter@example.org"


def test_a_broken_mime_part_is_named_and_the_body_still_read(formats_dir):
    documents, skipped = read_one(formats_dir / "broken_part.eml")
    assert list(documents) == ["broken_part.eml"]
    assert "quarterly report from Lagos" in documents["broken_part.eml"].text
    assert skipped == {"broken_part.eml ▸ attachment report.txt":
                       "broken MIME part: not valid base64 (InvalidBase64LengthDefect)"}


def test_each_message_of_a_mailbox_is_a_document_in_order(formats_dir):
    documents, skipped = read_one(formats_dir / "case.mbox")
    assert list(documents) == ["case.mbox ▸ message 1", "case.mbox ▸ message 2", "case.mbox ▸ message 3"]
    third = documents["case.mbox ▸ message 3"]
    assert (third.origin, third.title, third.source, third.published) == (
        "message 3", "Fire at Lisbon warehouse", "Rita Lopes", "2026-04-08")
    assert third.text.strip() == "A fire destroyed a warehouse in Lisbon on Wednesday."
    assert not skipped


def test_a_mailbox_inside_another_file_is_split_the_same_way(formats_dir):
    from explorer.core.ingest.formats import Source, pieces_of

    on_disk = Source(name="case.mbox", path=formats_dir / "case.mbox")
    in_memory = Source(name="x.zip ▸ case.mbox", path=formats_dir / "case.mbox",
                       data=(formats_dir / "case.mbox").read_bytes())
    assert [(p.part, p.text) for p in pieces_of(on_disk)] == [(p.part, p.text) for p in pieces_of(in_memory)]


def test_an_outlook_msg_gives_subject_sender_date_and_attachment(formats_dir):
    documents, skipped = read_one(formats_dir / "memo.msg")
    memo = documents["memo.msg"]
    assert (memo.title, memo.source, memo.published) == ("Strike halts Antwerp docks", "Lena Maes", "2026-05-08")
    assert "Union leader Marc Peeters" in memo.text and "\r" not in memo.text
    assert "strike begins at the Port of Antwerp" in documents["memo.msg ▸ attachment timeline.txt"].text
    assert not skipped


def test_a_damaged_msg_is_one_line_naming_the_file(tmp_path):
    damaged = tmp_path / "damaged.msg"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    documents, skipped = read_one(damaged)
    assert not documents
    assert skipped["damaged.msg"].startswith("not an Outlook message that can be read")


def test_offsets_of_mentions_in_messages_slice_their_stored_text(extracted):
    for name in ("note.eml", "case.mbox ▸ message 1", "memo.msg"):
        slices = mention_slices(extracted, name)
        assert slices and all(text == stored for text, stored in slices), name
    assert ("Dhaka", "Dhaka") in mention_slices(extracted, "note.eml")


def test_a_message_with_no_text_is_named_not_silently_dropped(tmp_path):
    from email.message import EmailMessage

    empty = EmailMessage()
    empty["From"] = "ops@example.org"
    empty["Subject"] = "No body"
    empty.add_attachment(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", filename="chart.png")
    (tmp_path / "empty.eml").write_bytes(bytes(empty))
    documents, skipped = read_one(tmp_path / "empty.eml")
    assert not documents
    assert skipped == {"empty.eml": "a message with no text (no body, no attachment Explorer reads)"}
    text = EmailMessage()
    text["From"] = "desk@example.org"
    text.set_content("Talks resumed in Doha.\n")
    (tmp_path / "box.mbox").write_bytes(b"From a@b Mon Jan  1 00:00:00 2026\n" + bytes(empty) + b"\n"
                                        + b"From a@b Mon Jan  1 00:00:00 2026\n" + bytes(text) + b"\n")
    documents, skipped = read_one(tmp_path / "box.mbox")
    assert list(documents) == ["box.mbox ▸ message 2"]
    assert skipped == {"box.mbox ▸ message 1": "a message with no text (no body, no attachment Explorer reads)"}
