"""API keys: who may call which endpoint.

With keys configured (``CLAIMS_API_KEYS`` or ``CLAIMS_API_KEYS_FILE``), every endpoint but the
health checks needs a key, given as ``X-API-Key: KEY`` or ``Authorization: Bearer KEY``. Each view
names the scope it needs (``read`` or ``write``) with ``@requires``; health checks are ``@public``.
No key, or an unknown one: 401. A known key without the scope: 403. Keys are compared by their
SHA-256 digests in constant time, against every configured key, and never logged: a log line names
a key only by a short fingerprint of its digest.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from flask import Flask, current_app, g, request

from service.config import ApiKey
from service.errors import ApiError

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., object])

PUBLIC = "public"
SCOPES = ("read", "write")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="counterclaim"'}


def requires(scope: str) -> Callable[[F], F]:
    """Mark a view as needing a key with ``scope`` when keys are configured."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    def mark(view: F) -> F:
        view.required_scope = scope  # type: ignore[attr-defined]
        return view

    return mark


def public(view: F) -> F:
    """Mark a view as open to anyone, keys or not (health checks)."""
    view.required_scope = PUBLIC  # type: ignore[attr-defined]
    return view


def required_scope(app: Flask, endpoint: str | None) -> str:
    """The scope a route's view needs; routes that match no view need a key to read."""
    view = app.view_functions.get(endpoint or "")
    return str(getattr(view, "required_scope", "read"))


def fingerprint(digest: bytes) -> str:
    """A name for a key in logs that does not reveal it."""
    return digest.hex()[:8]


class KeyRing:
    """The configured keys, held as digests."""

    def __init__(self, keys: Sequence[ApiKey]) -> None:
        self._keys = [(hashlib.sha256(k.key.encode()).digest(), k.scopes) for k in keys]

    def __bool__(self) -> bool:
        return bool(self._keys)

    def scopes_of(self, given: str) -> tuple[bytes, frozenset[str]] | None:
        """The scopes of the key ``given`` (with its digest), or None if it is not a key.

        Every configured key is compared, whichever matches, so the time taken does not say
        which key (or how much of one) was right.
        """
        digest = hashlib.sha256(given.encode("utf-8", "surrogateescape")).digest()
        found: frozenset[str] | None = None
        for known, scopes in self._keys:
            if hmac.compare_digest(digest, known):
                found = scopes
        return None if found is None else (digest, found)


def _presented_key() -> str | None:
    given = request.headers.get("X-API-Key")
    if given:
        return given.strip()
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return None


def install(app: Flask, keys: Sequence[ApiKey]) -> None:
    """Check keys before every request (when there are any); say at start-up if there are none."""
    ring = KeyRing(keys)
    if not ring:
        log.warning(
            "no API keys configured (CLAIMS_API_KEYS, CLAIMS_API_KEYS_FILE): every endpoint is "
            "open to anyone who can reach this service"
        )
        return
    counts = {s: sum(s in k.scopes for k in keys) for s in SCOPES}
    log.info("API keys required: %d configured (read: %d, write: %d)", len(keys), *counts.values())

    @app.before_request
    def check_key() -> None:
        scope = required_scope(current_app, request.endpoint)
        if scope == PUBLIC:
            return
        given = _presented_key()
        found = ring.scopes_of(given) if given else None
        if found is None:
            raise ApiError(
                401,
                "This endpoint needs an API key: send it as 'X-API-Key: KEY' or "
                "'Authorization: Bearer KEY'."
                if not given
                else "The API key is not one this service knows.",
                headers=_CHALLENGE,
            )
        digest, scopes = found
        g.api_key = fingerprint(digest)
        if scope not in scopes:
            raise ApiError(
                403,
                f"This API key may not {scope} (its scopes: {', '.join(sorted(scopes))}); "
                f"{request.method} {request.path} needs '{scope}'.",
            )
