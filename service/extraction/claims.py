"""Claim extraction: which sentences assert something checkable, and what their words say."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import cast

from service.domain.models import Analysis, Claim, ExtractedClaim, Skipped, SkipReason
from service.extraction import cleaning, facts, lexicon, sentences
from service.extraction.attribution import attribute, attribute_in_order
from service.extraction.frame import frame
from service.extraction.lexicon import IMPERATIVES, alternation

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*")
_QUESTION = re.compile(r"\?[\"'\u201d\u2019)\]]*$")
_IMPERATIVE = re.compile(
    rf"^(please |do not |don't )?({alternation(IMPERATIVES)})\b", re.IGNORECASE
)

# Longer than this, a "sentence" is a run-on paste, not a claim anyone could check.
MAX_SENTENCE_CHARS = 1500
# Shorter than this (in words), a sentence is a fragment: "Russia denies it."
MIN_WORDS = 5


def _words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


# The rules in front of the check-worthiness model, by the reason they give, in the order they
# are tried. Each earns its place on the development sets: bench/eval_checkworthiness.py prints
# what each removes and the F1 without it.
REJECTIONS: dict[str, Callable[[str], bool]] = {
    "run-on paste": lambda s: len(s) > MAX_SENTENCE_CHARS,
    "fragment": lambda s: len(_words(s)) < MIN_WORDS,
    "question": lambda s: bool(_QUESTION.search(s)),
    "call to action": lambda s: bool(_IMPERATIVE.match(s)),
    "site text": cleaning.is_site_text,
    "speaks to the reader": cleaning.addresses_reader,
}


def rejection(sentence: str) -> str | None:
    """Why ``sentence`` cannot be a claim (a key of REJECTIONS), or None when it could be:
    a statement, not a question, a call to action, a fragment, site chrome or a run-on paste.
    Whether it is worth checking is the check-worthiness model's decision."""
    return next((name for name, rule in REJECTIONS.items() if rule(sentence)), None)


def same_words(a: str, b: str) -> bool:
    """Whether two sentences are the same words in the same order, case and punctuation aside.
    Sentences whose vectors are near-identical are one claim reported twice only when this
    holds: "approved a budget of $4.2 billion" and "of $5.2 billion" are 0.98 alike, and one
    misstates the other; so are "Russia beat France" and "France beat Russia"."""
    return lexicon.tokens(a) == lexicon.tokens(b)


@dataclass(frozen=True)
class Reading:
    """An article read: its candidate claims, and the sentences (or blocks) that are not, with
    why."""

    claims: list[ExtractedClaim]
    skipped: list[Skipped]


def extract(text: str) -> list[ExtractedClaim]:
    """Every candidate claim in an article, in order, each once, with offsets into ``text``."""
    return read(text).claims


def read(text: str) -> Reading:
    """The candidate claims of an article (see ``extract``) and what was skipped: blocks the
    cleaner dropped, sentences a rule rejects, sentences that repeat an earlier one."""
    normalised = cleaning.normalise(text)
    claims: list[ExtractedClaim] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    spans: list[cleaning.Span] = []
    for block, dropped in cleaning.sort(normalised):
        if dropped is None:
            spans += sentences.split(normalised, block)
        else:
            skipped.append(_skipped(text, block, dropped))
    read = [normalised[s.start : s.end] for s in spans]
    readable = [r for r in read if len(r) <= MAX_SENTENCE_CHARS]
    attributions = iter(attribute_in_order(readable, normalised))
    for span, sentence in zip(spans, read, strict=True):
        if len(sentence) > MAX_SENTENCE_CHARS:
            skipped.append(_skipped(text, span, "run-on paste"))
            continue
        attributed = next(attributions)
        speaker = attributed.speaker
        rejected = rejection(sentence)
        if rejected is not None:
            skipped.append(_skipped(text, span, rejected))
            continue
        found = frame(sentence)  # what it asserts: one line, no dateline, no reporting frame
        asserted = found.content
        key = cleaning.fingerprint(asserted)
        if key in seen:
            skipped.append(_skipped(text, span, "repeats an earlier claim"))
            continue
        seen.add(key)
        claims.append(
            ExtractedClaim(
                text=asserted,
                sentence=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=speaker,
                speaker_role=attributed.role if speaker else None,
                reported=speaker is not None and not found.quote,
            )
        )
    skipped.sort(key=lambda s: s.start)
    return Reading(claims, skipped)


def given(sentences: Sequence[str]) -> list[ExtractedClaim]:
    """Sentences a caller says are claims (a headline, a tweet, a quote), as given: on one
    line, with their speaker if they name one, no rule or frame applied; each spans itself."""
    claims: list[ExtractedClaim] = []
    for sentence in sentences:
        attributed = attribute(sentence, sentence)
        claims.append(
            ExtractedClaim(
                text=" ".join(cleaning.normalise(sentence).split()),
                sentence=sentence,
                start=0,
                end=len(sentence),
                speaker=attributed.speaker,
                speaker_role=attributed.role if attributed.speaker else None,
            )
        )
    return claims


def _skipped(text: str, span: cleaning.Span, reason: str) -> Skipped:
    return Skipped(text[span.start : span.end], span.start, span.end, cast(SkipReason, reason))


def analyse(claim: Claim) -> Claim:
    """The claim with its analysis filled in: attribution, quotation, hedge, negation, figures
    and dates, read from its text and sentence."""
    found = frame(claim.sentence)
    return replace(
        claim,
        analysis=Analysis(
            attribution=found.attribution,
            quote=found.quote,
            hedged=lexicon.is_hedged(claim.text),
            negated=lexicon.is_negated(claim.text),
            quantities=facts.quantities(claim.sentence),
            dates=facts.dates(claim.sentence, claim.published_at),
        ),
    )
