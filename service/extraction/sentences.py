"""Sentence splitting with offsets into the submitted text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pysbd

from service.extraction.cleaning import Span

# pysbd's time grows with the square of its input on abbreviation-heavy text (25 ms for 2,000
# characters, 0.3 s for 8,000), so long paragraphs are cut into pieces of at most this size.
MAX_PIECE = 2000
# A likely sentence end: closing punctuation, spaces, then something that starts a sentence.
_LIKELY_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[A-Z\"'\u201c\u2018(])")


def _segmenter() -> pysbd.Segmenter:
    """A segmenter for one text. A pysbd segmenter keeps the text it is segmenting on itself,
    so one shared between threads lost sentences when two articles were read at once (a new
    one costs microseconds). clean=False: segments are verbatim slices, so they can be located
    in the original."""
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _pieces(text: str, block: Span) -> Iterator[Span]:
    """The block in pieces of at most MAX_PIECE characters, cut at likely sentence ends."""
    start = block.start
    while block.end - start > MAX_PIECE:
        window = text[start : start + MAX_PIECE]
        ends = [m.end() for m in _LIKELY_END.finditer(window, MAX_PIECE // 2)]
        cut = ends[-1] if ends else window.rfind(" ") + 1 or MAX_PIECE
        yield Span(start, start + cut)
        start += cut
    yield Span(start, block.end)


# Sentences run together with no space between them, as text copied from some pages is ("kept
# them up for longer.MSCI's broadest index", "strategist.New Zealand's central bank"): a word of
# two small letters or digits, its full stop (and a closing quote), then a capital. Not "U.S."
# (a capital before the stop), "Mr.", "e.g." or "0.97%".
_RUN_TOGETHER = re.compile(
    r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][A-Za-z'])|(?<=[a-z0-9]{2}[.!?][\"\u201d])(?=[A-Z])"
)


def _cut_run_together(text: str, span: Span) -> list[Span]:
    """The span, cut where two sentences run together without a space."""
    cuts = [m.start() for m in _RUN_TOGETHER.finditer(text, span.start, span.end)]
    bounds = [span.start, *(c for c in cuts if span.start < c < span.end), span.end]
    return [Span(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def split(text: str, block: Span) -> list[Span]:
    """The sentences of one block of ``text``, as spans of ``text`` itself."""
    return [cut for span in _split(text, block) for cut in _cut_run_together(text, span)]


def _split(text: str, block: Span) -> list[Span]:
    spans: list[Span] = []
    for piece_span in _pieces(text, block):
        piece = text[piece_span.start : piece_span.end]
        cursor = 0
        for segment in _segmenter().segment(piece):
            stripped = segment.strip()
            found = piece.find(stripped, cursor) if stripped else -1
            if found < 0:
                continue  # whitespace, or a segment pysbd altered: nothing to point at
            spans.append(Span(piece_span.start + found, piece_span.start + found + len(stripped)))
            cursor = found + len(stripped)
    return spans
