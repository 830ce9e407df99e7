"""What the region server may spend of PostgreSQL: a bounded pool of connections, each with a statement,
lock and idle-in-transaction timeout; a smaller one for looking up tokens not seen lately, so that
made-up tokens queue apart from the hubs; and the health's own budget (one connection, one check a
second).

A request takes a pooled connection only once it has presented a token (kiosk/region/app.py); when none
is free within `Budget.pool_wait` it is answered 503 `busy` at once rather than queued for ever, and a
transaction stuck behind another's lock gives up after `Budget.lock_timeout` (503 `busy` too). So no
stranger, and no stuck transaction, can make the server open more connections or hang its requests.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import psycopg
from psycopg_pool import ConnectionPool

from kiosk.region import db, tokens


@dataclass(frozen=True)
class Budget:
    """The server's limits (seconds, connections). PostgreSQL's default `max_connections` is 100: the pool,
    the health's connection and the admin's commands stay far below it."""

    pool_size: int = 8
    """Connections at most, shared by every request that presented a token."""
    pool_wait: float = 2.0
    """How long a request waits for a free connection before it is answered 503 `busy`."""
    max_waiting: int = 32
    """Requests waiting for a connection at most; one more is answered 503 `busy` at once."""
    lock_timeout: float = 3.0
    """How long a statement waits for a lock another transaction holds (PostgreSQL's `lock_timeout`)."""
    statement_timeout: float = 15.0
    """How long one statement may run (a year's statistics of 70 centres take about 2 s)."""
    idle_in_transaction: float = 30.0
    """A connection that holds a transaction open without a statement for this long is ended."""
    lookup_size: int = 2
    """Connections at most for looking up a token not seen lately (`Known`): a stranger's made-up
    tokens wait here, never for the connections of a hub whose token is known."""
    lookup_waiting: int = 16
    """Lookups waiting for a connection at most; one more is answered 503 `busy` at once."""
    known_seconds: float = 60.0
    """How long a token found is taken as known without asking the database again (a revoked or
    removed centre's token is refused within this long)."""
    health_every: float = 1.0
    """The health asks the database at most once in this many seconds; in between it repeats the last."""


def _ms(seconds: float) -> str:
    return f"{int(seconds * 1000)}ms"


def _configure(budget: Budget):
    def configure(conn: psycopg.Connection) -> None:
        # SET, not the DSN's `options`: a DSN that has options of its own keeps them.
        conn.execute("SELECT set_config('statement_timeout', %s, false)", [_ms(budget.statement_timeout)])
        conn.execute("SELECT set_config('lock_timeout', %s, false)", [_ms(budget.lock_timeout)])
        conn.execute(
            "SELECT set_config('idle_in_transaction_session_timeout', %s, false)",
            [_ms(budget.idle_in_transaction)],
        )

    return configure


def new_pool(dsn: str, budget: Budget, *, lookups: bool = False) -> ConnectionPool:
    """The server's pool over `dsn` (or, with `lookups`, the small one for tokens not seen lately), not
    yet open (`.open(wait=False)` when the server starts, so a database not up yet is waited for by
    the pool's workers, not by the start)."""
    size = budget.lookup_size if lookups else budget.pool_size
    return ConnectionPool(
        dsn,
        kwargs={"autocommit": True, "connect_timeout": 10},
        min_size=min(1 if lookups else 2, size),
        max_size=size,
        open=False,
        configure=_configure(budget),
        check=ConnectionPool.check_connection,
        timeout=budget.pool_wait,
        max_waiting=budget.lookup_waiting if lookups else budget.max_waiting,
        name="region-lookups" if lookups else "region",
    )


class Known:
    """The holders of the tokens found lately, by the token's hash, for `Budget.known_seconds`: a hub
    whose token was found goes straight to the pool's connections. Thread-safe."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds, self.clock = seconds, clock
        self._found: dict[str, tuple[tokens.Holder, float]] = {}
        self._lock = threading.Lock()

    def get(self, token: str) -> tokens.Holder | None:
        key = tokens.token_hash(token)
        with self._lock:
            found = self._found.get(key)
            if found is None:
                return None
            if self.clock() - found[1] >= self.seconds:
                del self._found[key]
                return None
            return found[0]

    def put(self, token: str, holder: tokens.Holder) -> None:
        """Only tokens the database knows are kept: a region has one per centre and one admin's."""
        with self._lock:
            self._found[tokens.token_hash(token)] = (holder, self.clock())


class Liveness:
    """`GET /api/health`'s own budget, apart from the pool: one connection of its own, asked at most once
    in `Budget.health_every` seconds (a flood of health calls repeats the last answer)."""

    def __init__(self, dsn: str, budget: Budget):
        self.dsn, self.budget = dsn, budget
        self._lock = threading.Lock()
        self._conn: psycopg.Connection | None = None
        self._at = float("-inf")
        self._answer: int | Exception = db.RegionError("not asked yet")

    def schema(self) -> int:
        """The database's schema version, or the reason it cannot be read (`RegionError`,
        `psycopg.OperationalError`) raised."""
        if time.monotonic() - self._at >= self.budget.health_every:
            # One asks at a time; the others wait for its answer (bounded by the connect and statement
            # timeouts), then share it.
            with self._lock:
                if time.monotonic() - self._at >= self.budget.health_every:
                    self._answer = self._ask()
                    self._at = time.monotonic()
        if isinstance(self._answer, Exception):
            raise self._answer
        return self._answer

    def _ask(self) -> int | Exception:
        try:
            if self._conn is None or self._conn.closed:
                self._conn = psycopg.connect(self.dsn, connect_timeout=3, autocommit=True)
                _configure(self.budget)(self._conn)
            return db.schema_version(self._conn)
        except psycopg.Error as error:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            return db.RegionError(f"cannot reach the region database: {first}")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
