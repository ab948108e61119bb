"""Fixtures for the web tests: the rules extractor, stores with articles, a real Chromium."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from factionmap import pipeline
from factionmap.extract.rules import RulesExtractor
from factionmap.store import Store
from tests.postgres_server import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
# Ten articles about Hay'at Tahrir al-Sham, 2017-2025 (see EXPECTED.md beside them); the
# glob leaves that file out.
HTS_ARTICLES = sorted((ROOT / "tests" / "fixtures" / "multidoc" / "hts").glob("[0-9][0-9]-*.md"))
CHROMIUM = Path("/usr/bin/chromium")
# The keys of a claim as the API returns it: SPEC section 3 plus its id and review status.
CLAIM_FIELDS = {
    "id",
    "subject",
    "predicate",
    "object",
    "value",
    "valid_from",
    "valid_to",
    "evidence",
    "document",
    "extractor",
    "confidence",
    "status",
}


@pytest.fixture(scope="session")
def extractor() -> pipeline.Extractor:
    # Stateless, and slow to build (spaCy, the gazetteer): one for the whole session.
    return RulesExtractor()


def ingest_examples(store: Store, extractor: pipeline.Extractor) -> None:
    outcomes = list(pipeline.ingest([str(EXAMPLES)], store, extractor=extractor))
    assert outcomes and not [o for o in outcomes if o.status == "failed"]


def ingest_hts(store: Store, extractor: pipeline.Extractor) -> None:
    outcomes = list(pipeline.ingest([str(p) for p in HTS_ARTICLES], store, extractor=extractor))
    assert [o.status for o in outcomes] == ["new"] * len(HTS_ARTICLES)


@contextmanager
def database(kind: str, request: pytest.FixtureRequest, folder: Path) -> Iterator[str]:
    """A fresh database URL of this kind ("sqlite" or "postgresql") for a wider scope than
    the function-scoped `db_url`; the PostgreSQL database is dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'factionmap.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = "web_" + uuid.uuid4().hex[:12]
    admin = server.url().replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.url(name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def site_store(
    tmp_path_factory: pytest.TempPathFactory, extractor: pipeline.Extractor
) -> Iterator[Store]:
    """A SQLite store holding every example article and the ten HTS articles; shared by the
    browser tests, which only add to it (or undo what they change)."""
    path = tmp_path_factory.mktemp("site-store") / "factionmap.db"
    store = pipeline.open_store(f"sqlite:///{path}")
    ingest_examples(store, extractor)
    ingest_hts(store, extractor)
    yield store
    store.close()


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium for Playwright; in CI its absence fails the run instead of skipping."""
    if not CHROMIUM.exists():
        message = f"Chromium is not installed ({CHROMIUM})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must install the chromium package", pytrace=False)
        pytest.skip(f"{message}; apt-get install chromium to run the browser tests")
    return CHROMIUM
