"""The hub's timers: events other processes appended go out within a second, retention runs at start
and every hour, the upkeep (kiosk/server/maintenance.py) at start and every 5 minutes, and a write that
changes nothing checks the storage: every 30 s, and every 2 s while writes fail (reopening the database
each time), so the hub heals by itself and says so in its health; and every 2 s, whether a kiosk has
stopped asking for the health or a display's feed has closed (kiosk/server/hub/device_watch.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

from kiosk.server import maintenance, region_link
from kiosk.server.hub import device_watch

log = logging.getLogger(__name__)

FOREIGN_EVENTS_EVERY = 1.0
"""Seconds between looks for events written by another process (`kiosk routing import`)."""
PURGE_EVERY = 3600.0
"""Seconds between retention runs (the first runs at start)."""
CHECK_WRITES_EVERY = 30.0
"""Seconds between storage checks while writes work: a failing disk is noticed even when nobody writes."""
RETRY_WRITES_EVERY = 2.0
"""Seconds between storage checks while writes fail: how soon the hub heals once the disk is fixed."""
REGION_EVERY = 2.0
"""Seconds between looks at the region outbox (a round does nothing unless joined and a try is due)."""


async def _every(seconds: float, job: Callable[[], object], name: str) -> None:
    while True:
        try:
            await run_in_threadpool(job)
        except (sqlite3.Error, RuntimeError) as error:
            # A busy or full database: the next round tries again; the hub keeps serving.
            log.warning("%s failed: %s", name, error)
        await asyncio.sleep(seconds)


def _push_region(hub) -> int:
    # Looked at through the hub's readers, not under its lock; the push runs on a connection of its own.
    try:
        return region_link.push_from(hub.path, hub.clock()) if hub.look(region_link.joined) else 0
    except (sqlite3.Error, RuntimeError):
        raise
    except Exception:
        # Whatever goes wrong with the region's link, the timer must live on: the outbox keeps the days.
        log.exception("region push failed")
        return 0


async def _check_writes(hub) -> None:
    waited = 0.0
    while True:
        # Short steps: a visitor's failed write mid-wait makes the next step a retry.
        await asyncio.sleep(RETRY_WRITES_EVERY)
        waited += RETRY_WRITES_EVERY
        if hub.writes_ok and waited < CHECK_WRITES_EVERY:
            continue
        waited = 0.0
        try:
            await run_in_threadpool(hub.check_writes)
        except (sqlite3.Error, RuntimeError) as error:
            log.warning("storage check failed: %s", error)


@contextlib.asynccontextmanager
async def timers(hub):
    """Run the hub's timers for as long as the block lasts."""
    tasks = [
        asyncio.create_task(_every(FOREIGN_EVENTS_EVERY, hub.publish_foreign_events, "event check")),
        asyncio.create_task(_every(PURGE_EVERY, hub.purge, "retention")),
        asyncio.create_task(_check_writes(hub)),
        asyncio.create_task(_every(REGION_EVERY, lambda: _push_region(hub), "region push")),
        asyncio.create_task(_every(maintenance.EVERY, hub.tidy, "maintenance")),
        asyncio.create_task(
            _every(device_watch.WATCH_EVERY, lambda: device_watch.watch(hub), "device watch")
        ),
    ]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
