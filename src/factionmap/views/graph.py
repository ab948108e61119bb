"""The whole knowledge base as one graph: actors and places as nodes, facts as edges.

This is what exports and the web graph draw. Relations between actors (and `operates_in`
to places) become edges, each keeping its dates, corroborated confidence, sources and
quotes; literal facts (founding, dissolution, size, ideology, other names) stay on their
actor, as the facts that state them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from factionmap.model import ActorRef
from factionmap.store import graph as store_graph
from factionmap.views.context import ResolvedClaim, View
from factionmap.views.facts import Fact, group_facts, value_text

LITERALS = frozenset({"founded", "dissolved", "size", "ideology", "alias"})


@dataclass
class Node:
    actor: ActorRef
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)

    def consensus(self, predicate: str) -> str | None:
        """The literal most sources agree on: highest corroborated confidence, then earliest."""
        facts = self.facts.get(predicate, [])
        if not facts:
            return None
        best = min(facts, key=lambda f: (-f.confidence, -len(f.sources), f.first_seen or ""))
        return value_text(predicate, best.value)


@dataclass(frozen=True)
class KnowledgeGraph:
    nodes: dict[str, Node]
    edges: list[Fact]
    claims: list[ResolvedClaim]


def knowledge_graph(view: View, actor_ids: Collection[str] | None = None) -> KnowledgeGraph:
    """The graph of every stored claim, or of the claims that involve the given actors."""
    if actor_ids is None:
        stored = store_graph.claims(view.store)
    else:
        members = {m for a in actor_ids for m in view.identity.members(view.identity.canonical(a))}
        stored = store_graph.claims(view.store, involving=members)
    claims = view.resolve(stored)
    nodes: dict[str, Node] = {}
    literal: dict[str, list[ResolvedClaim]] = defaultdict(list)
    relations: list[ResolvedClaim] = []
    for claim in claims:
        for ref in (claim.subject, claim.object):
            if ref is not None:
                node = nodes.setdefault(
                    ref.id, Node(ActorRef(ref.id, ref.name, ref.name, ref.kind))
                )
                node.aliases.add(ref.mention)
        if claim.object is None:
            literal[claim.subject.id].append(claim)
        else:
            relations.append(claim)
    for actor_id, own in literal.items():
        for fact in group_facts(own):
            nodes[actor_id].facts.setdefault(fact.predicate, []).append(fact)
            if fact.predicate == "alias" and fact.value and "text" in fact.value:
                nodes[actor_id].aliases.add(str(fact.value["text"]))
    for node in nodes.values():
        node.aliases.discard(node.actor.name)
    return KnowledgeGraph(nodes=nodes, edges=group_facts(relations), claims=claims)
