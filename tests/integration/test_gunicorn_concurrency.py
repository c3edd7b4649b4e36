"""Many client threads at once against two gunicorn workers (SQLite), or against two gunicorn
instances as two hosts sharing one PostgreSQL: every claim stored exactly once."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from tests.helpers import Server, article, fetch_all, fresh_database, sample

pytestmark = pytest.mark.slow


def post_concurrently(servers: list[Server]) -> list[requests.Response]:
    """24 distinct articles, and each of the first 6 posted three times at once by different
    threads, spread over the servers."""
    bodies = [article(n) for n in range(24)] + [article(n) for n in range(6)] * 2

    def post(numbered: tuple[int, dict[str, Any]]) -> requests.Response:
        n, body = numbered
        return requests.post(f"{servers[n % len(servers)].url}/articles", json=body, timeout=120)

    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(post, enumerate(bodies)))


def assert_stored_once(server: Server, responses: list[requests.Response]) -> None:
    assert all(r.status_code in (200, 201) for r in responses), [r.text for r in responses]
    created = [r.json() for r in responses if r.status_code == 201]
    assert len(created) == 24  # each text stored once, whichever thread won
    by_text = Counter(r.json()["text"] for r in responses)
    assert all(by_text[article(n)["text"]] == 3 for n in range(6))

    claims = fetch_all(f"{server.url}/claims")
    assert len(claims) == sum(len(a["claims"]) for a in created)
    assert all(a["claims"] for a in created)
    assert len({c["id"] for c in claims}) == len(claims)
    # No sentence of any article is stored twice.
    assert len({(c["article_id"], c["start"]) for c in claims}) == len(claims)
    articles = fetch_all(f"{server.url}/articles")
    assert sorted(a["id"] for a in articles) == sorted(a["id"] for a in created)

    # A contradiction is recorded once per pair of claims.
    contradictions = fetch_all(f"{server.url}/contradictions")
    pairs = [frozenset((c["claim"]["id"], c["conflicting_claim"]["id"])) for c in contradictions]
    assert len(pairs) == len(set(pairs))


def test_concurrent_posts_store_every_claim_exactly_once(
    gunicorn: Callable[..., Server],
) -> None:
    server = gunicorn(workers=2)
    responses = post_concurrently([server])
    assert_stored_once(server, responses)

    # Whichever worker answers, /metrics counts the requests of both, and the store's size.
    metrics = requests.get(f"{server.url}/metrics", timeout=30).text
    posts = {"method": "POST", "route": "/articles"}
    for status in (200, 201):
        counted = sample(metrics, "counterclaim_http_requests_total", **posts, status=str(status))
        assert counted == sum(r.status_code == status for r in responses)
    claims = sum(len(r.json()["claims"]) for r in responses if r.status_code == 201)
    assert sample(metrics, "counterclaim_stored", kind="claims") == claims
    # Every request left one JSON line in the log, with its request id.
    lines = [json.loads(line) for line in server.log.read_text().splitlines() if line[:1] == "{"]
    logged = {
        e["request_id"] for e in lines if (e.get("method"), e.get("route")) == ("POST", "/articles")
    }
    assert logged == {r.headers["X-Request-ID"] for r in responses}


def test_two_gunicorn_hosts_on_one_postgresql_lose_and_duplicate_nothing(
    gunicorn: Callable[..., Server], postgres: str
) -> None:
    database = fresh_database(postgres)
    first = gunicorn(workers=2, database_url=database)
    second = gunicorn(workers=2, database_url=database)
    responses = post_concurrently([first, second])
    assert_stored_once(first, responses)
    # The other host reads the same store.
    assert fetch_all(f"{second.url}/claims") == fetch_all(f"{first.url}/claims")


def test_reads_are_answered_while_posts_hold_every_worker(
    gunicorn: Callable[..., Server],
) -> None:
    # One worker, two long posts in flight: with one request per worker, every read would wait
    # for both posts; threaded workers answer reads on other threads meanwhile.
    server = gunicorn(workers=1)
    requests.post(f"{server.url}/articles", json=article(0), timeout=120).raise_for_status()
    long_text = " ".join(article(n)["text"] for n in range(1, 40))
    with ThreadPoolExecutor(max_workers=2) as pool:
        posts = [
            pool.submit(
                requests.post,
                f"{server.url}/articles",
                json={"text": f"{long_text} Variant {k}."},
                timeout=300,
            )
            for k in range(2)
        ]
        time.sleep(0.5)  # let both posts reach the worker
        reads = [requests.get(f"{server.url}/claims", timeout=120) for _ in range(5)]
        unfinished_after_reads = sum(not p.done() for p in posts)
        assert all(p.result().status_code == 201 for p in posts)
    assert all(r.status_code == 200 for r in reads)
    assert unfinished_after_reads >= 1, "the reads waited for the posts"
