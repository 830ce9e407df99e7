"""The call order is written once (kiosk.core.call_order): the hub's SQL and the clients' sort agree."""

import sqlite3

from kiosk.core.call_order import call_order_key, order_by


def test_the_sql_is_built_from_the_order():
    assert order_by() == "priority DESC, queued_at, rowid"


def test_sql_and_sort_key_put_the_same_tickets_in_the_same_order():
    tickets = [
        {"number": "A001", "priority": 0, "queued_at": "2025-01-07T09:00:00.000+02:00"},
        {"number": "A002", "priority": 0, "queued_at": "2025-01-07T08:59:00.000+02:00"},
        {"number": "D001", "priority": 100, "queued_at": "2025-01-07T09:30:00.000+02:00"},
        {"number": "A003", "priority": 0, "queued_at": "2025-01-07T09:00:00.000+02:00"},
    ]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE tickets (number TEXT, priority INTEGER, queued_at TEXT)")
    db.executemany("INSERT INTO tickets VALUES (:number, :priority, :queued_at)", tickets)
    by_sql = [row[0] for row in db.execute(f"SELECT number FROM tickets ORDER BY {order_by()}")]
    by_key = [t["number"] for t in sorted(tickets, key=call_order_key)]
    assert by_sql == by_key == ["D001", "A002", "A001", "A003"]


def test_a_ticket_without_priority_or_queue_time_still_sorts():
    assert (
        sorted([{"number": "B1", "priority": None}, {"number": "B0"}], key=call_order_key)[0]["number"]
        == "B0"
    )
