"""Claims as the API shows them."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.fields import Moment


class ClaimSchema(Schema):
    """One claim: its comparable text, the sentence it came from, and where that sentence is."""

    id = fields.Integer(allow_none=True)
    article_id = fields.Integer(allow_none=True)
    text = fields.String()
    sentence = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    speaker = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    published_at = Moment(allow_none=True)
    created_at = fields.DateTime(allow_none=True)
    checkworthiness = fields.Float(allow_none=True)


class ClaimSearchHitSchema(ClaimSchema):
    """A claim found by semantic search, with its similarity to the query."""

    similarity = fields.Float()


class ClaimDetailSchema(ClaimSchema):
    """A claim with every contradiction it takes part in."""

    contradictions = fields.List(fields.Nested("ContradictionSchema"))
