"""HTML files: the article without its page furniture, and its metadata."""

from __future__ import annotations

from pathlib import Path

from factionmap.ingest import ReadFailure
from factionmap.model import Document
from tests.ingest.reading import read_one

NAV = "Home World Politics Sport Weather Subscribe to our newsletter"
AD = "BUY CHEAP WIDGETS TODAY limited offer"
FOOTER = "Copyright 2024 Daily Example. Privacy policy. Contact the newsroom."

PARAGRAPHS = [
    "Three armed groups announced on Tuesday that they had formed a new coalition, the "
    "Northern Alliance, to coordinate operations in the hill country.",
    "The alliance comprises the Red Brigade, the River Front and the Hill Guard, according "
    "to a statement released by its spokesman in the provincial capital.",
    "Analysts said the move followed months of negotiations between the leaders of the "
    "three groups, who had clashed with one another as recently as last year.",
]


def page(body: str, head: str = "") -> str:
    links = "".join(f'<li><a href="/{word}">{word}</a></li>' for word in NAV.split())
    return (
        "<!DOCTYPE html>\n<html><head>" + head + "</head><body>\n"
        f"<header><nav><ul>{links}</ul></nav></header>\n"
        f'<div class="advertisement" id="ad-top"><a href="/ads">{AD}</a></div>\n'
        f"{body}\n"
        f'<footer class="site-footer"><p>{FOOTER}</p></footer>\n'
        "</body></html>\n"
    )


ARTICLE_HEAD = (
    '<meta charset="utf-8"><title>Coalition forms in the north | Daily Example</title>'
    '<meta name="author" content="Jane Reporter">'
    '<meta property="og:site_name" content="Daily Example">'
    '<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">'
    '<link rel="canonical" href="https://example.org/news/coalition">'
)
ARTICLE_BODY = (
    "<main><article><h1>Coalition forms in the north</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></main>"
)


def test_article_text_without_nav_ads_or_footer(tmp_path: Path) -> None:
    path = tmp_path / "coalition.html"
    path.write_text(page(ARTICLE_BODY, ARTICLE_HEAD), encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, Document), doc
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
    assert "\n\n".join(PARAGRAPHS) in doc.text
    for furniture in ("Subscribe", "WIDGETS", "Copyright", "Privacy"):
        assert furniture not in doc.text
    assert doc.title == "Coalition forms in the north"
    assert doc.author == "Jane Reporter"
    assert doc.published == "2024-03-05"
    assert doc.source == "Daily Example"
    assert doc.url == "https://example.org/news/coalition"
    assert doc.content_type == "text/html"
    assert doc.origin == str(path)


def test_page_with_only_navigation_and_footer_has_no_article(tmp_path: Path) -> None:
    path = tmp_path / "index.htm"
    path.write_text(page("", "<title>Daily Example</title>"))
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "no article text found in HTML"


def test_malformed_html_that_can_still_be_read(tmp_path: Path) -> None:
    path = tmp_path / "sloppy.html"
    sloppy = (
        "<html><head><title>Sloppy page</title><body><div><p>"
        + PARAGRAPHS[0]
        + "<p>"
        + PARAGRAPHS[1]
        + "</div></span><p>"
        + PARAGRAPHS[2]
    )
    path.write_text(sloppy)
    doc = read_one(path)
    assert isinstance(doc, Document), doc
    assert PARAGRAPHS[1] in doc.text


def test_declared_meta_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    body = "<article><p>" + PARAGRAPHS[0] + " They met at the café in Raqqa.</p></article>"
    markup = page(body, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    path.write_bytes(markup.encode("latin-1"))
    doc = read_one(path)
    assert isinstance(doc, Document), doc
    assert "café in Raqqa" in doc.text


def test_undeclared_non_utf8_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    body = "<article><p>" + PARAGRAPHS[0] + " They met at the café in Raqqa.</p></article>"
    path.write_bytes(page(body).encode("latin-1"))
    failure = read_one(path)
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("not UTF-8 text (looks like Latin-1/Windows-1252)")
    assert "<meta charset>" in failure.reason
