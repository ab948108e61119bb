"""Read-only queries for the interfaces: a document with its text, a claim with its evidence.

The web pages and the HTTP API read through these functions and never write SQL of their
own. Each function opens its own short session and returns plain frozen records, so a
caller can hold on to them after the session is gone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from factionmap.store import graph
from factionmap.store.graph import StoredClaim
from factionmap.store.repository import Store
from factionmap.store.tables import ActorRow, ClaimRow, DocumentRow


@dataclass(frozen=True)
class DocumentRecord:
    """A stored document with its normalized text, which every evidence offset refers to."""

    id: str
    origin: str
    url: str | None
    title: str | None
    source: str | None
    author: str | None
    published: str | None
    retrieved: str | None
    content_type: str
    text: str


@dataclass(frozen=True)
class ActorSummary:
    """An actor with the number of stored claims that name it, as subject or as object."""

    id: str
    name: str
    kind: str
    claims: int


def _storable(key: str) -> bool:
    # PostgreSQL text cannot hold NUL, and asking for one is a driver error rather than
    # "no such row"; no stored id contains one, so the answer is known without asking.
    return "\x00" not in key


def storable(text: str) -> bool:
    """Whether a string from a request can be looked up at all; no stored id or name holds NUL.

    The web layer checks the names and ids it hands to the views with this, so that a NUL
    byte is "not found" on every database rather than a PostgreSQL driver error.
    """
    return _storable(text)


def get_document(store: Store, document_id: str) -> DocumentRecord | None:
    """The document with this id (``sha256:…``), or None."""
    if not _storable(document_id):
        return None
    with Session(store.engine) as session:
        row = session.get(DocumentRow, document_id)
        if row is None:
            return None
        return DocumentRecord(
            id=row.id,
            origin=row.origin,
            url=row.url,
            title=row.title,
            source=row.source,
            author=row.author,
            published=row.published,
            retrieved=row.retrieved,
            content_type=row.content_type,
            text=row.text,
        )


def get_claim(store: Store, claim_id: str) -> StoredClaim | None:
    """The claim with this id (``claim:…``) with its evidence and source reference, or None.

    The source's text is not included; `get_document(store, claim.document.id)` has it.
    """
    if not _storable(claim_id):
        return None
    found = graph.claims(store, ids={claim_id})
    return found[0] if found else None


def list_document_claims(store: Store, document_id: str) -> list[StoredClaim]:
    """Every claim stored from this document, in reading order (by first evidence offset)."""
    if not _storable(document_id):
        return []
    return sorted(graph.claims(store, document=document_id), key=_reading_order)


def list_actors(store: Store, kind: str | None = None) -> list[ActorSummary]:
    """Actors by canonical name, optionally only those of one kind (``coalition``, …)."""
    if kind is not None and not _storable(kind):
        return []
    named = union_all(
        select(ClaimRow.subject_id.label("actor_id")),
        select(ClaimRow.object_id.label("actor_id")).where(ClaimRow.object_id.is_not(None)),
    ).subquery()
    counts = select(named.c.actor_id, func.count().label("n")).group_by(named.c.actor_id).subquery()
    query = (
        select(ActorRow, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.actor_id == ActorRow.id)
        .order_by(ActorRow.name, ActorRow.id)
    )
    if kind is not None:
        query = query.where(ActorRow.kind == kind)
    with Session(store.engine) as session:
        return [
            ActorSummary(id=row.id, name=row.name, kind=row.kind, claims=int(count))
            for row, count in session.execute(query)
        ]


def object_ids(store: Store, predicate: str) -> set[str]:
    """Ids of the actors that stored claims with this predicate point to (``member_of``: the
    coalitions that sources give members)."""
    query = (
        select(ClaimRow.object_id)
        .where(ClaimRow.predicate == predicate, ClaimRow.object_id.is_not(None))
        .distinct()
    )
    with Session(store.engine) as session:
        return {actor_id for actor_id in session.scalars(query) if actor_id is not None}


def _reading_order(claim: StoredClaim) -> tuple[int, int, str, str]:
    first = claim.evidence[0] if claim.evidence else None
    return (first.start if first else 0, first.end if first else 0, claim.predicate, claim.id)
