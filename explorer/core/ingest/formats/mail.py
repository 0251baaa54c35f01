"""E-mail: ``.eml`` and ``.mbox`` (the standard library) and Outlook ``.msg`` (extract-msg).

Each message is a document: its subject the title, its sender (display name, else
address) the source, its ``Date:`` the publication date, its body the text (the
plain-text part when there is one, else the HTML part through the HTML path).
An attachment of a kind some format reads (a ``.txt``, a ``.pdf``, a forwarded
``.eml``…) is read as a file of its own, named ``message ▸ attachment``; other
attachments (images, signatures) are left out. A part that cannot be decoded (bad
base64, an unknown character set) is named with the reason and the rest goes on.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from datetime import datetime
from email import errors as email_errors
from email import message_from_bytes, policy
from email.message import EmailMessage, Message, MIMEPart

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import decode_text
from explorer.core.ingest.formats.registry import pieces_of, reads, suffixes_read
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source
from explorer.core.ingest.html import html_to_text
from explorer.core.ingest.published import plausible

# Base64 the decoder could not turn back into bytes: it hands back the encoded text instead.
UNDECODABLE = (email_errors.InvalidBase64LengthDefect,)
Found = Piece | PartSkipped


@reads(".eml")
def read_eml(source: Source) -> Iterator[Found]:
    """One message (and its attachments)."""
    message = parse_message(source.read_bytes())
    if not message.keys():
        raise UnreadableDocument(source.path, "not an e-mail message (no headers)")
    yield from message_pieces(source, message, "")


@reads(".mbox")
def read_mbox(source: Source) -> Iterator[Found]:
    """Each message of a mailbox, in order, as "message N"."""
    count = 0
    for number, raw in enumerate(mbox_messages(source), start=1):
        count += 1
        yield from message_pieces(source, parse_message(raw), f"message {number}")
    if not count:
        raise UnreadableDocument(source.path, "no messages in this mailbox (no 'From ' line starts one)")


@reads(".msg")
def read_msg(source: Source) -> Iterator[Found]:
    """An Outlook message (an OLE compound file) and its attachments."""
    import extract_msg  # imported here: it pulls in RTF and OLE libraries only .msg files need

    try:
        message = extract_msg.openMsg(source.read_bytes() if source.data is not None else str(source.path))
    except Exception as exc:  # extract-msg raises many kinds (its own, olefile's, struct's) on a damaged file
        raise UnreadableDocument(source.path, f"not an Outlook message that can be read ({short_error(exc)})") from exc
    try:
        found = list(msg_pieces(source, message))
    finally:
        message.close()
    yield from found or [nothing_in(source, "")]


def parse_message(raw: bytes) -> EmailMessage:
    """A message parsed with the modern policy (headers as objects, ``get_body``)."""
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def mbox_messages(source: Source) -> Iterator[bytes]:
    """Each message's bytes: ``mailbox`` for a file on disk (it reads one message at a time),
    the same 'From ' rule for a mailbox held in memory (an attachment, an archive member)."""
    if source.data is None:
        box = mailbox.mbox(source.path, create=False)
        try:
            for key in box.iterkeys():
                yield box.get_bytes(key)
        finally:
            box.close()
        return
    message: list[bytes] | None = None  # None until the first 'From ' line (the envelope, not a header)
    for line in source.data.splitlines(keepends=True):
        if line.startswith(b"From "):
            if message is not None:
                yield without_separator(message)
            message = []
        elif message is not None:
            message.append(line)
    if message is not None:
        yield without_separator(message)


def without_separator(lines: list[bytes]) -> bytes:
    """A message's bytes less the blank line that ends it in a mailbox (as ``mailbox`` reads it)."""
    return b"".join(lines[:-1] if lines and lines[-1] in (b"\n", b"\r\n") else lines)


def message_pieces(source: Source, message: EmailMessage, part: str) -> Iterator[Found]:
    """The message's own document, then its attachments'; a message that gives neither is named."""
    found = list(_message_pieces(source, message, part))
    if not found:
        yield nothing_in(source, part)
    yield from found


def _message_pieces(source: Source, message: EmailMessage, part: str) -> Iterator[Found]:
    try:
        text = body_text(message)
    except PartProblem as problem:
        yield PartSkipped(join(part, "body"), problem.reason)
    else:
        if text.strip():
            yield Piece(text=text, part=part, title=header_text(message, "subject"),
                        published=message_date(message), source=sender(message))
    for attachment in message.iter_attachments():
        yield from attachment_pieces(source, attachment, part, part or "message")


def nothing_in(source: Source, part: str) -> PartSkipped:
    """A message with no text and no readable attachment: named, never silently left out
    (a whole file raises, so the reader names the file itself)."""
    reason = "a message with no text (no body, no attachment Explorer reads)"
    if not part:
        raise UnreadableDocument(source.path, reason)
    return PartSkipped(part, reason)


class PartProblem(Exception):
    """A MIME part that cannot be decoded; ``reason`` is the line the user reads."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def body_text(message: MIMEPart) -> str:
    """The message's text: its plain part, else its HTML part reduced to text, else ''."""
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = part_text(body)
    return html_to_text(text)[1] if body.get_content_type() == "text/html" else text


def part_text(part: MIMEPart) -> str:
    """A text part decoded by its declared charset (or, when that is unknown, by detection)."""
    data = part_bytes(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace").replace("\r\n", "\n")
    except LookupError:  # a charset name Python does not know: detect it as for any file
        return decode_text(data, "message body")


def part_bytes(part: MIMEPart) -> bytes:
    """A part's decoded bytes, or ``PartProblem`` when its transfer encoding is broken."""
    before = len(part.defects)
    try:
        data = part.get_payload(decode=True)
    except (ValueError, LookupError, AssertionError) as exc:
        raise PartProblem(f"broken MIME part ({short_error(exc)})") from exc
    broken = [d for d in part.defects[before:] if isinstance(d, UNDECODABLE)]
    if broken:
        encoding = part.get("Content-Transfer-Encoding", "its transfer encoding")
        raise PartProblem(f"broken MIME part: not valid {str(encoding).strip()} ({type(broken[0]).__name__})")
    if not isinstance(data, bytes):
        raise PartProblem("broken MIME part: no content")
    return data


def attachment_pieces(source: Source, attachment: MIMEPart, part: str, where: str) -> Iterator[Found]:
    """An attachment read by the format its name calls for; a forwarded message as an .eml."""
    name = attachment.get_filename() or ""
    if attachment.get_content_type() == "message/rfc822":
        inner = attachment.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            name = name or f"{header_text(inner[0], 'subject') or 'forwarded message'}.eml"
            yield from member_pieces(source, name, inner[0].as_bytes(policy=policy.default), part, where)
        return
    if not name or suffix_of(name) not in suffixes_read():
        return  # images, signatures, calendar invites: not documents
    try:
        data = part_bytes(attachment)
    except PartProblem as problem:
        yield PartSkipped(join(part, f"attachment {name}"), problem.reason)
        return
    yield from member_pieces(source, name, data, part, where)


def member_pieces(source: Source, name: str, data: bytes, part: str, where: str) -> Iterator[Found]:
    """The documents an attached file holds, each named ``message ▸ attachment [▸ its part]``."""
    label = join(part, f"attachment {name}")
    member = source.member(f"{where} ▸ {name}", data, label)
    try:
        for piece in pieces_of(member):
            if isinstance(piece, PartSkipped):
                yield PartSkipped(join(label, piece.part), piece.reason)
            else:
                piece.part = join(label, piece.part)
                yield piece
    except UnreadableDocument as exc:
        yield PartSkipped(label, exc.problem)


def msg_pieces(source: Source, message) -> Iterator[Found]:
    """An Outlook message's document and its attachments' (``extract_msg.Message``)."""
    text = message.body or ""
    if not text.strip() and message.htmlBody:
        text = html_to_text(decode_text(message.htmlBody, source.name))[1]
    if text.strip():
        when = message.date
        yield Piece(text=text.replace("\r\n", "\n"), title=(message.subject or "").strip(),
                    published=iso_day(when) if isinstance(when, datetime) else "",
                    source=msg_sender(message.sender or ""))
    for attachment in message.attachments:
        name = getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None) or ""
        data = getattr(attachment, "data", None)
        if name and isinstance(data, bytes) and suffix_of(name) in suffixes_read():
            yield from member_pieces(source, name, data, "", "message")


def header_text(message: Message, name: str) -> str:
    """A header's decoded text ('' when absent or unreadable), on one line."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, AttributeError):  # a header the parser chokes on
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def message_date(message: EmailMessage) -> str:
    """The ``Date:`` header's day as the sender wrote it (their time zone, not UTC), if plausible."""
    try:
        when = getattr(message.get("date"), "datetime", None)
    except (ValueError, IndexError, AttributeError):
        return ""
    return iso_day(when) if isinstance(when, datetime) else ""


def iso_day(when: datetime) -> str:
    day = plausible(when.date())
    return day.isoformat() if day else ""


def sender(message: EmailMessage) -> str:
    """The sender's display name, else address: who the analyst will say it came from."""
    try:
        header = message.get("from")
        addresses = getattr(header, "addresses", ())
    except (ValueError, IndexError, AttributeError):
        return ""
    if addresses:
        return addresses[0].display_name or addresses[0].addr_spec
    return header_text(message, "from")


def msg_sender(value: str) -> str:
    """'Jane Roe <jane@example.org>' → 'Jane Roe' (an Outlook sender is one such string)."""
    name, _, address = value.partition("<")
    return name.strip().strip('"') or address.rstrip(">").strip()


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def join(*parts: str) -> str:
    return " ▸ ".join(p for p in parts if p)


def short_error(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
