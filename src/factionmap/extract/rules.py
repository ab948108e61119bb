"""The offline rules backend: a spaCy pipeline on `spacy.blank("en")` plus cue reading.

Components (each registered with spaCy, each testable alone):
  factionmap_segments   sentence boundaries that respect headings, bullets and infoboxes
  factionmap_gazetteer  a PhraseMatcher over every name in the reference gazetteer
The sentence reader (reader.py) then turns cue phrases into facts, and this module turns
facts into grounded claims: every quote is checked against the text before it leaves.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factionmap import __version__
from factionmap.extract.cues import Cues, load_cues
from factionmap.extract.gazetteer import Gazetteer, load_gazetteer
from factionmap.extract.mentions import (
    EVENT_TAILS,
    MONTHS,
    ORG_HEADS,
    PARTICLE_OPENER,
    PEOPLES,
    PERSON_TITLES,
    STOP_CAPITALS,
    DocumentEntities,
    Entity,
    acronym_fits,
    demonyms,
    known_places,
    looks_like_org,
    name_like,
    spelled_out,
    strip_article,
)
from factionmap.extract.names import MIXED_ACRONYM, fold, is_acronym, name_key
from factionmap.extract.reader import (
    _NAME_RUN,
    _NON_LATIN,
    FORCES_OF,
    LANGUAGES,
    NAMED_MEN,
    NOMINAL_LIST_ASIDE,
    NUMBERED_UNIT,
    SPELLED_AFTER,
    SUBUNIT_HEADS,
    Fact,
    Item,
    SentenceReader,
    after_fronted_phrase,
    half_spells,
    unit_like,
)
from factionmap.extract.segment import SPACED_CELL_GAP, Segment, looks_like_csv_row, segment
from factionmap.model import ActorRef, Claim, Document, Evidence

EXTRACTOR = f"rules/{__version__}"
# what follows a capitalised noun that calls a group back: a clause goes on in English
_ENGLISH_AFTER = re.compile(
    r"\s*[,.;:)]|\s+(?:is|was|are|were|has|had|have|since|until|after|before|which|that|who|"
    r"itself|also|later|then|now|would|will|could|said|says|did|does|never|still|remains|"
    r"remained)\b"
)
_VERB_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|are|was|is)\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+(?:ed|en|ing))\b|"
    r"(?:have|has|had)\s+(?:no|never|since|also|long|been)\b|(?-i:[a-z]{3,}ed)\b)"
)
_ANAPHOR = re.compile(
    r"\b(?:(?P<pronoun>[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir)|(?:[Tt]he|[Tt]his|[Tt]hat)\s+"
    # "the Salafi-jihadist group", "the hardline Sunni militia": up to two words that describe
    # a group without naming it
    r"(?i:(?:armed|militant|jihadist|jihadi|islamist|rebel|new|main|larger|smaller|umbrella|"
    r"insurgent|military|political|ethnic|wider|broader|same|enlarged|expanded|combined|loose|"
    r"salafi|salafist|salafi-jihadist|sunni|shia|shiite|hardline|hard-line|extremist|radical|"
    r"separatist|secessionist|nationalist|loyalist|marxist|maoist|leftist|communist|secular|"
    r"tribal|paramilitary)\s+){0,2}(?P<noun>(?!(?:it|its|they|their|the|a|an|this|that)\b)[A-Za-z][a-z]+))"
    r"(?P<poss>['’]s)?\b"
)

# "its long-time rival", "their main ally": a noun that relates the name before the comma
# to another actor
_RELATIONAL_AFTER_ITS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:rivals?|enem(?:y|ies)|adversar(?:y|ies)|foes?|allies|ally|"
    r"partners?|patrons?|sponsors?|backers?)\b"
)

if not Doc.has_extension("segments"):
    Doc.set_extension("segments", default=None)


@Language.component("factionmap_segments")
def segments_component(doc: Doc) -> Doc:
    segments = segment(doc.text, load_cues().label_line)
    doc._.segments = segments
    starts = {s.start for s in segments}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts
    return doc


@Language.factory("factionmap_gazetteer", default_config={})
def gazetteer_component(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, load_gazetteer())


class GazetteerMatcher:
    """Marks every gazetteer name in the text as a span labelled with the actor id."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        # Acronyms and short names match case-sensitively: "IS" is a group, "is" is not.
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        folded: dict[str, list[Doc]] = {}
        exact: dict[str, list[Doc]] = {}
        for text, actor_id in gazetteer.surface_forms():
            variants = {
                text,
                text.replace("’", "'"),
                text.replace("'", "’"),
                text.replace("-", " "),
            }
            target = exact if is_acronym(text) or len(text) <= 4 else folded
            target.setdefault(actor_id, []).extend(nlp.make_doc(v) for v in variants)
        for actor_id, patterns in folded.items():
            self.folded.add(actor_id, patterns)
        for actor_id, patterns in exact.items():
            self.exact.add(actor_id, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id)
            for matcher in (self.folded, self.exact)
            for match_id, start, end in matcher(doc)
        ]
        doc.spans["gazetteer"] = filter_spans(spans)
        return doc


@cache
def build_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("factionmap_segments")
    nlp.add_pipe("factionmap_gazetteer")
    return nlp


@dataclass
class _Context:
    section: Item | None = None
    topic: Item | None = None
    page: Item | None = None
    heading: str = ""
    # the distinct groups the last sentence named, in order
    previous: list[Item] = field(default_factory=list)
    topic_paragraph: int = -1
    last_coalition: Item | None = None
    # the last coalition named as a clause's actor, not after a preposition or in brackets
    main_coalitions: list[Item] = field(default_factory=list)
    recent: list[Item] = field(default_factory=list)
    # the entry a "Name:" field opened (a designation notice, a sanctions list)
    entry: Item | None = None


class RulesExtractor:
    """Stateless: the same document always gives the same claims, in the same order."""

    name = EXTRACTOR

    def __init__(self) -> None:
        self.nlp = build_pipeline()
        self.cues: Cues = load_cues()
        self.gazetteer = load_gazetteer()

    def __call__(self, document: Document) -> list[Claim]:
        return self.extract(document)

    def extract(self, document: Document) -> list[Claim]:
        doc = self.nlp(document.text)
        entities = DocumentEntities(self.gazetteer)
        entities.learn_full_names(document.text)
        known_spans = [(s.start_char, s.end_char, s.label_) for s in doc.spans["gazetteer"]]
        context = _Context()
        facts: list[tuple[Segment, Fact]] = []
        segments: list[Segment] = doc._.segments
        cached: dict[int, list[Item]] = {}

        def items_of(index: int) -> list[Item]:
            if index not in cached:
                cached[index] = self._items(
                    document.text, segments[index], known_spans, entities, context
                )
            return cached[index]

        # A first reading learns every name the document introduces anywhere ("Rastokhez, a
        # nationalist movement" in the fifth paragraph), so its earlier mentions count too.
        scratch = DocumentEntities(self.gazetteer)
        for seg in segments:
            self._items(document.text, seg, known_spans, scratch, _Context())
        entities.foreseen = {
            key
            for entity in scratch.entities.values()
            if entity.gazetteer_id is None and entity.kind not in ("person", "place")
            for key in entity.keys
        } - (scratch.listed - scratch.introduced)
        entities.foreseen_actors = {
            spec.reference_id
            for spec in (self.gazetteer.actors[a] for a in self.gazetteer.actors)
            if spec.reference_id in scratch.entities
            and any(
                len(self.gazetteer.lookup(key)) == 1
                for key in scratch.entities[spec.reference_id].keys
                if key in scratch.by_text
            )
        }
        header: list[str] = []
        titles = _infobox_titles(document.text, segments)
        title: Item | None = None
        branches: list[tuple[int, Item]] = []  # an order-of-battle tree's open branches
        for index, seg in enumerate(segments):
            items = items_of(index)
            above = items_of(index - 1) if index > 0 else []
            facts.extend(
                self._tree_branch(document, segments, index, items, above, entities, branches)
            )
            if index in titles:
                title = self._title_item(document.text, seg, segments, items, entities)
                if title is not None and title not in items:
                    items.append(title)
            elif seg.heading and index + 1 < len(segments):
                heading = self._heading_name(
                    document.text, seg, segments[index + 1], items, entities
                )
                if heading is not None:
                    items.append(heading)
            elif title is not None and titles.get(index - 1) == index:
                # the title's name in another language, on the line under it
                said = document.text[seg.start : seg.end]
                for other in items:
                    if other.start <= seg.start + 4 and other.end >= seg.end - 4:
                        entities.merge(title.entity, other.entity)  # one actor, two names
                entities.link(said, title.entity)
                span = Segment(title.start, seg.end, seg.paragraph)
                facts.append((span, Fact(title, "alias", value={"text": said}, cue=(0, 0))))
            if seg.field:
                named = self._named_entry(document.text, seg, items, entities)
                if named is not None:
                    items.append(named)
            if document.text[seg.start : seg.end].rstrip(" *_").endswith("?"):
                # "Who else is fighting in South Kivu?": a question states nothing
                self._advance(context, seg, items, document.text)
                continue
            row = _TABLE_ROW.fullmatch(document.text, seg.start, seg.end)
            # a table copied from a browser: its cells parted by tabs
            tabbed = document.text.count("\t", seg.start, seg.end) >= 2
            # "Ninjas    | Bernard Kolélas (MCDDI) | Pool": a pipe table with no outer pipes
            bars = document.text.count(" | ", seg.start, seg.end)
            piped = (
                row is None
                and not tabbed
                and not seg.field
                and (
                    bars >= 2
                    # "# | Organisation | Area" over its rule, the "#" read as a heading's mark
                    or (
                        bars >= 1
                        and index + 1 < len(segments)
                        and _PIPE_RULE.fullmatch(
                            document.text, segments[index + 1].start, segments[index + 1].end
                        )
                        is not None
                        and re.search(
                            r"[|+]",
                            document.text[segments[index + 1].start : segments[index + 1].end],
                        )
                        is not None
                    )
                )
                and any(
                    document.text.count(" | ", other.start, other.end) == bars
                    # "----|------|----": the rule under a header with no outer pipes
                    or (
                        _PIPE_RULE.fullmatch(document.text, other.start, other.end) is not None
                        and document.text.count("|", other.start, other.end)
                        + document.text.count("+", other.start, other.end)
                        >= bars
                    )
                    for other in segments[max(0, index - 1) : index + 2]
                    if other is not seg
                )
            )
            if (
                header
                and re.search(r"[|+]", document.text[seg.start : seg.end])
                and _PIPE_RULE.fullmatch(document.text, seg.start, seg.end)
            ):
                # "----|------|----" under a header with no outer pipes: the table goes on
                self._advance(context, seg, items, document.text)
                continue
            # "NLFT-BM    1989    Biswamohan Debbarma": a table laid out with spaces, as
            # the line next to it is
            gaps = _cell_gaps(document.text, seg)
            spaced = (
                row is None
                and not tabbed
                and not piped
                and gaps >= 2
                and "\n" not in document.text[seg.start : seg.end]
                # ("(overground)  --": a cell may stand two spaces from the next)
                and any(
                    _cell_gaps(document.text, other) >= 2
                    and abs(_cell_gaps(document.text, other) - gaps) <= 1
                    for other in segments[max(0, index - 1) : index + 2]
                    if other is not seg
                )
            )
            # "B07,Bloque Norte,AUC,~1999": comma-separated values, as the line next to it is
            comma = (
                row is None
                and not tabbed
                and not piped
                and not spaced
                and looks_like_csv_row(document.text[seg.start : seg.end])
                and any(
                    looks_like_csv_row(document.text[other.start : other.end])
                    for other in segments[max(0, index - 1) : index + 2]
                    if other is not seg
                )
            )
            if row is None and not tabbed and not piped and not spaced and not comma:
                header = []
            else:
                # "| Group | Leader | Area of operations |": a table whose first row names
                # the columns and whose later rows each describe the actor in their first cell
                cells = (
                    [
                        (seg.start + m.start(1), seg.start + m.end(1))
                        for m in _TABLE_CELL.finditer(document.text[seg.start : seg.end])
                    ]
                    if row is not None
                    else [
                        (seg.start + m.start(1), seg.start + m.end(1))
                        for m in re.finditer(
                            r"[ ]*([^|\t]*[^|\t ])[ ]*"
                            if piped
                            else r"(\S+(?: {1,2}\S+)*)"
                            if spaced
                            else r"\"?((?<=\")[^\"]*|[^,\"]*)\"?(?:,|$)"
                            if comma
                            else r"([^\t]+)",
                            document.text[seg.start : seg.end],
                        )
                    ]
                )
                if all(_TABLE_RULE.fullmatch(document.text, a, b) for a, b in cells):
                    pass
                elif not header:
                    header = [document.text[a:b] for a, b in cells]
                else:
                    facts.extend(self._table_row(document, seg, cells, header, items, entities))
                self._advance(context, seg, items, document.text)
                continue
            fallback = self._fallback(context, seg)
            if seg.field and _NAME_FIELD.match(document.text, seg.start):
                # "Name: Khalistan Commando Force": a new entry, not the last one's other name
                fallback = next(
                    (i for i in items if i.entity.kind not in ("person", "place")), None
                )
            if _SUCCEEDED_HIM.match(document.text, seg.start, seg.end):
                # "X led the IMU until 2009. He was succeeded by Y": the group X had led
                fallback = _last_leaders_group(facts, seg)
            elif re.match(r"\W*(?:He|She)\s", document.text[seg.start : seg.end]):
                fallback = None  # "He fought under the banner of X": a person, not the topic
            if _OTHERS_MEN.match(document.text, seg.start, seg.end):
                fallback = None  # "Turkey-backed fighters clash with the SDF": not the topic's
            listed = self._bulleted(document.text, segments, index, items_of)
            entry = self._entry_name(document.text, seg, items, entities) if seg.field else None
            if entry is not None:
                # "- Kivu Front (KF): founded in 2010; led by X": the line describes its label
                fallback = entry
                if all(i.start != entry.start for i in items):
                    items.append(entry)  # a glossary's term that no other rule named
            reader = SentenceReader(
                document.text[seg.start : seg.end],
                [_shift(i, -seg.start) for i in items],
                self.cues,
                entities,
                _shift(fallback, -seg.start) if fallback else None,
                _published_here(document, seg.start),
                listed=[_shift(i, -seg.start) for i, _ in listed],
                earlier=[_shift(i, -10_000) for i in context.previous],
                defines_entry=_entry_definition(seg, document.text),
                bullet=seg.bullet,
            )
            said = document.text[seg.start : seg.end]
            label_only = (
                bool(listed)
                and bool(re.fullmatch(r"\W*[A-Z][\w /’'-]{1,40}:\s*", said))
                and any(label.fullmatch(said) for _, label in self.cues.infobox)
            )
            labelled = label_only or (
                seg.field
                and (
                    _MEMBERSHIP_FIELD.match(said) is not None
                    or any(label.match(said) for _, label in self.cues.infobox)
                    # a box's "Name: value" that no label knows, and that states nothing in
                    # words ("Georgian side: the National Guard ..., under the State Council
                    # chaired by X" does; "Displaced: 200,000" does not)
                    or not _PROSE_VALUE.search(said)
                )
            )
            if (seg.field and entry is None and labelled) or label_only:
                # "Members:" then bulleted names: an infobox field whose value is the list
                facts.extend((seg, f) for f in self._field(reader, fallback))
                # "Allegiance: African National Congress (ANC)": its names in brackets too
                facts.extend((seg, f) for f in reader.bracketed_aliases() if f.subject.start >= 0)
            else:
                ends = {(i.start - seg.start): end for i, end in listed}
                for fact in reader.facts():
                    if seg.heading and fact.predicate == "ideology" and fact.subject.start < 0:
                        continue  # "2.4 Biafran separatism": a section's topic, not a group's
                    # a fact about a bulleted name quotes the lead-in through that bullet
                    bullet_end = max(
                        (ends.get(x.start, seg.end) for x in (fact.subject, fact.object) if x),
                        default=seg.end,
                    )
                    facts.append(
                        (Segment(seg.start, max(bullet_end, seg.end), seg.paragraph), fact)
                    )
            facts.extend((seg, f) for f in self._sub_units(reader))
            if seg.bullet and not seg.field:
                leaders = bool(_LEADERS_HEADING.search(context.heading))
                facts.extend((seg, f) for f in self._leader_line(reader, fallback, leaders))
            self._advance(context, seg, items, document.text)
        return self._claims(document, facts)

    def _title_item(
        self,
        text: str,
        seg: Segment,
        segments: list[Segment],
        items: list[Item],
        entities: DocumentEntities,
    ) -> Item | None:
        """'Umkhonto we Sizwe' above 'Active: 1961-1994': an infobox names its subject,
        whether or not the name has a word the name rules know."""
        named = [i for i in items if i.entity.kind not in ("person", "place") and not i.anaphor]
        if named and named[0].start <= seg.start + 4 and named[0].end >= seg.end - 4:
            return named[0]
        name = text[seg.start : seg.end]
        words = name.split()
        if named or not 0 < len(words) <= 8 or not _TITLE_NAME.fullmatch(name):
            return None
        if sum(w[:1].isupper() for w in words) * 2 < len(words):
            return None  # "Key facts", "At a glance": a box's caption, not a name
        # named again in running text: a caption repeated over several boxes is not
        prose = [m.start() for m in re.finditer(re.escape(name), text)]
        elsewhere = any(
            not any(s.start <= at < s.end and (s.heading or s.field) for s in segments)
            for at in prose
        )
        entity = entities.resolve(name, named=True) if elsewhere else None
        return self._item(text, seg.start, seg.end, entity) if entity is not None else None

    def _heading_name(
        self,
        text: str,
        seg: Segment,
        following: Segment,
        items: list[Item],
        entities: DocumentEntities,
    ) -> Item | None:
        """'Twirwaneho' over 'Twirwaneho was formed in 2018 ...': a one-word heading the
        next sentence opens with names the group the section is about."""
        name = text[seg.start : seg.end]
        # "As-Sa'iqa (الصاعقة)": a name glossed in its own script names a group on its own
        glossed = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", name)
        bare = glossed.group(1) if glossed else name
        native = glossed is not None and bool(_NON_LATIN.search(glossed.group(2)))
        if native:
            name = bare
        # "Anyanya II: a southern rebel movement formed in the late 1970s ...": a glossary
        # term that its definition calls a group
        term = (
            text[seg.end : seg.end + 1] == ":"
            and not items
            and "," not in name
            and _glossary_group(bare, text, following.start)
        )
        if term:
            name = bare
            native = True
        if (
            items
            or not (_ONE_WORD_NAME.fullmatch(name) or term)
            or name.casefold() in _SECTION_WORDS
        ):
            return None
        if name_key(name) in known_places() or name.casefold() in STOP_CAPITALS:
            return None
        if any(self.gazetteer.actors[a].kind == "person" for a in self.gazetteer.lookup(name)):
            return None
        if not native and not re.match(
            rf"\W*(?:The\s+)?{re.escape(name)}\b(?!['’]s)", text[following.start : following.end]
        ):
            return None
        entity = entities.resolve(name, named=True)
        end = seg.start + len(name)
        return self._item(text, seg.start, end, entity) if entity is not None else None

    def _bulleted(
        self,
        text: str,
        segments: list[Segment],
        index: int,
        items_of: Callable[[int], list[Item]],
    ) -> list[tuple[Item, int]]:
        """'The alliance comprises:' then '- A', '- B': the actor each bullet opens with,
        and where its bullet ends."""
        seg = segments[index]
        if seg.heading or seg.field or not text[seg.start : seg.end].rstrip().endswith(":"):
            return []
        listed: list[tuple[Item, int]] = []
        for later in range(index + 1, len(segments)):
            bullet = segments[later]
            if not bullet.bullet:
                break
            first = next(
                (
                    i
                    for i in items_of(later)
                    if not i.anaphor
                    and i.entity.kind != "person"
                    and re.fullmatch(
                        r"[\s*_]*(?:the\s+)?[\s*_]*", text[bullet.start : i.start], re.I
                    )
                ),
                None,
            )
            if first is None:
                break
            listed.append((first, bullet.end))
        return listed

    # -- mentions ------------------------------------------------------------------------

    def _items(
        self,
        text: str,
        seg: Segment,
        known: list[tuple[int, int, str]],
        entities: DocumentEntities,
        context: _Context,
    ) -> list[Item]:
        items: list[Item] = []
        taken: list[tuple[int, int]] = []
        for start, end, actor_id in known:
            if seg.start <= start and end <= seg.end:
                if (
                    " " in text[start:end]
                    and not re.search(r"[A-Z]", text[start:end])
                    and _GLOSS_BEFORE.search(text, max(seg.start, start - 40), start)
                ):
                    continue  # 'literally "front of national resistance"': words, not a name
                if (
                    _NAME_OPENER_BEFORE.search(text, max(seg.start, start - 12), start)
                    or re.match(r"[ \t]+(?:al|el)-(?-i:[A-Z])", text[end : end + 6])
                    or (
                        _GIVEN_NAME_BEFORE.search(text, max(seg.start, start - 20), start)
                        and PARTICLE_OPENER.match(text, start) is not None
                        and self.gazetteer.actors[actor_id].kind != "person"
                    )
                ):
                    # "Jund Ansar Allah" is not Ansar Allah, nor "Fatah al-Intifada" Fatah: a
                    # longer name of its own ("Muhammad al-Badr" a person's)
                    continue
                if _HYPHENED_WORD_BEFORE.search(text, max(seg.start, start - 25), start):
                    # "the Kuki-Chin National Front", "Tehreek-e-Taliban Pakistan": a longer
                    # name that a known one ends, not the known one
                    continue
                if text[start:end] in _SHOUTED_WORDS and _SHOUTED_LINE.search(
                    text[max(seg.start, start - 4) : min(seg.end, end + 4)]
                ):
                    continue  # "WHO IS THE ISLAMIC STATE?": a word of a headline, not "IS"
                spec = self.gazetteer.actors[actor_id]
                entity = entities.resolve(text[start:end], person=spec.kind == "person")
                named_person = (
                    entities.known_person(text[start:end])
                    if spec.kind != "person" and re.match(r"(?i)(?:al|el)-", text[start:end])
                    else None
                )
                if named_person is not None and spec.reference_id not in entities.entities:
                    entity = named_person  # "Al-Badr was announced dead": the imam named before
                if entity is None:
                    continue
                items.append(self._item(text, start, end, entity))
                taken.append((start, end))
        for start, end in _state_forces(text, seg, taken):
            # "the Pakistani army", "Ukrainian forces": a state's forces, named in lower case
            entity = entities.resolve(text[start:end], named=True)
            if entity is not None:
                entity.kind = "state" if entity.gazetteer_id is None else entity.kind
                items.append(self._item(text, start, end, entity))
                taken.append((start, end))
        for start, end in _numbered_units(text, seg, taken):
            # "the KNLA's 5th Brigade", "Battalion No. 1": a unit known by its number
            entity = entities.resolve(text[start:end], named=True)
            if entity is not None:
                # "the 21st Sector Command", "the 33rd Front": a unit, never a coalition
                entity.kind = "armed_group" if entity.gazetteer_id is None else entity.kind
                items.append(self._item(text, start, end, entity))
                taken.append((start, end))
        for start, end in _quoted_bodies(text, seg, taken):
            # 'the "Wa Harid al-Mu'minin" operations room': a quoted name and what it names
            entity = entities.resolve(text[start:end], named=True)
            if entity is not None:
                entity.kind = "coalition" if entity.gazetteer_id is None else entity.kind
                items.append(Item(start, end, text[start:end], entity, surface=text[start:end]))
                taken.append((start, end))
        for start, end in _acronym_defined(text, seg, taken):
            # "the Front populaire pour la renaissance de la Centrafrique (FPRC)": a name
            # whose lower-case words no capitalised run would hold together
            if _GENERIC_PLURAL.fullmatch(text[start:end]):
                continue  # "a Foreign Terrorist Organization (FTO)": a kind, not a name
            entity = entities.resolve(text[start:end], named=True)
            if entity is not None:
                items = [i for i in items if not (start <= i.start and i.end <= end)]
                taken = [(s, e) for s, e in taken if not (start <= s and e <= end)]
                items.append(self._item(text, start, end, entity))
                taken.append((start, end))
        runs = [
            _with_head_noun(text, start, end, taken)
            for m in _NAME_RUN.finditer(text, seg.start, seg.end)
            for a, b in _line_parts(
                text, _past_verb(text, m.start(), m.end(), seg.start), m.end(), seg.field
            )
            for c, d in after_fronted_phrase(text, a, b)
            for start, end in _after_known_possessor(text, c, d, taken)
        ]
        runs, extended = _join_prepositional(text, runs, taken)
        joined: list[tuple[int, int]] = []
        for start, end in runs:
            if (
                joined
                and text[joined[-1][1] : start] == " and "
                and not looks_like_org(_without_openers(text[joined[-1][0] : joined[-1][1]]))
                and not is_acronym(_without_openers(text[joined[-1][0] : joined[-1][1]]))
                and looks_like_org(text[start:end])
                and not any(s < end and start < e for s, e in taken)
                # "Suqour al-Sham and Liwa al-Tawhid": a known name ends the first conjunct
                and not any(s < joined[-1][1] and joined[-1][0] < e for s, e in taken)
            ):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        for start, end in joined:
            against = re.match(r"(?-i:[A-Z])[\w'’]+\s+", text[start:end])
            if (
                against is not None
                and re.search(r"\b(?:anti|pro)-$", text[max(0, start - 5) : start], re.I)
                and looks_like_org(text[start + against.end() : end])
                and len(text[start + against.end() : end].split()) >= 2
            ):
                start += against.end()  # "the anti-Taliban United Front": the front
            overlapping = [(s, e) for s, e in taken if s < end and start < e]
            if (
                len(overlapping) == 1
                and overlapping[0][0] > start
                and overlapping[0][1] >= end - (text[end - 1] == ".")
            ):
                owner_end = re.search(r"(\w+)['’]s\s+$", text[start : overlapping[0][0]])
                if owner_end is not None and owner_end.group(1).casefold() not in _NAME_POSSESSORS:
                    # "The Tana Front's 3rd Brigade": the owner before a unit already read
                    end = start + owner_end.end(1) + 2
                    overlapping = []
            if overlapping and re.search(r"[a-z]{3}\.$", text[start:end]):
                end -= 1  # "... to form the National Resistance Movement.": the full stop
            run_text = text[start:end]
            if overlapping:
                longer = (
                    len(overlapping) == 1
                    # "Hamas's Qassam Brigades" is two names; "the Southern Ethiopian People's
                    # Democratic Front" one
                    and all(
                        w.casefold() in _NAME_POSSESSORS
                        for w in re.findall(r"(\w+)['’]s\s", run_text)
                    )
                    and text[end - 1].isalpha()
                    and (
                        (
                            overlapping[0][1] < end
                            and (
                                looks_like_org(text[overlapping[0][1] : end])
                                or (start, end) in extended
                                # "PFLP-GC", "SPLM-X": a known acronym with a suffix of
                                # capitals names another group
                                or (
                                    is_acronym(text[overlapping[0][0] : overlapping[0][1]])
                                    and re.fullmatch(
                                        # "FLNC-Canale Storicu": so does a word after the dash
                                        r"-(?:[A-Z]{1,4}|[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*)",
                                        text[overlapping[0][1] : end],
                                    )
                                    is not None
                                )
                                # "the Nyatura CMC": a known name and the acronym of one of
                                # its factions
                                or re.fullmatch(r"\s[A-Z]{2,6}", text[overlapping[0][1] : end])
                                # "the Islamic State of Iraq": a known name and the country
                                # it took as its own is another group
                                or re.fullmatch(
                                    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?",
                                    text[overlapping[0][1] : end],
                                )
                            )
                        )
                        # "Islamic Amal", "Muqami Tehrik-e-Taliban": words before a known name
                        # that make another organisation of it
                        or (
                            start < overlapping[0][0]
                            # "MP-GAM's secretary-general": the name before its possessive
                            and overlapping[0][1]
                            == end - 2 * bool(re.search(r"\w['’]s$", run_text))
                            and (
                                _RENAMING_LEAD.search(text[start : overlapping[0][0]])
                                # "the Kivu Patriotic Front" is not Zimbabwe's Patriotic Front:
                                # a name of common words with another name before them
                                or _distinct_lead(
                                    text[start : overlapping[0][0]],
                                    text[overlapping[0][0] : overlapping[0][1]],
                                )
                                or _acronym_of_longer(
                                    text, start, overlapping[0][0], overlapping[0][1]
                                )
                            )
                        )
                    )
                )
                if not longer:
                    continue
                extended.add((start, end))  # a name in its own right, whatever its words
                items = [i for i in items if not (i.start < end and start < i.end)]
                taken = [t for t in taken if t not in overlapping]
            while end > start and text[end - 1] in ".’'":
                end -= 1
            if re.search(r"\w['’]s$", text[start:end]):
                end -= 2  # "Wilayat Sinai's fighters": the possessive ending is no part of it
            words = text[start:end].split()
            stripped = False
            shouted = len(words) > 1 and text[start:end].isupper()
            while words and (
                words[0].casefold() in STOP_CAPITALS
                # "5.4  The Front for ...": a section's number, then the name
                or (len(words) > 2 and words[0].isdigit() and words[1] in ("The", "A", "An"))
                # "Delegations of the Chinland Council": the opener's "of the" goes with it
                or (stripped and words[0] in ("of", "the", "for", "and"))
                # "WHO IS THE ISLAMIC STATE IN SOMALIA?": a headline's question words
                or (stripped and shouted and words[0] in ("IS", "ARE", "WAS", "WERE", "THE"))
            ):
                stripped = True
                if words[0].casefold() in MONTHS and len(words) > 2 and _day(words[1]):
                    break  # "March 8 Alliance", "March 23 Movement": a date in a name
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
                words = words[1:]
                if len(words) > 1 and re.fullmatch(r"\d{4}", words[0]):
                    # "In February 2010 the Ras Kamboni Brigade": the year is no part of it
                    start = text.index(words[1], start + len(words[0]))
                    words = words[1:]
            if shouted and stripped and len(words) == 1:
                continue  # "ON THIS DAY (2003)": a headline in capitals, not an acronym
            while len(words) > 1 and (
                re.fullmatch(r"\d{4}", words[0])
                or words[0] == "the"
                or (words[0] in ("and", "to", "or") and re.fullmatch(r"\d{4}", words[1]))
            ):
                # "By the end of 2007 the ISI": the year and its article are no part of it;
                # nor is "between 2001 and 2003"
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            described = _DESCRIBED_BY_MODIFIER.match(text, start, end)
            if described is not None and described.end() < end:
                # "The U.S.-backed Tana Army": the modifier says who backs it, not its name
                start = described.end()
                words = text[start:end].split()
            men_of = _MEN_OF_NAME.match(text, start, end)
            if men_of is not None and men_of.end() < end:
                # "Rebels of the Lake Front seized two towns": the men are the front's
                start = men_of.end()
                words = text[start:end].split()
            dated = _DATE_OPENER.match(text, start, end)
            if dated is not None and dated.end() < end:
                # "On 4 October 2019 the National Front for Liberation": a date opens the run
                start = dated.end()
                words = text[start:end].split()
            if not words:
                continue
            candidate = text[start:end]
            if _DATE_ONLY.fullmatch(candidate):
                continue  # "on 18 May 1996": a date, however capitalised
            if unicodedata.category(candidate[:1] or "x").startswith("M"):
                continue  # a Burmese vowel sign cut from its word is no name
            if any(w.casefold() in _DOCUMENT_WORDS for w in words) or (
                candidate.isupper()
                and (
                    words[-1].casefold() in _CATEGORY_PLURALS
                    # "ISLAMIST BATTALIONS": a describing word and a plural, a section's title
                    or (len(words) == 2 and _DESCRIBED_PLURAL.fullmatch(candidate))
                )
            ):
                continue  # "ARMED GROUPS PROFILES DATABASE", "LOYALIST GROUPS": page furniture
            if (
                candidate.isupper()
                and len(words) > 1
                and _HEADLINE_WORDS.intersection(words)
                and not self.gazetteer.lookup(candidate)
            ):
                continue  # "FROM VOLUNTEERS TO SOLDIERS", "KATIBA IN THE CENTRE": a subhead
            if _GENERIC_PLURAL.fullmatch(candidate):
                continue  # "ARMED GROUPS IN MANIPUR", "Rebel Factions": a topic, not a name
            for part_start, part_end in _split_of(candidate):
                name = candidate[part_start:part_end]
                if (
                    name[:1].isupper()
                    and name.casefold() in self.cues.anaphor_nouns
                    and re.search(
                        r"\bthe\s+$", text[max(0, start + part_start - 5) : start + part_start]
                    )
                ):
                    continue  # "was the Front's military commander": the front named before
                if re.match(r"(?:\d{2,4}(?:['’]?s)?|\d{1,2}(?:st|nd|rd|th))\s+(?:the|an?)\s", name):
                    continue  # "In the early 1990s the Front was ...": a date, then a call back
                key = name_key(name)
                defined = (
                    key in entities.by_text
                    or key in entities.foreseen
                    or any(
                        key in e.keys
                        for e in entities.entities.values()
                        if e.kind not in ("person", "place")
                    )
                )  # "Kore Ansanm is a coalition. ... members of Kore Ansanm": named before
                # "Kolélas's fighters, the Ninjas, were recruited ...": the name men go by
                introduced = bool(
                    _INTRODUCED.search(text, max(0, start - 80), start)
                    or NAMED_MEN.search(text, max(0, start - 80), start)
                )
                if (
                    not introduced
                    and part_start == 0
                    and re.fullmatch(r"[\s\"“‘'*_]*(?:The\s+)?", text[seg.start : start])
                    and _SUBJECT_OF_GROUP_VERB.match(text, start + part_end)
                    and not any(
                        self.gazetteer.actors[a].kind == "person"
                        for a in self.gazetteer.lookup(name)
                    )
                ):
                    # "Al-Shabaab, al-Qaeda's affiliate in East Africa, was founded in 2006":
                    # the subject of a founding verb that opens the sentence is a group
                    introduced = name_like(name)
                if (
                    not introduced
                    and len(name.split()) <= 4
                    and (translated := _TRANSLATED_NAME.match(text, start + part_end))
                    and translated.group("language").casefold() in LANGUAGES
                    and name_key(name) not in known_places()
                    and not self.gazetteer.lookup(name)
                ):
                    # 'Chushi Gangdruk (Tibetan chu bzhi sgang drug, "Four Rivers, Six
                    # Ranges")': a name given with its translation is a body's name
                    introduced = name_like(name)
                if (
                    not introduced
                    and len(name.split()) <= 4
                    and (native := _NATIVE_GLOSS.match(text, start + part_end)) is not None
                    and _NON_LATIN.search(native.group(1))
                    and native.group("translation") is not None
                    and name_key(name) not in known_places()
                    and name_key(name) not in demonyms()
                    and name.split()[-1].casefold() not in _PLACE_WORDS
                    and name.split()[-1].casefold() not in _EVENT_WORDS
                    and not self.gazetteer.lookup(name)
                ):
                    # 'the Mkhedrioni (მხედრიონი, Mkhedrioni, "the Horsemen")': a name the
                    # text gives in its own script, and translates, is a body's name
                    introduced = name_like(name)
                if not introduced and _DEFINED_AS_GROUP.match(text, start + part_end):
                    # "Danab, the army's special forces brigade": the article calls it a group
                    # ("In Kayah State, the main armed organisation is ..." calls no place one)
                    introduced = (
                        name_like(name)
                        and name.split()[-1].casefold() not in _PLACE_WORDS
                        # "Based in Mtwara, the brigade announced ...": a place after "in"
                        and not re.search(
                            r"\b(?:[Bb]ased|[Hh]eadquartered|[Ss]tationed|[Aa]ctive|[Oo]perating)"
                            r"\s+(?:in|at|near|around|out\s+of)\s+$",
                            text[max(0, start + part_start - 30) : start + part_start],
                        )
                    )
                if not introduced and _MEN_OF.match(text, start + part_end):
                    # "Zeravani fighters were deployed", "Lakurawa militants attacked": the men
                    # of a group whose name has no head word (not "Kurdish fighters")
                    introduced = (
                        name_like(name)
                        and name_key(name) not in demonyms()
                        # "6,500 Pakistani militants": a count of a people's men
                        and not name[:1].isdigit()
                        # "Camp 5 fighters": the men of a base, not of a group
                        and name.split()[0].casefold() not in _BASE_WORDS
                        and name.casefold() not in PEOPLES
                        and not self.cues.ideology_terms.fullmatch(name)  # "Salafi militants"
                        and not re.search(r"-(?:backed|aligned|led|linked|allied|based)$", name)
                        and not self.gazetteer.lookup(name)
                        # "leaders of the Guadalcanal fighters" where the text is "on
                        # Guadalcanal" elsewhere: the men of a place
                        and not re.search(
                            rf"\b(?:in|on|at|across|throughout|around|near)\s+{re.escape(name)}"
                            r"(?![\w'’-])(?!\s+(?-i:[A-Z]))",
                            text,
                        )
                    )
                if (
                    not introduced
                    and is_acronym(name)
                    and (spelled := SPELLED_AFTER.match(text, start + part_end)) is not None
                    and spelled_out(name, spelled.group(1))
                ):
                    introduced = True  # "KUMA (Kikosi cha Ukombozi wa Mtwara Asilia)"
                if (
                    not introduced
                    and len(name.split()) == 1
                    and (gloss := _GROUP_NAME_GLOSS.match(text, start + part_end)) is not None
                    and any(w.casefold() in ORG_HEADS for w in gloss.group(1).split())
                ):
                    # "Gorran (the Movement for Change) broke away": a name glossed by a
                    # group's name in English
                    introduced = name_like(name)
                bare = (
                    _bare_acronym(name)
                    and not re.search(rf"\b{name.capitalize()}\b", text)
                    # "MANADO, Feb. 17 (Reuter) — Military leaders ...": a story's dateline
                    and not _dateline(text, start + part_start, start + part_end)
                )  # "PEMBA, Mozambique": a dateline, the place named "Pemba" elsewhere
                # the run a longer name was read from, less its opening "The"
                whole = part_start == 0 and any(
                    s <= start and start + part_end == e for s, e in extended
                )
                if not (looks_like_org(name) or defined or introduced or bare or whole):
                    continue
                if not defined and name.casefold() in _GENERIC_HEADS:
                    continue  # "Units operating under its name have fought ...": no name
                if name_key(name) in _DESIGNATIONS:
                    continue  # "designated a Foreign Terrorist Organization": a legal status
                entity = entities.resolve(
                    name, named=introduced or bare or whole or key in entities.foreseen
                )
                if entity is not None:
                    items.append(self._item(text, start + part_start, start + part_end, entity))
                    if introduced and entity.gazetteer_id is None and entity.kind != "person":
                        entities.introduced.add(key)
        for index, item in enumerate(items):
            suffix = _FACTION_SUFFIX.match(text, item.end)
            if (
                suffix is None
                or item.anaphor
                or item.possessive
                or item.entity.kind in ("person", "place", "state")
                or not is_acronym(item.text)
            ):
                continue
            # "NSCN (IM)", "UNLF (Pambei)", "ULFA(I)": an acronym and its faction's mark in
            # brackets name the faction, not the parent
            faction = text[item.start : suffix.end()]
            entity = entities.resolve(faction, named=True)
            if entity is not None:
                if entity.gazetteer_id is None:
                    entity.kind = "armed_group"
                items[index] = self._item(text, item.start, suffix.end(), entity)
        items.extend(self._branches(text, seg, items, entities))
        for item in items:
            # "The SDF is an alliance of ...": a name the gazetteer lacks, called a coalition
            if (
                item.entity.gazetteer_id is None
                and item.entity.kind == "armed_group"
                and _CALLED_COALITION.match(text, item.end)
            ):
                item.entity.kind = "coalition"
        items = [_with_qualifier(text, i, entities) for i in items]
        items.extend(self._listed_names(text, seg, items, entities))
        items = [
            i
            for i in items
            if not _owned_place(text, i)
            # "veterans of the wartime wilaya III": a numeral, not a name
            and not re.fullmatch(r"[IVXL]{1,5}", i.text)
            # "the anti-Taliban United Front": a stance before a name, not a mention
            and not (
                re.search(r"\banti-$", text[max(0, i.start - 5) : i.start], re.I)
                and re.match(r"\s+(?-i:[A-Z])", text[i.end :])
            )
        ]
        items = self._factions_of_persons(text, items, entities)
        items.extend(_persons_named_twice(text, seg, items, entities))
        for match in _ANAPHOR.finditer(text, seg.start, seg.end):
            # "the Front's secretary-general": a capitalised noun calls the front back too
            noun = match.group("noun") and match.group("noun").casefold()
            called_back = None
            if noun and match.group("noun")[:1].isupper() and not match.group("poss"):
                # "chairman of the Front since 1998" after the Ogaden National Liberation
                # Front: a capitalised noun that ends a name just used, with English after it
                # (not "The Front populaire ...", "the Platform": a name, not a call back)
                if (
                    (match.start() > seg.start and _ENGLISH_AFTER.match(text, match.end()))
                    # "The Brigades emerged in the West Bank ...": a sentence that opens on
                    # the name's last word and a verb
                    or (match.start() == seg.start and _VERB_AFTER.match(text, match.end()))
                ) and not any(i.start <= match.start("noun") < i.end for i in items):
                    called_back = _last_named(
                        [i for i in context.recent + items if not i.anaphor], noun
                    )
                if called_back is None or not called_back.entity.name.casefold().endswith(
                    " " + noun
                ):
                    continue
            pronoun = match.group("pronoun")
            if noun and noun not in self.cues.anaphor_nouns:
                continue
            if noun and re.match(r"\s+of\b", text[match.end() :]):
                continue
            if noun in ("faction", "wing", "factions", "wings") and re.search(
                r"\b(?:larger|smaller|new)\s+$", text[match.start() : match.start("noun")]
            ):
                continue  # "The larger faction, known as the Majority": a part, not the whole
            if noun and re.match(
                r"[\s-]+(?:lines?|line-?ups?|pages?|rows?|runners?)\b", text[match.end() :]
            ):
                continue  # "on the front lines", "the movement's front pages": no group
            if any(i.start <= match.start() < i.end for i in items):
                continue
            if (
                pronoun
                and pronoun.casefold() in ("it", "they")
                and re.match(
                    r"\s+(?:is|was)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|said|reported|believed|estimated)",
                    text[match.end() :],
                )
            ):
                continue
            named_here = [
                i
                for i in sorted(items, key=lambda i: i.start)
                if not i.anaphor and i.entity.kind != "person"
            ]
            named_here = [i for i in named_here if i.end <= match.start()]
            target = None
            if called_back is not None:
                target = called_back
            elif (
                named_here
                and re.fullmatch(
                    # "(EPRDF), the coalition that ...": past the bracketed short name too
                    # (not "led by the UWSA (UWSA), it brings together": a pronoun's clause)
                    r"\s*\)?\s*(?:\([^()]*\)\s*)?,\s*" if noun else r"\s*(?:\([^()]*\)\s*)?,\s*",
                    text[named_here[-1].end : match.start()],
                )
                # "Fatah lost Gaza to Hamas, its long-time rival": "its" is not the name it
                # describes
                and not (
                    pronoun
                    and _RELATIONAL_AFTER_ITS.match(text, match.end())
                    and len(named_here) > 1
                )
            ):
                target = named_here[
                    -1
                ]  # apposition: "Jabhat Fatah al-Sham, the group formerly ..."
            elif (
                pronoun
                and named_here
                and pronoun.casefold() in ("its", "their")
                and re.fullmatch(r"\s+and\s+", text[named_here[-1].end : match.start()])
                and not named_here[-1].possessive
            ):
                # "pledged allegiance to IS and its leader, Abu Bakr al-Baghdadi": the name
                # the phrase joins "its" to
                target = named_here[-1]
            elif pronoun and named_here:
                # "The KIA is not a member ..., but it has long been ...": the clause's first
                # actor, which may itself be an anaphor ("The group split from X, and ... it")
                earlier = [
                    i
                    for i in sorted(items, key=lambda i: i.start)
                    if i.end <= match.start()
                    and i.entity.kind != "person"
                    and (
                        not i.possessive
                        or FORCES_OF.match(text, i.end)
                        # "Its first leader, X, ..., and since 2020 it has been led by Y": the
                        # group the sentence opened on
                        # (not "Its Sultan Suleiman Shah Division ...": the unit it owns)
                        or (
                            i.anaphor
                            and re.fullmatch(r"[\W_]*", text[seg.start : i.start])
                            and re.match(r"\s+(?-i:[a-z])", text[i.end :]) is not None
                        )
                    )
                    # "With support from the US-led coalition, it fought ...": not a subject
                    and not _OBJECT_OF_PREPOSITION.search(
                        text, max(seg.start, i.start - 30), i.start
                    )
                    # "In Spain, where ETA dominated, the GRAPO took its name ...": an aside's
                    and not _IN_ASIDE.search(text, seg.start, i.start)
                ]
                # "Aligned with al-Qaeda ..., it has ...": every actor named so far is a
                # preposition's object, so "it" is the passage's topic
                unplaced = [
                    i
                    for i in named_here
                    if not _OBJECT_OF_PREPOSITION.search(
                        text, max(seg.start, i.start - 30), i.start
                    )
                ]
                target = (
                    earlier[0]
                    if earlier
                    else unplaced[0]
                    if unplaced
                    else self._fallback(context, seg) or named_here[0]
                )
            elif noun in self.cues.coalition_nouns:
                # "fought under the banner of the FSA. The front is led by X": the front the
                # text is about, not one named in passing as an object; "became the backbone
                # of the SDF when that coalition was created": the one this sentence names
                here = [i for i in named_here if i.entity.kind == "coalition" and not i.possessive]
                demonstrative = match.group(0).casefold().startswith(("that", "this"))
                # "X formed the Eelam National Liberation Front, and Y joined the front":
                # the one this sentence has just named by that word
                by_word = [i for i in here if noun in i.text.casefold().split()]
                before = [
                    i
                    for i in here
                    if i.end <= match.start()
                    and _OBJECT_OF_PREPOSITION.search(text, max(seg.start, i.start - 30), i.start)
                ]
                if here and demonstrative:
                    target = here[-1]
                elif by_word:
                    target = by_word[-1]
                elif len(before) == 1:
                    # "Formerly part of the Rovuma Alliance, the Kilwa Front left the coalition":
                    # the one coalition this sentence has just named
                    target = before[0]
                else:
                    target = _main_coalition(context, noun)
            elif noun in ("group", "outfit") and self._fallback(context, seg) is not None:
                # "the group" is the actor the passage is about, not the last "X group",
                # and no state's army
                target = self._fallback(context, seg)
                if target is not None and target.entity.kind == "state":
                    target = context.page
            elif noun:
                target = _last_named(context.recent + named_here, noun)
                topic = self._fallback(context, seg)
                if (
                    target is not None
                    and topic is not None
                    and context.topic_paragraph == seg.paragraph
                    and topic.entity is not target.entity
                    and topic.entity.kind == target.entity.kind
                    and match.start("noun") > match.start() + 4
                    and not named_here
                    and noun not in f"{topic.text} {topic.entity.name}".casefold().split()
                    # (not "... set up the EPDM. ..., the new movement was active in Wollo":
                    # a group this paragraph has just named by that word)
                    and re.search(r"\n\s*\n", text[target.end : seg.start]) is not None
                ):
                    # "Hezbollah (Party of God) was founded in 1982 ... The Shia Islamist
                    # movement is ...": a described noun is the passage's own group, not
                    # another named by that word (the Amal Movement) some paragraphs back
                    target = topic
                if target is None and noun in ("army", "force", "forces"):
                    # "The army, led by General al-Burhan": a state's army ("Sudan's army"),
                    # never the passage's rebel topic
                    target = next(
                        (
                            i
                            for i in reversed(context.recent + named_here)
                            if i.entity.kind == "state"
                            or i.text.casefold().split()[-1].rstrip("s") == noun.rstrip("s")
                        ),
                        None,
                    )
                    if target is None:
                        continue
            target = target or self._fallback(context, seg)
            if target is None:
                continue
            items.append(
                Item(
                    match.start(),
                    match.end(),
                    match.group(0),
                    target.entity,
                    anaphor=True,
                    possessive=bool(match.group("poss"))
                    or (pronoun or "").casefold() in ("its", "their"),
                    surface=target.surface,
                )
            )
        return sorted(items, key=lambda i: i.start)

    def _listed_names(
        self, text: str, seg: Segment, items: list[Item], entities: DocumentEntities
    ) -> list[Item]:
        """'members include Hezbollah, Hamas and Ansar Allah', 'A, B and C formed Y': a
        capitalised name listed beside a known actor after a roster cue (or before a founding
        verb) is an actor too, though it has no head word and the gazetteer lacks it."""
        known = [i for i in items if not i.anaphor and i.entity.kind not in ("person", "place")]
        rosters: list[list[tuple[int, int, Item | None]]] = []
        for lead in _ROSTER_LEAD.finditer(text, seg.start, seg.end):
            # "Its members include the A, the B and the C.": a roster that ends the sentence
            # names actors though none of them is known
            parsed = _parse_list(text, lead.end(), seg.end, known)
            if len(parsed) >= 2 and re.fullmatch(
                r"[\"”’]?\s*(?:\([^()]*\))?[\"”’]?[.;]?\s*", text[parsed[-1][1] : seg.end]
            ):
                rosters.append(parsed)
        if not known and not rosters:
            return []
        found: dict[tuple[int, int], Item] = {}
        lists = rosters + [
            _parse_list(text, lead.end(), seg.end, known)
            for lead in _LIST_LEAD.finditer(text, seg.start, seg.end)
        ]
        for tail in _LIST_TAIL.finditer(text, seg.start, seg.end):
            breaks = re.finditer(r"[;:.]\s", text[seg.start : tail.start()])
            clause = seg.start + max([0] + [m.end() for m in breaks])
            for start in _starts(text, clause, tail.start(), known):
                parsed = _parse_list(text, start, tail.start(), known)
                if (
                    len(parsed) >= 2
                    and parsed[-1][1] == tail.start()
                    # "From its base at Taga, the Kilwa Front joined ...": no "and", no list
                    and re.search(
                        r"\band\b|&|\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b",
                        text[parsed[-2][1] : parsed[-1][0]],
                    )
                ):
                    lists.append(parsed)
                    break
        for parsed in lists:
            if len(parsed) < 2 or not (
                parsed in rosters or any(item is not None for _, _, item in parsed)
            ):
                continue
            for start, end, item in parsed:
                if item is not None or (start, end) in found:
                    continue
                name = text[start:end]
                if not name_like(name) or any(i.start < end and start < i.end for i in items):
                    continue
                if any(
                    self.gazetteer.actors[a].kind == "person" for a in self.gazetteer.lookup(name)
                ):
                    continue
                entity = entities.resolve(name, named=True)
                if entity is not None and entity.kind != "person":
                    found[(start, end)] = self._item(text, start, end, entity)
                    entities.listed.add(name_key(name))
        return list(found.values())

    def _factions_of_persons(
        self, text: str, items: list[Item], entities: DocumentEntities
    ) -> list[Item]:
        """'the Sudan Liberation Movement faction of Minni Minnawi', 'the SLM faction led by
        Abdel Wahid al-Nur': one faction of a movement, an actor of its own."""
        out = []
        for item in sorted(items, key=lambda i: i.start):
            tail = _FACTION_OF.match(text, item.end)
            if tail is None or item.entity.kind == "person" or item.possessive:
                out.append(item)
                continue
            end = tail.end()
            while end > tail.start(1) and text[end - 1] in ".,’'":
                end -= 1
            name = text[item.start : end]
            # "(SLM-MM)" after it: the faction's own known name
            paren = re.match(r"\s*\(([^()]{2,40})\)", text[end:])
            known = entities.resolve(paren.group(1)) if paren else None
            entity = known if known is not None and known.gazetteer_id else None
            if entity is not None:
                entities.link(name, entity)
            else:
                entity = entities.resolve(name, named=True)
            if entity is None:
                out.append(item)
                continue
            out = [i for i in out if not (i.start < end and item.start < i.end)]
            out.append(Item(item.start, end, name, entity, surface=name))
        kept = [
            i
            for i in out
            if not any(
                o is not i and o.start <= i.start and i.end <= o.end and o.text != i.text
                for o in out
            )
        ]
        return kept

    def _branches(
        self, text: str, seg: Segment, items: list[Item], entities: DocumentEntities
    ) -> list[Item]:
        """'the Sahara branch of al-Qaeda in the Islamic Maghreb': a branch known by a place
        and its parent; the branch is named in full, its mention is the words before 'of'."""
        found: list[Item] = []
        for match in _PLACE_BRANCH.finditer(text, seg.start, seg.end):
            parent = next((i for i in items if i.start == match.end()), None)
            if (
                parent is None
                or parent.anaphor
                or parent.entity.kind in ("person", "place", "state")
                # "is the Lebanese branch of the Muslim Brotherhood": the subject is the branch
                or _PREDICATIVE_THE.search(text, max(seg.start, match.start() - 30), match.start())
                or any(i.start < match.end("head") and match.start() < i.end for i in items)
            ):
                continue
            name = f"{text[match.start() : match.end('head')]} of {parent.text}"
            entity = entities.resolve(name, named=True)
            if entity is None:
                continue
            if entity.gazetteer_id is None:
                entity.kind = "armed_group"
            surface = text[match.start() : match.end("head")]
            found.append(Item(match.start(), match.end("head"), surface, entity, surface=surface))
        return found

    def _item(self, text: str, start: int, end: int, entity: Entity) -> Item:
        # "Hamas's", and modifiers such as "al-Qaeda-affiliated", do not name a subject.
        possessive = bool(re.match(r"['’]s?\b|-[a-z]", text[end : end + 2]))
        surface = strip_article(text[start:end])
        offset = text[start:end].find(surface) if surface else 0
        return Item(
            start + max(offset, 0),
            start + max(offset, 0) + len(surface),
            surface,
            entity,
            possessive=possessive,
            surface=surface,
        )

    def _fallback(self, context: _Context, seg: Segment) -> Item | None:
        if context.topic is not None and context.topic_paragraph == seg.paragraph:
            return context.topic
        return context.section or context.topic

    def _advance(self, context: _Context, seg: Segment, items: list[Item], text: str) -> None:
        orgs = [i for i in items if i.entity.kind not in ("person", "place")]
        if (
            context.page is None
            and orgs
            and not orgs[0].anaphor
            and re.fullmatch(r"\W*", text[seg.start : orgs[0].start] + text[orgs[0].end : seg.end])
            and not (orgs[0].text.isupper() and " " in orgs[0].text)  # "MILITANT PROFILE"
        ):
            # a profile's title line: "Tehrik-i-Taliban Pakistan" then "Overview", "Leadership"
            context.page = orgs[0]
        if seg.field and orgs and _NAME_FIELD.match(text, seg.start):
            # "Name: Kurdistan Freedom Hawks": the entry's fields that follow are about it
            context.section = context.topic = context.entry = orgs[0]
            context.topic_paragraph = seg.paragraph
            return
        if seg.heading:
            # "AQIM's Sahara branch" is about the branch, not AQIM; "Other information:" in
            # an entry goes on about the entry
            named = [
                i
                for i in orgs
                if not i.anaphor
                and not i.possessive
                # "CELEBES ARMY LEADERS BACK PADANG": a newspaper's headline, not a name
                and not (
                    i.text.isupper()
                    and len(i.text.split()) > 2
                    and i.entity.gazetteer_id is None
                    and i.text.split()[-1].casefold().rstrip("s") not in ORG_HEADS
                    and i.text.split()[-1].casefold() not in ORG_HEADS
                )
            ]
            label = text[seg.end : seg.end + 1] == ":"  # "Other information: Set up ..."
            context.section = named[0] if named else (context.entry if label else None)
            # a heading that names no group ("Leadership", "Size estimates") goes on
            # about the actor the whole page is about
            context.topic = context.section or context.page
            context.topic_paragraph = seg.paragraph + 1
            context.heading = text[seg.start : seg.end]
        elif (
            # "the army has drawn on the X Brigade": a state's army called back by its noun
            # leaves the topic to the group the sentence names
            (lead := _lead_actors(orgs, text))
            and not lead[0].anaphor
            and not seg.field
            and not _fragment(seg, text)
        ):
            # "It emerged from the AUC": a group named after a preposition is not the topic
            actors = [
                i
                for i in lead
                if not i.anaphor
                # "(International Crisis Group reporting)": a source in brackets
                and not _SOURCE_IN_BRACKETS.match(text, i.end)
                and (
                    not _OBJECT_OF_PREPOSITION.search(text, max(seg.start, i.start - 30), i.start)
                    # "announced the formation of the Kivu Patriotic Front": the new group
                    or _FORMATION_OF.search(text, max(seg.start, i.start - 60), i.start)
                )
            ]
            # "A, B and C were merged into a single force, the D": what follows is about D
            actors = [
                i
                for i in actors
                if _MERGED_INTO.search(text, max(seg.start, i.start - 60), i.start)
            ] or actors
            if (
                actors
                or not (
                    context.topic
                    # "more than 7,700 killed, according to Deep South Watch": a source
                    or re.search(
                        r"\baccording\s+to\s+(?:the\s+)?$", text[seg.start : lead[0].start]
                    )
                )
            ):
                context.topic = actors[0] if actors else lead[0]
                context.topic_paragraph = seg.paragraph
        elif (
            orgs
            and not seg.field
            and not orgs[0].possessive
            and re.fullmatch(r"\W*", text[seg.start : orgs[0].start])
            and re.match(r"(?:the|this)\s", orgs[0].text, re.I)
        ):
            # "The front is led by X." opens the sentence: the front stays the topic
            context.topic = orgs[0]
            context.topic_paragraph = seg.paragraph
        elif (
            orgs
            and not seg.field
            and all(i.anaphor for i in orgs)
            and re.match(r"(?:the|this)\s", orgs[0].text, re.I)
            and orgs[0].entity.kind != "state"
            # "the movement" for the Movement of ...: the noun is a word of the name
            and orgs[0].text.split()[-1].casefold() in orgs[0].entity.name.casefold().split()
        ):
            # "Part of the movement went into the forest. Its armed wing, Atika, ...": a
            # sentence that names no group but calls one back by its noun turns to that one
            context.topic = orgs[0]
            context.topic_paragraph = seg.paragraph
        for item in orgs:
            if item.entity.kind == "coalition" and not item.anaphor:
                context.last_coalition = item
                if _main_position(text, seg, item):
                    context.main_coalitions = [*context.main_coalitions, item][-10:]
        context.recent = (context.recent + [i for i in orgs if not i.anaphor])[-30:]
        counted: list[Item] = []
        for item in orgs:
            before = text[seg.start : item.start]
            if (
                item.anaphor
                or item.possessive
                or before.count("(") > before.count(")")  # "(Saraya al-Quds)": a second name
                or re.search(r"\bof\s+(?:the\s+)?$", before)  # "the armed wing of Hamas"
            ):
                continue
            if all(item.entity is not n.entity for n in counted):
                counted.append(item)
        context.previous = counted

    # -- infobox fields and sub-units ------------------------------------------------------

    def _named_entry(
        self, text: str, seg: Segment, items: list[Item], entities: DocumentEntities
    ) -> Item | None:
        """'Name: HOUMAT DAAWA SALAFIA': a record's name field names a group even when the
        name does not look like one."""
        field = _NAME_FIELD.match(text, seg.start, seg.end)
        if field is None or any(i.entity.kind not in ("person", "place") for i in items):
            return None
        value = re.match(
            r"\s*([^\W\d_][^:;()\[\]]{1,78}?)\s*(?:[(\[].*)?$", text[field.end() : seg.end]
        )
        if value is None:
            return None
        entity = entities.resolve(value.group(1), named=True)
        if entity is None or entity.kind in ("person", "place"):
            return None
        start = field.end() + value.start(1)
        return self._item(text, start, field.end() + value.end(1), entity)

    def _entry_name(
        self, text: str, seg: Segment, items: list[Item], entities: DocumentEntities
    ) -> Item | None:
        """The actor a glossary line names before its colon ('Tana Brigades: armed wing of
        the Tana Party; allied with the KF'), when the label is no infobox field's."""
        said = text[seg.start : seg.end]
        label = re.match(r"[\W_]*(?P<label>[^:;.]{2,80}?)\s*:\s+(?=\S)", said)
        if label is None or any(
            cue.match(said, label.start("label")) for _, cue in self.cues.infobox
        ):
            return None
        name = next(
            (
                i
                for i in items
                if i.start == seg.start + label.start("label")
                and i.entity.kind not in ("person", "place")
                and re.fullmatch(
                    r"\s*(?:\([^()]{1,20}\))?\s*", text[i.end : seg.start + label.end("label")]
                )
            ),
            None,
        )
        if name is None:
            # "Anyanya II: a southern rebel movement formed in the late 1970s ...": a glossary
            # entry whose definition says it is a group names one, known or not
            core = re.sub(r"\s*\([^()]*\)$", "", label.group("label"))
            if _glossary_group(core, said, label.end()) and core.casefold() not in STOP_CAPITALS:
                entity = entities.resolve(core, named=True)
                if entity is not None and entity.kind not in ("person", "place"):
                    start = seg.start + label.start("label")
                    name = self._item(text, start, start + len(core), entity)
        if name is None or not re.match(r"\s*(?-i:[a-z])", said[label.end() :]):
            return None  # "ELN: The National Liberation Army was founded ...": a sentence
        return name

    def _field(self, reader: SentenceReader, fallback: Item | None) -> Iterable[Fact]:
        moved = _MEMBERSHIP_FIELD.match(reader.text)
        if moved is not None and fallback is not None:
            # "Left HTS: 20 July 2017", "Joined the NFL: 2018"
            target = next(
                (
                    i
                    for i in reader.items
                    if moved.start(2) <= i.start
                    and i.end <= moved.end(2)
                    and i.entity.kind not in ("person", "state")
                    and i.entity is not fallback.entity
                ),
                None,
            )
            date = next(
                (d for d in reader._dates if d.start >= moved.end() and "date" in d.value), None
            )
            if target is not None:
                when = date.value["date"] if date is not None else None
                joined = moved.group(1).casefold().startswith(("join", "rejoin"))
                yield Fact(
                    _shift(fallback, -10_000),
                    "member_of",
                    target,
                    valid_from=when if joined else None,
                    valid_to=None if joined else when,
                    cue=(0, len(reader.text)),
                )
                return
        for predicate, label in self.cues.infobox:
            match = label.match(reader.text)
            if not match:
                continue
            if predicate == "size" and not _COUNTED.search(reader.text, match.end()):
                continue  # "Members: A, B and C" names the members, it does not count them
            subject = fallback
            if subject is None:
                return
            subject = _shift(subject, -10_000)
            value_at = match.end()
            yield from self._field_value(reader, predicate, subject, value_at)
            return
        yield from self._leader_line(reader, fallback)

    def _tree_branch(
        self,
        document: Document,
        segments: list[Segment],
        index: int,
        items: list[Item],
        above: list[Item],
        entities: DocumentEntities,
        branches: list[tuple[int, Item]],
    ) -> list[tuple[Segment, Fact]]:
        """A line of an order of battle drawn as a tree ("├── 3rd Brigade [X] - Horlivka"):
        the unit belongs to the one it hangs from, the names in square brackets lead it, the
        place after the dash is where it is."""
        seg = segments[index]
        text = document.text
        line_start = text.rfind("\n", 0, seg.start) + 1
        branch = _TREE_BRANCH.match(text, line_start)
        if branch is None or branch.end() > seg.end:
            branches.clear()
            return []
        orgs = [i for i in items if i.entity.kind not in ("person", "place") and not i.anaphor]
        unit = next((i for i in orgs if i.start >= branch.end()), None)
        if not branches and index > 0:
            root = next(
                (i for i in above if i.entity.kind not in ("person", "place") and not i.anaphor),
                None,
            )
            if root is None:
                return []
            branches.append((-1, root))
        column = branch.end("glyph") - line_start
        while branches and branches[-1][0] >= column:
            branches.pop()
        if unit is None or not branches:
            return []
        parent = branches[-1][1]
        branches.append((column, unit))
        span = Segment(seg.start, seg.end, seg.paragraph)
        found: list[tuple[Segment, Fact]] = []
        if parent.entity is not unit.entity:
            tie = "member_of" if parent.entity.kind == "coalition" else "part_of"
            found.append((span, Fact(unit, tie, parent, cue=(unit.start, unit.end))))
        reader = SentenceReader(
            text[seg.start : seg.end],
            [_shift(i, -seg.start) for i in items],
            self.cues,
            entities,
            None,
            document.published,
        )
        # '3rd Brigade "Berkut"', '"Pyatnashka" International Brigade': the unit's own name
        quoted = _QUOTED_AFTER.match(text, unit.end) or _QUOTED_BEFORE.search(
            text, branch.end(), unit.start
        )
        if quoted is not None:
            entities.link(quoted.group(1), unit.entity)
        bracket = _TREE_LEADERS.search(text, unit.end, seg.end)
        if bracket is not None:
            for part in re.finditer(r"[^;,]+", bracket.group(1)):
                at = bracket.start(1) + part.start() - seg.start
                person = reader.person(reader.name_run_after(at, max_gap=1))
                if person is not None and not re.match(r"\s*(?:ex|former)\b", part.group(0)):
                    found.append((span, Fact(unit, "led_by", _shift(person, seg.start))))
        where = _TREE_PLACE.search(text, unit.end, seg.end)
        if where is not None and name_key(where.group(1)) not in {name_key(i.text) for i in orgs}:
            name = where.group(1)
            place = Item(where.start(1), where.end(1), name, entities.place(name), surface=name)
            found.append((span, Fact(unit, "operates_in", place, cue=(unit.start, place.end))))
        return found

    def _table_row(
        self,
        document: Document,
        seg: Segment,
        cells: list[tuple[int, int]],
        header: list[str],
        items: list[Item],
        entities: DocumentEntities,
    ) -> Iterable[tuple[Segment, Fact]]:
        """A table row: its first cell names the actor, the others give what their column
        heads say ("Leader", "Area of operations", "Est. strength", "Founded")."""
        if (
            len(cells) > 1
            and len(header) > 1
            and _ROW_NUMBER.fullmatch(header[0])
            and _ROW_NUMBER.fullmatch(document.text[cells[0][0] : cells[0][1]])
        ):
            # "| # | Group | Area |" then "| 3 | Afar ... (ARDUF) | Afar |": a numbered row
            cells, header = cells[1:], header[1:]
        elif (
            len(cells) == len(header) + 1
            and len(cells) > 1
            and _ROW_NUMBER.fullmatch(document.text[cells[0][0] : cells[0][1]])
        ):
            # "  # | Organisation | ...": a header whose "#" was read as a heading's mark
            cells = cells[1:]
        if len(cells) > 1 and len(header) > 1 and _ID_COLUMN.fullmatch(header[0].strip()):
            cells, header = cells[1:], header[1:]  # "bloc_id,bloc_name,...": a dataset's key
        first = cells[0]
        subject = next(
            (
                i
                for i in items
                if first[0] <= i.start < first[1] and i.entity.kind not in ("person", "place")
            ),
            None,
        )
        cell = document.text[first[0] : first[1]].strip()
        if (
            subject is None
            and _GROUP_COLUMN.fullmatch(header[0].strip())
            and _NAME_RUN.fullmatch(cell)
            and name_key(cell) not in known_places()
        ):
            # "Group | Patron | Main areas" then "Ninjas | ...": the first column names groups
            entity = entities.resolve(cell, named=True)
            if entity is not None and entity.kind not in ("person", "place"):
                at = document.text.index(cell, first[0])
                subject = self._item(document.text, at, at + len(cell), entity)
        if subject is None:
            return
        # "Afar Revolutionary Democratic Unity Front (ARDUF)": the other names in the cell
        named = SentenceReader(
            document.text[seg.start : first[1]],
            [_shift(i, -seg.start) for i in items if first[0] <= i.start and i.end <= first[1]],
            self.cues,
            entities,
            None,
            document.published,
        )
        for fact in named.bracketed_aliases():
            yield Segment(seg.start, seg.end, seg.paragraph), fact
        for (start, end), head in zip(cells[1:], header[1:], strict=False):
            # "Subordinated to (2014)", "Strength (est.)": a column head and its gloss
            bare = re.sub(r"\s*\([^()]*\)$", "", head.strip()).replace("_", " ")
            predicate = next(
                (p for p, label in self.cues.infobox if label.match(bare + ": ")), None
            )
            if predicate is None or start >= end:
                continue
            if bare.casefold() == "parent":
                predicate = "part_of"  # a table's "parent" column: the body a unit belongs to
            reader = SentenceReader(
                document.text[seg.start : end],
                [_shift(i, -seg.start) for i in items if i.end <= end],
                self.cues,
                entities,
                None,
                document.published,
            )
            for fact in self._field_value(
                reader, predicate, _shift(subject, -seg.start), start - seg.start
            ):
                if (
                    fact.predicate == "part_of"
                    and fact.object
                    and fact.object.entity.kind == "coalition"
                ):
                    fact = Fact(fact.subject, "member_of", fact.object, cue=fact.cue)
                yield Segment(seg.start, seg.end, seg.paragraph), fact

    def _field_value(
        self, reader: SentenceReader, predicate: str, subject: Item, value_at: int
    ) -> Iterable[Fact]:
        """The facts a field's value states about its subject ("Leaders: A; B", a table cell
        under "Area of operations")."""
        if predicate == "active":
            # "Active: 2013–2015": the first year founded it, the last dissolved it
            for date in reader._dates:
                if date.start >= value_at:
                    bounds = date.value
                    first = bounds.get("earliest", bounds.get("date"))
                    last = bounds.get("latest")
                    yield Fact(subject, "founded", value={"date": first}, cue=(0, len(reader.text)))
                    ended = re.match(
                        r"\s*[-–—]\s*(?:present|now|today)", reader.text[date.end :], re.I
                    )
                    if last and ended is None:
                        yield Fact(
                            subject,
                            "dissolved",
                            value={"date": last},
                            cue=(0, len(reader.text)),
                        )
                    break
        elif predicate in ("founded", "dissolved"):
            for date in reader._dates:
                if date.start >= value_at:
                    yield Fact(
                        subject, predicate, value=dict(date.value), cue=(0, len(reader.text))
                    )
                    break
        elif predicate == "size":
            sized = False
            for fact in reader._sizes():
                yield Fact(subject, "size", value=fact.value, cue=(0, len(reader.text)))
                sized = True
                break
            bare = _BARE_SIZE.match(reader.text, value_at) if not sized else None
            if bare is not None:
                # "Size: 3,000–5,000", "Strength: about 800 (2019)": the field names the unit
                low = int(bare.group("low").replace(",", ""))
                high = int((bare.group("high") or bare.group("low")).replace(",", ""))
                if 10 <= low <= high and not _YEAR_LIKE.fullmatch(bare.group("low")):
                    unit = "members" if re.match(r"\W*member", reader.text) else "fighters"
                    yield Fact(
                        subject,
                        "size",
                        value={"low": low, "high": high, "unit": unit},
                        cue=(0, len(reader.text)),
                    )
        elif predicate == "operates_in":
            # "Area of operations: Rakhine State; Chin State": each part its own list
            for piece in re.finditer(r"[^;]+", reader.text[value_at:]):
                at = value_at + piece.start()
                at += len(piece.group(0)) - len(piece.group(0).lstrip())
                for place in reader.places_after(at):
                    yield Fact(subject, "operates_in", place, cue=(0, len(reader.text)))
        elif predicate in ("members", "merged_from", "armed_wings"):
            # "Members: A, B", "Merger of: A; B", "Armed wing: X": the listed groups joined
            # it, made it, or fight for it
            tie = {"members": "member_of", "merged_from": "merged_into"}.get(
                predicate, "armed_wing_of"
            )
            listed = [
                m
                for piece in re.finditer(r"[^;|]+", reader.text[value_at:])
                for m in reader.objects_after(value_at + piece.start())
            ]
            seen: set[tuple[int, int]] = set()
            for member in listed:
                if (member.start, member.end) in seen:
                    continue
                seen.add((member.start, member.end))
                if member.entity is not subject.entity:
                    yield Fact(_shift(member, 0), tie, subject, cue=(0, len(reader.text)))
        elif predicate == "led_by":
            # "Leaders: Ameril Umbra Kato (2010–2015); Ismael Abubakar; Ustadz Karialan"
            for piece in re.finditer(r"[^;,|/]+", reader.text[value_at:]):
                at = value_at + piece.start()
                person = reader.person(reader.name_run_after(at, max_gap=3))
                role = re.match(r"\s*\(([^()]*)\)", reader.text[person.end :]) if person else None
                if role is not None and (
                    # "Wassan Singh Zaffarwal (head of a separate faction)"
                    re.search(r"faction|splinter|breakaway", role.group(1))
                    # "Sukhdev Singh Babbar (co-founder; killed 1992)"
                    or (
                        re.search(r"founder", role.group(1), re.I)
                        and not self.cues.title.search(re.sub(r"\S*founder", "", role.group(1)))
                    )
                ):
                    continue
                if person is not None:
                    # "Omar Kanza (2001–2010)": the years of the leadership
                    years = re.findall(r"(?:19|20)\d{2}", role.group(1)) if role else []
                    ongoing = role is not None and re.search(
                        r"present|now|today|since", role.group(1), re.I
                    )
                    dated = role is not None and re.fullmatch(
                        r"\s*(?:since\s+)?(?:19|20)\d{2}\s*(?:[–—-]\s*(?:(?:19|20)\d{2}|present|now|today)?)?\s*",
                        role.group(1),
                    )
                    yield Fact(
                        subject,
                        "led_by",
                        person,
                        valid_from=years[0] if dated and years else None,
                        valid_to=years[1] if dated and len(years) > 1 and not ongoing else None,
                        cue=(0, len(reader.text)),
                    )
        elif predicate == "spokespersons":
            for piece in re.finditer(r"[^;,|/]+", reader.text[value_at:]):
                person = reader.person(reader.name_run_after(value_at + piece.start(), max_gap=3))
                if person is not None:
                    yield Fact(person, "member_of", subject, cue=(0, len(reader.text)))
        elif predicate == "ideology":
            value = reader.text[value_at:].strip(" .;")
            for part in re.split(r"\s*[,;/]\s*", value):
                if part:
                    yield Fact(subject, "ideology", value={"text": part}, cue=(0, len(reader.text)))
        elif predicate == "alias":
            value = reader.text[value_at:].strip(" .")
            if len(_GLOSSED_ACRONYM.findall(value)) >= 2:
                return  # "Abbreviations: INC - Iraqi National Congress; IKF - ...": a glossary
            parts = _alias_parts(value)
            for part in parts:
                # "Name: Jemaah Islamiyah (...), JI": the entry's own name is no alias
                if (
                    part
                    and not _NO_VALUE.fullmatch(part)  # "F.k.a.: na"
                    # "in Islamic State media, ...": a coder's words, not a name
                    and not _ALIAS_FIELD_PROSE.match(part)
                    and not name_key(part).startswith(name_key(subject.text))
                ):
                    yield Fact(
                        subject,
                        "alias",
                        value={"text": part},
                        cue=(0, len(reader.text)),
                    )
        elif predicate == "named_after" and (
            namesake := reader.person(
                reader.name_run_after(value_at, max_gap=3, keep_titles=True), single=True
            )
        ):
            # "Named after: Dzhokhar Dudayev, first president of ...": the person, not the
            # state the description names
            yield Fact(subject, "named_after", namesake, cue=(0, len(reader.text)))
        else:
            targets = reader.objects_after(value_at) + self._value_names(reader, value_at)
            said: set[str] = set()
            # "Part of: Karen National Union": a part of a group that is no coalition
            part = predicate == "member_of" and re.match(r"\W*part\s+of\b", reader.text, re.I)
            # "Parent: 3rd Corps" under a brigade's card: the formation it belongs to
            parent = predicate == "armed_wing_of" and re.match(
                r"\W*parent(?:\s+(?:unit|formation|command))?\s*:", reader.text, re.I
            )
            for target in targets:
                if target.entity is not subject.entity and target.entity.id not in said:
                    said.add(target.entity.id)
                    tie = "part_of" if part and target.entity.kind != "coalition" else predicate
                    if parent and (
                        unit_like(subject)
                        or target.entity.kind == "state"
                        or re.search(
                            r"\b(?:Forces|Army|Guard|Corps|Command|Directorate|Ministry)\b",
                            target.entity.name,
                        )
                    ):
                        tie = "part_of"
                    yield Fact(subject, tie, target, cue=(0, len(reader.text)))

    def _value_names(self, reader: SentenceReader, value_at: int) -> list[Item]:
        """'Allies: Wazalendo; Twirwaneho': an infobox value lists names, each between
        separators: the actor each piece names, or the piece itself though no name rule
        knows it."""
        found: list[Item] = []
        for piece in re.finditer(r"[^;,|/]+", reader.text[value_at:]):
            start = value_at + piece.start() + len(piece.group(0)) - len(piece.group(0).lstrip())
            end = value_at + piece.end() - (len(piece.group(0)) - len(piece.group(0).rstrip()))
            name = reader.text[start:end]
            inside = [i for i in reader.items if i.start < end and start < i.end]
            if inside:
                found.extend(
                    i
                    for i in inside[:1]
                    if not i.anaphor and i.entity.kind not in ("person", "place")
                )
                continue
            if not name_like(name) or name_key(name) in known_places():
                continue
            if self.gazetteer.lookup(name) or name.casefold() in STOP_CAPITALS:
                continue
            entity = reader.entities.resolve(name, named=True)
            if entity is not None and entity.kind not in ("person", "place"):
                found.append(Item(start, end, name, entity, surface=name))
        return found

    def _leader_line(
        self, reader: SentenceReader, fallback: Item | None, leaders: bool = False
    ) -> Iterable[Fact]:
        """A list of leaders under a profile: 'Baitullah Mehsud (2007–2009): founding emir',
        'Noor Wali Mehsud (2018–present): the group's current emir'; under a heading
        'Leadership' every dated name is one."""
        line = _LEADER_LINE.match(reader.text)
        if line is None or fallback is None:
            return
        # the title stands in the description: "founding emir", "a cleric and the group's
        # current emir", not "a former commander of X"
        titled = any(
            not re.match(r"\s+(?:of|in|for)\b", reader.text[t.end() :])
            for t in self.cues.title.finditer(reader.text, line.end())
        )
        if not titled and not (leaders and line.group("years")):
            return
        person = reader.person((line.start("name"), line.end("name")))
        if person is None:
            return
        years = [int(y) for y in re.findall(r"\d{4}", line.group("years") or "")]
        ongoing = re.search(r"present|now|today", line.group("years") or "", re.I)
        yield Fact(
            _shift(fallback, -10_000),
            "led_by",
            person,
            valid_from=str(years[0]) if years else None,
            valid_to=str(years[1]) if len(years) > 1 and not ongoing else None,
            cue=(0, len(reader.text)),
        )

    def _sub_units(self, reader: SentenceReader) -> Iterable[Fact]:
        """'the Jenin Battalion of Saraya al-Quds': a sub-unit named with its parent."""
        for unit in reader.items:
            led = re.search(r"\sfaction\s+(?:led|headed)\s+by\s+", unit.text)
            if led is not None and not unit.anaphor:
                at = unit.start + led.end()
                known = reader.entities.resolve(reader.text[at : unit.end], person=True)
                person = Item(at, unit.end, reader.text[at : unit.end], known) if known else None
                if person is not None:
                    yield Fact(
                        unit, "led_by", person, hedged=reader.hedged, cue=(unit.start, unit.end)
                    )
            if unit.anaphor or unit.entity.kind == "person":
                continue
            words = unit.text.casefold().split()
            faction = bool(words) and words[-1] == "faction"
            if not words or (
                words[-1].rstrip("s") not in SUBUNIT_HEADS
                and not NUMBERED_UNIT.fullmatch(unit.text)
                and not faction
            ):
                continue
            link = re.match(r"\s+(?:of|within)\s+(?:the\s+)?", reader.text[unit.end :])
            if not link:
                continue
            starts = [unit.end + link.end()]
            # "the Simba Brigade of Joseph Mrema's Liberal Party": the parent after its owner
            owner = re.match(
                r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s+", reader.text[starts[0] :]
            )
            if owner is not None:
                starts.append(starts[0] + owner.end())
            parent = next(
                (
                    i
                    for at in starts
                    for i in reader.items
                    if i.start == at and i.entity.kind != "person"
                ),
                None,
            )
            if parent is not None and parent.entity is not unit.entity:
                # "the Sultan Murad Division of the SNA": a member group of a coalition
                # "the Kombo faction of the Kilwa Front": a faction is a membership
                member = faction or (
                    parent.entity.kind == "coalition"
                    and words[-1].rstrip("s") in ("brigade", "division")
                )
                yield Fact(
                    unit,
                    "member_of" if member else "part_of",
                    parent,
                    hedged=reader.hedged,
                    cue=(unit.start, parent.end),
                )

    # -- claims ----------------------------------------------------------------------------

    def _claims(self, document: Document, facts: list[tuple[Segment, Fact]]) -> list[Claim]:
        merged: dict[tuple[str, str, str], dict[str, Any]] = {}
        # "leaders of X walked out and formed Y": X is what Y broke from, never Y's member
        broke = {
            (seg.start, f.subject.entity.id, f.object.entity.id)
            for seg, f in facts
            if f.predicate == "split_from" and f.object is not None
        }
        facts = [
            (seg, f)
            for seg, f in facts
            if not (
                f.predicate == "member_of"
                and f.object is not None
                and (seg.start, f.object.entity.id, f.subject.entity.id) in broke
            )
        ]
        reference = document.reference()
        for seg, fact in facts:
            if (
                fact.predicate == "alias"
                and fact.subject.entity.gazetteer_id is None
                and fact.subject.entity.name.split()[-1].casefold() in _SITE_WORDS
                # (not "the Popular Front for the Liberation of the Occupied Arabian Gulf")
                and not re.search(r"\s(?:of|for|to|in|de|del|des)\s", fact.subject.entity.name)
            ):
                continue  # "the Irrawaddy River (ဧရာဝတီမြစ်)", "the prison (CECOT)": a site's name
            if (
                fact.predicate == "alias"
                and fact.value is not None
                and _names_no_group(str(fact.value.get("text", "")))
            ):
                continue
            if not _LATIN.search(fact.subject.entity.name) or (
                fact.object is not None
                and not _LATIN.search(f"{fact.object.entity.name} {fact.object.surface or ''}")
            ):
                continue  # a name only in another script is an alias, never a party to a tie
            if (
                fact.object is not None
                and not fact.object.anaphor
                and not _LATIN.search(fact.object.surface or fact.object.text)
                and fact.predicate != "alias"
            ):
                continue
            quote_start, quote_end = seg.start, seg.end
            quote = document.text[quote_start:quote_end]
            evidence = Evidence(document.id, quote_start, quote_end, quote)
            if not evidence.is_grounded_in(document.text):
                continue
            target = fact.object.entity.id if fact.object else _value_key(fact.value)
            key = (fact.subject.entity.id, fact.predicate, target)
            confidence = (
                0.85 * (0.6 if fact.hedged else 1.0) * (0.9 if fact.subject.anaphor else 1.0)
            )
            entry = merged.get(key)
            if entry is None:
                merged[key] = {
                    "fact": fact,
                    "evidence": [evidence],
                    "confidence": confidence,
                }
            else:
                if evidence not in entry["evidence"]:
                    entry["evidence"].append(evidence)
                entry["confidence"] = max(entry["confidence"], confidence)
                kept = entry["fact"]
                if kept.valid_from is None and fact.valid_from is not None:
                    kept.valid_from = fact.valid_from
                if kept.valid_to is None and fact.valid_to is not None:
                    kept.valid_to = fact.valid_to
        _fold_coarse_dates(merged)
        claims = []
        for entry in merged.values():
            fact = entry["fact"]
            claims.append(
                Claim(
                    subject=_ref(fact.subject),
                    predicate=fact.predicate,
                    object=_ref(fact.object) if fact.object else None,
                    value=_one_line(fact.value),
                    evidence=tuple(sorted(entry["evidence"], key=lambda e: (e.start, e.end))),
                    document=reference,
                    extractor=EXTRACTOR,
                    confidence=min(0.95, entry["confidence"] + 0.05 * (len(entry["evidence"]) - 1)),
                    valid_from=fact.valid_from,
                    valid_to=fact.valid_to,
                )
            )
        return sorted(claims, key=lambda c: c.sort_key)


_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_LEADERS_HEADING = re.compile(r"\b(?:leaders?|leadership|commanders?|emirs?|heads)\b", re.I)
_LEADER_LINE = re.compile(
    r"^\W*(?P<name>(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]*|bin|ibn|abu|Abu)"
    r"(?:\s+(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]*|bin|ibn|abu)){1,4})"
    r"\s*(?:\((?P<years>[^()]{4,30})\))?\s*[:–—]"
)
_MEMBERSHIP_FIELD = re.compile(
    r"^\W*(left|quit|exited|withdrew\s+from|withdrawal\s+from|joined|rejoined)\s+(.{1,80}?)\s*[:：]\s*",
    re.IGNORECASE,
)
# "militias known as Força Local", "a coalition called Wazalendo": a name given to a group
_INTRODUCED = re.compile(
    r"\b(?:militias?|groups?|forces|fighters|units?|factions?|brigades?|movement|coalition|"
    r"alliance|network|organi[sz]ation|umbrella|outfit)\s+(?:[a-z]+\s+)?(?:known|called|named)"
    r"\s+(?:locally\s+|simply\s+|collectively\s+)?(?:as\s+)?(?:the\s+)?[\"“']?$|"
    # "the youth organisation Jarrai", "the armed group Lakurawa": a name after its kind
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}(?:group|organi[sz]ation|militia|party|"
    r"movement|faction|gang|cartel|network|outfit|guerrilla|insurgency)\s+$|"
    # "Their first clandestine group, Volkan", "founded a new underground, EOKA-B": a name
    # in apposition to its kind
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\w['’]s)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}"
    r"(?:group|organi[sz]ation|militia|movement|faction|cell|underground|body|outfit|network|"
    r"guerrilla\s+force|splinter|offshoot|wing|unit|branch|(?<=intelligence\s)(?:agency|service))"
    r"\s*,\s+(?:the\s+)?$"
)
_IN_ASIDE = re.compile(r",\s*(?:where|when|while|which|whose|who)\b[^,;()]*$")
_FACTION_SUFFIX = re.compile(r"[ ]?\(((?-i:[A-Z]{1,3}|[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{2,15})?))\)")
_QUOTED_GLOSS = re.compile(r"\s*\(\s*[\"“]([^\"”]{2,60})[\"”]\s*\)")
_FACTION_OF = re.compile(
    r"\s+faction\s+(?:of|led\s+by|headed\s+by|loyal\s+to)\s+"
    r"((?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]*|al|bin|ibn|abu)){1,4})"
)
_FORMATION_OF = re.compile(
    r"\b(?:formation|creation|establishment|launch|founding|birth)\s+of\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:new|rival|joint)\s+)?(?:(?:coalition|alliance|group|front|movement|umbrella)\s*,\s*"
    r"(?:the\s+)?)?$"
)
_MERGED_INTO = re.compile(
    r"\b(?:merged|merging|united|combined|folded|fused|came\s+together|joined\s+forces)\s+"
    r"(?:(?:in)?to|to\s+form)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*,\s*)?)?"
    r"(?:the\s+)?$"
)
_OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:from|with|by|against|of|to|for|after|before|under|alongside|among|than|between|"
    r"like|unlike|despite)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HEAD_NOUN = re.compile(
    r" (?:militias?|brigades?|battalions?|coalition|alliance|movement|group|network|gang|faction|"
    r"wing|jamaat|unit|clan|cartel|outfit|cell|detachment|operations\s+room)\b"
)


# Words that open an organisation's name whose tail may follow a preposition:
# "Alliance of Patriots for a Free and Sovereign Congo", "Front for the Liberation of ...".
_ORG_OPENERS = frozenset(
    """alliance movement front union council army forces coalition party organisation
    organization league committee committees brigade brigades group congress federation
    assembly rally gathering""".split()
)
# Names of the shape "X in Y", where Y is a place: "Al-Qaeda in the Arabian Peninsula".
_IN_PLACE_NAME = re.compile(
    r"(?:al-qa['’]?idah?|al-qaeda|al qaeda|islamic\s+state|islamic\s+resistance)$", re.I
)
_NAME_GAP = re.compile(
    r"\s+(?P<words>(?:(?:in|of|for|and|the|a|an)\s+){1,3})|\s+[–—-]\s+(?=[A-Z])|\s+[–—-]\s+"
)
# The head word a name in another language opens on, after the English name and a dash
_FOREIGN_ORG_HEADS = frozenset(
    """movimiento movimento mouvement fuerzas forcas frente ejercito exercito armee partido
    parti alianza alianca conseil comite consejo union jabhat harakat hizb jaysh jaish liwa
    kataib katibat""".split()
)
_COMPASS_QUARTER = re.compile(
    r"(?:North|South|East|West|Centre|Center)(?:-?(?:east|west|East|West))?|Northeast|Northwest|"
    r"Southeast|Southwest"
)
_DASH_TAIL = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Province|Command)$")


# "a) Babbar Khalsa b) BKI": a sanctions list letters each name
_LETTERED = re.compile(r"^[a-z]\)\s+|\s+[a-z]\)\s+")
# "in Islamic State media", "see TRA-NSA-114", "U.S. designation, 2021": words about a name
_ALIAS_FIELD_PROSE = re.compile(
    r"(?:in|see|by|from|for|per|used|as|also|formerly|mainly|mostly|local|coded|no|not|"
    r"since|until|after|before|e\.g\.|i\.e\.)\b|.*\b(?:1[89]|20)\d\d\b|"
    r".*\b(?:designation|usage|spelling|transliteration|media|sources?|press)\b",
)


def _alias_parts(value: str) -> list[str]:
    """The names an alias field lists: split at commas and semicolons outside brackets, a
    bracket after a name read as a second name ('Urdu name: لشکر جھنگوی ("Army of
    Jhangvi")') unless it qualifies the name ('CPI (Maoist)', 'NSCN(K)')."""
    parts: list[str] = []
    depth = start = 0
    for at, char in enumerate(value):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and char in ",;":
            parts.append(value[start:at])
            start = at + 1
    parts.append(value[start:])
    names: list[str] = []
    for part in parts:
        # "Name: Ansar Allah ("Supporters of God"), widely known as the Houthis": the name
        # after the phrase
        part = re.sub(
            r"^\s*(?:(?:also|widely|better|commonly|more\s+commonly|popularly|locally|often)\s+)?"
            r"(?:known|referred\s+to)\s+as\s+(?:the\s+)?",
            "",
            part,
        )
        for piece in _LETTERED.split(part.strip()):
            gloss = re.fullmatch(r"(.+?)\s*\((.+)\)", piece)
            if gloss is None or re.fullmatch(r"[A-Z]|[A-Z][a-z]{1,11}", gloss.group(2)):
                names.append(piece.strip(' "“”'))
                continue
            names.append(gloss.group(1).strip(' "“”'))
            names += [g.strip(' "“”') for g in re.split(r"\s*[,;]\s*", gloss.group(2))]
    return names


_DOCUMENT_HEADS = frozenset(
    """agreement agreements accord accords treaty declaration act law resolution process plan
    protocol charter operation programme program constitution memorandum""".split()
)
_GENERIC_HEADS = frozenset(
    """units forces brigades battalions groups factions militias fighters rebels guerrillas
    army armies troops divisions regiments cells networks militants group panel mission
    committee commission council movement party alliance coalition union force organisation
    organization network corps government authority office bureau directorate agency
    service assembly police""".split()
)
_DESIGNATIONS = frozenset(
    name_key(n)
    for n in (
        "Foreign Terrorist Organization",
        "Foreign Terrorist Organisation",
        "Specially Designated Global Terrorist",
        "Terrorist Exclusion List",
        "Proscribed Organisation",
        "Proscribed Organization",
    )
)
# a value that counts: "Strength: about 800", "several thousand"
_COUNTED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"several|few|many)\b",
    re.I,
)
# "(International Crisis Group reporting)": a name in brackets that cites a source
_SOURCE_IN_BRACKETS = re.compile(
    r"\s+(?:reporting|report|reports|data|figures|estimates?|sources?|says|said|citing|via)\)"
)
# "He was succeeded by Y" opening a sentence
_SUCCEEDED_HIM = re.compile(
    r"\W*(?:He|She)\s+(?:was|had\s+been)\s+(?:later\s+|eventually\s+|then\s+)?succeeded\b"
)
# a sentence that opens on someone else's men: "Turkey-backed fighters", "Government-allied
# militiamen", "Unidentified gunmen", "Rival factions"
_OTHERS_MEN = re.compile(
    r"\W*(?:[\w'’-]+-(?:backed|allied|aligned|affiliated|linked|supported|led|sponsored)|"
    r"pro-[\w'’-]+|anti-[\w'’-]+|rival|unidentified|unknown|suspected|government|state|"
    r"army|police|security|regime|opposition|tribal|clan|local)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:fighters|gunmen|militants|militiamen|militias?|forces|troops|soldiers|rebels|"
    r"insurgents|groups|factions|units|armed\s+men|paramilitaries)\b",
    re.I,
)
_MEN_OF = re.compile(
    r"\s+(?:fighters|militants|militiamen|gunmen|insurgents|combatants|jihadists|rebels)\b"
)
_GROUP_DEFINITION = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[a-z][\w'’-]*\s+){0,4}?(?:movement|group|militia|militias|army|force|"
    r"forces|faction|organi[sz]ation|party|coalition|alliance|umbrella|front|network|guerrillas?|"
    r"insurgents?|rebels?|brigades?|battalion|unit|wing|gang|cartel)\b"
)


def _glossary_group(term: str, text: str, definition_at: int) -> bool:
    """'Anyanya II: a southern rebel movement formed in ...': a glossary term, a plain name,
    whose definition at `definition_at` calls it a group."""
    return (
        "," not in term
        and _NAME_RUN.fullmatch(term) is not None
        and _GROUP_DEFINITION.match(text, definition_at) is not None
    )


_ID_COLUMN = re.compile(r"(?:[a-z]+[_ ])?(?:id|code|key)", re.IGNORECASE)
_GROUP_COLUMN = re.compile(
    r"(?:armed\s+|militant\s+|rebel\s+)?(?:groups?|militias?|factions?|organi[sz]ations?|"
    r"movements?|units?|battalions?|actors?|blocs?)(?:[_ ]names?)?|names?",
    re.IGNORECASE,
)
_ONE_WORD_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]{3,30}")
# headings that name a part of a profile, not a group
_SECTION_WORDS = frozenset(
    """background history leadership ideology overview origins origin structure activities
    funding finances membership members allies rivals designations designation sanctions
    timeline chronology summary introduction conclusion notes references sources contents
    analysis outlook recommendations methodology context strength areas territory operations
    attacks violence""".split()
)
_TITLE_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:[ -][\w'’().-]+)*")


def _infobox_titles(text: str, segments: list[Segment]) -> dict[int, int | None]:
    """Headings that caption an infobox (the next line, or the one after a line with
    the name in another language, is a field), each with that other line's index."""
    titles: dict[int, int | None] = {}
    for index, seg in enumerate(segments[:-1]):
        if index - 1 in titles.values():
            continue
        if not seg.heading and not (
            # a caption with no blank line under it: the page's first line, a bare name
            index == 0
            and not seg.field
            and not seg.bullet
            and _TITLE_NAME.fullmatch(text[seg.start : seg.end])
            and len(text[seg.start : seg.end].split()) <= 8
        ):
            continue
        after = segments[index + 1]
        if after.field:
            titles[index] = None
        elif (
            index + 2 < len(segments)
            and segments[index + 2].field
            and not after.bullet
            # a page copied from a browser puts the caption and the native name on lines
            # of their own, each read as a heading
            and (after.paragraph == segments[index + 2].paragraph or after.heading)
            and _TITLE_NAME.fullmatch(text[after.start : after.end])
            and len(text[after.start : after.end].split()) <= 8
        ):
            titles[index] = index + 1
    return titles


def _opens_org(run: str) -> bool:
    """Whether an organisation word stands in the first three words of a name, or the name
    is al-Qaeda's or the Islamic State's."""
    words = [w.casefold() for w in _without_openers(run).split()]
    if _IN_PLACE_NAME.match(" ".join(words[:2])) or _IN_PLACE_NAME.match(words[0] if words else ""):
        return True
    return any(w in _ORG_OPENERS for w in words[:3])


_PROSE_VALUE = re.compile(
    r":\s+.*\b(?:led|headed|chaired|commanded|founded|formed|created|set\s+up|backed|"
    r"allied|affiliated|linked|loyal|split|broke|merged|joined|left|known|called|named|based|"
    r"active|operates|operating|fought|fights|fighting|includes?|including|comprises?|"
    r"part\s+of|member|wing|under|(?:commander|leader|chairman|chairperson|head|chief|emir|"
    r"president|secretary-general|coordinator)\s+of)\b"
)
_DATE_ONLY = re.compile(
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{1,2},?)?(?:\s+\d{4})?|\d{4}"
)
_ABSTRACT_NOUN = re.compile(
    r"(?:Defen[cs]e|Justice|Peace|Freedom|Unity|Liberty|Democracy|Security|Development|"
    r"Reform|Renewal|Progress|Salvation|Reconciliation|Equality|Dignity|Solidarity|"
    r"Resistance|Liberation|Independence|Truth|Order|Law|Labour|Labor|Work|Faith|Honour|"
    r"Honor|Hope|Change|Struggle|Sovereignty|Restoration|Integrity|Prosperity|Construction)"
)


def _join_prepositional(
    text: str, runs: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """'Alliance of Patriots' + 'for a' + 'Free' + 'and' + 'Sovereign Congo': the pieces of one
    organisation's name that prepositions and articles cut apart. A place after 'in' at the
    end is no part of the name ('the Movement in Mali') except in names of the 'X in Y' shape
    ('Al-Qaeda in the Arabian Peninsula', 'Islamic State in Somalia')."""
    out: list[tuple[int, int]] = []
    extended: set[tuple[int, int]] = set()
    places = known_places()
    index = 0
    while index < len(runs):
        start, end = runs[index]
        head = text[start:end]
        chained = (
            _opens_org(head)
            or (
                _ABSTRACT_NOUN.fullmatch(head) is not None
                and index + 1 < len(runs)
                and text[end : runs[index + 1][0]] == " and "
            )
        ) and not any(s < end and start < e and not (start <= s and e <= end) for s, e in taken)
        following = index + 1
        while chained and following < len(runs):
            next_start, next_end = runs[following]
            gap = _NAME_GAP.fullmatch(text, end, next_start)
            if gap is None or any(s < next_end and next_start < e for s, e in taken):
                break
            tail = text[next_start:next_end]
            words = (gap.group("words") or "").split()
            if words in (["the"], ["a"], ["an"]):
                break  # "call the Pemba Front the Sea Army": two names, no preposition
            first = tail.split()[0].casefold()
            if first in STOP_CAPITALS or (tail.isupper() and len(tail) > 1 and "-" not in tail):
                break  # "Front for Liberation (FL) and ...": no acronym, no 'In 2019'
            name = text[start:end]
            if not words:  # a dash: "Islamic State – West Africa Province"
                tail_words = tail.casefold().split()
                if (
                    len(name.split()) >= 3
                    and len(tail_words) >= 3
                    and fold(tail_words[0]) in _FOREIGN_ORG_HEADS
                ):
                    break  # "Revolutionary Left Movement - Movimiento de Izquierda ...": two names
                if not (
                    _DASH_TAIL.fullmatch(tail)
                    # "FARC – Ejército del Pueblo", "... – People's Army": a name's second part
                    or tail_words[0] in ORG_HEADS
                    or (len(tail_words) <= 3 and tail_words[-1] in ("army", "ejército", "armée"))
                ):
                    break
            elif "in" in words:
                if not (_IN_PLACE_NAME.search(_without_openers(name)) or tail.endswith("Province")):
                    break
            elif "and" in words:
                before = re.split(r"\s+(?:of|for|the|a|an)\s+", name)[-1]
                if (
                    words == ["and"]
                    and before == name
                    and _ABSTRACT_NOUN.fullmatch(before)
                    and looks_like_org(tail.rstrip("."))
                    and name_key(before) not in places
                ):
                    # "Defence and Security Forces", "Justice and Equality Movement": two
                    # abstract nouns joined in one name
                    end = next_end
                    following += 1
                    continue
                if (
                    words != ["and"]
                    or before == name
                    or looks_like_org(before)
                    or name_key(before) in places
                    or name_key(tail) in places
                    or tail.split()[0].casefold() in ORG_HEADS
                    or looks_like_org(tail.split()[0])
                ):
                    break
            end = next_end
            following += 1
        if (start, end) != runs[index]:
            extended.add((start, end))
        out.append((start, end))
        index = following if (start, end) != runs[index] else index + 1
    return out, extended


# "Myanmar's Sagaing Region": a possessor, then a capitalised name that ends in a territory word
_OWNED_TERRITORY = re.compile(
    r"(?-i:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))['’]s\s+(?P<territory>(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Province|Region|District|State|Division|Governorate|County|Prefecture|Department|"
    r"Territory|Oblast|Krai|Municipality))"
)


def _owned_place(text: str, item: Item) -> bool:
    """'Myanmar's Sagaing Region', 'Burundi's Makamba Province': a country's own region,
    however much its last word looks like an armed group's ('Sahel Province'); the mention
    may hold the possessor or follow it."""
    if item.entity.gazetteer_id is not None:
        return False
    owned = _OWNED_TERRITORY.search(text, max(0, item.start - 40), item.end)
    return (
        owned is not None
        and owned.end() == item.end
        and item.start in (owned.start("owner"), owned.start("territory"))
        and name_key(owned.group("owner")) in known_places()
    )


_PREDICATIVE_THE = re.compile(
    r"\b(?:is|was|are|were|as|becomes?|became|remains?|remained|be|been)\s+(?:now\s+)?the\s+$"
)
# "the Sahara branch of AQIM", "the Kivu wing of the Lake Front": a unit by place and parent
_PLACE_BRANCH = re.compile(
    r"(?<=\bthe\s)(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}"
    # (not "the Yemen-based branch of al-Qaeda": where it is, not what it is called)
    r"(?<!-based)(?<!-backed)(?<!-led)(?<!-born)\s+"
    r"(?P<head>branch|wing|chapter|cell|section|faction)\s+of\s+(?:the\s+)?"
)


def _after_known_possessor(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """'UDA's Shankill Brigade': a known name, its possessive ending, and a name it owns are
    two runs ('People's Liberation Army', known whole, stays one)."""
    for s, e in taken:
        if start <= s < e < end and re.match(r"['’]s\s+(?-i:[A-Z0-9])", text[e : e + 4]):
            following = e + 3
            if not any(ts < end and following < te and ts < following for ts, te in taken):
                return [(start, e + 2), (following, end)]
    return [(start, end)]


def _with_head_noun(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> tuple[int, int]:
    """'the Zaïre militia', 'the Maute group': a capitalised name and its lower-case head
    noun name one actor (not where the name is already a known actor: 'the Islamic State
    group' stays 'Islamic State')."""
    head = _HEAD_NOUN.match(text, end)
    if (
        head is None
        or not (
            re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.I)
            # "The Karialan faction has operated ...": the article opens the run itself
            # (a singular head: "The Zintan brigades" are brigades from Zintan)
            or (
                re.match(r"The\s+(?-i:[A-Z])", text[start:end]) is not None
                and not head.group().endswith("s")
            )
            # "Amjad Farooqi group: a Punjabi faction ...": a label that opens its line
            or (
                re.search(r"(?:^|\n)[\W_]*$", text[max(0, start - 6) : start])
                and head.end() < len(text)
                and text[head.end()] == ":"
            )
        )
    ):
        return (start, end)
    if re.search(
        r"-(?:affiliated|led|backed|linked|aligned|allied|based|controlled|inspired|run|"
        r"dominated|sponsored|funded|supported|loyal|oriented)$",
        text[start:end],
    ):
        return (start, end)  # "the al-Qaeda-affiliated coalition", "the RSF-led alliance"
    if any(s < end and start < e and not (start <= s and e < end) for s, e in taken):
        # "the Fatah Mubin operations room" is not Fatah; "the Islamic State group" is
        return (start, end)
    if text[start:end].casefold() in STOP_CAPITALS:
        return (start, end)
    if _APPOSITION_AFTER_NAME.search(text[max(0, start - 120) : start]) and not re.search(
        _PLACE_BEFORE_APPOSITION, text[max(0, start - 120) : start]
    ):
        return (start, end)  # "Aitarak, the Dili militia commanded by X": a description
    words = text[start:end].split()
    if (
        name_key(words[0]) in demonyms()
        or re.search(r"(?:ist|ite|ian|en)$", words[-1])
        or words[-1].casefold() in PEOPLES
    ):
        return (start, end)  # "Hamas, the Palestinian Islamist movement": a description
    return (start, head.end())


_HYPHENED_WORD_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:Al|El|Ex|Pro|Anti|Non|Neo|Pan|Post|Pre|Mid|Sub)-)"
    r"(?-i:[A-Z][a-z]+)(?:-[a-z]{1,3})?-$"
)
# words a headline in capitals spells like an acronym
_SHOUTED_WORDS = frozenset("IS IT US AT ON IN OR AN AS TO OF BY NO SO WE HE".split())
_SHOUTED_LINE = re.compile(r"[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}")
# "Aitarak ('thorn' in Tetum), the ": an apposition opens right after a group's name
_APPOSITION_AFTER_NAME = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+\([^()]{1,60}\))?\s*,\s+(?-i:the)\s+$"
)
# "In Ituri, the ...": a fronted place, not a name the apposition describes
_PLACE_BEFORE_APPOSITION = (
    r"(?:\b(?-i:in|at|on|from|near|across|around|throughout|inside|outside|to|"
    r"into|of|by|with|for|In|At|On|From|Near|Across|Around|Throughout|Inside|Outside))\s*"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s*,\s+(?-i:the)\s+$"
)


_LIST_LEAD = re.compile(
    r"\b(?:members?(?:\s+(?:groups?|factions?|organi[sz]ations?))?\s+(?:include[sd]?|are|were)|"
    r"include[sd]?|including|comprising|comprises|comprised(?:\s+of)?|composed\s+of|"
    r"made\s+up\s+of|consist(?:s|ed|ing)?\s+of|(?:brings|brought|bringing)\s+together|"
    r"such\s+as|among\s+them|namely|(?:alliance|coalition|merger|union)\s+(?:of|between))"
    r"\s*:?\s+"
)
_ROSTER_LEAD = re.compile(
    r"\b(?:(?:[Ii]ts|[Tt]heir)\s+members?(?:\s+(?:groups?|factions?|gangs?|organi[sz]ations?))?\s+"
    r"(?:include[sd]?|are|were)|comprises|comprising|(?:brings|brought)\s+together)\s*:?\s+"
)
_LIST_TAIL = re.compile(
    r"\s+(?:(?:have|had|has|also|then|later|jointly|together)\s+)*(?:formed|founded|joined|"
    r"merged|set\s+up|created|launched|signed|united|agreed\s+to\s+form|came\s+together)\b|"
    # "A, B and C announced on Wednesday that they had ... joined the front"
    r"\s+(?:(?:have|had|has|also|jointly)\s+)*(?:announced|said|declared|confirmed|stated)\b"
    r"[^.;:]{0,60}?\bthey\s+(?:had|have|would|will|were)\b[^.;:]{0,80}?\b(?:joined|merged|formed)\b"
)
_LIST_GAP = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+)?|\s+and\s+|"
    r"\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+plus\s+)(?:the\s+)?"
)
_LIST_END = re.compile(r"\s*(?:[,;.:()]|$|and\b|as\s+well\b|along\b|plus\b)|" + _LIST_TAIL.pattern)


def _parse_list(
    text: str, position: int, limit: int, known: list[Item]
) -> list[tuple[int, int, Item | None]]:
    """The names of a list 'A, B (C) and the D' from `position`: each a known actor or a
    capitalised run that the list's punctuation closes."""
    elements: list[tuple[int, int, Item | None]] = []
    while position < limit:
        article = re.match(r"(?:the\s+)?", text[position:limit])
        position += article.end() if article else 0
        item = next((i for i in known if i.start == position), None)
        quoted = re.match(r"[\"“‘]([A-Z0-9][^\"”’]{1,40})[\"”’]", text[position:limit])
        if item is None and quoted is not None and name_like(quoted.group(1)):
            # 'and the "Red Ants"': a quoted name in the list
            elements.append((position + 1, position + 1 + len(quoted.group(1)), None))
            position += quoted.end()
        elif item is not None:
            elements.append((item.start, item.end, item))
            position = item.end
        else:
            run = _NAME_RUN.match(text, position, limit)
            if run is None:
                break
            end = run.end()
            while end > position and text[end - 1] in ".’'":
                end -= 1
            if any(position < i.start < end for i in known):
                break
            if not _LIST_END.match(text, end, limit) and end < limit:
                break
            elements.append((position, end, None))
            position = end
        paren = re.match(r"\s*\([^()]*\)", text[position:limit])
        if paren is not None:
            position += paren.end()
        nominal = NOMINAL_LIST_ASIDE.match(text, position, limit)
        if nominal is not None:
            position = nominal.end()
        gap = _LIST_GAP.match(text, position, limit)
        if gap is None:
            break
        position = gap.end()
    return elements


def _starts(text: str, start: int, end: int, known: list[Item]) -> list[int]:
    """Where a list standing before `end` may begin: a known actor or a capitalised run."""
    found = {i.start for i in known if start <= i.start < end}
    found |= {m.start() for m in _NAME_RUN.finditer(text, start, end)}
    return sorted(found)


# "X, a Sufi militia", "X is an armed group from ...": a name the article calls a group
_DEFINED_AS_GROUP = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s+|(?:,\s+(?:also\s+)?(?:known|called)\s+[^,;()]{3,50},)?"
    r"\s+(?:is|was|are|were)\s+)(?:a|an|the)\s+"
    # "a cultural and nationalist popular movement": adjectives may be joined by "and"
    r"(?:(?!of\b|in\b|with\b|that\b|which\b)(?!and\s+(?:a|an|the)\b)[\w'’-]+\s+){0,5}?"
    r"(?:militias?|armed\s+groups?|rebel\s+groups?|jihadist\s+groups?|insurgent\s+groups?|"
    # "Ekin, a study group founded in 1952"
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<=[a-z]\s)groups?(?!\s+of\b)|"
    r"militant\s+groups?|brigades?|factions?|armed\s+movements?|rebel\s+movements?|"
    r"coalition|alliance|paramilitary(?:\s+force)?|outfit|gangs?|armed\s+gangs?|platform|"
    r"umbrella|bloc|"
    # "the Êzidxan Asayish, the security force of the Autonomous Administration"
    r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\binternal\s))(?:security|police)\s+force(?=\s+of\b)|"
    # "Naparama, a movement in Zambézia" (not "Ali, a movement veteran")
    r"movement(?=\s+(?:in|of|from|based|active|that|which|led|founded|formed)\b)|"
    r"self-defen[cs]e\s+(?:group|militia|force)|(?:volunteer\s+|paramilitary\s+|armed\s+)?"
    r"(?:units?|battalions?|regiments?|networks?)|parties|party|(?:armed|militant|jihadist|rebel)\s+"
    r"(?:organi[sz]ations?|networks?)|(?<=\s)(?:naval|youth|women['’]s|student|urban|armed|"
    r"military|militant|political|paramilitary)\s+wing(?=\s+of\b)|"
    r"(?:armed|militant|jihadist|rebel)\s+"
    r"(?:organi[sz]ations?|networks?)|"
    # "Meitei Leepun is a Meitei nationalist organisation headed by X"
    r"(?:nationalist|separatist|secessionist|insurgent|underground|guerrilla|extremist|"
    r"revolutionary|islamist|maoist|marxist|marxist-leninist|salafi|salafist)\s+"
    r"(?:organi[sz]ations?|groups?|movements?|outfits?))\b(?!['’])"
)
_PAST_VERB_OPENER = re.compile(
    r"(?:[A-Z][a-z]+ed|Quit|Took|Won|Led|Split|Broke|Left|Fought|Grew|Became|Set|Made|Held|Lost|"
    r"Began|Drove|Overran|Seized|Rejoined|Joined|Shot|Kept|Sent|Built|Ran|Hit|Struck|Fled|"
    r"Abandoned|Absorbed|Formally|Officially|Properly|Formerly|Originally|Previously)"
    r"[ \t]+(?:the|an?|its|their)[ \t]+(?=[A-Z])"
)
_TABLE_ROW = re.compile(r"\s*\|.*\|.*\|\s*")
_TABLE_CELL = re.compile(r"\|\s*([^|]*?)\s*(?=\|)")
_TABLE_RULE = re.compile(r":?-{2,}:?|")
# "----|------|----": the rule under a pipe table's header, as a line of its own
# (or "-----+-----": the rule a console or plain-text table draws)
_PIPE_RULE = re.compile(r"[-|+:=\s]+")
_DESCRIBED_BY_MODIFIER = re.compile(
    r"(?:The\s+)?(?:[\w.'’]+-)+(?:backed|led|based|affiliated|aligned|allied|linked|sponsored|"
    r"funded|supported|controlled|dominated|run|inspired|oriented)\s+(?=[A-Z])"
)
_MEN_OF_NAME = re.compile(
    r"(?:Rebels|Fighters|Militants|Members|Gunmen|Troops|Soldiers|Elements|Remnants|Supporters|"
    r"Loyalists|Militiamen|Insurgents)\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])"
)
_BARE_SIZE = re.compile(
    r"\s*(?:(?:about|around|approximately|approx\.|c\.|ca\.|est\.|estimated|some|up\s+to)\s+)?"
    r"(?P<low>\d{1,3}(?:,\d{3})+|\d{2,6})(?:\s*[–—-]\s*(?P<high>\d{1,3}(?:,\d{3})+|\d{2,6}))?"
    r"(?=\s*(?:\(|\[|;|,|$|\+))"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")
_TRANSLATED_NAME = re.compile(
    r"\s*\((?:in\s+)?(?P<language>(?-i:[A-Z])[a-z]+):?\s+[^()\"“]{0,60}?,?\s*[\"“][^\"”()]{3,60}[\"”]\)"
)
# '(მხედრიონი, Mkhedrioni, "the Horsemen")': a name in its own script, maybe transliterated
# and translated
_NATIVE_GLOSS = re.compile(
    r"\s*\(([^()\"“,;]{1,60})(?:[,;]\s*[^()\"“,;]{1,60})?"
    r"(?:[,;]\s*(?P<translation>[\"“‘'][^\"”’()]{2,60}[\"”’']))?\)"
)
_GROUP_NAME_GLOSS = re.compile(r"\s*\((?:the\s+)?((?-i:[A-Z])[^()]{3,60})\)")
# "├── ", " │    └── ", "|-- ": a branch of a tree drawn in text
_TREE_BRANCH = re.compile(r"[ \t]*(?:[│┃|][ \t]+)*(?P<glyph>[├└┣┗]──|[├└]─|\|--|`--|\+--)[ \t]*")
_QUOTED_AFTER = re.compile(r"\s*[\"“]([^\"”\n]{2,40})[\"”]")
_QUOTED_BEFORE = re.compile(r"[\"“]([^\"”\n]{2,40})[\"”]\s+$")
_TREE_LEADERS = re.compile(r"\[([^\[\]]{3,120})\]")
# "... [X] - Horlivka", "... - Debaltseve area": the place a branch ends on
_TREE_PLACE = re.compile(
    r"\s[-–]\s+((?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*)*)(?:\s+area)?\s*$"
)
# "INC - Iraqi National Congress", "IKF = Iraqi Kurdistan Front": an acronym and its name
_GLOSSED_ACRONYM = re.compile(r"(?:^|[;,]\s*)[A-Z][A-Za-z]{1,9}\s+[-–=:]\s+[A-Z]")
_DATE_OPENER = re.compile(
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?\s+(?:the\s+)?(?=[A-Z])"
)
_SUBJECT_OF_GROUP_VERB = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s+[^,;()]{3,60},)?,?\s+(?:"
    # "Iparretarrak, founded in 1973, was ...": a founding participle set off by commas
    r"(?<=,\s)(?:founded|formed|established|created|set\s+up|launched)\s+(?:in|on)\s+[^,;]{3,30},\s+(?=[a-z])|"
    # "Sudan Shield, led by Abu Aqla Keikal, defected": a leader's participle set off too
    r"(?<=,\s)(?:led|headed|commanded)\s+by\s+[^,;]{3,40},\s+(?=[a-z])|"
    r"(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:first|originally|formally|officially|initially|later|jointly)\s+)?"
    r"(?:founded|formed|established|created|set\s+up|launched)\s+(?:in|on|by|during|after|as)|"
    # "Lakurawa operates in ...", "Twirwaneho is led by ...": what only a group does
    r"(?:operates|operate|operated|(?:is|are|was|were|remains?)\s+(?:mainly\s+|mostly\s+)?active)"
    r"\s+(?:mainly\s+|mostly\s+|largely\s+)?(?:in|across|around|along)|"
    r"(?:is|are|was|were)\s+(?:now\s+|currently\s+)?(?:led|headed|commanded)\s+by)\b"
)
_CALLED_COALITION = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s+|\s+(?:is|was|has\s+been|remains)\s+)(?:a|an|the)\s+"
    r"(?:(?!of\b|in\b|and\b|with\b|that\b|which\b)[\w'’-]+\s+){0,3}?"
    r"(?:alliance|coalition|umbrella|federation|bloc|grouping|operations\s+room)\b"
)
# Acronyms that name no armed group: states, agencies, media, things.
_NOT_ACTOR_ACRONYMS = frozenset(
    """UN US USA UK EU AU UAE DRC CAR NATO ECOWAS IGAD SADC OAU UNHCR UNICEF WFP ICRC MSF HRW
    ICC ICJ IMF OCHA ACLED UCDP AFP BBC CNN NPR AP TV IED IEDS RPG AK GDP CEO NGO NGOS ID PDF
    SMS GPS HQ UNSC UNSCR OSCE OPEC ASEAN SAARC WHO FAO ILO IOM MP MPS PM AD BC CE BCE USD EUR
    DNA LGBT COVID VIP ISO OK TBC TBD PS NB FAQ QA GUEST HOST ANCHOR REPORTER EDITOR NOTE UPDATE
    CAPTION PHOTO VIDEO WATCH READ MORE LIVE BREAKING EXCLUSIVE OPINION AUDIO LISTEN
    UTC GMT BST CET CEST EET EEST EAT WAT CAT IST PKT MSK EST EDT PST PDT ISBN DOI URL AMA
    RSS PLEASE SORRY THANKS YES NO NOT NEVER ALWAYS VERY REALLY ONLY ALSO STILL JUST NOW ALL
    AND OR BUT THE ABOUT OVERVIEW SUMMARY BACKGROUND CONTENTS INDEX HOME MENU SEARCH SHARE SAVE
    REVIEWS COMMENTS CONTACT SUBSCRIBE RELATED TOPICS SOURCES REFERENCES TIMELINE OUTLOOK
    CHAPTERS TRANSCRIPT ABSTRACT KEYWORDS""".split()
)


_BASE_WORDS = frozenset("camp base station post checkpoint prison airport port".split())
# "the Bangladesh Liberation War (মুক্তিযুদ্ধ, ...)": an event's name, not a body's; here also
# a campaign's or a day's, which a glossed name never is
_EVENT_WORDS = EVENT_TAILS | frozenset("conflict operation day campaign offensive".split())
# 'called it "the Vigo massacre"', '"gun-fire day"': a deed's or a day's name
_DEED_WORDS = frozenset(
    "massacre attack attacks bombing bombings killings raid affair day incident siege battle "
    "ambush kidnapping hijacking".split()
)


def _names_no_group(alias: str) -> bool:
    """A quoted phrase that describes ('called Barrio 18 "one of the largest gangs in our
    hemisphere"') or names a deed ('called it "the Vigo massacre"'), not the group."""
    words = alias.split()
    return _DESCRIPTIVE_PHRASE.fullmatch(alias) is not None or (
        len(words) > 1
        and words[-1].casefold().strip("\"”'’.") in _DEED_WORDS
        and not re.search(r"\s(?:of|for)\s", alias)
    )


# What opens a gloss: 'literally "front of national resistance"', 'meaning "the bees"'
_GLOSS_BEFORE = re.compile(
    r"\b(?:literally|meaning|means|translates\s+as|translated\s+as)\s*[\"“‘']?\s*"
    r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# Words that end the name of a site, never of an actor
_SITE_WORDS = frozenset(
    "river rivers lake mountain mountains hills park complex valley desert forest sea bay "
    "coast corridor dam bridge airport prison".split()
)
# a quoted phrase that describes rather than names: "one of the largest gangs", "a victory"
_DESCRIPTIVE_PHRASE = re.compile(r"(?:a|an|one\s+of|some\s+of|among)\s+(?-i:[a-z]).*", re.S)
_PLACE_WORDS = frozenset(
    "region province district territory county republic governorate prefecture "
    "municipality state city area areas territories".split()
)
_CAPITALISED_OPENERS = frozenset(
    "but and or so yet the a an in on at by for from with as of after before when while since "
    "its their his her this that these those although though because if however then".split()
)
_TITLE_PARTICLES = frozenset("of for and the in on de du des la le et".split())
# capitalised words joined only by the small words of a title: "Front for Change and Concord
# in Chad"
_TITLED_NAME = re.compile(
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:"
    + "|".join(sorted(_TITLE_PARTICLES))
    + r")\s+)*(?-i:[A-Z][\w'’-]*))*"
)
# "(FPRC)", "(FPRC, Popular Front ...)", "(Partido Africano da Independência ..., PAIGC)"
_DEFINING_ACRONYM = re.compile(
    r"\(\s*(?:[^()]{3,120}?[;,]\s*(?=[^\W\d_a-z][\w&-]{1,11}\s*\)))?([^\W\d_a-z][\w&-]{1,11})\s*[;,)]"
)
_NAME_TAIL = re.compile(r"[^,;:()\[\]\"“”.!?]*$")
_NAME_TOKEN = re.compile(r"[^\s]+")


_STATE_FORCE_NAME = re.compile(
    r"\b((?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?:(?:regular|national|federal|government)\s+)?"
    r"(?:army|armed\s+forces|military|security\s+forces|forces|troops|soldiers|police|navy|"
    r"air\s+force)\b"
)


_QUOTED_BODY = re.compile(
    r"[\"“]((?-i:[A-Z])[^\"”]{2,60})[\"”]\s*(?:\([^()]{1,60}\)\s*)?"
    r"(?:operations\s+room|coalition|alliance|front|bloc|umbrella|joint\s+command|command)\b"
)


def _quoted_bodies(text: str, seg: Segment, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [
        (m.start(1), m.end(1))
        for m in _QUOTED_BODY.finditer(text, seg.start, seg.end)
        if not any(s < m.end(1) and m.start(1) < e for s, e in taken)
    ]


def _line_parts(text: str, start: int, end: int, field: bool) -> list[tuple[int, int]]:
    """A name may run on over a hard-wrapped line break, but not from a field's label on
    its own line into the value under it ("Leaders" / "Omar Kanza")."""
    if not field or "\n" not in text[start:end]:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    cuts = [start] + [
        start + m.end()
        for m in re.finditer(r"\n", text[start:end])
        # "Background: ... the National" / "Liberation Front (FLN)": a long line hard-wrapped
        # in a field's prose runs the name on
        if start + m.start() - (text.rfind("\n", 0, start + m.start()) + 1) < 50
    ]
    for a, b in zip(cuts, [*cuts[1:], end], strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            parts.append((a, b))
    return parts


def _numbered_units(text: str, seg: Segment, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in NUMBERED_UNIT.finditer(text, seg.start, seg.end)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]


def _state_forces(text: str, seg: Segment, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in _STATE_FORCE_NAME.finditer(text, seg.start, seg.end):
        if name_key(match.group(1)) not in demonyms():
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        found.append((match.start(), match.end()))
    return found


def _spelled_in_other_order(letters: list[str], name: str) -> bool:
    """'African Party for the Independence of Guinea and Cape Verde (PAIGC)': an English
    name whose initials hold every letter of its own language's acronym, in another order."""
    initials = Counter(
        w[0].casefold()
        for w in re.findall(r"[\w'’-]+", name)
        if w[:1].isupper() and w.casefold() not in _TITLE_PARTICLES
    )
    wanted = Counter(c.casefold() for c in letters)
    return (
        len(letters) >= 4
        and not wanted - initials
        and sum(initials.values()) - len(letters) <= 2
        and [c.casefold() for c in letters] != [w for w in initials]
    )


def _acronym_defined(
    text: str, seg: Segment, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Names defined by the acronym in brackets after them, whatever their capitals: the
    shortest run of words before the bracket that opens with a capital and whose initials
    spell the acronym ('Unité pour la paix en Centrafrique (UPC)')."""
    found: list[tuple[int, int]] = []
    for match in _DEFINING_ACRONYM.finditer(text, seg.start, seg.end):
        acronym = match.group(1)
        # "(Partido Africano da Independência ..., PAIGC)": the acronym after a gloss
        gloss = text[match.start() + 1 : match.start(1)].strip(" ,;")
        # (not "Ansar al-Sharia in Tunisia (Ansar Al-Charia, AST)": a spelling the letters
        # do not spell)
        glossed = bool(gloss) and acronym_fits(acronym, gloss)
        letters = [c for c in acronym if c.isalpha()]
        if len(letters) < 2 or not is_acronym(acronym) or acronym in _NOT_ACTOR_ACRONYMS:
            continue
        head_start = max(seg.start, match.start() - 160)
        tail = _NAME_TAIL.search(text, head_start, match.start())
        if tail is None:
            continue
        tokens = list(_NAME_TOKEN.finditer(text, tail.start(), match.start()))
        # "the Front for Change and Concord in Chad (FACT)": an English name glossing the
        # acronym of its French one, taken only when no span spells the acronym
        translated = None
        for count in range(1, min(len(tokens), 3 * len(letters)) + 1):
            first = tokens[-count]
            word = re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az)-", "", first.group(0))
            if word[:1].isupper() and word.casefold() in _CAPITALISED_OPENERS:
                break  # "But the Front for ...": a sentence's first word
            if word[:1].isupper() and _TITLED_NAME.fullmatch(text, first.start(), tokens[-1].end()):
                # the whole run of capitalised words, never a tail of it
                translated = (
                    first
                    if (
                        word[0].casefold() == letters[0].casefold()
                        and half_spells(acronym, text[first.start() : tokens[-1].end()])
                    )
                    or _spelled_in_other_order(letters, text[first.start() : tokens[-1].end()])
                    else None
                )
            elif word[:1].islower() and word not in _TITLE_PARTICLES:
                break
        for count in range(1, min(len(tokens), 3 * len(letters)) + 1):
            first = tokens[-count]
            word = re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az)-", "", first.group(0))
            if not word[:1].isupper() or (
                word[0].casefold() != letters[0].casefold() and first is not translated
            ):
                continue
            if glossed and first is not translated:
                continue  # "(Ejército Popular de Liberación, EPL)": the letters spell the gloss
            start, end = first.start(), tokens[-1].end()
            if text[start:end].isupper():
                break
            if not acronym_fits(acronym, text[start:end]) and not (
                first is translated
                and len(letters) >= 3
                and not any(acronym_fits(acronym, text[t.start() : end]) for t in tokens)
                and bool({w.casefold() for w in text[start:end].split()} & ORG_HEADS)
            ):
                continue  # "Forces nouvelles (FAFN)": the longer "Forces armées des ..." may fit
            if re.search(r"\s(?:and|or)\s+(?:the\s+|an?\s+)?(?-i:[a-z])", text[start:end]):
                break  # "the FDD and the old Burundian Armed Forces (FAB)": two actors
            words = {w.casefold() for w in text[start:end].split()}
            inner = [(s, e) for s, e in taken if s < end and start < e]
            if (
                all(
                    # "Uganda People's Defence Force (UPDF)": a known shorter name inside
                    # that the acronym does not spell
                    start <= s
                    and e <= end
                    and (s, e) != (start, end)
                    and not acronym_fits(acronym, text[s:e])
                    for s, e in inner
                )
                and name_key(text[start:end]) not in known_places()
                # "the Sudan Liberation Movement faction of Minni Minnawi (SLM-MM)"
                and not re.search(r"\s(?:faction|wing|branch)\s", text[start:end])
                # "Bangsamoro Autonomous Region in Muslim Mindanao (BARMM)": a place
                and (bool(words & ORG_HEADS) or not words & _PLACE_WORDS)
                # "the Nationwide Ceasefire Agreement (NCA)": a document, not an actor
                and text[start:end].split()[-1].casefold() not in _DOCUMENT_HEADS
            ):
                # "the Zamfara State Community Protection Guards (CPG)": the state's name
                # before what the acronym spells belongs to the name
                owner = _STATE_PREFIX.search(text, max(seg.start, start - 40), start)
                if owner is not None and not (
                    looks_like_org(owner.group("place"))
                    or owner.group("place").casefold() in STOP_CAPITALS
                    or owner.group("place") == "Islamic"
                ):
                    start = owner.start()
                found.append((start, end))
            break
    return found


_STATE_PREFIX = re.compile(
    r"(?<![\w'’-])(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)\s+"
    r"(?-i:State|Province|Region|County|District)\s+$"
)


_NOT_PERSON_OPENERS = frozenset(
    "operation operations camp mount lake river valley ain wadi jabal jebel tell ras bir "
    "port fort lower upper greater north south east west central".split()
)
_NATIVE_OR_NICKNAME = re.compile(
    r"\s*\(\s*(?:[\"“][A-Z][^\"”()]{1,40}[\"”]|[^\W\d_A-Za-zÀ-ɏ][^()\[\],;:\d]{1,60}?|"
    r"(?:also\s+spelled|also\s+spelt|also\s+written|nom\s+de\s+guerre|Abu|Abou|Umm)\s+[^()]{2,40})"
    r"\s*\)"
)
_PERSON_RUN = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-zà-ÿ'’-]+\s+){1,3}(?:(?:al|el|bin|ibn)-?\s*)?[A-Z][a-zà-ÿ'’-]+(?![\w'’-])"
)


# Words a shouted subhead has and a shouted name does not
_HEADLINE_WORDS = frozenset(
    "TO FROM AT ON WITH BY AFTER BEFORE VS VERSUS IN INTO OVER UNDER IS ARE WAS WERE HOW WHY "
    "WHAT WHO WHERE WHEN LINES OLDEST NEWEST BIGGEST LARGEST".split()
)
_DOCUMENT_WORDS = frozenset(
    "database profile profiles report newsletter factbox explainer briefing digest bulletin "
    "edition podcast transcript episode".split()
)
_DESCRIBED_PLURAL = re.compile(
    r"[A-Z-]+(?:IST|ISH|IAN|AN|ESE|IC|AL|I|ED)\s+(?:BATTALIONS|BRIGADES|UNITS|CELLS|REBELS|"
    r"INSURGENTS|FIGHTERS|NETWORKS|COALITIONS|ALLIANCES|FRONTS|ARMIES)"
)
_ROW_NUMBER = re.compile(
    r"\s*(?:#|No\.?|N°|S\.?\s?No\.?|Sl\.?(?:\s?No\.?)?|Ser\.?|\d{1,3}\.?)?\s*", re.IGNORECASE
)
_NO_VALUE = re.compile(
    r"(?i:n/?a|none(?:\s+(?:recorded|known|found|reported|listed|identified))?|nil|unknown|"
    r"not\s+known|not\s+applicable|-+|–|—)"
)
# a describing word and a plural, and what they are found in: a heading's topic
_GENERIC_PLURAL = re.compile(
    # "Shia Armed Groups in Iraq", "Kurdish Armed Groups": a faith or people before the kind
    r"(?:(?:shia|shiite|shi'a|sunni|kurdish|baloch|tamil|islamic|muslim|christian|ethnic|"
    r"tribal|communal|local|foreign|pro-government|pro-iranian|iran-backed)\s+)?"
    r"(?:armed|militant|rebel|insurgent|jihadist|islamist|terrorist|extremist|separatist|"
    r"non-state|proscribed|banned|outlawed|active|other|major|main|key)\s+"
    r"(?:groups|organi[sz]ations|factions|militias|movements|actors|outfits)"
    r"(?:\s+(?:in|of|across|inside|within)\s+\S.*)?"
    # "PARENT GROUP", "Splinter faction": a profile's label for a kind of group
    r"|(?:parent|splinter|breakaway|umbrella|affiliated|allied|rival)\s+"
    r"(?:group|organi[sz]ation|movement|faction|militia|outfit)"
    # "designated a Foreign Terrorist Organization": a government's list, not a group
    r"|(?:foreign|specially\s+designated(?:\s+global)?)\s+terrorists?"
    r"(?:\s+(?:organi[sz]ations?|entit(?:y|ies)))?",
    re.IGNORECASE | re.DOTALL,
)
_CATEGORY_PLURALS = frozenset(
    "groups factions militias actors organisations organizations movements parties gangs "
    "forces".split()
)
_RENAMING_LEAD = re.compile(
    # "Partai GAM": a party, a council or a front in another language, named after a group
    r"\b(?:Partai|Parti|Partido|Partito|Majelis|Majlis|Gerakan|Barisan|"
    r"Islamic|Tehrik|Tehreek|Harakat|Jamaat|Jabhat|Jaysh|Liwa|Muqami|Hizb|New|Real|"
    r"Continuity|Revolutionary|United|Armed|Popular|Salafist|Free)\b[-\s\w]*$"
)
_NAME_FIELD = re.compile(
    # "A.  Name: ISLAMIC SALVATION FRONT": a lettered or numbered entry opens on its name
    r"[\W_]*(?:(?:[A-Z]|\d{1,3})[.)]\s+)?"
    # "Actor name: Allied Democratic Forces": a conflict dataset's actor record
    r"(?:name|entity|entity\s+name|organi[sz]ation|group|designated\s+entity|actor|actor\s+name|"
    r"group\s+name|organi[sz]ation\s+name)\s*[:：]",
    re.IGNORECASE,
)
_NAME_OPENER_BEFORE = re.compile(
    r"(?<![\w'’-])(?-i:Jund|Jaysh|Jaish|Liwa|Kataib|Kata'ib|Saraya|Tanzim|Harakat|Jabhat|Ahrar|"
    r"Junud|Fursan|Usbat|Ansar|"
    # "Yasser Abu Shabab": a person's name, not al-Shabab
    r"Abu|Umm|Bin|Ibn)\s+$"
)
# "Muhammad al-Badr", "Hassan al-Turabi": a given name before a lower-case particle name
# makes it a person's, not the group the gazetteer knows by it
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z][a-z]{2,})\s+$")
# "(Maoist)", "(Marxist-Leninist)": not "(Eastern Revolt)", two words that translate a name
# "(Maoist)", "(Marxist-Leninist)", "(Revolutionary Faction)": a faction's mark
_QUALIFIER = re.compile(
    r"\s*\(((?-i:[A-Z][a-z]{2,})(?:[-–](?-i:[A-Z][a-z]+))?"
    r"(?P<faction>\s+(?-i:Faction|Wing|Tendency))?"
    # "Partido Comunista de España (reconstituido)": a lower-case qualifier
    r"|(?-i:reconstituted|reconstituido|reconstituida|provisional|unified|renewed))\)"
)


def _published_here(document: Document, start: int) -> str | None:
    """The publication date a passage's bare dates count from: none in a passage about
    another year ("South Africa closed the border in January 1986. On 20 January, ...")."""
    if document.published is None:
        return None
    year = int(document.published[:4])
    before = document.text[max(0, start - 300) : start].rsplit("\n\n", 1)[-1]  # its paragraph
    said = re.findall(r"(?<![\d/.-])(?:1[89]|20)\d{2}(?![\d/])", before)
    if said and int(said[-1]) not in (year, year - 1):
        return None
    return document.published


def _with_qualifier(text: str, item: Item, entities: DocumentEntities) -> Item:
    """'Communist Party of India (Maoist)', 'PREPAK (Pro)': a one-word qualifier in brackets
    is part of the name, unless it is itself a group, a place or a translation."""
    if item.anaphor or item.entity.kind == "person":
        return item
    qualifier = _QUALIFIER.match(text, item.end)
    if qualifier is None:
        return item
    word = qualifier.group(1)
    if (
        (looks_like_org(word) and qualifier.group("faction") is None)
        or name_key(word) in known_places()
        or entities.by_text.get(name_key(word)) is not None
        or any(a for a in entities.gazetteer.lookup(word))
    ):
        return item
    name = text[item.start : qualifier.end()]
    entity = entities.resolve(name, named=True)
    if entity is None:
        return item
    entities.link(name, entity)
    return Item(item.start, qualifier.end(), name, entity, surface=name)


def _persons_named_twice(
    text: str, seg: Segment, items: list[Item], entities: DocumentEntities
) -> list[Item]:
    """'Doku Umarov (Доку Умаров)', 'Ismael Abubakar ("Imam Bongos")': a two- to four-word
    name followed by the same name in its own script, or a quoted by-name, is a person."""
    found: list[Item] = []
    for run in _PERSON_RUN.finditer(text, seg.start, seg.end):
        start, end = run.start(), run.end()
        words = run.group(0).split()
        while words and (
            re.search(r"-(?:based|led|backed|born|trained)$", words[0])
            or words[0].casefold().rstrip(".") in PERSON_TITLES
        ):
            start += len(words[0]) + 1  # "the London-based Akhmed Zakayev", "Major General X"
            words = words[1:]
        if (
            len(words) < 2
            or words[0].casefold() in STOP_CAPITALS
            or words[0].casefold() in _NOT_PERSON_OPENERS
            or any(i.start < end and start < i.end for i in items)
        ):
            continue
        name = text[start:end]
        if looks_like_org(name) or name_key(name) in known_places():
            continue
        if not _NATIVE_OR_NICKNAME.match(text, end):
            continue
        gloss = _QUOTED_GLOSS.match(text, end)
        if gloss is not None and looks_like_org(gloss.group(1)):
            entity = entities.resolve(name, named=True)
            if entity is not None and entity.kind == "person" and entity.gazetteer_id is None:
                entity.kind = "armed_group"  # 'Prima Linea ("Front Line")': a group's name
            if entity is not None:
                found.append(Item(start, end, name, entity, surface=name))
            continue
        entity = entities.resolve(name, person=True)
        if entity is not None:
            found.append(Item(start, end, name, entity, surface=name))
    return found


def _bare_acronym(name: str) -> bool:
    """'JNIM', 'CMA': an all-capitals name of three to six letters used on its own; and a
    local unit named by its parent's acronym and its place ('CDF-Mara', 'PDF-Zoland')."""
    local = re.fullmatch(r"([A-Z]{2,6})-[A-Z][a-z]{2,}", name)
    # "Palipehutu-FNL": a word joined to the acronym of the movement it belongs to
    joined = re.fullmatch(r"[A-Z][a-z]{3,}-([A-Z]{2,6})", name)
    if joined is not None and joined.group(1) not in _NOT_ACTOR_ACRONYMS:
        return name_key(name) not in known_places()
    return (
        bool(
            # "ALIR II": a numbered branch of the group the acronym names
            re.fullmatch(
                r"[A-Z]{3,6}(?:-[A-Z]{1,4}|\s(?:I{1,3}|IV|VI{0,3}|IX|X))?|[A-Z]{2,5}-\d{1,3}", name
            )
            or (MIXED_ACRONYM.fullmatch(name) and len(name) <= 8)  # "ARBiH"
            or local
        )
        and (local.group(1) if local else name) not in _NOT_ACTOR_ACRONYMS
        and name_key(name) not in known_places()
    )


def _main_coalition(context: _Context, noun: str) -> Item | None:
    """'the front': the last coalition named as an actor whose name has that word, else
    the last named as an actor, else the last named at all."""
    for item in reversed(context.main_coalitions):
        words = f"{item.text} {item.entity.name}".casefold().split()
        if noun in words:
            return item
    for item in reversed(context.recent):
        # "... part of the Southern Alliance. The alliance's members include ...": the one
        # named by that word, even as an object
        words = f"{item.text} {item.entity.name}".casefold().split()
        if noun in words and item.entity.kind == "coalition" and not item.anaphor:
            return item
    if context.main_coalitions:
        return context.main_coalitions[-1]
    return context.last_coalition


def _main_position(text: str, seg: Segment, item: Item) -> bool:
    """Whether a name stands where a clause's actor stands: not after a preposition
    ('under the banner of the FSA'), not in brackets, not a possessive."""
    if item.possessive or item.start < seg.start:
        return False
    before = text[seg.start : item.start]
    if before.count("(") > before.count(")"):
        return False
    return not _OBJECT_OF_PREPOSITION.search(text, max(seg.start, item.start - 30), item.start)


def _lead_actors(orgs: list[Item], text: str) -> list[Item]:
    """The actors a sentence leads with: not a state's army called back by its noun, nor
    a noun that only points ahead to the name beside it ('That branch, ISKP, was set up')."""
    lead = [i for i in orgs if not (i.anaphor and i.entity.kind == "state")]
    if (
        len(lead) > 1
        and lead[0].anaphor
        and not lead[1].anaphor
        and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[lead[0].end : lead[1].start])
        and not re.fullmatch(r"(?i:its|their|it|they)", lead[0].text)
    ):
        return lead[1:]
    return lead


def _past_verb(text: str, start: int, end: int, opening: int) -> int:
    """'Quit the PLO Executive Committee in 1974' (a factbox bullet with no subject): a verb
    opening the sentence right before "the" opens a clause, not a name."""
    if text[opening:start].strip(" \t*•-–—"):
        return start
    verb = _PAST_VERB_OPENER.match(text, start, end)
    return verb.end() if verb is not None else start


def _without_openers(run: str) -> str:
    """'Both Harakat al-Nujaba' names 'Harakat al-Nujaba'."""
    words = run.split()
    while len(words) > 1 and words[0].casefold() in STOP_CAPITALS:
        words = words[1:]
    return " ".join(words)


def _day(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


def _cell_gaps(text: str, seg: Segment) -> int:
    return len(SPACED_CELL_GAP.findall(text, seg.start, seg.end))


def _fold_coarse_dates(merged: dict[tuple[str, str, str], dict[str, Any]]) -> None:
    """A table's "1990" beside the prose's "11 July 1990" for the same founding: one claim,
    the precise date, with both pieces of evidence."""
    for key, entry in list(merged.items()):
        subject, predicate, _ = key
        date = (entry["fact"].value or {}).get("date")
        if predicate not in ("founded", "dissolved") or not isinstance(date, str):
            continue
        finer = next(
            (
                other
                for (s, p, _), other in merged.items()
                if s == subject
                and p == predicate
                and str((other["fact"].value or {}).get("date", "")).startswith(date + "-")
            ),
            None,
        )
        if finer is not None:
            finer["evidence"] += [e for e in entry["evidence"] if e not in finer["evidence"]]
            del merged[key]


def _fragment(seg: Segment, text: str) -> bool:
    """'broke away from the Mahdi Army in 2006.' under a heading: its subject is the heading."""
    return text[seg.start : seg.start + 1].islower()


def _entry_definition(seg: Segment, text: str) -> bool:
    """'A coalition launched in 2023 and led by X' after the label 'Alliance Fleuve Congo
    (AFC):': a description of the entry, whose subject is the label."""
    return (
        re.search(r":[^\S\n]*$", text[max(0, seg.start - 4) : seg.start]) is not None
        and _ENTRY_DEFINITION.match(text, seg.start) is not None
    )


_ENTRY_DEFINITION = re.compile(
    r"[Aa]n?\s+(?:[\w-]+\s+){0,3}?(?:group|coalition|alliance|militia|movement|front|faction|"
    r"force|organi[sz]ation|network|party|outfit|umbrella|wing|platform|splinter|offshoot|"
    r"cartel|gang)\b"
)


def _last_named(recent: list[Item], noun: str) -> Item | None:
    """'the brigades' is the last actor whose name ends in Brigades; 'the movement' the last
    movement."""
    singular = noun.rstrip("s")
    for item in reversed(recent):
        words = item.entity.name.casefold().split()
        if words and words[-1].rstrip("s") == singular:
            return item
    for item in reversed(recent):
        # "the Front's armed wing" after the Popular Front for the Liberation of Palestine
        if singular in item.entity.name.casefold().split()[:-1]:
            return item
    for item in reversed(recent):
        if noun in ("movement", "party", "organisation", "organization") and (
            item.entity.kind == "movement"
        ):
            return item
    return None


_OWNER_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
# possessives that belong inside a name: "People's Union", "Workers' Party"
_NAME_POSSESSORS = frozenset(
    "people nation women workers martyrs youth god allah prophet imam mujahideen "
    "sons daughters mothers children lord".split()
)


_COMMON_NAME_WORDS = frozenset(
    """patriotic national democratic popular revolutionary united islamic people's peoples
    armed federal free new socialist republican progressive independent salvation defence
    defense self-defence self-defense arab the of for and""".split()
)


def _acronym_of_longer(text: str, start: int, known_start: int, end: int) -> bool:
    """'Majelis Pemerintahan GAM (MP-GAM, ...)', 'MP-GAM': words or capitals before a known
    acronym that the bracketed or hyphenated acronym spells make another group of it."""
    known = text[known_start:end]
    lead = text[start:known_start]
    if not is_acronym(known):
        return False
    if re.search(r"(?:^|\s)[A-Z]{1,4}-$", lead):
        return True  # "MP-GAM", "SPLA-IO" read the other way round
    bracket = re.match(r"\s*\(\s*([A-Z][\w-]{1,15})\s*[,;)]", text[end:])
    if bracket is None:
        return False
    acronym = bracket.group(1)
    rest = acronym.replace(known, "")
    return acronym != known and rest != acronym and bool(rest) and acronym_fits(rest, lead)


def _distinct_lead(lead: str, known: str) -> bool:
    """Whether capitalised words before a known name of two or more common words make
    another name of it ('Kivu' + 'Patriotic Front'), unlike a people's or a country's
    adjective ('Lebanese Hezbollah', 'Afghan Taliban') or an opening word ('The', 'In')."""
    words = lead.split()
    while words and words[0].casefold() in STOP_CAPITALS:
        words = words[1:]  # "The Kivu Patriotic Front"
    return (
        len(known.split()) >= 2
        and all(
            w.casefold() in ORG_HEADS or w.casefold() in _COMMON_NAME_WORDS for w in known.split()
        )
        and 0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and (
            # "the Southern Ethiopian People's Democratic Front": a name's own possessive
            re.sub(r"['’]s?$", "", words[-1]).casefold() in _NAME_POSSESSORS
            or not any(
                w.casefold() in STOP_CAPITALS
                or name_key(w) in demonyms()
                or w.casefold() in PEOPLES
                for w in words
            )
        )
    )


_DATELINE_TAIL = re.compile(
    r"(?:,[^\S\n]*[^\n—–]{1,40}?)?[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:—|–|--?)[^\S\n]+"
    r"(?P<rest>[^\n.,;:()]{1,80})"
)


def _dateline(text: str, start: int, end: int) -> bool:
    """'MANADO, Feb. 17 (Reuter) — ...', 'BEIRUT — ...': a place in capitals opening a line,
    its date or agency, a dash, then the story (not 'MNJ - Mouvement des Nigériens ...')."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    tail = _DATELINE_TAIL.match(text, end)
    if tail is None:
        return False
    rest = tail.group("rest").strip(" *")
    return not (
        acronym_fits(text[start:end], rest)
        or (_TITLED_NAME.fullmatch(rest) is not None and half_spells(text[start:end], rest))
    )


def _split_of(candidate: str) -> list[tuple[int, int]]:
    """Split 'Jenin Battalion of Saraya al-Quds' into its two names; keep real 'X of Y' names.
    'Amani Bosco's Itombwe Movement' is a person's group: the group's name is the tail."""
    owner = _OWNER_POSSESSIVE.search(candidate)
    if owner is not None:
        left = candidate[: owner.start()]
        words = left.split()
        right = candidate[owner.end() :]
        if (
            0 < len(words) <= 4
            # "Rifaat al-Assad's Defense Companies": an Arabic name's particle
            and all(w[:1].isupper() or PARTICLE_OPENER.match(w) for w in words)
            # "Tendency–People's Army": the word after an en dash is the possessor
            and re.split(r"[–-]", words[-1])[-1].casefold() not in _NAME_POSSESSORS
            and not looks_like_org(left)
            and looks_like_org(right)
        ):
            return [(owner.end(), len(candidate))]
        if looks_like_org(left) and right.casefold().split()[-1].rstrip("s") in SUBUNIT_HEADS:
            # "the Kivu Front's Uvira brigade": a group and a unit of it
            return [(0, owner.start()), (owner.end(), len(candidate))]
    match = re.search(r"\s+of\s+(?:the\s+)?", candidate)
    if match:
        left = candidate[: match.start()]
        words = left.casefold().split()
        if (
            words
            and (words[-1].rstrip("s") in SUBUNIT_HEADS or NUMBERED_UNIT.fullmatch(left))
            # "the Division of the North", "the Army Corps of the Northwest": one name
            and not _COMPASS_QUARTER.fullmatch(candidate[match.end() :])
        ):
            # "the 48th Front of the People's Army": a numbered unit and its owner; "the Simba
            # Brigade of Joseph Mrema's Liberal Party": the owner is the person's party
            owner_parts = _split_of(candidate[match.end() :])
            return [(0, match.start())] + [
                (match.end() + a, match.end() + b) for a, b in owner_parts[-1:]
            ]
    return [(0, len(candidate))]


def _shift(item: Item, delta: int) -> Item:
    if delta == -10_000:
        return Item(0, 0, item.text, item.entity, anaphor=True, surface=item.surface)
    return Item(
        max(item.start + delta, -1),
        max(item.end + delta, -1),
        item.text,
        item.entity,
        item.anaphor,
        item.possessive,
        item.surface,
    )


def _ref(item: Item) -> ActorRef:
    return ActorRef(
        id=item.entity.id,
        name=item.entity.name,
        mention=" ".join((item.surface or item.text).split()),
        kind=item.entity.kind,
    )


def _one_line(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """An other name or an ideology read across a hard-wrapped line break, on one line."""
    if value is None or not isinstance(value.get("text"), str):
        return value
    return {**value, "text": " ".join(value["text"].split())}


def _value_key(value: dict[str, Any] | None) -> str:
    return repr(sorted((value or {}).items()))


def _last_leaders_group(facts: list[tuple[Segment, Fact]], seg: Segment) -> Item | None:
    """The group whose leader the sentence before, in the same paragraph, named."""
    before = [e.start for e, _ in facts if e.paragraph == seg.paragraph and e.start < seg.start]
    if not before:
        return None
    last = max(before)
    led = [
        _shift(f.subject, last)
        for e, f in facts
        if e.start == last and f.predicate == "led_by" and f.subject.start >= 0
    ]
    return led[0] if led else None
