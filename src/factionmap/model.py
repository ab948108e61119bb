"""The records every stage shares: documents, actor references, claims and evidence.

They are small frozen dataclasses so that a stage can pass them on without fearing that
a later stage changes them under its feet; each knows how to become the JSON shape of
SPEC section 3.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["coalition", "armed_group", "movement", "person", "state", "other", "place"]
ACTOR_KINDS: tuple[ActorKind, ...] = (
    "coalition",
    "armed_group",
    "movement",
    "person",
    "state",
    "other",
    "place",
)

ClaimStatus = Literal["extracted", "accepted", "rejected"]


def normalize_text(raw: str) -> str:
    """The one normalization all offsets refer to: NFC and ``\\n`` newlines."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def document_id(text: str) -> str:
    """A document is named by the hash of its normalized text, so re-ingesting is a no-op."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One article, its normalized text and what is known about where it came from."""

    id: str
    text: str
    origin: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    retrieved: str | None = None
    content_type: str = "text/plain"

    @classmethod
    def from_text(cls, raw: str, origin: str, **meta: Any) -> Document:
        text = normalize_text(raw)
        return cls(id=document_id(text), text=text, origin=origin, **meta)

    def reference(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "source": self.source,
            "published": self.published,
        }


@dataclass(frozen=True)
class ActorRef:
    """An actor as one claim names it: canonical id and name, and the words used here."""

    id: str
    name: str
    mention: str
    kind: ActorKind

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "mention": self.mention, "kind": self.kind}


@dataclass(frozen=True)
class Evidence:
    document: str
    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }

    def is_grounded_in(self, text: str) -> bool:
        return 0 <= self.start < self.end <= len(text) and text[self.start : self.end] == self.quote


@dataclass(frozen=True)
class Claim:
    """One statement a source makes about an actor, with the characters that support it."""

    subject: ActorRef
    predicate: str
    object: ActorRef | None
    value: Mapping[str, Any] | None
    evidence: tuple[Evidence, ...]
    document: Mapping[str, str | None]
    extractor: str
    confidence: float
    valid_from: str | None = None
    valid_to: str | None = None
    status: ClaimStatus = "extracted"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json() if self.object is not None else None,
            "value": dict(self.value) if self.value is not None else None,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "evidence": [e.to_json() for e in self.evidence],
            "document": dict(self.document),
            "extractor": self.extractor,
            "confidence": round(self.confidence, 2),
        }

    @property
    def sort_key(self) -> tuple[int, int, str, str, str]:
        first = self.evidence[0] if self.evidence else Evidence("", 0, 0, "")
        target = self.object.id if self.object else repr(sorted((self.value or {}).items()))
        return (first.start, first.end, self.subject.id, self.predicate, target)


@dataclass(frozen=True)
class KnownActor:
    """An actor the store already holds, with every name it has been seen under."""

    id: str
    name: str
    kind: ActorKind
    reference: bool
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class AutoMerge:
    """The resolver's decision that a newly seen actor is one it already knows, and why."""

    keep: str
    absorb: str
    score: float
    reason: str


JudgementKind = Literal["merge", "split", "accept", "reject", "undo"]


@dataclass(frozen=True)
class Judgement:
    """A decision by a person (or the resolver) that every view applies and that can be undone."""

    id: int
    kind: JudgementKind
    target: str
    other: str | None
    author: str
    reason: str | None
    created_at: str
    score: float | None = None
    undone_by: int | None = None

    @property
    def active(self) -> bool:
        return self.undone_by is None
