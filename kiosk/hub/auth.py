"""The role check: one dependency reading `Authorization: Bearer <token>`; admin may do anything.

Tokens are looked up on the hub's read-only connections (`Hub.look`), never under its write lock, so a
client sending unknown tokens slows no kiosk.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kiosk.hub.errors import ApiError
from kiosk.tokens import role_of

_bearer = HTTPBearer(auto_error=False, description="a token from `kiosk token add --role ROLE`")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


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


def require(*roles: str):
    """A dependency that lets through a token of one of `roles` (or admin): 401 without one, 403 if wrong."""

    def check(request: Request, credentials: Credentials) -> str:
        if credentials is None:
            message = "this call needs a token: send Authorization: Bearer <token>"
            raise ApiError(401, "no_token", message, "Authorization", _CHALLENGE)
        role = token_role(request.app.state.hub, credentials.credentials)
        if role is None:
            message = "the token is not known to this hub"
            raise ApiError(401, "unknown_token", message, "Authorization", _CHALLENGE)
        if role != "admin" and role not in roles:
            message = f"a {role} token may not do this; it needs a {' or '.join(roles)} token"
            raise ApiError(403, "wrong_role", message, "Authorization")
        return role

    return Depends(check)


READERS = ("display", "staff", "kiosk")
"""The roles that may read the live queue (and admin): every paired screen."""
