"""The resolver merges spellings of one actor and refuses the merges that would be wrong."""

from __future__ import annotations

from factionmap.extract.gazetteer import load_gazetteer
from factionmap.model import ActorKind, Judgement, KnownActor
from factionmap.resolve import Resolver
from factionmap.resolve.identity import Identity, claim_statuses, kept_apart


def actor(identifier: str, name: str, kind: ActorKind = "armed_group", *names: str) -> KnownActor:
    return KnownActor(identifier, name, kind, reference=False, names=names)


def test_transliterations_of_a_new_group_are_merged_with_a_reason_and_score() -> None:
    resolver = Resolver([actor("fm:liwa-al-haqq", "Liwa al-Haqq")])
    merge = resolver.match(actor("fm:liwa-al-haq", "Liwa el-Haq"))
    assert merge is not None
    assert merge.keep == "fm:liwa-al-haqq"
    assert merge.absorb == "fm:liwa-al-haq"
    assert 0.9 <= merge.score <= 1.0
    assert "Liwa al-Haqq" in merge.reason


def test_gazetteer_spellings_resolve_to_the_reference_actor() -> None:
    resolver = Resolver.from_gazetteer(load_gazetteer())
    merge = resolver.match(actor("fm:ezzedine-al-qassam-brigades", "Ezzedine al-Kassam Brigades"))
    assert merge is not None and merge.keep == "fm:qassam-brigades"


def test_a_person_is_never_merged_with_an_organization() -> None:
    resolver = Resolver([actor("fm:abu-ali-mustafa-brigades", "Abu Ali Mustafa Brigades")])
    assert resolver.match(actor("fm:abu-ali-mustafa", "Abu Ali Mustafa", "person")) is None
    people = Resolver([actor("fm:abu-ali-mustafa", "Abu Ali Mustafa", "person")])
    assert people.match(actor("fm:abu-ali-mustafa-org", "Abu Ali Mustafa", "armed_group")) is None


def test_an_armed_wing_stays_apart_from_its_parent() -> None:
    resolver = Resolver([actor("fm:hizb-al-umma", "Hizb al-Umma", "movement")])
    wing = actor("fm:hizb-al-umma-brigades", "Hizb al-Umma Brigades", "armed_group")
    assert resolver.match(wing) is None
    same_kind = Resolver([actor("fm:umma-movement", "Umma Movement")])
    assert same_kind.match(actor("fm:umma-brigades", "Umma Brigades")) is None


def test_two_reference_actors_are_never_merged() -> None:
    gazetteer = load_gazetteer()
    resolver = Resolver.from_gazetteer(gazetteer)
    spec = gazetteer.actors["hts"]
    twin = KnownActor("fm:other", spec.name, spec.kind, reference=True)
    assert resolver.match(twin) is None


def test_numbered_units_are_not_merged() -> None:
    resolver = Resolver([actor("fm:25th-division", "25th Mission Command Division")])
    assert resolver.match(actor("fm:26th-division", "26th Mission Command Division")) is None


def test_a_pair_that_was_split_is_not_merged_again() -> None:
    known = [actor("fm:liwa-al-haqq", "Liwa al-Haqq")]
    resolver = Resolver(known, apart=[("fm:liwa-al-haqq", "fm:liwa-al-haq")])
    assert resolver.match(actor("fm:liwa-al-haq", "Liwa al-Haq")) is None


def test_blocking_compares_only_actors_that_share_a_name_word() -> None:
    many = [actor(f"fm:group-{i}", f"Harakat Zubayr{i:04d}") for i in range(2000)]
    resolver = Resolver(many)
    candidates = resolver.candidates(actor("fm:x", "Liwa Nour al-Din"))
    assert candidates == []


def _judgement(i: int, kind: str, target: str, other: str | None = None, **kw: object) -> Judgement:
    return Judgement(i, kind, target, other, "tester", None, "2026-01-01", **kw)  # type: ignore[arg-type]


def test_identity_prefers_the_reference_actor_and_undo_restores_the_clusters() -> None:
    merges = [
        _judgement(1, "merge", "fm:b", "fm:c", score=0.95),
        _judgement(2, "merge", "fm:ref", "fm:b"),
    ]
    identity = Identity(merges, reference_ids={"fm:ref"})
    assert identity.canonical("fm:c") == "fm:ref"
    assert identity.members("fm:ref") == {"fm:ref", "fm:b", "fm:c"}
    undone = [merges[0], _judgement(2, "merge", "fm:ref", "fm:b", undone_by=3)]
    identity = Identity(undone, reference_ids={"fm:ref"})
    assert identity.canonical("fm:c") == "fm:b"
    assert identity.members("fm:ref") == {"fm:ref"}


def test_split_pairs_and_claim_verdicts_come_from_active_judgements() -> None:
    rows = [
        _judgement(1, "merge", "fm:a", "fm:b", score=0.93, undone_by=2),
        _judgement(2, "split", "fm:b"),
        _judgement(3, "reject", "claim:1"),
        _judgement(4, "accept", "claim:1"),
        _judgement(5, "reject", "claim:2", undone_by=6),
    ]
    assert kept_apart(rows) == {("fm:a", "fm:b")}
    assert claim_statuses(rows) == {"claim:1": "accepted"}


def test_places_and_near_names_differing_in_their_distinctive_word_stay_apart() -> None:
    places = Resolver([actor("fm:kachin-state", "Kachin State", "place")])
    assert places.match(actor("fm:chin-state", "Chin State", "place")) is None
    groups = Resolver([actor("fm:kachin-brigade", "Kachin Independence Brigade")])
    assert groups.match(actor("fm:chin-brigade", "Chin Independence Brigade")) is None
    typo = Resolver([actor("fm:liwa-al-muhajirin", "Liwa al-Muhajirin wal-Ansar")])
    merge = typo.match(actor("fm:liwa-al-muhajireen", "Liwa al-Muhajireen wal-Ansaar"))
    assert merge is not None and merge.keep == "fm:liwa-al-muhajirin"
