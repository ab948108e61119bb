"""Plain text and Markdown: strict UTF-8, optional YAML front matter, the text kept as written."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping

import yaml

from factionmap.ingest.errors import Unreadable, one_line
from factionmap.ingest.sniff import looks_like_subtitles, looks_like_wikitext
from factionmap.model import Document, normalize_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_FRONT_MATTER_FIELDS = ("title", "source", "published", "url", "author")
_MAX_TITLE = 200


def _looks_like_cp1252(data: bytes) -> bool:
    try:
        # The start of the file is evidence enough, and a 20 MB file is checked quickly.
        decoded = data[:65536].decode("cp1252")
    except UnicodeDecodeError:
        return False
    unusual = sum(
        1 for ch in decoded if unicodedata.category(ch) in ("Cc", "Cn") and ch not in "\t\n\r\f"
    )
    return unusual <= len(decoded) // 100


def not_utf8_reason(data: bytes, error: UnicodeDecodeError) -> str:
    if _looks_like_cp1252(data):
        return "not UTF-8 text (looks like Latin-1/Windows-1252); re-encode it as UTF-8"
    bad = data[error.start]
    return f"not UTF-8 text (byte 0x{bad:02X} at offset {error.start}); re-encode it as UTF-8"


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode strictly: a wrong guess would garble names in the text without anyone noticing."""
    try:
        codec = codecs.lookup(charset or "utf-8").name
    except LookupError:
        raise Unreadable(f"declared charset {charset!r} is unknown") from None
    if codec == "utf-8":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Unreadable(not_utf8_reason(data, exc)) from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise Unreadable(f"not valid {charset} text, though it is declared as {charset}") from None


def _iso_day(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date().isoformat()
        except ValueError:
            pass
    raise Unreadable(f"front matter: published {value!r} is not an ISO date like 2024-01-15")


def _field(meta: Mapping[object, object], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if key == "published":
        return _iso_day(value)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Unreadable(f"front matter: {key} must be a single line of text")
    text = str(value).strip()
    return text or None


def _parse_front_matter(block: str) -> dict[str, str | None]:
    try:
        loaded = yaml.safe_load(block)
    except yaml.MarkedYAMLError as exc:
        where = ""
        if exc.problem_mark is not None:
            # +2: the opening '---' line, and YAML counts lines from zero.
            where = f" (line {exc.problem_mark.line + 2})"
        raise Unreadable(f"malformed front matter: {one_line(exc.problem)}{where}") from None
    except yaml.YAMLError as exc:
        raise Unreadable(f"malformed front matter: {one_line(exc)}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise Unreadable("malformed front matter: expected 'key: value' lines")
    return {key: _field(loaded, key) for key in _FRONT_MATTER_FIELDS}


def split_front_matter(text: str) -> tuple[dict[str, str | None], str]:
    """Metadata from a leading `---` block, and the text after it without leading blank lines.

    `text` must already be normalized, so the offsets of the returned body are final.
    """
    if not re.match(r"---[ \t]*\n", text):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise Unreadable("malformed front matter: no closing '---' line")
    meta = _parse_front_matter(match.group(1) or "")
    body = text[match.end() :]
    body = _LEADING_BLANK_LINES.sub("", body)
    return meta, body


def first_line_title(text: str) -> str | None:
    for line in text.split("\n"):
        title = line.strip().lstrip("#").strip()
        if title:
            return title if len(title) < _MAX_TITLE else None
    return None


def text_document(
    raw: str,
    origin: str,
    *,
    content_type: str,
    url: str | None = None,
    retrieved: str | None = None,
) -> Document:
    """A document from decoded text, whose front matter overrides what the caller knows."""
    meta, body = split_front_matter(normalize_text(raw))
    if not body.strip():
        raise Unreadable("no text after the front matter" if meta else "no text")
    if looks_like_wikitext(body):
        # an encyclopaedia page's source: read what its reader sees (the parser is loaded
        # only for such a page, not at every start)
        from factionmap.ingest.wikitext import wikitext_to_text

        body = wikitext_to_text(body)
        content_type = "text/x-wiki"
        if not body.strip():
            raise Unreadable("no text in the wiki markup")
    elif looks_like_subtitles(body):
        # a documentary's or a broadcast's subtitles: the speech, not the cue timings
        from factionmap.ingest.subtitles import subtitles_to_text

        body = subtitles_to_text(body)
        content_type = "text/x-subtitles"
        if not body.strip():
            raise Unreadable("no speech in the subtitles")
    return Document.from_text(
        body,
        origin,
        url=meta.get("url") or url,
        title=meta.get("title") or first_line_title(body),
        source=meta.get("source"),
        author=meta.get("author"),
        published=meta.get("published"),
        retrieved=retrieved,
        content_type=content_type,
    )
