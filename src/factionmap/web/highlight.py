"""Cut a document's text at evidence offsets so the templates can mark each quote.

The cutting happens on the server, over the exact offsets stored with each claim; the
template then prints every piece through autoescaping, so highlighting never builds HTML
from source text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Span:
    """Characters text[start:end] that support the claim or quote named `key`."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Piece:
    """A run of text and the keys of every span covering all of it, narrowest first."""

    text: str
    start: int
    end: int
    keys: tuple[str, ...]

    @property
    def marked(self) -> bool:
        return bool(self.keys)


def _valid(text: str, spans: Iterable[Span]) -> list[Span]:
    return [s for s in spans if 0 <= s.start < s.end <= len(text)]


def split_at_spans(text: str, spans: Iterable[Span]) -> list[Piece]:
    """The whole text as consecutive pieces; overlapping spans give pieces with several keys.

    Spans outside the text are ignored rather than trusted. Joining the pieces' text gives
    back `text` exactly.
    """
    usable = _valid(text, spans)
    starting: dict[int, list[int]] = defaultdict(list)
    ending: dict[int, list[int]] = defaultdict(list)
    for index, span in enumerate(usable):
        starting[span.start].append(index)
        ending[span.end].append(index)
    cuts = sorted({0, len(text)} | starting.keys() | ending.keys())
    # A sweep over the cuts: `active` holds exactly the spans covering the current piece.
    active: dict[int, Span] = {}
    pieces: list[Piece] = []
    for start, end in pairwise(cuts):
        for index in ending.get(start, ()):
            del active[index]
        for index in starting.get(start, ()):
            active[index] = usable[index]
        covering = sorted(active.values(), key=lambda s: (s.end - s.start, s.start, s.key))
        keys = tuple(dict.fromkeys(s.key for s in covering))
        if pieces and not keys and not pieces[-1].keys:
            start = pieces.pop().start
        pieces.append(Piece(text[start:end], start, end, keys))
    return pieces


def without_overlaps(spans: Sequence[Span]) -> list[Span]:
    """The spans in their given order, dropping each one that overlaps a span kept before it.

    The claim page uses this so that its first evidence span stays one unbroken mark.
    """
    kept: list[Span] = []
    for span in spans:
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    return kept
