"""Liveness, readiness and the OpenAPI document."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, Response, jsonify

from service.api.auth import public
from service.api.common import claim_service
from service.errors import ApiError

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"


@bp.get("/healthz")
@public
def healthz() -> Response:
    """The process answers."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
@public
def readyz() -> Response:
    """The model is loaded and the database answers; 503 otherwise."""
    service = claim_service()
    try:
        service.ping()
    except Exception as exc:  # any failure to reach the database means not ready
        log.warning("database not reachable: %s", exc)
        raise ApiError(
            503, "The database cannot be reached.", headers={"Retry-After": "5"}
        ) from None
    return jsonify({"status": "ready", "model": service.model_name})


@bp.get("/openapi.yaml")
@public
def openapi() -> Response:
    """The API contract that clients are generated from."""
    return Response(OPENAPI_PATH.read_text(encoding="utf-8"), mimetype="application/yaml")
