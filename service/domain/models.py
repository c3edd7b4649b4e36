"""Typed values that flow between extraction, judging, the store and the API: plain data.

The enumerations are defined here once; ``schemas/`` and ``openapi.yaml`` are held to them by
tests/unit/test_layout.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar, get_args

import numpy as np
import numpy.typing as npt

from service.domain.moments import Moment, as_date, days_between

# Embedding vectors, one row per text, unit length.
Vectors = npt.NDArray[np.float32]

Relation = Literal["contradiction", "entailment", "neutral"]
Kind = Literal["negation", "quantity", "antonym", "other"]
QuantityKind = Literal["count", "fraction", "percent", "money"]
Precision = Literal["day", "week", "month", "year"]
# What a named entity is: a person, an organisation, a place, a group of people by nationality,
# religion or politics ("Russian", "Republicans"), a date or time, a figure (count, sum, share).
EntityKind = Literal["person", "organisation", "place", "group", "date", "figure"]
RELATIONS: tuple[str, ...] = get_args(Relation)
KINDS: tuple[str, ...] = get_args(Kind)
QUANTITY_KINDS: tuple[str, ...] = get_args(QuantityKind)
PRECISIONS: tuple[str, ...] = get_args(Precision)
ENTITY_KINDS: tuple[str, ...] = get_args(EntityKind)
# A reviewer's verdict on a contradiction the judge found.
Verdict = Literal["confirmed", "dismissed"]
VERDICTS: tuple[str, ...] = get_args(Verdict)
# Which contradictions a list returns by their review: not yet reviewed, or with that verdict.
ReviewState = Literal["unreviewed", "confirmed", "dismissed"]
REVIEW_STATES: tuple[str, ...] = get_args(ReviewState)

T = TypeVar("T")


@dataclass(frozen=True)
class Quantity:
    """A number, range or share in a claim, as written and as values."""

    text: str
    value: float | None
    low: float
    high: float
    unit: str | None
    kind: QuantityKind
    approximate: bool


@dataclass(frozen=True)
class Entity:
    """A named entity a claim's sentence mentions, as written, and what it is."""

    text: str
    kind: EntityKind

    @property
    def key(self) -> str:
        """What every mention of this entity shares (see ``entity_key``)."""
        return entity_key(self.text)


def entity_key(name: str) -> str:
    """How entities are looked up: case and spacing aside, without a leading "the", so that
    ``?entity=nato`` finds "NATO" and "the European Union" finds "European Union"."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


@dataclass(frozen=True)
class ClaimFilter:
    """Which stored claims a list or a search returns: every one, or those of one article,
    source, speaker (exactly as the claims give it) and named entity (as ``entity_key`` folds
    it), all that are given."""

    article_id: int | None = None
    source: str | None = None
    speaker: str | None = None
    entity: str | None = None

    @property
    def narrows(self) -> bool:
        """Something beyond the article is asked, so a search may have to look further."""
        return (self.source, self.speaker, self.entity) != (None, None, None)


# No filter: every claim.
EVERY_CLAIM = ClaimFilter()


@dataclass(frozen=True)
class DateMention:
    """A date a claim mentions; ``date`` is None when it cannot be resolved."""

    text: str
    date: dt.date | None
    precision: Precision


@dataclass(frozen=True)
class Analysis:
    """What a claim's words say about it (service/extraction/claims.analyse reads them)."""

    # The reporting phrase ("said", "told reporters", "according to"), if any.
    attribution: str | None = None
    # The claim is a direct quotation.
    quote: bool = False
    # The claim is asserted tentatively ("may", "appears", "suggests").
    hedged: bool = False
    # The claim denies something ("no sign", "not", "cannot").
    negated: bool = False
    # Counts, sums, percentages and shares the sentence states.
    quantities: tuple[Quantity, ...] = ()
    # Dates the sentence mentions, resolved against the day of publication.
    dates: tuple[DateMention, ...] = ()


@dataclass(frozen=True)
class ArticleInput:
    """What a caller submits: the text (or a web page holding it) and what it knows about it."""

    text: str = ""
    html: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: Moment | None = None


@dataclass(frozen=True)
class ExtractedClaim:
    """A claim found in a text, before it is stored."""

    text: str
    sentence: str
    start: int
    end: int
    speaker: str | None
    checkworthiness: float | None = None
    # How the sentence describes its speaker ("economist at Northbank"), kept apart from the name.
    speaker_role: str | None = None
    # The named entities of the sentence, in order, each once (read for the claims kept).
    entities: tuple[Entity, ...] = ()
    # Whether the sentence reports its speaker's statement in its own words, not as a quotation
    # ("Lopez said unemployment fell"): such a statement becomes a claim at a lower bar.
    reported: bool = False


@dataclass(frozen=True)
class Claim:
    """A claim as the API shows it; id and article_id are None for a claim that was only checked."""

    id: int | None
    article_id: int | None
    text: str
    sentence: str
    start: int
    end: int
    speaker: str | None
    source: str | None
    published_at: Moment | None
    created_at: dt.datetime | None = None
    similarity: float | None = None
    # How likely the sentence is a factual claim worth checking (None for claims stored before
    # the score existed).
    checkworthiness: float | None = None
    # How the sentence describes its speaker; None for claims stored before roles were read.
    speaker_role: str | None = None
    # The sentence's named entities; None for claims stored before entities were read.
    entities: tuple[Entity, ...] | None = None
    # Filled in by extraction before a claim is shown; empty as the store returns it.
    analysis: Analysis = field(default_factory=Analysis)


@dataclass(frozen=True)
class ClaimDetail:
    """One claim with every contradiction it takes part in."""

    claim: Claim
    contradictions: list[Contradiction]


@dataclass(frozen=True)
class Judgement:
    """What a contradiction judge thinks of one pair of sentences."""

    relation: Relation
    score: float
    kind: Kind | None
    explanation: str


# Past this many days apart, a disagreement may be the story moving on rather than a conflict.
STORY_MOVES_ON_DAYS = 7


@dataclass(frozen=True)
class Review:
    """A reviewer's verdict on a pair of claim texts: when, and by which API key (its
    fingerprint; None when the service runs without keys)."""

    verdict: Verdict
    note: str | None
    reviewed_at: dt.datetime
    reviewed_by: str | None


@dataclass(frozen=True)
class ReviewedPair:
    """A reviewed pair of claim texts with the verdict: what calibrating the judge reads."""

    id: int
    claim_text: str
    conflicting_claim_text: str
    review: Review


def pair_key(text_a: str, text_b: str) -> str:
    """What a review is kept under: a digest of the two claim texts, case, spacing and order
    aside, so that a verdict holds for the same pair posted again, in either order."""
    folded = sorted(
        " ".join(unicodedata.normalize("NFKC", t).casefold().split()) for t in (text_a, text_b)
    )
    return hashlib.sha256("\n".join(folded).encode()).hexdigest()


@dataclass(frozen=True)
class Contradiction:
    """Two claims that cannot both be true, with the judge's reasons."""

    id: int | None
    claim: Claim
    conflicting_claim: Claim
    score: float
    kind: Kind
    explanation: str
    created_at: dt.datetime | None = None
    # A reviewer's verdict on this pair of texts, if any.
    review: Review | None = None
    # The dispute it belongs to; None for one only checked, or dismissed.
    dispute_id: int | None = None

    @property
    def pair_key(self) -> str:
        """The key its review is kept under."""
        return pair_key(self.claim.text, self.conflicting_claim.text)

    @property
    def days_apart(self) -> int | None:
        """Days between the two claims' publication, None when either date is unknown."""
        return days_between(self.claim.published_at, self.conflicting_claim.published_at)

    @property
    def may_supersede(self) -> bool:
        """The claims are far enough apart in time that the later may report a change."""
        days = self.days_apart
        return days is not None and days >= STORY_MOVES_ON_DAYS


@dataclass(frozen=True)
class Article:
    """A stored article; claims and contradictions are filled in for the detailed view."""

    id: int
    text: str
    title: str | None
    source: str | None
    url: str | None
    published_at: Moment | None
    created_at: dt.datetime
    claim_count: int
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)


@dataclass(frozen=True)
class DisputeSide:
    """The claims on one side of a dispute, and when that side was first and last said (their
    publication, or their storing when an article gave no date)."""

    claims: list[Claim]
    first_said: Moment
    last_said: Moment


def said(claim: Claim) -> Moment:
    """When a claim was said: its publication, else when it was stored."""
    when = claim.published_at or claim.created_at
    if when is None:  # a stored claim always has created_at
        raise ValueError(f"claim {claim.id} has no date")
    return when


def as_day(moment: Moment) -> dt.date:
    """The calendar day of a moment that is known."""
    return moment.date() if isinstance(moment, dt.datetime) else moment


def side_of(claims: list[Claim]) -> DisputeSide:
    """One side of a dispute: its claims, earliest said first, and when it was first and last
    said."""
    ordered = sorted(claims, key=lambda c: (as_day(said(c)), c.id or 0))
    return DisputeSide(ordered, said(ordered[0]), said(ordered[-1]))


def separated(sides: list[DisputeSide]) -> bool:
    """Everything on one side said before (on an earlier day than) everything on the other."""
    one, other = sides
    return as_day(one.last_said) < as_day(other.first_said) or as_day(other.last_said) < as_day(
        one.first_said
    )


@dataclass(frozen=True)
class DisputeDraft:
    """A dispute as grouping left it, to be written: its id if it keeps an old one, its
    title, each claim's side (0 or 1), its contradictions' ids, and whether it changed."""

    id: int | None
    title: str
    separated: bool
    sides: dict[int, int]
    contradictions: list[int]
    changed: bool


@dataclass(frozen=True)
class Dispute:
    """A disputed fact: claims on two sides, every contradiction in it between the sides.

    ``separated`` when everything on one side was said before everything on the other (the
    story may have moved on); False for a live conflict."""

    id: int
    title: str
    sides: list[DisputeSide]
    separated: bool
    contradiction_count: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class DisputeFilter:
    """Which disputes a list returns: those with a claim from this source, claim or article,
    with a claim said on or after ``since`` and one on or before ``until``, and separated or
    not; all that are given."""

    source: str | None = None
    claim_id: int | None = None
    article_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    separated: bool | None = None


EVERY_DISPUTE = DisputeFilter()


@dataclass(frozen=True)
class DisputeChanges:
    """The disputes a request's new claims joined (there before) or opened (new)."""

    joined: list[int] = field(default_factory=list)
    opened: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class IngestResult:
    """The article after ingestion, whether this request created it, and the disputes its
    claims joined or opened."""

    article: Article
    created: bool
    disputes: DisputeChanges = field(default_factory=DisputeChanges)


# Why a sentence of a checked text did not become a claim.
SkipReason = Literal[
    "not check-worthy",
    "repeats an earlier claim",
    "run-on paste",
    "fragment",
    "question",
    "call to action",
    "site text",
    "speaks to the reader",
    "headline",
]
SKIP_REASONS: tuple[str, ...] = get_args(SkipReason)


@dataclass(frozen=True)
class Skipped:
    """A sentence that did not become a claim, where it is, and why."""

    sentence: str
    start: int
    end: int
    reason: SkipReason


@dataclass(frozen=True)
class CheckResult:
    """Claims and contradictions a text would raise, nothing stored; the sentences that did
    not become claims, and the stored disputes the claims would join."""

    claims: list[Claim]
    contradictions: list[Contradiction]
    skipped: list[Skipped] = field(default_factory=list)
    disputes: DisputeChanges = field(default_factory=DisputeChanges)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list and the cursor of the next, None at the end."""

    items: list[T]
    next: str | None


__all__ = ["Moment", "as_date", "days_between"]
