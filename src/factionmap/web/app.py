"""create_app: the FastAPI application over one store, its pages, its API and its headers."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from factionmap import __version__
from factionmap.pipeline import Extractor
from factionmap.store import Store
from factionmap.web import api, api_judgements, api_views, yente
from factionmap.web.pages import (
    actors,
    api_reference,
    claims,
    coalitions,
    conflicts,
    documents,
    home,
    search,
)
from factionmap.web.security import SECURITY_HEADERS, HeadAsGet, SecurityHeaders
from factionmap.web.site import Site, rules_extractor
from factionmap.web.templating import STATIC, build_templates

log = logging.getLogger(__name__)

HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

DESCRIPTION = (
    "Claims about armed groups and coalitions, each with the exact quote from its source. "
    "Reading is open. Writing (POST /api/ingest, POST /api/judgements and their undo) needs "
    "the header "
    '"Authorization: Bearer TOKEN", where TOKEN is the value of FACTIONMAP_TOKEN when the '
    "server was started."
)


def create_app(
    store: Store, token: str | None = None, *, extractor: Extractor | None = None
) -> FastAPI:
    """The web UI and HTTP API over `store`.

    `token` enables writes for requests that present it as a bearer token; without one
    every write is refused. `extractor` defaults to the rules backend, built on first write.
    The caller keeps ownership of `store` (and closes it).
    """
    site = Site(
        store=store,
        templates=build_templates(),
        token=token or None,
        make_extractor=(lambda: extractor) if extractor is not None else rules_extractor,
    )
    app = FastAPI(
        title="factionmap",
        version=__version__,
        description=DESCRIPTION,
        # /docs is our own page (pages/api_reference.py): Swagger UI and ReDoc load
        # scripts from a CDN, which the Content-Security-Policy does not allow.
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for part in (api, api_views, api_judgements):
        app.include_router(part.build_api(site))
    app.include_router(yente.build_router(site))
    for section in (home, search, actors, coalitions, conflicts, documents, claims, api_reference):
        app.include_router(section.build_router(site))
    _add_error_pages(app, site)
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith(("/api/", "/match/")) or path == "/openapi.json"


def _add_error_pages(app: FastAPI, site: Site) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=headers)
        message = exc.detail if exc.status_code != 404 else _not_found_message(exc)
        return site.templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "message": message},
            status_code=exc.status_code,
            headers=headers,
        )

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        return site.templates.TemplateResponse(
            request,
            "error.html",
            {"status": 422, "message": "The request's parameters are not valid."},
            status_code=422,
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        # Outside every middleware (Starlette's ServerErrorMiddleware calls this), so the
        # security headers are set here by hand. No traceback reaches the client.
        log.exception("error while serving %s", request.url.path, exc_info=exc)
        if _wants_json(request):
            return JSONResponse({"detail": "internal error"}, 500, headers=dict(SECURITY_HEADERS))
        return HTMLResponse(
            "<!doctype html><title>Error</title><h1>Something went wrong</h1>"
            "<p>The server could not answer this request.</p>",
            500,
            headers=dict(SECURITY_HEADERS),
        )

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, server_error)


def _allowed_methods(request: Request) -> str | None:
    """Every method the API documents at this path, for the Allow header of a 405.

    Starlette's own 405 names only the methods of the first route whose path matches, while
    one path (GET and POST /api/judgements) can be served by two routes. Pages are not in
    the schema; for them Starlette's answer stands.
    """
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern, _, _ = compile_path(template)
        if pattern.match(request.url.path):
            methods |= {m.upper() for m in operations if m.upper() in HTTP_METHODS}
    return ", ".join(sorted(methods)) or None


def _not_found_message(exc: StarletteHTTPException) -> str:
    if exc.detail and exc.detail != "Not Found":
        return str(exc.detail)
    return "There is no page at this address."
