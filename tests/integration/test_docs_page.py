"""GET /docs: Swagger UI renders openapi.yaml from files this service serves, with no internet.

The browser test loads the page in headless Chromium (Debian's ``chromium``) from the app served
over real HTTP, with every host name but 127.0.0.1 made unresolvable, and reads three records:
the rendered DOM (every operation of openapi.yaml listed), Chromium's network log (every request
the page made went to this server) and its console (no request blocked by the page's
Content-Security-Policy, which would mean the page tried to reach another host).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from flask import Flask

from service import create_app
from service.config import ApiKey, Config
from tests.helpers import ROOT, assert_problem, served_over_http

KEY = "docs-reader-key-0123456789"
CHROMIUM = Path("/usr/bin/chromium")
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
OPERATIONS = {
    f"{method.upper()} {path}"
    for path, item in SPEC["paths"].items()
    for method in item
    if method in {"get", "post", "put", "patch", "delete"}
}


@pytest.fixture
def make_app(tmp_path: Path, embedder, judge) -> Iterator[Callable[..., Flask]]:  # type: ignore[no-untyped-def]
    """Build the app on a fresh SQLite file, with the given API keys (none: open)."""
    built: list[Flask] = []

    def make(keys: Iterable[ApiKey] = ()) -> Flask:
        config = Config(
            database_url=f"sqlite:///{tmp_path / f'claims-{len(built)}.sqlite3'}",
            api_keys=tuple(keys),
        )
        app = create_app(config, embedder=embedder, judge=judge)
        built.append(app)
        return app

    yield make
    for app in built:
        app.extensions["counterclaim"].store.close()


def asset_urls(html: str) -> list[str]:
    """The URLs of the page's scripts, style sheets and icons."""
    return re.findall(r'<(?:script|link)[^>]* (?:src|href)="([^"]+)"', html)


def test_the_page_and_its_assets_are_served_with_their_types(make_app) -> None:  # type: ignore[no-untyped-def]
    client = make_app().test_client()
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert page.headers["Cache-Control"] == "no-cache"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    html = page.get_data(as_text=True)
    assert 'data-spec-url="/openapi.yaml"' in html

    types = {
        "/docs/swagger-ui-bundle.js": "text/javascript",
        "/docs/swagger-ui.css": "text/css",
        "/docs/favicon-32x32.png": "image/png",
        "/docs/favicon-16x16.png": "image/png",
    }
    urls = asset_urls(html)
    assert {url.split("?")[0] for url in urls} == set(types)
    for url in urls:
        with client.get(url) as asset:  # a file sent by send_file stays open until closed
            assert asset.status_code == 200, url
            assert asset.mimetype == types[url.split("?")[0]], url
            assert asset.headers["Cache-Control"] == "public, max-age=86400", url
            assert asset.headers["X-Content-Type-Options"] == "nosniff"
            etag = asset.headers["ETag"]
        with client.get(url, headers={"If-None-Match": etag}) as again:
            assert again.status_code == 304, url
    with client.get("/docs/swagger-ui-bundle.js") as bundle:
        assert b"SwaggerUIBundle" in bundle.data


def test_only_swagger_uis_own_files_are_served(make_app) -> None:  # type: ignore[no-untyped-def]
    client = make_app().test_client()
    for path in ("/docs/LICENSE", "/docs/index.html", "/docs/swagger-ui.js.map"):
        assert_problem(client.get(path), 404)


def test_with_api_keys_the_docs_need_none(make_app) -> None:  # type: ignore[no-untyped-def]
    client = make_app([ApiKey(KEY, frozenset({"read"}))]).test_client()
    assert client.get("/articles").status_code == 401  # keys are required...
    for path in ("/docs", "/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/openapi.yaml"):
        with client.get(path) as response:
            assert response.status_code == 200, path  # ...but not for the documentation


@pytest.fixture
def base_url(make_app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app with API keys, answering HTTP on 127.0.0.1; its base URL."""
    with served_over_http(make_app([ApiKey(KEY, frozenset({"read"}))])) as base:
        yield base


def page_requests(net_log: Path) -> list[str]:
    """The URLs Chromium requested on behalf of a page on 127.0.0.1 (not its own update checks)."""
    log = json.loads(net_log.read_text())
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start_job
        and "url" in event.get("params", {})
        # The key is the top frame's site: the page's own loads carry it, wherever they go.
        and event["params"].get("network_isolation_key", "").startswith("http://127.0.0.1 ")
    ]


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
)
def test_swagger_ui_lists_every_operation_without_the_internet(
    base_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    net_log = tmp_path / "net-log.json"
    browser = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
            # No host but this one resolves: what the page needs must come from the service.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            f"--log-net-log={net_log}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=15000", "--dump-dom", f"{base_url}/docs",
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )  # fmt: skip
    assert browser.returncode == 0, browser.stderr[-3000:]
    dom = browser.stdout

    methods = re.findall(r'class="opblock-summary-method">(\w+)<', dom)
    paths = re.findall(r'class="opblock-summary-path" data-path="([^"]+)"', dom)
    assert {f"{m} {p}" for m, p in zip(methods, paths, strict=True)} == OPERATIONS
    assert re.search(r'class="btn authorize[^"]*"><span>Authorize<', dom)  # keys can be entered

    requested = page_requests(net_log)
    assert {urlsplit(url).netloc for url in requested} == {urlsplit(base_url).netloc}, requested
    wanted = {"/docs", "/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/openapi.yaml"}
    assert wanted <= {urlsplit(url).path for url in requested}
    answered = {r.getMessage() for r in caplog.records if r.name == "service.requests"}
    assert {f"GET {path} 200" for path in wanted} <= answered  # the service's own request log
    console = [line for line in browser.stderr.splitlines() if ":CONSOLE" in line]
    assert not [line for line in console if "Content Security Policy" in line], console
