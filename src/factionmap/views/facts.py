"""Many claims, one fact: grouping what several sources say, and how agreement counts.

Claims that state the same thing (same canonical subject, predicate, and object or value)
form one `Fact`. Its confidence follows one documented rule (docs/resolution.md):

    corroborated = 1 - prod(1 - c_s)   over independent sources s,

where c_s is the best confidence of any claim from source s, and a "source" is the outlet
(`document.source`), falling back to the document when the outlet is unknown. Two articles
by the same outlet count once, so an outlet repeating itself does not raise confidence,
while two outlets agreeing do. A claim a person accepted counts as certain (1.0).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from factionmap.model import ActorRef
from factionmap.store.graph import SourceRecord
from factionmap.views.context import ResolvedClaim


@dataclass(frozen=True)
class Fact:
    subject: ActorRef
    predicate: str
    object: ActorRef | None
    value: Mapping[str, Any] | None
    valid_from: str | None
    valid_to: str | None
    claims: tuple[ResolvedClaim, ...]
    confidence: float

    @property
    def sources(self) -> list[SourceRecord]:
        seen: dict[str, SourceRecord] = {}
        for claim in self.claims:
            seen.setdefault(claim.document.id, claim.document)
        return sorted(seen.values(), key=lambda s: (s.published or "", s.source or "", s.id))

    @property
    def first_seen(self) -> str | None:
        dates = [s.published for s in self.sources if s.published]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = [s.published for s in self.sources if s.published]
        return max(dates) if dates else None

    @property
    def accepted(self) -> bool:
        return any(c.status == "accepted" for c in self.claims)


def source_key(source: SourceRecord) -> str:
    return (source.source or "").strip().casefold() or source.id


def corroborated(claims: Iterable[ResolvedClaim]) -> float:
    """Combine confidences across independent sources (the rule in the module docstring)."""
    best: dict[str, float] = {}
    for claim in claims:
        confidence = 1.0 if claim.status == "accepted" else claim.confidence
        key = source_key(claim.document)
        best[key] = max(best.get(key, 0.0), confidence)
    remaining = 1.0
    for confidence in best.values():
        remaining *= 1.0 - confidence
    return round(1.0 - remaining, 3)


def value_key(value: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(value or {}), sort_keys=True)


def group_facts(claims: Iterable[ResolvedClaim]) -> list[Fact]:
    groups: dict[tuple[str, str, str], list[ResolvedClaim]] = {}
    for claim in claims:
        target = claim.object.id if claim.object else value_key(claim.value)
        groups.setdefault((claim.subject.id, claim.predicate, target), []).append(claim)
    facts = []
    for members in groups.values():
        first = members[0]
        starts = [c.valid_from for c in members if c.valid_from]
        ends = [c.valid_to for c in members if c.valid_to]
        facts.append(
            Fact(
                subject=first.subject,
                predicate=first.predicate,
                object=first.object,
                value=first.value,
                valid_from=min(starts) if starts else None,
                valid_to=max(ends) if ends else None,
                claims=tuple(members),
                confidence=corroborated(members),
            )
        )
    facts.sort(key=lambda f: (f.first_seen or "", f.predicate, f.subject.name, _target(f)))
    return facts


def _target(fact: Fact) -> str:
    return fact.object.name if fact.object else value_key(fact.value)


def value_text(predicate: str, value: Mapping[str, Any] | None) -> str:
    """A literal value the way a reader writes it: 1987, 2000–2005, 7,000–9,000 fighters."""
    if not value:
        return ""
    if "date" in value:
        return str(value["date"])
    if "earliest" in value or "latest" in value:
        return f"{value.get('earliest', '?')}–{value.get('latest', '?')}"
    if "low" in value:
        low, high = value.get("low"), value.get("high")
        unit = value.get("unit") or ""
        amount = f"{low:,}" if low == high else f"{low:,}–{high:,}"
        return f"{amount} {unit}".strip()
    if "text" in value:
        return str(value["text"])
    return value_key(value)
