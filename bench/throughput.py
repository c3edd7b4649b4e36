"""Throughput on this machine, in one run: the bare model, the service around it, and the judge.

1. Embedding backends (torch through sentence-transformers, ONNX float32, ONNX int8), bare, on
   the sentences of 40 articles made of check-worthy ClaimBuster sentences (20 each, read in
   place): sentences per second at batch 1 and with a whole article per call (2 threads).
2. The service: the same 40 articles posted over HTTP to gunicorn (gunicorn.conf.py's defaults:
   2 workers x 1 thread; a fresh SQLite file; 2 clients at once), sentences and claims per
   second, and their ratio to the bare model's sentences per second with the service's backend.
   Run twice: as configured, and with CLAIMS_SIMILARITY_THRESHOLD=1 (nothing is near enough to
   judge), which shows the cost of everything around the embedding model.
3. `POST /articles` for the five NATO articles (../shared/corpus): each deleted and posted again
   while the other four are stored; median and 95th percentile, the pairs judged a post, and the
   judge's model time a judged pair inside the service (from its /metrics), to set beside the
   bare judge's time a pair below.
4. The judge's pairs per second on 256 MultiNLI validation pairs, per NLI backend (2 threads),
   and ONNX on one thread, as each of the service's workers runs it.

    .venv/bin/python bench/throughput.py [--embedder onnx-int8]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ingest_latency import CORPUS, start_gunicorn  # noqa: E402
from bench.store_scale import nato_articles, percentile  # noqa: E402
from service.claim_service import embedder_from_config  # noqa: E402
from service.config import Config  # noqa: E402
from service.inference.embedders import Embedder  # noqa: E402
from service.judging.judge import Pair, from_name  # noqa: E402
from training.nli_data import load  # noqa: E402
from training.train_checkworthiness import claimbuster  # noqa: E402

BACKENDS = ("sentence-transformers", "onnx", "onnx-int8")
# The bare judge runs as many forward passes at once as the service (CLAIMS_JUDGE_PASSES).
PASSES = Config.from_env().judge_passes


def articles(count: int = 40, size: int = 20) -> list[list[str]]:
    sentences = sorted({e.text for e in claimbuster() if e.label == 1 and e.text.endswith(".")})
    random.Random(0).shuffle(sentences)
    return [sentences[i * size : (i + 1) * size] for i in range(count)]


def rate(work: Callable[[], int]) -> float:
    started = time.perf_counter()
    done = work()
    return done / (time.perf_counter() - started)


def bare(embedder: Embedder, groups: list[list[str]]) -> tuple[float, float]:
    """Sentences per second at batch 1 and at one article per call."""
    embedder.embed(groups[0])  # warm up
    flat = [s for g in groups for s in g]
    one = rate(lambda: sum(len(embedder.embed([s])) for s in flat[:200]))
    whole = rate(lambda: sum(len(embedder.embed(g)) for g in groups))
    return one, whole


@contextmanager
def served(env: dict[str, str]) -> Iterator[str]:
    """gunicorn as gunicorn.conf.py sets it up, with ``env`` and a fresh SQLite file; its URL."""
    os.environ.update(env)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            process, url = start_gunicorn(Path(tmp) / "t.sqlite3", Path(tmp) / "gunicorn.log")
            try:
                yield url
            finally:
                process.send_signal(signal.SIGTERM)
                process.wait(60)
    finally:
        for key in env:
            os.environ.pop(key)


def service(groups: list[list[str]], env: dict[str, str]) -> tuple[float, float]:
    """Sentences and claims per second through gunicorn."""
    with served(env) as url:
        requests.post(f"{url}/articles", json={"text": "Warm up: 3 people came."}, timeout=60)

        def post(group: list[str]) -> int:
            response = requests.post(f"{url}/articles", json={"text": " ".join(group)})
            response.raise_for_status()
            return len(response.json()["claims"])

        started = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:
            claims = sum(pool.map(post, groups))
        elapsed = time.perf_counter() - started
    return sum(len(g) for g in groups) / elapsed, claims / elapsed


def judge_work(url: str) -> tuple[float, float]:
    """Seconds the service's judge has spent, and pairs it has judged (its /metrics, every
    worker summed)."""
    found = {"seconds": 0.0, "pairs": 0.0}
    for line in requests.get(f"{url}/metrics", timeout=30).text.splitlines():
        name, _, value = line.rpartition(" ")
        if name == 'counterclaim_inference_seconds_sum{model="judge"}':
            found["seconds"] = float(value)
        elif name == 'counterclaim_inference_items_total{model="judge"}':
            found["pairs"] = float(value)
    return found["seconds"], found["pairs"]


def nato_posts(env: dict[str, str]) -> tuple[list[float], float, float, list[dict[str, Any]]]:
    """Each NATO article deleted and posted again while the other four are stored: seconds per
    post, over those posts the judge's seconds and pairs inside the service, and the claims."""
    items = nato_articles()
    times = []
    with served(env) as url:
        ids = [requests.post(f"{url}/articles", json=i).json()["id"] for i in items]
        seconds_before, pairs_before = judge_work(url)
        for item, article_id in zip(items, ids, strict=True):
            requests.delete(f"{url}/articles/{article_id}").raise_for_status()
            started = time.perf_counter()
            requests.post(f"{url}/articles", json=item).raise_for_status()
            times.append(time.perf_counter() - started)
        seconds_after, pairs_after = judge_work(url)
        claims = requests.get(f"{url}/claims", params={"limit": 100}, timeout=30).json()["items"]
    return times, seconds_after - seconds_before, pairs_after - pairs_before, claims


def candidate_pairs(claims: list[dict[str, Any]], embedder: Any) -> list[Pair]:
    """The pairs a post of each NATO article judges against the other four, as the service
    picks them: each claim against its 20 nearest claims of other articles at a cosine of 0.3 or
    more, copies (0.95) left out; stored claim first."""
    vectors = embedder.embed([c["text"] for c in claims])
    similarity = vectors @ vectors.T
    config = Config()
    pairs = []
    for i, claim in enumerate(claims):
        others = [j for j in range(len(claims)) if claims[j]["article_id"] != claim["article_id"]]
        others.sort(key=lambda j: -similarity[i, j])
        for j in others[: config.max_candidates]:
            if config.similarity_threshold <= similarity[i, j] < config.duplicate_threshold:
                pairs.append(Pair(claims[j]["text"], claim["text"], float(similarity[i, j])))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default=Config().embedder, choices=BACKENDS)
    args = parser.parse_args()
    groups = articles()
    print(f"{len(groups)} articles, {sum(len(g) for g in groups)} sentences")

    article_rates: dict[str, float] = {}
    for backend in BACKENDS:
        embedder = embedder_from_config(Config(embedder=backend, torch_threads=2))
        one, whole = bare(embedder, groups)
        article_rates[backend] = whole
        speedup = whole / article_rates["sentence-transformers"]
        print(f"bare {backend:22} batch 1: {one:6.1f} sentences/s; an article per call: "
              f"{whole:6.1f} sentences/s ({speedup:.2f}x torch)", flush=True)  # fmt: skip
        del embedder

    base = {"CLAIMS_EMBEDDER": args.embedder, "CLAIMS_LOG_LEVEL": "warning"}
    for label, env in (
        ("as configured", base),
        ("nothing judged (threshold 1)", base | {"CLAIMS_SIMILARITY_THRESHOLD": "1"}),
    ):
        sentences, claims = service(groups, env)
        bare_rate = article_rates[args.embedder]
        print(f"service ({args.embedder}, {label}): {sentences:6.1f} sentences/s, "
              f"{claims:6.1f} claims/s ({claims / sentences:.0%} of sentences are claims); over "
              f"the bare model's sentences/s: claims {claims / bare_rate:.2f}, sentences "
              f"{sentences / bare_rate:.2f}", flush=True)  # fmt: skip

    if CORPUS.is_dir():
        times, judging, judged, nato_claims = nato_posts(base)
        print(f"POST /articles, NATO articles (each against the other four): median "
              f"{statistics.median(times) * 1000:,.0f} ms, p95 "
              f"{percentile(times, 0.95) * 1000:,.0f} ms; pairs judged a post "
              f"{judged / len(times):.0f} (no first stage: every candidate); the service's judge "
              f"{judging / max(judged, 1) * 1000:.1f} ms a judged pair "
              f"({judging / sum(times):.0%} of the posts' time)", flush=True)  # fmt: skip

    pairs = [Pair(p.premise, p.hypothesis, 0.5) for p in load("mnli_matched")][:256]
    import torch

    torch.set_num_threads(2)
    # The judge embeds what each claim adds where the model alone finds a conflict, as the
    # service's does, with the service's embedder.
    phrases = embedder_from_config(Config())
    for judge_backend, threads in (("torch", 2), ("onnx", 2), ("onnx-int8", 2), ("onnx", 1)):
        judge: Any = from_name(
            "hybrid", backend=judge_backend, threads=threads, passes=PASSES, embedder=phrases
        )
        judge.judge(pairs[:8])
        per_second = rate(lambda: len(judge.judge(pairs)))  # noqa: B023
        plural = "s" if threads > 1 else ""
        print(f"judge ({judge_backend}, {threads} thread{plural}), bare: {per_second:6.1f} "
              f"pairs/s, {1000 / per_second:.1f} ms a pair", flush=True)  # fmt: skip
    # Each service worker runs the judge on one thread a pass (CLAIMS_TORCH_THREADS=1), two workers
    # side by side on the two cores: its time a pair is to be set beside the bare judge's on one
    # thread a pass, on the pairs the NATO posts judge (longer than MultiNLI's), in the service's
    # chunks; the bare judge runs as many passes at once as the service (CLAIMS_JUDGE_PASSES).
    if CORPUS.is_dir():
        nato_pairs = candidate_pairs(nato_claims, embedder_from_config(Config(embedder="onnx")))
        for threads in (1, 2):
            judge = from_name(
                "hybrid", backend="onnx", threads=threads, passes=PASSES, embedder=phrases
            )
            judge.judge(nato_pairs[:8])
            per_second = rate(
                lambda: sum(
                    len(judge.judge(nato_pairs[i : i + 64]))  # noqa: B023
                    for i in range(0, len(nato_pairs), 64)
                )
            )
            plural = "s" if threads > 1 else ""
            print(f"judge (onnx, {threads} thread{plural}), bare, on the {len(nato_pairs)} NATO "
                  f"candidate pairs in chunks of 64: {1000 / per_second:.1f} ms a pair",
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
