"""Sections that are linked from the menu but not built yet.

Each route here is deleted when its real page lands (register the real router instead in
app.py): a link in the menu should never lead to an error page meanwhile.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from factionmap.web.site import Site

# Long enough for any name; a longer query is cut rather than refused.
QUERY_SHOWN = 200


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: Annotated[str, Query()] = "") -> HTMLResponse:
        return site.templates.TemplateResponse(
            request, "search.html", {"query": q.strip()[:QUERY_SHOWN]}
        )

    @router.get("/conflicts", response_class=HTMLResponse)
    def conflicts(request: Request) -> HTMLResponse:
        return site.templates.TemplateResponse(
            request,
            "placeholder.html",
            {
                "title": "Conflicts",
                "message": "This page will list the points on which sources disagree "
                "(dates, sizes, memberships). It is not available yet.",
            },
        )

    return router
