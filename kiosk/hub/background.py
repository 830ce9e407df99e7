"""The hub's timers: events other processes appended go out within a second, and retention runs
at start and every hour."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

log = logging.getLogger(__name__)

FOREIGN_EVENTS_EVERY = 1.0
"""Seconds between looks for events written by another process (`kiosk routing import`)."""
PURGE_EVERY = 3600.0
"""Seconds between retention runs (the first runs at start)."""


async def _every(seconds: float, job: Callable[[], object], name: str) -> None:
    while True:
        try:
            await run_in_threadpool(job)
        except (sqlite3.Error, RuntimeError) as error:
            # A busy or full database: the next round tries again; the hub keeps serving.
            log.warning("%s failed: %s", name, error)
        await asyncio.sleep(seconds)


@contextlib.asynccontextmanager
async def timers(hub):
    """Run the hub's timers for as long as the block lasts."""
    tasks = [
        asyncio.create_task(_every(FOREIGN_EVENTS_EVERY, hub.publish_foreign_events, "event check")),
        asyncio.create_task(_every(PURGE_EVERY, hub.purge, "retention")),
    ]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
