"""Reading one sentence: which actors it names and which cue phrases tie them together.

A `SentenceReader` sees one segment with its mentions (actors named in it, and anaphors
such as "it" or "the group" already pointed at their antecedent) and turns each cue match
into raw facts: subject, predicate, object or value, and whether the sentence hedges or
negates it. Where the subject or object stands is decided by the cue's shape (cues.yaml).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz
from unidecode import unidecode

from factionmap.extract.cues import Cues, RelationCue
from factionmap.extract.dates import find_dates
from factionmap.extract.mentions import (
    EVENT_TAILS,
    MONTHS,
    MOVEMENT_HEADS,
    ORG_HEADS,
    PARTICLE_OPENER,
    PEOPLES,
    PERSON_LIKE,
    PERSON_TITLES,
    STOP_CAPITALS,
    DocumentEntities,
    Entity,
    acronym_fits,
    countries,
    demonyms,
    known_places,
    looks_like_org,
    name_like,
    slug,
    spelled_out,
    strip_article,
)
from factionmap.extract.names import MONTH_ABBREVIATIONS, is_acronym, name_key
from factionmap.extract.sizes import find_sizes

# "In 2019,", "According to officials,": a phrase that opens the sentence before its subject
_OPENING_ADVERBIAL = re.compile(
    r"\W*(?:(?:In|On|At|By|Since|After|Before|During|Under|For|Despite|Until|Throughout|"
    r"Outside|Inside|Beyond|Near|Along|Around|"
    r"Over|From|Between|Within|Across|Following|Amid|As\s+of|According\s+to)\s+[^,;()]{1,60}|"
    r"Meanwhile|However|Today|Now|Then|Yet|Still|Since\s+then|Last\s+\w+|Earlier\s+\w+|"
    r"Later|By\s+then|At\s+the\s+time)(?=,)"
)
# "Its neighbour, the Colectivo Alexis Vive, is ...", "Another faction, the X, was ...": a
# short noun phrase that a comma-bound name then renames
_OPENING_APPOSITION = re.compile(
    r"\W*(?:Its|Their|His|Her|Another|One|A|The)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=,)"
)
_RELATIVE = re.compile(
    r"(?:,|\s[—–])\s*(?:which|who|whose|that|where|led|backed|headed|founded|formed|created|dominated|"
    r"supported|known|also|once|formerly|the|a|an|its|itself|now|then|until|a\s+former|"
    r"set\s+up|established|launched|based|named|designated|described|trained|funded|"
    r"armed|composed|made\s+up|drawn|[a-z]+ed\s+by|one|two|three|four|five|both|several|some|"
    r"many|most|all\s+of|dozens|hundreds|none|each|active|operating|present|"
    r"part|home|previously|originally|later|largely|mostly|chiefly|mainly|"
    # "the EPLF, with help from fighters of the TPLF, drove the ELF out": an aside
    r"with\s+(?:the\s+)?(?:help|support|backing|aid)\s+(?:of|from)|together\s+with|"
    r"along\s+with|alongside|backed\s+by)\b[^,;()]*,"
    # "the Fajr Forces, the armed wing of the Islamic Group (al-Jama'a), fought ...": a
    # description's own bracket is part of it
    r"|(?:,|\s[—–])\s*(?:the|an?)\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?!members?\b)(?-i:[a-z0-9])[\w-]*\s+){1,12}?of\s+"
    r"[^,;()]*\([^()]{1,80}\)\s*,"
    r"(?!\s*(?:which|who|whose|that|where)\b)"
    # "the RDF, working alongside the Mozambique Defence Armed Forces (FADM), retook ...":
    # who it fought beside is an aside
    r"|(?:,|\s[—–])\s*(?:working|fighting|operating|acting|serving)\s+(?:alongside|together\s+with|"
    r"beside)\b(?:[^,;()]|\([^()]{1,80}\))*,"
    r"(?:\s*(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|near|outside)"
    r"\s+of\s+[^,;()]*,)?"
)
_FRONTED_PLACE = re.compile(
    r"(?:In|Across|Throughout|Inside|Within|Around|"
    # "Operating out of Derna in eastern Libya, the group ...": the participle says it is there
    r"(?P<participle>(?:Operating|Based|Headquartered|Active|Entrenched)\s+(?:mainly\s+|largely\s+)?"
    r"(?:in|out\s+of|from|across|around))"
    r")\s"
)
# what stands between a group and "backed by Iran": an aside, a verb, a description
_BACKED_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:"
    r",[^;]{0,80}?\b(?:an?|the|another|one)\s+(?:[\w'’-]+\s+){0,4}?|"
    r"(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|remains?|remained|became|being|"
    r"been)\s+)?(?:(?:also|reportedly|allegedly|widely|long|heavily|openly|later|initially|"
    r"originally|largely|believed\s+to\s+(?:be|have\s+been))\s+)*(?:(?:is|was|are|were|be|"
    r"been)\s+)?|"
    r"(?:(?:is|was|are|were)\s+(?:(?:also|reportedly|allegedly|widely|believed\s+to)\s+)*|"
    r"(?:has|have|had)\s+)?(?:receiv\w*|get\w*|got)\s+(?:[a-z]+\s+){0,2}?|"
    r"(?:emerged|(?:was|were)\s+(?:formed|founded|raised|created|set\s+up|established))"
    r"\s+[^,;.]{0,40}?\s*with\s+"
    r")\s*"
)


_AND_STATE = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?([A-Z][\w'’ -]*?)(?=[\s,.;)]|$)"
)


@cache
def _state_backing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns over the countries of data/places.yaml: 'backed by Iran' and 'Iran-backed'."""
    state = "(?P<state>" + "|".join(re.escape(c) for c in countries()) + ")"
    backed_by = re.compile(
        r"(?:(?:backed|sponsored|funded|financed|supported|armed|trained|equipped|raised|"
        r"bankrolled)(?:\s+and\s+(?:backed|sponsored|funded|financed|supported|armed|trained|"
        r"equipped))?\s+by|(?:support|backing|funding|money|training|weapons|arms|financing)"
        r"(?:\s+and\s+(?:support|backing|funding|money|training|weapons|arms|financing))?\s+from)"
        # (not "backing from Iran's Revolutionary Guards": the state's own body)
        r"\s+(?:the\s+)?" + state + r"(?![\w'’-])"
    )
    modifier = re.compile(
        r"(?<![\w-])" + state + r"-(?:backed|sponsored|funded|supported|armed|trained)\b"
    )
    return backed_by, modifier


_DROVE = re.compile(
    r"(?:drove|driven|drive|drives|driving|pushed|ousted|expelled|chased|dislodged|flushed|"
    r"cleared)\s",
    re.I,
)
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:but|while|whereas|although)\b")
# "- **Eighth Brigade** – Daraa; ...": a list entry's name (bold or not) that a dash follows
# (a bullet or bold type, not a page title: "FPMR - Wikipedia")
_ENTRY_NOTES_HEAD = re.compile(r"\s*(?:[-*•·‣◦]\s+(?:\*\*|__)?|\*\*|__)(?P<name>)(?=\S)")
_NOTE_DATED = re.compile(
    r"(?:(dissolved|disbanded)|founded|formed|established|set\s+up|created|est\.?)"
    r"(?:\s+(?:in|on))?\s+",
    re.I,
)
_ENTRY_NOTES_BULLET = re.compile(r"\s*(?P<name>)(?=\S)")
_ENTRY_NOTES_DASH = re.compile(r"(?:\*\*|__)?(?:\s*\([^()]*\))?\s+[–—]\s+|(?:\*\*|__)?\s+-\s+")
# what a group does where it is: "controls", "is active", "has established itself as the
# dominant force", "remains the strongest armed group"
_PRESENCE = re.compile(
    r"(?<![\w-])(?:(?:still|now|also|largely|effectively|mainly|firmly)\s+)?"
    r"(?:controls?|controlled|operates?|operated|holds?|held|dominates?|dominated|governs?|"
    r"runs?|ran|rules?|"
    # "In Taiz, the Abu al-Abbas Brigades fought Islah units": it fights there
    r"fights?|fought|clash(?:es|ed)?|attack(?:s|ed)|ambush(?:es|ed)|raid(?:s|ed)|seized|captured|"
    r"overran|besieged|patrols?|patrolled|recruits?|recruited|polices?|policed|"
    # "In Libya, Wagner fighters backed the LNA", "..., Wagner protects President Touadéra"
    r"backed|backs|supported|supports|protects|protected|guards|guarded|trains|trained|"
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:active|present|based|entrenched|strong|the\s+(?:dominant|strongest|main|largest|most)|"
    r"in\s+control)|has\s+(?:established|entrenched|built|maintained|kept)|"
    r"ha(?:s|ve|d)\s+(?:a\s+)?(?:strong\s+|significant\s+|large\s+|heavy\s+)?"
    r"(?:presence|bases|fighters|positions|cells|strongholds))\b",
    re.I,
)
_REFERRING_COUNT = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.I)
_MERGER_COUNT = re.compile(r"\b(?:merger|union|fusion|amalgamation)\s+of\s+$", re.I)
_INSTITUTION_WORDS = frozenset(
    "ministry office department agency commission institute university court "
    "observatory observatorio tribunal press times post news agency treasury republic kingdom "
    "emirates federation notice decree proclamation ordinance resolution".split()
)
# a name ending in one of these is a body, whatever its first words ("Government Ekpemupolo"
# is a man, "the Kurdistan Regional Government" is not)
_INSTITUTION_TAILS = frozenset("government administration authority parliament assembly".split())
# "is a proxy outfit of ", "was the youth wing of the": a copula naming the subject a part
_DESCRIBED_AS_PART_OF = re.compile(
    r"\b(?:is|was|are|were|remains|became)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?:outfit|group|"
    r"front|wing|faction|proxy|offshoot|splinter|branch|unit|affiliate|cell|militia)\s+of\s+"
    r"(?:the\s+)?$"
)
_COALITION_ASIDE = re.compile(
    r",\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:alliance|coalition|umbrella|grouping|bloc|front|"
    r"federation|union|merger|unit|brigade|battalion|faction|branch|wing|cell|splinter|offshoot)"
    r"\s+(?:of|between|from|within)\b",
    re.I,
)
_BRANCH_IN = re.compile(r"\s*(?:affiliate|branch|franchise|province|chapter)\b", re.I)
_CLAUSE_NOT_ASIDE = re.compile(
    r",\s*(?:the|a|an)\s+(?:(?!that\b|which\b|who\b|whose\b)[^,;()])*?\b(?:is|are|was|were|has|have|had)\b"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|\w+ed)\b", re.I)
_CONJOINED = re.compile(
    r"\band(?:\s+(?:it|is|was|are|were|has|had|have|also|later|then|now|currently|since|"
    r"formally|officially|first|eventually|subsequently|quickly|soon|been|"
    # "split from X in 1978 and for the following decade was allied with Y"
    r"(?:for|in|until|by|after|from|during|throughout|over)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:\d{4}s?|decades?|years?|months?)\b,?))*\s*$"
)
LIST_PREDICATES = frozenset(
    {"member_of", "allied_with", "rival_of", "affiliated_with", "merged_into", "split_from"}
)
_GAP_STOPWORDS = frozenset(
    """who which that from to by with in on at against after before during into for when while
    was were is are has had have said says whose where than not""".split()
)
_PAREN = re.compile(r"\([^()]*\)")
# a body named by a common noun right before a founding verb: "the government formed in 1991"
_COMMON_BODY_BEFORE = re.compile(
    r"\b(?-i:government|cabinet|administration|council|committee|commission|authority|"
    r"assembly|parliament|regime|ministry|court|tribunal)\s+$"
)
# the people who leave a group, unnamed: "rebels led by X", "Kombo's loyalists"
_UNNAMED_DISSENTERS = re.compile(
    r"\b(?:faction|rebels|loyalists|commanders|dissidents|members|fighters|wing|current|cadres|"
    r"hardliners|officers|followers|supporters|militants)\b"
)
_TRANSLATOR_BRACKET = re.compile(
    r"\s*\[(?!(?:sic|emphasis|\.\.\.|…)\b)((?:[^\W\d_][^\[\]]{2,198}?,\s*[^\W\d_][\w&-]{1,11}|"
    r"(?-i:[A-Z])[^\[\]\d]{2,120}?|[^\W\d_A-Za-z][^\[\]]{1,120}?))\]"
)
_SQUARE_SHORT_FORM = re.compile(r"^\s*\[[^\[\]]{1,40}\]")
# "joined B in forming Y": the gerunds that make a new body, not a fight side by side
_FORMING_GERUND = r"(?:forming|creating|founding|launching|setting\s+up)"
_DEMONYM_STATE = re.compile(
    r"\s+(?:state|province|region|district|county|city|town|village|enclave|port|quarter|"
    r"neighbou?rhood|suburb)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_MOVED = re.compile(
    r"(?:pushed|pushing|advanced|advancing|marched|marching|swept|sweeping|moved|moving|"
    r"retreated|retreating|withdrew|fell\s+back|walked|rolled|drove|fled|flees|fleeing|escaped|"
    # (not "... and reached the outskirts of Dodoma": any subject of the clause)
    r"reach(?:ed|ing)(?!\s+the\s+(?:outskirts|gates|suburbs|edges?)\b))\s",
    re.I,
)
_COMMON_PLURAL_OR_STATE = re.compile(
    r"(?:(?:^|[\s,;(])(?-i:[A-Z]?[a-z]+(?:ers|ists|ants|ents|ors|ives|ees|men)|"
    r"[Rr]ebels|[Gg]uerrillas|[Cc]adres|[Tt]roops)|"
    r"^\W*[Tt]he\s+(?:army|military|police|government|regime|authorities|navy|junta|state))"
    r"\s*,?\s*$"
)
_LISTING_ASIDE = re.compile(
    r",\s*(?:which|that|who)\s+(?:(?:now|also|currently)\s+)?(?:unites|united|includes|included|"
    r"comprises|comprised|groups|grouped|brings\s+together|brought\s+together|gathers|"
    r"gathered|is\s+made\s+up\s+of|was\s+made\s+up\s+of|encompasses)\b",
    re.I,
)
_ASIDE_LIST_REST = re.compile(
    r"\s+(?:the\s+)?(?-i:[A-Z])[^;().]{0,160}?\s(?:and|as\s+well\s+as)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[^,;().]{0,60},"
)
# a name no rule takes for a group, as the subject of having men: a person's following
_SOMEONE_HAD = re.compile(
    r"(?<![\w'’-])(?-i:[A-Z])[\w'’-]+(?:,[^,;]{1,40},)?\s+(?:had|has|kept|keeps|commanded|commands|"
    r"led|leads|fielded|fields)\b(?:,[^,;]{1,40},)?[^,;.]{0,30}$"
)
_FRONTED_PARTICIPLE = re.compile(
    r"[\W_]*((?-i:Founded|Formed|Created|Established|Set\s+up|Launched|Backed|Supported|"
    r"Trained|Armed|Funded|Once|Formerly|Originally|Initially|Long|Named|Called|Christened)\b"
    r"[^,;:()]*),"
    # the group the phrase describes stands right after it
    r"(?=\s+(?:the\s+)?(?-i:[A-Z]))"
)
_PEOPLE_BEFORE = re.compile(
    r"\b(?:fighters|militants|gunmen|militiamen|insurgents|rebels|men|soldiers|troops|"
    r"supporters|loyalists|members|commanders|combatants)\s*,?\s*$",
    re.I,
)
# an acronym's name spelled out after it: "KUMA — Kikosi cha Ukombozi", "KUMA (Kikosi ...)"
_SPELLED_NAME = r"((?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){1,9}?)"
_SPELLED_AFTER_DASH = re.compile(
    r"\s*(?:[—–]\s*|\s-\s+)" + _SPELLED_NAME + r"(?=\s*(?:,|;|\.(?:\s|$)|\s[—–]|$))"
)
SPELLED_AFTER = re.compile(
    r"\s*(?:\(\s*|[—–]\s*|\s-\s+)" + _SPELLED_NAME + r"(?=\s*(?:\)|,|;|\.(?:\s|$)|\s[—–]|$))"
)
# a position an even number of quotation marks before the end: outside any quotation
_OUTSIDE_QUOTES = r"(?=(?:[^\"“”]*[\"“”][^\"“”]*[\"“”])*[^\"“”]*$)"
# what closes a second name set off by a dash: the closing dash, maybe after a gloss ("in
# English", "in our paperwork", "Hadi al-Modarresi's group"), or the sentence's end
_DASHED_NAME_END = re.compile(
    r"(?:,\s*in\s+(?-i:[A-Z])[a-z]+|\s+in\s+(?:our|their|its|the|his|her)\s+[a-z]+|"
    r",\s*(?!and\b|or\b)[^–—.;,]{1,60}?)?\s*(?:[–—]|[.;](?:\s|$)|$)"
)
# a name that opens on a head word of another language: "Saraya al-Ashtar", "Frente Norte"
_FOREIGN_NAME = re.compile(
    r"^(?:Saraya|Kata'?ib|Harakat?|Jaysh|Jaish|Liwa|Jabhat|Ansar|Tanzim|Hizb|Jama'?at|Majlis|"
    r"Frente|Ejército|Movimiento|Fuerzas|Mouvement|Armée|Ushtria)\b",
)
# "have denied that X operates alongside Y": a tie inside a denied clause
_DENIED_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|disputed|disputes|"
    r"refuted|refutes)\s+(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|"
    r"accusations?)\s+)?that\s+[^,;.:()]{0,80}$"
    # "Do NOT write that it joined ISIS", "I do not find, that Grup Yorum is part of it"
    r"|\b(?:not|never)\s+(?:(?:to|be)\s+)?(?:write|say|said|report|reported|claim|claimed|suggest|"
    r"suggested|state|stated|assume|assumed|allege|alleged|find|found|accept|accepted|true)\b"
    r"[^.;:()]{0,40}?\bthat\s+[^,;.:()]{0,80}$"
    # "We found no evidence that the MVKP is a JTMM splinter"
    r"|\bno\s+(?:(?:hard|firm|clear|credible|independent|real|solid)\s+)?(?:evidence|proof|"
    r"indication|sign|record|confirmation)\s+(?:that|of)\s+[^,;.:()]{0,80}$",
    re.I,
)
_DENIAL_OF_TIE = re.compile(
    r",\s*(?:which|a\s+claim|an\s+allegation|a\s+charge|something|though|but)\b|"
    r"\b(?:it|they|the\s+(?:group|movement|party|militia|front|organi[sz]ation))\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:always\s+|repeatedly\s+|strongly\s+)?(?:denied|denies|deny)|"
    r"\b(?:denied|denies|deny|denying)\s+(?:any\s+|all\s+|having\s+)?(?:links?|ties|connections?|"
    r"involvement|membership|affiliation|relationship|this|that|it|the\s+(?:link|tie)s?)\b"
    # "..., which Lubanga heads, has denied any link to the M23" denies a tie it names next
    r"(?!\s+(?:to|with)\s+(?!(?:it|them|him|her|the\s+group|the\s+movement)\b)\w)|"
    r"\bis\s+(?:false|untrue)\b",
    re.I,
)
_CALLING_ITSELF = re.compile(
    r",?\s*(?:calling|called|naming|styling|which\s+called|which\s+named)\s+(?:itself|themselves)"
    r"\s+(?:the\s+)?"
)
_NEXT_LISTED_NAME = re.compile(
    r"[\"”]?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?=[\"“]?[A-Z])"
)
# ", Patriotska liga, set up in ...", ", Škorpioni, a unit ...": a name in sentence case or
# with letters beyond English, then what an apposition goes on with
_NATIVE_APPOSITION = re.compile(
    r",\s+(?P<name>(?-i:[A-ZÀ-ÖØ-ÞŠŽČĆĐ])[\w’'-]*(?:\s+(?-i:[a-zà-ÿšžčćđ])[\w’'-]*){1,3}|"
    r"(?-i:[A-ZÀ-ÖØ-ÞŠŽČĆĐ])[\w’'-]*[^\x00-\x7f][\w’'-]*)"
    r"(?=,\s+(?:an?\s|the\s+(?-i:[a-z])|known\b|set\s+up\b|founded\b|formed\b|created\b|"
    r"raised\b|drawn\b|part\s+of\b|which\b|who\b))"
)
# ", in Thai พรรคคอมมิวนิสต์แห่งประเทศไทย (Phak Communist haeng Prathet Thai) or พคท.": a name
# in its own script after a comma, then maybe its transliteration and a short form
_NATIVE_SCRIPT_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s*(?:,|\s[-–—])\s*(?:in\s+(?P<language>[A-Z][a-z]+)\s+)?"
    r"(?P<native>(?:(?![A-Za-z0-9])[^,;:()\n.\"“”])+?)"
    r"(?:\s*\((?P<spelled>[A-Za-zÀ-ÿ'’ -]{3,80})\))?"
    r"(?:\s+or\s+(?P<short>[^\sA-Za-z,;:()\"“”]{1,12})"
    r"(?:\s*\((?P<short_spelled>[A-Za-zÀ-ÿ'’ -]{2,40})\))?)?"
    r"(?=\s*(?:[,;:.]|$|\s(?:is|was|are|were|begins?|began|founded|formed)\b))"
)
# "Saraya al-Quds", "Jaysh al-Nukhba": an Arabic name's particle, not a sentence-case name
_PARTICLE_OPENS = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|wal|wa|bin|ibn|bint|abu|umm)\b")
# what a group is against is not its creed: "to fight jihadism", "a bulwark against communism"
_OPPOSED_TO_BEFORE = (
    r"\b(?:fight|fights|fighting|fought|combat|combats|combating|combatting|against|oppose|"
    r"opposes|opposing|opposed\s+to|counter|countering|resist|resisting|defeat|defeating|"
    r"crush|crushing|stamp\s+out|root\s+out)\s+(?:the\s+)?$"
)
_FOUNDING_VERB = re.compile(r"(?:set\s+up|formed|founded|created|established|launched|raised)\b")
_OBJECT_RELATIVE_BEFORE = re.compile(
    r"(?:\s*\([^()]*\))?,\s+(?:which|whom)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$"
)
_ENGLISH_WORDS = frozenset(
    "the of and a an in on for to with by was is were are which who that led based founded "
    "formed its their his her from at as".split()
)
_AND_FORMED = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+in\s+[\w ]{1,20}?)?,?\s+and\s+(?:then\s+|later\s+|soon\s+)?"
    r"(?:announced\s+the\s+(?:formation|creation|founding|birth)\s+of|formed|founded|set\s+up|"
    r"created|launched)\s+(?:the\s+)?"
)
# "A faction", "another splinter group": a part of a group, unnamed as yet (with the case
# of the words left to the caller: "(?i:...)" or re.I)
# a list entry "■ **MNJ - Mouvement des Nigériens pour la justice** (Movement of ...)."
_DASH_GLOSSARY_ENTRY = re.compile(
    r"[\s•*■▪◦·|>-]*(?P<acronym>[^\W\d_a-z][\w&-]{1,11})\**\s+[-–—]\s+\**\s*"
    r"(?P<name>(?-i:[^\W\d_a-z])[^\n()*,;:.–—]*?(?:\n[^\n()*,;:.–—]+?)?)\s*\**"
    r"(?:\s*\((?P<gloss>[^()]{3,100})\))?(?=\s*(?:[.,;:(]|\s[-–—]\s|$))"
)
# a translation in brackets: capitalised words and the small words of a title
_TITLED_GLOSS = re.compile(
    r"(?-i:[^\W\d_a-z])[\w'’-]*(?:\s+(?:(?:of|for|and|the|in|on|to)\s+)*(?-i:[^\W\d_a-z])[\w'’-]*)*"
)
_UNNAMED_FACTION = (
    r"(?i:an?|one|another)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?i:faction|group|wing|splinter|breakaway|offshoot)"
)
# "..., broke away and now calls itself the X", "... became known as the X"
_RENAMED_ITSELF = re.compile(
    r"(?:calls|called|calling|names|named|naming|styles|styled)\s+(?:itself|themselves)\s+"
    r"(?:the\s+)?|(?:became|becoming|is\s+now|was\s+later)\s+known\s+as\s+(?:the\s+)?"
)
# "In 2015 a coalition led by X": an unnamed group opens the clause
_INDEFINITE_GROUP = re.compile(
    # (not "A militia that fights in Bui division": a definition of the entry)
    r"(?:[,;]\s+|^\W*(?:In|On|By|After|Since|During)\s+[^,]{1,30}?\s)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:faction|group|coalition|alliance|force|unit|militia|column|band|"
    r"network|cell|brigade|battalion|movement|front|wing|organi[sz]ation)s?\b"
)
_ALIGNED_WITH_BEFORE = re.compile(
    r"\b(?:aligned|allied|linked|affiliated|associated|loyal)\s+(?:with|to)\s+(?:the\s+)?$", re.I
)
_STRUCK = re.compile(r"(?:attacked|raided|bombed|shelled|hit|struck|ambushed|stormed)\b", re.I)
_AUXILIARIES = re.compile(
    r"\s*(?:(?:has|have|had|also|then|later|repeatedly|again|twice|first|once|reportedly|"
    r"allegedly|soon|quickly|eventually|finally|gradually|been|being|offensives|remnants|forces|"
    r"fighters|units|troops|columns|guerrillas|men|gunmen|militiamen|cadres|members|operatives|militants|rebels|insurgents)\s+)*"
)
# a plural unit noun opening a roster cue: "three PMF formations: A, B and C"
_BARE_UNIT_NOUN = re.compile(
    r"(?:formations|units|brigades|battalions|factions|companies|regiments|divisions|fronts)"
    r"\s*(?::|,\s+(?:among\s+them|including|such\s+as|namely)\b)"
)
# "the Front's first congress, held in the Sahel in 1977, ": a group's body that elects
_ELECTING_BODY = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:congress|conference|convention|assembly|council|"
    r"central\s+committee|leadership|shura|politburo|plenum)(?:\s*,[^,;]{1,60},)?\s+",
    re.I,
)
# what may stand between a person's name and a description of the person right after it: a
# bracket and an also-known-as aside
_APPOSED_TO_PERSON = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:(?:also\s+|better\s+)?(?:known|called)\s+as\s+[^,;()]{1,40},\s*)?\Z"
)
_STRIKE = re.compile(
    r"(?:struck|strikes|striking|hit|hits|hitting|shelled|shells|shelling|bombed|bombs|bombing)\b",
    re.I,
)
_RENAMING = re.compile(
    r"(?:renamed|rebranded|changed\s+(?:its|their)\s+name|took\s+the\s+name|adopted\s+the\s+name)\b",
    re.I,
)
# "broke away from the MNLF and in 1984 ", "left the OIPFG and ": the group left, then the
# leaver's renaming
_LEFT_AND = re.compile(
    r"\b(?:broke\s+(?:away|off)\s+from|split\s+(?:off\s+|away\s+)?from|left|quit|walked\s+out\s+of|"
    r"(?:was|were)\s+expelled\s+from|seceded\s+from)\s+[^,;.]{2,80}?\s+and\s+"
    r"(?:(?:in|on|by)\s+[^,;.]{2,25}?\s+|(?:later|then|soon|eventually)\s+)?$",
    re.I,
)
# "survived and in April 2013 ": a first verb of the subject's, then the renaming verb
_COORDINATED_VERB = re.compile(
    r"\s+(?:[a-z]+\s+){1,3}and\s+(?:(?:then|later|soon|eventually|finally)\s+)?"
    r"(?:(?:in|on|by|after)\s+(?:(?:early|mid|late)\s+)?(?:\d{1,2}\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?"
    r"(?:\d{1,2},?\s+)?\d{4},?\s+)?"
)
# "formed a separate unit, Donbas-Ukraine, within the Armed Forces of Ukraine"
_CALLED_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")
_MADE_AND_CALLED = re.compile(
    r"\s+an?\s+(?:[a-z]+\s+){0,2}(?:unit|squad|battalion|brigade|command|cell|force|branch|"
    r"faction|detachment|wing|militia|group)\s+(?:called|named|known\s+as|dubbed)\s+(?:the\s+)?"
)
_FORMED_TOGETHER_WITH = re.compile(
    # "a member of the Northern Alliance, a bloc it formed in 2016 with A, B and C"
    r"(?:\s*\([^()]*\))?\s*,\s*(?:(?:which|an?\s+(?:[a-z]+\s+)?(?:bloc|coalition|alliance|"
    r"front|platform|umbrella|grouping)(?:\s+(?:that|which))?)\s+(?:it|they)\s+)?(?:co-?)?"
    r"(?:formed|created|founded|"
    r"set\s+up|established|launched)\s+(?:(?:in|on)\s+[^,;.()]{1,25}?\s+)?(?:together\s+)?"
    r"(?:with|alongside)\s+"
)
_SERVES_UNDER = re.compile(
    r"\s+(?:operates|operated|fights|fought|serves|served|acts|acted|is|was|are|were|"
    r"remains|remained)\s+|\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:unit|faction|cell|"
    r"wing|group|militia|brigade|battalion|force|splinter|offshoot|gang)\s+"
)
_SOME_OF_WHICH = re.compile(
    r"\b(?:most|many|some|all|several|few|none|each|both|one|two|three|four|five)\s+of\s+"
    r"(?:which|whom|them)\b",
    re.I,
)
_COUNT_MADE = re.compile(
    r"(?:\s*,\s*(?:including|among\s+them|notably)\b[^;.]{1,120}?,)?\s+(?:that\s+|which\s+|who\s+)?"
    r"(?:(?:together|jointly|then|later|formally)\s+)?(?:formed|founded|created|set\s+up|"
    r"established|launched|joined\s+forces\s+(?:as|to\s+form)|came\s+together\s+(?:as|to\s+form))"
    r"\s+(?:the\s+|a\s+|an\s+)?"
)
_PLURAL_MEN_BEFORE = re.compile(
    r"\b(?-i:[a-z][\w-]*\s+)?(?P<men>militants|fighters|forces|units|troops|parties|groups|factions|"
    r"men|gunmen|cells|elements|militias|militiamen|soldiers|rebels|insurgents|loyalists)\s*,?\s*$"
)
_UNIT_SET_UP = re.compile(
    r"\b(?:formed|created|set\s+up|established|raised|launched)\s+(?:an?|its\s+own)\s+"
    r"(?:(?:new|separate|special|small|elite|volunteer|armed|military|youth|regional)\s+)*"
    r"(?:unit|battalion|brigade|company|regiment|detachment|squadron|formation|squad|wing|cell|"
    r"command)(?P<named>\s*,\s*|\s+(?:called|named|known\s+as|dubbed)\s+)(?:the\s+)?",
    re.I,
)
_WITHIN = re.compile(r"\s*,\s*(?:within|inside|as\s+part\s+of)\s+(?:the\s+)?", re.I)
_SINGLE_BODY_HEAD = re.compile(
    r"\b(?:Front|Union|Party|Movement)\b(?![\w-])(?!.*\b(?:Alliance|Coalition)\b)"
)
_STATE_OFFICE = re.compile(
    r"\s+(?:the\s+)?(?:then[-\s]|former\s+|late\s+)?(?:Governor|President|Prime\s+Minister|Premier|"
    r"King|Queen|Mayor|Minister|Chancellor|Emperor|Shah)\b"
)
# what may open a sentence before its subject: "2006 – In October, ", "In 2019 "
_SENTENCE_LEAD = re.compile(
    r"[\W\d]*(?:\d{4}\s*[–—-]\s*)?(?:(?:In|On|By|During|After|Then|Later)\s+[^,.;]{1,30}?"
    r"(?:,\s*|\s+(?=(?-i:[A-Z]))))?"
)
# "..., which he still leads", "..., with himself as president"
_HE_LEADS = re.compile(
    r",\s*(?:(?:which|(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:coalition|alliance|group|movement|militia|"
    # "dissolving Seleka, the rebel coalition he led into Bangui": the appositive's head
    r"faction|party|front|force|army|rebellion|organi[sz]ation)(?:\s+that|\s+which)?)\s+(?:he|she)\s+"
    r"(?:had\s+)?(?:still\s+|now\s+|also\s+|later\s+|then\s+)?(?:leads|led|heads|"
    r"headed|commands|commanded|chairs|chaired|runs|ran)\b|with\s+(?:himself|herself)\s+as\s+"
    r"(?:its\s+)?(?:president|leader|chairman|chairperson|head|commander|emir|chief|"
    r"secretary-general)\b)",
    re.I,
)
_WHERE_GROUP = re.compile(r",\s+where\s+(?:the\s+)?")
_HAS_ITS_BASE = re.compile(
    r"\s+(?:(?:still|now|also)\s+)?(?:has|had|have|keeps?|kept|maintains?|maintained|set\s+up)\s+"
    r"(?:its|their|a)\s+(?:[a-z]+\s+)?(?:base|bases|headquarters|stronghold|camps?)\b|"
    r"\s+(?:holds?|held)\s+sway\b"
)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|into|around|across)\s+(?!the\s+border)", re.I)
# "opened an office in Lusaka", "set up its first camp at Kongwa": the subject's own
_HAS_CAMP = re.compile(
    r"\b(?:opened|opens|set\s+up|sets\s+up|established|establishes|has|had|have|maintains?|"
    r"maintained|kept|keeps|ran|runs|built|builds|moved|moves)\s+(?:an?|its|their)\s+"
    r"(?:[\w-]+\s+)?$|\b(?:its|their|from|out\s+of)\s+$",
    re.I,
)
# the camp words only the named-camp cue reads: "camp at", "main base in"
_OWNED_CAMP = re.compile(
    r"(?:main|training|rear|forward|military|political|first)\s+\w+\s+\w+|"
    r"(?:camps?|offices?|bureau)\s+\w+",
    re.I,
)
# "whose presidium was made up of", "by a small group of patriots that included": the
# persons listed next are members of the body named before
_PERSON_ROSTER = re.compile(
    r"(?:(?P<whose>\bwhose)\s+(?:[a-z-]+\s+)?(?:presidium|leadership|founders|founding\s+members|"
    r"members|leaders|politburo|central\s+committee|executive|high\s+command|command)\s+"
    r"(?:(?:was|were|is|are)\s+(?:made\s+up\s+of|composed\s+of|formed\s+by)|"
    r"included|include|includes|comprised|consisted\s+of)|"
    r"\bby\s+an?\s+(?:[a-z-]+\s+){0,3}(?:group|handful|circle|band|core|clique|cell)\s+of\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:that|who|which)\s+included)\s+(?=(?-i:[A-Z]))",
    re.I,
)
# "broke away from the", "split off from": a split whose parent is named next
_APPOSED_BEFORE_VERB = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:an?|the)\s+[^;:()]{1,80}?,\s*(?:(?:later|then|soon|eventually)\s+)?"
)
_SPLIT_FROM_END = re.compile(
    r"\b(?:broke|broken|breaking|breaks|split|splitting|splits|splintered|splinters)\s+"
    r"(?:away\s+|off\s+)?from\s+(?:the\s+)?$",
    re.I,
)
# what may part a split's parent from the 'under' that names the breakaway's leader
_DATE_GAP = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+(?:in|on)\s+(?:(?:early|mid|late|the\s+(?:spring|summer|autumn|"
    r"fall|winter)\s+of)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*,?\s*"
)
_NAMED_CAMP = re.compile(
    r"(?:(?:main|training|rear|forward|military|political|first)\s+)?"
    r"(?:camps?|bases?|offices?|headquarters|bureau)\s+(?:at|in|near)",
    re.I,
)
# Nothing but a bullet's mark and an article before a name
_BULLET_OPENING = re.compile(r"[\W_]*(?:(?:the|an?)\s+)?", re.I)
_FOUGHT = re.compile(
    r"(?:fought|fight|fights|fighting|battled|battling|(?:clashed|clashes|clashing)"
    r"(?:\s+(?:repeatedly|again|heavily|frequently|regularly|often))?\s+with)\s",
    re.I,
)
# From the last side fought to the place: a few words, no new clause
_FOUGHT_TO_PLACE = re.compile(
    r"(?:\s*\([^()]*\))?(?!.*\b(?:before|after|when|while|until|because|told|said|says|"
    r"tell|announced)\b)\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:in|around|near|across|throughout|at|along)",
    re.I | re.S,
)
# The side fought, right after the verb ("against both the army and the ...")
_FOUGHT_FIRST = re.compile(
    r"\s*(?:against\s+)?(?:both\s+)?(?:the\s+)?"
    r"(?:(?:army|military|police|security\s+forces|government\s+forces)\s+"
    r"(?:and|as\s+well\s+as)\s+(?:the\s+)?)?"
)
_FOUGHT_NEXT = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?")
_PLURAL_UNITS = re.compile(
    r"\b(?:units|formations|branches|brigades|battalions|divisions|sectors|commands|councils|"
    r"wings|regiments|companies|detachments)\s+(?:of|within)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r";|:\s+(?=[a-z])|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\balthough\b|\. "
)
_OBJECT_GAP = re.compile(r"^[^;.()]{0,60}$")
_NAMED_BODY = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:bloc|coalition|alliance|grouping|umbrella|front|body|"
    r"platform|framework|council|network|operations\s+room|group|militia|gang|faction|rival|foe|"
    r"enemy|adversary|ally|splinter|offshoot|outfit)"
    # "fought a smaller rival, the Mgeni Militia": the name in apposition
    r"(?:,\s+(?:the\s+)?|\s+"
    r"(?:(?:known|called|named)\s+"
    r"(?:(?:locally|simply|collectively|officially|in\s+[\w\s]{1,20}?)\s+)?(?:as\s+)?|called\s+|"
    r"named\s+|"
    # "heads a group that calls itself the Popular Forces"
    r"(?:that|which)\s+(?:calls|called|names|named|styles|styled)\s+(?:itself|themselves)\s+|"
    # "part of an alliance of the non-signatory groups, the SSOMA": the name in apposition
    r"(?:of|for|between)\s+[^,;.()]{1,60},\s+(?:the\s+)?))(?=(?:the\s+)?(?:[\"“]?[A-Z]|$))"
)
_LIST_SEPARATOR = re.compile(
    # "the Uvira Resistance forces and the Baraka Resistance": a plain noun may follow a name
    r"^[\"”’]?(?:\s+(?:forces|fighters|militias?|units|troops|brigades|factions|movement|group))?"
    r"\s*(?:,|,?\s*and(?:\s+of)?"
    # "A and, from 2001, B": an aside after the "and"
    r"(?:,\s+(?:after|following|upon|on|in|from|until)\s+[^,;.]{1,50},)?|"
    r",?\s*as\s+well\s+as|,?\s*along\s+with|,?\s*plus|&|/|\||•|"
    # "led the Kilwa Front and then the Rufiji Army": one after the other
    r",?\s*or|,?\s*(?:and\s+)?(?:then|later|subsequently|afterwards)"
    # "fought alongside the Rufiji Army and later alongside the Pwani Brigade"
    r"(?:\s+alongside)?|,?\s*and\s+(?:also\s+)?alongside)(?:\s+by)?\s*(?:(?:the|its|their|a|an|smaller|rival|fellow|other|old|former|new|remaining|regular)\s+)*"
    # "Malian forces and the Russian Wagner Group": a people's adjective before the name
    r"(?:(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic))\s+(?=(?-i:[A-Z])))?"
    # "Hekmatyar's Hezb-e Islami, Wahdat and Dostum's Junbish": a leader's group in the list
    r"(?:(?-i:[A-Z][\w'’.-]+\s+){0,3}(?-i:[A-Z][\w.-]+)['’]s\s+)?[\"“‘]?$"
)
_SEMICOLON_SEPARATOR = re.compile(r"^\s*;\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?$")
_SEMICOLON_ITEM_END = re.compile(r"(?:\s*\([^()]*\))?\s*(?:;|\.?\s*$)")
_NAME_RUN = re.compile(
    # "TKP/ML": a slash and a short capital suffix stay with the acronym
    r"(?:[A-Z\u00C0-\u024F\u0600-\u06FF\u1000-\u109F](?:[^\W_]|['’.\-])*(?:–(?=[A-Z])(?:[^\W_]|['’.\-])+)*"
    r"(?:/[A-Z]{1,3}(?![\w/]))?|"
    r"(?:al|el|ad|ash|as|az|ar|at|adh|ud|ul)-[A-Z](?:[^\W_]|['’\-])*|\d+[A-Za-z]*)"
    # a tab parts a field's label from its value: "Part of<TAB>Rovuma Coalition" is no name
    # (three spaces part the cells of a table laid out with spaces)
    r"(?:(?:[^\S\t\n]{1,2}|[^\S\t]*\n[^\S\t]*)(?:(?:of|for|al|el|ad|bin|ibn|bint|wal|fi|de|del|la|los|las|du|des|da|di|do|"
    r"dos|das|y|e|es|the|ag|ould|ben|abu|umm|we|ya|za|cha|le|les|van|von|der|den|ng|sa|mga|na|"
    # "the Army of the Republic of Bosnia and Herzegovina": a country named by two names
    r"and(?=[^\S\t]+(?:Herzegovina|Tobago|Barbuda|Nevis|Pr[íi]ncipe)\b))[^\S\t]{1,2})*"
    # "Workers' Party–Union of the People": an en dash with no space joins two names' parts
    r"(?:[A-Z\u00C0-\u024F\u0600-\u06FF\u1000-\u109F](?:[^\W_]|['’.\-])*(?:–(?=[A-Z])(?:[^\W_]|['’.\-])+)*|"
    # Arabic particles joined to the next word: "al-Sham", "wal-Muslimin", "ash-Shuhada"
    r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|un|ut|wal|wa|bil|lil|fil)-[A-Z](?:[^\W_]|['’\-])*|"
    # "Côte d'Ivoire", "Armée de l'Air": a French article elided onto the next word
    r"[dl]['’][A-Z\u00C0-\u024F](?:[^\W_]|['’\-])*|"
    # "Cumann na mBan", "Óglaigh na hÉireann": an Irish word's mutated first letter
    r"(?<=na[^\S\t])(?:bh|dt|[mnbgdth])(?=[A-Z\u00C0-\u024F])[A-Z\u00C0-\u024F](?:[^\W_]|['’\-])*|"
    # 'Alfred "Nikita" Mangena': a quoted by-name inside a person's name
    r"[\"“][A-Z][\w'’.-]*(?:[^\S\t][A-Z][\w'’.-]*){0,2}[\"”](?=[^\S\t]+[A-Z][a-z])|"
    r"\d+[A-Za-z]*))*"
)
_PLACE_MODIFIERS = re.compile(
    r"^(?:\s*(?:(?:the\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|"
    r"south-?east|south-?west)\s+of\s+the\s+country\s*,?\s*and\s+(?:in\s+)?|the|parts\s+of|areas\s+of|much\s+of|most\s+of|large\s+parts\s+of|swathes\s+of|"
    r"rest\s+of|"
    r"regions\s+of|north-?eastern|north-?western|south-?eastern|south-?western|"
    r"(?:north|south)-?(?:east|west)|northern|southern|eastern|western|central|north|south|east|"
    r"west|"
    r"rural|coastal|occupied|nearby|former|surrounding|outlying|adjacent|remote|"
    # "the 40km-long Togjaceel valley"
    r"\d[\d.,]*\s?-?(?:km|kilomet(?:re|er)s?|miles?)-(?:long|wide)|"
    r"neighbou?ring|two|three|four|five|six|seven|eight|nine|ten|in\s+(?=the\b)|on\s+(?=the\b)|"
    # "active mainly south of the Pir Panjal range"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|"
    # "camps in the Indian state of Tripura", "attacks in and around Kampala"
    r"(?:camps|bases|hideouts)\s+(?:in|near|along|across)|and\s+around|"
    # "the dense forests of the Aberdare range", "the rugged hills above X"
    r"(?:(?:dense|thick|remote|rugged|steep|wooded|forested|thickly\s+wooded)\s+)?"
    r"(?:mountains|hills|forests|jungles|highlands|creeks|outskirts|massifs?|favelas|"
    r"slums|suburbs|neighbou?rhoods|wilayas?|cantons?|municipios|parishes|communes)\s+(?:of|above|outside)|"
    # "on the volcanic slopes of San Marcos", "along the banks of the Coco"
    r"(?:(?:[a-z-]+\s+){0,2}(?:slopes|banks|shores|foothills|edges|fringes)\s+of)|"
    r"(?:the\s+)?(?:border|frontier)\s+(?:with|of)|"
    r"several\s+(?:areas|regions|provinces|states)\s+(?:of|in)|both|"
    # "the Naga-inhabited hill districts of Manipur"
    r"(?:(?-i:[A-Z])[a-z]+-[a-z]+\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?(?:provinces?|regions?|states?|districts?|governorates?|areas?|countryside|territory|"
    r"(?:port\s+)?(?:towns?|city|cities)|ports?|harbou?r|villages?|capital|departments?|municipality|county|counties|islands?|"
    r"prefectures?|oblasts?|cercles?|communes?|woredas?|zones?|townships?|municipalities|"
    r"territories|localities|local\s+government\s+areas?)"
    r"\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?"
    r"(?:of|around)|around|near|"
    # "rural areas across the country, including Mindanao"
    r"(?:[a-z-]+\s+){0,2}(?:across|throughout|in)\s+the\s+country\s*,?\s*(?:including|"
    r"especially|particularly|notably|mainly|mostly)\s+(?:in\s+)?|"
    r"(?:towns|villages|cities|areas|parts|districts)\s+(?:across|throughout|in|of)|"
    r"(?:and|or)\s+(?=(?:north|south|east|west|central)[a-z-]*\s)|"
    r"(?:[a-z-]+\s+)?(?:border\s+)?(?:area|areas|region|regions|zone|zones|belt|strip|borderlands?)"
    r"\s+(?:of|around|along)|is|are|was|were|lies|lie|remains?|mainly|mostly|largely)\b\s*)*"
)
_PLACE_NOUN = re.compile(
    r"\s+(?:airport|air\s+base|airbase|port|harbou?r|neighbou?rhood|municipality|townships?|"
    r"island|islands|prefectures?|oblast|woreda|cercle|commune|peninsula|desert|plains?|highlands|hills|forest|oasis|"
    r"territory|territories|province|provinces|region|regions|state|states|district|"
    r"districts|governorate|governorates|county|area|areas|valley|camp|refugee\s+camp|city|"
    r"town|countryside|basin|zone|zones|division|coast|mountains|range|belt|corridor|"
    r"local\s+government\s+areas?|LGAs?|departments?|municipalities|communes|counties)\b"
)
_PLACE_SEPARATOR = re.compile(
    # "in Yobe State and across the borders in Niger's Diffa region"
    r"\s*(?:,?\s*and\s+(?:also\s+)?across\s+the\s+borders?\s+(?:in|into)\s+|"
    # "capture of Goma in January and Bukavu in February": a month or year after each place
    r"(?<=\s)in\s+(?:(?:early|mid|late)[-\s])?(?:(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{4})?|\d{4})\s*,?\s+and\s+(?:in\s+)?|"
    r",?\s*(?:along\s+with|together\s+with|plus)\s+(?:in\s+)?|,?\s*and\s+(?:also\s+)?(?:in\s+|into\s+|along\s+|across\s+|around\s+|throughout\s+)?|"
    r",\s*(?:(?:particularly|especially|notably|mainly|mostly|chiefly|including|above\s+all)"
    # "active in Lindi, in Mtwara and in Ruvuma": the preposition repeated
    r"\s+(?:in\s+|around\s+|near\s+)?|(?:in|on)\s+(?=(?:the\s+)?[A-Z]))?(?:as\s+well\s+as\s+)?|"
    r"as\s+well\s+as\s+|&\s+|of\s+|in\s+|"
    # "northern Tillabéri around Ouallam, Banibangou and Abala", "Tillabéri, near Téra"
    r",?\s*(?:around|near)\s+|"
    # "have fought in Syria since 2013, notably around Aleppo"
    r"(?:\s+(?:in|since|from|until)\s+\d{4})?\s*,\s*(?:notably|particularly|especially|mainly|"
    r"mostly|chiefly)\s+(?:in|around|near)\s+|"
    # "in eastern Ukraine's Donbas in 2014, then in Syria from 2015"
    r"(?:\s+(?:in|from|since)\s+\d{4})?\s*,\s*(?:and\s+)?(?:then|later|subsequently)\s+(?:in|to)\s+|"
    # "in Eastern Visayas (particularly Samar), on the island of Negros, in the Bicol region"
    r"(?:\s*\([^()]*\))?\s*,\s*(?:and\s+)?(?:on|in)\s+|"
    # "fought in the Ogaden zones: around Degehabur, Kebri Dahar and Gode": a colon's list
    r":\s+(?:around\s+|in\s+|near\s+)?(?=(?:the\s+)?[A-Z])|"
    # "in Kalehe; Fizi; and Uvira": a semicolon list, each place closed by ';' or the end
    r";\s*(?:and\s+)?(?:in\s+)?(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*"
    r"(?:;|\.|$|,?\s*and\b)))"
)
_TOGETHER = re.compile(
    r"[\"”’']?(?:\s*\([^()]{1,60}\))?"
    # 'formed the "Pamoja" ("Together") operations room with A': the body a quoted name names
    r"(?:(?<=[\"”’)])\s+(?:military\s+|joint\s+)?(?:operations\s+room|operations\s+command|"
    r"coalition|alliance|front|bloc|umbrella|command))?"
    r"(?:\s+(?:in|on)\s+[^,;.]{1,20}?)?\s*,?\s*(?:together\s+with|"
    r"along\s+with|alongside|"
    # "formed the Three Brotherhood Alliance with A and B", "the BRAS (...), with A"
    r"(?<=[\w)])\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?<=,)\s*with(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+"
    r"(?:the\s+)?"
)
_PLACE_ASIDE = re.compile(
    r",\s+(?:where|which|whose|home\s+to|near|east|west|north|south)\b[^,;()]*(?=,)|"
    # "in the Makran belt in the south-west, in the districts of Kech and Awaran"
    r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?"
    r"(?:\s+of\s+the\s+(?:country|province|region|state))?(?=\s*,)|"
    # "Aden, the interim capital, as well as Lahij": a description of the place
    r",\s+(?:the|a|an)\s+(?:[a-z][\w'’-]*\s*){1,4}(?=,)"
)
# "LeT", "JeM", "CorCom", and a word after an acronym's hyphen: "YJA-Star"
_MIXED_ACRONYM = re.compile(
    r"[A-Z](?:[a-z]{0,2}[A-Z0-9&-]){1,8}[a-z]{0,2}|[A-Z][A-Z0-9]{1,5}-[A-Z][a-z]{1,4}"
)
# A name a person does not bear: "Bab al-Tabbaneh", "Metekel Zone", "Syria Street"
_PLACE_LIKE_NAME = re.compile(
    r"(?:(?:Bab|Tel|Tell|Jabal|Jebel|Wadi|Ras|Ain|Deir|Kafr|Beit|Bir|Khan|Jisr|Marj|Qasr|Mount|Mt|"
    r"Operation|Opération|Operação|Operación|Lake|Cape|Port|Fort)\s.+|"
    r".+\s(?:Zone|Street|Road|Square|District|Province|Region|Oblast|Valley|Camp|County|"
    r"Governorate|Prefecture|Woreda|Township|River|Lake|Mountains?|Plains?))"
)
_PLACE_PREPOSITION_BEFORE = (
    r"\b(?:around|near|into|outside|inside|towards?|across|through|(?<!as\s)in)\s+(?:the\s+)?$"
)
# what follows a quoted title in a reference: ', The Baltimore Sun, June 1995'
_CITATION_AFTER = re.compile(
    r"[\"”]?\s*,\s*(?:(?:The|the)\s+)?(?:[A-Z][\w&.-]*\s*){1,5},\s*(?:[A-Z][a-z]+\.?\s+)?"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\b"
)
# faiths beside the ones `mentions.PEOPLES` already lists ("Sunni", "Christian", "Druze")
_FAITHS = frozenset("catholic protestant orthodox hindu buddhist sikh jewish".split())
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)
# "also spelled", "sometimes written", "reported as": the words that give another spelling
_SPELLED_AS = (
    r"(?:(?:also|sometimes|often|occasionally|variously|commonly|usually)\s+)?"
    r"(?:spelled|spelt|written|transliterated|rendered|reported\s+as|given\s+as|cited\s+as|"
    r"listed\s+as)"
)
_BORN_AS = re.compile(
    r"(?<=\S)\s*\(\s*(?:born|né|née|real\s+name|birth\s+name)\s+"
    r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4})(?=\s*(?:\)|[,;]|\s(?:in|on|at)\b))"
)
_PERSON_PAREN = re.compile(
    r"\s*\(\s*(?:(?:nom\s+de\s+guerre|alias|aka|a\.k\.a\.|also\s+known\s+as|known\s+as|"
    r"call\s+sign|" + _SPELLED_AS + r"|(?P<variant>also)(?=\s+(?:[A-Z]|al-|el-)))"
    r"\s+[\"“]?"
    r"(?P<byname>(?:[A-Z]|al-|el-)[^\"”(),;]{1,40}?)[\"”]?"
    # "(also spelled Ahmed al-Odeh, أحمد العودة)": a second spelling after a comma
    r"(?:\s*[,;]\s*(?:or\s+)?(?P<second>[^\W\d_][^()\[\],;:\d]{1,60}?))?|"
    # "Hussam Yassin (Abu Yassin)": a kunya in brackets
    r"(?P<kunya>(?:Abu|Abou|Umm)\s+[A-Z][^()]{1,30}?)|"
    r"[\"“](?P<quoted>[A-Z][^\"”()]{1,40})[\"”]|"
    r"(?P<native>[^\W\d_A-Za-z][^()\[\],;:\d]{1,60}?)|"
    # "Sheikh Hassan Dahir Aweys (Xasan Daahir Aweys)": the name as another language spells it
    r"(?P<spelled>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-[\w'’-]+|bin|ibn|de|da|van)){1,5}))\s*\)"
)
# A name in another Latin-script language: capitalised, two to nine words.
_ARABIC_NAME = re.compile(
    r"(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-[A-Z][\w'’-]+(?:\s+(?:(?:al|el|wal|wa|bin|ibn|fi|li)-?)?"
    r"[\w'’-]+){0,6}"
)
_PERSON_MEMBER_LEAD = re.compile(
    r"\W*(?:a|an|one|two|three|several|some|many|former|senior|other)\s+(?:[a-z-]+\s+)?"
    r"(?:members?|leaders?|commanders?|officials?|fighters?)\s+of\b",
    re.IGNORECASE,
)
_PROFESSED = re.compile(
    r"(?:(?:ideology|creed|doctrine|programme|program|outlook)\s+(?:is|was|mixes|mixed|combines|"
    r"combined|blends|blended)|adopted|embraced|espouses|espoused|follows|followed|adheres\s+to|"
    r"adhered\s+to|subscribes\s+to|subscribed\s+to|guided\s+by|inspired\s+by|committed\s+to)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_MANY_NAMES = re.compile(
    r"\b(?:goes|go|went|going|is|are|was|were|has\s+been)\s+(?:known\s+)?by\s+(?:many|several|"
    r"various|different|a\s+number\s+of|multiple|other)\s+names\s*[:,]\s*",
    re.IGNORECASE,
)
_NAME_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_COMMA_BYNAME = re.compile(
    # 'Treviño Morales, "Z-40," and his brother': the comma or stop inside the quotes
    r",\s*[\"“]((?-i:[A-Z])[^\"”,.;]{1,30})(?:[,.][\"”]|[\"”](?=\s*(?:[,.;)]|$)))"
)
_UNIT_NOUN_AFTER = re.compile(
    r"[ \t]+(?:battalion|brigade|unit|company|regiment|detachment|squad|cell|militia|faction)s?"
    r"\s+(?:(?:was|were|first|originally|also)\s+)?"
)
# "Kolélas's fighters", "their own militia": someone's men, whose name may follow
_MEN_OF_POSSESSOR = (
    r"(?:['’]s|\b[Ii]ts|\b[Tt]heir|\b[Hh]is)\s+(?:own\s+)?(?:private\s+)?(?:fighters|militia|"
    r"militiamen|gunmen|men|guerrillas|troops)"
)
_NAMED_MEN_BEFORE = re.compile(_MEN_OF_POSSESSOR + r"\s*$")
# "Kolélas's fighters, the Ninjas, ...": the name in apposition
NAMED_MEN = re.compile(_MEN_OF_POSSESSOR + r"\s*,\s+(?:the\s+)?$")
_STATE_BODY = re.compile(
    r"\b(?:Army|Guard|Armed\s+Forces|Police|Ministry|Gendarmerie|Defen[cs]e\s+Forces|Ground\s+Forces)\b"
)
_INNER_BYNAME = re.compile(
    r"(?P<given>(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3})[\"“]((?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){0,2})"
    r"[\"”]\s(?-i:[A-Z])[\w'’-]*[a-z](?:\s(?-i:[A-Z])[\w'’-]*[a-z])?"
)
_NATIVE_NAME = re.compile(r"(?:[A-ZÀ-Ý]|al-|el-)[\w'’-]*(?:\s+[\w'’-]+){1,8}")
# a quoted name, closed by its own kind of quote ("Putin's chef" keeps its apostrophe)
_QUOTED = re.compile(
    r"^[\s:,]*(?=[\"“‘'])(?:\"([^\"]{2,80})\"|“([^”]{2,80})”|‘([^’]{2,80})’|'([^'\"]{2,80})')"
)
_NON_LATIN = re.compile(
    r"[\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u08FF\u0900-\u0DFF\u0E00-\u0E7F"
    r"\u1000-\u109F\u10A0-\u10FF\u1200-\u139F\u1780-\u17FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]"
)
_SUBDIVISIONS_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:counties|provinces|regions|states|districts|departments|"
    r"governorates|prefectures|cercles|wilayas|oblasts|municipalities|territories)\s+of\s+"
)
_COMPASS_THEN_PLACES = re.compile(
    r"\s*(?:the\s+)?(?:far\s+)?(?:north|south|east|west|centre|center|interior)"
    r"(?:-?(?:east|west))?(?:ern\s+(?:region|part|provinces|districts))?"
    r"(?:\s+of\s+the\s+country)?\s*,\s*(?:(?:notably|especially|particularly|mainly|mostly|"
    r"chiefly|above\s+all)\s+)?(?:in|around|across)\s+(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
_LANGUAGE_TAG = re.compile(
    r"\s*in\s+(?:the\s+)?(?-i:[A-Z])[\w'’é-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+(?:language|dialect|tongue))?\s*"
)
_LANGUAGE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?((?-i:[A-Z])[a-z]+)(?:\s+language)?\s*$")
_SPELLING_LEAD = re.compile(
    r"\s*(?:" + _SPELLED_AS + r"|(?:(?:also|sometimes|often|commonly|usually)\s+)?"
    r"(?:called|known\s+as|dubbed))\s"
)
_TRANSLATION_LEAD = re.compile(
    r"^(?:(?:in|from)\s+(?:the\s+)?)?(?:" + _SPELLED_AS + r"|"
    r"(?:(?:also|sometimes|often|commonly|usually)\s+)?(?:called|dubbed)|"
    r"also\s+known\s+as|known\s+as|arabic|burmese|french|spanish|pashto|urdu|kurdish|somali|"
    r"persian|farsi|hebrew|russian|english|lit\.?|literally|meaning|for|also|aka|a\.k\.a\.|"
    r"abbreviated(?:\s+(?:as|to))?|"
    r"formerly|or|romani[sz]ed|basque|irish|catalan|galician|amharic|oromo|afaan\s+oromoo|"
    r"tigrinya|hausa|swahili|kiswahili|portuguese|italian|german|turkish|tamil|hindi|bengali|"
    r"malay|indonesian|tagalog|filipino|thai|lingala|sango|dari|armenian|azerbaijani|georgian|"
    r"chechen|tajik|uzbek|mooré|wolof|fulfulde|bambara|tamasheq|serbian|croatian|bosnian|"
    r"serbo-croatian|albanian|macedonian|bulgarian|greek|ukrainian|belarusian|polish|romanian|"
    r"sinhala|sinhalese|punjabi|nepali|khmer|lao|vietnamese|chinese|mandarin|japanese|korean|"
    r"kachin|karen|shan|zulu|xhosa|shona|ndebele|kinyarwanda|kirundi|luganda|acholi|afar|"
    r"berber|tamazight|kurmanji|sorani|balochi|baluchi|sindhi|creole|haitian\s+creole|"
    r"quechua|aymara|guarani|tetum|malagasy|lingala|kikongo|tshiluba|sesotho|setswana|"
    r"corsican|sardinian|occitan|breton|welsh|scottish\s+gaelic|dutch|flemish|acehnese|"
    r"javanese|sundanese|kazakh|kyrgyz|turkmen|ossetian|avar|assamese|manipuri|telugu|"
    r"kannada|malayalam|marathi|gujarati|jola|diola|mandinka|songhai|zarma|kanuri|igbo|"
    r"yoruba|afrikaans|kikuyu|dinka|nuer|zaghawa|saho|tigre|sidamo|hungarian|czech|slovak|"
    r"slovene|lithuanian|latvian|estonian|finnish|swedish|norwegian|danish|nahuatl)\b"
    r"[\s:,]*(?:for\s+|as\s+)?",
    re.IGNORECASE,
)
_KIN = re.compile(
    r"['’]s\s+(?:(?:eldest|elder|younger|youngest|another|former|own)\s+)?"
    r"(?:son|sons|brother|nephew|cousin|deputy|daughter|wife|father|successor|lieutenant|aide)"
    r",?\s+(?=[A-Z])"
)
# An indefinite noun phrase right before a cue, not introduced by a copula or a comma:
# "a faction led by X", "In 2015 a coalition led by Y".
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[^\w,\s]\s*|(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bas)(?<!became)"
    r"(?<!remains)(?<!,)\s)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:faction|group|coalition|alliance|force|unit|militia|splinter|offshoot|network|"
    r"cell|brigade|battalion|party|movement|front|wing|organi[sz]ation)s?"
    r"(?:\s+of\s+(?:[a-z][\w-]*\s*){1,2})?\s*$"
)
# "the revolt was led by", "the 1982 offensive, commanded by": an event a person led
_EVENT_SUBJECT = re.compile(
    r"\b(?:the|this|that|an?)\s+(?:[\w-]+\s+){0,2}?(?:revolt|uprising|rebellion|insurrection|"
    r"mutiny|offensive|attack|assault|raid|campaign|operation|coup|delegation|talks|"
    r"negotiations|march|siege|defen[cs]e|retreat|breakout|ambush|protests?)\s*,?\s*"
    r"(?:(?:was|were|had\s+been|has\s+been|is|are)\s*)?$",
    re.I,
)
_LISTED = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:,|:|—|–)\s*(?:among\s+them|including|such\s+as|notably|"
    r"namely|chief\s+among\s+them|(?:the\s+)?(?:largest|biggest|strongest|main|most\s+powerful|"
    r"best[\s-]known|most\s+prominent|principal|leading)\s+(?:of\s+(?:which|whom|them)|among\s+them|"
    r"being)\s+(?:(?:were|are|was|is|being|include[sd]?)\s+)?)\s*"
)
_NUMBER_WORDS = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+dozen|dozens\s+of)"
)
_FINITE_ROSTER_VERB = re.compile(
    r"(?:comprises|comprised|includes|included|brings\s+together|brought\s+together|unites|"
    r"united|groups|grouped|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|"
    r"was\s+made\s+up\s+of|counts)\b"
)
_COORDINATED_PREDICATE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:is|was|are|were|has|have|had|operates|operated|"
    r"controls|controlled|claims|claimed)\b[^;:()]{1,120}?,?\s+and\s+(?:also\s+|now\s+|today\s+)?"
)
_LIST_THEN_VERB = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:among\s+others|amongst\s+others|among\s+them|"
    r"(?:together|along)\s+with\s+[^,;.()]{1,40}|"
    r"together|jointly|all\s+of\s+them|both)\s*,)?\s+(?:(?:[a-z]+ly|then|later|also|"
    r"together|jointly|all|both)\s+)?(?:broke|split|formed|founded|created|set|launched|"
    r"established|merged|joined|signed|announced|united|agreed|left|quit|came|banded|"
    r"pledged|declared|took|fought|clashed|withdrew|walked|rejected|are|were|have|had)\b"
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|for|with|by|from|against|between|to|among|including|like|than)\s+(?:the\s+)?$"
)
_OWNER_GAP_WORDS = frozenset(
    """umbrella alliance coalition bloc front grouping platform federation network
    is was are were has have had now also currently still reportedly which that it itself
    its their members member factions faction components constituent groups affiliates ranks
    formally officially initially originally later today and whose main core best-known
    largest biggest key leading principal founding original organisations organizations
    parties movements been reported said believed thought known to be non-state armed military
    political allied affiliated full associate smaller larger remaining current other many
    several operations room command""".split()
)
_NAME_RUN_BEFORE_CUE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*)\s*,?\s*$"
)
# A founding participle's clause, then a name no rule read and its verb
_UNREAD_SUBJECT_AFTER = re.compile(
    r"[^,;.]{0,60},\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:[\s-]+(?-i:[A-Z])[\w'’-]+)*\s+"
    r"(?:was|were|is|are|has|had|have|became|remained)\b"
)
# What a founding participle may follow that is no group: a campaign, talks, a law, a medium
_THING_LAUNCHED = re.compile(
    r"\b(?:drive|campaign|offensive|counter-offensive|operation|programme|program|initiative|"
    r"process|talks|dialogue|negotiations|ceasefire|truce|law|decree|reform|plan|strategy|"
    r"investigation|inquiry|probe|trial|crackdown|blockade|siege|website|channel|magazine|"
    r"newspaper|radio|station|broadcast|fund|scheme|project|exercise|raids?|assault|"
    r"bombing|wave|spree|curfew|state\s+of\s+emergency)s?\s+"
    r"(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?$",
    re.I,
)
# What is done to men, not by a group: "killed two members of", "members of X were arrested"
_ACTED_ON = (
    r"(?:killed|arrested|detained|captured|shot|executed|sentenced|convicted|charged|jailed|"
    r"wounded|injured|abducted|kidnapped|freed|released|extradited|deported|tried|targeted|"
    r"neutrali[sz]ed|apprehended)"
)
_ACTED_ON_MEMBERS = re.compile(
    rf"\b(?:{_ACTED_ON}|interrogated|identified|named)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|several|some|many|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|suspected|alleged|senior|top|key)\s+)*$",
    re.I,
)
_MEMBERS_ACTED_ON = re.compile(
    r"[\"”’']?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    rf"{_ACTED_ON}\b",
    re.I,
)
_MEMBER_LEAD_WORDS = frozenset(
    """is are was were became become remains remain as a an one the among all of its their
    both also now still full founding key leading main core constituent original two three
    four five six several other fellow largest biggest official formal active best-known
    better-known well-known prominent important notable major smaller smallest powerful
    strongest known""".split()
)
# What stands between a person's name and a cue such as "leads" or "the leader of":
# "Al-Kaabi still leads it", "Muqtada al-Sadr, who leads it", "X, the leader of JFS, became".
_PERSON_VERB_TAIL = re.compile(
    r"(?:,?\s*\bwho)?(?:\s+(?:has|have|had|also|still|now|long|since|then|currently|became|"
    r"becomes|was|is|remains|remained|served\s+as|serves\s+as|himself|herself|personally|"
    r"effectively|formally|officially|nominally|later|subsequently|eventually|briefly|"
    r"jointly|again|first|initially|once))+\s*$|,\s*who\s*$|\s+who\s*$"
)
# "Allah Nazar Baloch, a physician (who still leads it)": a short description after a name
_APPOSITION_TAIL = re.compile(
    # "Amadou Koufa, the Fulani preacher (who leads ...)": capitals allowed, a noun to end
    r"(?<=[a-z]),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}[a-z][\w'’-]*\s*$"
)
# "A (AB), led by P, and its rival, C, remain ...": the first of two subjects keeps its aside
_ASIDED_CONJUNCT = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s+(?![^,]*\b(?:based|active|headquartered|operating)\b)"
    r"(?:[a-z][\w'’-]*|\d+)(?:\s+[\"“]?[\w'’.-]+[\"”]?){0,10})?,"
    r"\s*and\s+(?:(?:its|their)\s+(?:[a-z]+\s+)?(?:ally|allies|rival|rivals|partner|"
    r"offshoot|sister\s+group|counterpart)\s*,\s*)?(?:the\s+)?$"
)
# "the IRPT, by far its strongest component, the DPT and ...": a description of one member
# ", better known as": an item's other name set off by commas in a list
_KNOWN_AS = (
    r"\s*,\s*(?:(?:better|also|commonly|widely|more\s+commonly|formerly)\s+)?(?:known\s+as|"
    r"called)\s+"
)
_KNOWN_AS_ASIDE = re.compile(_KNOWN_AS + r"(?:the\s+)?")
_KNOWN_AS_LIST_ASIDE = re.compile(_KNOWN_AS + r"[^,;]{1,60}?(?=\s*,)")
NOMINAL_LIST_ASIDE = re.compile(
    r"\s*,\s+(?:by\s+far\s+|easily\s+|then\s+|now\s+|once\s+)?(?:its|their|the)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,3}(?:component|member|faction|group|party|force|constituent|"
    r"partner|element|organi[sz]ation|movement|one|body)s?(?=\s*,)"
)
_BYNAME_TAIL = re.compile(
    r",\s+(?:alias|aka|a\.k\.a\.|also\s+known\s+as|known\s+as|nicknamed|dubbed)\s+"
    r"(?:[\"“‘][^\"”’]{1,40}[\"”’]|(?-i:[A-Z])[\w'’-]+)\s*$"
)
# (not ", of Harold Keke, the leader of ...": the name after "of" is the one wanted)
_ASIDE_TAIL = re.compile(
    r",\s+(?!of\s+(?-i:[A-Z]))(?:[a-z][\w'’-]*|\d+)(?:\s+[\"“]?[\w'’-]+[\"”]?){0,8},\s*$"
)
_AS_WAS = re.compile(
    r"(?:\s+(?:members?|components?|allies))?\s*(?:\([^()]*\))?"
    r"(?:\s+(?:in|on|since|from)\s+[\w ]{1,25}?)?\s*,\s+as\s+"
    r"(?:was|were|is|are|had|has|have|did|does|do)\s+(?:the\s+)?"
)
_ATTRIBUTIVE_NOUN = re.compile(
    r"\s+(?:(?P<armed>armed|military|militant)\s+)?(?:(?:regional|local|main|"
    r"provincial|official)\s+)?(?P<noun>components?|factions?|members?|constituent|affiliate|"
    r"franchise|proxy|branch|unit|sub-unit|cell|splinter|offshoot|ally|partner|wing|arm|"
    r"battalion|brigade|division|formation|regiment|detachment)\b"
    r"(?!\s+of\b)(?!-)"
)
_PERSON_NOUNS = (
    r"(?:sultan|king|queen|leader|commander|cleric|imam|ruler|emperor|prophet|caliph|poet|"
    r"scholar|martyr|general|founder|fighter|saint|hero|preacher|sheikh|activist|militant|"
    r"politician|officer|revolutionary|nationalist|independence\s+leader|resistance\s+leader|"
    r"theologian|warlord|chieftain|freedom\s+fighter|guerrilla|rebel|soldier|writer|volunteer)"
)
# "the Palestinian cleric", "the Libyan resistance leader": a description before a name
_DESCRIBED_PERSON = re.compile(
    # "the Lebanese-born Armenian volunteer Jirair Sefilian"
    r"(?:(?-i:[A-Z][a-z]+(?:-(?:[A-Z][a-z]+|born|based))?)|\d{1,2}(?:st|nd|rd|th)-century)\s+"
    r"(?:(?:[a-z][\w-]*|(?-i:[A-Z][a-z]+(?:an|ese|i)))\s+){0,2}?"
    + _PERSON_NOUNS
    + r",?\s+(?=[A-Z])"
)
# "Its nominal head was an Iraqi, Abdullah Rashid al-Baghdadi": a nationality, then the name
_DEMONYM_ASIDE = re.compile(
    r"(?:an?\s+)?(?-i:[A-Z][a-z]+(?:i|ian|an|ese|ish|ch))\s*,\s+(?=(?-i:[A-Z][a-z]))"
)
_PERSON_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:sultan|king|queen|leader|commander|cleric|imam|"
    r"ruler|emperor|prophet|caliph|poet|scholar|martyr|general|founder|fighter|saint|hero|"
    r"preacher|sheikh|activist|militant|politician|officer)\b"
)
_LEAD_IN_END = re.compile(r"\s*(?:the\s+following(?:\s+[a-z]+)?\s*)?(?:are|were)?\s*:\s*")
_CORRECTION_NOTE = re.compile(
    r"\b(?:earlier|previous|original|an\s+older)\s+version\s+of\s+this\s+(?:article|story|report|"
    r"piece|item|post|page|explainer)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+"
    r"(?:said|stated|reported|described|gave|named|identified|called|referred|listed)\b",
    re.I,
)
_LEFT_VERB = (
    r"(?:left|quit|deserted|abandoned|resigned\s+from|walked\s+out\s+of|broke\s+with)"
    r"\s+(?:the\s+)?$"
)
_LEFT_VERB_BEFORE = re.compile(rf"\b{_LEFT_VERB}")
_PERSON_LEFT_BEFORE = re.compile(
    rf"\b(?:he|she|I|we)\s+(?:had\s+|has\s+|then\s+|later\s+|finally\s+)*{_LEFT_VERB}", re.I
)
# "Popular Mobilization Forces (PMF; al-Hashd al-Shaabi): formed ...": a profile line's head
_PROFILE_HEAD = re.compile(r"[^:;.–—]{2,120}?(?:\([^()]{1,80}\))?\s*(?::|\s[–—])\s")
_LISTED_SUBJECT = re.compile(
    r"\s*(?:the\s+following|these|those|the\s+(?:factions|groups|members|organi[sz]ations|"
    r"brigades|parties|movements|units))\b",
    re.IGNORECASE,
)
_UNNAMED_AFTER_COMMA = re.compile(
    # "split into several factions, one of them led by X"
    r"\s*,\s*(?:one|some|two|three|several|most|many)\s+of\s+(?:them|which|these|those)\s*$|"
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:faction|group|coalition|alliance|force|unit|militia|splinter|offshoot|network|"
    r"cell|brigade|battalion|party|movement|front|wing|organi[sz]ation)s?"
    r"(?:\s+of\s+(?:[a-z][\w-]*\s*){1,2})?\s*$"
)
_GROUP_NOUNS = (
    r"(?:groups?|factions?|militias?|coalition|alliance|movement|brigades?|battalions?|forces?|"
    r"network|organi[sz]ation|outfit|insurgents|rebels|umbrella|front|army)\b"
)
_LED_IN_RELATIVE = re.compile(
    r"\s+(?:that|which|whom)\s+(?P<lead>(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}?)(?=(?-i:[A-Z]))"
)
_RELATIVE_LEAD_VERB = re.compile(
    r"\s+(?:had\s+|has\s+|still\s+|now\s+|once\s+|then\s+)?(?:led|leads|headed|heads|"
    r"commanded|commands|ran|runs)\b(?!\s+(?:by|to|from|into))"
)
_RELATIVE_HEAD_GAP = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?" + _GROUP_NOUNS + r")?\s*"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_GROUP_REFERENCE = re.compile(
    # "Until April 2024 all three belonged to the EMC": a fronted time phrase first
    r"^\W*(?:(?:Until|Since|By|In|From|After|Before|Between|Today|Now)\b[^,;.]{0,30}?,?\s+)?"
    r"(?:both|all\s+(?P<all>two|three|four|five)|(?:the|these|those)\s+(?P<count>two|three|"
    r"four|five))(?:\s+(?:groups|factions|movements|organi[sz]ations|militias|brigades|gangs|"
    r"cartels|parties))?(?:\s+of\s+them)?(?:\s+(?:are|were|have|had|has|also|later|then|still|"
    r"now|remain|have\s+been))*\s*$",
    re.I,
)
_THE_TWO = re.compile(
    r"\b(?:the\s+two(?:\s+(?:groups|factions|movements|sides|rivals|organi[sz]ations|parties|"
    r"militias|brigades|armies|coalitions|alliances|fronts|blocs))?|both"
    r"(?:\s+(?:groups|factions|movements|sides|parties|militias))?)\s+(?:(?:have|had|has|were|are|also|since|"
    r"repeatedly|then|later|often)\s+)*$",
    re.IGNORECASE,
)
_CALL_IT = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname|nicknamed|refer\s+to|refers\s+to)\s+"
    r"(?=(?:it|them|the\s+[a-z]+)\s|(?:the\s+)?(?:[A-Z]|al-))"
)
_PART_AFTER_OWNER = re.compile(
    # "the organisation's network in Canada", "the UDA's West Belfast brigade", "the army's
    # 62nd Division"
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:network|branch|wing|unit|cell|office|operations|"
    r"faction|chapter|bureau|section|department|committee|brigade|battalion|division|regiment|"
    r"company|detachment|base\s+command)s?\b",
    re.IGNORECASE,
)
_ESTIMATE_OF = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|assessed|assesses|gave|gives|"
    r"reported|reports|counted|counts)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:strength|size|numbers?|membership|ranks|manpower|fighting\s+force)\b",
    re.I,
)
_DEPLOYMENT = re.compile(
    r"\b(?:deploy(?:s|ed|ing)?|sent|send(?:s|ing)?|dispatch(?:ed|es|ing)?|entered|"
    r"detention|detained|holds?\s+in\s+custody)\b",
    re.I,
)
_FIGHTING_BETWEEN = re.compile(
    r"\b(?:fighting|clashes|battles|combat|war|hostilities)\s+between\s+(?:the\s+)?(?=\S)",
    re.I,
)
_MODIFIER_OF_OTHERS = re.compile(
    r"-(?:affiliated|linked|aligned|allied|backed|sponsored|inspired)\s+(?:[a-z]+\s+)?"
    r"(?:groups?|factions?|organi[sz]ations?|movements?|networks?|coalition|alliance|parties|"
    r"rivals?|militias?|outfits?|splinters?|offshoots?)\b"
)
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:refer|refers|say|says|said|is|are|was|were|has|have|had|will|would|call|calls|"
    r"called|claim|claims|claimed|deny|denies|denied|accuse|accuses|accused)\b"
)
_AND_HIS_DEPUTY = re.compile(
    r"(?:\s*\([^()]*\))?\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:deputy|"
    r"commander|lieutenant|second-in-command|number\s+two|co-leader|co-founder|brother|son|"
    r"chief\s+of\s+staff|military\s+chief|spokesman)\s*,?\s+"
)
_SUCCESSOR_BY = re.compile(
    r"[^;.()]{0,80}?,?\s+(?:and\s+)?(?:then|later|subsequently|afterwards|thereafter)\s+(?:by|to)\s+"
    # "led by Vinod Mishra and, after his death in 1998, by Dipankar Bhattacharya"
    r"|,?\s+and,?\s+(?:after|following|upon|on|from|since)\s+[^,;.()]{1,50},\s+by\s+"
)
_MODIFIER_TIE = re.compile(r"-(affiliated|linked|aligned|allied|backed|sponsored|loyal)\b", re.I)
_BASED_GAP = re.compile(r"\s*(?:(?:[a-z][\w-]*\s+){0,2}" + _GROUP_NOUNS + r"\s*)?")
_PLACE_BASED = re.compile(r"(?<![\w-])([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)-based\b")
# "the PDKI in Koya", "Laksaur in Covalima", "Battalion 104 at Ayod": a name placed by a
# locative phrase that hangs on it
_LOCATED_AT = re.compile(r"(?:\s*\([^()]{1,80}\),?)?\s+(?:in|at)\s+(?=(?:the\s+)?[A-Z])")
# ... but not the side a fight is waged against ("fought the Houthis in Shabwa"), the target
# of an attack ("the attack on the Army Public School in Peshawar"), a town's own name, nor
# the venue of talks ("a settlement signed with ULFA in New Delhi")
_NOT_LOCATED_AFTER = re.compile(
    r"(?:\bagainst|\bfought|\bfights?|\bfighting|\bbattled|\bbattling|\bwar\s+with|"
    r"\bsupporters\s+of|\b(?:attacks?|raids?|assaults?)\s+on|\b(?:camp|convoy|base|barracks|"
    r"town|city|village)s?\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_CONTINENTS = frozenset({"africa", "asia", "europe", "latin america", "middle east", "americas"})
_TALKS = re.compile(
    r"\b(?:signed|talks|negotiat\w*|met|meetings?|agreements?|accords?|settlement|summit)\b", re.I
)
_ALIAS_GAP_WORDS = frozenset(
    """the name is was are were has have had been be also now later then which who that it itself
    they themselves and since officially formally still once first initially originally
    in by usually often commonly widely later subsequently eventually renamed
    calls called call known operated operates operating fought acted for a time briefly
    english arabic french spanish portuguese translation better more best abroad locally
    from on thereafter afterwards""".split()
)
# what may follow "X left Y": the clause ends, or a date, a reason or a place follows
_LEFT_TAIL = re.compile(
    r"(?:\s*\([^()]*\))?(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*(?:$|[,.;:)—–-]|(?:in|on|at|after|because|over|amid|and|"
    r"last|this|earlier|later|when|following|since|with|during|before|by|for|as|in\s+protest)\b)"
)
_PROXY_UNITS = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+)?(?:units|forces|fighters|troops|militias|militiamen|gunmen)\s+"
    r"(?:aligned|affiliated|linked|loyal|allied|belonging)\s+(?:with|to)\s+"
)
_PART_GAP = re.compile(
    r"\b(?:wing|faction|branch|splinter|offshoot|remnants?|section|part|cell|unit)s?\s+of\b",
    re.IGNORECASE,
)
_LISTING_VERB = re.compile(
    r"\b(?:include[sd]?|including|such\s+as|namely|comprising|comprises|comprised|"
    r"among\s+them)\s*$",
    re.IGNORECASE,
)
_SPLINTER_OF = re.compile(
    r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he|[Ii]ts)\s+(?:(?:small|new|later|early|armed|radical|"
    r"militant|hardline|hard-line|rival|short-lived|main|largest|first)\s+)?"
    r"(?P<original>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+"
    r"(?:splinter|offshoot|breakaway)(?:\s+(?:group|faction|movement|outfit|organi[sz]ation))?"
    r"(?=\s*[,.;)])"
)
_LIST_OPENER = re.compile(
    r"\b(?:include[sd]?|including|such\s+as|namely|comprising|comprises|comprised|"
    r"among\s+them|consist(?:s|ed)?\s+of|made\s+up\s+of)\b",
    re.IGNORECASE,
)
_ACTIVE_FOUNDING = (
    r"(?:formed|founded|established|created|set\s+up|launched|floated|announced|unveiled|"
    r"(?:came|come|comes)\s+together\s+(?:(?:in|on)\s+[^,;.]{1,30}?\s+)?(?:as|to\s+form)|"
    r"(?:came|come|comes)\s+together\s+(?:with\s+[^,;.]{1,60}?\s+)?in\s+an?\s+new\s+"
    r"(?:body|coalition|alliance|front|organi[sz]ation|umbrella|council|platform|movement|party|"
    r"bloc)\s*,|"
    r"to\s+(?:form|create|found|launch|set\s+up|establish)|proclaimed|"
    r"(?:broke|split|splintered)\s+(?:away|off)\s+(?:in\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
    r"\d{4}\s+)?as|"
    # "it helped create the CPI", "a split in 2007 produced X", "proclaimed what he called X"
    r"(?:helped|helping|helps)\s+(?:to\s+)?(?:create|found|form|establish|set\s+up|launch)|"
    r"(?:in\s+\d{4}\s+)?(?:produced|spawned|gave\s+(?:birth|rise)\s+to)|"
    r"(?:proclaimed|declared|announced|formed|created|launched|set\s+up|founded)\s+what\s+"
    r"(?:he|she|they|it|its\s+founders?)\s+(?:called|named|dubbed|termed)|"
    # "a regional decree had dissolved Unit 80": the body dissolved is the object
    r"dissolved|disbanded|dismantled)"
)
_BARE_PREDICATE = re.compile(
    r"\s*(?:(?:now|later|also|still|mainly|mostly|largely)\s+)?(?:operates?|operated|is|are|was|were|"
    r"has|have|had|fights?|fought|controls?|controlled|renamed|reorganised|reorganized|based|"
    r"active|formed|founded|raised|led|headed|commanded|merged|joined|split|allied)\b"
)
FORCES_OF = re.compile(
    # "the STC's forces", "its fighters"
    r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+)?(?:forces|fighters|troops|units|militiamen|militias|gunmen|"
    r"combatants|men)\b"
)
# "formed a coalition for independence": an active founding whose object has no name
_UNNAMED_MADE = re.compile(
    r"\s+an?\s+(?:[a-z][\w-]*\s+){0,2}(?:coalition|alliance|front|pact|partnership|bloc|"
    r"group|movement|party|militia|umbrella|council|committee|wing|arm|branch|unit|faction|"
    # "In 1942 the KKE formed an army": the army's founding, not the party's
    r"army|force|guerrilla|brigade|battalion|network|organi[sz]ation)s?\b"
    r"(?!\s*,\s*(?:the\s+)?[A-Z])"
    r"(?!\s+(?:called|named|known)\b)"
)
# a date that names an event: "the 2016 peace agreement", "the 1994 elections"
_EVENT_AFTER_DATE = re.compile(
    r"\s+(?:(?!(?:in|after|during|before|following|amid|the|a|an|of|at|by|with|as|when|and|"
    r"since|until|to|for|from|against)\b)[a-z-]+\s+){0,2}?"
    r"(?:agreements?|accords?|deal|elections?|ceasefire|cease-fire|coup|"
    r"invasion|uprising|revolution|protests|treaty|talks|constitution|referendum|census|war|"
    r"earthquake|floods?|massacre|genocide|election\s+campaign)\b"
)
_FRONTED_DATE = re.compile(
    r"\W*(?:(?:then|later|finally|eventually|but|and)\s*,?\s*)?(?:in|on|by|during|at)\s+"
    r"(?:the\s+)?(?:(?:first|last|early|late|final|closing|opening)\s+)?"
    r"(?:(?:days|weeks|months|years|part|half|end|spring|summer|autumn|winter)\s+of\s+)?"
    r"[^,;.]{0,20}",
    re.IGNORECASE,
)
# between a date and a dissolution cue after it: "on 29 January the", "in 2017 that it had"
_DATE_BEFORE_CUE = re.compile(
    r"\s+(?:that\s+)?(?:(?:it|they|the\s+group)\s+)?(?:(?:had|has|would|have)\s+)?"
    r"(?:(?:decided|voted|agreed|chosen|chose)\s+to\s+)?"
    r"(?:the\s+|its\s+|their\s+)?",
    re.IGNORECASE,
)
_PRONOUN_LEAD = re.compile(r"\s*(?:it|they|the\s+[a-z]+)?\s*$", re.IGNORECASE)
_PLACE_HEADS = frozenset(["province", "division", "command"])
_PLACE_WITHIN = re.compile(
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+of\s+"
    r"(?P<wider>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:Province|State|Region|District|"
    r"County|Governorate|Department|Prefecture|Oblast))"
)
_GENERIC_PLACE_WORDS = frozenset(
    "area areas region regions zone zones province provinces district districts territory "
    "territories state states city cities town towns village villages border sector".split()
)
# words that name a body, not a place: "dominates the Palestinian Authority"
_NOT_PLACE_WORDS = frozenset(
    "authority government administration ministry parliament cabinet police agency".split()
)
# "The commission is headed by X", "The first is named after Y": nouns that stand for a
# group the passage has named, beside the anaphor nouns of cues.yaml
_GROUP_LIKE_NOUNS = frozenset(
    """fighters militiamen guerrillas command commission leadership first second third
    latter former last new old generation generations""".split()
)
# '"patriots" in Kiswahili': a language after "in" is no place
LANGUAGES = frozenset(
    """arabic english french spanish portuguese kiswahili swahili kurdish kurmanji sorani pashto
    dari persian farsi urdu hindi punjabi bengali hausa somali amharic tigrinya oromo burmese
    russian ukrainian hebrew turkish lingala sango fulfulde fula tamil sinhala tagalog creole
    kreyol zulu xhosa shona ndebele tsonga tetum berber tamazight serbian croatian bosnian
    albanian macedonian bulgarian greek belarusian polish romanian nepali khmer vietnamese
    chinese mandarin kinyarwanda kirundi luganda balochi sindhi quechua malagasy corsican
    afaan oromoo italian german dutch catalan basque euskara galician breton irish welsh
    japanese korean thai malay indonesian acehnese javanese tajik uzbek kazakh kyrgyz
    turkmen azerbaijani
    azeri armenian georgian chechen avar ossetian lao assamese kannada telugu malayalam
    marathi gujarati sanskrit latin wolof jola diola
    mandinka bambara songhai tamasheq tamashek zarma kanuri igbo yoruba afrikaans sesotho
    tswana luo kikuyu dinka nuer zaghawa maltese hungarian czech slovak slovene slovenian
    lithuanian latvian estonian finnish swedish norwegian danish aymara guarani nahuatl
    tigre saho sidamo wolaytta tibetan uyghur dzongkha""".split()
)
# "5th Brigade", "Battalion No. 1": a unit known by its number, a name no head word rule finds
# "martial law was declared", "the offensive was launched": what was set up is no group
_THING_BEFORE_CUE = re.compile(
    r"\b(?:law|ceasefire|cease-fire|truce|emergency|independence|offensive|operation|"
    r"campaign|war|agreement|deal|accord|curfew|election|elections|referendum|plan|process|"
    r"talks|programme|program|policy|strike|blockade|siege|amnesty|jihad|caliphate|"
    r"state\s+of\s+siege|autonomy|mission|inquiry|investigation|"
    # "the news reached Buka late on Sunday": word of something, not a group, went there
    r"news|word|reports?|message|rumou?rs?)\s+(?:(?:was|were|had\s+been|"
    r"has\s+been|is|are)\s+(?:formally\s+|officially\s+|first\s+)?)?$"
)
# "the Arusha process", "the Doha talks": a place or person naming an event, not a group
_EVENT_AFTER_NAME = re.compile(
    r"\s+(?:process|talks|negotiations|agreements?|accords?|peace\s+deal|deal|plan|"
    r"declaration|initiative|conference|summit|framework|roadmap|format|formula|doctrine|"
    r"affair|massacre|offensive|operation|campaign|war|crisis|uprising|revolt|rebellion)\b"
)
NUMBERED_UNIT = re.compile(
    r"(?-i:\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,2}?(?:Brigade|Battalion|Division|"
    r"Regiment|Corps|Company|Command|Military\s+Region|Squadron|Detachment|Front|Sector|Column)(?:\s+Command)?|"
    r"\b(?:Brigade|Battalion|Division|Regiment|Company|Front|Frente|Sector)\s+(?:No\.\s*)?"
    r"\d{1,3})(?![\w'’-])"
)
_OWNED_UNIT_HEADS = frozenset(
    "battalion brigade division unit regiment company legion corps detachment squadron".split()
)
_FACTION_HEADS = frozenset(["faction", "wing", "column", "current"])
SUBUNIT_HEADS = frozenset(
    [
        "battalion",
        "brigade",
        "division",
        "unit",
        "branch",
        "cell",
        "regiment",
        "company",
        "corps",
        "corp",
    ]
)


@dataclass(frozen=True)
class Item:
    """An actor as it stands in one sentence: a name, or an anaphor pointing back to one."""

    start: int
    end: int
    text: str
    entity: Entity
    anaphor: bool = False
    possessive: bool = False
    surface: str = ""


@dataclass
class Fact:
    subject: Item
    predicate: str
    object: Item | None = None
    value: dict[str, Any] | None = None
    hedged: bool = False
    valid_from: str | None = None
    valid_to: str | None = None
    cue: tuple[int, int] = (0, 0)


class SentenceReader:
    def __init__(
        self,
        text: str,
        items: list[Item],
        cues: Cues,
        entities: DocumentEntities,
        fallback: Item | None,
        published: str | None,
        listed: list[Item] | None = None,
        earlier: list[Item] | None = None,
        defines_entry: bool = False,
        bullet: bool = False,
    ) -> None:
        self.text = text
        # the sentence opens a bulleted line ("- Eighth Brigade – Daraa; ...")
        self.bullet = bullet
        # actors named by the bullets that follow a lead-in ending in ':' (past the text end)
        self.listed = listed or []
        # the groups the previous sentence named, for "Both are members of ..."
        self.earlier = earlier or []
        self.items = sorted(items, key=lambda i: i.start)
        self.cues = cues
        self.entities = entities
        self.fallback = fallback
        self.published = published
        self.hedged = bool(cues.hedging.search(text))
        self.regions = [
            (m.start(), m.end())
            for m in _RELATIVE.finditer(text)
            # ", the TNLA and the AA are also members of X,": a clause of its own, no aside
            if not _CLAUSE_NOT_ASIDE.match(text, m.start(), m.end())
            # "Kolélas's fighters, the Ninjas, were ...": the men's name is the subject
            and not _NAMED_MEN_BEFORE.search(text, 0, m.start())
        ]
        opener = _OPENING_ADVERBIAL.match(text)
        apposition = _OPENING_APPOSITION.match(text)
        if apposition is not None and self.regions and self.regions[0][0] == apposition.end():
            # only when the comma-bound aside is a group's name and nothing more
            first = self.regions[0]
            if any(
                i.entity.kind != "person"
                and re.fullmatch(r",\s*(?:the\s+)?", text[first[0] : i.start])
                and not text[i.end : first[1]].strip(" ,")
                for i in self.items
            ):
                opener = apposition
        if (
            opener is not None
            and self.regions
            and self.regions[0][0] == opener.end()
            # "In 1967 its Luthuli Detachment, named after ...": the subject is in the phrase
            and not any(
                i.start < opener.end() and not self.text[i.end : opener.end()].strip()
                for i in self.items
            )
        ):
            # "In 2019, the Kivu Army, which broke away from X, had ...": after an opening
            # phrase the first comma-bound name is the subject, and the aside comes after it
            first_end = self.regions[0][1]
            self.regions = self.regions[1:]
            after = _RELATIVE.match(text, first_end - 1)
            if after is not None and not _CLAUSE_NOT_ASIDE.match(text, after.start(), after.end()):
                self.regions.insert(0, (after.start(), after.end()))
        for index, (region_start, region_end) in enumerate(self.regions):
            if _LISTING_ASIDE.match(text, region_start):
                # ", which unites the Kivu Front, the Uvira Brigades and the Fizi Movement,":
                # the aside runs to the end of its list
                rest = _ASIDE_LIST_REST.match(text, region_end)
                if rest is not None:
                    self.regions[index] = (region_start, rest.end())
        fronted = _FRONTED_PARTICIPLE.match(text)
        self.fronted = (fronted.start(1), fronted.end()) if fronted is not None else (0, 0)
        if fronted is not None:
            # "Founded in 2012 by A and B, the X is based in ...": the phrase is no subject
            self.regions.append(self.fronted)
        self.parens = [(m.start(), m.end()) for m in _PAREN.finditer(text)]
        self._dates = find_dates(text, published)
        # "founded in 2007 and led by X." under a heading: the heading is the subject.
        self.defines_entry = defines_entry and fallback is not None
        self.fragment = (
            bool(re.match(r"[a-z]", text)) and fallback is not None
        ) or self.defines_entry

    # -- where things stand -------------------------------------------------------------

    def _in(self, regions: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
        for start, end in regions:
            if start <= position < end:
                return (start, end)
        return None

    def _orgs(self) -> list[Item]:
        return [i for i in self.items if i.entity.kind != "person"]

    def subject_before(self, position: int, allow_possessive: bool = False) -> Item | None:
        """The actor a clause is about: nearest name on the left outside asides."""
        cue_region = self._in(self.regions, position)
        if _CONJOINED.search(self.text[:position]):
            if cue_region is not None:
                # "the Séléka, a coalition that seized Bangui and was dissolved in 2013": the
                # aside's own head, the name just before it
                head = [
                    i
                    for i in self._orgs()
                    if i.end <= cue_region[0]
                    and not i.possessive
                    and not self.text[i.end : cue_region[0]].strip(" )")
                ]
                if head:
                    return head[-1]
            apposed = [
                i
                for i in self._orgs()
                if not i.possessive
                and re.fullmatch(
                    r"\s*(?:\([^()]*\))?\s*,\s*(?:an?|the)\s+[^,;()]*",
                    self.text[i.end : position],
                )
                # (not "..., the command formed to run the offensive that began in 2024 and
                # reached Damascus": the relative clause's verbs)
                and not re.search(r"\b(?:that|which|who|whose)\b", self.text[i.end : position])
            ]
            if apposed:
                # "the PLO, the umbrella body set up in 1964 and chaired since 1969 by X": the
                # apposition's head, which runs to the sentence's end
                return apposed[-1]
            # "X broke away from Y in 1969 and is led by Z": the clause's subject is X.
            main = [i for i in self._orgs() if i.end <= position and not i.possessive]
            main = [i for i in main if self._in(self.regions, i.start) is None]
            if main and re.match(r"\s+(?:splinter|offshoot|breakaway)\b", self.text[main[0].end :]):
                # "One AFRC splinter, the West Side Boys, emerged ... and settled in X"
                named = next(
                    (
                        i
                        for i in self._orgs()
                        if i.start > main[0].end
                        and i.end <= position
                        and re.fullmatch(
                            r"\s+\w+(?:\s+\w+)?,\s+(?:the\s+)?", self.text[main[0].end : i.start]
                        )
                    ),
                    None,
                )
                if named is not None:
                    return named
            if main and re.search(
                r"^(?-i:The|A|An)\s+[^,;]*\b(?:from|with|against|into|by)\s+(?:the\s+)?$",
                self.text[: main[0].start],
            ):
                # "The anti-talks faction broke away from ULFA and was renamed ULFA-I": the
                # subject is the unnamed faction; the name is the object of its first verb
                return None
            if main:
                return main[0]
        clause_start = 0
        for match in _CLAUSE_BREAK.finditer(self.text, 0, position):
            if self._in(self.parens, match.start()) is None:  # "(الجبهة ...; NFL)"
                clause_start = match.end()
        candidates = [i for i in self._orgs() if i.end <= position and i.start >= clause_start]
        if (
            not candidates
            and clause_start > 0
            and self.text[:clause_start].rstrip().endswith(";")
            and _BARE_PREDICATE.match(self.text, clause_start)
        ):
            # "Security Belt Forces – formed in 2016; operate mainly in Aden": same subject
            earlier = [
                i
                for i in self._orgs()
                if i.end <= clause_start
                and not i.possessive
                and self._in(self.parens, i.start) is None
                and self._in(self.regions, i.start) is None
            ]
            if earlier:
                return earlier[0]
        # "..., the Common Alternative Revolutionary Force, which renamed itself ...": the
        # relative clause hangs on the aside just before it
        attached = next(
            (
                r
                for r in self.regions
                if r[1] <= position
                and re.match(r"\s*(?:which|who|that)\b", self.text[r[1] : position])
                and self._names_only(r)
            ),
            None,
        )
        for item in reversed(candidates):
            region = self._in(self.regions, item.start)
            if (
                region is not None
                and region != cue_region
                and region != attached
                and not self._apposed_subject(region, position)
                and not self._last_listed(item, position)
            ):
                continue
            if cue_region is not None and region is None:
                # The cue sits in an aside (", which ..."): its subject is what precedes it.
                pass
            if self._in(self.parens, item.start) and not self._in(self.parens, position):
                continue
            if item.possessive and not allow_possessive and not self._forces_of(item):
                continue
            if re.search(r"\b(?:anti|pro)-$", self.text[: item.start], re.IGNORECASE):
                continue  # "an anti-Hamas militia led by X": the militia, not Hamas
            if self._attributive(item) is not None and any(i.end <= item.start for i in candidates):
                continue  # "Katiba Macina, the JNIM component led by X": Katiba Macina
            if any(
                i.text.casefold().split()[-1].rstrip("s") in SUBUNIT_HEADS | _FACTION_HEADS
                and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[i.end : item.start])
                for i in candidates
            ):
                # "The 7th Brigade of the KNLA operates in ...", "The Kombo faction of the
                # Kilwa Front is based in ...": the brigade does, the faction is
                continue
            return item
        return None

    def _last_listed(self, item: Item, position: int) -> bool:
        """'the PFLP, the ALF and the small PPSF, led by Samir Ghosheh': a phrase set off
        right after the last name of a list describes that name."""
        return bool(
            re.fullmatch(r"\s*(?:\([^()]*\))?\s*,\s*", self.text[item.end : position])
            and re.search(r"\band\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?$", self.text[: item.start])
            and re.match(r"\s*(?:led|headed|commanded|chaired|run)\s+by\b", self.text[position:])
        )

    def _apposed_subject(self, region: tuple[int, int], position: int) -> bool:
        """'Its suicide unit, the Majeed Brigade, is named after ...': a name set off by
        commas right before the predicate is the clause's subject."""
        return (
            region[1] <= position
            and self._names_only(region)
            and bool(re.fullmatch(r"[^,;()]{0,40}", self.text[region[1] : position]))
            and not re.search(r"\b(?:and|or)\b", self.text[region[1] : position])
        )

    def _attributive(self, item: Item) -> re.Match[str] | None:
        """'the JNIM component', 'a Southern Front faction': a name used as a modifier of
        a relational noun, which names another actor (the one the phrase describes)."""
        if not re.search(
            r"\b(?:the|a|an|one|another|(?<![\w\s])\s*(?:The|A|An|One|Another))\s+"
            r"(?:[a-z][\w-]*\s+){0,2}$",
            self.text[: item.start],
        ):
            return None
        return _ATTRIBUTIVE_NOUN.match(self.text, item.end)

    def _own_men_before(self, position: int) -> bool:
        """'Its fighters were', 'the KLA's men,': a group's men right before a cue."""
        verb = re.search(
            r"(?:\s+(?:were|was|are|is|had\s+been|have\s+been))?[\s,]*$", self.text[:position]
        )
        end = verb.start() if verb is not None else position
        return any(
            i.possessive
            and (men := FORCES_OF.match(self.text, i.end)) is not None
            and men.end() == end
            for i in self._orgs()
        )

    def _forces_of(self, item: Item) -> bool:
        """ "The STC's forces", "Hamas's fighters": the group acting through its men."""
        return bool(FORCES_OF.match(self.text, item.end))

    def _group_reference(self, position: int) -> list[Item]:
        """'Both are members of the Joint Operations Room', 'All three fight in Gaza': the
        groups the sentence before named, when the clause opens by counting them."""
        lead = _GROUP_REFERENCE.match(self.text[:position])
        if lead is None or len(self.earlier) < 2:
            return []
        word = lead.group("count") or lead.group("all") or "two"
        count = _COUNT_WORDS.get(word.casefold(), 2)
        return self.earlier[:count] if len(self.earlier) >= count else []

    def _pair_before(self, position: int) -> list[Item]:
        """'ISKP is an enemy of the Taliban: the two have clashed ...': the two actors named
        before 'the two' / 'both' in this sentence."""
        reference = self._group_reference(position)
        if reference:
            return reference
        pair = _THE_TWO.search(self.text[:position])
        if pair is None:
            return []
        named: list[Item] = []
        for item in reversed([i for i in self._orgs() if i.end <= pair.start()]):
            if all(item.entity is not n.entity for n in named):
                named.append(item)
            if len(named) == 2:
                return list(reversed(named))
        return []

    def _fighting_pair(self, start: int, end: int) -> list[Item]:
        """'heavy fighting between the ELN and the 33rd Front in the rural areas of Tibú':
        both sides of the fighting are where it is."""
        between = _FIGHTING_BETWEEN.search(self.text, start, end)
        if between is None:
            return []
        first = next((i for i in self._orgs() if i.start == between.end()), None)
        if first is None:
            return []
        second = next(
            (
                i
                for i in self._orgs()
                if i.start > first.end
                and re.fullmatch(
                    r"(?:\s*\([^()]*\))?\s+and\s+(?:the\s+)?", self.text[first.end : i.start]
                )
            ),
            None,
        )
        if second is None or first.entity is second.entity or second.end > end:
            return []
        return [first, second]

    def _names_only(self, region: tuple[int, int]) -> bool:
        """Whether an aside is just another name: ', the Common Alternative Force,'."""
        return any(
            re.fullmatch(r",\s*(?:the\s+)?", self.text[region[0] : i.start])
            and not self.text[i.end : region[1]].strip(" ,")
            for i in self._orgs()
        )

    def subject_after(self, position: int) -> Item | None:
        for item in self._orgs():
            if item.start >= position and not item.possessive:
                return item
        return None

    def objects_after(
        self, position: int, persons: bool = False, anaphors: bool = False
    ) -> list[Item]:
        """The first actor after a cue and any actors listed with it ("A, B and C"), or the
        bulleted actors when the cue ends the lead-in ("The alliance comprises:")."""
        if self.listed and (
            _LEAD_IN_END.fullmatch(self.text[position:])
            or (not self.text[position:].strip() and self.text[:position].rstrip().endswith(":"))
        ):
            return [i for i in self.listed if (i.entity.kind == "person") == persons]
        pool = [
            i
            for i in self.items
            if (i.entity.kind == "person") == persons
            and i.start >= position
            and (anaphors or not i.anaphor)
            # "several al-Qaeda-aligned groups": a name used as a modifier of other groups
            # names no object ("STC-aligned forces" are the STC's own)
            and not _MODIFIER_OF_OTHERS.match(self.text, i.end)
        ]
        if not pool:
            return []
        first = pool[0]
        if not persons and any(
            i.entity.kind == "person" and not i.possessive and position <= i.start < first.start
            for i in self.items
        ):
            return []  # "split from Márquez and formed the CNEB": the object is a person
        if not anaphors and any(
            i.anaphor
            and not i.possessive
            and i.text.casefold().startswith("the ")
            and position <= i.start < first.start
            for i in self.items
        ):
            return []  # "broke away from the party and founded MAS": the object is the party
        gap = self.text[position : first.start]
        proxy = _PROXY_UNITS.match(gap) or _NAMED_BODY.match(gap)
        if proxy is not None:
            # "clashed with units loyal to X": X; "make up a bloc known in the camp as X": X
            gap = gap[proxy.end() :]
        words = re.findall(r"[\w'’-]+", gap)
        if not _OBJECT_GAP.match(gap) or len(words) > 5:
            return []
        if _PART_GAP.search(gap):
            return []  # "leads a rival wing of the movement": a part, not the actor
        if (
            not persons
            and first.possessive
            and re.search(r"(?-i:[A-Z])[^,]*,\s+(?:the\s+)?$", gap)
            and re.match(
                r"\S+\s+(?:(?:deputy|vice|assistant)[\s-]+)?(?:" + self.cues.title.pattern + ")",
                self.text[first.end :],
                re.I,
            )
        ):
            return []  # "associated with General X, the KNLA's vice commander": a person
        if any(w.casefold() in _GAP_STOPWORDS for w in words):
            return []
        chosen = [first]
        last_end = first.end
        for item in pool[1:]:
            previous_end = max(chosen[-1].end, last_end)
            paren = re.match(r"\s*\([^()]*\)", self.text[previous_end:])
            if paren:
                previous_end += paren.end()
            if item.start < previous_end:
                continue
            if item.entity is chosen[-1].entity and _KNOWN_AS_ASIDE.fullmatch(
                self.text, previous_end, item.start
            ):
                last_end = item.end  # "A, better known as the PWG (...), and B": A's other name
                continue
            if item.possessive and not persons:
                break  # "the branch of the Islamic State and the Taliban's enemy": not a pair
            if _CLAUSE_VERB_AFTER.match(self.text, item.end):
                break  # "... known as DI, and Philippine forces refer to it as ...": a new clause
            gap = self._gap(previous_end, item.start)
            nominal = NOMINAL_LIST_ASIDE.match(gap) or _KNOWN_AS_LIST_ASIDE.match(gap)
            if nominal is not None:
                # "A, by far its strongest component, B and C"; "A, better known as the LM, and B"
                gap = gap[nominal.end() :]
            if not _LIST_SEPARATOR.match(gap) and not (
                # "include the A; the B; and the C": a list set off by semicolons, each
                # name closed by another semicolon or the sentence's end
                _SEMICOLON_SEPARATOR.match(gap)
                and _SEMICOLON_ITEM_END.match(self.text, item.end)
                and _SEMICOLON_ITEM_END.match(self.text, chosen[-1].end)
            ):
                break
            chosen.append(item)
        return chosen

    def _gap(self, start: int, end: int) -> str:
        """Text between two list items, with asides (", led by X,") and brackets taken out."""
        gap = self.text[start:end]
        for region_start, region_end in sorted(self.regions + self.parens, reverse=True):
            if start <= region_start and region_end <= end:
                cut_from = region_start - start
                cut_to = region_end - start
                keep = "," if self.text[region_end - 1] == "," else ""
                gap = gap[:cut_from] + keep + gap[cut_to:]
        # "the National Socialist Council of Nagaland (Khaplang) [NSCN(K)], ULFA-I and ...":
        # a short form in square brackets right after a name
        return _SQUARE_SHORT_FORM.sub("", gap, count=1)

    def subjects_before(self, position: int) -> list[Item]:
        """The actor before a cue and any actors listed with it ("A, B and C joined ...")."""
        first = self.subject_before(position)
        if first is None:
            return []
        chosen = [first]
        if first.anaphor and first.text.casefold() in ("it", "they", "its", "their"):
            return chosen  # "..., and they fight X": the pronoun is the whole subject
        following = self._list_from(first, position)
        if len(following) > 1:
            return following  # "A, B and C announced that they had ... and joined Y"
        pool = [
            i
            for i in self._orgs()
            if i.end <= first.start
            and not i.anaphor
            and self._in(self.parens, i.start) is None
            and not self.fronted[0] <= i.start < self.fronted[1]
        ]
        for item in reversed(pool):
            region = self._in(self.regions, item.start)
            if (
                region is not None
                and chosen[-1].start >= region[1]
                and re.search(
                    r"(?:^|[\s-])(?!(?:the|an?)\b)[a-z]",
                    self.text[region[0] : item.start] + " " + self.text[item.end : region[1]],
                )
            ):
                continue  # "A, the al-Qaeda-affiliated group led by P, and B": not al-Qaeda
            between = self._gap(item.end, chosen[-1].start)
            if not _LIST_SEPARATOR.match(between) and not _ASIDED_CONJUNCT.match(between):
                break
            chosen.append(item)
        return list(reversed(chosen))

    def _list_from(self, first: Item, position: int) -> list[Item]:
        """The list a sentence opens with, when its subject is conjoined further on:
        'A, B and C announced on Wednesday that they had dissolved ... and joined Y'."""
        chosen = [first]
        for item in self._orgs():
            if item.start < chosen[-1].end or item.anaphor:
                continue
            if item.end > position or not _LIST_SEPARATOR.match(
                self._gap(chosen[-1].end, item.start)
            ):
                break
            chosen.append(item)
        if len(chosen) < 2 or not self._plain_list(chosen):
            return [first]
        rest = self.text[chosen[-1].end : position]
        if _LIST_THEN_VERB.match(self.text, chosen[-1].end) and not _OBJECT_BEFORE.search(
            self.text, 0, first.start
        ):
            # "In 2024 A and B split from X and formed Y", "A, B and C, among others,
            # founded Y": the list is the clause's subject, its verb right after it
            return chosen
        if any(chosen[-1].end <= i.start < position and not i.anaphor for i in self.items):
            return [first]
        if re.match(
            r"\s*(?:\([^()]*\)\s*)?,?\s*(?:[a-z][\w-]*\s+){0,3}?(?:announced|said|"
            r"declared|confirmed|stated|agreed|decided)\b[^;:]*\b(?:they|their)\b",
            rest,
        ):
            return chosen
        return [first]

    def _plain_list(self, items: list[Item]) -> bool:
        """'A, B and C' with nothing but brackets between the names, and an 'and'."""
        gaps = [
            _SQUARE_SHORT_FORM.sub("", re.sub(r"\s*\([^()]*\)", "", self.text[a.end : b.start]))
            for a, b in itertools.pairwise(items)
        ]
        return all(_LIST_SEPARATOR.match(g) or _ASIDED_CONJUNCT.match(g) for g in gaps) and any(
            re.search(r"\band\b|&|\bas\s+well\s+as\b", g) for g in gaps
        )

    def negated(self, start: int, end: int) -> bool:
        # a subject outside the sentence (a heading, the last topic) has offsets below zero
        window = self.text[max(0, start) : end]
        window = re.sub(r"\bnot\s+only\b", "", window, flags=re.IGNORECASE)
        # "X is not an arm of Y: it split from Y and is active in Z": a negation in a clause
        # of its own denies nothing after the colon
        window = re.split(r"[:;]\s+(?=it\b|they\b|the\s+group\b)", window, flags=re.I)[-1]
        if self.cues.negation_before.search(window):
            return True
        if re.search(r"\bneither\b[^.;:]*\bnor\b[^.;:,]{0,80}$", self.text[: max(0, start)], re.I):
            return True  # "neither the Dudayev battalion nor the X was part of Y": X too
        if _DENIED_THAT.search(self.text, 0, max(0, start)):
            return True  # "Taliban spokesmen have denied that KIB fighters operate alongside"
        after = self.text[end:]
        denial = self.cues.negation_after.search(after)
        if denial is None:
            return False
        # "X is tied to Y, which it denies" denies the tie; "Y's chief, X, denied the claims"
        # denies something else; so does "..., and activists accuse its fighters of burning
        # Buthidaung, a charge the AA denied": the accusation made in between
        if re.search(r"\b(?:accuse[sd]?|blame[sd]?|allege[sd]?)\b", after[: denial.start()], re.I):
            return False
        return bool(_DENIAL_OF_TIE.search(after[: denial.end() + 60]))

    # -- names that are not organizations ----------------------------------------------

    def _described_person(self, span: tuple[int, int] | None) -> bool:
        """'Saladin, the twelfth-century sultan': a one-word name that an apposition calls a
        person (not 'Marquetalia, the rural enclave')."""
        if span is None:
            return False
        return bool(_PERSON_APPOSITION.match(self.text, span[1]))

    def name_run_after(
        self, position: int, max_gap: int = 30, keep_titles: bool = False
    ) -> tuple[int, int] | None:
        """The name that follows a cue, past "its secretary-general," or "the preacher";
        `keep_titles` keeps an honorific that is part of a namesake ("Imam Ali")."""
        rest = self.text[position:]
        # "led by *Omar Kanza*": markdown emphasis around a name is no gap
        lead = re.match(r"[\s,:*_]*(?:(?:the\s+late|the|its|their|his|her|an?)\s+)?[*_]*", rest)
        offset = lead.end() if lead else 0
        skipped = 0
        while True:
            described = _DESCRIBED_PERSON.match(rest, offset) or _DEMONYM_ASIDE.match(rest, offset)
            if described is not None:
                max_gap += described.end() - offset  # a description is no gap
                offset = described.end()  # "the Palestinian cleric Abdullah Azzam"
                continue
            word = re.match(r"[\"“]?([\w'’.-]+)[\"”]?,?\s+", rest[offset:])  # '"General" X'
            if word is None:
                break
            bare = word.group(1).rstrip(".").casefold()
            if keep_titles and word.group(1)[0].isupper():
                break
            descriptive = (
                word.group(1)[0].islower()
                and not re.match(r"[a-z]{1,3}-[A-Z]", word.group(1))  # "al-Abbas"
                and bare not in _GAP_STOPWORDS
                and bare not in ("and", "or", "of", "as")
                and skipped < 3
            )
            if bare not in PERSON_TITLES and not descriptive:
                break
            skipped += 0 if bare in PERSON_TITLES else 1
            if bare in PERSON_TITLES:
                max_gap += word.end()  # "its commander, Brigadier General X": a rank is no gap
            offset += word.end()
        if offset > max_gap:
            return None
        match = _NAME_RUN.match(rest, offset)
        if not match:
            return None
        run_end = match.end() - 2 if re.search(r"['’]s$", match.group(0)) else match.end()
        kin = _KIN.match(rest, run_end)
        if kin is not None:
            match = _NAME_RUN.match(rest, kin.end()) or match
        start, end = position + match.start(), position + match.end()
        stop = re.search(r"(?<=[a-z]{3})\.\s+(?-i:[A-Z])", self.text[start:end])
        if stop is not None:
            end = start + stop.start()  # "Southern Fronts. The umbrella ...": a sentence ends
        footnote = re.search(r"\.\d{1,3}$", self.text[start:end])
        if footnote is not None:
            end = start + footnote.start()  # "Sembé Bobo.18": a footnote's number
        while end > start and self.text[end - 1] in ".’'":
            end -= 1
        if re.search(r"\w['’]s$", self.text[start:end]):
            if re.match(
                r"\s+(?:overall\s+|direct\s+|personal\s+)?(?:command|leadership|control|orders|"
                r"authority)\b",
                self.text[end:],
            ):
                end -= 2  # "an armed cell under Mayito Flaco's command": the man who commands it
            elif re.match(
                r"\s+(?:[a-z-]+\s+)?(?:deputy|son|brother|nephew|successor|lieutenant|widow|"
                r"father|cousin|associate|aide|bodyguard|driver|wife)\b",
                self.text[end:],
            ):
                return None  # "led by Juma Kombo's deputy": someone the text does not name
        of = re.search(r"\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", self.text[start:end])
        if (
            not keep_titles
            and of is not None
            and len(self.text[start : start + of.start()].split()) > 1
            and any(i.start == start + of.end() and not i.anaphor for i in self._orgs())
        ):
            end = start + of.start()  # "under Abdul Ali Mazari of Nasr": the man, not his party
        if self.text[start:end].casefold() in STOP_CAPITALS:
            return None
        return (start, end) if keep_titles else _without_titles(self.text, start, end)

    def name_run_before(self, position: int) -> tuple[int, int] | None:
        head = self.text[:position].rstrip(" ,")
        best: tuple[int, int] | None = None
        for match in _NAME_RUN.finditer(head):
            if match.end() == len(head):
                best = (match.start(), match.end())
        if best is None:
            return None
        start, end = after_fronted_phrase(self.text, *best)[-1]
        words = self.text[start:end].split()
        while words and (
            words[0].casefold() in STOP_CAPITALS
            or words[0].casefold() in PERSON_TITLES
            or words[0].rstrip(",").isdigit()
            # "the surrender in 2003 of Juma Kombo": the date's "of" goes with it
            or (words[0] in ("of", "for") and start > best[0])
        ):
            start += len(words[0]) + 1
            words = words[1:]
        return (start, end) if words else None

    def _common_noun_subject(self, start: int) -> bool:
        """'The bureau was chaired by X': a sentence about a thing the article names only by
        a common noun that is no word for a group ('the group', 'the front')."""
        lead = re.match(
            r"\W*(?:The|This|That|Its|Their)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?((?-i:[a-z])[\w-]*)"
            # "The defence ministry, headed by X, ...": the thing an aside describes
            r"(?:\s+(?:was|is|were|are|has|had|have)\b|\s*,)",
            self.text,
        )
        unnamed = re.match(
            # "The Zintan brigades, allied with ...": men of a place, named by no one
            r"\W*The\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:brigades|militias|forces|fighters|"
            r"rebels|groups|units|battalions|tribes|clans|gunmen)\b",
            self.text,
        )
        if (
            unnamed is not None
            and unnamed.end() <= start
            and not any(i.start < unnamed.end() for i in self.items)
        ):
            return True
        # "The Transitional Government remained confined to Baidoa": a name the rules do not
        # take for a group opens the sentence; the topic of the one before is not its subject
        opener = re.match(
            r"\W*The\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){1,4})\s+(?-i:[a-z])",
            self.text,
        )
        if (
            opener is not None
            and opener.end(1) <= start
            and not any(i.start < opener.end(1) for i in self.items)
            and name_key(opener.group(1)) not in known_places()
        ):
            return True
        # "Mohtadi's faction broke with the CPI": a person's following, no named group
        owned = re.match(
            r"\W*(?:(?:(?-i:[A-Z])|al-|el-)[\w'’.-]*\s+){0,3}(?:(?-i:[A-Z])|al-|el-)[\w-]*['’]s\s+"
            r"(?:[a-z-]+\s+)?"
            r"(?:faction|wing|men|followers|supporters|loyalists|camp|hardliners|defectors|"
            r"dissidents|members|commanders|cadres|militants|leaders|remnants)\b",
            self.text,
        )
        if (
            owned is not None
            and owned.end() <= start
            and not any(i.start < owned.end() and not i.possessive for i in self.items)
        ):
            return True
        return (
            lead is not None
            and lead.end(1) <= start
            and lead.group(1).casefold() not in self.cues.anaphor_nouns
            and lead.group(1).casefold().removesuffix("s") not in self.cues.anaphor_nouns
            and lead.group(1).casefold() not in _GROUP_LIKE_NOUNS
            and not any(i.start < lead.end() for i in self.items)
        )

    def _unnamed_subject(self, start: int) -> bool:
        """Whether an indefinite noun phrase ('a faction') is what the cue is about: not
        after a copula, and after a comma only when no actor stands before the comma
        ('After Hamas won, a faction led by X' but not 'The NFL, a coalition led by X')."""
        head = self.text[:start]
        if unnamed := _UNNAMED_SUBJECT.search(head):
            # "AFC: A coalition led by X": the entry the label names, not an unnamed one
            return not (self.defines_entry and unnamed.start() == 0)
        if re.fullmatch(r"\W*(?-i:Those|These|Others|Some|Many)\s*", head):
            return True  # "Those aligned with the CNF include ...": no one named
        if _EVENT_SUBJECT.search(head):
            return True  # "In the Aures the revolt was led by X": an event, not a group
        after_comma = _UNNAMED_AFTER_COMMA.search(head)
        if after_comma is None:
            return False
        return not any(i.end == after_comma.start() for i in self._orgs())

    def _named_groups_men(self, start: int) -> bool:
        """'FLRN fighters led by X', 'Kilwa Army troops commanded by X': the plural before the
        cue is the men of the group named right before it."""
        men = re.search(
            r"(?:['’]s?\s+)?\s*\b(?:fighters|troops|militants|rebels|guerrillas|cadres|forces|"
            r"units|soldiers|men|gunmen|insurgents)\s*,?\s*$",
            self.text[:start],
        )
        return men is not None and any(
            i.end == men.start()
            and not i.anaphor
            and i.entity.kind not in ("person", "place", "state")
            # (not "Chechen fighters commanded by X": a people's men)
            and (is_acronym(i.text) or looks_like_org(i.text) or i.entity.gazetteer_id is not None)
            for i in self._orgs()
        )

    def _with_as_its(self, start: int, end: int) -> bool:
        """'..., with Juma Mrema as its first leader': the cue names a group's leader."""
        return self.text[start:end] == "with" and bool(
            re.match(r"[^,;.]{1,80}?\s+as\s+its\b", self.text[end:])
        )

    def _it_in_second_clause(self, start: int, end: int) -> list[Item]:
        """'RUD-Urunana broke away from the FDLR in 2004, and CNRD split from it in 2016':
        "it" in a clause after ", and" is the group the sentence named last before the
        clause's own subject."""
        if not re.match(r"\s+it\b", self.text[end:]):
            return []
        clause = self.text.rfind(", and ", 0, start)
        if clause < 0:
            return []
        own = [i for i in self._orgs() if clause < i.start and i.end <= start and not i.anaphor]
        if len(own) != 1:
            return []
        earlier = [
            i
            for i in self._orgs()
            if i.end <= clause
            and not i.anaphor
            and not i.possessive
            and i.entity is not own[0].entity
        ]
        return earlier[-1:]

    def _fronted_founding(self, start: int, end: int) -> bool:
        """'Founded in 2012 by former army officers, the Tana Army ...': a founding participle
        that opens the sentence."""
        return not self.text[:start].strip(' "“*-•') and bool(
            re.match(
                r"(?:formed|founded|created|launched|established|set\s+up)\b",
                self.text[start:end],
                re.I,
            )
        )

    def _people_join(self, start: int) -> bool:
        """Whether a person or a group's men, not a group, join: 'Karuna joined the ruling
        party', 'Many JAS fighters then joined ISWAP', 'Many of them are members of Comunes'."""
        head = self.text[:start]
        if re.search(
            r"\b(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Hh]undreds|[Tt]housands|[Dd]ozens)"
            r"\s+of\s+(?:them|these|those)\b[^,;]{0,20}$",
            head,
        ):
            return True
        if re.search(
            r"\b(?:fighters|members|commanders|militants|cadres|veterans|soldiers|men|"
            r"insurgents|combatants)(?:\s+(?:then|later|also|soon|eventually|have|had|has))*"
            # "Many JAS fighters then surrendered to the authorities or joined ISWAP"
            r"(?:\s+(?-i:[a-z])[^,;.()]{0,60}?\s+(?:or|and))?"
            r"\s*$",
            head,
        ):
            return True
        nearest = max(
            (i for i in self.items if i.end <= start and i.start >= 0 and not i.anaphor),
            key=lambda i: i.end,
            default=None,
        )
        return (
            nearest is not None
            and nearest.entity.kind == "person"
            and re.fullmatch(
                r"\s*(?:(?:then|later|also|soon|eventually|subsequently|has|had|have|"
                r"in\s+\d{4})\s*)*",
                self.text[nearest.end : start],
            )
            is not None
        )

    def _membership_head(self, start: int) -> bool:
        """'is one of the members of' states membership; 'former members of' or 'splinter
        factions of' names people or pieces, not a member group."""
        if not re.match(
            r"\s*(?:members?|components?|constituents?|factions?)\b", self.text[start:]
        ):
            return True
        if _ACTED_ON_MEMBERS.search(self.text, 0, start):
            return False  # "security forces killed two members of Hasm": men, not a group
        before = re.search(r"([\w'’-]+)\s*$", self.text[:start])
        return before is None or before.group(1).casefold() in _MEMBER_LEAD_WORDS

    def _owner_next_to(self, owner: Item, position: int, place_phrase: bool = False) -> bool:
        """Whether only asides and light words stand between a group and its roster cue;
        `place_phrase` also passes where it is ('The Joint Forces on the Red Sea coast are
        made up of')."""
        where = None
        if place_phrase:
            where = re.match(
                r"(?:\s*\([^()]*\))?\s+(?:on|in|along|across|of)\s+(?:the\s+)?"
                r"(?:[A-Za-z][\w'’-]*\s+){1,4}(?=(?:is|are|was|were)\b)",
                self.text[owner.end : position],
            )
        start = owner.end
        if place_phrase and where is not None:
            start = owner.end + where.end()  # the words after the place phrase
        gap = re.sub(
            r"\([^()]*\)|\d+|['’]s\b|^,[^,;]{1,60},", " ", self._gap(start, position)
        )  # "The NFL, Turkey's main rebel umbrella, was joined by": an aside on the owner
        words = re.findall(r"[^\W\d_][\w'’-]*", gap)
        return all(w.casefold() in _OWNER_GAP_WORDS for w in words)

    def _listed_after(self, position: int, after_phrase: bool = False) -> list[Item]:
        """'... joined the NFL, among them A, B and C': the actors a list names;
        `after_phrase` first passes a short phrase ('the merger of four factions, among ...')."""
        if after_phrase:
            # "brought together six armed groups, all of them signatories of the 2019
            # agreement: A, B and C": a count, an aside, then the list after a colon
            colon = re.match(r"[^;.()]{0,160}?:\s*(?:the\s+)?(?=\S)", self.text[position:])
            if colon is not None and re.match(
                r"\s*(?:some\s+|about\s+|around\s+|at\s+least\s+)?(?:\d+|"
                + _NUMBER_WORDS
                + r")\s+(?:[\w-]+\s+){0,2}(?:groups|factions|movements|militias|organi[sz]ations|"
                r"parties|members|brigades|battalions|units|companies|cells|formations)\b",
                self.text[position:],
                re.I,
            ):
                return self.objects_after(position + colon.end())
            phrase = re.match(r"[^,;.()]{0,60}?(?=\s*,)", self.text[position:])
            if phrase is None:
                return []
            position += phrase.end()
        lead = _LISTED.match(self.text, position)
        return self.objects_after(lead.end()) if lead else []

    def _before_aside(self, position: int) -> int:
        """'Khalifa Haftar, a former army officer, leads ...': where the name before an
        aside ends (the aside is short, set off by commas and starts in lower case)."""
        head = self.text[:position]
        while True:
            verb = _PERSON_VERB_TAIL.search(head)
            if verb is not None and verb.start() < len(head):
                head = head[: verb.start()]
                continue
            aside = (
                _ASIDE_TAIL.search(head)
                or _APPOSITION_TAIL.search(head)
                # "Aziz Waisi (also spelled Aziz Weysi) has commanded": a bracket after the name
                or re.search(r"\s*\([^()]{1,60}\)\s*$", head)
                # 'José Macías, alias "Fito", the head of ...': the by-name after the name
                or _BYNAME_TAIL.search(head)
                # "Yusuf Lule - who had been president for 68 days - headed": a dashed aside
                or re.search(r"\s+[-–—]\s+(?-i:[a-z])[^-–—;.]{1,100}?\s+[-–—]\s*$", head)
            )
            if aside is not None:
                head = head[: aside.start()]
                continue
            return len(head)

    def _appointed(self, start: int, end: int) -> list[tuple[Item, Item]]:
        """'HTS named Abu Jaber, a former leader of Ahrar al-Sham, as its general commander'."""
        group = self.subject_before(start)
        body = next(
            (
                i
                for i in reversed(self._orgs())
                if i.possessive
                and i.end <= start
                and _ELECTING_BODY.fullmatch(self.text, i.end, start) is not None
            ),
            None,
        )
        if body is not None:
            group = body  # "Its first congress, held in 1977, elected X as secretary-general"
        span = self.name_run_after(end, max_gap=3)
        person = self.person(span)
        if person is not None and span is not None:
            # "the party named Mustafa Chawrash to lead Unit 70": the unit he is to lead
            lead = re.match(r"\s+to\s+(?:lead|head|command|run|chair)\s+", self.text[span[1] :])
            led = self.objects_after(span[1] + lead.end()) if lead is not None else []
            if led:
                return [(led[0], person)]
        if group is None or person is None or span is None:
            return []
        title = re.match(
            # "... as its general commander", "which elected Mr Kabui its president"
            r"(?:,[^,;]{1,80},)?\s+(?:as\s+(?:its|their|the\s+group['’]s|the\s+new)?|"
            r"(?:its|their)(?=\s))\s*",
            self.text[span[1] :],
        )
        if title is None:
            return []
        role = self.cues.title.match(self.text, span[1] + title.end())
        if role is None or re.match(r"\s+of\b", self.text[role.end() :]):
            return []
        return [(group, person)]

    def _person_in_apposition(self, position: int) -> Item | None:
        """'Awang Jabat, a BRN member', 'Anas Abdulrahman, also known as Hipni Mareh, a
        member of the BRN': the person an appositive description right after the name is
        about."""
        copula = re.match(
            r"\s*(?:is|was|has\s+been|had\s+been|became|remains)(?=\s)", self.text[position:]
        )
        if copula is not None and self.cues.member_role.match(self.text, position + copula.end()):
            # "Juma Kombo is a former member of the Tanga Front": the clause's subject
            span = self.name_run_before(self._before_aside(position))
            if span is not None and not any(i.end == span[1] for i in self._orgs()):
                return self.person(span)
            return None
        if not self.cues.member_role.match(self.text, position):
            return None  # "Badr of Hadi al-Amiri, the largest PMF faction": a group's
        head = _APPOSED_TO_PERSON.search(self.text, max(0, position - 80), position)
        if head is None:
            return None
        if any(i.end == head.start() for i in self._orgs()):
            return None
        return self.person(self.name_run_before(head.start()))

    def person_just_before(self, position: int) -> Item | None:
        """'Rodrigo Londoño, known as ...', "Márquez's real name is ...": the person named
        right before a cue (only a comma, a possessive or nothing between)."""
        head = re.sub(
            r",\s*who\s+(?:is|was|are|were)\s+(?:also\s+|better\s+|commonly\s+|widely\s+|"
            r"more\s+|best\s+|often\s+)?(?:known|called)\s*$",
            "",
            self.text[:position],
        )
        head = re.sub(r"(?<=[a-z]),\s+(?:a|an|the)\s+[^,;()]{1,60}?\s+who\s*$", "", head)
        # "Yevgeny Prigozhin, a catering tycoon nicknamed", "Troshev, a veteran known by"
        head = re.sub(r"(?<=[a-z]),\s+(?:a|an)\s+[^,;()]{1,50}?\s+(?=(?:known\s*)?$)", "", head)
        # "Ahmad al-Hamidawi, who is better known as", "X, widely known by his nom de guerre"
        head = re.sub(
            r",\s*(?:who\s+(?:is|was|has\s+been)\s*|(?:(?:also|better|commonly|widely|more|"
            r"best|often|locally)\s+)?known\s*)$",
            "",
            head,
        )
        # "Ata Ullah, who also uses the name ...": an adverb after "who"
        head = re.sub(
            r"(?:,\s*who(?:\s+(?:also|often|sometimes|now|still|usually|later|occasionally))?\s*|"
            r",\s*|['’]s\s*|\s+)$",
            "",
            head,
        )
        # "Rustam Asildarov (Рустам Асильдаров), known as ...": past the name's own gloss
        head = re.sub(r"\s*\([^()]{1,80}\)$", "", head)
        if not head or not head[-1].isalpha():
            return None
        return self.person(self.name_run_before(len(head)))

    def person(self, span: tuple[int, int] | None, single: bool = False) -> Item | None:
        """The person a span names; `single` admits a one-word name ("named after Saladin")."""
        if span is None:
            return None
        start, end = span
        owner = re.search(r"['’]s?$", self.text[start:end])
        if owner is not None and owner.start() > 0 and self.text[start:end].count(" ") < 5:
            end = start + owner.start()  # "Juma Kombo's group": the person, not the possessive
        years = re.search(r"(?:\s+\d[\d–-]*)+$", self.text[start:end])
        if years is not None and years.start() > 0:
            end = start + years.start()  # "Dokubo-Asari 2001-03": a table cell's years
        text = self.text[start:end]
        first = text.split()[0].rstrip(".").casefold() if text.split() else ""
        if name_key(first) in demonyms() or first in PEOPLES:
            # "Led by the Malian Tuareg Iyad Ag Ghaly": the words that describe him, then him
            words = text.split()
            while words and (name_key(words[0]) in demonyms() or words[0].casefold() in PEOPLES):
                words = words[1:]
            if len(words) >= 2 and words[-1].casefold() not in EVENT_TAILS:
                rest = text[text.index(words[0], len(first)) :]
                return self.person((end - len(rest), end), single)
        if (
            first in MONTHS
            or first.isdigit()  # "took its name from 1 October 1975": a date
            or first in MONTH_ABBREVIATIONS
            or name_key(first) in demonyms()
            or re.search(r"-born$", first)
            # "commander of the ERP": no name at all; "Since March 2021 the forces ...": a date
            or first in ("of", "for", "the", "and", "since", "until", "after", "before", "during")
        ):
            return None  # "Jan. 29", "Malian Tuareg ...", "Lebanese-born Armenian": no name
        if any(w.casefold() in _INSTITUTION_WORDS for w in text.split()) or (
            len(text.split()) > 1 and text.split()[-1].casefold() in _INSTITUTION_TAILS
        ):
            return None  # "According to the Ministry of the Interior, the top leader of X"
        if name_key(text) in known_places():
            return None  # "the armed wing of South Africa's ANC": a country, not its leader
        office = re.search(r"\s(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])", text)
        if office is not None and not re.match(
            r"(?:king|queen|prince|princess|emir|sultan|duke|sheikh|shaykh)\b", text, re.I
        ):
            serving = self._person_of(start, start + office.start())
            if serving is None:
                return None  # "the Unfinished Unification of Iraqi Kurdistan's Peshmerga": a title
            return serving  # "Jagjit Singh Aurora of the Eastern Command": the man, not his post
        for item in self.items:
            if item.start <= start < item.end or start <= item.start < end:
                if item.entity.kind != "person":
                    return None
                inside = start < item.start or item.end < end
                if not (inside and len(text.split()) > len(item.text.split())):
                    return item
                # "Khaled Haftar" is not the "Haftar" the gazetteer knows: resolve the whole.
        if single and len(text.split()) == 1 and not is_acronym(text) and not looks_like_org(text):
            known = self.entities.known_person(text) or self.entities.resolve(text, person=True)
            return Item(start, end, text, known, surface=text) if known else None
        if len(text.split()) == 1 and not is_acronym(text):
            named = self.entities.known_person(text)
            if named is None and not looks_like_org(text) and name_key(text) not in known_places():
                named = self.entities.named_in_full(text)
            if named is not None:
                return Item(start, end, text, named, surface=text)
        if looks_like_org(text) or is_acronym(text) or len(text.split()) < 2:
            known = self.entities.resolve(text, person=True)
            if known is None or known.gazetteer_id is None:
                return None
            return Item(start, end, text, known, surface=text)
        entity = self.entities.resolve(text, person=True)
        return Item(start, end, text, entity, surface=text) if entity else None

    def _person_of(self, start: int, end: int) -> Item | None:
        """A full personal name before the body it serves ('X Y of the Eastern Command')."""
        before = self.text[max(0, start - 60) : start].split()
        while before and before[-1].rstrip(".").casefold() in PERSON_TITLES:
            before.pop()  # "headed by Lieutenant General ..."
        if not before or before[-1].casefold() not in ("by", "under"):
            return None  # only right after "led by", "under": "the Party of Free Life of ..."
        start, end = _without_titles(self.text, start, end)
        text = self.text[start:end]
        words = text.split()
        if not 2 <= len(words) <= 4 or looks_like_org(text) or is_acronym(words[-1]):
            return None
        if any(
            not w[:1].isupper() or w.casefold() in STOP_CAPITALS or w.casefold() in PERSON_TITLES
            for w in words
        ):
            return None
        entity = self.entities.resolve(text, person=True)
        if entity is None or entity.kind != "person":
            return None
        return Item(start, end, text, entity, surface=text)

    def places_after(self, position: int) -> list[Item]:
        places: list[Item] = []
        cursor = position
        # "active mainly in the north-west, in Ouham-Pendé and Nana-Mambéré": a compass
        # region, then the places it holds
        region = _COMPASS_THEN_PLACES.match(self.text, position)
        if region is not None:
            cursor = region.end()
        while True:
            rest = self.text[cursor:]
            lead = _PLACE_MODIFIERS.match(rest)
            offset = lead.end() if lead else 0
            offset += len(rest[offset:]) - len(rest[offset:].lstrip(" \t\n*_"))
            match = _NAME_RUN.match(rest, offset)
            if not match or (not places and offset > 45) or match.group(0)[0].isdigit():
                break
            start, end = cursor + match.start(), cursor + match.end()
            if any(d.start <= start < d.end for d in self._dates):
                break  # "formed in June 2014": a date, not a place
            name = self.text[start:end]
            footnote = re.search(r"\.\d+(?:\s.*)?$", name)
            if footnote is not None:
                name = name[: footnote.start()]  # "Apatzingán.5": a footnote number
            if re.search(r"['’]s$", name):
                # "Kenya's north-eastern counties of Mandera, Wajir and Garissa": the places
                # the possessive opens
                subdivision = _SUBDIVISIONS_OF.match(self.text, end) or re.match(
                    # "in Niger's Diffa region", "Cameroon's Far North region": the place owned
                    r"\s+(?=(?-i:[A-Z]))",
                    self.text[end:],
                )
                if subdivision is not None:
                    cursor = (
                        subdivision.end()
                        if subdivision.re is _SUBDIVISIONS_OF
                        else (end + subdivision.end())
                    )
                    continue
                break  # "along Pakistan's border with Afghanistan": no place of its own
            if (
                " " not in name
                and name_key(name.rstrip(".’'")) not in known_places()
                and (
                    name.casefold() in PEOPLES
                    or name.casefold() in _FAITHS
                    or re.fullmatch(r"[A-Z][a-z]+(?:ish|ese|ian|ean)", name) is not None
                )
                and (described := _DEMONYM_STATE.match(self.text, end)) is not None
            ):
                cursor = described.end()  # "the Flemish town of Maaseik": the town named next
                continue
            if name_key(name.rstrip(".’'")) in demonyms():
                owned = _DEMONYM_STATE.match(self.text, end)
                if owned is not None:
                    cursor = owned.end()  # "the Indian state of Tripura": the state named next
                    continue
                break  # "in the Palestinian camps", "near the Burkinabè border": an adjective
            name = name.rstrip(".’'")
            end = start + len(name)
            if name.endswith("-"):
                break  # "in Bangla-\ndesh": a word the line break hyphenates, not a name
            if name.casefold() in STOP_CAPITALS or any(
                i.start <= start < i.end and i.entity.kind != "place" for i in self.items
            ):
                break
            owner = re.search(r"['’]s\s+(?=[A-Z])", name)
            if owner is not None:
                # "Nigeria's Borno state": the place is the one the country holds
                start += owner.end()
                name = name[owner.end() :]
            if not self._place_name(name, end):
                break
            within = _PLACE_WITHIN.fullmatch(name)
            if within is not None and name_key(name) not in known_places():
                # "Saba Yoi of Songkhla Province": a place and the province that holds it
                wider = within.group("wider")
                places.append(
                    Item(
                        start + within.start("wider"),
                        end,
                        wider,
                        self.entities.place(wider),
                        surface=wider,
                    )
                )
                name = within.group("place")
            entity = self.entities.place(name)
            places.append(Item(start, start + len(name), name, entity, surface=name))
            # "Beni territory", "the Bari region of Puntland": a place noun, maybe a wider place
            noun = _PLACE_NOUN.match(self.text, end)
            if noun is not None:
                end = noun.end()
                inner = re.match(r"\s*\((?=[A-Z])([^()]{3,120})\)", self.text[end:])
                if inner is not None:
                    # "the four Wollega zones (East Wollega, West Wollega and Horo Guduru
                    # Wollega)": the places the bracket names
                    places += [
                        p
                        for p in self.places_after(end + inner.start(1))
                        if p.end <= end + inner.end(1)
                    ]
                    end += inner.end()
            gloss = re.match(r"\s*\([^()A-Za-z]{1,40}\)", self.text[end:])
            if gloss is not None and _NON_LATIN.search(gloss.group(0)):
                end += gloss.end()  # "Matupi (မတူပီ), Mindat": the place's own script
            spelled = re.match(
                r"\s*\(((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\)(?=\s*(?:,|and\b|or\b))",
                self.text[end:],
            )
            if spelled is not None:
                # "around Degehabur (Dhagaxbuur), Kebri Dahar (Qabridahar) and Gode": the
                # place's local spelling, or the wider place that holds it
                if name_key(spelled.group(1)) in known_places():
                    wider = self.entities.place(spelled.group(1))
                    places.append(
                        Item(
                            end + spelled.start(1),
                            end + spelled.end(1),
                            spelled.group(1),
                            wider,
                            surface=spelled.group(1),
                        )
                    )
                end += spelled.end()
            aside = _PLACE_ASIDE.match(self.text, end)
            if aside is not None and _PLACE_SEPARATOR.match(self.text, aside.end()):
                end = aside.end()  # "in Gojjam, where X leads the largest grouping, and in Wollo"
            separator = _PLACE_SEPARATOR.match(self.text, end)
            if not separator:
                break
            if (
                noun is not None
                and re.search(r"(?<!s)s\s*$", noun.group(0))
                and re.match(
                    r"\s*,\s*and\s+(?!(?:in|into|around|across|near|along|throughout|on|at)\b)",
                    self.text[end:],
                )
            ):
                break  # "in Maungdaw and Buthidaung townships, and Rohingya activists ...": closed
            if separator.group(0).lstrip().startswith(":") and not (
                noun is not None and noun.group(0).rstrip().endswith("s")
            ):
                break  # a colon lists places only after a plural place noun ("zones:")
            if (
                noun is not None
                and re.search(r"(?:camp|airport|air\s+base|airbase|port|harbou?r)$", noun.group(0))
                and re.fullmatch(r",?\s*(?:around|near)\s+", separator.group(0))
            ):
                break  # "the Rashidieh camp near Tyre": a landmark that locates the camp
            cursor = separator.end()
        return places

    def _place_name(self, name: str, end: int) -> bool:
        """Whether a capitalised run after an area cue names a place: not a group (an
        organisation's head word, 'the Maute group', an actor this document names), a
        person or a month."""
        words = name.casefold().split()
        if not words or words[0] in MONTHS or words[0].rstrip(".") in MONTH_ABBREVIATIONS:
            return False
        if words[0] in ("operation", "operations", "exercise"):
            return False  # "it fought the NPFL in Operation Octopus": a campaign, not a place
        if name.split()[0] in ("A", "AN", "THE") or (
            words[0] in ("grand", "ayatollah") and name_key(name) not in known_places()
        ):
            # "A DISSIDENCE BORN IN A VIDEO": a shouted headline's article opens no place;
            # "the backing of Grand Ayatollah Ali al-Sistani": a cleric
            return False
        if all(w in _GENERIC_PLACE_WORDS for w in words):
            return False  # "a Military Operations Area": a word for places, not one place
        if words[0] in LANGUAGES and re.search(
            r"\b(?:in|from\s+the)\s+$", self.text[: end - len(name)]
        ):
            # '"patriots" in Kiswahili', "from the Arabic تأسيس", not "Iran's Kurdish regions"
            return False
        if re.search(
            r"-(?:controlled|held|occupied|dominated|backed|led|run|based|majority|minority|"
            r"populated|speaking|inhabited)$",
            words[-1],
        ):
            return False  # "the Turkish-controlled strip of northern Aleppo": a description
        if any(w in ORG_HEADS or w in _NOT_PLACE_WORDS for w in words if w not in _PLACE_HEADS) or (
            is_acronym(name)
        ):
            return name_key(name) in known_places()
        if re.match(r"\s+" + _GROUP_NOUNS, self.text[end:]):
            # "the Maute group" (a name), but "a well-armed Gaza group" (a known place's)
            return name_key(name) in known_places() and bool(
                re.match(r"\s+(?:group|militia|faction|gang|outfit)\b", self.text[end:])
            )
        if (
            name_key(words[-1]) in demonyms()
            and name_key(name) not in known_places()
            and all(name_key(w) in demonyms() or w in _COMPASS_WORDS for w in words)
            and re.match(r"\s+(?-i:[a-z])", self.text[end:])
        ):
            return False  # "seized the West German ambassador": a people's word, no place
        known = self.entities.by_text.get(name_key(name))
        if known is not None and known.kind != "place":
            return False
        return self.entities.known_person(name) is None or len(words) > 1

    # -- the facts -----------------------------------------------------------------------

    def facts(self) -> Iterator[Fact]:
        if _CORRECTION_NOTE.search(self.text):
            return  # "An earlier version of this article said that the OMLE was founded in Vigo"
        # "the South Sudan Opposition Movements Alliance, SSOMA": names side by side become one
        # actor before any tie is read, so the tie sees the coalition, not a bare acronym
        appositives = list(self._appositive_names())
        inside_names = [(i.start, i.end) for i in self.items if not i.anaphor]
        for cue in self.cues.relations:
            for match in cue.pattern.finditer(self.text):
                if any(s < match.start() < e for s, e in inside_names):
                    continue  # "the 48th Front of the ...": a cue word within a name cues nothing
                for fact in self._relation(cue, match.start(), match.end()):
                    yield fact
                    yield from self._co_founders(fact)
                    yield from self._as_was(fact)
        yield from self._dated("founded", self.cues.founded)
        yield from self._dated("dissolved", self.cues.dissolved)
        yield from self._sizes()
        yield from self._areas()
        yield from self._based_places()
        yield from self._located_names()
        yield from self._fronted_places()
        yield from self._where_places()
        yield from self._modifier_ties()
        yield from self._leaders_by_name()
        yield from self._coalitions_own()
        yield from self._led_in_relative()
        yield from self._leaders_men()
        yield from self._splinters_named()
        yield from self._units_set_up_within()
        yield from self._groups_he_leads()
        yield from self._person_rosters()
        yield from self._attributive_ties()
        yield from self._ideologies()
        yield from self._entry_notes()
        yield from self._state_backers()
        yield from appositives
        yield from self._aliases()

    def _co_founders(self, fact: Fact) -> Iterator[Fact]:
        """'X is part of the Northern Alliance, formed in 2016 together with the KIA': the
        groups the member formed the coalition with are members too."""
        if fact.predicate != "member_of" or fact.object is None or fact.object.anaphor:
            return
        link = _FORMED_TOGETHER_WITH.match(self.text, fact.object.end)
        if link is None or self.negated(fact.cue[0], link.end()):
            return
        previous_end = link.end()
        for other in self.objects_after(link.end()):
            if re.search(r"\band\s+of\b", self.text[previous_end : other.start]):
                break  # "... together with the KIA, and of the FPNCC": the member's next tie
            previous_end = other.end
            if other.entity is not fact.subject.entity and other.entity is not fact.object.entity:
                yield Fact(
                    other,
                    "member_of",
                    fact.object,
                    hedged=fact.hedged,
                    cue=(fact.object.start, other.end),
                )

    def _as_was(self, fact: Fact) -> Iterator[Fact]:
        """'Both the KDP and the PUK were INC members, as was SCIRI': the group after "as
        was" shares the tie."""
        if fact.object is None or fact.object.entity.kind in ("person", "place"):
            return
        link = _AS_WAS.match(self.text, fact.object.end)
        other = (
            next((i for i in self._orgs() if i.start == link.end() and not i.anaphor), None)
            if link is not None
            else None
        )
        if other is not None and other.entity not in (fact.subject.entity, fact.object.entity):
            yield Fact(
                other, fact.predicate, fact.object, hedged=fact.hedged, cue=(fact.cue[0], other.end)
            )

    def _groups_he_leads(self) -> Iterator[Fact]:
        """'Mahamat Nour brings factions together in the FUC, which he leads', 'founds the UFDD,
        with himself as president': the group the sentence's person leads."""
        for match in _HE_LEADS.finditer(self.text):
            group = next(
                (
                    i
                    for i in reversed(self._orgs())
                    if i.end <= match.start()
                    and not i.anaphor
                    and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?", self.text[i.end : match.start()])
                ),
                None,
            )
            if group is None:
                continue
            lead = _SENTENCE_LEAD.match(self.text)
            opener = self.name_run_after(lead.end() if lead else 0, max_gap=3)
            person = (
                self.person(opener) if opener is not None and opener[1] <= group.start else None
            )
            if person is None or self.negated(person.end, match.end()):
                continue
            yield Fact(group, "led_by", person, hedged=self.hedged, cue=(person.start, match.end()))

    def _units_set_up_within(self) -> Iterator[Fact]:
        """'formed a separate unit, Donbas-Ukraine, within the Armed Forces': the unit the
        apposition names is part of the body after 'within'."""
        for match in _UNIT_SET_UP.finditer(self.text):
            unit = next((i for i in self._orgs() if i.start == match.end() and not i.anaphor), None)
            named = (
                re.match(
                    r"[^,;()]{2,50}?(?=\s*,\s*(?:within|inside|as\s+part\s+of)\s)",
                    self.text[match.end() :],
                )
                if unit is None
                else None
            )
            if unit is None and named is None and match.group("named").strip():
                # "an elite wing known as the Black Mambas": the name the text gives it
                named = _CALLED_NAME.match(self.text[match.end() :])
            if named is not None:
                # "a separate unit, Donbas-Ukraine, within ...": the apposition names it
                unit = self._newly_named(match.end(), named.group(0))
            if unit is None:
                continue
            link = _WITHIN.match(self.text, unit.end)
            if link is not None:
                body = next(
                    (
                        i
                        for i in self._orgs()
                        if i.start == link.end() and i.entity is not unit.entity
                    ),
                    None,
                )
            elif match.group("named").strip():
                # "the Kilwa Front set up a special unit called the Simba Squad": the maker's
                body = self.subject_before(match.start())
            else:
                continue
            if body is None or self.negated(match.start(), body.end):
                continue
            yield Fact(unit, "part_of", body, hedged=self.hedged, cue=(match.start(), body.end))

    def _newly_named(self, at: int, name: str) -> Item | None:
        """The actor a name the text gives at `at` stands for ("a unit called the Simba
        Squad"), when it is shaped like a name and names no person or place."""
        if not name_like(name):
            return None
        entity = self.entities.resolve(name, named=True)
        if entity is None or entity.kind in ("person", "place"):
            return None
        return Item(at, at + len(name), name, entity, surface=name)

    def _joined_in(self, after: int) -> Item | None:
        """The body a joining names after its partners: 'joined B and C in (forming) Y'."""
        link = re.match(
            rf"(?:\s*\([^()]*\))?\s+in\s+(?:{_FORMING_GERUND}\s+)?"
            r"(?:the\s+)?(?:(?:new|newly\s+formed|new-?born)\s+)?",
            self.text[after:],
        )
        if link is None:
            return None
        return next(
            (
                i
                for i in self._orgs()
                if i.start == after + link.end() and i.entity.kind not in ("place", "state")
            ),
            None,
        )

    def _since(self, after: int) -> str | None:
        for date in self._dates:
            if date.since and date.start >= after and "date" in date.value:
                return date.value["date"]
        return None

    def _event_date(self, start: int, end: int) -> str | None:
        """The date an event cue states: 'left HTS on 20 July 2017', 'In 2019 X joined Y',
        'split from Y in 2014' (after the cue and its objects, in the same clause, or
        opening the sentence)."""
        for date in self._dates:
            if "date" not in date.value or date.since:
                continue
            if date.start >= end:
                gap = self.text[end : date.start]
                if len(gap) <= 40 and not re.search(
                    r"[;.]|\b(?:and|but|after|before|when|until)\b", gap
                ):
                    return date.value["date"]
                break
        for date in self._dates:
            if (
                "date" in date.value
                and not date.since
                and date.end <= start
                and date.start < 12
                and not re.search(r"[;]|\b(?:and|but)\b", self.text[date.end : start])
            ):
                return date.value["date"]
        return None

    def _relation(self, cue: RelationCue, start: int, end: int) -> Iterator[Fact]:
        shape = cue.shape
        predicate = cue.predicate
        pairs: list[tuple[Item, Item]] = []
        described_person: Item | None = None
        if shape == "forward":
            persons = predicate in ("led_by", "named_after")
            if persons:
                namesake = predicate == "named_after"
                # "led by alias Calarcá": a nom de guerre, one word after its label
                nom = re.match(
                    r"\s+(?:alias|aka|a\.k\.a\.)\s+(?=[\"“]?(?-i:[A-Z]))", self.text[end:]
                )
                span = self.name_run_after(end + (nom.end() if nom else 0), keep_titles=namesake)
                titled = (
                    self.text[start:end] == "Under"
                    and re.match(r"\s+(?:its|their)\s", self.text[end:])
                ) or nom  # "Under its commander Santoso, ...": a one-word name after a title
                target = self.person(
                    span, single=bool(titled) or (namesake and self._described_person(span))
                )
                objects = [target] if target else []
                listed = (
                    self._more_leaders(span[1])
                    if target is not None and span is not None and not namesake
                    else []
                )
                if listed:
                    objects.extend(listed)  # "led by A, B and C": all three lead it
                elif target is not None and span is not None and not namesake:
                    # "co-chaired by Cemil Bayık and Besê Hozat": both lead it; "led by X until
                    # 1978, and then by Y": so did Y
                    for second, reach in (
                        (re.match(r"(?:\s*\([^()]*\))?\s+and\s+", self.text[span[1] :]), 0),
                        # "headed by A, now serving a life sentence, and B"
                        (
                            re.match(
                                r",\s+(?:(?:now|then|later|who)\b[^,;()]{1,60}|(?:a|an|the)\s+"
                                r"[^,;()A-Z]{1,60}),\s+and\s+",
                                self.text[span[1] :],
                            ),
                            0,
                        ),
                        # "led by Badji and his field commander Kamougué Diatta"
                        (_AND_HIS_DEPUTY.match(self.text[span[1] :]), 0),
                        # "and later by General Sak Sutsakhan"
                        (_SUCCESSOR_BY.match(self.text[span[1] :]), 12),
                    ):
                        other = (
                            self.person(self.name_run_after(span[1] + second.end(), reach))
                            if second is not None
                            else None
                        )
                        if other is not None:
                            objects.append(other)
                            break
            else:
                objects = self.objects_after(end) or self._it_in_second_clause(start, end)
            if (
                objects
                and predicate == "member_of"
                and re.match(
                    r"(?-i:Members|Fighters|Commanders|Supporters)\b", self.text[start:end].lstrip()
                )
                and not self.text[:start].strip(' "“*-•')
            ):
                objects = []  # "Members of the Lindi Militia attacked the convoy": people
            if objects and predicate == "member_of" and not self._membership_head(start):
                objects = []  # "former members of Fatah", "splinter factions of the BIFF"
            if (
                objects
                and predicate == "member_of"
                and _MEMBERS_ACTED_ON.match(self.text, objects[-1].end)
            ):
                objects = []  # "several members of the Abu Shabab gang were killed": men
            if objects and self._unnamed_subject(start):
                renamed = (
                    _RENAMED_ITSELF.search(self.text, end)
                    if persons
                    and re.search(
                        rf"\b{_UNNAMED_FACTION}\s*$",
                        self.text[:start],
                        re.I,
                    )
                    else None
                )
                made = (
                    re.match(
                        r"\s*(?:,[^,;.]{1,60},\s*)?"
                        # "..., broke away from ASALA and announced the formation of the X"
                        r"(?:(?:broke|split|walked)\s+[^;.]{1,60}?\s+and\s+)?"
                        # "a faction under X left to form the CNRD"
                        r"(?:(?:(?:broke|split|walked|splintered|peeled)(?:\s+(?:away|off|out))?|left|"
                        r"quit|defected)\s+(?:in\s+\d{4}\s+)?to\s+(?:form|found|set\s+up|create|launch)|"
                        r"formed|founded|set\s+up|created|launched|took\s+the\s+name|"
                        r"announced\s+the\s+(?:formation|creation|founding)\s+of)"
                        r"\s+(?:the\s+)?",
                        self.text[objects[0].end :],
                    )
                    if persons and renamed is None
                    else None
                )
                if made is not None:
                    # "a militant group led by X formed the Red Army Faction": X leads it
                    newcomer = next(
                        (i for i in self._orgs() if i.start == objects[0].end + made.end()), None
                    )
                else:
                    newcomer = (
                        next((i for i in self._orgs() if i.start == renamed.end()), None)
                        if renamed is not None
                        else None
                    )
                if newcomer is not None:
                    # "a faction led by X broke away and now calls itself the EMBF": X leads
                    # the body the faction became
                    pairs = [(newcomer, objects[0])]
                objects = []  # "In 2015 a coalition led by Saudi Arabia": no named subject
            if (
                objects
                and persons
                and not any(
                    # "Katiba Macina, one of the coalition's strongest components, is headed
                    # by X": the name before the aside
                    i.end
                    in (
                        len(self.text[:start].rstrip(" ,")),
                        len(self.text[: self._before_aside(start)].rstrip(" ,")),
                    )
                    for i in self._orgs()
                )
                and _COMMON_PLURAL_OR_STATE.search(self.text[:start])
                # "FLRN fighters led by Guy Philippe": the men of a named group, whose leader
                and not self._named_groups_men(start)
                # "Its fighters were commanded by X": the group's own men, so the group's leader
                and not self._own_men_before(start)
                # "formed by former soldiers, with X as its first leader": "its" is a group's
                and not self._with_as_its(start, end)
            ):
                # "Hardliners led by Mohan Baidya broke away", "The army, led by General
                # al-Burhan, ...": the people or the state's forces the phrase is about
                objects = []
            men = (
                _PLURAL_MEN_BEFORE.search(self.text, max(0, start - 40), start)
                if objects and predicate == "affiliated_with"
                else None
            )
            if (
                men is not None
                # "are a network of armed groups linked to Fatah": the subject is that network
                and not re.search(
                    r"\b(?:is|are|was|were)\s+(?:an?|the)\s+[^,;]*$", self.text[: men.start()]
                )
                # "The Peshmerga (...) forces loyal to the KDP": the named group's men; "The
                # al-Aqsa Martyrs' Brigades, armed cells linked to Fatah": the name they are
                and not any(
                    re.fullmatch(
                        r"\s*(?:\([^()]*\))?\s*(?:,\s*(?:(?!(?:against|with|by|for|from|to|of|"
                        r"in|on|at|and|but|while)\b)[a-z][\w-]*\s+){0,2})?",
                        self.text[i.end : men.start("men")],
                    )
                    for i in self._orgs()
                    if i.end <= men.start("men") and not i.anaphor
                )
            ):
                # "militants loyal to al-Shabaab", "units aligned with the Islah party", "troops
                # backed by Wagner": unnamed men, not the group named earlier in the sentence
                objects = []
            if objects and _LISTING_VERB.search(self.text[:start]):
                objects = []  # "whose members include the faction of X": a noun phrase
            if objects and re.match(r"\W*Under\s+$", self.text[:start]):
                objects = []  # "Under its current leader, X, the NRF ...": the fronted "Under"
            if (
                objects
                and persons
                and self.text[start:end].casefold() == "under"
                and _STATE_OFFICE.match(self.text, end)
            ):
                objects = []  # "a watch corps set up in 2023 under Governor Radda": the state's
            if predicate in ("part_of", "member_of") and objects and objects[0].possessive:
                owned = next(
                    (
                        i
                        for i in self._orgs()
                        if i.start > objects[0].end
                        and re.fullmatch(r"['’]s?\s+", self.text[objects[0].end : i.start])
                    ),
                    None,
                )
                if owned is not None:
                    objects = [owned]  # "part of the Kivu Army's 3rd Corps": the corps
            if predicate == "part_of" and objects:
                # a unit belongs to one body: "the branch of A, B and C" lists A, B and C
                objects = objects[:1]
                if (
                    re.search(r",\s*$", self.text[:start])
                    and re.match(r"\s*the\b", self.text[start:end], re.I)
                    and _LIST_OPENER.search(self.text[:start])
                ):
                    # "Its members included A, the Afghan branch of B, C and D": an item
                    objects = []
            if predicate == "member_of" and not objects:
                # "A and B are among the members of the alliance"
                objects = [
                    o
                    for o in self.objects_after(end, anaphors=True)[:1]
                    if o.anaphor
                    and o.entity.kind == "coalition"
                    and o.text.split()[-1].casefold() in self.cues.coalition_nouns
                ]
                which = re.search(
                    r"(?:\([^()]*\)\s*)?,\s*of\s+which\s+(?:the\s+)?(?P<member>[^,;]{2,60}?)\s*$",
                    self.text[:start],
                )
                if which is not None:
                    # "The Western Coalition, of which the Shinyanga Front is a member"
                    body = next((i for i in self._orgs() if i.end <= which.start()), None)
                    member = next(
                        (i for i in self._orgs() if which.start("member") <= i.start < start), None
                    )
                    if body is not None and member is not None and body.entity is not member.entity:
                        pairs = [(member, body)]
                if re.match(r"\s+(?:its|their)\b", self.text[end:]):
                    # "The NFL is led by X, a commander from Y, one of its founding members":
                    # "its" is the coalition the sentence (or the one before) is about
                    named = [i for i in self._orgs() if i.end <= start and not i.possessive]
                    owner = next((i for i in named if i.entity.kind == "coalition"), None)
                    if owner is None and self.fallback and self.fallback.entity.kind == "coalition":
                        owner = self.fallback
                    member = next(
                        (
                            i
                            for i in named
                            if re.fullmatch(r"\s*(?:\([^()]*\))?\s*,?", self.text[i.end : start])
                        ),
                        None,
                    )
                    if (
                        owner is not None
                        and member is not None
                        and member.entity is not owner.entity
                    ):
                        pairs = [(member, owner)]
            if (
                predicate == "split_from"
                and len(objects) > 1
                and not self.text[:start].strip(" -*•")
                and re.match(r"\s*,", self.text[objects[0].end :])
            ):
                # "An earlier splinter from Usbat al-Ansar, Usbat al-Nour, was set up in 2002":
                # the name in apposition split from the one before it
                objects, pairs = [], [(objects[1], objects[0])]
            if (
                objects
                and not persons
                and _PEOPLE_BEFORE.search(self.text[:start])
                and not any(i.end <= start for i in self._orgs())
            ):
                objects = []  # "Fighters loyal to the LRM seized the town": unnamed men
            who = re.search(r"(?:\([^()]*\)\s*)?,\s+who\s+[^,;()]{0,80}$", self.text[:start])
            if (
                objects
                and not persons
                and who is not None
                and (
                    any(
                        i.entity.kind == "person"
                        and i.end == len(self.text[: who.start()].rstrip())
                        for i in self.items
                    )
                    or (
                        not any(i.end == who.start() for i in self._orgs())
                        and self.person(self.name_run_before(who.start())) is not None
                    )
                )
            ):
                # "al-Sahrawi, who split from al-Mourabitoun after pledging allegiance to the
                # Islamic State": a person's move, no group's
                objects = []
            if (
                objects
                and predicate == "member_of"
                and re.match(
                    r"\s*(?:re)?join|\s*belong|\s*(?:are|were)\s+members", self.text[start:end]
                )
                and self._people_join(start)
            ):
                objects = []  # "Karuna joined the SLFP", "Many JAS fighters joined ISWAP"
            calling = (
                _CALLING_ITSELF.search(self.text, end)
                # "... broke away from ASALA and announced the formation of the ASALA-RM"
                or _AND_FORMED.match(self.text, objects[0].end)
                if predicate == "split_from" and objects
                else None
            )
            if calling is not None and re.match(
                # "In the following weeks a faction led by X broke away ..."
                rf"\W*(?:(?-i:In|On|By|After|Within|During|Later)\s+[^,;.]{{1,40}}?,?\s+)?"
                rf"{_UNNAMED_FACTION}\b",
                self.text,
            ):
                # "A faction led by X broke off from Y in 2012, calling itself Z": Z split
                newcomer = next((i for i in self._orgs() if i.start == calling.end()), None)
                if newcomer is not None:
                    pairs = [(newcomer, objects[0])]
                objects = []
            if predicate in LIST_PREDICATES:
                subjects = [
                    i
                    for i in (self.subjects_before(start) if objects else [])
                    # "he left the TMVP and joined the SLFP": a man's move
                    if not self._a_mans_move(i)
                ]
                if objects and re.match(r"['’]s\b", self.text[start:end]):
                    # "The OLA's main opponents are A and B": the possessor
                    subjects = [i for i in self._orgs() if i.end == start][:1] or subjects
                subjects = subjects or (self._group_reference(start) if objects else [])
                described = self._fronted_subject(start) if objects else None
                if described is not None:
                    subjects = [described]  # "Formed after a split from X, the Y ..."
                described_person = (
                    self._person_in_apposition(start)
                    if objects and predicate == "member_of"
                    else None
                )
                if described_person is not None:
                    # "chaired by Awang Jabat, a BRN member": the person is the member
                    subjects = [described_person]
            else:
                single = self.subject_before(start) if objects else None
                said = (
                    next((i for i in self.items if i.anaphor and i.start == start), None)
                    if objects and re.match(r"(?:its|their)\s", self.text[start:end], re.I)
                    else None
                )
                if said is not None and re.search(r"\sand\s+$", self.text[:start]):
                    single = said  # "allegiance to IS and its leader, X": the "its" is IS
                if single is not None and self._a_mans_move(single):
                    single = None  # "he left the TMVP and became head of X": a man's move
                if (
                    single is not None
                    and persons
                    and self._with_as_its(start, end)
                    and re.search(
                        r"\b(?:of|by|from|against|for)\s+(?:the\s+)?$", self.text[: single.start]
                    )
                ):
                    # "X was formed by soldiers of the AFL, with Y as its first leader": the
                    # clause's subject, not a group named after a preposition
                    single = next(
                        (
                            i
                            for i in self._orgs()
                            if not i.possessive and self._in(self.parens, i.start) is None
                        ),
                        single,
                    )
                if objects and re.match(r"['’]s\b", self.text[start:end]):
                    # "The Tana Front's best-known leaders were A and B": the possessor
                    single = next((i for i in self._orgs() if i.end == start), single)
                described = self._fronted_subject(start) if objects else None
                if described is not None:
                    # "Once the armed wing of the Rovuma Party, the Songea Brigades ...": the
                    # name after the fronted phrase
                    single = described
                if single is None and objects and "succeeded" in self.text[start:end]:
                    single = self.fallback  # "...; he was succeeded by Y": the passage's group
                if (
                    single is None
                    and objects
                    and re.match(
                        r"\W*(?:the\s+name\b|the\s+(?:next|new|current|present|first|last|"
                        r"previous|founding|subsequent)\s|(?:his|her)\s+successor\b)",
                        self.text[start:end],
                        re.I,
                    )
                    and not self.text[:start].strip(' "“*-•')
                ):
                    # "The name honoured X", "The next emir, X, ...": the passage's group
                    single = self.fallback
                if (
                    single is not None
                    and persons
                    and self.text[start:end].casefold() == "under"
                    # "The LRA, under Joseph Kony, abducted ...": an aside names its leader
                    # (not "broke away from the TTP under X")
                    and (
                        not re.fullmatch(
                            r"\s*(?:\([^()]*\))?\s*,?\s*", self.text[single.end : start]
                        )
                        or _SPLIT_FROM_END.search(self.text, 0, single.start) is not None
                    )
                    # "It was launched in 1961 under X": a group set up under its leader
                    # "the CPSL (...), a small group formed in 2012 under X": so is one
                    # described in an aside
                    # ("The MCA, founded in 1949 under Tan Cheng Lock": so is one whose
                    # founding is the aside)
                    and not re.fullmatch(
                        r"(?:\s+(?:was|were)|\s*(?:\([^()]*\))?\s*,(?:\s*(?:an?|the)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:group|faction|movement|militia|organi[sz]ation|"
                        r"outfit|front|party|force|army|coalition|alliance|wing|splinter)|"
                        # "the KAU, which had been set up in 1944 under X"
                        r"\s+(?:which|that)\s+(?:had\s+been|has\s+been|was|were))?)"
                        r"\s+(?:launched|founded|formed|established|created|set\s+up)"
                        r"(?:\s+(?:in|on)\s+[\w\s]{4,20}?)?\s+",
                        self.text[single.end : start],
                    )
                    # "The Simba Brigade operates under X", "Los Rugrats, an armed cell under
                    # X's command": the group serves under its leader
                    and not _SERVES_UNDER.fullmatch(self.text, single.end, start)
                ):
                    # "broke away from the TTP in 2014 under X": not the TTP's, the breakaway's
                    single = self._breakaway_under(single, start)
                if (
                    persons
                    and objects
                    and not self.text[:start].strip(' "“*-•')
                    and re.match(
                        r"\s*(?:led|headed|commanded|founded|chaired|under)\b",
                        self.text[start:end],
                        re.I,
                    )
                ):
                    # "Led by Hassan Dirie, the Ogaden Youth League took up arms": the group
                    # after the fronted phrase
                    single = next(
                        (
                            i
                            for i in self._orgs()
                            if i.start > objects[-1].end
                            and not i.possessive  # "Under X, its leader since 1980, Amal"
                            # "Led by Nemesio Oseguera, "El Mencho", the CJNG has ..."
                            and re.fullmatch(
                                # "..., better known by his nom de guerre X, HTS"
                                r"(?:[^,;]{0,60}?,\s*){1,2}(?:the\s+)?",
                                self.text[objects[-1].end : i.start],
                            )
                        ),
                        None,
                    )
                if persons and objects:
                    # "command of 3R passed to Sembé Bobo": the group the cue itself names
                    single = next(
                        (
                            i
                            for i in self._orgs()
                            if start <= i.start
                            and i.end <= end
                            and re.search(r"\bof\s+(?:the\s+)?$", self.text[start : i.start])
                        ),
                        single,
                    )
                subjects = [single] if single else []
                if (
                    predicate == "part_of"
                    and single is not None
                    and _PLURAL_UNITS.search(self.text[start:end])
                ):
                    # "The Security Belt and the Giants are the principal formations of the STC"
                    subjects = self.subjects_before(start) or subjects
            roster = None
            if objects and predicate == "member_of" and not persons:
                roster = re.match(
                    r"\s*(?:\([^()]*\))?\s*(?:,[^,]{0,40},\s*)?(?:are|were|include|included|includes|:|"
                    # "the factions of the PLO, among them Fatah, the PFLP and the DFLP"
                    r",\s*(?:among\s+them|including|such\s+as|notably))\s",
                    self.text[objects[0].end :],
                )
            if roster is not None and re.search(
                r"members|factions|components|groups", self.text[start:end], re.I
            ):
                group = objects[0]
                members = self.objects_after(group.end + roster.end())
                pairs = [(m, group) for m in members if m.entity is not group.entity]
                subjects = []
                objects = []
            if not subjects and objects and persons:
                head = self._profile_head(start)
                if head is not None:
                    subjects = [head]  # "Badr Organization: founded 1982; chairman X; ..."
            if not subjects and self.listed and _LISTED_SUBJECT.match(self.text):
                # "The following groups merged into HTS when it was founded:" + bullets
                objects = objects or self.objects_after(end, anaphors=True)
                subjects = list(self.listed) if objects else []
            if (
                not subjects
                and objects
                and self.fallback
                and (start < 30 or self.fragment)
                # "A member of the SSNP was convicted ...": a person, not the topic
                and not _PERSON_MEMBER_LEAD.match(self.text)
                # "Dilma Rousseff belonged to COLINA": the person the clause is about
                and not (
                    predicate in ("member_of", "split_from") and self._person_right_before(start)
                )
                # "The eastern branch of X recruited ...": the branch is the subject
                and not (
                    not self.fragment
                    and not self.text[:start].strip(' -*•"“')
                    and re.match(r"\s*the\s", self.text[start:end], re.I)
                )
                and not self._common_noun_subject(start)
                and (cue.dated != "to" or self.fragment or _PRONOUN_LEAD.match(self.text[:start]))
                # "Ahmad Shah Massoud formed the Northern Alliance": who founded it is unknown
                and not (
                    predicate == "member_of"
                    and re.match(
                        r"(?:together\s+)?(?:formed|founded|created|set\s+up|launched|established)\b",
                        self.text[start:end],
                        re.I,
                    )
                )
            ):
                subjects = [self.fallback]
            if cue.dated == "to" and objects and not _LEFT_TAIL.match(self.text, objects[-1].end):
                subjects = []  # "the split left HTS weaker": no one left anything
            if predicate == "rival_of" and _STRIKE.match(self.text, start):
                # "US and British aircraft struck Houthi positions": only the name right
                # before the verb struck
                subjects = [
                    i
                    for i in subjects
                    if 0 <= i.end <= start and _AUXILIARIES.fullmatch(self.text[i.end : start])
                ]
            joining = re.match(r"(?:re)?join", self.text[start:end], re.I) is not None
            if predicate in ("member_of", "part_of") and objects and joining:
                beside = re.match(
                    r"(?:\s*\([^()]*\))?\s+(?:(?:units|forces|troops|fighters|soldiers|militiamen|"
                    rf"men)\b|in\s+(?!{_FORMING_GERUND}\b)\w+ing\b)",
                    self.text[objects[-1].end :],
                )
                if beside is not None:
                    # "joined National Guard units in retaking Mariupol", "joined the RPF in
                    # attacking X": side by side in a fight, no membership
                    objects = []
                # "Some UÇPMB fighters ... joined the NLA": the men, not their group
                subjects = [
                    i
                    for i in subjects
                    if not re.match(
                        r"(?:\s*\([^()]*\))?\s+(?:fighters|members|militants|commanders|cadres|men|"
                        r"supporters|units)\b",
                        self.text[i.end :],
                    )
                ]
            pairs = pairs or [(s, o) for s in subjects for o in objects]
            host = (
                self._joined_in(objects[-1].end)
                if objects and predicate == "member_of" and joining
                else None
            )
            if host is not None:
                # "In 2017 A joined B, C and D in JNIM": all four are JNIM's members (B, C and
                # D even when A is no name: "AQIM's Sahara branch joined ...")
                pairs = [(m, host) for m in subjects + objects if m.entity is not host.entity]
            elif objects and predicate == "member_of":
                listed = self._listed_after(objects[-1].end, after_phrase=True)
                pairs += [(m, objects[0]) for m in listed]
                partners = re.match(
                    r"(?i:joined|join|joins|joining)\s+forces\s+with\s", self.text[start:end]
                )
                if (
                    subjects
                    and partners is not None
                    and re.search(r"(?:form|create|as)\s*$", self.text[start:end])
                ):
                    # "A joined forces with B in 2016 to create C": B is in C too
                    pairs += [
                        (i, objects[0])
                        for i in self._orgs()
                        if start + partners.end() <= i.start
                        and i.end <= end
                        and not i.anaphor
                        and i.entity is not objects[0].entity
                    ]
                if subjects:
                    # "A rejoined Y in 2020, together with B": B joined Y too
                    together = _TOGETHER.match(self.text, objects[-1].end)
                    if together is not None:
                        pairs += [(m, objects[0]) for m in self.objects_after(together.end())]
        elif shape == "members_right" and self._fronted_founding(start, end):
            # "Founded in 2012 by A and B, the X ...": the founders stand before the comma and
            # the group they founded right after it
            comma = self.text.find(",", end)
            founded = self.subject_after(comma) if comma >= 0 else None
            if founded is not None and re.fullmatch(
                r",\s*(?:the\s+)?", self.text[comma : founded.start]
            ):
                pairs = [
                    (m, founded)
                    for m in self.objects_after(end)
                    if m.end <= comma and m.entity is not founded.entity
                ]
        elif shape == "members_right":
            if re.search(
                r"\b(?:part|members?|one)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$|"
                r"\b(?:joined|joins|join|formed|forms|form|created|launched)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$",
                self.text[:start],
            ):
                return  # "NAS is part of an alliance of the non-signatory groups": not NAS's own
            owner = self.subject_before(start, allow_possessive=True)
            common = re.match(
                r"\W*(?:The|A|An)\s+([a-z]+)\s+(?:was|is|had\s+been|has\s+been)\b", self.text
            )
            if (
                owner is None
                and self.fallback is not None
                and start < 30
                # "The ceasefire was announced by X": no group's founding
                and (common is None or common.group(1) in self.cues.anaphor_nouns)
            ):
                owner = self.fallback
            bare_units = (
                predicate == "part_of"
                and _BARE_UNIT_NOUN.fullmatch(self.text, start, end) is not None
            )
            if bare_units:
                # "three PMF formations: ...": the name the noun qualifies, right before it
                owner = next(
                    (
                        i
                        for i in self._orgs()
                        if not i.anaphor
                        and i.end < start
                        and re.fullmatch(r"(?:['’]s?)?\s", self.text[i.end : start])
                    ),
                    None,
                )
            if bare_units and (
                owner is None
                or (
                    # "parties tied to PMF factions, including Badr": the parties, maybe
                    ":" not in self.text[start:end]
                    and not re.search(
                        r"\bthe\s+(?:other\s+|remaining\s+|main\s+|various\s+|rival\s+)?$",
                        self.text[max(0, owner.start - 20) : owner.start],
                    )
                )
            ):
                return  # "Hamas and PIJ factions: ...": only the name right before owns them
            named_group: object = re.search(
                r"alliance|coalition|umbrella|room|front|bloc|grouping|federation|platform",
                self.text[start:end],
                re.I,
            ) or (
                # "the Joint Forces, a Darfuri grouping that includes ...": the aside says so
                owner is not None
                and owner.end <= start
                and re.fullmatch(
                    r"\s*(?:\([^()]*\)\s*)?(?:,|\s+(?:is|was|remains))\s*(?:an?|the)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:alliance|coalition|umbrella|grouping|bloc|front|"
                    r"federation|platform|network|operations\s+room|council)\s+"
                    # "a network of Iran's partners that also includes Hezbollah"
                    # "the TNA, an alliance formed in 2001 by A, B and C"
                    r"(?:of\s+[^,;]{1,40}?\s+)?(?:(?:that|which|whose)\s+)?",
                    self.text[owner.end : start],
                    re.I,
                )
            )
            # "Its founding members included the PKK": only a body of groups has groups as
            # members, whatever its name
            own_members = re.match(r"members|member\s", self.text[start:end], re.I) and re.search(
                r"\b(?:its|their)\s+(?:founding\s+|original\s+|current\s+)?$",
                self.text[max(0, start - 30) : start],
                re.I,
            )
            # "Its units include the Zeitoun Battalion": the units are parts of the owner
            own_parts = predicate == "part_of"
            strong = re.search(
                r"made\s+up|compris|composed|consist|brings|brought|bringing", self.text[start:end]
            )
            if (
                owner is not None
                and strong
                and owner.entity.kind not in ("person", "place")
                and len(self.objects_after(end)) > 1
                and self._owner_next_to(owner, start, place_phrase=True)
            ):
                # "The Joint Forces on the Red Sea coast are made up of A, B and C": a body of
                # groups, whatever its name
                named_group = True
            if owner is None or (
                owner.entity.kind not in ("coalition",)
                and not named_group
                and not ((own_members or own_parts) and owner.entity.kind != "person")
            ):
                return
            coordinated = (
                # "The Lindi Front is led by Omar Kanza and comprises A and B": a second verb
                # of the same clause, whose subject is the owner
                owner.end <= start
                and _FINITE_ROSTER_VERB.match(self.text, start) is not None
                and _COORDINATED_PREDICATE.fullmatch(self.text, owner.end, start) is not None
            )
            if (
                not named_group
                and not own_parts
                and owner.end <= start
                and not self._owner_next_to(owner, start)
                and not (strong and self._owner_next_to(owner, start, place_phrase=True))
                and not coordinated
            ):
                return  # "The council's armed units include X": the units, not the council
            # "comprising some 30 factions, including A and B": the named ones after the count
            members = self.objects_after(end) or self._listed_after(end, after_phrase=True)
            if owner.anaphor and any(m.entity is owner.entity for m in members):
                return  # "Its members were the FARC, the ELN, ...": "its" is not the FARC
            pairs = [(m, owner) for m in members if m.entity is not owner.entity]
        elif shape == "possessive":
            owner = next(
                (
                    i
                    for i in reversed(self.items)
                    if i.end <= start and not self.text[i.end : start].strip(" ")
                ),
                None,
            )
            if self.text[start:end].casefold().startswith(("its", "their", "whose")) or re.search(
                r"\bof\s+(?:its|their)\s+own$", self.text[start:end]
            ):
                # "X had a militia of its own, the Y": the owner is the clause's subject
                owner = self.fallback if self.fallback is not None else None
                before = self.subject_before(start)
                # "Its elite Radwan Force": the group the sentence's own "Its" points to
                said = next((i for i in self.items if i.anaphor and i.start == start), None)
                # "In 2007 Fatah lost Gaza to Hamas, its long-time rival": the name before the
                # comma is the one described, "its" the clause's subject
                head = next(
                    (
                        i
                        for i in reversed(self._orgs())
                        if i.end <= start
                        and re.fullmatch(r"(?:\s*\([^()]*\))?\s*,\s*", self.text[i.end : start])
                    ),
                    None,
                )
                if said is not None and head is not None and head.entity is not said.entity:
                    owner = said
                else:
                    # "Its elite Radwan Force": a sentence's own "Its" when nothing comes first
                    owner = before or (said if start < 3 else None) or owner
            if owner is None:
                return
            wing = None
            apposition = [
                i for i in self._orgs() if i.end <= start and i is not owner and not i.possessive
            ]
            if apposition and re.fullmatch(
                # "X (LB), the NPA's urban unit"; a list entry's "X (KC): the Y's main rival"
                r"(?:\s*\([^()]*)?\)?\s*(?:,|(?<=\))\s*:|(?<=\w):)\s*(?:the\s+|its\s+)?",
                self.text[apposition[-1].end : owner.start]
                if owner.start > apposition[-1].end
                else "x",
            ):
                wing = apposition[-1]
            if wing is None:
                wing = next(
                    (
                        i
                        for i in self._orgs()
                        if i.start >= end
                        and re.fullmatch(
                            # "its armed wing is known as the Naga Army"
                            # "Its elite Radwan Force": a word that rates the unit
                            r"(?:\s+(?:own|elite|feared|best-known|main|special|powerful|"
                            r"notorious|secretive|external|overseas))?"
                            r"(?:\s+[a-z]+ly)?\s*(?:,|is|was|are|were|,\s*known\s+as|called|"
                            r"(?:is|was|are|were)\s+(?:(?:now|also|usually|commonly)\s+)?"
                            r"(?:known\s+as|called|named)|"
                            # "whose clandestine arm called itself Resistenza"
                            r"(?:called|calls|named|names|styled|styles)\s+(?:itself|themselves))?"
                            r"\s*(?:the\s+)?",
                            self.text[end : i.start],
                        )
                    ),
                    None,
                )
            if (
                wing is None
                and self.bullet
                and self.fallback is not None
                and self.fallback.entity is not owner.entity
                and owner.end == start  # "al-Qaeda's", not "its"
                and _BULLET_OPENING.fullmatch(self.text, 0, owner.start)
                and not re.match(r"[^,.;:]*,\s*(?:the\s+)?(?-i:[A-Z])", self.text[end:])
            ):
                # "1. JNIM" then "- al-Qaeda's affiliate in the Sahel, formed in 2017": a bullet
                # under a name that opens on what the name is
                wing = self.fallback
            if wing is None and re.search(
                r"\b(?:is|was|are|were|as|became|become|remains|remained|been)\s+(?:the\s+|a\s+|an\s+)?$",
                self.text[: owner.start],
            ):
                # "ISKP was announced in 2015 as the Islamic State's branch for ..."
                wing = self.subject_before(owner.start)
            if wing is not None and wing.entity is not owner.entity:
                pairs = [(wing, owner)]
            if re.match(r"\s*(?:are|were|include[sd]?)\b", self.text[end:]):
                # "the OLA's main opponents are the ENDF and the Oromia police", "the CDN's
                # rivals include factions of the Gulf Cartel": all of them
                pairs = [
                    (w, owner) for w in self.objects_after(end) if w.entity is not owner.entity
                ] or pairs
        elif shape == "merged_right":
            new = self.subject_before(start) or (
                # "- al-Qaeda's affiliate, formed from the merger of ...": a bullet under a name
                self.fallback
                if start < 40
                or (
                    self.bullet
                    and not any(i.end <= start and not i.possessive for i in self._orgs())
                )
                else None
            )
            olds = self.objects_after(end) or self._listed_after(end, after_phrase=True)
            if new is not None:
                pairs = [(old, new) for old in olds if old.entity is not new.entity]
        elif shape == "merge_form":
            olds = self.subjects_before(start) + [
                i for i in self._orgs() if start <= i.start and i.end <= end
            ]
            tail = re.search(
                r"(?:form|create|into|creating|forming|known\s+as|become|became|is\s+now|name|name\s+of)\s*$",
                self.text[start:end],
            )
            new_list = self.objects_after(end) if tail else []
            roster = (
                re.match(r"\s*(?:\([^()]*\)\s*)?:\s*", self.text[new_list[0].end :])
                if new_list
                else None
            )
            if roster is not None and all(o.anaphor for o in olds):
                # "four groups announced that they had merged to form Hizbul Islam: A; B; C"
                olds = self.objects_after(new_list[0].end + roster.end())
            if new_list:
                pairs = [(old, new_list[0]) for old in olds if old.entity is not new_list[0].entity]
        elif shape == "split_form":
            # "MPC commanders split off to form the MNLC": the new group broke away from the old;
            # "broke away from the KNLA and formed the DKBA": the old one follows "from"
            cue_text = self.text[start:end]
            # "broke away from X and formed Y", "dissidents of X formed Y", "quit X and set up Y"
            source = re.search(r"\b(?:from|of|with|quit|left|deserted|abandoned)\s+", cue_text)
            inside = [
                i for i in self._orgs() if start + (source.end() if source else 0) <= i.start < end
            ]
            old = self.subject_before(start, allow_possessive=True) if source is None else None
            if old is None and source is None:
                # "Kombo, one of its commanders, broke away to form X", "rebels led by Kombo
                # broke away and formed X": the group the passage is about lost them
                clause = self.text[: self._before_aside(start)]
                owner = next(
                    (
                        i
                        for i in self.items
                        if i.anaphor and i.end <= start and i.text.casefold() in ("its", "their")
                    ),
                    None,
                )
                if owner is not None:
                    old = owner
                elif _UNNAMED_DISSENTERS.search(clause) and not any(
                    i.end <= start for i in self._orgs()
                ):
                    old = self.fallback
            if source is not None and inside:
                old = inside[0]  # "split from Márquez and formed X" names no group it left
            new_list = self.objects_after(end)
            if re.search(r"into\s*$|\sin\s+(?:two|three|half)\s*:$", cue_text):
                # "ETA split into ETA(m) and ETA(pm)": every part broke away
                pairs = [
                    (n, old) for n in new_list if old is not None and n.entity is not old.entity
                ]
            elif old is not None and new_list and new_list[0].entity is not old.entity:
                pairs = [(new_list[0], old)]
        elif shape == "person_left":
            run = self.name_run_before(self._before_aside(start))
            person = self.person(run)
            # "the surrender at Mbiti of Juma Kombo, the leader of ...": the place is his
            # surrender's, the name after "of" his own
            tail = (
                re.search(r"\s(?:of|for)\s+(?!the\s)(?=(?-i:[A-Z]))", self.text[run[0] : run[1]])
                if person is None and run is not None
                else None
            )
            if run is not None and tail is not None:
                after_of = (run[0] + tail.end(), run[1])
                if " " in self.text[after_of[0] : after_of[1]].strip():
                    person = self.person(after_of)
            # (a name may be inverted and glossed: "Garang de Mabior, John: ...", "Machar, Riek
            # (Riek Machar Teny): ...")
            label = re.fullmatch(
                r"\W*(?P<name>[^:;,.()]{3,60}?)(?:,\s*[^:;,.()]{2,30}?)?(?:\s*\([^()]{2,60}\))?"
                r"\s*:\s*(?:(?:a|an|the)\s+)?(?:(?:co-?)?founder\s+and,?\s+(?:until\s+[^,]{3,30},?\s*)?)?",
                self.text[:start],
            )
            if person is None and label is not None:
                # a glossary of persons: "Kerubino Kuanyin Bol: commander of Battalion 105"
                person = self.person((label.start("name"), label.end("name")))
            groups = self.objects_after(end, anaphors=True)
            if person is None and re.search(
                r"\band\s+(?:(?:he|she)\s+)?(?:later\s+|then\s+|also\s+|now\s+|still\s+)?(?:(?:has|had)\s+)?$",
                self.text[:start],
            ):
                # "Sheikh Hassan Mwinyi founded the Pemba Movement in 1999 and led it until
                # 2012": the person the sentence opens with
                opener = self.name_run_after(0, max_gap=12)
                first = self.text[opener[0] : opener[1]].split()[0] if opener else ""
                if (
                    opener is not None
                    and first.casefold() not in STOP_CAPITALS
                    and first not in ("Born", "After", "Before", "When", "Since", "Under")
                    and re.match(r"\s+(?-i:[a-z])", self.text[opener[1] :])
                    and ";" not in self.text[opener[1] : start]
                    and not (
                        groups
                        and re.search(
                            r"\b(?:Assembly|Parliament|Senate|Government|Ministry|Cabinet)\b",
                            groups[0].entity.name,
                        )
                    )
                ):
                    person = self.person(opener)
            if person is None and groups:
                # "The current emir of the TTP, Noor Wali Mehsud, took over in 2018", "the
                # leader of the Indigenous People of Biafra (IPOB), Nnamdi Kanu"
                after_group = re.match(
                    r"(?:\s*\([^()]{1,40}\))?(?=,\s)", self.text[groups[0].end :]
                )
                if after_group is not None:
                    person = self.person(
                        self.name_run_after(groups[0].end + after_group.end(), max_gap=3)
                    )
            owned = (
                next(
                    (
                        i
                        for i in self._orgs()
                        if re.fullmatch(r"['’]s?\s+", self.text[groups[0].end : i.start])
                        and not i.anaphor
                    ),
                    None,
                )
                if groups and groups[0].possessive
                else None
            )
            if owned is not None:
                groups = [owned]  # "the commander of the UDA's West Belfast Brigade"
            if (
                groups
                and groups[0].possessive
                and _PART_AFTER_OWNER.match(self.text, groups[0].end)
            ):
                groups = []  # "Parmar, who headed the organisation's network in Canada"
            if groups and groups[0].anaphor and re.match(r"\W*Under\s", self.text):
                groups = []  # "Under Nabih Berri, its leader since 1980, Amal ...": Amal's
            if person is not None and groups:
                pairs = [(groups[0], person)]
                if len(groups) > 1 and self._plain_list(groups):
                    # "X, the leader of the groups A and B": he led both
                    pairs = [(group, person) for group in groups]
                # "Juma Salim succeeded Ali Mwamba as leader of X": both led X in turn
                replaced = re.match(
                    r"(?:succeeded|replaced)\s+(?!(?:him|her)\b)", self.text[start:end]
                )
                predecessor = (
                    self.person(self.name_run_after(start + replaced.end(), max_gap=0))
                    if replaced
                    else None
                )
                if predecessor is not None:
                    pairs.append((groups[0], predecessor))
        elif shape == "appointed":
            pairs = self._appointed(start, end)
        elif shape == "between":
            # "the rivalry between al-Qaeda and the Islamic State"
            both = self.objects_after(end)
            if len(both) == 1:
                # "Clashes between Lindi Brigades fighters and members of the Pemba Militia"
                other = next(
                    (
                        i
                        for i in self._orgs()
                        if i.start > both[0].end
                        and re.fullmatch(
                            r"\s+(?:fighters|militants|members|units|forces|troops|gunmen)?\s*"
                            r"and\s+(?:(?:fighters|militants|members|units|forces|troops|gunmen)"
                            r"\s+(?:of|from|loyal\s+to)\s+)?(?:the\s+)?",
                            self.text[both[0].end : i.start],
                        )
                    ),
                    None,
                )
                both = [*both, other] if other is not None else both
            pairs = [(a, b) for i, a in enumerate(both) for b in both[i + 1 :]]
        elif shape == "reciprocal":
            # "Amal and Hezbollah fought each other", "the two groups fought each other"
            both = self._pair_before(start) or self.subjects_before(start)
            pairs = [(a, b) for i, a in enumerate(both) for b in both[i + 1 :]]
        elif shape == "possessor_person":
            # "the Bohemian Army, whose leader Vaclav Rys": the name the relative hangs on
            whose = self.text[start:end].casefold().startswith("whose")
            apposed = self.text[max(0, start - 1) : start] == ","  # "X (RFC), the movement of Y"
            gap = (
                r"\s*(?:\([^()]*\))?\s*,\s*"
                if whose
                else r"\s*(?:\([^()]*\))?\s*,"
                if apposed
                else r"\s*"
            )
            owner = next(
                (
                    i
                    for i in reversed(self.items)
                    if i.end <= start
                    and re.fullmatch(gap, self.text[i.end : start])
                    and i.entity.kind != "person"
                ),
                None,
            )
            # "under its commander Santoso": a one-word name right after a title is a person
            person = self.person(self.name_run_after(end, max_gap=3), single=True)
            if (
                owner is not None
                and owner.anaphor
                and re.match(r"\W*Under\s+$", self.text[: owner.start])
            ):
                owner = None  # "Under its current leader, X, the NRF ...": the group named after
            if owner is not None and person is not None:
                # "its spokesman X" makes X a member; "its leader X" leads it
                pairs = [(person, owner)] if predicate == "member_of" else [(owner, person)]
        for subject, obj in pairs:
            if subject.entity is obj.entity:
                continue

            if not _kind_fits(obj.entity.kind, cue.object_kind) and not (
                # "formed an alliance called New Dawn": the cue says what the object is
                cue.object_kind == "coalition"
                and obj.entity.kind not in ("person", "place", "state")
                and re.search(
                    r"\b(?:alliance|coalition|umbrella|bloc|joint|leadership|directorate)\b",
                    self.text[start:end],
                    re.I,
                )
            ):
                continue
            if (obj.entity.kind == "person") != (predicate in ("led_by", "named_after")):
                continue
            if subject.entity.kind == "person" and not (
                # "Awang Jabat, a BRN member": the one tie a person's description gives
                predicate == "member_of"
                and (subject is described_person or shape == "possessor_person")
            ):
                continue
            lo = min(subject.start, obj.start, start)
            # "left" / "withdrew from" are the cue itself, not a negation of it
            window_end = start if cue.dated == "to" else end
            if self.negated(max(lo, subject.end if subject.end <= start else lo), window_end):
                continue
            predicate = _membership_kind(cue, subject, obj, self.text[start:end])
            if (
                predicate == "member_of"
                and obj.end <= subject.start
                and _ALIGNED_WITH_BEFORE.search(self.text, 0, obj.start)
            ):
                # "Those aligned with the CNF include A and B": allies of it, not members
                predicate = "affiliated_with"
            valid_from = self._since(end)
            valid_to = None
            if cue.dated is not None:
                date = self._event_date(start, max(end, obj.end))
                if cue.dated == "to":
                    valid_to = date
                else:
                    valid_from = valid_from or date
            yield Fact(
                subject,
                predicate,
                obj,
                hedged=self.hedged,
                valid_from=valid_from,
                valid_to=valid_to,
                cue=(min(subject.start, obj.start, start), max(subject.end, obj.end, end)),
            )

    def _person_right_before(self, position: int) -> bool:
        """'Dilma Rousseff belonged to COLINA': a person's name, and no actor, ends right
        before the cue."""
        before = len(self.text[:position].rstrip())
        if any(i.end == before for i in self.items):
            return False
        return self._person_run_ending_at(before, single=False)

    def _a_mans_move(self, group: Item) -> bool:
        """'he left the TMVP and joined the SLFP', 'Lamarca left the VPR and joined the MR-8':
        the group is what a person left, not who joined."""
        if _PERSON_LEFT_BEFORE.search(self.text, 0, group.start):
            return True
        verb = _LEFT_VERB_BEFORE.search(self.text, 0, group.start)
        if verb is None:
            return False
        before = len(self.text[: verb.start()].rstrip())
        if any(i.end == before and i.entity.kind != "person" for i in self.items):
            return False  # "the Lindi Front left the Rufiji Alliance and joined ...": a group
        return self._person_run_ending_at(before, single=True)

    def _person_run_ending_at(self, end: int, single: bool) -> bool:
        """Whether a person's name ends at `end`: two words or more, or with `single` one
        ("Lamarca left the VPR")."""
        run = self.name_run_before(end)
        if run is None or run[1] != end:
            return False
        if single:
            return (self.person(run) or self.person(run, single=True)) is not None
        return len(self.text[run[0] : run[1]].split()) >= 2 and self.person(run) is not None

    def _more_leaders(self, position: int) -> list[Item]:
        """The people after the first of a list 'A, B and C' that ends at `position` on A (a
        list needs its "and": "led by A, Tanzania's ..." is no list)."""
        gap = re.match(r",\s+(?!and\b)", self.text[position:])
        listed = self._listed_persons(position + gap.end()) if gap is not None else []
        for index in range(1, len(listed)):
            if re.search(r"\band\b", self.text[listed[index - 1].end : listed[index].start]):
                return listed[: index + 1]  # the list ends on the name after its "and"
        return []

    def _profile_head(self, position: int) -> Item | None:
        """The group a profile line opens on ('PMF (al-Hashd al-Shaabi): formed June 2014;
        chairman X; ...') when the cue opens one of the line's fragments."""
        head = _PROFILE_HEAD.match(self.text)
        if head is None or head.end() > position or self.text[:position].rstrip()[-1:] not in ";:":
            return None
        return next(
            (
                i
                for i in self._orgs()
                if i.start < head.end() and not self.text[: i.start].strip(" \t\"“'*_•-")
            ),
            None,
        )

    def _fronted_subject(self, position: int) -> Item | None:
        """For a cue inside a fronted phrase ('Formed in 2010 after a split from X, the Y'),
        the group named right after the phrase."""
        if not self.fronted[0] <= position < self.fronted[1]:
            return None
        after = self.subject_after(self.fronted[1])
        if after is None or not re.fullmatch(
            r"\s*(?:the\s+)?", self.text[self.fronted[1] : after.start]
        ):
            return None
        return after

    def _subject_for_literal(self, start: int, end: int, possessive: bool = False) -> Item | None:
        described = self._fronted_subject(start)
        if described is not None:
            return described  # "Founded in 2012 by A and B, the Tana Alliance ..."
        subject = self.subject_before(start, allow_possessive=possessive)
        if subject is None and self.fragment:
            return self.fallback
        if subject is None and _THING_BEFORE_CUE.search(self.text, 0, start):
            return None  # "When martial law was declared in May 2003": a thing, not a group
        if subject is None and start < 40:
            after = self.subject_after(end)
            if after is not None and (
                after.entity.kind == "person"
                or self.text[: after.start].count("(") > self.text[: after.start].count(")")
            ):
                # "Founded in Kuwait by Arafat with exiles including Khalil al-Wazir (Abu
                # Jihad)": a person, or a name in brackets, is not what was founded
                after = None
            if after is not None and re.search(
                r"\b(?:is|was|are|were|has|had|have)\b", self.text[end : after.start]
            ):
                after = None  # "Iparretarrak, founded in 1973, was a group active in X": not X
            if after is not None and re.search(
                r"\b(?:of|for|with|by|from|to|against)\s+(?:the\s+)?(?:[a-z]+\s+)?$",
                self.text[: after.start],
            ):
                after = None  # "Raised in 1992 as the fighting arm of the X": not X
            if after is None and (
                _UNREAD_SUBJECT_AFTER.match(self.text, end)
                or re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", self.text[:start])
                or self._unread_name_before(start)
            ):
                # "Founded in 2004, Mustazaf-Der was dissolved ...", "The first two, Volat and
                # Terror, were formed in ...", "In 2022 she formed ...": not the passage's topic
                return None
            subject = after or self.fallback
        return subject

    def _unread_name_before(self, position: int) -> bool:
        """A capitalised name right before a cue that no rule read as an actor or a place
        ('The first two, Volat and Terror, were formed in ...')."""
        run = _NAME_RUN_BEFORE_CUE.search(self.text, 0, position)
        if run is None or not self.text[: run.start()].strip(" \t\"“'*_•-"):
            return False  # nothing, or the sentence's own first words
        words = [w for w in run.group(1).split() if w != "and"]
        return not any(
            i.start < run.end(1) and run.start(1) < i.end for i in self.items
        ) and not any(
            w.casefold() in MONTHS
            or w.casefold() in STOP_CAPITALS
            or name_key(w) in known_places()
            or name_key(w) in demonyms()
            for w in words
        )

    def _dated(self, predicate: str, pattern: re.Pattern[str]) -> Iterator[Fact]:
        for match in pattern.finditer(self.text):
            date = None
            if predicate == "dissolved":
                # "announced on 12 May 2025 that it had decided to dissolve itself"
                date = next(
                    (
                        d
                        for d in reversed(self._dates)
                        if d.end <= match.start()
                        and _DATE_BEFORE_CUE.fullmatch(self.text, d.end, match.start())
                    ),
                    None,
                )
            if predicate == "dissolved" and date is None:
                # "announced in May 2025 that it was disbanding": the date inside the cue
                date = next(
                    (d for d in self._dates if match.start() <= d.start and d.end <= match.end()),
                    None,
                )
            made_end = None
            made_first = self._made_object(match.start(), match.end())
            if made_first is not None:
                made_end = made_first.end  # "formed the KNDF (...) in May 2021": after the name
            elif re.fullmatch(
                r"(?:launched|announced|unveiled)", match.group().strip(), re.I
            ) and not re.match(r"\s+(?:in|on)\b", self.text[match.end() :]):
                continue  # "the UPDF launched Operation Iron Fist": no group's founding
            date = (
                date
                or next(
                    (
                        d
                        for d in self._dates
                        if 0 <= d.start - (made_end or match.end()) <= 45
                        # "emerged from fronts that rejected the 2016 peace agreement": an event's
                        # (but "emerged during the 2011 uprising" dates it by the event)
                        and not (
                            _EVENT_AFTER_DATE.match(self.text, d.end)
                            and not re.search(
                                r"\b(?:during|after|in|following|amid|at|since|before|by|with)\s+"
                                r"(?:the\s+)?$",
                                self.text[: d.start],
                            )
                        )
                        and not re.search(
                            r"[;.]|\band\s+(?:later|then|in|on|since|by|between|from|after|during)\b|"
                            # "was founded, and between 2001 and 2003 ...": a new clause's date
                            r",\s*and\s+$|,\s*(?:which|who|where)\b"
                            # "chaired the CPP from its founding until his arrest in 1977"
                            r"|\b(?:until|till)\b"
                            # "2007: Partai GAM founded (renamed Partai Aceh in 2008)": an aside's
                            r"|\((?:renamed|rebranded|re-?formed|reorgani[sz]ed|relaunched|merged|"
                            r"dissolved|disbanded|banned|later|until|known)"
                            # "who founded it and was killed in 2004": another verb's date
                            r"|\band\s+(?:was|were|is|are)\s+(?-i:[a-z]+ed)\b",
                            self.text[match.end() : d.start],
                        )
                    ),
                    None,
                )
            )
            if date is None and made_first is not None:
                # "left the party in 2004 and founded the JTMM": the date of the clause
                date = next(
                    (
                        d
                        for d in self._dates
                        if d.end <= match.start()
                        and re.fullmatch(r"\s+and\s+", self.text[d.end : match.start()])
                    ),
                    None,
                )
            if date is None:
                date = next(
                    (
                        d
                        for d in self._dates
                        if d.end <= match.start()
                        and (
                            d.start < 12
                            # "Then, in the last weeks of 2019, the X voted itself out": a
                            # date fronted before the subject
                            or _FRONTED_DATE.fullmatch(self.text, 0, d.end) is not None
                        )
                        # "Between 2012 and 2017 the RTF, established under ...": a period
                        and not re.match(r"\W*(?:between|from|until)\b", self.text, re.I)
                    ),
                    None,
                )
            if date is None and made_first is not None:
                # "At a convention held at Peniche, in April 1998, delegates of the resistance
                # founded the CNRT": an active founding dated earlier in its own clause
                date = next(
                    (
                        d
                        for d in reversed(self._dates)
                        if d.end <= match.start()
                        and match.start() - d.end <= 100
                        # "at the height of the Tigray war": an era is no founding date
                        and re.search(r"\d", self.text[d.start : d.end])
                        and not re.search(
                            # "was expelled in 2019 and later floated his own X": after it
                            r"[;.:]|,\s*(?:which|who|whose|where|when)\b|\band\s+(?:later|then|"
                            r"subsequently|afterwards|eventually|soon)\b",
                            self.text[d.end : match.start()],
                        )
                        and not re.search(
                            r"\b(?:until|since|after|before)\s*$", self.text[: d.start]
                        )
                    ),
                    None,
                )
            if date is None:
                continue
            subject = self._subject_for_literal(match.start(), match.end())
            if (
                subject is not None
                and predicate == "founded"
                and subject.end <= match.start()
                and _THING_LAUNCHED.search(self.text, subject.end, match.start())
                # (not "the group favouring talks formed NDFB (P)": a founding verb's object)
                and not re.match(r"\s+(?:the\s+)?(?-i:[A-Z])", self.text[match.end() :])
            ):
                continue  # "presses on with a conscription drive launched in 2024": the drive's
            head_at = (
                self._founded_head(subject, match.start(), match.group())
                if subject is not None
                else None
            )
            if head_at is not None and subject is not None:
                # the founding belongs to the noun phrase the clause hangs on
                described = self.subject_before(head_at)
                if described is None or described.entity is subject.entity:
                    continue
                subject = described
            if (
                subject is not None
                and subject.end <= match.start()
                and _SOME_OF_WHICH.search(self.text, subject.end, match.start())
                and made_first is None
            ):
                # "a cluster of new movements, most of which had appeared in the late 1980s":
                # the plural noun's members, not the group named earlier
                subject = None
            described_part = (
                _DESCRIBED_AS_PART_OF.search(self.text, 0, subject.start)
                if subject is not None
                and re.fullmatch(
                    r"\s*(?:that|which)\s+(?:(?:was|were|had\s+been)\s+)?",
                    self.text[subject.end : match.start()],
                )
                else None
            )
            if described_part is not None:
                # "The PAFF is a proxy outfit of the Kilwa Army that emerged in 2019": the
                # outfit emerged, and the outfit is the sentence's subject
                subject = self.subject_before(described_part.start()) or subject
            if (
                subject is not None
                and predicate == "founded"
                and subject.end <= match.start()
                and _FOUNDING_VERB.match(match.group(0).strip())
                and not re.search(
                    r"\b(?:was|were|is|are|been)\b", self.text[subject.end : match.start()]
                )
                and (relative := _OBJECT_RELATIVE_BEFORE.search(self.text, 0, subject.start))
            ):
                # "the ESN, which IPOB, led by Nnamdi Kanu, set up as its armed wing in December
                # 2020": what the relative clause's subject set up is the name before "which"
                subject = self.subject_before(relative.start()) or subject
            if subject is not None and _UNIT_NOUN_AFTER.fullmatch(
                self.text, subject.end, match.start()
            ):
                # "X was another Interior Ministry battalion formed in 2014": the owner named
                # before the unit's noun describes the unit, the sentence's subject
                subject = self.subject_before(subject.start) or subject
            region = self._in(self.regions, match.start())
            if region is None:
                # "the Jenin Battalion, a unit of Saraya al-Quds formed in 2021 in the camp."
                comma = self.text.rfind(",", 0, match.start())
                if comma >= 0 and _COALITION_ASIDE.match(self.text, comma):
                    region = (comma, match.end())
            if region is not None and _COALITION_ASIDE.match(self.text, region[0]):
                # "the MTT, an alliance of A and B formed in 2008,": the alliance was formed
                head = [i for i in self._orgs() if i.end <= region[0] and not i.possessive]
                subject = head[-1] if head else subject
            if (
                predicate == "founded"
                and made_first is None
                and (body := _COMMON_BODY_BEFORE.search(self.text, 0, match.start()))
                # (not "a formation of the defence ministry set up in 2023": the formation's)
                and not re.search(
                    r"\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", self.text[: body.start()]
                )
            ):
                # "took part in the transitional government formed in 1991": the government's
                # founding, not the group's
                continue
            owner = next(
                (
                    i
                    for i in self._orgs()
                    if i.possessive
                    and re.fullmatch(
                        r"['’]s?\s+(?:founding|formation|creation|establishment|inception|emergence|"
                        r"origins?|birth|roots|dissolution|disbandment)\s+(?:was\s+|were\s+)?",
                        self.text[i.end : match.start()],
                    )
                ),
                None,
            )
            if owner is not None:
                subject = owner  # "The Taliban's founding dates to 1994": the possessor's
            if (
                match.group().casefold().endswith(" of")
                or re.fullmatch(r"dat(?:e|es|ed)", match.group(), re.I)
                # "signed a decree dissolving Seleka"
                or re.match(
                    r"(?:decree|order|decision|resolution|edict|ordinance)\s", match.group()
                )
            ):
                # "the dissolution of Hay'at Tahrir al-Sham", "announced the creation of the
                # ESN": the subject follows the cue
                subject = next(iter(self.objects_after(match.end())), None)
            if match.group().casefold().endswith("born") and (
                subject is None
                or subject.entity.kind == "person"
                or not re.fullmatch(r"\s*", self.text[subject.end : match.start()])
            ):
                continue  # "Al-Sharaa, who was born in 1982": a person, not the group
            if made_first is not None:
                subject = made_first  # "In 2021 nine groups founded the United Front"
            elif _UNNAMED_MADE.match(self.text, match.end()) and not re.search(
                r"\b(?:was|were|is|are|been|be|being)\s*$", self.text[: match.start()]
            ):
                continue  # "A and B formed a coalition in 1975": an unnamed body's founding
            elif re.match(r"to\s", match.group().strip(), re.I):
                continue  # "left the PDK to set up the Initiative ...": not the PDK's founding
            if subject is None or self.negated(
                subject.end if subject.end <= match.start() else 0, match.end()
            ):
                continue
            yield Fact(
                subject,
                predicate,
                value=dict(date.value),
                hedged=self.hedged,
                cue=(min(subject.start, match.start(), date.start), max(match.end(), date.end)),
            )

    def _made_object(self, start: int, end: int) -> Item | None:
        """The organisation an active founding verb takes as its object: 'Biletsky created
        Azov', 'nine groups founded the United Front' (not 'X was founded', 'X, formed in')."""
        cue = self.text[start:end].strip()
        if not re.fullmatch(_ACTIVE_FOUNDING, cue, re.I):
            return None
        if re.search(r"\b(?:was|were|is|are|been|be|being)\s*$", self.text[:start]):
            return None
        called = _MADE_AND_CALLED.match(self.text, end)
        if called is not None and not any(i.start == called.end() for i in self._orgs()):
            # "created an elite wing known as the Black Mambas": a name no one knew before
            name = _CALLED_NAME.match(self.text[called.end() :])
            made = self._newly_named(called.end(), name.group(0)) if name is not None else None
            if made is not None:
                return made
        return next(
            (
                i
                for i in self._orgs()
                if i.start >= end
                # "formed a rival Supreme Coordination Council", "set up a new front", "formed
                # an umbrella, the Baloch Raaji Aajoi Sangar"
                and re.fullmatch(
                    r"\s+(?:an?\s+(?:[a-z]+\s+){0,2}(?:umbrella|alliance|coalition|front|group|"
                    r"body|platform|bloc|council|party|movement|militia|army|wing|organi[sz]ation|"
                    r"unit|squad|battalion|brigade|command|cell|force|branch|faction|detachment|"
                    r"formation|outfit|organi[sz]ation)"
                    # "set up a special unit called the Simba Squad in 2005": the unit's founding
                    r"(?:\s*,\s*|\s+(?:called|named|known\s+as|dubbed)\s+))?"
                    r"(?:(?:the|a|an|their|its|his|her)\s+)?(?:own\s+)?(?:(?:new|rival|joint|single|broader|"
                    r"common|separate|united|unified)\s+)?[\"“]?",
                    self.text[end : i.start],
                )
                and not i.possessive
                # "the ministry disbanded the unit": the unit is the sentence's own subject
                and not (i.anaphor and cue.startswith("dis"))
                # "two months after the other four had created it": a date told of before
                and not (i.anaphor and re.search(r"\b(?:had|has|have)\s*$", self.text[:start]))
            ),
            None,
        )

    def _sizes(self) -> Iterator[Fact]:
        for size in find_sizes(self.text):
            if size.vague:
                continue  # "several thousand fighters" states no strength to compare
            if size.high <= 12 and _REFERRING_COUNT.search(self.text, 0, size.start):
                continue  # "the two groups have clashed": which ones, not how many
            if _MERGER_COUNT.search(self.text, 0, size.start):
                continue  # "from the merger of four movements": its makers, not its size
            if any(
                name_key(word) in demonyms()
                for word in re.findall(r"[A-Z][\w'’-]+", self.text[size.start : size.end])
            ):
                continue  # "about 1,500 Moroccan troops": a state's soldiers, not the group's
            subject = self.subject_before(size.start, allow_possessive=True)
            if subject is None:
                subject = self.subject_after(size.end) or (
                    self.fallback if size.start < 60 else None
                )
                if subject is self.fallback and _SOMEONE_HAD.search(self.text, 0, size.start):
                    continue  # "Keke had, at his height, perhaps 100 armed men": his, not its
            if subject is None:
                continue
            estimate = next(reversed(list(_ESTIMATE_OF.finditer(self.text, 0, size.start))), None)
            if estimate is not None:
                # "Crisis Group put the combined strength of the militias at 2,000": the
                # estimate is of someone else; "the army puts its strength at": of the group
                # the passage is about, not of the army
                reporter = next(
                    (i for i in reversed(self._orgs()) if i.end <= estimate.start()), None
                )
                owned = [
                    i
                    for i in self._orgs()
                    if estimate.start() <= i.start < size.start
                    and (reporter is None or i.entity is not reporter.entity)
                ]
                named = [i for i in owned if not i.anaphor]
                if owned:
                    # "estimated the strength of HTS at its launch at ...": HTS
                    subject = named[0] if named else owned[-1]
                elif re.match(r"\s+of\b", self.text[estimate.end() :]):
                    continue  # "the combined strength of the main militias": no one named
                elif reporter is not None and subject.entity is reporter.entity:
                    if self.fallback is None or self.fallback.entity is reporter.entity:
                        continue
                    subject = self.fallback
                elif reporter is not None:
                    continue
            if _DEPLOYMENT.search(self.text, max(0, size.start - 40), size.start):
                continue  # "deploying some 3,000 soldiers": a deployment, not a strength
            if size.unit == "groups":
                # "were among nine organisations that formed the United Front", "four armed
                # groups, including A and B, joined forces as the X": the body they made
                made = _COUNT_MADE.match(self.text, size.end)
                formed = (
                    next((i for i in self._orgs() if i.start == made.end()), None)
                    if made is not None
                    else None
                )
                if formed is not None and not formed.anaphor:
                    subject = formed
                elif subject.entity.kind != "coalition":
                    continue
            value = {"low": size.low, "high": size.high, "unit": size.unit}
            yield Fact(
                subject,
                "size",
                value=value,
                hedged=self.hedged,
                cue=(min(subject.start, size.start), max(subject.end, size.end)),
            )

    def _areas(self) -> Iterator[Fact]:
        for match in self.cues.operates_in.finditer(self.text):
            places = self.places_after(match.end())
            if not places:
                continue
            # "Its brigades remain active in ...", "its heartland is ...": the possessor;
            # "the two have clashed in X": both actors just named
            subjects = self._pair_before(match.start()) or self._fighting_pair(
                match.start(), match.end()
            )
            inside = [
                i
                for i in self._orgs()
                if match.start() <= i.start
                and i.end <= match.end()
                and not i.anaphor
                and re.fullmatch(r"(?:an?|the)\s+", self.text[match.start() : i.start], re.I)
                and re.fullmatch(r"\s+(?:in|across|throughout)", self.text[i.end : match.end()])
            ]
            if inside and not subjects:
                subjects = [inside[-1]]  # "the Houthi movement in Yemen": the named movement
            if _NAMED_CAMP.fullmatch(match.group(0)):
                # "the PLAN camp at Cassinga": the name right before the camp has it
                subjects = [
                    i
                    for i in self._orgs()
                    if i.end == match.start() - 1 and not i.anaphor and not i.possessive
                ]
                if (
                    not subjects
                    and _OWNED_CAMP.fullmatch(match.group(0))
                    and not _HAS_CAMP.search(self.text, 0, match.start())
                ):
                    continue  # "the army camp at Tabora": no group's camp
            if not subjects and re.search(
                r"(?:each\s+other|one\s+another)\s+for\s+control", match.group(0)
            ):
                # "A, led by ..., and B, headed by ..., fought each other for control of X"
                before = [i for i in self._orgs() if i.end <= match.start() and not i.possessive]
                if len(before) >= 2 and before[0].entity is not before[-1].entity:
                    subjects = [before[0], before[-1]]
            if not subjects:
                # "Al-Shabaab, al-Qaeda's affiliate in East Africa": the affiliate, not al-Qaeda
                branch = bool(_BRANCH_IN.match(match.group(0)))
                one = self._subject_for_literal(match.start(), match.end(), possessive=not branch)
                if one is not None and one.possessive and "," in self.text[one.end : match.start()]:
                    # "JNIM, al Qaeda's affiliate in the Sahel, operates in ...": not al-Qaeda
                    one = self._subject_for_literal(match.start(), match.end())
                subjects = [one] if one is not None else []
                # "The ADF and the CODECO are active in Ituri": every actor of the list
                listed = self.subjects_before(match.start()) if one is not None else []
                if len(listed) > 1 and listed[-1] is one and self._plain_list(listed):
                    subjects = listed
                comma = self.text.rfind(",", 0, match.start())
                if (
                    one is not None
                    and comma >= 0
                    and comma < one.start
                    and _COALITION_ASIDE.match(self.text, comma)
                    and "," not in self.text[comma + 1 : match.start()]
                ):
                    # "the Jenin Battalion, a unit of Saraya al-Quds formed in the Jenin
                    # camp": the unit the aside describes is there, not its parent
                    head = [i for i in self._orgs() if i.end <= comma and not i.possessive]
                    if head and re.fullmatch(
                        r"\s*(?:\([^()]*\)\s*)*", self.text[head[-1].end : comma]
                    ):
                        subjects = [head[-1]]
            if fought := _FOUGHT.match(match.group(0)):
                # "... and went on to fight Wahdat in Kabul", "troops have fought Lakurawa in
                # the forests of Tangaza", "clashed with both ARSA and the RSO in Maungdaw":
                # the sides fought are there too (not "fought for an Islamic state", "fought
                # alongside the SNA")
                at = match.start() + fought.end()
                opening = True
                fought_sides: list[Item] = []
                for i in self._orgs():
                    if not (at <= i.start and i.end <= match.end()):
                        continue
                    gap = (_FOUGHT_FIRST if opening else _FOUGHT_NEXT).fullmatch(
                        self.text, at, i.start
                    )
                    if gap is None or i.possessive or i.entity.kind in ("person", "state"):
                        break
                    if i not in subjects and not i.anaphor:  # "the army" read back as a group
                        fought_sides.append(i)
                    at, opening = i.end, False
                if _FOUGHT_TO_PLACE.fullmatch(self.text, at, match.end()):
                    # (not "groups fighting the Taliban told a press conference in Vienna")
                    subjects += fought_sides
            if _DROVE.match(match.group(0)):
                # "have driven ISS fighters from the Togjaceel valley": the side driven out
                # was there too
                subjects += [
                    i
                    for i in self._orgs()
                    if match.start() < i.start
                    and i.end <= match.end()
                    and not i.anaphor
                    and not i.possessive
                    and i.entity.kind not in ("person", "state", "place")
                    and i not in subjects
                ][:1]
            if _STRUCK.match(match.group(0)) or (
                _MOVED.match(match.group(0)) and not re.search(r"\b(?:its|their)\b", match.group(0))
            ):
                # "the Rhodesian forces attacked Chimoio": only the name right before the verb
                subjects = [
                    i
                    for i in subjects
                    if i.start >= 0
                    and i.end <= match.start()
                    and _AUXILIARIES.fullmatch(self.text[i.end : match.start()])
                ]
            camp = _NAMED_CAMP.search(match.group(0))
            if camp is not None and camp.end() == len(match.group(0)):
                # "paratroopers attacked the SWAPO camp at Cassinga": the camp's owner is there
                subjects += [
                    i
                    for i in self._orgs()
                    if i.end == match.start() + camp.start() - 1
                    and match.start() < i.start
                    and not i.anaphor
                    and not i.possessive
                    and i not in subjects
                ]
            region = self._in(self.regions, match.start())
            if (
                region is not None
                and re.search(r"\s[A-Z][\w'’-]*$", self.text[: region[0]])
                and not any(i.end == region[0] for i in self.items)
                # "near the border with Niger, where it controls ...": a place before "where"
                and not re.match(r"[,\s—–]*where\b", self.text[region[0] :])
            ):
                continue  # "and 5 Segonn, whose stronghold is X": a name no one knows yet
            if (
                subjects == [self.fallback]
                and re.match(
                    r"(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*(?:,|\s(?:is|was|are|were|has|"
                    r"had|have|remained|remains|stayed|stays|held|holds|controlled|controls)\b)",
                    self.text,
                )
                and not any(i.start <= 4 for i in self.items)
            ):
                continue  # "The Palestinian Authority, which governs ...": an unknown subject
            if (
                subjects == [self.fallback]
                and (indefinite := _INDEFINITE_GROUP.search(self.text, 0, match.start()))
                is not None
                and not any(
                    indefinite.start() <= i.start < match.start()
                    and i.entity.kind not in ("person", "place")
                    for i in self.items
                )
            ):
                continue  # "In 2015 a coalition led by X entered Lindi": no group named there
            if subjects == [self.fallback] and any(
                i.entity.kind == "person" and i.start <= 4 and i.end <= match.start()
                for i in self.items
            ):
                continue  # "Jalaluddin himself withdrew to North Waziristan": a person moved
            for subject in subjects:
                if self.negated(subject.end if subject.end <= match.start() else 0, match.end()):
                    continue
                for place in places:
                    yield Fact(
                        subject,
                        "operates_in",
                        place,
                        hedged=self.hedged,
                        cue=(min(subject.start, match.start()), max(subject.end, place.end)),
                    )

    def _based_places(self) -> Iterator[Fact]:
        """'the Idlib-based Hay'at Tahrir al-Sham', 'Rada, a Tripoli-based militia'."""
        for match in _PLACE_BASED.finditer(self.text):
            words = match.group(1).split()
            if words[0].casefold() in STOP_CAPITALS:
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            name_start = match.end(1) - len(name)
            if any(
                i.start <= match.start() < i.end and i.entity.kind != "place" for i in self.items
            ):
                continue
            after = next(
                (
                    i
                    for i in self._orgs()
                    if i.start >= match.end()
                    and _BASED_GAP.fullmatch(self.text[match.end() : i.start])
                ),
                None,
            )
            noun = re.match(
                # "the TPLF, the Tigray-based party": a party is placed as a group is
                r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _GROUP_NOUNS + r"|part(?:y|ies)\b|gangs?\b)",
                self.text[match.end() :],
            )
            subject = after
            if subject is None and noun is not None:
                subject = self.subject_before(match.start())
            if subject is None:
                continue
            place = Item(name_start, match.end(1), name, self.entities.place(name), surface=name)
            yield Fact(
                subject,
                "operates_in",
                place,
                hedged=self.hedged,
                cue=(min(subject.start, match.start()), max(subject.end, match.end())),
            )

    def _located_names(self) -> Iterator[Fact]:
        """'missiles hit the PDKI in Koya', 'the Romulo Jallores Command in Bicol': a group
        and the place a locative phrase right after its name puts it in."""
        orgs = self._orgs()
        for item in orgs:
            if item.anaphor or item.possessive or item.entity.kind in ("place", "state"):
                continue
            located = _LOCATED_AT.match(self.text, item.end)
            if located is None:
                continue
            if not re.match(r"[A-Z0-9]", item.text.split()[-1]):
                continue  # "an Islamic state in Indonesia": a phrase, not the group
            first = item
            while (
                listed := next(
                    (
                        i
                        for i in orgs
                        if re.fullmatch(
                            r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?",
                            self.text[i.end : first.start],
                        )
                    ),
                    None,
                )
            ) is not None:
                first = listed  # "against JAS and ISWAP in Borno State": the list's head
            before = self.text[max(0, first.start - 60) : first.start]
            if _NOT_LOCATED_AFTER.search(before) or _TALKS.search(before):
                continue
            places = self.places_after(located.end())
            if not places or self.negated(item.start, places[-1].end):
                continue
            if name_key(places[0].text) in _CONTINENTS:
                continue  # "the strongest affiliate of the Islamic State in Africa"
            if item.entity.gazetteer_id is None and (
                (
                    name_key(places[0].text) in known_places()
                    and re.search(r"\s(?:for|of)\s", item.text)
                )
                or re.match(r"\s*\(", self.text[places[-1].end :])
            ):
                # "the Front for Democracy in Burundi", "the UN Mission in Mali (MINUSMA)": a
                # name that goes on past what the name patterns found
                continue
            for place in places:
                yield Fact(
                    item,
                    "operates_in",
                    place,
                    hedged=self.hedged,
                    cue=(item.start, place.end),
                )

    def _fronted_places(self) -> Iterator[Fact]:
        """'In Ituri, CODECO controls large rural areas', 'Across the Lake Chad basin, ISWAP
        has established itself as the dominant force': a place that opens the sentence and a
        group whose clause says it is present there."""
        lead = _FRONTED_PLACE.match(self.text)
        if lead is None:
            return
        places = self.places_after(lead.end())
        if not places:
            return
        end = places[-1].end
        noun = _PLACE_NOUN.match(self.text, end)
        comma = re.compile(r",\s+(?:the\s+)?").match(self.text, noun.end() if noun else end)
        if comma is None:
            return
        start = comma.end()
        first = next((i for i in self._orgs() if i.start == start and not i.possessive), None)
        if first is None and lead.group("participle"):
            # "Based in Busra al-Sham, the brigade announced ...": the group called back
            first = next(
                (
                    i
                    for i in self._orgs()
                    if i.anaphor and not i.possessive and i.start < start <= i.end
                ),
                None,
            )
            start = first.start if first is not None else start
        if first is None:
            return
        clause = _CLAUSE_END.split(self.text[start:], maxsplit=1)[0]
        verb = _PRESENCE.search(clause)
        if lead.group("participle"):
            after = first.end
        elif verb is None or _FINITE.search(clause[: verb.start()]):
            return
        else:
            after = start + verb.start()
        if self.negated(start, start + len(clause)):
            return
        # "In the Diffa region, Boko Haram and its rival, ISWAP, remain active": every one named
        subjects = [
            i
            for i in self._orgs()
            if start <= i.start and i.end <= after and not i.possessive and not i.anaphor
        ] or [first]
        for subject in subjects:
            for place in places:
                yield Fact(
                    subject,
                    "operates_in",
                    place,
                    hedged=self.hedged,
                    cue=(lead.start(), after + len(clause)),
                )

    def _state_backers(self) -> Iterator[Fact]:
        """'a militia backed by Iran', 'raised with money from the United Arab Emirates', 'the
        UAE-backed Security Belt': a state that backs a group (a country is no actor item)."""
        backed_by, modifier = _state_backing()
        for match in backed_by.finditer(self.text):
            if self.negated(0, match.end()):
                continue
            subject = self._fronted_subject(match.start()) or self.subject_before(match.start())
            if subject is None and not self.text[: match.start()].strip(" *-•"):
                subject = self.fallback  # "Backed by Iraq and Libya." in a group's entry
            if subject is None or subject.entity.kind in ("person", "place", "state"):
                continue
            if 0 <= subject.end <= match.start() and not _BACKED_GAP.fullmatch(
                self.text, subject.end, match.start()
            ):
                continue  # "listed on a request backed by China": the request was backed
            states = [(match.start("state"), match.end("state"))]
            while more := _AND_STATE.match(self.text, states[-1][1]):
                if more.group(1) not in countries():
                    break
                states.append((more.start(1), more.end(1)))
            for state_start, state_end in states:
                yield Fact(
                    subject,
                    "affiliated_with",
                    self._state_item(state_start, state_end),
                    hedged=self.hedged,
                    cue=(min(max(subject.start, 0), match.start()), state_end),
                )
        for match in modifier.finditer(self.text):
            described = next(
                (
                    i
                    for i in self._orgs()
                    if i.start >= match.end()
                    # (not "UAE-backed forces drove AQAP out": the forces are the backed ones)
                    and re.fullmatch(
                        r"\s*(?:(?!(?:forces|fighters|troops|units|militias|militiamen|men)\b)"
                        r"[a-z][\w-]*\s+)?",
                        self.text[match.end() : i.start],
                    )
                ),
                None,
            )
            if (
                described is None
                and re.match(
                    # "an Iran-backed Islamist movement": a capitalised describing word too
                    r"\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?" + _GROUP_NOUNS,
                    self.text[match.end() :],
                )
                and re.search(
                    # "X, a Rwanda-backed militia", "X is an Iran-backed organization"
                    r"(?:,|\b(?:is|was|are|were|remains|became))\s*(?:the|an?)\s+$",
                    self.text[: match.start()],
                )
            ):
                described = self.subject_before(match.start())
            if described is None or described.entity.kind in ("person", "place", "state"):
                continue
            state = self._state_item(match.start("state"), match.end("state"))
            yield Fact(
                described,
                "affiliated_with",
                state,
                hedged=self.hedged,
                cue=(min(described.start, match.start()), max(described.end, match.end())),
            )

    def _founded_head(self, subject: Item, cue_start: int, cue: str) -> int | None:
        """Where the noun phrase a founding belongs to ends, when the name before the cue is
        not what was founded: 'a multi-confessional force that Hezbollah set up in 1997',
        'armed cells linked to Fatah that first appeared in 2000', 'the Northern Alliance, a
        bloc it formed in 2016' (not 'announced that the JRA was disbanded')."""
        if not 0 <= subject.end <= cue_start:
            return None
        before = self.text[: subject.start]
        between = self.text[subject.end : cue_start]
        if (
            not subject.anaphor
            and re.fullmatch(r"\s*", between)
            and not re.match(r"\s*(?:was|were|is|are|had|has|have|been)\b", cue, re.I)
            and (
                relative := re.search(
                    r"\b(?:force|group|militia|unit|faction|wing|body|army|front|movement|party|"
                    r"organi[sz]ation|coalition|alliance|network|brigade|battalion|outfit|"
                    r"council|committee)s?\s+(?:(?:that|which)\s+(?:the\s+)?|"
                    # "National Corps, the political party Biletsky founded in 2016"
                    + (r"(?=\S)" if subject.entity.kind == "person" else r"(?!)")
                    + r")$|"
                    # "the ESN, the armed wing IPOB launched in 2020" (a wing is no name's kind)
                    r"\b(?:armed|military|militant|paramilitary)\s+(?:wing|arm)\s+(?:the\s+)?$",
                    before,
                )
            )
        ):
            return relative.start() + len(relative.group().split()[0])
        tied = re.search(
            r"\b(?:linked|loyal|tied|close|affiliated|aligned|attached|connected|allied)\s+"
            r"(?:to|with)\s+(?:the\s+)?$",
            before,
        )
        if tied is not None and re.fullmatch(
            r"\s+(?:that|which)\s+(?:first\s+|originally\s+|initially\s+)?", between
        ):
            return tied.start()
        bloc = re.search(
            r",\s*(?:an?|the)\s+(?:[a-z][\w-]*\s+)?(?:bloc|coalition|alliance|front|platform|"
            r"umbrella|grouping|group|movement|militia|force)\s+(?:(?:that|which)\s+)?$",
            before,
        )
        if bloc is not None and subject.anaphor and subject.text.casefold() in ("it", "they"):
            return bloc.start() + 1
        return None

    def _state_item(self, start: int, end: int) -> Item:
        name = self.text[start:end]
        entity = Entity(f"fm:{slug(name)}", name, "state", keys={name_key(name)})
        return Item(start, end, name, entity, surface=name)

    def _entry_notes(self) -> Iterator[Fact]:
        """'**Eighth Brigade** – Daraa; commander Ahmad al-Awda; dissolved April 2025': a
        who's-who entry, a name, a dash and terse notes, each a place or a title and a name."""
        head = _ENTRY_NOTES_HEAD.match(self.text) or (
            _ENTRY_NOTES_BULLET.match(self.text) if self.bullet else None
        )
        if head is None:
            return
        group = next(
            (i for i in self._orgs() if i.start == head.end("name") and not i.anaphor), None
        )
        if group is None or group.entity.kind == "place":
            return
        lead = _ENTRY_NOTES_DASH.match(self.text, group.end)
        if lead is None:
            return
        cursor = lead.end()
        for note in re.finditer(r"[^;]+", self.text[cursor:]):
            start = cursor + note.start() + len(note.group()) - len(note.group().lstrip())
            end = cursor + note.end()
            body = self.text[start:end].rstrip(" .")
            end = start + len(body)
            if not body:
                continue
            dated = _NOTE_DATED.match(self.text, start, end)
            date = next((d for d in self._dates if dated and d.start >= dated.end()), None)
            if dated is not None and date is not None and date.end == end:
                # "dissolved April 2025", "founded 2009": a note that dates the entry
                predicate = "dissolved" if dated.group(1) else "founded"
                yield Fact(
                    group,
                    predicate,
                    value=dict(date.value),
                    hedged=self.hedged,
                    cue=(group.start, end),
                )
                continue
            title = self.cues.title.match(self.text, start)
            if title is not None and title.end() < end:
                person = self.person(self.name_run_after(title.end(), max_gap=3))
                if person is not None and re.fullmatch(r"\s*", self.text[person.end : end]):
                    yield Fact(group, "led_by", person, hedged=self.hedged, cue=(group.start, end))
                continue
            places = self.places_after(start)
            if not places or places[0].start != start:
                continue
            rest = self.text[start:end]
            for place in reversed(places):
                rest = rest[: place.start - start] + rest[place.end - start :]
            if re.fullmatch(r"(?:\s*(?:,|/|&|\band\b)\s*)*", rest):
                for place in places:
                    yield Fact(
                        group, "operates_in", place, hedged=self.hedged, cue=(group.start, end)
                    )

    def _where_places(self) -> Iterator[Fact]:
        """'flown in to Tibú, where the Vulcano Task Force has its base', 'in Kidal, where
        the CMA holds sway': a place and the group a relative clause puts there."""
        for where in _WHERE_GROUP.finditer(self.text):
            first = next(
                (i for i in self._orgs() if i.start == where.end() and not i.possessive), None
            )
            if first is None:
                continue
            clause = _CLAUSE_END.split(self.text[first.end :], maxsplit=1)[0]
            verb = _PRESENCE.match(clause, len(clause) - len(clause.lstrip())) or (
                _HAS_ITS_BASE.match(clause)
            )
            if verb is None or self.negated(first.end, first.end + verb.end()):
                continue
            lead = None
            for found in _PLACE_PREPOSITION.finditer(
                self.text, max(0, where.start() - 80), where.start()
            ):
                lead = found
            if lead is None:
                continue
            places = [p for p in self.places_after(lead.end()) if p.end <= where.start()]
            if not places or (
                self.text[places[-1].end : where.start()].strip(" )")
                and not _PLACE_NOUN.fullmatch(self.text[places[-1].end : where.start()])
            ):
                continue
            for place in places:
                yield Fact(
                    first,
                    "operates_in",
                    place,
                    hedged=self.hedged,
                    cue=(lead.start(), first.end + verb.end()),
                )

    def _ideologies(self) -> Iterator[Fact]:
        for match in self.cues.ideology_terms.finditer(self.text):
            start, end = match.start(), match.end()
            if any(i.start <= start < i.end and not i.anaphor for i in self.items):
                continue
            # Widen over neighbouring qualifiers: "Zaydi Shia revivalist", "Marxist-Leninist".
            if re.search(
                r"['’]s\s+(?:[\w-]+\s+)?$|\b[Nn]ot\s+(?:an?\s+|the\s+)?$", self.text[:start]
            ):
                continue  # "Turkey's far-right nationalist party", "was not jihadist"
            if re.search(_OPPOSED_TO_BEFORE, self.text[:start]) or (
                match.group(0).isupper() and len(match.group(0)) > 3
            ):
                continue  # "born to fight jihadism", "FACING THE JIHADIST GROUPS": no creed held
            while True:
                widened = re.search(
                    r"(?:[A-Z][\w’'-]+(?<!['’]s)|ethnic|religious|hardline|radical|militant)\s+$",
                    self.text[:start],
                )
                if (
                    widened
                    and widened.group(0).strip().casefold() not in STOP_CAPITALS
                    and not any(i.start <= widened.start() < i.end for i in self.items)
                ):
                    start = widened.start()
                else:
                    break
            while True:
                more = (
                    self.cues.ideology_terms.match(self.text, end + 1)
                    if self.text[end : end + 1] in (" ", "-")
                    else None
                )
                if more:
                    end = more.end()
                else:
                    break
            after = self.text[end:]
            # "a Shia Islamist political party", "an Islamist and nationalist movement"
            head = self.cues.ideology_heads.match(after.lstrip(" ,"))
            lead = re.match(r"[\s,]*(?:(?:and|or)\s+)?", after)
            offset = lead.end() if lead else 0
            distant_head = False  # "Islamist armed groups": the words describe no one named
            for _ in range(4):
                if head is not None:
                    break
                head = self.cues.ideology_heads.match(after, offset)
                distant_head = head is not None
                word = re.match(r"[A-Za-z][\w-]*\s+", after[offset:])
                if word is None:
                    break
                offset += word.end()
            field_line = re.match(r"^\W*ideolog", self.text, re.IGNORECASE)
            following = self.subject_after(end)
            right_before = following is not None and not self.text[end : following.start].strip()
            # "Its ideology mixes Marxism-Leninism with ...", "describes itself as guided by X"
            professed = _PROFESSED.search(self.text, 0, start)
            if re.search(r"\b(?:rather\s+than|instead\s+of|not)\s+(?:an?\s+)?$", self.text[:start]):
                continue  # "nationalist and Bolivarian rather than Marxist-Leninist"
            # "called itself socialist and secular": a term coordinated with the next one
            conjunction = re.match(r"\s+(?:and|or)\s+", after)
            coordinated = conjunction is not None and bool(
                self.cues.ideology_terms.match(after, conjunction.end())
            )
            # "Marxist-Leninist and obsessively organised, the BR divided ...": a fronted
            # description of the subject after the comma
            fronted = (
                following is not None
                and not self.text[:start].strip(' "“*-•')
                and re.fullmatch(
                    r"[^,.;:()]{0,60},\s*(?:the\s+)?", self.text[end : following.start]
                )
                is not None
            )
            if not (
                head
                or field_line
                or right_before
                or professed
                or coordinated
                or fronted
                or re.match(r"\s*(?:[.,;]|$)", after)
            ):
                continue
            subject = self.subject_before(start)
            if fronted:
                subject = following
            elif re.search(
                r"(?<!guided\s)(?<!inspired\s)(?<!driven\s)(?<!motivated\s)(?<!informed\s)"
                r"(?<!influenced\s)(?<!shaped\s)"
                r"\b(?:with|against|from|by|among|between|to|fought|fight|fights|fighting|"
                r"attacked|rival|rivals|enemy|opposed)\s+(?:the\s+|an?\s+|other\s+|several\s+|"
                r"smaller\s+|rival\s+|local\s+)*$",
                self.text[:start],
                re.I,
            ):
                # "shares the alleys with Islamist groups", "a rival separatist militia, the
                # Fako Mountain Lions": the words describe others, not the clause's subject
                subject = None
            if (
                subject is None
                and head is not None
                and re.search(
                    r"(?:groups|movements|factions|militias|parties|organi[sz]ations|networks)\s*$",
                    head.group(0),
                )
                and not re.match(
                    r"[\s,]*"
                    + re.escape(head.group(0))
                    + r"\s+(?:the\s+|such\s+as\s+|like\s+|including\s+)?[A-Z]",
                    after,
                )
            ):
                continue  # "Nationalist and Islamist groups fought the US-led coalition": unnamed
            near = following is not None and following.start - end < 40
            if re.match(r"\s+in\s+(?:outlook|orientation|ideology|character|inspiration)\b", after):
                # "Aligned with al-Qaeda and Salafi-jihadist in outlook, it has ...": the
                # clause's subject, not the name the participle governs
                subject = following if following is not None else self.fallback
                near = False
            elif (
                head is not None
                and not distant_head
                and re.search(r"(?:^|\W)[Tt]he\s+$", self.text[:start])
                and subject is None
            ):
                # "The Salafi-jihadist group pledged allegiance to al-Qaeda": the group the
                # passage is about, not the name after the verb
                subject = self.fallback
                near = False
            named_after_head = (
                following is not None
                and head is not None
                and re.fullmatch(
                    r"[\s,]*" + re.escape(head.group(0)) + r"\s+(?:the\s+)?",
                    self.text[end : following.start],
                )
            )
            if following is not None and (
                named_after_head or right_before or (subject is None and near)
            ):
                subject = following  # "the Islamist Hamas"
            if subject is None and not distant_head:
                subject = self.fallback
            if subject is None:
                continue
            words = self.text[start:end]
            backed = re.match(
                r"(?-i:[A-Z])[\w.'’]*-(?:backed|sponsored|funded|supported)\s+", words
            )
            if backed is not None:
                # "an Iran-backed Islamist movement": the backer is a tie, not a belief
                start += backed.end()
                words = words[backed.end() :]
                if not words.strip():
                    continue
            yield Fact(
                subject,
                "ideology",
                value={"text": words},
                hedged=self.hedged,
                cue=(min(subject.start, start), max(subject.end, end)),
            )

    def _appositive_names(self) -> Iterator[Fact]:
        """'Saraya al-Quds, or the Al-Quds Brigades, is ...' and 'Hamas, the Islamic
        Resistance Movement, ...' (a second name the gazetteer ties to the same actor)."""
        orgs = [i for i in self._orgs() if not i.anaphor]
        for first, second in itertools.pairwise(orgs):
            gap = self.text[first.end : second.start]
            paren = re.match(r"\s*\([^()]*\)", gap)
            if paren:
                gap = gap[paren.end() :]
            after = self.text[second.end :]
            short, long = (first, second) if is_acronym(first.text) else (second, first)
            closed = re.match(r"\s*(?:,|\(|\s(?:is|was|are|were|has|have|had)\b)", after) or (
                # "... and formed the Zimbabwe African National Union, ZANU."
                (is_acronym(short.text) or second.entity is first.entity)
                and re.match(r"[.;]?\s*$|[.;]\s|\s+[-–—]\s", after)
            )
            # "ZAPU, the Zimbabwe African People's Union", "the Zimbabwe African National
            # Union, ZANU": an acronym and the name it spells, side by side
            spelled = (
                is_acronym(short.text)
                and not is_acronym(long.text)
                and acronym_of(short.text, long.text)
            )
            # "the MIR, the Movement of the Revolutionary Left": an acronym of a name in
            # another language, glossed in English right after it, in no list
            anchor = (
                first
                if is_acronym(first.text)
                else next(
                    (
                        x
                        for x in reversed(orgs)
                        if x.end <= first.start
                        and x.entity.id == first.entity.id
                        and is_acronym(x.text)
                        and re.fullmatch(r"\s*,\s*(?:the\s+)?", self.text[x.end : first.start])
                    ),
                    None,
                )
            )  # "the ERP, the People's Revolutionary Army, Ejército Revolucionario del Pueblo"
            expands = (
                anchor is not None
                and not is_acronym(second.text)
                and len(second.text.split()) >= 3
                and looks_like_org(second.text)
                and second.entity.gazetteer_id is None
                and len(second.entity.keys) <= 1
                and (gap == ", the " or (gap == ", " and anchor is not first))
                and not re.match(r"[^.;]*?\band\s+(?:the\s+)?(?-i:[A-Z])", after)
            )
            # "the Croatian Defence Council, the HVO, was formed": an acronym of the name in
            # its own language, set off after the English name, not the next of a list
            native = (
                second is short
                and is_acronym(second.text)
                and not is_acronym(first.text)
                and len(first.text.split()) >= 3
                and looks_like_org(first.text)
                and first.entity.gazetteer_id is None
                and gap == ", the "
                and re.match(r"\s*(?:,\s*(?!(?:and|or|the)\b)|[.;:]?\s*$|[.;:]\s)", after)
                is not None
                and not re.match(r"\s*,\s*(?-i:[A-Z])[^,]*\s(?:and|or)\s", after)
            )
            spelled = spelled or expands or native
            listed = re.search(r"(?:,|\band)\s*(?:the\s+)?$", self.text[: first.start])
            same = second.entity is first.entity and second.text.casefold() != first.text.casefold()
            dashed = re.fullmatch(r"\s+[-–—]\s+(?:the\s+)?", gap) is not None
            # "Saraya al-Mukhtar – the al-Mukhtar Brigades, in English – is ...", "Saraya
            # al-Ashtar – AAB in our paperwork – ...": a second name set off by dashes
            dashed_end = _DASHED_NAME_END.match(after)
            aside = (
                re.fullmatch(r"\s+[–—]\s+(?:the\s+)?", gap) is not None
                and not second.possessive
                and dashed_end is not None
                # the same name: an acronym, a translation of a name in another language, or
                # one that shares a word ("Saraya al-Mukhtar – the al-Mukhtar Brigades")
                and (
                    is_acronym(second.text)
                    or _FOREIGN_NAME.match(first.text) is not None
                    or PARTICLE_OPENER.search(first.text) is not None
                    or bool(_name_words(first.text) & _name_words(second.text))
                )
            )
            closed = closed or (dashed_end if aside else None)
            if not closed or (listed and not spelled and not (same and dashed)):
                continue  # "A, B, or C" is a list, not a second name
            if not (
                re.fullmatch(r",\s+or\s+(?:the\s+)?", gap)
                or ((same or spelled) and gap in (", the ", ", "))
                # "set up ARDE - the Alianza Revolucionaria Democrática, or ..."
                or (
                    (spelled or same)
                    # "the Fuerza Democrática Nicaragüense - Nicaraguan Democratic Force"
                    and re.fullmatch(r"\s+[-–—]\s+(?:the\s+)?", gap) is not None
                )
                or aside
            ):
                continue
            redefined = (
                is_acronym(short.text)
                and short.entity.gazetteer_id is not None
                and long.entity.gazetteer_id is None
                and short.entity.gazetteer_id not in self.entities.gazetteer.lookup(long.text)
            )
            if redefined:
                # "FLN - Forces of National Liberation": the text's own FLN, not the
                # gazetteer's
                self.entities.merge(long.entity, short.entity, redefine=True)
                yield self._also_named(long, short.text, (first.start, second.end))
                continue
            if (spelled or aside) and not self.entities.merge(first.entity, second.entity):
                continue  # two actors the gazetteer keeps apart
            yield self._also_named(first, second.text, (first.start, second.end))

    def _led_in_relative(self) -> Iterator[Fact]:
        """'the PDLP, the guerrilla movement that the schoolteacher Lucio Cabañas had led',
        'the faction that Kanza commands': a leader named inside a relative clause."""
        for match in _LED_IN_RELATIVE.finditer(self.text):
            span = self.name_run_after(match.end("lead"), max_gap=0)
            if span is None or not _RELATIVE_LEAD_VERB.match(self.text, span[1]):
                continue  # the verb first: a name is only resolved when it leads
            person = self.person(span)
            if person is None or self.text[match.end("lead") : person.start].strip():
                continue
            group = next(
                (
                    i
                    for i in reversed(self._orgs())
                    if i.end <= match.start()
                    and not i.anaphor
                    and _RELATIVE_HEAD_GAP.fullmatch(self.text, i.end, match.start())
                ),
                None,
            )
            if group is None or self.negated(group.start, person.end):
                continue
            yield Fact(group, "led_by", person, hedged=self.hedged, cue=(group.start, person.end))

    def _coalitions_own(self) -> Iterator[Fact]:
        """'the SDF's Manbij Military Council': a group named as a coalition's own; 'the
        PMF's 14th Brigade', 'the KNLA's 5th Brigade': a numbered unit, part of its owner."""
        for owner in self._orgs():
            if owner.anaphor or not owner.possessive:
                continue
            owned = next(
                (
                    i
                    for i in self._orgs()
                    if re.fullmatch(r"['’]s?\s+", self.text[owner.end : i.start])
                    and not i.anaphor
                    and i.entity is not owner.entity
                    and i.entity.kind not in ("coalition", "state")
                ),
                None,
            )
            if owned is None or self.negated(0, owned.end):
                continue
            head = owned.text.split()[-1].casefold()
            if NUMBERED_UNIT.fullmatch(owned.text) or (
                # "the UDA's West Belfast Brigade", "the SNA's Third Legion": a named unit
                {head, head[:-1]} & _OWNED_UNIT_HEADS
                and owned.entity.gazetteer_id is None
                and owner.entity.kind in ("armed_group", "movement", "coalition")
                and self.text[owned.start - 1] != "s"  # "the Kurds' ...": a people's
            ):
                predicate = "part_of"
            elif owner.entity.kind == "coalition":
                predicate = "member_of"
            else:
                continue
            yield Fact(owned, predicate, owner, hedged=self.hedged, cue=(owner.start, owned.end))

    def _leaders_by_name(self) -> Iterator[Fact]:
        """'Gulbuddin Hekmatyar's Hezb-e Islami', 'the Badr Organization of Hadi al-Amiri',
        'the Mai-Mai Yakutumba of William Amuri Yakutumba': a group named by its leader."""
        for item in self._orgs():
            if item.anaphor:
                continue
            person = None
            owner = re.search(r"['’]s\s+$", self.text[: item.start])
            if owner is not None:
                span = self.name_run_before(owner.start())
                # "Bishop Abel Muzorewa's African National Council": the name, not the title
                person = self.person(_without_titles(self.text, *span) if span else None)
            # "the LNA of eastern commander Khalifa Haftar": a common title before the name
            of = re.match(
                r"(?:\s*\([^()]{1,20}\))?\s+of\s+(?:(?:[a-z-]+\s+){0,2}?(?:commander|strongman|"
                r"warlord|leader|chief|general|marshal|cleric|preacher|kingpin|boss|president|"
                r"businessman|politician)\s+)?(?=[A-Z])",
                self.text[item.end :],
            )
            if person is None and of is not None and not item.possessive:
                span = self.name_run_after(item.end + of.end(), max_gap=0)
                person = (
                    self.person(span)
                    if span
                    and len(self.text[span[0] : span[1]].split()) > 1
                    # "the Diponegoro Division of Central Java": a region, not its leader
                    and self.text[span[0] : span[1]].split()[0].casefold() not in _COMPASS_WORDS
                    and name_key(self.text[span[0] : span[1]]) not in known_places()
                    else None
                )
            if person is None or self.negated(0, item.end):
                continue
            yield Fact(
                item,
                "led_by",
                person,
                hedged=self.hedged,
                cue=(min(item.start, person.start), max(item.end, person.end)),
            )

    def _splinters_named(self) -> Iterator[Fact]:
        """'One AFRC splinter, the West Side Boys, ...', 'the Kalia Front, an ULFA offshoot':
        a group's name or acronym used as a modifier of 'splinter' names the original."""
        orgs = [i for i in self._orgs() if not i.anaphor]
        for match in _SPLINTER_OF.finditer(self.text):
            original = next((i for i in orgs if i.start == match.start("original")), None)
            if original is None:
                continue
            after = re.match(r",\s+(?:the\s+)?", self.text[match.end() :])
            before = re.search(r"(?:\([^()]*\)\s*)?,\s+$", self.text[: match.start()])
            splinter = None
            if after is not None:
                splinter = next((i for i in orgs if i.start == match.end() + after.end()), None)
            if splinter is None and before is not None:
                splinter = next((i for i in orgs if i.end == before.start()), None)
            if splinter is None or splinter.entity is original.entity:
                continue
            if self.negated(0, match.end()):
                continue
            yield Fact(splinter, "split_from", original, hedged=self.hedged, cue=match.span())

    def _modifier_ties(self) -> Iterator[Fact]:
        """'the al-Qaeda-affiliated coalition', 'JNIM, the al-Qaeda-linked group': a tie
        stated by a hyphenated modifier, about the actor the phrase describes."""
        for item in self._orgs():
            tie = _MODIFIER_TIE.match(self.text, item.end)
            if tie is None or item.anaphor:
                continue
            predicate = "allied_with" if tie.group(1).casefold() == "allied" else "affiliated_with"
            described = next(
                (
                    i
                    for i in self._orgs()
                    if i.start >= tie.end()
                    and re.fullmatch(r"\s*(?:[a-z][\w-]*\s+){0,2}", self.text[tie.end() : i.start])
                ),
                None,
            )
            group_noun = re.match(
                r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _GROUP_NOUNS, self.text[tie.end() :]
            )
            apposition = re.search(r",\s*(?:the|an?)\s+$", self.text[: item.start])
            if described is None and group_noun and apposition:
                described = self.subject_before(item.start)
            if described is None or described.entity is item.entity:
                continue
            yield Fact(
                described,
                predicate,
                item,
                hedged=self.hedged,
                cue=(min(described.start, item.start), max(described.end, tie.end())),
            )

    def _attributive_ties(self) -> Iterator[Fact]:
        """'The Yarmouk Army, a Southern Front faction', 'Katiba Macina, the JNIM component',
        'X is an al-Qaeda affiliate': a tie stated by a name used as a modifier."""
        orgs = [i for i in self._orgs() if not i.anaphor]
        for owner in orgs:
            noun = self._attributive(owner)
            if noun is None or owner.possessive:
                continue
            lead = re.search(
                r"(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:is|was|are|were|remains|became|as)\s+"
                r"(?:(?:now|also|still|formally|officially)\s+)?"
                # "the PAFF, which Indian officials describe as a JeM proxy"
                r"|\s*,\s*(?:which|whom)\s+(?:[\w'’-]+\s+){0,4}?(?:describes?|described|calls?|"
                r"called|considers?|considered|regards?|regarded|sees|saw|labels?|labell?ed|brands?|"
                r"branded|views?|viewed)(?:\s+as)?\s+)(?:the|a|an|one|another)\s+"
                # "X, an elite Hamas unit", "Y, the main JNIM component", "another Zetas splinter"
                r"(?:(?!(?:of|in|and|with|for|from|by|to|who|which|that)\s)(?-i:[a-z][\w'’-]*)\s+){0,2}$",
                self.text[: owner.start],
            )
            fronted = (
                # "A second KNU armed wing, the KNDO, ... fights alongside the KNLA"
                re.match(r"\s*,\s*(?:the\s+)?", self.text[noun.end() :])
                if lead is None
                and re.fullmatch(
                    r"\W*(?:The|A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}",
                    self.text[: owner.start],
                )
                else None
            )
            if fronted is not None:
                at = noun.end() + fronted.end()
                described = next((i for i in orgs if i.start == at), None)
            elif lead is None:
                continue
            else:
                described = next((i for i in reversed(orgs) if i.end == lead.start()), None)
            if described is None or described.entity is owner.entity or described.possessive:
                continue
            word = noun.group("noun").casefold()
            if word in ("member", "members", "constituent"):
                predicate = "member_of"  # "an LNC member": a member, whatever the body is
            elif word in ("faction", "factions", "brigade", "division"):
                predicate = "member_of" if owner.entity.kind == "coalition" else "part_of"
            elif word in ("affiliate", "franchise", "proxy"):
                predicate = "affiliated_with"
            elif word in ("splinter", "offshoot"):
                predicate = "split_from"
            elif word in ("ally", "partner"):
                predicate = "allied_with"
            elif word in ("wing", "arm"):
                predicate = "armed_wing_of" if noun.group("armed") else ""
            else:
                predicate = "part_of"
            if not predicate or self.negated(described.end, owner.start):
                continue
            yield Fact(
                described,
                predicate,
                owner,
                hedged=self.hedged,
                cue=(described.start, noun.end()),
            )

    def _called_names(self) -> Iterator[Fact]:
        """'Local media also call the brigades the Jerusalem Brigades', 'residents call it X'."""
        for match in _CALL_IT.finditer(self.text):
            article = re.match(r"the\s+", self.text[match.end() :])
            at = match.end() + (article.end() if article else 0)
            named = next((i for i in self._orgs() if i.start in (match.end(), at)), None)
            if named is None:
                continue
            span = self._alias_span(named.end)
            if span is None or span[0] - named.end > 6:
                continue
            name = self.text[span[0] : span[1]]
            yield self._also_named(named, name, (match.start(), span[1]))

    def bracketed_aliases(self) -> Iterator[Fact]:
        """'the African National Congress (ANC)': the other names in brackets after a name,
        in running text and in an infobox's values alike."""
        for item in self._orgs():
            if item.anaphor:
                continue
            paren = re.match(r"[*_\"”’']*\s*\(([^()]{1,200})\)", self.text[item.end :])
            if paren:
                yield from self._parenthetical(
                    item, item.end + paren.start(1), item.end + paren.end(1)
                )
                # "the PFLP (الجبهة الشعبية ...)" after "(PFLP)": a second bracket goes on
                again = re.match(r"\s*\(([^()]{1,200})\)", self.text[item.end + paren.end() :])
                if again:
                    at = item.end + paren.end()
                    yield from self._parenthetical(item, at + again.start(1), at + again.end(1))
            elif square := _TRANSLATOR_BRACKET.match(self.text, item.end):
                # a translated report's own words in square brackets: "the Tontons Macoutes
                # [Volontaires de la sécurité nationale, VSN]" (not the translator's "— Tr.")
                end = square.end(1)
                if note := re.search(r"\s*[—–-]\s*Tr(?:ans)?\.?\s*$", square.group(1)):
                    end = square.start(1) + note.start()
                yield from self._parenthetical(item, square.start(1), end)
            elif (
                is_acronym(item.text)
                and (dashed := _SPELLED_AFTER_DASH.match(self.text, item.end))
                and spelled_out(item.text, dashed.group(1))
            ):
                # "EOKA — Ethniki Organosis Kyprion Agoniston, ...": the name spelled out
                yield Fact(
                    item,
                    "alias",
                    value={"text": dashed.group(1)},
                    hedged=self.hedged,
                    cue=(item.start, dashed.end(1)),
                )
        yield from self._glossed_native_names()

    def _glossed_native_names(self) -> Iterator[Fact]:
        """'drew cadres from the Pahari Chhatra Sangh (Hill Students' Council)': a name in
        another language that no rule knows, glossed by an English name in brackets, is that
        group's other name."""
        for item in self._orgs():
            if (
                item.anaphor
                or item.possessive
                or not re.search(r"\(\s*[\"“]?$", self.text[: item.start])
                or not re.match(r"[\"”]?\s*\)", self.text[item.end :])
                or len(item.text.split()) < 2
            ):
                continue
            bracket = self.text.rindex("(", 0, item.start)
            span = self.name_run_before(bracket)
            if span is None or span[1] < len(self.text[:bracket].rstrip()):
                continue
            language = re.match(r"(\S+)\s+", self.text[span[0] : span[1]])
            if language is not None and language.group(1).casefold() in LANGUAGES:
                span = (span[0] + language.end(), span[1])  # "in Arabic al-Majlis ...": the name
            name = self.text[span[0] : span[1]]
            words = name.split()
            if (
                len(words) < 2
                # "Front de libération du Québec": a run from inside a word is no name
                or (span[0] > 0 and self.text[span[0] - 1].isalpha())
                or any(i.start < span[1] and span[0] < i.end for i in self.items)
                or any(
                    w.casefold() in STOP_CAPITALS or w.casefold() in PERSON_TITLES for w in words
                )
                or any(
                    w.casefold() in ORG_HEADS
                    or w.casefold() in _GENERIC_PLACE_WORDS
                    or w.casefold() in MONTHS
                    for w in words
                )
                or name_key(name) in known_places()
            ):
                continue
            yield Fact(
                item,
                "alias",
                value={"text": name},
                hedged=self.hedged,
                cue=(span[0], item.end),
            )

    def _aliases(self) -> Iterator[Fact]:
        yield from self._called_names()
        yield from self.bracketed_aliases()
        yield from self._person_parentheticals()
        yield from self._comma_bynames()
        yield from self._inner_bynames()
        yield from self._many_names()
        yield from self._native_appositions()
        yield from self._native_script_appositions()
        yield from self._dash_glossary_entry()
        for match in self.cues.alias.finditer(self.text):
            span = self._alias_span(match.end())
            if span is None:
                continue
            if re.match(r"(?:its|their)\b", self.text[match.start() :], re.IGNORECASE):
                # "Its name translates as ...": the group the pronoun points to
                subject = next(
                    (i for i in self.items if i.start == match.start() and i.anaphor), None
                ) or (self.fallback if match.start() < 30 else None)
            elif not self.text[: match.start()].strip():
                # "Known informally as al-Amshat, it is led by ...": the subject follows; a
                # factbox line "Formally the Vanguards of ..." renames its heading's group
                named = re.match(r"[\"”]?\s*,\s*", self.text[span[1] :])
                # 'Known underground as "comandante Marcial", Carpio turned ...': the person
                person = (
                    self.person(self.name_run_after(span[1] + named.end(), max_gap=0))
                    if named
                    else None
                )
                subject = (
                    person
                    or self.subject_after(span[1])
                    or (self.fallback if not self.text[span[1] :].strip(" .;") else None)
                )
            elif re.match(r"refer", match.group(0), re.IGNORECASE):
                # "state media refer to the group as "Shene"": the group the words point to
                subject = next(
                    (i for i in self.items if match.start() <= i.start < match.end()), None
                )
            elif (
                "became" in match.group(0)
                or re.match(r"(?:transform|turned|convert|reconstitut)", match.group(0), re.I)
                or (
                    re.match(
                        r"(?:reappeared|re-emerged|resurfaced|re-formed|relaunched|re-launched|regrouped|"
                        r"reconstituted|was|were|been|to\s+become|began|begun|started)\b(?!\s+born)",
                        match.group(0),
                        re.IGNORECASE,
                    )
                    # "Karuna's followers regrouped as the TMVP": a new group, not a new name
                    and not re.search(
                        r"['’]s\s+(?:[a-z]+\s+)?(?:followers|men|supporters|loyalists|faction|fighters|"
                        r"partisans|camp)\s*$",
                        self.text[: match.start()],
                    )
                )
            ):
                # "ABM pledged allegiance to al-Baghdadi and became Wilayat Sinai": the clause's
                # subject was renamed, not the person just named
                subject = self.subject_before(match.start())
            else:
                subject = self.person_just_before(match.start()) or self._alias_subject(
                    match.start()
                )
            if subject is None:
                continue
            if re.search(
                r"\b(?:which|that)\s+(?:it|they|the\s+(?:group|militants|rebels|insurgents))\s+$",
                self.text[: match.start()],
            ):
                continue  # "took the town of Jaar, which it renamed the Emirate of Waqar"
            if re.search(r"\b(?:itself|themselves)\b", match.group(0)) and re.match(
                rf"\W*{_UNNAMED_FACTION}\b[^.;]*\b(?:broke|split|splintered|seceded)\b",
                self.text[: match.start()],
            ):
                continue  # "A faction ... broke off from Y, calling itself Z": Z is a new group
            if re.search(r"\b(?:itself|themselves)\b", match.group(0)) and re.search(
                r"\b(?:broke|broken|split|splintered|seceded|defected|walked\s+out)\s+"
                r"(?:away\s+|off\s+)?from\s+(?:the\s+)?$",
                self.text[: subject.start],
            ):
                # "the fronts that stayed broke away from the EMC and now call themselves the
                # EMBF": the name of those who left, a group that split from the EMC
                newcomer = next(
                    (i for i in self._orgs() if i.start == span[0] and not i.anaphor), None
                )
                if newcomer is not None and newcomer.entity is not subject.entity:
                    yield Fact(
                        newcomer,
                        "split_from",
                        subject,
                        hedged=self.hedged,
                        cue=(subject.start, newcomer.end),
                    )
                continue
            name = self.text[span[0] : span[1]]
            if subject.start <= span[0] < subject.end or name_key(name) == name_key(subject.text):
                continue
            if re.fullmatch(r"[a-z][a-z\s-]*", name) and re.match(r"refer", match.group(0), re.I):
                continue  # 'officials referred to the NLA as "terrorists"': a label, no name
            if match.group(0).casefold() == "or" and not (
                # "the Haqqani network, or HQN": the name itself or its letters, nothing listed
                re.fullmatch(r"\s*(?:\([^()]*\))?\s*,\s*", self.text[subject.end : match.start()])
                and (
                    (
                        not is_acronym(name)
                        and self.text[subject.end : match.start()].lstrip().startswith("(")
                    )
                    or acronym_fits(name, subject.text)
                )
            ):
                continue
            yield self._also_named(subject, name, (min(subject.start, match.start()), span[1]))
            # "known as ISKP or ISIS-K": one more short form, and the sentence goes on no further
            other = re.match(
                r"\s+or\s+(?=[A-Z][A-Za-z-]*[A-Z]\b\s*(?:[.,;)]|$))", self.text[span[1] :]
            )
            if other is not None and is_acronym(name) and match.group(0).casefold() != "or":
                more_span = self._alias_span(span[1] + other.end())
                if more_span is not None:
                    more_name = self.text[more_span[0] : more_span[1]]
                    yield self._also_named(
                        subject, more_name, (min(subject.start, match.start()), more_span[1])
                    )
            while re.search(r"names\b", match.group(0)) and (
                more := _NEXT_LISTED_NAME.match(self.text, span[1])
            ):
                # "other cover names, among them the "3 October Organization" and the "Orly
                # Group"": every name the list gives
                span = self._alias_span(more.end())
                if span is None:
                    break
                name = self.text[span[0] : span[1]]
                yield self._also_named(subject, name, (min(subject.start, match.start()), span[1]))

    def _person_parentheticals(self) -> Iterator[Fact]:
        """'Doku Umarov (Доку Умаров)', 'Ismael Abubakar ("Imam Bongos")': a person's name in
        their own script, or a quoted by-name, in brackets after the name."""
        people = [i for i in self.items if i.entity.kind == "person" and not i.anaphor]
        for bracket in re.finditer(r"\s*\(", self.text):
            # "to his son Arshad Pappu (sometimes spelt Arshad Pappoo)": a person no cue read
            span = self.name_run_before(bracket.start())
            if (
                span is None
                or any(i.start <= span[0] < i.end for i in self.items)
                or _PLACE_LIKE_NAME.fullmatch(self.text[span[0] : span[1]])
                or any(
                    name_key(word) in known_places() or word.casefold() in _COMPASS_WORDS
                    for word in self.text[span[0] : span[1]].split()
                )
                or re.search(r"-based\b", self.text[span[0] : span[1]])
                or " " not in self.text[span[0] : span[1]]
            ):
                continue  # "Mount Sinjar (...)", "South Celebes (...)": places, no people
            person = self.person(span)
            if person is not None and person.entity.kind == "person" and person.text.count(" "):
                people.append(person)
        for item in people:
            paren = _PERSON_PAREN.match(self.text, item.end)
            if paren is None or _PLACE_LIKE_NAME.fullmatch(item.text):
                continue
            if re.search(
                _PLACE_PREPOSITION_BEFORE, self.text[max(0, item.start - 12) : item.start]
            ):
                continue  # "checkpoints around Tel Keppe (also written Tel Kaif)": a place
            group = next(
                g for g in ("byname", "kunya", "quoted", "native", "spelled") if paren.group(g)
            )
            name, start = paren.group(group), paren.start(group)
            if not name or name == item.text:
                continue
            if (
                group == "spelled" or (group == "byname" and paren.group("variant"))
            ) and fuzz.ratio(unidecode(name).casefold(), unidecode(item.text).casefold()) < 60:
                continue  # "Ali Ahmeti (DUI)", "Joseph Kony (LRA)": not the same name
            yield self._also_named(item, name, (item.start, start + len(name)))
            second = paren.group("second") if group == "byname" else None
            if second and second != item.text:
                yield self._also_named(item, second, (item.start, paren.end("second")))
        for born in _BORN_AS.finditer(self.text):
            # "the young Chin Peng (born Ong Boon Hua in Sitiawan)": a person, however little
            # known, and the name given at birth
            person = self.person(self.name_run_before(born.start()))
            if person is None or person.entity.kind != "person":
                continue
            name = born.group(1)
            yield self._also_named(person, name, (person.start, born.end(1)))

    def _dash_glossary_entry(self) -> Iterator[Fact]:
        """'■ **MNJ - Mouvement des Nigériens pour la justice** (Movement of Nigeriens for
        Justice).', '• TIP — Turkistan Islamic Party': a list entry opening with a short form,
        a dash and the name it stands for, perhaps with a translation in brackets."""
        entry = _DASH_GLOSSARY_ENTRY.match(self.text)
        if entry is None:
            return
        acronym, name = entry.group("acronym"), " ".join(entry.group("name").split())
        if (
            not is_acronym(acronym)
            or name.isupper()
            or name_key(acronym) in known_places()
            or not (
                acronym_fits(acronym, name)
                or (
                    _TITLED_GLOSS.fullmatch(name)
                    and (half_spells(acronym, name) or looks_like_org(name))
                    and name_key(name) not in known_places()
                )
            )
            # "CCRI-CG - Clandestine ... Committee - General Command": where the name ends
            or re.match(r"\**\s+[-–—]\s", self.text[entry.end("name") :])
        ):
            return  # "PEMBA — Islamist insurgents have ...", "FPMR - Wikipedia": no entry
        actor = next(
            (i for i in self._orgs() if i.start == entry.start("acronym") and not i.anaphor), None
        ) or next(
            (i for i in self._orgs() if i.start == entry.start("name") and not i.anaphor), None
        )
        if actor is None:
            return
        for other, end in ((acronym, "acronym"), (name, "name")):
            if name_key(other) != name_key(actor.text):
                yield self._also_named(actor, other, (entry.start(), entry.end(end)))
        gloss = entry.group("gloss")
        if gloss is not None and _TITLED_GLOSS.fullmatch(" ".join(gloss.split())):
            yield self._also_named(actor, " ".join(gloss.split()), (entry.start(), entry.end()))

    def _also_named(self, actor: Item, name: str, cue: tuple[int, int]) -> Fact:
        """That an actor goes by another name; the name stands for it in the rest of the
        document."""
        self.entities.link(name, actor.entity)
        return Fact(actor, "alias", value={"text": name}, hedged=self.hedged, cue=cue)

    def _many_names(self) -> Iterator[Fact]:
        """'Colombia's largest armed group goes by many names: Clan del Golfo, Urabeños and
        the AGC': each listed name is the group's."""
        match = _MANY_NAMES.search(self.text)
        if match is None:
            return
        subject = self.subject_before(match.start(), allow_possessive=False) or (
            self.fallback if match.start() < 30 else None
        )
        if subject is None:
            # "Colombia's largest armed group goes by many names: Clan del Golfo, ...": the
            # first name listed stands for the group
            subject = next(
                (
                    i
                    for i in self._orgs()
                    if i.start >= match.end()
                    and re.fullmatch(r"\s*(?:the\s+)?", self.text[match.end() : i.start], re.I)
                ),
                None,
            )
        if subject is None:
            return
        for part in _NAME_LIST_SPLIT.split(self.text[match.end() :]):
            name = re.sub(r"^(?:the|since\s+\d{4},?)\s+", "", part.strip(' .;:"“”'))
            name = re.sub(r"\s+(?:and|or)$", "", name)
            name = re.sub(r"\s*\([^()]*\)$", "", name)
            if (
                not name
                or not _NAME_RUN.fullmatch(name)
                or name_key(name) == name_key(subject.text)
                or len(name) > 80
            ):
                continue
            yield self._also_named(
                subject, name, (min(subject.start, match.start()), len(self.text.rstrip(". ")))
            )

    def _native_appositions(self) -> Iterator[Fact]:
        """'the Patriotic League, Patriotska liga, set up in 1991', 'the Scorpions, Škorpioni,
        a unit raised in 1991': a group's name in its own language, set off by commas."""
        for item in self._orgs():
            if item.anaphor or item.possessive:
                continue
            native = _NATIVE_APPOSITION.match(self.text, item.end)
            if native is None:
                continue
            name = native.group("name")
            words = name.casefold().split()
            if (
                any(w in _ENGLISH_WORDS or _PARTICLE_OPENS.match(w) for w in words)
                or name_key(name) in known_places()
                or any(i.start == item.end + native.start("name") for i in self.items)
            ):
                continue
            yield self._also_named(item, name, (item.start, item.end + native.end("name")))

    def _native_script_appositions(self) -> Iterator[Fact]:
        """'the Voice of the People of Thailand (VOPT), สถานีวิทยุ... (sathani witthayu ...),
        the CPT's radio station', 'the CPT, in Thai พรรค... (Phak ...) or พคท.': a group's
        name in its own script set off by a comma, with its transliteration and short form."""
        for item in self._orgs():
            if item.anaphor or item.possessive:
                continue
            native = _NATIVE_SCRIPT_APPOSITION.match(self.text, item.end)
            if native is None or not _NON_LATIN.search(native.group("native")):
                continue
            if native.group("language") and native.group("language").casefold() not in LANGUAGES:
                continue
            for group in ("native", "spelled", "short", "short_spelled"):
                if native.group(group) is None:
                    continue
                name = native.group(group).strip()
                if group == "short" and not _NON_LATIN.search(name):
                    continue
                yield self._also_named(item, name, (item.start, item.end + native.end(group)))

    def _comma_bynames(self) -> Iterator[Fact]:
        """'led by Nemesio Oseguera Cervantes, "El Mencho",': a quoted by-name set off by
        commas right after a person's name."""
        for match in _COMMA_BYNAME.finditer(self.text):
            person = self.person(self.name_run_before(match.start()))
            name = match.group(1)
            if (
                person is None
                or person.entity.kind != "person"
                or looks_like_org(name)
                or looks_like_org(person.text)
                or re.match(r"\W*\^", self.text)  # a reference line: 'Author, "Title".'
                # '[Doc 2] Gary Cohn and Ginger Thompson, "Unearthed: Fatal Secrets", The
                # Baltimore Sun, June 1995.': a title, no by-name
                or ":" in name
                or _CITATION_AFTER.match(self.text, match.end())
            ):
                continue
            yield self._also_named(person, name, (person.start, match.end(1)))

    def _leaders_men(self) -> Iterator[Fact]:
        """ "Kolélas's fighters, the Ninjas, were recruited ...": a person's men, named in
        apposition, are a group the person leads."""
        for item in self._orgs():
            men = NAMED_MEN.search(self.text, 0, item.start)
            if (
                men is None
                or not men.group(0).startswith(("'", "’"))  # a person's men, not "their"
                or item.anaphor
                or not re.match(r"\s*(?:\([^()]*\)\s*)?,", self.text[item.end :])
            ):
                continue  # an apposition closes ("..., the Ninjas, were"); a clause does not
            person = self.person(self.name_run_before(men.start()))
            if person is None or person.entity.kind != "person":
                continue
            yield Fact(item, "led_by", person, hedged=self.hedged, cue=(person.start, item.end))

    def _inner_bynames(self) -> Iterator[Fact]:
        """'Alfred "Nikita" Mangena': a quoted by-name between a person's given name and
        surname is one of the person's names."""
        for match in _INNER_BYNAME.finditer(self.text):
            start = match.start()
            for word in match.group("given").split():
                if word.casefold() not in STOP_CAPITALS and word.casefold() not in MONTHS:
                    break
                start = self.text.index(word, start) + len(word) + 1  # "On 25 July 2024 Ismael"
            person = self.person((start, match.end())) if start < match.start(2) else None
            if person is None or person.entity.kind != "person":
                continue
            yield self._also_named(person, match.group(2), (person.start, person.end))

    def _alias_span(self, position: int) -> tuple[int, int] | None:
        """The other name after 'also known as': quoted, a known name, or a capitalised run."""
        quoted = _QUOTED.match(self.text[position:])
        if quoted:
            group = next(g for g in range(1, 5) if quoted.group(g) is not None)
            # '"Orly Group,"': a comma the quotation marks close over is no part of the name
            inner = quoted.group(group).rstrip(",;")
            return (position + quoted.start(group), position + quoted.start(group) + len(inner))
        run = self.name_run_after(position, max_gap=6)
        if run is not None and len(self.text[run[0] : run[1]].split()) == 1:
            # "also called Imam Minimbang": a one-word by-name keeps its title
            titled = self.name_run_after(position, max_gap=6, keep_titles=True)
            run = titled if titled is not None and titled[1] == run[1] else run
        if run is not None:
            footnote = re.search(r"\.\d", self.text[run[0] : run[1]])
            if footnote is not None:
                run = (run[0], run[0] + footnote.start())  # "Abu Ubaidah.34 Its": a footnote
            if _EVENT_AFTER_NAME.match(self.text, run[1]):
                return None  # "talks opened by X, known as the Matignon process": an event
            if re.search(r"\b(?:a|an)\s+$", self.text[position : run[0]]) and re.match(
                r"\s+[a-z]", self.text[run[1] :]
            ):
                return None  # "Jakarta called SIRA a GAM front": a description, not a name
        named = next(
            (
                i
                for i in self.items
                if not i.anaphor
                and i.start >= position
                and re.fullmatch(r"[\s,:]*(?:the\s+)?", self.text[position : i.start])
            ),
            None,
        )
        if named is None:
            return run
        if run is not None and run[0] == named.start and run[1] > named.end:
            return run  # "Ahmed Umar Abu Ubaidah", longer than the known "Ahmed Umar"
        return (named.start, named.end)

    def _alias_subject(self, position: int) -> Item | None:
        """The actor an alias cue renames: the name it stands beside, not one further back
        ("Myanmar's military, known as the Tatmadaw" renames no actor named earlier)."""
        # "Hamas's", "the group's name is also transliterated as": the possessor is renamed
        possessed = bool(
            re.search(
                r"['’]s\s*$|['’]s\s+(?:[a-z]+\s+)?names?\s+(?:is|was|has\s+been)\s*$",
                self.text[:position],
            )
        )
        left = (
            _LEFT_AND.search(self.text, 0, position)
            if _RENAMING.match(self.text, position)
            else None
        )
        if left is not None:
            # "Salamat's group broke away from the MNLF and in 1984 took the name MILF": the
            # one that left was renamed, not the one it left
            return next(
                (
                    i
                    for i in reversed(self._orgs())
                    if i.end <= left.start()
                    and _AUXILIARIES.fullmatch(
                        re.sub(r"^\s*(?:\([^()]*\))?\s*,", " ", self.text[i.end : left.start()])
                    )
                ),
                None,
            )
        subject = self.subject_before(position, allow_possessive=possessed)
        if subject is not None and re.search(
            rf"\b{_UNNAMED_FACTION}\s+(?:of|from|within)\s+(?:the\s+)?$", self.text[: subject.start]
        ):
            return None  # "a breakaway wing of the FNL known as X": X is the wing's name
        if subject is None:
            lead = re.findall(r"[^\W\d_][\w'’-]*", self.text[:position])
            bare = all(w.casefold() in _ALIAS_GAP_WORDS for w in lead)
            return self.fallback if position < 30 and bare else None
        if any(
            subject.end <= start and end <= position and not self.text[end:position].strip()
            for start, end in self.regions
        ):
            return None  # "the TNLA, which recruits among the Ta'ang, also called the Palaung"
        gap = self._gap(subject.end, position)
        if re.fullmatch(r"\s*(?:is|was|are|were)\b[^,;]*\band\s+(?:is|was|are|were)\s*", gap):
            return subject  # "X is an umbrella ... and is known officially as Y"
        if _RENAMING.match(self.text, position) and _COORDINATED_VERB.fullmatch(gap):
            return subject  # "The Front survived and in April 2013 renamed itself Y"
        gap = re.sub(r"\([^()]*\)|\d+", " ", gap)
        words = re.findall(r"[^\W\d_][\w'’-]*", gap)
        if all(w.casefold() in _ALIAS_GAP_WORDS for w in words):
            return subject
        return None

    def _person_rosters(self) -> Iterator[Fact]:
        """'a State Council, whose presidium was made up of A, B and C', 'founded in 1956 by a
        small group of patriots that included A and B': the persons listed are members."""
        for match in _PERSON_ROSTER.finditer(self.text):
            if match.group("whose") is not None:
                owner = next(
                    (
                        i
                        for i in reversed(self._orgs())
                        if i.end <= match.start()
                        and re.fullmatch(
                            r"\s*(?:\([^()]*\))?\s*,?\s*", self.text[i.end : match.start()]
                        )
                    ),
                    None,
                )
            else:
                owner = self.subject_before(match.start())
            if owner is None or owner.entity.kind in ("person", "place", "state"):
                continue
            for person in self._listed_persons(match.end()):
                if self.negated(match.start(), person.start):
                    continue
                yield Fact(
                    person,
                    "member_of",
                    owner,
                    hedged=self.hedged,
                    cue=(min(owner.start, match.start()), person.end),
                )

    def _listed_persons(self, position: int) -> list[Item]:
        """'Ali Hassan, Juma Omari and Salim Bakari': the persons a list names, in order."""
        persons: list[Item] = []
        cursor = position
        while True:
            person = self.person(self.name_run_after(cursor, max_gap=0))
            if person is None or person.entity.kind != "person":
                return persons
            persons.append(person)
            separator = re.match(
                r"(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", self.text[person.end :]
            )
            if separator is None:
                return persons
            cursor = person.end + separator.end()

    def _breakaway_under(self, parent: Item, under: int) -> Item | None:
        """The group that 'broke away from the PFLP in February 1969 under X': the one
        that split off, named before the split, when nothing but a date parts the parent
        and the 'under'."""
        split = _SPLIT_FROM_END.search(self.text, 0, parent.start)
        if split is None or not _DATE_GAP.fullmatch(self.text, parent.end, under):
            return None
        return next(
            (
                i
                for i in reversed(self._orgs())
                if i.end <= split.start()
                and not i.possessive
                and i.entity.kind not in ("person", "place", "state")
                and (
                    _AUXILIARIES.fullmatch(self.text[i.end : split.start()])
                    # "JuA (...), an offshoot of the TTP based in Mohmand, broke away from it"
                    or _APPOSED_BEFORE_VERB.fullmatch(self.text[i.end : split.start()])
                )
            ),
            None,
        )

    def _glossed_name(self, item: Item, gloss: str) -> bool:
        """'the Africa Corps (Afrikansky Korpus)', 'Jemaah Islamiyah (Islamic Congregation)',
        'Los Ardillos (The Squirrels)': a group's name in another language beside it, not a
        place, a person or a description."""
        words = gloss.split()
        if (
            item.entity.kind in ("person", "place")
            or (item.entity.kind == "state" and not looks_like_org(item.text))
            or item.possessive
            # "PCJSS (MN Larma)": after an acronym, a faction's leader's initials and name;
            # '"Deterrence of Aggression" (Radd al-Udwan)': a quoted name is an operation's
            or (is_acronym(item.text) and any(w.isupper() for w in words))
            or self.text[max(0, item.start - 1) : item.start] in ('"', "“")
            or _GLOSS.fullmatch(gloss) is None
            or sum(bool(re.match(r"(?:[a-z]{1,3}-)?[A-ZÀ-Ý]", w)) for w in words) * 2 < len(words)
            or name_key(gloss) in known_places()
            or any(w.casefold() in known_places() for w in words if w[:1].isupper())
            or any(
                w.casefold() in _GENERIC_PLACE_WORDS
                or w.casefold() in LANGUAGES
                or w.casefold() in MONTHS
                or w.casefold().rstrip(".") in PERSON_TITLES
                for w in words
            )
        ):
            return False
        known = self.entities.by_text.get(name_key(gloss))
        gazetteer = self.entities.gazetteer
        if (known is not None and known.kind == "person") or any(
            gazetteer.actors[a].kind == "person" for a in gazetteer.lookup(gloss)
        ):
            return False
        shared = _cognate(gloss, item.text)
        if len(words) == 1:
            return shared  # "Tigers (Tigrovi)", not "the Kilwa Front (Lindi)"
        person_like = PERSON_LIKE.fullmatch(gloss) is not None and words[0] != "The"
        named = any(w.casefold() in ORG_HEADS or w.casefold() in MOVEMENT_HEADS for w in words)
        return not person_like or shared or named

    def _parenthetical(self, item: Item, start: int, end: int) -> Iterator[Fact]:
        content = self.text[start:end]
        # (a comma inside quotes parts no names: 'chu bzhi sgang drug, "Four Rivers, Six Ranges"')
        parts = re.split(r"(?:\s*[;,]\s*|\s+[–—/-]\s+)" + _OUTSIDE_QUOTES, content)
        if re.fullmatch(r"\s*[\"“][^\"”]+[\"”]\s*", content):
            parts = [content]  # '("Return, Reclamation and Rehabilitation")': one translation
        opening = _TRANSLATION_LEAD.match(content)
        if (
            opening is not None
            and "," in opening.group(0)
            and not re.search(r"[;,]", content[opening.end() :])
        ):
            parts = [content]  # "(in Kikuyu, Anake a Forti)": the language, then the name
        if re.search(r"\s[–—-]\s", content) and not re.search(r"\s[–—-]\s", item.text):
            parts = re.split(r"\s*[;,]\s*", content)  # "Fuerzas Armadas ... – Ejército ..."
        # "(also spelt Zaynabiyoun or Zainebiyoun)": each spelling a lead word gives is a name
        parts = [
            piece
            for part in parts
            for piece in (
                re.split(r"\s+or\s+(?:the\s+)?(?=[^\W\d_a-z])", part)
                if _SPELLING_LEAD.match(part)
                else [part]
            )
        ]
        # A native name beside an acronym or a script: "(Fajr Libya)" is a translation when
        # the brackets also hold "فجر ليبيا" or the acronym of the name.
        names = [item.text] + [p.strip() for p in parts if not _acronymish(p.strip())]
        translated = any(
            _NON_LATIN.search(p)
            or (_acronymish(p.strip()) and any(acronym_of(p.strip(), n) for n in names))
            for p in parts
        ) or (
            # "(Coopérative pour le développement du Congo, CODECO)": the name in its own
            # language and the acronym it goes by
            len(parts) == 2
            and _acronymish(parts[1].strip())
            and len(parts[0].split()) >= 3
            and _NATIVE_NAME.fullmatch(parts[0].strip()) is not None
        )
        cursor = start
        # "(guardians of the bush, in the Mooré language)": the tag says the part before it is
        # a translation, and names nothing itself
        tags = [_LANGUAGE_TAG.fullmatch(p) is not None for p in parts]
        for index, part in enumerate(parts):
            part_start = self.text.index(part, cursor) if part else cursor
            cursor = part_start + len(part)
            if tags[index]:
                continue
            tagged = (
                index + 1 < len(parts)
                and tags[index + 1]
                and re.fullmatch(r"\s*[A-Za-zÀ-ÿ'’ -]{2,60}\s*", part) is not None
                and not re.match(
                    r"\s*(?:usually|often|glossed|meaning|literally|roughly|lit|also|or|an?)\b",
                    part,
                )
            )
            lead = _TRANSLATION_LEAD.match(part)
            if lead:
                part_start += lead.end()
                part = part[lead.end() :]
            tail = None if lead else _LANGUAGE_TAIL.search(part)
            if tail is not None and tail.group(1).casefold() in LANGUAGES:
                # "(Daraawiish in Somali)": the name, then the language it is in
                lead = tail
                part = part[: tail.start()]
            if re.match(
                r"\s*(?:a|an|one|part|members?|formerly|now|the\s+(?:[a-z]+\s+)?of|"
                # "(from the Afaan Oromoo word for "five")": a word's sense, no name
                r"(?:word|term|expression|phrase)s?(?=\s+(?:for|meaning))|"
                r"(?:c\.\s*)?\d{4}(?:[–-]\d{2,4})?(?=\s+(?-i:[a-z])))\s",
                part,
            ):
                continue  # "(a member of the NFL)", "(2015 coalition)": a description
            if re.search(r"[\"”’']\s+(?:is|are|was|were|means|meant)\s", part):
                continue  # '("balaka" is Sango for "machete")': a gloss of a word, no name
            stripped = part.strip(" \"“”‘’'")
            quoted_head = re.match(
                r"\s*[\"“]([^\"”]{2,80})[\"”]\s+(?:in|from)\s+(?:the\s+)?[A-Z]", part
            )
            if quoted_head:
                stripped = quoted_head.group(1)  # '"Living Together" in Haitian Creole'
            if lead:
                # "(written Ansaroul Islam in the local press)": the name, not where it is used
                stripped = re.sub(
                    r"\s+(?:in|by|among)\s+(?:the\s+|some\s+|local\s+)?(?-i:[a-z]).*$", "", stripped
                )
                # "(GSIM, or JNIM after its Arabic name)", "(or HTS for short)": where it is from
                stripped = re.sub(
                    r"\s+(?:(?:after|from)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:name|initials|acronym|title)\b.*|for\s+short)$",
                    "",
                    stripped,
                )
            if not stripped or re.fullmatch(r"[\d\s–-]+", stripped):
                continue
            offset = part.index(stripped)
            span = (part_start + offset, part_start + offset + len(stripped))
            inner = next(
                (i for i in self.items if i.start <= span[0] < i.end and i is not item), None
            )
            # "The FLNC-Canal habituel (FLNC-Canale Abituale)": the same name in another
            # language, opening on the same word, that names nothing else here
            variant = (
                (
                    inner is None
                    or (inner.entity.gazetteer_id is None and len(inner.entity.keys) <= 1)
                )
                and len(parts) == 1
                and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Za-zÀ-ÿ][\w'’-]*){0,6}", stripped)
                is not None
                and item.entity.kind != "person"
                and not item.possessive
                and re.split(r"[\s-]", stripped)[0] == re.split(r"[\s-]", item.text)[0]
                and stripped != item.text
            )
            quoted_part = part.strip().startswith(('"', "“", "‘", "'"))
            translation = quoted_part or lead or (inner and inner.entity.gazetteer_id is None)
            foreign_acronym = is_acronym(stripped) and not acronym_of(stripped, item.text)
            if inner is not None and translation and not foreign_acronym:
                inner = None
            if inner is not None and (inner.start, inner.end) != span:
                inner = None  # "(al-Shabab al-Mu'min)": a known name inside a longer one
            # "the Kurdistan Freedom and Democracy Congress (KADEK)": a new name glossed by the
            # one it is known by elsewhere is that group's other name, not an ally of it
            renamed = (
                inner is not None
                and len(parts) == 1
                and inner.entity is not item.entity
                and inner.entity.kind != "person"
                and item.entity.kind != "person"
                and not item.possessive
                and (item.entity.gazetteer_id is None) != (inner.entity.gazetteer_id is None)
            )
            # "the Alliance of Patriots for a Free and Sovereign Congo (APCLS)": a bare acronym
            # that names nothing else in the document is the name's own, even in French
            own_acronym = (
                inner is not None
                and is_acronym(stripped)
                and inner.entity.gazetteer_id is None
                and inner.entity.kind != "person"
                and len(inner.entity.keys) <= 1
                and item.entity.kind != "person"
                and not item.possessive
            )
            if (
                inner is not None
                and inner.entity is not item.entity
                and inner.entity.kind != "person"
            ):
                if (
                    (
                        is_acronym(stripped)
                        and inner.entity.gazetteer_id is None
                        and acronym_of(stripped, item.text)
                    )
                    or own_acronym
                    # "Republican Sinn Féin (RSF)": the letters spell this name, whatever else
                    # the gazetteer knows by them
                    # "Democratic Party of Kosovo (PDK)": the letters spell this name, in
                    # this or its own language's order, whatever else the gazetteer knows
                    # by them
                    or (_acronymish(stripped) and acronym_of(stripped, item.text))
                    or renamed
                    or variant
                ):
                    pass
                else:
                    yield Fact(
                        item,
                        "affiliated_with",
                        inner,
                        hedged=self.hedged,
                        cue=(item.start, end + 1),
                    )
                    continue
            quoted = part.strip().startswith(('"', "“", "‘", "'"))
            if is_acronym(stripped) or _acronymish(stripped):
                if (
                    not any(acronym_of(stripped, n) for n in names)
                    and (inner is None or inner.entity is not item.entity)
                    and not own_acronym
                    and not renamed
                    # "Malian Armed Forces (FAMa)", "(LKÇK)": an acronym that names nothing
                    # else here and half-spells the name is its own in the source language
                    and not (
                        inner is None
                        and item.entity.kind != "person"
                        and not item.possessive
                        and half_spells(stripped, item.text)
                    )
                ):
                    continue
            elif not (
                _NON_LATIN.search(stripped)
                or quoted
                or lead
                or tagged
                # "ETA (separatist group)": a lower-case gloss describes, it names nothing
                or (
                    looks_like_org(stripped)
                    and not re.sub(r"^(?:the|an?)\s+", "", stripped)[:1].islower()
                )
                or renamed
                or variant
                # "Segunda Marquetalia (Second Marquetalia)": another name the reference list
                # knows for the same actor
                or (
                    inner is not None
                    and inner.entity is item.entity
                    and inner.entity.gazetteer_id is not None
                    and len(parts) == 1
                    and name_key(stripped) != name_key(item.text)
                )
                # "(al-Tansiqiya)", "(al-Jabha al-Shamiya)": the Arabic name, transliterated
                or (len(parts) == 1 and _ARABIC_NAME.fullmatch(stripped) is not None)
                # "KUMA (Kikosi cha Ukombozi wa Mtwara Asilia)": the acronym spelled out
                or (is_acronym(item.text) and spelled_out(item.text, stripped))
                # "(Forças Armadas de Libertação Nacional de Timor-Leste, Falintil)"
                or (
                    re.fullmatch(r"[A-Z][a-z]{3,11}", stripped) is not None
                    and any(syllabic_acronym(stripped, n) for n in names)
                )
                or (translated and _NATIVE_NAME.fullmatch(stripped))
                # "(Sekigun-ha, 赤軍派)": one romanised word beside the name's own script
                or (
                    translated
                    and len(parts) >= 2
                    and re.fullmatch(r"[A-ZÀ-Ý][\w'’]*(?:-[a-z]+)+|[A-ZÀ-Ý][a-zà-ÿ]{3,}", stripped)
                    is not None
                )
                # "Revolta do Leste (Eastern Revolt)": a name in another language, glossed
                or (
                    len(parts) == 1
                    and re.search(r"\s(?:do|da|dos|de|del|la|las|los|des|du|wa|ya|we)\s", item.text)
                    and re.fullmatch(r"(?:[A-Z][\w'’-]+\s){1,4}[A-Z][\w'’-]+", stripped)
                )
                or (len(parts) == 1 and self._glossed_name(item, stripped))
            ):
                continue
            if len(stripped) > 80 or stripped.casefold() == item.text.casefold():
                continue
            yield self._also_named(item, stripped, (item.start, end + 1))


_GLOSS = re.compile(
    r"(?:The\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|[a-z]{1,3}-[A-Z][\w'’-]*|of|the|and|"
    r"for|in|de|del|la|le|les|du|des|y|e|i|do|da|dos|das|al|wa|ya|[a-zà-ÿ]{4,})){0,6}"
)


def _cognate(one: str, other: str) -> bool:
    """Whether two names share a word, give or take its spelling in another language
    ("Respublikanskaya Gvardiya" and "Republican Guard", "Konvoy" and "Convoy")."""
    words = [re.findall(r"[a-z]{4,}", unidecode(t).casefold()) for t in (one, other)]
    return any(fuzz.ratio(a, b) >= 60 for a in words[0] for b in words[1])


_PARTICLE_WORDS = frozenset(
    "of for al el ad bin ibn wal fi de del la los las du des da di do dos das y e es".split()
)
_FRONTING = (
    "in|from|with|under|like|unlike|after|across|throughout|near|within|against|beside|without|for"
)
# the preposition before the run ("... . In Iringa"), or as its own first, capitalised word
_FRONTED_PREPOSITION = re.compile(rf"(?:^|[.;:]\s+|\n\s*)(?:{_FRONTING})\s+$", re.I)
_OPENING_PREPOSITION = re.compile(rf"(?:{_FRONTING.title()})\s+(?=[A-Z])")
_NAMING_VERB_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|name|names|named|naming|dub|dubs|dubbed|dubbing|"
    r"nicknamed|christened|renamed|renaming|rechristened|styled|styling)\s+(?:the\s+)?$",
    re.I,
)
_CAPITAL_THEN_THE = re.compile(r"(?<=[\w.'’])[^\S\t]+the[^\S\t]+(?=[A-Z])")


def after_fronted_phrase(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'In Iringa the Lindi Front has ...', 'Under Juma Kombo the Kigoma Front grew ...':
    a fronted phrase's capitalised object, then the clause's subject; not one name."""
    the = _CAPITAL_THEN_THE.search(text, start, end)
    if the is None:
        return [(start, end)]
    opener = _OPENING_PREPOSITION.match(text, start, the.start())
    if (
        opener is None
        and not _FRONTED_PREPOSITION.search(text, max(0, start - 30), start)
        # "began calling the Volunteers the Irish Republican Army": a name and the new name
        and not _NAMING_VERB_BEFORE.search(text, max(0, start - 30), start)
    ):
        return [(start, end)]
    before = text[start : the.start()].split()
    if before and before[-1].casefold() in _PARTICLE_WORDS:
        return [(start, end)]  # "Movement for the Liberation of ...": one name
    return [(start, the.start()), (the.end(), end)]


def _without_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """'Palestinian President Mahmoud Abbas' names Mahmoud Abbas."""
    words = list(re.finditer(r"\S+", text[start:end]))
    last_title = -1
    for index, word in enumerate(words):
        if word.group(0).rstrip(".,").casefold() in PERSON_TITLES:
            last_title = index
    if 0 <= last_title < len(words) - 1:
        return (start + words[last_title + 1].start(), end)
    return (start, end)


# The head words of a sub-unit's name: "the Jenin Battalion", "the Sahara branch", "ISWAP"'s
# "West Africa Province". A brigade or division is as often a member group of a coalition.
UNIT_HEADS = frozenset(
    [
        "battalion",
        "company",
        "unit",
        "branch",
        "cell",
        "regiment",
        "detachment",
        "squadron",
        "province",
        "wilayat",
        "wilaya",
        "sector",
        "chapter",
        "katiba",
        "platoon",
    ]
)


def unit_like(item: Item) -> bool:
    """Whether a name is a sub-unit's: it ends in a unit word ("the Tubas Battalion")."""
    for name in (item.text, item.entity.name):
        words = re.sub(r"\([^()]*\)", " ", name).casefold().split()
        if words and words[-1].rstrip("s") in UNIT_HEADS:
            return True
    return False


def _membership_kind(cue: RelationCue, subject: Item, obj: Item, cue_text: str = "") -> str:
    """'The Tubas Battalion belongs to Saraya al-Quds': a sub-unit of a group that is no
    coalition is part of it, not a member."""
    if (
        cue.predicate == "member_of"
        and obj.entity.kind not in ("coalition", "state")
        and re.search(
            r"\b(?:brigades|battalions|units|divisions|regiments|formations)\b", cue_text, re.I
        )
    ):
        return "part_of"  # "The Ruvu Army consists of three brigades: A, B and C"
    subject_head = subject.entity.name.split()[-1].casefold()
    object_head = obj.entity.name.split()[-1].casefold()
    if (
        cue.predicate == "member_of"
        and subject_head in ("brigade", "brigades", "division")
        and object_head in ("division", "corps", "command")
        and subject_head != object_head
    ):
        return "part_of"  # "The 27th Jungle Brigade belongs to the army's Sixth Division"
    if (
        cue.predicate == "member_of"
        and unit_like(subject)
        and (
            obj.entity.kind not in ("coalition", "state")
            # "the Armed Propaganda Units, which belong to the DHKC (a front)": a party or
            # front named like a coalition has units, not members
            or (obj.entity.kind == "coalition" and _SINGLE_BODY_HEAD.search(obj.entity.name))
        )
    ):
        return "part_of"
    if (
        cue.predicate == "merged_into"
        and unit_like(subject)
        and _STATE_BODY.search(obj.entity.name)
        and re.search(r"\b(?:incorporated|integrated|brought)\b", cue_text)
    ):
        # "The Azov Battalion was incorporated into the National Guard": a unit the state's
        # forces took in goes on as a part of them
        return "part_of"
    if (
        cue.predicate == "part_of"
        and re.fullmatch(r"\W*(?:and\s+)?(?:its|their)", cue_text, re.I)
        and obj.entity.kind == "coalition"
        and not _SINGLE_BODY_HEAD.search(obj.entity.name)
    ):
        return "member_of"  # "The SNA ... Its Sultan Suleiman Shah Division": a member faction
    return cue.predicate


def _kind_fits(kind: str, wanted: str | None) -> bool:
    """A cue's object_kind: 'coalition', or '!coalition' for anything else."""
    if wanted is None:
        return True
    if wanted.startswith("!"):
        return kind != wanted[1:]
    return kind == wanted


def _acronymish(text: str) -> bool:
    """'PFLP', and mixed-case acronyms such as 'LeT' and 'JeM'."""
    return is_acronym(text) or bool(_MIXED_ACRONYM.fullmatch(text))


def _initials(name: str) -> list[str]:
    """The first letters of a name's words, hyphenated parts counted apart."""
    return [w[0].casefold() for w in re.split(r"[\s\-'’]+", name) if w and w[0].isalpha()]


def half_spells(acronym: str, name: str) -> bool:
    """Whether an acronym of three letters or more opens with an initial of the name and
    at least half its letters are initials of the name ('FAMa': Forces Armées du Mali)."""
    letters = [c.casefold() for c in acronym if c.isalpha()]
    initials = _initials(name)
    if len(letters) < 3 or letters[0] not in initials:
        return False
    found = 0
    for letter in letters:
        if letter in initials:
            initials.remove(letter)
            found += 1
    return 2 * found >= len(letters)


_PARTICLES = frozenset("of the for and de da do dos das du des la le el y e et di".split())


def syllabic_acronym(word: str, name: str) -> bool:
    """Whether a word is built from the opening letters of three or more of a name's words,
    in order, as Portuguese and Spanish acronyms are: 'Frelimo' (Frente de Libertação de
    Moçambique), 'Falintil', 'Apodeti' (Associação Popular Democrática Timorense)."""
    letters = unidecode(word).casefold()
    words = [w for w in re.findall(r"[^\W\d_]+", unidecode(name).casefold()) if w not in _PARTICLES]
    if not letters.isalpha() or len(words) < 3 or not words[0].startswith(letters[0]):
        return False

    def fits(at: int, index: int, used: int) -> bool:
        if at == len(letters):
            return used >= 3
        if index == len(words):
            return False
        word_at = words[index]
        # take 1..n opening letters of this word, or pass it by (only after one was used)
        for size in range(min(len(word_at), len(letters) - at), 0, -1):
            if letters[at : at + size] == word_at[:size] and fits(at + size, index + 1, used + 1):
                return True
        return used > 0 and fits(at, index + 1, used)

    return fits(0, 0, 0)


def acronym_of(acronym: str, name: str) -> bool:
    """Whether an acronym abbreviates a name, in order or, for an acronym of the name in
    another language, in any order ('FADM' for 'Mozambique Defence Armed Forces')."""
    if acronym_fits(acronym, strip_article(name)):
        return True
    letters = [c.casefold() for c in acronym if c.isalpha()]
    initials = _initials(name)
    if len(letters) < 3:
        return False
    return all(letters.count(c) <= initials.count(c) for c in set(letters))


def _name_words(name: str) -> set[str]:
    """A name's own words, less articles, particles and the words every group's name has."""
    words = {w.removeprefix("al-").removeprefix("el-") for w in name_key(name).split()}
    return {w for w in words if len(w) >= 4 and w not in ORG_HEADS}
