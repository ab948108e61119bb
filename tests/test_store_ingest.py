"""Ingesting into a real database, SQLite and PostgreSQL alike: new, unchanged, failed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from factionmap import pipeline
from factionmap.errors import StoreError
from factionmap.ingest import IngestLimits
from factionmap.store import Store
from tests.conftest import EXAMPLES


def _ingest(store: Store, *inputs: str, limits: IngestLimits | None = None) -> list[str]:
    return [o.status for o in pipeline.ingest(list(inputs), store, limits)]


def test_reingesting_the_examples_changes_nothing(db_url: str) -> None:
    store = Store.open(db_url)
    first = _ingest(store, str(EXAMPLES))
    assert first and set(first) == {"new"}
    counts = store.counts()
    again = _ingest(store, str(EXAMPLES))
    assert again == ["unchanged"] * len(first)
    assert store.counts() == counts
    assert counts["documents"] == len(first)
    store.close()


def test_same_content_under_another_name_is_unchanged(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    one = tmp_path / "one.txt"
    one.write_text("The Arakan Army operates in Rakhine State.\n", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_bytes(b"The Arakan Army operates in Rakhine State.\r\n")
    assert _ingest(store, str(one), str(two)) == ["new", "unchanged"]
    store.close()


def _bad_inputs(folder: Path) -> list[Path]:
    empty = folder / "empty.txt"
    empty.write_text("   \n\n", encoding="utf-8")
    zero = folder / "zero.txt"
    zero.touch()
    png = folder / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    archive = folder / "archive.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "hello")
    latin = folder / "latin.txt"
    latin.write_bytes("Le Front de libération du Québec, fondé à Montréal.".encode("latin-1"))
    invalid = folder / "invalid.txt"
    invalid.write_bytes(b"Hamas \xff\xfe\xfd was founded")
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    nav_only = folder / "nav.html"
    nav_only.write_text(
        "<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav>"
        "<footer>(c) Example</footer></body></html>",
        encoding="utf-8",
    )
    feed = folder / "broken.xml"
    feed.write_text("<?xml version='1.0'?><rss><channel><item><title>x</item>", encoding="utf-8")
    return [empty, zero, png, archive, latin, invalid, huge, nav_only, feed, folder / "missing.txt"]


def test_bad_inputs_fail_alone_and_leave_the_store_as_it_was(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    good = tmp_path / "good.md"
    good.write_text("# JNIM\n\nJNIM was formed in March 2017 in Mali.\n", encoding="utf-8")
    assert _ingest(store, str(good)) == ["new"]
    before = store.counts()
    (tmp_path / "bad").mkdir()
    bad = _bad_inputs(tmp_path / "bad")
    outcomes = list(pipeline.ingest([str(p) for p in bad], store))
    assert [o.status for o in outcomes] == ["failed"] * len(bad)
    for outcome in outcomes:
        assert outcome.reason and "\n" not in outcome.reason
    assert store.counts() == before
    store.close()


def test_a_bad_input_does_not_stop_the_others(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    good = tmp_path / "good.txt"
    good.write_text("The Kachin Independence Army was formed in 1961.\n", encoding="utf-8")
    statuses = _ingest(store, str(tmp_path / "nope.txt"), str(good))
    assert statuses == ["failed", "new"]
    assert store.counts()["documents"] == 1
    store.close()


def test_an_unreachable_database_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
