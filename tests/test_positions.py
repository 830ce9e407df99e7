"""Places and waits are worked out once (kiosk/core/positions.py, waits.py): the hub counts on its
index, a screen follows joins and leaves; both must always give every waiting ticket the same place."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterable

from kiosk.core.call_order import call_order_key, order_by
from kiosk.core.positions import ahead_sql, join, leave
from kiosk.core.waits import arrival_wait, ticket_wait


def places(tickets: Iterable[dict]) -> dict[str, int]:
    """What both must agree with: {code: place} of the waiting tickets of ONE service, the whole list
    ranked by the call order afresh (1 is next)."""
    ranked = sorted((t for t in tickets if t.get("status") == "waiting"), key=call_order_key)
    return {ticket["code"]: i for i, ticket in enumerate(ranked, start=1)}


def _tickets(rng: random.Random, n: int) -> list[dict]:
    return [
        {
            "code": f"c{i}",
            "number": f"A{i:03d}",
            "service": rng.choice(["a", "b"]),
            "status": "waiting",
            "priority": rng.choice([0, 0, 0, 100]),
            "queued_at": f"2025-01-07T09:{rng.randrange(60):02d}:00.000+02:00",
        }
        for i in range(n)
    ]


def test_the_hubs_count_of_tickets_ahead_is_the_rank_in_the_call_order():
    rng = random.Random(7)
    tickets = _tickets(rng, 80)
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE tickets (code TEXT, number TEXT, service TEXT, priority INTEGER, queued_at TEXT)"
    )
    db.executemany(
        "INSERT INTO tickets VALUES (:code, :number, :service, :priority, :queued_at)", tickets
    )  # rowid follows the numbers, as on the hub
    for service in ("a", "b"):
        ranked = places(t for t in tickets if t["service"] == service)
        by_sql = [
            row[0]
            for row in db.execute(
                f"SELECT code FROM tickets WHERE service = ? ORDER BY {order_by()}", [service]
            )
        ]
        assert sorted(ranked, key=ranked.get) == by_sql
        for code, place in ranked.items():
            row = db.execute(
                "SELECT priority, queued_at, rowid FROM tickets WHERE code = ?", [code]
            ).fetchone()
            params = {"service": service, "priority": row[0], "queued_at": row[1], "rowid": row[2]}
            ahead = db.execute(
                f"SELECT COUNT(*) FROM tickets WHERE service = :service AND ({ahead_sql()})", params
            ).fetchone()[0]
            assert ahead + 1 == place


def test_a_screen_following_joins_and_leaves_keeps_every_place_the_hub_would_count():
    rng = random.Random(11)
    pool = _tickets(rng, 120)
    hub: list[dict] = []  # what the hub holds: places counted afresh
    screen: dict[str, dict] = {}  # what a screen holds: only the events' tickets
    for step in range(400):
        waiting = [t for t in hub if t["status"] == "waiting"]
        if pool and (not waiting or rng.random() < 0.55):
            ticket = pool.pop()
            hub.append(ticket)
            event_ticket = {
                **ticket,
                "position": places(t for t in hub if t["service"] == ticket["service"])[ticket["code"]],
            }
            screen[ticket["code"]] = dict(event_ticket)
            join(screen.values(), ticket["service"], event_ticket["position"], ticket["code"])
        elif waiting:
            ticket = rng.choice(waiting)  # called, moved on or transferred away: it leaves this queue
            held = screen.pop(ticket["code"])
            ticket["status"] = "called"
            leave(screen.values(), held["service"], held["position"])
        for service in ("a", "b"):
            counted = places(t for t in hub if t["service"] == service)
            held = {code: t["position"] for code, t in screen.items() if t["service"] == service}
            assert held == counted, f"step {step}"


def test_waits_count_the_ones_being_served_and_round_up():
    assert ticket_wait(1, 0, 8.0) == 0  # next, nobody being served
    assert ticket_wait(1, 1, 8.0) == 8
    assert ticket_wait(3, 1, 4.5) == 14  # three ahead: 13.5 rounds up
    assert ticket_wait(0, 5, 8.0) == 0  # not waiting
    assert arrival_wait(2, 1, 8.0) == 24
    assert ticket_wait(4, 0, 0.1) == 1  # 0.30000000000000004 is 0.3: rounded before ceil
