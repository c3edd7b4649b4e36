"""GET /metrics, and the hooks that count, time and log every request."""

from __future__ import annotations

import logging
import time

from flask import Blueprint, Flask, Response, g, request

from service import metrics
from service.api.auth import requires
from service.api.common import claim_service

bp = Blueprint("metrics", __name__)
log = logging.getLogger("service.requests")


@bp.get("/metrics")
@requires("read")
def get_metrics() -> Response:
    """Request counts and latencies, model inference time and store size (Prometheus format)."""
    body = metrics.exposition(claim_service().store.counts)
    return Response(body, mimetype=None, content_type=metrics.CONTENT_TYPE)


def install(app: Flask) -> None:
    """Time every request; count it by route and status, and log one line for it."""

    @app.before_request
    def start_clock() -> None:
        g.started = time.perf_counter()

    @app.after_request
    def count_and_log(response: Response) -> Response:
        started = getattr(g, "started", None)
        if started is None:  # a request refused before the clock started
            return response
        route = request.url_rule.rule if request.url_rule else "unmatched"
        metrics.observe_request(request.method, route, response.status_code, started)
        log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "route": route,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "api_key": getattr(g, "api_key", None),
            },
        )
        return response
