"""`claims`: stored claims filtered by actor, predicate, outlet and date, in three formats."""

from __future__ import annotations

import csv
import re
from typing import TextIO

from factionmap.errors import InputError
from factionmap.extract.vocabulary import vocabulary
from factionmap.store import graph
from factionmap.views.context import ResolvedClaim, View
from factionmap.views.facts import value_text

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PREDICATES: tuple[str, ...] = tuple(vocabulary())
CSV_COLUMNS = (
    "claim_id",
    "subject_id",
    "subject",
    "subject_mention",
    "predicate",
    "object_id",
    "object",
    "object_mention",
    "value",
    "valid_from",
    "valid_to",
    "confidence",
    "status",
    "document_id",
    "source",
    "published",
    "url",
    "title",
    "evidence_start",
    "evidence_end",
    "quote",
)


def check_date(value: str, name: str = "date") -> str:
    """The value if it is an ISO date prefix (2017, 2017-03, 2017-03-01), else InputError."""
    if not ISO_DATE.match(value):
        raise InputError(f"{name} {value!r} is not a date like 2017, 2017-03 or 2017-03-01")
    return value


def check_predicate(value: str) -> str:
    """The value if the vocabulary has this predicate, else InputError naming the known ones."""
    if value not in PREDICATES:
        raise InputError(f"unknown predicate {value!r}; use one of: {', '.join(PREDICATES)}")
    return value


def list_claims(
    view: View,
    actor: str | None = None,
    predicate: str | None = None,
    source: str | None = None,
    since: str | None = None,
) -> list[ResolvedClaim]:
    if since is not None and not ISO_DATE.match(since):
        raise InputError(f"--since {since!r} is not a date like 2017, 2017-03 or 2017-03-01")
    predicates = {predicate} if predicate else None
    involving = None
    if actor is not None:
        record = view.find(actor)
        involving = view.identity.members(record.id)
    rows = graph.claims(
        view.store, involving=involving, predicates=predicates, source=source, since=since
    )
    return view.resolve(rows)


def claim_row(claim: ResolvedClaim) -> dict[str, object]:
    first = claim.evidence[0] if claim.evidence else None
    return {
        "claim_id": claim.id,
        "subject_id": claim.subject.id,
        "subject": claim.subject.name,
        "subject_mention": claim.subject.mention,
        "predicate": claim.predicate,
        "object_id": claim.object.id if claim.object else "",
        "object": claim.object.name if claim.object else "",
        "object_mention": claim.object.mention if claim.object else "",
        "value": value_text(claim.predicate, claim.value),
        "valid_from": claim.valid_from or "",
        "valid_to": claim.valid_to or "",
        "confidence": f"{claim.confidence:.2f}",
        "status": claim.status,
        "document_id": claim.document.id,
        "source": claim.document.source or "",
        "published": claim.document.published or "",
        "url": claim.document.url or "",
        "title": claim.document.title or "",
        "evidence_start": first.start if first else "",
        "evidence_end": first.end if first else "",
        "quote": first.quote if first else "",
    }


def write_claims_csv(claims: list[ResolvedClaim], stream: TextIO) -> None:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow(claim_row(claim))
