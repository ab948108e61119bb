"""The optional LLM backend: a model proposes claims, the text decides which ones stand.

Any OpenAI-compatible chat-completions server will do (a hosted API, or a local llama.cpp /
vLLM / Ollama server), configured by environment:

    FACTIONMAP_LLM_URL    base URL, e.g. http://127.0.0.1:8080/v1   (required)
    FACTIONMAP_LLM_MODEL  model name sent with each request           (default: "default")
    FACTIONMAP_LLM_KEY    bearer token, if the server wants one

The model is asked for JSON: claims in the vocabulary of SPEC section 2, each with a
verbatim quote. Nothing it says is trusted by itself. A proposal is kept only when its
quote occurs verbatim in the document (the evidence offsets are where it occurs), its
predicate is in the vocabulary, and a literal value can be read from the quote by the same
date and size parsers the rules backend uses. Every rejection is counted by reason in
`LLMExtractor.stats`, so a user can see how much of the model's output was unsupported.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from factionmap import __version__
from factionmap.errors import FactionmapError
from factionmap.extract.dates import find_dates
from factionmap.extract.gazetteer import Gazetteer, load_gazetteer
from factionmap.extract.mentions import slug
from factionmap.extract.sizes import find_sizes
from factionmap.extract.vocabulary import vocabulary
from factionmap.model import ActorKind, ActorRef, Claim, Document, Evidence

EXTRACTOR = f"llm/{__version__}"
# Long articles go in pieces that fit a modest context window, cut at paragraph breaks.
CHUNK_CHARACTERS = 8_000
# A model's confidence is never taken at face value: proposals start below the rules'.
BASE_CONFIDENCE = 0.6
KINDS: tuple[ActorKind, ...] = ("coalition", "armed_group", "movement", "person", "state", "other")

INSTRUCTIONS = """You read news articles about armed groups and coalitions and list the \
facts the article states, as claims. Answer with JSON only: {"claims": [...]}. Each claim:
{"subject": NAME, "subject_kind": KIND, "predicate": PREDICATE, "object": NAME or null,
 "object_kind": KIND or null, "value": TEXT or null, "quote": EXACT TEXT}
PREDICATE is one of: %s.
KIND is one of: coalition, armed_group, movement, person, state, other (use "place" only as
object_kind of operates_in). For founded, dissolved, size, ideology and alias, put the
value's words in "value" and leave "object" null. "quote" must be copied character for
character from the article: the shortest sentence or clause that states the claim. Leave out
anything the article denies or only implies. Use the article's own words; add no opinions."""


@dataclass
class LLMSettings:
    url: str
    model: str = "default"
    key: str | None = None
    timeout: float = 120.0

    @classmethod
    def from_environment(cls) -> LLMSettings:
        url = os.environ.get("FACTIONMAP_LLM_URL", "").strip()
        if not url:
            raise FactionmapError(
                "the llm backend needs FACTIONMAP_LLM_URL (an OpenAI-compatible base URL)"
            )
        return cls(
            url=url.rstrip("/"),
            model=os.environ.get("FACTIONMAP_LLM_MODEL", "default"),
            key=os.environ.get("FACTIONMAP_LLM_KEY") or None,
        )


@dataclass
class LLMExtractor:
    """Proposals from a model, each grounded in the text or rejected and counted."""

    settings: LLMSettings
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    stats: Counter[str] = field(default_factory=Counter)
    name: str = EXTRACTOR

    def __call__(self, document: Document) -> list[Claim]:
        claims: dict[tuple[Any, ...], Claim] = {}
        for offset, chunk in chunks(document.text):
            for proposal in self._ask(chunk):
                self.stats["proposed"] += 1
                claim = self._ground(proposal, document, offset, chunk)
                if claim is not None:
                    self.stats["accepted"] += 1
                    claims.setdefault(_identity(claim), claim)
        return sorted(claims.values(), key=lambda c: c.sort_key)

    def _ask(self, text: str) -> list[dict[str, Any]]:
        headers = {"Authorization": f"Bearer {self.settings.key}"} if self.settings.key else {}
        body = {
            "model": self.settings.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": INSTRUCTIONS % ", ".join(vocabulary())},
                {"role": "user", "content": text},
            ],
        }
        try:
            response = httpx.post(
                f"{self.settings.url}/chat/completions",
                json=body,
                headers=headers,
                timeout=self.settings.timeout,
            )
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except httpx.HTTPStatusError as exc:
            raise FactionmapError(
                f"the llm server answered {exc.response.status_code} at {self.settings.url}"
            ) from exc
        except httpx.HTTPError as exc:
            raise FactionmapError(f"cannot reach the llm server at {self.settings.url}") from exc
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise FactionmapError("the llm server's answer is not a chat completion") from exc
        return _proposals(str(content), self.stats)

    def _ground(
        self, proposal: dict[str, Any], document: Document, offset: int, chunk: str
    ) -> Claim | None:
        quote = proposal.get("quote")
        predicate = proposal.get("predicate")
        spec = vocabulary().get(str(predicate))
        if not isinstance(quote, str) or not quote.strip():
            self.stats["rejected: no quote"] += 1
            return None
        position = chunk.find(quote)
        if position < 0:
            self.stats["rejected: quote not in the text"] += 1
            return None
        if spec is None:
            self.stats["rejected: unknown predicate"] += 1
            return None
        subject = self._actor(proposal.get("subject"), proposal.get("subject_kind"))
        if subject is None:
            self.stats["rejected: no subject"] += 1
            return None
        target: ActorRef | None = None
        value: dict[str, Any] | None = None
        if spec.entity_valued:
            kind = "place" if spec.object == "place" else proposal.get("object_kind")
            target = self._actor(proposal.get("object"), kind)
            if target is None:
                self.stats["rejected: no object"] += 1
                return None
        else:
            value = _value(spec.object, proposal.get("value"), quote, document.published)
            if value is None:
                self.stats["rejected: value not in the quote"] += 1
                return None
        start = offset + position
        evidence = Evidence(document.id, start, start + len(quote), quote)
        return Claim(
            subject=subject,
            predicate=spec.name,
            object=target,
            value=value,
            evidence=(evidence,),
            document=document.reference(),
            extractor=self.name,
            confidence=BASE_CONFIDENCE,
        )

    def _actor(self, name: object, kind: object) -> ActorRef | None:
        if not isinstance(name, str) or not name.strip():
            return None
        mention = name.strip()
        if kind == "place":
            return ActorRef(f"fm:{slug(mention)}", mention, mention, "place")
        found = sorted(self.gazetteer.lookup(mention))
        if len(found) == 1:
            spec = self.gazetteer.actors[found[0]]
            return ActorRef(spec.reference_id, spec.name, mention, spec.kind)
        chosen: ActorKind = kind if kind in KINDS else "other"
        return ActorRef(f"fm:{slug(mention)}", mention, mention, chosen)


def chunks(text: str, size: int = CHUNK_CHARACTERS) -> list[tuple[int, str]]:
    """Pieces of at most ``size`` characters, cut after a blank line where one is near."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end)
            end = cut + 2 if cut > 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _proposals(content: str, stats: Counter[str]) -> list[dict[str, Any]]:
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        stats["rejected: answer is not JSON"] += 1
        return []
    claims = data.get("claims") if isinstance(data, dict) else data
    if not isinstance(claims, list):
        stats["rejected: answer is not JSON"] += 1
        return []
    return [c for c in claims if isinstance(c, dict)]


def _value(kind: str, proposed: object, quote: str, published: str | None) -> dict[str, Any] | None:
    """A literal read from the quote itself, never from the model's paraphrase alone."""
    if kind == "date":
        dates = find_dates(quote, published)
        return dict(dates[0].value) if dates else None
    if kind == "size":
        sizes = find_sizes(quote)
        if not sizes:
            return None
        size = sizes[0]
        return {"low": size.low, "high": size.high, "unit": size.unit}
    if isinstance(proposed, str) and proposed.strip() and proposed.strip() in quote:
        return {"text": proposed.strip()}
    return None


def _identity(claim: Claim) -> tuple[Any, ...]:
    target = claim.object.id if claim.object else json.dumps(claim.value, sort_keys=True)
    first = claim.evidence[0]
    return (claim.subject.id, claim.predicate, target, first.start, first.end)
