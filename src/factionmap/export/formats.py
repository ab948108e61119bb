"""Writing the knowledge graph in the formats analysts load elsewhere.

- ``ftm``: FollowTheMoney entities (JSON lines) built with the followthemoney library, for
  Aleph, yente or nomenklatura: Organization / Person for actors, Address for places,
  Membership for `member_of`, Directorship for `led_by`, UnknownLink for every other
  relation; each relation carries its source URLs, outlets, publication dates and quotes.
- ``graphml`` / ``gexf``: through networkx, for Gephi; one edge per fact, with predicate,
  dates, confidence, sources and the first quote as edge attributes.
- ``csv``: one row per claim with its evidence.
- ``json``: the whole graph, nodes with their literal facts, edges with every claim.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from typing import Any, TextIO

import networkx as nx
from followthemoney import model
from followthemoney.proxy import EntityProxy

from factionmap.views.claims import write_claims_csv
from factionmap.views.facts import Fact, value_text
from factionmap.views.graph import KnowledgeGraph, Node

ORGANIZATION_KINDS = frozenset({"armed_group", "coalition", "movement", "state", "other"})


def ftm_id(actor_id: str) -> str:
    """FtM ids allow letters, digits, dots and dashes: "fm:hts" becomes "fm-hts"."""
    return re.sub(r"[^A-Za-z0-9.-]+", "-", actor_id).strip("-")


def _label(predicate: str) -> str:
    return predicate.replace("_", " ")


def _actor_entity(node: Node) -> EntityProxy:
    kind = node.actor.kind
    schema = "Person" if kind == "person" else "Address" if kind == "place" else "Organization"
    proxy = model.make_entity(schema)
    proxy.id = ftm_id(node.actor.id)
    if schema == "Address":
        proxy.add("full", node.actor.name)
    proxy.add("name", node.actor.name)
    for alias in sorted(node.aliases):
        proxy.add("alias", alias)
    if schema == "Organization":
        proxy.add("incorporationDate", _date(node, "founded"))
        proxy.add("dissolutionDate", _date(node, "dissolved"))
        ideologies = [f.value.get("text") for f in node.facts.get("ideology", []) if f.value]
        for ideology in ideologies:
            proxy.add("notes", f"Ideology as sources word it: {ideology}")
        for fact in node.facts.get("size", []):
            proxy.add("notes", f"Size: {value_text('size', fact.value)} ({_cited(fact)})")
        proxy.add("keywords", kind.replace("_", " "))
    for fact in (f for facts in node.facts.values() for f in facts):
        for source in fact.sources:
            if source.url:
                proxy.add("sourceUrl", source.url)
    return proxy


def _date(node: Node, predicate: str) -> str | None:
    facts = node.facts.get(predicate, [])
    dates = [str(f.value["date"]) for f in facts if f.value and "date" in f.value]
    if not dates:
        return None
    value = node.consensus(predicate)
    return value if value in dates else dates[0]


def _cited(fact: Fact) -> str:
    return "; ".join(
        f"{s.source or s.title or s.id}, {s.published or 'undated'}" for s in fact.sources
    )


def _relation_entity(fact: Fact, nodes: dict[str, Node]) -> EntityProxy:
    assert fact.object is not None
    subject, target = ftm_id(fact.subject.id), ftm_id(fact.object.id)
    subject_kind = nodes[fact.subject.id].actor.kind
    object_kind = nodes[fact.object.id].actor.kind
    if (
        fact.predicate == "member_of"
        and subject_kind != "place"
        and object_kind in ORGANIZATION_KINDS
    ):
        proxy = model.make_entity("Membership")
        proxy.add("member", subject)
        proxy.add("organization", target)
    elif fact.predicate == "led_by" and object_kind == "person" and subject_kind != "place":
        proxy = model.make_entity("Directorship")
        proxy.add("director", target)
        proxy.add("organization", subject)
    else:
        proxy = model.make_entity("UnknownLink")
        proxy.add("subject", subject)
        proxy.add("object", target)
    proxy.make_id("factionmap", fact.subject.id, fact.predicate, fact.object.id)
    proxy.add("role", _label(fact.predicate))
    proxy.add("startDate", fact.valid_from)
    proxy.add("endDate", fact.valid_to)
    for claim in fact.claims:
        proxy.add("description", f"“{claim.quote}” ({_cited_claim(claim)})")
        proxy.add("sourceUrl", claim.document.url)
        proxy.add("publisher", claim.document.source)
        proxy.add("date", claim.document.published)
        proxy.add("recordId", claim.id)
    return proxy


def _cited_claim(claim: Any) -> str:
    return f"{claim.document.source or claim.document.title or 'unknown source'}, " + (
        claim.document.published or "undated"
    )


def write_ftm(graph: KnowledgeGraph, stream: TextIO) -> None:
    for node_id in sorted(graph.nodes):
        stream.write(json.dumps(_actor_entity(graph.nodes[node_id]).to_dict(), sort_keys=True))
        stream.write("\n")
    for fact in graph.edges:
        stream.write(json.dumps(_relation_entity(fact, graph.nodes).to_dict(), sort_keys=True))
        stream.write("\n")


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """Attributes are strings and numbers only (never None), which GraphML and GEXF require."""
    result = nx.MultiDiGraph()
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        result.add_node(
            node_id,
            label=node.actor.name,
            kind=node.actor.kind,
            aliases="; ".join(sorted(node.aliases)),
            founded=node.consensus("founded") or "",
            dissolved=node.consensus("dissolved") or "",
            size=node.consensus("size") or "",
            ideology=node.consensus("ideology") or "",
        )
    for index, fact in enumerate(graph.edges):
        assert fact.object is not None
        first = fact.claims[0]
        result.add_edge(
            fact.subject.id,
            fact.object.id,
            key=f"e{index}",
            predicate=fact.predicate,
            label=_label(fact.predicate),
            valid_from=fact.valid_from or "",
            valid_to=fact.valid_to or "",
            confidence=float(fact.confidence),
            claims=len(fact.claims),
            source=_cited(fact),
            source_url=" ".join(sorted({c.document.url for c in fact.claims if c.document.url})),
            quote=first.quote,
            first_seen=fact.first_seen or "",
            last_seen=fact.last_seen or "",
        )
    return result


def write_graphml(graph: KnowledgeGraph, stream: TextIO) -> None:
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(graph), buffer, encoding="utf-8")
    stream.write(buffer.getvalue().decode("utf-8"))


def write_gexf(graph: KnowledgeGraph, stream: TextIO) -> None:
    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(graph), buffer, encoding="utf-8")
    stream.write(buffer.getvalue().decode("utf-8"))


def write_csv(graph: KnowledgeGraph, stream: TextIO) -> None:
    write_claims_csv(graph.claims, stream)


def graph_json(graph: KnowledgeGraph) -> dict[str, Any]:
    return {
        "nodes": [
            {
                **graph.nodes[node_id].actor.to_json(),
                "aliases": sorted(graph.nodes[node_id].aliases),
                "facts": {
                    predicate: [
                        {
                            "value": dict(f.value or {}),
                            "text": value_text(predicate, f.value),
                            "confidence": f.confidence,
                            "claims": [c.id for c in f.claims],
                        }
                        for f in facts
                    ]
                    for predicate, facts in sorted(graph.nodes[node_id].facts.items())
                },
            }
            for node_id in sorted(graph.nodes)
        ],
        "edges": [
            {
                "source": f.subject.id,
                "target": f.object.id if f.object else None,
                "predicate": f.predicate,
                "valid_from": f.valid_from,
                "valid_to": f.valid_to,
                "confidence": f.confidence,
                "first_seen": f.first_seen,
                "last_seen": f.last_seen,
                "claims": [c.id for c in f.claims],
            }
            for f in graph.edges
        ],
        "claims": [c.to_json() for c in graph.claims],
    }


def write_json(graph: KnowledgeGraph, stream: TextIO) -> None:
    json.dump(graph_json(graph), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


FORMATS: dict[str, Callable[[KnowledgeGraph, TextIO], None]] = {
    "ftm": write_ftm,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "csv": write_csv,
    "json": write_json,
}


def export(graph: KnowledgeGraph, format_name: str, stream: TextIO) -> None:
    FORMATS[format_name](graph, stream)
