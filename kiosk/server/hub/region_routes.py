"""`GET /api/region`: the hub's link to its region as the admin sees it, and the region's templates it
pulled (docs/region.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request

from kiosk.server import region_link
from kiosk.server.hub.auth import require
from kiosk.server.hub.errors import ApiError

router = APIRouter(tags=["admin"], dependencies=[require("admin")])
_AUTH = {401: {"description": "no token, an unknown or an ended session"}, 403: {"description": "not admin"}}


@router.get(
    "/api/region", summary="The link to the region: joined, last reached, days waiting", responses=_AUTH
)
def get_region(request: Request) -> dict:
    """`{"joined": false}`, or the region's address, the centre it joined as, when it was last reached,
    `not_reached_since` (null unless the last try failed), the last error and how many days wait."""
    return request.app.state.hub.read(region_link.status)


@router.get(
    "/api/region/templates/{name}",
    summary="One of the region's routing templates as last pulled, to adopt as the admin's draft",
    responses={**_AUTH, 404: {"description": "`unknown_template`"}},
)
def get_template(
    name: Annotated[str, Path(description="the template's name on the region")], request: Request
) -> dict:
    """`{"name", "note", "yaml", "created_at"}`: the YAML as the region keeps it (the region checked it when
    it was added; the admin checks it again as any import before it becomes the draft)."""
    found = request.app.state.hub.read(lambda db: region_link.template(db, name))
    if found is None:
        raise ApiError(404, "unknown_template", f"no region template {name!r} at this hub", "name")
    return found
