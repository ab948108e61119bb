"""Reading and writing the store. Each document is saved in one transaction, or not at all."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from factionmap.errors import InputError, StoreError
from factionmap.model import (
    ActorRef,
    AutoMerge,
    Claim,
    Document,
    Judgement,
    JudgementKind,
    KnownActor,
)
from factionmap.store.database import open_engine
from factionmap.store.tables import (
    ActorRow,
    AliasRow,
    Base,
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    JudgementRow,
    MetaRow,
)

RESOLVER = "factionmap-resolver"
REFERENCE_META = "reference-fingerprint"


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

    def save_document(
        self,
        document: Document,
        claims: Sequence[Claim] = (),
        merges: Sequence[AutoMerge] = (),
        seen: Mapping[str, Collection[str]] | None = None,
    ) -> bool:
        """Store a document with its claims and the resolver's merges, all or nothing.

        ``seen`` maps actor ids to further names of theirs that the text spells out, so that a
        profile can say where each spelling was seen. False when the content was already there.
        """
        try:
            with Session(self.engine) as session, session.begin():
                if session.get(DocumentRow, document.id) is not None:
                    return False
                session.add(_document_row(document))
                session.flush()
                recorded = self._add_claims(session, document, claims)
                for actor_id, names in sorted((seen or {}).items()):
                    for text in sorted(names):
                        if (actor_id, alias_key(text)) not in recorded:
                            recorded.add((actor_id, alias_key(text)))
                            session.add(
                                AliasRow(
                                    actor_id=actor_id,
                                    text=text,
                                    key=alias_key(text),
                                    source="extracted",
                                    document_id=document.id,
                                )
                            )
                now = datetime.now(UTC)
                for merge in merges:
                    session.add(
                        JudgementRow(
                            kind="merge",
                            target=merge.keep,
                            other=merge.absorb,
                            author=RESOLVER,
                            reason=merge.reason,
                            score=merge.score,
                            created_at=now,
                        )
                    )
            return True
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not store {document.origin}: {exc.__class__.__name__}"
            ) from exc

    def _add_claims(
        self, session: Session, document: Document, claims: Sequence[Claim]
    ) -> set[tuple[str, str]]:
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
        return seen_aliases

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

    def reference_fingerprint(self) -> str | None:
        with Session(self.engine) as session:
            row = session.get(MetaRow, REFERENCE_META)
            return row.value if row else None

    def sync_reference(self, actors: Sequence[KnownActor], fingerprint: str) -> bool:
        """Make the gazetteer's actors and names searchable in the store; once per gazetteer."""
        if self.reference_fingerprint() == fingerprint:
            return False
        try:
            with Session(self.engine) as session, session.begin():
                existing = {row.id: row for row in session.scalars(select(ActorRow))}
                session.execute(delete(AliasRow).where(AliasRow.source == "gazetteer"))
                new_actors: list[dict[str, object]] = []
                for actor in actors:
                    row = existing.get(actor.id)
                    if row is None:
                        new_actors.append(
                            {
                                "id": actor.id,
                                "name": actor.name,
                                "kind": actor.kind,
                                "reference_ids": {},
                                "origin": "gazetteer",
                            }
                        )
                    else:
                        row.name, row.kind, row.origin = actor.name, actor.kind, "gazetteer"
                session.flush()
                # Bulk inserts: thousands of names, and every new store (each test) pays this.
                if new_actors:
                    session.execute(insert(ActorRow), new_actors)
                aliases = [
                    {"actor_id": a.id, "text": t, "key": alias_key(t), "source": "gazetteer"}
                    for a in actors
                    for t in dict.fromkeys((a.name, *a.names))
                ]
                if aliases:
                    session.execute(insert(AliasRow), aliases)
                session.merge(MetaRow(key=REFERENCE_META, value=fingerprint))
            return True
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not load the reference actors: {exc.__class__.__name__}"
            ) from exc

    def known_actors(self) -> list[KnownActor]:
        """Every actor with all its names, which is what the resolver compares against."""
        names: dict[str, list[str]] = {}
        with Session(self.engine) as session:
            for actor_id, text in session.execute(select(AliasRow.actor_id, AliasRow.text)):
                names.setdefault(actor_id, []).append(text)
            return [
                KnownActor(
                    id=row.id,
                    name=row.name,
                    kind=row.kind,  # type: ignore[arg-type]
                    reference=row.origin == "gazetteer",
                    names=tuple(sorted(set(names.get(row.id, ())))),
                )
                for row in session.scalars(select(ActorRow).order_by(ActorRow.id))
            ]

    def judgements(self) -> list[Judgement]:
        with Session(self.engine) as session:
            return [
                _judgement(row)
                for row in session.scalars(select(JudgementRow).order_by(JudgementRow.id))
            ]

    def judgement(self, identifier: int) -> Judgement | None:
        with Session(self.engine) as session:
            row = session.get(JudgementRow, identifier)
            return _judgement(row) if row else None

    def add_judgement(
        self,
        kind: JudgementKind,
        target: str,
        author: str,
        other: str | None = None,
        reason: str | None = None,
        undoes: Sequence[int] = (),
    ) -> Judgement:
        """Record a decision; ``undoes`` are earlier judgements it switches off (a split)."""
        with Session(self.engine) as session, session.begin():
            row = JudgementRow(
                kind=kind,
                target=target,
                other=other,
                author=author,
                reason=reason,
                created_at=datetime.now(UTC),
            )
            session.add(row)
            session.flush()
            for earlier in undoes:
                undone = session.get(JudgementRow, earlier)
                if undone is not None and undone.undone_by is None:
                    undone.undone_by = row.id
            session.flush()
            return _judgement(row)

    def undo_judgement(self, identifier: int, author: str, reason: str | None = None) -> Judgement:
        """Switch a judgement off, and turn back on whatever it had switched off."""
        with Session(self.engine) as session, session.begin():
            row = session.get(JudgementRow, identifier)
            if row is None:
                raise InputError(f"there is no judgement {identifier}")
            if row.kind == "undo":
                raise InputError(f"judgement {identifier} is itself an undo; record it again")
            if row.undone_by is not None:
                raise InputError(f"judgement {identifier} was already undone")
            undo = JudgementRow(
                kind="undo",
                target=str(identifier),
                author=author,
                reason=reason,
                created_at=datetime.now(UTC),
            )
            session.add(undo)
            session.flush()
            row.undone_by = undo.id
            for revived in session.scalars(
                select(JudgementRow).where(JudgementRow.undone_by == identifier)
            ):
                revived.undone_by = None
            session.flush()
            return _judgement(undo)

    def counts(self) -> dict[str, int]:
        """Row counts per table, which is what tests and the demo summary compare."""
        with Session(self.engine) as session:
            return {
                table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }


def _judgement(row: JudgementRow) -> Judgement:
    return Judgement(
        id=row.id,
        kind=row.kind,  # type: ignore[arg-type]
        target=row.target,
        other=row.other,
        author=row.author,
        reason=row.reason,
        created_at=row.created_at.isoformat(timespec="seconds"),
        score=row.score,
        undone_by=row.undone_by,
    )


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
