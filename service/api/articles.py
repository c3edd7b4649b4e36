"""/articles: submit an article, list, read and delete them."""

from __future__ import annotations

import re

from flask import Blueprint, Response, jsonify, request, url_for

from schemas.article import ArticleCreatedSchema, ArticleCreateSchema, ArticleDetailSchema
from schemas.pagination import ArticlePageSchema, ListQuerySchema
from service.api.auth import requires
from service.api.common import claim_service, json_body, keyset_page, query
from service.domain.models import ArticleInput
from service.errors import ApiError

bp = Blueprint("articles", __name__, url_prefix="/articles")

_KEY = re.compile(r"[\x21-\x7e]{1,255}")


def _idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not _KEY.fullmatch(key):
        raise ApiError(400, "Idempotency-Key must be 1 to 255 visible ASCII characters.")
    return key


@bp.post("")
@requires("write")
def create_article() -> tuple[Response, int]:
    """Extract, store and check an article: 201 when new, 200 with the earlier result if not."""
    article = ArticleInput(**json_body(ArticleCreateSchema()))
    result = claim_service().ingest(article, idempotency_key=_idempotency_key())
    response = jsonify(ArticleCreatedSchema().dump_created(result.article, result.disputes))
    response.headers["Location"] = url_for(".get_article", article_id=result.article.id)
    return response, 201 if result.created else 200


@bp.get("")
@requires("read")
def list_articles() -> Response:
    """Stored articles, oldest first."""
    args = query(ListQuerySchema())
    page = keyset_page(
        lambda after, limit: claim_service().articles(after=after, limit=limit),
        args.get("cursor"),
        args["limit"],
        key=lambda article: article.id,
    )
    return jsonify(ArticlePageSchema().dump(page))


@bp.get("/<id:article_id>")
@requires("read")
def get_article(article_id: int) -> Response:
    """One article with its claims and contradictions."""
    return jsonify(ArticleDetailSchema().dump(claim_service().article(article_id)))


@bp.delete("/<id:article_id>")
@requires("write")
def delete_article(article_id: int) -> tuple[str, int]:
    """Remove an article, its claims and their contradictions."""
    claim_service().delete_article(article_id)
    return "", 204
