"""Finding an actor by any spelling: exact names, transliterations, and near misses.

Every alias is compared at three levels, and the best level wins:
1. the name key (case, diacritics, script, "al-"/"el-", "the", punctuation forgiven);
2. the consonant skeleton, which makes Arabic transliterations meet ("Ezzedine Qassam",
   "Izz al-Din al-Kassam"), also when the query leaves out a head word ("Brigades");
3. a fuzzy ratio (rapidfuzz) over the keys, for typos and partial names.
Each hit says which alias matched and how, so a user can judge it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from factionmap.extract.names import name_key, skeleton
from factionmap.store import graph
from factionmap.store.graph import ActorRecord
from factionmap.views.context import View

MIN_SCORE = 0.6


@dataclass(frozen=True)
class SearchHit:
    actor: ActorRecord
    score: float
    alias: str
    why: str
    claims: int


@lru_cache(maxsize=65536)
def _keys(text: str) -> tuple[str, str]:
    return name_key(text), skeleton(text)


def score_alias(query: str, alias: str) -> tuple[float, str]:
    """How well an alias answers a query (0–1) and why, in words."""
    query_key, query_bones = _keys(query)
    alias_key, alias_bones = _keys(alias)
    if not query_key or not alias_key:
        return 0.0, ""
    if query_key == alias_key:
        return 1.0, "same name once normalized"
    if len(query_bones) >= 5 and query_bones == alias_bones:
        return 0.95, "same transliteration skeleton"
    best = (fuzz.ratio(query_key, alias_key) / 100.0, "similar spelling")
    token_set = fuzz.token_set_ratio(query_key, alias_key) / 100.0 * 0.92
    if token_set > best[0]:
        best = (token_set, "all query words in the name")
    if len(query_bones) >= 5 and query_bones in alias_bones:
        contained = 0.9 * min(1.0, 0.6 + len(query_bones) / max(len(alias_bones), 1) * 0.5)
        if contained > best[0]:
            best = (contained, "transliteration skeleton inside the name")
    return best


def search(view: View, query: str, limit: int = 10) -> list[SearchHit]:
    """Actors ranked by their best-matching alias; ties go to the better-attested actor."""
    best: dict[str, tuple[float, str, str]] = {}
    for alias in graph.aliases(view.store):
        score, why = score_alias(query, alias.text)
        if score < MIN_SCORE:
            continue
        actor_id = view.identity.canonical(alias.actor_id)
        origin = "gazetteer" if alias.source == "gazetteer" else "seen in a document"
        if actor_id not in best or best[actor_id][0] < score:
            best[actor_id] = (score, alias.text, f"{why}: {alias.text!r} ({origin})")
    if not best:
        return []
    counts = _claim_counts(view, best)
    records = view.actors(best)
    ranked = sorted(best, key=lambda i: (-round(best[i][0], 3), -counts.get(i, 0), i))
    return [
        SearchHit(records[i], round(best[i][0], 3), best[i][1], best[i][2], counts.get(i, 0))
        for i in ranked[:limit]
    ]


def _claim_counts(view: View, actor_ids: dict[str, tuple[float, str, str]]) -> dict[str, int]:
    members: dict[str, str] = {}
    for actor_id in actor_ids:
        for member in view.identity.members(actor_id):
            members[member] = actor_id
    raw = graph.claim_counts(view.store, members)
    counts: dict[str, int] = defaultdict(int)
    for member, count in raw.items():
        counts[members[member]] += count
    return counts
