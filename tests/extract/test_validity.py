"""When a relation held: valid_from / valid_to read from the sentence that states it.

The gold files do not score validity, so these tests do. Sentences are worded unlike the
dev articles."""

from __future__ import annotations

import pytest

from factionmap.extract.rules import RulesExtractor
from factionmap.model import Claim, Document


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor()


def claims(extractor: RulesExtractor, text: str, published: str | None = None) -> list[Claim]:
    document = Document.from_text(text, origin="test", published=published)
    out = extractor(document)
    for claim in out:
        assert all(e.quote == document.text[e.start : e.end] for e in claim.evidence)
    return out


def one(found: list[Claim], subject: str, predicate: str, target: str) -> Claim:
    hits = [
        c
        for c in found
        if c.subject.mention == subject
        and c.predicate == predicate
        and c.object is not None
        and c.object.mention == target
    ]
    assert len(hits) == 1, [(c.subject.mention, c.predicate, c.object) for c in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "member", "coalition", "until"),
    [
        (
            "Jaysh al-Izza withdrew from the National Front for Liberation on 3 May 2019.",
            "Jaysh al-Izza",
            "National Front for Liberation",
            "2019-05-03",
        ),
        (
            "Faylaq al-Sham quit the Syrian National Army in March 2020 after a row over pay.",
            "Faylaq al-Sham",
            "Syrian National Army",
            "2020-03",
        ),
        (
            "In 2016 Ahrar al-Sham pulled out of Jaysh al-Fatah.",
            "Ahrar al-Sham",
            "Jaysh al-Fatah",
            "2016",
        ),
        (
            "Liwa al-Haqq left the Islamic Front in 2015, citing divisions.",
            "Liwa al-Haqq",
            "Islamic Front",
            "2015",
        ),
    ],
)
def test_leaving_a_coalition_is_a_membership_that_ended(
    extractor: RulesExtractor, text: str, member: str, coalition: str, until: str
) -> None:
    found = [c for c in claims(extractor, text) if c.predicate == "member_of"]
    claim = one(found, member, "member_of", coalition)
    assert claim.valid_to == until
    assert claim.valid_from is None


def test_infobox_line_for_leaving(extractor: RulesExtractor) -> None:
    text = "## Liwa al-Haqq\n\n- Founded: 2013\n- Left the Islamic Front: 2 February 2015\n"
    claim = one(claims(extractor, text), "Liwa al-Haqq", "member_of", "Islamic Front")
    assert claim.valid_to == "2015-02-02"


def test_infobox_line_for_joining(extractor: RulesExtractor) -> None:
    text = "## Liwa al-Haqq\n\n- Founded: 2013\n- Joined the Islamic Front: November 2013\n"
    claim = one(claims(extractor, text), "Liwa al-Haqq", "member_of", "Islamic Front")
    assert claim.valid_from == "2013-11" and claim.valid_to is None


@pytest.mark.parametrize(
    ("text", "since"),
    [
        ("Faylaq al-Sham joined the National Front for Liberation in May 2018.", "2018-05"),
        (
            "Faylaq al-Sham has been a member of the National Front for Liberation since 2018.",
            "2018",
        ),
        (
            "In 2018 Faylaq al-Sham became a founding member of the National Front for Liberation.",
            "2018",
        ),
    ],
)
def test_joining_gives_valid_from(extractor: RulesExtractor, text: str, since: str) -> None:
    claim = one(
        claims(extractor, text), "Faylaq al-Sham", "member_of", "National Front for Liberation"
    )
    assert claim.valid_from == since and claim.valid_to is None


@pytest.mark.parametrize(
    "text",
    [
        "The Hamza Division broke away from the Syrian National Army in August 2021.",
        "In August 2021 the Hamza Division split from the Syrian National Army.",
    ],
)
def test_split_date_starts_the_split(extractor: RulesExtractor, text: str) -> None:
    claim = one(claims(extractor, text), "Hamza Division", "split_from", "Syrian National Army")
    assert claim.valid_from == "2021-08"


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham is not a member of the National Front for Liberation.",
        "Ahrar al-Sham denied joining the National Front for Liberation.",
        "Ahrar al-Sham has never joined the National Front for Liberation.",
        "Ahrar al-Sham refused to join the National Front for Liberation.",
    ],
)
def test_real_negation_still_suppresses(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in claims(extractor, text) if c.predicate == "member_of"]


@pytest.mark.parametrize(
    "text",
    [
        "The defeat left Hayat Tahrir al-Sham weaker than before.",
        "The split left the National Front for Liberation divided.",
    ],
)
def test_left_as_a_result_is_no_membership(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in claims(extractor, text) if c.predicate == "member_of"]
