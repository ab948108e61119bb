"""A film's or a broadcast's subtitles (SubRip, WebVTT): the words spoken, as running text.

The `srt` library parses the cues; this module only decides where one paragraph of speech
ends and the next begins, so that a sentence broken across cues reads as one sentence.
"""

from __future__ import annotations

import re
from datetime import timedelta

import srt

from factionmap.ingest.errors import Unreadable, one_line

# "[music]", "(applause)", "♪ ... ♪": a cue that is no speech
_SOUND_ONLY = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\)|♪[^♪]*♪?)\s*")
# "NARRATOR:", "MAN 2:", "DR HALILOVIĆ:": a speaker takes over
_SPEAKER = re.compile(r"(?:[A-Z][A-Z0-9 .'’-]{1,30}|[-–—])\s*:\s|[-–—]\s")
# "<i>", "{\an8}": styling inside a cue
_STYLING = re.compile(r"<[^>\n]{1,40}>|\{\\[^}\n]{1,20}\}")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
# a pause this long after a finished sentence ends the paragraph
_PAUSE = timedelta(seconds=2)
_WEBVTT_HEADER = re.compile(r"\AWEBVTT[^\n]*\n(?:[^\n]+\n)*")
# WebVTT blocks that hold no speech
_WEBVTT_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)\b[^\n]*\n(?:[^\n]+\n?)*", re.MULTILINE)


def subtitles_to_text(text: str) -> str:
    """The speech of a subtitle file, one paragraph per speaker turn or long pause."""
    if text.startswith("WEBVTT"):
        text = _WEBVTT_BLOCK.sub("", _WEBVTT_HEADER.sub("", text))
    try:
        cues = list(srt.parse(text))
    except (srt.SRTParseError, srt.TimestampParseError) as exc:
        raise Unreadable(f"malformed subtitles: {one_line(exc)}") from None
    paragraphs: list[list[str]] = []
    said_until: timedelta | None = None
    for cue in cues:
        speech = " ".join(_STYLING.sub("", cue.content).split())
        if not speech or _SOUND_ONLY.fullmatch(speech):
            continue
        finished = bool(paragraphs) and _SENTENCE_END.search(paragraphs[-1][-1]) is not None
        paused = said_until is not None and cue.start - said_until >= _PAUSE
        if not paragraphs or _SPEAKER.match(speech) or (finished and paused):
            paragraphs.append([])
        paragraphs[-1].append(speech)
        said_until = cue.end
    return "\n\n".join(" ".join(words) for words in paragraphs) + "\n"
