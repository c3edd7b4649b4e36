"""Faults, on real gunicorn and real databases: workers killed in the middle of an ingestion leave
the article whole or absent (SQLite and PostgreSQL); a database that stops answering (PostgreSQL
stopped, SQLite locked for too long) gives 503 problems, never a 500 or a hang, and the service
carries on by itself once it answers again."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests
from flask.testing import FlaskClient
from openapi_core import OpenAPI

from service import create_app
from service.config import Config
from service.inference.embedders.base import Embedder
from service.judging.judge import ContradictionJudge
from service.store.sqlite import SqliteStore
from tests.helpers import ContractClient, Server, article, fetch_all, fresh_database

pytestmark = pytest.mark.slow

SUBJECTS = [
    "The finance ministry", "The central bank", "Police in the capital", "The health agency",
    "Army commanders", "The port authority", "Election officials", "The weather service",
    "The transport minister", "Hospital administrators", "The coast guard", "Customs officers",
]  # fmt: skip
FACTS = [
    "{n} people had been evacuated from {place} since Sunday",
    "exports of {thing} from {place} fell by {p} percent in March",
    "{n} soldiers were deployed to the border near {place}",
    "the new bridge at {place} cost {n} million dollars",
    "unemployment in {place} rose to {p} percent last year",
    "{n} tonnes of {thing} were seized at the docks of {place}",
    "the airport at {place} handled {n} flights in April",
    "{p} schools in {place} stayed closed after the storm",
]
PLACES = ["Kharkiv", "Odessa", "Riga", "Tallinn", "Vilnius", "Gdansk", "Narva", "Klaipeda", "Tartu"]
THINGS = ["grain", "steel", "timber", "coal", "fertiliser", "copper"]


def long_article() -> dict[str, Any]:
    """96 sentences of distinct claims: an ingestion that holds the writer lock a while."""
    sentences = [
        f"{subject} said that "
        + fact.format(n=100 + 37 * i, p=3 + i % 17, place=PLACES[i % 9], thing=THINGS[i % 6])
        + "."
        for i, (subject, fact) in enumerate(itertools.product(SUBJECTS, FACTS))
    ]
    return {"text": " ".join(sentences), "source": "Wire", "published_at": "2014-06-02"}


def post(server: Server, body: dict[str, Any], status: int = 201) -> dict[str, Any]:
    response = requests.post(f"{server.url}/articles", json=body, timeout=60)
    assert response.status_code == status, response.text
    stored: dict[str, Any] = response.json()
    return stored


def stored_articles(server: Server) -> dict[int, dict[str, Any]]:
    """Every stored article with its claims, by id."""
    return {
        a["id"]: requests.get(f"{server.url}/articles/{a['id']}", timeout=30).json()
        for a in fetch_all(f"{server.url}/articles")
    }


def worker_pids(master: int) -> list[int]:
    """The gunicorn workers: the master's children."""
    pids = []
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == master:
            pids.append(int(entry.parent.name))
    return pids


def wait_ready(server: Server) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.process.poll() is None, server.log.read_text()
        try:
            if requests.get(f"{server.url}/readyz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass  # no worker listening yet
        time.sleep(0.2)
    raise AssertionError(f"gunicorn did not become ready again:\n{server.log.read_text()}")


@contextmanager
def sqlite_writer_busy(path: Path) -> Iterator[Callable[[], bool]]:
    """Whether a writer holds the SQLite file's write lock now (asked without waiting)."""
    probe = sqlite3.connect(path, isolation_level=None, timeout=0)

    def busy() -> bool:
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return True
        probe.execute("ROLLBACK")
        return False

    yield busy
    probe.close()


@contextmanager
def postgres_writer_busy(url: str) -> Iterator[Callable[[], bool]]:
    """Whether a writer holds the advisory writer lock on the database now."""
    with psycopg.connect(url, autocommit=True) as probe:

        def busy() -> bool:
            row = probe.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            ).fetchone()
            return bool(row and row[0])

        yield busy


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_workers_killed_inside_an_ingestion_leave_the_article_whole_or_absent(
    gunicorn: Callable[..., Server], request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    if backend == "sqlite":
        server = gunicorn(database=tmp_path / "claims.sqlite3")
        probe = partial(sqlite_writer_busy, tmp_path / "claims.sqlite3")
    else:
        database = fresh_database(request.getfixturevalue("postgres"))
        server = gunicorn(database_url=database)
        probe = partial(postgres_writer_busy, database)
    for n in range(3):
        post(server, article(n))
    body = long_article()
    checked = requests.post(f"{server.url}/checks", json={"text": body["text"]}, timeout=60)
    claim_count = len(checked.json()["claims"])  # what storing it whole means
    assert claim_count > 50

    # Most judging happens before the writer's lock, so the transaction is short: an ingestion
    # may finish between two looks. Then it is deleted and tried again, until one is caught
    # inside its transaction.
    for _ in range(10):
        before = stored_articles(server)
        with probe() as writer_busy, ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(requests.post, f"{server.url}/articles", json=body, timeout=60)
            while not writer_busy() and not pending.done():
                time.sleep(0.0005)
            if pending.done():
                finished = pending.result().json()["id"]
                requests.delete(f"{server.url}/articles/{finished}", timeout=30)
                continue
            workers = worker_pids(server.process.pid)
            for pid in workers:
                os.kill(pid, signal.SIGKILL)
            with pytest.raises(requests.ConnectionError):
                pending.result()
        break
    else:
        pytest.fail("ten ingestions all finished before one was seen holding the writer lock")
    assert len(workers) == 2
    wait_ready(server)  # gunicorn started new workers on the same database

    after = stored_articles(server)
    for article_id, earlier in before.items():  # unchanged, but for contradictions it raised
        assert {**after[article_id], "contradictions": None} == {**earlier, "contradictions": None}
        assert all(c in after[article_id]["contradictions"] for c in earlier["contradictions"])
    interrupted = [a for a in after.values() if a["text"] == body["text"]]
    assert len(interrupted) <= 1
    if interrupted:
        assert interrupted[0]["claim_count"] == len(interrupted[0]["claims"]) == claim_count
    assert set(after) == set(before) | {a["id"] for a in interrupted}
    claims = fetch_all(f"{server.url}/claims")
    assert len(claims) == sum(len(a["claims"]) for a in after.values())  # no orphans

    again = post(server, body, status=200 if interrupted else 201)
    assert again["claim_count"] == len(again["claims"]) == claim_count
    assert post(server, body, status=200)["id"] == again["id"]
    texts = [a["text"] for a in stored_articles(server).values()]
    assert texts.count(body["text"]) == 1


def assert_unavailable(status: int, headers: Any, problem: Any) -> None:
    """A 503 problem that says when to try again."""
    assert status == 503, problem
    assert headers["Content-Type"] == "application/problem+json"
    assert problem["type"] == "/problems/unavailable"
    assert problem["title"] == "Service unavailable"
    assert problem["detail"]
    assert int(headers["Retry-After"]) > 0


@contextmanager
def stopped(postgres: str) -> Iterator[None]:
    """The session's PostgreSQL server stopped ("fast": connections are cut) and, whatever
    happens inside, started again with the options it had (pg_ctl restart reads them back)."""
    with psycopg.connect(postgres, autocommit=True) as conn:
        data = Path(str(conn.execute("SHOW data_directory").fetchone()[0]))  # type: ignore[index]
        bindir = conn.execute("SELECT setting FROM pg_config WHERE name = 'BINDIR'").fetchone()
    pg_ctl = [str(Path(str(bindir[0])) / "pg_ctl"), "-w", "-D", str(data)]  # type: ignore[index]
    # As root, the server runs as the unprivileged owner of its data.
    user = data.stat().st_uid if os.geteuid() == 0 else None

    def run(*args: str) -> None:
        with tempfile.TemporaryFile() as errors:  # not a pipe: the server would inherit it
            done = subprocess.run([*pg_ctl, *args], stdout=subprocess.DEVNULL, stderr=errors,
                                  user=user, check=False)  # fmt: skip
            errors.seek(0)
            assert done.returncode == 0, errors.read().decode()

    run("-m", "fast", "stop")
    try:
        yield
    finally:
        run("-l", str(data.parent / "log"), "restart")


def test_postgresql_stopped_gives_503s_and_started_again_serves_everything(
    gunicorn: Callable[..., Server], postgres: str
) -> None:
    server = gunicorn(database_url=fresh_database(postgres))
    first = post(server, article(0))
    articles_before = stored_articles(server)
    claims_before = fetch_all(f"{server.url}/claims")
    calls = [
        ("GET", "/claims", None),
        ("GET", f"/articles/{first['id']}", None),
        ("POST", "/articles", article(1)),
    ]

    def call(method: str, path: str, body: Any) -> requests.Response:
        # A hang would run into the timeout and fail the test.
        return requests.request(method, f"{server.url}{path}", json=body, timeout=15)

    with stopped(postgres):
        for method, path, body in calls * 3:  # each worker meets the outage, whichever answers
            response = call(method, path, body)
            assert_unavailable(response.status_code, response.headers, response.json())
        ready = requests.get(f"{server.url}/readyz", timeout=15)
        assert ready.status_code == 503
        assert ready.json()["type"] == "/problems/unavailable"
        # A worker that gunicorn starts during the outage starts all the same (one that could
        # not would make gunicorn stop altogether).
        os.kill(worker_pids(server.process.pid)[0], signal.SIGKILL)
        deadline = time.monotonic() + 30
        while "database unavailable at start" not in server.log.read_text():
            assert time.monotonic() < deadline, server.log.read_text()
            time.sleep(0.2)
        for method, path, body in calls:
            response = call(method, path, body)
            assert_unavailable(response.status_code, response.headers, response.json())
        assert server.process.poll() is None

    # Without a restart, and from the first request on: the broken connections are replaced.
    assert requests.get(f"{server.url}/readyz", timeout=15).status_code == 200
    created = call("POST", "/articles", article(1))
    assert created.status_code == 201, created.text  # nothing of it was stored in the outage
    for _ in range(3):
        again = call("GET", f"/articles/{first['id']}", None).json()
        assert again["claims"] == articles_before[first["id"]]["claims"]
        assert call("GET", "/claims", None).status_code == 200
    claims = fetch_all(f"{server.url}/claims")
    assert claims[: len(claims_before)] == claims_before
    assert len(claims) == len(claims_before) + created.json()["claim_count"]
    assert [a["id"] for a in fetch_all(f"{server.url}/articles")] == [
        first["id"],
        created.json()["id"],
    ]


@pytest.fixture
def locked_out_client(
    tmp_path: Path,
    embedder: Embedder,
    judge: ContradictionJudge,
    openapi: OpenAPI,
) -> Iterator[FlaskClient]:
    """The app on a SQLite file whose writers give up after half a second of waiting."""
    path = tmp_path / "claims.sqlite3"
    store = SqliteStore(
        path, embedder_name=embedder.name, dimension=embedder.dimension, busy_timeout=0.5
    )
    app = create_app(
        Config(database_url=f"sqlite:///{path}"), embedder=embedder, judge=judge, store=store
    )
    app.test_client_class = ContractClient
    app.config["OPENAPI"] = openapi
    yield app.test_client()
    store.close()


def test_a_sqlite_file_locked_too_long_gives_503_then_stores_once_released(
    locked_out_client: FlaskClient, tmp_path: Path
) -> None:
    client = locked_out_client
    first = client.post("/articles", json=article(0))
    assert first.status_code == 201
    lock = sqlite3.connect(tmp_path / "claims.sqlite3", isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")  # another program holds the file, longer than writers wait
    try:
        refused = client.post("/articles", json=article(1))
        assert_unavailable(refused.status_code, refused.headers, refused.json)
        deleted = client.delete(f"/articles/{first.json['id']}")
        assert_unavailable(deleted.status_code, deleted.headers, deleted.json)
        listed = client.get("/claims")  # reads go on: WAL readers never wait for a writer
        assert listed.status_code == 200
        assert [c["id"] for c in listed.json["items"]] == [c["id"] for c in first.json["claims"]]
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    created = client.post("/articles", json=article(1))
    assert created.status_code == 201
    assert client.post("/articles", json=article(1)).json["id"] == created.json["id"]
    articles = client.get("/articles").json["items"]
    assert [a["id"] for a in articles] == [first.json["id"], created.json["id"]]
    assert all(
        a["claim_count"] == len(client.get(f"/articles/{a['id']}").json["claims"]) > 0
        for a in articles
    )
