"""Admin calls: a session for the PIN, and the routing's versions (history, diff, publish, go back)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from kiosk.server import admin, tokens, versions
from kiosk.server.hub.auth import Credentials, PairedOrLocal, require
from kiosk.server.hub.bounds import id_path, id_query
from kiosk.server.hub.errors import ApiError

log = logging.getLogger(__name__)
session_router = APIRouter(tags=["admin"])
router = APIRouter(tags=["admin"], dependencies=[require("admin")])

VersionId = Annotated[int, id_path("a routing version id (see GET /api/routing/versions)")]
_AUTH = {401: {"description": "no token, an unknown or an ended session"}, 403: {"description": "not admin"}}
_UNKNOWN = {404: {"description": "`unknown_version`"}}


class SessionRequest(BaseModel):
    """The admin PIN, and optionally who is editing (shown in the version history)."""

    model_config = ConfigDict(extra="forbid")
    pin: StrictStr = Field(max_length=100, description="the admin PIN (4 to 12 digits)")
    name: StrictStr | None = Field(None, max_length=admin.NAME_LENGTH, description="who publishes")


@session_router.post(
    "/api/admin/session",
    status_code=201,
    summary="Trade the admin PIN for an admin token valid 8 hours",
    description="Only a paired device (any valid token) or the hub machine itself (loopback) may try.",
    responses={
        201: {"description": '`{"token", "expires_at", "name"}`'},
        401: {
            "description": '`wrong_pin` with `"tries_left"`; `no_token` / `unknown_token` from another'
            " machine without a valid token (not counted as a try)"
        },
        409: {"description": "`no_pin`: set one on the hub machine with `kiosk admin --set-pin`"},
        429: {"description": '`locked` with `"retry_after_seconds"` (and `Retry-After`)'},
    },
)
def open_session(body: SessionRequest, request: Request, caller: PairedOrLocal) -> Any:
    hub = request.app.state.hub
    name = versions.one_line(body.name or "") or "admin"
    attempt = hub.write(lambda db: admin.try_pin(db, body.pin, name, hub.clock()))
    # Who tried goes to the hub's log only: a token's id is what `kiosk token revoke` takes.
    if attempt.outcome == "ok":
        log.info("admin session opened from %s", caller)
    elif attempt.outcome != "no_pin":
        log.warning("admin PIN refused (%s) from %s", attempt.outcome, caller)
    if attempt.outcome == "ok":
        return JSONResponse(
            {"token": attempt.token, "expires_at": attempt.expires_at, "name": attempt.name}, status_code=201
        )
    if attempt.outcome == "no_pin":
        message = "no admin PIN is set on this hub: set one with: kiosk admin --set-pin"
        raise ApiError(409, "no_pin", message, "pin")
    if attempt.outcome == "locked":
        seconds = attempt.retry_after_seconds
        body_ = {
            "error": "locked",
            "message": f"too many wrong PINs: try again in {seconds} s",
            "where": "pin",
            "retry_after_seconds": seconds,
        }
        return JSONResponse(body_, status_code=429, headers={"Retry-After": str(seconds)})
    left = attempt.tries_left
    body_ = {
        "error": "wrong_pin",
        "message": f"wrong PIN: {left} {'try' if left == 1 else 'tries'} left before a lock",
        "where": "pin",
        "tries_left": left,
    }
    return JSONResponse(body_, status_code=401)


@router.get("/api/admin/session", summary="This admin token's session", responses=_AUTH)
def session(request: Request, credentials: Credentials) -> dict:
    """`{"name", "expires_at"}`; a lasting admin token (kiosk token add) has `expires_at` null."""
    hub = request.app.state.hub
    found = hub.read(lambda db: tokens.session_of(db, credentials.credentials, hub.clock()))
    return found or {"name": "admin", "expires_at": None}


@router.delete(
    "/api/admin/session",
    status_code=204,
    summary="Log out: end this admin session",
    responses={**_AUTH, 409: {"description": "`not_a_session`: a lasting admin token is not ended here"}},
)
def close_session(request: Request, credentials: Credentials) -> Response:
    hub = request.app.state.hub
    if not hub.write(lambda db: tokens.end_session(db, credentials.credentials)):
        message = "this is a lasting admin token (kiosk token add), not a session: nothing was ended"
        raise ApiError(409, "not_a_session", message, "Authorization")
    return Response(status_code=204)


def _by(request: Request, credentials: Credentials) -> str:
    hub = request.app.state.hub
    found = hub.read(lambda db: tokens.session_of(db, credentials.credentials, hub.clock()))
    return found["name"] if found else "admin"


def _unknown(error: versions.VersionError) -> ApiError:
    return ApiError(404, "unknown_version", str(error), error.where)


def _invalid(error: versions.InvalidRouting) -> JSONResponse:
    body = {
        "error": "invalid_routing",
        "message": f"{error}: {'; '.join(str(p) for p in error.problems[:3])}",
        "where": error.problems[0].where if error.problems else None,
        "problems": [{"where": p.where, "message": p.message} for p in error.problems],
    }
    return JSONResponse(body, status_code=422)


@router.get("/api/routing/versions", summary="Every routing version, newest first", responses=_AUTH)
def list_versions(request: Request) -> dict:
    """`{"active": id, "versions": [{"id", "created_at", "note", "by", "active"}]}`."""
    return request.app.state.hub.read(versions.history)


@router.get(
    "/api/routing/versions/{version_id}", summary="One routing version", responses={**_AUTH, **_UNKNOWN}
)
def get_version(version_id: VersionId, request: Request) -> dict:
    """Its history entry with `yaml` (the text as stored) and `routing` (plain data)."""
    try:
        return request.app.state.hub.read(lambda db: versions.version(db, version_id))
    except versions.VersionError as error:
        raise _unknown(error) from None


@router.get(
    "/api/routing/diff",
    summary="What changed between two routing versions",
    responses={**_AUTH, **_UNKNOWN},
)
def get_diff(
    request: Request,
    from_: Annotated[int, id_query("the earlier version id", alias="from")],
    to: Annotated[int, id_query("the later version id")],
) -> dict:
    """`{"from", "to", "changes": [{"where", "kind": added|removed|changed|moved, "before", "after"}]}`."""
    try:
        return request.app.state.hub.read(lambda db: versions.difference(db, from_, to))
    except versions.VersionError as error:
        raise _unknown(error) from None


Note = Annotated[StrictStr, Field(max_length=versions.NOTE_LENGTH, description="one line: what changed")]


class PublishRequest(BaseModel):
    """A routing to publish: `routing` (plain data, as GET /api/routing gives it) or `yaml` (text)."""

    model_config = ConfigDict(extra="forbid")
    routing: dict | None = None
    yaml: StrictStr | None = Field(None, max_length=1_000_000)
    note: Note = ""


class ActivateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: Note = ""


_PUBLISHED = {
    201: {"description": '`{"version": new id}`; the feed carries `routing.published`'},
    422: {"description": '`invalid_routing` with `"problems": [{"where", "message"}]`; nothing changed'},
}


@router.post(
    "/api/routing", status_code=201, summary="Publish a new routing", responses={**_AUTH, **_PUBLISHED}
)
def publish(body: PublishRequest, request: Request, credentials: Credentials) -> Any:
    if (body.routing is None) == (body.yaml is None):
        message = "send either routing (plain data) or yaml (text), not both"
        raise ApiError(422, "invalid_field", message, "body")
    hub = request.app.state.hub
    by = _by(request, credentials)
    draft = versions.Draft(yaml=body.yaml, data=body.routing)
    try:
        version = hub.write(lambda db: versions.publish(db, draft, note=body.note, by=by, now=hub.clock()))
    except versions.InvalidRouting as error:
        return _invalid(error)
    return {"version": version}


@router.post(
    "/api/routing/versions/{version_id}/activate",
    status_code=201,
    summary="Make an earlier version active again (as a new version)",
    responses={**_AUTH, **_UNKNOWN, **_PUBLISHED},
)
def activate(version_id: VersionId, body: ActivateRequest, request: Request, credentials: Credentials) -> Any:
    hub = request.app.state.hub
    by = _by(request, credentials)
    try:
        version = hub.write(
            lambda db: versions.activate(db, version_id, note=body.note, by=by, now=hub.clock())
        )
    except versions.VersionError as error:
        raise _unknown(error) from None
    except versions.InvalidRouting as error:
        return _invalid(error)
    return {"version": version}
