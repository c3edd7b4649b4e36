"""Checks (a text analysed against the store, nothing stored) and comparisons of two sentences."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump, validate

from schemas.article import TextOrHtmlSchema
from schemas.claim import ClaimSchema
from schemas.contradiction import ContradictionSchema
from schemas.dispute import DisputeChangesSchema
from schemas.fields import NOT_BLANK, Moment, Text
from service.domain.models import KINDS, RELATIONS, SKIP_REASONS

# Claims given as a list: at most this many, each at most this long (a headline, a tweet, a
# quote; not an article, which goes as text).
MAX_GIVEN_CLAIMS = 100
MAX_GIVEN_CLAIM_CHARS = 2000


class CheckCreateSchema(TextOrHtmlSchema):
    """The body of POST /checks: a text, a page, or claims as given; exactly one."""

    ALTERNATIVES = ("text", "html", "claims")

    claims = fields.List(
        Text(pattern=NOT_BLANK, validate=validate.Length(max=MAX_GIVEN_CLAIM_CHARS)),
        validate=validate.Length(min=1, max=MAX_GIVEN_CLAIMS),
    )
    published_at = Moment(allow_none=True)


class SkippedSchema(Schema):
    """A sentence (or block) of a checked text that did not become a claim, and why."""

    sentence = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    reason = fields.String(validate=validate.OneOf(SKIP_REASONS))


class CheckSchema(Schema):
    """What a text would add: its claims, the stored claims they contradict, the sentences
    skipped, and the disputes the claims would join."""

    claims = fields.List(fields.Nested(ClaimSchema))
    contradictions = fields.List(fields.Nested(ContradictionSchema))
    skipped = fields.List(fields.Nested(SkippedSchema))
    disputes = fields.Nested(DisputeChangesSchema)


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
