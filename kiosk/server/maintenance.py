"""The hub's upkeep, so a database left alone for months stays small and quick: the events table is kept
to its last `EVENTS_KEPT` rows (a screen further behind gets a snapshot instead, kiosk/server/hub/events.py),
the visits' replay keys to the last `REPLAY_KEYS_KEPT`, then `PRAGMA optimize` and a WAL checkpoint that
truncates the -wal file. The hub runs `tidy` every `EVERY` seconds (kiosk/server/hub/background.py).

Retention by days (kiosk/server/retention.py) still decides how long tickets and statistics stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from kiosk.core.clock import iso
from kiosk.server import store

EVERY = 300.0
"""Seconds between two runs of `tidy` in a running hub."""
EVENTS_KEPT = 3_000
"""The latest events kept: a busy day makes about 2,000 and a replay sends at most 300, so every screen's
catch-up is among them; a screen further behind gets a fresh snapshot, as for any gap."""
ANALYSIS_LIMIT = 400
"""Rows `PRAGMA optimize` samples per index when it refreshes the planner's statistics."""
REPLAY_KEYS_KEPT = timedelta(hours=24)
"""How long a visit's replay (idempotency) key and its reply are kept. A kiosk retries a visit for
seconds, at most minutes; a day keeps the promise that a key replays its ticket after closing time."""


@dataclass(frozen=True)
class Tidied:
    events: int  # rows deleted
    replay_keys: int  # rows deleted
    wal_bytes: int  # the -wal file's size before the checkpoint
    checkpointed: bool  # False when a reader kept the checkpoint from finishing (the next run tries again)


def prune_replay_keys(db: sqlite_utils.Database, now: datetime, kept: timedelta = REPLAY_KEYS_KEPT) -> int:
    """Forget the replay keys of visits made before `now - kept` (one transaction); how many."""
    with store.transaction(db):
        return db.execute("DELETE FROM visits WHERE created_at < ?", [iso(now - kept)]).rowcount


def wal_bytes(db: sqlite_utils.Database) -> int:
    """The size of the database's -wal file (0 when there is none)."""
    path = Path(db.execute("PRAGMA database_list").fetchone()[2] + "-wal")
    return path.stat().st_size if path.exists() else 0


def checkpoint(db: sqlite_utils.Database) -> bool:
    """`PRAGMA wal_checkpoint(TRUNCATE)`: copy the -wal into the database and empty the file; whether
    it finished (a reader still using older pages makes it give up; the next run tries again)."""
    busy, _log, _moved = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def tidy(
    db: sqlite_utils.Database,
    now: datetime,
    events_kept: int = EVENTS_KEPT,
    replay_keys_kept: timedelta = REPLAY_KEYS_KEPT,
) -> Tidied:
    """Prune the events and replay keys, let SQLite refresh its statistics, checkpoint the -wal.
    Run it on the writing connection with no transaction open (the hub holds its lock meanwhile)."""
    events = store.prune_events(db, events_kept)
    replay_keys = prune_replay_keys(db, now, replay_keys_kept)
    # A bounded ANALYZE where optimize finds one due: the lock is held milliseconds, not seconds,
    # however large the tables grew (SQLite's recommendation for optimize on a live database).
    db.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute("PRAGMA optimize")
    before = wal_bytes(db)
    return Tidied(events, replay_keys, before, checkpoint(db))
