"""The centre's clock: every time is Helsinki local time, whatever the machine's zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)
"""The days the hub handles at all: a date or time outside them in a request is refused (422), never
computed with (the calendar's own ends, years 1 and 9999, overflow a day's arithmetic)."""


def now() -> datetime:
    """The current time in Helsinki, timezone-aware."""
    return datetime.now(HELSINKI)


def iso(moment: datetime) -> str:
    """The one text form of a time in the database and the API: ISO 8601 with offset, milliseconds."""
    return moment.isoformat(timespec="milliseconds")
