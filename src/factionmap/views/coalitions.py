"""Coalitions as the web UI shows them: the list of them, and one drawn as a graph over time.

`coalitions` lists every coalition named in a stored claim, and every actor a source gives
members (`member_of` points to it, whatever kind the gazetteer files it under: Hay'at Tahrir
al-Sham is an armed group there), once per canonical actor (merged ids count together).
`coalition_graph` gives a coalition, its members (from the roster, so
with the same start and end dates) and the groups those members are tied to as armed wing,
sub-unit or affiliate, plus a time line: for each month from the earliest start to the
latest date any membership is attested, which of them are drawn. A member is drawn in a
month when `RosterEntry.active_at` says so; a group tied to it is drawn while any member or
the coalition it is tied to is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from factionmap.model import ActorKind, ActorRef
from factionmap.store import graph
from factionmap.store.graph import ActorRecord
from factionmap.store.reading import object_ids
from factionmap.views.context import View
from factionmap.views.facts import Fact, group_facts
from factionmap.views.roster import RosterEntry, roster

# Relations drawn between a coalition's members and the organizations around them.
TIES = ("armed_wing_of", "part_of", "affiliated_with")
# More months than this (a coalition attested over decades) and the time line steps by year.
MAX_MONTHLY_STEPS = 240

Role = Literal["coalition", "member", "related"]


@dataclass(frozen=True)
class CoalitionSummary:
    actor: ActorRecord
    claims: int


@dataclass(frozen=True)
class GraphNode:
    actor: ActorRef
    role: Role


@dataclass(frozen=True)
class GraphEdge:
    """One fact drawn as an edge; `since`/`until` are the membership's dates from the roster."""

    id: str
    fact: Fact
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Step:
    """A point of the time line (YYYY-MM or YYYY) and the ids of the nodes drawn then."""

    at: str
    visible: frozenset[str]
    members: tuple[str, ...]


@dataclass(frozen=True)
class CoalitionGraph:
    coalition: ActorRecord
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    steps: list[Step] = field(default_factory=list)
    initial: int = 0


def coalitions(view: View) -> list[CoalitionSummary]:
    """Coalitions that stored claims name, each once, by name, with their claim counts."""
    ids = {a.id for a in graph.actors_of_kind(view.store, "coalition")}
    ids |= object_ids(view.store, "member_of")
    canonical = {view.identity.canonical(i) for i in ids}
    cluster_of = {m: c for c in canonical for m in view.identity.members(c)}
    counts: dict[str, int] = defaultdict(int)
    for member, count in graph.claim_counts(view.store, cluster_of).items():
        counts[cluster_of[member]] += count
    named = [c for c in canonical if counts[c] > 0]
    records = view.actors(named)
    found = [CoalitionSummary(records[c], counts[c]) for c in named]
    found.sort(key=lambda s: (s.actor.name.casefold(), s.actor.id))
    return found


def _ref(record: ActorRecord) -> ActorRef:
    kind: ActorKind = record.kind  # type: ignore[assignment]
    return ActorRef(record.id, record.name, record.name, kind)


def _plain(ref: ActorRef) -> ActorRef:
    """The actor under its canonical name (a claim's ref carries the words of its source)."""
    return ActorRef(ref.id, ref.name, ref.name, ref.kind)


def _edge_id(fact: Fact) -> str:
    target = fact.object.id if fact.object is not None else ""
    return f"{fact.predicate}|{fact.subject.id}|{target}"


def coalition_graph(view: View, coalition_text: str, at: str | None = None) -> CoalitionGraph:
    """The coalition, its members, the groups tied to them, and the time line.

    `at` (an ISO prefix) chooses the step the time line starts at: the last step not after
    it; without it, the last step.
    """
    found = roster(view, coalition_text)
    coalition = found.coalition
    entries = [*found.members, *found.former, *found.later]
    nodes: dict[str, GraphNode] = {coalition.id: GraphNode(_ref(coalition), "coalition")}
    edges: list[GraphEdge] = []
    for entry in entries:
        nodes.setdefault(entry.member.id, GraphNode(_plain(entry.member), "member"))
        for fact in entry.facts:
            edges.append(GraphEdge(_edge_id(fact), fact, entry.since, entry.until))
    anchors = set(nodes)
    raw = {m for anchor in anchors for m in view.identity.members(anchor)}
    tied_to: dict[str, set[str]] = defaultdict(set)
    for fact in group_facts(view.resolve(graph.claims(view.store, involving=raw, predicates=TIES))):
        if fact.object is None or fact.subject.id == fact.object.id:
            continue
        ends = (fact.subject, fact.object)
        for end in ends:
            nodes.setdefault(end.id, GraphNode(_plain(end), "related"))
        for near, far in (ends, ends[::-1]):
            if far.id in anchors and near.id not in anchors:
                tied_to[near.id].add(far.id)
        edges.append(GraphEdge(_edge_id(fact), fact))
    steps = _steps(coalition.id, entries, tied_to)
    return CoalitionGraph(
        coalition=coalition,
        nodes=sorted(
            nodes.values(), key=lambda n: (n.role != "coalition", n.actor.name, n.actor.id)
        ),
        edges=edges,
        steps=steps,
        initial=_initial(steps, at),
    )


def _steps(
    coalition_id: str, entries: list[RosterEntry], tied_to: dict[str, set[str]]
) -> list[Step]:
    dates = [
        d
        for e in entries
        for d in (e.since, e.until, e.first_seen, e.last_seen)
        if d is not None and _month(d) is not None
    ]
    if not dates:
        return []
    points = _timeline(min(dates, key=_sort_key), max(dates, key=_sort_key))
    steps = []
    for point in points:
        active = [e for e in entries if e.active_at(point)]
        shown = {coalition_id} | {e.member.id for e in active}
        shown |= {node for node, anchors in tied_to.items() if anchors & shown}
        names = sorted(active, key=lambda e: (e.member.name, e.member.id))
        steps.append(Step(point, frozenset(shown), tuple(e.member.id for e in names)))
    return steps


def _month(date: str) -> tuple[int, int] | None:
    """Year and month of an ISO prefix (January for a bare year), or None if it is not one."""
    try:
        year = int(date[:4])
        month = int(date[5:7]) if len(date) >= 7 else 1
    except ValueError:
        return None
    return (year, month) if 1 <= month <= 12 else None


def _sort_key(date: str) -> tuple[int, int]:
    return _month(date) or (0, 0)


def _timeline(first: str, last: str) -> list[str]:
    start, end = _sort_key(first), _sort_key(last)
    months = (end[0] - start[0]) * 12 + end[1] - start[1]
    if months > MAX_MONTHLY_STEPS:
        return [f"{year:04d}" for year in range(start[0], end[0] + 1)]
    points = []
    year, month = start
    for _ in range(months + 1):
        points.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return points


def _initial(steps: list[Step], at: str | None) -> int:
    if not steps:
        return 0
    if at is None:
        return len(steps) - 1
    chosen = 0
    for index, step in enumerate(steps):
        if step.at <= at[: len(step.at)]:
            chosen = index
    return chosen
