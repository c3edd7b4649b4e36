"""counterclaim ingest as a user runs it: a separate process posting to real gunicorn over HTTP."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.helpers import CORPUS, ROOT, Server, corpus_articles, fetch_all, free_port

KEY = "cli-test-key-0123456789"

# Two reports of the same border a month apart (the README's pair: a contradiction), and one on
# another subject; the manifest describes the first two, --source the third.
GENERATED = {
    "2014-04-01-nbc.txt": (
        "There was no sign that Russia is withdrawing troops from its border with Ukraine, "
        "NATO said Tuesday.\n"
    ),
    "2014-06-03-reuters.txt": (
        "Russia has withdrawn most of the some 40,000 troops it had massed on the Ukraine "
        "border, a NATO military official said on Tuesday.\n"
    ),
    "2014-06-04-ports.txt": (
        "The port authority said on Wednesday that 42 cargo ships had been held outside "
        "Odessa harbour because of a strike.\n"
    ),
}
MANIFEST = {
    "articles": [
        {"file": "2014-04-01-nbc.txt", "source": "NBC News", "published_at": "2014-04-01"},
        {
            "file": "2014-06-03-reuters.txt",
            "title": "Russia pulls back most troops",
            "source": "Reuters",
            "url": "https://example.com/reuters",
            "published_at": "2014-06-03",
        },
    ]
}


def counterclaim(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m service.cli`` in its own process, as the installed command runs."""
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )


def generated_folder(folder: Path) -> Path:
    folder.mkdir()
    for name, text in GENERATED.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    return folder


def stored(server: Server) -> dict[str, list[dict[str, Any]]]:
    return {
        kind: fetch_all(f"{server.url}/{kind}") for kind in ("articles", "claims", "contradictions")
    }


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["generated", "nato-2014"])
def test_ingesting_a_folder_twice_stores_each_article_once(
    gunicorn: Callable[..., Server], tmp_path: Path, corpus: str
) -> None:
    if corpus == "generated":
        folder = generated_folder(tmp_path / "articles")
        described = {e["file"]: e for e in MANIFEST["articles"]}
    else:
        corpus_articles()  # skips when the shared corpus is absent
        folder = CORPUS
        described = {
            e["file"]: e for e in json.loads((CORPUS / "manifest.json").read_text())["articles"]
        }
    files = sorted(p.name for p in folder.glob("*.txt"))
    server = gunicorn(workers=2)

    first = counterclaim("ingest", str(folder), "--url", server.url, "--source", "Desk", "--json")

    assert first.returncode == 0, first.stderr
    # Progress: one line per file, in name order, on stderr; the summary alone on stdout.
    lines = [line for line in first.stderr.splitlines() if line.startswith("[")]
    assert [line.split(": ")[0] for line in lines] == [
        f"[{n}/{len(files)}] {folder / name}" for n, name in enumerate(files, 1)
    ]
    assert all(": stored as article" in line for line in lines)
    summary = json.loads(first.stdout)
    db = stored(server)
    assert summary["counts"] == {
        "files": len(files),
        "stored": len(files),
        "already_stored": 0,
        "failed": 0,
        "unfinished": 0,
        "claims": len(db["claims"]),
        "contradictions": len(db["contradictions"]),
        "new_contradictions": len(db["contradictions"]),
    }
    assert len(db["articles"]) == len(files)
    assert db["contradictions"], "these articles contradict each other"
    assert {c["id"] for c in summary["contradictions"]} == {c["id"] for c in db["contradictions"]}
    # Each article carries its manifest's metadata, or --source where the manifest has none.
    by_id = {a["id"]: a for a in db["articles"]}
    for result in summary["files"]:
        article = by_id[result["article_id"]]
        entry = described.get(Path(result["file"]).name, {})
        assert article["source"] == entry.get("source", "Desk")
        assert article["published_at"] == entry.get("published_at")
        assert article["title"] == entry.get("title")
        assert article["url"] == entry.get("url")
        assert article["claim_count"] == result["claims"]

    second = counterclaim("ingest", str(folder), "--url", server.url, "--source", "Desk")

    assert second.returncode == 0, second.stderr
    assert stored(server) == db  # nothing stored twice, nothing changed
    assert sum(": already stored as article" in line for line in second.stderr.splitlines()) == len(
        files
    )
    table = dict(line.rsplit(None, 1) for line in second.stdout.splitlines()[-6:-1])
    assert table == {
        "files read": str(len(files)),
        "stored new": "0",
        "already stored": str(len(files)),
        "failed": "0",
        "claims found": str(len(db["claims"])),
    }
    assert second.stdout.splitlines()[-1].split() == [
        "contradictions", str(len(db["contradictions"])), "(0", "new", "in", "this", "run)"
    ]  # fmt: skip
    assert "highest score first" in second.stdout or "highest scores" in second.stdout

    # What the files dispute, as a reader skims it: every dispute the service holds.
    listed = counterclaim("disputes", "--url", server.url, "--json")
    assert listed.returncode == 0, listed.stderr
    disputes = json.loads(listed.stdout)
    assert disputes == fetch_all(f"{server.url}/disputes")
    assert disputes, "these articles contradict each other"
    printed = counterclaim("disputes", "--url", server.url)
    assert printed.stdout.startswith(f"{len(disputes)} dispute")
    for dispute in disputes:
        assert f"#{dispute['id']} {dispute['title']}" in printed.stdout
    assert printed.stdout.count("side A (") == printed.stdout.count("side B (") == len(disputes)
    bad = counterclaim("disputes", "--url", server.url, "--source", "x" * 600)
    assert bad.returncode == 1 and "GET /disputes: 400" in bad.stderr


@pytest.mark.slow
def test_with_api_keys_a_missing_key_stops_at_once_and_bad_files_are_reported(
    gunicorn: Callable[..., Server], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMS_API_KEYS", f"{KEY}:read+write")
    server = gunicorn(workers=2)
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-empty.txt").write_text("")
    (folder / "b-page.txt").write_text("<html><body><p>NATO said no troops left.</p></body></html>")
    shutil.copy(generated_folder(tmp_path / "good") / "2014-06-04-ports.txt", folder / "c-good.txt")

    keyless = counterclaim(
        "ingest", str(folder), "--url", server.url, env={"COUNTERCLAIM_API_KEY": ""}
    )

    assert keyless.returncode == 1
    assert "b-page.txt: failed: 401 Unauthorized" in keyless.stderr
    assert "--api-key or COUNTERCLAIM_API_KEY" in keyless.stderr
    assert "unfinished" in keyless.stdout and "c-good.txt" not in keyless.stderr

    run = counterclaim(
        "ingest", str(folder), "--url", server.url, env={"COUNTERCLAIM_API_KEY": KEY}
    )

    assert run.returncode == 1  # some files failed
    assert "a-empty.txt: failed: empty: there is no text to post" in run.stderr
    assert "b-page.txt: failed: 400 Validation error" in run.stderr
    assert "This is HTML; send it as html instead" in run.stdout  # the server's message, in Failed:
    assert "c-good.txt: stored as article 1" in run.stderr
    assert (
        requests.get(f"{server.url}/articles", headers={"X-API-Key": KEY}, timeout=30).json()[
            "items"
        ][0]["source"]
        is None
    )


def test_a_server_that_is_not_there_is_named_and_the_exit_status_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ships sailed.")
    (tmp_path / "b.txt").write_text("Planes flew.")
    url = f"http://127.0.0.1:{free_port()}"

    run = counterclaim("ingest", str(tmp_path), "--url", url, "--retries", "2", "--retry-wait", "0")

    assert run.returncode == 1
    assert run.stderr.count("connection refused; trying again in 0 s") == 2
    assert f"cannot reach {url} (connection refused) after 3 attempts" in run.stderr
    assert "unfinished           1" in run.stdout  # b.txt was not tried against a dead server
    assert "Run the same command again to go on" in run.stderr
