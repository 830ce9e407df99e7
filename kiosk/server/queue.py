"""The queue service: one function per change, each one transaction that also appends its event."""

from __future__ import annotations

import json
import secrets
import statistics
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.call_order import order_by
from kiosk.core.clock import HELSINKI
from kiosk.core.positions import ahead_sql
from kiosk.core.routing import AnswerError, Routing, Service, fallback, resolve
from kiosk.core.shapes import service_fields, service_json
from kiosk.core.waits import arrival_wait, ticket_wait
from kiosk.server.openings import Closed, free_slots, walk_ins_closed
from kiosk.server.store import append_event, iso, last_seq, transaction

DEFAULT_SERVICE_MINUTES = 8.0
"""The guess for one visit's length before a service has any finished tickets."""
HISTORY = 20
"""How many recent finished tickets the service-time median looks at."""

TICKET_COLUMNS = (
    "code, number, day, service, journey, journey_index, status, priority, lang,"
    " created_at, queued_at, called_at, called_by, done_at, rowid"
)
"""A ticket's row as the queue reads it; `rowid` is the call order's last tie-break (positions.py)."""
CALL_ORDER = order_by()
"""SQL terms of the call order (`kiosk.core.call_order`)."""


class QueueError(ValueError):
    """A request the queue refuses: `status` (HTTP), `code` (machine), `where` (field or id), message."""

    def __init__(self, status: int, code: str, message: str, where: str | None = None):
        self.status = status
        self.code = code
        self.where = where
        super().__init__(message)


def day_of(now: datetime) -> str:
    """The Helsinki calendar day a moment falls on: numbering restarts on it."""
    return now.astimezone(HELSINKI).date().isoformat()


_KEYS = tuple(k.strip() for k in TICKET_COLUMNS.split(","))


def as_row(cursor_row: tuple) -> dict:
    return dict(zip(_KEYS, cursor_row, strict=True))


def ticket_row(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.execute(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE code = ?", [code]).fetchone()
    return as_row(row) if row else None


def ticket_json(row: dict, *, position: int, estimated_wait_minutes: int) -> dict:
    """TICKET: what every client sees of a ticket. `position` is 0 once it is no longer waiting."""
    return {
        "code": row["code"],
        "number": row["number"],
        "service": row["service"],
        "journey": json.loads(row["journey"]),
        "status": row["status"],
        "position": position,
        "estimated_wait_minutes": estimated_wait_minutes,
        "priority": row["priority"],
        "lang": row["lang"],
        "created_at": row["created_at"],
        "status_url": f"/t/{row['code']}",
        "journey_index": row["journey_index"],
        "queued_at": row["queued_at"],
        "called_at": row["called_at"],
        "called_by": row["called_by"],
    }


@dataclass(frozen=True)
class Pace:
    """How fast a service goes: the median minutes of one visit, and how many desks serve in parallel."""

    minutes: float = DEFAULT_SERVICE_MINUTES
    desks: int = 1

    @property
    def minutes_each(self) -> float:
        return self.minutes / self.desks


def service_pace(db: sqlite_utils.Database, service_id: str) -> Pace:
    """From the service's own last finished steps (call to done at THAT service, whatever the journey).

    Desks are the distinct callers among those same steps: it changes only when the service finishes
    a visit, so an estimate never drifts between two events.
    """
    rows = db.execute(
        "SELECT called_at, ended_at, called_by FROM ticket_steps WHERE service = ? AND outcome = 'done'"
        " ORDER BY ended_at DESC, id DESC LIMIT ?",
        [service_id, HISTORY],
    ).fetchall()
    spans = [
        (datetime.fromisoformat(ended) - datetime.fromisoformat(called)).total_seconds() / 60
        for called, ended, _ in rows
    ]
    spans = [s for s in spans if s >= 0]
    if not spans:
        return Pace()
    return Pace(statistics.median(spans), max(1, len({by for _, _, by in rows})))


def _counts(db: sqlite_utils.Database, day: str, service_id: str) -> tuple[int, int]:
    """(waiting, called) of a service on `day`, as the triggers keep them (store `queue_counts`)."""
    row = db.execute(
        "SELECT waiting, called FROM queue_counts WHERE day = ? AND service = ?", [day, service_id]
    ).fetchone()
    return (row[0], row[1]) if row else (0, 0)


_AHEAD = (
    "SELECT COUNT(*) FROM tickets INDEXED BY tickets_call_order"
    f" WHERE day = :day AND service = :service AND status = 'waiting' AND ({ahead_sql()})"
)


def position(db: sqlite_utils.Database, code: str) -> int:
    """The ticket's place among its service's waiting tickets of its day (1 is next), counted on the
    call-order index; 0 when it is not waiting (or unknown)."""
    row = ticket_row(db, code)
    return _place(db, row) if row is not None and row["status"] == "waiting" else 0


def _place(db: sqlite_utils.Database, row: dict) -> int:
    """The place of the waiting ticket whose row the caller holds: one count on the index."""
    return db.execute(_AHEAD, row).fetchone()[0] + 1


@dataclass(frozen=True)
class _State:
    """What one service's queue is now: its counts and pace."""

    waiting: int
    called: int
    minutes_each: float


def _state_of(db: sqlite_utils.Database, day: str, service_id: str) -> _State:
    """The state of a service's queue (a scheduled one holds its checked-in bookings; a service a
    newer routing no longer has still holds its waiting tickets)."""
    waiting, called = _counts(db, day, service_id)
    return _State(waiting, called, service_pace(db, service_id).minutes_each)


def _ticket_with_place(db: sqlite_utils.Database, row: dict, state: _State | None = None) -> dict:
    """TICKET with its place (one indexed count) and wait; `state`: its service's, when known."""
    if row["status"] != "waiting":
        return ticket_json(row, position=0, estimated_wait_minutes=0)
    if state is None:
        state = _state_of(db, row["day"], row["service"])
    place = _place(db, row)
    return ticket_json(
        row, position=place, estimated_wait_minutes=ticket_wait(place, state.called, state.minutes_each)
    )


def current_ticket(db: sqlite_utils.Database, code: str) -> dict | None:
    """TICKET for `code` with its position and wait as of now, or None. Costs one indexed count,
    whatever the length of the queue."""
    row = ticket_row(db, code)
    return _ticket_with_place(db, row) if row is not None else None


def queue_snapshot(db: sqlite_utils.Database, routing: Routing, now: datetime) -> dict:
    """Today's waiting and called tickets and each service's waiting count and wait, with the last seq.

    One ordered read of today's open tickets: the places are their ranks (kiosk/core/positions.py).
    """
    day = day_of(now)
    rows = [
        as_row(raw)
        for raw in db.execute(
            f"SELECT {TICKET_COLUMNS} FROM tickets WHERE day = ? AND status = 'waiting'"
            f" ORDER BY {CALL_ORDER}",
            [day],
        )
    ]
    states = {service.id: _state_of(db, day, service.id) for service in routing.services}
    per_service: dict[str, list[dict]] = {}
    for row in rows:
        queue = per_service.setdefault(row["service"], [])
        state = states.get(row["service"])
        if state is None:  # a service the active routing no longer has: its tickets still wait
            state = states[row["service"]] = _state_of(db, day, row["service"])
        place = len(queue) + 1
        wait = ticket_wait(place, state.called, state.minutes_each)
        queue.append(ticket_json(row, position=place, estimated_wait_minutes=wait))
    tickets = [ticket for queue in per_service.values() for ticket in queue]
    called = db.execute(
        f"SELECT {TICKET_COLUMNS} FROM tickets WHERE day = ? AND status = 'called' ORDER BY called_at, rowid",
        [day],
    ).fetchall()
    tickets += [ticket_json(as_row(raw), position=0, estimated_wait_minutes=0) for raw in called]
    away = away_services(db)
    services = [_service_state(service, states[service.id], away) for service in routing.services]
    return {"seq": last_seq(db), "tickets": tickets, "services": services}


def _service_state(service: Service, state: _State, away: set[str]) -> dict:
    """A service's state as every client reads it: with `called` and `minutes_each`, a client computes
    each waiting ticket's wait itself (kiosk/core/waits.py)."""
    return {
        **service_fields(service),
        "available": service.id not in away,
        "waiting": state.waiting,
        "called": state.called,
        "minutes_each": round(state.minutes_each, 4),
        "estimated_wait_minutes": (
            arrival_wait(state.waiting, state.called, state.minutes_each) if not service.scheduled else 0
        ),
    }


def append_ticket_event(
    db: sqlite_utils.Database,
    routing: Routing,
    type_: str,
    code: str,
    service_ids: list[str],
    now: datetime,
    **extra,
) -> dict:
    """Append a change's event inside its transaction: the ticket as it is now (its service among
    `service_ids`), the states of those services, and `extra`; the TICKET.

    Only what changed: a client computes the other waiting tickets' places from its own list.
    """
    row = ticket_row(db, code)
    assert row is not None
    day = day_of(now)
    states = _states(db, routing, service_ids, day)
    known = states.get(row["service"]) if row["day"] == day else None
    ticket = _ticket_with_place(db, row, known[1] if known else None)
    services = _services_json(db, states)
    append_event(db, type_, now, {"ticket": ticket, "services": services, **extra}, ticket_code=code)
    return ticket


def _states(
    db: sqlite_utils.Database, routing: Routing, service_ids, day: str
) -> dict[str, tuple[Service, _State]]:
    """{id: (service, its state)} of `service_ids` the routing has, in their first order."""
    states = {}
    for sid in dict.fromkeys(service_ids):
        service = routing.service(sid)
        if service is not None:
            states[sid] = (service, _state_of(db, day, service.id))
    return states


def _services_json(db: sqlite_utils.Database, states: dict[str, tuple[Service, _State]]) -> list[dict]:
    away = away_services(db)
    return [_service_state(service, state, away) for service, state in states.values()]


def queue_changes(db: sqlite_utils.Database, routing: Routing, service_ids, now: datetime) -> dict:
    """`{"services": [state]}`: the states of `service_ids` now, as a change's event carries them."""
    return {"services": _services_json(db, _states(db, routing, service_ids, day_of(now)))}


def away_services(db: sqlite_utils.Database) -> set[str]:
    """Ids of the services marked away (a service never marked is present)."""
    return {row[0] for row in db.execute("SELECT service FROM service_availability WHERE available = 0")}


def present_route(routing: Routing, route: list[str], away: set[str]) -> list[str]:
    """The route without its away on-site services; the fallback when none is left.

    The fallback is used even when it too is marked away: there is nowhere else to send a visitor.
    """
    return [sid for sid in route if sid not in away] or [routing.fallback]


def _next_number(db: sqlite_utils.Database, prefix: str, day: str) -> str:
    last = db.execute(
        "INSERT INTO ticket_counters (prefix, day, last) VALUES (?, ?, 1)"
        " ON CONFLICT (prefix, day) DO UPDATE SET last = last + 1 RETURNING last",
        [prefix, day],
    ).fetchone()[0]
    return f"{prefix}{last:03d}"


def _cached_visit(db: sqlite_utils.Database, key: str) -> tuple[int, dict] | None:
    row = db.execute("SELECT status_code, body FROM visits WHERE key = ?", [key]).fetchone()
    return (row[0], json.loads(row[1])) if row else None


def create_visit(
    db: sqlite_utils.Database,
    routing: Routing,
    version_id: int | None,
    *,
    lang: str,
    answers: dict[str, str],
    key: str,
    fallback: bool = False,
    now: datetime,
) -> tuple[int, dict]:
    """A finished visit: (201, queued ticket), (200, book) or (200, closed: no walk-ins now, nothing
    written); the same key replays its first ticket."""
    cached = _cached_visit(db, key)
    if cached:
        return cached
    if lang not in routing.languages:
        raise QueueError(
            422,
            "unknown_lang",
            f"unknown language {lang!r}: use one of {', '.join(routing.languages)}",
            "lang",
        )
    outcome = _decide(routing, answers, fallback)
    first = routing.service(outcome.route[0])
    if first is not None and not first.scheduled:
        outcome.route = present_route(routing, outcome.route, away_services(db))
        first = routing.service(outcome.route[0])
    assert first is not None, "a checked routing only routes to existing services"
    if first.scheduled:
        # Nothing to write until a slot is booked; booking works even while the centre is closed.
        slots = [slot.json() for slot in free_slots(db, first, now)]
        return 200, {"outcome": "book", "service": service_json(first), "slots": slots}
    closed = walk_ins_closed(db, routing, now)
    if closed is not None:
        # Nothing written either: a visitor who comes back tomorrow gets a ticket then.
        return 200, _closed_json(routing, first, closed)
    with transaction(db):
        # Re-check under the write lock: a racing request with the same key may have just committed.
        cached = _cached_visit(db, key)
        if cached:
            return cached
        day = day_of(now)
        prefix = routing.ticket_prefix(first)
        code = secrets.token_urlsafe(12)
        db.execute(
            "INSERT INTO tickets (code, number, prefix, day, service, journey, journey_index, status,"
            " priority, lang, answers, routing_version, visit_key, created_at, queued_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 0, 'waiting', ?, ?, ?, ?, ?, ?, ?)",
            [
                code, _next_number(db, prefix, day), prefix, day, first.id,
                json.dumps(outcome.route), outcome.priority, lang, json.dumps(dict(outcome.path)), version_id,
                key, iso(now), iso(now),
            ],
        )  # fmt: skip
        ticket = append_ticket_event(db, routing, "ticket.created", code, [first.id], now)
        body = {"outcome": "queued", "ticket": ticket}
        db.execute(
            "INSERT INTO visits (key, status_code, body, ticket_code, created_at) VALUES (?, 201, ?, ?, ?)",
            [key, json.dumps(body, ensure_ascii=False), code, iso(now)],
        )
    return 201, body


def _closed_json(routing: Routing, service: Service, closed: Closed) -> dict:
    """The `closed` outcome: the service the visitor would have queued for, why, and when to come back."""
    return {
        "outcome": "closed",
        "reason": closed.reason,
        "opens": iso(closed.opens) if closed.opens else None,
        "service": service_json(service),
        "hours": [vars(block).copy() for block in routing.centre.hours],
    }


def _decide(routing: Routing, answers: dict[str, str], wants_person: bool):
    """The routing engine's outcome; its refusals become 422s naming the question at fault."""
    try:
        return fallback(routing, answers) if wants_person else resolve(routing, answers)
    except AnswerError as error:
        raise QueueError(422, "bad_answers", str(error), f"answers.{error.where}") from None
