"""Name keys: how two spellings of one name are recognised as the same.

Two levels. `name_key` forgives case, diacritics, script (via transliteration),
punctuation, a leading "the", possessives and Arabic article particles ("al-", "el-",
"ad-"): "the Al-Quds Brigades" and "al Quds Brigades" share a key. `skeleton` goes
further for transliterations of Arabic names, dropping vowels and doubled letters, so that
"Izz ad-Din al-Qassam", "Izz al-Din al-Kassam" and "Ezzedine al-Qassam" meet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import yaml
from unidecode import unidecode

ARTICLES = frozenset({"al", "el", "ad", "ud", "ul", "an", "as", "ash", "ar", "az", "at", "adh"})
LEADING = frozenset({"the"})
_APOSTROPHES = "'’‘`ʼʻ´"
_NON_WORD = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"[aeiouyw]")
_REPEATS = re.compile(r"(.)\1+")
# Short month names: they cannot start an actor's name, and a full stop after them does not
# end a sentence ("Jan. 28, 2017").
MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}(?:/[A-Z]{1,3})?$")
# "ARBiH", "PCdoB": an acronym whose small word keeps its small letters
MIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,2}[A-Z][A-Z0-9\-]*")


def fold(text: str) -> str:
    """Latin letters only, lower case: Arabic, Burmese or accented names transliterated."""
    text = unicodedata.normalize("NFKC", text)
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    return unidecode(text).casefold()


def name_tokens(text: str) -> list[str]:
    folded = fold(text)
    folded = re.sub(r"(?<=[a-z])s\b(?=\s|$)", "s", folded)
    tokens = [t for t in _NON_WORD.split(folded) if t]
    while tokens and tokens[0] in LEADING:
        tokens = tokens[1:]
    return [t for t in tokens if t not in ARTICLES] or tokens


def name_key(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(name_tokens(text))


def skeleton(text: str) -> str:
    key = name_key(text).replace("q", "k").replace(" ", "")
    key = key.replace("ph", "f").replace("dh", "d").replace("th", "t").replace("kh", "k")
    return _REPEATS.sub(r"\1", _VOWELS.sub("", key))


def is_acronym(text: str) -> bool:
    """'PFLP', 'NDC-R', and acronyms with letters beyond ASCII: 'PÇDK', 'YBŞ'."""
    if ACRONYM.match(text):
        return sum(c.isalpha() for c in text) >= 2
    if MIXED_ACRONYM.fullmatch(text):
        return True
    return (
        2 <= len(text) <= 10
        and text[0].isupper()
        and all(c.isupper() or c.isdigit() or c in "&-" for c in text)
        and sum(c.isalpha() for c in text) >= 2
    )


def load_yaml(text: str) -> Any:
    """Parse YAML with libyaml's C loader where it is installed: the data files are read at
    every start-up, and the pure-Python parser takes a tenth of a second on the cue phrases."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
