"""Dates off: days a scheduled service (or the whole centre) is not there; set and removed by staff.

A service's date off takes its slots away; a centre-wide one also closes the centre to walk-ins.
Bookings already made on the day are never dropped silently: setting the date off is refused
(409 `has_bookings`, listing them) unless the call asks to cancel them in the same transaction.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlite_utils

from kiosk.core.clock import HELSINKI
from kiosk.core.routing import Routing
from kiosk.server import bookings
from kiosk.server.openings import CENTRE
from kiosk.server.queue import QueueError
from kiosk.server.store import append_event, iso, transaction

NOTE_LENGTH = 200


class DateOffError(QueueError):
    """A refused date off; `bookings` (BOOKINGs) when bookings stand in the way."""

    def __init__(self, status: int, code: str, message: str, where: str | None, held: list[dict]):
        super().__init__(status, code, message, where)
        self.bookings = held


def _json(row: tuple) -> dict:
    day, service, note, created_at = row
    return {"date": day, "service": service or None, "note": note, "created_at": created_at}


def list_dates_off(
    db: sqlite_utils.Database, first: date | None = None, last: date | None = None
) -> list[dict]:
    """Every date off from `first` to `last` (either open-ended), by date, centre-wide first."""
    rows = db.execute(
        "SELECT day, service, note, created_at FROM dates_off WHERE day >= ? AND day <= ?"
        " ORDER BY day, service",
        [first.isoformat() if first else "", last.isoformat() if last else "9999"],
    )
    return [_json(row) for row in rows]


def _check(routing: Routing, day: date, service_id: str | None, now: datetime) -> None:
    if service_id is not None:
        bookings.scheduled_service(routing, service_id)
    if day < now.astimezone(HELSINKI).date():
        raise QueueError(
            422, "past_date", f"{day.isoformat()} has passed: a date off is for today or later", "date"
        )


def set_date_off(
    db: sqlite_utils.Database,
    routing: Routing,
    day: date,
    service_id: str | None,
    note: str,
    cancel_bookings: bool,
    now: datetime,
) -> dict:
    """Make `day` a date off for `service_id` (None: the whole centre), or change its note.

    `{"date", "service", "note", "created_at", "cancelled": [BOOKING]}`; 409 `has_bookings` when bookings
    are held that day and `cancel_bookings` is false.
    """
    _check(routing, day, service_id, now)
    with transaction(db):
        held = bookings.held_on(db, day, service_id)
        if held and not cancel_bookings:
            times = ", ".join(f"{b['service']} {b['start'][11:16]} ({b['code']})" for b in held)
            message = (
                f"{len(held)} booking(s) on {day.isoformat()}: {times}. Cancel them first, or send"
                ' "cancel_bookings": true'
            )
            raise DateOffError(409, "has_bookings", message, "date", held)
        cancelled = bookings.cancel_on(db, day, service_id, now) if held else []
        db.execute(
            "INSERT INTO dates_off (day, service, note, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (day, service) DO UPDATE SET note = excluded.note",
            [day.isoformat(), service_id or CENTRE, note, iso(now)],
        )
        row = db.execute(
            "SELECT day, service, note, created_at FROM dates_off WHERE day = ? AND service = ?",
            [day.isoformat(), service_id or CENTRE],
        ).fetchone()
        # The note stays off the open event feed: staff may write anything in it.
        append_event(db, "date_off.set", now, {"date": day.isoformat(), "service": service_id})
    return {**_json(row), "cancelled": cancelled}


def remove_date_off(
    db: sqlite_utils.Database, routing: Routing, day: date, service_id: str | None, now: datetime
) -> dict:
    """The service (or centre) is there after all on `day`: its slots come back. The removed date off."""
    with transaction(db):
        row = db.execute(
            "SELECT day, service, note, created_at FROM dates_off WHERE day = ? AND service = ?",
            [day.isoformat(), service_id or CENTRE],
        ).fetchone()
        if row is None:
            whose = f"for {service_id}" if service_id else "for the whole centre"
            raise QueueError(404, "unknown_date_off", f"{day.isoformat()} is not a date off {whose}", "date")
        db.execute(
            "DELETE FROM dates_off WHERE day = ? AND service = ?", [day.isoformat(), service_id or CENTRE]
        )
        append_event(db, "date_off.removed", now, {"date": day.isoformat(), "service": service_id})
    return _json(row)
