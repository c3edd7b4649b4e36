"""/claims: list, filter and search stored claims; read one with its contradictions."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from schemas.claim import ClaimDetailSchema
from schemas.pagination import ClaimPageSchema, ClaimQuerySchema
from service.api.auth import requires
from service.api.common import claim_service, keyset_page, offset_page, query
from service.domain.models import ClaimFilter

bp = Blueprint("claims", __name__, url_prefix="/claims")


@bp.get("")
@requires("read")
def list_claims() -> Response:
    """Claims in id order, or by similarity to ``q`` when it is given."""
    args = query(ClaimQuerySchema())
    service = claim_service()
    where = ClaimFilter(
        article_id=args.get("article_id"),
        source=args.get("source"),
        speaker=args.get("speaker"),
        entity=args.get("entity"),
    )
    if "q" in args:
        page = offset_page(
            lambda offset, limit: service.search_claims(
                args["q"], where=where, offset=offset, limit=limit
            ),
            args.get("cursor"),
            args["limit"],
        )
    else:
        page = keyset_page(
            lambda after, limit: service.claims(where=where, after=after, limit=limit),
            args.get("cursor"),
            args["limit"],
            key=lambda claim: claim.id,
        )
    return jsonify(ClaimPageSchema().dump(page))


@bp.get("/<id:claim_id>")
@requires("read")
def get_claim(claim_id: int) -> Response:
    """One claim and every contradiction it takes part in."""
    return jsonify(ClaimDetailSchema().dump(claim_service().claim(claim_id)))
