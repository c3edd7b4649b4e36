"""/checks and /comparisons: judge text against the store, or two sentences, storing nothing."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from schemas.check import CheckCreateSchema, CheckSchema, ComparisonCreateSchema, ComparisonSchema
from service.api.auth import requires
from service.api.common import claim_service, json_body

bp = Blueprint("checks", __name__)


@bp.post("/checks")
@requires("read")
def create_check() -> Response:
    """The claims a text holds and the stored claims they contradict."""
    body = json_body(CheckCreateSchema())
    result = claim_service().check(**body)
    return jsonify(CheckSchema().dump(result))


@bp.post("/comparisons")
@requires("read")
def create_comparison() -> Response:
    """The judge's verdict on two sentences."""
    body = json_body(ComparisonCreateSchema())
    return jsonify(
        ComparisonSchema().dump(claim_service().compare(body["claim_a"], body["claim_b"]))
    )
