"""Fields shared by the schemas: strict text and publication moments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from marshmallow import ValidationError, fields


class Text(fields.String):
    """A string that can be stored: valid Unicode (no lone surrogates) and no NUL characters."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError("Not valid Unicode text.") from None
        if "\x00" in text:
            raise ValidationError("Must not contain NUL characters.")
        return text


class Moment(fields.Field[dt.date]):
    """An ISO 8601 date ("2014-04-01") or date-time ("2014-04-01T09:30:00Z"), kept as given."""

    default_error_messages = {
        "invalid": "Not a valid ISO 8601 date or date-time (e.g. 2014-04-01).",
    }

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        if value is None:
            return None
        text: str = value.isoformat()
        return text

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dt.date:
        if not isinstance(value, str) or len(value) > 40:
            raise self.make_error("invalid")
        try:
            if "T" in value or "t" in value or " " in value.strip():
                return dt.datetime.fromisoformat(value.replace("z", "Z"))
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.make_error("invalid") from None
