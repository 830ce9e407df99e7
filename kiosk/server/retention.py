"""Retention: tickets, their steps, the visit replay cache, bookings and events are kept a set number of
days (30 unless the admin says otherwise), then deleted, after their day's figures went into the
statistics tables (kiosk/server/stats.py), all in one transaction: the figures never change, the rows go.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import sqlite_utils

from kiosk.core.clock import HELSINKI
from kiosk.server import stats, tokens
from kiosk.server.store import transaction

DEFAULT_DAYS = 30
SHORTEST = 7
LONGEST = 365
_KEY = "retention_days"


def retention_days(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_KEY]).fetchone()
    return int(row[0]) if row else DEFAULT_DAYS


def set_retention_days(db: sqlite_utils.Database, days: int) -> None:
    if not SHORTEST <= days <= LONGEST:
        raise ValueError(f"keep data {SHORTEST} to {LONGEST} days, not {days}")
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [_KEY, str(days)],
        )


def cutoff(now: datetime, days: int) -> date:
    """The first day kept: today and the `days` days before it stay."""
    return now.astimezone(HELSINKI).date() - timedelta(days=days)


def _store_figures(db: sqlite_utils.Database, days: dict[str, stats.Day]) -> None:
    for day, figures in days.items():
        for key, value in figures.counts.items():
            db.execute(
                "INSERT INTO stats_daily (day, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (day, key) DO UPDATE SET value = value + excluded.value",
                [day, key, value],
            )
        for service, minutes in figures.waits.items():
            row = db.execute(
                "SELECT minutes FROM stats_waits WHERE day = ? AND service = ?", [day, service]
            ).fetchone()
            kept = json.loads(row[0]) if row else []
            db.execute(
                "INSERT INTO stats_waits (day, service, minutes) VALUES (?, ?, ?)"
                " ON CONFLICT (day, service) DO UPDATE SET minutes = excluded.minutes",
                [day, service, json.dumps(kept + minutes)],
            )


def purge(db: sqlite_utils.Database, now: datetime, days: int | None = None) -> dict:
    """Move every day before the cutoff into the statistics tables and delete its rows (one
    transaction); what was deleted, by table. Ended admin sessions are forgotten too."""
    days = retention_days(db) if days is None else days
    first_kept = cutoff(now, days).isoformat()
    with transaction(db):
        oldest = db.execute(
            "SELECT MIN(day) FROM (SELECT MIN(day) AS day FROM tickets WHERE day < ?"
            " UNION ALL SELECT MIN(day) FROM bookings WHERE day < ?)",
            [first_kept, first_kept],
        ).fetchone()[0]
        if oldest is not None:
            last_purged = date.fromisoformat(first_kept) - timedelta(days=1)
            _store_figures(db, stats.live_days(db, date.fromisoformat(oldest), last_purged))
        old = "SELECT code FROM tickets WHERE day < ?"
        # A booking kept for a later day may point at a ticket made the evening before (an early
        # check-in): it keeps its status, the link goes.
        db.execute(f"UPDATE bookings SET ticket_code = NULL WHERE day >= ? AND ticket_code IN ({old})",
                   [first_kept, first_kept])  # fmt: skip
        deleted = {
            "visits": db.execute(
                f"DELETE FROM visits WHERE created_at < ? OR ticket_code IN ({old})", [first_kept, first_kept]
            ).rowcount,
            "ticket_steps": db.execute(
                f"DELETE FROM ticket_steps WHERE ticket_code IN ({old})", [first_kept]
            ).rowcount,
            "bookings": db.execute("DELETE FROM bookings WHERE day < ?", [first_kept]).rowcount,
            "tickets": db.execute("DELETE FROM tickets WHERE day < ?", [first_kept]).rowcount,
            # The newest event stays, so the feed's seq never falls back to 0.
            "events": db.execute(
                "DELETE FROM events WHERE at < ? AND seq < (SELECT MAX(seq) FROM events)", [first_kept]
            ).rowcount,
        }
        db.execute("DELETE FROM ticket_counters WHERE day < ?", [first_kept])
        deleted["sessions"] = tokens.forget_expired(db, now)
    return deleted
