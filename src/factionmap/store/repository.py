"""Reading and writing the store. Each document is saved in one transaction, or not at all."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from factionmap.errors import StoreError
from factionmap.model import ActorRef, Claim, Document
from factionmap.store.database import open_engine
from factionmap.store.tables import (
    ActorRow,
    AliasRow,
    Base,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
)


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    origin: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    characters: int
    claims: int


def claim_id(claim: Claim) -> str:
    """Stable across runs and databases: the same statement in the same place gets the same id."""
    first = claim.evidence[0]
    target = (
        claim.object.id if claim.object else json.dumps(dict(claim.value or {}), sort_keys=True)
    )
    parts = [str(claim.document.get("id")), claim.subject.id, claim.predicate, target]
    key = "\x1f".join([*parts, f"{first.start}:{first.end}"])
    return "claim:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def alias_key(text: str) -> str:
    return " ".join(text.casefold().split())


class Store:
    """The one door to the database; views and interfaces never write SQL of their own."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        return cls(open_engine(url))

    def close(self) -> None:
        self.engine.dispose()

    def has_document(self, document_id: str) -> bool:
        with Session(self.engine) as session:
            return session.get(DocumentRow, document_id) is not None

    def save_document(self, document: Document, claims: Sequence[Claim] = ()) -> bool:
        """Store a document with its claims; False when the same content was already there."""
        try:
            with Session(self.engine) as session, session.begin():
                if session.get(DocumentRow, document.id) is not None:
                    return False
                session.add(_document_row(document))
                session.flush()
                self._add_claims(session, document, claims)
            return True
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not store {document.origin}: {exc.__class__.__name__}"
            ) from exc

    def _add_claims(self, session: Session, document: Document, claims: Sequence[Claim]) -> None:
        known: set[str] = set()
        seen_aliases: set[tuple[str, str]] = set()
        seen_claims: set[str] = set()
        for claim in claims:
            for actor in (claim.subject, claim.object):
                if actor is None:
                    continue
                if actor.id not in known:
                    _ensure_actor(session, actor)
                    known.add(actor.id)
                key = alias_key(actor.mention)
                if (actor.id, key) not in seen_aliases:
                    seen_aliases.add((actor.id, key))
                    session.add(
                        AliasRow(
                            actor_id=actor.id,
                            text=actor.mention,
                            key=key,
                            source="extracted",
                            document_id=document.id,
                        )
                    )
            identifier = claim_id(claim)
            if identifier in seen_claims:
                continue
            seen_claims.add(identifier)
            session.add(
                ClaimRow(
                    id=identifier,
                    subject_id=claim.subject.id,
                    subject_mention=claim.subject.mention,
                    predicate=claim.predicate,
                    object_id=claim.object.id if claim.object else None,
                    object_mention=claim.object.mention if claim.object else None,
                    value=dict(claim.value) if claim.value is not None else None,
                    valid_from=claim.valid_from,
                    valid_to=claim.valid_to,
                    document_id=document.id,
                    extractor=claim.extractor,
                    confidence=claim.confidence,
                    status=claim.status,
                )
            )
            session.flush()
            for evidence in claim.evidence:
                session.add(
                    EvidenceRow(
                        claim_id=identifier,
                        document_id=evidence.document,
                        start=evidence.start,
                        end=evidence.end,
                        quote=evidence.quote,
                    )
                )

    def list_documents(
        self, source: str | None = None, since: str | None = None, text: str | None = None
    ) -> list[DocumentSummary]:
        claim_counts = (
            select(ClaimRow.document_id, func.count().label("n"))
            .group_by(ClaimRow.document_id)
            .subquery()
        )
        query = (
            select(DocumentRow, func.coalesce(claim_counts.c.n, 0))
            .outerjoin(claim_counts, claim_counts.c.document_id == DocumentRow.id)
            .order_by(DocumentRow.published, DocumentRow.origin)
        )
        if source:
            query = query.where(DocumentRow.source.ilike(f"%{source}%"))
        if since:
            query = query.where(DocumentRow.published >= since)
        if text:
            query = query.where(DocumentRow.text.ilike(f"%{text}%"))
        with Session(self.engine) as session:
            return [
                DocumentSummary(
                    id=row.id,
                    origin=row.origin,
                    title=row.title,
                    source=row.source,
                    published=row.published,
                    url=row.url,
                    characters=len(row.text),
                    claims=int(count),
                )
                for row, count in session.execute(query)
            ]

    def counts(self) -> dict[str, int]:
        """Row counts per table, which is what tests and the demo summary compare."""
        with Session(self.engine) as session:
            return {
                table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }


def _document_row(document: Document) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        origin=document.origin,
        url=document.url,
        title=document.title,
        source=document.source,
        author=document.author,
        published=document.published,
        retrieved=document.retrieved,
        content_type=document.content_type,
        text=document.text,
        ingested_at=datetime.now(UTC),
    )


def _ensure_actor(session: Session, actor: ActorRef) -> None:
    if session.get(ActorRow, actor.id) is None:
        session.add(ActorRow(id=actor.id, name=actor.name, kind=actor.kind, reference_ids={}))
        session.flush()
