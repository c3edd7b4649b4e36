"""Modality: whether a claim asserts at all. A claim that hedges ("may be preparing to withdraw"),
calls for something, or only keeps a possibility open ("has not ruled out") is no flat
assertion (``is_tentative``, ``modality``, ``kept_open``).
"""

from __future__ import annotations

import re

from service.extraction import lexicon
from service.extraction.lexicon import modal_tokens
from service.judging.checks.base import _KEPT_OPEN, Finding, negation_cues

_HEDGES = lexicon.HEDGES | lexicon.CALLS


def is_tentative(text: str) -> bool:
    """The text does not assert outright: it hedges ("may"), calls or wishes ("urged",
    "should"), or keeps a possibility open ("has not ruled out"). Broader than a claim's
    ``hedged`` flag (lexicon.is_hedged), on purpose."""
    return bool(_KEPT_OPEN.search(text)) or any(t in _HEDGES for t in modal_tokens(text))


# A search that found nothing ("found no evidence of poison", "saw no signs of a buildup").
_NOTHING_FOUND = re.compile(
    rf"\b(?:no|not|n't|any|without)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{lexicon.alternation(sorted(lexicon.EVIDENCE_NOUNS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# A verb that closes a possibility, asserted ("police ruled out foul play").
_CLOSING = re.compile(rf"\b(?:{lexicon.alternation(lexicon.CLOSING_VERBS)})\b", re.IGNORECASE)


def kept_open(first: str, second: str) -> Finding | None:
    """Exactly one claim only keeps a possibility open ("Police have not ruled out foul play",
    "have not dismissed the possibility that gas caused the illnesses"), and the other does not
    close it: it denies nothing, or only that a search found any sign of the thing ("found no
    evidence of poison"). Whether the thing happened or not, it may have: only a claim that
    rules it out ("Police ruled out foul play") or denies it ("there will be no job cuts")
    conflicts."""
    open_a, open_b = _KEPT_OPEN.search(first), _KEPT_OPEN.search(second)
    if (open_a is None) == (open_b is None):
        return None
    kept, other = (open_a, second) if open_a else (open_b, first)
    if kept is None or _CLOSING.search(other) or negation_cues(_NOTHING_FOUND.sub(" ", other)):
        return None
    return Finding(
        "other",
        f'One claim only keeps a possibility open ("{kept.group()}"), which the other does not '
        "close.",
    )


def modality(first: str, second: str, found: Finding | None = None) -> Finding | None:
    """Exactly one claim is tentative where the conflict lies (the parts ``found`` names, else
    the whole claims), so neither flatly contradicts the other. A part is no more tentative than
    its claim: "no jobs would be cut" is reported ("said that no jobs would be cut")."""
    a, b = is_tentative(first), is_tentative(second)
    if found is not None and found.parts is not None:
        first, second = found.parts
        a, b = a and is_tentative(first), b and is_tentative(second)
    if a == b:
        return None
    hedged, flat = (first, second) if a else (second, first)
    kept_open = _KEPT_OPEN.search(hedged)
    word = kept_open.group() if kept_open else next(t for t in modal_tokens(hedged) if t in _HEDGES)
    if word == "could" and lexicon.could_not(flat):
        return None  # "could result in" against "could not result in": one possibility each way
    return Finding(
        "other",
        f'One claim is tentative ("{word}"), so it does not flatly contradict the other.',
    )
