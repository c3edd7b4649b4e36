"""List queries (limit, cursor and filters) and the page envelope."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.article import ArticleSchema
from schemas.claim import ClaimSearchHitSchema
from schemas.contradiction import ContradictionSchema, ReviewedPairSchema
from schemas.dispute import DisputeSchema
from schemas.fields import NOT_BLANK, Day, Flag, Text
from service.domain.models import REVIEW_STATES, VERDICTS

_ID = validate.Range(min=1, max=2**63 - 1)


class ListQuerySchema(Schema):
    """?limit=&cursor= on every list; a limit over the maximum is lowered, not refused."""

    limit = fields.Integer(validate=validate.Range(min=1, error="Must be at least 1."))
    # Read, and its shape checked, by the view (service.api.common.decode_cursor).
    cursor = fields.String()


class ClaimQuerySchema(ListQuerySchema):
    """Filters of GET /claims; ``q`` orders by similarity to a sentence."""

    article_id = fields.Integer(validate=_ID)
    source = Text(validate=validate.Length(max=500))
    # Exactly as the claims give it (GET /claims shows each claim's speaker).
    speaker = Text(validate=validate.Length(max=500))
    # A named entity of the claim, case aside ("nato" finds NATO).
    entity = Text(pattern=NOT_BLANK, validate=validate.Length(max=200))
    # 500 characters, percent-encoded as UTF-8, still fit gunicorn's longest request line.
    q = Text(pattern=NOT_BLANK, validate=validate.Length(max=500))


class ContradictionQuerySchema(ListQuerySchema):
    """Filters of GET /contradictions."""

    claim_id = fields.Integer(validate=_ID)
    article_id = fields.Integer(validate=_ID)
    min_score = fields.Float(validate=validate.Range(min=0.0, max=1.0))
    # Not yet reviewed, or reviewed with that verdict.
    review = fields.String(validate=validate.OneOf(REVIEW_STATES))


class ReviewQuerySchema(ListQuerySchema):
    """Filters of GET /reviews."""

    verdict = fields.String(validate=validate.OneOf(VERDICTS))


class DisputeQuerySchema(ListQuerySchema):
    """Filters of GET /disputes."""

    source = Text(validate=validate.Length(max=500))
    claim_id = fields.Integer(validate=_ID)
    article_id = fields.Integer(validate=_ID)
    # A claim of the dispute said on or after ``since`` and one on or before ``until``.
    since = Day()
    until = Day()
    separated = Flag()


def page_schema(item: type[Schema]) -> type[Schema]:
    """The envelope {"items": [...], "next": cursor-or-null} around one item schema."""
    return Schema.from_dict(
        {
            "items": fields.List(fields.Nested(item)),
            "next": fields.String(allow_none=True),
        },
        name=f"{item.__name__.removesuffix('Schema')}PageSchema",
    )


ArticlePageSchema = page_schema(ArticleSchema)
ClaimPageSchema = page_schema(ClaimSearchHitSchema)
ContradictionPageSchema = page_schema(ContradictionSchema)
ReviewedPairPageSchema = page_schema(ReviewedPairSchema)
DisputePageSchema = page_schema(DisputeSchema)
