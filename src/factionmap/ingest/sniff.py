"""Deciding from the bytes themselves what an input is, whatever its name or header claims."""

from __future__ import annotations

import codecs
import re
from typing import Literal

from factionmap.ingest.errors import Unreadable

Kind = Literal["text", "markdown", "html", "feed"]

# Checked before anything is decoded: a PDF or a Word file is a common mistake, and naming
# the format tells the user what to convert, where "not UTF-8" would only confuse.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, e.g. a DOCX or ODT document"),
    (b"PK\x05\x06", "ZIP archive, e.g. a DOCX or ODT document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable program"),
)

# Enough to get past an XML declaration, a doctype and a licence comment.
_HEAD_BYTES = 4096


def reject_binary(data: bytes) -> None:
    """Raise if the bytes are plainly not text, naming the format when it is known."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 text is full of NUL bytes; calling it binary would send the user astray.
        raise Unreadable("not UTF-8 text (looks like UTF-16); re-encode it as UTF-8")
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise Unreadable(f"binary file ({name}), not an article")
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes), not an article")


def _head(data: bytes) -> bytes:
    return data[:_HEAD_BYTES].removeprefix(codecs.BOM_UTF8).lstrip().lower()


def looks_like_html(data: bytes) -> bool:
    head = _head(data)
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return head.startswith(b"<") and re.search(rb"<html[\s>]", head) is not None


def looks_like_feed(data: bytes) -> bool:
    head = _head(data)
    if not head.startswith(b"<") or head.startswith((b"<!doctype html", b"<html")):
        return False
    return re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", head) is not None


def looks_like_markup(data: bytes) -> bool:
    return _head(data).startswith(b"<")


def sniff_kind(data: bytes) -> Kind:
    """The kind of a document whose name and content type say nothing useful."""
    if looks_like_feed(data):
        return "feed"
    if looks_like_html(data):
        return "html"
    return "text"


# Enough of these, and rarely all in prose: infoboxes, bold names, links, references.
_WIKI_SIGNS = (
    re.compile(r"\{\{\s*Infobox", re.IGNORECASE),
    re.compile(r"'''[^'\n]+'''"),
    re.compile(r"\[\[[^\]\n]+\]\](?:.*\[\[[^\]\n]+\]\]){4}", re.DOTALL),
    re.compile(r"^==+[^=\n]+==+\s*$", re.MULTILINE),
    re.compile(r"<ref[\s>/]", re.IGNORECASE),
    re.compile(r"\{\{\s*(?:cite|sfn|lang|citation needed|main|see also)\b", re.IGNORECASE),
)


def looks_like_wikitext(text: str) -> bool:
    head = text[:20000]
    return sum(1 for sign in _WIKI_SIGNS if sign.search(head)) >= 3


# "1\n00:12:03,120 --> 00:12:04,711\n": a SubRip cue; "WEBVTT" opens a WebVTT file
_SUBTITLE_CUE = re.compile(
    r"^(?:\d+\n)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}",
    re.MULTILINE,
)


def looks_like_subtitles(text: str) -> bool:
    head = text[:4000]
    return text.startswith("WEBVTT") or (
        len(_SUBTITLE_CUE.findall(head)) >= 3 and bool(_SUBTITLE_CUE.match(head.lstrip()))
    )
