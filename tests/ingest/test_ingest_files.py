"""Local inputs: folder expansion, kind sniffing, and every way a file can be unusable."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.model import Document


def only_failure(inputs: list[str], limits: IngestLimits | None = None) -> ReadFailure:
    items = list(read_sources(inputs, limits or IngestLimits()))
    assert len(items) == 1, items
    (item,) = items
    assert isinstance(item, ReadFailure), item
    assert item.origin == inputs[0]
    assert "\n" not in item.reason
    assert "Traceback" not in item.reason and "Error" not in item.reason
    return item


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "z.txt").write_text("Zulu article.\n")
    (root / "a.txt").write_text("Alpha article.\n")
    (root / "b" / "d.md").write_text("Delta article.\n")
    (root / "b" / "c.txt").write_text("Charlie article.\n")
    (root / ".hidden.txt").write_text("Hidden article.\n")
    (root / "b" / ".draft.md").write_text("Draft article.\n")
    (root / ".git" / "notes.txt").write_text("Git internals.\n")

    items = list(read_sources([str(root)]))

    assert all(isinstance(item, Document) for item in items)
    assert [item.origin for item in items] == [
        str(root / "a.txt"),
        str(root / "b" / "c.txt"),
        str(root / "b" / "d.md"),
        str(root / "z.txt"),
    ]
    assert [item.text for item in items if isinstance(item, Document)] == [
        "Alpha article.\n",
        "Charlie article.\n",
        "Delta article.\n",
        "Zulu article.\n",
    ]


def test_inputs_are_read_in_the_order_given(tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    first = tmp_path / "first.txt"
    second.write_text("Second.\n")
    first.write_text("First.\n")
    missing = tmp_path / "missing.txt"
    items = list(read_sources([str(second), str(missing), str(first)]))
    assert [item.origin for item in items] == [str(second), str(missing), str(first)]
    assert isinstance(items[1], ReadFailure)


def test_a_bad_file_in_a_folder_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine article.\n")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("Another fine article.\n")
    items = list(read_sources([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["Document", "ReadFailure", "Document"]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / ".only-hidden").write_text("x")
    assert "no files" in only_failure([str(tmp_path)]).reason


def test_missing_path(tmp_path: Path) -> None:
    failure = only_failure([str(tmp_path / "nope.txt")])
    assert failure.reason == "no such file or directory"


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert only_failure([str(path)]).reason == "empty file"


@pytest.mark.parametrize("name", ["blank.txt", "blank.md", "blank.html", "blank.xml", "blank"])
def test_whitespace_only_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"  \n\t\r\n   \n")
    assert only_failure([str(path)]).reason == "no text"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00", "GIF image"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        ("archive.md", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        ("data.bin", b"some text\x00with a NUL", "NUL"),
    ],
)
def test_binary_files_are_rejected(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    reason = only_failure([str(path)]).reason
    assert reason.startswith("binary file")
    assert expected in reason
    assert reason.endswith("not an article")


def test_zip_and_docx_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>Coalition text</w:document>")
    reason = only_failure([str(path)]).reason
    assert reason.startswith("binary file (ZIP archive")
    assert "DOCX" in reason


def test_latin1_text_is_rejected_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("Meeting at the café in Raqqa.\n".encode("latin-1"))
    reason = only_failure([str(path)]).reason
    assert reason == "not UTF-8 text (looks like Latin-1/Windows-1252); re-encode it as UTF-8"


def test_invalid_utf8_that_is_not_latin1(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Some text \x81\x8d\x8f\x90\x9d and more\n")
    reason = only_failure([str(path)]).reason
    assert reason.startswith("not UTF-8 text")
    assert "offset 10" in reason


def test_utf16_is_named(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Coalition news.\n".encode("utf-16"))
    assert "UTF-16" in only_failure([str(path)]).reason


def test_file_over_the_default_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        # Sparse: all NUL bytes, so a reader that read it first would call it binary.
        handle.truncate(60 * 1024 * 1024)
    reason = only_failure([str(path)]).reason
    assert reason == "file is 60.0 MB, over the 20.0 MB limit"


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "medium.txt"
    path.write_text("x" * 5000)
    reason = only_failure([str(path)], IngestLimits(max_bytes=1024)).reason
    assert reason == "file is 4.9 KB, over the 1.0 KB limit"
    (doc,) = list(read_sources([str(path)], IngestLimits(max_bytes=5000)))
    assert isinstance(doc, Document), doc
    assert doc.text == "x" * 5000


def test_unsupported_scheme(tmp_path: Path) -> None:
    assert "scheme" in only_failure(["ftp://example.org/article.txt"]).reason


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("article", b"Plain words about an alliance.\n", "text/plain"),
        ("article.data", b"<!DOCTYPE html><html><body><article>{}</article></body></html>", "html"),
        ("page.xml", b"<!doctype html><html><body><article>{}</article></body></html>", "html"),
        ("notes.txt", b"<html><body><p>Kept as text.</p></body></html>\n", "text/plain"),
    ],
)
def test_kind_is_decided_by_extension_then_sniffing(
    tmp_path: Path, name: str, content: bytes, content_type: str
) -> None:
    paragraph = b"<p>" + b"The alliance of armed groups held its first meeting. " * 3 + b"</p>"
    path = tmp_path / name
    path.write_bytes(content.replace(b"{}", paragraph))
    (item,) = list(read_sources([str(path)]))
    assert isinstance(item, Document), item
    if content_type == "html":
        assert item.content_type == "text/html"
        assert "<p>" not in item.text
    else:
        assert item.content_type == content_type
        assert item.text == content.decode()


def test_unknown_extension_with_feed_content_is_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "news"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>One</title><description>Short item.</description></item>"
        "</channel></rss>"
    )
    (item,) = list(read_sources([str(path)]))
    assert isinstance(item, Document), item
    assert item.origin == f"{path}#1"
    assert item.source == "Wire"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.sampled_from([b"---\n", b"---\n: :\n---\n", b"<?xml", b"<rss><item>", b"<html>"]),
    ),
    extension=st.sampled_from([".txt", ".md", ".html", ".xml", ".rss", ".atom", ""]),
)
def test_any_file_is_read_or_refused_without_raising(
    tmp_path: Path, content: bytes, extension: str
) -> None:
    path = tmp_path / f"input{extension}"
    path.write_bytes(content)
    items = list(read_sources([str(path)]))
    assert len(items) >= 1
    for item in items:
        if isinstance(item, ReadFailure):
            assert item.reason and "\n" not in item.reason
            assert "unexpected error" not in item.reason


def test_path_with_a_nul_character(tmp_path: Path) -> None:
    assert "not a valid path" in only_failure([f"{tmp_path}/bad\x00name.txt"]).reason


def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_failure([str(fifo)]).reason == "not a regular file"
