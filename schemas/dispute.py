"""Disputes: contradictions grouped into the disputed facts they are about, with sides."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.claim import ClaimSchema
from schemas.fields import Moment


class DisputeSideSchema(Schema):
    """The claims on one side, and when that side was first and last said."""

    claims = fields.List(fields.Nested(ClaimSchema))
    first_said = Moment()
    last_said = Moment()


class DisputeSchema(Schema):
    """A disputed fact: its title, its two sides, and whether the sides are apart in time."""

    id = fields.Integer()
    title = fields.String()
    sides = fields.List(fields.Nested(DisputeSideSchema))
    separated = fields.Boolean()
    contradiction_count = fields.Integer()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()


class DisputeChangesSchema(Schema):
    """The disputes a request's claims joined (there before) or opened (new)."""

    joined = fields.List(fields.Integer())
    opened = fields.List(fields.Integer())
