"""The one place where the stages meet: read a document, extract, resolve, store."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.model import Claim, Document
from factionmap.store import Store

Extractor = Callable[[Document], list[Claim]]
Status = Literal["new", "unchanged", "failed"]


@dataclass(frozen=True)
class IngestOutcome:
    origin: str
    status: Status
    document_id: str | None = None
    title: str | None = None
    claims: int = 0
    reason: str | None = None


def ingest(
    inputs: Sequence[str],
    store: Store,
    limits: IngestLimits | None = None,
    extractor: Extractor | None = None,
) -> Iterator[IngestOutcome]:
    """Ingest every input; a bad input fails alone and leaves the store as it was."""
    for item in read_sources(inputs, limits or IngestLimits()):
        if isinstance(item, ReadFailure):
            yield IngestOutcome(origin=item.origin, status="failed", reason=item.reason)
            continue
        if store.has_document(item.id):
            yield IngestOutcome(item.origin, "unchanged", item.id, item.title)
            continue
        claims = extractor(item) if extractor else []
        stored = store.save_document(item, claims)
        yield IngestOutcome(
            item.origin, "new" if stored else "unchanged", item.id, item.title, len(claims)
        )
