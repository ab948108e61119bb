"""Plain text and Markdown files: front matter, verbatim Markdown, normalization."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from factionmap.ingest import ReadFailure
from tests.ingest.reading import read_document, read_one


def read_failure(path: Path) -> ReadFailure:
    item = read_one(path)
    assert isinstance(item, ReadFailure), item
    assert item.origin == str(path)
    assert "\n" not in item.reason
    return item


ARTICLE = (
    "Three armed groups announced a new coalition on Tuesday.\n"
    "\n"
    "The alliance comprises the Red Brigade and the River Front.\n"
)


def test_front_matter_gives_metadata_and_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "coalition.md"
    path.write_text(
        "---\n"
        "title: Coalition forms in the north\n"
        "source: Daily Example\n"
        "published: 2024-03-05T10:00:00Z\n"
        "url: https://example.org/coalition\n"
        "author: Jane Reporter\n"
        "tags: [ignored]\n"
        "---\n"
        "\n"
        "\n" + ARTICLE,
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.text == ARTICLE
    assert doc.title == "Coalition forms in the north"
    assert doc.source == "Daily Example"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://example.org/coalition"
    assert doc.author == "Jane Reporter"
    assert doc.origin == str(path)
    assert doc.content_type == "text/markdown"
    assert doc.id == "sha256:" + hashlib.sha256(ARTICLE.encode()).hexdigest()


def test_front_matter_date_only_and_missing_title_falls_back_to_first_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("---\npublished: 2023-11-02\n---\nA headline\n\nBody text.\n")
    doc = read_document(path)
    assert doc.published == "2023-11-02"
    assert doc.title == "A headline"
    assert doc.text == "A headline\n\nBody text.\n"
    assert doc.content_type == "text/plain"


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: [unclosed\n", "malformed front matter"),
        ("- just\n- a list\n", "malformed front matter"),
        ("published: last Tuesday\n", "published"),
        ("title: [a, b]\n", "title"),
    ],
)
def test_malformed_front_matter_is_a_failure(
    tmp_path: Path, front_matter: str, expected: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\n" + front_matter + "---\n" + ARTICLE)
    assert expected in read_failure(path).reason


def test_front_matter_without_closing_line_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "open.md"
    path.write_text("---\ntitle: Never closed\n\n" + ARTICLE)
    assert "closing" in read_failure(path).reason


def test_front_matter_with_nothing_after_it_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "only-meta.md"
    path.write_text("---\ntitle: Nothing here\n---\n\n  \n")
    assert "no text" in read_failure(path).reason


def test_markdown_is_kept_verbatim(tmp_path: Path) -> None:
    markdown = (
        "# The **Northern** Alliance\n"
        "\n"
        "It was formed by [three groups](https://example.org/groups):\n"
        "\n"
        "- the *Red Brigade*\n"
        "- the `River Front`\n"
        "\n"
        "> quoted statement\n"
    )
    path = tmp_path / "alliance.markdown"
    path.write_text(markdown)
    doc = read_document(path)
    assert doc.text == markdown
    assert doc.title == "The **Northern** Alliance"
    assert doc.content_type == "text/markdown"


def test_crlf_and_lf_versions_have_the_same_text_and_id(tmp_path: Path) -> None:
    lf = tmp_path / "lf.txt"
    crlf = tmp_path / "crlf.txt"
    cr = tmp_path / "cr.txt"
    lf.write_bytes(ARTICLE.encode())
    crlf.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    cr.write_bytes(ARTICLE.replace("\n", "\r").encode())
    docs = [read_document(p) for p in (lf, crlf, cr)]
    assert {d.text for d in docs} == {ARTICLE}
    assert {d.id for d in docs} == {"sha256:" + hashlib.sha256(ARTICLE.encode()).hexdigest()}


def test_crlf_front_matter_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "windows.md"
    path.write_bytes(("---\ntitle: From Windows\n---\n" + ARTICLE).replace("\n", "\r\n").encode())
    doc = read_document(path)
    assert doc.title == "From Windows"
    assert doc.text == ARTICLE


def test_nfd_text_is_stored_as_nfc(tmp_path: Path) -> None:
    nfc = "Forces in Raqqa and Deir ez-Zōr met in Aleppo's café district.\n"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    path = tmp_path / "nfd.txt"
    path.write_text(nfd, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == nfc
    assert doc.id == "sha256:" + hashlib.sha256(nfc.encode("utf-8")).hexdigest()


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    doc = read_document(path)
    assert doc.text == ARTICLE
    assert doc.title == "Three armed groups announced a new coalition on Tuesday."


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 60 + "\n\nMore.\n")
    assert read_document(path).title is None


def test_hash_heading_is_stripped_from_title(tmp_path: Path) -> None:
    path = tmp_path / "heading.md"
    path.write_text("\n\n## Clashes near the border\n\nText of the article.\n")
    assert read_document(path).title == "Clashes near the border"
