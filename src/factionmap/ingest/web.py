"""Fetching http(s) URLs within the size, time and redirect limits."""

from __future__ import annotations

import datetime as dt
import http
import re
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType

import httpx

from factionmap.ingest.errors import Unreadable, one_line
from factionmap.ingest.limits import IngestLimits, format_size

try:
    _VERSION = version("factionmap")
except PackageNotFoundError:
    _VERSION = "0.1.0"

USER_AGENT = f"factionmap/{_VERSION} (+https://example.org/factionmap)"

_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "model/")
_BINARY_TYPES = frozenset(
    (
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/x-gzip",
        "application/x-tar",
        "application/x-7z-compressed",
        "application/vnd.rar",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/wasm",
    )
)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)


@dataclass(frozen=True)
class Fetched:
    url: str
    media_type: str
    charset: str | None
    body: bytes
    retrieved: str


def is_url(value: str) -> bool:
    return value[:8].lower().startswith(("http://", "https://"))


def _is_binary_type(media_type: str) -> bool:
    return (
        media_type.startswith(_BINARY_PREFIXES)
        or media_type in _BINARY_TYPES
        or media_type.startswith("application/vnd.openxmlformats")
        or media_type.startswith("application/vnd.oasis.opendocument")
    )


def _status_reason(response: httpx.Response) -> str:
    phrase = response.reason_phrase
    if not phrase:
        try:
            phrase = http.HTTPStatus(response.status_code).phrase
        except ValueError:
            phrase = ""
    return f"HTTP {response.status_code} {phrase}".rstrip()


def _connect_reason(exc: Exception) -> str:
    # Socket errors read "[Errno 111] Connection refused"; the number helps nobody.
    message = re.sub(r"\[Errno -?\d+\]\s*", "", one_line(exc)) or "connection failed"
    return f"could not connect: {message[0].lower()}{message[1:]}"


class Fetcher:
    """One HTTP client for a whole run, created only when a URL first needs it."""

    def __init__(self, limits: IngestLimits) -> None:
        self._limits = limits
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                follow_redirects=True,
                max_redirects=self._limits.max_redirects,
                timeout=self._limits.timeout,
                headers={"User-Agent": USER_AGENT},
            )
        return self._client

    def fetch(self, url: str) -> Fetched:
        timeout = self._limits.timeout
        try:
            return self._fetch(url)
        except httpx.TimeoutException:
            raise Unreadable(f"timed out after {timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise Unreadable(
                f"too many redirects (more than {self._limits.max_redirects})"
            ) from None
        except httpx.ConnectError as exc:
            raise Unreadable(_connect_reason(exc)) from None
        except httpx.UnsupportedProtocol:
            raise Unreadable("redirected to a URL that is not http or https") from None
        except httpx.InvalidURL as exc:
            raise Unreadable(f"not a valid URL: {one_line(exc)}") from None
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise Unreadable(f"could not fetch: {one_line(exc) or 'the transfer failed'}") from None

    def _fetch(self, url: str) -> Fetched:
        limit = self._limits.max_bytes
        over_limit = f"response is over the {format_size(limit)} limit"
        # httpx's timeout bounds each network wait, not the whole transfer; a server
        # dripping one byte at a time must not hold a run forever.
        deadline = time.monotonic() + self._limits.timeout
        with self._http().stream("GET", url) as response:
            if not 200 <= response.status_code < 300:
                raise Unreadable(_status_reason(response))
            content_type = response.headers.get("content-type", "")
            media_type = content_type.partition(";")[0].strip().lower()
            if _is_binary_type(media_type):
                raise Unreadable(f"binary content ({media_type}), not an article")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise Unreadable(over_limit)
            body = bytearray()
            # iter_bytes yields decompressed bytes, so a small gzip bomb is caught too.
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise Unreadable(over_limit)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("transfer took too long")
            charset = _CHARSET.search(content_type)
            return Fetched(
                url=str(response.url),
                media_type=media_type,
                charset=charset.group(1) if charset else None,
                body=bytes(body),
                retrieved=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
