"""Decoding: every common encoding reads as the same clean text; non-text is refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import decode_text, read_text, repair_mojibake

WESTERN = "Café in Zürich — “naïve” résumé, 5 €"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings_read_the_same(encoding):
    assert decode_text(WESTERN.encode(encoding)) == WESTERN


def test_latin1_file_is_decoded_not_mangled(tmp_path):
    path = tmp_path / "zurich.txt"
    path.write_bytes("Café in Zürich".encode("latin-1"))
    assert read_text(path) == "Café in Zürich"


def test_non_western_code_pages_are_not_forced_into_cp1252():
    polish = "Zażółć gęślą jaźń, mówi Łukasz w Krakowie."
    russian = "Привет, как дела? Всё хорошо. Сегодня хорошая погода."
    assert decode_text(polish.encode("cp1250")) == polish
    assert decode_text(russian.encode("cp1251")) == russian


def test_bom_is_stripped_and_newlines_normalised():
    text = decode_text(codecs.BOM_UTF8 + b"one\r\ntwo\rthree\n")
    assert text == "one\ntwo\nthree\n"


def test_mojibake_is_repaired():
    broken = "It costs Â£5 and Itâ€™s â€œgoodâ€\x9d in the cafÃ©."
    assert decode_text(broken.encode("utf-8")) == "It costs £5 and It’s “good” in the café."


def test_genuine_accents_are_left_alone():
    for text in ["Ångström and Ãlvaro", "Ça va? À bientôt, Zoë.", "naïve â la carte"]:
        assert repair_mojibake(text) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \r\n\t \n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        (bytes(range(1, 32)) * 20, "binary file, not text"),
    ],
)
def test_non_text_is_refused_with_reason(data, reason):
    with pytest.raises(UnreadableDocument) as info:
        decode_text(data, "bad.txt")
    assert info.value.problem == reason
    assert "bad.txt" in str(info.value)


def test_permission_error_is_reported_as_such(tmp_path, monkeypatch):
    # Works even as root (where chmod 0 does not stop reading): simulate the OS refusing.
    path = tmp_path / "locked.txt"
    path.write_text("Secret.", encoding="utf-8")

    def refuse(where, flags, *args):
        raise PermissionError(13, "Permission denied", str(where))

    monkeypatch.setattr("explorer.core.ingest.decode.os.open", refuse)
    with pytest.raises(UnreadableDocument) as info:
        read_text(path)
    assert info.value.problem == "permission denied"


def test_binary_bytes_behind_a_text_bom_are_refused(tmp_path):
    import pytest as _pytest
    from explorer.core.errors import UnreadableDocument
    from explorer.core.ingest.decode import decode_text

    with _pytest.raises(UnreadableDocument, match="binary or corrupt"):
        decode_text(b"\xff\xfe\x00\x00garbage\x00\x01\x02", tmp_path / "c.txt")
