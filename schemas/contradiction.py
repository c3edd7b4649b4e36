"""Contradictions between two claims."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.claim import ClaimSchema
from schemas.fields import NOT_BLANK, Text
from service.domain.models import KINDS, VERDICTS

# A reviewer's note: a sentence or a paragraph, not a document.
NOTE_CHARS = 2000


class ReviewSchema(Schema):
    """A reviewer's verdict on a pair of claim texts, when, and by which key."""

    verdict = fields.String(validate=validate.OneOf(VERDICTS))
    note = fields.String(allow_none=True)
    reviewed_at = fields.DateTime()
    reviewed_by = fields.String(allow_none=True)


class ReviewCreateSchema(Schema):
    """The body of PATCH /contradictions/{id}: a verdict, and a note if the reviewer has one."""

    verdict = fields.String(required=True, validate=validate.OneOf(VERDICTS))
    note = Text(allow_none=True, pattern=NOT_BLANK, validate=validate.Length(max=NOTE_CHARS))


class ReviewedPairSchema(Schema):
    """A reviewed pair: both claim texts and the verdict (for calibrating the judge)."""

    id = fields.Integer()
    claim_text = fields.String()
    conflicting_claim_text = fields.String()
    review = fields.Nested(ReviewSchema)


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
    review = fields.Nested(ReviewSchema, allow_none=True)
    dispute_id = fields.Integer(allow_none=True)
