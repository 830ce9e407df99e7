"""`WS /api/events?since=SEQ`: every event after SEQ in order (or a reset with a snapshot), then live ones.

Any paired screen may follow it (a display, staff, kiosk or admin token in `Authorization: Bearer`),
each reading what its role may (kiosk/server/hub/views.py). A client without one is refused before the
handshake completes, at no cost to the hub. A replay is read beside the hub's lock, never under it,
and is at most `REPLAY_MAX` events: a client further behind gets a reset (a fresh snapshot) instead.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter

from fastapi import APIRouter, Query, WebSocket
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocketDisconnect

from kiosk.server import store
from kiosk.server.hub.auth import READERS, bearer
from kiosk.server.hub.views import view_for
from kiosk.server.tokens import device_of, token_id

router = APIRouter(tags=["events"])

REPLAY_MAX = 300
"""The most events one replay sends (a display off for a busy hour misses about 100); past it, a reset."""
FEEDS_PER_CLIENT = 8
"""The most feeds open at once from one client address (a PC runs one or two screens)."""
REFUSED = 1008
"""WebSocket close code 'policy violation': no token, a wrong one, or too many feeds from one address.
Sent before the handshake completes, so the client sees the upgrade refused (HTTP 403)."""


def catch_up(hub, since: int, role: str = "staff") -> list[dict]:
    """The messages that bring a client at `since` up to now, as `role` reads them: the missed events,
    or one reset (`{"type": "reset", "seq": N, "snapshot": <GET /api/queue>}`) when the events after
    `since` are no longer kept, are more than `REPLAY_MAX`, or `since` is ahead of the hub (its database
    was replaced). Read on a read-only connection, without the hub's lock."""

    def read(db):
        last = store.last_seq(db)
        if since > last or since < store.first_kept_seq(db) - 1 or last - since > REPLAY_MAX:
            return None, hub.discretion(db)
        return store.events_since(db, since), hub.discretion(db)

    events, discretion = hub.look(read)
    show_snapshot, show_event = view_for(role, discretion)
    if events is None:
        snapshot, _ = hub.current_snapshot()
        return [{"seq": snapshot["seq"], "type": "reset", "snapshot": show_snapshot(snapshot)}]
    return [shown for shown in map(show_event, events) if shown is not None]


class Feeds:
    """How many feeds each client address holds open."""

    def __init__(self, per_client: int = FEEDS_PER_CLIENT):
        self.per_client = per_client
        self.open: Counter[str] = Counter()

    def take(self, address: str) -> bool:
        if self.open[address] >= self.per_client:
            return False
        self.open[address] += 1
        return True

    def give_back(self, address: str) -> None:
        self.open[address] -= 1
        if self.open[address] <= 0:
            del self.open[address]


@router.websocket("/api/events")
async def events(websocket: WebSocket, since: int = Query(0, ge=0)) -> None:
    hub = websocket.app.state.hub
    token = bearer(websocket.headers)
    # One read for both: the role, and the name staff know a display by (device_watch.py).
    device = (
        await run_in_threadpool(hub.look, lambda db: device_of(db, token, hub.clock())) if token else None
    )
    role = device[0] if device else None
    if role not in (*READERS, "admin"):
        await websocket.close(REFUSED, "this feed needs a display, staff or kiosk token")
        return
    address = websocket.client.host if websocket.client else ""
    feeds: Feeds = websocket.app.state.feeds
    if not feeds.take(address):
        await websocket.close(REFUSED, f"at most {feeds.per_client} feeds from one address")
        return
    # A waiting-room display is in touch while its feed is open (kiosk/server/hub/device_watch.py).
    display = token_id(token) if role == "display" else None
    if display is not None:
        hub.devices.opened(display, "display", device[1], hub.clock())
    try:
        await _follow(hub, websocket, since, role)
    finally:
        feeds.give_back(address)
        if display is not None:
            hub.devices.closed(display, hub.clock())


async def _follow(hub, websocket: WebSocket, since: int, role: str) -> None:
    await websocket.accept()
    # Subscribe before catching up, so nothing committed in between is missed; duplicates are skipped by seq.
    live = hub.broadcaster.subscribe()
    closed = asyncio.create_task(_until_closed(websocket))
    try:
        sent = since
        for message in await run_in_threadpool(catch_up, hub, since, role):
            await websocket.send_json(message)
            sent = message["seq"]
        while True:
            nxt = asyncio.create_task(live.get())
            done, _ = await asyncio.wait({nxt, closed}, return_when=asyncio.FIRST_COMPLETED)
            if closed in done:
                nxt.cancel()
                return
            event = nxt.result()
            if event["seq"] <= sent:
                continue
            sent = event["seq"]
            shown = _shown(hub, role, event)
            if shown is not None:
                await websocket.send_json(shown)
    except (WebSocketDisconnect, RuntimeError):
        return
    finally:
        hub.broadcaster.unsubscribe(live)
        closed.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await closed


def _shown(hub, role: str, event: dict) -> dict | None:
    """A live event as `role` reads it; the routing's discretion is the one its writer used."""
    return view_for(role, hub.live_discretion())[1](event)


async def _until_closed(websocket: WebSocket) -> None:
    """Read (and ignore) what the client sends, until it goes away or the hub shuts down."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
