"""Judgements applied: which raw actor ids are one actor, and which claims people ruled on.

Claims keep the actor ids that extraction gave them; identity is computed on reading from
the active merge judgements (the resolver's and people's). That is what makes every merge
reversible: undoing a judgement changes the clusters, never a stored claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from factionmap.model import ClaimStatus, Judgement


class Identity:
    """Clusters of actor ids joined by active merges, each named by one canonical id.

    The canonical id of a cluster is its reference (gazetteer) actor when it has one, else
    the actor a person chose to keep, else the actor the resolver kept, else the smallest id,
    so the same judgements always give the same names.
    """

    def __init__(self, judgements: Sequence[Judgement], reference_ids: Iterable[str] = ()) -> None:
        self.parent: dict[str, str] = {}
        references = set(reference_ids)
        kept_by_person: set[str] = set()
        kept_by_resolver: set[str] = set()
        self.merges: dict[str, list[Judgement]] = defaultdict(list)
        for judgement in judgements:
            if judgement.kind != "merge" or not judgement.active or judgement.other is None:
                continue
            self._union(judgement.target, judgement.other)
            self.merges[judgement.target].append(judgement)
            self.merges[judgement.other].append(judgement)
            if judgement.score is None:
                kept_by_person.add(judgement.target)
            else:
                kept_by_resolver.add(judgement.target)
        self.clusters: dict[str, set[str]] = defaultdict(set)
        for member in list(self.parent):
            self.clusters[self._find(member)].add(member)
        self.names: dict[str, str] = {}
        for members in self.clusters.values():
            chosen = min(
                members,
                key=lambda m: (
                    m not in references,
                    m not in kept_by_person,
                    m not in kept_by_resolver,
                    m,
                ),
            )
            for member in members:
                self.names[member] = chosen

    def _find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def _union(self, left: str, right: str) -> None:
        a, b = self._find(left), self._find(right)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def canonical(self, actor_id: str) -> str:
        return self.names.get(actor_id, actor_id)

    def members(self, actor_id: str) -> frozenset[str]:
        """Every raw id that is this actor, itself included."""
        if actor_id not in self.parent:
            return frozenset({actor_id})
        return frozenset(self.clusters[self._find(actor_id)])

    def merge_history(self, actor_id: str) -> list[Judgement]:
        seen: dict[int, Judgement] = {}
        for member in self.members(actor_id):
            for judgement in self.merges.get(member, ()):
                seen[judgement.id] = judgement
        return [seen[k] for k in sorted(seen)]


def merges_touching(judgements: Sequence[Judgement], actor_id: str) -> list[Judgement]:
    """The active merges that join this actor to another: what `split` switches off."""
    return [
        j for j in judgements if j.kind == "merge" and j.active and actor_id in (j.target, j.other)
    ]


def kept_apart(judgements: Sequence[Judgement]) -> set[tuple[str, str]]:
    """Pairs a person split, which the resolver must not merge again."""
    active_splits = {j.id for j in judgements if j.kind == "split" and j.active}
    return {
        (j.target, j.other)
        for j in judgements
        if j.kind == "merge" and j.other is not None and j.undone_by in active_splits
    }


def claim_statuses(judgements: Sequence[Judgement]) -> dict[str, ClaimStatus]:
    """The latest active accept or reject for each claim a person ruled on."""
    statuses: dict[str, ClaimStatus] = {}
    for judgement in judgements:
        if judgement.active and judgement.kind in ("accept", "reject"):
            statuses[judgement.target] = "accepted" if judgement.kind == "accept" else "rejected"
    return statuses
