"""Response bodies of the knowledge-base endpoints (profiles, search, rosters, conflicts,
coalition graphs, judgements) and the functions that fill them from the views' records.

The converters only copy fields; every decision (what is a member on a date, which sources
disagree) was made by the views.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factionmap.model import Judgement
from factionmap.store.graph import ActorRecord
from factionmap.views.coalitions import CoalitionGraph, CoalitionSummary
from factionmap.views.conflicts import Conflict
from factionmap.views.profile import fact_json
from factionmap.views.roster import Roster, RosterEntry, describe
from factionmap.views.search import SearchHit
from factionmap.web.schemas import STORABLE_PATTERN, ActorOut, ClaimOut, storable_text
from factionmap.web.templating import actor_href, coalition_href, predicate_label


class ActorBriefOut(BaseModel):
    id: str
    name: str = Field(description="Canonical name after resolution and judgements.")
    kind: str


class SourceOut(BaseModel):
    document: str = Field(description="Id of the document.")
    source: str | None = Field(description="The outlet.")
    published: str | None
    url: str | None


class FactOut(BaseModel):
    """What one or more claims state alike (same subject, predicate and object or value)."""

    subject: ActorOut
    predicate: str
    object: ActorOut | None
    value: dict[str, Any] | None
    valid_from: str | None
    valid_to: str | None
    confidence: float = Field(description="Corroborated across independent outlets.")
    accepted: bool = Field(description="A person accepted one of the claims.")
    sources: list[SourceOut]
    claims: list[ClaimOut]


class SeenInOut(BaseModel):
    document: str
    source: str | None
    published: str | None


class AliasOut(BaseModel):
    text: str
    gazetteer: bool = Field(description="The name is in the reference gazetteer.")
    seen_in: list[SeenInOut] = Field(description="Documents that use this name.")


class MergeOut(BaseModel):
    judgement: int
    kept: str
    merged: str | None
    author: str
    score: float | None = Field(description="The resolver's score; null for a person's merge.")
    reason: str | None


class ProfileOut(BaseModel):
    id: str
    name: str
    kind: str
    ids: list[str] = Field(description="Every stored id merged into this actor, its own included.")
    aliases: list[AliasOut]
    sections: dict[str, list[FactOut]] = Field(
        description="Facts by section title (Members, Founded, Size, …); empty ones left out."
    )
    merges: list[MergeOut]
    page: str = Field(description="Path of the actor's page in the web UI.")


class SearchHitOut(BaseModel):
    id: str
    name: str
    kind: str
    score: float = Field(ge=0, le=1)
    alias: str = Field(description="The name that matched best.")
    why: str = Field(description="How it matched, in words.")
    claims: int
    page: str


class RosterEntryOut(BaseModel):
    member: ActorOut
    relation: str = Field(description="member_of, or merged_into for a founding merger.")
    since: str | None
    since_basis: str
    until: str | None
    until_basis: str | None
    first_seen: str | None
    last_seen: str | None
    confidence: float
    description: str
    claims: list[ClaimOut] = Field(description="The claims that make it a member.")
    exit_claims: list[ClaimOut] = Field(description="Claims that it split from the coalition.")


class RosterOut(BaseModel):
    coalition: ActorBriefOut
    at: str | None
    members: list[RosterEntryOut] = Field(description="Members on the date (or now).")
    former: list[RosterEntryOut] = Field(description="Left or dissolved by the date.")
    later: list[RosterEntryOut] = Field(description="First attested after the date.")


class SideOut(BaseModel):
    statement: str
    fact: FactOut


class ConflictOut(BaseModel):
    kind: str = Field(description="founded, dissolved, size, membership or armed_wing_of.")
    subject: ActorOut
    summary: str
    sides: list[SideOut]


class CoalitionOut(BaseModel):
    id: str
    name: str
    kind: str
    claims: int
    page: str


class TimelineNodeOut(BaseModel):
    id: str
    label: str
    kind: str
    role: Literal["coalition", "member", "related"]


class TimelineEdgeOut(BaseModel):
    id: str
    source: str
    target: str
    predicate: str
    label: str
    claim: str = Field(description="The first claim of the edge; its page shows the quote.")
    claims: list[str]
    since: str | None = Field(description="Start of the membership (membership edges only).")
    until: str | None = Field(description="End of the membership (membership edges only).")


class TimelineStepOut(BaseModel):
    at: str = Field(description="YYYY-MM (or YYYY over long periods).")
    visible: list[str] = Field(description="Ids of the nodes drawn at this step.")
    members: list[str] = Field(description="Ids of the members at this step, by name.")


class CoalitionGraphOut(BaseModel):
    coalition: ActorBriefOut
    nodes: list[TimelineNodeOut]
    edges: list[TimelineEdgeOut]
    steps: list[TimelineStepOut]
    initial: int = Field(ge=0, description="The step to show first.")


# --- Judgements ------------------------------------------------------------------------


class _Written(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def storable(cls, value: object) -> object:
        return storable_text(value) if isinstance(value, str) else value


def _actor_field(description: str) -> Any:
    return Field(min_length=1, max_length=200, pattern=STORABLE_PATTERN, description=description)


def _reason_field() -> Any:
    return Field(default=None, max_length=2000, pattern=STORABLE_PATTERN)


def _author_field() -> Any:
    return Field(
        default=None,
        min_length=1,
        max_length=200,
        pattern=STORABLE_PATTERN,
        description='Who decides; "api" when not given.',
    )


class MergeIn(_Written):
    """Two actors are one; `target`'s name is kept unless `other` is a reference actor."""

    kind: Literal["merge"]
    target: str = _actor_field("The actor kept, by id or name.")
    other: str = _actor_field("The actor that is the same, by id or name.")
    reason: str | None = _reason_field()
    author: str | None = _author_field()


class SplitIn(_Written):
    """Separate an actor from every actor merged with it."""

    kind: Literal["split"]
    target: str = _actor_field("The actor to separate, by id or name.")
    reason: str | None = _reason_field()
    author: str | None = _author_field()


class VerdictIn(_Written):
    """Accept a claim (it counts as certain) or reject it (it is left out everywhere)."""

    kind: Literal["accept", "reject"]
    target: str = _actor_field("The claim's id (claim:…).")
    reason: str | None = _reason_field()
    author: str | None = _author_field()


JudgementIn = Annotated[MergeIn | SplitIn | VerdictIn, Field(discriminator="kind")]


class UndoIn(_Written):
    reason: str | None = _reason_field()
    author: str | None = _author_field()


class JudgementOut(BaseModel):
    id: int
    kind: str
    target: str
    other: str | None
    author: str
    reason: str | None
    created_at: str
    score: float | None
    active: bool = Field(description="False once undone (or switched off by a split).")
    undone_by: int | None


# --- From the views' records --------------------------------------------------------------


def brief(record: ActorRecord) -> ActorBriefOut:
    return ActorBriefOut(id=record.id, name=record.name, kind=record.kind)


def profile_out(data: dict[str, Any]) -> ProfileOut:
    """From `views.profile.profile_json`."""
    return ProfileOut.model_validate({**data, "page": actor_href(str(data["id"]))})


def hit_out(hit: SearchHit) -> SearchHitOut:
    return SearchHitOut(
        id=hit.actor.id,
        name=hit.actor.name,
        kind=hit.actor.kind,
        score=hit.score,
        alias=hit.alias,
        why=hit.why,
        claims=hit.claims,
        page=actor_href(hit.actor.id),
    )


def entry_out(entry: RosterEntry) -> RosterEntryOut:
    return RosterEntryOut(
        member=ActorOut.model_validate(entry.member.to_json()),
        relation=entry.relation,
        since=entry.since,
        since_basis=entry.since_basis,
        until=entry.until,
        until_basis=entry.until_basis,
        first_seen=entry.first_seen,
        last_seen=entry.last_seen,
        confidence=entry.confidence,
        description=describe(entry),
        claims=[ClaimOut.model_validate(c.to_json()) for c in entry.claims],
        exit_claims=[ClaimOut.model_validate(c.to_json()) for c in entry.exit_claims],
    )


def roster_out(found: Roster) -> RosterOut:
    return RosterOut(
        coalition=brief(found.coalition),
        at=found.at,
        members=[entry_out(e) for e in found.members],
        former=[entry_out(e) for e in found.former],
        later=[entry_out(e) for e in found.later],
    )


def conflict_out(conflict: Conflict) -> ConflictOut:
    return ConflictOut(
        kind=conflict.kind,
        subject=ActorOut.model_validate(conflict.subject.to_json()),
        summary=conflict.summary,
        sides=[
            SideOut(statement=s.statement, fact=FactOut.model_validate(fact_json(s.fact)))
            for s in conflict.sides
        ],
    )


def coalition_out(summary: CoalitionSummary) -> CoalitionOut:
    return CoalitionOut(
        id=summary.actor.id,
        name=summary.actor.name,
        kind=summary.actor.kind,
        claims=summary.claims,
        page=coalition_href(summary.actor.id),
    )


def coalition_graph_out(found: CoalitionGraph) -> CoalitionGraphOut:
    edges = []
    for edge in found.edges:
        assert edge.fact.object is not None
        claims = [c.id for c in edge.fact.claims]
        edges.append(
            TimelineEdgeOut(
                id=edge.id,
                source=edge.fact.subject.id,
                target=edge.fact.object.id,
                predicate=edge.fact.predicate,
                label=predicate_label(edge.fact.predicate),
                claim=claims[0],
                claims=claims,
                since=edge.since,
                until=edge.until,
            )
        )
    return CoalitionGraphOut(
        coalition=brief(found.coalition),
        nodes=[
            TimelineNodeOut(id=n.actor.id, label=n.actor.name, kind=n.actor.kind, role=n.role)
            for n in found.nodes
        ],
        edges=edges,
        steps=[
            TimelineStepOut(at=s.at, visible=sorted(s.visible), members=list(s.members))
            for s in found.steps
        ],
        initial=found.initial,
    )


def judgement_out(judgement: Judgement) -> JudgementOut:
    return JudgementOut(
        id=judgement.id,
        kind=judgement.kind,
        target=judgement.target,
        other=judgement.other,
        author=judgement.author,
        reason=judgement.reason,
        created_at=judgement.created_at,
        score=judgement.score,
        active=judgement.active,
        undone_by=judgement.undone_by,
    )
