"""GET /metrics and the one-line JSON log of every request."""

from __future__ import annotations

import json
import logging

import pytest
from flask.testing import FlaskClient

from service.logs import JsonFormatter
from tests.helpers import ARTICLE, make_unreachable, sample


def test_metrics_count_requests_inference_and_what_is_stored(client: FlaskClient) -> None:
    before = client.get("/metrics").get_data(as_text=True)
    created = client.post("/articles", json=ARTICLE).get_json()
    client.get("/articles/999999")
    response = client.get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    after = response.get_data(as_text=True)

    def grew(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    route = {"method": "POST", "route": "/articles"}
    assert grew("counterclaim_http_requests_total", **route, status="201") == 1
    assert grew("counterclaim_http_request_duration_seconds_count", **route) == 1
    missing = {"method": "GET", "route": "/articles/<id:article_id>", "status": "404"}
    assert grew("counterclaim_http_requests_total", **missing) == 1
    assert grew("counterclaim_inference_items_total", model="embedder") >= created["claim_count"]
    assert grew("counterclaim_inference_seconds_count", model="embedder") >= 1
    assert sample(after, "counterclaim_stored", kind="articles") == 1
    assert sample(after, "counterclaim_stored", kind="claims") == created["claim_count"]


def test_each_request_logs_one_json_line_without_the_text(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="service"):
        client.post("/articles", json=ARTICLE, headers={"X-Request-ID": "trace-42"})
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    mine = [e for e in lines if e["logger"] == "service.requests"]
    assert len(mine) == 1
    entry = mine[0]
    assert entry["request_id"] == "trace-42"
    assert (entry["method"], entry["route"], entry["status"]) == ("POST", "/articles", 201)
    assert entry["duration_ms"] > 0 and entry["level"] == "info" and entry["time"]
    assert all(ARTICLE["text"][:40] not in json.dumps(e) for e in lines)


def test_log_lines_stay_one_line_for_errors() -> None:
    try:
        raise ValueError("broken\nacross lines")
    except ValueError:
        record = logging.LogRecord("service.x", logging.ERROR, "", 0, "failed", None, None)
        import sys

        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    assert "ValueError" in json.loads(line)["exception"]


def test_metrics_still_answer_while_the_database_is_away(client: FlaskClient, app) -> None:  # type: ignore[no-untyped-def]
    make_unreachable(app.extensions["counterclaim"].store)
    response = client.get("/metrics")
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "counterclaim_http_requests_total" in text and "counterclaim_stored" not in text
    assert client.get("/readyz").headers["Retry-After"] == "5"
