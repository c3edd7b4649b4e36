"""Load: many clients at once on real gunicorn for a while, then a count of what was stored.

Starts gunicorn as gunicorn.conf.py sets it up (on a fresh SQLite file in a temporary folder, or
on --database-url), stores a few articles, then runs --clients clients for --seconds over HTTP on
127.0.0.1, each sending one request after another, picked at random: mostly reads (GET /claims,
GET /claims?q=, GET /articles/{id}, GET /contradictions), some POST /articles with a new text
(sentences of ../shared/eval/claims/claimbuster_train.json, read in place; made-up sentences where
that file is absent) and a few with a text already posted (which must answer 200 with the same
id). Prints idle read latencies before the load and again after it (on the store the load
left: more contradictions a page), requests per second, overall and per kind, latency
percentiles per kind and the errors (a 5xx, a connection error, or any other unexpected
answer); then checks that every article a client was told was created (201) is stored exactly
once, no text twice, and that the claims stored are the claims those 201s reported. Exits
non-zero on any error or mismatch.

    .venv/bin/python bench/load.py [--clients 8] [--seconds 60] [--database-url postgresql://...]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from training.train_checkworthiness import CLAIMS, claimbuster  # noqa: E402

# Kind of request -> its share of the requests the clients send.
MIX = {
    "GET /claims": 0.30,
    "GET /claims?q=": 0.15,
    "GET /articles/{id}": 0.25,
    "GET /contradictions": 0.15,
    "POST /articles (new)": 0.12,
    "POST /articles (again)": 0.03,
}
SENTENCES_PER_ARTICLE = 8
SEED_ARTICLES = 5


def sentences() -> list[str]:
    """ClaimBuster's sentences (check-worthy or not), or made-up news sentences without it."""
    if (CLAIMS / "claimbuster_train.json").is_file():
        return sorted({e.text for e in claimbuster() if e.text.endswith(".")})
    print(f"{CLAIMS}/claimbuster_train.json is absent: made-up sentences instead")
    subjects = ["The ministry", "The central bank", "Police", "The mayor", "The army", "Officials"]
    facts = [
        "{n} people were evacuated from {place} on Monday",
        "exports from {place} fell by {p} percent last year",
        "{n} soldiers were sent to the border near {place}",
        "the new bridge in {place} cost {n} million dollars",
        "unemployment in {place} rose to {p} percent in March",
    ]
    places = ["Riga", "Tallinn", "Vilnius", "Gdansk", "Narva", "Tartu", "Odessa", "Lviv"]
    return [
        f"{subject} said that {fact.format(n=10 + 7 * i, p=2 + i % 19, place=place)}."
        for i, (subject, fact, place) in enumerate(itertools.product(subjects, facts, places))
    ]


@dataclass
class Tally:
    """What the clients saw, shared between them."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    created: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (text, claims)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, problem: str | None = None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if problem:
                self.errors[f"{kind}: {problem}"] += 1


class Client:
    """One client: a session and its own random choices."""

    def __init__(self, url: str, number: int, pool: list[str], tally: Tally) -> None:
        self.url = url
        self.random = random.Random(number)
        self.pool = pool
        self.tally = tally
        self.session = requests.Session()

    def new_text(self) -> str:
        return " ".join(self.random.sample(self.pool, SENTENCES_PER_ARTICLE))

    def post_new(self) -> str | None:
        response = self.session.post(f"{self.url}/articles", json=self.article(self.new_text()))
        if response.status_code != 201:
            return f"status {response.status_code}"
        body = response.json()
        with self.tally.lock:
            self.tally.created[body["id"]] = (body["text"], body["claim_count"])
        return None

    def post_again(self) -> str | None:
        with self.tally.lock:
            article_id, (text, _) = self.random.choice(list(self.tally.created.items()))
        response = self.session.post(f"{self.url}/articles", json=self.article(text))
        if response.status_code != 200:
            return f"status {response.status_code}"
        return None if response.json()["id"] == article_id else "another id"

    @staticmethod
    def article(text: str) -> dict[str, Any]:
        return {"text": text, "source": "Load", "published_at": "2016-09-26", "title": None,
                "url": None}  # fmt: skip

    def get(self, kind: str) -> str | None:
        if kind == "GET /claims?q=":
            words = self.random.choice(self.pool).split()[:6]
            response = self.session.get(f"{self.url}/claims", params={"q": " ".join(words)})
        elif kind == "GET /articles/{id}":
            with self.tally.lock:
                article_id = self.random.choice(list(self.tally.created))
            response = self.session.get(f"{self.url}/articles/{article_id}")
        else:
            response = self.session.get(self.url + kind.removeprefix("GET "))
        return None if response.status_code == 200 else f"status {response.status_code}"

    def run(self, until: float) -> None:
        kinds, weights = list(MIX), list(MIX.values())
        while time.monotonic() < until:
            kind = self.random.choices(kinds, weights)[0]
            started = time.perf_counter()
            try:
                if kind == "POST /articles (new)":
                    problem = self.post_new()
                elif kind == "POST /articles (again)":
                    problem = self.post_again()
                else:
                    problem = self.get(kind)
            except requests.RequestException as exc:
                problem = type(exc).__name__
            self.tally.record(kind, time.perf_counter() - started, problem)


# Reads timed with no other client, before the load starts: what "fast" means here.
IDLE_READS = 40


def idle(client: Client, when: str = "before the load") -> None:
    """Each kind of read, IDLE_READS times with nothing else running: p50 and p95."""
    print(f"idle {when} (one client, nothing else running):")
    for kind in (k for k in MIX if k.startswith("GET")):
        for _ in range(IDLE_READS):
            started = time.perf_counter()
            client.get(kind)
            client.tally.record(kind, time.perf_counter() - started)
        p50, p95 = (
            statistics.quantiles(client.tally.latencies[kind], n=100, method="inclusive")[q - 1]
            for q in (50, 95)
        )
        print(f"  {kind:24} p50 {p50 * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms")


def fetch_all(url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = requests.get(url, params={"limit": 100, "cursor": cursor}, timeout=60).json()
        items += page["items"]
        cursor = page["next"]
        if not cursor:
            return items


def count_check(url: str, tally: Tally) -> list[str]:
    """What differs between the store and the 201s the clients got; empty when nothing does."""
    stored = [a["id"] for a in fetch_all(f"{url}/articles")]
    created = set(tally.created)
    differences = []
    if len(stored) != len(set(stored)):
        differences.append(f"article ids listed twice: {len(stored) - len(set(stored))}")
    if set(stored) != created:
        differences.append(
            f"articles stored but never answered 201: {sorted(set(stored) - created)[:10]}; "
            f"answered 201 but not stored: {sorted(created - set(stored))[:10]}"
        )
    texts = Counter(
        requests.get(f"{url}/articles/{i}", timeout=60).json()["text"] for i in set(stored)
    )
    if twice := [t[:60] for t, n in texts.items() if n > 1]:
        differences.append(f"texts stored more than once: {twice[:5]}")
    claims = len(fetch_all(f"{url}/claims"))
    reported = sum(n for _, n in tally.created.values())
    if claims != reported:
        differences.append(f"claims stored: {claims}; claims the 201s reported: {reported}")
    return differences


def report(tally: Tally, elapsed: float) -> None:
    total = sum(len(v) for v in tally.latencies.values())
    print(f"{total} requests in {elapsed:.1f} s: {total / elapsed:.1f} requests/s")
    print(f"{'kind':24} {'requests':>8} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind in MIX:
        times = sorted(tally.latencies.get(kind, []))
        if not times:
            print(f"{kind:24} {0:8d}")
            continue
        p50, p95, p99 = (
            statistics.quantiles(times, n=100, method="inclusive")[q - 1] * 1000
            if len(times) > 1
            else times[0] * 1000
            for q in (50, 95, 99)
        )
        print(f"{kind:24} {len(times):8d} {len(times) / elapsed:7.1f} "
              f"{p50:8.1f} {p95:8.1f} {p99:8.1f}")  # fmt: skip
    print(f"errors: {sum(tally.errors.values())}")
    for problem, count in tally.errors.most_common():
        print(f"  {count:6d}  {problem}")


@contextmanager
def served(database_url: str | None) -> Iterator[str]:
    """gunicorn with gunicorn.conf.py on 127.0.0.1 and a free port; its URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "CLAIMS_BIND": f"127.0.0.1:{port}",
            "CLAIMS_DATABASE_URL": database_url or f"sqlite:///{tmp}/load.sqlite3",
            "CLAIMS_LOG_LEVEL": "warning",
        }
        log = Path(tmp) / "gunicorn.log"
        with log.open("wb") as sink:
            command = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                       "service.wsgi:app"]  # fmt: skip
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=sink)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while not _ready(url):
                if process.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"gunicorn did not start:\n{log.read_text()}")
                time.sleep(0.3)
            yield url
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)


def _ready(url: str) -> bool:
    try:
        return requests.get(f"{url}/readyz", timeout=2).status_code == 200
    except requests.RequestException:
        return False  # not listening yet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--database-url", help="postgresql://... (default: a fresh SQLite file)")
    args = parser.parse_args()
    pool = sentences()
    workers = os.environ.get("CLAIMS_WORKERS", "2")
    backend = "PostgreSQL" if args.database_url else "SQLite"
    print(f"{args.clients} clients for {args.seconds:g} s; gunicorn {workers} workers on "
          f"{os.cpu_count()} cores; {backend}; {len(pool)} sentences, "
          f"{SENTENCES_PER_ARTICLE} an article")  # fmt: skip
    tally = Tally()
    with served(args.database_url) as url:
        seeding = Client(url, -1, pool, tally)
        for _ in range(SEED_ARTICLES):  # something to read from the first request on
            if problem := seeding.post_new():
                sys.exit(f"could not store the first articles: {problem}")
        tally.latencies.clear()
        idle(Client(url, -2, pool, tally))
        tally.latencies.clear()
        started = time.monotonic()
        clients = [Client(url, n, pool, tally) for n in range(args.clients)]
        with ThreadPoolExecutor(args.clients) as threads:
            list(threads.map(lambda c: c.run(started + args.seconds), clients))
        elapsed = time.monotonic() - started
        report(tally, elapsed)
        # Again on the store as the load left it (more claims, more contradictions a page):
        # the same reads' own cost by then, without the load.
        after = Tally(created=dict(tally.created))
        idle(Client(url, -3, pool, after), "after the load, on the store it left")
        differences = count_check(url, tally)
    print(f"{len(tally.created)} articles created (201), {SEED_ARTICLES} of them before the clock")
    print("count check: " + ("OK" if not differences else "MISMATCH"))
    for difference in differences:
        print(f"  {difference}")
    if differences or tally.errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
