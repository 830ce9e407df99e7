"""The hub's SQLite database: opening it, its schema as numbered migrations, and the transaction helper."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlite_utils

from kiosk.core.clock import iso
from kiosk.server import storage


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says why in one line."""


def _initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE routing_versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            yaml TEXT NOT NULL,
            created_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE tickets (
            code TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            prefix TEXT NOT NULL,
            day TEXT NOT NULL,
            service TEXT NOT NULL,
            journey TEXT NOT NULL,
            journey_index INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no_show')),
            priority INTEGER NOT NULL DEFAULT 0,
            lang TEXT NOT NULL,
            answers TEXT NOT NULL,
            routing_version INTEGER REFERENCES routing_versions(id),
            visit_key TEXT UNIQUE,
            created_at TEXT NOT NULL,
            called_at TEXT,
            done_at TEXT,
            UNIQUE (day, number)
        )"""
    )
    db.execute(
        """CREATE TABLE ticket_counters (
            prefix TEXT NOT NULL,
            day TEXT NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (prefix, day)
        )"""
    )
    db.execute(
        """CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            type TEXT NOT NULL,
            ticket_code TEXT,
            body TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE tokens (
            token_hash TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )


def _visits_and_indexes(db: sqlite_utils.Database) -> None:
    # The exact response of each visit, so a replayed key gets the same body byte for byte.
    db.execute(
        """CREATE TABLE visits (
            key TEXT PRIMARY KEY,
            status_code INTEGER NOT NULL,
            body TEXT NOT NULL,
            ticket_code TEXT REFERENCES tickets(code),
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX tickets_day_service_status ON tickets (day, service, status)")
    db.execute("CREATE INDEX events_ticket ON events (ticket_code)")


def _staff_calls(db: sqlite_utils.Database) -> None:
    # queued_at orders the queue: the arrival for a new ticket or a journey's next step, the moment
    # of a transfer (the end of the other queue). called_by is an anonymous id of the calling token.
    db.execute("ALTER TABLE tickets ADD COLUMN queued_at TEXT")
    db.execute("UPDATE tickets SET queued_at = created_at")
    db.execute("ALTER TABLE tickets ADD COLUMN called_by TEXT")
    # One row per call of a ticket at one service, so each service's own times feed its wait estimate.
    db.execute(
        """CREATE TABLE ticket_steps (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ticket_code TEXT NOT NULL REFERENCES tickets(code),
            journey_index INTEGER NOT NULL,
            service TEXT NOT NULL,
            called_by TEXT,
            called_at TEXT NOT NULL,
            ended_at TEXT,
            outcome TEXT CHECK (outcome IN ('done', 'no_show', 'transferred'))
        )"""
    )
    db.execute("CREATE INDEX ticket_steps_service ON ticket_steps (service, outcome, ended_at)")
    db.execute("CREATE INDEX ticket_steps_ticket ON ticket_steps (ticket_code, ended_at)")
    db.execute(
        "INSERT INTO ticket_steps (ticket_code, journey_index, service, called_at, ended_at, outcome)"
        " SELECT code, journey_index, service, called_at, done_at, 'done' FROM tickets"
        " WHERE status = 'done' AND called_at IS NOT NULL AND done_at IS NOT NULL"
    )
    # A service without a row is present.
    db.execute(
        """CREATE TABLE service_availability (
            service TEXT PRIMARY KEY,
            available INTEGER NOT NULL,
            changed_at TEXT NOT NULL
        )"""
    )


def _bookings(db: sqlite_utils.Database) -> None:
    # A day a service (or, with service '', the whole centre) is not there: no slots, no walk-ins.
    db.execute(
        """CREATE TABLE dates_off (
            day TEXT NOT NULL,
            service TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (day, service)
        )"""
    )
    # Anonymous: a slot, a code and a language; start_at is the slot's Helsinki ISO text, one form per
    # instant, so the unique index below lets exactly one of two racing kiosks have a slot.
    db.execute(
        """CREATE TABLE bookings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE,
            service TEXT NOT NULL,
            day TEXT NOT NULL,
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
            lang TEXT NOT NULL,
            booking_key TEXT UNIQUE,
            routing_version INTEGER REFERENCES routing_versions(id),
            created_at TEXT NOT NULL,
            changed_at TEXT,
            ticket_code TEXT REFERENCES tickets(code)
        )"""
    )
    # A cancelled booking frees its slot; any other keeps it.
    db.execute(
        "CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (service, start_at)"
        " WHERE status != 'cancelled'"
    )
    db.execute("CREATE INDEX bookings_day_service ON bookings (day, service)")


def _admin_and_stats(db: sqlite_utils.Database) -> None:
    # The admin PIN: only a salted scrypt hash with its parameters, and the lock-out state, so a
    # restarted hub keeps a lock. One row at most.
    db.execute(
        """CREATE TABLE admin_pin (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            scheme TEXT NOT NULL,
            salt TEXT NOT NULL,
            hash TEXT NOT NULL,
            n INTEGER NOT NULL,
            r INTEGER NOT NULL,
            p INTEGER NOT NULL,
            set_at TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            lockouts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT
        )"""
    )
    # Admin sessions are tokens with an end; tokens made before (kiosk token add) have none.
    db.execute("ALTER TABLE tokens ADD COLUMN expires_at TEXT")
    db.execute("ALTER TABLE tokens ADD COLUMN name TEXT")
    db.execute("ALTER TABLE routing_versions ADD COLUMN created_by TEXT NOT NULL DEFAULT ''")
    # For the statistics, kept by triggers so no queue change has to remember them: the service a
    # ticket was first routed to and when it first queued (before a transfer rewrites its journey and
    # place), and its first call (a recall moves called_at and the step's clock).
    for column in ("first_service", "first_queued_at", "first_called_at", "first_called_service"):
        db.execute(f"ALTER TABLE tickets ADD COLUMN {column} TEXT")
    db.execute(
        "UPDATE tickets SET first_service = json_extract(journey, '$[0]'), first_queued_at = created_at"
    )
    db.execute(
        "UPDATE tickets SET (first_called_at, first_called_service) = (SELECT called_at, service"
        " FROM ticket_steps WHERE ticket_code = tickets.code ORDER BY id LIMIT 1)"
    )
    db.execute(
        """CREATE TRIGGER tickets_first_service AFTER INSERT ON tickets
        BEGIN UPDATE tickets SET first_service = NEW.service, first_queued_at = NEW.queued_at
        WHERE code = NEW.code; END"""
    )
    db.execute(
        """CREATE TRIGGER tickets_first_call AFTER UPDATE OF called_at ON tickets
        WHEN NEW.called_at IS NOT NULL AND NEW.first_called_at IS NULL
        BEGIN UPDATE tickets SET first_called_at = NEW.called_at, first_called_service = NEW.service
        WHERE code = NEW.code; END"""
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # Anonymous daily counts of the days whose tickets and bookings were purged (kiosk/server/retention.py),
    # and the waits of those days as JSON lists of minutes, so medians stay exact across a purge.
    db.execute(
        """CREATE TABLE stats_daily (
            day TEXT NOT NULL,
            key TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (day, key)
        )"""
    )
    db.execute(
        """CREATE TABLE stats_waits (
            day TEXT NOT NULL,
            service TEXT NOT NULL,
            minutes TEXT NOT NULL,
            PRIMARY KEY (day, service)
        )"""
    )
    db.execute("CREATE INDEX bookings_ticket ON bookings (ticket_code)")
    db.execute("CREATE INDEX visits_ticket ON visits (ticket_code)")
    db.execute("CREATE INDEX events_at ON events (at)")


_OPEN = "('waiting', 'called')"


def _queue_counts(db: sqlite_utils.Database) -> None:
    # How many tickets wait and are called per day and service, kept by triggers so that no change has
    # to count a queue; and an index in the call order (kiosk/core/call_order.py), so a ticket's place
    # is counted from the index alone (kiosk/core/positions.py).
    db.execute(
        """CREATE TABLE queue_counts (
            day TEXT NOT NULL,
            service TEXT NOT NULL,
            waiting INTEGER NOT NULL DEFAULT 0,
            called INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, service)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "INSERT INTO queue_counts (day, service, waiting, called)"
        " SELECT day, service, SUM(status = 'waiting'), SUM(status = 'called') FROM tickets"
        f" WHERE status IN {_OPEN} GROUP BY day, service"
    )
    add = (
        "INSERT INTO queue_counts (day, service, waiting, called)"
        " SELECT NEW.day, NEW.service, NEW.status = 'waiting', NEW.status = 'called'"
        f" WHERE NEW.status IN {_OPEN}"
        " ON CONFLICT (day, service) DO UPDATE SET waiting = waiting + excluded.waiting,"
        " called = called + excluded.called;"
    )
    remove = (
        "UPDATE queue_counts SET waiting = waiting - (OLD.status = 'waiting'),"
        " called = called - (OLD.status = 'called')"
        f" WHERE day = OLD.day AND service = OLD.service AND OLD.status IN {_OPEN};"
        " DELETE FROM queue_counts WHERE day = OLD.day AND service = OLD.service"
        " AND waiting = 0 AND called = 0;"
    )
    db.execute(f"CREATE TRIGGER queue_counts_insert AFTER INSERT ON tickets BEGIN {add} END")
    db.execute(f"CREATE TRIGGER queue_counts_delete AFTER DELETE ON tickets BEGIN {remove} END")
    db.execute(
        "CREATE TRIGGER queue_counts_update AFTER UPDATE OF status, service, day ON tickets"
        f" BEGIN {remove} {add} END"
    )
    db.execute("CREATE INDEX tickets_call_order ON tickets (day, service, status, priority DESC, queued_at)")


def _region_link(db: sqlite_utils.Database) -> None:
    # The hub's link to its region (kiosk/server/region_link.py): one row once joined, and the outbox of
    # days whose anonymous figures are to be pushed (kept here, so it survives restarts).
    db.execute(
        """CREATE TABLE region_link (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            url TEXT NOT NULL,
            token TEXT NOT NULL,
            hub_id TEXT NOT NULL,
            centre TEXT NOT NULL,
            joined_at TEXT NOT NULL,
            reached_at TEXT,
            failed_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_try_at TEXT,
            last_error TEXT,
            checked_at TEXT,
            booked_digest TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE region_outbox (
            day TEXT PRIMARY KEY,
            queued_at TEXT NOT NULL,
            sent_at TEXT,
            digest TEXT
        )"""
    )
    # What the hub last pulled from the region: its routing templates, and the rounds at this centre.
    db.execute(
        """CREATE TABLE region_templates (
            name TEXT PRIMARY KEY,
            note TEXT NOT NULL,
            yaml TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE region_rounds (
            specialist TEXT NOT NULL,
            service TEXT NOT NULL,
            weekday INTEGER NOT NULL,
            starts TEXT NOT NULL,
            ends TEXT NOT NULL,
            slot_minutes INTEGER NOT NULL,
            PRIMARY KEY (specialist, weekday)
        )"""
    )


def _region_days_off(db: sqlite_utils.Database) -> None:
    # The dates off this hub took from its region's days off (kiosk/server/region_link.py): lifted again
    # when the region no longer has them. A date off staff set themselves is never in it.
    db.execute(
        """CREATE TABLE region_days_off (
            day TEXT NOT NULL,
            service TEXT NOT NULL,
            PRIMARY KEY (day, service)
        ) WITHOUT ROWID"""
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _initial,
    _visits_and_indexes,
    _staff_calls,
    _bookings,
    _admin_and_stats,
    _queue_counts,
    _region_link,
    _region_days_off,
]
"""The schema, in order; `PRAGMA user_version` is how many of these a database has had. Only append."""


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, upto: int | None = None) -> None:
    """Bring the database forward to the latest (or `upto`) schema, each step in its own transaction."""
    target = len(MIGRATIONS) if upto is None else upto
    with transaction(db):
        current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StoreError(
            f"the database has schema version {current}, newer than this program knows ({len(MIGRATIONS)})"
        )
    while current < target:
        with transaction(db):
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = schema_version(db)
            if current >= target:
                break
            MIGRATIONS[current](db)
            db.execute(f"PRAGMA user_version = {current + 1}")
        current += 1


def connect(path: str | Path) -> sqlite_utils.Database:
    """A connection to the database at `path` in WAL mode, as the hub uses it; no migration.
    `sqlite3.Error` or `OSError` if it cannot be opened."""
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
    db = sqlite_utils.Database(conn)
    try:
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.Error:
        conn.close()
        raise
    return db


def open_db(path: str | Path, *, upto: int | None = None) -> sqlite_utils.Database:
    """The database at `path`, created and migrated as needed; `StoreError` with a one-line reason if not
    (a full disk or a read-only file is named as such, with the path to fix: kiosk/server/storage.py)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(storage.explain(path, error, "cannot open the database")) from None
    db = None
    try:
        db = connect(path)
        migrate(db, upto)
    except sqlite3.Error as error:
        if db is not None:
            db.conn.close()
        failed = "cannot use the database" if path.exists() else "cannot open the database"
        raise StoreError(storage.explain(path, error, failed)) from None
    except StoreError as error:
        db.conn.close()
        raise StoreError(f"{path}: {error}") from None
    return db


def prove_writable(db: sqlite_utils.Database) -> None:
    """One write that changes nothing (the schema version set to itself); `sqlite3.Error` if the
    database, its -wal or -shm, or the disk refuses it."""
    with transaction(db):
        db.execute(f"PRAGMA user_version = {int(schema_version(db))}")


_BUILT = "_kiosk_built_events"
_GROUPED = "_kiosk_grouped"


def keep_built_events(db: sqlite_utils.Database) -> None:
    """From now on, keep each event appended on `db` as built, for `take_built_events` (the hub
    broadcasts them after the commit instead of reading back what it wrote)."""
    setattr(db, _BUILT, [])


def take_built_events(db: sqlite_utils.Database) -> list[dict]:
    """The events appended (and not rolled back) since the last call, in seq order; forgets them."""
    built = getattr(db, _BUILT, None)
    if not built:
        return []
    setattr(db, _BUILT, [])
    return built


@contextmanager
def grouped(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction that several changes share (the hub's group commit): inside it, each
    `transaction` is a SAVEPOINT, so a change that fails is undone alone. Committed at the end."""
    db.conn.execute("BEGIN IMMEDIATE")
    setattr(db, _GROUPED, True)
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    finally:
        setattr(db, _GROUPED, False)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction, taking the write lock at once (BEGIN IMMEDIATE); rolled back on any error.
    Inside `grouped`, a SAVEPOINT of the shared transaction instead, rolled back alone on an error."""
    built = getattr(db, _BUILT, None)
    mark = len(built) if built is not None else 0
    nested = getattr(db, _GROUPED, False) and db.conn.in_transaction
    db.conn.execute("SAVEPOINT change" if nested else "BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if built is not None:
            del built[mark:]
        if nested and db.conn.in_transaction:
            db.conn.execute("ROLLBACK TO change")
            db.conn.execute("RELEASE change")
        elif db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("RELEASE change" if nested else "COMMIT")


def append_event(
    db: sqlite_utils.Database, type_: str, at: datetime, body: dict, ticket_code: str | None = None
) -> int:
    """Add an event inside the caller's transaction; its seq."""
    when = iso(at)
    cursor = db.execute(
        "INSERT INTO events (at, type, ticket_code, body) VALUES (?, ?, ?, ?)",
        [when, type_, ticket_code, json.dumps(body, ensure_ascii=False)],
    )
    built = getattr(db, _BUILT, None)
    if built is not None:
        built.append({"seq": cursor.lastrowid, "type": type_, "at": when, **body})
    return cursor.lastrowid


def last_seq(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]


def first_kept_seq(db: sqlite_utils.Database) -> int:
    """The oldest seq still kept (last seq + 1 when none is): a replay must start at or after it."""
    oldest, newest = db.execute("SELECT MIN(seq), COALESCE(MAX(seq), 0) FROM events").fetchone()
    return oldest if oldest is not None else newest + 1


def prune_events(db: sqlite_utils.Database, keep: int) -> int:
    """Forget all but the last `keep` events (in its own transaction); how many were removed."""
    with transaction(db):
        cursor = db.execute("DELETE FROM events WHERE seq <= (SELECT MAX(seq) FROM events) - ?", [keep])
    return cursor.rowcount


def events_since(db: sqlite_utils.Database, since: int) -> list[dict]:
    """Events with seq > since, in order, as the messages the event feed sends."""
    rows = db.execute("SELECT seq, at, type, body FROM events WHERE seq > ? ORDER BY seq", [since])
    return [{"seq": seq, "type": type_, "at": at, **json.loads(body)} for seq, at, type_, body in rows]


def active_routing(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """(version id, YAML text) of the active routing, or None before any was published."""
    row = db.execute(
        "SELECT id, yaml FROM routing_versions WHERE active = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else None


def active_routing_id(db: sqlite_utils.Database) -> int | None:
    row = db.execute("SELECT id FROM routing_versions WHERE active = 1 ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def publish_routing(
    db: sqlite_utils.Database, yaml_text: str, *, note: str = "", now: datetime, by: str = ""
) -> int:
    """Store a (checked) routing as the new active version, with its event; its version id.

    `by` is who published (an admin session's name); it stays out of the open event feed.
    """
    with transaction(db):
        db.execute("UPDATE routing_versions SET active = 0 WHERE active = 1")
        # Without `by`, the insert names no new column, so it also works on a database not yet migrated.
        by_column, by_value = (", created_by", [by]) if by else ("", [])
        version = db.execute(
            f"INSERT INTO routing_versions (yaml, created_at, note, active{by_column})"
            f" VALUES (?, ?, ?, 1{', ?' if by else ''})",
            [yaml_text, iso(now), note, *by_value],
        ).lastrowid
        append_event(db, "routing.published", now, {"version": version, "note": note})
    return version
