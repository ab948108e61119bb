"""Cutting text at evidence offsets: nothing lost, nothing reordered, every span covered."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factionmap.web.highlight import Span, split_at_spans, without_overlaps


def test_overlapping_spans_give_pieces_with_every_covering_key() -> None:
    pieces = split_at_spans("abcdefghij", [Span(2, 5, "a"), Span(3, 8, "b"), Span(3, 5, "c")])
    assert [(p.text, p.keys) for p in pieces] == [
        ("ab", ()),
        ("c", ("a",)),
        ("de", ("c", "a", "b")),
        ("fgh", ("b",)),
        ("ij", ()),
    ]


def test_spans_outside_the_text_are_ignored() -> None:
    pieces = split_at_spans("short", [Span(3, 99, "x"), Span(-1, 2, "y"), Span(2, 2, "z")])
    assert [(p.text, p.keys) for p in pieces] == [("short", ())]


def test_empty_text_has_no_pieces() -> None:
    assert split_at_spans("", [Span(0, 1, "x")]) == []


def test_without_overlaps_keeps_the_first_of_overlapping_spans() -> None:
    spans = [Span(5, 10, "first"), Span(8, 12, "second"), Span(0, 5, "third")]
    assert [s.key for s in without_overlaps(spans)] == ["first", "third"]


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(min_size=0, max_size=60))
    bound = len(text) + 3
    spans = [
        Span(start, end, f"k{index}")
        for index, (start, end) in enumerate(
            draw(st.lists(st.tuples(st.integers(-2, bound), st.integers(-2, bound)), max_size=8))
        )
    ]
    return text, spans


@given(text_and_spans())
def test_pieces_rebuild_the_text_and_match_their_spans(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    pieces = split_at_spans(text, spans)
    assert "".join(p.text for p in pieces) == text
    position = 0
    for piece in pieces:
        assert piece.start == position and piece.end == position + len(piece.text)
        position = piece.end
        valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
        covering = {s.key for s in valid if s.start <= piece.start and piece.end <= s.end}
        assert set(piece.keys) == covering
    for span in spans:
        if 0 <= span.start < span.end <= len(text):
            marked = "".join(p.text for p in pieces if span.key in p.keys)
            assert marked == text[span.start : span.end]
