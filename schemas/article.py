"""Articles: what a caller submits and what is stored."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.claim import ClaimSchema
from schemas.contradiction import ContradictionSchema
from schemas.dispute import DisputeChangesSchema
from schemas.fields import NOT_BLANK, PLAIN_TEXT, WEB_ADDRESS, Moment, Text


class TextOrHtmlSchema(Schema):
    """A body carrying an article as plain ``text`` or as a web page's ``html``: exactly one.

    openapi.yaml states the same as ``oneOf`` alternatives, one for each input. The length of
    ``text`` (and of the text extracted from ``html``) is held to the configured limit by the
    service, not here."""

    # The fields of which a body gives exactly one.
    ALTERNATIVES: tuple[str, ...] = ("text", "html")

    text = Text(pattern=PLAIN_TEXT)
    html = Text(pattern=NOT_BLANK)

    @validates_schema
    def exactly_one_alternative(self, data: dict[str, Any], **kwargs: Any) -> None:
        """None, or two, is a mistake the caller should hear about."""
        given = [name for name in self.ALTERNATIVES if name in data]
        others = " or ".join(self.ALTERNATIVES[1:])
        if len(given) > 1:
            raise ValidationError(
                f"Give one of {', '.join(self.ALTERNATIVES)}, not {' and '.join(given)}.",
                given[-1],
            )
        if not given:
            raise ValidationError(f"Missing data for required field (or give {others}).", "text")


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


class ArticleCreatedSchema(ArticleDetailSchema):
    """The answer to POST /articles: the stored article, and the disputes its claims joined or
    opened."""

    disputes = fields.Nested(DisputeChangesSchema)

    def dump_created(self, article: object, disputes: object) -> dict[str, Any]:
        """The article and its disputes, dumped."""
        body: dict[str, Any] = ArticleDetailSchema().dump(article)
        body["disputes"] = DisputeChangesSchema().dump(disputes)
        return body
