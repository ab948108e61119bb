"""The knowledge base under /api/: profiles, search, rosters, coalition graphs, conflicts
and claims, all read through a `View` so that every merge and rejection is applied.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, status

from factionmap.store.reading import storable
from factionmap.views import View
from factionmap.views.claims import ISO_DATE, PREDICATES, check_predicate, list_claims
from factionmap.views.coalitions import coalition_graph, coalitions
from factionmap.views.conflicts import conflicts
from factionmap.views.profile import profile, profile_json
from factionmap.views.roster import roster
from factionmap.views.search import search
from factionmap.web.inputs import lookup_text, user_errors
from factionmap.web.schemas import ClaimOut, ErrorOut
from factionmap.web.site import Site
from factionmap.web.view_schemas import (
    CoalitionGraphOut,
    CoalitionOut,
    ConflictOut,
    ProfileOut,
    RosterOut,
    SearchHitOut,
    coalition_graph_out,
    coalition_out,
    conflict_out,
    hit_out,
    profile_out,
    roster_out,
)

NO_ACTOR: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No actor has this id or name"}
}
BAD_FILTER: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Unknown predicate"},
    404: {"model": ErrorOut, "description": "No actor has this id or name"},
}
DATE = Annotated[
    str | None,
    Query(
        pattern=ISO_DATE.pattern,
        description="Date as an ISO prefix: 2017, 2017-03 or 2017-03-01.",
        examples=["2017-03"],
    ),
]


def build_api(site: Site) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["knowledge base"])

    @router.get(
        "/actors/{actor_id:path}",
        summary="An actor's profile: names, relations, dates, sizes, each fact with its sources",
        responses=NO_ACTOR,
    )
    def actor(actor_id: str) -> ProfileOut:
        with user_errors(status.HTTP_404_NOT_FOUND):
            found = profile(View(site.store), lookup_text(actor_id, "actor"))
        return profile_out(profile_json(found))

    @router.get("/search", summary="Actors whose names match, in any spelling, ranked")
    def find(
        q: Annotated[str, Query(min_length=1, max_length=200, description="A name.")],
        limit: Annotated[int, Query(ge=1, le=100)] = 10,
    ) -> list[SearchHitOut]:
        return [hit_out(h) for h in search(View(site.store), q, limit=limit)]

    @router.get("/coalitions", summary="Coalitions the stored sources name, merged ones once")
    def coalition_list() -> list[CoalitionOut]:
        return [coalition_out(c) for c in coalitions(View(site.store))]

    @router.get(
        "/coalitions/{actor_id:path}/roster",
        summary="A coalition's members on a date (or now), who had left, who came later",
        responses=NO_ACTOR,
    )
    def coalition_roster(actor_id: str, at: DATE = None) -> RosterOut:
        with user_errors(status.HTTP_404_NOT_FOUND):
            found = roster(View(site.store), lookup_text(actor_id, "actor"), at)
        return roster_out(found)

    @router.get(
        "/coalitions/{actor_id:path}/graph",
        summary="A coalition, its members and the groups tied to them, with a monthly time line",
        responses=NO_ACTOR,
    )
    def coalition_drawing(actor_id: str, at: DATE = None) -> CoalitionGraphOut:
        with user_errors(status.HTTP_404_NOT_FOUND):
            found = coalition_graph(View(site.store), lookup_text(actor_id, "actor"), at)
        return coalition_graph_out(found)

    @router.get("/conflicts", summary="Where sources disagree, each side with its quotes")
    def disagreements() -> list[ConflictOut]:
        return [conflict_out(c) for c in conflicts(View(site.store))]

    @router.get(
        "/claims",
        summary="Claims (with judgements applied) filtered by actor, predicate, outlet and date",
        responses=BAD_FILTER,
    )
    def claims(
        actor: Annotated[
            str | None,
            Query(max_length=300, description="Actor id or name; its merged ids count too."),
        ] = None,
        predicate: Annotated[
            str | None,
            Query(
                description="One predicate of the vocabulary.",
                json_schema_extra={"enum": list(PREDICATES)},
            ),
        ] = None,
        source: Annotated[
            str | None, Query(max_length=300, description="Part of the outlet's name.")
        ] = None,
        since: Annotated[
            str | None,
            Query(
                pattern=ISO_DATE.pattern,
                description="Only documents published on or after this date (ISO prefix).",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> list[ClaimOut]:
        with user_errors(status.HTTP_400_BAD_REQUEST):
            if predicate is not None:
                check_predicate(predicate)  # "predicate=" names no predicate either
        if source and not storable(source):
            return []  # no outlet's name holds a NUL character
        with user_errors(status.HTTP_404_NOT_FOUND):
            found = list_claims(
                View(site.store),
                actor=lookup_text(actor, "actor") if actor else None,
                predicate=predicate or None,
                source=source or None,
                since=since,
            )
        return [ClaimOut.model_validate(c.to_json()) for c in found[offset : offset + limit]]

    return router
