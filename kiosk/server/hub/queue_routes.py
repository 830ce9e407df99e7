"""`GET /api/health` and `/api/routing` (open), and `GET /api/queue` (any paired screen, by role)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from kiosk.core.routing import to_data
from kiosk.server import openings, store
from kiosk.server.hub.auth import READERS, bearer, require
from kiosk.server.hub.models import QueueSnapshot, ShownQueue
from kiosk.server.hub.views import view_for
from kiosk.server.tokens import device_of, token_id

router = APIRouter(tags=["queue"])


@router.get("/api/health")
def health(request: Request) -> dict:
    """`{"status": "ok", "routing": <active version id>, "writes": "ok" | "failing"}`, and `"role"` (the
    token's role, null if the hub does not know it) when a token is sent: a kiosk that polls
    its health also learns when an admin published a new routing, without following the whole event
    feed; `writes` is "failing" while the hub cannot save (a full disk, a read-only file) and "ok"
    again once a write worked (the hub retries by itself every 2 s)."""
    hub = request.app.state.hub
    token = bearer(request.headers)
    now = hub.clock()

    def read(db) -> tuple[int | None, tuple[str, str] | None]:
        # One read-only trip for both: the routing's version, and the token's role if one was sent.
        return store.active_routing_id(db), device_of(db, token, now) if token else None

    routing, device = hub.look(read)
    answer = {"status": "ok", "routing": routing, "writes": "ok" if hub.writes_ok else "failing"}
    if token is not None:
        # A device that sends its token learns whether the hub knows it: a kiosk installed with a
        # wrong one says so at start, not at its first visitor's ticket.
        answer["role"] = device[0] if device else None
    if device is not None and device[0] == "kiosk":
        hub.devices.seen(token_id(token), "kiosk", device[1], now)  # in touch (hub/device_watch.py)
    return answer


@router.get("/api/routing", response_model=dict)
def routing(request: Request) -> JSONResponse:
    """The active routing as plain data, with its version id; `rounds`: the region's rounds at this centre
    (docs/region.md), blocks the kiosk adds to its scheduled services' times (the routing itself, as the
    admin edits it, has only the centre's own)."""
    hub = request.app.state.hub
    version, model, rounds = hub.look(lambda db: (*hub.routing(db), openings.rounds(db)))
    # Plain JSON data already: sent as it is, not walked again by FastAPI's encoder (4 ms of the 5 this
    # open request cost, and every kiosk waits for it before its first screen).
    return JSONResponse({"version": version, "routing": to_data(model), "rounds": rounds})


@router.get(
    "/api/queue",
    response_model=QueueSnapshot | ShownQueue,
    summary="The live queue",
    responses={
        401: {"description": "no token, or one the hub does not know"},
        403: {"description": "a token of a role that reads no queue"},
    },
)
def snapshot(request: Request, role: str = require(*READERS)) -> JSONResponse:
    """Today's waiting and called tickets and each service's counts; `seq` is the last event they include.

    A staff or admin token reads the queue as it is (`QueueSnapshot`); a display or kiosk token reads
    what a screen shows (`ShownQueue`: no discreet service, no journey, language or real ticket code).
    """
    full, discretion = request.app.state.hub.current_snapshot()
    # Sent as built (the models above document it): the same keys the event feed's tickets have.
    return JSONResponse(view_for(role, discretion)[0](full))
