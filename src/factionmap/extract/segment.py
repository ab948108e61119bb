"""Split a document into sentences, headings and infobox fields, keeping exact offsets.

Real pages are not tidy prose: a heading names the group the next paragraphs describe,
an infobox line packs several "Key: value" fields, and bullet lists carry one member per
line. Every unit here is a (start, end) span over the normalized text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from factionmap.extract.names import MONTH_ABBREVIATIONS

ABBREVIATIONS = (
    frozenset(
        [
            "mr",
            "mrs",
            "ms",
            "dr",
            "gen",
            "lt",
            "col",
            "maj",
            "capt",
            "sgt",
            "cpl",
            "brig",
            "adm",
            "cmdr",
            "st",
            "no",
            "nos",
            "u.s",
            "u.n",
            "u.k",
            "e.g",
            "i.e",
            "vs",
            "approx",
            "sen",
            "rep",
            "gov",
            "prof",
            "jr",
            "sr",
            "inc",
            "ltd",
            "co",
            "dept",
            "fig",
            "al",
            "mt",
            "ft",
            # "SWANU, est. 1959", "1st pres. X": a lecture's notes and a slide's shorthand
            "est",
            "estd",
            "pres",
            "chmn",
            "cdr",
            "c",
            "ca",
        ]
    )
    | MONTH_ABBREVIATIONS
)
# a footnote number may sit right after the full stop: "... led by Ali Mwamba.17 The CNR ...",
# "... in February 2025.19 The CRP ..."
# and so may wiki references and superscripts: "... in 2001.[3] It ...", "... Uvira.[4][5] ..."
_BOUNDARY = re.compile(
    # "… Headquarters: Wan Hai": a snippet's ellipsis before an infobox field's label
    r"(?:…(?=\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s)|"
    r"[.!?]+(?:\[[^\]\n]{1,12}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|(?<=[a-z)\]][.!?])\d{1,3}|"
    r"(?<=\b\d{4}[.])\d{1,3})"
    r"[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9\u0600-\u06FF\u1000-\u109F])"
)
# What opens a bulleted line: dashes and dots, arrows, and the emoji a social-media post
# lists with ("➡️", "🔸", "1️⃣")
BULLET_MARKS = "#>*\\-•·▪◦–—→⇒➢►▶➡➔➜➤▸▹◆◇■●○✔✅☑✦★🔸🔹🔶🔷👉📍📌"
# "- ", "12. ", "(b) ", and a report's numbered paragraph "3.4 The ..." or "A1.1 Formed ..."
_BULLET = re.compile(
    rf"^(?:(?:[{BULLET_MARKS}]\ufe0f?)+|\d\ufe0f?\u20e3|\d{{1,2}}[.)]|"
    r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|"
    # (a sentence, not "2.4 Biafran separatism", a numbered heading)
    r"(?:\d{1,2}|[A-Z]\d{1,2})(?:\.\d{1,2})+\.?(?=\s+[A-Z\"“(][^\n]*[.;:]\s*$))\s+"
)
# "Founded: 2017", and as pages copied from a browser give it, "Founded<TAB>2017"
_FIELD = re.compile(r"^([A-Z][\w’' /().-]{1,40}?)(?:\s*[:：]\s+|[ ]*\t\s*)\S")
_FIELD_SEPARATORS = re.compile(r"\s+[|•·]\s+")
_TERMINAL = re.compile(r"[.!?:;,\"”’)]$")
_CLAUSE_LABEL = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|said|says|did|does|do|consists?|consisted|"
    r"comprises?|comprised|includes?|included|brings|brought|counts|counted|unites|united|"
    r"numbers|numbered|announced|named|lists|listed)\b"
    # "The Rift Front now fields five factions:": a sentence that runs on past a colon
    r"|^The\s+\S+\s+\S+\s+\S+\s+\S+"
)
_BOLD_TERM = re.compile(r"^(\*\*[^*]{2,80}\*\*(?:\s*\([^()]{1,120}\))?)\s*[:：]\s+\S")
_EDIT_MARKER = re.compile(r"\s*\[\s*edit(?:\s+source)?\s*\]\s*$", re.IGNORECASE)
_CONTENTS = re.compile(r"\s*(?:contents|table\s+of\s+contents)(?:\s*\[\w+\])?\s*$", re.I)
_CONTENTS_ENTRY = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,80}$")
# "2.3 ", "12 ", and an annex's "A1. " or "A2.1 "
_SECTION_NUMBER = re.compile(
    r"(?:\d{1,2}\.)+\d{0,2}\s+|\d{1,2}\s+(?=[A-Z])|[A-Z]\d{1,2}(?:\.\d{1,2})*\.?\s+|"
    # "b) Rohingya Solidarity Organisation (RSO)": a lettered section of a briefing
    r"[a-h]\)\s+(?=[A-Z])"
)
# "See also", "References[edit]", "External links": a page's back matter lists links and
# sources; it states nothing about the groups, and every line to the end belongs to it
_BACK_MATTER = re.compile(
    r"\s*(?:\d{1,2}\.?\s+)?(?:see\s+also|references|external\s+links|further\s+reading|"
    r"bibliography|citations|works\s+cited)\s*(?:\[\s*edit(?:\s+source)?\s*\])?\s*:?\s*",
    re.I,
)
# "Related", "More on this story": a block of other articles' headlines, up to the next
# blank line; "Read more: ..." a single one
_LINK_BLOCK = re.compile(
    r"\s*(?:related(?:\s+(?:stories|articles|coverage|content|topics|links|news|reading))?|"
    r"more\s+on\s+this\s+(?:story|topic)|more\s+from\s+[\w .'’-]{1,30}|"
    r"most\s+(?:read|popular|viewed)|"
    r"recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|(?:also\s+)?read\s+next|"
    r"trending(?:\s+now)?|top\s+stories|latest\s+(?:news|stories)|editor['’]s\s+picks)\s*:?\s*",
    re.I,
)
_LINK_LINE = re.compile(
    r"\s*(?:read\s+more|also\s+read|read\s+also|see\s+also|related|watch|listen|more)\s*[:：|]\s*\S",
    re.I,
)
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*$")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    paragraph: int
    heading: bool = False
    field: bool = False
    bullet: bool = False  # the first sentence of a bulleted line


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        before = text[cursor : match.start()].rsplit(None, 1)
        word = before[-1].casefold().rstrip(".") if before else ""
        is_initial = len(word) == 1 and word.isalpha()
        if word in ABBREVIATIONS or is_initial:
            continue
        stop = match.start() + len(match.group(0).rstrip())
        yield _trim(text, cursor, stop)
        cursor = match.end()
    if cursor < end:
        yield _trim(text, cursor, end)


def _is_heading(line: str, next_line: str | None, previous_blank: bool) -> bool:
    stripped = line.strip()
    if stripped.startswith("#"):
        return True
    if not stripped or next_line is None or not next_line.strip():
        # A heading announces a paragraph that follows immediately or after one blank line.
        return bool(stripped) and next_line is not None and previous_blank and _short(stripped)
    return previous_blank and _short(stripped) and len(next_line.strip()) > len(stripped)


def _short(stripped: str) -> bool:
    # "Popular Front for the Liberation of Palestine (PFLP) (الجبهة الشعبية ...)": a name and
    # its other names in brackets is a heading as long as the name alone would be one
    core = re.sub(r"(?:\s*\([^()]{1,60}\))+$", "", stripped) or stripped
    words = core.split()
    return (
        0 < len(words) <= 10
        and len(core) <= 90
        # "2.3 Islamic State of Iraq (ISI)": an acronym in brackets ends a heading too
        and not _TERMINAL.search(core)
        and (words[0][0].isupper() or not words[0][0].isascii() or _numbered_title(stripped))
    )


def _numbered_title(stripped: str) -> bool:
    number = _SECTION_NUMBER.match(stripped)
    return number is not None and stripped[number.end() : number.end() + 1].isupper()


def _unnumbered(text: str, start: int, end: int) -> int:
    """'2.3 Islamic State of Iraq (ISI)': where a numbered heading's words begin."""
    number = _SECTION_NUMBER.match(text, start, end)
    return number.end() if number is not None and number.end() < end else start


# how far a line must be indented to carry on the value of the field above it
_VALUE_INDENT = 8


def _field(content: str) -> re.Match[str] | None:
    """'Founded: 2017', 'Area of operations: ...': a label, not a clause ('Hamas is a rival
    of Fatah: the two ...' is a sentence with a colon)."""
    match = _FIELD.match(content)
    if match is None or _CLAUSE_LABEL.search(match.group(1)):
        return None
    if match.group(1).count("(") != match.group(1).count(")"):
        return None  # "The Kurdistan Workers' Party (Kurdish: ...)": a gloss in brackets
    return match


def _glossary_entry(content: str) -> int | None:
    """Where the term ends in 'Term: prose sentence(s).', or None for an infobox field."""
    bold = _BOLD_TERM.match(content)
    match = bold or _field(content)
    if not match:
        return None
    label = match.group(1)
    value = content[match.end(1) :].lstrip(" :：")
    if len(label.split()) > 12 or len(value.split()) < 6 or not _PROSE_END.search(value):
        return None
    if not bold and (
        len(label.split()) > 7
        # "TJP: a little-known group that ...": a definition may open in lower case
        or not re.match(r"[\"“‘'(]?(?:[A-Z0-9\u0600-\u06FF]|(?:a|an|the)\s)", value)
    ):
        return None
    return match.end(1)


def _label_pairs(lines: list[str], labels: re.Pattern[str] | None) -> set[int]:
    """Lines that hold an infobox label whose value is the next line, as a page copied
    from a browser gives a box ("Leaders" / "Omar Kanza" / "Headquarters" / "Masasi").
    Only a run of two or more such pairs is a box: one label-like line is a heading."""
    if labels is None:
        return set()

    def value(line: str) -> bool:
        words = line.split()
        return (
            0 < len(words) <= 12
            and labels.fullmatch(line) is None
            # "3,000 (2005 est.)" is a value; "The group was formed in 1994." is prose
            and not (len(words) > 5 and _PROSE_END.search(line.rstrip()))
        )

    pairs = [
        index
        for index in range(len(lines) - 1)
        if labels.fullmatch(lines[index]) and value(lines[index + 1])
    ]
    return set(pairs) & ({i + 2 for i in pairs} | {i - 2 for i in pairs})


# the gap between two cells of a table laid out with spaces, as a PDF's text gives it
SPACED_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def looks_like_csv_row(line: str) -> bool:
    """'B07,Bloque Norte,AUC,~1999,2006-03-10': a row of comma-separated values, as a
    dataset's README quotes one (commas with no space after them; prose puts one)."""
    return line.count(",") >= 3 and ", " not in line and not line.endswith(".")


def _structural(line: str, labels: re.Pattern[str] | None) -> bool:
    """A line that stands alone by its form: a bullet, a table row, a field, a label."""
    stripped = line.strip()
    return (
        not stripped
        or stripped.startswith(("|", "#", "├", "└", "│", "┣", "┗", "┃", "`--", "+--"))
        or stripped.count(" | ") >= 2  # "Ninjas | Bernard Kolélas | Pool": a table's row
        # "NLFT-BM    1989    Biswamohan Debbarma    550": a row whose cells spaces part
        or len(SPACED_CELL_GAP.findall(stripped)) >= 2
        or looks_like_csv_row(stripped)
        or bool(_BULLET.match(stripped))
        or _field(stripped) is not None
        or (labels is not None and labels.fullmatch(line) is not None)
    )


# "ABDIKARIM: The Liyu Police is a regional" / "paramilitary force ...": a transcript's
# speaker, whose answer wraps like any paragraph
_SPEAKER_LABEL = re.compile(r"(?:\[[\d:]+\]\s*)?([A-Z][A-Z .'’-]{0,30}):\s+(?=\S)")
_SPEAKER = re.compile(r"\s*(?:\[[\d:]+\]\s*)?(?-i:[A-Z])(?-i:[A-Z .'’-]){0,30}:\s+\S")


def _may_wrap(line: str, labels: re.Pattern[str] | None) -> bool:
    """Whether a line can run on onto the next: prose, or a bullet's or a speaker's line
    ("12. The Panel notes ...", "ABDIKARIM: The Liyu Police is a regional")."""
    return (
        not _structural(line, labels)
        or _BULLET.match(line.strip()) is not None
        or _SPEAKER.match(line) is not None
        or _prose_field(line)
    )


def _prose_field(line: str) -> bool:
    """'Background: The FLN (Front de libération nationale) announced itself' / 'in a
    ...': a short label opening a long line of prose, which may wrap like any paragraph."""
    stripped = line.strip()
    match = _field(stripped)
    if match is None or len(stripped) < 50 or len(match.group(1).split()) > 4:
        return False
    value = stripped[match.end(1) :].lstrip(" :：")
    return len(value.split()) >= 6 and bool(
        re.match(r"[\"“‘'(]?(?:[A-Z0-9]|(?:a|an|the)\s)", value)
    )


# "[Panel 9.1]", "[Wed 2 Oct · 14:05 UTC]", and a rule drawn across the page
_BRACKET_LABEL = re.compile(r"\[[^\[\]\n]{1,40}\]|[─━═—–_=*~·•-]{3,}")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# a line that stops inside a sentence on a capitalised word, and a next line that opens on
# the rest of the name and then goes on in lower case
_NAME_CUT_AT_END = re.compile(r"[a-z,]\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][a-zà-ÿ'’-]+$")
_NAME_GOES_ON = re.compile(
    # "Front (PSLF) … formed in 2009": the rest of the name may carry its acronym
    r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?(?:\s+\([^()]{1,40}\))?[,;:]?\s+(?:[a-z]|…)"
)


_PARTICLE_AT_END = re.compile(r"[a-z,]\s+(?:of|the|for|and|de|del|des|du|al|el)$")
_NUMBER_GOES_ON = re.compile(
    r"\b(?:in|on|since|from|of|by|to|until|till|between|and|about|around|some|than|nearly|"
    r"almost|roughly|approximately|estimated|over)$"
)


def _wrapped(lines: list[str], labels: re.Pattern[str] | None) -> set[int]:
    """Lines that go on onto the next one, as text hard-wrapped at a fixed width (from a PDF,
    an e-mail, a plain-text archive) gives a paragraph: a block of lines of nearly the same
    length but the last, or a line whose next one opens in lower case mid-sentence."""
    joins: set[int] = set()
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        if _BRACKET_LABEL.fullmatch(lines[index].strip()):
            index += 1  # a label or a rule over the paragraph, not one of its lines
            continue
        end = index
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        first = index
        while first <= end:
            # a run of lines none of which but the first stands alone by its form: the
            # whole block, or a record's "CAPTION: ..." field and the lines it wraps onto
            last = first
            while last + 1 <= end and not _structural(lines[last + 1], labels):
                last += 1
            # "Volunteers and paramilitaries" over a wrapped paragraph: a heading, then the
            # paragraph's lines
            for opening in (first, first + 1):
                run = lines[opening : last + 1]
                lengths = [len(line.rstrip()) for line in run]
                widest = max(lengths, default=0)
                if (
                    len(run) >= 3
                    # a bulleted or numbered first line ("12. The Panel notes ...") may wrap
                    and _may_wrap(run[0], labels)
                    and 50 <= widest <= 110
                    and all(n >= widest - 22 for n in lengths[:-1])
                ):
                    joins.update(range(opening, last))
                    break
            first = last + 1
        hanging = 0
        for i in range(index, end):
            here, after = lines[i].rstrip(), lines[i + 1].strip()
            depth, next_depth = _indent(lines[i]), _indent(lines[i + 1])
            if (
                (_BULLET.match(here.strip()) and next_depth >= depth + 2)
                or (hanging and i - 1 in joins and next_depth == hanging)
            ) and not _structural(lines[i + 1], labels):
                # "(a) notes that the Regional Assistance Mission" / "    (RAMSI) arrived":
                # an item's lines hang under its first
                joins.add(i)
                hanging = next_depth
                continue
            hanging = 0
            if (
                len(here) > 20
                and not _TERMINAL.search(here)
                and (
                    re.match(r"[a-z]", after)
                    # "... was founded in" / "1971 as the political wing of ..."
                    or (_NUMBER_GOES_ON.search(here) is not None and re.match(r"\d", after))
                    # "... the paramilitary wing of the Croatian Party of" / "Rights (HSP)"
                    or (
                        len(here) >= 40
                        and _PARTICLE_AT_END.search(here) is not None
                        and re.match(r"[A-Z]", after) is not None
                    )
                )
                and _may_wrap(lines[i], labels)
                and not _structural(lines[i + 1], labels)
            ):
                joins.add(i)  # "... the Rovuma Brigades and" / "the Kilwa Youth Movement."
            elif (
                len(here) >= 50
                and _NAME_CUT_AT_END.search(here)
                and _NAME_GOES_ON.match(after)
                and _may_wrap(lines[i], labels)
                and not _structural(lines[i + 1], labels)
            ):
                joins.add(i)  # "... is headed by Bruno Plácido" / "Valerio, who founded it"
        index = end + 1
    return joins


# the envelope of an e-mail, a Usenet post or a mailing-list digest
_MESSAGE_HEADER = re.compile(
    r"(?:From|To|Cc|Bcc|Newsgroups|Subject|Date|Sent|Organi[sz]ation|Lines|Message-ID|"
    r"References|In-Reply-To|Reply-To|Sender|Path|Xref|NNTP-Posting-Host|NNTP-Posting-Date|"
    r"MIME-Version|Content-Type|Content-Transfer-Encoding|User-Agent|X-[\w-]+):[ \t]"
)


_MESSAGE_ONLY = re.compile(
    r"(?:Newsgroups|Message-ID|Organi[sz]ation|References|In-Reply-To|NNTP-[\w-]+|MIME-Version|"
    r"X-[\w-]+):"
)


def _message_headers(lines: list[str]) -> set[int]:
    """Lines of a message's header block: three or more header fields in a row, one of
    them a field only a message has (Newsgroups:, Message-ID:, Organization: ...)."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if _MESSAGE_HEADER.match(line):
            run.append(index)
            continue
        if len(run) >= 3 and any(_MESSAGE_ONLY.match(lines[i]) for i in run):
            found.update(run)
        run = []
    return found


def segment(text: str, labels: re.Pattern[str] | None = None) -> list[Segment]:
    """Sentences in reading order; heading lines and infobox fields are flagged. `labels`
    recognises an infobox label standing alone on its line."""
    segments: list[Segment] = []
    physical = text.split("\n")
    joins = _wrapped(physical, labels)
    lines: list[str] = []
    for index, line in enumerate(physical):
        if index - 1 in joins:
            lines[-1] += "\n" + line  # one line of the paragraph, its breaks kept
        else:
            lines.append(line)
    offset = 0
    paragraph = 0
    previous_blank = True
    contents = links = False
    pairs = _label_pairs(lines, labels)
    # a label in capitals that opens two lines or more makes the text a transcript, whose
    # labels are speakers, not a glossary's terms
    said = Counter(m.group(1) for line in lines if (m := _SPEAKER_LABEL.match(line.strip())))
    speakers = set(said) if any(count >= 2 for count in said.values()) else set()
    headers = _message_headers(lines)
    for index, line in enumerate(lines):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if index in headers:
            continue  # "Organization: LanXang-Net community access": a message's envelope
        if index - 1 in pairs:
            continue  # the value, read with its label
        if index in pairs:
            value_end = offset + len(lines[index + 1])
            start, end = _trim(text, line_start, value_end)
            segments.append(Segment(start, end, paragraph, field=True))
            previous_blank = False
            continue
        if not line.strip():
            previous_blank = True
            paragraph += 1
            contents = links = False
            continue
        if contents and _CONTENTS_ENTRY.match(line):
            continue  # "2 Member organisations": a table of contents states nothing
        if previous_blank and _BACK_MATTER.fullmatch(line) and index > len(lines) // 3:
            break
        if links or _LINK_LINE.match(line):
            continue  # another article's headline
        if _LINK_BLOCK.fullmatch(line):
            links = True
            continue
        contents = bool(_CONTENTS.match(line))
        bullet = _BULLET.match(line.lstrip())
        content_start = line_start + (len(line) - len(line.lstrip()))
        if bullet:
            content_start += bullet.end()
        content = text[content_start:line_end]
        if (
            segments
            and segments[-1].field
            and not previous_blank
            and not bullet
            and len(line) - len(line.lstrip()) >= _VALUE_INDENT
            and _field(content) is None
        ):
            # "Areas of operation:  Kasese district (1996-2001);" then "            Beni
            # territory, North Kivu": a field's value run on under its own column
            above = segments[-1]
            end = _trim(text, content_start, line_end)[1]
            segments[-1] = Segment(above.start, end, above.paragraph, field=True)
            continue
        following = next((n for n in lines[index + 1 :] if n.strip()), None)
        next_line = lines[index + 1] if index + 1 < len(lines) else None
        if next_line is not None and not next_line.strip():
            next_line = following
        turn = _SPEAKER_LABEL.match(content)
        glossary = _glossary_entry(content)
        if turn is not None and turn.group(1) in speakers and not bullet:
            # "REPORTER: Its military commander was ...": a speaker's turn, no heading; what
            # the last turn was about goes on
            for start, end in _sentences(text, content_start + turn.end(), line_end):
                if start < end:
                    segments.append(Segment(start, end, paragraph))
        elif glossary is not None:
            # "M23: The March 23 Movement emerged in 2012 ...": a term, then prose about it.
            label_end = content_start + glossary
            start, end = _trim(text, content_start, label_end)
            segments.append(Segment(start, end, paragraph, heading=True))
            paragraph += 1
            colon = text.index(":", label_end) if ":" in text[label_end:line_end] else label_end
            for start, end in _sentences(text, colon + 1, line_end):
                if start < end:
                    segments.append(Segment(start, end, paragraph))
        elif (
            _field(content)
            or (_FIELD_SEPARATORS.search(content) and _field(content.split("|")[0].strip()))
            # "→ president: Sam Nujoma": a slide's sub-bullet gives a field in lower case
            or (
                bullet
                and labels is not None
                and (lower := re.match(r"([a-z][\w /.-]{1,30}?)\s*:\s+\S", content))
                and labels.fullmatch(lower.group(1))
            )
        ):
            cursor = content_start
            for part in _FIELD_SEPARATORS.split(content):
                part_start = text.index(part, cursor) if part else cursor
                cursor = part_start + len(part)
                start, end = _trim(text, part_start, cursor)
                if start >= end:
                    continue
                previous = segments[-1] if segments else None
                if (
                    previous is not None
                    and previous.field
                    and previous.start >= content_start
                    and not _field(text[start:end])
                ):
                    # "Allies: Karenni Army | KNDF | PDF": a value that goes on past the bar
                    segments[-1] = Segment(previous.start, end, paragraph, field=True)
                else:
                    segments.append(Segment(start, end, paragraph, field=True))
        elif (marker := _EDIT_MARKER.search(line)) and _short(line[: marker.start()].strip()):
            # "Umkhonto we Sizwe[edit]": a scraped wiki section heading, without its marker
            start, end = _trim(text, content_start, line_start + marker.start())
            segments.append(Segment(_unnumbered(text, start, end), end, paragraph, heading=True))
            paragraph += 1
        elif _is_heading(line, next_line, previous_blank) and not bullet:
            start, end = _trim(text, content_start, line_end)
            segments.append(Segment(_unnumbered(text, start, end), end, paragraph, heading=True))
            paragraph += 1
        else:
            first = True
            for start, end in _sentences(text, content_start, line_end):
                if start < end:
                    # "… Headquarters: Wan Hai. Chairman: Gen. Pang Fa …": fields run into prose
                    label = _field(text[start:end])
                    field = (
                        not first
                        and label is not None
                        and len(label.group(1).split()) <= 3
                        and (
                            text[max(0, start - 8) : start].rstrip().endswith("…")
                            or segments[-1].field
                        )
                    )
                    segments.append(
                        Segment(start, end, paragraph, bullet=bool(bullet) and first, field=field)
                    )
                    first = False
        previous_blank = False
    return segments
