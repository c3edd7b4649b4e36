"""PostgreSQL's HNSW index by its build parameters: do claims stored late get their candidates?

N synthetic claims (``store_scale.py``'s vectors) are loaded and the index built with each
(m, ef_construction) asked for; then the sentences of the five NATO articles (40 characters or
more, embedded by the service's embedder) are inserted one by one, as posts add claims, and for
each its exact top 20 at cosine 0.3 or more is compared with what the index returns for the
service's query (ORDER BY distance LIMIT 20, the iterative scan strict). Prints the build time,
the candidates' recall (mean, lowest) and the median query time, per ef_search.

    .venv/bin/python bench/vector_index_build.py [--size 1000000] [--params 16:64,32:128]
        [--ef 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.store_scale import (  # noqa: E402
    binary_claims,
    nato_articles,
    new_database,
    start_postgres,
    synthetic,
    topic_vectors,
)
from service.claim_service import embedder_from_config  # noqa: E402
from service.config import Config  # noqa: E402

_TABLE = (
    "CREATE TABLE claims (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, article_id BIGINT,"
    ' position INT, text TEXT, sentence TEXT, start INT, "end" INT, embedding vector(384),'
    " created_at TEXT)"
)
_COLUMNS = 'article_id, position, text, sentence, start, "end", embedding, created_at'


def _text(vector: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector) + "]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--params", default="16:64,32:128", help="m:ef_construction, ...")
    parser.add_argument("--ef", default="200", help="hnsw.ef_search values, comma-separated")
    args = parser.parse_args()
    import psycopg

    embedder = embedder_from_config(Config())
    topics = topic_vectors(embedder)
    sentences = [
        s for a in nato_articles() for s in re.split(r"(?<=[.!?])\s+", a["text"]) if len(s) > 40
    ]
    late = embedder.embed(sentences).astype(np.float32)
    vectors = synthetic(topics, args.size, seed=args.size)
    every = np.concatenate([vectors, late])
    print(f"{args.size:,} synthetic claims; {len(late)} NATO sentences stored after them")
    server = start_postgres()
    now = dt.datetime.now(dt.UTC).isoformat()
    for spec in args.params.split(","):
        m, ef_construction = (int(x) for x in spec.split(":"))
        url = new_database(server.get_uri(), f"build_{m}_{ef_construction}")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
            conn.execute(_TABLE)
            with conn.cursor().copy(f"COPY claims ({_COLUMNS}) FROM STDIN (FORMAT BINARY)") as copy:
                for chunk in binary_claims(vectors, 10, now):
                    copy.write(chunk)
            conn.execute("SET maintenance_work_mem = '8GB'")
            conn.execute("SET max_parallel_maintenance_workers = 1")
            started = time.perf_counter()
            conn.execute(
                "CREATE INDEX ON claims USING hnsw (embedding vector_cosine_ops) "
                f"WITH (m = {m}, ef_construction = {ef_construction})"
            )
            build = time.perf_counter() - started
            for vector in late:
                conn.execute(
                    f"INSERT INTO claims ({_COLUMNS}) VALUES (0, 0, 'x', 'x', 0, 0, %s, '')",
                    (_text(vector),),
                )
            conn.execute("ANALYZE claims")
            conn.execute("SET hnsw.iterative_scan = strict_order")
            for ef in args.ef.split(","):
                conn.execute(f"SET hnsw.ef_search = {int(ef)}")
                recall, times = [], []
                for query in late:
                    scores = every @ query
                    exact = {int(b) + 1 for b in np.argsort(-scores)[:20] if scores[b] >= 0.3}
                    started = time.perf_counter()
                    rows = conn.execute(
                        "SELECT id, 1 - (embedding <=> %s::vector) FROM claims "
                        "ORDER BY embedding <=> %s::vector LIMIT 20",
                        (_text(query), _text(query)),
                    ).fetchall()
                    times.append(time.perf_counter() - started)
                    found = {int(r[0]) for r in rows if r[1] >= 0.3}
                    if exact:
                        recall.append(len(exact & found) / len(exact))
                print(
                    f"m {m}, ef_construction {ef_construction}: build {build:.0f} s; ef_search "
                    f"{ef}: candidates' recall {np.mean(recall):.3f} "
                    f"(lowest {np.min(recall):.2f}), "
                    f"query median {np.median(times) * 1000:.1f} ms",
                    flush=True,
                )
    server.cleanup()


if __name__ == "__main__":
    main()
