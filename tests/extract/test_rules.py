"""How the rules backend reads English statements about armed groups."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factionmap.extract.rules import RulesExtractor
from factionmap.model import Claim, Document
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor()


def facts(extractor: RulesExtractor, text: str, published: str | None = None) -> set[tuple]:
    document = Document.from_text(text, origin="test", published=published)
    found = set()
    for claim in extractor(document):
        target = claim.object.name if claim.object else tuple(sorted(claim.value.items()))
        found.add((claim.subject.name, claim.predicate, target))
    return found


def claims(extractor: RulesExtractor, text: str) -> list[Claim]:
    return extractor(Document.from_text(text, origin="test"))


def test_armed_wing_in_apposition(extractor: RulesExtractor) -> None:
    found = facts(extractor, "Saraya al-Quds, the armed wing of Palestinian Islamic Jihad, said.")
    assert found == {("Al-Quds Brigades", "armed_wing_of", "Palestinian Islamic Jihad")}


def test_possessive_wing(extractor: RulesExtractor) -> None:
    found = facts(extractor, "Hamas's armed wing, the Izz al-Din al-Qassam Brigades, fired.")
    assert any(p == "armed_wing_of" and o == "Hamas" for _, p, o in found)


def test_coalition_members_listed(extractor: RulesExtractor) -> None:
    text = (
        "The Three Brotherhood Alliance comprises the Myanmar National Democratic Alliance "
        "Army, the Ta'ang National Liberation Army and the Arakan Army."
    )
    members = {s for s, p, _ in facts(extractor, text) if p == "member_of"}
    assert len(members) == 3


def test_negated_membership_is_not_emitted(extractor: RulesExtractor) -> None:
    text = "The Kachin Independence Army is not a member of the Three Brotherhood Alliance."
    assert not any(p == "member_of" for _, p, _ in facts(extractor, text))


def test_hedged_claim_has_lower_confidence(extractor: RulesExtractor) -> None:
    plain = claims(extractor, "The Arakan Army is allied with the Kachin Independence Army.")
    hedged = claims(
        extractor, "The Arakan Army is reportedly allied with the Kachin Independence Army."
    )
    plain_ally = [c for c in plain if c.predicate == "allied_with"]
    hedged_ally = [c for c in hedged if c.predicate == "allied_with"]
    assert plain_ally and hedged_ally
    assert hedged_ally[0].confidence < plain_ally[0].confidence


def test_heading_gives_the_subject_of_the_section(extractor: RulesExtractor) -> None:
    text = "Kachin Independence Army\n\nIt was formed in 1961 and has some 10,000 fighters.\n"
    found = facts(extractor, text)
    assert ("Kachin Independence Army", "founded", (("date", "1961"),)) in found
    sizes = [v for s, p, v in found if p == "size"]
    assert sizes and dict(sizes[0])["low"] == 10000


def test_parenthetical_acronym_is_an_alias(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The Popular Front for the Liberation of Palestine (PFLP) said.")
    assert any(p == "alias" and dict(v).get("text") == "PFLP" for _, p, v in found)


def test_persons_are_never_organizations(extractor: RulesExtractor) -> None:
    text = "The Abu Ali Mustafa Brigades are named after Abu Ali Mustafa."
    for claim in claims(extractor, text):
        if claim.predicate == "named_after":
            assert claim.object is not None and claim.object.kind == "person"
            assert claim.subject.kind != "person"
            assert claim.subject.id != claim.object.id


def test_output_is_deterministic_and_sorted(extractor: RulesExtractor) -> None:
    path = EXAMPLES / "jnim-profile.md"
    document = Document.from_text(path.read_text(encoding="utf-8"), origin=str(path))
    first = [c.to_json() for c in extractor(document)]
    second = [c.to_json() for c in RulesExtractor()(document)]
    assert first == second
    starts = [c["evidence"][0]["start"] for c in first]
    assert starts == sorted(starts)


def _all_grounded(extractor: RulesExtractor, text: str) -> None:
    document = Document.from_text(text, origin="generated")
    for claim in extractor(document):
        assert claim.evidence
        for evidence in claim.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.quote
        assert (claim.object is None) == (claim.value is not None)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.*")), ids=lambda p: Path(p).name)
def test_every_quote_matches_its_offsets_on_real_articles(
    extractor: RulesExtractor, path: Path
) -> None:
    _all_grounded(extractor, path.read_text(encoding="utf-8"))


FRAGMENTS = [
    "Hamas",
    "the Qassam Brigades",
    ", the armed wing of ",
    " joined ",
    "JNIM",
    " was formed in 2017",
    " (HTS) ",
    "It ",
    " is not a member of ",
    " reportedly ",
    "an estimated 7,000 fighters",
    "\n\nKachin Independence Army\n\n",
    "سرايا القدس",
    " named after Abu Ali Mustafa",
    "Founded: 1987 | Leader: Ahmed Yassin\n",
    "é\u0301",
    "\r\n",
    ". ",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25))
def test_every_quote_matches_its_offsets_on_generated_text(pieces: list[str]) -> None:
    _all_grounded(_shared(), "".join(pieces))


_EXTRACTOR: list[RulesExtractor] = []


def _shared() -> RulesExtractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(RulesExtractor())
    return _EXTRACTOR[0]
