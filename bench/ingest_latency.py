"""Time POST /articles over real HTTP on the NATO corpus, and count what it finds.

Starts gunicorn (2 workers, as `make run` does) on 127.0.0.1 with a fresh SQLite file, posts the
five NATO articles of ../shared/corpus/nato-2014 in date order and prints the claims and
contradictions found; then posts one article --repeat times (deleting it after each post, so
every post does the full work against the other four) and prints the median and spread.

    .venv/bin/python bench/ingest_latency.py [--repeat 15] [--article 2014-05-30-vilnius.txt]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "nato-2014"


def start_gunicorn(database: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "CLAIMS_BIND": f"127.0.0.1:{port}",
        "CLAIMS_DATABASE_URL": f"sqlite:///{database}",
        "CLAIMS_LOG_LEVEL": "warning",
    }
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "service.wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url
        except requests.RequestException:
            time.sleep(0.3)
    process.kill()
    sys.exit(f"gunicorn did not start:\n{log.read_text()}")


def post(url: str, item: dict[str, Any], text: str) -> tuple[float, requests.Response]:
    body = {"text": text, "source": item["source"], "published_at": item["published_at"]}
    started = time.perf_counter()
    response = requests.post(f"{url}/articles", json=body, timeout=120)
    elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed, response


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--article", default="2014-05-30-vilnius.txt")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"skipped: {CORPUS} is absent (the shared corpus is not on this machine)")
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    items = sorted(manifest["articles"], key=lambda a: a["published_at"])
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_gunicorn(Path(tmp) / "bench.sqlite3", Path(tmp) / "gunicorn.log")
        try:
            print(
                f"{'article':34} {'claims':>6} {'contradictions raised':>22} {'first post s':>12}"
            )
            for item in items:
                elapsed, response = post(url, item, (CORPUS / item["file"]).read_text())
                body = response.json()
                raised = [
                    c for c in body["contradictions"] if c["claim"]["article_id"] == body["id"]
                ]
                print(
                    f"{item['file']:34} {len(body['claims']):6d} {len(raised):22d} {elapsed:12.3f}"
                )
            everything = requests.get(f"{url}/contradictions?limit=100", timeout=30).json()
            claims = requests.get(f"{url}/claims?limit=100", timeout=30).json()
            print(
                f"total: {len(claims['items'])} claims, {len(everything['items'])} contradictions"
            )
            kinds: dict[str, int] = {}
            for c in everything["items"]:
                kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
            print("by kind:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))

            item = next(i for i in items if i["file"] == args.article)
            text = (CORPUS / item["file"]).read_text()
            requests.delete(f"{url}/articles/{_id_of(url, text)}", timeout=30).raise_for_status()
            times = []
            for _ in range(args.repeat):
                elapsed, response = post(url, item, text)
                times.append(elapsed)
                requests.delete(f"{url}/articles/{response.json()['id']}", timeout=30)
            times.sort()
            print(
                f"POST /articles {args.article} x{args.repeat} (2 gunicorn workers, 4 other "
                f"articles stored): median {statistics.median(times) * 1000:.0f} ms, "
                f"min {times[0] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
            )
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def _id_of(url: str, text: str) -> int:
    """The id under which ``text`` is stored (a repeat post answers with the stored article)."""
    response = requests.post(f"{url}/articles", json={"text": text}, timeout=120)
    article_id: int = response.json()["id"]
    return article_id


if __name__ == "__main__":
    main()
