"""What is open when, as stored: a service's free slots and whether the centre takes walk-ins now.

Reads only: the routing's schedules and hours, the visiting specialists' rounds pulled from the region,
the dates off and the bookings in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlite_utils

from kiosk.core import hours as centre_hours
from kiosk.core import schedule
from kiosk.core.clock import HELSINKI
from kiosk.core.routing import Routing, Service
from kiosk.core.routing.model import WEEKDAYS
from kiosk.core.schedule import DAYS_AHEAD, Slot, slots

CENTRE = ""
"""The `service` of a date off that closes the whole centre (the API says null)."""


def dates_off(db: sqlite_utils.Database, service_id: str | None, first: date, last: date) -> set[date]:
    """The days from `first` to `last` the centre is closed, and (with `service_id`) that service is off."""
    rows = db.execute(
        "SELECT day FROM dates_off WHERE day BETWEEN ? AND ? AND service IN (?, ?)",
        [first.isoformat(), last.isoformat(), CENTRE, service_id or CENTRE],
    )
    return {date.fromisoformat(row[0]) for row in rows}


def booked_starts(db: sqlite_utils.Database, service_id: str, first: date, last: date) -> set[datetime]:
    """Starts of the service's slots held by a booking (anything but cancelled) on those days."""
    rows = db.execute(
        "SELECT start_at FROM bookings WHERE service = ? AND day BETWEEN ? AND ? AND status != 'cancelled'",
        [service_id, first.isoformat(), last.isoformat()],
    )
    return {datetime.fromisoformat(row[0]) for row in rows}


def rounds(db: sqlite_utils.Database, service_id: str | None = None) -> list[dict]:
    """The region's rounds at this centre (`region_rounds`, pulled by kiosk/server/region_link.py), of
    one service or all: {"service", "weekday": "wed", "start", "end", "slot_minutes"}."""
    where, args = ("WHERE service = ?", [service_id]) if service_id is not None else ("", [])
    rows = db.execute(
        f"SELECT service, weekday, starts, ends, slot_minutes FROM region_rounds {where}"
        " ORDER BY service, weekday, starts",
        args,
    ).fetchall()
    return [
        {
            "service": service,
            "weekday": WEEKDAYS[day - 1],
            "start": starts,
            "end": ends,
            "slot_minutes": minutes,
        }
        for service, day, starts, ends, minutes in rows
        if 1 <= day <= 7
    ]


def with_rounds(db: sqlite_utils.Database, service: Service) -> Service:
    """`service` with the region's rounds of it at this centre added to its schedule: a visiting
    specialist's round is offered and booked exactly as a block of the routing's own."""
    return schedule.with_rounds(service, rounds(db, service.id)) if service.scheduled else service


def free_slots(
    db: sqlite_utils.Database,
    service: Service,
    now: datetime,
    first_day: date | None = None,
    last_day: date | None = None,
) -> list[Slot]:
    """The slots of `service` nobody holds, not on a date off, not started; by default the next
    `DAYS_AHEAD` days counting today. The region's rounds of the service are slots too."""
    service = with_rounds(db, service)
    today = now.astimezone(HELSINKI).date()
    first = first_day or today
    last = last_day or today + timedelta(days=DAYS_AHEAD - 1)
    return slots(
        service,
        now,
        first_day=first,
        last_day=last,
        dates_off=dates_off(db, service.id, first, last),
        booked=booked_starts(db, service.id, first, last),
    )


@dataclass(frozen=True)
class Closed:
    """Why the centre takes no walk-ins now, and when it next opens (None: no opening hours ahead)."""

    reason: str  # "hours" | "date_off"
    opens: datetime | None


def walk_ins_closed(db: sqlite_utils.Database, routing: Routing, now: datetime) -> Closed | None:
    """None while the centre takes walk-ins; otherwise why not and when it opens.

    A routing without `centre.hours` takes walk-ins at any time (except on a centre-wide date off).
    """
    today = now.astimezone(HELSINKI).date()
    horizon = today + timedelta(days=centre_hours.LOOK_AHEAD_DAYS)
    closed_days = dates_off(db, None, today, horizon)
    hours = routing.centre.hours
    if today in closed_days:
        opens = (
            centre_hours.next_opening(hours, now, closed_days)
            if hours
            else _next_open_day(today, closed_days)
        )
        return Closed("date_off", opens)
    if not hours or centre_hours.is_open(hours, now, closed_days):
        return None
    return Closed("hours", centre_hours.next_opening(hours, now, closed_days))


def _next_open_day(today: date, closed_days: set[date]) -> datetime | None:
    """Without opening hours: the start of the first day after today that is not closed."""
    day = today + timedelta(days=1)
    while day in closed_days:
        day += timedelta(days=1)
    return datetime.combine(day, datetime.min.time(), tzinfo=HELSINKI)
