"""Make the e-mail, feed and article-table test files, each with the library that writes its kind.

Run from the repository root: ``.venv/bin/python tests/data/formats/make_mail_feed_table.py``.
E-mail with the standard library's ``email`` and ``mailbox``; feeds with ``xml.etree`` and
``email.utils``; tables with ``csv``, ``json`` and ``pyarrow``. The Outlook ``.msg`` is written by
aspose-email-foss (MIT, pure Python: no other writer exists outside Outlook); it is not a project
dependency, so that one file is made only where it is installed
(``pip install --target /tmp/msgwriter aspose-email-foss`` and ``PYTHONPATH=/tmp/msgwriter``).
"""

from __future__ import annotations

import csv
import json
import mailbox
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).parent
EST = timezone(timedelta(hours=-5))

ARTICLES = [
    {"headline": "Port of Rotterdam reopens after storm",
     "body": "ROTTERDAM - The Port of Rotterdam reopened on Tuesday after a storm closed it for two days.\n\n"
             "Harbour master Ingrid Vos said ships would move again by evening.",
     "pubdate": "2026-02-03", "outlet": "Harbour Times", "url": "https://example.org/news/rotterdam-port"},
    {"headline": "Mining firm Kestrel Metals cuts 400 jobs",
     "body": "Kestrel Metals said on Wednesday it would cut 400 jobs at its mine near Kalgoorlie.\n\n"
             "Chief executive Paul Navarro blamed falling nickel prices.",
     "pubdate": "4 February 2026", "outlet": "Mining Weekly", "url": "https://example.org/news/kestrel-jobs"},
    {"headline": "Senate passes water bill",
     "body": "The Senate passed the Clean Rivers Act on Thursday by 61 votes to 39.\n\n"
             "Senator Amelia Cortez, who wrote the bill, called it overdue.",
     "pubdate": "2026-02-05T09:30:00Z", "outlet": "Capitol Wire", "url": ""},
]


def mail_message(subject: str, sender: str, when: datetime, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message.set_content(body)
    return message


def make_mail() -> None:
    # A message with a plain body, an HTML alternative, a .txt attachment and an image (left out).
    note = mail_message("Flooding closes Dhaka airport", "Jane Roe <jane.roe@example.org>",
                        datetime(2026, 3, 3, 23, 30, tzinfo=EST),
                        "Heavy flooding closed Hazrat Shahjalal International Airport in Dhaka on Tuesday.\n\n"
                        "Officials said flights would resume on Thursday.\n")
    note.add_alternative("<html><body><p>Heavy flooding closed <b>Hazrat Shahjalal International Airport</b> "
                         "in Dhaka on Tuesday.</p></body></html>", subtype="html")
    note.add_attachment("Statement by the Civil Aviation Authority of Bangladesh, 3 March 2026.\n\n"
                        "Runways at Dhaka will reopen once the water recedes.\n",
                        filename="statement.txt")
    note.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", filename="logo.png")
    (HERE / "note.eml").write_bytes(bytes(note))

    # Only an HTML body: read through the HTML path.
    html_only = EmailMessage()
    html_only["From"] = "newsletter@example.org"
    html_only["Subject"] = "Weekly brief"
    html_only["Date"] = format_datetime(datetime(2026, 1, 9, 8, 0, tzinfo=timezone.utc))
    html_only.set_content("<html><head><title>Brief</title></head><body><h1>Weekly brief</h1>"
                          "<p>Parliament in Canberra debated the housing bill on Monday.</p></body></html>",
                          subtype="html")
    (HERE / "html_only.eml").write_bytes(bytes(html_only))

    # A broken MIME part: an attachment whose base64 cannot be decoded; the body still reads.
    broken = mail_message("Broken attachment", "Ops <ops@example.org>", datetime(2026, 2, 1, 12, 0, tzinfo=timezone.utc),
                          "The quarterly report from Lagos is attached.\n")
    broken.add_attachment(b"placeholder", maintype="text", subtype="plain", filename="report.txt")
    raw = bytes(broken)
    attachment_b64 = "cGxhY2Vob2xkZXI="  # base64 of b"placeholder"
    assert attachment_b64.encode() in raw
    (HERE / "broken_part.eml").write_bytes(raw.replace(attachment_b64.encode(), b"!!!not*base64"))

    # A mailbox of three messages.
    box_path = HERE / "case.mbox"
    box_path.unlink(missing_ok=True)
    box = mailbox.mbox(box_path)
    for day, (subject, sender, body) in enumerate([
        ("Ceasefire talks in Doha", "Omar Haddad <omar@example.org>", "Negotiators met in Doha on Monday.\n"),
        ("Re: Ceasefire talks in Doha", "desk@example.org", "Talks resumed in Doha on Tuesday, officials said.\n"),
        ("Fire at Lisbon warehouse", "Rita Lopes <rita@example.org>",
         "A fire destroyed a warehouse in Lisbon on Wednesday.\n"),
    ]):
        box.add(mail_message(subject, sender, datetime(2026, 4, 6 + day, 10, 0, tzinfo=timezone.utc), body))
    box.flush()
    box.close()


def make_msg() -> None:
    try:
        from aspose.email_foss import msg  # type: ignore[import-not-found]
    except ImportError:
        print("aspose-email-foss not installed: memo.msg not made", file=sys.stderr)
        return
    message = msg.MapiMessage.create(
        "Strike halts Antwerp docks",
        "Dock workers in Antwerp walked out on Friday, halting container traffic.\r\n\r\n"
        "Union leader Marc Peeters said the strike would last 48 hours.\r\n")
    message.set_property(msg.PropertyId.SENDER_NAME, "Lena Maes")
    message.set_property(msg.PropertyId.SENDER_EMAIL_ADDRESS, "lena.maes@example.org")
    message.set_property(msg.PropertyId.MESSAGE_DELIVERY_TIME, datetime(2026, 5, 8, 16, 45, tzinfo=timezone.utc))
    message.add_recipient("desk@example.org", display_name="News Desk")
    message.add_attachment("timeline.txt", b"8 May 2026: strike begins at the Port of Antwerp.\n", mime_type="text/plain")
    message.save(str(HERE / "memo.msg"))


def make_feeds() -> None:
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = "Harbour Times"
    ET.SubElement(channel, "link").text = "https://example.org/"
    items = [
        ("Port of Rotterdam reopens", "https://example.org/news/rotterdam-port", datetime(2026, 2, 3, 23, 30, tzinfo=EST),
         "<p>The <b>Port of Rotterdam</b> reopened on Tuesday after a storm.</p>"),
        ("Kestrel Metals cuts jobs", "https://example.org/news/kestrel-jobs", datetime(2026, 2, 4, 9, 0, tzinfo=timezone.utc),
         "Kestrel Metals said it would cut 400 jobs near Kalgoorlie."),
        ("An item with no text", "https://example.org/news/empty", datetime(2026, 2, 4, 10, 0, tzinfo=timezone.utc), ""),
    ]
    for title, link, when, description in items:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = title
        ET.SubElement(item, "link").text = link
        ET.SubElement(item, "pubDate").text = format_datetime(when)
        ET.SubElement(item, "description").text = description
    tree = ET.ElementTree(rss)
    tree.write(HERE / "news.rss", encoding="utf-8", xml_declaration=True)
    tree.write(HERE / "feed.xml", encoding="utf-8", xml_declaration=True)  # a feed under .xml: read

    atom_ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", atom_ns)
    feed = ET.Element(f"{{{atom_ns}}}feed")
    ET.SubElement(feed, f"{{{atom_ns}}}title").text = "Capitol Wire"
    ET.SubElement(feed, f"{{{atom_ns}}}id").text = "urn:example:capitol-wire"
    ET.SubElement(feed, f"{{{atom_ns}}}updated").text = "2026-02-05T12:00:00Z"
    entry = ET.SubElement(feed, f"{{{atom_ns}}}entry")
    ET.SubElement(entry, f"{{{atom_ns}}}title").text = "Senate passes water bill"
    ET.SubElement(entry, f"{{{atom_ns}}}id").text = "urn:example:water-bill"
    ET.SubElement(entry, f"{{{atom_ns}}}link", href="https://example.org/news/water-bill")
    ET.SubElement(entry, f"{{{atom_ns}}}updated").text = "2026-02-05T21:00:00-08:00"
    content = ET.SubElement(entry, f"{{{atom_ns}}}content", type="html")
    content.text = "<p>The Senate passed the Clean Rivers Act on Thursday.</p><p>Senator Amelia Cortez wrote it.</p>"
    ET.ElementTree(feed).write(HERE / "wire.atom", encoding="utf-8", xml_declaration=True)

    # XML that is no feed (a TimeML-like annotation file) and a "feed" that is not XML.
    timeml = ET.Element("TimeML")
    ET.SubElement(timeml, "TEXT").text = "Markets fell on Monday."
    ET.ElementTree(timeml).write(HERE / "annotation.xml", encoding="utf-8", xml_declaration=True)
    (HERE / "not_xml.rss").write_text("This page has moved. Please update your bookmarks {]\n", encoding="utf-8")


def make_tables() -> None:
    fields = ["headline", "body", "pubdate", "outlet", "url"]
    with open(HERE / "articles.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows(ARTICLES)
    with open(HERE / "articles.tsv", "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=fields, delimiter="\t")
        writer.writeheader()
        writer.writerows(ARTICLES)
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for article in ARTICLES:
            out.write(json.dumps({"title": article["headline"], "text": article["body"], "date": article["pubdate"],
                                  "source": article["outlet"], "link": article["url"]}) + "\n")
        out.write("{\"title\": \"cut short\", \"text\": \"The line ends\n")  # a malformed line: named, the rest read
    table = pa.table({
        "Title": [a["headline"] for a in ARTICLES],
        "Content": [a["body"] for a in ARTICLES],
        "Published At": pa.array([datetime(2026, 2, 3, 8), datetime(2026, 2, 4, 8), None], pa.timestamp("s")),
        "Publisher": [a["outlet"] for a in ARTICLES],
    })
    pq.write_table(table, HERE / "articles.parquet")

    # Columns no name finds (the user maps them), and rows a writer mangled.
    with open(HERE / "export.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "story_html_stripped", "when", "tags"])
        for number, article in enumerate(ARTICLES, start=1):
            writer.writerow([number, article["body"], article["pubdate"], "news"])
    with open(HERE / "bad_rows.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text", "date"])
        writer.writerow([ARTICLES[0]["headline"], ARTICLES[0]["body"], ARTICLES[0]["pubdate"]])
        writer.writerow(["Unquoted, comma", "a field", "too many", "2026-02-04"])  # four fields under three names
        writer.writerow(["Empty text", "", "2026-02-04"])
        writer.writerow([ARTICLES[2]["headline"], ARTICLES[2]["body"], ARTICLES[2]["pubdate"]])


if __name__ == "__main__":
    make_mail()
    make_msg()
    make_feeds()
    make_tables()
