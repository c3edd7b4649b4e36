"""Sentence splitting with offsets into the submitted text."""

from __future__ import annotations

from functools import lru_cache

import pysbd

from service.pipeline.cleaning import Span


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False: segments are verbatim slices, so they can be located in the original.
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split(text: str, block: Span) -> list[Span]:
    """The sentences of one block of ``text``, as spans of ``text`` itself."""
    piece = text[block.start : block.end]
    spans: list[Span] = []
    cursor = 0
    for segment in _segmenter().segment(piece):
        stripped = segment.strip()
        if not stripped:
            continue
        found = piece.find(stripped, cursor)
        if found < 0:  # pysbd altered the segment; fall back to the rest of the block
            stripped, found = piece[cursor:].strip(), piece.find(piece[cursor:].strip(), cursor)
            if not stripped:
                break
        spans.append(Span(block.start + found, block.start + found + len(stripped)))
        cursor = found + len(stripped)
    return spans
