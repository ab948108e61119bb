"""What every view starts from: the store seen through the judgements that were made.

A `View` is built once per request or command. It loads the judgements, turns merges into
clusters of actor ids, and from then on hands out claims whose subject and object carry
canonical ids and names, with rejected claims left out and accepted ones marked.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from factionmap.errors import InputError
from factionmap.model import ActorKind, ActorRef, Evidence, Judgement
from factionmap.resolve.identity import Identity, claim_statuses
from factionmap.store import Store, graph
from factionmap.store.graph import ActorRecord, SourceRecord, StoredClaim
from factionmap.store.reading import ActorSummary, list_actors
from factionmap.store.repository import alias_key


@dataclass(frozen=True)
class ResolvedClaim:
    """A stored claim with its actors resolved to canonical ones and people's verdict applied."""

    id: str
    subject: ActorRef
    predicate: str
    object: ActorRef | None
    value: Mapping[str, Any] | None
    valid_from: str | None
    valid_to: str | None
    evidence: tuple[Evidence, ...]
    document: SourceRecord
    extractor: str
    confidence: float
    status: str

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines record of SPEC section 3, plus the claim id and status."""
        return {
            "id": self.id,
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json() if self.object else None,
            "value": dict(self.value) if self.value is not None else None,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "evidence": [e.to_json() for e in self.evidence],
            "document": {
                "id": self.document.id,
                "url": self.document.url,
                "title": self.document.title,
                "source": self.document.source,
                "published": self.document.published,
            },
            "extractor": self.extractor,
            "confidence": round(self.confidence, 2),
            "status": self.status,
        }

    @property
    def quote(self) -> str:
        return self.evidence[0].quote if self.evidence else ""


class View:
    """The store as the views see it: judgements applied, names canonical."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.judgements: list[Judgement] = store.judgements()
        references = graph.reference_ids(store)
        self.identity = Identity(self.judgements, references)
        self.statuses = claim_statuses(self.judgements)
        self._actors: dict[str, ActorRecord] = {}

    def actor(self, actor_id: str) -> ActorRecord:
        """The canonical record of an actor, whichever of its ids is asked for."""
        canonical = self.identity.canonical(actor_id)
        if canonical not in self._actors:
            self._actors.update(graph.actors(self.store, {canonical}))
        record = self._actors.get(canonical)
        if record is None:
            raise InputError(f"there is no actor {actor_id!r}")
        return record

    def actors(self, ids: Iterable[str]) -> dict[str, ActorRecord]:
        wanted = {self.identity.canonical(i) for i in ids} - self._actors.keys()
        if wanted:
            self._actors.update(graph.actors(self.store, wanted))
        return {i: self._actors[self.identity.canonical(i)] for i in ids}

    def ref(self, actor_id: str, mention: str) -> ActorRef:
        record = self.actor(actor_id)
        kind: ActorKind = record.kind  # type: ignore[assignment]
        return ActorRef(id=record.id, name=record.name, mention=mention, kind=kind)

    def resolve(
        self, stored: Iterable[StoredClaim], include_rejected: bool = False
    ) -> list[ResolvedClaim]:
        rows = list(stored)
        self.actors({r.subject_id for r in rows} | {r.object_id for r in rows if r.object_id})
        resolved: list[ResolvedClaim] = []
        for row in rows:
            status = self.statuses.get(row.id, row.status)
            if status == "rejected" and not include_rejected:
                continue
            resolved.append(
                ResolvedClaim(
                    id=row.id,
                    subject=self.ref(row.subject_id, row.subject_mention),
                    predicate=row.predicate,
                    object=(
                        self.ref(row.object_id, row.object_mention or "") if row.object_id else None
                    ),
                    value=row.value,
                    valid_from=row.valid_from,
                    valid_to=row.valid_to,
                    evidence=row.evidence,
                    document=row.document,
                    extractor=row.extractor,
                    confidence=row.confidence,
                    status=status,
                )
            )
        resolved.sort(key=claim_order)
        return resolved

    def applied(self, stored: StoredClaim) -> ResolvedClaim:
        """One stored claim with canonical actors and people's verdict (rejected included)."""
        return self.resolve([stored], include_rejected=True)[0]

    def actor_summaries(self, kind: str | None = None) -> list[ActorSummary]:
        """Every actor once, under its canonical id, with the claims of all its merged ids."""
        merged: dict[str, ActorSummary] = {}
        for summary in list_actors(self.store):
            canonical = self.actor(summary.id)
            earlier = merged.get(canonical.id)
            claims = summary.claims + (earlier.claims if earlier else 0)
            merged[canonical.id] = ActorSummary(
                canonical.id, canonical.name, canonical.kind, claims
            )
        chosen = [a for a in merged.values() if kind is None or a.kind == kind]
        return sorted(chosen, key=lambda a: (a.name, a.id))

    def claims_involving(
        self, actor_id: str, predicates: Collection[str] | None = None
    ) -> list[ResolvedClaim]:
        members = self.identity.members(self.identity.canonical(actor_id))
        return self.resolve(graph.claims(self.store, involving=members, predicates=predicates))

    def find(self, text: str) -> ActorRecord:
        """The one actor a user means by an id or a name; a clear error when it is unclear."""
        text = text.strip()
        if not text:
            raise InputError("give an actor name or id")
        found = graph.actors(self.store, {text})
        if found:
            return self.actor(text)
        matches = {
            self.identity.canonical(alias.actor_id)
            for alias in graph.aliases_with_key(self.store, alias_key(text))
        }
        if not matches:
            from factionmap.views.search import search

            hits = search(self, text, limit=2)
            if hits and hits[0].score >= 0.9 and (len(hits) == 1 or hits[1].score < hits[0].score):
                return hits[0].actor
            raise InputError(f"no actor is called {text!r}; try: factionmap search {text!r}")
        if len(matches) > 1:
            records = self.actors(matches)
            names = ", ".join(sorted(f"{r.name} ({r.id})" for r in records.values()))
            raise InputError(f"{text!r} could be any of: {names}; give an id")
        return self.actor(matches.pop())


def claim_order(claim: ResolvedClaim) -> tuple[str, str, str, int]:
    first = claim.evidence[0].start if claim.evidence else 0
    return (claim.document.published or "", claim.document.id, claim.id, first)
