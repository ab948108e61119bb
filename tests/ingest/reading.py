"""Reading one local file the way the CLI does, for the ingestion tests."""

from __future__ import annotations

from pathlib import Path

from factionmap.ingest import ReadFailure, read_sources
from factionmap.model import Document


def read_one(path: Path) -> Document | ReadFailure:
    items = list(read_sources([str(path)]))
    assert len(items) == 1, items
    return items[0]


def read_document(path: Path) -> Document:
    item = read_one(path)
    assert isinstance(item, Document), item
    return item
