"""`WS /api/events?since=SEQ`: every event after SEQ in order (or a reset with a snapshot), then live ones."""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import APIRouter, Query, WebSocket
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocketDisconnect

from kiosk import store

router = APIRouter(tags=["events"])


def catch_up(hub, since: int) -> list[dict]:
    """The messages that bring a client at `since` up to now: the missed events, or one reset.

    A reset (`{"type": "reset", "seq": N, "snapshot": <GET /api/queue>}`) is sent when the events
    after `since` are no longer kept, or `since` is ahead of the hub (its database was replaced).
    """

    def read(db):
        if since > store.last_seq(db) or since < store.first_kept_seq(db) - 1:
            snapshot = hub.snapshot(db)
            return [{"seq": snapshot["seq"], "type": "reset", "snapshot": snapshot}]
        return store.events_since(db, since)

    return hub.read(read)


@router.websocket("/api/events")
async def events(websocket: WebSocket, since: int = Query(0, ge=0)) -> None:
    hub = websocket.app.state.hub
    await websocket.accept()
    # Subscribe before catching up, so nothing committed in between is missed; duplicates are skipped by seq.
    live = hub.broadcaster.subscribe()
    closed = asyncio.create_task(_until_closed(websocket))
    try:
        sent = since
        for message in await run_in_threadpool(catch_up, hub, since):
            await websocket.send_json(message)
            sent = message["seq"]
        while True:
            nxt = asyncio.create_task(live.get())
            done, _ = await asyncio.wait({nxt, closed}, return_when=asyncio.FIRST_COMPLETED)
            if closed in done:
                nxt.cancel()
                return
            event = nxt.result()
            if event["seq"] > sent:
                await websocket.send_json(event)
                sent = event["seq"]
    except (WebSocketDisconnect, RuntimeError):
        return
    finally:
        hub.broadcaster.unsubscribe(live)
        closed.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await closed


async def _until_closed(websocket: WebSocket) -> None:
    """Read (and ignore) what the client sends, until it goes away or the hub shuts down."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
