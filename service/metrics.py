"""Prometheus metrics: requests by route and status, model inference time, store size.

Under gunicorn each worker records into files in ``PROMETHEUS_MULTIPROC_DIR`` (gunicorn.conf.py
makes a fresh one at start-up), so that a scrape, whichever worker answers it, sums them all.
Elsewhere (tests, a single process) the counts are kept in memory. The store's size is read from
the database at scrape time, so it is the same whichever worker answers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from service.domain.errors import StoreUnavailableError
from service.domain.models import Judgement
from service.inference.embedders.base import Embedder, Vectors
from service.judging.judge import ContradictionJudge, Pair

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

_LOCAL = CollectorRegistry()
REQUESTS = Counter(
    "counterclaim_http_requests_total",
    "HTTP requests answered, by method, route and status.",
    ["method", "route", "status"],
    registry=_LOCAL,
)
REQUEST_SECONDS = Histogram(
    "counterclaim_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=_LOCAL,
)
INFERENCE_SECONDS = Histogram(
    "counterclaim_inference_seconds",
    "Time spent in one model call: the embedder (a batch of texts) or the judge (of pairs).",
    ["model"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=_LOCAL,
)
INFERENCE_ITEMS = Counter(
    "counterclaim_inference_items_total",
    "Texts embedded and pairs judged.",
    ["model"],
    registry=_LOCAL,
)


class TimedEmbedder:
    """An embedder whose calls are timed into the metrics."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner

    @property
    def name(self) -> str:
        """The wrapped model's name."""
        return self.inner.name

    @property
    def dimension(self) -> int:
        """The wrapped model's vector length."""
        return self.inner.dimension

    def embed(self, texts: Sequence[str]) -> Vectors:
        """The wrapped embedder's vectors."""
        if not texts:
            return self.inner.embed(texts)
        with INFERENCE_SECONDS.labels("embedder").time():
            vectors = self.inner.embed(texts)
        INFERENCE_ITEMS.labels("embedder").inc(len(texts))
        return vectors


class TimedJudge:
    """A contradiction judge whose calls are timed into the metrics."""

    def __init__(self, inner: ContradictionJudge) -> None:
        self.inner = inner

    def judge(self, pairs: Sequence[Pair]) -> list[Judgement]:
        """The wrapped judge's verdicts."""
        if not pairs:
            return self.inner.judge(pairs)
        with INFERENCE_SECONDS.labels("judge").time():
            verdicts = self.inner.judge(pairs)
        INFERENCE_ITEMS.labels("judge").inc(len(pairs))
        return verdicts


def observe_request(method: str, route: str, status: int, started: float) -> None:
    """Count one answered request and its time (``started``: time.perf_counter())."""
    REQUESTS.labels(method, route, str(status)).inc()
    REQUEST_SECONDS.labels(method, route).observe(time.perf_counter() - started)


class _StoreSize(Collector):
    def __init__(self, counts: Callable[[], dict[str, int]]) -> None:
        self.counts = counts

    def collect(self) -> Iterator[Metric]:
        try:
            counts = self.counts()
        except StoreUnavailableError:
            return  # the other metrics matter most while the database is away
        gauge = GaugeMetricFamily(
            "counterclaim_stored", "Rows in the claim store, by kind.", labels=["kind"]
        )
        for kind, count in counts.items():
            gauge.add_metric([kind], count)
        yield gauge


class _Local(Collector):
    def collect(self) -> Iterator[Metric]:
        yield from _LOCAL.collect()


def exposition(store_counts: Callable[[], dict[str, int]]) -> bytes:
    """Every metric in Prometheus's text format: all workers' when under gunicorn."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        registry.register(_Local())
    registry.register(_StoreSize(store_counts))
    return generate_latest(registry)
