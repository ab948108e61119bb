"""The JSON API under /api/: documents, claims and actors to read; ingest to write."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from factionmap import pipeline
from factionmap.errors import InputError, StoreError
from factionmap.model import ActorKind
from factionmap.store.reading import (
    get_claim,
    get_document,
    list_document_claims,
)
from factionmap.views import View
from factionmap.web.graph import document_graph
from factionmap.web.schemas import (
    ActorSummaryOut,
    ClaimOut,
    DocumentOut,
    DocumentSummaryOut,
    ErrorOut,
    GraphOut,
    IngestIn,
    IngestOut,
)
from factionmap.web.security import token_guard
from factionmap.web.site import Site
from factionmap.web.templating import path_segment

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such id"}}
# FastAPI answers a body that is not JSON at all with 400 before any route runs.
BAD_BODY: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The body is not valid JSON"}
}
WRITE_REFUSED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Missing or wrong bearer token"},
    403: {"model": ErrorOut, "description": "Writing is disabled: no token configured"},
}


def build_api(site: Site) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"])

    @router.get("/documents", summary="List stored documents")
    def documents() -> list[DocumentSummaryOut]:
        return [DocumentSummaryOut.model_validate(asdict(d)) for d in site.store.list_documents()]

    @router.get(
        "/documents/{document_id}",
        summary="A document, its text and its claims",
        responses=NOT_FOUND,
    )
    def document(document_id: str) -> DocumentOut:
        found = get_document(site.store, document_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such document")
        view = View(site.store)
        claims = [view.applied(c).to_json() for c in list_document_claims(site.store, found.id)]
        return DocumentOut.model_validate({**asdict(found), "claims": claims})

    @router.get(
        "/documents/{document_id}/graph",
        summary="The actors a document names and the claims between them",
        responses=NOT_FOUND,
    )
    def graph(document_id: str) -> GraphOut:
        if get_document(site.store, document_id) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such document")
        view = View(site.store)
        return document_graph(
            view.applied(c) for c in list_document_claims(site.store, document_id)
        )

    @router.get("/claims/{claim_id}", summary="A claim with its evidence", responses=NOT_FOUND)
    def claim(claim_id: str) -> ClaimOut:
        found = get_claim(site.store, claim_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such claim")
        return ClaimOut.model_validate(View(site.store).applied(found).to_json())

    @router.get("/actors", summary="Actors, optionally of one kind")
    def actors(
        kind: Annotated[ActorKind | None, Query(description="Only actors of this kind.")] = None,
    ) -> list[ActorSummaryOut]:
        summaries = View(site.store).actor_summaries(kind)
        return [ActorSummaryOut.model_validate(asdict(a)) for a in summaries]

    @router.post(
        "/ingest",
        summary="Store an article's text and the claims extracted from it",
        status_code=status.HTTP_201_CREATED,
        responses={
            200: {"model": IngestOut, "description": "The same text was already stored"},
            400: {"model": ErrorOut, "description": "The text cannot be ingested"},
            **WRITE_REFUSED,
            503: {"model": ErrorOut, "description": "The database cannot be written"},
        },
        dependencies=[Depends(token_guard(site.token))],
    )
    def ingest(body: IngestIn, response: Response) -> IngestOut:
        with site.write_lock:
            try:
                outcome = pipeline.ingest_text(site.store, body.text, body.meta(), site.extractor())
            except InputError as exc:
                raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
            except StoreError as exc:
                raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from exc
        if outcome.status != "new":
            response.status_code = status.HTTP_200_OK
        assert outcome.document_id is not None
        return IngestOut(
            document_id=outcome.document_id,
            status="new" if outcome.status == "new" else "unchanged",
            title=outcome.title,
            claims=outcome.claims,
            page=f"/documents/{path_segment(outcome.document_id)}",
        )

    return router
