"""Fixtures for the web tests: the rules extractor, stores with articles, a real Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from factionmap import pipeline
from factionmap.extract.rules import RulesExtractor
from factionmap.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def extractor() -> pipeline.Extractor:
    # Stateless, and slow to build (spaCy, the gazetteer): one for the whole session.
    return RulesExtractor()


def ingest_examples(store: Store, extractor: pipeline.Extractor) -> None:
    outcomes = list(pipeline.ingest([str(EXAMPLES)], store, extractor=extractor))
    assert outcomes and not [o for o in outcomes if o.status == "failed"]


@pytest.fixture(scope="session")
def examples_store(
    tmp_path_factory: pytest.TempPathFactory, extractor: pipeline.Extractor
) -> Iterator[Store]:
    """A SQLite store holding every example article; shared, so tests only add to it."""
    path = tmp_path_factory.mktemp("examples-store") / "factionmap.db"
    store = pipeline.open_store(f"sqlite:///{path}")
    ingest_examples(store, extractor)
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
