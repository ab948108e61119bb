"""Date phrases in a sentence, with exact character offsets.

Phrases are found by regular expressions alone, so offsets are exact and a typical sentence
costs well under a millisecond; free-text date search (dateparser's) would be slower and would
blur the spans. Values are ISO-8601 prefixes: ``{"date": "1987"}``, ``{"date": "2018-07"}``,
``{"date": "2018-07-23"}``, or a period ``{"earliest": "1995", "latest": "1999"}``.

Span convention: a span starts at the first word that carries date meaning. Articles and plain
prepositions ("the", "in", "on", "during") stay outside it; "since", "between" and "from" are
inside, because they change what the phrase means.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from factionmap.extract.names import load_yaml
from factionmap.extract.sizes import NUMBER_WORDS

ERAS_PATH = Path(__file__).parent.parent / "data" / "eras.yaml"


@dataclass(frozen=True)
class DateMention:
    """A date phrase: ``text[start:end]``, its ISO value, and whether it read "since ..."."""

    start: int
    end: int
    value: dict[str, str]
    since: bool = False


@dataclass(frozen=True)
class Era:
    """A named period from eras.yaml; names are stored without a leading "the"."""

    names: tuple[str, ...]
    earliest: str
    latest: str


@dataclass(frozen=True)
class _Anchor:
    """The article's own date, against which relative phrases are resolved."""

    year: int
    month: int | None


# --- building blocks -------------------------------------------------------------------------

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_FULL_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
# Abbreviations take an optional dot; full names never do, so "in March." keeps its full stop.
_MONTH = (
    rf"(?P<mon>{_FULL_MONTH}(?!\w)"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|(?!\w)))"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# A year must not run on into a longer number ("19870", "1987.5", "2018,000").
_YEAR_END = r"(?!\w)(?![.,]\d)"
# Nor be the tail of one ("1,987", "12.2018"), a sum of money or an identifier glued to letters.
_NUM_START = r"(?<![\w$€£¥#/])(?<!\d[.,])"
_PART = r"(?P<mod>(?:early|mid|late)(?:-|\s+))"
_YEAR_PART = (
    r"(?P<mod>(?:early|mid|late)(?:-|\s+)"
    r"|(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\s+of\s+"
    r"|(?:spring|summer|autumn|winter)\s+)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"

_FLAGS = re.IGNORECASE
# Hyphen, non-breaking and typographic hyphens, en and em dashes: typesetters mix them freely.
_DASHES = r"\-‐‑–—"

_ISO_RE = re.compile(
    rf"(?<![\w-]){_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\w)(?![-./]\d)", _FLAGS
)
# Numeric dates are read day first, as most of the world's press writes them.
_NUMERIC_RE = re.compile(
    rf"(?<![\w./])(?<!\d[.,])(?P<day>\d{{1,2}})(?P<sep>[/.])(?P<month>\d{{1,2}})(?P=sep){_YEAR}"
    r"(?!\w)(?![./]\d)",
    _FLAGS,
)
_DAY_MONTH_YEAR_RE = re.compile(
    rf"(?<![\w.,/])(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}{_YEAR_END}", _FLAGS
)
_MONTH_DAY_YEAR_RE = re.compile(
    rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+{_YEAR}{_YEAR_END}", _FLAGS
)
_MONTH_YEAR_RE = re.compile(
    rf"(?<!\w)(?:\b{_YEAR_PART})?{_MONTH},?\s+(?:of\s+)?{_YEAR}{_YEAR_END}", _FLAGS
)
_YEAR_EDGE_RE = re.compile(
    r"\bthe\s+(?P<edge>first|opening|last|final|closing)\s+(?:few\s+)?(?:days|weeks)\s+of\s+"
    r"(?P<year>(?:1[89]|20)\d{2})(?!\d)",
    _FLAGS,
)
_YEAR_RE = re.compile(rf"(?:\b{_YEAR_PART})?{_NUM_START}{_YEAR}{_YEAR_END}", _FLAGS)
# A day and month with no year: "on 3 May", "on Dec. 26" (the year is the one said before)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w.,/])(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+{_MONTH}(?!,?\s+\d)", _FLAGS
)
_MONTH_DAY_RE = re.compile(
    rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}(?![\w,.]\d)(?!\w)(?!,?\s+\d)", _FLAGS
)
_DECADE_RE = re.compile(
    rf"(?:\b{_PART})?{_NUM_START}(?P<decade>(?:19|20)\d)0(?P<apos>['’])?s(?!\w)", _FLAGS
)
_SHORT_DECADE_RE = re.compile(rf"(?:\b{_PART})?(?<!\w)['’](?P<decade>[2-9])0s(?!\w)", _FLAGS)
# "2011-13", "1987–88", "1999-00"; with a plain hyphen and a smaller second half that is not the
# next year, "2018-07" is a month.
_SHORT_RANGE_RE = re.compile(
    rf"(?<![\w$€£¥#/-])(?<!\d[.,]){_YEAR}(?P<dash>[-–])(?P<tail>\d{{2}})(?!\w)(?![-./,]\d)", _FLAGS
)

# A four-digit number that counts something is not a year: "2000 fighters", "2000-strong".
_COUNTED_AFTER_RE = re.compile(
    r"(?:\s+(?:armed|active|trained|full-time|foreign|more|new|additional|other|regular)){0,2}"
    r"\s+(?:fighters|members|men|women|troops|militants|combatants|people|soldiers|gunmen"
    r"|personnel|recruits|rebels|insurgents|guerrillas|civilians|children|refugees|residents"
    r"|families|volunteers|supporters|followers|police|policemen|officers|dollars|euros|pounds"
    r"|rockets|missiles|vehicles|tanks|rifles|weapons|km|kilometres|kilometers|miles|metres"
    r"|meters|tonnes|tons|hours|hrs|gmt|utc)\b"
    r"|[-–](?:strong|man|member|year|day|km|mile)\b"
    r"|\s*%|\s+per\s*cent\b",
    _FLAGS,
)
# ...unless a preposition shows it is one after all: "in 2000 fighters stormed the town".
_YEAR_PREPOSITION_RE = re.compile(r"\b(?:in|since|during|until|before|after)\s+\Z", _FLAGS)
_IDENTIFIER_BEFORE_RE = re.compile(
    r"(?:\b(?:resolution|number|brigade|division|regiment|battalion|unit|article|flight|route"
    r"|highway)|\b(?:res|no|nos|nr)\.|#)\s*\Z",
    _FLAGS,
)
_THE_BEFORE_RE = re.compile(r"\bthe\s+\Z", _FLAGS)
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?\Z", _FLAGS)
# "c. 1990", "around 2013": a year give or take one (docs/gold-format.md)
_APPROXIMATE_BEFORE_RE = re.compile(
    # ("~1999": a dataset's or a table's mark for the same)
    r"(?:\b(?:circa|around|about|approximately|roughly|some\s+time\s+around)|\bc\.|\bca\.|~)"
    r"\s*(?:in\s+)?\Z",
    _FLAGS,
)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:the\s+)?\Z", _FLAGS)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+)?\Z", _FLAGS)
_DASH_GAP_RE = re.compile(rf"\s*[{_DASHES}]\s*")
_TO_GAP_RE = re.compile(r"\s+(?:to|until|till|through|thru)\s+(?:the\s+)?", _FLAGS)
_AND_GAP_RE = re.compile(r"\s+and\s+(?:the\s+)?", _FLAGS)
# "in 1955 or 1956": a source unsure of the year gives the span of its guesses
_OR_GAP_RE = re.compile(r"\s+or\s+(?:perhaps\s+|possibly\s+|maybe\s+)?", _FLAGS)
_LOOKBACK = 40

# Relative phrases: only meaningful against the article's own date.
_COUNT_WORDS = {"a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if n > 0}, "twenty": 20}
_COUNT = rf"(?P<count>\d{{1,2}}|{'|'.join(sorted(_COUNT_WORDS, key=len, reverse=True))})"
_THIS_YEAR_RE = re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+year\b", _FLAGS)
_LAST_YEAR_RE = re.compile(r"\blast\s+year\b", _FLAGS)
_THIS_MONTH_RE = re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+month\b", _FLAGS)
_LAST_MONTH_RE = re.compile(r"\blast\s+month\b", _FLAGS)
_AGO_RE = re.compile(rf"(?<![\w.,/-]){_COUNT}\s+(?P<unit>years?|months?)\s+ago\b", _FLAGS)
_MONTH_OF_YEAR_RE = re.compile(
    rf"(?<!\w)(?:\b{_PART})?(?P<mon>{_FULL_MONTH})\s+(?:of\s+)?(?P<which>last|this)\s+year\b",
    _FLAGS,
)
# A bare month needs a preposition, which keeps "May" the verb and "March" the verb out.
_BARE_MONTH_RE = re.compile(
    rf"\b(?:in|since|by|until|till|during|through)\s+(?:{_PART})?(?P<mon>{_FULL_MONTH})\b"
    r"(?!\s*,?\s*(?:of\s+)?\d)"
    # "in January of that year": a year the text gave earlier, not the year it was published
    r"(?!\s+of\s+(?:that|the\s+(?:same|following|next|previous|preceding))\s+year)",
    _FLAGS,
)

_ISO_PREFIX_RE = re.compile(r"\d{4}(?:-(\d{2})(?:-(\d{2}))?)?")
_PUBLISHED_RE = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# --- eras ------------------------------------------------------------------------------------


def is_iso_prefix(value: str) -> bool:
    """True for "1987", "2018-07" and "2018-07-23" when the month and day exist."""
    match = _ISO_PREFIX_RE.fullmatch(value)
    if match is None:
        return False
    month, day = match.group(1), match.group(2)
    if month is None:
        return True
    if not 1 <= int(month) <= 12:
        return False
    if day is None:
        return True
    try:
        date(max(int(value[:4]), 1), int(month), int(day))
    except ValueError:
        return False
    return True


def load_eras(path: Path = ERAS_PATH) -> tuple[Era, ...]:
    """Read and validate an eras file; raise ValueError naming the first problem found."""
    try:
        raw: object = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of eras, got {type(raw).__name__}")
    eras: list[Era] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw, start=1):
        where = f"{path}: era #{index}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected a mapping with names/earliest/latest")
        unknown = set(entry) - {"names", "earliest", "latest"}
        if unknown:
            raise ValueError(f"{where}: unknown key(s) {sorted(map(str, unknown))}")
        names = entry.get("names")
        if (
            not isinstance(names, list)
            or not names
            or not all(isinstance(name, str) and name.strip() for name in names)
        ):
            raise ValueError(f"{where}: 'names' must be a non-empty list of non-empty strings")
        where = f"{path}: era {names[0]!r}"
        bounds: list[str] = []
        for key in ("earliest", "latest"):
            value = entry.get(key)
            if not isinstance(value, str) or not is_iso_prefix(value):
                raise ValueError(
                    f"{where}: {key!r} must be a quoted ISO date prefix such as "
                    f'"1987", "2000-09" or "2000-09-28", got {value!r}'
                )
            bounds.append(value)
        if bounds[0] > bounds[1]:
            raise ValueError(f"{where}: earliest {bounds[0]!r} is after latest {bounds[1]!r}")
        cleaned = tuple(re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE) for name in names)
        for name in cleaned:
            key = _era_key(name)
            if key in seen:
                raise ValueError(f"{where}: name {name!r} is already used by era #{seen[key]}")
            seen[key] = index
        eras.append(Era(names=cleaned, earliest=bounds[0], latest=bounds[1]))
    return tuple(eras)


def _era_key(name: str) -> str:
    # Both the YAML names and the matched text go through this, so lookups agree on spelling.
    name = name.lower().replace("’", "'").replace("‘", "'")
    return re.sub(rf"[\s{_DASHES}]+", " ", name).strip()


def _era_pattern(key: str) -> str:
    words = [re.escape(word).replace("'", "['’‘]") for word in key.split(" ")]
    return rf"[\s{_DASHES}]+".join(words)


@cache
def _era_index() -> tuple[re.Pattern[str], dict[str, Era]]:
    by_key = {_era_key(name): era for era in load_eras() for name in era.names}
    # Longest first, so "World War II" is tried before "World War I".
    alternatives = sorted(by_key, key=len, reverse=True)
    pattern = rf"(?<!\w)(?:{'|'.join(_era_pattern(key) for key in alternatives)})(?!\w)"
    return re.compile(pattern, _FLAGS), by_key


# --- helpers ---------------------------------------------------------------------------------


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _point(value: str | None) -> dict[str, str] | None:
    return None if value is None else {"date": value}


def _period(earliest: str, latest: str) -> dict[str, str]:
    if earliest == latest:
        return {"date": earliest}
    return {"earliest": earliest, "latest": latest}


def _bounds(value: dict[str, str]) -> tuple[str, str]:
    if "date" in value:
        return value["date"], value["date"]
    return value["earliest"], value["latest"]


def _before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    # Searching a bounded window keeps this cheap; \b still sees the character before it.
    return pattern.search(text, max(0, end - _LOOKBACK), end)


def _month_number(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _is_month_name(match: re.Match[str]) -> bool:
    # Month names are capitalised in prose; lowercase "may" and "march" are verbs.
    return match.group("mon")[0].isupper()


def _span_start(match: re.Match[str]) -> int:
    return match.start("mod") if match.group("mod") else match.start("mon")


# --- finders ---------------------------------------------------------------------------------


def _absolute(text: str, out: list[DateMention]) -> None:
    def add(start: int, end: int, value: dict[str, str] | None) -> None:
        if value is not None:
            out.append(DateMention(start, end, value))

    for m in _ISO_RE.finditer(text):
        add(m.start(), m.end(), _point(_iso(int(m["year"]), int(m["month"]), int(m["day"]))))
    for m in _NUMERIC_RE.finditer(text):
        add(m.start(), m.end(), _point(_iso(int(m["year"]), int(m["month"]), int(m["day"]))))
    for regex in (_DAY_MONTH_YEAR_RE, _MONTH_DAY_YEAR_RE):
        for m in regex.finditer(text):
            if _is_month_name(m):
                value = _iso(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
                add(m.start(), m.end(), _point(value))
    for m in _MONTH_YEAR_RE.finditer(text):
        if _is_month_name(m):
            add(m.start(), m.end(), _point(_iso(int(m["year"]), _month_number(m["mon"]))))
    for m in _YEAR_RE.finditer(text):
        if _looks_like_year(text, m):
            add(m.start(), m.end(), _point(m["year"]))
    for m in _YEAR_EDGE_RE.finditer(text):
        # "in the last weeks of 2019": December; "the first days of 1975": January
        month = 1 if m["edge"].casefold() in ("first", "opening") else 12
        add(m.start(), m.end(), _point(_iso(int(m["year"]), month)))
    for regex in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        for m in regex.finditer(text):
            year = _year_said_before(text, m.start())
            if year is not None and _is_month_name(m) and 1 <= int(m["day"]) <= 31:
                # "1998: UPDF formed on Dec. 26", "In 1987 the front was set up on 3 May"
                add(m.start(), m.end(), _point(_iso(year, _month_number(m["mon"]), int(m["day"]))))
    for m in _SHORT_RANGE_RE.finditer(text):
        add(m.start(), m.end(), _short_range(m))
    for m in _DECADE_RE.finditer(text):
        # "the 1990's" is a decade, a bare "1990's" a possessive year.
        if m["apos"] and not m["mod"] and not _before(_THE_BEFORE_RE, text, m.start()):
            continue
        add(m.start(), m.end(), _decade(int(m["decade"]) * 10, m["mod"]))
    for m in _SHORT_DECADE_RE.finditer(text):
        add(m.start(), m.end(), _decade(1900 + int(m["decade"]) * 10, m["mod"]))


def _year_said_before(text: str, position: int) -> int | None:
    """The year a clause named shortly before a day and month that give none."""
    window = text[max(0, position - 80) : position]
    if re.search(r"[.;!?]\s", window):
        window = re.split(r"[.;!?]\s", window)[-1]
    years = [m for m in _YEAR_RE.finditer(window) if _looks_like_year(window, m)]
    return int(years[-1]["year"]) if years else None


def _looks_like_year(text: str, m: re.Match[str]) -> bool:
    if _before(_IDENTIFIER_BEFORE_RE, text, m.start()):
        return False
    if m["mod"]:
        return True
    if _COUNTED_AFTER_RE.match(text, m.end()):
        return _before(_YEAR_PREPOSITION_RE, text, m.start()) is not None
    return True


def _short_range(m: re.Match[str]) -> dict[str, str] | None:
    first = int(m["year"])
    tail = int(m["tail"])
    if tail > first % 100:
        return _period(m["year"], f"{first // 100 * 100 + tail:04d}")
    if tail == (first + 1) % 100:
        # "1999-00": consecutive years across a century, as fiscal years are written.
        return _period(m["year"], f"{first + 1:04d}")
    if m["dash"] == "-":
        return _point(_iso(first, tail))
    return None


def _decade(first: int, part: str | None) -> dict[str, str]:
    low, high = {"ear": (0, 3), "mid": (4, 6), "lat": (7, 9)}[part[:3].lower()] if part else (0, 9)
    return _period(f"{first + low:04d}", f"{first + high:04d}")


def _eras(text: str, out: list[DateMention]) -> None:
    regex, by_key = _era_index()
    for m in regex.finditer(text):
        era = by_key[_era_key(m.group())]
        out.append(DateMention(m.start(), m.end(), _period(era.earliest, era.latest)))


def _relative(text: str, anchor: _Anchor, out: list[DateMention]) -> None:
    def add(start: int, end: int, value: str | None) -> None:
        if value is not None:
            out.append(DateMention(start, end, {"date": value}))

    def months_back(count: int) -> str | None:
        if anchor.month is None:
            return None
        index = anchor.year * 12 + anchor.month - 1 - count
        return _iso(index // 12, index % 12 + 1)

    for m in _THIS_YEAR_RE.finditer(text):
        add(m.start(), m.end(), _iso(anchor.year))
    for m in _LAST_YEAR_RE.finditer(text):
        add(m.start(), m.end(), _iso(anchor.year - 1))
    for m in _THIS_MONTH_RE.finditer(text):
        add(m.start(), m.end(), months_back(0))
    for m in _LAST_MONTH_RE.finditer(text):
        add(m.start(), m.end(), months_back(1))
    for m in _AGO_RE.finditer(text):
        raw = m["count"].lower()
        count = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
        if m["unit"].lower().startswith("year"):
            add(m.start(), m.end(), _iso(anchor.year - count))
        else:
            add(m.start(), m.end(), months_back(count))
    for m in _MONTH_OF_YEAR_RE.finditer(text):
        if _is_month_name(m):
            year = anchor.year - (m["which"].lower() == "last")
            add(_span_start(m), m.end(), _iso(year, _month_number(m["mon"])))
    if anchor.month is not None:
        # "on 13 SEP", "on March 24": a day of the article's year (last year's if still ahead)
        for regex in (_DAY_MONTH_RE, _MONTH_DAY_RE):
            for m in regex.finditer(text):
                if (
                    _year_said_before(text, m.start()) is None
                    and _is_month_name(m)
                    and 1 <= int(m["day"]) <= 31
                    # "On 5 JUN 02": a signal's day, month and two-digit year
                    and not re.search(r"\d\s*$", text[: m.start()])
                    and not re.match(r"\s+\d", text[m.end() :])
                    # (an absolute date read there already stays: "January 1/1/2000")
                    and not any(c.start < m.end() and m.start() < c.end for c in out)
                    # (not in a passage about another year: "In 1994 ... On 3 May the front")
                    and all(
                        int(y["year"]) in (anchor.year, anchor.year - 1)
                        for y in _YEAR_RE.finditer(text, max(0, m.start() - 400), m.start())
                    )
                ):
                    month = _month_number(m["mon"])
                    year = anchor.year if month <= anchor.month else anchor.year - 1
                    add(m.start(), m.end(), _iso(year, month, int(m["day"])))
        for m in _BARE_MONTH_RE.finditer(text):
            if _is_month_name(m):
                month = _month_number(m["mon"])
                # A month not yet reached this year must be last year's.
                year = anchor.year if month <= anchor.month else anchor.year - 1
                add(_span_start(m), m.end(), _iso(year, month))


# --- assembly --------------------------------------------------------------------------------


def _longest_first(candidates: list[DateMention]) -> list[DateMention]:
    # Kept sorted by start, so one bisection finds the only neighbours that could overlap.
    chosen: list[DateMention] = []
    starts: list[int] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        index = bisect_right(starts, cand.start)
        if (index == 0 or chosen[index - 1].end <= cand.start) and (
            index == len(chosen) or cand.end <= chosen[index].start
        ):
            chosen.insert(index, cand)
            starts.insert(index, cand.start)
    return chosen


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    joined: list[DateMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if index + 1 < len(mentions):
            second = mentions[index + 1]
            start = _range_start(text, first, second)
            earliest, latest = _bounds(first.value)[0], _bounds(second.value)[1]
            if start is not None and earliest <= latest:
                joined.append(DateMention(start, second.end, _period(earliest, latest)))
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


def _range_start(text: str, first: DateMention, second: DateMention) -> int | None:
    gap = text[first.end : second.start]
    if _DASH_GAP_RE.fullmatch(gap):
        return first.start
    if _TO_GAP_RE.fullmatch(gap):
        before = _before(_FROM_BEFORE_RE, text, first.start)
        return before.start() if before else first.start
    if _AND_GAP_RE.fullmatch(gap):
        before = _before(_BETWEEN_BEFORE_RE, text, first.start)
        return before.start() if before else None
    if _OR_GAP_RE.fullmatch(gap) and _close_years(first, second):
        return first.start
    return None


def _close_years(first: DateMention, second: DateMention) -> bool:
    years = [m.value.get("date", "") for m in (first, second)]
    return all(re.fullmatch(r"\d{4}", y) for y in years) and 0 < int(years[1]) - int(years[0]) <= 3


def _mark_since(text: str, mentions: list[DateMention]) -> list[DateMention]:
    marked: list[DateMention] = []
    for mention in mentions:
        before = _before(_SINCE_BEFORE_RE, text, mention.start)
        if before is not None:
            mention = replace(mention, start=before.start(), since=True)
        marked.append(mention)
    return marked


def _mark_approximate(text: str, mentions: list[DateMention]) -> list[DateMention]:
    marked: list[DateMention] = []
    for mention in mentions:
        year = mention.value.get("date", "")
        before = _before(_APPROXIMATE_BEFORE_RE, text, mention.start)
        if before is not None and len(year) == 4 and year.isdigit():
            value = _period(f"{int(year) - 1:04d}", f"{int(year) + 1:04d}")
            mention = replace(mention, start=before.start(), value=value)
        marked.append(mention)
    return marked


def _parse_published(published: str) -> _Anchor:
    match = _PUBLISHED_RE.match(published)
    valid = match is not None and is_iso_prefix(
        "-".join(part for part in match.groups() if part is not None)
    )
    if match is None or not valid:
        raise ValueError(
            f"published must be an ISO date or prefix such as 2024-01-15, got {published!r}"
        )
    month = match.group(2)
    return _Anchor(year=int(match.group(1)), month=int(month) if month else None)


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date phrase in ``text``, sorted by start and non-overlapping (longest wins).

    Relative phrases ("last year", "in January", "two years ago") are resolved against
    ``published`` and are left out entirely when it is not given.
    """
    anchor = _parse_published(published) if published is not None else None
    candidates: list[DateMention] = []
    _absolute(text, candidates)
    _eras(text, candidates)
    if anchor is not None:
        _relative(text, anchor, candidates)
    return _mark_since(
        text, _mark_approximate(text, _join_ranges(text, _longest_first(candidates)))
    )
