"""Who is asking: a Bearer token (a hub: its centre's token; `kiosk region` tools: the admin token), or
for the statistics page in a browser, HTTP Basic with the admin token as the password."""

from __future__ import annotations

import base64
import binascii

from fastapi import Request

from kiosk.region import tokens
from kiosk.region.errors import ApiError

BASIC_CHALLENGE = {"WWW-Authenticate": 'Basic realm="Kokoomo region", charset="UTF-8"'}


def _presented(request: Request, basic: bool) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if basic and scheme.lower() == "basic":
        try:
            return base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2] or None
        except (binascii.Error, UnicodeDecodeError):
            return None
    return None


def token_of(request: Request, basic: bool = False) -> str:
    """The token the request presents, or 401 `no_token`: asked before any database connection is taken,
    so a request without a token costs the database nothing."""
    token = _presented(request, basic)
    if token is None:
        challenge = BASIC_CHALLENGE if basic else None
        raise ApiError(401, "no_token", "this call needs a token: Authorization: Bearer T", None, challenge)
    return token


def with_role(holder: tokens.Holder | None, role: str, basic: bool = False) -> tokens.Holder:
    """`holder` if it has `role`; 401 for no holder (a token the region does not know), else 403."""
    if holder is None:
        challenge = BASIC_CHALLENGE if basic else None
        raise ApiError(401, "unknown_token", "this token is not known to the region", None, challenge)
    if holder.role != role:
        raise ApiError(403, "wrong_role", f"this call needs the region's {role} token", None)
    return holder
