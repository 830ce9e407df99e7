"""The hub's one database connection, its lock, the active routing and the live event broadcast."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

import sqlite_utils

from kiosk import queue as queue_service
from kiosk import retention, store
from kiosk.guess_limit import GuessLimit
from kiosk.paths import DEFAULT_ROUTING
from kiosk.routing import Routing, loads

T = TypeVar("T")
log = logging.getLogger(__name__)

EVENTS_KEPT = 20_000
"""How many of the latest events the hub keeps for replays (a busy day makes ~2,000); older are pruned."""
PRUNE_SLACK = 1_000
"""Prune only once this many more have piled up, so pruning is rare."""


class Broadcaster:
    """Fans events out to every live subscriber; writers in worker threads hand them to the event loop."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.subscribers: set[asyncio.Queue] = set()

    def publish(self, events: list[dict]) -> None:
        """Thread-safe: queue `events` for delivery on the loop, in order."""
        if events and self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._deliver, events)

    def _deliver(self, events: list[dict]) -> None:
        for queue in self.subscribers:
            for event in events:
                queue.put_nowait(event)

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue()
        self.subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self.subscribers.discard(queue)


def _log_limited(token_id: str, seconds: int) -> None:
    log.warning("check-in: too many unknown codes from token %s: refused for %d s", token_id, seconds)


class Hub:
    """Owner of the database: every read and write goes through `read` or `write`, one at a time."""

    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime]):
        self.db = db
        self.clock = clock
        self.lock = threading.Lock()
        self.broadcaster = Broadcaster()
        self._routing: tuple[int, Routing] | None = None
        self._published_seq = store.last_seq(db)
        self.events_kept = EVENTS_KEPT
        self.prune_slack = PRUNE_SLACK
        self._first_kept = store.first_kept_seq(db)
        self.code_guesses = GuessLimit(on_limited=_log_limited)
        """Unknown booking codes per token at check-in (kiosk/guess_limit.py), in memory."""

    def seed_routing(self) -> None:
        """On first start, the default Kokoomo routing becomes version 1."""
        with self.lock:
            if store.active_routing_id(self.db) is None:
                text = DEFAULT_ROUTING.read_text(encoding="utf-8")
                loads(text)  # refuse to seed a broken default
                store.publish_routing(self.db, text, note="default Kokoomo routing", now=self.clock())

    def routing(self, db: sqlite_utils.Database) -> tuple[int, Routing]:
        """(version id, model) of the active routing; call with the lock held. Reloads after an import."""
        version = store.active_routing_id(db)
        if version is None:
            raise RuntimeError("the database has no routing")
        if self._routing is None or self._routing[0] != version:
            _, text = store.active_routing(db) or (version, "")
            self._routing = (version, loads(text))
        return self._routing

    def snapshot(self, db: sqlite_utils.Database) -> dict:
        """What `GET /api/queue` answers; call with the lock held."""
        return queue_service.queue_snapshot(db, self.routing(db)[1], self.clock())

    def read(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        with self.lock:
            return fn(self.db)

    def write(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Run one change, then broadcast the events it (or anyone since) appended, in seq order."""
        with self.lock:
            try:
                return fn(self.db)
            finally:
                self._broadcast_new()

    def publish_foreign_events(self) -> int:
        """Broadcast events another process appended (`kiosk routing import` while the hub runs);
        how many. Cheap when there are none: one `MAX(seq)`. The hub calls it every second."""
        with self.lock:
            if store.last_seq(self.db) <= self._published_seq:
                return 0
            return self._broadcast_new()

    def _broadcast_new(self) -> int:
        events = store.events_since(self.db, self._published_seq)
        if events:
            self._published_seq = events[-1]["seq"]
            self.broadcaster.publish(events)
            self._prune()
        return len(events)

    def purge(self, days: int | None = None) -> dict:
        """Retention (kiosk/retention.py): old days into the statistics, their rows deleted."""
        with self.lock:
            deleted = retention.purge(self.db, self.clock(), days)
            self._first_kept = store.first_kept_seq(self.db)
        if any(deleted.values()):
            log.info("retention: deleted %s", ", ".join(f"{n} {what}" for what, n in deleted.items() if n))
        return deleted

    def apply(self, change: Callable[..., T], *args) -> T:
        """`write` a queue change called as `change(db, routing, *args, now)` with the active routing."""
        return self.write(lambda db: change(db, self.routing(db)[1], *args, self.clock()))

    def _prune(self) -> None:
        if self._published_seq - self._first_kept + 1 <= self.events_kept + self.prune_slack:
            return
        try:
            store.prune_events(self.db, self.events_kept)
        except sqlite3.Error as error:
            # Keeping too many events harms nothing; the next write tries again.
            log.warning("could not prune old events: %s", error)
            return
        self._first_kept = store.first_kept_seq(self.db)

    def close(self) -> None:
        with self.lock:
            self.db.conn.close()
