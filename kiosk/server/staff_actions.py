"""What staff do to the queue: call, finish, no-show, recall, transfer, present/away; each one transaction."""

from __future__ import annotations

import json
from datetime import datetime

import sqlite_utils

from kiosk.core.routing import Routing, Service
from kiosk.server.queue import (
    CALL_ORDER,
    TICKET_COLUMNS,
    QueueError,
    append_ticket_event,
    as_row,
    day_of,
    queue_changes,
    ticket_row,
)
from kiosk.server.store import append_event, iso, transaction

_STATUS_WORDS = {
    "waiting": "is waiting (call it first)",
    "called": "is already called",
    "done": "is already done",
    "no_show": "was marked no-show",
}


def _service(routing: Routing, service_id: str) -> Service:
    service = routing.service(service_id)
    if service is None:
        raise QueueError(404, "unknown_service", f"no service {service_id!r} in the routing", service_id)
    return service


def _ticket(db: sqlite_utils.Database, code: str, allowed: tuple[str, ...], action: str) -> dict:
    row = ticket_row(db, code)
    if row is None:
        raise QueueError(404, "unknown_ticket", f"no ticket with code {code!r}", code)
    if row["status"] not in allowed:
        message = f"{row['number']} {_STATUS_WORDS[row['status']]}: cannot {action} it"
        raise QueueError(409, "wrong_status", message, code)
    return row


def _close_step(db: sqlite_utils.Database, code: str, outcome: str, now: datetime) -> None:
    db.execute(
        "UPDATE ticket_steps SET ended_at = ?, outcome = ? WHERE ticket_code = ? AND ended_at IS NULL",
        [iso(now), outcome, code],
    )


def _open_step(db: sqlite_utils.Database, row: dict, caller: str, now: datetime) -> None:
    db.execute(
        "INSERT INTO ticket_steps (ticket_code, journey_index, service, called_by, called_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [row["code"], row["journey_index"], row["service"], caller, iso(now)],
    )


def call_next(
    db: sqlite_utils.Database, routing: Routing, service_id: str, caller: str, now: datetime
) -> dict | None:
    """Call today's first waiting ticket of the service (priority, then place); None when nobody waits."""
    _service(routing, service_id)
    with transaction(db):
        # Chosen and marked under the write lock, so two desks never get the same ticket.
        raw = db.execute(
            f"SELECT {TICKET_COLUMNS} FROM tickets WHERE day = ? AND service = ? AND status = 'waiting'"
            f" ORDER BY {CALL_ORDER} LIMIT 1",
            [day_of(now), service_id],
        ).fetchone()
        if raw is None:
            return None
        row = as_row(raw)
        db.execute(
            "UPDATE tickets SET status = 'called', called_at = ?, called_by = ? WHERE code = ?",
            [iso(now), caller, row["code"]],
        )
        _open_step(db, row, caller, now)
        return append_ticket_event(db, routing, "ticket.called", row["code"], [service_id], now)


def done(db: sqlite_utils.Database, routing: Routing, code: str, now: datetime) -> dict:
    """Finish the called ticket's step: on to its journey's next service (keeping its place), or ended."""
    with transaction(db):
        row = _ticket(db, code, ("called",), "finish")
        _close_step(db, code, "done", now)
        journey = json.loads(row["journey"])
        step = row["journey_index"] + 1
        if step < len(journey):
            # queued_at goes back to the arrival: the visitor does not queue again from the end.
            db.execute(
                "UPDATE tickets SET service = ?, journey_index = ?, status = 'waiting',"
                " queued_at = created_at, called_at = NULL, called_by = NULL WHERE code = ?",
                [journey[step], step, code],
            )
            services = [row["service"], journey[step]]
            return append_ticket_event(
                db, routing, "ticket.moved", code, services, now, **{"from": row["service"]}
            )
        db.execute("UPDATE tickets SET status = 'done', done_at = ? WHERE code = ?", [iso(now), code])
        return append_ticket_event(db, routing, "ticket.done", code, [row["service"]], now)


def no_show(db: sqlite_utils.Database, routing: Routing, code: str, now: datetime) -> dict:
    """The called visitor did not come: the ticket ends as no-show (a recall can still bring it back)."""
    with transaction(db):
        row = _ticket(db, code, ("called",), "mark as no-show")
        _close_step(db, code, "no_show", now)
        db.execute("UPDATE tickets SET status = 'no_show', done_at = ? WHERE code = ?", [iso(now), code])
        return append_ticket_event(db, routing, "ticket.no_show", code, [row["service"]], now)


def recall(db: sqlite_utils.Database, routing: Routing, code: str, caller: str, now: datetime) -> dict:
    """Call a called (or no-show) ticket again; the new event lets displays announce it again."""
    with transaction(db):
        row = _ticket(db, code, ("called", "no_show"), "recall")
        if row["status"] == "called":
            # The visit starts when the visitor comes, so the step's time counts from the last call.
            db.execute(
                "UPDATE ticket_steps SET called_at = ?, called_by = ?"
                " WHERE ticket_code = ? AND ended_at IS NULL",
                [iso(now), caller, code],
            )
        else:
            _open_step(db, row, caller, now)
        db.execute(
            "UPDATE tickets SET status = 'called', called_at = ?, called_by = ?, done_at = NULL"
            " WHERE code = ?",
            [iso(now), caller, code],
        )
        return append_ticket_event(db, routing, "ticket.recalled", code, [row["service"]], now)


def transfer(db: sqlite_utils.Database, routing: Routing, code: str, service_id: str, now: datetime) -> dict:
    """Hand a waiting or called ticket to another on-site service, waiting at the end of its queue.

    The transfer replaces the current step of the journey; later steps still follow.
    """
    target = routing.service(service_id)
    if target is None:
        raise QueueError(422, "unknown_service", f"no service {service_id!r} in the routing", "service")
    if target.scheduled:
        message = f"{service_id!r} is a scheduled service: it takes bookings, not a queue"
        raise QueueError(422, "not_onsite", message, "service")
    with transaction(db):
        row = _ticket(db, code, ("waiting", "called"), "transfer")
        if row["service"] == service_id:
            message = f"{row['number']} is already at {service_id!r}"
            raise QueueError(409, "same_service", message, code)
        if row["status"] == "called":
            _close_step(db, code, "transferred", now)
        journey = json.loads(row["journey"])
        journey[row["journey_index"]] = service_id
        db.execute(
            "UPDATE tickets SET service = ?, journey = ?, status = 'waiting', queued_at = ?,"
            " called_at = NULL, called_by = NULL WHERE code = ?",
            [service_id, json.dumps(journey), iso(now), code],
        )
        services = [row["service"], service_id]
        return append_ticket_event(
            db, routing, "ticket.transferred", code, services, now, **{"from": row["service"]}
        )


def set_available(
    db: sqlite_utils.Database, routing: Routing, service_id: str, available: bool, now: datetime
) -> dict:
    """Mark a service present or away (an event only when it changes); the service's state."""
    _service(routing, service_id)
    with transaction(db):
        before = db.execute(
            "SELECT available FROM service_availability WHERE service = ?", [service_id]
        ).fetchone()
        if (bool(before[0]) if before else True) != available:
            db.execute(
                "INSERT INTO service_availability (service, available, changed_at) VALUES (?, ?, ?)"
                " ON CONFLICT (service) DO UPDATE SET available = excluded.available,"
                " changed_at = excluded.changed_at",
                [service_id, int(available), iso(now)],
            )
            changes = queue_changes(db, routing, [service_id], now)
            append_event(db, "service.availability", now, {"service": service_id, **changes})
            return changes["services"][0]
        return queue_changes(db, routing, [service_id], now)["services"][0]
