"""`show ACTOR`: everything the sources say about one actor, each line with its sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factionmap.model import Judgement
from factionmap.store import graph
from factionmap.store.graph import ActorRecord, SourceRecord
from factionmap.views.context import View
from factionmap.views.facts import Fact, group_facts

# Sections of a profile: (title, predicate, direction). "out" facts have the actor as
# subject; "in" facts have it as object (its wings, its members, groups split from it).
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("Armed wing of", "armed_wing_of", "out"),
    ("Armed wings", "armed_wing_of", "in"),
    ("Part of", "part_of", "out"),
    ("Sub-units", "part_of", "in"),
    ("Member of", "member_of", "out"),
    ("Members", "member_of", "in"),
    ("Affiliated with", "affiliated_with", "out"),
    ("Affiliates", "affiliated_with", "in"),
    ("Split from", "split_from", "out"),
    ("Splinter groups", "split_from", "in"),
    ("Merged into", "merged_into", "out"),
    ("Formed from", "merged_into", "in"),
    ("Allied with", "allied_with", "both"),
    ("Rivals", "rival_of", "both"),
    ("Led by", "led_by", "out"),
    ("Leads", "led_by", "in"),
    ("Named after", "named_after", "out"),
    ("Namesake of", "named_after", "in"),
    ("Founded", "founded", "out"),
    ("Dissolved", "dissolved", "out"),
    ("Size", "size", "out"),
    ("Areas of operation", "operates_in", "out"),
    ("Ideology", "ideology", "out"),
    ("Other names (as claims)", "alias", "out"),
)


@dataclass(frozen=True)
class AliasSeen:
    text: str
    gazetteer: bool
    sources: tuple[SourceRecord, ...]


@dataclass
class Profile:
    actor: ActorRecord
    ids: tuple[str, ...]
    aliases: list[AliasSeen]
    sections: list[tuple[str, list[Fact]]] = field(default_factory=list)
    merges: list[Judgement] = field(default_factory=list)

    def section(self, title: str) -> list[Fact]:
        return next((facts for name, facts in self.sections if name == title), [])


def profile(view: View, actor_text: str) -> Profile:
    actor = view.find(actor_text)
    members = view.identity.members(actor.id)
    claims = view.resolve(graph.claims(view.store, involving=members))
    out_facts = group_facts(c for c in claims if c.subject.id == actor.id)
    in_facts = group_facts(c for c in claims if c.object is not None and c.object.id == actor.id)
    sections: list[tuple[str, list[Fact]]] = []
    for title, predicate, direction in SECTIONS:
        chosen: list[Fact] = []
        if direction in ("out", "both"):
            chosen += [f for f in out_facts if f.predicate == predicate]
        if direction in ("in", "both"):
            chosen += [f for f in in_facts if f.predicate == predicate]
        if predicate == "size":
            chosen.sort(key=lambda f: (f.first_seen or "", f.confidence))
        if chosen:
            sections.append((title, chosen))
    return Profile(
        actor=actor,
        ids=tuple(sorted(members)),
        aliases=_aliases(view, members),
        sections=sections,
        merges=view.identity.merge_history(actor.id),
    )


def _aliases(view: View, members: frozenset[str]) -> list[AliasSeen]:
    rows = graph.aliases(view.store, members)
    documents = graph.sources(view.store, {r.document_id for r in rows if r.document_id})
    by_text: dict[str, tuple[bool, set[str]]] = {}
    for row in rows:
        gazetteer, seen = by_text.get(row.text, (False, set()))
        if row.document_id:
            seen.add(row.document_id)
        by_text[row.text] = (gazetteer or row.source == "gazetteer", seen)
    result = []
    for text, (gazetteer, seen) in sorted(by_text.items(), key=lambda kv: kv[0].casefold()):
        sources = sorted(
            (documents[d] for d in seen if d in documents),
            key=lambda s: (s.published or "", s.id),
        )
        result.append(AliasSeen(text, gazetteer, tuple(sources)))
    return result


def fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "subject": fact.subject.to_json(),
        "predicate": fact.predicate,
        "object": fact.object.to_json() if fact.object else None,
        "value": dict(fact.value) if fact.value is not None else None,
        "valid_from": fact.valid_from,
        "valid_to": fact.valid_to,
        "confidence": fact.confidence,
        "accepted": fact.accepted,
        "sources": [
            {"document": s.id, "source": s.source, "published": s.published, "url": s.url}
            for s in fact.sources
        ],
        "claims": [c.to_json() for c in fact.claims],
    }


def profile_json(found: Profile) -> dict[str, Any]:
    return {
        "id": found.actor.id,
        "name": found.actor.name,
        "kind": found.actor.kind,
        "ids": list(found.ids),
        "aliases": [
            {
                "text": a.text,
                "gazetteer": a.gazetteer,
                "seen_in": [
                    {"document": s.id, "source": s.source, "published": s.published}
                    for s in a.sources
                ],
            }
            for a in found.aliases
        ],
        "sections": {title: [fact_json(f) for f in facts] for title, facts in found.sections},
        "merges": [
            {
                "judgement": j.id,
                "kept": j.target,
                "merged": j.other,
                "author": j.author,
                "score": j.score,
                "reason": j.reason,
            }
            for j in found.merges
        ],
    }
