"""Liveness, readiness and the served contract."""

from __future__ import annotations

import yaml
from flask.testing import FlaskClient

from tests.helpers import make_unreachable


def test_health_and_readiness(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready == {"status": "ready", "model": "all-MiniLM-L6-v2"}


def test_readiness_is_503_when_the_database_is_gone(client: FlaskClient, app) -> None:  # type: ignore[no-untyped-def]
    make_unreachable(app.extensions["counterclaim"].store)
    response = client.get("/readyz")
    assert response.status_code == 503 and response.mimetype == "application/problem+json"


def test_the_openapi_document_is_served(client: FlaskClient) -> None:
    response = client.get("/openapi.yaml")
    assert response.mimetype == "application/yaml"
    assert yaml.safe_load(response.get_data(as_text=True))["openapi"].startswith("3.")
