"""/search: actors ranked by how well one of their names matches the query, and why."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from factionmap.views import View
from factionmap.views.search import search
from factionmap.web.site import Site

# Long enough for any name; a longer query is cut rather than refused.
QUERY_SHOWN = 200


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: Annotated[str, Query()] = "") -> HTMLResponse:
        query = q.strip()[:QUERY_SHOWN]
        hits = search(View(site.store), query) if query else []
        return site.templates.TemplateResponse(
            request, "search.html", {"query": query, "hits": hits}
        )

    return router
