"""The hub's door: what a request costs before it reaches a route.

An anonymous client on the centre's Wi-Fi must cost the hub nothing, so before any body is read:

- a LAN address past its pace (kiosk/server/hub/pace.py: 20 requests a second, bursts of 100) is
  answered 429 with `Retry-After` and its connection closed; the hub machine itself is not paced;
- a body announced larger than `MAX_BODY` is refused with 413; one that grows past it while it is
  read (sent without a length) is refused with 413 once it does, never buffered whole;
- a read (GET, HEAD, OPTIONS) that announces a body is refused with 400: no read takes one, and
  one sent a byte at a time would hold the connection for as long as its sender likes;
- a request that may change something (any method but GET, HEAD and OPTIONS) without a token the hub
  knows is refused with 401 and its connection closed, its body never parsed. A body of up to
  `DRAIN_MAX` still on its way is taken in and dropped first, for at most `DRAIN_SECONDS`: a client
  sending its body in pieces (Qt does) would otherwise have the connection closed under it, and
  hear "broken pipe" instead of the refusal (an admin whose session had ended was told the hub did
  not answer). The one exception: the admin PIN (`POST /api/admin/session`) from the hub machine
  itself, where `kiosk admin` runs unpaired.

The role itself is checked by each route (kiosk/server/hub/auth.py); this only keeps strangers out early.
"""

from __future__ import annotations

import asyncio
import json
import math
import time

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.server.hub.auth import bearer, is_loopback, remember_role, token_role
from kiosk.server.hub.pace import Pace

MAX_BODY = 1_000_000
"""The largest body the hub reads, in bytes (a routing file is about 20 kB)."""
READS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_FROM_HUB_MACHINE = frozenset({("POST", "/api/admin/session")})
"""Writes the hub machine itself may send without a token."""
DRAIN_MAX = 256 * 1024
"""The largest refused body taken in (and dropped) before the refusal; a larger one is not waited for."""
DRAIN_SECONDS = 0.5
"""How long a refused body still arriving is waited for: a client that stops sending costs no more."""


class BodyTooLarge(HTTPException):
    """Raised while a body is read, once it passes `MAX_BODY`: answered 413 by kiosk/server/hub/errors.py."""

    def __init__(self, limit: int):
        message = f"the body is larger than {limit} bytes; nothing was read or changed"
        super().__init__(413, message, headers={"Connection": "close"})


class Guard:
    """ASGI middleware in front of the whole hub (see the module's text)."""

    def __init__(self, app: ASGIApp, hub, max_body: int = MAX_BODY, pace: Pace | None = None):
        self.app = app
        self.hub = hub
        self.max_body = max_body
        self.pace = pace or Pace()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        if client is not None and not is_loopback(client[0]):
            wait = self.pace.wait(client[0], time.monotonic())
            if wait > 0:
                message = "this device sent too many requests; nothing was read or changed"
                await _refuse(send, 429, "too_many_requests", message, "pace", retry_after=math.ceil(wait))
                return
        headers = Headers(scope=scope)
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                await _refuse(send, 400, "bad_length", "Content-Length is not a number", "Content-Length")
                return
            if int(length) > self.max_body:
                message = f"the body is larger than {self.max_body} bytes; nothing was read or changed"
                await _refuse(send, 413, "too_large", message, "body")
                return
        if scope["method"] in READS:
            if (length is not None and int(length) > 0) or "transfer-encoding" in headers:
                # No read takes a body; one announced would hold the connection open for as long as
                # its sender dribbles it (a byte a second kept a connection for minutes).
                message = f"a {scope['method']} request carries no body; nothing was read"
                await _refuse(send, 400, "body_not_allowed", message, "body")
                return
            # No route reads a body here; `receive` stays uvicorn's own (the phone's stream watches it).
            await self.app(scope, receive, send)
            return
        if not self._open(scope):
            token = bearer(headers)
            if token is None:
                await _drain(receive, length)
                message = "this call needs a token: send Authorization: Bearer <token>"
                await _refuse(send, 401, "no_token", message, "Authorization", challenge=True)
                return
            role = await run_in_threadpool(token_role, self.hub, token)
            remember_role(scope, token, role)
            if role is None:
                await _drain(receive, length)
                message = "the token is not known to this hub"
                await _refuse(send, 401, "unknown_token", message, "Authorization", challenge=True)
                return
        await self.app(scope, self._limited(receive), send)

    def _open(self, scope: Scope) -> bool:
        client = scope.get("client")
        from_hub = client is not None and is_loopback(client[0])
        return from_hub and (scope["method"], scope["path"]) in OPEN_FROM_HUB_MACHINE

    def _limited(self, receive: Receive) -> Receive:
        limit, seen = self.max_body, 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return limited


async def _drain(receive: Receive, length: str | None) -> None:
    """Take in and drop a body of at most `DRAIN_MAX` bytes, for at most `DRAIN_SECONDS`."""
    if length is None or int(length) == 0 or int(length) > DRAIN_MAX:
        return
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DRAIN_SECONDS
    while (left := deadline - loop.time()) > 0:
        try:
            message = await asyncio.wait_for(receive(), left)
        except TimeoutError:
            return
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _refuse(
    send: Send,
    status: int,
    code: str,
    message: str,
    where: str,
    challenge=False,
    retry_after: int | None = None,
) -> None:
    """The error model, and the connection closed: a body not yet taken in never is."""
    refusal = {"error": code, "message": message, "where": where}
    if retry_after is not None:
        refusal["retry_after_seconds"] = retry_after
    body = json.dumps(refusal).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    if challenge:
        headers.append((b"www-authenticate", b"Bearer"))
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
