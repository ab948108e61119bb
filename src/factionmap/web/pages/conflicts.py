"""/conflicts: where sources disagree, grouped by what they disagree about, with both sides."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from factionmap.views import View
from factionmap.views.conflicts import Conflict, conflicts
from factionmap.web.site import Site

# Headings for the kinds of disagreement `views.conflicts` looks for, in page order.
GROUPS: tuple[tuple[str, str], ...] = (
    ("founded", "Founding dates"),
    ("dissolved", "Dissolution dates"),
    ("size", "Size estimates"),
    ("membership", "Membership"),
    ("armed_wing_of", "Parent organization"),
)


def grouped(found: list[Conflict]) -> list[tuple[str, str, list[Conflict]]]:
    """(kind, heading, conflicts) for every kind that has some; unknown kinds come last."""
    headings = dict(GROUPS)
    kinds = [k for k, _ in GROUPS] + sorted({c.kind for c in found} - headings.keys())
    groups = []
    for kind in kinds:
        members = [c for c in found if c.kind == kind]
        if members:
            groups.append((kind, headings.get(kind, kind.replace("_", " ")), members))
    return groups


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(request: Request) -> HTMLResponse:
        found = conflicts(View(site.store))
        return site.templates.TemplateResponse(
            request, "conflicts.html", {"groups": grouped(found), "total": len(found)}
        )

    return router
