"""What every view needs: the service, the JSON body, list queries and their cursors."""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from flask import current_app, request
from flask.json.provider import DefaultJSONProvider
from marshmallow import Schema, ValidationError

from service.claim_service import ClaimService
from service.config import Config
from service.errors import ApiError

T = TypeVar("T")


def claim_service() -> ClaimService:
    """The service object this app was built with."""
    service: ClaimService = current_app.extensions["counterclaim"]
    return service


def config() -> Config:
    """This app's configuration."""
    cfg: Config = current_app.extensions["counterclaim.config"]
    return cfg


class StrictJSONProvider(DefaultJSONProvider):
    """Flask's JSON, except that an object naming the same key twice is malformed (a 400),
    rather than silently keeping the last value."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse JSON, refusing duplicate keys."""
        return json.loads(s, object_pairs_hook=_unique_keys, **kwargs)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        twice = next(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
        raise ValueError(f"the key {twice!r} appears twice in one object")
    return found


# Body fields holding an article's text, limited to CLAIMS_MAX_TEXT_CHARS characters (a page sent
# as html is limited by the text extracted from it, in the claim service).
_TEXT_FIELDS = ("text",)


def json_body(schema: Schema) -> dict[str, Any]:
    """The request body loaded through ``schema`` (415 if not JSON, 400 if malformed or if an
    article's ``text`` is longer than the configured limit)."""
    try:
        data = request.get_json()
    except RecursionError:  # absurdly deep nesting: still the client's mistake
        raise ApiError(400, "The JSON body is nested too deeply.") from None
    loaded: dict[str, Any] = schema.load(data)
    limit = config().max_text_chars
    too_long = {
        name: [f"Longer than the limit of {limit:,} characters; split the article."]
        for name in _TEXT_FIELDS
        if len(loaded.get(name) or "") > limit
    }
    if too_long:
        raise ValidationError(too_long)
    return loaded


def query(schema: Schema) -> dict[str, Any]:
    """The query string loaded through ``schema``, with ``limit`` lowered to the maximum."""
    loaded: dict[str, Any] = schema.load(request.args.to_dict())
    cfg = config()
    loaded["limit"] = min(loaded.get("limit", cfg.page_limit_default), cfg.page_limit_max)
    return loaded


# A cursor is a position (an id to continue after, or a rank to continue from) as 8 bytes, big
# endian, in unpadded base64url: 11 characters, the first of which keeps the value below 2**63.
# openapi.yaml states this pattern (tests hold the two together), and every string it matches is a
# position, so every cursor the contract allows is read: one from another list, or from the same
# list with another query, gives a page of this one from that position.
CURSOR = "^[A-Za-f][A-Za-z0-9_-]{10}$"
_CURSOR = re.compile(CURSOR)


def encode_cursor(position: int) -> str:
    """The opaque cursor for a position (0 <= position < 2**63)."""
    return base64.urlsafe_b64encode(position.to_bytes(8, "big")).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    """The position a cursor stands for; 400 for a string that is not a cursor."""
    if cursor is None:
        return None
    if not _CURSOR.fullmatch(cursor):
        raise ApiError(
            400,
            "The cursor is not one this list handed out; start again without it.",
            type_="/problems/invalid-cursor",
            title="Invalid cursor",
        )
    # The eleventh character carries 2 bits past the 64: they are ignored, as base64 does.
    return int.from_bytes(base64.urlsafe_b64decode(cursor + "="), "big")


def keyset_page(
    fetch: Callable[[int | None, int], Sequence[T]],
    cursor: str | None,
    limit: int,
    key: Callable[[T], int | None],
) -> dict[str, Any]:
    """A page of a list ordered by id: fetch(after, limit + 1) tells whether more follow."""
    rows = list(fetch(decode_cursor(cursor), limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    last = key(rows[-1]) if rows else None
    return {"items": rows, "next": encode_cursor(last) if more and last else None}


def offset_page(
    fetch: Callable[[int, int], Sequence[T]], cursor: str | None, limit: int
) -> dict[str, Any]:
    """A page of a ranked list (by similarity): positions rather than ids."""
    offset = decode_cursor(cursor) or 0
    rows = list(fetch(offset, limit + 1))
    more = len(rows) > limit
    return {"items": rows[:limit], "next": encode_cursor(offset + limit) if more else None}
