"""Admin reads of the anonymous statistics, and the retention setting."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, StrictInt

from kiosk.core.clock import HELSINKI
from kiosk.server import retention, stats
from kiosk.server.hub.auth import require
from kiosk.server.hub.bounds import day_query
from kiosk.server.hub.errors import ApiError

router = APIRouter(tags=["statistics"], dependencies=[require("admin")])
_AUTH = {401: {"description": "no token, an unknown or an ended session"}, 403: {"description": "not admin"}}


@router.get(
    "/api/stats",
    summary="Anonymous statistics of a period",
    responses={**_AUTH, 422: {"description": "`bad_range`, or `invalid_field` for a date that is none"}},
)
def get_stats(
    request: Request,
    from_: Annotated[date | None, day_query("first day, Helsinki (default: today)", alias="from")] = None,
    to: Annotated[date | None, day_query("last day (default: `from`)")] = None,
) -> dict:
    """Visitors per day and hour, per service and first answer, waits, no-shows and bookings; the same
    before and after old days are purged (see docs/api.md, Statistics)."""
    hub = request.app.state.hub
    first = from_ or hub.clock().astimezone(HELSINKI).date()
    last = to or first
    if last < first:
        raise ApiError(422, "bad_range", f"to ({last}) is before from ({first})", "query.to")
    if (last - first).days + 1 > stats.LONGEST_PERIOD:
        message = f"at most {stats.LONGEST_PERIOD} days at once"
        raise ApiError(422, "bad_range", message, "query.to")
    return hub.read(lambda db: stats.figures(db, first, last))


class RetentionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days: StrictInt = Field(ge=retention.SHORTEST, le=retention.LONGEST, description="days to keep tickets")


@router.get("/api/settings/retention", summary="How many days tickets and bookings are kept", responses=_AUTH)
def get_retention(request: Request) -> dict:
    return {"days": request.app.state.hub.read(retention.retention_days)}


@router.put(
    "/api/settings/retention",
    summary="Set how many days tickets and bookings are kept (7 to 365); purges at once",
    responses={**_AUTH, 422: {"description": "`invalid_field`: not a whole number from 7 to 365"}},
)
def put_retention(body: RetentionRequest, request: Request) -> dict:
    """`{"days", "purged": {table: rows deleted}}`: older days go into the statistics and are deleted now."""
    hub = request.app.state.hub
    hub.write(lambda db: retention.set_retention_days(db, body.days))
    return {"days": body.days, "purged": hub.purge()}
