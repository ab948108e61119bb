"""A claim's page: what it says, where it comes from, and its quote marked in the source."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse

from factionmap.store.reading import DocumentRecord, get_claim, get_document
from factionmap.views import ResolvedClaim, View
from factionmap.web.highlight import Span, split_at_spans, without_overlaps
from factionmap.web.site import Site

# The key of the claim's first quote; the template gives its mark id="evidence".
PRIMARY = "evidence"


def claim_spans(claim: ResolvedClaim, document: DocumentRecord) -> list[Span]:
    """The claim's quotes located in this document, the first one keyed PRIMARY."""
    located = [
        e
        for e in claim.evidence
        if e.document == document.id and document.text[e.start : e.end] == e.quote
    ]
    spans = [
        Span(e.start, e.end, PRIMARY if index == 0 else f"{PRIMARY}-{index}")
        for index, e in enumerate(located)
    ]
    return without_overlaps(spans)


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/claims/{claim_id}", response_class=HTMLResponse)
    def claim(request: Request, claim_id: str) -> HTMLResponse:
        stored = get_claim(site.store, claim_id)
        source = get_document(site.store, stored.document.id) if stored is not None else None
        if stored is None or source is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No claim with this id is stored.")
        found = View(site.store).applied(stored)
        spans = claim_spans(found, source)
        return site.templates.TemplateResponse(
            request,
            "claim.html",
            {
                "claim": found,
                "document": source,
                "pieces": split_at_spans(source.text, spans),
                "located": bool(spans),
                "primary": PRIMARY,
            },
        )

    return router
