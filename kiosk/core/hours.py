"""Opening hours: is the centre open now, and when does it open next (Helsinki wall-clock time).

The routing's `centre.hours` are weekly blocks in Finnish local time. Everything here works on
the wall clock of Europe/Helsinki, whatever zone `now` is given in, so a block "09:00-15:00" is
09:00-15:00 on both sides of a daylight-saving change. Pure functions: the clock is an argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from kiosk.core.clock import HELSINKI
from kiosk.core.routing.model import WEEKDAYS

LOOK_AHEAD_DAYS = 400
"""How far `next_opening` searches: long enough for any run of closed dates a centre would have."""


def _field(block, name: str) -> str:
    return block[name] if isinstance(block, Mapping) else getattr(block, name)


def _clock_time(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))


def _blocks_on(hours: Iterable, day: date) -> list[tuple[time, time]]:
    """The (start, end) blocks of this calendar day, earliest first."""
    weekday = WEEKDAYS[day.weekday()]
    found = [
        (_clock_time(_field(b, "start")), _clock_time(_field(b, "end")))
        for b in hours
        if _field(b, "weekday") == weekday
    ]
    return sorted(found)


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=HELSINKI)


def periods_on(hours: Iterable, day: date) -> list[tuple[datetime, datetime]]:
    """The (opens, closes) periods of this calendar day, earliest first, in Helsinki time (closed dates
    are the caller's to skip)."""
    return [(_local(day, start), _local(day, end)) for start, end in _blocks_on(hours, day)]


def is_open(hours: Iterable, now: datetime, closed_dates: frozenset[date] | set[date] = frozenset()) -> bool:
    """Whether `now` (timezone-aware) falls in an opening block, on a day that is not closed."""
    here = now.astimezone(HELSINKI)
    if here.date() in closed_dates:
        return False
    return any(opens <= here < closes for opens, closes in periods_on(hours, here.date()))


def next_opening(
    hours: Iterable, now: datetime, closed_dates: frozenset[date] | set[date] = frozenset()
) -> datetime | None:
    """The start of the first opening block after `now`, in Helsinki time; None if there is none.

    While the centre is open this is the next block's start (e.g. tomorrow morning), not `now`.
    Days in `closed_dates` (the whole centre closed: holidays) are skipped.
    """
    hours = list(hours)
    here = now.astimezone(HELSINKI)
    for offset in range(LOOK_AHEAD_DAYS):
        day = here.date() + timedelta(days=offset)
        if day in closed_dates:
            continue
        for opening, _closes in periods_on(hours, day):
            if opening > here:
                return opening
    return None
