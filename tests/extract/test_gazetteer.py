"""The reference gazetteer: large, broad, valid, and never silently ambiguous."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from factionmap.errors import FactionmapError
from factionmap.extract.gazetteer import load_gazetteer, parse_gazetteer, read_gazetteer
from factionmap.extract.names import name_key


def test_covers_many_actors_and_conflicts() -> None:
    gazetteer = load_gazetteer()
    assert len(gazetteer.actors) >= 300
    conflicts = {c for actor in gazetteer.actors.values() for c in actor.conflicts}
    assert len(conflicts) >= 20
    kinds = {actor.kind for actor in gazetteer.actors.values()}
    assert {"coalition", "armed_group", "movement", "person"} <= kinds


def test_no_alias_belongs_to_two_actors_unless_marked_ambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    unmarked: dict[str, set[str]] = defaultdict(set)
    for actor in load_gazetteer().actors.values():
        unmarked[name_key(actor.name)].add(actor.id)
        owners[name_key(actor.name)].add(actor.id)
        for alias in actor.aliases:
            owners[name_key(alias.text)].add(actor.id)
            if not alias.ambiguous:
                unmarked[name_key(alias.text)].add(actor.id)
    clashes = {
        key: sorted(ids) for key, ids in owners.items() if len(ids) > 1 and len(unmarked[key]) > 1
    }
    assert clashes == {}


def test_known_spellings_resolve_to_one_actor() -> None:
    gazetteer = load_gazetteer()
    qassam = gazetteer.lookup("Izz ad-Din al-Qassam Brigades")
    assert len(qassam) == 1
    for spelling in ("Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades"):
        assert gazetteer.lookup(spelling) == qassam
    assert gazetteer.lookup("Saraya al-Quds") == gazetteer.lookup("Al-Quds Brigades")
    assert gazetteer.lookup("Hamas") != qassam


def test_invalid_entries_are_rejected_with_a_clear_message() -> None:
    bad_kind = {"actors": [{"id": "x", "name": "X", "kind": "gang"}]}
    with pytest.raises(FactionmapError, match=r"actors\.0\.kind"):
        parse_gazetteer(bad_kind, "test.yaml")
    dangling = {
        "actors": [
            {
                "id": "x",
                "name": "X",
                "kind": "armed_group",
                "relations": [{"predicate": "member_of", "object": "y"}],
            }
        ]
    }
    with pytest.raises(FactionmapError, match="unknown actor 'y'"):
        parse_gazetteer(dangling, "test.yaml")
    invented = {"actors": [{"id": "x", "name": "X", "kind": "person", "qid": "Qabc"}]}
    with pytest.raises(FactionmapError):
        parse_gazetteer(invented, "test.yaml")


def test_the_parsed_gazetteer_is_kept_under_the_hash_of_its_file(tmp_path: Path) -> None:
    source = tmp_path / "actors.yaml"
    source.write_text(
        "actors:\n  - id: tana\n    name: Tana Front\n    kind: armed_group\n", encoding="utf-8"
    )
    cache = tmp_path / "cache"
    first = read_gazetteer(source, cache)
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    assert read_gazetteer(source, cache).actors.keys() == first.actors.keys()
    # an edited file is read afresh, never served from the old cache
    source.write_text(
        "actors:\n  - id: kilwa\n    name: Kilwa Army\n    kind: armed_group\n", encoding="utf-8"
    )
    assert set(read_gazetteer(source, cache).actors) == {"kilwa"}
    # a damaged cache file is passed by, and an unwritable folder costs nothing but time
    for kept in cache.glob("gazetteer-*.pickle"):
        kept.write_bytes(b"not a pickle")
    assert set(read_gazetteer(source, cache).actors) == {"kilwa"}
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    assert set(read_gazetteer(source, blocked / "cache").actors) == {"kilwa"}
