"""Liveness, readiness and the OpenAPI document."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify

from service.api.auth import public
from service.api.common import claim_service, config
from service.api.contract import served_document
from service.errors import ApiError

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)


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
    """The API contract that clients are generated from, as this instance runs: with or without
    API keys, and its text limit."""
    cfg = config()
    document = served_document(keyed=bool(cfg.api_keys), max_text_chars=cfg.max_text_chars)
    return Response(document, mimetype="application/yaml")
