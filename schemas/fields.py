"""Fields shared by the schemas: text held to the contract's patterns, and publication moments."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from marshmallow import ValidationError, fields

# The patterns openapi.yaml states for text fields, written once here and checked against the
# document by tests/contract/test_openapi.py: a field accepts exactly what its pattern matches.
# JSON Schema searches a pattern unanchored, so each anchors itself; every character class is
# spelled out (no \s), so that Python, ECMAScript and Rust engines read each pattern alike, and
# each is linear: no two parts can match the same character.
#
# Blank: Unicode's White_Space characters.
_BLANK = r"\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Any text without NUL characters (no database stores them in text).
NO_NUL = r"^[^\u0000]*$"
# ... and with one character that is not blank.
NOT_BLANK = rf"^[{_BLANK}]*[^{_BLANK}\u0000][^\u0000]*$"
# ... whose first character that is not blank is not "<": markup is sent as html, not as text.
PLAIN_TEXT = rf"^[{_BLANK}]*[^{_BLANK}<\u0000][^\u0000]*$"

# A web address as RFC 3986 writes an http or https URI, less user names and IPv6 literals: a
# host (and port), then path segments, a query and a fragment, each character one the RFC allows
# there or percent-encoded. openapi.yaml states "format: uri" as well; every string this matches
# is one.
_PCT = "%[0-9A-Fa-f]{2}"
_SAFE = "-A-Za-z0-9._~!$&'()*+,;="
_PCHAR = f"(?:{_PCT}|[{_SAFE}:@])"
WEB_ADDRESS = (
    f"^[Hh][Tt][Tt][Pp][Ss]?://(?:{_PCT}|[{_SAFE}])+(?::[0-9]*)?"
    f"(?:/{_PCHAR}*)*(?:[?](?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?$"
)

_LEADING_BLANK = re.compile(rf"[{_BLANK}]*")


def _why_not(text: str, otherwise: str) -> str:
    """What a text that fails its pattern lacks, in words (the verdict is the pattern's)."""
    if "\x00" in text:
        return "Must not contain NUL characters."
    start = _LEADING_BLANK.match(text)
    rest = text[start.end() :] if start else text
    if not rest:
        return "Must not be empty."
    if rest.startswith("<"):
        return "This is HTML; send it as html instead, and its text is extracted."
    return otherwise


class Text(fields.String):
    """A string that can be stored (valid Unicode) and matches ``pattern``, one of the patterns
    above: the one openapi.yaml states for the same field. ``error`` says what it must be."""

    def __init__(
        self, *, pattern: str = NO_NUL, error: str = "Not valid text.", **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.pattern = pattern
        self._regex = re.compile(pattern)
        self._error = error

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError("Not valid Unicode text.") from None
        if not self._regex.fullmatch(text):
            raise ValidationError(_why_not(text, self._error))
        return text


# RFC 3339 (JSON Schema's "date" and "date-time" formats): a full date, or a full date, "T", a
# time to the second (any fraction) and its offset from UTC; "t" and "z" may be lower case.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt](?P<hm>[0-9]{2}:[0-9]{2}):(?P<s>[0-9]{2})"
    r"(?P<fraction>\.[0-9]+)?(?P<offset>[Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def parse_moment(value: str) -> dt.date:
    """An RFC 3339 date or date-time as a date, or a datetime with its offset; ValueError if it is
    neither, or names a day or time that does not exist (2014-13-45, 25:00)."""
    if _DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    found = _DATE_TIME.fullmatch(value)
    if not found:
        raise ValueError(value)
    # A leap second (:60) is read as the second before it; Python's datetime has no 60th second.
    second = found["s"] if found["s"] != "60" else "59"
    fraction = (found["fraction"] or "")[:7]  # microseconds: Python keeps six digits
    offset = found["offset"].upper()
    return dt.datetime.fromisoformat(f"{found['date']}T{found['hm']}:{second}{fraction}{offset}")


class Moment(fields.Field[dt.date]):
    """An RFC 3339 date ("2014-04-01") or date-time ("2014-04-01T09:30:00Z"): the "date" and
    "date-time" formats openapi.yaml states, and real days and times only."""

    default_error_messages = {
        "invalid": "Not an RFC 3339 date or date-time, such as 2014-04-01 or 2014-04-01T09:30:00Z.",
    }

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        if value is None:
            return None
        text: str = value.isoformat()
        return text

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dt.date:
        if not isinstance(value, str):
            raise self.make_error("invalid")
        try:
            return parse_moment(value)
        except ValueError:
            raise self.make_error("invalid") from None


class Day(fields.Field[dt.date]):
    """An RFC 3339 full date ("2014-04-01"), the "date" format openapi.yaml states: a real day."""

    default_error_messages = {"invalid": "Not an RFC 3339 date, such as 2014-04-01."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dt.date:
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise self.make_error("invalid")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.make_error("invalid") from None


class Flag(fields.Boolean):
    """A query's boolean as openapi.yaml writes one: ``true`` or ``false``, nothing else."""

    truthy = {"true"}
    falsy = {"false"}
