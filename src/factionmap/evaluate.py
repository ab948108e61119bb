"""Scoring extraction against hand-made gold files (SPEC section 5).

A gold file names each actor by every surface form the article uses; an extracted claim
matches a gold row when its subject and object are among those forms (compared by name
key), the predicate is the same (either direction for symmetric ones) and its value
agrees: dates at the gold's precision, sizes by low/high, ideology by containment.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factionmap.errors import InputError
from factionmap.extract.mentions import PERSON_TITLES
from factionmap.extract.names import name_key
from factionmap.extract.vocabulary import vocabulary
from factionmap.ingest import IngestLimits, ReadFailure, read_sources
from factionmap.model import Claim, Document

Row = tuple[str, str, Any]


class GoldFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    published: str | None = None
    actors: dict[str, list[str]] = Field(default_factory=dict)
    places: dict[str, list[str]] = Field(default_factory=dict)
    required: list[list[Any]] = Field(default_factory=list)
    optional: list[list[Any]] = Field(default_factory=list)


@dataclass
class PredicateScore:
    true_positives: int = 0
    false_positives: int = 0
    required: int = 0
    hits: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    files: int = 0
    claims: int = 0
    grounded: int = 0
    overall: PredicateScore = field(default_factory=PredicateScore)
    predicates: dict[str, PredicateScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def grounding(self) -> float:
        return self.grounded / self.claims if self.claims else 1.0

    def to_json(self) -> dict[str, Any]:
        def score(s: PredicateScore) -> dict[str, Any]:
            return {
                **asdict(s),
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }

        return {
            "files": self.files,
            "claims": self.claims,
            "grounding": round(self.grounding, 4),
            "overall": score(self.overall),
            "predicates": {k: score(v) for k, v in sorted(self.predicates.items())},
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


def repository_root(start: Path) -> Path:
    for folder in [start, *start.parents]:
        if (folder / "pyproject.toml").exists() or (folder / ".git").exists():
            return folder
    return start


def load_gold(path: Path) -> tuple[GoldFile, Path]:
    try:
        gold = GoldFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise InputError(f"{path}: not a valid gold file: {str(exc).splitlines()[0]}") from exc
    known = vocabulary()
    for row in gold.required + gold.optional:
        if len(row) != 3 or row[1] not in known:
            raise InputError(f"{path}: bad gold row {row!r}")
    text_path = repository_root(path.resolve().parent) / gold.text
    return gold, text_path


def read_article(path: Path, published: str | None) -> Document:
    for item in read_sources([str(path)], IngestLimits()):
        if isinstance(item, ReadFailure):
            raise InputError(f"{item.origin}: {item.reason}")
        if published and not item.published:
            return Document(**{**item.__dict__, "published": published})
        return item
    raise InputError(f"{path}: no document")


def _stem(text: str) -> str:
    words = re.findall(r"[a-z]+", name_key(text).replace("-", " "))
    return " ".join(re.sub(r"(?:isms?|ists?|istic|ic|s)$", "", w) for w in words)


def _date_matches(gold: Any, value: Mapping[str, Any]) -> bool:
    if isinstance(gold, dict):
        earliest, latest = str(gold.get("earliest", "")), str(gold.get("latest", ""))
        return (
            "earliest" in value
            and str(value["earliest"])[: len(earliest)] == earliest
            and str(value.get("latest", ""))[: len(latest)] == latest
        )
    wanted = str(gold)
    got = str(value.get("date", ""))
    return len(got) >= len(wanted) and got[: len(wanted)] == wanted


def _value_matches(predicate: str, gold: Any, value: Mapping[str, Any] | None) -> bool:
    if value is None:
        return False
    if predicate in ("founded", "dissolved"):
        return _date_matches(gold, value)
    if predicate == "size":
        if isinstance(gold, dict):
            low = int(gold.get("low", gold.get("high", -1)) or 0)
            high = int(gold.get("high", low) or 0)
        else:
            low = high = int(gold)
        return int(value.get("low", -2)) == low and int(value.get("high", -2)) == high
    text = str(value.get("text", ""))
    if predicate == "ideology":
        a, b = _stem(str(gold)), _stem(text)
        return bool(a and b) and (a in b or b in a)
    return name_key(str(gold)) == name_key(text) and bool(name_key(text))


def _untitled(key: str) -> str:
    """'general dien del' names Dien Del: a person is the same with or without a title."""
    words = key.split()
    while len(words) > 2 and words[0] in PERSON_TITLES:
        words = words[1:]
    return " ".join(words)


class _Matcher:
    def __init__(self, gold: GoldFile) -> None:
        self.actors = {
            k: {name_key(n) for n in names} | {_untitled(name_key(n)) for n in names}
            for k, names in gold.actors.items()
        }
        self.places = {k: {name_key(n) for n in names} for k, names in gold.places.items()}

    def actor_keys(self, mention: str, name: str) -> set[str]:
        keys = {name_key(mention), name_key(name)}
        keys |= {_untitled(k) for k in keys}
        return {k for k, names in self.actors.items() if names & keys}

    def place_keys(self, mention: str) -> set[str]:
        key = name_key(mention)
        found = set()
        for k, names in self.places.items():
            for name in names:
                if key == name or (
                    key and name and (f" {name} " in f" {key} " or f" {key} " in f" {name} ")
                ):
                    found.add(k)
        return found

    def matches(self, claim: Claim, row: Sequence[Any]) -> bool:
        subject, predicate, target = row
        if predicate != claim.predicate:
            return False
        subjects = self.actor_keys(claim.subject.mention, claim.subject.name)
        if claim.object is not None:
            if predicate == "operates_in":
                objects = self.place_keys(claim.object.mention)
            else:
                objects = self.actor_keys(claim.object.mention, claim.object.name)
            if subject in subjects and target in objects:
                return True
            symmetric = vocabulary()[predicate].symmetric
            return symmetric and target in subjects and subject in objects
        if subject in subjects and _value_matches(predicate, target, claim.value):
            return True
        # an alias pairs two names of one actor, whichever of them the claim is about:
        # "ZANU alias Zimbabwe African National Union" states the gold row the other way
        return (
            predicate == "alias"
            and claim.value is not None
            and name_key(claim.subject.mention) == name_key(str(target))
            and name_key(str(claim.value.get("text", ""))) in self.actors.get(subject, set())
        )


def evaluate(paths: Sequence[Path], extract: Callable[[Document], list[Claim]]) -> Report:
    report = Report()
    for path in paths:
        gold, text_path = load_gold(path)
        document = read_article(text_path, gold.published)
        claims = extract(document)
        matcher = _Matcher(gold)
        report.files += 1
        hit_rows: Counter[int] = Counter()
        for claim in claims:
            report.claims += 1
            report.grounded += all(e.is_grounded_in(document.text) for e in claim.evidence)
            score = report.predicates.setdefault(claim.predicate, PredicateScore())
            hits = [i for i, row in enumerate(gold.required) if matcher.matches(claim, row)]
            if hits:
                score.true_positives += 1
                report.overall.true_positives += 1
                hit_rows.update(hits)
            elif any(matcher.matches(claim, row) for row in gold.optional):
                continue
            else:
                score.false_positives += 1
                report.overall.false_positives += 1
                report.false_positives.append(_describe(path, claim))
        for index, row in enumerate(gold.required):
            score = report.predicates.setdefault(str(row[1]), PredicateScore())
            score.required += 1
            report.overall.required += 1
            if hit_rows[index]:
                score.hits += 1
                report.overall.hits += 1
            else:
                report.misses.append({"file": str(path), "row": row})
    return report


def _describe(path: Path, claim: Claim) -> dict[str, Any]:
    target = claim.object.mention if claim.object else claim.value
    return {
        "file": str(path),
        "subject": claim.subject.mention,
        "predicate": claim.predicate,
        "object": target,
        "quote": claim.evidence[0].quote[:200] if claim.evidence else "",
    }
