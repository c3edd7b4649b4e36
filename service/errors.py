"""Every error as an RFC 9457 problem (application/problem+json)."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, g, json, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from service.domain.errors import (
    DeadlineExceededError,
    IdempotencyKeyReusedError,
    NoArticleTextError,
    NotFoundError,
    StoreUnavailableError,
    TextTooLongError,
    TooManyClaimsError,
)

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

# Published problem types: never renamed once released.
_TYPES = {
    400: "/problems/bad-request",
    401: "/problems/unauthorized",
    403: "/problems/forbidden",
    404: "/problems/not-found",
    405: "/problems/method-not-allowed",
    406: "/problems/not-acceptable",
    409: "/problems/conflict",
    413: "/problems/payload-too-large",
    415: "/problems/unsupported-media-type",
    500: "/problems/internal-error",
    503: "/problems/unavailable",
}


_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported media type",
    503: "Service unavailable",
}


class ApiError(Exception):
    """An error with a status and a problem type, raised anywhere under a view."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        type_: str | None = None,
        title: str | None = None,
        errors: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.type = type_ or _TYPES.get(status, "about:blank")
        self.title = title
        self.errors = errors
        self.headers = headers or {}


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    type_: str | None = None,
    errors: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A problem response with the request id in it (and ``headers``, such as Retry-After)."""
    body: dict[str, Any] = {
        "type": type_ or _TYPES.get(status, "about:blank"),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    request_id = getattr(g, "request_id", None)
    if request_id:
        body["request_id"] = request_id
    return Response(json.dumps(body), status=status, mimetype=PROBLEM_JSON, headers=headers)


def register(app: Flask) -> None:
    """Install the handlers on the app."""

    @app.errorhandler(ApiError)
    def api_error(exc: ApiError) -> Response:
        title = exc.title or _TITLES.get(exc.status, "Error")
        return problem(
            exc.status, title, exc.detail, type_=exc.type, errors=exc.errors, headers=exc.headers
        )

    @app.errorhandler(ValidationError)
    def validation_error(exc: ValidationError) -> Response:
        messages = exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
        fields = ", ".join(sorted(str(k) for k in messages))
        return problem(
            400,
            "Validation error",
            f"The request is not valid: see errors ({fields}).",
            type_="/problems/validation-error",
            errors=messages,
        )

    @app.errorhandler(NotFoundError)
    def not_found(exc: NotFoundError) -> Response:
        return problem(404, "Not found", str(exc))

    @app.errorhandler(IdempotencyKeyReusedError)
    def key_reused(exc: IdempotencyKeyReusedError) -> Response:
        return problem(
            409, "Idempotency-Key reused", str(exc), type_="/problems/idempotency-key-reused"
        )

    @app.errorhandler(TooManyClaimsError)
    def too_many_claims(exc: TooManyClaimsError) -> Response:
        return problem(422, "Too many claims", str(exc), type_="/problems/too-many-claims")

    @app.errorhandler(TextTooLongError)
    def text_too_long(exc: TextTooLongError) -> Response:
        return problem(422, "Text too long", str(exc), type_="/problems/text-too-long")

    @app.errorhandler(NoArticleTextError)
    def no_article_text(exc: NoArticleTextError) -> Response:
        return problem(422, "No article text", str(exc), type_="/problems/no-article-text")

    @app.errorhandler(StoreUnavailableError)
    def store_unavailable(exc: StoreUnavailableError) -> Response:
        log.warning("database unavailable on %s %s: %s", request.method, request.path, exc.reason)
        retry = {"Retry-After": str(exc.retry_after)}
        return problem(503, "Service unavailable", str(exc), headers=retry)

    @app.errorhandler(DeadlineExceededError)
    def deadline_exceeded(exc: DeadlineExceededError) -> Response:
        log.warning("%s %s stopped after %g s", request.method, request.path, exc.seconds)
        retry = {"Retry-After": "30"}
        return problem(503, "Request timed out", str(exc), type_="/problems/timeout", headers=retry)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        detail = exc.description or exc.name or "Error"
        response = problem(status, exc.name or "Error", detail)
        if status == 405 and exc.get_response().headers.get("Allow"):
            response.headers["Allow"] = exc.get_response().headers["Allow"]
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem(500, "Internal error", "Something went wrong on our side; it was logged.")
