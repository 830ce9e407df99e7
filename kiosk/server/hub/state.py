"""The hub's one database connection, its lock, the active routing and the live event broadcast."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import sqlite_utils

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import Routing, RoutingError, loads
from kiosk.server import maintenance, retention, storage, store
from kiosk.server import queue as queue_service
from kiosk.server.guess_limit import GuessLimit
from kiosk.server.hub import device_watch
from kiosk.server.hub.group_commit import GroupCommit, Job
from kiosk.server.hub.views import Discretion

T = TypeVar("T")
log = logging.getLogger(__name__)

EVENTS_KEPT = maintenance.EVENTS_KEPT
"""How many of the latest events the hub keeps for replays (kiosk/server/maintenance.py); older are pruned."""
PRUNE_SLACK = 1_000
"""Prune only once this many more have piled up, so pruning is rare."""


class _GroupFailed(Exception):
    """The shared transaction of a group commit is lost: nothing of the group was written."""


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


class Readers:
    """Read-only connections lent one look at a time, so reads that anyone may start (a token check, a
    replay, a snapshot) never wait for the hub's lock nor hold it: WAL lets them read beside the one writer.

    A pool, not one connection per thread: the server's worker threads come and go (anyio ends one idle
    for 10 s), and a connection kept per thread stayed open after its thread ended, two file descriptors
    more for every thread the hub ever had (`kiosk bench --soak`: 23 -> 41 in 12 minutes; now 21 throughout).
    At most `IDLE_KEPT` wait in the pool; one more, lent at a busy moment, is closed when given back."""

    IDLE_KEPT = 8

    def __init__(self, path: str):
        self.path = path
        self._idle: list[sqlite_utils.Database] = []
        self._guard = threading.Lock()
        self._closed = False

    def _open(self) -> sqlite_utils.Database:
        uri = f"file:{quote(self.path)}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return sqlite_utils.Database(conn)

    @contextlib.contextmanager
    def lend(self) -> Iterator[sqlite_utils.Database]:
        with self._guard:
            db = self._idle.pop() if self._idle else None
        if db is None:
            db = self._open()
        try:
            yield db
        finally:
            with self._guard:
                keep = not self._closed and len(self._idle) < self.IDLE_KEPT
                if keep:
                    self._idle.append(db)
            if not keep:
                db.conn.close()

    def close(self) -> None:
        with self._guard:
            self._closed = True
            idle, self._idle = self._idle, []
        for db in idle:
            db.conn.close()


def _log_limited(token_id: str, seconds: int) -> None:
    log.warning("check-in: too many unknown codes from token %s: refused for %d s", token_id, seconds)


KIOSK_BOOKINGS = 3
"""Bookings one kiosk may make of one service in `KIOSK_BOOKINGS_WINDOW`; the next is refused (429
`too_many_bookings`) and the visitor sent to the desk, where staff book without this limit. A person at
the door books one time; someone tapping through the kiosk (or a script with its token) took all 49 of
the A-Clinic's free times in 0.1 s."""
KIOSK_BOOKINGS_WINDOW = 30 * 60.0
"""Seconds."""


def _log_bookings(key: str, seconds: int) -> None:
    log.warning(
        "bookings: kiosk token %s booked %d times lately: refused for %d s", key, KIOSK_BOOKINGS, seconds
    )


class Hub:
    """Owner of the database: every change goes through `write`, one at a time; `look` reads beside it."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Callable[[], datetime],
        silent_after: float = device_watch.SILENT_AFTER,
    ):
        self.db = db
        store.keep_built_events(db)
        self.clock = clock
        self.lock = threading.Lock()
        self.group_commit = GroupCommit(self._run_group)
        self.broadcaster = Broadcaster()
        self.phone_streams: Counter[str] = Counter()
        """Open `/t/{code}/events` streams by ticket code (kiosk/server/hub/phone_events.py)."""
        self.path = Path(db.execute("PRAGMA database_list").fetchone()[2])
        self.readers = Readers(str(self.path))
        self._routing: tuple[int, Routing, Discretion] | None = None
        self._snapshot: tuple[tuple, dict] | None = None
        self._published_seq = store.last_seq(db)
        self.events_kept = EVENTS_KEPT
        self.prune_slack = PRUNE_SLACK
        self._first_kept = store.first_kept_seq(db)
        self.writes_ok = True
        """False while the last write (a visitor's, staff's or `check_writes`) failed on storage."""
        self.code_guesses = GuessLimit(on_limited=_log_limited)
        """Unknown booking codes per token at check-in (kiosk/server/guess_limit.py), in memory."""
        self.kiosk_bookings = GuessLimit(KIOSK_BOOKINGS, KIOSK_BOOKINGS_WINDOW, on_limited=_log_bookings)
        """Bookings a kiosk's token made of each service lately (`KIOSK_BOOKINGS`), in memory."""
        self.devices = device_watch.DeviceWatch(silent_after)
        """When each kiosk and display was last heard from (kiosk/server/hub/device_watch.py), in memory."""

    def seed_routing(self) -> None:
        """On first start, the default Kokoomo routing becomes version 1."""
        with self.lock:
            if store.active_routing_id(self.db) is None:
                text = DEFAULT_ROUTING.read_text(encoding="utf-8")
                loads(text)  # refuse to seed a broken default
                store.publish_routing(self.db, text, note="default Kokoomo routing", now=self.clock())

    def read_routing_now(self) -> None:
        """Parse the active routing before the first request, which would otherwise wait for it: the
        first kiosk to start after the hub (over 100 ms with PyYAML's own parser, about 12 with libyaml).
        A routing this program cannot read is left for the requests to report, not a reason to refuse
        to start: the staff screens still need the queue."""
        try:
            self.read(self.routing)
        except RoutingError as error:
            log.warning("the active routing cannot be read: %s", error)

    def _loaded(self, db: sqlite_utils.Database) -> tuple[int, Routing, Discretion]:
        """(version id, model, discretion) of the routing active in `db`'s view, parsed once per version.

        Readers call this beside the lock too: each gets the version its own transaction sees, and the
        one kept is whichever was parsed last (a reader still on the version before a publish may put it
        back for a moment; the next call parses the new one again)."""
        version = store.active_routing_id(db)
        if version is None:
            raise RuntimeError("the database has no routing")
        loaded = self._routing
        if loaded is None or loaded[0] != version:
            _, text = store.active_routing(db) or (version, "")
            model = loads(text)
            loaded = self._routing = (version, model, Discretion.of(model))
        return loaded

    def routing(self, db: sqlite_utils.Database) -> tuple[int, Routing]:
        """(version id, model) of the active routing. Reloads after an import."""
        version, model, _ = self._loaded(db)
        return version, model

    def discretion(self, db: sqlite_utils.Database) -> Discretion:
        """The active routing's discreet services, for the views of kiosk/server/hub/views.py."""
        return self._loaded(db)[2]

    def live_discretion(self) -> Discretion:
        """The discretion of the routing last loaded (the one the latest change used); no read when loaded."""
        loaded = self._routing
        return loaded[2] if loaded is not None else self.look(self.discretion)

    def snapshot(self, db: sqlite_utils.Database) -> dict:
        """What `GET /api/queue` answers (to staff); inside a read transaction or with the lock held."""
        return queue_service.queue_snapshot(db, self.routing(db)[1], self.clock())

    def read(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        with self.lock:
            return fn(self.db)

    def look(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Run `fn` on a read-only connection of the pool in one read transaction (a consistent view),
        without the hub's lock: for reads that an anonymous or hostile client can start."""
        with self.readers.lend() as db:
            db.conn.execute("BEGIN")
            try:
                return fn(db)
            finally:
                db.conn.execute("ROLLBACK")

    def current_snapshot(self) -> tuple[dict, Discretion]:
        """(the staff snapshot, the routing's discretion) as of now, without the lock. Built once per
        change: a snapshot is kept until the next event, the next day or another routing."""

        def build(db):
            key = (store.last_seq(db), queue_service.day_of(self.clock()), store.active_routing_id(db))
            kept = self._snapshot
            if kept is None or kept[0] != key:
                kept = self._snapshot = (key, self.snapshot(db))
            return kept[1], self.discretion(db)

        return self.look(build)

    def write(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Run one change, then broadcast the events it appended, as built, in seq order. Changes
        that wait for the lock together share one transaction and one fsync (group_commit.py); each
        is answered after the commit."""
        return self.group_commit.run(fn)

    def _run_group(self, jobs: list[Job]) -> None:
        with self.lock:
            try:
                if len(jobs) == 1 or not self._run_grouped(jobs):
                    for job in jobs:
                        self._run_alone(job)
            finally:
                self._publish_built()

    def _run_grouped(self, jobs: list[Job]) -> bool:
        """Run `jobs` in one transaction, each in a savepoint; False (nothing written) when the shared
        transaction failed, so each must run again alone."""
        changes = self.db.conn.total_changes
        try:
            with store.grouped(self.db):
                for job in jobs:
                    try:
                        # A savepoint of the shared transaction, also around a change that writes
                        # outside its own `store.transaction`: a refusal undoes its work and events alone.
                        with store.transaction(self.db):
                            result = job.fn(self.db)
                    except Exception as error:
                        job.settle(error=error)
                        if isinstance(error, sqlite3.Error) and storage.is_storage_error(error):
                            raise _GroupFailed from error
                    else:
                        job.settle(result)
                    if not self.db.conn.in_transaction:  # SQLite gave the transaction up
                        raise _GroupFailed
        except (_GroupFailed, sqlite3.Error):
            store.take_built_events(self.db)  # none of them was committed
            return False
        except BaseException as error:  # nothing was committed: nobody may be told otherwise
            store.take_built_events(self.db)
            for job in jobs:
                job.settle(error=error)
            raise
        if self.db.conn.total_changes != changes:
            self.writes_ok = True
        return True

    def _run_alone(self, job: Job) -> None:
        changes = self.db.conn.total_changes
        try:
            job.settle(job.fn(self.db))
        except Exception as error:
            if isinstance(error, sqlite3.Error) and storage.is_storage_error(error):
                self.writes_ok = False
            job.settle(error=error)
            return
        if self.db.conn.total_changes != changes:  # it wrote (a replayed visit may only read)
            self.writes_ok = True

    def _publish_built(self) -> None:
        """Broadcast the events the changes built; read back only when another process wrote between."""
        events = store.take_built_events(self.db)
        if events and events[0]["seq"] == self._published_seq + 1:
            self._published_seq = events[-1]["seq"]
            self.broadcaster.publish(events)
            self._prune()
        elif events:
            self._broadcast_new()

    def check_writes(self) -> bool:
        """Try one write that changes nothing (the schema version set to itself) and say if it worked.
        While writes fail, reopen the connection first: one that SQLite opened read-only (the file was
        read-only at that moment) stays read-only after the file is writable again."""
        with self.lock:
            if not self.writes_ok:
                self._reopen()
            try:
                store.prove_writable(self.db)
            except sqlite3.Error as error:
                if not storage.is_storage_error(error):
                    log.warning("could not check writes: %s", error)  # e.g. busy: no news on storage
                    return self.writes_ok
                if self.writes_ok:
                    log.error("the hub cannot write its database: %s", storage.explain(self.path, error))
                self.writes_ok = False
            else:
                if not self.writes_ok:
                    log.warning("the hub can write its database again")
                self.writes_ok = True
            return self.writes_ok

    def _reopen(self) -> None:
        """A fresh connection for writing; the old one is kept if the file cannot be opened at all."""
        try:
            fresh = store.connect(self.path)
        except (sqlite3.Error, OSError) as error:
            log.warning("could not reopen %s: %s", self.path, error)
            return
        self.db.conn.close()
        store.keep_built_events(fresh)
        self.db = fresh

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
        """Retention (kiosk/server/retention.py): old days into the statistics, their rows deleted."""
        with self.lock:
            deleted = retention.purge(self.db, self.clock(), days)
            self._first_kept = store.first_kept_seq(self.db)
        if any(deleted.values()):
            log.info("retention: deleted %s", ", ".join(f"{n} {what}" for what, n in deleted.items() if n))
        return deleted

    def tidy(self) -> maintenance.Tidied:
        """The upkeep of kiosk/server/maintenance.py (prune, optimize, checkpoint), under the lock."""
        with self.lock:
            tidied = maintenance.tidy(self.db, self.clock(), self.events_kept)
            self._first_kept = store.first_kept_seq(self.db)
        if tidied.events or tidied.replay_keys:
            log.info("upkeep: pruned %d events and %d replay keys", tidied.events, tidied.replay_keys)
        if not tidied.checkpointed:
            log.warning("upkeep: a reader kept the WAL checkpoint from finishing; the next run tries again")
        return tidied

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
            self.readers.close()
            self.db.conn.close()
