"""GET /metrics: request counts and latencies, inference time and store size."""

from __future__ import annotations

from flask import Blueprint, Response

from service import metrics
from service.api.auth import requires
from service.api.common import claim_service

bp = Blueprint("metrics", __name__)


@bp.get("/metrics")
@requires("read")
def get_metrics() -> Response:
    """Request counts and latencies, model inference time and store size (Prometheus format)."""
    body = metrics.exposition(claim_service().counts)
    return Response(body, mimetype=None, content_type=metrics.CONTENT_TYPE)
