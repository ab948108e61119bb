"""Read-only queries for the interfaces: a document with its text, a claim with its evidence.

The web pages and the HTTP API read through these functions and never write SQL of their
own. Each function opens its own short session and returns plain frozen records, so a
caller can hold on to them after the session is gone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, func, select, union_all
from sqlalchemy.orm import Session, aliased

from factionmap.model import ActorKind, ActorRef, Evidence
from factionmap.store.repository import Store
from factionmap.store.tables import ActorRow, ClaimRow, DocumentRow, EvidenceRow


@dataclass(frozen=True)
class DocumentReference:
    """What a claim says about its source: enough to cite it, without the text."""

    id: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None

    def to_json(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "source": self.source,
            "published": self.published,
        }


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

    def reference(self) -> DocumentReference:
        return DocumentReference(self.id, self.url, self.title, self.source, self.published)


# A claim's actors and quotes are the records every stage shares (SPEC section 3).
ActorMention = ActorRef
EvidenceRecord = Evidence


@dataclass(frozen=True)
class ClaimRecord:
    """A stored claim in the shape of SPEC section 3, plus its id and review status."""

    id: str
    subject: ActorMention
    predicate: str
    object: ActorMention | None
    value: dict[str, Any] | None
    valid_from: str | None
    valid_to: str | None
    evidence: tuple[EvidenceRecord, ...]
    document: DocumentReference
    extractor: str
    confidence: float
    status: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json() if self.object is not None else None,
            "value": self.value,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "evidence": [e.to_json() for e in self.evidence],
            "document": self.document.to_json(),
            "extractor": self.extractor,
            "confidence": round(self.confidence, 2),
            "status": self.status,
        }


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


def get_claim(store: Store, claim_id: str) -> ClaimRecord | None:
    """The claim with this id (``claim:…``) with its evidence and source reference, or None.

    The source's text is not included; `get_document(store, claim.document.id)` has it.
    """
    if not _storable(claim_id):
        return None
    claims = _claims(store, _claim_query().where(ClaimRow.id == claim_id))
    return claims[0] if claims else None


def list_document_claims(store: Store, document_id: str) -> list[ClaimRecord]:
    """Every claim stored from this document, in reading order (by first evidence offset)."""
    if not _storable(document_id):
        return []
    return _claims(store, _claim_query().where(ClaimRow.document_id == document_id))


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


_Subject = aliased(ActorRow, name="subject_actor")
_Object = aliased(ActorRow, name="object_actor")


# claim, subject name and kind, object name and kind, and the source's url/title/source/published
_ClaimSelect = Select[ClaimRow, str, str, str, str, str | None, str | None, str | None, str | None]
_ClaimRow = Row[ClaimRow, str, str, str, str, str | None, str | None, str | None, str | None]


def _claim_query() -> _ClaimSelect:
    return (
        select(
            ClaimRow,
            _Subject.name,
            _Subject.kind,
            _Object.name,
            _Object.kind,
            DocumentRow.url,
            DocumentRow.title,
            DocumentRow.source,
            DocumentRow.published,
        )
        .join(_Subject, _Subject.id == ClaimRow.subject_id)
        .outerjoin(_Object, _Object.id == ClaimRow.object_id)
        .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
    )


def _claims(store: Store, query: _ClaimSelect) -> list[ClaimRecord]:
    with Session(store.engine) as session:
        rows = session.execute(query).all()
        if not rows:
            return []
        evidence = _evidence(session, [row[0].id for row in rows])
    claims = [
        _claim_record(row, tuple(evidence.get(row[0].id, ())))
        for row in rows
        # A claim is never stored without evidence; one without any is not shown as grounded.
        if evidence.get(row[0].id)
    ]
    claims.sort(key=_reading_order)
    return claims


def _evidence(session: Session, claim_ids: Sequence[str]) -> dict[str, list[EvidenceRecord]]:
    found: dict[str, list[EvidenceRecord]] = defaultdict(list)
    # Chunked so that a document with thousands of claims stays under bind-parameter limits.
    for offset in range(0, len(claim_ids), 500):
        chunk = list(claim_ids[offset : offset + 500])
        query = (
            select(EvidenceRow)
            .where(EvidenceRow.claim_id.in_(chunk))
            .order_by(EvidenceRow.start, EvidenceRow.end, EvidenceRow.id)
        )
        for row in session.scalars(query):
            found[row.claim_id].append(
                EvidenceRecord(row.document_id, row.start, row.end, row.quote)
            )
    return found


def _kind(stored: str) -> ActorKind:
    # The actors table only ever holds kinds that came from an ActorRef.
    return stored  # type: ignore[return-value]


def _claim_record(row: _ClaimRow, evidence: tuple[EvidenceRecord, ...]) -> ClaimRecord:
    claim, subject_name, subject_kind, object_name, object_kind = row[:5]
    url, title, source, published = row[5:]
    subject = ActorRef(claim.subject_id, subject_name, claim.subject_mention, _kind(subject_kind))
    target = None
    if claim.object_id is not None:
        target = ActorRef(
            claim.object_id, object_name, claim.object_mention or object_name, _kind(object_kind)
        )
    return ClaimRecord(
        id=claim.id,
        subject=subject,
        predicate=claim.predicate,
        object=target,
        value=dict(claim.value) if claim.value is not None else None,
        valid_from=claim.valid_from,
        valid_to=claim.valid_to,
        evidence=evidence,
        document=DocumentReference(claim.document_id, url, title, source, published),
        extractor=claim.extractor,
        confidence=claim.confidence,
        status=claim.status,
    )


def _reading_order(claim: ClaimRecord) -> tuple[int, int, str, str]:
    first = claim.evidence[0]
    return (first.start, first.end, claim.predicate, claim.id)
