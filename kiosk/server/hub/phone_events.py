"""`GET /t/{code}/events`: Server-Sent Events of ONE ticket's phone state, for the phone page's script.

The open event feed (`WS /api/events`) tells about every ticket; a visitor's phone must learn only
about its own. So the hub listens to the feed here and sends the phone its ticket's state (the same
JSON the page is rendered from) at once, then whenever an event may touch that ticket: its own
events, and events whose `services` name its service (a ticket ahead was called, finished or moved).
Each read counts the ticket's place on an index: a long queue costs a phone no more.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from kiosk.server.hub import phone
from kiosk.server.hub.errors import ApiError

KEEPALIVE_SECONDS = phone.ALIVE_SECONDS
"""An `alive` event after this long without a frame: it keeps proxies from dropping an idle stream, and
tells the page its stream still works (a hub that lost its power cannot close the connection)."""
ALIVE = "event: alive\ndata: 1\n\n"
WATCH_SECONDS = 0.25
"""How often an idle stream checks whether the server is shutting down."""
STREAMS_PER_CODE = 4
"""The most streams one ticket may have open at once (the visitor's phone, a reload, a second tab):
each costs a read per event at its service, so one code's hundred streams slowed every kiosk's ticket
from 5 to 71 ms."""
RETRY_MS = 3000
"""How long a phone's EventSource waits before reconnecting after the stream ends or drops."""

router = APIRouter(tags=["phone"])


def concerns(event: dict, code: str, service: str | None) -> bool:
    """Whether `event` may change what the phone of ticket `code`, at `service`, shows."""
    if event.get("type") == "routing.published":  # service names or rooms may have changed
        return True
    if (event.get("ticket") or {}).get("code") == code:
        return True
    return any(state.get("id") == service for state in event.get("services") or ())


def _frame(state: dict) -> str:
    return f"data: {json.dumps(state, ensure_ascii=False)}\n\n"


def _shutdown_watch(request: Request) -> Callable[[], bool] | None:
    """A check that turns true when the server starts a graceful shutdown; None if it cannot be seen.

    uvicorn (0.54) waits for every open response before it stops, and tells a streaming one only by
    turning off its request's keep-alive; an endless stream would hold the hub's shutdown forever.
    """
    cycle = getattr(request.receive, "__self__", None)
    if getattr(cycle, "keep_alive", None) is not True:
        return None
    return lambda: not cycle.keep_alive


@router.get(
    "/t/{code}/events",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}},
        404: {"description": "unknown ticket code"},
        429: {"description": "`too_many_streams`: this ticket has `STREAMS_PER_CODE` streams open"},
    },
)
async def ticket_events(
    code: str,
    request: Request,
    lang: str | None = Query(None, description="fi, sv or en; default: by Accept-Language"),
) -> StreamingResponse:
    """The ticket's phone state now and on every change, as `data: {json}` events; `alive` events."""
    hub = request.app.state.hub
    wanted = lang or request.headers.get("accept-language")
    if hub.phone_streams[code] >= STREAMS_PER_CODE:
        message = f"this ticket already has {STREAMS_PER_CODE} pages following it; close one"
        raise ApiError(429, "too_many_streams", message, code)
    # Subscribe before the first read, so nothing committed in between is missed.
    live = hub.broadcaster.subscribe()
    hub.phone_streams[code] += 1
    try:
        state, service = await run_in_threadpool(phone.read_live, hub, code, wanted)
    except BaseException:
        _let_go(hub, code, live)
        raise
    if state is None:
        _let_go(hub, code, live)
        raise ApiError(404, "unknown_ticket", f"no ticket with code {code!r}", code)
    stream = _stream(hub, code, wanted, live, state, service, _shutdown_watch(request))
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream, media_type="text/event-stream", headers=headers)


async def _stream(
    hub,
    code: str,
    wanted: str | None,
    live: asyncio.Queue,
    state: dict,
    service: str | None,
    stopping: Callable[[], bool] | None,
) -> AsyncIterator[str]:
    try:
        yield f"retry: {RETRY_MS}\n\n" + _frame(state)
        sent = time.monotonic()  # measured by the clock: a busy feed about other tickets is no frame
        while stopping is None or not stopping():
            try:
                events = [await asyncio.wait_for(live.get(), WATCH_SECONDS)]
            except TimeoutError:
                events = []
            if time.monotonic() - sent >= KEEPALIVE_SECONDS:
                if stopping is None:
                    # A server whose shutdown we cannot see: end now and then; the phone reconnects.
                    return
                yield ALIVE
                sent = time.monotonic()
            if not events:
                continue
            while not live.empty():
                events.append(live.get_nowait())
            if not any(concerns(event, code, service) for event in events):
                continue
            now, service = await run_in_threadpool(phone.read_live, hub, code, wanted)
            if now is None:  # the ticket is gone (purged): the page's reload shows the 404 page
                return
            if now != state:
                state = now
                sent = time.monotonic()
                yield _frame(state)
    finally:
        _let_go(hub, code, live)


def _let_go(hub, code: str, live: asyncio.Queue) -> None:
    hub.broadcaster.unsubscribe(live)
    hub.phone_streams[code] -= 1
    if hub.phone_streams[code] <= 0:
        del hub.phone_streams[code]
