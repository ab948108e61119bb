"""`conflicts`: where sources disagree, with both sides' quotes, outlets and dates.

Four kinds of disagreement are looked for, always between canonical actors (so two
spellings of one group are compared as one group):
- dates: founding (or dissolution) dates that cannot both be true — "1987" and "1991";
  "1987" and "1987-12" agree, as do overlapping ranges;
- sizes: estimates in the same unit whose ranges do not overlap (they may describe
  different years; the publication dates are shown so the reader can tell);
- membership: a group called a member of a coalition in one source and its rival, or a
  group that split from it, in another;
- parentage: one group called the armed wing of two different parents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from factionmap.model import ActorRef
from factionmap.store import graph
from factionmap.views.context import ResolvedClaim, View
from factionmap.views.facts import Fact, group_facts, value_text


@dataclass(frozen=True)
class Side:
    statement: str
    fact: Fact


@dataclass(frozen=True)
class Conflict:
    kind: str
    subject: ActorRef
    summary: str
    sides: tuple[Side, ...]


def dates_agree(left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    low_a, high_a = _span(left)
    low_b, high_b = _span(right)
    return low_a <= high_b and low_b <= high_a


def _span(value: Mapping[str, Any]) -> tuple[str, str]:
    """A date value as the first and last day it could mean, for comparison as strings."""
    if "date" in value:
        date = str(value["date"])
        return _pad(date, "-01-01"), _pad(date, "-12-31")
    return _pad(str(value.get("earliest", "0000")), "-01-01"), _pad(
        str(value.get("latest", "9999")), "-12-31"
    )


def _pad(date: str, filler: str) -> str:
    return date + filler[len(date) - 4 :] if len(date) < 10 else date


def sizes_overlap(left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    return float(left["low"]) <= float(right["high"]) and float(right["low"]) <= float(left["high"])


def conflicts(view: View) -> list[Conflict]:
    claims = view.resolve(
        graph.claims(
            view.store,
            predicates={
                "founded",
                "dissolved",
                "size",
                "member_of",
                "merged_into",
                "rival_of",
                "split_from",
                "armed_wing_of",
            },
        )
    )
    found: list[Conflict] = []
    found += _date_conflicts(claims, "founded", "founding date")
    found += _date_conflicts(claims, "dissolved", "dissolution date")
    found += _size_conflicts(claims)
    found += _membership_conflicts(claims)
    found += _parent_conflicts(claims)
    return found


def _by_subject(claims: Iterable[ResolvedClaim], predicate: str) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for fact in group_facts(c for c in claims if c.predicate == predicate):
        grouped[fact.subject.id].append(fact)
    return dict(sorted(grouped.items()))


def _date_conflicts(claims: list[ResolvedClaim], predicate: str, label: str) -> list[Conflict]:
    found = []
    for facts in _by_subject(claims, predicate).values():
        dated = [f for f in facts if f.value]
        for i, left in enumerate(dated):
            for right in dated[i + 1 :]:
                if left.value and right.value and not dates_agree(left.value, right.value):
                    a, b = value_text(predicate, left.value), value_text(predicate, right.value)
                    found.append(
                        Conflict(
                            kind=predicate,
                            subject=left.subject,
                            summary=f"{left.subject.name}: {label} given as {a} and as {b}",
                            sides=(Side(a, left), Side(b, right)),
                        )
                    )
    return found


def _size_conflicts(claims: list[ResolvedClaim]) -> list[Conflict]:
    """One entry per actor and unit, listing every estimate that overlaps with another none."""
    found = []
    for facts in _by_subject(claims, "size").values():
        by_unit: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            if fact.value and "low" in fact.value:
                by_unit[str(fact.value.get("unit") or "")].append(fact)
        for estimates in by_unit.values():
            apart = [
                f
                for f in estimates
                if any(
                    f.value and g.value and not sizes_overlap(f.value, g.value) for g in estimates
                )
            ]
            if len(apart) < 2:
                continue
            apart.sort(key=lambda f: float(f.value["low"]) if f.value else 0.0)
            texts = [value_text("size", f.value) for f in apart]
            subject = apart[0].subject
            found.append(
                Conflict(
                    kind="size",
                    subject=subject,
                    summary=(
                        f"{subject.name}: size estimates that do not overlap: "
                        f"{', '.join(texts)} (see the publication dates)"
                    ),
                    sides=tuple(Side(t, f) for t, f in zip(texts, apart, strict=True)),
                )
            )
    return found


def _pair_facts(
    claims: list[ResolvedClaim], predicates: set[str]
) -> dict[tuple[str, str], list[Fact]]:
    pairs: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in group_facts(c for c in claims if c.predicate in predicates):
        if fact.object is not None:
            pairs[(fact.subject.id, fact.object.id)].append(fact)
    return pairs


def _period(facts: list[Fact]) -> tuple[str, str]:
    dates = [d for f in facts for d in (f.first_seen, f.last_seen) if d]
    return (min(dates), max(dates)) if dates else ("", "")


def _membership_conflicts(claims: list[ResolvedClaim]) -> list[Conflict]:
    members = _pair_facts(claims, {"member_of", "merged_into"})
    rivals = _pair_facts(claims, {"rival_of"})
    splits = _pair_facts(claims, {"split_from"})
    found = []
    for (member, coalition), facts in sorted(members.items()):
        subject, target = facts[0].subject, facts[0].object
        assert target is not None
        against_rivals = rivals.get((member, coalition), []) + rivals.get((coalition, member), [])
        for label, against in (
            ("its rival", against_rivals),
            ("a group that split from it", splits.get((member, coalition), [])),
        ):
            if not against:
                continue
            summary = (
                f"{subject.name} is called a member of {target.name} in some sources "
                f"and {label} in others"
            )
            member_period, other_period = _period(facts), _period(against)
            if member_period[1] and other_period[0] and member_period[1] < other_period[0]:
                summary += " (the later sources may describe a change)"
            found.append(
                Conflict(
                    kind="membership",
                    subject=subject,
                    summary=summary,
                    sides=(
                        *(Side("member", f) for f in facts),
                        *(Side(label, f) for f in against),
                    ),
                )
            )
    return found


def _parent_conflicts(claims: list[ResolvedClaim]) -> list[Conflict]:
    found = []
    for facts in _by_subject(claims, "armed_wing_of").values():
        parents = [f for f in facts if f.object is not None]
        for i, left in enumerate(parents):
            for right in parents[i + 1 :]:
                assert left.object is not None and right.object is not None
                found.append(
                    Conflict(
                        kind="armed_wing_of",
                        subject=left.subject,
                        summary=(
                            f"{left.subject.name} is called the armed wing of "
                            f"{left.object.name} and of {right.object.name}"
                        ),
                        sides=(Side(left.object.name, left), Side(right.object.name, right)),
                    )
                )
    return found
