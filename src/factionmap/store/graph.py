"""Read queries the views are built on: actors, their names, and claims with their evidence.

They return plain records, not ORM rows, so the views above never hold a session open and
never see SQL. Each query is shaped for an index (claims by subject, by object and
predicate, evidence by claim), which keeps profiles and rosters fast on large stores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from factionmap.model import Evidence
from factionmap.store.repository import Store
from factionmap.store.tables import ActorRow, AliasRow, ClaimRow, DocumentRow, EvidenceRow

# Bound parameters per IN list; SQLite and PostgreSQL both take this many comfortably.
CHUNK = 500


@dataclass(frozen=True)
class ActorRecord:
    id: str
    name: str
    kind: str
    origin: str


@dataclass(frozen=True)
class AliasRecord:
    actor_id: str
    text: str
    key: str
    source: str
    lang: str | None
    document_id: str | None


@dataclass(frozen=True)
class SourceRecord:
    """Where a claim was read: enough to cite it without loading the document's text."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    origin: str


@dataclass(frozen=True)
class StoredClaim:
    id: str
    subject_id: str
    subject_mention: str
    predicate: str
    object_id: str | None
    object_mention: str | None
    value: dict[str, Any] | None
    valid_from: str | None
    valid_to: str | None
    extractor: str
    confidence: float
    status: str
    document: SourceRecord
    evidence: tuple[Evidence, ...]


def _chunks(items: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(items)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def actors(store: Store, ids: Collection[str] | None = None) -> dict[str, ActorRecord]:
    with Session(store.engine) as session:
        if ids is None:
            rows: list[ActorRow] = list(session.scalars(select(ActorRow)))
        else:
            rows = []
            for chunk in _chunks(ids):
                rows.extend(session.scalars(select(ActorRow).where(ActorRow.id.in_(chunk))))
        return {row.id: ActorRecord(row.id, row.name, row.kind, row.origin) for row in rows}


def actors_of_kind(store: Store, kind: str) -> list[ActorRecord]:
    with Session(store.engine) as session:
        rows = session.scalars(select(ActorRow).where(ActorRow.kind == kind).order_by(ActorRow.id))
        return [ActorRecord(row.id, row.name, row.kind, row.origin) for row in rows]


def reference_ids(store: Store) -> set[str]:
    with Session(store.engine) as session:
        return set(session.scalars(select(ActorRow.id).where(ActorRow.origin == "gazetteer")))


def aliases_with_key(store: Store, key: str) -> list[AliasRecord]:
    with Session(store.engine) as session:
        rows = session.scalars(select(AliasRow).where(AliasRow.key == key).order_by(AliasRow.id))
        return [
            AliasRecord(r.actor_id, r.text, r.key, r.source, r.lang, r.document_id) for r in rows
        ]


def claim_counts(store: Store, actor_ids: Collection[str]) -> dict[str, int]:
    """How many claims each actor is the subject or object of."""
    counts: dict[str, int] = defaultdict(int)
    with Session(store.engine) as session:
        for chunk in _chunks(actor_ids):
            for column in (ClaimRow.subject_id, ClaimRow.object_id):
                query = select(column, func.count()).where(column.in_(chunk)).group_by(column)
                for actor_id, count in session.execute(query):
                    if actor_id is not None:
                        counts[actor_id] += int(count)
    return dict(counts)


def actors_with_claims(store: Store) -> set[str]:
    """Ids that appear in at least one claim, as subject or object."""
    with Session(store.engine) as session:
        subjects = set(session.scalars(select(ClaimRow.subject_id).distinct()))
        objects = set(session.scalars(select(ClaimRow.object_id).distinct()))
    return {i for i in subjects | objects if i}


def aliases(store: Store, actor_ids: Collection[str] | None = None) -> list[AliasRecord]:
    query = select(AliasRow).order_by(AliasRow.id)
    with Session(store.engine) as session:
        if actor_ids is None:
            rows: list[AliasRow] = list(session.scalars(query))
        else:
            rows = []
            for chunk in _chunks(actor_ids):
                rows.extend(session.scalars(query.where(AliasRow.actor_id.in_(chunk))))
        return [
            AliasRecord(r.actor_id, r.text, r.key, r.source, r.lang, r.document_id) for r in rows
        ]


def sources(store: Store, document_ids: Collection[str]) -> dict[str, SourceRecord]:
    columns = (
        DocumentRow.id,
        DocumentRow.title,
        DocumentRow.source,
        DocumentRow.published,
        DocumentRow.url,
        DocumentRow.origin,
    )
    found: dict[str, SourceRecord] = {}
    with Session(store.engine) as session:
        for chunk in _chunks(document_ids):
            for row in session.execute(select(*columns).where(DocumentRow.id.in_(chunk))):
                found[row[0]] = SourceRecord(*row)
    return found


def claims(
    store: Store,
    *,
    involving: Collection[str] | None = None,
    subjects: Collection[str] | None = None,
    objects: Collection[str] | None = None,
    predicates: Collection[str] | None = None,
    source: str | None = None,
    since: str | None = None,
    ids: Collection[str] | None = None,
    document: str | None = None,
) -> list[StoredClaim]:
    """Claims matching every filter given, with their documents and evidence."""
    base = select(ClaimRow, DocumentRow).join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
    if predicates:
        base = base.where(ClaimRow.predicate.in_(sorted(predicates)))
    if source:
        base = base.where(DocumentRow.source.ilike(f"%{source}%"))
    if since:
        base = base.where(DocumentRow.published >= since)
    if document:
        base = base.where(ClaimRow.document_id == document)
    queries: list[Select[ClaimRow, DocumentRow]] = []
    if ids is not None:
        queries = [base.where(ClaimRow.id.in_(chunk)) for chunk in _chunks(ids)]
    elif involving is not None:
        queries = [
            base.where(or_(ClaimRow.subject_id.in_(chunk), ClaimRow.object_id.in_(chunk)))
            for chunk in _chunks(involving)
        ]
    elif subjects is not None:
        queries = [base.where(ClaimRow.subject_id.in_(chunk)) for chunk in _chunks(subjects)]
    elif objects is not None:
        queries = [base.where(ClaimRow.object_id.in_(chunk)) for chunk in _chunks(objects)]
    else:
        queries = [base]
    with Session(store.engine) as session:
        pairs: dict[str, tuple[ClaimRow, DocumentRow]] = {}
        for query in queries:
            for claim_row, document_row in session.execute(query):
                pairs[claim_row.id] = (claim_row, document_row)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        for chunk in _chunks(pairs):
            rows = session.scalars(
                select(EvidenceRow)
                .where(EvidenceRow.claim_id.in_(chunk))
                .order_by(EvidenceRow.claim_id, EvidenceRow.start, EvidenceRow.id)
            )
            for row in rows:
                evidence[row.claim_id].append(
                    Evidence(row.document_id, row.start, row.end, row.quote)
                )
        return [
            _stored(claim_row, document_row, evidence.get(claim_row.id, []))
            for claim_row, document_row in pairs.values()
        ]


def _stored(row: ClaimRow, doc: DocumentRow, evidence: Sequence[Evidence]) -> StoredClaim:
    return StoredClaim(
        id=row.id,
        subject_id=row.subject_id,
        subject_mention=row.subject_mention,
        predicate=row.predicate,
        object_id=row.object_id,
        object_mention=row.object_mention,
        value=row.value,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        extractor=row.extractor,
        confidence=row.confidence,
        status=row.status,
        document=SourceRecord(doc.id, doc.title, doc.source, doc.published, doc.url, doc.origin),
        evidence=tuple(evidence),
    )
