"""RFC 9457 problem details, the body of every error."""

from __future__ import annotations

from marshmallow import Schema, fields


class ProblemSchema(Schema):
    """type, title, status, detail, plus field errors and the request id."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.Dict(keys=fields.String())
    request_id = fields.String()
