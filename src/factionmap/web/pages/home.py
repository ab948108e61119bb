"""The home page: the search box and the coalitions the stored sources name."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from factionmap.views import View
from factionmap.views.coalitions import coalitions
from factionmap.web.site import Site


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        # Through the View, so that two ids merged into one coalition are listed once;
        # reference entries of the gazetteer that no stored source mentions are left out.
        documents = site.store.list_documents()
        return site.templates.TemplateResponse(
            request,
            "home.html",
            {
                "coalitions": coalitions(View(site.store)),
                "document_count": len(documents),
                "claim_count": sum(d.claims for d in documents),
            },
        )

    return router
