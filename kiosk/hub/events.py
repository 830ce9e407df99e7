"""`WS /api/events?since=SEQ`: every event after SEQ in order, then live ones as they are committed."""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import APIRouter, Query, WebSocket
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocketDisconnect

from kiosk import store

router = APIRouter(tags=["events"])


@router.websocket("/api/events")
async def events(websocket: WebSocket, since: int = Query(0, ge=0)) -> None:
    hub = websocket.app.state.hub
    await websocket.accept()
    # Subscribe before replaying, so nothing committed in between is missed; duplicates are skipped by seq.
    live = hub.broadcaster.subscribe()
    closed = asyncio.create_task(_until_closed(websocket))
    try:
        sent = since
        for event in await run_in_threadpool(hub.read, lambda db: store.events_since(db, since)):
            await websocket.send_json(event)
            sent = event["seq"]
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
