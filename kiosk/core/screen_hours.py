"""When the kiosk's screen should be lit: the centre's opening hours widened by a margin on each side.

Pure, like kiosk/core/hours.py whose blocks it reads (Helsinki wall-clock time, closed dates skipped):
`kiosk screen-schedule` (kiosk/root/screen_schedule.py) asks it every minute and turns the screen off
and on through the command the deployment names.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from kiosk.core.clock import HELSINKI
from kiosk.core.hours import periods_on

DEFAULT_MARGIN = timedelta(minutes=30)
"""Lit this long before the centre opens (staff arrive, the kiosk is ready) and after it closes."""


def screen_on(
    hours: Iterable,
    now: datetime,
    closed_dates: frozenset[date] | set[date] = frozenset(),
    margin: timedelta = DEFAULT_MARGIN,
) -> bool:
    """Whether the screen should be on at `now`: within `margin` of an opening block on a day that is not
    closed. A routing without hours is open at every hour (as the hub takes walk-ins), so always on."""
    hours = list(hours)
    if not hours:
        return True
    here = now.astimezone(HELSINKI)
    days = margin.days + 1  # a margin may reach into the day before or after
    for offset in range(-days, days + 1):
        day = here.date() + timedelta(days=offset)
        if day in closed_dates:
            continue
        for opens, closes in periods_on(hours, day):
            if opens - margin <= here < closes + margin:
                return True
    return False
