"""A generated month at the Kokoomo centre, made through the real core functions on a moving clock, and
the figures it should give, computed here from the generator's own log (never by kiosk.server.stats).

Used by tests/test_stats.py and tests/test_retention.py (and to time GET /api/stats).
"""

from __future__ import annotations

import heapq
import math
import random
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk.core.clock import HELSINKI
from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import Routing, loads
from kiosk.server import bookings, staff_actions, store
from kiosk.server.openings import free_slots
from kiosk.server.queue import create_visit

FIRST_DAY = date(2026, 2, 2)  # a Monday
LAST_DAY = date(2026, 3, 1)  # a Sunday: four whole weeks, 20 working days
LATEST = time(22, 0)
"""Desks stop calling at this hour; what still waits then is never called (as in life)."""


@dataclass
class TicketLog:
    day: str
    created: datetime
    service: str
    walk_in: bool
    first_answer: str | None = None
    joined: datetime | None = None
    first_call: tuple[datetime, str] | None = None
    end: str | None = None


@dataclass
class Month:
    tickets: dict[str, TicketLog] = field(default_factory=dict)
    bookings: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (slot day, final status)


def onsite_paths(routing: Routing) -> list[tuple[dict, list[str]]]:
    """Every full path of answers ending in on-site services, with its route."""
    found = []

    def walk(qid: str, answers: dict) -> None:
        question = routing.question(qid)
        for answer in question.answers:
            taken = {**answers, qid: answer.id}
            if answer.route is not None:
                if not routing.service(answer.route[0]).scheduled:
                    found.append((taken, list(answer.route)))
            elif answer.next:
                walk(answer.next, taken)

    walk(routing.start, {})
    return found


def closing(day: date) -> time:
    return time(14, 0) if day.weekday() == 4 else time(15, 0)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), HELSINKI)


def generate(db_path: Path, seed: int = 6) -> Month:
    """Write a month of visits, calls, finishes, no-shows, transfers and bookings into `db_path`."""
    rng = random.Random(seed)
    db = store.open_db(db_path)
    db.execute("PRAGMA synchronous = OFF")  # only the generator's speed: the data is the same
    text = DEFAULT_ROUTING.read_text(encoding="utf-8")
    routing = loads(text)
    version = store.publish_routing(db, text, note="the month", now=at(FIRST_DAY, 7))
    paths = onsite_paths(routing)
    first_question = routing.question(routing.start)
    with_next = [a.id for a in first_question.answers if a.next]
    onsite = [s.id for s in routing.services if not s.scheduled]
    scheduled = [s for s in routing.services if s.scheduled]
    free = defaultdict(lambda: 1)
    free["coordinator"] = 2
    month = Month()
    queue: list = []
    order = 0

    def later(moment: datetime, action: str, *args) -> None:
        nonlocal order
        order += 1
        heapq.heappush(queue, (moment, order, action, args))

    day = FIRST_DAY
    while day <= LAST_DAY:
        later(at(day, 8), "open", day)
        day += timedelta(days=1)

    while queue:
        now, _, action, args = heapq.heappop(queue)
        if now.time() > LATEST and action in ("call", "finish", "no_show", "transfer"):
            continue  # the desks have gone home
        if action == "open":
            (today,) = args
            if today.weekday() < 5:
                start, end = at(today, 9), datetime.combine(today, closing(today), HELSINKI)
                minutes = int((end - start).total_seconds() // 60) - 30
                for _ in range(rng.randint(125, 165)):
                    later(start + timedelta(minutes=rng.randrange(minutes)), "arrive")
            for service in scheduled:
                # Bookings made today for the coming week.
                slots = [
                    s for s in free_slots(db, service, now) if s.start.date() <= today + timedelta(days=7)
                ]
                for slot in rng.sample(slots, min(len(slots), rng.randint(0, 3))):
                    made = bookings.create_booking(
                        db, routing, version, service_id=service.id, start=store.iso(slot.start),
                        lang=rng.choice(["fi", "sv", "en"]), key=f"b{order}-{rng.random()}", now=now,
                    )  # fmt: skip
                    month.bookings[made["id"]] = (slot.start.date().isoformat(), "booked")
                    fate = rng.random()
                    if fate < 0.55:
                        later(
                            slot.start - timedelta(minutes=rng.randint(5, 25)), "check_in", made, service.id
                        )
                    elif fate < 0.75:
                        later(slot.start + timedelta(minutes=20), "booking_no_show", made)
                    elif fate < 0.9:
                        later(now + timedelta(hours=1), "cancel", made)
        elif action == "arrive":
            kind = rng.random()
            if kind < 0.06:
                answers, fallback, first = {}, True, None
            elif kind < 0.1:
                choice = rng.choice(with_next)
                answers, fallback, first = {routing.start: choice}, True, choice
            else:
                answers, _ = rng.choice(paths)
                fallback, first = False, answers[routing.start]
            status, body = create_visit(
                db, routing, version, lang=rng.choice(["fi", "sv", "en"]), answers=answers,
                key=f"v{order}", fallback=fallback, now=now,
            )  # fmt: skip
            assert status == 201, body
            ticket = body["ticket"]
            month.tickets[ticket["code"]] = TicketLog(
                now.date().isoformat(), now, ticket["service"], True, first, joined=now
            )
            later(now, "call", ticket["service"])
        elif action == "check_in":
            made, service_id = args
            result = bookings.check_in(db, routing, version, made["code"], now)
            ticket = result["ticket"]
            start = datetime.fromisoformat(made["start"])
            month.tickets[ticket["code"]] = TicketLog(
                now.date().isoformat(), now, service_id, False, joined=max(now, start)
            )
            month.bookings[made["id"]] = (month.bookings[made["id"]][0], "checked_in")
            later(max(now, start) + timedelta(minutes=rng.randint(0, 6)), "call", service_id)
        elif action == "booking_no_show":
            (made,) = args
            bookings.no_show(db, routing, made["code"], now)
            month.bookings[made["id"]] = (month.bookings[made["id"]][0], "no_show")
        elif action == "cancel":
            (made,) = args
            bookings.cancel(db, routing, made["code"], now)
            month.bookings[made["id"]] = (month.bookings[made["id"]][0], "cancelled")
        elif action == "call":
            (service_id,) = args
            if free[service_id] <= 0:
                continue
            ticket = staff_actions.call_next(db, routing, service_id, f"desk-{service_id}", now)
            if ticket is None:
                continue
            free[service_id] -= 1
            log = month.tickets[ticket["code"]]
            if log.first_call is None:
                log.first_call = (now, service_id)
            fate = rng.random()
            if fate < 0.08:
                later(now + timedelta(minutes=3), "no_show", ticket["code"], service_id)
            elif fate < 0.11 and service_id in onsite:
                target = rng.choice([s for s in onsite if s != service_id])
                later(now + timedelta(minutes=2), "transfer", ticket["code"], service_id, target)
            else:
                later(now + timedelta(minutes=rng.randint(3, 16)), "finish", ticket["code"], service_id)
        elif action == "finish":
            code, service_id = args
            ticket = staff_actions.done(db, routing, code, now)
            free[service_id] += 1
            if ticket["status"] == "done":
                month.tickets[code].end = "done"
            else:
                later(now, "call", ticket["service"])
            later(now + timedelta(minutes=1), "call", service_id)
        elif action == "no_show":
            code, service_id = args
            staff_actions.no_show(db, routing, code, now)
            month.tickets[code].end = "no_show"
            free[service_id] += 1
            later(now + timedelta(minutes=1), "call", service_id)
        elif action == "transfer":
            code, service_id, target = args
            staff_actions.transfer(db, routing, code, target, now)
            free[service_id] += 1
            later(now + timedelta(minutes=1), "call", service_id)
            later(now, "call", target)
    db.conn.close()
    return month


def nearest_rank_p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(len(ordered) * 9 / 10) - 1]


def expected(month: Month, first: date, last: date) -> dict:
    """The figures of the days first..last from the generator's log: what GET /api/stats must say."""
    days = {(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)}
    tickets = [t for t in month.tickets.values() if t.day in days]
    per_day = Counter(t.day for t in tickets)
    waits: dict[str, list[float]] = defaultdict(list)
    for t in tickets:
        if t.first_call:
            called, service = t.first_call
            waits[service].append((called - t.joined).total_seconds() / 60)
    every = [m for ms in waits.values() for m in ms]
    ended = Counter(t.end for t in tickets if t.end)
    booked = Counter(status for day, status in month.bookings.values() if day in days)

    def ranked(counter: Counter, name: str) -> list[dict]:
        return [
            {name: k, "count": n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0] or ""))
        ]

    def wait(values):
        if not values:
            return {"median_minutes": None, "p90_minutes": None, "count": 0}
        return {
            "median_minutes": round(statistics.median(values), 1),
            "p90_minutes": round(nearest_rank_p90(values), 1),
            "count": len(values),
        }

    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "visitors": len(tickets),
        "visitors_per_day": [{"date": d, "count": per_day[d]} for d in sorted(days)],
        "per_hour": [{"hour": h, "count": sum(1 for t in tickets if t.created.hour == h)} for h in range(24)],
        "per_service": ranked(Counter(t.service for t in tickets), "service"),
        "per_first_answer": ranked(Counter(t.first_answer for t in tickets if t.walk_in), "answer"),
        "waits": {
            "all": wait(every),
            "per_service": [
                {"service": s, **wait(ms)}
                for s, ms in sorted(waits.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            ],
        },
        "no_show_rate": round(ended["no_show"] / (ended["done"] + ended["no_show"]), 4),
        "bookings": {
            "made": sum(booked.values()),
            "kept": booked["checked_in"],
            "no_show": booked["no_show"],
            "cancelled": booked["cancelled"],
        },
    }
