"""Golden sentences for strength figures, plus properties that must hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factionmap.extract.sizes import find_sizes

Found = list[tuple[str, int, int, str, bool]]


def found(text: str) -> Found:
    return [(text[m.start : m.end], m.low, m.high, m.unit, m.hedged) for m in find_sizes(text)]


GOLDEN: list[tuple[str, Found]] = [
    # plain figures
    ("The group has 7,000 fighters.", [("7,000 fighters", 7000, 7000, "fighters", False)]),
    # figures with no unit after a verb of counting
    ("Its fighters number about 2,000.", [("about 2,000", 2000, 2000, "fighters", True)]),
    (
        "Analysts put the front's strength at around 4,500.",
        [("around 4,500", 4500, 4500, "fighters", True)],
    ),
    ("The party has 7000 members.", [("7000 members", 7000, 7000, "members", False)]),
    ("It fields 7 000 armed men.", [("7 000 armed men", 7000, 7000, "fighters", False)]),
    ("It fields 7\u00a0000 fighters.", [("7\u00a0000 fighters", 7000, 7000, "fighters", False)]),
    ("A cell of 12 militants.", [("12 militants", 12, 12, "fighters", False)]),
    ("A coalition of twelve factions.", [("twelve factions", 12, 12, "groups", False)]),
    ("Twelve factions signed.", [("Twelve factions", 12, 12, "groups", False)]),
    (
        "It unites twenty-five armed groups.",
        [("twenty-five armed groups", 25, 25, "groups", False)],
    ),
    (
        "It has three hundred combatants.",
        [("three hundred combatants", 300, 300, "fighters", False)],
    ),
    (
        "It has three hundred and fifty gunmen.",
        [("three hundred and fifty gunmen", 350, 350, "fighters", False)],
    ),
    (
        "It had 1.5 million men under arms.",
        [("1.5 million men under arms", 1_500_000, 1_500_000, "fighters", False)],
    ),
    ("It had 2 million troops.", [("2 million troops", 2_000_000, 2_000_000, "fighters", False)]),
    ("It has two-thousand soldiers.", [("two-thousand soldiers", 2000, 2000, "fighters", False)]),
    ("It lists 400 personnel.", [("400 personnel", 400, 400, "fighters", False)]),
    ("It drew 900 new recruits.", [("900 new recruits", 900, 900, "fighters", False)]),
    ("It has 600 cadres.", [("600 cadres", 600, 600, "members", False)]),
    ("It has a dozen factions.", [("a dozen factions", 12, 12, "groups", False)]),
    (
        "It commands 4,000 active full-time fighters.",
        [("4,000 active full-time fighters", 4000, 4000, "fighters", False)],
    ),
    ("It has 7,000 Kurdish fighters.", [("7,000 Kurdish fighters", 7000, 7000, "fighters", False)]),
    # unit nouns that count groups
    ("An alliance of 12 brigades.", [("12 brigades", 12, 12, "groups", False)]),
    ("An alliance of 8 battalions.", [("8 battalions", 8, 8, "groups", False)]),
    ("An alliance of 30 militias.", [("30 militias", 30, 30, "groups", False)]),
    ("An alliance of 5 organizations.", [("5 organizations", 5, 5, "groups", False)]),
    ("An alliance of four movements.", [("four movements", 4, 4, "groups", False)]),
    ("An alliance of 12 member groups.", [("12 member groups", 12, 12, "groups", False)]),
    (
        "An alliance of seven constituent groups.",
        [("seven constituent groups", 7, 7, "groups", False)],
    ),
    # ranges
    (
        "It has between 20,000 and 40,000 fighters.",
        [("between 20,000 and 40,000 fighters", 20000, 40000, "fighters", False)],
    ),
    (
        "It has 20,000 to 40,000 fighters.",
        [("20,000 to 40,000 fighters", 20000, 40000, "fighters", False)],
    ),
    (
        "It has 20,000-40,000 fighters.",
        [("20,000-40,000 fighters", 20000, 40000, "fighters", False)],
    ),
    ("It has 20,000–40,000 members.", [("20,000–40,000 members", 20000, 40000, "members", False)]),
    (
        "It grew from 5,000 to 7,000 fighters.",
        [("from 5,000 to 7,000 fighters", 5000, 7000, "fighters", False)],
    ),
    (
        "It has between five and seven thousand fighters.",
        [("between five and seven thousand fighters", 5000, 7000, "fighters", False)],
    ),
    (
        "It has between 1.5 and 2 million troops.",
        [("between 1.5 and 2 million troops", 1_500_000, 2_000_000, "fighters", False)],
    ),
    # vague quantities
    (
        "It has tens of thousands of fighters.",
        [("tens of thousands of fighters", 20000, 90000, "fighters", True)],
    ),
    (
        "It has several thousand fighters.",
        [("several thousand fighters", 2000, 9000, "fighters", True)],
    ),
    ("It has a few hundred militants.", [("a few hundred militants", 200, 500, "fighters", True)]),
    ("It has hundreds of fighters.", [("hundreds of fighters", 200, 900, "fighters", True)]),
    ("It has thousands of members.", [("thousands of members", 2000, 9000, "members", True)]),
    ("It unites dozens of groups.", [("dozens of groups", 24, 96, "groups", True)]),
    # hedges
    (
        "It has more than 100,000 fighters.",
        [("more than 100,000 fighters", 100000, 100000, "fighters", True)],
    ),
    (
        "It has at least 5,000 soldiers.",
        [("at least 5,000 soldiers", 5000, 5000, "fighters", True)],
    ),
    ("It has up to 10,000 gunmen.", [("up to 10,000 gunmen", 10000, 10000, "fighters", True)]),
    (
        "It has an estimated 30,000 fighters.",
        [("an estimated 30,000 fighters", 30000, 30000, "fighters", True)],
    ),
    ("It has some 1,000 recruits.", [("some 1,000 recruits", 1000, 1000, "fighters", True)]),
    ("It has about 500 men.", [("about 500 men", 500, 500, "fighters", True)]),
    ("It has around 800 fighters.", [("around 800 fighters", 800, 800, "fighters", True)]),
    ("It has roughly 2,500 troops.", [("roughly 2,500 troops", 2500, 2500, "fighters", True)]),
    ("It has nearly 4,000 members.", [("nearly 4,000 members", 4000, 4000, "members", True)]),
    ("It has approximately 600 cadres.", [("approximately 600 cadres", 600, 600, "members", True)]),
    (
        "It has as many as 3,000 combatants.",
        [("as many as 3,000 combatants", 3000, 3000, "fighters", True)],
    ),
    (
        "The group reportedly has 5,000 fighters.",
        [("5,000 fighters", 5000, 5000, "fighters", True)],
    ),
    ("It has 5,000+ fighters.", [("5,000+ fighters", 5000, 5000, "fighters", True)]),
    ("It has 5,000 or more fighters.", [("5,000 or more fighters", 5000, 5000, "fighters", True)]),
    ("A 7,000-strong force.", [("7,000-strong", 7000, 7000, "fighters", False)]),
    # money, percentages, ordinals, names
    ("Donors gave $5 million and 5,000 dollars.", []),
    ("It paid €300 to recruits.", []),
    ("Some 40% of fighters and 40 percent of members left.", []),
    ("The 5th brigade and the 3rd battalions moved.", []),
    ("M23 fighters took Goma.", []),
    ("Brigade 313 fighters and Division 25 troops moved.", []),
    ("Resolution 2254 members met.", []),
    ("It has 30k fighters.", []),
    # not strength nouns
    ("It has 10,000 supporters and 300 activists.", []),
    ("One armed group attacked; some fighters fled.", []),
    # casualties are tolls, not strengths
    ("The army killed 5,000 fighters.", []),
    ("The army killed at least 200 militants.", []),
    ("It lost 300 fighters.", []),
    ("Some 5,000 fighters were killed.", []),
    # the verb after the owner's name, a unit's ordinal no second figure
    ("More than a hundred members of the 33rd Front surrendered in May.", []),
    (
        "About 3,000 fighters of the 12th Brigade hold the valley.",
        [("About 3,000 fighters", 3000, 3000, "fighters", True)],
    ),
    ("On 30 January 1,615 cadres laid down arms in Lindi.", []),
    ("Some thirty fighters destroyed their weapons at a ceremony.", []),
    # figures of men held, disarmed or sent somewhere are no strength
    ("About 9,000 fighters remain in detention in the north-east.", []),
    ("The process demobilised more than 5,000 fighters by 2023.", []),
    ("Some 11,000 soldiers and police entered the prison.", []),
    ("2,000 fighters died and 300 troops were wounded.", []),
    ("400 militants were captured, 50 men arrested.", []),
    ("300 fighters who were later detained.", []),
    ("10,000 people and 2,000 fighters were displaced.", []),
    (
        "The group lost 300 fighters in 2016 but still has 4,000 active fighters.",
        [("4,000 active fighters", 4000, 4000, "fighters", False)],
    ),
    (
        "It has 5,000 fighters and 300 were killed last year.",
        [("5,000 fighters", 5000, 5000, "fighters", False)],
    ),
    # years are not head counts
    ("In 2014 fighters stormed the town.", []),
    ("In 2014, 300 fighters stormed the town.", [("300 fighters", 300, 300, "fighters", False)]),
    (
        "It grew from 2,000 in 2014 to 5,000 fighters.",
        [("5,000 fighters", 5000, 5000, "fighters", False)],
    ),
    # a day of the month before a group's fighters is a date
    ("On March 9, Lindi fighters crossed the river.", []),
    (
        "By March, 12 Lindi fighters had crossed the river.",
        [("12 Lindi fighters", 12, 12, "fighters", False)],
    ),
    # several in one sentence
    (
        "Its 12 brigades field about 8,000 fighters and 2,000 members.",
        [
            ("12 brigades", 12, 12, "groups", False),
            ("about 8,000 fighters", 8000, 8000, "fighters", True),
            ("2,000 members", 2000, 2000, "members", False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[t for t, _ in GOLDEN])
def test_golden(text: str, expected: Found) -> None:
    assert found(text) == expected


FRAGMENTS = [
    "about", "some", "an estimated", "between", "and", "to", "from", "-", "–", "7,000", "7 000",
    "12", "twelve", "twenty-five", "three hundred", "1.5 million", "tens of thousands of",
    "dozens of", "a few hundred", "fighters", "men under arms", "groups", "members", "armed",
    "killed", "were killed", "$", "%", "Brigade", "M", "in", "2014", "strong", "+", "or more",
    ",", ".", "Kurdish", "a", "dozen", "and", "hundred",
]  # fmt: skip
sentences = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join),
    st.text(alphabet=st.sampled_from("0123456789 ,.-–$+%afghimnorstuw"), max_size=60),
    st.text(max_size=80),
)


@settings(max_examples=500, deadline=None)
@given(text=sentences)
def test_mentions_are_well_formed(text: str) -> None:
    previous_end = 0
    for mention in find_sizes(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= previous_end
        previous_end = mention.end
        assert 1 <= mention.low <= mention.high
        assert mention.unit in {"fighters", "members", "groups"}
