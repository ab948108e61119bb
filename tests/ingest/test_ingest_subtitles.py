"""A documentary's subtitle file is read as the speech it carries, sentences whole."""

from __future__ import annotations

from pathlib import Path

from factionmap.extract.rules import RulesExtractor
from factionmap.ingest import ReadFailure
from tests.ingest.reading import read_document, read_one

SUBRIP = """1
00:01:00,000 --> 00:01:02,000
[music]

2
00:01:03,000 --> 00:01:06,000
NARRATOR: The largest of the new armies
was the Kilwa Defence Council,

3
00:01:06,100 --> 00:01:09,000
the KDC, formed in May 1992
and commanded by Juma Mrema.

4
00:01:09,500 --> 00:01:12,000
<i>MAN: [in Swahili] We had guns.</i>
We had no boots.

5
00:01:15,000 --> 00:01:18,000
NARRATOR: By 1995 the KDC
had some 8,000 fighters.
"""

WEBVTT = """WEBVTT
Kind: captions

NOTE a remark for the editor

00:00:01.000 --> 00:00:03.000 align:start
The Ruvu Army was founded

00:00:03.200 --> 00:00:05.000
in 1990 in Lindi.
"""


def test_cues_are_joined_into_speech_without_timings(tmp_path: Path) -> None:
    path = tmp_path / "war.srt"
    path.write_text(SUBRIP, encoding="utf-8")
    document = read_document(path)
    assert document.content_type == "text/x-subtitles"
    assert "-->" not in document.text and "[music]" not in document.text
    assert "<i>" not in document.text
    paragraphs = document.text.strip().split("\n\n")
    assert paragraphs[0] == (
        "NARRATOR: The largest of the new armies was the Kilwa Defence Council, the KDC, "
        "formed in May 1992 and commanded by Juma Mrema."
    )
    assert paragraphs[1].startswith("MAN: [in Swahili] We had guns. We had no boots.")
    assert paragraphs[2] == "NARRATOR: By 1995 the KDC had some 8,000 fighters."


def test_facts_are_read_across_cue_breaks(tmp_path: Path) -> None:
    path = tmp_path / "war.srt"
    path.write_text(SUBRIP, encoding="utf-8")
    document = read_document(path)
    claims = RulesExtractor()(document)
    found = {
        (c.subject.mention, c.predicate, c.object.mention if c.object else None) for c in claims
    }
    assert ("Kilwa Defence Council", "led_by", "Juma Mrema") in found
    assert any(c.predicate == "founded" and c.value == {"date": "1992-05"} for c in claims)
    for claim in claims:
        for evidence in claim.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.quote


def test_webvtt_captions_are_read_too(tmp_path: Path) -> None:
    path = tmp_path / "clip.vtt.txt"
    path.write_text(WEBVTT, encoding="utf-8")
    document = read_document(path)
    assert document.text.strip() == "The Ruvu Army was founded in 1990 in Lindi."


def test_broken_subtitles_are_a_readable_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.srt"
    path.write_text(
        SUBRIP.replace("00:01:06,100 --> 00:01:09,000", "00:01:06,100 -> oops"), "utf-8"
    )
    item = read_one(path)
    assert isinstance(item, ReadFailure)
    assert item.reason.startswith("malformed subtitles")
    assert "\n" not in item.reason
