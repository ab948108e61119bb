"""The pages in a real browser: Debian's Chromium driven by Playwright, against uvicorn."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from factionmap import pipeline
from factionmap.store import Store
from factionmap.web import create_app
from factionmap.web.templating import CYTOSCAPE
from tests.web.live_server import LiveServer
from tests.web.png import distinct_colours

try:
    from playwright.sync_api import BrowserContext, Page, expect, sync_playwright
except ImportError:
    # Like a missing Chromium (see the `chromium` fixture): a failure in CI, a skip elsewhere.
    if os.environ.get("CI"):
        raise
    pytest.skip("the playwright package is not installed", allow_module_level=True)

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCRIPT_PAYLOAD = "<script>window.__xss=1</script>"
HTS = "fm:hts"
ZENKI = "fm:nour-al-din-al-zenki"
ATTRIBUTE_PAYLOAD = '"><img src=x onerror="window.__xss=1">'


@pytest.fixture(scope="session")
def server(site_store: Store, extractor: pipeline.Extractor) -> Iterator[LiveServer]:
    live = LiveServer(create_app(site_store, extractor=extractor))
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def browser(chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(chromium),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1100, "height": 760},
        )
        yield context
        context.close()


@dataclass
class Watched:
    """A page plus what it said: dialogs it opened and errors on its console."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def tab(browser: BrowserContext) -> Iterator[Watched]:
    page = browser.new_page()
    watched = Watched(page)

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: watched.errors.append(str(exc)))
    yield watched
    page.close()


def api_json(tab: Watched, url: str) -> Any:
    response = tab.page.request.get(url)
    assert response.ok, url
    return json.loads(response.text())


def save_screenshot(page: Page, name: str) -> bytes:
    ARTIFACTS.mkdir(exist_ok=True)
    image = page.screenshot(path=str(ARTIFACTS / name))
    assert distinct_colours(image) > 8, f"{name} looks blank"
    return image


def test_home_page(server: LiveServer, tab: Watched) -> None:
    page = tab.page
    page.goto(server.url + "/")
    expect(page).to_have_title("Home · factionmap")
    expect(page.locator("nav a")).to_have_text(["Home", "Search", "Conflicts", "Documents", "API"])
    expect(page.locator("ul.cards li").first).to_be_visible()
    page.fill("#q", "Three Brotherhood")
    page.click("form.search button")
    expect(page.locator("q.query")).to_have_text("Three Brotherhood")
    page.goto(server.url + "/")
    save_screenshot(page, "home.png")
    assert tab.errors == []


def test_pages_fit_a_phone_screen(server: LiveServer, browser: BrowserContext) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 375, "height": 740})
    [summary, *_] = api_json(Watched(page), server.url + "/api/documents")
    for path in [
        "/",
        "/documents",
        f"/documents/{summary['id']}",
        "/search?q=Tahrir",
        f"/actors/{HTS}",
        f"/coalitions/{HTS}?at=2017-03",
        "/conflicts",
    ]:
        page.goto(server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    save_screenshot(page, "document-phone.png")
    page.close()


def test_document_page_marks_the_evidence(server: LiveServer, tab: Watched) -> None:
    page = tab.page
    page.goto(server.url + "/documents")
    page.locator("table.list tbody a").first.click()
    marks = page.locator("div.source-text mark")
    expect(marks.first).to_be_visible()
    assert marks.count() > 0
    if CYTOSCAPE.is_file():
        expect(page.locator("#graph[data-graph-ready='true'] canvas").first).to_be_attached()
    else:
        expect(page.locator("#graph-missing")).to_be_visible()
    save_screenshot(page, "document.png")
    # Cytoscape and the page scripts run under the Content-Security-Policy without a violation.
    assert tab.errors == []


def test_claim_page_highlights_the_quote_from_the_api(server: LiveServer, tab: Watched) -> None:
    documents = api_json(tab, server.url + "/api/documents")
    document = api_json(tab, f"{server.url}/api/documents/{documents[-1]['id']}")
    claim = api_json(tab, f"{server.url}/api/claims/{document['claims'][-1]['id']}")
    page = tab.page
    page.goto(f"{server.url}/claims/{claim['id']}")
    evidence = page.locator("mark#evidence")
    assert evidence.text_content() == claim["evidence"][0]["quote"]
    expect(evidence).to_be_in_viewport()
    save_screenshot(page, "claim.png")
    assert tab.errors == []


def test_markup_in_an_article_stays_text(
    server: LiveServer, tab: Watched, site_store: Store, extractor: pipeline.Extractor
) -> None:
    text = (
        f"Notes {SCRIPT_PAYLOAD} {ATTRIBUTE_PAYLOAD}\n\n"
        f"The Al-Qassam Brigades are the armed wing of Hamas {SCRIPT_PAYLOAD}. "
        f"Saraya al-Quds, the armed wing of Palestinian Islamic Jihad {ATTRIBUTE_PAYLOAD}, "
        "was formed in 1981.\n"
    )
    title = f"Title {SCRIPT_PAYLOAD} {ATTRIBUTE_PAYLOAD}"
    outcome = pipeline.ingest_text(
        site_store,
        text,
        {"title": title, "source": ATTRIBUTE_PAYLOAD, "url": "javascript:window.__xss=1"},
        extractor,
    )
    assert outcome.status == "new" and outcome.claims >= 2
    page = tab.page
    page.goto(f"{server.url}/documents/{outcome.document_id}")
    expect(page.locator("h1")).to_have_text(title)
    assert page.title() == f"{title} · factionmap"
    assert page.locator("div.source-text").text_content() == text
    pages = [page.url]
    claims = api_json(tab, f"{server.url}/api/documents/{outcome.document_id}")["claims"]
    for claim in claims:
        page.goto(f"{server.url}/claims/{claim['id']}")
        assert page.locator("mark#evidence").text_content() == claim["evidence"][0]["quote"]
        pages.append(page.url)
    for url in pages:
        page.goto(url)
        assert page.evaluate("typeof window.__xss") == "undefined", url
        assert page.locator("img").count() == 0, url
        assert page.locator("script:not([src])").count() == 0, url
        assert page.locator("a[href^='javascript']").count() == 0, url
    # The last page visited is the last claim's: its quote shows the markup as plain text.
    quotes = page.locator("blockquote").all_text_contents()
    assert quotes == [claims[-1]["evidence"][0]["quote"]]
    assert "window.__xss=1" in quotes[0]
    save_screenshot(page, "markup-as-text.png")

    # The knowledge-base pages quote the same source, whose outlet name is the payload, and
    # echo what was typed into their forms.
    actors = {c["subject"]["id"] for c in claims} | {
        c["object"]["id"] for c in claims if c["object"]
    }
    for actor in sorted(actors):
        page.goto(f"{server.url}/actors/{actor}")
        expect(page.locator("main")).to_contain_text(ATTRIBUTE_PAYLOAD)
        assert_inert(page)
    for payload in (SCRIPT_PAYLOAD, ATTRIBUTE_PAYLOAD):
        page.goto(f"{server.url}/search?{urlencode({'q': payload})}")
        expect(page.locator("q.query")).to_have_text(payload)
        expect(page.locator("#q")).to_have_value(payload)
        assert_inert(page)
    for path in ["/conflicts", "/", f"/coalitions/{HTS}?{urlencode({'at': SCRIPT_PAYLOAD})}"]:
        page.goto(server.url + path)
        assert_inert(page)
    expect(page.locator("#at")).to_have_value(SCRIPT_PAYLOAD)
    assert tab.dialogs == []
    # The coalition page answers a date it cannot read with 400, which Chromium logs.
    assert [e for e in tab.errors if "status of 400" not in e] == []


def assert_inert(page: Page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined", page.url
    assert page.locator("img").count() == 0, page.url
    assert page.locator("script:not([src])").count() == 0, page.url
    assert page.locator("a[href^='javascript']").count() == 0, page.url


def test_search_from_home_to_the_actor_page(server: LiveServer, tab: Watched) -> None:
    page = tab.page
    page.goto(server.url + "/")
    page.fill("#q", "Nur al Din al Zinki")
    page.click("form.search button")
    expect(page.locator("q.query")).to_have_text("Nur al Din al Zinki")
    best = api_json(tab, f"{server.url}/api/search?{urlencode({'q': 'Nur al Din al Zinki'})}")[0]
    assert best["id"] == ZENKI
    first = page.locator("ol.hits a.hit-name").first
    expect(first).to_have_text(best["name"])
    first.click()
    page.wait_for_url(f"{server.url}/actors/{ZENKI}")
    expect(page.locator("h1")).to_have_text(best["name"])
    expect(page.locator("h2", has_text="Member of")).to_be_visible()
    assert tab.errors == []


def open_coalition(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("#coalition-graph[data-graph-ready='true']")).to_be_attached()


def expect_zenki_drawn(page: Page, drawn: bool) -> None:
    """Wait until Zenki's node is (or is not) drawn: Cytoscape restyles on its next frame."""
    script = (
        "([id, drawn]) => window.factionmap.coalitionGraph.getElementById(id).visible() === drawn"
    )
    page.wait_for_function(script, arg=[ZENKI, drawn], timeout=5000)


def test_time_slider_shows_who_was_a_member(server: LiveServer, tab: Watched) -> None:
    page = tab.page
    graph = api_json(tab, f"{server.url}/api/coalitions/{HTS}/graph")
    step = {s["at"]: i for i, s in enumerate(graph["steps"])}
    open_coalition(page, f"{server.url}/coalitions/{HTS}?at=2017-03")
    slider = page.locator("#timeline-range")
    expect(slider).to_be_visible()
    assert slider.input_value() == str(step["2017-03"])
    listed = page.locator(f"#timeline-members li[data-member='{ZENKI}']")
    expect(listed).to_be_visible()
    expect(page.locator("#timeline-label")).to_have_text(
        f"Members on 2017-03: {len(graph['steps'][step['2017-03']]['members'])}"
    )
    expect_zenki_drawn(page, True)
    save_screenshot(page, "coalition.png")

    def move(index: int) -> None:
        slider.evaluate(
            "(el, v) => { el.value = String(v);"
            " el.dispatchEvent(new Event('input', { bubbles: true })); }",
            index,
        )

    move(step["2018-06"])
    expect(page.locator("#timeline-date")).to_have_text("2018-06")
    expect(listed).to_have_count(0)
    expect_zenki_drawn(page, False)
    move(step["2017-03"])
    expect(listed).to_be_visible()
    expect_zenki_drawn(page, True)

    # The keyboard moves it too: End is the last month, by which Zenki had left.
    slider.focus()
    page.keyboard.press("End")
    expect(page.locator("#timeline-date")).to_have_text(graph["steps"][-1]["at"])
    expect(listed).to_have_count(0)
    expect_zenki_drawn(page, False)
    page.keyboard.press("Home")
    expect(page.locator("#timeline-date")).to_have_text(graph["steps"][0]["at"])
    expect(listed).to_be_visible()
    expect_zenki_drawn(page, True)
    assert tab.errors == []


def test_selecting_an_edge_opens_its_claim(server: LiveServer, tab: Watched) -> None:
    page = tab.page
    open_coalition(page, f"{server.url}/coalitions/{HTS}")
    page.locator("#coalition-graph").scroll_into_view_if_needed()
    # Cytoscape learns where its canvas moved from the scroll event, on a later frame.
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    # The drawn edge whose midpoint is farthest from every node, in page coordinates.
    target = page.evaluate(
        """() => {
          const cy = window.factionmap.coalitionGraph;
          const box = cy.container().getBoundingClientRect();
          const nodes = cy.nodes(":visible").map((n) => n.renderedPosition());
          let best = null;
          cy.edges(":visible").forEach((edge) => {
            const p = edge.renderedMidpoint();
            const clearance = Math.min(...nodes.map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
            if (!best || clearance > best.clearance) {
              best = { x: box.left + p.x, y: box.top + p.y, claim: edge.data("claim"), clearance };
            }
          });
          return best;
        }"""
    )
    assert target is not None and target["clearance"] > 20
    page.mouse.click(target["x"], target["y"])
    page.wait_for_url(f"{server.url}/claims/{target['claim']}")
    claim = api_json(tab, f"{server.url}/api/claims/{target['claim']}")
    assert page.locator("mark#evidence").text_content() == claim["evidence"][0]["quote"]
    expect(page.locator("mark#evidence")).to_be_in_viewport()
    assert tab.errors == []
