"""Bookings: a service's free slots, booking one, checking in on the day; staff cancel, no-show, list."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from kiosk.core.clock import HELSINKI
from kiosk.server import bookings, openings, tokens
from kiosk.server.hub.auth import Credentials, bearer, request_role, require
from kiosk.server.hub.bounds import DAYS, day_query
from kiosk.server.hub.errors import error_response
from kiosk.server.hub.models import Booking, CheckIn, SlotList
from kiosk.server.hub.state import KIOSK_BOOKINGS
from kiosk.server.queue import QueueError

DISCREET_SLOTS_FOR = ("kiosk", "staff", "admin")
"""Who may read a discreet service's free slots (a display or a phone has no use for them)."""

router = APIRouter(tags=["bookings"])

MAX_DAYS = 62
"""The longest span one list call covers (slots or bookings)."""

Code = Annotated[str, Path(description="the booking code as typed: case, spaces and dashes do not matter")]
ServiceId = Annotated[str, Path(description="a scheduled service id of the routing")]
_AUTH = {401: {"description": "no token or an unknown one"}, 403: {"description": "a token of another role"}}
_STATE = {
    404: {"description": "`unknown_booking`"},
    409: {"description": "`used`, `cancelled`, `no_show`, `too_early`, `too_late`; the body has `booking`"},
}


class BookingRequest(BaseModel):
    """A slot the visitor chose: one `start` from the service's slots, as the hub sent it."""

    model_config = ConfigDict(extra="forbid")

    service: StrictStr = Field(min_length=1, description="a scheduled service id")
    start: StrictStr = Field(
        min_length=1,
        description=f"the slot's start, ISO 8601 with offset; a day from {DAYS}",
        json_schema_extra={"format": "date-time"},
    )
    lang: StrictStr = Field(description="one of the routing's languages: the ticket's language at check-in")
    key: StrictStr = Field(min_length=1, max_length=100, description="client-made id; same key, same booking")


def _refusal(error: QueueError) -> JSONResponse:
    """The error model, plus `booking` when the refusal is about one (the kiosk can show its time)."""
    held = getattr(error, "booking", None)
    if held is None:
        return error_response(error.status, error.code, str(error), error.where)
    body = {"error": error.code, "message": str(error), "where": error.where, "booking": held}
    return JSONResponse(body, status_code=error.status)


def _span(first: date | None, last: date | None, today: date, default_days: int) -> tuple[date, date]:
    first = first or today
    last = last or first + timedelta(days=default_days - 1)
    if last < first:
        raise QueueError(422, "bad_range", f"to ({last}) is before from ({first})", "to")
    if (last - first).days + 1 > MAX_DAYS:
        raise QueueError(422, "bad_range", f"from {first} to {last} is more than {MAX_DAYS} days", "to")
    return first, last


@router.get(
    "/api/services/{service_id}/slots",
    response_model=SlotList,
    summary="A scheduled service's free slots",
    responses={
        401: {
            "description": "`discreet_slots`: a discreet service's slots need a kiosk, staff or admin token"
        },
        404: {"description": "`unknown_service`"},
        422: {"description": "`not_scheduled`, `bad_range`"},
    },
)
def service_slots(
    service_id: ServiceId,
    request: Request,
    from_: Annotated[date | None, day_query("first day (default today)", alias="from")] = None,
    to: Annotated[date | None, day_query("last day (default: 14 days counting from)")] = None,
) -> dict:
    """Free: not booked, not on a date off, not started. Open read, but for a discreet service: a slot
    vanishing the moment the person at the kiosk books it would tell the lobby who sees the A-Clinic
    worker and when; its slots are for a kiosk's or staff's token only."""
    hub = request.app.state.hub
    token = bearer(request.headers)

    def read(db):
        _, routing = hub.routing(db)
        found = routing.service(service_id)
        if found is None:
            raise QueueError(404, "unknown_service", f"no service {service_id!r} in the routing", service_id)
        now = hub.clock()
        if found.discreet and (token is None or tokens.role_of(db, token, now) not in DISCREET_SLOTS_FOR):
            message = "a discreet service's slots are for a kiosk's or staff's token only"
            raise QueueError(401, "discreet_slots", message, "Authorization")
        service = bookings.scheduled_service(routing, service_id, service_id)
        first, last = _span(from_, to, now.astimezone(HELSINKI).date(), bookings.DAYS_AHEAD)
        free = openings.free_slots(db, service, now, first, last)
        return {"service": service_id, "from": first.isoformat(), "to": last.isoformat(),
                "slots": [slot.json() for slot in free]}  # fmt: skip

    return hub.look(read)  # open to anyone: beside the write lock, never under it


@router.post(
    "/api/bookings",
    status_code=201,
    response_model=Booking,
    dependencies=[require("kiosk", "staff")],
    summary="Book a free slot",
    responses={
        201: {"description": "BOOKING, `booked`, with its code"},
        409: {"description": "`slot_taken`, `slot_started`, `date_off`: pick another slot"},
        429: {"description": "`too_many_bookings`: this kiosk booked this service 3 times in 30 min"},
        422: {
            "description": "`not_a_slot`, `too_far_ahead`, `unknown_service`, `not_scheduled`, `unknown_lang`"
        },
        **_AUTH,
    },
)
def create_booking(body: BookingRequest, request: Request, credentials: Credentials):
    """Exactly one booking per slot, however many kiosks ask at once; the same `key`, the same booking.
    A kiosk's token books one service at most `KIOSK_BOOKINGS` times in `KIOSK_BOOKINGS_WINDOW`."""
    hub = request.app.state.hub
    token = credentials.credentials if credentials is not None else None
    limited = (
        token is not None
        and request_role(request, token) == "kiosk"
        and not hub.look(
            lambda db: bookings.booking_key_known(db, body.key)  # a retry gets its booking, as ever
        )
    )
    key = f"{tokens.token_id(token)}:{body.service}" if limited else ""
    if limited and (wait := hub.kiosk_bookings.wait(key)):
        return _too_many_bookings(wait)

    def change(db):
        version, routing = hub.routing(db)
        return bookings.create_booking(
            db, routing, version, service_id=body.service, start=body.start, lang=body.lang, key=body.key,
            now=hub.clock(),
        )  # fmt: skip

    made = hub.write(change)
    if limited:
        hub.kiosk_bookings.miss(key)  # counted once made: a taken or refused slot costs nothing
    return made


@router.post(
    "/api/bookings/{code}/check-in",
    status_code=201,
    response_model=CheckIn,
    dependencies=[require("kiosk", "staff")],
    summary="The visitor has come: the booking becomes a ticket",
    responses={
        201: {"description": '`{"outcome": "queued", "ticket": TICKET, "booking": BOOKING}`'},
        **_STATE,
        **_AUTH,
        429: {
            "description": "`too_many_tries`: this token sent 10 unknown codes in the last minute"
            " (`Retry-After`); a known code is never refused so"
        },
    },
)
def check_in(code: Code, request: Request, credentials: Credentials):
    hub = request.app.state.hub

    def change(db):
        version, routing = hub.routing(db)
        return bookings.check_in(db, routing, version, code, hub.clock())

    try:
        return hub.write(change)
    except bookings.BookingError as error:
        if error.code == "unknown_booking" and credentials is not None:
            # Only a code that is not found counts: a real visitor's code always checks in.
            wait = hub.code_guesses.miss(tokens.token_id(credentials.credentials))
            if wait:
                return _too_many(wait)
        return _refusal(error)


def _too_many_bookings(seconds: int) -> JSONResponse:
    body = {
        "error": "too_many_bookings",
        "message": f"this kiosk booked this service {KIOSK_BOOKINGS} times lately: the desk can book more;"
        f" the kiosk may again in {seconds} s",
        "where": "service",
        "retry_after_seconds": seconds,
    }
    return JSONResponse(body, status_code=429, headers={"Retry-After": str(seconds)})


def _too_many(seconds: int) -> JSONResponse:
    body = {
        "error": "too_many_tries",
        "message": f"too many unknown booking codes from this device: try again in {seconds} s",
        "where": "code",
        "retry_after_seconds": seconds,
    }
    return JSONResponse(body, status_code=429, headers={"Retry-After": str(seconds)})


@router.post(
    "/api/bookings/{code}/cancel",
    response_model=Booking,
    dependencies=[require("staff")],
    summary="Cancel a booking: its slot is free again",
    responses={**_STATE, **_AUTH},
)
def cancel(code: Code, request: Request):
    try:
        return request.app.state.hub.apply(bookings.cancel, code)
    except bookings.BookingError as error:
        return _refusal(error)


@router.post(
    "/api/bookings/{code}/no-show",
    response_model=Booking,
    dependencies=[require("staff")],
    summary="The booked visitor did not come",
    responses={**_STATE, **_AUTH},
)
def no_show(code: Code, request: Request):
    try:
        return request.app.state.hub.apply(bookings.no_show, code)
    except bookings.BookingError as error:
        return _refusal(error)


@router.get(
    "/api/bookings",
    dependencies=[require("staff")],
    summary="Bookings of some services over some days, for a staff console",
    responses={422: {"description": "`bad_range`"}, **_AUTH},
)
def list_bookings(
    request: Request,
    service: Annotated[list[str] | None, Query(description="service id; repeat it for several")] = None,
    from_: Annotated[date | None, day_query("first day (default today)", alias="from")] = None,
    to: Annotated[date | None, day_query("last day (default: the day after from)")] = None,
) -> dict:
    """Every booking starting on those days, any status, by start; a checked-in one names its ticket."""
    hub = request.app.state.hub

    def read(db):
        first, last = _span(from_, to, hub.clock().astimezone(HELSINKI).date(), 2)
        found = bookings.list_bookings(db, service or [], first, last)
        return {"from": first.isoformat(), "to": last.isoformat(), "bookings": found}

    return hub.read(read)
