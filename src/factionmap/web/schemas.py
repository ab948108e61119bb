"""The HTTP API's request and response bodies; they are what the OpenAPI schema publishes.

Claims keep the shape of SPEC section 3 (the JSON Lines contract), plus their id and status.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

# spaCy refuses longer texts by default; an article is far shorter.
MAX_TEXT_CHARACTERS = 1_000_000


def storable_text(value: str) -> str:
    """The value if the database can hold it, else ValueError (a 422 for the request).

    Neither NUL (PostgreSQL text cannot hold it) nor lone surrogates (not UTF-8) can be
    stored; they are refused as bad input rather than failing in the database.
    """
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return value


# What `storable_text` lets through, published as each field's pattern so that clients (and
# schema-driven tests) know that NUL is refused.
STORABLE_PATTERN = r"^[^\x00]*$"
# The same, with at least one character that is not white space (an article's text).
TEXT_PATTERN = r"^[^\x00]*[^\x00\s][^\x00]*$"


class ErrorOut(BaseModel):
    detail: str = Field(description="What went wrong, in one line.")


class ActorOut(BaseModel):
    id: str = Field(description="Stable id: a reference id such as a Wikidata QID, or fm:<slug>.")
    name: str = Field(description="Canonical name after resolution.")
    mention: str = Field(description="The words the source used for this actor.")
    kind: str


class EvidenceOut(BaseModel):
    document: str = Field(description="Id of the document the quote is from.")
    start: int = Field(ge=0, description="Offset of the quote's first character (0-based).")
    end: int = Field(ge=0, description="Offset just past the quote's last character.")
    quote: str = Field(description="Exactly text[start:end] of the document's normalized text.")


class DocumentRefOut(BaseModel):
    id: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None


class ClaimOut(BaseModel):
    id: str
    subject: ActorOut
    predicate: str
    object: ActorOut | None = Field(description="Null exactly when the predicate takes a value.")
    value: dict[str, Any] | None = Field(description="Null exactly when `object` is set.")
    valid_from: str | None
    valid_to: str | None
    evidence: list[EvidenceOut]
    document: DocumentRefOut
    extractor: str
    confidence: float
    status: str = Field(description="extracted, accepted or rejected.")


class DocumentSummaryOut(BaseModel):
    id: str
    origin: str = Field(description="The file, URL or feed the document was read from.")
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    characters: int
    claims: int


class DocumentOut(BaseModel):
    id: str
    origin: str
    url: str | None
    title: str | None
    source: str | None
    author: str | None
    published: str | None
    retrieved: str | None
    content_type: str
    text: str = Field(description="Normalized text (NFC, \\n newlines) that all offsets refer to.")
    claims: list[ClaimOut]


class ActorSummaryOut(BaseModel):
    id: str
    name: str
    kind: str
    claims: int = Field(description="Stored claims naming the actor as subject or object.")


class GraphNodeOut(BaseModel):
    id: str
    label: str
    kind: str


class GraphEdgeOut(BaseModel):
    id: str
    source: str
    target: str
    predicate: str
    label: str
    claim: str = Field(description="Id of the claim the edge stands for.")


class GraphOut(BaseModel):
    nodes: list[GraphNodeOut]
    edges: list[GraphEdgeOut]


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARACTERS,
        pattern=TEXT_PATTERN,
        description="Article text.",
    )
    title: str | None = Field(default=None, max_length=1000, pattern=STORABLE_PATTERN)
    source: str | None = Field(
        default=None, max_length=300, pattern=STORABLE_PATTERN, description="Outlet name."
    )
    author: str | None = Field(default=None, max_length=300, pattern=STORABLE_PATTERN)
    # A string checked here rather than a `date`, which would also take a number of seconds
    # since 1970 ("published": 0) as a date.
    published: str | None = Field(
        default=None,
        json_schema_extra={"format": "date"},
        description="Publication date, ISO 8601 (2024-01-15).",
    )
    url: HttpUrl | None = Field(default=None, description="Where the article was published.")

    @field_validator("text", "title", "source", "author")
    @classmethod
    def storable(cls, value: str | None) -> str | None:
        return None if value is None else storable_text(value)

    @field_validator("published")
    @classmethod
    def iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueError("must be a date like 2024-01-15") from None

    @field_validator("text")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must contain more than white space")
        return value

    def meta(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "source": self.source,
            "author": self.author,
            "published": self.published,
            "url": str(self.url) if self.url else None,
        }


class IngestOut(BaseModel):
    document_id: str
    status: Literal["new", "unchanged"]
    title: str | None
    claims: int = Field(description="Claims extracted and stored (0 when unchanged).")
    page: str = Field(description="Path of the document's page in the web UI.")
