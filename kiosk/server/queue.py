"""The queue service: one function per change, each one transaction that also appends its event."""

from __future__ import annotations

import json
import math
import secrets
import statistics
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.call_order import order_by
from kiosk.core.clock import HELSINKI
from kiosk.core.routing import AnswerError, Routing, Service, fallback, resolve
from kiosk.core.shapes import service_fields, service_json
from kiosk.server.openings import Closed, free_slots, walk_ins_closed
from kiosk.server.store import append_event, iso, last_seq, transaction

DEFAULT_SERVICE_MINUTES = 8.0
"""The guess for one visit's length before a service has any finished tickets."""
HISTORY = 20
"""How many recent finished tickets the service-time median looks at."""

TICKET_COLUMNS = (
    "code, number, day, service, journey, journey_index, status, priority, lang,"
    " created_at, queued_at, called_at, called_by, done_at"
)
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


def wait_minutes(ahead: int, minutes_each: float) -> int:
    """Whole minutes (rounded up) for `ahead` visits, counting the one being served as a whole visit."""
    return math.ceil(round(ahead * minutes_each, 6)) if ahead > 0 else 0


@dataclass
class _ServiceQueue:
    waiting: list[dict]
    called: int
    pace: Pace
    _positions: dict[str, int] | None = None

    @property
    def minutes(self) -> float:
        return self.pace.minutes_each

    def position(self, code: str) -> int:
        if self._positions is None:
            self._positions = {row["code"]: i for i, row in enumerate(self.waiting, start=1)}
        return self._positions[code]


def _queues(
    db: sqlite_utils.Database, day: str, services: list[str] | None = None
) -> dict[str, _ServiceQueue]:
    """Today's waiting tickets per service (all, or `services`) in call order, with how many are served."""
    queues: dict[str, _ServiceQueue] = {}
    only = f" AND service IN ({', '.join('?' * len(services))})" if services is not None else ""
    rows = db.execute(
        f"SELECT {TICKET_COLUMNS} FROM tickets WHERE day = ? AND status IN ('waiting', 'called'){only}"
        f" ORDER BY {CALL_ORDER}",
        [day, *(services or [])],
    ).fetchall()
    for raw in rows:
        row = as_row(raw)
        queue = queues.get(row["service"])
        if queue is None:
            queue = queues[row["service"]] = _ServiceQueue([], 0, service_pace(db, row["service"]))
        if row["status"] == "waiting":
            queue.waiting.append(row)
        else:
            queue.called += 1
    return queues


def _ticket_with_place(row: dict, queues: dict[str, _ServiceQueue]) -> dict:
    queue = queues.get(row["service"])
    if row["status"] != "waiting" or queue is None:
        return ticket_json(row, position=0, estimated_wait_minutes=0)
    position = queue.position(row["code"])
    ahead = position - 1 + queue.called
    return ticket_json(row, position=position, estimated_wait_minutes=wait_minutes(ahead, queue.minutes))


def current_ticket(db: sqlite_utils.Database, code: str) -> dict | None:
    """TICKET for `code` with its position and wait as of now, or None."""
    row = ticket_row(db, code)
    if row is None:
        return None
    return _ticket_with_place(row, _queues(db, row["day"], [row["service"]]))


def queue_snapshot(db: sqlite_utils.Database, routing: Routing, now: datetime) -> dict:
    """Today's waiting and called tickets and each service's waiting count and wait, with the last seq."""
    queues = _queues(db, day_of(now))
    tickets = [_ticket_with_place(row, queues) for q in queues.values() for row in q.waiting]
    called = db.execute(
        f"SELECT {TICKET_COLUMNS} FROM tickets WHERE day = ? AND status = 'called' ORDER BY called_at, rowid",
        [day_of(now)],
    ).fetchall()
    tickets += [_ticket_with_place(as_row(raw), queues) for raw in called]
    away = away_services(db)
    services = [_service_state(db, service, queues, away) for service in routing.services]
    return {"seq": last_seq(db), "tickets": tickets, "services": services}


def _service_state(db: sqlite_utils.Database, service: Service, queues: dict, away: set[str]) -> dict:
    queue = queues.get(service.id)
    waiting = len(queue.waiting) if queue else 0
    ahead = waiting + (queue.called if queue else 0)
    minutes = queue.minutes if queue else service_pace(db, service.id).minutes_each
    return {
        **service_fields(service),
        "available": service.id not in away,
        "waiting": waiting,
        "estimated_wait_minutes": wait_minutes(ahead, minutes) if not service.scheduled else 0,
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
    `service_ids`), `queue_changes` of those services, and `extra`; the TICKET.
    """
    service_ids = list(dict.fromkeys(service_ids))
    queues = _queues(db, day_of(now), service_ids)
    row = ticket_row(db, code)
    assert row is not None
    ticket = _ticket_with_place(row, queues)
    body = {"ticket": ticket, **queue_changes(db, routing, service_ids, now, queues), **extra}
    append_event(db, type_, now, body, ticket_code=code)
    return ticket


def queue_changes(
    db: sqlite_utils.Database, routing: Routing, service_ids, now: datetime, queues: dict | None = None
) -> dict:
    """What a change did to the queues of `service_ids`: their states and every waiting ticket's place.

    Every ticket event carries this, so a client's model matches `GET /api/queue` without refetching.
    """
    service_ids = list(dict.fromkeys(service_ids))
    if queues is None:
        queues = _queues(db, day_of(now), service_ids)
    away = away_services(db)
    services, places = [], []
    for sid in service_ids:
        service = routing.service(sid)
        if service is None:
            continue
        services.append(_service_state(db, service, queues, away))
        queue = queues.get(sid)
        for position, row in enumerate(queue.waiting if queue else [], start=1):
            ahead = position - 1 + queue.called
            wait = wait_minutes(ahead, queue.minutes)
            places.append(
                {"code": row["code"], "service": sid, "position": position, "estimated_wait_minutes": wait}
            )
    return {"services": services, "places": places}


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
