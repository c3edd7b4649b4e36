"""/contradictions: what the store found, filtered by claim, article or score."""

from __future__ import annotations

from flask import Blueprint, Response, g, jsonify

from schemas.contradiction import ContradictionSchema, ReviewCreateSchema
from schemas.pagination import ContradictionPageSchema, ContradictionQuerySchema
from service.api.auth import requires
from service.api.common import claim_service, json_body, keyset_page, query

bp = Blueprint("contradictions", __name__, url_prefix="/contradictions")


@bp.get("")
@requires("read")
def list_contradictions() -> Response:
    """Contradictions in the order they were found."""
    args = query(ContradictionQuerySchema())
    page = keyset_page(
        lambda after, limit: claim_service().contradictions(
            claim_id=args.get("claim_id"),
            article_id=args.get("article_id"),
            min_score=args.get("min_score"),
            review=args.get("review"),
            after=after,
            limit=limit,
        ),
        args.get("cursor"),
        args["limit"],
        key=lambda contradiction: contradiction.id,
    )
    return jsonify(ContradictionPageSchema().dump(page))


@bp.get("/<id:contradiction_id>")
@requires("read")
def get_contradiction(contradiction_id: int) -> Response:
    """One contradiction."""
    return jsonify(ContradictionSchema().dump(claim_service().contradiction(contradiction_id)))


@bp.patch("/<id:contradiction_id>")
@requires("write")
def review_contradiction(contradiction_id: int) -> Response:
    """A reviewer's verdict on a contradiction (the last one given stands)."""
    body = json_body(ReviewCreateSchema())
    reviewed = claim_service().review(
        contradiction_id, body["verdict"], body.get("note"), getattr(g, "api_key", None)
    )
    return jsonify(ContradictionSchema().dump(reviewed))
