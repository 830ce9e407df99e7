"""Bookings of scheduled services: book a slot, check in on the day, cancel or no-show; each one transaction.

Anonymous: a booking is a slot, a short code and a language, nothing about the person.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from datetime import date, datetime, timedelta

import sqlite_utils

from kiosk.core.booking_codes import (
    CHECK_IN_EARLY,
    CHECK_IN_LATE,
    CODE_ALPHABET,
    CODE_LENGTH,
    normalize_code,
)
from kiosk.core.clock import FIRST_DAY, HELSINKI, LAST_DAY
from kiosk.core.routing import Routing, Service
from kiosk.core.schedule import DAYS_AHEAD, slot_at
from kiosk.server.openings import CENTRE, with_rounds
from kiosk.server.queue import QueueError, _next_number, append_ticket_event, day_of
from kiosk.server.store import append_event, iso, transaction

BOOKED_PRIORITY = 100
"""A checked-in booking's ticket priority: ahead of every walk-in (answers' priorities are small)."""

STATUSES = ("booked", "checked_in", "cancelled", "no_show")
_COLUMNS = (
    "b.id, b.code, b.service, b.day, b.start_at, b.end_at, b.status, b.lang, b.created_at, b.changed_at,"
    " b.ticket_code, t.number, t.status"
)
_FROM = "FROM bookings b LEFT JOIN tickets t ON t.code = b.ticket_code"


class BookingError(QueueError):
    """A refused booking call; `booking` (BOOKING) when the refusal is about an existing one."""

    def __init__(self, status: int, code: str, message: str, where: str | None = None, booking=None):
        super().__init__(status, code, message, where)
        self.booking = booking


def _new_code(db: sqlite_utils.Database) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.execute("SELECT 1 FROM bookings WHERE code = ?", [code]).fetchone() is None:
            return code


def _as_json(row: tuple) -> dict:
    """BOOKING: what the kiosk and staff see of a booking."""
    id_, code, service, _day, start, end, status, lang, created, changed, ticket, number, ticket_status = row
    return {
        "id": id_,
        "code": code,
        "service": service,
        "start": start,
        "end": end,
        "status": status,
        "lang": lang,
        "created_at": created,
        "changed_at": changed,
        "ticket": (
            {"code": ticket, "number": number, "status": ticket_status, "status_url": f"/t/{ticket}"}
            if ticket
            else None
        ),
    }


def public(booking: dict) -> dict:
    """A booking as the open event feed shows it: no code (it is what checks in), no language."""
    return {
        "id": booking["id"],
        "service": booking["service"],
        "start": booking["start"],
        "end": booking["end"],
        "status": booking["status"],
        "number": booking["ticket"]["number"] if booking["ticket"] else None,
    }


def booking(db: sqlite_utils.Database, code: str) -> dict | None:
    """BOOKING for a code as typed (see `normalize_code`), or None."""
    row = db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE b.code = ?", [normalize_code(code)]).fetchone()
    return _as_json(row) if row else None


def _by_id(db: sqlite_utils.Database, id_: int) -> dict:
    return _as_json(db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE b.id = ?", [id_]).fetchone())


def parse_start(text: str) -> datetime:
    """An ISO 8601 time with its offset (or Z); 422 `invalid_field` otherwise."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise QueueError(422, "invalid_field", f"start: {text!r} is not an ISO 8601 time", "start") from None
    if moment.tzinfo is None:
        raise QueueError(422, "invalid_field", f"start: {text!r} needs its UTC offset, e.g. +02:00", "start")
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        # Checked on the day as written, before any offset is applied: 9999-12-31T23:30Z has no Helsinki day.
        message = f"start: {text!r} is not from {FIRST_DAY} to {LAST_DAY}"
        raise QueueError(422, "invalid_field", message, "start")
    return moment


def scheduled_service(routing: Routing, service_id: str, where: str = "service") -> Service:
    """The scheduled service `service_id`; 422 `unknown_service` or `not_scheduled` otherwise."""
    service = routing.service(service_id)
    if service is None:
        raise QueueError(422, "unknown_service", f"no service {service_id!r} in the routing", where)
    if not service.scheduled:
        message = f"{service_id} takes walk-ins, not bookings: it has no slots"
        raise QueueError(422, "not_scheduled", message, where)
    return service


def _describe(moment: datetime) -> str:
    return moment.astimezone(HELSINKI).strftime("%a %Y-%m-%d %H:%M")


def booking_key_known(db: sqlite_utils.Database, key: str) -> bool:
    """Whether a booking was already made with this request key (its retry gets the same booking)."""
    return db.execute("SELECT 1 FROM bookings WHERE booking_key = ?", [key]).fetchone() is not None


def create_booking(
    db: sqlite_utils.Database,
    routing: Routing,
    version_id: int | None,
    *,
    service_id: str,
    start: str,
    lang: str,
    key: str,
    now: datetime,
) -> dict:
    """Book a free slot: BOOKING, status `booked`. The same key again gives the same booking."""
    cached = db.execute("SELECT id FROM bookings WHERE booking_key = ?", [key]).fetchone()
    if cached:
        return _by_id(db, cached[0])
    if lang not in routing.languages:
        message = f"unknown language {lang!r}: use one of {', '.join(routing.languages)}"
        raise QueueError(422, "unknown_lang", message, "lang")
    service = with_rounds(db, scheduled_service(routing, service_id))
    moment = parse_start(start)
    slot = slot_at(service, moment)
    if slot is None:
        message = f"{_describe(moment)} is not a slot of {service_id}: pick one from its slots"
        raise QueueError(422, "not_a_slot", message, "start")
    today = now.astimezone(HELSINKI).date()
    if slot.start.date() > today + timedelta(days=DAYS_AHEAD - 1):
        message = f"{_describe(slot.start)} is more than {DAYS_AHEAD} days ahead: it cannot be booked yet"
        raise QueueError(422, "too_far_ahead", message, "start")
    if slot.start < now:
        raise QueueError(
            409, "slot_started", f"the slot {_describe(slot.start)} has already started", "start"
        )
    with transaction(db):
        # Re-check under the write lock: a racing request with the same key may have just committed.
        cached = db.execute("SELECT id FROM bookings WHERE booking_key = ?", [key]).fetchone()
        if cached:
            return _by_id(db, cached[0])
        _refuse_date_off(db, service, slot.start)
        try:
            id_ = db.execute(
                "INSERT INTO bookings (code, service, day, start_at, end_at, status, lang, booking_key,"
                " routing_version, created_at) VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)",
                [
                    _new_code(db), service.id, slot.start.date().isoformat(), iso(slot.start), iso(slot.end),
                    lang, key, version_id, iso(now),
                ],
            ).lastrowid  # fmt: skip
        except sqlite3.IntegrityError:
            # The unique slot index (bookings_one_per_slot) decides: another kiosk got there first.
            message = f"the slot {_describe(slot.start)} of {service.id} is already booked: pick another"
            raise QueueError(409, "slot_taken", message, "start") from None
        made = _by_id(db, id_)
        append_event(db, "booking.created", now, {"booking": public(made)})
    return made


def _refuse_date_off(db: sqlite_utils.Database, service: Service, start: datetime) -> None:
    off = db.execute(
        "SELECT 1 FROM dates_off WHERE day = ? AND service IN (?, ?)",
        [start.date().isoformat(), CENTRE, service.id],
    ).fetchone()
    if off:
        message = f"{service.id} is not here on {start.date().isoformat()} (a date off): pick another day"
        raise QueueError(409, "date_off", message, "start")


_REFUSALS = {
    "checked_in": (409, "used", "has already been checked in"),
    "cancelled": (409, "cancelled", "was cancelled"),
    "no_show": (409, "no_show", "was marked no-show"),
}


def _held(db: sqlite_utils.Database, code: str, action: str) -> dict:
    """The booking `code`, still `booked`; a 404 or a 409 naming its state otherwise."""
    found = booking(db, code)
    if found is None:
        raise BookingError(404, "unknown_booking", f"no booking with code {code.strip()!r}", code)
    if found["status"] != "booked":
        status, error, words = _REFUSALS[found["status"]]
        raise BookingError(
            status, error, f"booking {found['code']} {words}: cannot {action} it", found["code"], found
        )
    return found


def check_in(
    db: sqlite_utils.Database, routing: Routing, version_id: int | None, code: str, now: datetime
) -> dict:
    """On the day, from CHECK_IN_EARLY before to CHECK_IN_LATE after its start, the booking becomes a
    ticket at its service, placed at the booked time ahead of walk-ins:
    `{"outcome": "queued", "ticket": TICKET, "booking": BOOKING}`.
    """
    with transaction(db):
        found = _held(db, code, "check in")
        start = datetime.fromisoformat(found["start"])
        if now < start - CHECK_IN_EARLY:
            message = (
                f"booking {found['code']} is for {_describe(start)}: check in from"
                f" {_describe(start - CHECK_IN_EARLY)}"
            )
            raise BookingError(409, "too_early", message, found["code"], found)
        if now > start + CHECK_IN_LATE:
            message = f"booking {found['code']} was for {_describe(start)}: it is too late to check in"
            raise BookingError(409, "too_late", message, found["code"], found)
        service = routing.service(found["service"])
        prefix = routing.ticket_prefix(service) if service else "X"
        ticket_code = secrets.token_urlsafe(12)
        day = day_of(now)
        # queued_at is the booked start: booked visitors are called in the order of their times.
        db.execute(
            "INSERT INTO tickets (code, number, prefix, day, service, journey, journey_index, status,"
            " priority, lang, answers, routing_version, visit_key, created_at, queued_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 0, 'waiting', ?, ?, '{}', ?, NULL, ?, ?)",
            [
                ticket_code, _next_number(db, prefix, day), prefix, day, found["service"],
                json.dumps([found["service"]]), BOOKED_PRIORITY, found["lang"], version_id, iso(now),
                found["start"],
            ],
        )  # fmt: skip
        db.execute(
            "UPDATE bookings SET status = 'checked_in', ticket_code = ?, changed_at = ? WHERE id = ?",
            [ticket_code, iso(now), found["id"]],
        )
        ticket = append_ticket_event(db, routing, "ticket.created", ticket_code, [found["service"]], now)
        made = _by_id(db, found["id"])
        append_event(db, "booking.checked_in", now, {"booking": public(made)})
    return {"outcome": "queued", "ticket": ticket, "booking": made}


def cancel(db: sqlite_utils.Database, routing: Routing, code: str, now: datetime) -> dict:
    """Staff cancel a booking that is still `booked`: its slot is free again. BOOKING."""
    with transaction(db):
        found = _held(db, code, "cancel")
        return _mark(db, found["id"], "cancelled", now)


def no_show(db: sqlite_utils.Database, routing: Routing, code: str, now: datetime) -> dict:
    """Staff mark a `booked` booking whose time has come as no-show (the slot stays used). BOOKING."""
    with transaction(db):
        found = _held(db, code, "mark no-show")
        start = datetime.fromisoformat(found["start"])
        if now < start:
            message = f"booking {found['code']} is for {_describe(start)}: it has not started yet"
            raise BookingError(409, "too_early", message, found["code"], found)
        return _mark(db, found["id"], "no_show", now)


def _mark(db: sqlite_utils.Database, id_: int, status: str, now: datetime) -> dict:
    db.execute("UPDATE bookings SET status = ?, changed_at = ? WHERE id = ?", [status, iso(now), id_])
    made = _by_id(db, id_)
    append_event(db, f"booking.{status}", now, {"booking": public(made)})
    return made


def cancel_on(db: sqlite_utils.Database, day: date, service_id: str | None, now: datetime) -> list[dict]:
    """Inside the caller's transaction: cancel every `booked` booking on `day` (of one service, or all
    when `service_id` is None), each with its event; the cancelled BOOKINGs."""
    cancelled = []
    for found in held_on(db, day, service_id):
        cancelled.append(_mark(db, found["id"], "cancelled", now))
    return cancelled


def held_on(db: sqlite_utils.Database, day: date, service_id: str | None) -> list[dict]:
    """The still `booked` bookings on `day`, of one service or (None) of all."""
    only = " AND b.service = ?" if service_id else ""
    rows = db.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE b.day = ? AND b.status = 'booked'{only} ORDER BY b.start_at, b.id",
        [day.isoformat(), *([service_id] if service_id else [])],
    )
    return [_as_json(row) for row in rows]


def list_bookings(db: sqlite_utils.Database, services: list[str], first: date, last: date) -> list[dict]:
    """Every booking (any status) starting from `first` to `last`, of `services` (all when empty),
    by start time."""
    only = f" AND b.service IN ({', '.join('?' * len(services))})" if services else ""
    rows = db.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE b.day BETWEEN ? AND ?{only} ORDER BY b.start_at, b.id",
        [first.isoformat(), last.isoformat(), *services],
    )
    return [_as_json(row) for row in rows]
