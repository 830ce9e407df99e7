"""The region server's door: a request body over `MAX_BODY` is refused with 413 before it is read whole
(announced too large, or growing past it while read), so a stranger cannot make the server buffer it."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 2_000_000
"""Bytes: a day's figures of the busiest centre are a few tens of kilobytes."""
TOO_LARGE = f"the body is larger than {MAX_BODY} bytes; nothing was read or changed"
"""The refusal's message, worded as the hub's."""


class TooLarge(HTTPException):
    """Raised while a body is read, once it passes `MAX_BODY` (FastAPI lets an HTTPException through)."""

    def __init__(self) -> None:
        super().__init__(413, TOO_LARGE, headers={"Connection": "close"})


async def _refuse(send: Send) -> None:
    body = json.dumps({"error": "too_large", "message": TOO_LARGE, "where": "body"}).encode()
    headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            await _refuse(send)
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:
                    raise TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, watched)
        except TooLarge:
            if not started:
                await _refuse(send)
