"""/reviews: the pairs of claim texts reviewers judged, with their verdicts."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from schemas.pagination import ReviewedPairPageSchema, ReviewQuerySchema
from service.api.auth import requires
from service.api.common import claim_service, keyset_page, query

bp = Blueprint("reviews", __name__, url_prefix="/reviews")


@bp.get("")
@requires("read")
def list_reviews() -> Response:
    """Reviewed pairs, in the order first reviewed."""
    args = query(ReviewQuerySchema())
    page = keyset_page(
        lambda after, limit: claim_service().reviews(
            verdict=args.get("verdict"), after=after, limit=limit
        ),
        args.get("cursor"),
        args["limit"],
        key=lambda pair: pair.id,
    )
    return jsonify(ReviewedPairPageSchema().dump(page))
