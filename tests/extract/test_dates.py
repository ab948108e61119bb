"""Golden sentences for date phrases, plus properties that must hold for any text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factionmap.extract.dates import DateMention, find_dates, is_iso_prefix, load_eras

Found = list[tuple[str, dict[str, str], bool]]


def found(text: str, published: str | None = None) -> Found:
    return [(text[m.start : m.end], m.value, m.since) for m in find_dates(text, published)]


def year(value: str) -> dict[str, str]:
    return {"date": value}


def period(earliest: str, latest: str) -> dict[str, str]:
    return {"earliest": earliest, "latest": latest}


GOLDEN: list[tuple[str, Found]] = [
    # the first or last days or weeks of a year name its first or last month
    (
        "It dissolved itself in the last weeks of 2019.",
        [("the last weeks of 2019", year("2019-12"), False)],
    ),
    (
        "In the first days of 1975 it was formed.",
        [("the first days of 1975", year("1975-01"), False)],
    ),
    # years
    ("The group was founded in 1987.", [("1987", year("1987"), False)]),
    ("1987's uprising changed everything.", [("1987", year("1987"), False)]),
    ("It went underground after the 2011 uprising.", [("2011", year("2011"), False)]),
    ("They took power in the 2021 military coup.", [("2021", year("2021"), False)]),
    (
        "It was active pre-2003 and post-2011.",
        [("2003", year("2003"), False), ("2011", year("2011"), False)],
    ),
    # numbers that are not years
    ("Monitors recorded 1,987 incidents.", []),
    ("File 19870 was closed.", []),
    ("The brigade has 2000 fighters.", []),
    ("Some 2000 armed men and 1999 members joined.", []),
    ("A 2000-strong force entered at 1900 GMT.", []),
    ("Security Council Resolution 2100 was adopted.", []),
    ("Decree No. 1999 and case #2011 and number 2003 were cited.", []),
    ("Unit 8200 paid $2000 for item 2018.5.", []),
    ("In 2000 fighters stormed the town.", [("2000", year("2000"), False)]),
    # full dates
    ("It was formed on 23 July 2018.", [("23 July 2018", year("2018-07-23"), False)]),
    ("It was formed on July 23, 2018.", [("July 23, 2018", year("2018-07-23"), False)]),
    ("It was formed on the 23rd of July 2018.", [("23rd of July 2018", year("2018-07-23"), False)]),
    ("Founded 2018-07-23 in Idlib.", [("2018-07-23", year("2018-07-23"), False)]),
    ("Founded 23/07/2018 in Idlib.", [("23/07/2018", year("2018-07-23"), False)]),
    ("The attack on 9 March 2019 killed four.", [("9 March 2019", year("2019-03-09"), False)]),
    ("On Monday, March 9th, 2019 it split.", [("March 9th, 2019", year("2019-03-09"), False)]),
    ("A date such as 31/02/2019 does not exist.", []),
    # month and year
    ("It was formed in March 2017.", [("March 2017", year("2017-03"), False)]),
    ("It was formed in mid-March 2017.", [("mid-March 2017", year("2017-03"), False)]),
    (
        "It split in Sept. 2014 and reunited in Oct 2023.",
        [("Sept. 2014", year("2014-09"), False), ("Oct 2023", year("2023-10"), False)],
    ),
    ("Talks began in Jan. 2020.", [("Jan. 2020", year("2020-01"), False)]),
    ("They march 2017 km; in march 2017 lowercase is a verb.", [("2017", year("2017"), False)]),
    ("The 2018-07 report.", [("2018-07", year("2018-07"), False)]),
    # decades and parts of years
    ("It emerged in the 1990s.", [("1990s", period("1990", "1999"), False)]),
    ("It emerged in the late 1990s.", [("late 1990s", period("1997", "1999"), False)]),
    ("It emerged in the early 2000s.", [("early 2000s", period("2000", "2003"), False)]),
    ("It emerged in the mid-1980s.", [("mid-1980s", period("1984", "1986"), False)]),
    ("It emerged in the late 1970s.", [("late 1970s", period("1977", "1979"), False)]),
    ("It emerged in the 1990's.", [("1990's", period("1990", "1999"), False)]),
    ("Its 1990's budget was small.", [("1990", year("1990"), False)]),
    ("It emerged in the late ’90s.", [("late ’90s", period("1997", "1999"), False)]),
    ("It was formed in early 2014.", [("early 2014", year("2014"), False)]),
    ("It was formed in mid-2014.", [("mid-2014", year("2014"), False)]),
    ("It was formed in the summer of 2014.", [("summer of 2014", year("2014"), False)]),
    # ranges
    (
        "It fought between 2000 and 2005.",
        [("between 2000 and 2005", period("2000", "2005"), False)],
    ),
    ("It fought from 2011 to 2013.", [("from 2011 to 2013", period("2011", "2013"), False)]),
    ("It fought 2011–2013 in Homs.", [("2011–2013", period("2011", "2013"), False)]),
    ("It fought 2011-2013 in Homs.", [("2011-2013", period("2011", "2013"), False)]),
    (
        "It fought in 2011-13 and 1987–88.",
        [("2011-13", period("2011", "2013"), False), ("1987–88", period("1987", "1988"), False)],
    ),
    (
        "It fought between March 2011 and June 2012.",
        [("between March 2011 and June 2012", period("2011-03", "2012-06"), False)],
    ),
    (
        "It grew from the 1990s to 2005.",
        [("from the 1990s to 2005", period("1990", "2005"), False)],
    ),
    (
        "It attacked in 2000 and 2005.",
        [("2000", year("2000"), False), ("2005", year("2005"), False)],
    ),
    (
        "A list from 2013 to 2011 is no range.",
        [("2013", year("2013"), False), ("2011", year("2011"), False)],
    ),
    # eras
    (
        "It was founded during the Second Intifada.",
        [("Second Intifada", period("2000-09", "2005-02"), False)],
    ),
    (
        "It rose in the al-Aqsa Intifada.",
        [("al-Aqsa Intifada", period("2000-09", "2005-02"), False)],
    ),
    (
        "It rose in the Al Aqsa intifada.",
        [("Al Aqsa intifada", period("2000-09", "2005-02"), False)],
    ),
    ("It began in the First Intifada.", [("First Intifada", period("1987-12", "1993-09"), False)]),
    ("It began in the Arab Spring.", [("Arab Spring", period("2010-12", "2012"), False)]),
    (
        "It began in the Lebanese civil war.",
        [("Lebanese civil war", period("1975", "1990"), False)],
    ),
    (
        "It began in the Soviet–Afghan war.",
        [("Soviet–Afghan war", period("1979-12", "1989-02"), False)],
    ),
    (
        "It began in the Soviet-Afghan War.",
        [("Soviet-Afghan War", period("1979-12", "1989-02"), False)],
    ),
    ("It began in the Iran–Iraq war.", [("Iran–Iraq war", period("1980-09", "1988-08"), False)]),
    ("It began after the Gulf War.", [("Gulf War", period("1990-08", "1991-02"), False)]),
    (
        "It began after the 2003 invasion of Iraq.",
        [("2003 invasion of Iraq", year("2003-03"), False)],
    ),
    (
        "It began after the US-led invasion of Iraq.",
        [("US-led invasion of Iraq", year("2003-03"), False)],
    ),
    ("It began during the Tigray war.", [("Tigray war", period("2020-11", "2022-11"), False)]),
    ("It began during the Bosnian war.", [("Bosnian war", period("1992", "1995"), False)]),
    ("It began in the Chechen wars.", [("Chechen wars", period("1994-12", "2009-04"), False)]),
    (
        "It began in the First Chechen War.",
        [("First Chechen War", period("1994-12", "1996-08"), False)],
    ),
    (
        "It began in the Second Chechen War.",
        [("Second Chechen War", period("1999-08", "2009-04"), False)],
    ),
    ("It began in the Yemeni revolution.", [("Yemeni revolution", year("2011"), False)]),
    (
        "It began in the Libyan revolution.",
        [("Libyan revolution", period("2011-02", "2011-10"), False)],
    ),
    (
        "It began in the 2011 Libyan civil war.",
        [("2011 Libyan civil war", period("2011-02", "2011-10"), False)],
    ),
    ("It began in the Syrian revolution.", [("Syrian revolution", year("2011-03"), False)]),
    ("It fights in the Syrian civil war.", []),
    (
        "It began in the Nepalese People’s War.",
        [("Nepalese People’s War", period("1996-02", "2006-11"), False)],
    ),
    (
        "It began in the nepalese people's war.",
        [("nepalese people's war", period("1996-02", "2006-11"), False)],
    ),
    (
        "Veterans of World War II and World War I.",
        [
            ("World War II", period("1939-09", "1945-09"), False),
            ("World War I", period("1914-07", "1918-11"), False),
        ],
    ),
    ("It formed after 9/11.", [("9/11", year("2001-09-11"), False)]),
    # since
    ("It has held the town since 2006.", [("since 2006", year("2006"), True)]),
    ("Since March 2011, it has fought.", [("Since March 2011", year("2011-03"), True)]),
    (
        "It has existed ever since the Second Intifada.",
        [("since the Second Intifada", period("2000-09", "2005-02"), True)],
    ),
    ("It held the town until 2006.", [("2006", year("2006"), False)]),
    # a day and month with no year take the year the clause named before them
    (
        "1998: the front was formed on Dec. 26 by students.",
        [("1998", year("1998"), False), ("Dec. 26", year("1998-12-26"), False)],
    ),
    (
        "In 1987 the group was set up on 3 May; on 4 June it split.",
        [("1987", year("1987"), False), ("3 May", year("1987-05-03"), False)],
    ),
    # relative phrases need the published date
    ("It was founded last year, in January, two years ago, earlier this year.", []),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[t for t, _ in GOLDEN])
def test_golden(text: str, expected: Found) -> None:
    assert found(text) == expected


RELATIVE: list[tuple[str, str, Found]] = [
    ("It was founded last year.", "2024-03-15", [("last year", year("2023"), False)]),
    (
        "It was founded earlier this year.",
        "2024-03-15",
        [("earlier this year", year("2024"), False)],
    ),
    ("It was founded this year.", "2024-03-15", [("this year", year("2024"), False)]),
    ("It was founded two years ago.", "2024-03-15", [("two years ago", year("2022"), False)]),
    ("It was founded 2 years ago.", "2024-03-15", [("2 years ago", year("2022"), False)]),
    ("It was founded a year ago.", "2024-03-15", [("a year ago", year("2023"), False)]),
    # the day of an ISO date is no count of years
    ("Dated 2000-01-01 year ago", "2024-03-15", [("2000-01-01", year("2000-01-01"), False)]),
    (
        "It was founded three months ago.",
        "2024-03-15",
        [("three months ago", year("2023-12"), False)],
    ),
    ("It was founded last month.", "2024-03-15", [("last month", year("2024-02"), False)]),
    ("It was founded last month.", "2024-01-10", [("last month", year("2023-12"), False)]),
    ("It was founded in January.", "2024-03-15", [("January", year("2024-01"), False)]),
    ("It was founded in March.", "2024-03-15", [("March", year("2024-03"), False)]),
    ("It was founded in June.", "2024-03-15", [("June", year("2023-06"), False)]),
    ("It was founded in early January.", "2024-03-15", [("early January", year("2024-01"), False)]),
    (
        "It was founded in January last year.",
        "2024-03-15",
        [("January last year", year("2023-01"), False)],
    ),
    ("It has fought since last year.", "2024-03-15", [("since last year", year("2023"), True)]),
    ("It may split in May.", "2024-03-15", [("May", year("2023-05"), False)]),
    ("It was attacked yesterday and on Monday.", "2024-03-15", []),
    # a wire's day and month without a year: the article's year, last year's if still ahead
    (
        "The front announced on 29 January its dissolution.",
        "2024-03-15",
        [("29 January", year("2024-01-29"), False)],
    ),
    ("On 13 SEP the decree dissolved it.", "2024-03-15", [("13 SEP", year("2023-09-13"), False)]),
    ("On 5 JUN 02 it was founded.", "2024-03-15", []),
    (
        "In 1994 the war went on. On 3 May the front was formed.",
        "2024-03-15",
        [("1994", year("1994"), False)],
    ),
    ("It was founded in January.", "2024", []),
    # a year the text gave before, not the year it was published
    ("It was set up in January of that year.", "2024-03-15", []),
    ("It split in May of the following year.", "2024-03-15", []),
    ("It was founded last year.", "2024", [("last year", year("2023"), False)]),
    ("It was founded last year.", "2024-03-15T08:00:00Z", [("last year", year("2023"), False)]),
    (
        "Founded in 1987, it split last year.",
        "2024-03-15",
        [("1987", year("1987"), False), ("last year", year("2023"), False)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RELATIVE)
def test_relative(text: str, published: str, expected: Found) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize("published", ["yesterday", "2024-13-01", "2023-02-30", "24-01-01", ""])
def test_malformed_published_is_rejected(published: str) -> None:
    with pytest.raises(ValueError, match="published"):
        find_dates("It was founded last year.", published)


def test_shipped_eras_are_valid() -> None:
    eras = load_eras()
    assert len(eras) > 20
    assert all(era.names and era.earliest <= era.latest for era in eras)
    assert not any(name.lower().startswith("the ") for era in eras for name in era.names)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("names: [x]", "expected a list"),
        ("- just a string", "expected a mapping"),
        ('- {earliest: "1990", latest: "1991"}', "'names' must be a non-empty list"),
        ('- {names: [], earliest: "1990", latest: "1991"}', "'names' must be a non-empty list"),
        ('- {names: [""], earliest: "1990", latest: "1991"}', "'names' must be a non-empty list"),
        ('- {names: [War], earliest: 1990, latest: "1991"}', "'earliest' must be a quoted"),
        ('- {names: [War], earliest: "1990-13", latest: "1991"}', "'earliest' must be a quoted"),
        ('- {names: [War], earliest: "1990"}', "'latest' must be a quoted"),
        ('- {names: [War], earliest: "1992", latest: "1991"}', "is after latest"),
        ('- {names: [War], earliest: "1990", latest: "1991", lastest: "x"}', "unknown key"),
        (
            '- {names: [Big War], earliest: "1990", latest: "1991"}\n'
            '- {names: [the big-war], earliest: "1990", latest: "1991"}',
            "already used",
        ),
        ("- {names: [War", "not valid YAML"),
    ],
)
def test_invalid_eras_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "eras.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        load_eras(path)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("1987", True),
        ("2018-07", True),
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2018-00", False),
        ("87", False),
        ("2018-7", False),
        ("2018-07-23T00", False),
    ],
)
def test_is_iso_prefix(value: str, valid: bool) -> None:
    assert is_iso_prefix(value) is valid


# --- properties ------------------------------------------------------------------------------

ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FRAGMENTS = [
    "in", "since", "between", "and", "from", "to", "the", "early", "mid-", "late", "1987",
    "2000", "1990s", "'90s", "2011-13", "2018-07-23", "23/07/2018", "23", "July", "Sept.",
    "March", "of", ",", "–", "-", "fighters", "No.", "Resolution", "last", "this", "year",
    "month", "ago", "two", "January", "Second Intifada", "Gulf War", "1,987", "$", "'s", ".",
]  # fmt: skip
sentences = st.one_of(
    st.text(alphabet=st.sampled_from("0123456789 -–/.,'’$#sJMayulrchinbt"), max_size=60),
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join),
    st.text(max_size=80),
)
published_dates = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()[:10]).filter(lambda s: len(s) == 10),
    st.integers(1900, 2099).map(str),
)


def check_invariants(text: str, mentions: list[DateMention]) -> None:
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= previous_end
        previous_end = mention.end
        if "date" in mention.value:
            assert set(mention.value) == {"date"}
            assert ISO_PREFIX.match(mention.value["date"])
            assert is_iso_prefix(mention.value["date"])
        else:
            assert set(mention.value) == {"earliest", "latest"}
            assert ISO_PREFIX.match(mention.value["earliest"])
            assert ISO_PREFIX.match(mention.value["latest"])
            assert mention.value["earliest"] <= mention.value["latest"]


@settings(max_examples=400, deadline=None)
@given(text=sentences, published=published_dates)
def test_mentions_are_well_formed(text: str, published: str | None) -> None:
    check_invariants(text, find_dates(text, published))


@settings(max_examples=200, deadline=None)
@given(text=sentences)
def test_published_date_only_adds(text: str) -> None:
    with_date = find_dates(text, "2024-03-15")
    # Every absolute mention survives, on its own or inside a range it now belongs to.
    for mention in find_dates(text):
        assert any(w.start <= mention.start and mention.end <= w.end for w in with_date)
