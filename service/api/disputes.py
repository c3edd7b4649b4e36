"""/disputes: contradictions grouped into disputed facts, each with its sides."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from schemas.dispute import DisputeSchema
from schemas.pagination import DisputePageSchema, DisputeQuerySchema
from service.api.auth import requires
from service.api.common import claim_service, offset_page, query
from service.domain.models import DisputeFilter

bp = Blueprint("disputes", __name__, url_prefix="/disputes")


@bp.get("")
@requires("read")
def list_disputes() -> Response:
    """Disputes, the latest to change first."""
    args = query(DisputeQuerySchema())
    where = DisputeFilter(
        source=args.get("source"),
        claim_id=args.get("claim_id"),
        article_id=args.get("article_id"),
        since=args.get("since"),
        until=args.get("until"),
        separated=args.get("separated"),
    )
    page = offset_page(
        lambda offset, limit: claim_service().disputes(where=where, offset=offset, limit=limit),
        args.get("cursor"),
        args["limit"],
    )
    return jsonify(DisputePageSchema().dump(page))


@bp.get("/<id:dispute_id>")
@requires("read")
def get_dispute(dispute_id: int) -> Response:
    """One dispute."""
    return jsonify(DisputeSchema().dump(claim_service().dispute(dispute_id)))
