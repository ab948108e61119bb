"""The HTTP API and pages through FastAPI's TestClient, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from factionmap import pipeline
from factionmap.store import Store
from factionmap.web import create_app
from factionmap.web import templating as web_templating
from factionmap.web.security import CONTENT_SECURITY_POLICY
from tests.web.conftest import CLAIM_FIELDS, EXAMPLES
from tests.web.html_facts import PageFacts

ARTICLE = EXAMPLES / "three-brotherhood-backgrounder.md"
TOKEN = "test-token-3f9a"

ClientFactory = Callable[..., TestClient]


@pytest.fixture
def store(db_url: str, extractor: pipeline.Extractor) -> Iterator[Store]:
    store = pipeline.open_store(db_url)
    [outcome] = pipeline.ingest([str(ARTICLE)], store, extractor=extractor)
    assert outcome.status == "new" and outcome.claims > 0
    yield store
    store.close()


@pytest.fixture
def make_client(store: Store, extractor: pipeline.Extractor) -> ClientFactory:
    def make(token: str | None = None) -> TestClient:
        return TestClient(create_app(store, token, extractor=extractor))

    return make


@pytest.fixture
def client(make_client: ClientFactory) -> TestClient:
    return make_client()


def first_document(client: TestClient) -> dict[str, object]:
    [summary] = client.get("/api/documents").json()
    response = client.get(f"/api/documents/{summary['id']}")
    assert response.status_code == 200
    document: dict[str, object] = response.json()
    return document


def test_documents_list(client: TestClient) -> None:
    response = client.get("/api/documents")
    assert response.status_code == 200
    [summary] = response.json()
    assert summary["id"].startswith("sha256:")
    assert summary["title"]
    assert summary["claims"] > 0
    assert summary["origin"].endswith(ARTICLE.name)


def test_document_detail_has_text_and_grounded_claims(client: TestClient) -> None:
    document = first_document(client)
    text = document["text"]
    assert isinstance(text, str) and text
    claims = document["claims"]
    assert isinstance(claims, list) and claims
    for claim in claims:
        assert set(claim) == CLAIM_FIELDS
        for evidence in claim["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    starts = [c["evidence"][0]["start"] for c in claims]
    assert starts == sorted(starts)


def test_claim_detail_has_the_exact_quote(client: TestClient) -> None:
    document = first_document(client)
    claims = document["claims"]
    assert isinstance(claims, list)
    for listed in claims:
        response = client.get(f"/api/claims/{listed['id']}")
        assert response.status_code == 200
        claim = response.json()
        assert claim == listed
        [evidence] = claim["evidence"][:1]
        text = document["text"]
        assert isinstance(text, str)
        assert evidence["quote"] == text[evidence["start"] : evidence["end"]]
        assert claim["document"]["id"] == document["id"]
        assert (claim["object"] is None) != (claim["value"] is None)


def test_unknown_ids_are_json_404(client: TestClient) -> None:
    for path in [
        "/api/documents/sha256:0000",
        "/api/documents/sha256:0000/graph",
        "/api/claims/claim:0000",
        # PostgreSQL cannot even compare text holding NUL; it must still be a plain 404.
        "/api/claims/claim%00zero",
        "/api/documents/nul%00byte",
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/json"
        assert isinstance(response.json()["detail"], str)


def test_unknown_pages_are_html_404(client: TestClient) -> None:
    for path in ["/documents/sha256:0000", "/claims/claim:0000", "/claims/nul%00", "/no/such"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in response.text
        assert "Traceback" not in response.text
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_ingest_is_refused_without_a_configured_token(make_client: ClientFactory) -> None:
    client = make_client(None)
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}, {"Authorization": "Bearer "}):
        response = client.post("/api/ingest", json={"text": "Some text."}, headers=headers)
        assert response.status_code == 403
    assert len(client.get("/api/documents").json()) == 1


def test_ingest_with_a_missing_or_wrong_token_is_401(make_client: ClientFactory) -> None:
    client = make_client(TOKEN)
    for headers in [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": f"Bearer {TOKEN}x"},
    ]:
        response = client.post("/api/ingest", json={"text": "Some text."}, headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer"
    assert len(client.get("/api/documents").json()) == 1


def test_ingest_with_the_token_stores_the_document(make_client: ClientFactory) -> None:
    client = make_client(TOKEN)
    body = {
        "text": "The Al-Qassam Brigades are the armed wing of Hamas.\n",
        "title": "A short note",
        "source": "Example Wire",
        "published": "2024-01-15",
        "url": "https://example.org/note",
    }
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = client.post("/api/ingest", json=body, headers=auth)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["status"] == "new"
    assert created["claims"] >= 1
    stored = client.get(f"/api/documents/{created['document_id']}").json()
    assert stored["text"] == body["text"]
    assert (stored["title"], stored["source"], stored["published"]) == (
        "A short note",
        "Example Wire",
        "2024-01-15",
    )
    assert [c["predicate"] for c in stored["claims"]] == ["armed_wing_of"]
    assert client.get(created["page"]).status_code == 200

    again = client.post("/api/ingest", json=body, headers=auth)
    assert again.status_code == 200
    assert again.json()["status"] == "unchanged"
    assert len(client.get("/api/documents").json()) == 2


def test_ingest_rejects_unusable_bodies(make_client: ClientFactory) -> None:
    client = make_client(TOKEN)
    bodies: list[dict[str, object]] = [
        {"text": ""},
        {"text": "  \n "},
        {"text": "nul \x00 byte"},
        {"text": "fine", "published": "yesterday"},
        {"text": "fine", "url": "javascript:alert(1)"},
        {"text": "fine", "source": "s" * 301},
        {"text": "fine", "unknown": 1},
        {"title": "no text"},
    ]
    for body in bodies:
        response = client.post(
            "/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status_code == 422, body
    assert len(client.get("/api/documents").json()) == 1


def test_security_headers_on_every_kind_of_response(client: TestClient) -> None:
    document = first_document(client)
    claims = document["claims"]
    assert isinstance(claims, list)
    paths = [
        "/",
        "/documents",
        f"/documents/{document['id']}",
        f"/claims/{claims[0]['id']}",
        "/search?q=x",
        "/conflicts",
        "/docs",
        "/static/style.css",
        "/api/documents",
        "/openapi.json",
        "/missing",
    ]
    for path in paths:
        response = client.get(path)
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["referrer-policy"] == "no-referrer", path


def test_pages_need_no_inline_script_or_style(client: TestClient) -> None:
    document = first_document(client)
    claims = document["claims"]
    assert isinstance(claims, list)
    for path in ["/", "/documents", f"/documents/{document['id']}", f"/claims/{claims[0]['id']}"]:
        response = client.get(path)
        assert response.status_code == 200
        page = PageFacts(response.text)
        assert page.inline_scripts == 0, path
        assert page.style_elements == page.style_attributes == 0, path
        assert page.event_attributes == [], path


def test_document_page_marks_evidence_and_keeps_the_text_exact(client: TestClient) -> None:
    document = first_document(client)
    page = PageFacts(client.get(f"/documents/{document['id']}").text)
    assert page.text_of("div", class_="source-text") == document["text"]
    marks = page.find_all("mark")
    assert marks
    claims = document["claims"]
    assert isinstance(claims, list)
    quotes = " ".join(c["evidence"][0]["quote"] for c in claims)
    for mark in marks:
        assert "".join(mark.text) in quotes
    linked = {a.attrs["href"] for a in page.find_all("a", class_="evidence")}
    assert linked <= {f"/claims/{c['id']}" for c in claims}


def test_claim_page_marks_the_quote_at_its_offsets(client: TestClient) -> None:
    document = first_document(client)
    claims = document["claims"]
    assert isinstance(claims, list)
    for claim in claims[:5]:
        page = PageFacts(client.get(f"/claims/{claim['id']}").text)
        assert page.text_of("mark", id="evidence") == claim["evidence"][0]["quote"]
        assert page.text_of("div", class_="source-text") == document["text"]
        assert [s.attrs["src"] for s in page.find_all("script")] == ["/static/evidence.js"]


def test_search_page_echoes_the_query_as_text(client: TestClient) -> None:
    query = '<script>alert(1)</script>"><b>'
    response = client.get("/search", params={"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    page = PageFacts(response.text)
    assert page.text_of("q", class_="query") == query
    assert page.find_all("input", id="q")[0].attrs["value"] == query


def test_home_lists_the_coalitions(client: TestClient) -> None:
    coalitions = client.get("/api/actors", params={"kind": "coalition"}).json()
    named = [c["name"] for c in coalitions if c["claims"]]
    assert named
    page = client.get("/")
    assert page.status_code == 200
    for name in named:
        assert name in PageFacts(page.text).text_of("ul", class_="cards")
    assert client.get("/api/actors", params={"kind": "nonsense"}).status_code == 422


def test_graph_edges_join_known_nodes(client: TestClient) -> None:
    document = first_document(client)
    graph = client.get(f"/api/documents/{document['id']}/graph").json()
    nodes = {n["id"] for n in graph["nodes"]}
    assert graph["edges"]
    for edge in graph["edges"]:
        assert {edge["source"], edge["target"]} <= nodes
        assert client.get(f"/api/claims/{edge['claim']}").status_code == 200


def test_graph_shows_a_notice_without_its_library(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = first_document(client)
    with_library = PageFacts(client.get(f"/documents/{document['id']}").text)
    assert with_library.find_all("div", id="graph") or not web_templating.CYTOSCAPE.exists()
    monkeypatch.setattr(web_templating, "CYTOSCAPE", web_templating.STATIC / "vendor" / "absent.js")
    page = PageFacts(client.get(f"/documents/{document['id']}").text)
    assert page.find_all("p", id="graph-missing")
    assert not page.find_all("div", id="graph")
    assert not page.find_all("script")


def test_api_reference_page_and_schema(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    for path in ("/api/documents", "/api/claims/{claim_id}", "/api/ingest"):
        assert path in page.text
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/documents",
        "/api/documents/{document_id}",
        "/api/documents/{document_id}/graph",
        "/api/claims",
        "/api/claims/{claim_id}",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/search",
        "/api/coalitions",
        "/api/coalitions/{actor_id}/roster",
        "/api/coalitions/{actor_id}/graph",
        "/api/conflicts",
        "/api/judgements",
        "/api/judgements/{judgement_id}/undo",
        "/api/ingest",
        "/match/{dataset}",
    }
    assert schema["paths"]["/api/ingest"]["post"]["security"] == [{"HTTPBearer": []}]
