"""The one place where the stages meet: read a document, extract, resolve, store."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from factionmap import __version__
from factionmap.errors import InputError
from factionmap.extract.gazetteer import DATA, load_gazetteer
from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.ingest.text import first_line_title
from factionmap.model import Claim, Document, Judgement
from factionmap.resolve import Resolver, reference_actors
from factionmap.resolve.identity import kept_apart, merges_touching
from factionmap.resolve.resolver import names_in_text
from factionmap.store import Store, graph
from factionmap.views import View

__all__ = ["InputError", "kept_apart"]

Extractor = Callable[[Document], list[Claim]]
Status = Literal["new", "unchanged", "failed"]


@dataclass(frozen=True)
class IngestOutcome:
    origin: str
    status: Status
    document_id: str | None = None
    title: str | None = None
    claims: int = 0
    reason: str | None = None
    merges: int = 0


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the store, with the reference gazetteer loaded into it."""
    store = Store.open(url)
    sync_reference(store)
    return store


def sync_reference(store: Store) -> bool:
    gazetteer_file = DATA / "actors.yaml"
    digest = hashlib.sha256(gazetteer_file.read_bytes()).hexdigest()[:16]
    fingerprint = f"{__version__}:{digest}"
    if store.reference_fingerprint() == fingerprint:
        return False
    return store.sync_reference(reference_actors(load_gazetteer()), fingerprint)


def resolver_for(store: Store) -> Resolver:
    return Resolver(store.known_actors(), apart=kept_apart(store.judgements()))


def ingest(
    inputs: Sequence[str],
    store: Store,
    limits: IngestLimits | None = None,
    extractor: Extractor | None = None,
) -> Iterator[IngestOutcome]:
    """Ingest every input; a bad input fails alone and leaves the store as it was."""
    resolver: Resolver | None = None
    for item in read_sources(inputs, limits or IngestLimits()):
        if isinstance(item, ReadFailure):
            yield IngestOutcome(origin=item.origin, status="failed", reason=item.reason)
            continue
        if store.has_document(item.id):
            yield IngestOutcome(item.origin, "unchanged", item.id, item.title)
            continue
        if resolver is None:
            resolver = resolver_for(store)
        yield _extract_resolve_store(store, item, extractor, resolver)


def _extract_resolve_store(
    store: Store, document: Document, extractor: Extractor | None, resolver: Resolver
) -> IngestOutcome:
    """The three stages for one new document, saved in one transaction."""
    claims = extractor(document) if extractor else []
    merges = resolver.resolve(claims)
    actors = {a.id for c in claims for a in (c.subject, c.object) if a is not None}
    seen = names_in_text(document.text, resolver.names_of(actors))
    if not store.save_document(document, claims, merges, seen):
        # Another writer stored it first; what the index learnt from it is still true.
        return IngestOutcome(document.origin, "unchanged", document.id, document.title)
    return IngestOutcome(
        document.origin, "new", document.id, document.title, len(claims), None, len(merges)
    )


def merge_actors(
    store: Store, keep: str, absorb: str, author: str, reason: str | None
) -> Judgement:
    """Record that two actors are one; refused where resolution would never merge them."""
    view = View(store)
    first, second = view.find(keep), view.find(absorb)
    if first.id == second.id:
        raise InputError(f"{first.name} and {second.name} are already one actor ({first.id})")
    if "person" in (first.kind, second.kind) and first.kind != second.kind:
        raise InputError(f"will not merge a person with an organization: {first.id}, {second.id}")
    pair = {first.id, second.id}
    for claim in view.claims_involving(first.id, predicates={"armed_wing_of", "part_of"}):
        if claim.object is not None and {claim.subject.id, claim.object.id} == pair:
            raise InputError(
                f"will not merge {first.name} with {second.name}: a source calls one the "
                f"{claim.predicate.replace('_', ' ')} the other (claim {claim.id})"
            )
    return store.add_judgement("merge", first.id, author, other=second.id, reason=reason)


def split_actor(store: Store, actor: str, author: str, reason: str | None) -> Judgement:
    """Separate an actor from everything merged with it; the resolver will not merge it back."""
    judgements = store.judgements()
    known = graph.actors(store, {actor})
    actor_id = actor if known else View(store).find(actor).id
    touching = merges_touching(judgements, actor_id)
    if not touching:
        raise InputError(f"{actor_id} is not merged with any other actor")
    return store.add_judgement(
        "split", actor_id, author, reason=reason, undoes=[j.id for j in touching]
    )


def judge_claim(
    store: Store, claim: str, verdict: Literal["accept", "reject"], author: str, reason: str | None
) -> Judgement:
    if not graph.claims(store, ids={claim}):
        raise InputError(f"there is no claim {claim!r}")
    return store.add_judgement(verdict, claim, author, reason=reason)


def undo(store: Store, judgement: int, author: str, reason: str | None) -> Judgement:
    return store.undo_judgement(judgement, author, reason)


# --- Text handed over directly (the HTTP API's ingest) ---------------------------------

TEXT_META_FIELDS = ("title", "source", "published", "url", "author")


def ingest_text(
    store: Store,
    text: str,
    meta: Mapping[str, str | None],
    extractor: Extractor | None = None,
    origin: str = "api",
) -> IngestOutcome:
    """Store one text given as a string, with its claims; the same text twice is a no-op.

    `meta` may hold title, source, published (ISO date), url and author; a missing title is
    taken from the first line, as for files.
    """
    fields = {key: meta[key] for key in TEXT_META_FIELDS if meta.get(key)}
    document = Document.from_text(text, str(fields.get("url") or origin), **fields)
    if not document.text.strip():
        raise InputError("the text is empty")
    if document.title is None:
        document = replace(document, title=first_line_title(document.text))
    if store.has_document(document.id):
        return IngestOutcome(document.origin, "unchanged", document.id, document.title)
    return _extract_resolve_store(store, document, extractor, resolver_for(store))
