"""Response headers that hold on every page, and the bearer token that guards every write.

The Content-Security-Policy allows scripts, styles and images from our own origin only, so
a quote that smuggles markup into a page cannot run, load or style anything even if it ever
escaped the templates' autoescaping.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware that adds SECURITY_HEADERS to every HTTP response.

    Written against raw ASGI rather than BaseHTTPMiddleware so streamed responses (static
    files) pass through untouched apart from their headers.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Answer HEAD like GET without the body, as HTTP asks and link checkers expect.

    FastAPI registers GET routes for GET only; rather than doubling every route, a HEAD
    request is passed on as a GET and its body dropped on the way out.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


bearer = HTTPBearer(
    auto_error=False,
    description="The token the server was started with (environment variable FACTIONMAP_TOKEN).",
)


def token_guard(expected: str | None) -> Callable[[HTTPAuthorizationCredentials | None], None]:
    """A dependency that lets a request through only with `Authorization: Bearer <expected>`.

    Without a configured token every write is refused (403): an open write endpoint is never
    the default. A missing or wrong token is 401.
    """

    def check(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        if not expected:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                "writing is disabled: the server was started without FACTIONMAP_TOKEN",
            )
        given = credentials.credentials if credentials is not None else ""
        # compare_digest takes the same time wherever the strings differ.
        if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "a valid bearer token is required",
                headers={"WWW-Authenticate": "Bearer"},
            )

    return check
