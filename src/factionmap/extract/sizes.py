"""Strength figures in a sentence ("some 7,000 fighters", "a coalition of twelve factions").

A figure is a number phrase followed, within three modifier words, by a unit noun. Tolls are
not strengths, so casualty phrases are skipped, as are sums of money, percentages, ordinals and
numbers that belong to names ("M23", "Brigade 313"). Spans run from the first word of the number
phrase (a hedge such as "an estimated", or "between"/"from") to the end of the unit noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SizeMention:
    """A strength figure ``text[start:end]``; ``low == high`` for a single number."""

    start: int
    end: int
    low: int
    high: int
    unit: str
    hedged: bool
    # "several thousand", "dozens of": an order of magnitude, not a figure a source gives
    vague: bool = False


_FLAGS = re.IGNORECASE

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_DOZEN = 12

_WORD = "|".join(sorted([*NUMBER_WORDS, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))
_SCALE_WORD = r"(?:hundred|thousand|million|dozen)"
# "and" joins only after a scale word ("three hundred and fifty"); elsewhere it separates two
# numbers, as in "between five and seven thousand". The cap on words keeps the scan linear on
# pathological input; real figures ("nine hundred and ninety-nine thousand") need far fewer.
_WORD_NUMBER = (
    rf"(?<![\w-])(?:a(?=[\s-]+{_SCALE_WORD}\b)|(?:{_WORD})\b)"
    rf"(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+)(?:{_WORD})\b){{0,11}}"
)
_THIN_SPACES = " \u00a0\u202f\u2009"
# Digits may not continue a longer number, be glued to letters ("M23", "5th", "30k") or follow a
# currency sign.
_DIGIT_NUMBER = (
    r"(?<![\w.,/$€£¥#])(?<!\d[.,])"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{_THIN_SPACES}]\d{{3}})+|\d+(?:\.\d+)?)"
    r"(?!\w)(?![.,]\d)"
    r"(?:(?:\s+|-)(?:hundred|thousand|million)\b)?"
)
# Atomic, so that "twenty-five" is never re-read as the range "twenty to five".
_NUMBER = rf"(?>{_DIGIT_NUMBER}|{_WORD_NUMBER})"

_HEDGE = (
    r"\b(?:an\s+estimated|estimated|about|around|some|roughly|approximately|approx\.|up\s+to"
    r"|more\s+than|well\s+over|over|at\s+least|nearly|almost|as\s+many\s+as|close\s+to"
    r"|upwards\s+of|in\s+excess\s+of|fewer\s+than|less\s+than|reportedly|perhaps|possibly)"
)
_VAGUE = (
    r"\b(?:(?:tens|hundreds)\s+of\s+thousands\s+of|dozens\s+of|hundreds\s+of|thousands\s+of"
    r"|(?:several|a\s+few)\s+(?:hundred|thousand|dozen))"
)
_MODIFIER_WORDS = (
    "armed|well-armed|heavily-armed|heavily|lightly|well|highly|active|full-time|part-time"
    "|trained|well-trained|experienced|seasoned|battle-hardened|hardened|elite|foreign|local"
    "|loyal|loyalist|regular|irregular|professional|reserve|volunteer|paramilitary|rebel"
    "|insurgent|militant|jihadist|jihadi|islamist|tribal|ethnic|allied|pro-government"
    "|government|opposition|core|hardcore|hard-core|committed|additional|more|new|other|fresh"
    "|young|uniformed|mobilized|mobilised|frontline|front-line|combat|fighting|able-bodied"
    "|sworn|registered|dedicated|permanent|standing|mercenary|militia|army|military|security"
    "|small|smaller|large|larger|main|major|minor|affiliated|member|constituent|separate"
    "|different|independent|distinct|rival|so-called"
)
# Capitalised words pass too: "7,000 Kurdish fighters", "2,000 Wagner Group fighters".
_MODIFIER = rf"(?:(?:{_MODIFIER_WORDS})(?![\w-])|(?-i:[A-Z][\w'’.-]*))"
_UNITS = {
    "fighters": "fighters",
    "combatants": "fighters",
    "militants": "fighters",
    "troops": "fighters",
    "soldiers": "fighters",
    "gunmen": "fighters",
    "militiamen": "fighters",
    "personnel": "fighters",
    "recruits": "fighters",
    "guerrillas": "fighters",
    "guerillas": "fighters",
    "insurgents": "fighters",
    "rebels": "fighters",
    "jihadists": "fighters",
    "mercenaries": "fighters",
    "paramilitaries": "fighters",
    "members": "members",
    "cadres": "members",
    "operatives": "members",
    "men": "fighters",
    "factions": "groups",
    "groups": "groups",
    "organizations": "groups",
    "organisations": "groups",
    "militias": "groups",
    "brigades": "groups",
    "battalions": "groups",
    "movements": "groups",
    "outfits": "groups",
}
_UNIT = rf"(?:men\s+under\s+arms|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"

_SIZE_RE = re.compile(
    rf"(?P<hedge>{_HEDGE}\s+(?:{_HEDGE}\s+)?)?"
    r"(?:"
    rf"(?P<between>between)\s+(?P<b1>{_NUMBER})\s+and\s+(?P<b2>{_NUMBER})"
    rf"|(?:(?P<from>from)\s+)?(?P<r1>{_NUMBER})(?:\s+(?:to|or)\s+|\s*[-–—]\s*)(?P<r2>{_NUMBER})"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<n1>{_NUMBER})"
    r")"
    r"(?P<plus>\+)?(?P<or_more>\s+or\s+(?:more|so))?"
    rf"(?:(?P<gap>(?:,?\s+{_MODIFIER}){{0,3}})\s+(?P<unit>{_UNIT})(?!\w)"
    r"|(?P<strong>(?:-|\s+)strong)(?!\w))",
    _FLAGS,
)

# Vague quantities as (low, high).
_VAGUE_RANGES = {
    "tens": (20_000, 90_000),
    "hundreds of thousands": (200_000, 900_000),
    "dozens": (24, 96),
    "hundreds": (200, 900),
    "thousands": (2_000, 9_000),
}
_VAGUE_MULTIPLIERS = {"several": (2, 9), "a": (2, 5)}

_REPORTED_RE = re.compile(
    r"\b(?:reportedly|allegedly|believed|said\s+to|thought\s+to|estimated|purportedly"
    r"|supposedly)\b",
    _FLAGS,
)
_TOLL_AFTER = frozenset(
    (
        "killed",
        "dead",
        "died",
        "wounded",
        "injured",
        "captured",
        "arrested",
        "displaced",
        "detained",
        "executed",
        "slain",
        "missing",
        "abducted",
        "kidnapped",
        # "9,000 fighters remain in detention", "11,000 soldiers entered the prison"
        "detention",
        "custody",
        "imprisoned",
        "jailed",
        "surrendered",
        "demobilised",
        "demobilized",
        "disarmed",
        "repatriated",
        "released",
        "entered",
        # "1,615 NDFB cadres laid down arms", "thirty fighters ... destroyed their weapons"
        "laid",
        "destroyed",
        "defected",
        "deserted",
        # "twelve men survived the landing"
        "survived",
    )
)
_TOLL_BEFORE = frozenset(
    (
        "killed",
        "killing",
        "kill",
        "kills",
        "lost",
        "losing",
        "lose",
        "loses",
        "wounded",
        "wounding",
        "captured",
        "capturing",
        "arrested",
        "arresting",
        "detained",
        "detaining",
        "executed",
        "executing",
        # "demobilised more than 5,000 RENAMO fighters"
        "demobilised",
        "demobilized",
        "demobilising",
        "demobilizing",
        "disarmed",
        "disarming",
        "repatriated",
        "released",
        "freed",
        "jailed",
        "imprisoned",
    )
)
_WORD_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# Casualty words count only within the same clause and before the next figure.
# (an ordinal is a unit's number, not a figure: "members of the 33rd Front surrendered")
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]|(?<![\d,])\d(?![\d,]*(?:st|nd|rd|th)\b)")
_SENTENCE_BREAK_RE = re.compile(r"[.;:!?]")
_IDENTIFIER_BEFORE_RE = re.compile(
    r"(?:\b(?:brigade|division|regiment|battalion|unit|corps|squadron|resolution|number"
    r"|article|route|flight|highway)|\b(?:no|nos|nr)\.|#"
    # "one of three members of the alliance": the count is the alliance's, not the member's
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+of(?:\s+the)?)\s*\Z",
    _FLAGS,
)
_MONTH_WORD = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR_PREPOSITION_RE = re.compile(
    # "the 2002 rebels", "THE 2002 REBELS": a year that names a cohort
    r"(?:\b(?:in|since|during|until|before|after|by|the)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"|{_MONTH_WORD}\s+(?:\d{{1,2}},?\s+)?"
    # "In the spring of 1988 fighters of Amal ...": a season's year
    r"|\b(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|course|months?)\s+of\s+"
    # "From 1999 to 2001 members of the congress": the end of a span of years
    r"|\bfrom\s+(?:19|20)\d{2}\s+(?:to|until|till)\s+)\Z",
    _FLAGS,
)
_PLAIN_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# "On April 13, FUC fighters raced south": a day of the month, not a head count
_MONTH_BEFORE_RE = re.compile(rf"{_MONTH_WORD}\s+\Z", _FLAGS)
_DAY_THEN_MONTH_RE = re.compile(
    r"\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?!\w)",
    _FLAGS,
)
_LOOKBACK = 60


@dataclass(frozen=True)
class _Number:
    mantissa: float
    scale: int

    @property
    def value(self) -> float:
        return self.mantissa * self.scale


def _parse_words(phrase: str) -> _Number | None:
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t != "and"]
    total, current = 0, 0
    last = ""
    for token in tokens:
        if token == "a" or token in NUMBER_WORDS:
            value = 1 if token == "a" else NUMBER_WORDS[token]
            ok = last in ("", "hundred", "scale") or (last == "tens" and 0 < value < 10)
            current, last = current + value, ("unit" if value < 10 else "teen")
        elif token in _TENS:
            ok = last in ("", "hundred", "scale")
            current, last = current + _TENS[token], "tens"
        elif token == "hundred":
            ok = last in ("unit", "teen", "tens") and current < 100
            current, last = current * 100, "hundred"
        elif token == "dozen":
            ok = last in ("unit", "teen", "tens") and current < 100
            current, last = current * _DOZEN, "dozen"
        elif token in _SCALES:
            ok = last in ("unit", "teen", "tens", "hundred", "dozen")
            total, current, last = total + current * _SCALES[token], 0, "scale"
        else:
            ok = False
        if not ok:
            return None
    if not last:
        return None
    trailing = _SCALES.get(tokens[-1], 1)
    value = total + current
    # The trailing scale lets "between five and seven thousand" lend "thousand" to "five".
    return _Number(value / trailing, trailing)


def _parse_number(phrase: str) -> _Number | None:
    if not phrase[0].isdigit():
        return _parse_words(phrase)
    parts = re.split(r"[\s-]+(?=[a-z])", phrase.lower(), maxsplit=1)
    digits = re.sub(rf"[,{_THIN_SPACES}]", "", parts[0])
    scale = _SCALES[parts[1]] if len(parts) == 2 else 1
    return _Number(float(digits), scale)


def _as_count(value: float) -> int | None:
    count = round(value)
    return count if count >= 1 and abs(value - count) < 1e-6 else None


def _range(first: str, second: str) -> tuple[int, int] | None:
    a, b = _parse_number(first), _parse_number(second)
    if a is None or b is None:
        return None
    if a.scale == 1 and b.scale > 1 and a.mantissa < b.mantissa:
        a = _Number(a.mantissa, b.scale)
    low, high = _as_count(a.value), _as_count(b.value)
    if low is None or high is None:
        return None
    return min(low, high), max(low, high)


def _vague(phrase: str) -> tuple[int, int]:
    words = phrase.lower().split()
    if words[0] in _VAGUE_MULTIPLIERS:
        low, high = _VAGUE_MULTIPLIERS[words[0]]
        base = _DOZEN if words[-1] == "dozen" else _SCALES[words[-1]]
        return low * base, high * base
    key = "hundreds of thousands" if words[:3] == ["hundreds", "of", "thousands"] else words[0]
    return _VAGUE_RANGES[key]


def _words_near(text: str, start: int, end: int, *, last: bool) -> list[str]:
    window = text[start:end]
    breaks = list(_CLAUSE_BREAK_RE.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :] if last else window[: breaks[0].start()]
    words = [w.lower() for w in _WORD_TOKEN_RE.findall(window)]
    if not last and "of" in words[:2]:
        # "a hundred members of the 33rd Front surrendered": the verb after the owner's name
        return words[:8]
    return words[-3:] if last else words[:4]


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _LOOKBACK) : start]
    return _SENTENCE_BREAK_RE.split(window)[-1]


def _is_toll(text: str, start: int, end: int) -> bool:
    before = _words_near(text, max(0, start - _LOOKBACK), start, last=True)
    after = _words_near(text, end, end + _LOOKBACK, last=False)
    return bool(
        _TOLL_BEFORE.intersection(before)
        or _TOLL_AFTER.intersection(after)
        # "Sixteen Irgun members and three IDF soldiers were killed": a toll whose verb
        # comes after a second count
        or _TOLL_CLAUSE_RE.match(text, end)
        or _TOLL_NOUN_OF_RE.search(text, max(0, start - _LOOKBACK), start) is not None
    )


# "the execution, four days earlier, of two members of ETA": people a deed befell
_TOLL_NOUN_OF_RE = re.compile(
    r"\b(?:executions?|killings?|murders?|arrests?|captures?|deaths?|trials?|extraditions?|"
    r"abductions?|kidnappings?|releases?|funerals?|burials?|assassinations?)\b[^.;:]{0,40}?"
    r"\bof\s+(?:the\s+)?\Z",
    _FLAGS,
)


_TOLL_CLAUSE_RE = re.compile(
    r"[^.;:]{0,30}?\s+and\s+(?:(?:\d[\d,]*|[a-z]+)\s+)?(?:(?!(?:were|was|had|have|are|became|"
    r"become)\b)[A-Za-z][\w-]*\s+){1,3}"
    r"(?:were|was|had\s+been|have\s+been|are|became|become)\s+(?:[a-z]+\s+)?"
    r"(?:killed|wounded|injured|captured|arrested|executed|detained|prisoners|taken\s+prisoner|"
    r"kidnapped|abducted|missing)\b",
    _FLAGS,
)


_SPLIT_INTO_RE = re.compile(
    r"\b(?:split|splits|splintered|broke\s+up|broken\s+up|divided|fractured|fragmented)\s+"
    r"(?:in|into)\s+$",
    _FLAGS,
)


def _mention(text: str, m: re.Match[str]) -> SizeMention | None:
    start = m.start()
    identifier = _IDENTIFIER_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
    if identifier is not None and not (
        # "to number between 20,000 and 30,000": the verb, not "number 5"
        m["b1"] and identifier.group(0).strip().casefold() == "number"
    ):
        return None
    bounds: tuple[int, int] | None
    if m["b1"]:
        bounds = _range(m["b1"], m["b2"])
    elif m["r1"]:
        bounds = _range(m["r1"], m["r2"])
    elif m["vague"]:
        bounds = _vague(m["vague"])
    else:
        number = _parse_number(m["n1"])
        count = None if number is None else _as_count(number.value)
        bounds = None if count is None else (count, count)
    if bounds is None:
        return None
    if m["strong"] and not (
        m["n1"]
        # "400 to 600 strong" (not "1990-2000 strong")
        or (m["r1"] and not _PLAIN_YEAR_RE.fullmatch(m["r1"]))
    ):
        return None
    first = m["r1"] or m["n1"]
    if (
        (m["from"] or re.search(r"\bfrom\s+\Z", text[max(0, start - 8) : start], re.I))
        and m["r1"]
        and m["r2"]
        and _PLAIN_YEAR_RE.fullmatch(m["r1"])
        and _PLAIN_YEAR_RE.fullmatch(m["r2"])
        and int(m["r1"]) < int(m["r2"])
    ):
        return None  # "From 1999 to 2001 members of the congress ...": a span of years
    if (
        first
        and not m["hedge"]
        and not m["from"]
        and _PLAIN_YEAR_RE.fullmatch(first)
        and _YEAR_PREPOSITION_RE.search(text, max(0, start - _LOOKBACK), start)
    ):
        # "in 2014 fighters stormed the town": a year, not a head count.
        return None
    if (
        m["n1"]
        and not m["hedge"]
        and re.fullmatch(r"\d{1,2}", m["n1"])
        and int(m["n1"]) <= 31
        and _MONTH_BEFORE_RE.search(text, max(0, start - 12), start)
    ):
        return None
    if _DAY_THEN_MONTH_RE.match(text, start):
        return None  # "On 26 March troops surrounded ...": a date, not a head count
    if _is_toll(text, start, m.end()):
        return None
    if _SPLIT_INTO_RE.search(text, max(0, start - _LOOKBACK), start):
        # "the front split into two rival factions": the pieces it broke into, not its size
        return None
    hedged = bool(
        m["hedge"]
        or m["vague"]
        or m["plus"]
        or m["or_more"]
        or _REPORTED_RE.search(_clause_before(text, start))
    )
    # "men under arms" is the only multi-word unit; it counts fighters like "-strong" does.
    unit = _UNITS.get(m["unit"].lower(), "fighters") if m["unit"] else "fighters"
    if unit == "fighters" and m["unit"] and bounds[1] < 10:
        return None  # "killed by two men posing as journalists": a handful of people, no force
    if (
        unit == "members"
        and bounds[1] < 10
        and not _OWNED_COUNT_RE.search(text, max(0, start - 30), start)
    ):
        return None  # "three JRA members opened fire": the men of one act, not the membership

    return SizeMention(start, m.end(), bounds[0], bounds[1], unit, hedged, vague=bool(m["vague"]))


# "the cell had seven members", "a group of five members": a count the group has
_OWNED_COUNT_RE = re.compile(
    r"\b(?:has|had|have|of|with|number\w*|compris\w*|count\w*|total\w*|only|just|consist\w*)"
    r"\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+)?$"
)
# "its ranks number about 30,000", "its strength is estimated at 5,000": a figure with no unit
_STRENGTH_RE = re.compile(
    r"\b(?:(?P<noun>ranks|strength|membership|manpower|force\s+size)\b(?:\s+of\s+[^.;,]{1,40}?)?"
    r"\s+(?:is\s+|was\s+|are\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:now\s+|currently\s+)?"
    r"(?:number(?:s|ed)?|(?:estimated|put|thought|believed|said)(?:\s+to\s+be)?|stands?|stood|"
    r"reached|reaches|totals?|totall?ed)\s+(?:at\s+)?|"
    # "Its fighters, estimated at 2,000, are ...": the unit noun before the figure
    r"(?P<unit_noun>fighters|members|combatants)\b,?\s+(?:are\s+|were\s+)?"
    r"(?:(?:estimated|put|thought|believed|said)\s+(?:to\s+(?:number|be|total)\s+|at\s+)|"
    # "whose fighters number about 2,000"
    r"(?:now\s+|currently\s+)?number(?:s|ed)?\s+)|"
    # "Analysts put the Kagera Front's strength at around 4,500"
    r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:[^.;,]{1,40}?['’]s?\s+|"
    r"its\s+|their\s+|the\s+)?(?P<noun_at>strength|numbers|membership|manpower)\s+at\s+)"
    r"(?P<hedge>about|around|some|roughly|approximately|nearly|almost|up\s+to|over|more\s+than|"
    r"an\s+estimated)?\s*(?:between\s+(?P<b1>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|per\s*cent|percent))",
    _FLAGS,
)


def _strengths(text: str) -> list[SizeMention]:
    found = []
    for m in _STRENGTH_RE.finditer(text):
        high = int(m["n"].replace(",", ""))
        low = int(m["b1"].replace(",", "")) if m["b1"] else high
        if high < 10 or _PLAIN_YEAR_RE.fullmatch(m["n"]) or low > high:
            continue
        noun = (m["noun"] or m["unit_noun"] or m["noun_at"]).casefold()
        unit = "members" if noun in ("membership", "members") else "fighters"
        start = m.start("hedge") if m["hedge"] else (m.start("b1") if m["b1"] else m.start("n"))
        found.append(SizeMention(start, m.end("n"), low, high, unit, bool(m["hedge"])))
    return found


def find_sizes(text: str) -> list[SizeMention]:
    """Every strength figure in ``text``, sorted by start and non-overlapping."""
    mentions = _unit_sizes(text)
    for extra in _strengths(text):
        if not any(m.start < extra.end and extra.start < m.end for m in mentions):
            mentions.append(extra)
    return sorted(mentions, key=lambda m: m.start)


def _unit_sizes(text: str) -> list[SizeMention]:
    mentions: list[SizeMention] = []
    position = 0
    while True:
        m = _SIZE_RE.search(text, position)
        if m is None:
            return mentions
        mention = _mention(text, m)
        if mention is None:
            # A rejected phrase may still contain a figure ("in 2014 to 5,000 fighters").
            position = m.start() + 1
        else:
            mentions.append(mention)
            position = m.end()
