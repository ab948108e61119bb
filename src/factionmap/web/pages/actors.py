"""/actors/{id}: everything the sources say about one actor, each line with its claims."""

from __future__ import annotations

from fastapi import APIRouter, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from factionmap.views import View
from factionmap.views.profile import profile
from factionmap.web.inputs import lookup_text, user_errors
from factionmap.web.site import Site
from factionmap.web.templating import actor_href

# Profile sections that make an actor worth a coalition page, whatever its kind.
MEMBER_SECTIONS = ("Members", "Formed from")


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str) -> Response:
        with user_errors(status.HTTP_404_NOT_FOUND):
            found = profile(View(site.store), lookup_text(actor_id, "actor"))
        if found.actor.id != actor_id:
            # A name, or an id merged into another actor: the page lives at the canonical id.
            return RedirectResponse(actor_href(found.actor.id), status.HTTP_307_TEMPORARY_REDIRECT)
        has_members = any(found.section(title) for title in MEMBER_SECTIONS)
        return site.templates.TemplateResponse(
            request,
            "actor.html",
            {
                "profile": found,
                "actor": found.actor,
                "coalition_page": found.actor.kind == "coalition" or has_members,
            },
        )

    return router
