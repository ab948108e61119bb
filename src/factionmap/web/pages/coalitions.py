"""/coalitions/{id}: who belonged to a coalition on a date (a table and a GET form), and the
interactive graph of its members with a time slider (static/coalition.js).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from factionmap.errors import InputError
from factionmap.views import View
from factionmap.views.claims import check_date
from factionmap.views.roster import roster
from factionmap.web.inputs import lookup_text, user_errors
from factionmap.web.site import Site
from factionmap.web.templating import coalition_href, path_segment


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/coalitions/{actor_id:path}", response_class=HTMLResponse)
    def coalition(
        request: Request, actor_id: str, at: Annotated[str, Query(max_length=40)] = ""
    ) -> Response:
        date: str | None = at.strip() or None
        problem: str | None = None
        if date is not None:
            try:
                check_date(date, "The date")
            except InputError as exc:
                problem, date = str(exc), None
        with user_errors(status.HTTP_404_NOT_FOUND):
            found = roster(View(site.store), lookup_text(actor_id, "coalition"), date)
        query = f"?{urlencode({'at': date})}" if date else ""
        if found.coalition.id != actor_id:
            return RedirectResponse(
                coalition_href(found.coalition.id) + query, status.HTTP_307_TEMPORARY_REDIRECT
            )
        return site.templates.TemplateResponse(
            request,
            "coalition.html",
            {
                "roster": found,
                "coalition": found.coalition,
                "at": date,
                "typed": at,
                "problem": problem,
                "graph_url": f"/api/coalitions/{path_segment(found.coalition.id)}/graph{query}",
            },
            status_code=status.HTTP_400_BAD_REQUEST if problem else status.HTTP_200_OK,
        )

    return router
