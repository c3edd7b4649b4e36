"""URL converters."""

from __future__ import annotations

from werkzeug.routing import BaseConverter


class IdConverter(BaseConverter):
    """A positive id that fits a 64-bit integer column; anything else is simply not found."""

    regex = r"[1-9][0-9]{0,17}"

    def to_python(self, value: str) -> int:
        """The id as an int."""
        return int(value)

    def to_url(self, value: object) -> str:
        """The id as text."""
        return str(value)
