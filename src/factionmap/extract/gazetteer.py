"""The reference gazetteer of actors (data/actors.yaml): schema, loading and lookup."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import platformdirs
import pydantic
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factionmap import __version__
from factionmap.errors import FactionmapError
from factionmap.extract.names import name_key, skeleton

DATA = Path(__file__).resolve().parent.parent / "data"
GazetteerKind = Literal["coalition", "armed_group", "movement", "person", "state", "other"]
RelationPredicate = Literal[
    "member_of",
    "armed_wing_of",
    "part_of",
    "affiliated_with",
    "split_from",
    "merged_into",
    "allied_with",
    "rival_of",
    "led_by",
    "named_after",
]
ISO_PREFIX = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class AliasSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=1)
    lang: str | None = None
    ambiguous: bool = False


class RelationSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    predicate: RelationPredicate
    object: str
    valid_from: str | None = Field(default=None, alias="from", pattern=ISO_PREFIX)
    valid_to: str | None = Field(default=None, alias="to", pattern=ISO_PREFIX)


class ActorSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    kind: GazetteerKind
    qid: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    conflicts: tuple[str, ...] = ()
    aliases: tuple[AliasSpec, ...] = ()
    founded: str | None = Field(default=None, pattern=ISO_PREFIX)
    dissolved: str | None = Field(default=None, pattern=ISO_PREFIX)
    relations: tuple[RelationSpec, ...] = ()

    @field_validator("aliases", mode="before")
    @classmethod
    def _plain_strings(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"text": str(v)} if not isinstance(v, dict) else v for v in value]
        return value

    @field_validator("founded", "dissolved", mode="before")
    @classmethod
    def _years_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @property
    def reference_id(self) -> str:
        return self.qid or f"fm:{self.id}"

    def names(self) -> Iterator[AliasSpec]:
        yield AliasSpec(text=self.name)
        yield from self.aliases


class GazetteerFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    actors: list[ActorSpec]


@dataclass(frozen=True)
class Gazetteer:
    actors: dict[str, ActorSpec]
    by_key: dict[str, frozenset[str]]
    by_skeleton: dict[str, frozenset[str]]

    def lookup(self, text: str) -> frozenset[str]:
        """Ids of every actor one of whose names has this key (more than one: ambiguous)."""
        found = self.by_key.get(name_key(text))
        if found:
            return found
        bones = skeleton(text)
        if len(bones) >= 6:
            return self.by_skeleton.get(bones, frozenset())
        return frozenset()

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        for actor in self.actors.values():
            for alias in actor.names():
                yield alias.text, actor.id


def parse_gazetteer(raw: object, origin: str) -> Gazetteer:
    try:
        parsed = GazetteerFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FactionmapError(f"{origin} is invalid at {where}: {first['msg']}") from exc
    actors: dict[str, ActorSpec] = {}
    for actor in parsed.actors:
        if actor.id in actors:
            raise FactionmapError(f"{origin}: actor id {actor.id!r} is defined twice")
        actors[actor.id] = actor
    for actor in actors.values():
        for relation in actor.relations:
            if relation.object not in actors:
                raise FactionmapError(
                    f"{origin}: {actor.id} relation {relation.predicate} points at unknown "
                    f"actor {relation.object!r}"
                )
    by_key: dict[str, set[str]] = defaultdict(set)
    by_skeleton: dict[str, set[str]] = defaultdict(set)
    for actor in actors.values():
        for alias in actor.names():
            by_key[name_key(alias.text)].add(actor.id)
            by_skeleton[skeleton(alias.text)].add(actor.id)
    return Gazetteer(
        actors=actors,
        by_key={k: frozenset(v) for k, v in by_key.items() if k},
        by_skeleton={k: frozenset(v) for k, v in by_skeleton.items() if k},
    )


@cache
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    return read_gazetteer(path or DATA / "actors.yaml", _cache_folder())


def _cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("factionmap", appauthor=False))


def read_gazetteer(source: Path, cache_folder: Path | None) -> Gazetteer:
    """The gazetteer a file holds. Parsing and validating some 300 actors takes a good part
    of start-up, so the result is kept in the user's cache folder under the hash of the
    file's bytes (and of the code's version): an edited file is read afresh, and a cache
    that cannot be read or written is simply passed by."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise FactionmapError(f"cannot read gazetteer {source}: {exc}") from exc
    digest = hashlib.sha256(data + f"{__version__}/{pydantic.VERSION}".encode()).hexdigest()
    cached = cache_folder / f"gazetteer-{digest[:24]}.pickle" if cache_folder else None
    if cached is not None:
        try:
            kept = pickle.loads(cached.read_bytes())
            if isinstance(kept, Gazetteer):
                return kept
        except Exception:  # a missing, stale or foreign cache file: rebuilt below
            pass
    try:
        # The C loader, where PyYAML has it, reads the large gazetteer several times faster.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(data.decode("utf-8"), Loader=loader)
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise FactionmapError(f"cannot read gazetteer {source}: {exc}") from exc
    gazetteer = parse_gazetteer(raw, source.name)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(partial, cached)
        except OSError:
            pass  # a read-only home: read the file again next time
    return gazetteer
