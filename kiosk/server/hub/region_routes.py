"""`GET /api/region`: the hub's link to its region as the admin sees it (docs/region.md)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from kiosk.server import region_link
from kiosk.server.hub.auth import require

router = APIRouter(tags=["admin"], dependencies=[require("admin")])
_AUTH = {401: {"description": "no token, an unknown or an ended session"}, 403: {"description": "not admin"}}


@router.get(
    "/api/region", summary="The link to the region: joined, last reached, days waiting", responses=_AUTH
)
def get_region(request: Request) -> dict:
    """`{"joined": false}`, or the region's address, the centre it joined as, when it was last reached,
    `not_reached_since` (null unless the last try failed), the last error and how many days wait."""
    return request.app.state.hub.read(region_link.status)
