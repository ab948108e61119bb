"""POST /match/{dataset}: matching in the shape of yente's API, so screening tools can ask
factionmap whether a name is a known armed group or coalition.

The request and response follow yente (`queries` of FollowTheMoney examples in, one block of
scored results per query out); entity ids are those of the FtM export (`fm:hts` becomes
`fm-hts`). Scoring is factionmap's own name matching (`views.matching`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status
from followthemoney import model
from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator

from factionmap.export.formats import ftm_id
from factionmap.views import View
from factionmap.views.matching import kinds_for_schema, match_names
from factionmap.views.search import MIN_SCORE
from factionmap.web.api import BAD_BODY
from factionmap.web.inputs import user_errors
from factionmap.web.schemas import ErrorOut
from factionmap.web.site import Site

DATASETS = ("default", "factionmap")
DATASET = "factionmap"
# FtM properties whose values are names to match.
NAME_PROPERTIES = ("name", "alias", "previousName", "weakAlias")
MAX_VALUES = 50
SCHEMATA: list[JsonValue] = [name for name in sorted(model.schemata)]


class EntityExample(BaseModel):
    """What to look for: a schema and properties, as in yente (values may be one string)."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)

    id: str | None = Field(default=None, max_length=200)
    schema_: str = Field(
        alias="schema",
        examples=["Organization", "Person"],
        json_schema_extra={"enum": SCHEMATA},
    )
    properties: dict[str, list[Annotated[str, Field(max_length=500)]] | str] = Field(
        default_factory=dict,
        max_length=MAX_VALUES,
        examples=[{"name": ["Hayat Tahrir al-Sham"]}],
    )

    @field_validator("schema_")
    @classmethod
    def known_schema(cls, value: str) -> str:
        if value not in model.schemata:
            raise ValueError("must be a FollowTheMoney schema, such as Organization or Person")
        return value

    @field_validator("properties")
    @classmethod
    def few_values(cls, value: dict[str, list[str] | str]) -> dict[str, list[str] | str]:
        if sum(1 if isinstance(v, str) else len(v) for v in value.values()) > MAX_VALUES:
            raise ValueError(f"at most {MAX_VALUES} property values per query")
        if any(isinstance(v, str) and len(v) > 500 for v in value.values()):
            raise ValueError("property values are at most 500 characters")
        return value

    def names(self) -> list[str]:
        found: list[str] = []
        for prop in NAME_PROPERTIES:
            values = self.properties.get(prop, [])
            found += [values] if isinstance(values, str) else values
        return found


class MatchRequest(BaseModel):
    queries: dict[str, EntityExample] = Field(max_length=100)


class MatchResult(BaseModel):
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)

    id: str = Field(description="FollowTheMoney id, as in factionmap's FtM export.")
    caption: str
    schema_: str = Field(alias="schema")
    properties: dict[str, list[str]]
    datasets: list[str]
    referents: list[str] = Field(description="Ids of the other stored actors merged into it.")
    target: bool
    score: float
    match: bool = Field(description="Whether the score reaches the threshold.")
    features: dict[str, float]


class Total(BaseModel):
    value: int
    relation: Literal["eq"] = "eq"


class QueryMatches(BaseModel):
    status: int = 200
    results: list[MatchResult]
    total: Total
    query: EntityExample


class MatchResponse(BaseModel):
    responses: dict[str, QueryMatches]
    limit: int


def build_router(site: Site) -> APIRouter:
    router = APIRouter(tags=["matching"])

    @router.post(
        "/match/{dataset}",
        summary="Match entities against known actors (yente-compatible)",
        response_model_by_alias=True,
        responses={
            **BAD_BODY,
            404: {"model": ErrorOut, "description": "No such dataset"},
        },
    )
    def match(
        dataset: Annotated[str, Path(description="`default` or `factionmap`.")],
        body: MatchRequest,
        limit: Annotated[int, Query(ge=1, le=100, description="Results per query.")] = 5,
        threshold: Annotated[
            float, Query(ge=0, le=1, description="Score from which a result is a match.")
        ] = 0.9,
        cutoff: Annotated[
            float, Query(ge=0, le=1, description="Scores below this are left out.")
        ] = MIN_SCORE,
    ) -> MatchResponse:
        if dataset not in DATASETS:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no dataset {dataset!r}")
        view = View(site.store)
        responses: dict[str, QueryMatches] = {}
        for key, example in body.queries.items():
            with user_errors(status.HTTP_422_UNPROCESSABLE_CONTENT):
                kinds = kinds_for_schema(example.schema_)
            found = match_names(view, example.names(), kinds, limit=limit, cutoff=cutoff)
            results = [
                MatchResult(
                    id=ftm_id(m.actor.id),
                    caption=m.actor.name,
                    schema="Person" if m.actor.kind == "person" else "Organization",
                    properties={"name": [m.actor.name], "alias": list(m.names)},
                    datasets=[DATASET],
                    referents=[ftm_id(i) for i in m.ids if i != m.actor.id],
                    target=False,
                    score=m.score,
                    match=m.score >= threshold,
                    features={"name_similarity": m.score},
                )
                for m in found
            ]
            responses[key] = QueryMatches(
                results=results, total=Total(value=len(results)), query=example
            )
        return MatchResponse(responses=responses, limit=limit)

    return router
