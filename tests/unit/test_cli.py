"""counterclaim ingest against a stub server: retries, failures, manifests and the progress bar."""

from __future__ import annotations

import hashlib
import io
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from service.cli import main
from service.cli.client import Client, RetryPolicy, UnreachableError, retry_after
from service.cli.inputs import InputError, collect
from service.cli.progress import Progress

ARTICLE = {"id": 1, "claims": [{"id": 1}, {"id": 2}], "contradictions": []}
PROBLEM = {
    "type": "/problems/validation-error",
    "title": "Validation error",
    "status": 400,
    "detail": "The request is not valid: see errors (text).",
    "errors": {"text": ["This is HTML; send it as html instead, and its text is extracted."]},
}


@dataclass
class Stub:
    """An HTTP server that answers POSTs from a script of (status, headers, body) and records
    each request's headers (names in lower case) and JSON body."""

    url: str
    answers: list[tuple[int, dict[str, str], dict[str, Any]]] = field(default_factory=list)
    requests: list[tuple[dict[str, str], dict[str, Any]]] = field(default_factory=list)


@pytest.fixture
def stub() -> Iterator[Stub]:
    state = Stub("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            headers = {name.lower(): value for name, value in self.headers.items()}
            state.requests.append((headers, json.loads(self.rfile.read(length))))
            status, headers, body = state.answers.pop(0)
            raw = json.dumps(body).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join()


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_503_is_retried_with_the_same_key_until_the_article_is_stored(
    stub: Stub, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTERCLAIM_API_KEY", "k" * 20)
    folder = write(tmp_path / "in", {"a.txt": "Troops left the border, NATO said."})
    busy = (503, {"Retry-After": "0"}, {"title": "Service unavailable", "status": 503})
    stub.answers = [busy, busy, (201, {}, ARTICLE)]

    assert main(["ingest", str(folder), "--url", stub.url]) == 0

    assert len(stub.requests) == 3
    text = "Troops left the border, NATO said."
    key = "sha256-" + hashlib.sha256(text.encode()).hexdigest()
    assert {h["idempotency-key"] for h, _ in stub.requests} == {key}
    assert {h["x-api-key"] for h, _ in stub.requests} == {"k" * 20}
    assert stub.requests[0][1] == {"text": text}
    out, err = capsys.readouterr()
    assert err.count("503 Service unavailable; trying again in 0 s") == 2
    assert "(attempt 3 of 6)" in err
    assert "[1/1] " in err and "a.txt: stored as article 1: 2 claims" in err
    assert "stored new           1" in out and "claims found         2" in out


def test_the_wait_is_the_servers_retry_after_else_it_doubles(stub: Stub) -> None:
    waits: list[float] = []
    client = Client(stub.url, policy=RetryPolicy(retries=3, first_wait=1.0), sleep=waits.append)
    stub.answers = [(503, {"Retry-After": "7"}, {}), (502, {}, {}), (201, {}, ARTICLE)]
    assert client.post_article({"text": "x"}, "k").status == 201
    assert waits == [7.0, 2.0]  # attempt 1 failed: Retry-After; attempt 2 failed: 1 s doubled


def test_a_503_on_every_attempt_is_returned_as_it_came(stub: Stub) -> None:
    waits: list[float] = []
    client = Client(stub.url, policy=RetryPolicy(retries=1), sleep=waits.append)
    stub.answers = [(503, {}, {"title": "Service unavailable"})] * 2
    assert client.post_article({"text": "x"}, "k").status == 503
    assert len(stub.requests) == 2 and waits == [1.0]


def test_a_server_that_is_not_there_raises_after_the_last_attempt() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    waits: list[float] = []
    client = Client(f"http://127.0.0.1:{port}", policy=RetryPolicy(retries=2), sleep=waits.append)
    with pytest.raises(UnreachableError, match="connection refused.*after 3 attempts"):
        client.post_article({"text": "x"}, "k")
    assert waits == [1.0, 2.0]


def test_retry_after_reads_seconds_and_http_dates() -> None:
    from datetime import UTC, datetime

    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now) == 30.0
    assert retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now) == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_a_4xx_is_reported_not_retried_and_the_run_goes_on(
    stub: Stub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(
        tmp_path / "in", {"a.txt": "<p>page</p>", "b.txt": "Ships sailed.", "c.txt": " "}
    )
    stub.answers = [
        (400, {"Content-Type": "application/problem+json"}, PROBLEM),
        (201, {}, ARTICLE),
    ]

    assert main(["ingest", str(folder), "--url", stub.url, "--json"]) == 1

    assert len(stub.requests) == 2  # the 400 once, the empty file never
    result = json.loads(capsys.readouterr().out)
    assert result["counts"] == {
        "files": 3, "stored": 1, "already_stored": 0, "failed": 2, "unfinished": 0,
        "claims": 2, "contradictions": 0, "new_contradictions": 0,
    }  # fmt: skip
    a, b, c = result["files"]
    assert a["status"] == "failed" and a["http_status"] == 400
    assert a["error"].startswith("400 Validation error: The request is not valid")
    assert "text: This is HTML" in a["error"]
    assert b["status"] == "stored" and b["article_id"] == 1
    assert c["status"] == "failed" and c["error"] == "empty: there is no text to post"


def test_a_refused_key_stops_the_run_since_every_file_would_be_refused(
    stub: Stub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path / "in", {"a.txt": "One.", "b.txt": "Two."})
    stub.answers = [(401, {}, {"title": "Unauthorized", "status": 401, "detail": "Needs a key."})]

    assert main(["ingest", str(folder), "--url", stub.url]) == 1

    out, err = capsys.readouterr()
    assert len(stub.requests) == 1
    assert "a.txt: failed: 401 Unauthorized: Needs a key." in err
    assert "unfinished           1" in out
    assert "Stopped early: the service needs an API key with the write scope" in err


def test_a_manifest_gives_metadata_and_the_command_line_fills_the_gaps(tmp_path: Path) -> None:
    folder = write(tmp_path / "in", {"b.txt": "B", "a.txt": "A", "notes.md": "not text"})
    manifest = [{"file": "a.txt", "title": "T", "source": "Wire", "published_at": "2014-04-01"}]
    (folder / "manifest.json").write_text(json.dumps({"articles": manifest}))
    defaults = {"source": "Desk"}

    # The folder gives its .txt in name order; a file named again is posted once, and a file
    # named alone still finds its manifest.
    documents, warnings = collect([folder, folder / "a.txt"], defaults)
    assert [d.path.name for d in documents] == ["a.txt", "b.txt"]
    assert documents[0].metadata == {"title": "T", "source": "Wire", "published_at": "2014-04-01"}
    assert documents[1].metadata == {"source": "Desk"}
    assert warnings == []
    alone, _ = collect([folder / "a.txt"], {})
    assert alone[0].metadata["title"] == "T"

    (folder / "manifest.json").write_text(json.dumps([*manifest, {"file": "gone.txt"}]))
    _, warnings = collect([folder], {})
    assert warnings == [f"{folder / 'manifest.json'} lists gone.txt, which is not there"]


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("{not json", "cannot read it as JSON"),
        ('{"items": []}', 'an object with an "articles" list'),
        ('[{"title": "no file"}]', 'article 1 has no "file"'),
        ('[{"file": "a.txt", "published_at": 2014}]', "published_at must be strings"),
        ('[{"file": "a.txt"}, {"file": "./a.txt"}]', "a.txt is listed twice"),
    ],
)
def test_a_broken_manifest_stops_the_run_before_anything_is_posted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: str, message: str
) -> None:
    folder = write(tmp_path / "in", {"a.txt": "A", "manifest.json": manifest})
    with pytest.raises(InputError, match=message):
        collect([folder], {})
    # No server is asked: the URL is never reached.
    assert main(["ingest", str(folder), "--url", "http://127.0.0.1:9"]) == 2
    assert message in capsys.readouterr().err


def test_paths_and_options_are_checked_before_anything_is_posted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt: no such file or folder" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path)]) == 2
    assert "no .txt files in this folder" in capsys.readouterr().err
    wrong_options = [
        ["--url", "localhost:8000"],
        ["--published-at", "May 2014"],
        ["--published-at", "2014-13-45"],
        ["--published-at", "2014-04-01T09:30"],  # no offset: not RFC 3339, refused by the service
        ["--retries", "-1"],
        ["--timeout", "0"],
    ]
    for wrong in wrong_options:
        with pytest.raises(SystemExit) as stopped:
            main(["ingest", str(tmp_path), *wrong])
        assert stopped.value.code == 2


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_bar_is_redrawn_and_elsewhere_only_lines_are_printed() -> None:
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = Progress(2, stream)
        progress.start("in/a.txt")
        progress.advance("stored")
        progress.start("in/b.txt")
        progress.about("503; trying again")
        progress.advance("stored")
        progress.close()
    assert log.getvalue() == (
        "[1/2] in/a.txt: stored\n[2/2] in/b.txt: 503; trying again\n[2/2] in/b.txt: stored\n"
    )
    shown = terminal.getvalue()
    assert "\r[............" in shown and "0/2 0:00  a.txt" in shown
    assert "\r[############............] 1/2" in shown and "b.txt" in shown
    assert shown.endswith("\r\x1b[K")  # the bar is gone; the lines stay
