"""The documents list, and each document's text with every evidence quote marked."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse

from factionmap.store.reading import (
    DocumentRecord,
    get_document,
    list_document_claims,
)
from factionmap.views import ResolvedClaim, View
from factionmap.web.highlight import Span, split_at_spans
from factionmap.web.site import Site
from factionmap.web.templating import path_segment


def evidence_spans(document: DocumentRecord, claims: Iterable[ResolvedClaim]) -> list[Span]:
    """One span per evidence row whose quote is really at its offsets, keyed by claim id."""
    return [
        Span(evidence.start, evidence.end, claim.id)
        for claim in claims
        for evidence in claim.evidence
        if evidence.document == document.id
        and document.text[evidence.start : evidence.end] == evidence.quote
    ]


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/documents", response_class=HTMLResponse)
    def documents(request: Request) -> HTMLResponse:
        return site.templates.TemplateResponse(
            request, "documents.html", {"documents": site.store.list_documents()}
        )

    @router.get("/documents/{document_id}", response_class=HTMLResponse)
    def document(request: Request, document_id: str) -> HTMLResponse:
        found = get_document(site.store, document_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No document with this id is stored.")
        view = View(site.store)
        claims = [view.applied(c) for c in list_document_claims(site.store, found.id)]
        return site.templates.TemplateResponse(
            request,
            "document.html",
            {
                "document": found,
                "claims": claims,
                "pieces": split_at_spans(found.text, evidence_spans(found, claims)),
                "graph_url": f"/api/documents/{path_segment(found.id)}/graph",
            },
        )

    return router
