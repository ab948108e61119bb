"""Matching names given by another system against known actors (what yente's /match does).

A query is a FollowTheMoney schema and a few names. Every stored alias is scored against
every name with `score_alias` (the same scoring as `search`), the best score counts per
canonical actor, and the schema decides which kinds of actor may answer: a Person query is
answered by persons only, an organization (Organization, LegalEntity and their descendants,
or plain Thing) by every actor that is not a person or a place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from followthemoney import model

from factionmap.errors import InputError
from factionmap.store import graph
from factionmap.store.graph import ActorRecord
from factionmap.views.context import View
from factionmap.views.search import MIN_SCORE, score_alias

PERSON_KINDS = frozenset({"person"})
ORGANIZATION_KINDS = frozenset({"coalition", "armed_group", "movement", "state", "other"})


@dataclass(frozen=True)
class NameMatch:
    actor: ActorRecord
    ids: tuple[str, ...]
    names: tuple[str, ...]
    score: float
    name: str
    alias: str
    why: str


def kinds_for_schema(schema: str) -> frozenset[str]:
    """The actor kinds that can answer a query of this FtM schema (none for, say, Vessel)."""
    found = model.get(schema)
    if found is None:
        raise InputError(f"{schema!r} is not a FollowTheMoney schema")
    if found.is_a("Person"):
        return PERSON_KINDS
    if found.is_a("LegalEntity") or found.name == "Thing":
        return ORGANIZATION_KINDS
    return frozenset()


def match_names(
    view: View,
    names: Iterable[str],
    kinds: frozenset[str],
    limit: int = 5,
    cutoff: float = MIN_SCORE,
) -> list[NameMatch]:
    """Actors of the given kinds whose names score at least `cutoff`, best first."""
    wanted = sorted({n.strip() for n in names if n.strip()})
    if not wanted or not kinds:
        return []
    best: dict[str, tuple[float, str, str, str]] = {}
    for alias in graph.aliases(view.store):
        for name in wanted:
            score, why = score_alias(name, alias.text)
            if score < cutoff:
                continue
            actor_id = view.identity.canonical(alias.actor_id)
            if actor_id not in best or best[actor_id][0] < score:
                best[actor_id] = (score, name, alias.text, why)
    records = view.actors(best)
    chosen = [i for i in best if records[i].kind in kinds]
    chosen.sort(key=lambda i: (-round(best[i][0], 3), records[i].name, i))
    found = []
    for actor_id in chosen[:limit]:
        members = view.identity.members(actor_id)
        score, name, matched, why = best[actor_id]
        found.append(
            NameMatch(
                actor=records[actor_id],
                ids=tuple(sorted(members)),
                names=_names(view, members, records[actor_id].name),
                score=round(score, 3),
                name=name,
                alias=matched,
                why=why,
            )
        )
    return found


def _names(view: View, members: frozenset[str], canonical: str) -> tuple[str, ...]:
    """Every other name the actor is known by, gazetteer's and sources', sorted."""
    texts = {a.text for a in graph.aliases(view.store, members)} - {canonical}
    return tuple(sorted(texts, key=lambda t: (t.casefold(), t)))
