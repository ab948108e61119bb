"""/docs: the HTTP API's reference, rendered on the server from the app's OpenAPI schema.

The usual Swagger UI page loads its scripts from a CDN and starts them with an inline
script, both of which the Content-Security-Policy forbids; this page needs neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from factionmap.web.site import Site

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    parameters: tuple[Parameter, ...]
    body: str | None
    responses: tuple[tuple[str, str], ...]
    needs_token: bool


def _body_name(operation: dict[str, Any]) -> str | None:
    """The body's schema name, or the names of the schemas it may be one of."""
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    choices = schema.get("oneOf") or schema.get("anyOf") or [schema]
    names = [str(c["$ref"]).rsplit("/", 1)[-1] for c in choices if "$ref" in c]
    return " or ".join(names) or None


def operations(schema: dict[str, Any]) -> list[Operation]:
    found: list[Operation] = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = tuple(
                Parameter(
                    p["name"],
                    p["in"],
                    bool(p.get("required")),
                    p.get("description") or p.get("schema", {}).get("description", ""),
                )
                for p in operation.get("parameters", [])
            )
            responses = tuple(
                (code, answer.get("description", ""))
                for code, answer in sorted(operation.get("responses", {}).items())
            )
            found.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    summary=operation.get("summary", ""),
                    parameters=parameters,
                    body=_body_name(operation),
                    responses=responses,
                    needs_token=bool(operation.get("security")),
                )
            )
    return found


def build_router(site: Site) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def reference(request: Request) -> HTMLResponse:
        schema = request.app.openapi()
        return site.templates.TemplateResponse(
            request,
            "api_reference.html",
            {"info": schema.get("info", {}), "operations": operations(schema)},
        )

    return router
