"""Judgements over HTTP: list them; merge, split, accept, reject and undo with the token.

The writes go through the pipeline. An actor or claim that does not exist is a 404; what the
pipeline refuses (a person merged with an organization, a wing with its parent, a split of
an actor merged with nothing, an undo of an undo) is a 409 with its message.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Path, status

from factionmap import pipeline
from factionmap.errors import InputError
from factionmap.model import Judgement
from factionmap.store import Store
from factionmap.store.reading import get_claim
from factionmap.views import View
from factionmap.web.api import BAD_BODY, WRITE_REFUSED
from factionmap.web.inputs import user_errors
from factionmap.web.schemas import ErrorOut
from factionmap.web.security import token_guard
from factionmap.web.site import Site
from factionmap.web.view_schemas import (
    JudgementIn,
    JudgementOut,
    MergeIn,
    SplitIn,
    UndoIn,
    judgement_out,
)

# Who a judgement is recorded as when the request does not say.
DEFAULT_AUTHOR = "api"
# The judgements table's ids are 32-bit integers on PostgreSQL.
MAX_ID = 2**31 - 1


def check_targets(store: Store, body: JudgementIn) -> None:
    """InputError when an actor or claim the judgement names is not stored."""
    if isinstance(body, MergeIn):
        view = View(store)
        view.find(body.target)
        view.find(body.other)
    elif isinstance(body, SplitIn):
        View(store).find(body.target)
    elif get_claim(store, body.target) is None:
        raise InputError(f"there is no claim {body.target!r}")


def record(store: Store, body: JudgementIn) -> Judgement:
    author = body.author or DEFAULT_AUTHOR
    if isinstance(body, MergeIn):
        return pipeline.merge_actors(store, body.target, body.other, author, body.reason)
    if isinstance(body, SplitIn):
        return pipeline.split_actor(store, body.target, author, body.reason)
    verdict: Literal["accept", "reject"] = "accept" if body.kind == "accept" else "reject"
    return pipeline.judge_claim(store, body.target, verdict, author, body.reason)


def build_api(site: Site) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["judgements"])
    guard = [Depends(token_guard(site.token))]

    @router.get("/judgements", summary="Every judgement, oldest first, undone ones included")
    def judgements() -> list[JudgementOut]:
        return [judgement_out(j) for j in site.store.judgements()]

    @router.post(
        "/judgements",
        summary="Merge two actors, split one, or accept or reject a claim",
        status_code=status.HTTP_201_CREATED,
        responses={
            404: {"model": ErrorOut, "description": "No such actor or claim"},
            409: {"model": ErrorOut, "description": "Refused (the message says why)"},
            **BAD_BODY,
            **WRITE_REFUSED,
        },
        dependencies=guard,
    )
    def judge(body: Annotated[JudgementIn, Body()]) -> JudgementOut:
        with site.write_lock:
            with user_errors(status.HTTP_404_NOT_FOUND):
                check_targets(site.store, body)
            with user_errors(status.HTTP_409_CONFLICT):
                return judgement_out(record(site.store, body))

    @router.post(
        "/judgements/{judgement_id}/undo",
        summary="Undo a judgement; an undo is itself recorded, so history is kept",
        status_code=status.HTTP_201_CREATED,
        responses={
            404: {"model": ErrorOut, "description": "No judgement has this id"},
            409: {"model": ErrorOut, "description": "Already undone, or itself an undo"},
            **BAD_BODY,
            **WRITE_REFUSED,
        },
        dependencies=guard,
    )
    def undo(
        judgement_id: Annotated[int, Path(ge=1, le=MAX_ID)], body: UndoIn | None = None
    ) -> JudgementOut:
        given = body or UndoIn()
        with site.write_lock:
            if site.store.judgement(judgement_id) is None:
                raise HTTPException(
                    status.HTTP_404_NOT_FOUND, f"there is no judgement {judgement_id}"
                )
            with user_errors(status.HTTP_409_CONFLICT):
                done = pipeline.undo(
                    site.store, judgement_id, given.author or DEFAULT_AUTHOR, given.reason
                )
        return judgement_out(done)

    return router
