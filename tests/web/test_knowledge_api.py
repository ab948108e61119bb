"""The knowledge-base endpoints and pages over the ten HTS articles, on SQLite and PostgreSQL.

One store per database kind for the whole module; the tests that write judgements undo them,
and check that undoing gives back exactly the earlier answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from factionmap import pipeline
from factionmap.store import Store
from factionmap.web import create_app
from factionmap.web import templating as web_templating
from tests.web.conftest import CLAIM_FIELDS, HTS_ARTICLES, database, ingest_hts
from tests.web.html_facts import PageFacts

HTS = "fm:hts"
ZENKI = "fm:nour-al-din-al-zenki"
LIWA = "fm:liwa-al-haqq"
TOKEN = "judge-token-71c2"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def kb(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    extractor: pipeline.Extractor,
) -> Iterator[Store]:
    with database(request.param, request, tmp_path_factory.mktemp("kb-web")) as url:
        store = pipeline.open_store(url)
        ingest_hts(store, extractor)
        yield store
        store.close()


@pytest.fixture
def client(kb: Store) -> TestClient:
    return TestClient(create_app(kb, TOKEN))


def get_json(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, (path, response.text)
    assert response.headers["content-type"] == "application/json"
    return response.json()


def assert_json_error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    detail = response.json()["detail"]
    return detail if isinstance(detail, str) else str(detail)


def snapshot(client: TestClient) -> dict[str, Any]:
    """What the API answers about the actors a merge would touch."""
    return {
        "zenki": get_json(client, f"/api/actors/{ZENKI}"),
        "liwa": get_json(client, f"/api/actors/{LIWA}"),
        "roster": get_json(client, f"/api/coalitions/{HTS}/roster", at="2017-03"),
        "graph": get_json(client, f"/api/coalitions/{HTS}/graph"),
        "search": get_json(client, "/api/search", q="Zenki"),
        "claims": get_json(client, "/api/claims", actor=LIWA, limit=1000),
        "coalitions": get_json(client, "/api/coalitions"),
        "conflicts": get_json(client, "/api/conflicts"),
    }


# --- Search --------------------------------------------------------------------------------


def test_search_ranks_hts_first_for_a_new_spelling(client: TestClient) -> None:
    hits = get_json(client, "/api/search", q="Hayyat Tahrir ash-Sham")
    assert hits[0]["id"] == HTS
    assert hits[0]["score"] >= 0.95
    assert hits[0]["why"] and hits[0]["page"] == f"/actors/{HTS}"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert get_json(client, "/api/search", q="zzzzqqqq") == []
    assert client.get("/api/search").status_code == 422

    page = PageFacts(client.get("/search", params={"q": "Hayyat Tahrir ash-Sham"}).text)
    first = page.find_all("a", class_="hit-name")[0]
    assert first.attrs["href"] == f"/actors/{HTS}"
    assert "".join(first.text) == "Hayat Tahrir al-Sham"
    assert page.find_all("span", class_="score")


def test_search_page_without_a_query_is_just_the_form(client: TestClient) -> None:
    page = PageFacts(client.get("/search").text)
    assert page.find_all("input", id="q")
    assert not page.find_all("ol", class_="hits")


# --- Actor profiles ------------------------------------------------------------------------


def test_actor_profile_json(client: TestClient) -> None:
    profile = get_json(client, f"/api/actors/{HTS}")
    assert (profile["id"], profile["name"]) == (HTS, "Hayat Tahrir al-Sham")
    assert profile["page"] == f"/actors/{HTS}"
    founded = {f["value"]["date"]: f for f in profile["sections"]["Founded"]}
    assert set(founded) == {"2017-01-28", "2016"}
    assert founded["2017-01-28"]["confidence"] > founded["2016"]["confidence"]
    assert [s["source"] for s in founded["2016"]["sources"]] == ["Global Conflict Digest"]
    for facts in profile["sections"].values():
        for fact in facts:
            for claim in fact["claims"]:
                assert set(claim) == CLAIM_FIELDS
                assert claim["evidence"][0]["quote"]
    members = {f["subject"]["id"] for f in profile["sections"]["Members"]}
    assert ZENKI in members
    seen = {a["text"]: a for a in profile["aliases"]}
    assert {s["source"] for s in seen["Haiat Tahrir al-Cham"]["seen_in"]} == {
        "Global Conflict Digest"
    }
    # A name finds the same actor.
    assert get_json(client, "/api/actors/HTS")["id"] == HTS


def test_unknown_actors_are_404(client: TestClient) -> None:
    for path in [
        "/api/actors/fm:no-such-group",
        "/api/actors/zzzzqqqq",
        "/api/actors/nul%00",
        "/api/coalitions/fm:no-such-group/roster",
        "/api/coalitions/fm:no-such-group/graph",
        "/api/coalitions/nul%00/graph",
    ]:
        detail = assert_json_error(client.get(path), 404)
        assert "actor" in detail, path
    for path in ["/actors/fm:no-such-group", "/coalitions/fm:no-such-group", "/actors/nul%00"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in response.text


def test_actor_page_lists_every_fact_with_its_claims(client: TestClient) -> None:
    response = client.get(f"/actors/{HTS}")
    assert response.status_code == 200
    page = PageFacts(response.text)
    assert page.text_of("h1") == "Hayat Tahrir al-Sham"
    profile = get_json(client, f"/api/actors/{HTS}")
    claim_ids = {
        c["id"] for facts in profile["sections"].values() for f in facts for c in f["claims"]
    }
    linked = {
        a.attrs["href"].removeprefix("/claims/")
        for a in page.find_all("a")
        if a.attrs.get("href", "").startswith("/claims/")
    }
    assert linked == claim_ids
    headings = {"".join(h.text) for h in page.find_all("h2")}
    assert {"Names", "Founded", "Members", "Size", "Areas of operation"} <= headings
    assert page.find_all("a", href=f"/coalitions/{HTS}")
    names = page.text_of("ul", class_="names")
    assert "Haiat Tahrir al-Cham" in names and "Global Conflict Digest, 2017-11-08" in names
    # The claim a line links to shows its quote marked in the source.
    claim = profile["sections"]["Founded"][0]["claims"][0]
    marked = PageFacts(client.get(f"/claims/{claim['id']}").text)
    assert marked.text_of("mark", id="evidence") == claim["evidence"][0]["quote"]


def test_actor_page_by_name_redirects_to_the_id(client: TestClient) -> None:
    response = client.get("/actors/Tahrir al-Sham", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == f"/actors/{HTS}"
    moved = client.get("/coalitions/HTS", params={"at": "2017-03"}, follow_redirects=False)
    assert moved.headers["location"] == f"/coalitions/{HTS}?at=2017-03"


# --- Rosters and the coalition graph ----------------------------------------------------


def test_roster_at_a_date(client: TestClient) -> None:
    early = get_json(client, f"/api/coalitions/{HTS}/roster", at="2017-03")
    assert early["coalition"]["id"] == HTS and early["at"] == "2017-03"
    assert ZENKI in {e["member"]["id"] for e in early["members"]}
    later = get_json(client, f"/api/coalitions/{HTS}/roster", at="2018-01")
    assert ZENKI not in {e["member"]["id"] for e in later["members"]}
    gone = {e["member"]["id"]: e for e in later["former"]}
    assert gone[ZENKI]["until"].startswith("2017-07")
    assert gone[ZENKI]["exit_claims"] and gone[ZENKI]["description"]
    for entry in early["members"]:
        assert entry["claims"] and set(entry["claims"][0]) == CLAIM_FIELDS
    now = get_json(client, f"/api/coalitions/{HTS}/roster")
    assert now["at"] is None and ZENKI not in {e["member"]["id"] for e in now["members"]}
    for bad in ["2017-3", "March 2017", "2017-03-01x", "nul\x00"]:
        assert_json_error(client.get(f"/api/coalitions/{HTS}/roster", params={"at": bad}), 422)


def roster_rows(page: PageFacts) -> list[set[str]]:
    """The member ids of each roster table on the page, in order."""
    groups: list[set[str]] = []
    for element in page.elements:
        if element.tag == "table" and "roster" in element.classes:
            groups.append(set())
        elif element.tag == "tr" and "data-member" in element.attrs and groups:
            groups[-1].add(element.attrs["data-member"])
    return groups


def test_coalition_page_works_without_javascript(client: TestClient) -> None:
    early = PageFacts(client.get(f"/coalitions/{HTS}", params={"at": "2017-03"}).text)
    assert early.text_of("h1").startswith("Hayat Tahrir al-Sham")
    assert early.find_all("input", id="at")[0].attrs["value"] == "2017-03"
    assert ZENKI in roster_rows(early)[0]
    later = PageFacts(client.get(f"/coalitions/{HTS}", params={"at": "2018-01"}).text)
    current, former = roster_rows(later)[:2]
    assert ZENKI not in current and ZENKI in former
    graph = later.find_all("div", id="coalition-graph")
    assert not web_templating.CYTOSCAPE.exists() or (
        graph[0].attrs["data-graph-url"] == f"/api/coalitions/{HTS}/graph?at=2018-01"
    )

    bad = client.get(f"/coalitions/{HTS}", params={"at": "next week"})
    assert bad.status_code == 400
    page = PageFacts(bad.text)
    assert "is not a date" in page.text_of("p", role="alert")
    assert page.find_all("input", id="at")[0].attrs["value"] == "next week"


def test_coalition_graph_has_a_time_line(client: TestClient) -> None:
    graph = get_json(client, f"/api/coalitions/{HTS}/graph")
    roles = {n["id"]: n["role"] for n in graph["nodes"]}
    assert roles[HTS] == "coalition" and roles[ZENKI] == "member"
    assert {"member_of", "merged_into"} <= {e["predicate"] for e in graph["edges"]}
    for edge in graph["edges"]:
        assert {edge["source"], edge["target"]} <= set(roles)
        assert edge["claim"] == edge["claims"][0]
    zenki = next(
        e for e in graph["edges"] if e["source"] == ZENKI and e["predicate"] == "member_of"
    )
    assert zenki["since"] == "2017-01-28" and zenki["until"].startswith("2017-07")
    claim = get_json(client, f"/api/claims/{zenki['claim']}")
    assert (claim["subject"]["id"], claim["object"]["id"]) == (ZENKI, HTS)

    steps = {s["at"]: s for s in graph["steps"]}
    assert graph["steps"][0]["at"] == "2017-01"
    assert ZENKI in steps["2017-03"]["visible"] and ZENKI in steps["2017-03"]["members"]
    assert ZENKI not in steps["2018-06"]["visible"]
    assert all(HTS in s["visible"] for s in graph["steps"])
    assert graph["initial"] == len(graph["steps"]) - 1
    at = get_json(client, f"/api/coalitions/{HTS}/graph", at="2017-03")
    assert at["steps"][at["initial"]]["at"] == "2017-03"


def test_home_lists_each_coalition_once_with_a_link(client: TestClient) -> None:
    listed = get_json(client, "/api/coalitions")
    ids = [c["id"] for c in listed]
    assert HTS in ids and len(ids) == len(set(ids))
    page = PageFacts(client.get("/").text)
    cards = [a.attrs["href"] for a in page.find_all("a", class_="card-title")]
    assert cards == [c["page"] for c in listed]
    assert f"/coalitions/{HTS}" in cards


def test_merged_coalitions_are_listed_once(client: TestClient) -> None:
    before = get_json(client, "/api/coalitions")
    ids = {c["id"] for c in before}
    pair = ["fm:national-front-for-liberation", "fm:syrian-liberation-front"]
    assert set(pair) <= ids
    made = client.post(
        "/api/judgements", json={"kind": "merge", "target": pair[0], "other": pair[1]}, headers=AUTH
    )
    assert made.status_code == 201, made.text
    merged = {c["id"] for c in get_json(client, "/api/coalitions")}
    assert len(merged & set(pair)) == 1
    assert len(merged) == len(ids) - 1
    assert client.post(f"/api/judgements/{made.json()['id']}/undo", headers=AUTH).status_code == 201
    assert get_json(client, "/api/coalitions") == before


# --- Conflicts --------------------------------------------------------------------------


def test_conflicts_include_the_founding_date_disagreement(client: TestClient) -> None:
    found = get_json(client, "/api/conflicts")
    [dates] = [c for c in found if c["kind"] == "founded" and c["subject"]["id"] == HTS]
    sides = {s["statement"]: s for s in dates["sides"]}
    assert set(sides) == {"2017-01-28", "2016"}
    odd = sides["2016"]["fact"]
    assert [s["source"] for s in odd["sources"]] == ["Global Conflict Digest"]
    assert "2016" in odd["claims"][0]["evidence"][0]["quote"]

    page = PageFacts(client.get("/conflicts").text)
    assert dates["summary"] in {"".join(h.text) for h in page.find_all("h3")}
    claim_links = {a.attrs["href"] for a in page.find_all("a") if "/claims/" in a.attrs["href"]}
    assert f"/claims/{odd['claims'][0]['id']}" in claim_links
    assert page.find_all("h2", id="founded") and page.find_all("h2", id="membership")


# --- Claims ----------------------------------------------------------------------------


def test_claims_filters(client: TestClient) -> None:
    founded = get_json(client, "/api/claims", actor="HTS", predicate="founded")
    assert founded and all(c["predicate"] == "founded" for c in founded)
    assert all(c["subject"]["id"] == HTS for c in founded)
    for claim in founded:
        assert set(claim) == CLAIM_FIELDS
        assert claim["object"] is None and claim["value"]["date"]
    digest = get_json(client, "/api/claims", source="Global Conflict")
    assert digest and {c["document"]["source"] for c in digest} == {"Global Conflict Digest"}
    recent = get_json(client, "/api/claims", since="2020")
    assert recent and all(c["document"]["published"] >= "2020" for c in recent)
    every = get_json(client, "/api/claims", limit=1000)
    assert get_json(client, "/api/claims", limit=3) == every[:3]
    assert get_json(client, "/api/claims", limit=3, offset=2) == every[2:5]

    assert "unknown predicate" in assert_json_error(
        client.get("/api/claims", params={"predicate": "nope"}), 400
    )
    assert "no actor" in assert_json_error(
        client.get("/api/claims", params={"actor": "zzzzqqqq"}), 404
    )
    assert_json_error(client.get("/api/claims", params={"since": "last year"}), 422)
    assert_json_error(client.get("/api/claims", params={"limit": 0}), 422)
    assert get_json(client, "/api/claims", source="nul\x00") == []
    assert_json_error(client.get("/api/claims", params={"actor": "nul\x00"}), 404)


# --- Judgements ------------------------------------------------------------------------


def test_judgements_need_the_token(kb: Store, client: TestClient) -> None:
    before = get_json(client, "/api/judgements")
    body = {"kind": "merge", "target": ZENKI, "other": LIWA}
    closed = TestClient(create_app(kb))
    assert_json_error(closed.post("/api/judgements", json=body, headers=AUTH), 403)
    assert_json_error(closed.post("/api/judgements/1/undo", headers=AUTH), 403)
    for headers in [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}]:
        response = client.post("/api/judgements", json=body, headers=headers)
        assert_json_error(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"
        assert_json_error(client.post("/api/judgements/1/undo", headers=headers), 401)
    assert get_json(client, "/api/judgements") == before


def test_merge_then_undo_gives_back_every_answer(client: TestClient) -> None:
    before = snapshot(client)
    made = client.post(
        "/api/judgements",
        json={"kind": "merge", "target": ZENKI, "other": LIWA, "reason": "test", "author": "t"},
        headers=AUTH,
    )
    assert made.status_code == 201, made.text
    merge = made.json()
    assert (merge["kind"], merge["target"], merge["other"]) == ("merge", ZENKI, LIWA)
    assert (merge["author"], merge["reason"], merge["active"]) == ("t", "test", True)
    during = snapshot(client)
    assert during != before
    assert during["liwa"]["id"] == ZENKI and LIWA in during["liwa"]["ids"]
    assert merge["id"] in [m["judgement"] for m in during["zenki"]["merges"]]
    page = PageFacts(client.get(f"/actors/{ZENKI}").text)
    assert page.find_all("a", href=f"/actors/{LIWA}")

    undone = client.post(f"/api/judgements/{merge['id']}/undo", json={"reason": "r"}, headers=AUTH)
    assert undone.status_code == 201, undone.text
    assert (undone.json()["kind"], undone.json()["author"]) == ("undo", "api")
    assert snapshot(client) == before
    listed = {j["id"]: j for j in get_json(client, "/api/judgements")}
    assert listed[merge["id"]]["undone_by"] == undone.json()["id"]

    again = client.post(f"/api/judgements/{merge['id']}/undo", headers=AUTH)
    assert "already undone" in assert_json_error(again, 409)
    assert_json_error(client.post("/api/judgements/999999/undo", headers=AUTH), 404)
    assert_json_error(client.post("/api/judgements/0/undo", headers=AUTH), 422)


def test_reject_and_undo_through_the_api(client: TestClient) -> None:
    before = snapshot(client)
    [odd] = [
        c
        for c in get_json(client, "/api/claims", actor=HTS, predicate="founded")
        if c["value"]["date"] == "2016"
    ]
    made = client.post(
        "/api/judgements", json={"kind": "reject", "target": odd["id"]}, headers=AUTH
    )
    assert made.status_code == 201, made.text
    assert not [
        c
        for c in get_json(client, "/api/conflicts")
        if c["kind"] == "founded" and c["subject"]["id"] == HTS
    ]
    assert client.post(f"/api/judgements/{made.json()['id']}/undo", headers=AUTH).status_code == 201
    assert snapshot(client) == before


def test_refused_judgements_say_why(client: TestClient) -> None:
    before = get_json(client, "/api/judgements")
    person = {"kind": "merge", "target": HTS, "other": "fm:abu-jaber-hashem-sheikh"}
    assert "person" in assert_json_error(
        client.post("/api/judgements", json=person, headers=AUTH), 409
    )
    unknown = {"kind": "reject", "target": "claim:0000"}
    assert "no claim" in assert_json_error(
        client.post("/api/judgements", json=unknown, headers=AUTH), 404
    )
    nobody = {"kind": "merge", "target": HTS, "other": "zzzzqqqq"}
    assert "no actor" in assert_json_error(
        client.post("/api/judgements", json=nobody, headers=AUTH), 404
    )
    split = {"kind": "split", "target": ZENKI}
    assert "not merged" in assert_json_error(
        client.post("/api/judgements", json=split, headers=AUTH), 409
    )
    for body in [
        {"kind": "merge", "target": HTS},
        {"kind": "reject", "target": "x", "other": "y"},
        {"kind": "delete", "target": HTS},
        {"kind": "split", "target": "nul\x00"},
        {"kind": "split", "target": ZENKI, "author": "a" * 201},
        {"kind": "split", "target": ZENKI, "extra": 1},
    ]:
        assert_json_error(client.post("/api/judgements", json=body, headers=AUTH), 422)
    assert get_json(client, "/api/judgements") == before


# --- yente-compatible matching ---------------------------------------------------------


def match(
    client: TestClient, queries: dict[str, Any], dataset: str = "default", **params: Any
) -> Any:
    response = client.post(f"/match/{dataset}", json={"queries": queries}, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_match_finds_the_organization_and_no_person(client: TestClient) -> None:
    name = "Hay'at Tahrir al-Sham"
    answer = match(
        client,
        {
            "org": {"schema": "Organization", "properties": {"name": [name]}},
            "person": {"schema": "Person", "properties": {"name": [name]}},
            "thing": {"schema": "LegalEntity", "properties": {"alias": name}},
        },
    )
    assert answer["limit"] == 5
    org = answer["responses"]["org"]
    assert org["status"] == 200
    first = org["results"][0]
    assert first["id"] == "fm-hts" and first["match"] is True
    assert (first["caption"], first["schema"]) == ("Hayat Tahrir al-Sham", "Organization")
    assert first["properties"]["name"] == ["Hayat Tahrir al-Sham"]
    assert "HTS" in first["properties"]["alias"]
    assert first["datasets"] == ["factionmap"] and first["score"] == 1.0
    assert org["total"] == {"value": len(org["results"]), "relation": "eq"}
    assert org["query"] == {"id": None, "schema": "Organization", "properties": {"name": [name]}}
    assert [r["score"] for r in org["results"]] == sorted(
        (r["score"] for r in org["results"]), reverse=True
    )
    assert answer["responses"]["person"]["results"] == []
    assert answer["responses"]["thing"]["results"][0]["id"] == "fm-hts"

    people = match(
        client,
        {"q": {"schema": "Person", "properties": {"name": ["Abu Jaber Hashem al-Sheikh"]}}},
        dataset="factionmap",
        limit=1,
    )
    assert people["limit"] == 1
    [person] = people["responses"]["q"]["results"]
    assert person["schema"] == "Person" and person["id"] == "fm-abu-jaber-hashem-sheikh"


def test_match_refuses_unknown_datasets_and_schemas(client: TestClient) -> None:
    query = {"q": {"schema": "Organization", "properties": {"name": ["HTS"]}}}
    assert_json_error(client.post("/match/sanctions", json={"queries": query}), 404)
    bad = {"q": {"schema": "Spaceship", "properties": {"name": ["HTS"]}}}
    assert "schema" in assert_json_error(client.post("/match/default", json={"queries": bad}), 422)
    assert_json_error(client.post("/match/default", json={"query": query}), 422)
    vessel = match(client, {"q": {"schema": "Vessel", "properties": {"name": ["HTS"]}}})
    assert vessel["responses"]["q"]["results"] == []


# --- Pages and the schema ------------------------------------------------------------------


def test_new_pages_need_no_inline_script_or_style(client: TestClient) -> None:
    for path in ["/", "/search?q=HTS", f"/actors/{HTS}", f"/coalitions/{HTS}", "/conflicts"]:
        response = client.get(path)
        assert response.status_code == 200, path
        page = PageFacts(response.text)
        assert page.inline_scripts == 0, path
        assert page.style_elements == page.style_attributes == 0, path
        assert page.event_attributes == [], path
    scripts = PageFacts(client.get(f"/coalitions/{HTS}").text).find_all("script")
    if web_templating.CYTOSCAPE.exists():
        assert [s.attrs["src"] for s in scripts] == [
            "/static/vendor/cytoscape.min.js",
            "/static/graph-common.js",
            "/static/coalition.js",
        ]


def test_the_schema_documents_the_new_endpoints(client: TestClient) -> None:
    schema = get_json(client, "/openapi.json")
    paths = schema["paths"]
    for path in [
        "/api/actors/{actor_id}",
        "/api/search",
        "/api/coalitions",
        "/api/coalitions/{actor_id}/roster",
        "/api/coalitions/{actor_id}/graph",
        "/api/conflicts",
        "/api/claims",
        "/api/judgements",
        "/api/judgements/{judgement_id}/undo",
        "/match/{dataset}",
    ]:
        assert path in paths, path
    assert paths["/api/judgements"]["post"]["security"] == [{"HTTPBearer": []}]
    assert "security" not in paths["/api/judgements"]["get"]
    predicate = next(
        p for p in paths["/api/claims"]["get"]["parameters"] if p["name"] == "predicate"
    )
    assert "member_of" in predicate["schema"]["enum"]
    reference = client.get("/docs").text
    assert "/match/{dataset}" in reference and "/api/judgements" in reference


def test_a_wrong_method_names_every_allowed_one(client: TestClient) -> None:
    # GET and POST /api/judgements are two routes; the 405 must name both.
    for path, allowed in [
        ("/api/judgements", "GET, POST"),
        ("/api/judgements/1/undo", "POST"),
        ("/match/default", "POST"),
        (f"/api/actors/{HTS}", "GET"),
    ]:
        response = client.request("DELETE", path)
        assert response.status_code == 405, path
        assert response.headers["allow"] == allowed, path


def test_claim_and_document_pages_follow_merges_and_verdicts(
    tmp_path: Path, extractor: pipeline.Extractor
) -> None:
    store = pipeline.open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    articles = [str(p) for p in HTS_ARTICLES[:2]]
    list(pipeline.ingest(articles, store, extractor=extractor))
    client = TestClient(create_app(store))
    claim = next(
        c
        for c in client.get("/api/claims", params={"actor": "fm:liwa-al-haqq"}).json()
        if c["subject"]["id"] == "fm:liwa-al-haqq"
    )
    merge = pipeline.merge_actors(store, "fm:nour-al-din-al-zenki", "fm:liwa-al-haqq", "t", None)
    reject = pipeline.judge_claim(store, claim["id"], "reject", "t", None)
    after = client.get(f"/api/claims/{claim['id']}").json()
    assert after["subject"]["id"] == "fm:nour-al-din-al-zenki"
    assert after["subject"]["mention"] == claim["subject"]["mention"]
    assert after["status"] == "rejected"
    page = client.get(f"/claims/{claim['id']}").text
    assert "rejected" in page and "Nour al-Din al-Zenki" in page
    document = client.get(f"/api/documents/{claim['document']['id']}").json()
    shown = next(c for c in document["claims"] if c["id"] == claim["id"])
    assert shown["status"] == "rejected"
    pipeline.undo(store, reject.id, "t", None)
    pipeline.undo(store, merge.id, "t", None)
    assert client.get(f"/api/claims/{claim['id']}").json() == claim
    store.close()


def test_actor_list_shows_merged_actors_once(tmp_path: Path, extractor: pipeline.Extractor) -> None:
    store = pipeline.open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    list(pipeline.ingest([str(p) for p in HTS_ARTICLES[:2]], store, extractor=extractor))
    client = TestClient(create_app(store))
    before = {a["id"]: a["claims"] for a in client.get("/api/actors").json()}
    merge = pipeline.merge_actors(store, "fm:nour-al-din-al-zenki", "fm:liwa-al-haqq", "t", None)
    after = {a["id"]: a["claims"] for a in client.get("/api/actors").json()}
    assert "fm:liwa-al-haqq" not in after
    zenki, liwa = before["fm:nour-al-din-al-zenki"], before["fm:liwa-al-haqq"]
    assert after["fm:nour-al-din-al-zenki"] == zenki + liwa
    pipeline.undo(store, merge.id, "t", None)
    assert {a["id"]: a["claims"] for a in client.get("/api/actors").json()} == before
    store.close()


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    for path in ["/", f"/coalitions/{HTS}", f"/api/actors/{HTS}", "/static/style.css"]:
        got = client.get(path)
        head = client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert "default-src 'self'" in head.headers["content-security-policy"], path
    assert client.head("/actors/fm:no-such-actor").status_code == 404


def test_an_empty_or_unknown_predicate_filter_is_refused(client: TestClient) -> None:
    for value in ("", "sponsors"):
        response = client.get("/api/claims", params={"predicate": value})
        assert response.status_code == 400, value
