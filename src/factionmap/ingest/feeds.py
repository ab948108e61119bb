"""RSS and Atom feeds: each entry becomes an article of its own."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from typing import Any

import defusedxml
import defusedxml.ElementTree
import feedparser  # type: ignore[import-untyped, unused-ignore]

from factionmap.ingest.errors import Unreadable, one_line
from factionmap.ingest.html import fragment_to_text

_FEED_ROOTS = frozenset(("rss", "feed", "RDF"))
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class FeedEntry:
    number: int
    title: str | None
    link: str | None
    published: str | None
    author: str | None
    text: str


@dataclass(frozen=True)
class Feed:
    title: str | None
    content_type: str
    # feedparser's own entries, read one at a time so one bad entry fails alone.
    raw_entries: tuple[Any, ...]


def entry_origin(feed_origin: str, number: int) -> str:
    return f"{feed_origin}#{number}"


def _check_well_formed(data: bytes) -> None:
    """Refuse what feedparser would quietly accept: broken XML and entity expansion tricks."""
    try:
        root = defusedxml.ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise Unreadable(f"not a well-formed RSS/Atom feed: {one_line(exc)}") from None
    except defusedxml.EntitiesForbidden:
        raise Unreadable(
            "not a well-formed RSS/Atom feed: it declares XML entities, which are refused"
        ) from None
    except defusedxml.DefusedXmlException:
        raise Unreadable(
            "not a well-formed RSS/Atom feed: it refers to external documents, which are refused"
        ) from None
    name = root.tag.rpartition("}")[2]
    if name not in _FEED_ROOTS:
        raise Unreadable(f"XML but not an RSS/Atom feed (its root element is <{name}>)")


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _published(entry: Any) -> str | None:
    """The entry's date as the publisher wrote it, not shifted to UTC."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        iso = _ISO_DAY.match(raw)
        if iso:
            return iso.group(1)
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _entry_text(entry: Any) -> str:
    candidates: list[Any] = []
    contents = entry.get("content")
    if isinstance(contents, list) and contents:
        candidates.append(contents[0])
    if entry.get("summary_detail"):
        candidates.append(entry.get("summary_detail"))
    for detail in candidates:
        value = detail.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        if detail.get("type") == "text/plain":
            return value.strip()
        return fragment_to_text(value)
    return ""


def parse_feed(data: bytes, url: str | None = None) -> Feed:
    _check_well_formed(data)
    # Bytes given directly could be taken for a file name or URL; a stream never is.
    headers = {"content-location": url} if url else None
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        raise Unreadable("feed has no entries")
    version = str(parsed.get("version") or "")
    content_type = "application/atom+xml" if version.startswith("atom") else "application/rss+xml"
    return Feed(
        title=_text(parsed.get("feed", {}).get("title")),
        content_type=content_type,
        raw_entries=tuple(entries),
    )


def entry_title(raw: Any) -> str | None:
    return _text(raw.get("title"))


def read_entry(raw: Any, number: int) -> FeedEntry:
    return FeedEntry(
        number=number,
        title=entry_title(raw),
        link=_text(raw.get("link")),
        published=_published(raw),
        author=_text(raw.get("author")),
        text=_entry_text(raw),
    )
