"""The predicate vocabulary, read from data/vocabulary.yaml and validated on load."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from factionmap.errors import FactionmapError
from factionmap.extract.names import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data"

ObjectRange = Literal["actor", "place", "date", "size", "text"]


class Predicate(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    label: str
    reverse: str | None = None
    object: ObjectRange
    object_kinds: tuple[str, ...] = ()
    time_bounded: bool
    symmetric: bool

    @property
    def entity_valued(self) -> bool:
        return self.object in ("actor", "place")


@cache
def vocabulary() -> dict[str, Predicate]:
    raw = load_yaml((DATA / "vocabulary.yaml").read_text(encoding="utf-8"))
    try:
        return {name: Predicate(name=name, **spec) for name, spec in raw["predicates"].items()}
    except (KeyError, TypeError, ValidationError) as exc:
        raise FactionmapError(f"data/vocabulary.yaml is invalid: {exc}") from exc
