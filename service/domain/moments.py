"""Publication moments: a date, or a date-time when the time is known too."""

from __future__ import annotations

import datetime as dt

# A publication moment: a date when only the day is known, a datetime when the time is too.
Moment = dt.date | dt.datetime


def as_date(moment: Moment | None) -> dt.date | None:
    """The calendar day of a publication moment (a datetime's own day, in its own zone)."""
    if moment is None:
        return None
    if isinstance(moment, dt.datetime):
        return moment.date()
    return moment


def days_between(a: Moment | None, b: Moment | None) -> int | None:
    """Whole days between two moments, or None when either is unknown."""
    day_a, day_b = as_date(a), as_date(b)
    if day_a is None or day_b is None:
        return None
    return abs((day_a - day_b).days)
