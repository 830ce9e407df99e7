"""Running the hub with uvicorn, with the limits that keep an idle or half-sent connection from
holding it: every hub (`kiosk hub`, the embedded one, the tests') is served through `config`, and
`kiosk hub` by a `Server` that tells systemd when it answers and that it still does."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable
from typing import ClassVar

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from kiosk.server.hub.auth import is_loopback
from kiosk.server.hub.pace import Pace

Notify = Callable[[str], object]
"""Sends one of systemd's notify messages ("READY=1", ...); `kiosk hub` hands in kiosk/root/systemd.py's."""

HEADERS_SECONDS = 10.0
"""A connection that has not sent a whole request head this long after it opened (or after its last
answer) is closed: a client that sends half a request and waits holds nothing for long."""
IDLE_SECONDS = 5
"""A kept-alive connection with no new request is closed after this long (uvicorn's keep-alive)."""
MAX_CONNECTIONS = 500
"""Past this many open connections and requests at once, new requests get 503 (uvicorn's limit);
a centre has a few screens and some dozens of phones."""
PER_CLIENT = 48
"""The most connections one LAN address may hold open at once; the next ones are closed as they
open. The global `MAX_CONNECTIONS` alone was a switch any phone could flip: 510 half-sent requests
from one device made every kiosk's ticket a 503. A console or kiosk holds a few (its feed and a
request or two); the hub machine itself (loopback: the embedded kiosk, `kiosk admin`, benches) has
no cap."""
WS_MAX_MESSAGE = 64 * 1024
"""The largest WebSocket message a client may send; the feed reads none it uses."""


class HeadTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's HTTP protocol, closing a connection whose request head does not arrive in time, one
    past `per_client` open from the same address, and one from an address that has spent its pace
    (not loopback)."""

    head_seconds = HEADERS_SECONDS
    per_client = PER_CLIENT
    pace: Pace | None = None
    """The app's pace (kiosk/server/hub/pace.py): an address that has spent it has its new connections
    closed at once."""
    _open: ClassVar[dict[str, int]] = {}
    """Open connections by client address, in this process (a class of its own per `config`)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        self._address = None
        peer = transport.get_extra_info("peername")
        address = peer[0] if isinstance(peer, tuple) and peer else None
        if address is not None and not is_loopback(address):
            if self._open.get(address, 0) >= self.per_client or (
                self.pace is not None and self.pace.spent(address, time.monotonic())
            ):
                transport.close()
                return
            self._open[address] = self._open.get(address, 0) + 1
            self._address = address
        self._await_head()

    def _await_head(self) -> None:
        self._stop_head_timer()
        self._head_timer = self.loop.call_later(self.head_seconds, self._head_too_late)

    def _stop_head_timer(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_too_late(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if getattr(self, "_head_timer", None) is None:
            self._await_head()

    def on_headers_complete(self) -> None:
        self._stop_head_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        address = getattr(self, "_address", None)
        if address is not None:
            self._address = None
            left = self._open.get(address, 1) - 1
            if left > 0:
                self._open[address] = left
            else:
                self._open.pop(address, None)
        super().connection_lost(exc)


def config(
    app,
    host: str,
    port: int,
    log_level: str = "info",
    *,
    head_seconds: float = HEADERS_SECONDS,
    idle_seconds: int = IDLE_SECONDS,
    per_client: int = PER_CLIENT,
) -> uvicorn.Config:
    """uvicorn's settings for a hub app on `host`:`port` (the limits can be shortened for a test)."""
    # A protocol class of this hub's own: its limits, and its own count of each address's connections.
    pace = getattr(getattr(app, "state", None), "pace", None)
    limits = {"head_seconds": head_seconds, "per_client": per_client, "_open": {}, "pace": pace}
    protocol = type("HeadTimeoutProtocol", (HeadTimeoutProtocol,), limits)
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="on",
        http=protocol,
        timeout_keep_alive=idle_seconds,
        limit_concurrency=MAX_CONNECTIONS,
        ws_max_size=WS_MAX_MESSAGE,
    )


class Server(uvicorn.Server):
    """uvicorn's server, telling its service manager through `notify` (systemd's, when `kiosk hub` runs
    as deploy/systemd/kokoomo-hub.service) `READY=1` once the hub listens, so the kiosk's service starts
    only then and its first request is answered, and, every `ping_seconds`, `WATCHDOG=1` from the event
    loop: a hub whose loop stopped turning (every request and every feed waits on it) is killed and
    started again. Without `notify` it is uvicorn's server as it is."""

    def __init__(
        self, config: uvicorn.Config, notify: Notify | None = None, ping_seconds: float | None = None
    ):
        super().__init__(config)
        self._notify = notify
        self._ping_seconds = ping_seconds
        self._pings: asyncio.Task | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.started or self._notify is None:
            return  # could not listen (uvicorn says why and the hub exits), or nobody to tell
        self._notify("READY=1\nSTATUS=The hub answers")
        if self._ping_seconds:
            self._pings = asyncio.get_running_loop().create_task(self._ping(self._notify, self._ping_seconds))

    @staticmethod
    async def _ping(notify: Notify, every: float) -> None:
        while True:
            notify("WATCHDOG=1")
            await asyncio.sleep(every)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self._pings is not None:
            self._pings.cancel()
        if self._notify is not None:
            self._notify("STOPPING=1")
        await super().shutdown(sockets)
