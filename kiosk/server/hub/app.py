"""The hub's FastAPI application: one database owner, the routers, and `serve` to run it with uvicorn."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from fastapi import FastAPI

from kiosk.core import clock as kiosk_clock
from kiosk.server import storage, store
from kiosk.server.hub import admin_routes as admin_api
from kiosk.server.hub import (
    background,
    bookings_routes,
    dates_off_routes,
    device_watch,
    error_docs,
    errors,
    events,
    notices,
    phone,
    phone_events,
    queue_routes,
    region_routes,
    staff,
    visits,
)
from kiosk.server.hub import stats_routes as stats_api
from kiosk.server.hub.events import FEEDS_PER_CLIENT, Feeds
from kiosk.server.hub.guard import MAX_BODY, Guard
from kiosk.server.hub.pace import Pace
from kiosk.server.hub.server import Notify, Server, config
from kiosk.server.hub.state import Hub
from kiosk.server.region_weeks import RegionWeeks


def create_app(
    db_path: str | Path,
    *,
    clock: Callable[[], datetime] = kiosk_clock.now,
    feeds_per_client: int = FEEDS_PER_CLIENT,
    max_body: int = MAX_BODY,
    pace: tuple[float, int] | None = None,
    silent_after: float = device_watch.SILENT_AFTER,
) -> FastAPI:
    """The hub over the database at `db_path` (created, migrated and seeded with the default routing);
    `StoreError` naming what to fix if it cannot be written. `silent_after`: seconds a kiosk or display
    may be out of touch before staff are told (kiosk/server/hub/device_watch.py)."""
    hub = Hub(store.open_db(db_path), clock, silent_after)
    try:
        hub.seed_routing()
        hub.read_routing_now()
        # In WAL mode a read-only database file still opens and migrates; its first write would fail.
        store.prove_writable(hub.db)
    except sqlite3.Error as error:
        hub.close()
        raise store.StoreError(storage.explain(db_path, error)) from None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        hub.broadcaster.loop = asyncio.get_running_loop()
        try:
            async with background.timers(hub):
                yield
        finally:
            hub.broadcaster.loop = None
            hub.close()

    app = FastAPI(
        title="Kokoomo Kiosk hub",
        description=(
            "Tickets, the live queue and its event feed. Every change and every read of the queue needs a"
            " Bearer token; open without one are only what a visitor's phone and an unpaired kiosk need"
            " (docs/api.md, 'Who may read what')."
        ),
        version="1",
        lifespan=lifespan,
    )
    app.state.hub = hub
    app.state.feeds = Feeds(feeds_per_client)
    app.state.region_weeks = RegionWeeks()
    # The door's, and the server's (kiosk/server/hub/server.py `config`); pace.py's limits by default.
    app.state.pace = Pace(*pace) if pace else Pace()
    app.add_middleware(Guard, hub=hub, max_body=max_body, pace=app.state.pace)
    errors.install(app)
    for module in (
        queue_routes,
        visits,
        staff,
        events,
        phone,
        phone_events,
        bookings_routes,
        dates_off_routes,
    ):
        app.include_router(module.router)
    app.include_router(notices.router)
    app.include_router(dates_off_routes.open_router)
    app.include_router(admin_api.session_router)
    app.include_router(admin_api.router)
    app.include_router(stats_api.router)
    app.include_router(region_routes.router)
    app.include_router(region_routes.staff_router)
    error_docs.install(app)
    return app


def serve(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8765,
    sock: socket.socket | None = None,
    *,
    notify: Notify | None = None,
    ping_seconds: float | None = None,
    pace: tuple[float, int] | None = None,
) -> None:
    """Run the hub until interrupted; on `sock` when given (a socket already bound, e.g. inherited from
    the embedded hub's launcher), else on `host`:`port`. `notify` and `ping_seconds`: see `Server`;
    `pace`: (per second, burst) for each LAN address, kiosk/server/hub/pace.py's by default."""
    server = Server(config(create_app(db_path, pace=pace), host, port), notify, ping_seconds)
    server.run(sockets=[sock] if sock else None)
