"""Claims as the API shows them."""

from __future__ import annotations

import dataclasses
from typing import Any

from marshmallow import Schema, fields, pre_dump, validate

from schemas.fields import Moment
from service.domain.models import ENTITY_KINDS, PRECISIONS, QUANTITY_KINDS, ClaimDetail


class QuantitySchema(Schema):
    """A number, range or share as written ("some 35,000-40,000 troops") and as values."""

    text = fields.String()
    value = fields.Float(allow_none=True)
    low = fields.Float()
    high = fields.Float()
    unit = fields.String(allow_none=True)
    kind = fields.String(validate=validate.OneOf(QUANTITY_KINDS))
    approximate = fields.Boolean()


class DateMentionSchema(Schema):
    """A date as written ("on Tuesday") and the day it means, when that can be worked out."""

    text = fields.String()
    date = fields.Date(allow_none=True)
    precision = fields.String(validate=validate.OneOf(PRECISIONS))


class EntitySchema(Schema):
    """A named entity as the sentence writes it ("Anders Fogh Rasmussen") and what it is."""

    text = fields.String()
    kind = fields.String(validate=validate.OneOf(ENTITY_KINDS))


class ClaimSchema(Schema):
    """One claim: its comparable text, the sentence it came from, and where that sentence is."""

    id = fields.Integer(allow_none=True)
    article_id = fields.Integer(allow_none=True)
    text = fields.String()
    sentence = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    speaker = fields.String(allow_none=True)
    speaker_role = fields.String(allow_none=True)
    entities = fields.List(fields.Nested(EntitySchema), allow_none=True)
    source = fields.String(allow_none=True)
    published_at = Moment(allow_none=True)
    created_at = fields.DateTime(allow_none=True)
    checkworthiness = fields.Float(allow_none=True)
    # What the claim's words say about it (extraction.claims.analyse).
    attribution = fields.String(allow_none=True, attribute="analysis.attribution")
    quote = fields.Boolean(attribute="analysis.quote")
    hedged = fields.Boolean(attribute="analysis.hedged")
    negated = fields.Boolean(attribute="analysis.negated")
    quantities = fields.List(fields.Nested(QuantitySchema), attribute="analysis.quantities")
    dates = fields.List(fields.Nested(DateMentionSchema), attribute="analysis.dates")


class ClaimSearchHitSchema(ClaimSchema):
    """A claim found by semantic search, with its similarity to the query."""

    similarity = fields.Float()


class ClaimDetailSchema(ClaimSchema):
    """A claim with every contradiction it takes part in (a ``ClaimDetail``)."""

    contradictions = fields.List(fields.Nested("ContradictionSchema"))

    @pre_dump
    def _flatten(self, detail: ClaimDetail, **kwargs: Any) -> dict[str, Any]:
        claim = detail.claim
        return {
            **{f.name: getattr(claim, f.name) for f in dataclasses.fields(claim)},
            "contradictions": detail.contradictions,
        }
