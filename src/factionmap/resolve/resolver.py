"""Cross-document resolution: is an actor named in a new article one the store already knows?

Extraction already ties every gazetteer spelling to its reference actor within a document.
What is left are actors found only in text ("Liwa al-Haq" here, "Liwa al-Haqq" there). The
resolver compares each such actor with the known ones, but only with those that share a
blocking key (the consonant skeleton of one name word), so the work grows with the number
of similar names, not with the square of all actors.

A merge is proposed only when it is safe: never a person with an organization, never two
reference actors (the gazetteer keeps them apart on purpose), never names whose
organizational head words differ (an armed wing, "... Brigades", and its party, "...
Movement", stay two actors), never names with different numbers ("1st Division" is not
"2nd Division"), and never a pair a person has split. Every merge carries its score and a
readable reason so that it can be audited and undone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factionmap.extract.gazetteer import Gazetteer
from factionmap.extract.names import name_key, name_tokens, skeleton
from factionmap.model import ActorRef, AutoMerge, Claim, KnownActor

# Words that say what sort of body a name is; two names that differ here are two actors.
HEAD_WORDS = frozenset(
    {
        "army",
        "alliance",
        "battalion",
        "brigade",
        "command",
        "committee",
        "corps",
        "council",
        "division",
        "force",
        "front",
        "group",
        "league",
        "movement",
        "organization",
        "organisation",
        "party",
        "regiment",
        "room",
        "union",
        "wing",
        "kataib",
        "saraya",
        "liwa",
        "jaysh",
        "jabhat",
        "harakat",
        "hizb",
        "faylaq",
    }
)
FUZZY_KINDS = frozenset({"armed_group", "coalition", "movement", "other"})
FUZZY_THRESHOLD = 0.9
# Short names collide by chance ("Liwa 1" / "Liwa 7"); they must match exactly.
MIN_FUZZY_LENGTH = 8
# A blocking key shared by this many actors says nothing ("brigades", "islamic").
MAX_BLOCK = 300


def heads(name: str) -> frozenset[str]:
    return frozenset(
        token.removesuffix("s")
        for token in name_tokens(name)
        if token.removesuffix("s") in HEAD_WORDS
    )


def distinctive(name: str) -> list[str]:
    """A name's words without organizational head words: what sets it apart from its peers."""
    tokens = [t for t in name_tokens(name) if t.removesuffix("s") not in HEAD_WORDS]
    return tokens or name_tokens(name)


def _word_similarity(left: str, right: str) -> float:
    return max(fuzz.ratio(left, right), fuzz.ratio(skeleton(left), skeleton(right)))


def distinctive_similarity(name: str, other: str) -> float:
    """0–100: how well every distinctive word of one name finds its match in the other.

    Word by word, so that "Chin" against "Kachin" counts as the different word it is
    instead of being diluted by the words the two names share.
    """
    words, others = distinctive(name), distinctive(other)
    if len(words) != len(others):
        return fuzz.ratio(" ".join(words), " ".join(others)) * 0.95
    return min(max(_word_similarity(w, o) for o in others) for w in words)


def numbers(name: str) -> frozenset[str]:
    return frozenset(token for token in name_tokens(name) if any(c.isdigit() for c in token))


def blocks(name: str) -> set[str]:
    return {
        skeleton(token)[:4]
        for token in name_tokens(name)
        if len(token) >= 3 and token.removesuffix("s") not in HEAD_WORDS and skeleton(token)
    }


def kinds_compatible(left: str, right: str) -> bool:
    if left == right:
        return True
    if "person" in (left, right):
        return False
    return "other" in (left, right)


@dataclass
class _Entry:
    actor: KnownActor
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Candidate:
    actor_id: str
    score: float
    reason: str


class Resolver:
    """An index of the actors known so far; it grows as documents are resolved."""

    def __init__(
        self,
        known: Iterable[KnownActor] = (),
        apart: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.entries: dict[str, _Entry] = {}
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.by_skeleton: dict[str, set[str]] = defaultdict(set)
        self.by_block: dict[str, set[str]] = defaultdict(set)
        self.canonical: dict[str, str] = {}
        self.apart = {frozenset(pair) for pair in apart}
        for actor in known:
            self.add(actor)

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer) -> Resolver:
        return cls(reference_actors(gazetteer))

    def add(self, actor: KnownActor, into: str | None = None) -> None:
        """Learn an actor's names; with ``into``, as further names of an actor already known."""
        home = self.canonical.get(into or actor.id, into or actor.id)
        entry = self.entries.get(home)
        if entry is None:
            entry = self.entries[home] = _Entry(actor)
        self.canonical[actor.id] = home
        for name in (actor.name, *actor.names):
            if name in entry.names:
                continue
            entry.names.add(name)
            self.by_key[name_key(name)].add(home)
            bones = skeleton(name)
            if len(bones) >= 5:
                self.by_skeleton[bones].add(home)
            for block in blocks(name):
                self.by_block[block].add(home)

    def names_of(self, actor_ids: Iterable[str]) -> dict[str, set[str]]:
        """All names the index holds for these actors (their canonical entries)."""
        return {
            actor_id: set(self.entries[self.canonical[actor_id]].names)
            for actor_id in actor_ids
            if actor_id in self.canonical
        }

    def candidates(self, actor: KnownActor) -> list[Candidate]:
        """Known actors this one may be, best first, each with the reason it was considered."""
        found: dict[str, Candidate] = {}

        def offer(actor_id: str, score: float, reason: str) -> None:
            if actor_id not in found or found[actor_id].score < score:
                found[actor_id] = Candidate(actor_id, score, reason)

        names = (actor.name, *actor.names)
        for name in names:
            for known_id in self.by_key.get(name_key(name), ()):
                offer(known_id, 1.0, f"same name as {self._best_name(known_id, name)!r}")
            bones = skeleton(name)
            if len(bones) >= 5:
                for known_id in self.by_skeleton.get(bones, ()):
                    offer(
                        known_id,
                        0.95,
                        f"same transliteration skeleton as {self._best_name(known_id, name)!r}",
                    )
        pool: set[str] = set()
        for name in names:
            for block in blocks(name):
                members = self.by_block.get(block, set())
                if len(members) <= MAX_BLOCK:
                    pool |= members
        if actor.kind not in FUZZY_KINDS:
            # Places and people are told apart by small differences ("Chin State" and
            # "Kachin State"); only exact or transliteration matches merge them.
            pool = set()
        for known_id in pool - found.keys():
            score, known_name, name = self._fuzzy(known_id, names)
            if score >= FUZZY_THRESHOLD:
                offer(known_id, score, f"fuzzy match {name!r} ~ {known_name!r} ({score:.2f})")
        return sorted(found.values(), key=lambda c: (-c.score, c.actor_id))

    def _best_name(self, known_id: str, name: str) -> str:
        key = name_key(name)
        entry = self.entries[known_id]
        for candidate in sorted(entry.names):
            if name_key(candidate) == key:
                return candidate
        return entry.actor.name

    def _fuzzy(self, known_id: str, names: Sequence[str]) -> tuple[float, str, str]:
        best = (0.0, "", "")
        for known_name in self.entries[known_id].names:
            known_key = name_key(known_name)
            if len(known_key) < MIN_FUZZY_LENGTH:
                continue
            for name in names:
                key = name_key(name)
                if len(key) < MIN_FUZZY_LENGTH:
                    continue
                overall = max(
                    fuzz.ratio(key, known_key),
                    fuzz.ratio(skeleton(name), skeleton(known_name)) * 0.97,
                )
                # The words that tell names apart must match too, not only the shared
                # "... Brigades" or "... Front" around them.
                distinct = distinctive_similarity(name, known_name)
                score = min(overall, distinct) / 100.0
                if score > best[0]:
                    best = (score, known_name, name)
        return best

    def allowed(self, actor: KnownActor, known_id: str) -> bool:
        known = self.entries[known_id].actor
        if actor.reference and known.reference:
            return False
        if frozenset((actor.id, known_id)) in self.apart:
            return False
        if not kinds_compatible(actor.kind, known.kind):
            return False
        names = (actor.name, *actor.names)
        known_names = self.entries[known_id].names
        if {heads(n) for n in names}.isdisjoint({heads(n) for n in known_names}):
            return False
        return not {numbers(n) for n in names}.isdisjoint({numbers(n) for n in known_names})

    def match(self, actor: KnownActor) -> AutoMerge | None:
        """The one known actor this actor is, or None when there is none or it is unclear."""
        viable = [c for c in self.candidates(actor) if self.allowed(actor, c.actor_id)]
        if not viable:
            return None
        best = viable[0]
        if len(viable) > 1 and viable[1].score == best.score:
            return None
        return AutoMerge(keep=best.actor_id, absorb=actor.id, score=best.score, reason=best.reason)

    def resolve(self, claims: Sequence[Claim]) -> list[AutoMerge]:
        """Merges for the actors of one document that are new to the index; learns them all."""
        merges: list[AutoMerge] = []
        for actor in document_actors(claims):
            if actor.id in self.canonical:
                self.add(actor, into=actor.id)
                continue
            merge = self.match(actor)
            if merge is None:
                self.add(actor)
            else:
                merges.append(merge)
                self.add(actor, into=merge.keep)
        return merges


def names_in_text(text: str, actor_names: dict[str, set[str]]) -> dict[str, set[str]]:
    """Which known names of each actor the document spells out, as whole words."""
    found: dict[str, set[str]] = {}
    for actor_id, names in actor_names.items():
        hits = {
            name
            for name in names
            if len(name) >= 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        }
        if hits:
            found[actor_id] = hits
    return found


def document_actors(claims: Sequence[Claim]) -> list[KnownActor]:
    """Every actor the claims name, with all the mentions used for it, in a stable order."""
    refs: dict[str, ActorRef] = {}
    mentions: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for ref in (claim.subject, claim.object):
            if ref is None:
                continue
            refs.setdefault(ref.id, ref)
            mentions[ref.id].add(ref.mention)
    return [
        KnownActor(
            id=ref.id,
            name=ref.name,
            kind=ref.kind,
            reference=False,
            names=tuple(sorted(mentions[ref.id] - {ref.name})),
        )
        for ref in sorted(refs.values(), key=lambda r: r.id)
    ]


def reference_actors(gazetteer: Gazetteer) -> list[KnownActor]:
    return [
        KnownActor(
            id=spec.reference_id,
            name=spec.name,
            kind=spec.kind,
            reference=True,
            names=tuple(alias.text for alias in spec.aliases),
        )
        for spec in gazetteer.actors.values()
    ]
