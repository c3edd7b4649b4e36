"""Articles: what a caller submits and what is stored."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.claim import ClaimSchema
from schemas.contradiction import ContradictionSchema
from schemas.fields import NOT_BLANK, PLAIN_TEXT, WEB_ADDRESS, Moment, Text


class TextOrHtmlSchema(Schema):
    """A body carrying an article as plain ``text`` or as a web page's ``html``: exactly one.

    openapi.yaml states the same as ``oneOf`` alternatives, one for each input. The length of
    ``text`` (and of the text extracted from ``html``) is held to the configured limit by the
    service, not here."""

    text = Text(pattern=PLAIN_TEXT)
    html = Text(pattern=NOT_BLANK)

    @validates_schema
    def exactly_one_of_text_or_html(self, data: dict[str, Any], **kwargs: Any) -> None:
        """Neither, or both, is a mistake the caller should hear about."""
        if "text" in data and "html" in data:
            raise ValidationError("Give either text or html, not both.", "html")
        if "text" not in data and "html" not in data:
            raise ValidationError("Missing data for required field (or give html).", "text")


class ArticleCreateSchema(TextOrHtmlSchema):
    """The body of POST /articles."""

    title = Text(allow_none=True, validate=validate.Length(max=1000))
    source = Text(allow_none=True, validate=validate.Length(max=500))
    url = Text(
        allow_none=True,
        pattern=WEB_ADDRESS,
        error="Not a web address: http:// or https://, a host, then a path (percent-encoded).",
        validate=validate.Length(max=2000),
    )
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
