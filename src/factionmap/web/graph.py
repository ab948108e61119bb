"""A document's claims as nodes and edges for the graph drawn on its page."""

from __future__ import annotations

from collections.abc import Iterable

from factionmap.model import ActorRef
from factionmap.views import ResolvedClaim
from factionmap.web.schemas import GraphEdgeOut, GraphNodeOut, GraphOut
from factionmap.web.templating import predicate_label


def document_graph(claims: Iterable[ResolvedClaim]) -> GraphOut:
    """Every claim between two actors is an edge, and the actors at its ends are nodes.

    Actors that only carry literal values (a date, a size) are left out: the graph is for
    relations, and the claims table lists everything.
    """
    nodes: dict[str, GraphNodeOut] = {}
    edges: list[GraphEdgeOut] = []

    def add(actor: ActorRef) -> None:
        if actor.id not in nodes:
            nodes[actor.id] = GraphNodeOut(id=actor.id, label=actor.name, kind=actor.kind)

    for claim in claims:
        if claim.object is None:
            continue
        add(claim.subject)
        add(claim.object)
        edges.append(
            GraphEdgeOut(
                id=claim.id,
                source=claim.subject.id,
                target=claim.object.id,
                predicate=claim.predicate,
                label=predicate_label(claim.predicate),
                claim=claim.id,
            )
        )
    return GraphOut(nodes=sorted(nodes.values(), key=lambda n: (n.label, n.id)), edges=edges)
