"""Staff calls: call the next ticket, finish, no-show, recall, transfer, and a service's present/away."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

from kiosk.core.caller import caller_id
from kiosk.server import staff_actions
from kiosk.server.hub.auth import Credentials, require
from kiosk.server.hub.models import ServiceState, Ticket

router = APIRouter(tags=["staff"], dependencies=[require("staff")])

Code = Annotated[str, Path(description="the ticket's `code` (not its number)")]
ServiceId = Annotated[str, Path(description="a service id of the routing")]

_ERRORS = {
    401: {"description": "no token or an unknown one"},
    403: {"description": "a token of another role than staff or admin"},
    404: {"description": "no such ticket or service"},
}
_STATE = {409: {"description": "the ticket is in the wrong state for this call; `message` says why"}}


class TransferRequest(BaseModel):
    """Where the ticket goes: an on-site service of the routing."""

    model_config = ConfigDict(extra="forbid")
    service: StrictStr = Field(min_length=1, description="the service id to hand the ticket to")


class AvailabilityRequest(BaseModel):
    """Present (true) or away (false)."""

    model_config = ConfigDict(extra="forbid")
    available: StrictBool


def _caller(credentials: Credentials) -> str:
    return caller_id(credentials.credentials) if credentials else ""


@router.post(
    "/api/services/{service_id}/call-next",
    response_model=Ticket,
    summary="Call the service's next waiting ticket",
    responses={
        200: {"description": "TICKET, now `called`"},
        204: {"description": "nobody waits for this service"},
        **_ERRORS,
    },
)
def call_next(service_id: ServiceId, request: Request, credentials: Credentials) -> Ticket | Response:
    """Today's first waiting ticket of the service (priority, then place) becomes `called` by this desk."""
    ticket = request.app.state.hub.apply(staff_actions.call_next, service_id, _caller(credentials))
    return ticket if ticket is not None else Response(status_code=204)


@router.post(
    "/api/tickets/{code}/done",
    summary="Finish the called ticket: next service of its journey, or ended",
    responses={200: {"description": "TICKET: `waiting` at the next service, or `done`"}, **_ERRORS, **_STATE},
)
def done(code: Code, request: Request) -> Ticket:
    return request.app.state.hub.apply(staff_actions.done, code)


@router.post(
    "/api/tickets/{code}/no-show",
    summary="The called visitor did not come",
    responses={200: {"description": "TICKET, `no_show`"}, **_ERRORS, **_STATE},
)
def no_show(code: Code, request: Request) -> Ticket:
    return request.app.state.hub.apply(staff_actions.no_show, code)


@router.post(
    "/api/tickets/{code}/recall",
    summary="Call a called (or no-show) ticket again",
    responses={200: {"description": "TICKET, `called` again"}, **_ERRORS, **_STATE},
)
def recall(code: Code, request: Request, credentials: Credentials) -> Ticket:
    return request.app.state.hub.apply(staff_actions.recall, code, _caller(credentials))


@router.post(
    "/api/tickets/{code}/transfer",
    summary="Hand a waiting or called ticket to another service, at the end of its queue",
    responses={
        200: {"description": "TICKET, `waiting` at the other service"},
        422: {"description": "an unknown or scheduled service, or a malformed body"},
        **_ERRORS,
        **_STATE,
    },
)
def transfer(code: Code, body: TransferRequest, request: Request) -> Ticket:
    return request.app.state.hub.apply(staff_actions.transfer, code, body.service)


@router.put(
    "/api/services/{service_id}/availability",
    summary="Mark a service present or away",
    responses=_ERRORS,
)
def availability(service_id: ServiceId, body: AvailabilityRequest, request: Request) -> ServiceState:
    """An away on-site service is not offered at the kiosk: its visitors go to the routing's fallback."""
    return request.app.state.hub.apply(staff_actions.set_available, service_id, body.available)
