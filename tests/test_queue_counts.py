"""The queue's counts are kept by triggers and a ticket's place is counted on the call-order index:
whatever happens to the tickets, they equal a full count, and a write costs the same on a long queue."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.server import retention, store
from kiosk.server import staff_actions as staff
from kiosk.server.queue import create_visit as make_visit
from kiosk.server.queue import current_ticket, position, queue_snapshot

ROUTES = [
    {"need": "work", "age": "under30", "work_young": "job"},  # coordinator
    {"need": "talk"},  # greeter
    {"need": "work", "age": "over30", "work_adult": "wage_support"},  # wassup, then coordinator
]
MORNING = datetime(2025, 3, 4, 9, 0, tzinfo=HELSINKI)


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "hub.db")
    yield database
    database.conn.close()


def counted(db) -> set[tuple]:
    return {
        tuple(row)
        for row in db.execute(
            "SELECT day, service, SUM(status = 'waiting'), SUM(status = 'called') FROM tickets"
            " WHERE status IN ('waiting', 'called') GROUP BY day, service"
        )
    }


def kept(db) -> set[tuple]:
    return {tuple(row) for row in db.execute("SELECT day, service, waiting, called FROM queue_counts")}


def test_counts_follow_every_change_and_the_purge(db, routing):
    rng = random.Random(3)
    when = MORNING - timedelta(days=3)
    for step in range(300):
        when += timedelta(minutes=rng.choice([1, 1, 2, 600]))
        codes = [
            row[0] for row in db.execute("SELECT code FROM tickets WHERE day = ?", [when.date().isoformat()])
        ]
        action = rng.random()
        try:
            if action < 0.45 or not codes:
                make_visit(db, routing, None, lang="fi", answers=rng.choice(ROUTES), key=f"k{step}", now=when)
            elif action < 0.65:
                staff.call_next(db, routing, rng.choice(["coordinator", "greeter", "wassup"]), "desk", when)
            elif action < 0.75:
                staff.done(db, routing, rng.choice(codes), when)
            elif action < 0.82:
                staff.no_show(db, routing, rng.choice(codes), when)
            elif action < 0.9:
                staff.recall(db, routing, rng.choice(codes), "desk", when)
            else:
                staff.transfer(db, routing, rng.choice(codes), rng.choice(["coordinator", "greeter"]), when)
        except staff.QueueError:
            pass  # a refused action changes nothing
        assert kept(db) == counted(db), f"step {step}"
    retention.purge(db, when, days=1)
    assert kept(db) == counted(db)


def test_places_counted_on_the_index_are_the_snapshots(db, routing):
    for i in range(40):
        make_visit(
            db,
            routing,
            None,
            lang="fi",
            answers=ROUTES[i % 2],
            key=f"k{i}",
            now=MORNING + timedelta(seconds=i),
        )
    staff.call_next(db, routing, "coordinator", "desk", MORNING + timedelta(minutes=5))
    snapshot = queue_snapshot(db, routing, MORNING + timedelta(minutes=6))
    for ticket in snapshot["tickets"]:
        assert position(db, ticket["code"]) == ticket["position"]
        assert current_ticket(db, ticket["code"]) == ticket


def test_the_place_is_counted_on_the_call_order_index(db):
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM tickets INDEXED BY tickets_call_order"
            " WHERE day = ? AND service = ? AND status = 'waiting' AND priority > ?",
            ["2025-03-04", "coordinator", 0],
        )
    )
    assert "COVERING INDEX tickets_call_order" in plan


def test_an_older_database_gets_its_counts_when_migrated(tmp_path, routing):
    path = tmp_path / "old.db"
    # The schema just before the counts came: the migration must count the tickets already there.
    old = store.open_db(path, upto=store.MIGRATIONS.index(store._queue_counts))
    rows = [("coordinator", "waiting"), ("coordinator", "waiting"), ("coordinator", "called")]
    rows += [("greeter", "waiting"), ("greeter", "done")]
    for i, (service, status) in enumerate(rows):
        old.execute(
            "INSERT INTO tickets (code, number, prefix, day, service, journey, status, lang, answers,"
            " created_at, queued_at) VALUES (?, ?, 'A', '2025-03-04', ?, '[]', ?, 'fi', '{}', '', '')",
            [f"c{i}", f"A{i:03d}", service, status],
        )
    old.conn.close()
    db = store.open_db(path)
    assert kept(db) == counted(db) == {("2025-03-04", "coordinator", 2, 1), ("2025-03-04", "greeter", 1, 0)}
    db.conn.close()
