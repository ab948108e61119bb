"""Many sources about one coalition: resolution, views, claims and judgements, end to end.

The fixture is ten articles about Hay'at Tahrir al-Sham from nine fictional outlets,
2017–2025 (tests/fixtures/multidoc/hts). They spell the group four ways, one outlet dates
its founding to 2016 instead of 28 January 2017, and Nour al-Din al-Zenki is a member in
the early reports and leaves in July 2017. Every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from factionmap import pipeline
from factionmap.extract.rules import RulesExtractor
from factionmap.store import Store
from factionmap.views import View
from factionmap.views.claims import list_claims, write_claims_csv
from factionmap.views.conflicts import conflicts
from factionmap.views.profile import profile, profile_json
from factionmap.views.roster import roster
from factionmap.views.search import search
from tests.conftest import ROOT
from tests.postgres_server import PostgresServer

FIXTURES = ROOT / "tests" / "fixtures" / "multidoc" / "hts"
HTS = "fm:hts"
ZENKI = "fm:nour-al-din-al-zenki"
SPELLINGS = (
    "Hay'at Tahrir al-Sham",
    "Hayat Tahrir al-Sham",
    "Hayyat Tahrir ash-Sham",
    "Haiat Tahrir al-Cham",
)


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def kb(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    extractor: RulesExtractor,
) -> Iterator[Store]:
    """The ten articles ingested once per database kind; tests undo what they change."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
        dropper = None
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = "kb_" + uuid.uuid4().hex[:10]
        admin = server.url().replace("+psycopg", "")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = server.url(name)
        dropper = (admin, name)
    store = pipeline.open_store(url)
    articles = sorted(str(p) for p in FIXTURES.glob("[0-9][0-9]-*.md"))
    outcomes = list(pipeline.ingest(articles, store, extractor=extractor))
    assert [o.status for o in outcomes] == ["new"] * 10
    yield store
    store.close()
    if dropper is not None:
        with psycopg.connect(dropper[0], autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dropper[1]}" WITH (FORCE)')


def snapshot(store: Store) -> dict[str, Any]:
    """Every view's output, as plain JSON, to compare before and after a judgement."""
    view = View(store)
    return {
        "show": profile_json(profile(view, HTS)),
        "show_zenki": profile_json(profile(view, ZENKI)),
        "roster": [
            (e.member.id, e.since, e.until)
            for at in ("2017-03", "2018-01", None)
            for e in roster(view, HTS, at).members
        ],
        "conflicts": [(c.kind, c.summary, len(c.sides)) for c in conflicts(view)],
        "search": [(h.actor.id, h.score) for h in search(view, "Zenki")],
        "claims": [c.to_json() for c in list_claims(view)],
    }


def test_four_transliterations_resolve_to_one_actor(kb: Store) -> None:
    view = View(kb)
    for spelling in SPELLINGS:
        hits = search(view, spelling)
        assert hits[0].actor.id == HTS, spelling
        assert hits[0].score >= 0.95
        assert len({h.actor.id for h in hits if h.score >= 0.95}) == 1
    seen_in = {a.text: a.sources for a in profile(view, HTS).aliases}
    outlets = {s.source for spelling in SPELLINGS for s in seen_in[spelling]}
    assert len(outlets) >= 4


def test_search_is_fuzzy_and_says_why(kb: Store) -> None:
    view = View(kb)
    hit = search(view, "Nur al Din al Zinki")[0]
    assert hit.actor.id == ZENKI
    assert "Zinki" in hit.why or "Zenki" in hit.why
    typo = search(view, "Hayat Tahrir al-Shaam")[0]
    assert typo.actor.id == HTS and typo.score < 1.0
    assert search(view, "Jabhat Fath al-Sham")[0].actor.id == "fm:jabhat-al-nusra"
    assert search(view, "zzzzqqqq") == []


def test_show_profiles_the_coalition_with_sources(kb: Store) -> None:
    found = profile(View(kb), "Hayyat Tahrir ash-Sham")
    assert found.actor.id == HTS
    seen = {a.text: a for a in found.aliases}
    for spelling in SPELLINGS:
        assert seen[spelling].sources, f"{spelling} should list where it was seen"
    outlets = {s.source for s in seen["Haiat Tahrir al-Cham"].sources}
    assert outlets == {"Global Conflict Digest"}
    founded = {f.value["date"]: f for f in found.section("Founded") if f.value}
    assert set(founded) == {"2017-01-28", "2016"}
    assert len(founded["2017-01-28"].sources) >= 5
    assert founded["2017-01-28"].confidence > founded["2016"].confidence
    members = {f.subject.id for f in found.section("Members") + found.section("Formed from")}
    assert {ZENKI, "fm:jabhat-al-nusra", "fm:liwa-al-haqq", "fm:jaysh-al-sunna"} <= members
    rivals = {f.subject.id for f in found.section("Rivals")} | {
        f.object.id for f in found.section("Rivals") if f.object
    }
    assert ZENKI in rivals
    assert {"Idlib"} <= {f.object.name for f in found.section("Areas of operation") if f.object}
    quote = found.section("Founded")[0].claims[0]
    assert quote.evidence[0].quote in quote.quote


def test_roster_at_a_date_shows_who_left(kb: Store) -> None:
    view = View(kb)
    early = roster(view, "HTS", at="2017-03")
    assert ZENKI in {e.member.id for e in early.members}
    assert len(early.members) == 5
    later = roster(view, "HTS", at="2018-01")
    assert ZENKI not in {e.member.id for e in later.members}
    gone = {e.member.id: e for e in later.former}
    assert gone[ZENKI].until is not None and gone[ZENKI].until.startswith("2017-07")
    assert all(e.since == "2017-01-28" for e in early.members)
    before = roster(view, "HTS", at="2016-06")
    assert before.members == []


def test_conflicts_show_both_sides_with_quotes(kb: Store) -> None:
    found = conflicts(View(kb))
    dates = [c for c in found if c.kind == "founded" and c.subject.id == HTS]
    assert len(dates) == 1
    sides = {s.statement: s for s in dates[0].sides}
    assert set(sides) == {"2017-01-28", "2016"}
    odd = sides["2016"].fact
    assert [s.source for s in odd.sources] == ["Global Conflict Digest"]
    assert "2016" in odd.claims[0].quote
    assert odd.claims[0].document.published == "2017-11-08"
    sizes = [c for c in found if c.kind == "size" and c.subject.id == HTS]
    assert sizes and len(sizes[0].sides) >= 2
    membership = [c for c in found if c.kind == "membership" and c.subject.id == ZENKI]
    assert membership
    assert {s.statement for s in membership[0].sides} >= {"member"}


def test_claims_filters_and_formats(kb: Store) -> None:
    view = View(kb)
    founded = list_claims(view, actor="HTS", predicate="founded")
    assert founded and all(c.predicate == "founded" for c in founded)
    assert all(HTS in (c.subject.id, c.object.id if c.object else "") for c in founded)
    digest = list_claims(view, source="Global Conflict")
    assert digest and {c.document.source for c in digest} == {"Global Conflict Digest"}
    recent = list_claims(view, since="2020")
    assert recent and all((c.document.published or "") >= "2020" for c in recent)
    record = founded[0].to_json()
    assert {"subject", "predicate", "object", "value", "evidence", "document"} <= set(record)
    assert record["subject"]["name"] == "Hayat Tahrir al-Sham"
    evidence = record["evidence"][0]
    assert evidence["quote"] and evidence["end"] > evidence["start"]
    buffer = io.StringIO()
    write_claims_csv(founded, buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert len(rows) == len(founded) and rows[0]["quote"] == founded[0].quote


def test_merge_then_undo_returns_every_view_to_before(kb: Store) -> None:
    before = snapshot(kb)
    merge = pipeline.merge_actors(kb, ZENKI, "fm:liwa-al-haqq", "tester", "test")
    during = snapshot(kb)
    assert during != before
    merged = profile(View(kb), "Liwa al-Haqq")
    assert merged.actor.id == ZENKI and "fm:liwa-al-haqq" in merged.ids
    pipeline.undo(kb, merge.id, "tester", None)
    assert snapshot(kb) == before


def test_split_then_undo_and_its_memory(kb: Store) -> None:
    before = snapshot(kb)
    merge = pipeline.merge_actors(kb, ZENKI, "fm:liwa-al-haqq", "tester", "test")
    split = pipeline.split_actor(kb, "fm:liwa-al-haqq", "tester", "not the same")
    assert snapshot(kb) == before
    assert ("fm:nour-al-din-al-zenki", "fm:liwa-al-haqq") in pipeline.kept_apart(kb.judgements())
    pipeline.undo(kb, split.id, "tester", None)
    assert profile(View(kb), "Liwa al-Haqq").actor.id == ZENKI
    pipeline.undo(kb, merge.id, "tester", None)
    assert snapshot(kb) == before


def test_reject_removes_a_claim_from_views_and_undo_brings_it_back(kb: Store) -> None:
    view = View(kb)
    odd = next(
        c
        for c in list_claims(view, actor=HTS, predicate="founded")
        if c.value and c.value["date"] == "2016"
    )
    before = snapshot(kb)
    rejected = pipeline.judge_claim(kb, odd.id, "reject", "tester", "misdated")
    assert not [c for c in conflicts(View(kb)) if c.kind == "founded" and c.subject.id == HTS]
    pipeline.undo(kb, rejected.id, "tester", None)
    assert snapshot(kb) == before
    accepted = pipeline.judge_claim(kb, odd.id, "accept", "tester", "checked")
    fact = next(
        f
        for f in profile(View(kb), HTS).section("Founded")
        if f.value and f.value["date"] == "2016"
    )
    assert fact.accepted and fact.confidence == 1.0
    pipeline.undo(kb, accepted.id, "tester", None)
    assert snapshot(kb) == before


def test_refused_merges_explain_themselves(kb: Store) -> None:
    with pytest.raises(pipeline.InputError, match="person"):
        pipeline.merge_actors(kb, HTS, "Abu Jaber Hashem al-Sheikh", "tester", None)
    with pytest.raises(pipeline.InputError, match="already one actor"):
        pipeline.merge_actors(kb, "HTS", "Haiat Tahrir al-Cham", "tester", None)


def test_agreement_across_outlets_raises_confidence(kb: Store) -> None:
    founded = {f.value["date"]: f for f in profile(View(kb), HTS).section("Founded") if f.value}
    single = founded["2016"]
    assert single.confidence == pytest.approx(single.claims[0].confidence)
    many = founded["2017-01-28"]
    assert many.confidence > max(c.confidence for c in many.claims)


def test_new_spellings_across_documents_are_merged_with_a_recorded_reason(
    tmp_path: Path, extractor: RulesExtractor
) -> None:
    first = tmp_path / "a.md"
    first.write_text(
        "---\ntitle: Uzbek fighters in Idlib\nsource: Example Wire\npublished: 2019-05-01\n---\n"
        "Katibat al-Tawhid wal-Jihad, a faction of Uzbek fighters, operates in Idlib province. "
        "It was formed in 2014.\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.md"
    second.write_text(
        "---\ntitle: Central Asian factions\nsource: Other Desk\npublished: 2020-02-01\n---\n"
        "Katibat al-Tawheed wal-Jihad is active in Idlib and northern Latakia. "
        "Katibat al-Tawheed wal-Jihad was founded in 2014 by fighters from Central Asia.\n",
        encoding="utf-8",
    )
    store = pipeline.open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    outcomes = list(pipeline.ingest([str(first), str(second)], store, extractor=extractor))
    assert [o.status for o in outcomes] == ["new", "new"]
    auto = [j for j in store.judgements() if j.kind == "merge"]
    assert len(auto) == 1
    assert auto[0].author == "factionmap-resolver" and auto[0].score is not None
    assert auto[0].reason
    found = profile(View(store), "Katibat al-Tawheed")
    founded = found.section("Founded")
    assert len(founded) == 1 and len(founded[0].sources) == 2
    assert json.dumps(profile_json(found))
    store.close()


def test_a_wing_given_two_parents_is_a_conflict(tmp_path: Path, extractor: RulesExtractor) -> None:
    one = tmp_path / "one.md"
    one.write_text(
        "---\ntitle: Factions in Gaza\nsource: Outlet One\npublished: 2023-01-01\n---\n"
        "The Abu Ali Mustafa Brigades are the armed wing of the Popular Front for the "
        "Liberation of Palestine.\n",
        encoding="utf-8",
    )
    two = tmp_path / "two.md"
    two.write_text(
        "---\ntitle: Claims of responsibility\nsource: Outlet Two\npublished: 2023-02-01\n---\n"
        "The Abu Ali Mustafa Brigades, the military wing of Fatah, claimed the attack.\n",
        encoding="utf-8",
    )
    store = pipeline.open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    list(pipeline.ingest([str(one), str(two)], store, extractor=extractor))
    found = [c for c in conflicts(View(store)) if c.kind == "armed_wing_of"]
    assert len(found) == 1
    assert {s.fact.sources[0].source for s in found[0].sides} == {"Outlet One", "Outlet Two"}
    assert "Fatah" in found[0].summary and "Popular Front" in found[0].summary
    store.close()
