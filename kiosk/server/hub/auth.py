"""The role check: one dependency reading `Authorization: Bearer <token>`; admin may do anything.

Tokens are looked up on the hub's read-only connections (`Hub.look`), never under its write lock, so a
client sending unknown tokens slows no kiosk.

`paired_or_local` is the looser check of the admin PIN: any valid token, or a request from the hub
machine itself (loopback), may try it.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from kiosk.server.hub.errors import ApiError
from kiosk.server.tokens import role_of, token_id

_bearer = HTTPBearer(auto_error=False, description="a token from `kiosk token add --role ROLE`")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
_CHALLENGE = {"WWW-Authenticate": "Bearer"}
log = logging.getLogger(__name__)


def _refuse_unknown() -> ApiError:
    return ApiError(401, "unknown_token", "the token is not known to this hub", "Authorization", _CHALLENGE)


def bearer(headers) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None."""
    scheme, _, token = (headers.get("authorization") or "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def token_role(hub, token: str | None) -> str | None:
    """The role of `token` on this hub, or None (no token, unknown or ended)."""
    if not token:
        return None
    return hub.look(lambda db: role_of(db, token, hub.clock()))


_SEEN = "kiosk_token_role"


def remember_role(scope, token: str, role: str | None) -> None:
    """Keep the role the door (guard.py) looked up for this request, so the route does not look again."""
    scope.setdefault("state", {})[_SEEN] = (token, role)


def _seen_role(request: Request, token: str) -> tuple[bool, str | None]:
    seen = request.scope.get("state", {}).get(_SEEN)
    return (True, seen[1]) if seen is not None and seen[0] == token else (False, None)


def request_role(request: Request, token: str) -> str | None:
    """The role of this request's `token`: the door's lookup when it made one, else one lookup."""
    known, role = _seen_role(request, token)
    return role if known else token_role(request.app.state.hub, token)


def require(*roles: str):
    """A dependency that lets through a token of one of `roles` (or admin): 401 without one, 403 if wrong."""

    async def check(request: Request, credentials: Credentials) -> str:
        # Async, so a change whose token the door already looked up costs no trip to a worker thread.
        if credentials is None:
            message = "this call needs a token: send Authorization: Bearer <token>"
            raise ApiError(401, "no_token", message, "Authorization", _CHALLENGE)
        known, role = _seen_role(request, credentials.credentials)
        if not known:
            role = await run_in_threadpool(token_role, request.app.state.hub, credentials.credentials)
        if role is None:
            raise _refuse_unknown()
        if role != "admin" and role not in roles:
            message = f"a {role} token may not do this; it needs a {' or '.join(roles)} token"
            raise ApiError(403, "wrong_role", message, "Authorization")
        return role

    return Depends(check)


READERS = ("display", "staff", "kiosk")
"""The roles that may read the live queue (and admin): every paired screen."""


def is_loopback(host: str | None) -> bool:
    """Whether a client address is the hub machine itself: 127.0.0.0/8, ::1 or ::ffff:127.x.y.z.
    Anything else, also a name or no address at all, is not."""
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def caller(request: Request, credentials: Credentials) -> str:
    """Who may try the admin PIN: a paired device (any valid token: kiosk, display, staff or admin) or
    the hub machine (a loopback address, token or not). Named for the log: `token <id> (<role>)` or
    `loopback`. Anyone else gets 401 before the PIN is looked at, so it is no try."""
    host = request.client.host if request.client else None
    if credentials is None:
        if is_loopback(host):
            return "loopback"
        message = (
            "only a paired device (any hub token) or the hub machine itself may try the admin PIN:"
            " send Authorization: Bearer <token>"
        )
        raise ApiError(401, "no_token", message, "Authorization", _CHALLENGE)
    role = request_role(request, credentials.credentials)
    if role is None:
        if is_loopback(host):
            return "loopback"
        raise _refuse_unknown()
    return f"token {token_id(credentials.credentials)} ({role})"


PairedOrLocal = Annotated[str, Depends(caller)]
