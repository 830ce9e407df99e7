"""The region's PostgreSQL database: connecting, and its schema as numbered SQL files applied in order.

`migrations/NNN_name.sql` are applied in the order of their numbers, each in its own transaction, and
recorded in `schema_migrations`; a file already recorded is never run again. Only append new files.
"""

from __future__ import annotations

import re
from importlib import resources

import psycopg

MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
LOCK_ID = 0x6B696F736B
"""The advisory lock two `kiosk region init` at once take in turn (any fixed number: 'kiosk')."""


class RegionError(RuntimeError):
    """The region database cannot be reached or used; the message says why in one line."""


def connect(dsn: str) -> psycopg.Connection:
    """A connection to the region database, or `RegionError` naming the problem in one line.

    In autocommit: every change is made in an explicit `conn.transaction()` that commits when its block
    ends, before an answer is sent (not when the connection is closed after it)."""
    try:
        return psycopg.connect(dsn, connect_timeout=10, autocommit=True)
    except psycopg.Error as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise RegionError(f"cannot reach the region database: {first}") from None


def migrations() -> list[tuple[int, str, str]]:
    """Every migration as (number, file name, SQL), in order."""
    found = []
    for entry in resources.files("kiosk.region.migrations").iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RegionError(f"the migrations are not numbered 1..{len(found)} without gaps: {numbers}")
    return found


def applied(conn: psycopg.Connection) -> list[int]:
    with conn.transaction():
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def migrate(conn: psycopg.Connection) -> list[str]:
    """Apply the migrations this database has not had; the names of those applied now."""
    known = migrations()
    done_now = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])
        have = set(applied(conn))
        if have and max(have) > len(known):
            raise RegionError(
                f"the region database has schema version {max(have)}, newer than this program knows"
                f" ({len(known)})"
            )
        for number, name, sql in known:
            if number in have:
                continue
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", [number, name])
            done_now.append(name)
    return done_now


def schema_version(conn: psycopg.Connection) -> int:
    """The newest migration applied, 0 before the first; only reads (the health asks on every call)."""
    if conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
