"""Helpers and constants shared by test modules (fixtures live in the conftest.py files).

Test modules import these from here, never from another test module or a conftest."""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from werkzeug.serving import make_server
from werkzeug.wrappers import Request

from service import create_app
from service.config import ApiKey, Config
from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge, HybridJudge, Pair, Thresholds

# The repository, and the shared corpus beside it (present on development machines only).
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "nato-2014"


# Two articles that contradict each other: no sign of withdrawal, then, 63 days later, withdrawn.
ARTICLE = {
    "text": (
        "There was no sign that Russia is withdrawing troops from its border with Ukraine, "
        "NATO said Tuesday.\n\nA NATO military official said Russia still had some 40,000 troops "
        "stationed near the border.\n"
    ),
    "title": "No sign of withdrawal",
    "source": "NBC News",
    "url": "https://example.com/a",
    "published_at": "2014-04-01",
}
LATER = {
    "text": (
        "Russia has withdrawn most of the troops it had massed on the Ukraine border, "
        "a NATO military official said on Tuesday.\n"
    ),
    "source": "Reuters",
    "published_at": "2014-06-03",
}

BUDGET = {
    "text": (
        "The city council approved a budget of $4.2 billion on Tuesday. "
        "Opponents said the budget cut library funding by 12 percent."
    ),
    "source": "City Desk",
    "published_at": "2026-03-04",
}


TOPICS = ["troops", "tanks", "ships", "aircraft", "drones", "soldiers"]


def article(n: int) -> dict[str, Any]:
    topic = TOPICS[n % len(TOPICS)]
    return {
        "text": (
            f"The ministry said on Monday that {1000 + n} {topic} had been moved to region {n}.\n"
            f"A spokesman for the ministry said there was no sign of {topic} leaving region {n}.\n"
            f"Officials in region {n} reported that {n + 3} bridges had been closed to traffic.\n"
        ),
        "source": f"Outlet {n % 3}",
        "published_at": f"2014-05-{1 + n % 28:02d}",
    }


PROBLEM = "application/problem+json"


def assert_problem(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["status"] == status and body["title"] and body["type"].startswith("/problems/")
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus's text format (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        match = re.fullmatch(rf"{name}\{{(.*)\}} (\S+)", line)
        if match and ",".join(sorted(match.group(1).split(","))) == wanted:
            return float(match.group(2))
    return 0.0


def fetch_all(url: str) -> list[dict[str, Any]]:
    items, cursor = [], None
    while True:
        params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        page = requests.get(url, params=params, timeout=30).json()
        items += page["items"]
        cursor = page["next"]
        if not cursor:
            return items


class ContractClient(FlaskClient):
    """Checks each response against the OpenAPI document before the test sees it."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        """Send the request, then validate the response (requests may be invalid on purpose)."""
        response = super().open(*args, **kwargs)
        spec: OpenAPI = self.application.config["OPENAPI"]
        # The request body was consumed by the app; response checks only need method and path.
        environ = {**response.request.environ, "wsgi.input": io.BytesIO(), "CONTENT_LENGTH": "0"}
        try:
            spec.validate_response(
                WerkzeugOpenAPIRequest(Request(environ)), WerkzeugOpenAPIResponse(response)
            )
        except PathNotFound:
            # Only a path the API does not have may be missing from the spec, and it must 404.
            assert response.status_code == 404, response.request.path
            assert response.mimetype == "application/problem+json"
        except OperationNotFound:
            # Likewise a method the path does not have: 405.
            assert response.status_code == 405, response.request.method
            assert response.mimetype == "application/problem+json"
        return response


@contextmanager
def served_over_http(app: Flask) -> Iterator[str]:
    """``app`` answering real HTTP on 127.0.0.1 from a thread (werkzeug's threaded server);
    its base URL. Quicker to start than gunicorn, for tests that need a live server but not
    gunicorn's workers."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


@contextmanager
def keyed_app_over_http(
    database: Path, key: str | None, embedder: Embedder, judge: ContradictionJudge
) -> Iterator[str]:
    """The app on a fresh SQLite file with one read+write API key (None: no keys, the service
    open to all), over real HTTP; its URL."""
    keys = () if key is None else (ApiKey(key, frozenset({"read", "write"})),)
    config = Config(database_url=f"sqlite:///{database}", api_keys=keys)
    app = create_app(config, embedder=embedder, judge=judge)
    try:
        with served_over_http(app) as url:
            yield url
    finally:
        app.extensions["counterclaim"].store.close()


def make_unreachable(store: Any) -> None:
    """Close ``store`` and leave it pointing at a database that cannot be opened: a directory
    where the SQLite file was, or a PostgreSQL database that does not exist."""
    store.close()
    if hasattr(store, "path"):
        store.path.unlink()
        store.path.mkdir()
    else:
        store.url = store.url.rsplit("/", 1)[0] + "/no_such_database"


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """A running gunicorn: its base URL and its log."""

    def __init__(self, url: str, process: subprocess.Popen[bytes], log: Path) -> None:
        self.url = url
        self.process = process
        self.log = log


_databases = iter(range(1, 1_000_000))


def fresh_database(url: str) -> str:
    """A new, empty database on the server at ``url``; returns its URL."""
    import psycopg

    name = f"claims_{next(_databases)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + f"/{name}"


def corpus_articles() -> list[dict[str, Any]]:
    """The NATO articles in date order with their text; skips when ../shared is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the shared corpus is only on development machines")
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    articles = sorted(manifest["articles"], key=lambda a: a["published_at"])
    return [{**a, "text": (CORPUS / a["file"]).read_text(encoding="utf-8")} for a in articles]


class FixedModel:
    """Stands in for the NLI model: the same probabilities for every pair."""

    name = "fixed"

    def __init__(self, contradiction: float, entailment: float) -> None:
        self.row = [contradiction, entailment, 1.0 - contradiction - entailment]

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> npt.NDArray[np.float32]:
        return np.array([self.row] * len(pairs), dtype=np.float32)


def hybrid(a: str, b: str, contradiction: float, entailment: float = 0.0) -> tuple[str, str | None]:
    # Thresholds pinned: these tests are about how the judge combines model and checks; the
    # shipped values are calibrated on the development sets (bench/eval_judge.py --calibrate).
    thresholds = Thresholds(
        model=0.6, negation_support=0.3, antonym_support=0.3, doubtful=0.5, sure=0.9
    )
    judge = HybridJudge(FixedModel(contradiction, entailment), thresholds)
    (result,) = judge.judge([Pair(a, b, 0.7)])
    return result.relation, result.kind
