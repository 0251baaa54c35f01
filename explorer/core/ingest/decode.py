"""Turn a file's bytes into text, or say in one phrase why it is not a text document.

News files arrive in every state: UTF-8 with or without a BOM, UTF-16 from Word,
Windows-1252 from old CMSes, and UTF-8 that was once mis-decoded as Windows-1252
(``â€™`` for ``’``). Everything downstream works on clean ``str`` with ``\\n``
line ends, so this module settles encoding, newlines and mojibake once.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

import charset_normalizer

from explorer.core.errors import UnreadableDocument

SNIFF_BYTES = 8192
CONTROL_SHARE_LIMIT = 0.05
# Control bytes that real text files do contain: tab, newline, form feed, carriage return, escape.
TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte Latin code pages that charset_normalizer picks for short Western text
# which is far more likely to be Windows-1252 (its guesses turn "naïve" into "naďve").
LATIN_LOOKALIKES = frozenset(
    {"cp1250", "cp1252", "cp1257", "cp775", "cp850", "cp437", "mac_latin2", "mac_roman",
     "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
     "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16"}
)
WESTERN_PUNCTUATION = frozenset("‘’“”‚„–—…•€£¥¢°©®™«»§¶·´¨½¼¾±ºª†‡‰‹›\u00a0")
# Bytes Windows-1252 leaves undefined; mojibake made by Latin-1 decoding keeps them as C1 controls.
CP1252_HOLES = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
MOJIBAKE_RUN = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                          r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                          r"\u2039\u203a\u20ac\u2122]{2,}")
MOJIBAKE_HINT = re.compile(r"[ÂÃ][\u0080-\u00bf]|â€|Ã[\u0080-\u00bf\u2018-\u201e\u2122\u0160\u0161]")


MIB = 1024 * 1024
# The most one document may be: a long article is 50-300 KB and a saved page with its
# images inlined a few MB, so 32 MB is far above any article, yet small enough that
# reading it (bytes, text, and the copies ingest makes) stays well under a gigabyte.
MAX_DOCUMENT_BYTES = 32 * MIB
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def os_problem(exc: OSError) -> str:
    """An OS error as the reason a user reads."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    return f"cannot be read ({exc.strerror or exc})"


def check_regular(path: Path, info: os.stat_result, limit: int) -> None:
    """Only a regular file of at most ``limit`` bytes is read: a pipe would block the read
    forever, a device (``/dev/zero``) never ends, and a huge file would exhaust memory."""
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableDocument(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableDocument(path, "not a regular file (a pipe, device or socket)")
    if info.st_size > limit:
        raise UnreadableDocument(path, too_big(info.st_size, limit))


def too_big(size: int, limit: int) -> str:
    """The reason a file over the size limit is skipped."""
    return f"larger than {limit // MIB} MB, the most Explorer reads as one document ({size / MIB:.0f} MB)"


def read_bytes(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The raw bytes of a regular file of at most ``limit`` bytes, else UnreadableDocument.

    Checked before opening (opening some devices has effects) and again on the open
    file, which is opened without blocking, so a file swapped for a pipe cannot hang
    the read; at most ``limit + 1`` bytes are read whatever the file claims its size is.
    """
    try:
        check_regular(path, os.stat(path), limit)
        descriptor = os.open(path, OPEN_FLAGS)
        with open(descriptor, "rb") as handle:
            info = os.fstat(descriptor)
            check_regular(path, info, limit)
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew, or its size was not told (some virtual files)
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise UnreadableDocument(path, os_problem(exc)) from None
    if len(data) > limit:
        raise UnreadableDocument(path, too_big(len(data), limit))
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more control bytes than any text has: an image, PDF, archive, ...

    Checked after BOM handling, because UTF-16 text is full of NUL bytes.
    """
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if (byte < 0x20 or byte == 0x7F) and byte not in TEXT_CONTROLS)
    return controls > CONTROL_SHARE_LIMIT * max(len(sample), 1)


def decode_bom(data: bytes) -> str | None:
    """Text whose BOM names its encoding (UTF-8/16/32), else None."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace")  # drops the BOM without copying the bytes
    for bom, encoding in UTF16_32_BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    return None


def is_western_text(data: bytes) -> bool:
    """True when the bytes read as plausible Windows-1252 Western-European text.

    Every non-ASCII character must be an accented Latin letter or common typographic
    punctuation; ``¿``/``¡`` only at a word start. Polish or Russian bytes read as
    Windows-1252 produce ``³``, ``¿`` inside words, or undefined bytes, and fail.
    """
    if any(byte in CP1252_HOLES for byte in data):
        return False
    text = data.decode("cp1252", errors="replace")
    odd = 0
    total = 0
    for index, char in enumerate(text):
        if ord(char) < 0x80:
            continue
        total += 1
        if char in "¿¡":
            at_word_start = index == 0 or not text[index - 1].isalnum()
            odd += 0 if at_word_start else 1
        elif not (("\u00c0" <= char <= "\u00ff" and char not in "×÷") or char in WESTERN_PUNCTUATION):
            odd += 1
    return total > 0 and odd <= 0.02 * total


def decode_legacy(data: bytes, path: Path) -> str:
    """Text in a non-UTF encoding, as charset_normalizer judges it, Windows-1252 preferred.

    charset_normalizer is unreliable on short Western text (it prefers cp1250), so when
    it lands on a Latin look-alike and the bytes read cleanly as Windows-1252, that wins.
    """
    best = charset_normalizer.from_bytes(data).best()
    if (best is None or best.encoding in LATIN_LOOKALIKES) and is_western_text(data):
        return data.decode("cp1252")
    if best is None:
        raise UnreadableDocument(path, "cannot tell the text encoding (not UTF-8, no known code page fits)")
    return str(best)


def decode_text(data: bytes, path: Path | str = "<bytes>") -> str:
    """Decode ``data`` to clean text: encoding, newlines, mojibake; raise if it is no text."""
    path = Path(path)
    if blank(data):
        raise UnreadableDocument(path, "empty file")
    text = decode_bom(data)
    if text is None:
        if looks_binary(data):
            raise UnreadableDocument(path, "binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_legacy(data, path)
    text = repair_mojibake(normalise_newlines(text))
    if blank(text):
        raise UnreadableDocument(path, "empty file")
    if looks_garbled(text):
        raise UnreadableDocument(path, "binary or corrupt file: its bytes do not decode to readable text")
    return text


def blank(content: bytes | str) -> bool:
    """Empty or only whitespace, asked without the copy ``strip()`` makes of a big file."""
    return not content or content.isspace()


def looks_garbled(text: str) -> bool:
    """Mostly replacement characters or control codes: a binary file behind a text BOM."""
    sample = text[:SNIFF_BYTES]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 0x20 and ch not in "\t\n\x0c"))
    return bad > CONTROL_SHARE_LIMIT * max(len(sample.strip()), 1)


def read_text(path: Path | str) -> str:
    """Read and decode one file (see ``decode_text``)."""
    path = Path(path)
    return decode_text(read_bytes(path), path)


def normalise_newlines(text: str) -> str:
    """Windows and old-Mac line ends become ``\\n`` so offsets mean the same everywhere."""
    if "\r" not in text:
        return text  # no copy of a big file that has nothing to change
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sloppy_cp1252_bytes(run: str) -> bytes | None:
    """The bytes a Windows-1252 (or Latin-1) decoder turned into ``run``, or None."""
    out = bytearray()
    for char in run:
        code = ord(char)
        if 0x80 <= code <= 0xFF:  # Latin-1 range: the same byte in both decoders
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def fix_run(match: re.Match[str]) -> str:
    """Re-decode one run of suspicious characters as UTF-8 if that is what it was."""
    run = match.group(0)
    raw = sloppy_cp1252_bytes(run)
    if raw is None:
        return run
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
    return fixed


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Windows-1252 (``Â£`` → ``£``, ``â€™`` → ``’``).

    Only when the text carries the telltale pairs, and only runs that re-decode as
    valid UTF-8, so genuine accented text (``Café``, ``Ångström``) is left alone.
    """
    if not MOJIBAKE_HINT.search(text):
        return text
    return MOJIBAKE_RUN.sub(fix_run, text)
