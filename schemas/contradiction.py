"""Contradictions between two claims."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.claim import ClaimSchema
from service.domain.models import KINDS


class ContradictionSchema(Schema):
    """Two claims that cannot both be true, how sure the judge is, and why."""

    id = fields.Integer(allow_none=True)
    claim = fields.Nested(ClaimSchema)
    conflicting_claim = fields.Nested(ClaimSchema)
    score = fields.Float()
    kind = fields.String(validate=validate.OneOf(KINDS))
    explanation = fields.String()
    days_apart = fields.Integer(allow_none=True)
    may_supersede = fields.Boolean()
    created_at = fields.DateTime(allow_none=True)
