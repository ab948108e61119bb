"""Exports round-trip: FtM validates with followthemoney, GraphML/GEXF read back with networkx."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from followthemoney import model
from typer.testing import CliRunner

from factionmap import pipeline
from factionmap.cli import app
from factionmap.export import export
from factionmap.export.formats import to_networkx
from factionmap.extract.rules import RulesExtractor
from factionmap.store import Store
from factionmap.views import View
from factionmap.views.graph import KnowledgeGraph, knowledge_graph
from tests.conftest import EXAMPLES, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "multidoc" / "hts"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("exports") / "kb.db"
    opened = pipeline.open_store(f"sqlite:///{path}")
    inputs = [str(EXAMPLES), *sorted(str(p) for p in FIXTURES.glob("[0-9][0-9]-*.md"))]
    list(pipeline.ingest(inputs, opened, extractor=RulesExtractor()))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def graph(store: Store) -> KnowledgeGraph:
    built = knowledge_graph(View(store))
    assert len(built.nodes) > 50 and len(built.edges) > 50
    return built


def _render(graph: KnowledgeGraph, name: str) -> str:
    buffer = io.StringIO()
    export(graph, name, buffer)
    return buffer.getvalue()


def test_ftm_entities_validate_and_keep_sources_and_quotes(graph: KnowledgeGraph) -> None:
    entities = [json.loads(line) for line in _render(graph, "ftm").splitlines()]
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    schemata = {e["schema"] for e in entities}
    assert {"Organization", "Person", "Membership", "UnknownLink", "Address"} <= schemata
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.validate(data) is None
        assert model.get_proxy(proxy.to_dict()).to_dict()["properties"] == data["properties"]
        for prop in proxy.iterprops():
            if prop.type.name == "entity":
                assert set(proxy.get(prop)) <= ids, f"{data['id']} points outside the export"
    memberships = [e for e in entities if e["schema"] == "Membership"]
    hts = [m for m in memberships if m["properties"]["organization"] == ["fm-hts"]]
    assert hts, "HTS members should be exported as Membership entities"
    props = hts[0]["properties"]
    assert props["sourceUrl"] and props["description"][0].startswith("“")
    assert props["recordId"][0].startswith("claim:")


def test_graphml_and_gexf_read_back_with_the_same_counts_and_attributes(
    graph: KnowledgeGraph, tmp_path: Path
) -> None:
    expected = to_networkx(graph)
    for name, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"kb.{name}"
        path.write_text(_render(graph, name), encoding="utf-8")
        back = reader(path)
        assert back.number_of_nodes() == expected.number_of_nodes() == len(graph.nodes)
        assert back.number_of_edges() == expected.number_of_edges() == len(graph.edges)
        edges = list(back.edges(data=True))
        for attribute in ("predicate", "confidence", "source", "quote", "valid_from"):
            assert all(attribute in data for _, _, data in edges), (name, attribute)
        qassam = back.nodes["fm:qassam-brigades"]
        assert qassam.get("kind") == "armed_group"
        wing = [d for s, t, d in edges if s == "fm:qassam-brigades" and t == "fm:hamas"]
        assert any(d["predicate"] == "armed_wing_of" and d["quote"] for d in wing)


def test_csv_has_one_row_per_claim_with_its_quote(graph: KnowledgeGraph) -> None:
    rows = list(csv.DictReader(io.StringIO(_render(graph, "csv"))))
    assert len(rows) == len(graph.claims)
    assert all(row["quote"] and row["document_id"].startswith("sha256:") for row in rows)


def test_json_holds_nodes_edges_and_claims(graph: KnowledgeGraph) -> None:
    data = json.loads(_render(graph, "json"))
    assert len(data["nodes"]) == len(graph.nodes)
    assert len(data["edges"]) == len(graph.edges)
    claim_ids = {c["id"] for c in data["claims"]}
    assert all(set(edge["claims"]) <= claim_ids for edge in data["edges"])
    hts = next(n for n in data["nodes"] if n["id"] == "fm:hts")
    assert {f["text"] for f in hts["facts"]["founded"]} >= {"2017-01-28", "2016"}


def test_export_command_writes_a_file_or_fails_cleanly(store: Store, tmp_path: Path) -> None:
    url = str(store.engine.url)
    runner = CliRunner()
    target = tmp_path / "out.gexf"
    done = runner.invoke(app, ["--db", url, "export", "--format", "gexf", "-o", str(target)])
    assert done.exit_code == 0, done.output
    assert nx.read_gexf(target).number_of_nodes() > 50
    bad = runner.invoke(app, ["--db", url, "export", "--format", "xlsx"])
    assert bad.exit_code == 2 and "unknown format" in bad.output
    assert "Traceback" not in bad.output
