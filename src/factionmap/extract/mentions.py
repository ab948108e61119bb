"""Finding the actors a sentence names, and telling which of them are the same actor.

Three sources of mentions, in order of trust: the gazetteer's names (a spaCy
PhraseMatcher), names shaped like organizations that the gazetteer does not know
("... Brigades", "Saraya ...", an acronym defined in parentheses), and persons named in
the places where English names them (after "led by", before ", the leader of").
Within one document every mention is tied to one entity: a gazetteer actor, an acronym's
expansion, an earlier fuller name ("the Qassam Brigades" after "Izz ad-Din al-Qassam
Brigades") or a new actor with a stable id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from factionmap.extract.gazetteer import DATA, Gazetteer
from factionmap.extract.names import (
    MONTH_ABBREVIATIONS,
    is_acronym,
    load_yaml,
    name_key,
    name_tokens,
    skeleton,
)
from factionmap.model import ActorKind

ORG_HEADS = frozenset(
    [
        # "Revolutionary Cells (Revolutionäre Zellen)", "Brigate Rosse", "Grupos de ..."
        "cells",
        # "Revolutionary Struggle", "Armed Proletarian Nuclei", "Conspiracy of Fire Nuclei"
        "struggle",
        "nuclei",
        "cellules",
        "células",
        "zellen",
        "bewegung",
        "fraktion",
        "brigate",
        "grupo",
        "grupos",
        "ejército",
        "ejercito",
        "armée",
        # "National Guerrilla Coordinator", "Simón Bolívar Guerrilla Coordinating Board"
        "coordinator",
        "board",
        "confederation",
        "confederacy",
        "directorate",
        "framework",
        "association",
        "bloque",
        "volunteers",
        "commandos",
        # "the Kosovo Police", "the Central Reserve Police": a state's police as an actor
        "police",
        "policija",
        "policía",
        "polícia",
        # "the Malayan Scouts", "the Tochi Scouts", "the Pakistan Rangers"
        "scouts",
        "rangers",
        "axis",
        "conference",
        "mission",
        "brigades",
        "brigade",
        "battalion",
        "battalions",
        # "Rifaat al-Assad's Defense Companies"
        "companies",
        "movement",
        "front",
        "army",
        "armies",
        "forces",
        "force",
        "committees",
        "committee",
        "alliance",
        "council",
        "organization",
        "organisation",
        "group",
        "groups",
        "party",
        "legion",
        "junta",
        "corps",
        "militia",
        "militias",
        "resistance",
        "regiment",
        "division",
        "union",
        "coalition",
        "command",
        "room",
        "mobilization",
        "mobilisation",
        "units",
        "unit",
        "guard",
        "guards",
        "network",
        "cartel",
        "gang",
        "emirate",
        "province",
        "jihad",
        "mujahideen",
        "mujahidin",
        "fighters",
        "defenders",
        "warriors",
        "service",
        "directorate",
        "bureau",
        "barrio",
        "mara",
        "cártel",
        "centre",
        "center",
        "faction",
        "tigers",
        "hawks",
        "falcons",
        "eagles",
        "knights",
        "lions",
        "den",
        "companions",
        "supporters",
        "partisans",
        "rebels",
        "self-defense",
        "self-defence",
        "guerrillas",
        "jamaat",
        "congress",
        "league",
        "federation",
        "mouvement",
        "movimiento",
        "movimento",
        "frente",
        "fuerzas",
        "fuerza",
        "forças",
        "armée",
        "ejército",
        "exército",
        "brigada",
        "brigadas",
        "comando",
        "comandos",
        "autodefensas",
        "milice",
        "milices",
        "unité",
        "convention",
        "rassemblement",
        "coordinadora",
        "conseil",
        "consejo",
        "collectif",
        "partido",
        "parti",
        # Malay and Indonesian: "Partai Aceh", "Gerakan Aceh Merdeka", "Tentara Neugara"
        "partai",
        "gerakan",
        "tentara",
        "laskar",
        # Irish: "Óglaigh na hÉireann", "Cumann na mBan", "Clann na Poblachta", "Fianna Éireann"
        "óglaigh",
        "oglaigh",
        "cumann",
        "clann",
        "fianna",
        # Tagalog: "Hukbong Bayan Laban sa mga Hapon", "Bagong Hukbong Bayan", "Kilusang ..."
        "hukbong",
        "hukbo",
        "kilusang",
        "kilusan",
        # "Barisan Revolusi Nasional", "Pertubuhan Pembebasan Patani Bersatu", "Angkatan ..."
        "barisan",
        "pertubuhan",
        "angkatan",
        "pasukan",
        "kumpulan",
        "alianza",
        "resistencia",
        "résistance",
        "bloc",
        "squad",
        "sons",
        "martyrs",
        "liberation",
        "vanguard",
        "revolutionaries",
        "gathering",
        "assembly",
        "rally",
        "brotherhood",
        "hezbollah",
        "hizballah",
        "unity",
        "unidad",
        "coordination",
        "cell",
        "shura",
        "detachment",
        "youth",
        "sena",
        "morcha",
        "khalsa",
    ]
)
COALITION_HEADS = frozenset(
    [
        "confederation",
        "confederacy",
        "framework",
        "axis",
        "alliance",
        "coalition",
        "opposition",
        "room",
        "command",
        "front",
        "council",
        "union",
        "federation",
        "bloc",
        "umbrella",
        "gathering",
        "mobilization",
        "mobilisation",
        "brotherhood",
        "coalición",
        "coligação",
        "alianza",
        "aliança",
        "coordinadora",
        "coordination",
        "coordinator",
        "conseil",
        "consejo",
    ]
)
MOVEMENT_HEADS = frozenset(
    [
        "movement",
        "party",
        "organization",
        "organisation",
        "congress",
        "league",
        # French, Spanish and Portuguese names keep their own words
        "mouvement",
        "parti",
        "partai",
        "gerakan",
        "movimiento",
        "movimento",
        "partido",
        "rassemblement",
        "convention",
    ]
)
ARABIC_PREFIXES = frozenset(
    [
        "saraya",
        "kataib",
        "kata'ib",
        "katiba",
        "katibat",
        "harakat",
        "harakat",
        "jabhat",
        "jaysh",
        "jaish",
        "jeish",
        "liwa",
        "liwaa",
        "hay'at",
        "hayat",
        "hayat",
        "ansar",
        "tanzim",
        "ahrar",
        "faylaq",
        "asaib",
        "asa'ib",
        "lashkar",
        "hizb",
        "hezb",
        # Dari and Persian: "Jamiat-e Islami", "Mahaz-e Milli", "Sazman-e Nasr", "Shura-ye ..."
        "jamiat",
        "mahaz",
        "jebh",
        "jebhe",
        "jabha",
        "sazman",
        "shura",
        "junbish",
        "jombesh",
        "hizbul",
        "tehreek",
        "tehrik",
        "jamaat",
        "jama'at",
        "jamaah",
        "majlis",
        "quwat",
        "firqat",
        "alwiya",
        "jund",
        "junud",
        "sipah",
        "ahl",
        "hurras",
        "tahrir",
        "fatah",
        "wilayat",
        "wilayah",
        "wilaya",
        "kataeb",
        "tajammu",
        "ittihad",
        "ittehad",
        "muqawama",
        "usbat",
        "los",
        "las",
        "vilayat",
        "velayat",
        "osbat",
        "asbat",
        "jamiat",
        "jamiyat",
        "shabab",
        "tehreek-e",
        "tanzeem",
        # "Mu'tamar al-Beja" (Beja Congress), "Munazzamat ..." (organisation), "Rabitat ..."
        "mu'tamar",
        "mutamar",
        "munazzamat",
        "munazzama",
        "rabitat",
        "haraka",
        "majmuat",
    ]
)
CONNECTORS = frozenset(
    [
        "of",
        "for",
        "the",
        "al",
        "el",
        "ad",
        "ud",
        "ul",
        "an",
        "as",
        "ash",
        "ar",
        "az",
        "at",
        "adh",
        "wal",
        "wa",
        "bin",
        "ibn",
        "bint",
        "de",
        "del",
        "la",
        "las",
        "los",
        "du",
        "des",
        "di",
        "da",
        "e",
        "al-",
        "el-",
        "ad-",
        "ud-",
        "ul-",
        "ut-",
        "un-",
        "i-",
        "ye-",
        "-e-",
        "e-",
    ]
)
STOP_CAPITALS = (
    frozenset(
        [
            "the",
            "name",  # "NAME: Isnilon Totoni Hapilon": a record's field label
            "says",  # "Says Naqshbandi fighters took part ...": a notebook's reported speech
            "between",
            "until",
            "despite",
            "following",
            "amid",
            "across",
            "within",
            "without",
            "throughout",
            "a",
            "an",
            "in",
            "on",
            "at",
            "it",
            "its",
            "they",
            "their",
            "this",
            "that",
            "these",
            "those",
            "after",
            "before",
            "since",
            "during",
            "when",
            "while",
            "although",
            "though",
            "but",
            "and",
            "or",
            "as",
            "by",
            "for",
            "from",
            "with",
            "under",
            "according",
            "some",
            "many",
            "most",
            "several",
            "other",
            "both",
            "each",
            "he",
            "she",
            "his",
            "her",
            "we",
            "our",
            "you",
            "your",
            "i",
            "if",
            "then",
            "there",
            "here",
            "what",
            "which",
            "who",
            "whose",
            "how",
            "why",
            "where",
            "also",
            "however",
            "meanwhile",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "read",
            "share",
            "related",
            "advertisement",
            "home",
            "photo",
            "subscribe",
            "follow",
            "image",
            "source",
            "updated",
            "published",
            "editor",
            "news",
            "world",
            "analysis",
            # words that open a sentence before a name: "Unlike the Legion", "Delegations
            # of the Chinland Council", "Chair of the Council", "Today MS-13 ..."
            "today",
            # spoken openers in transcripts: "So the JCR was an alliance ..."
            "so",
            "well",
            "yes",
            # "Formally the Vanguards of the Popular Liberation War." (a factbox line)
            "formally",
            "officially",
            "properly",
            "one",
            "another",
            "now",
            "currently",
            "recently",
            "later",
            "earlier",
            "initially",
            "eventually",
            "finally",
            "together",
            "instead",
            "still",
            "thus",
            "yesterday",
            "ultimately",
            "subsequently",
            "previously",
            "originally",
            "formerly",
            "elsewhere",
            "nonetheless",
            "nevertheless",
            "unlike",
            "like",
            "among",
            "amongst",
            "including",
            "besides",
            "alongside",
            "against",
            "towards",
            "toward",
            "into",
            "onto",
            "upon",
            "through",
            "around",
            "near",
            "outside",
            "inside",
            "beyond",
            "except",
            "delegations",
            "delegation",
            "chair",
            "members",
            "fighters",
            "officials",
            "representatives",
            "commanders",
            "elements",
            # headings that open with a topic word: "Rise of the Islamic State of Iraq"
            "rise",
            "fall",
            "history",
            "origins",
            "origin",
            "formation",
            "emergence",
            "profile",
            "decline",
            "return",
            "rebirth",
            "resurgence",
            "collapse",
            "aftermath",
            "legacy",
            "evolution",
            "inside",
            "remnants",
            "dissidents",
            "defectors",
            "loyalists",
            "veterans",
            "followers",
            "militants",
            # people spoken of in the plural, never a group's name: "Supporters date its ..."
            "supporters",
            # words that open a sentence before a name: "Neither the Koglweogo nor the Dozo"
            "neither",
            "either",
            "nor",
            "not",
            "even",
            "only",
            "sympathisers",
            "sympathizers",
            "residents",
            "villagers",
            "analysts",
            "critics",
            "observers",
            "witnesses",
            "diplomats",
            "researchers",
            "historians",
            "opponents",
            "partisans",
            "timeline",
            "overview",
            "background",
            # a broadcast transcript's cues: "PRESENTER:", "GRAB: WOMAN IN ARAWA:"
            "presenter",
            "reporter",
            "correspondent",
            "announcer",
            "anchor",
            "interviewer",
            "narrator",
            "moderator",
            "caller",
            "grab",
            "actuality",
        ]
    )
    | MONTH_ABBREVIATIONS
)
MONTHS = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
# Peoples, faiths and kinds of men a text puts before a name ("Kurdish fighters", "the
# Malian Tuareg Iyad Ag Ghaly"): words that describe, never name
PEOPLES = frozenset(
    """kurdish kurd kurds arab arabs baloch baluch tuareg fulani peul hausa pashtun druze
    alawite sunni shia shiite christian muslim yazidi tamil tigrayan amhara oromo somali
    hazara uzbek tajik turkmen bedouin tribal islamist jihadist foreign local government
    rebel""".split()
)

PERSON_TITLES = frozenset(
    [
        "sheikh",
        "shaykh",
        "bishop",
        "reverend",
        "rev",
        "pastor",
        "prince",
        "ayatollah",
        "pir",
        "mawlawi",
        "maulvi",
        "comandante",
        "marshal",
        "sergeant",
        "sgt",
        "sheik",
        "general",
        "gen",
        "commander",
        "colonel",
        "col",
        "major",
        "maj",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "brigadier",
        "emir",
        "amir",
        "mullah",
        "maulana",
        "mawlana",
        "imam",
        "sayyid",
        "sayed",
        "president",
        "prime",
        "minister",
        "dr",
        "mr",
        "mrs",
        "ms",
        "cleric",
        "leader",
        "founder",
        "commander-in-chief",
        "secretary-general",
        "chairman",
        "chief",
        "spokesman",
        "marshal",
        "field",
    ]
)
_WORD = re.compile(r"[\w][\w'’.-]*", re.UNICODE)


@cache
def known_places() -> frozenset[str]:
    """Normalised names of countries and well-known regions (data/places.yaml)."""
    raw = load_yaml((DATA / "places.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(
        name_key(str(n)) for key, names in raw.items() if key != "demonyms" for n in names or []
    )


@cache
def countries() -> tuple[str, ...]:
    """The countries of data/places.yaml as written, longest first (for a pattern)."""
    raw = load_yaml((DATA / "places.yaml").read_text(encoding="utf-8")) or {}
    return tuple(sorted((str(n) for n in raw.get("countries") or []), key=len, reverse=True))


@cache
def demonyms() -> frozenset[str]:
    """'Pakistani', 'Ukrainian': adjectives that make 'the Pakistani army' a state's forces."""
    raw = load_yaml((DATA / "places.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(name_key(str(n)) for n in raw.get("demonyms") or [])


_NAME_WORD = re.compile(
    r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|wal|wa)-|[dl]['’])?[A-Z\u00C0-\u024F][\w'’-]*|"
    r"(?:of|for|the|al|el|ad|wal|wa|bin|ibn|de|del|la|du|des|da|di|do|dos|das|e|y|we|ya|za|"
    r"cha|le|les|van|von|der|den)|\d+(?:st|nd|rd|th)?"
)


# "al-Assad", "wal-Jihad": a word an Arabic article opens
PARTICLE_OPENER = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|wal|wa)-[A-Z]")


def name_like(text: str) -> bool:
    """Whether a capitalised run can be an organisation's name: capitalised words and Arabic
    particles only, no place, month, weekday, person title or sentence-opening word."""
    words = text.split()
    if not words or len(words) > 7:
        return False
    if (
        not words[0][:1].isupper()
        and not (
            # "400 Mawozo", "5 Segonn": a number that opens a gang's name (not "300 FACT
            # fighters": a count of an acronym's men)
            words[0].isdigit()
            and len(words) > 1
            and words[1][:1].isupper()
            and not (len(words) == 2 and words[1].isupper() and len(words[1]) > 1)
        )
        # "al-Shabaab", "ash-Shabab": a lower-case Arabic article joined to a capital
        and not PARTICLE_OPENER.match(words[0])
    ):
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if text.casefold() in STOP_CAPITALS or words[0].casefold() in STOP_CAPITALS:
        return False
    if any(w.casefold().strip(".") in PERSON_TITLES for w in words):
        return False
    if words[-1].casefold() in ("of", "for", "the", "al", "el", "wal", "wa", "bin", "ibn"):
        return False
    return name_key(text) not in known_places()


@dataclass
class Entity:
    id: str
    name: str
    kind: ActorKind
    gazetteer_id: str | None = None
    keys: set[str] = field(default_factory=set)
    bones: set[str] = field(default_factory=set)

    def learn(self, text: str) -> None:
        self.keys.add(name_key(text))
        bones = skeleton(text)
        if len(bones) >= 6:
            self.bones.add(bones)


def slug(text: str) -> str:
    return "-".join(name_tokens(text)) or "unnamed"


def strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text).strip(" ,;:-–—\"“”'’")


# "the Bangladesh Liberation War", "the Islamic Revolution": the last words of an event's
# name, never a body's
EVENT_TAILS = frozenset(
    "war wars revolution uprising rebellion revolt insurgency crisis emergency massacre "
    "accord accords agreement treaty intifada".split()
)


# common words a shouted heading or box label is made of
_SHOUTED_COMMON = frozenset(
    "a an the to from of and in on at for with into card box file profile facts fact key "
    "glance who what where how why new old our your their its".split()
)


def looks_like_org(text: str) -> bool:
    words = [w.casefold().replace("’", "'").strip("'") for w in _WORD.findall(text)]
    if not words:
        return False
    if words[-1] in EVENT_TAILS and len(words) > 1:
        return False  # "the Bangladesh Liberation War", "the Islamic Revolution": an event
    if text.isupper() and all(w in ORG_HEADS or w in _SHOUTED_COMMON for w in words):
        return False  # "UNIT CARD", "BATTALION TO BRIGADE": a page's shouted label, no name
    if text.isupper() and any(w in ("that", "which", "who", "whose") for w in words):
        return False  # "THE MOVEMENT THAT KEPT SPLITTING": a shouted headline's clause
    if any(w in ORG_HEADS for w in words if w != "room") or (
        # "the Fatah Mubin operations room", not "Room K.214" of a conference
        "room" in words and any(w in ("operations", "operation", "joint", "war") for w in words)
    ):
        return True
    first = words[0].split("-")[0]
    return first in ARABIC_PREFIXES


_STATE_FORCE = re.compile(
    r"(?:national\s+)?(?:army|armed\s+forces|military|navy|air\s+force|police|forces|troops|"
    r"(?:national\s+)?defen[cs]e\s+forces?|security\s+forces|government\s+forces)",
    re.I,
)


_PLURAL_HEADS = frozenset(
    "groups organisations organizations parties factions movements fronts".split()
)


def guess_kind(text: str) -> ActorKind:
    parts = strip_article(text).split(maxsplit=1)
    if (
        len(parts) == 2
        and (name_key(parts[0]) in known_places() or name_key(parts[0]) in demonyms())
        and _STATE_FORCE.fullmatch(parts[1])
    ):
        return "state"  # "Pakistan Army", "Mali Armed Forces": a state's own forces
    found = _WORD.findall(text)
    words = {w.casefold() for w in found}
    if words & COALITION_HEADS or (found and found[-1].casefold() in _PLURAL_HEADS):
        # "Naga National Political Groups": a name for many groups is a coalition's
        return "coalition"
    if words & MOVEMENT_HEADS:
        return "movement"
    return "armed_group"


def spelled_out(acronym: str, name: str) -> bool:
    """Whether a name's capitalised words are exactly the acronym's letters, as a name spelled
    out beside its acronym is ('KUMA — Kikosi cha Ukombozi wa Mtwara Asilia')."""
    letters = "".join(c.casefold() for c in re.split(r"-(?=\w{1,2}$)", acronym)[0] if c.isalpha())
    words = [w for w in re.split(r"[\s\-–—]+", name) if w]
    initials = "".join(w[0].casefold() for w in words if w[:1].isupper())
    return (
        len(letters) >= 2
        and initials == letters
        and words[0][:1].isupper()
        # between the capitals only short particles: "cha", "wa", "of", "de la"
        and all(w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 4) for w in words)
    )


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether the letters of an acronym can be read off the words of a name, in order."""
    letters = "".join(c.casefold() for c in acronym if c.isalnum())
    raw = [w for w in re.split(r"[\s\-'’–—]+", name) if w]
    words = [w.casefold() for w in raw]
    position = 0
    index = 0
    while index < len(letters):
        letter = letters[index]
        while position < len(words) and not words[position].startswith(letter):
            position += 1
        if position == len(words):
            return False
        if (
            len(raw[position]) > 1
            and raw[position].isupper()
            and letters.startswith(words[position], index)
        ):
            # "MP-GAM" for "Majelis Pemerintahan GAM": an acronym within the name gives
            # all its letters
            index += len(words[position]) - 1
        position += 1
        index += 1
    return True


PERSON_LIKE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)?\s+){1,3}[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
    r"(?![\w'’-])"
)


class DocumentEntities:
    """The actors of one document: each surface form is tied to exactly one entity."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self.by_text: dict[str, Entity] = {}
        # names the document introduces as groups ("Rastokhez, a nationalist movement"), and
        # those a first reading of the whole document found so
        self.introduced: set[str] = set()
        self.foreseen: set[str] = set()
        # known actors a first reading found named without doubt (not by a shared acronym)
        self.foreseen_actors: set[str] = set()
        # names taken for groups only because they stand in a list beside one
        self.listed: set[str] = set()
        # surname -> the one full name the document gives it ("Badji" -> "Sidy Badji")
        self.full_names: dict[str, str] = {}

    def learn_full_names(self, text: str) -> None:
        """Every two-to-four-word capitalised name the document writes that looks like a
        person's, by its last word, so that "led by Badji" finds the "Sidy Badji" named in
        passing earlier. A surname two full names share is left out."""
        seen: dict[str, set[str]] = {}
        for match in PERSON_LIKE.finditer(text):
            words = match.group(0).split()
            while words and (
                words[0].casefold() in STOP_CAPITALS or words[0].casefold() in PERSON_TITLES
            ):
                words = words[1:]
            if len(words) < 2 or any(
                w.casefold().strip("'’") in ORG_HEADS
                or w.casefold() in MONTHS
                or name_key(w) in known_places()
                or name_key(w) in demonyms()
                for w in words
            ):
                continue
            name = " ".join(words)
            if name_key(name) in known_places():
                continue
            seen.setdefault(name_key(words[-1]), set()).add(name)
        self.full_names = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    def _from_gazetteer(self, actor_id: str) -> Entity:
        spec = self.gazetteer.actors[actor_id]
        entity = self.entities.get(spec.reference_id)
        if entity is None:
            entity = Entity(spec.reference_id, spec.name, spec.kind, gazetteer_id=actor_id)
            for alias in spec.names():
                entity.learn(alias.text)
            self.entities[entity.id] = entity
        return entity

    def _new(self, name: str, kind: ActorKind) -> Entity:
        name = " ".join(name.split())  # "Kivu\nArmy" across a hard-wrapped line is one name
        base = f"fm:{slug(name)}"
        identifier = base
        clash = self.entities.get(identifier)
        gazetteer_ids = {a.reference_id for a in self.gazetteer.actors.values()}
        if (clash is not None and clash.kind != kind) or (
            identifier in gazetteer_ids and kind == "person"
        ):
            identifier = f"{base}-{kind.replace('_', '-')}"
        entity = self.entities.get(identifier)
        if entity is None:
            entity = Entity(identifier, name, kind)
            self.entities[identifier] = entity
        entity.learn(name)
        return entity

    def merge(self, kept: Entity, other: Entity, redefine: bool = False) -> bool:
        """Make two entities one ('ZAPU' and 'Zimbabwe African People's Union', named side
        by side); the gazetteer's actor wins, unless `redefine` says the text gives a known
        acronym a name of its own ('FLN - Forces of National Liberation' in Mexico, not
        Algeria's FLN): then `kept`, the text's actor, wins. False when both are distinct
        known actors."""
        if kept is other or kept.id == other.id:
            return True
        if kept.gazetteer_id is not None and other.gazetteer_id is not None:
            return False
        if other.gazetteer_id is not None and not redefine:
            kept, other = other, kept
        # items already read hold the other entity: it takes on the kept one's identity
        other.id, other.name, other.kind = kept.id, kept.name, kept.kind
        other.gazetteer_id = kept.gazetteer_id
        kept.keys |= other.keys
        kept.bones |= other.bones
        for key, entity in list(self.by_text.items()):
            if entity is other:
                self.by_text[key] = kept
        return True

    def link(self, text: str, entity: Entity) -> None:
        """Remember that this surface form names this entity (an acronym, a translation)."""
        self.by_text[name_key(text)] = entity
        entity.learn(text)

    def resolve(self, text: str, person: bool = False, named: bool = False) -> Entity | None:
        """The entity a surface form names; `named` says the sentence introduces it as a
        group's name ("militias known as Força Local") even if it does not look like one."""
        text = strip_article(text)
        if not text:
            return None
        key = name_key(text)
        known = self.by_text.get(key)
        if known is not None and (known.kind == "person") == person:
            return known
        candidates = [
            actor_id
            for actor_id in sorted(self.gazetteer.lookup(text))
            if (self.gazetteer.actors[actor_id].kind == "person") == person
        ]
        if candidates:
            seen = [
                c
                for c in candidates
                if self.gazetteer.actors[c].reference_id in self.entities
                # "the FDN, the Fuerza Democrática Nicaragüense": the one the text spells out
                or (
                    len(candidates) > 1
                    and self.gazetteer.actors[c].reference_id in self.foreseen_actors
                )
            ]
            entity = self._from_gazetteer((seen or candidates)[0])
            self.by_text[key] = entity
            return entity
        bones = skeleton(text)
        for entity in self.entities.values():
            if (entity.kind == "person") != person:
                continue
            if key in entity.keys or (len(bones) >= 6 and bones in entity.bones):
                self.by_text[key] = entity
                return entity
        if not person:
            shorter = self._shortened(key)
            if shorter is not None:
                return shorter
            if not looks_like_org(text) and not is_acronym(text) and not named:
                return None
            return self._new(text, guess_kind(text))
        return self._new(text, "person")

    def known_person(self, surname: str) -> Entity | None:
        """'Márquez' after 'Iván Márquez': the one person of this document with that surname."""
        key = name_key(surname)
        found = [
            e
            for e in self.entities.values()
            if e.kind == "person" and any(k.split()[-1:] == [key] for k in e.keys if " " in k)
        ]
        return found[0] if len(found) == 1 else None

    def named_in_full(self, surname: str) -> Entity | None:
        """'led by Badji': the person whose full name the document wrote once, 'Sidy Badji'."""
        full = self.full_names.get(name_key(surname))
        if full is None:
            return None
        known = self.by_text.get(name_key(full))
        if known is not None and known.kind != "person":
            return None
        entity = self.resolve(full, person=True)
        return entity if entity is not None and entity.kind == "person" else None

    def _shortened(self, key: str) -> Entity | None:
        """'Qassam Brigades' after 'Izz ad-Din al-Qassam Brigades': a tail of a known name."""
        tokens = key.split()
        if len(tokens) < 2:
            return None
        for entity in self.entities.values():
            if entity.kind == "person":
                continue
            for known in entity.keys:
                known_tokens = known.split()
                if len(known_tokens) > len(tokens) and known_tokens[-len(tokens) :] == tokens:
                    self.by_text[key] = entity
                    return entity
        return None

    def place(self, name: str) -> Entity:
        key = "place:" + name_key(name)
        known = self.by_text.get(key)
        if known is None:
            known = self._new(name, "place")
            self.by_text[key] = known
        return known
