"""Dates off: staff set and remove days a scheduled service, or the whole centre, is not there."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

from kiosk.core.clock import HELSINKI
from kiosk.server import dates_off
from kiosk.server.hub.auth import require
from kiosk.server.hub.bounds import day_path, day_query

router = APIRouter(tags=["dates off"], dependencies=[require("staff")])
open_router = APIRouter(tags=["dates off"])
"""Reads anyone may make: which days the whole centre is closed (no notes), for the display and kiosks."""

Day = Annotated[date, day_path("the day, YYYY-MM-DD (Helsinki)", alias="date")]
_AUTH = {401: {"description": "no token or an unknown one"}, 403: {"description": "a token of another role"}}


class DateOffRequest(BaseModel):
    """Whose day off: a scheduled service, or null for the whole centre (a holiday)."""

    model_config = ConfigDict(extra="forbid")

    service: StrictStr | None = Field(description="a scheduled service id, or null: the whole centre")
    note: StrictStr = Field("", max_length=dates_off.NOTE_LENGTH, description="for staff only")
    cancel_bookings: StrictBool = Field(
        False, description="cancel the bookings held that day (otherwise 409 `has_bookings` lists them)"
    )


@router.get("/api/dates-off", summary="The dates off, by date", responses=_AUTH)
def list_dates_off(
    request: Request,
    from_: Annotated[date | None, day_query("first day (default: all)", alias="from")] = None,
    to: Annotated[date | None, day_query("last day (default: all)")] = None,
) -> dict:
    """Staff only: a note may say more than a visitor should read."""
    return {"dates_off": request.app.state.hub.read(lambda db: dates_off.list_dates_off(db, from_, to))}


@router.put(
    "/api/dates-off/{date}",
    summary="Make a day a date off for a service or the whole centre",
    responses={
        200: {"description": '`{"date", "service", "note", "created_at", "cancelled": [BOOKING]}`'},
        409: {"description": "`has_bookings`: bookings are held that day; the body lists them in `bookings`"},
        422: {"description": "`unknown_service`, `not_scheduled`, `past_date`, `invalid_field`"},
        **_AUTH,
    },
)
def set_date_off(day: Day, body: DateOffRequest, request: Request):
    """Idempotent: the same day again changes only the note."""
    try:
        return request.app.state.hub.apply(
            dates_off.set_date_off, day, body.service, body.note, body.cancel_bookings
        )
    except dates_off.DateOffError as error:
        content = {
            "error": error.code,
            "message": str(error),
            "where": error.where,
            "bookings": error.bookings,
        }
        return JSONResponse(content, status_code=error.status)


@router.delete(
    "/api/dates-off/{date}",
    summary="The service (or centre) is there after all",
    responses={404: {"description": "`unknown_date_off`"}, **_AUTH},
)
def remove_date_off(
    day: Day,
    request: Request,
    service: Annotated[str | None, Query(description="a service id; none: the centre's")] = None,
) -> dict:
    """Cancelled bookings stay cancelled; the slots are free again."""
    return request.app.state.hub.apply(dates_off.remove_date_off, day, service)


@open_router.get("/api/closed-days", summary="The days the whole centre is closed, from today on")
def closed_days(request: Request) -> dict:
    """Centre-wide dates off from today (Helsinki) on, as dates only: when the display says the centre
    opens again, it skips them. The notes stay with staff (`GET /api/dates-off`)."""
    hub = request.app.state.hub
    today = hub.clock().astimezone(HELSINKI).date()
    rows = hub.look(lambda db: dates_off.list_dates_off(db, today, None))
    return {"dates": sorted({row["date"] for row in rows if row["service"] is None})}
