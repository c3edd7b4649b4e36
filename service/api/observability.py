"""What every request leaves behind: its request id, its metrics and one access-log line."""

from __future__ import annotations

import logging
import re
import time
import uuid

from flask import Flask, Response, g, request

from service import metrics

log = logging.getLogger("service.requests")
# A caller's X-Request-ID is echoed when it is this short and plain; otherwise one is made.
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def install(app: Flask) -> None:
    """Give every request an id; time it, count it by route and status, and log one line."""

    @app.before_request
    def assign_request_id() -> None:
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex

    @app.after_request
    def echo_request_id(response: Response) -> Response:
        response.headers["X-Request-ID"] = getattr(g, "request_id", "")
        return response

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
