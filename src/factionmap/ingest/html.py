"""HTML pages: the article's main text and metadata, without navigation, ads or footers."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

import trafilatura

from factionmap.ingest.errors import Unreadable
from factionmap.ingest.text import not_utf8_reason
from factionmap.model import Document

# Shorter than this, what trafilatura found is a caption or a cookie notice, not an article.
MIN_ARTICLE_CHARS = 40

# Browsers look for the declaration in the first 1024 bytes; allow for long <head>s.
_CHARSET_PRESCAN = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_CHARSET_PRESCAN])
    return match.group(1).decode("ascii") if match else None


def decode_html(data: bytes, header_charset: str | None = None) -> str:
    """Decode by the declared charset (HTTP header, then <meta>), else strictly as UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return decode_html(data[len(codecs.BOM_UTF8) :], "utf-8")
    charset = header_charset or declared_charset(data)
    if charset is None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            reason = not_utf8_reason(data, exc)
            raise Unreadable(f"{reason}, or declare its charset with <meta charset>") from None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        raise Unreadable(f"HTML declares an unknown charset {charset!r}") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise Unreadable(f"not valid {charset} text, though the page declares {charset}") from None


def _paragraphs(text: str) -> str:
    # trafilatura ends each block with one newline; a blank line is what marks a
    # paragraph in every other input, so downstream stages see one convention.
    return re.sub(r"[ \t]*\n\s*", "\n\n", text.strip())


def html_document(
    markup: str,
    origin: str,
    *,
    url: str | None = None,
    retrieved: str | None = None,
) -> Document:
    extracted = trafilatura.bare_extraction(
        markup,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        # Extensive search guesses dates from any number in the page, such as a
        # copyright year; a wrong date is worse than none.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if extracted is None or isinstance(extracted, dict):
        raise Unreadable("no article text found in HTML")
    text = _paragraphs(extracted.text or "")
    if len(text) < MIN_ARTICLE_CHARS:
        raise Unreadable("no article text found in HTML")
    date = extracted.date
    return Document.from_text(
        text,
        origin,
        url=url or extracted.url,
        title=extracted.title or None,
        source=extracted.sitename or None,
        author=extracted.author or None,
        published=date if date and _ISO_DAY.fullmatch(date) else None,
        retrieved=retrieved,
        content_type="text/html",
    )


_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
        *("hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"),
    )
)
_SKIPPED = frozenset(("script", "style", "template", "noscript"))


class _FragmentText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _close_paragraph(self) -> None:
        paragraph = " ".join("".join(self._current).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._close_paragraph()


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML snippet such as a feed summary, one blank line between blocks.

    A snippet is too short for trafilatura's boilerplate heuristics, which would drop it,
    so this only strips the tags.
    """
    if re.search(r"<[A-Za-z!/]", fragment) is None:
        # Plain text in an HTML field: its blank lines are its paragraphs.
        blocks = re.split(r"\n\s*\n", fragment)
        return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip())
    parser = _FragmentText()
    parser.feed(fragment)
    parser.close()
    return "\n\n".join(parser.paragraphs)
