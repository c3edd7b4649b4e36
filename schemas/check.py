"""Checks (a text analysed against the store, nothing stored) and comparisons of two sentences."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump, validate

from schemas.article import TextOrHtmlSchema
from schemas.claim import ClaimSchema
from schemas.contradiction import ContradictionSchema
from schemas.fields import NOT_BLANK, Moment, Text
from service.domain.models import KINDS, RELATIONS


class CheckCreateSchema(TextOrHtmlSchema):
    """The body of POST /checks."""

    published_at = Moment(allow_none=True)


class CheckSchema(Schema):
    """What a text would add: its claims and the stored claims they contradict."""

    claims = fields.List(fields.Nested(ClaimSchema))
    contradictions = fields.List(fields.Nested(ContradictionSchema))


class ComparisonCreateSchema(Schema):
    """The body of POST /comparisons: two sentences."""

    claim_a = Text(required=True, pattern=NOT_BLANK, validate=validate.Length(max=5000))
    claim_b = Text(required=True, pattern=NOT_BLANK, validate=validate.Length(max=5000))


class ComparisonSchema(Schema):
    """The judge's verdict on one pair."""

    relation = fields.String(validate=validate.OneOf(RELATIONS))
    score = fields.Float()
    kind = fields.String(validate=validate.OneOf(KINDS))
    explanation = fields.String()

    @post_dump
    def kind_only_for_a_contradiction(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Any other relation has no kind: the key is left out rather than null."""
        if data.get("kind") is None:
            data.pop("kind", None)
        return data
