"""`roster COALITION --at DATE`: who belonged to a coalition on a given day, and on what basis.

A membership starts at the `valid_from` a source gives; failing that, when the member
merged into the coalition at its founding, at the coalition's founding date; failing that,
at the first publication date of a document that asserts it ("first seen"). It ends at the
`valid_to` a source gives, at the member's dissolution, or when a source reports that the
member split from the coalition (at the date given, else the report's publication date).
Dates are ISO prefixes, compared at the precision the source gave: left "2017-07" means not
a member on any day of July 2017 or later.
"""

from __future__ import annotations

from dataclasses import dataclass

from factionmap.model import ActorRef
from factionmap.store import graph
from factionmap.store.graph import ActorRecord
from factionmap.views.context import ResolvedClaim, View
from factionmap.views.facts import Fact, group_facts, value_text

MEMBERSHIP = ("member_of", "merged_into")


@dataclass(frozen=True)
class RosterEntry:
    member: ActorRef
    relation: str
    since: str | None
    since_basis: str
    until: str | None
    until_basis: str | None
    first_seen: str | None
    last_seen: str | None
    facts: tuple[Fact, ...]
    exit_claims: tuple[ResolvedClaim, ...]

    def active_at(self, date: str | None) -> bool:
        if date is None:
            return self.until is None
        if self.since is not None and not starts_by(self.since, date):
            return False
        return self.until is None or not starts_by(self.until, date)

    @property
    def claims(self) -> list[ResolvedClaim]:
        return [c for f in self.facts for c in f.claims]

    @property
    def confidence(self) -> float:
        return max(f.confidence for f in self.facts)


@dataclass(frozen=True)
class Roster:
    coalition: ActorRecord
    at: str | None
    members: list[RosterEntry]
    former: list[RosterEntry]
    later: list[RosterEntry]


def starts_by(prefix: str, date: str) -> bool:
    """Whether a period given as an ISO prefix has begun on ``date`` ("2017-07" by 2017-07-15)."""
    return prefix[: len(date)] <= date if len(prefix) > len(date) else prefix <= date[: len(prefix)]


def roster(view: View, coalition_text: str, at: str | None = None) -> Roster:
    coalition = view.find(coalition_text)
    members_ids = view.identity.members(coalition.id)
    claims = view.claims_involving(coalition.id)
    joins = [
        c
        for c in claims
        if c.predicate in MEMBERSHIP and c.object is not None and c.object.id == coalition.id
    ]
    exits = [
        c
        for c in claims
        if c.predicate == "split_from" and c.object is not None and c.object.id == coalition.id
    ]
    founded = _consensus_date(
        [c for c in claims if c.predicate == "founded" and c.subject.id == coalition.id]
    )
    by_member: dict[str, list[Fact]] = {}
    for fact in group_facts(joins):
        by_member.setdefault(fact.subject.id, []).append(fact)
    dissolved = _dissolutions(view, set(by_member))
    entries = []
    for member_id, facts in by_member.items():
        entries.append(_entry(facts, founded, dissolved.get(member_id), exits, members_ids))
    entries.sort(key=lambda e: (e.since or "", e.member.name))
    current = [e for e in entries if e.active_at(at)]
    former = [e for e in entries if e.until is not None and at_or_after(at, e.until)]
    placed = {e.member.id for e in current} | {e.member.id for e in former}
    later = [e for e in entries if e.member.id not in placed]
    return Roster(coalition, at, current, former, later)


def at_or_after(at: str | None, until: str) -> bool:
    return at is None or starts_by(until, at)


def _consensus_date(claims: list[ResolvedClaim]) -> str | None:
    """The date most sources agree on (by corroborated confidence), earliest on a tie."""
    dated = [
        (-f.confidence, -len(f.sources), str(f.value["date"]))
        for f in group_facts(claims)
        if f.value is not None and "date" in f.value
    ]
    return min(dated)[2] if dated else None


def _dissolutions(view: View, member_ids: set[str]) -> dict[str, ResolvedClaim]:
    found: dict[str, ResolvedClaim] = {}
    if not member_ids:
        return found
    raw = {m for member in member_ids for m in view.identity.members(member)}
    dated = [
        (str(claim.value["date"]), claim)
        for claim in view.resolve(graph.claims(view.store, subjects=raw, predicates={"dissolved"}))
        if claim.value and "date" in claim.value
    ]
    for _date, claim in sorted(dated, key=lambda pair: pair[0], reverse=True):
        found[claim.subject.id] = claim
    return found


def _entry(
    facts: list[Fact],
    founded: str | None,
    dissolution: ResolvedClaim | None,
    exits: list[ResolvedClaim],
    coalition_ids: frozenset[str],
) -> RosterEntry:
    member = facts[0].subject
    relation = "member_of" if any(f.predicate == "member_of" for f in facts) else "merged_into"
    first_seen = min((f.first_seen for f in facts if f.first_seen), default=None)
    last_seen = max((f.last_seen for f in facts if f.last_seen), default=None)
    starts = [f.valid_from for f in facts if f.valid_from]
    if starts:
        since, since_basis = min(starts), "stated by a source"
    elif any(f.predicate == "merged_into" for f in facts) and founded:
        since, since_basis = founded, "founding member (coalition founded)"
    elif first_seen:
        since, since_basis = first_seen, "first seen in a source"
    else:
        since, since_basis = None, "no date known"
    ends = [f.valid_to for f in facts if f.valid_to]
    member_exits = [c for c in exits if c.subject.id == member.id]
    until: str | None = None
    until_basis: str | None = None
    if ends:
        until, until_basis = min(ends), "left (stated by a source)"
    elif member_exits:
        dated = sorted(c.valid_from or c.document.published or "" for c in member_exits)
        if dated and dated[0]:
            until, until_basis = dated[0], "split from the coalition (reported)"
    if dissolution is not None and dissolution.value is not None:
        date = str(dissolution.value["date"])
        if until is None or date < until:
            until, until_basis = date, "dissolved"
    return RosterEntry(
        member=member,
        relation=relation,
        since=since,
        since_basis=since_basis,
        until=until,
        until_basis=until_basis,
        first_seen=first_seen,
        last_seen=last_seen,
        facts=tuple(facts),
        exit_claims=tuple(member_exits),
    )


def describe(entry: RosterEntry) -> str:
    """One neutral line: how the membership is attested and, if it ended, how."""
    parts = [f"since {entry.since} ({entry.since_basis})" if entry.since else "since unknown"]
    if entry.until:
        parts.append(f"until {entry.until} ({entry.until_basis})")
    if entry.relation == "merged_into":
        parts.append("merged into the coalition")
    return "; ".join(parts)


__all__ = ["Roster", "RosterEntry", "describe", "roster", "starts_by", "value_text"]


def coalitions_by_members(view: View) -> list[tuple[ActorRecord, int]]:
    """Actors that others are members of (or merged into), with how many, largest first."""
    stored = graph.claims(view.store, predicates=set(MEMBERSHIP))
    members: dict[str, set[str]] = {}
    for claim in view.resolve(stored):
        if claim.object is not None:
            members.setdefault(claim.object.id, set()).add(claim.subject.id)
    records = view.actors(members)
    ranked = sorted(members, key=lambda i: (-len(members[i]), records[i].name))
    return [(records[i], len(members[i])) for i in ranked]
