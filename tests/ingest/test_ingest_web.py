"""URLs against a real HTTP server on the loopback interface."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.model import Document

PARAGRAPHS = [
    "Three armed groups announced on Tuesday that they had formed a new coalition, the "
    "Northern Alliance, to coordinate operations in the hill country.",
    "The alliance comprises the Red Brigade, the River Front and the Hill Guard, according "
    "to a statement released by its spokesman in the provincial capital.",
]


def article_page(title: str, extra: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta name='author' content='Jane Reporter'>"
        "<meta property='article:published_time' content='2024-03-05'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>"
        + "".join(f"<p>{p} {extra}</p>" for p in PARAGRAPHS)
        + "</article><footer>Copyright Daily Example</footer></body></html>"
    ).encode()


LONG_ENTRY = " ".join(PARAGRAPHS * 2)


def feed(base: str, *, long_entries: bool) -> bytes:
    items = ""
    for n, title in enumerate(["Alliance announced", "Talks collapse", "Ceasefire holds"], 1):
        text = LONG_ENTRY if long_entries else "Read the full story."
        items += (
            f"<item><title>{title}</title><link>{base}/story/{n}</link>"
            f"<pubDate>Tue, 0{n} Mar 2024 10:00:00 GMT</pubDate>"
            f"<description>{text}</description></item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>'
        f"{items}</channel></rss>"
    ).encode()


@dataclass
class Server:
    base: str
    requests: list[tuple[str, str]] = field(default_factory=list)


Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.requests.append((self.path, self.headers.get("User-Agent", "")))
        route = ROUTES.get(self.path)
        try:
            if route is None:
                self.send_bytes(404, "text/html", b"<html><body>Not here</body></html>")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up on purpose (size limit, timeout); nothing to report.
            pass

    def send_bytes(
        self, status: int, content_type: str, body: bytes, *, length: bool = True
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() joins every handler thread

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests: list[tuple[str, str]] = []
        self.release = threading.Event()

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


def _slow(handler: Handler) -> None:
    # Wait on an event rather than sleep, so teardown can release it at once.
    handler.server.release.wait(timeout=10)
    handler.send_bytes(200, "text/html", article_page("Too late"))


def _big(length: bool) -> Route:
    def route(handler: Handler) -> None:
        handler.send_bytes(200, "text/plain", b"word " * 40_000, length=length)

    return route


ROUTES: dict[str, Route] = {
    "/article": lambda h: h.send_bytes(200, "text/html; charset=utf-8", article_page("Alliance")),
    "/moved": lambda h: h.redirect("/article"),
    "/missing": lambda h: h.send_bytes(404, "text/html", b"<html>gone</html>"),
    "/broken": lambda h: h.send_bytes(500, "text/plain", b"oops"),
    "/slow": _slow,
    "/loop": lambda h: h.redirect("/loop"),
    "/image": lambda h: h.send_bytes(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
    "/mislabelled": lambda h: h.send_bytes(200, "text/html", b"%PDF-1.7\n" + b"x" * 100),
    "/big": _big(length=True),
    "/big-unsized": _big(length=False),
    "/json": lambda h: h.send_bytes(200, "application/json", b'{"a": 1}'),
    "/latin": lambda h: h.send_bytes(
        200, "text/plain; charset=iso-8859-1", "Meeting at the café.\n".encode("latin-1")
    ),
    "/notes.md": lambda h: h.send_bytes(
        200, "text/markdown", b"---\ntitle: Field notes\n---\n# Notes\n\nThe *front* moved.\n"
    ),
    "/empty": lambda h: h.send_bytes(200, "text/html", b""),
    "/feed": lambda h: h.send_bytes(
        200, "application/rss+xml", feed(h.server.base, long_entries=False)
    ),
    "/feed-long": lambda h: h.send_bytes(
        200, "application/xml", feed(h.server.base, long_entries=True)
    ),
    "/story/1": lambda h: h.send_bytes(200, "text/html", article_page("Page one", "(one)")),
    "/story/2": lambda h: h.redirect("/story/2-final"),
    "/story/2-final": lambda h: h.send_bytes(200, "text/html", article_page("Page two", "(two)")),
}


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server()
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive()


def read(url: str, limits: IngestLimits | None = None) -> list[Document | ReadFailure]:
    return list(read_sources([url], limits or IngestLimits(timeout=5.0)))


def fail(url: str, limits: IngestLimits | None = None) -> str:
    (item,) = read(url, limits)
    assert isinstance(item, ReadFailure), item
    assert item.origin == url
    assert "\n" not in item.reason
    return item.reason


def test_html_article(server: _Server) -> None:
    url = server.base + "/article"
    (doc,) = read(url)
    assert isinstance(doc, Document), doc
    assert doc.origin == url
    assert doc.url == url
    assert doc.title == "Alliance"
    assert doc.author == "Jane Reporter"
    assert doc.published == "2024-03-05"
    assert doc.content_type == "text/html"
    assert "\n\n".join(PARAGRAPHS) in doc.text
    assert "Copyright" not in doc.text
    assert doc.retrieved is not None
    retrieved = dt.datetime.fromisoformat(doc.retrieved)
    assert retrieved.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.UTC) - retrieved) < dt.timedelta(minutes=1)
    assert server.requests[0][1].startswith("factionmap/")


def test_redirect_gives_the_final_url(server: _Server) -> None:
    url = server.base + "/moved"
    (doc,) = read(url)
    assert isinstance(doc, Document), doc
    assert doc.origin == url
    assert doc.url == server.base + "/article"


def test_http_errors(server: _Server) -> None:
    assert fail(server.base + "/missing") == "HTTP 404 Not Found"
    assert fail(server.base + "/broken") == "HTTP 500 Internal Server Error"


def test_slow_server_times_out(server: _Server) -> None:
    assert fail(server.base + "/slow", IngestLimits(timeout=0.5)) == "timed out after 0.5 s"


def test_redirect_loop(server: _Server) -> None:
    reason = fail(server.base + "/loop", IngestLimits(max_redirects=3))
    assert reason.startswith("too many redirects")
    assert len(server.requests) == 4


def test_binary_content_type_is_refused_unread(server: _Server) -> None:
    assert fail(server.base + "/image") == "binary content (image/png), not an article"


def test_binary_body_behind_a_text_content_type(server: _Server) -> None:
    assert fail(server.base + "/mislabelled") == "binary file (PDF document), not an article"


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_oversized_body(server: _Server, path: str) -> None:
    reason = fail(server.base + path, IngestLimits(max_bytes=50_000))
    assert reason == "response is over the 48.8 KB limit"
    (doc,) = read(server.base + path, IngestLimits(max_bytes=200_000))
    assert isinstance(doc, Document)


def test_unsupported_content_type(server: _Server) -> None:
    assert "application/json" in fail(server.base + "/json")


def test_empty_body(server: _Server) -> None:
    assert fail(server.base + "/empty") == "empty response"


def test_text_charset_from_the_header(server: _Server) -> None:
    (doc,) = read(server.base + "/latin")
    assert isinstance(doc, Document), doc
    assert doc.text == "Meeting at the café.\n"
    assert doc.content_type == "text/plain"


def test_markdown_over_http_keeps_front_matter_rules(server: _Server) -> None:
    (doc,) = read(server.base + "/notes.md")
    assert isinstance(doc, Document), doc
    assert doc.title == "Field notes"
    assert doc.text == "# Notes\n\nThe *front* moved.\n"
    assert doc.content_type == "text/markdown"


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    reason = fail(f"http://127.0.0.1:{port}/article")
    assert reason.startswith("could not connect: ")
    assert "Errno" not in reason


def test_feed_with_short_entries_fetches_each_linked_article(server: _Server) -> None:
    url = server.base + "/feed"
    items = read(url)
    assert [type(item).__name__ for item in items] == ["Document", "Document", "ReadFailure"]
    one, two, three = items
    assert isinstance(one, Document) and isinstance(two, Document)
    assert isinstance(three, ReadFailure)
    assert one.origin == f"{url}#1"
    assert one.title == "Alliance announced"
    assert one.url == server.base + "/story/1"
    assert one.published == "2024-03-01"
    assert one.source == "Loopback Wire"
    assert "(one)" in one.text and "Read the full story" not in one.text
    assert two.url == server.base + "/story/2-final"
    assert two.published == "2024-03-02"
    assert "(two)" in two.text
    assert three.origin == f"{url}#3 (Ceasefire holds)"
    assert three.reason == (
        "entry has only 20 characters, and reading its link failed: HTTP 404 Not Found"
    )


def test_feed_with_long_entries_fetches_nothing_more(server: _Server) -> None:
    url = server.base + "/feed-long"
    items = read(url)
    assert len(items) == 3
    docs = [item for item in items if isinstance(item, Document)]
    assert [d.title for d in docs] == ["Alliance announced", "Talks collapse", "Ceasefire holds"]
    assert [d.url for d in docs] == [f"{server.base}/story/{n}" for n in (1, 2, 3)]
    assert [d.published for d in docs] == ["2024-03-01", "2024-03-02", "2024-03-03"]
    assert {d.text for d in docs} == {LONG_ENTRY}
    assert {d.retrieved for d in docs} != {None}
    assert [path for path, _ in server.requests] == ["/feed-long"]
