"""Articles: what a caller submits and what is stored."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.claim import ClaimSchema
from schemas.contradiction import ContradictionSchema
from schemas.fields import Moment, Text

# Predicate calls str.strip: any text with one non-blank character passes, wherever it is.
_NOT_BLANK = validate.Predicate("strip", error="Must not be empty.")


class ArticleCreateSchema(Schema):
    """The body of POST /articles."""

    text = Text(required=True, validate=_NOT_BLANK)
    title = Text(allow_none=True, validate=validate.Length(max=1000))
    source = Text(allow_none=True, validate=validate.Length(max=500))
    url = fields.Url(allow_none=True, validate=validate.Length(max=2000))
    published_at = Moment(allow_none=True)


class ArticleSchema(Schema):
    """An article in a list: what it is, without its text and claims."""

    id = fields.Integer()
    title = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published_at = Moment(allow_none=True)
    created_at = fields.DateTime()
    claim_count = fields.Integer()


class ArticleDetailSchema(ArticleSchema):
    """An article with its text, its claims and every contradiction they take part in."""

    text = fields.String()
    claims = fields.List(fields.Nested(ClaimSchema))
    contradictions = fields.List(fields.Nested(ContradictionSchema))
