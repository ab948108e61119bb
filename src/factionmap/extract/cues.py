"""Cue phrases (data/cues.yaml) compiled once into regular expressions, validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from factionmap.errors import FactionmapError
from factionmap.extract.names import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data"
Shape = Literal[
    "forward",
    "members_right",
    "possessive",
    "merged_right",
    "merge_form",
    "split_form",
    "person_left",
    "possessor_person",
    "appointed",
    "between",
    "reciprocal",
]


class _RelationCue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    shape: Shape
    patterns: list[str]
    object_kind: str | None = None
    # "from": a date stated with the cue ("joined HTS in 2019") starts the relation;
    # "to": it ends it ("left HTS on 20 July 2017"), and the cue word is no negation.
    dated: Literal["from", "to"] | None = None


class _Ideology(BaseModel):
    model_config = ConfigDict(extra="forbid")
    terms: list[str]
    heads: str


class _Negation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    before: str
    after: str


class _Anaphora(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pronouns: list[str]
    plural_pronouns: list[str]
    nouns: list[str]
    coalition_nouns: list[str]


class _CueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    relations: dict[str, list[_RelationCue]]
    founded: list[str]
    dissolved: list[str]
    operates_in: list[str]
    size: list[str]
    ideology: _Ideology
    negation: _Negation
    hedging: str
    anaphora: _Anaphora
    infobox: dict[str, str]
    alias: list[str]
    leader_titles: list[str]
    title_modifiers: list[str]
    member_roles: list[str]
    member_modifiers: list[str]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?<![\w-])|(?=['’]))(?:{pattern})(?![\w-])", re.IGNORECASE)


def _any(patterns: list[str]) -> re.Pattern[str]:
    return _compile("|".join(f"(?:{p})" for p in patterns))


def _alternation(words: list[str]) -> str:
    """Longest first, spaces and hyphens interchangeable: '(?:commander-in-chief|leader)'."""
    ordered = sorted(words, key=len, reverse=True)
    return (
        "(?:"
        + "|".join(re.escape(w).replace("\\ ", "[\\s-]").replace("\\-", "[\\s-]") for w in ordered)
        + ")"
    )


@dataclass(frozen=True)
class RelationCue:
    predicate: str
    shape: Shape
    pattern: re.Pattern[str]
    object_kind: str | None = None
    dated: str | None = None


@dataclass(frozen=True)
class Cues:
    relations: tuple[RelationCue, ...]
    founded: re.Pattern[str]
    dissolved: re.Pattern[str]
    operates_in: re.Pattern[str]
    ideology_terms: re.Pattern[str]
    ideology_heads: re.Pattern[str]
    negation_before: re.Pattern[str]
    negation_after: re.Pattern[str]
    hedging: re.Pattern[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    anaphor_nouns: frozenset[str]
    coalition_nouns: frozenset[str]
    infobox: tuple[tuple[str, re.Pattern[str]], ...]
    # an infobox label alone on its line, its value on the next ("Leaders" / "Omar Kanza")
    label_line: re.Pattern[str]
    alias: re.Pattern[str]
    title: re.Pattern[str]
    # "a former EOKA gunman", "a senior ONLF member": a person's place in a group
    member_role: re.Pattern[str]


def _field_label(label: str) -> str:
    """An infobox label as pages write it: 'Leader(s):', 'Area(s) of operation:', or the
    label and a tab ('Founded<TAB>2017')."""
    plural = label.replace("\\s+", r"(?:\(s\))?\s+")
    # "Main areas", "Principal leaders": a label with a word that ranks it
    rank = r"(?:(?:main|principal|primary|chief|key)\s+)?"
    # "Main Yemeni opponents:", "Foreign backers:": a word that says whose
    rank += r"(?:(?-i:[A-Z][a-z]+(?:i|an|ese|ish))\s+|(?:local|foreign|regional|domestic)\s+)?"
    # "Its members: A, B and C": a factbox's bullet may open on the subject's pronoun
    owner = r"(?:(?:its|their)\s+)?"
    return rf"^\W*{owner}{rank}(?:{plural})(?:\(s\))?(?:\s*[:：]|[ ]*[\t\n])\s*"


def _label_line(labels: list[str]) -> str:
    plural = "|".join(label.replace("\\s+", r"(?:\(s\))?\s+") for label in labels)
    return rf"\s*(?:{plural})(?:\(s\))?\s*"


@cache
def load_cues(path: Path | None = None) -> Cues:
    source = path or DATA / "cues.yaml"
    try:
        parsed = _CueFile.model_validate(load_yaml(source.read_text(encoding="utf-8")))
        # 'Its "national emir" was X': a title in quotation marks is still a title
        words = {
            "title": f'(?:{_alternation(parsed.leader_titles)})["”’]?',
            "modifier": f'["“‘]?(?:{_alternation(parsed.title_modifiers)}\\s+)*',
            "member_role": _alternation(parsed.member_roles),
            "member_modifier": _alternation(parsed.member_modifiers),
        }
        relations = tuple(
            RelationCue(
                predicate,
                cue.shape,
                _any([p.format(**words) for p in cue.patterns]),
                cue.object_kind,
                cue.dated,
            )
            for predicate, cues in parsed.relations.items()
            for cue in cues
        )
        terms = sorted(parsed.ideology.terms, key=len, reverse=True)
        return Cues(
            relations=relations,
            founded=_any([p.format(**words) for p in parsed.founded]),
            dissolved=_any([p.format(**words) for p in parsed.dissolved]),
            operates_in=_any([p.format(**words) for p in parsed.operates_in]),
            ideology_terms=_any([re.escape(t).replace("\\-", "[-\\s]?") for t in terms]),
            ideology_heads=_compile(parsed.ideology.heads),
            negation_before=re.compile(parsed.negation.before, re.IGNORECASE),
            negation_after=re.compile(parsed.negation.after, re.IGNORECASE),
            hedging=re.compile(parsed.hedging, re.IGNORECASE),
            pronouns=frozenset(parsed.anaphora.pronouns),
            plural_pronouns=frozenset(parsed.anaphora.plural_pronouns),
            anaphor_nouns=frozenset(parsed.anaphora.nouns),
            coalition_nouns=frozenset(parsed.anaphora.coalition_nouns),
            infobox=tuple(
                (predicate, re.compile(_field_label(label), re.IGNORECASE))
                for predicate, label in parsed.infobox.items()
            ),
            label_line=re.compile(_label_line(list(parsed.infobox.values())), re.IGNORECASE),
            alias=_any([p.format(**words) for p in parsed.alias]),
            title=_compile(words["modifier"] + words["title"]),
            member_role=re.compile(
                r"\s*(?:an?|another)\s+(?:(?:"
                + words["member_modifier"]
                + r"|(?-i:[A-Z][\w'’-]*))\s+)*"
                r"(?:members?\b(?!\s+(?:groups?|factions?|organi[sz]ations?))|"
                + words["member_role"]
                + r"\b)",
                re.IGNORECASE,
            ),
        )
    except (OSError, yaml.YAMLError, ValidationError, re.error) as exc:
        raise FactionmapError(f"cannot load cue phrases from {source.name}: {exc}") from exc
