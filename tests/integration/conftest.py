"""Real gunicorn on 127.0.0.1, started and stopped by the tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from tests.helpers import ROOT, Server, free_port


@pytest.fixture
def gunicorn(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start gunicorn with the repository's gunicorn.conf.py; stopped when the test ends."""
    started: list[Server] = []

    def start(
        workers: int = 2, database: Path | None = None, database_url: str | None = None
    ) -> Server:
        port = free_port()
        log = tmp_path / f"gunicorn-{port}.log"
        env = {
            **os.environ,
            "CLAIMS_BIND": f"127.0.0.1:{port}",
            "CLAIMS_WORKERS": str(workers),
            "CLAIMS_DATABASE_URL": database_url
            or f"sqlite:///{database or tmp_path / 'claims.sqlite3'}",
        }
        with log.open("wb") as sink:  # the child keeps its own copy of the descriptor
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                 "service.wsgi:app"],
                cwd=ROOT,
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
        server = Server(f"http://127.0.0.1:{port}", process, log)
        started.append(server)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()
            try:
                if requests.get(f"{server.url}/readyz", timeout=2).status_code == 200:
                    return server
            except requests.RequestException:
                pass  # not listening yet, or a worker still loading the model
            time.sleep(0.3)
        raise AssertionError(f"gunicorn did not become ready:\n{log.read_text()}")

    yield start
    for server in started:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
