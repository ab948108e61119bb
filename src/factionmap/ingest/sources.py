"""Turning what the user named (files, folders, URLs, feeds) into documents or failures."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator, Sequence
from typing import Any

from factionmap.ingest.errors import ReadFailure, Unreadable, one_line
from factionmap.ingest.feeds import (
    Feed,
    FeedEntry,
    entry_origin,
    entry_title,
    parse_feed,
    read_entry,
)
from factionmap.ingest.files import file_kind, folder_files, read_file
from factionmap.ingest.html import decode_html, html_document
from factionmap.ingest.limits import DEFAULT_LIMITS, IngestLimits
from factionmap.ingest.sniff import (
    Kind,
    looks_like_feed,
    looks_like_html,
    reject_binary,
    sniff_kind,
)
from factionmap.ingest.text import decode_text, text_document
from factionmap.ingest.web import Fetched, Fetcher, is_url
from factionmap.model import Document

Item = Document | ReadFailure

# Below this an entry is a teaser, and the article it links to is worth fetching.
MIN_ENTRY_CHARS = 300

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
_FEED_TYPES = frozenset(("application/rss+xml", "application/atom+xml", "application/rdf+xml"))
_XML_TYPES = frozenset(("application/xml", "text/xml"))
_MARKDOWN_TYPES = frozenset(("text/markdown", "text/x-markdown"))
_UNLABELLED_TYPES = frozenset(("", "application/octet-stream"))


def read_sources(
    inputs: Sequence[str], limits: IngestLimits = DEFAULT_LIMITS
) -> Iterator[Document | ReadFailure]:
    """Expand and read every input, in order; never raises for bad input.

    A folder yields its visible files recursively in sorted order, a feed one item per
    entry. An input that cannot be read yields a `ReadFailure` instead, so one bad file
    never costs the rest of a batch.
    """
    with Fetcher(limits) as fetcher:
        reader = _Reader(limits, fetcher)
        for given in inputs:
            yield from reader.read_input(given)


def _check_content(data: bytes, empty: str) -> None:
    if not data:
        raise Unreadable(empty)
    reject_binary(data)
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise Unreadable("no text")


def _web_kind(fetched: Fetched) -> Kind:
    media, body = fetched.media_type, fetched.body
    if media in _HTML_TYPES:
        return "feed" if looks_like_feed(body) else "html"
    if media in _FEED_TYPES:
        return "feed"
    if media in _XML_TYPES:
        return "html" if looks_like_html(body) else "feed"
    if media in _MARKDOWN_TYPES:
        return "markdown"
    if media in _UNLABELLED_TYPES:
        return sniff_kind(body)
    if media.startswith("text/"):
        return "text"
    raise Unreadable(f"unsupported content ({media}), not an article")


class _Reader:
    def __init__(self, limits: IngestLimits, fetcher: Fetcher) -> None:
        self._limits = limits
        self._fetcher = fetcher

    def read_input(self, given: str) -> Iterator[Item]:
        if not given.strip():
            yield ReadFailure(given, "empty path")
        elif is_url(given):
            yield from self._guarded(given, self._read_url(given))
        elif _SCHEME.match(given):
            scheme = given.partition(":")[0]
            yield ReadFailure(given, f"unsupported URL scheme '{scheme}' (only http and https)")
        elif os.path.isdir(given):
            paths = list(folder_files(given))
            if not paths:
                yield ReadFailure(given, "folder has no files (hidden files are skipped)")
            for path in paths:
                yield from self._guarded(path, self._read_file(path))
        else:
            yield from self._guarded(given, self._read_file(given))

    def _guarded(self, origin: str, items: Iterator[Item]) -> Iterator[Item]:
        """Run a reader generator, turning whatever stops it into a failure for `origin`."""
        try:
            yield from items
        except Unreadable as exc:
            yield ReadFailure(origin, exc.reason)
        except Exception as exc:
            # The parsers underneath can fail in ways nobody has listed; a batch of a
            # thousand articles must not stop at the one that trips them.
            yield ReadFailure(origin, f"unexpected error while reading: {one_line(exc)}")

    def _read_file(self, path: str) -> Iterator[Item]:
        data = read_file(path, self._limits)
        _check_content(data, "empty file")
        yield from self._read_bytes(file_kind(path, data), data, path)

    def _read_url(self, url: str) -> Iterator[Item]:
        fetched = self._fetch(url)
        yield from self._read_bytes(
            _web_kind(fetched),
            fetched.body,
            url,
            charset=fetched.charset,
            url=fetched.url,
            retrieved=fetched.retrieved,
        )

    def _fetch(self, url: str) -> Fetched:
        fetched = self._fetcher.fetch(url)
        _check_content(fetched.body, "empty response")
        return fetched

    def _read_bytes(
        self,
        kind: Kind,
        data: bytes,
        origin: str,
        *,
        charset: str | None = None,
        url: str | None = None,
        retrieved: str | None = None,
    ) -> Iterator[Item]:
        if kind == "feed":
            yield from self._read_feed(parse_feed(data, url), origin, retrieved)
        else:
            yield _article(kind, data, origin, charset=charset, url=url, retrieved=retrieved)

    def _read_feed(self, feed: Feed, origin: str, retrieved: str | None) -> Iterator[Item]:
        for number, raw in enumerate(feed.raw_entries, start=1):
            document_origin = entry_origin(origin, number)
            title = entry_title(raw)
            failure_origin = f"{document_origin} ({title})" if title else document_origin
            entry = self._read_entry(feed, raw, number, document_origin, retrieved)
            yield from self._guarded(failure_origin, entry)

    def _read_entry(
        self, feed: Feed, raw: Any, number: int, origin: str, retrieved: str | None
    ) -> Iterator[Item]:
        entry = read_entry(raw, number)
        if len(entry.text) < MIN_ENTRY_CHARS and entry.link and is_url(entry.link):
            yield self._linked_article(feed, entry, entry.link, origin)
            return
        if not entry.text:
            raise Unreadable("entry has no text and no http(s) link to fetch")
        yield Document.from_text(
            entry.text,
            origin,
            url=entry.link,
            title=entry.title,
            source=feed.title,
            author=entry.author,
            published=entry.published,
            retrieved=retrieved,
            content_type=feed.content_type,
        )

    def _linked_article(self, feed: Feed, entry: FeedEntry, link: str, origin: str) -> Document:
        """The article a teaser entry links to, described by the feed where the feed says."""
        try:
            fetched = self._fetch(link)
            page = _article(
                _web_kind(fetched),
                fetched.body,
                origin,
                charset=fetched.charset,
                url=fetched.url,
                retrieved=fetched.retrieved,
            )
        except Unreadable as exc:
            held = f"only {len(entry.text)} characters" if entry.text else "no text"
            raise Unreadable(
                f"entry has {held}, and reading its link failed: {exc.reason}"
            ) from None
        return dataclasses.replace(
            page,
            title=entry.title or page.title,
            source=feed.title or page.source,
            author=entry.author or page.author,
            published=entry.published or page.published,
        )


def _article(
    kind: Kind,
    data: bytes,
    origin: str,
    *,
    charset: str | None,
    url: str | None,
    retrieved: str | None,
) -> Document:
    if kind == "feed":
        # Only a feed entry's link gets here; following feeds from feeds has no end.
        raise Unreadable("the link is a feed, not an article")
    if kind == "html":
        markup = decode_html(data, charset)
        return html_document(markup, origin, url=url, retrieved=retrieved)
    content_type = "text/markdown" if kind == "markdown" else "text/plain"
    raw = decode_text(data, charset)
    return text_document(raw, origin, content_type=content_type, url=url, retrieved=retrieved)
