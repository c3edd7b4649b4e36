"""Claims as the API shows them."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.fields import Moment


class QuantitySchema(Schema):
    """A number, range or share as written ("some 35,000-40,000 troops") and as values."""

    text = fields.String()
    value = fields.Float(allow_none=True)
    low = fields.Float()
    high = fields.Float()
    unit = fields.String(allow_none=True)
    kind = fields.String(validate=validate.OneOf(("count", "fraction", "percent", "money")))
    approximate = fields.Boolean()


class DateMentionSchema(Schema):
    """A date as written ("on Tuesday") and the day it means, when that can be worked out."""

    text = fields.String()
    date = fields.Date(allow_none=True)
    precision = fields.String(validate=validate.OneOf(("day", "week", "month", "year")))


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
    attribution = fields.String(allow_none=True)
    quote = fields.Boolean()
    hedged = fields.Boolean()
    negated = fields.Boolean()
    quantities = fields.List(fields.Nested(QuantitySchema))
    dates = fields.List(fields.Nested(DateMentionSchema))


class ClaimSearchHitSchema(ClaimSchema):
    """A claim found by semantic search, with its similarity to the query."""

    similarity = fields.Float()


class ClaimDetailSchema(ClaimSchema):
    """A claim with every contradiction it takes part in."""

    contradictions = fields.List(fields.Nested("ContradictionSchema"))
