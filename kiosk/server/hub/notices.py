"""Notices: a kiosk tells staff about a problem of its own (a printer that does not print) through the feed.

The event feed is where staff consoles already listen, so a notice is one event, `notice`, and
nothing else is stored. The feed is open to read: a notice's message must never carry a person,
a booking code or anything a visitor typed, only what broke.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import sqlite_utils
from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kiosk.server.hub.auth import require
from kiosk.server.store import append_event, iso, transaction

MESSAGE_LENGTH = 200

router = APIRouter(tags=["notices"], dependencies=[require("kiosk")])


class NoticeRequest(BaseModel):
    """What broke, in a line staff can act on."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["printer"] = Field(description="what the notice is about; only `printer` so far")
    message: Annotated[
        str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=MESSAGE_LENGTH)
    ] = Field(
        description="one line for staff, e.g. \"printer 'TM-T20' reports a problem\"; nothing personal",
    )


def add_notice(db: sqlite_utils.Database, kind: str, message: str, now: datetime) -> dict:
    """Append the `notice` event (its own transaction); `{"seq", "notice": {"kind", "message", "at"}}`."""
    notice = {"kind": kind, "message": message, "at": iso(now)}
    with transaction(db):
        seq = append_event(db, "notice", now, {"notice": notice})
    return {"seq": seq, "notice": notice}


@router.post(
    "/api/notices",
    status_code=201,
    summary="Tell staff about a problem at this kiosk (a printer that does not print)",
    responses={
        201: {
            "description": '`{"seq", "notice": {"kind", "message", "at"}}`; the feed carries it as `notice`'
        },
        401: {"description": "no token or an unknown one"},
        403: {"description": "a token of another role"},
        422: {
            "description": "`invalid_field`: an unknown kind, an empty or too long message, an unknown field"
        },
    },
)
def post_notice(body: NoticeRequest, request: Request) -> dict:
    hub = request.app.state.hub
    message = " ".join(body.message.split())
    return hub.write(lambda db: add_notice(db, body.kind, message, hub.clock()))
