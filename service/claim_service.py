"""The use cases behind the API: ingest, check, compare and look up claims.

The one module that wires the rest together: extraction reads the text, inference embeds and
scores it, judging decides on pairs, the store keeps what was found. Every claim it hands back
carries its analysis (extraction.claims.analyse), so the API only has to show it.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from typing import TypeVar

import numpy as np

from service.config import Config
from service.disputes import keeping
from service.disputes.keeping import Regrouped, catch_up, regroup
from service.domain.errors import (
    DeadlineExceededError,
    IdempotencyKeyReusedError,
    NoArticleTextError,
    NotFoundError,
    StoreUnavailableError,
    TextTooLongError,
    TooManyClaimsError,
)
from service.domain.models import (
    STORY_MOVES_ON_DAYS,
    Article,
    ArticleInput,
    CheckResult,
    Claim,
    ClaimDetail,
    ClaimFilter,
    Contradiction,
    Dispute,
    DisputeChanges,
    DisputeFilter,
    ExtractedClaim,
    IngestResult,
    Judgement,
    Moment,
    Review,
    ReviewedPair,
    ReviewState,
    Skipped,
    SkipReason,
    Verdict,
    days_between,
)
from service.extraction import cleaning, parse
from service.extraction.claims import analyse, given, read, same_words
from service.extraction.entities import entities
from service.extraction.html import main_text
from service.inference import embedders
from service.inference.checkworthiness import CheckworthinessModel
from service.inference.embedders.base import Embedder, Vectors
from service.judging import passages
from service.judging.judge import ContradictionJudge, Pair, from_name
from service.store import open_store
from service.store.base import ClaimStore, StoreReader

log = logging.getLogger(__name__)


def text_hash(text: str) -> str:
    """Hash of the normalised text: the same article pasted twice hashes the same."""
    return hashlib.sha256(cleaning.fingerprint(cleaning.normalise(text)).encode()).hexdigest()


def explain(judgement: Judgement, days_apart: int | None) -> str:
    """The judge's explanation, with the time between the claims when it matters."""
    if days_apart is None or days_apart < STORY_MOVES_ON_DAYS:
        return judgement.explanation
    return (
        f"{judgement.explanation.rstrip('.')}; the claims were published {days_apart} days apart,"
        " so the later one may report a change rather than a conflict."
    )


@dataclass(frozen=True)
class ServiceSettings:
    """The tunables of retrieval and judging; their defaults and reasons are ``Config``'s."""

    similarity_threshold: float
    duplicate_threshold: float
    max_candidates: int
    max_claims: int
    checkworthiness_threshold: float | None
    reported_checkworthiness_threshold: float
    request_timeout: float
    max_text_chars: int

    @classmethod
    def from_config(cls, config: Config) -> ServiceSettings:
        """The settings ``config`` holds."""
        return cls(**{f.name: getattr(config, f.name) for f in fields(cls)})


# Model work (posting, checking, comparing: embedding, parsing, judging) runs on this many
# threads per process, at a lower scheduling priority (niceness) than the threads that serve
# reads, so that on busy cores a read is not kept waiting by a model call in another request.
MODEL_THREADS = 2
MODEL_NICENESS = 10
R = TypeVar("R")


def _lower_priority() -> None:
    """Run this thread at MODEL_NICENESS (Linux schedules each thread by its own niceness)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), MODEL_NICENESS)
    except OSError:  # not allowed here: the work still runs, at the usual priority
        pass


def embedder_from_config(config: Config) -> Embedder:
    """The embedder ``CLAIMS_EMBEDDER`` names."""
    return embedders.create(
        config.embedder, model_path=config.model_path, threads=config.torch_threads
    )


def judge_from_config(config: Config, embedder: Embedder) -> ContradictionJudge:
    """The judge ``CLAIMS_JUDGE`` names, on the backend ``CLAIMS_JUDGE_BACKEND`` names, reading
    with ``embedder`` where it embeds."""
    return from_name(
        config.judge,
        config.judge_model_path or None,
        backend=config.judge_backend,
        threads=config.torch_threads,
        passes=config.judge_passes,
        embedder=embedder,
    )


def store_from_config(config: Config, embedder: Embedder) -> ClaimStore:
    """The store ``CLAIMS_DATABASE_URL`` names, for the vectors ``embedder`` makes."""
    return open_store(
        config.database_url,
        embedder_name=embedder.name,
        dimension=embedder.dimension,
        busy_timeout=config.sqlite_busy_timeout,
    )


# Pairs judged per model call: small enough that the request timeout is checked often.
_JUDGE_CHUNK = 64


class Deadline:
    """The moment a request must give up by."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._at = time.monotonic() + seconds

    def check(self) -> None:
        """Raise DeadlineExceededError once the time is up."""
        if time.monotonic() > self._at:
            raise DeadlineExceededError(self.seconds)


# A pair already judged, and the verdict.
Verdicts = dict[Pair, Judgement]


class ClaimService:
    """Everything a request can ask of counterclaim, with no HTTP in it."""

    def __init__(
        self,
        embedder: Embedder,
        store: ClaimStore,
        judge: ContradictionJudge,
        settings: ServiceSettings | None = None,
        checkworthiness: CheckworthinessModel | None = None,
    ) -> None:
        self.embedder = embedder
        self.store = store
        self.judge = judge
        self.settings = settings or ServiceSettings.from_config(Config())
        self.checkworthiness = checkworthiness or CheckworthinessModel.load()
        # The parser too is loaded now, once per worker, not in the first request that needs it.
        parse.pipeline()
        self._models = ThreadPoolExecutor(
            MODEL_THREADS, thread_name_prefix="models", initializer=_lower_priority
        )
        self.catch_up()
        self.claim_threshold = (
            self.checkworthiness.threshold
            if self.settings.checkworthiness_threshold is None
            else self.settings.checkworthiness_threshold
        )
        self.reported_threshold = min(
            self.settings.reported_checkworthiness_threshold, self.claim_threshold
        )

    # -- writing --------------------------------------------------------------------------------

    def ingest(self, article: ArticleInput, *, idempotency_key: str | None = None) -> IngestResult:
        """Store an article and its claims, and record the contradictions they raise.

        The same text (or the same idempotency key) again returns the stored article unchanged.
        A web page is stored as the text extracted from it, to which claim offsets point.
        """
        # The deadline counts from now: waiting for a model thread is part of the request.
        deadline = Deadline(self.settings.request_timeout)
        article = replace(article, text=self.text_of(article.text, article.html), html=None)
        digest = text_hash(article.text)
        existing = self._existing(digest, idempotency_key, self.store)
        if existing is not None:  # a repeat needs no model: answered on this thread
            return self._repeat(existing)
        return self._on_model_thread(self._ingest, article, digest, idempotency_key, deadline)

    def _on_model_thread(self, work: Callable[..., R], *args: object) -> R:
        """``work(*args)`` on a model thread (with this request's context), its result here."""
        return self._models.submit(contextvars.copy_context().run, work, *args).result()

    def _ingest(
        self, article: ArticleInput, digest: str, idempotency_key: str | None, deadline: Deadline
    ) -> IngestResult:
        extracted, vectors, _ = self._claims_of(article.text)
        claims = self._provisional(extracted, article.source, article.published_at)
        # Embedding and most judging need no lock: the claims committed so far are judged first,
        # so that workers judge side by side; under the writer's lock only the pairs with claims
        # committed since are judged, and the verdicts are those of everything committed before
        # this writer, so no pair between articles is missed.
        verdicts = self._judged(self._pairs(claims, vectors, self.store), {}, deadline)
        with self.store.writer() as tx:
            existing = self._existing(digest, idempotency_key, tx)
            if existing is not None:
                return self._repeat(existing)
            # Judge before inserting: the vector index must only ever see committed claims.
            pairs = self._pairs(claims, vectors, tx)
            found = self._found(pairs, self._judged(pairs, verdicts, deadline))
            article_id = tx.add_article(article, text_hash=digest, idempotency_key=idempotency_key)
            by_span = {(c.start, c.end): c for c in tx.add_claims(article_id, extracted, vectors)}
            stored_found = [replace(c, claim=by_span[(c.claim.start, c.claim.end)]) for c in found]
            tx.add_contradictions(stored_found)
            new = {c.id for c in by_span.values()}
            seeds = {c.claim.id or 0 for c in stored_found}
            seeds |= {c.conflicting_claim.id or 0 for c in stored_found}
            changes = _changes(regroup(tx, seeds), new)
            stored = tx.get_article(article_id)
        if stored is None:  # cannot happen: it was written in this very transaction
            raise RuntimeError(f"article {article_id} vanished inside its own transaction")
        return IngestResult(_shown_article(stored), created=True, disputes=changes)

    def _repeat(self, existing: Article) -> IngestResult:
        """The answer to an article posted again: as stored, with the disputes its claims
        stand in (joined long ago: none is opened by a repeat)."""
        held = self.store.disputes_holding([c.id for c in existing.claims if c.id is not None])
        return IngestResult(_shown_article(existing), created=False, disputes=DisputeChanges(held))

    def delete_article(self, article_id: int) -> None:
        """Remove an article with its claims and their contradictions; the disputes they stood
        in shrink, split or go."""
        with self.store.writer() as tx:
            if not keeping.delete_article(tx, article_id):
                raise NotFoundError("article", article_id)

    def review(
        self, contradiction_id: int, verdict: Verdict, note: str | None, reviewer: str | None
    ) -> Contradiction:
        """Keep a reviewer's verdict on a contradiction's pair of claim texts (the last verdict
        on a pair stands); a dismissed pair leaves its dispute and is not raised again."""
        with self.store.writer() as tx:
            found = tx.get_contradiction(contradiction_id)
            if found is None:
                raise NotFoundError("contradiction", contradiction_id)
            reviewed_at = dt.datetime.now(dt.UTC)
            tx.review(found, Review(verdict, note, reviewed_at, reviewer))
            regroup(tx, [found.claim.id or 0, found.conflicting_claim.id or 0])
            updated = tx.get_contradiction(contradiction_id)
        if updated is None:  # cannot happen: reviewing deletes nothing
            raise RuntimeError(f"contradiction {contradiction_id} vanished while reviewed")
        return _shown_contradiction(updated)

    def catch_up(self) -> None:
        """Bring a database that predates reviews and disputes up to date (pair keys, disputes
        for the contradictions already stored); a few batches at start-up. A database that
        cannot answer now is caught up by the next start."""
        try:
            for _ in range(10_000):
                with self.store.writer() as tx:
                    if not catch_up(tx):
                        return
        except StoreUnavailableError as exc:
            log.warning("disputes not caught up: the database cannot answer: %s", exc.reason)

    # -- analysing without storing ----------------------------------------------------------------

    def check(
        self,
        text: str = "",
        *,
        html: str | None = None,
        claims: Sequence[str] | None = None,
        published_at: Moment | None = None,
    ) -> CheckResult:
        """The claims a text, a page or a list of claims holds, and the stored claims they
        contradict; nothing is stored. A list's sentences are claims as given; a text's that
        are not are listed as skipped, with why."""
        deadline = Deadline(self.settings.request_timeout)
        return self._on_model_thread(self._check, text, html, claims, published_at, deadline)

    def _check(
        self,
        text: str,
        html: str | None,
        given: Sequence[str] | None,
        published_at: Moment | None,
        deadline: Deadline,
    ) -> CheckResult:
        skipped: list[Skipped] = []
        if given is not None:
            extracted, vectors = self._given(given)
        else:
            extracted, vectors, skipped = self._claims_of(self.text_of(text, html))
        claims = self._provisional(extracted, None, published_at)
        pairs = self._pairs(claims, vectors, self.store)
        found = self._found(pairs, self._judged(pairs, {}, deadline))
        dismissed = self.store.dismissed([c.pair_key for c in found])
        found = [c for c in found if c.pair_key not in dismissed]
        held = self.store.disputes_holding([c.conflicting_claim.id or 0 for c in found])
        return CheckResult(
            [analyse(c) for c in claims],
            [_shown_contradiction(c) for c in found],
            skipped,
            DisputeChanges(joined=held),
        )

    def compare(self, claim_a: str, claim_b: str) -> Judgement:
        """What the judge makes of two sentences given directly."""
        return self._on_model_thread(self._compare, claim_a, claim_b)

    def _compare(self, claim_a: str, claim_b: str) -> Judgement:
        # The judge reads a long text as its sentences nearest the other: their similarity is
        # that of what it reads.
        claim_a, claim_b = passages.cut(claim_a, claim_b), passages.cut(claim_b, claim_a)
        vectors = self.embedder.embed([claim_a, claim_b])
        similarity = float(vectors[0] @ vectors[1])
        return self.judge.judge([Pair(claim_a, claim_b, similarity)])[0]

    # -- reading --------------------------------------------------------------------------------

    def article(self, article_id: int) -> Article:
        """One article with its claims and contradictions."""
        found = self.store.get_article(article_id)
        if found is None:
            raise NotFoundError("article", article_id)
        return _shown_article(found)

    def articles(self, *, after: int | None, limit: int) -> list[Article]:
        """Articles in id order after ``after``, without their claims."""
        return self.store.list_articles(after=after, limit=limit)

    def claim(self, claim_id: int) -> ClaimDetail:
        """One claim and every contradiction it takes part in."""
        found = self.store.get_claim(claim_id)
        if found is None:
            raise NotFoundError("claim", claim_id)
        contradictions = self.store.list_contradictions(
            claim_id=claim_id, article_id=None, min_score=None, after=None, limit=None
        )
        return ClaimDetail(analyse(found), [_shown_contradiction(c) for c in contradictions])

    def claims(self, *, where: ClaimFilter, after: int | None, limit: int) -> list[Claim]:
        """Claims in id order after ``after``, those ``where`` asks for."""
        return [analyse(c) for c in self.store.list_claims(where=where, after=after, limit=limit)]

    def search_claims(
        self, query: str, *, where: ClaimFilter, offset: int, limit: int
    ) -> list[Claim]:
        """Stored claims (those ``where`` asks for) by similarity to ``query``, most similar
        first."""
        vector = self.embedder.embed([query])[0]
        found = self.store.nearest_claims(
            vector, limit=limit, min_similarity=-1.0, offset=offset, where=where
        )
        return [analyse(c) for c in found]

    def contradiction(self, contradiction_id: int) -> Contradiction:
        """One contradiction."""
        found = self.store.get_contradiction(contradiction_id)
        if found is None:
            raise NotFoundError("contradiction", contradiction_id)
        return _shown_contradiction(found)

    def contradictions(
        self,
        *,
        claim_id: int | None,
        article_id: int | None,
        min_score: float | None,
        after: int | None,
        limit: int,
        review: ReviewState | None = None,
    ) -> list[Contradiction]:
        """Contradictions in the order they were found, filtered by claim, article, score and
        review state."""
        found = self.store.list_contradictions(
            claim_id=claim_id,
            article_id=article_id,
            min_score=min_score,
            after=after,
            limit=limit,
            review=review,
        )
        return [_shown_contradiction(c) for c in found]

    def reviews(
        self, *, verdict: Verdict | None, after: int | None, limit: int
    ) -> list[ReviewedPair]:
        """Reviewed pairs of claim texts, in the order first reviewed."""
        return self.store.list_reviews(verdict=verdict, after=after, limit=limit)

    def dispute(self, dispute_id: int) -> Dispute:
        """One dispute."""
        found = self.store.get_dispute(dispute_id)
        if found is None:
            raise NotFoundError("dispute", dispute_id)
        return _shown_dispute(found)

    def disputes(self, *, where: DisputeFilter, offset: int, limit: int) -> list[Dispute]:
        """Disputes, the latest to change first, those ``where`` asks for."""
        found = self.store.list_disputes(where=where, offset=offset, limit=limit)
        return [_shown_dispute(d) for d in found]

    # -- running --------------------------------------------------------------------------------

    @property
    def model_name(self) -> str:
        """The embedding model in use."""
        return self.embedder.name

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        self.store.ping()

    def counts(self) -> dict[str, int]:
        """How many articles, claims, contradictions and disputes are stored."""
        return self.store.counts()

    # -- steps ----------------------------------------------------------------------------------

    def text_of(self, text: str, html: str | None) -> str:
        """The text to analyse: as given, or extracted from the page. A page is limited by the
        text it yields, not by its markup: any page the body limit lets in is read."""
        if html is None:
            return text
        extracted = main_text(html)
        if not extracted:
            raise NoArticleTextError()
        if len(extracted) > self.settings.max_text_chars:
            raise TextTooLongError(len(extracted), self.settings.max_text_chars)
        return extracted

    @staticmethod
    def _existing(digest: str, key: str | None, reader: StoreReader) -> Article | None:
        found = reader.find_article(text_hash=digest, idempotency_key=key)
        if found is not None and key is not None and text_hash(found.text) != digest:
            raise IdempotencyKeyReusedError(key, found.id)
        return found

    @staticmethod
    def _provisional(
        extracted: Sequence[ExtractedClaim], source: str | None, published_at: Moment | None
    ) -> list[Claim]:
        """Claims as they would be stored, without ids yet."""
        return [
            Claim(
                id=None,
                article_id=None,
                text=c.text,
                sentence=c.sentence,
                start=c.start,
                end=c.end,
                speaker=c.speaker,
                speaker_role=c.speaker_role,
                entities=c.entities,
                source=source,
                published_at=published_at,
                checkworthiness=c.checkworthiness,
            )
            for c in extracted
        ]

    def _claims_of(self, text: str) -> tuple[list[ExtractedClaim], Vectors, list[Skipped]]:
        """The claims worth checking, scored, with their vectors; near-duplicates dropped; and
        the sentences skipped, with why."""
        reading = read(text)
        candidates = reading.claims
        if len(candidates) > self.settings.max_claims:
            raise TooManyClaimsError(len(candidates), self.settings.max_claims)
        vectors, scores = self._scored(candidates)
        similarities = vectors @ vectors.T
        keep: list[int] = []
        skipped = list(reading.skipped)
        for i, candidate in enumerate(candidates):
            bar = self.reported_threshold if candidate.reported else self.claim_threshold
            if scores[i] < bar:
                skipped.append(_skip(candidate, "not check-worthy"))
            elif any(
                self._same_claim(candidate.text, candidates[j].text, similarities[i, j])
                for j in keep
            ):
                skipped.append(_skip(candidate, "repeats an earlier claim"))
            else:
                keep.append(i)
        skipped.sort(key=lambda s: s.start)
        names = [c.speaker for c in candidates if c.speaker]
        claims = self._named([candidates[i] for i in keep], [scores[i] for i in keep], names)
        return claims, vectors[keep] if keep else vectors[:0], skipped

    def _given(self, sentences: Sequence[str]) -> tuple[list[ExtractedClaim], Vectors]:
        """Sentences a caller says are claims, every one kept as given, scored, with vectors."""
        candidates = given(sentences)
        vectors, scores = self._scored(candidates)
        names = [c.speaker for c in candidates if c.speaker]
        return self._named(candidates, list(scores), names), vectors

    def _scored(self, candidates: Sequence[ExtractedClaim]) -> tuple[Vectors, Vectors]:
        """The vectors of the candidates' texts, and how check-worthy their sentences are.

        Claims are compared by what they assert (``text``); whether a sentence is worth checking
        is judged on the whole sentence, as the model was trained, reporting frame included.
        A sentence without a frame is its own text, so each distinct string is embedded once.
        """
        texts = [c.text for c in candidates]
        sentences = [" ".join(c.sentence.split()) for c in candidates]
        distinct = list(dict.fromkeys(texts + sentences))
        row = {string: i for i, string in enumerate(distinct)}
        embedded = self._vectors(distinct)
        vectors = embedded[[row[t] for t in texts]]
        scores = self.checkworthiness.scores(embedded[[row[s] for s in sentences]], sentences)
        return vectors, scores

    @staticmethod
    def _named(
        candidates: Sequence[ExtractedClaim], scores: Sequence[float], names: Sequence[str]
    ) -> list[ExtractedClaim]:
        """The claims with their score and named entities (people by the fullest of ``names``,
        the speakers the text named)."""
        found = entities(
            [c.sentence for c in candidates],
            names=list(names),
            speakers=[c.speaker for c in candidates],
        )
        return [
            replace(c, checkworthiness=round(float(score), 3), entities=named)
            for c, score, named in zip(candidates, scores, found, strict=True)
        ]

    def _vectors(self, texts: list[str]) -> Vectors:
        """Embeddings of ``texts``; those the store already holds are not computed again."""
        if not texts:
            return self.embedder.embed([])
        known = self.store.stored_vectors(texts)
        missing = [t for t in texts if t not in known]
        if missing:
            known.update(zip(missing, self.embedder.embed(missing), strict=True))
        return np.stack([np.asarray(known[t], dtype=np.float32) for t in texts])

    def _same_claim(self, a: str, b: str, similarity: float | None) -> bool:
        """Two claims are one claim reported twice when their vectors are near-identical and
        their words the same; a near-identical sentence with a figure, a name or a word changed
        is judged like any other."""
        return (similarity or 0.0) >= self.settings.duplicate_threshold and same_words(a, b)

    def _pairs(
        self, claims: Sequence[Claim], vectors: Vectors, reader: StoreReader
    ) -> list[tuple[Claim, Claim, Pair]]:
        """Each new claim with the stored claims close enough to judge: (new, stored, pair)."""
        settings = self.settings
        pairs: list[tuple[Claim, Claim, Pair]] = []
        for claim, vector in zip(claims, vectors, strict=True):
            near = reader.nearest_claims(
                vector, limit=settings.max_candidates, min_similarity=settings.similarity_threshold
            )
            # The same claim again, reported elsewhere, is not a conflict; nor is anything its
            # earlier report's own article said beside it (an article copied or syndicated). A
            # near copy in other words is judged against the claim it copies, and only that.
            threshold = settings.duplicate_threshold
            close = {o.id for o in near if (o.similarity or 0.0) >= threshold}
            copies = {o.article_id for o in near if o.id in close}
            same = {o.id for o in near if self._same_claim(o.text, claim.text, o.similarity)}
            for other in near:
                if other.id in same or (other.article_id in copies and other.id not in close):
                    continue
                similarity = float(other.similarity or 0.0)
                pair = Pair(other.text, claim.text, similarity)
                pairs.append((claim, replace(other, similarity=None), pair))
        return pairs

    def _judged(
        self, pairs: Sequence[tuple[Claim, Claim, Pair]], known: Verdicts, deadline: Deadline
    ) -> Verdicts:
        """``known`` with the verdicts on the pairs it lacks (a verdict depends only on the
        pair), judged in chunks so that a request past its deadline stops."""
        verdicts = dict(known)
        todo = list(dict.fromkeys(p for _, _, p in pairs if p not in verdicts))
        for start in range(0, len(todo), _JUDGE_CHUNK):
            deadline.check()
            chunk = todo[start : start + _JUDGE_CHUNK]
            verdicts.update(zip(chunk, self.judge.judge(chunk), strict=True))
        deadline.check()
        return verdicts

    @staticmethod
    def _found(
        pairs: Sequence[tuple[Claim, Claim, Pair]], verdicts: Verdicts
    ) -> list[Contradiction]:
        """The pairs judged contradictions, explained."""
        found: list[Contradiction] = []
        for new, old, pair in pairs:
            verdict = verdicts[pair]
            if verdict.relation != "contradiction":
                continue
            days = days_between(new.published_at, old.published_at)
            found.append(
                Contradiction(
                    id=None,
                    claim=new,
                    conflicting_claim=old,
                    score=verdict.score,
                    kind=verdict.kind or "other",
                    explanation=explain(verdict, days),
                )
            )
        return found


def _shown_contradiction(found: Contradiction) -> Contradiction:
    return replace(
        found, claim=analyse(found.claim), conflicting_claim=analyse(found.conflicting_claim)
    )


def _shown_dispute(found: Dispute) -> Dispute:
    return replace(
        found,
        sides=[replace(side, claims=[analyse(c) for c in side.claims]) for side in found.sides],
    )


def _changes(regrouped: Sequence[Regrouped], new: set[int | None]) -> DisputeChanges:
    """The disputes that the claims ``new`` joined (there before) or opened."""
    touched = [r for r in regrouped if r.claims & new]
    return DisputeChanges(
        joined=sorted(r.id for r in touched if not r.opened),
        opened=sorted(r.id for r in touched if r.opened),
    )


def _skip(claim: ExtractedClaim, reason: SkipReason) -> Skipped:
    return Skipped(claim.sentence, claim.start, claim.end, reason)


def _shown_article(found: Article) -> Article:
    return replace(
        found,
        claims=[analyse(c) for c in found.claims],
        contradictions=[_shown_contradiction(c) for c in found.contradictions],
    )
