"""Open reads: `GET /api/health`, `/api/routing` and `/api/queue`."""

from __future__ import annotations

from fastapi import APIRouter, Request

from kiosk import store
from kiosk.hub.models import QueueSnapshot
from kiosk.routing import to_data

router = APIRouter(tags=["queue"])


@router.get("/api/health")
def health(request: Request) -> dict:
    """`{"status": "ok", "routing": <active version id>, "writes": "ok" | "failing"}`: a kiosk that polls
    its health also learns when an admin published a new routing, without following the whole event
    feed; `writes` is "failing" while the hub cannot save (a full disk, a read-only file) and "ok"
    again once a write worked (the hub retries by itself every 2 s)."""
    hub = request.app.state.hub
    routing = hub.read(store.active_routing_id)
    return {"status": "ok", "routing": routing, "writes": "ok" if hub.writes_ok else "failing"}


@router.get("/api/routing")
def routing(request: Request) -> dict:
    """The active routing as plain data, with its version id."""
    hub = request.app.state.hub
    version, model = hub.read(hub.routing)
    return {"version": version, "routing": to_data(model)}


@router.get("/api/queue", response_model=QueueSnapshot, summary="The live queue")
def snapshot(request: Request) -> dict:
    """Today's waiting and called tickets and each service's counts; `seq` is the last event they include."""
    hub = request.app.state.hub
    return hub.read(hub.snapshot)
