"""The centre's clock: every time is Helsinki local time, whatever the machine's zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def now() -> datetime:
    """The current time in Helsinki, timezone-aware."""
    return datetime.now(HELSINKI)
