"""Disputes at scale: are listing disputes and keeping them up to date flat in the store's size?

For each size (stored claims) and backend, a store is filled with synthetic claims as
bench/store_scale.py fills it (topic vectors plus noise), and with one synthetic contradiction
for every 20 claims, between claims of different articles (so about one dispute per 20 claims).
Then, all in process through the Flask app with the default judge:

- the service's first start, which groups every contradiction stored before disputes existed
  (the catch-up a database of an earlier release gets once), and the disputes it made;
- `GET /disputes` (first page of 20) and `GET /disputes?source=Reuters` (a filter that keeps
  none, so every dispute is looked at), median of 20 each;
- `POST /articles` for the five NATO articles (read in place), stored beside the synthetic
  claims, then each deleted and posted again, timed: median and p95, with the NATO disputes kept
  up to date in the same transaction; and the number of NATO disputes at the end.

    .venv/bin/python bench/disputes_scale.py [--sizes 10000,100000] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.store_scale import (  # noqa: E402
    fill_postgres,
    fill_sqlite,
    nato_articles,
    new_database,
    percentile,
    posted,
    posted_again,
    start_postgres,
    synthetic,
    topic_vectors,
)
from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from service.judging.judge import from_name  # noqa: E402

# One synthetic contradiction for this many claims.
CLAIMS_PER_CONTRADICTION = 20


def contradictions(n_claims: int, seed: int) -> list[tuple[int, int, float]]:
    """Random pairs of claim ids (1..n) of different articles (10 claims an article), scored."""
    rng = np.random.default_rng(seed)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_claims // CLAIMS_PER_CONTRADICTION:
        a, b = (int(x) for x in rng.integers(1, n_claims + 1, 2))
        if (a - 1) // 10 != (b - 1) // 10:
            pairs.add((max(a, b), min(a, b)))
    return [(a, b, float(rng.uniform(0.5, 0.99))) for a, b in sorted(pairs)]


def add_contradictions(execute: Any, rows: list[tuple[int, int, float]], mark: str) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    execute(
        "INSERT INTO contradictions (claim_id, conflicting_claim_id, score, kind, explanation, "
        f"created_at) VALUES ({mark}, {mark}, {mark}, 'other', 'synthetic', {mark})",
        [(a, b, s, now) for a, b, s in rows],
    )


def timed(call: Any, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(config: Config, shared: dict[str, Any]) -> str:
    started = time.perf_counter()
    app = create_app(config, embedder=shared["embedder"], judge=shared["judge"])
    first_start = time.perf_counter() - started
    client = app.test_client()
    store = app.extensions["counterclaim"].store
    made = store.counts()["disputes"]

    def get(path: str) -> None:
        response = client.get(path)
        assert response.status_code == 200, response.get_json()

    listing = timed(lambda: get("/disputes?limit=20"))
    filtered = timed(lambda: get("/disputes?limit=20&source=Reuters"))

    articles = nato_articles()
    ids = [posted(client, article) for article in articles]
    timings, _, _ = posted_again(client, articles, ids, lambda: client.get("/claims?q=troops"))
    nato = len(client.get("/disputes?limit=100&source=NBC News").get_json()["items"])
    store.close()
    return (
        f"first start {first_start:,.1f} s (catch-up grouped {made:,} disputes); "
        f"GET /disputes median {listing * 1000:.1f} ms, ?source= {filtered * 1000:.1f} ms; "
        f"POST /articles median {statistics.median(timings) * 1000:,.0f} ms, p95 "
        f"{percentile(timings, 0.95) * 1000:,.0f} ms; NATO disputes (with an NBC News claim) {nato}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--backends", default="sqlite")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = args.backends.split(",")
    embedder = SentenceTransformerEmbedder()
    topics = topic_vectors(embedder)
    shared = {"embedder": embedder, "judge": from_name("hybrid", embedder=embedder)}
    server = start_postgres() if "postgresql" in backends else None
    for size in sizes:
        vectors = synthetic(topics, size, seed=size)
        rows = contradictions(size, seed=size)
        for backend in backends:
            if backend == "sqlite":
                import sqlite3

                folder = Path(tempfile.mkdtemp(prefix="disputes-scale-"))
                path = folder / "claims.sqlite3"
                fill_sqlite(path, vectors)
                with sqlite3.connect(path) as conn:
                    add_contradictions(conn.executemany, rows, "?")
                url = f"sqlite:///{path}"
            else:
                import psycopg

                assert server is not None
                url = new_database(server.get_uri(), f"disputes{size}")
                fill_postgres(url, vectors)
                with psycopg.connect(url, autocommit=True) as conn:
                    add_contradictions(conn.cursor().executemany, rows, "%s")
            config = Config(**{**Config.from_env().__dict__, "database_url": url})
            print(f"{backend}, {size:,} claims, {len(rows):,} contradictions: "
                  f"{measure(config, shared)}", flush=True)  # fmt: skip
        del vectors


if __name__ == "__main__":
    main()
