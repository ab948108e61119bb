"""The optional LLM backend against a local OpenAI-compatible server: proposals are grounded.

The server here is a small real HTTP server speaking the chat-completions protocol with a
fixed answer, which is what a local llama.cpp or vLLM server would return for this article.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from factionmap.errors import FactionmapError
from factionmap.extract.llm import LLMExtractor, LLMSettings, chunks
from factionmap.model import Document
from tests.test_cli import run

ARTICLE = (
    "BAMAKO, 3 March 2017 (Example Wire) - Four Sahel factions announced on Thursday that "
    "they had merged into a single group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM). "
    "The new alliance is led by Iyad Ag Ghaly. It operates in central Mali. "
    "Its founders did not say how many fighters it has.\n"
)
PROPOSALS: list[dict[str, Any]] = [
    {
        "subject": "Jama'at Nusrat al-Islam wal-Muslimin",
        "subject_kind": "coalition",
        "predicate": "led_by",
        "object": "Iyad Ag Ghaly",
        "object_kind": "person",
        "quote": "The new alliance is led by Iyad Ag Ghaly.",
    },
    {
        "subject": "JNIM",
        "predicate": "operates_in",
        "object": "central Mali",
        "quote": "It operates in central Mali.",
    },
    {
        "subject": "JNIM",
        "predicate": "founded",
        "value": "March 2017",
        "quote": "announced on Thursday that they had merged",
    },
    {
        "subject": "JNIM",
        "predicate": "size",
        "value": "5,000 fighters",
        "quote": "JNIM has about 5,000 fighters.",
    },
    {"subject": "JNIM", "predicate": "sponsored_by", "object": "X", "quote": "It operates"},
]


class ChatServer(BaseHTTPRequestHandler):
    answer: ClassVar[str] = json.dumps({"claims": PROPOSALS})
    requests: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        ChatServer.requests.append(json.loads(self.rfile.read(length)))
        if self.path != "/v1/chat/completions":
            self.send_error(404)
            return
        body = json.dumps({"choices": [{"message": {"role": "assistant", "content": self.answer}}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ChatServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/v1"
    httpd.shutdown()


def test_only_grounded_proposals_become_claims(server: str) -> None:
    extractor = LLMExtractor(LLMSettings(url=server, model="local"))
    document = Document.from_text(ARTICLE, "wire.txt", published="2017-03-03")
    claims = extractor(document)
    assert [(c.predicate, c.object.name if c.object else None) for c in claims] == [
        ("led_by", "Iyad Ag Ghaly"),
        ("operates_in", "central Mali"),
    ]
    leader = claims[0]
    assert leader.subject.id == "fm:jnim"
    assert leader.extractor.startswith("llm/")
    for claim in claims:
        evidence = claim.evidence[0]
        assert document.text[evidence.start : evidence.end] == evidence.quote
    assert extractor.stats["proposed"] == 5
    assert extractor.stats["accepted"] == 2
    assert extractor.stats["rejected: quote not in the text"] == 1
    assert extractor.stats["rejected: value not in the quote"] == 1
    assert extractor.stats["rejected: unknown predicate"] == 1
    sent = ChatServer.requests[-1]
    assert sent["model"] == "local" and ARTICLE.strip() in sent["messages"][1]["content"]


def test_unreachable_server_is_a_clear_error() -> None:
    extractor = LLMExtractor(LLMSettings(url="http://127.0.0.1:9/v1", timeout=2))
    with pytest.raises(FactionmapError, match="cannot reach the llm server"):
        extractor(Document.from_text(ARTICLE, "wire.txt"))


def test_chunks_cover_the_text_without_gaps() -> None:
    text = ("A paragraph about a group.\n\n" * 900).strip()
    pieces = chunks(text, size=1000)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)


def test_cli_backend_option(server: str, tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    missing = run("extract", "--backend", "llm", str(article), db=str(tmp_path / "x.db"))
    assert missing.returncode == 2 and "FACTIONMAP_LLM_URL" in missing.stderr
    unknown = run("extract", "--backend", "magic", str(article), db=str(tmp_path / "x.db"))
    assert unknown.returncode == 2 and "unknown backend" in unknown.stderr
